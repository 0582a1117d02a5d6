package board

import (
	"context"
	"testing"
)

func BenchmarkAppend(b *testing.B) {
	f := newFixture(b)
	l := f.open(b)
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		e := f.entry(b, i)
		b.StartTimer()
		if _, err := l.Append(ctx, e); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInclusionProof(b *testing.B) {
	f := newFixture(b)
	l := f.open(b)
	ctx := context.Background()
	f.appendN(b, l, 0, 1000)
	for i := 0; b.Loop(); i++ {
		if _, err := l.InclusionProof(ctx, uint64(i%1000), 1000); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifyInclusion(b *testing.B) {
	f := newFixture(b)
	l := f.open(b)
	ctx := context.Background()
	f.appendN(b, l, 0, 1000)
	cp, err := l.Checkpoint(ctx)
	if err != nil {
		b.Fatal(err)
	}
	p, err := l.InclusionProof(ctx, 417, 1000)
	if err != nil {
		b.Fatal(err)
	}
	e := f.entry(b, 417)
	for b.Loop() {
		if err := f.verifier.VerifyInclusion(e, p, cp); err != nil {
			b.Fatal(err)
		}
	}
}
