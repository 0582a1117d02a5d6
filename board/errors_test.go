package board

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/datatrade/datatrade"
)

func TestOpenRefuses(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	tests := []struct {
		name string
		cfg  Config
		code string
	}{
		{"no path", Config{Platform: f.platform}, datatrade.EINVALID},
		{"no signer", Config{Path: f.path}, datatrade.EINVALID},
		{"missing directory", Config{Path: filepath.Join(t.TempDir(), "no", "such", "dir", "b.db"), Platform: f.platform}, datatrade.EUNAVAILABLE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Open(ctx, tt.cfg)
			if err == nil {
				l.Close()
			}
			if got := datatrade.ErrorCode(err); got != tt.code {
				t.Fatalf("Open() code = %q (%v), want %q", got, err, tt.code)
			}
		})
	}
}

func TestLogRequestsOutOfRange(t *testing.T) {
	f := newFixture(t)
	l := f.open(t)
	ctx := context.Background()
	f.appendN(t, l, 0, 5)
	tests := []struct {
		name string
		call func() error
		code string
	}{
		{"inclusion index = size", func() error { _, err := l.InclusionProof(ctx, 5, 5); return err }, datatrade.EINVALID},
		{"inclusion size > log", func() error { _, err := l.InclusionProof(ctx, 0, 6); return err }, datatrade.EINVALID},
		{"inclusion size 0", func() error { _, err := l.InclusionProof(ctx, 0, 0); return err }, datatrade.EINVALID},
		{"consistency size1 > size2", func() error { _, err := l.ConsistencyProof(ctx, 4, 3); return err }, datatrade.EINVALID},
		{"consistency size2 > log", func() error { _, err := l.ConsistencyProof(ctx, 1, 6); return err }, datatrade.EINVALID},
		{"entry past the end", func() error { _, err := l.Entry(ctx, 5); return err }, datatrade.ENOTFOUND},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := datatrade.ErrorCode(tt.call()); got != tt.code {
				t.Fatalf("code = %q, want %q", got, tt.code)
			}
		})
	}
}

func TestVerifierRefusesMismatchedProofs(t *testing.T) {
	f := newFixture(t)
	l := f.open(t)
	ctx := context.Background()
	f.appendN(t, l, 0, 4)
	cp4, _ := l.Checkpoint(ctx)
	f.appendN(t, l, 4, 9)
	cp9, _ := l.Checkpoint(ctx)
	empty := Checkpoint{Size: 0, Root: emptyRoot(), Time: cp4.Time}
	empty.Signature, _ = f.platform.SignHash(empty.Hash())
	forgedEmpty := Checkpoint{Size: 0, Root: cp4.Root, Time: cp4.Time}
	forgedEmpty.Signature, _ = f.platform.SignHash(forgedEmpty.Hash())

	ip, _ := l.InclusionProof(ctx, 2, 4)
	cp, _ := l.ConsistencyProof(ctx, 4, 9)
	tests := []struct {
		name string
		err  error
		code string
	}{
		{"inclusion proof for another size", f.verifier.VerifyInclusion(f.entry(t, 2), ip, cp9), datatrade.EINVALID},
		{"consistency checkpoints swapped", f.verifier.VerifyConsistency(cp9, cp4, cp), datatrade.EINVALID},
		{"consistency from empty with hashes", f.verifier.VerifyConsistency(empty, cp9, ConsistencyProof{Size1: 0, Size2: 9, Hashes: cp.Hashes}), datatrade.EINTEGRITY},
		{"empty checkpoint with a root", f.verifier.VerifyCheckpoint(forgedEmpty), datatrade.EINTEGRITY},
		{"consistency from empty", f.verifier.VerifyConsistency(empty, cp9, ConsistencyProof{Size1: 0, Size2: 9}), ""},
		{"consistency 4 to 9", f.verifier.VerifyConsistency(cp4, cp9, cp), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := datatrade.ErrorCode(tt.err); got != tt.code {
				t.Fatalf("code = %q (%v), want %q", got, tt.err, tt.code)
			}
		})
	}
}
