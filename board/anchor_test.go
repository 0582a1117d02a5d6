package board

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/datatrade/datatrade"
)

// recordingAnchor keeps anchored checkpoints in memory: an in-process
// stand-in for the chain adapter, which is not written yet. It refuses a
// checkpoint that would shrink the anchored log, as a contract would.
type recordingAnchor struct {
	mu  sync.Mutex
	cps []Checkpoint
}

func (a *recordingAnchor) AnchorCheckpoint(ctx context.Context, cp Checkpoint) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if n := len(a.cps); n > 0 && a.cps[n-1].Size > cp.Size {
		return fmt.Errorf("checkpoint size %d below anchored %d", cp.Size, a.cps[n-1].Size)
	}
	a.cps = append(a.cps, cp)
	return nil
}

var _ Anchor = (*recordingAnchor)(nil)

func TestPublishAnchorsVerifiableCheckpoints(t *testing.T) {
	f := newFixture(t)
	l := f.open(t)
	ctx := context.Background()
	a := &recordingAnchor{}
	for _, n := range []int{3, 10, 17} {
		f.appendN(t, l, int(l.Size()), n)
		cp, err := l.Publish(ctx, a)
		if err != nil {
			t.Fatalf("Publish at %d: %v", n, err)
		}
		if cp.Size != uint64(n) {
			t.Fatalf("published size = %d, want %d", cp.Size, n)
		}
	}
	if len(a.cps) != 3 {
		t.Fatalf("anchored %d checkpoints, want 3", len(a.cps))
	}
	// A client that reads the anchored checkpoints checks each step.
	for i := 1; i < len(a.cps); i++ {
		old, cur := a.cps[i-1], a.cps[i]
		p, err := l.ConsistencyProof(ctx, old.Size, cur.Size)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.verifier.VerifyConsistency(old, cur, p); err != nil {
			t.Fatalf("anchored %d→%d: %v", old.Size, cur.Size, err)
		}
	}

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := l.Publish(cancelled, a); !errors.Is(err, context.Canceled) {
		t.Fatalf("Publish with a failing anchor = %v, want context.Canceled", err)
	}
}

func TestCheckpointAndProofJSON(t *testing.T) {
	f := newFixture(t)
	l := f.open(t)
	ctx := context.Background()
	f.appendN(t, l, 0, 11)
	cp, err := l.Checkpoint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p, err := l.InclusionProof(ctx, 6, 11)
	if err != nil {
		t.Fatal(err)
	}
	var cp2 Checkpoint
	var p2 InclusionProof
	roundTrip(t, cp, &cp2)
	roundTrip(t, p, &p2)
	if err := f.verifier.VerifyInclusion(f.entry(t, 6), p2, cp2); err != nil {
		t.Fatalf("VerifyInclusion after JSON: %v", err)
	}
	var bad Checkpoint
	garbage := `{"size":11,"root":"0x` + strings.Repeat("00", 32) + `","time":"2026-01-01T00:00:00Z","signature":"0x01"}`
	if err := json.Unmarshal([]byte(garbage), &bad); err != nil {
		t.Fatal(err)
	}
	if err := f.verifier.VerifyCheckpoint(bad); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
		t.Fatalf("VerifyCheckpoint(garbage) = %v, want EINTEGRITY", err)
	}
}

func roundTrip(t *testing.T, in, out any) {
	t.Helper()
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, out); err != nil {
		t.Fatalf("unmarshal %s: %v", b, err)
	}
}

// FuzzVerifyCheckpointJSON feeds untrusted checkpoint JSON to the verifier:
// it must refuse or accept, never panic, and accept only the platform's.
func FuzzVerifyCheckpointJSON(f *testing.F) {
	fx := newFixture(f)
	l := fx.open(f)
	fx.appendN(f, l, 0, 2)
	cp, err := l.Checkpoint(context.Background())
	if err != nil {
		f.Fatal(err)
	}
	good, _ := json.Marshal(cp)
	f.Add(good)
	f.Add([]byte(`{"size":0}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var c Checkpoint
		if json.Unmarshal(b, &c) != nil {
			return
		}
		if err := fx.verifier.VerifyCheckpoint(c); err == nil && c.Hash() != cp.Hash() {
			t.Fatalf("accepted a checkpoint the platform never signed: %+v", c)
		}
	})
}
