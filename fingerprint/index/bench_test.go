package index_test

import (
	"math/rand/v2"
	"testing"

	"github.com/datatrade/datatrade/fingerprint"
	"github.com/datatrade/datatrade/fingerprint/index"
)

// BenchmarkSearch1M compares Search with the linear Scan over one million
// synthetic image fingerprints, a tenth of them near-duplicates of others.
// Building the index takes a while (the index hashes of each entry).
//
//	go test ./fingerprint/index -run '^$' -bench Search1M -benchtime 200x
func BenchmarkSearch1M(b *testing.B) {
	const n = 1_000_000
	rng := rand.New(rand.NewPCG(1, 1))
	x := index.New(index.Config{})
	var queries []*fingerprint.Fingerprint
	var last *fingerprint.Fingerprint
	for id := uint64(1); id <= n; id++ {
		fp := synthImage(rng)
		if id%10 == 0 && last != nil {
			fp = nearCopy(rng, last)
		}
		if err := x.Add(id, fp); err != nil {
			b.Fatal(err)
		}
		if id%(n/256) == 1 {
			queries = append(queries, fp)
		}
		last = fp
	}
	min := fingerprint.ScoreOf(0.76)
	b.Run("index", func(b *testing.B) {
		hits := 0
		for i := 0; b.Loop(); i++ {
			hits += len(x.Search(queries[i%len(queries)], 10, min))
		}
		b.ReportMetric(float64(hits)/float64(b.N), "hits/op")
	})
	b.Run("scan", func(b *testing.B) {
		hits := 0
		for i := 0; b.Loop(); i++ {
			hits += len(x.Scan(queries[i%len(queries)], 10, min))
		}
		b.ReportMetric(float64(hits)/float64(b.N), "hits/op")
	})
}

func BenchmarkAdd(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	fps := make([]*fingerprint.Fingerprint, 1024)
	for i := range fps {
		fps[i] = synthImage(rng)
	}
	x := index.New(index.Config{})
	for i := 0; b.Loop(); i++ {
		if err := x.Add(uint64(i), fps[i%len(fps)]); err != nil {
			b.Fatal(err)
		}
	}
}
