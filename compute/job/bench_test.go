package job_test

import (
	"bytes"
	"context"
	"math/rand/v2"
	"testing"
)

// BenchmarkLoadData measures the enclave's data path before a run: decrypt
// a listing's 16 MiB ciphertext and check every chunk against R.
func BenchmarkLoadData(b *testing.B) {
	ctx := context.Background()
	w := newWorld(b, 1, nil)
	plain := make([]byte, 16<<20)
	rand.NewChaCha8([32]byte{5}).Read(plain)
	s := w.addListing(b, 1, plain)
	n := w.nodes[0]
	p := w.defaults(params{id: 1, listings: []uint64{1}}, []byte("module"))
	created := w.evidence(b, p)
	b.SetBytes(int64(len(plain)))
	for b.Loop() {
		b.StopTimer()
		n.runner.Forget(ctx, p.id)
		if _, err := n.runner.Open(p.id, created, nil); err != nil {
			b.Fatal(err)
		}
		if err := w.handOver(b, n, p.id, 1, openTerms()); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := n.runner.LoadData(ctx, p.id, 1, bytes.NewReader(s.sealed), int64(len(s.sealed))); err != nil {
			b.Fatal(err)
		}
	}
}
