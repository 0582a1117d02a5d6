package lightclient_test

import (
	"testing"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain/devnode"
)

// TestWindowSlides checks the FIFO: the oldest headers drop once the
// canonical branch is longer than the window, the new oldest header becomes
// the anchor, and branches forking below it are dropped with it.
func TestWindowSlides(t *testing.T) {
	r := chainRecording(t)
	key := devnode.DevAuthorityKey()
	for _, c := range []struct {
		name       string
		window     uint32
		fed        int
		wantLen    int
		wantAnchor int // block number; 0 is the checkpoint
	}{
		{"not full", 8, 5, 5, 0},
		{"exactly full", 8, 8, 8, 0},
		{"one past full", 8, 9, 8, 2},
		{"whole chain through a small window", 4, r.head(), 4, r.head() - 3},
		{"window of one", 1, r.head(), 1, r.head()},
	} {
		t.Run(c.name, func(t *testing.T) {
			lc := r.client(t, c.window, 0, c.fed)
			if got := lc.Len(); got != c.wantLen {
				t.Errorf("len: got %d, want %d", got, c.wantLen)
			}
			a := lc.Anchor()
			if a.Number != uint64(c.wantAnchor) || a.Hash != r.blocks[c.wantAnchor].header.Hash() {
				t.Errorf("anchor: got #%d %s, want #%d", a.Number, a.Hash, c.wantAnchor)
			}
			if got, want := lc.Head().Hash(), r.blocks[c.fed].header.Hash(); got != want {
				t.Errorf("head: got %s, want block %d", got, c.fed)
			}
		})
	}

	t.Run("dropped headers are gone", func(t *testing.T) {
		lc := r.client(t, 4, 0, 10) // window 7..10
		wantCode(t, "Add(dropped block 5)", lc.Add(r.blocks[5].header, r.blocks[5].sig), datatrade.ECONFLICT)
		wantCode(t, "Add(anchor again)", lc.Add(r.blocks[7].header, r.blocks[7].sig), "")
		if _, ok := lc.Header(r.blocks[6].header.Hash()); ok {
			t.Errorf("block 6 is still in the window")
		}
		if depth, ok := lc.Confirmed(r.blocks[6].header.Hash()); ok || depth != 0 {
			t.Errorf("Confirmed(dropped block): got (%d, %v), want (0, false)", depth, ok)
		}
		_, err := lc.VerifyReceipt(r.proof(t, r.paid))
		wantCode(t, "VerifyReceipt(dropped block)", err, datatrade.ENOTFOUND)
	})

	t.Run("a branch forking below the new anchor drops", func(t *testing.T) {
		lc := r.client(t, 4, 0, 10) // window 7..10
		side := child(r.blocks[8].header, 0xcc)
		if err := lc.Add(side, signed(t, side, key)); err != nil {
			t.Fatalf("Add(side branch at 9): %v", err)
		}
		if got := lc.Len(); got != 5 {
			t.Fatalf("len with the side branch: got %d, want 5", got)
		}
		r.feed(t, lc, 11, 12) // window 9..12: the side block forks at 8
		if _, ok := lc.Header(side.Hash()); ok {
			t.Errorf("side block 9' survived the window moving past its fork point")
		}
		if got := lc.Len(); got != 4 {
			t.Errorf("len: got %d, want 4", got)
		}
		late := child(side, 0xcd)
		wantCode(t, "Add(child of a dropped branch)", lc.Add(late, signed(t, late, key)), datatrade.EINTEGRITY)
	})

	t.Run("competing headers are bounded", func(t *testing.T) {
		lc := r.client(t, 2, 0, 2)
		var err error
		for i := range 8 {
			h := child(r.blocks[1].header, byte(0x40+i))
			if err = lc.Add(h, signed(t, h, key)); err != nil {
				break
			}
		}
		wantCode(t, "Add(many siblings)", err, datatrade.ECONFLICT)
		if got := lc.Len(); got > 4 {
			t.Errorf("len: got %d, want at most twice the window", got)
		}
		if got := lc.Head().Hash(); got != r.blocks[2].header.Hash() {
			t.Errorf("siblings moved the head")
		}
	})
}
