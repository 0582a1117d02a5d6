package board

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
)

// refRoot is an independent RFC 6962 Merkle tree hash (section 2.1),
// written straight from the RFC, to check the log's roots against.
func refRoot(leaves [][]byte) common.Hash {
	if len(leaves) == 0 {
		return sha256.Sum256(nil)
	}
	if len(leaves) == 1 {
		return sha256.Sum256(append([]byte{0}, leaves[0]...))
	}
	k := 1
	for k*2 < len(leaves) {
		k *= 2
	}
	l, r := refRoot(leaves[:k]), refRoot(leaves[k:])
	return sha256.Sum256(append(append([]byte{1}, l[:]...), r[:]...))
}

// growLog appends n entries and returns the checkpoint after each append
// (cps[s] has size s) and the encoded leaves.
func growLog(t *testing.T, f *fixture, l *Log, n int) ([]Checkpoint, [][]byte) {
	t.Helper()
	ctx := context.Background()
	cp0, err := l.Checkpoint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cps := []Checkpoint{cp0}
	var leaves [][]byte
	for i := range n {
		f.appendN(t, l, i, i+1)
		cp, err := l.Checkpoint(ctx)
		if err != nil {
			t.Fatal(err)
		}
		cps = append(cps, cp)
		b, _ := f.entry(t, i).Marshal()
		leaves = append(leaves, b)
	}
	return cps, leaves
}

func TestLogProofs(t *testing.T) {
	const n = 300
	f := newFixture(t)
	l := f.open(t)
	ctx := context.Background()
	cps, leaves := growLog(t, f, l, n)

	for s := 0; s <= n; s++ {
		if got, want := cps[s].Root, refRoot(leaves[:s]); got != want {
			t.Fatalf("root at size %d = %x, want %x", s, got, want)
		}
		if cps[s].Size != uint64(s) {
			t.Fatalf("checkpoint size = %d, want %d", cps[s].Size, s)
		}
	}

	// Inclusion: every index in many sizes (powers of two and their
	// neighbours, primes), first/middle/last in every other size.
	full := map[int]bool{1: true, 2: true, 3: true, 5: true, 7: true, 8: true, 9: true, 13: true, 31: true, 32: true, 33: true, 64: true, 127: true, 128: true, 129: true, 255: true, 256: true, 257: true, 300: true}
	for s := 1; s <= n; s++ {
		idxs := []int{0, s / 2, s - 1}
		if full[s] {
			idxs = idxs[:0]
			for i := range s {
				idxs = append(idxs, i)
			}
		}
		for _, i := range idxs {
			p, err := l.InclusionProof(ctx, uint64(i), uint64(s))
			if err != nil {
				t.Fatalf("InclusionProof(%d, %d): %v", i, s, err)
			}
			e, err := l.Entry(ctx, uint64(i))
			if err != nil {
				t.Fatal(err)
			}
			if err := f.verifier.VerifyInclusion(e, p, cps[s]); err != nil {
				t.Fatalf("VerifyInclusion(%d, size %d): %v", i, s, err)
			}
			// The same proof must not prove another entry.
			other := f.entry(t, (i+1)%n)
			if err := f.verifier.VerifyInclusion(other, p, cps[s]); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
				t.Fatalf("VerifyInclusion(entry %d as %d, size %d) = %v, want EINTEGRITY", (i+1)%n, i, s, err)
			}
		}
	}

	// Consistency across sizes.
	pairs := [][2]int{}
	for s1 := 0; s1 <= n; s1++ {
		for _, s2 := range []int{s1, s1 + 1, s1 + 7, 2 * s1, n} {
			if s2 <= n {
				pairs = append(pairs, [2]int{s1, s2})
			}
		}
	}
	for _, pr := range pairs {
		s1, s2 := pr[0], pr[1]
		p, err := l.ConsistencyProof(ctx, uint64(s1), uint64(s2))
		if err != nil {
			t.Fatalf("ConsistencyProof(%d, %d): %v", s1, s2, err)
		}
		if err := f.verifier.VerifyConsistency(cps[s1], cps[s2], p); err != nil {
			t.Fatalf("VerifyConsistency(%d, %d): %v", s1, s2, err)
		}
		if s1 > 0 && s1 < s2 && len(p.Hashes) > 0 {
			bad := p
			bad.Hashes = append([]common.Hash(nil), p.Hashes...)
			bad.Hashes[len(bad.Hashes)-1][0] ^= 1
			if err := f.verifier.VerifyConsistency(cps[s1], cps[s2], bad); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
				t.Fatalf("VerifyConsistency(%d, %d) with a flipped hash = %v, want EINTEGRITY", s1, s2, err)
			}
		}
	}
}

func TestLogRefusesForgedEntry(t *testing.T) {
	f := newFixture(t)
	l := f.open(t)
	ctx := context.Background()
	e := f.entry(t, 0)
	e.Party = f.parties[2].addr() // signed by parties[0], claims parties[2]
	if _, err := l.Append(ctx, e); datatrade.ErrorCode(err) != datatrade.EUNAUTHORIZED {
		t.Fatalf("Append(forged) = %v, want EUNAUTHORIZED", err)
	}
	if got := l.Size(); got != 0 {
		t.Fatalf("size after refused append = %d, want 0", got)
	}
}

func TestLogRefusesReplay(t *testing.T) {
	f := newFixture(t)
	l := f.open(t)
	ctx := context.Background()
	f.appendN(t, l, 0, 2)
	if _, err := l.Append(ctx, f.entry(t, 0)); datatrade.ErrorCode(err) != datatrade.ECONFLICT {
		t.Fatalf("Append(replayed entry) = %v, want ECONFLICT", err)
	}
	if got := l.Size(); got != 2 {
		t.Fatalf("size after replay = %d, want 2", got)
	}
}

func TestVerifierRefusesForeignCheckpoint(t *testing.T) {
	f := newFixture(t)
	l := f.open(t)
	ctx := context.Background()
	f.appendN(t, l, 0, 3)
	cp, err := l.Checkpoint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p, err := l.InclusionProof(ctx, 1, 3)
	if err != nil {
		t.Fatal(err)
	}
	e := f.entry(t, 1)
	tests := []struct {
		name   string
		mutate func(cp *Checkpoint)
	}{
		{"signed by another key", func(cp *Checkpoint) {
			cp.Signature, _ = f.parties[0].SignHash(cp.Hash())
		}},
		{"root changed", func(cp *Checkpoint) { cp.Root[3] ^= 1 }},
		{"time changed", func(cp *Checkpoint) { cp.Time = cp.Time.Add(1) }},
		{"size changed", func(cp *Checkpoint) { cp.Size++ }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := cp
			c.Signature = bytes.Clone(cp.Signature)
			tt.mutate(&c)
			if err := f.verifier.VerifyInclusion(e, p, c); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
				t.Fatalf("VerifyInclusion = %v, want EINTEGRITY", err)
			}
		})
	}
	if err := f.verifier.VerifyInclusion(e, p, cp); err != nil {
		t.Fatalf("VerifyInclusion(untouched) = %v", err)
	}
}

func TestLogRestart(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	l := f.open(t)
	f.appendN(t, l, 0, 37)
	before, err := l.Checkpoint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}

	l2 := f.open(t)
	if got := l2.Size(); got != 37 {
		t.Fatalf("size after restart = %d, want 37", got)
	}
	after, err := l2.Checkpoint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after.Root != before.Root {
		t.Fatalf("root after restart = %x, want %x", after.Root, before.Root)
	}
	f.appendN(t, l2, 37, 60)
	now, err := l2.Checkpoint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p, err := l2.ConsistencyProof(ctx, 37, 60)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.verifier.VerifyConsistency(before, now, p); err != nil {
		t.Fatalf("VerifyConsistency across restart: %v", err)
	}
	var leaves [][]byte
	for i := range 60 {
		b, _ := f.entry(t, i).Marshal()
		leaves = append(leaves, b)
	}
	if want := refRoot(leaves); now.Root != want {
		t.Fatalf("root after restart and appends = %x, want %x", now.Root, want)
	}
	if err := l2.Audit(ctx); err != nil {
		t.Fatalf("Audit() after restart = %v", err)
	}
}

func TestLogConcurrentAppends(t *testing.T) {
	const workers, per = 4, 25
	f := newFixture(t)
	l := f.open(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, workers*per)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range per {
				if _, err := l.Append(ctx, f.entry(t, w*per+j)); err != nil {
					errs <- err
				}
				if _, err := l.Checkpoint(ctx); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent: %v", err)
	}
	if got := l.Size(); got != workers*per {
		t.Fatalf("size = %d, want %d", got, workers*per)
	}
	// Every entry is there exactly once, and every one proves against
	// the final checkpoint; the root matches the stored order.
	cp, err := l.Checkpoint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[common.Hash]bool{}
	var leaves [][]byte
	for i := range uint64(workers * per) {
		e, err := l.Entry(ctx, i)
		if err != nil {
			t.Fatal(err)
		}
		p, err := l.InclusionProof(ctx, i, cp.Size)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.verifier.VerifyInclusion(e, p, cp); err != nil {
			t.Fatalf("entry %d: %v", i, err)
		}
		h, _ := e.Hash()
		seen[h] = true
		b, _ := e.Marshal()
		leaves = append(leaves, b)
	}
	if len(seen) != workers*per {
		t.Fatalf("distinct entries = %d, want %d", len(seen), workers*per)
	}
	if want := refRoot(leaves); cp.Root != want {
		t.Fatalf("root = %x, want %x", cp.Root, want)
	}
	if err := l.Audit(ctx); err != nil {
		t.Fatalf("Audit() = %v", err)
	}
}

// rebuildNodes recomputes every stored tree node from the stored entries,
// as an operator covering up a rewrite would.
func rebuildNodes(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	rows, err := db.QueryContext(ctx, `SELECT data FROM entries ORDER BY idx`)
	if err != nil {
		t.Fatal(err)
	}
	var all [][]byte
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			t.Fatal(err)
		}
		all = append(all, b)
	}
	rows.Close()
	if _, err := db.ExecContext(ctx, `DELETE FROM nodes`); err != nil {
		t.Fatal(err)
	}
	var leaves [][]byte
	for _, b := range all {
		leaves = append(leaves, hasher().HashLeaf(b))
	}
	// Complete subtrees at every level.
	for level := 0; len(leaves) > 0; level++ {
		var up [][]byte
		for i, h := range leaves {
			if _, err := db.ExecContext(ctx, `INSERT INTO nodes (level, idx, hash) VALUES (?, ?, ?)`, level, i, h); err != nil {
				t.Fatal(err)
			}
			if i%2 == 1 {
				up = append(up, hasher().HashChildren(leaves[i-1], h))
			}
		}
		leaves = up
	}
}

// rewriteEntry replaces the stored entry at idx with e.
func rewriteEntry(t *testing.T, path string, idx int, e Entry) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	b, err := e.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(context.Background(), `UPDATE entries SET data = ? WHERE idx = ?`, b, idx); err != nil {
		t.Fatal(err)
	}
}

func TestRewriteDetected(t *testing.T) {
	const n, victim = 21, 5
	f := newFixture(t)
	ctx := context.Background()
	l := f.open(t)
	f.appendN(t, l, 0, n)
	old, err := l.Checkpoint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	oldProof, err := l.InclusionProof(ctx, victim, n)
	if err != nil {
		t.Fatal(err)
	}
	l.Close()

	// The operator replaces entry 5 by another validly signed entry (the
	// buyer's "dispute" becomes a "confirm") and rebuilds the whole tree.
	forged := f.entry(t, victim)
	forged.Kind = KindConfirm
	if err := forged.Sign(f.parties[victim%len(f.parties)]); err != nil {
		t.Fatal(err)
	}

	t.Run("lazy rewrite: entry only", func(t *testing.T) {
		rewriteEntry(t, f.path, victim, forged)
		l := f.open(t)
		defer l.Close()
		e, err := l.Entry(ctx, victim)
		if err != nil {
			t.Fatal(err)
		}
		if e.Kind != KindConfirm {
			t.Fatalf("rewrite did not take: kind %v", e.Kind)
		}
		if err := l.Audit(ctx); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
			t.Fatalf("Audit() = %v, want EINTEGRITY", err)
		}
		p, err := l.InclusionProof(ctx, victim, n)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.verifier.VerifyInclusion(e, p, old); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
			t.Fatalf("VerifyInclusion(rewritten entry, old checkpoint) = %v, want EINTEGRITY", err)
		}
	})

	t.Run("fork: entry and tree rebuilt", func(t *testing.T) {
		rebuildNodes(t, f.path)
		l := f.open(t)
		defer l.Close()
		f.appendN(t, l, n, n+10)
		cur, err := l.Checkpoint(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.verifier.VerifyCheckpoint(cur); err != nil {
			t.Fatalf("the operator's new checkpoint is validly signed, got %v", err)
		}
		p, err := l.ConsistencyProof(ctx, n, n+10)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.verifier.VerifyConsistency(old, cur, p); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
			t.Fatalf("VerifyConsistency(old, forked) = %v, want EINTEGRITY", err)
		}
		// The forged entry proves against the forked checkpoint, but the
		// client's original entry no longer does: the fork is visible.
		e, _ := l.Entry(ctx, victim)
		pf, err := l.InclusionProof(ctx, victim, cur.Size)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.verifier.VerifyInclusion(e, pf, cur); err != nil {
			t.Fatalf("forged entry in the fork: %v", err)
		}
		if err := f.verifier.VerifyInclusion(f.entry(t, victim), pf, cur); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
			t.Fatalf("original entry against the fork = %v, want EINTEGRITY", err)
		}
		// The client's own old proof still holds against the old checkpoint.
		if err := f.verifier.VerifyInclusion(f.entry(t, victim), oldProof, old); err != nil {
			t.Fatalf("old proof against old checkpoint: %v", err)
		}
	})
}
