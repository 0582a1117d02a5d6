package chain

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
)

// followEnv is a chain with Probe deployed, where the test decides when
// blocks are made.
type followEnv struct {
	tc    *testChain
	c     *Client
	p     *probe
	addr  common.Address
	topic common.Hash
}

func newFollowEnv(t *testing.T) *followEnv {
	t.Helper()
	tc := newTestChain(t, 2)
	c := NewClient(tc.sim.Client(), WithPollInterval(5*time.Millisecond))
	p := loadProbe(t)
	ctx := testCtx(t, 10*time.Second)
	tx, err := c.Transact(ctx, tc.accts[0], nil, p.code, nil)
	if err != nil {
		t.Fatal(err)
	}
	tc.sim.Commit()
	rcpt, err := c.Wait(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	return &followEnv{tc: tc, c: c, p: p, addr: rcpt.ContractAddress, topic: p.abi.Events["Stored"].ID}
}

// block makes one block holding a Stored event for each key, sent from
// account acct, and returns the block's hash.
func (e *followEnv) block(t *testing.T, acct int, keys ...int64) common.Hash {
	t.Helper()
	ctx := testCtx(t, 10*time.Second)
	var txs []*types.Transaction
	for _, k := range keys {
		tx, err := e.c.Transact(ctx, e.tc.accts[acct], &e.addr, e.p.pack(t, "store", big.NewInt(k), big.NewInt(k*10)), nil)
		if err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	hash := e.tc.sim.Commit()
	for _, tx := range txs {
		if _, err := e.c.Wait(ctx, tx); err != nil {
			t.Fatal(err)
		}
	}
	return hash
}

func (e *followEnv) follower(store CheckpointStore, confirmations uint64) *Follower {
	return NewFollower(e.tc.sim.Client(), FollowerConfig{
		Addresses:     []common.Address{e.addr},
		Topics:        [][]common.Hash{{e.topic}},
		Confirmations: confirmations,
		Checkpoints:   store,
		MaxRange:      3, // small, so ranges are split
	})
}

// event is what the tests compare: the Stored key and whether it was removed.
type event struct {
	Key     int64
	Removed bool
}

type collector struct{ got []event }

func (c *collector) handle(ctx context.Context, l types.Log) error {
	c.got = append(c.got, event{Key: new(big.Int).SetBytes(l.Topics[1][:]).Int64(), Removed: l.Removed})
	return nil
}

func keys(ks ...int64) []event {
	var out []event
	for _, k := range ks {
		out = append(out, event{Key: k})
	}
	return out
}

func TestFollowerResumeAndConfirmations(t *testing.T) {
	e := newFollowEnv(t)
	ctx := testCtx(t, 20*time.Second)
	store := &FileCheckpoint{Path: filepath.Join(t.TempDir(), "follow.json")}

	e.block(t, 0, 1, 2)
	e.block(t, 0, 3)
	e.block(t, 0) // empty
	e.block(t, 0, 4)
	e.block(t, 0, 5) // held back by 1 confirmation

	var c collector
	if err := e.follower(store, 1).Sync(ctx, c.handle); err != nil {
		t.Fatal(err)
	}
	if want := keys(1, 2, 3, 4); !reflect.DeepEqual(c.got, want) {
		t.Fatalf("first run: got %v, want %v", c.got, want)
	}
	cp, ok, err := store.Load(ctx)
	if err != nil || !ok {
		t.Fatalf("checkpoint: ok=%v err=%v", ok, err)
	}
	head, _ := e.tc.sim.Client().BlockNumber(ctx)
	if cp.Number != head-1 {
		t.Fatalf("checkpoint block: got %d, want %d (head %d - 1 confirmation)", cp.Number, head-1, head)
	}

	// "Restart": a new Follower from the same checkpoint file.
	e.block(t, 0, 6)
	var c2 collector
	if err := e.follower(store, 1).Sync(ctx, c2.handle); err != nil {
		t.Fatal(err)
	}
	if want := keys(5); !reflect.DeepEqual(c2.got, want) {
		t.Fatalf("after restart: got %v, want %v", c2.got, want)
	}
	// With 0 confirmations the newest block comes too.
	var c3 collector
	if err := e.follower(store, 0).Sync(ctx, c3.handle); err != nil {
		t.Fatal(err)
	}
	if want := keys(6); !reflect.DeepEqual(c3.got, want) {
		t.Fatalf("no confirmations: got %v, want %v", c3.got, want)
	}
}

func TestFollowerReorg(t *testing.T) {
	for _, restart := range []bool{false, true} {
		name := "same follower"
		if restart {
			name = "after restart"
		}
		t.Run(name, func(t *testing.T) {
			e := newFollowEnv(t)
			ctx := testCtx(t, 20*time.Second)
			store := &FileCheckpoint{Path: filepath.Join(t.TempDir(), "follow.json")}
			forkPoint := e.block(t, 0, 1)
			e.block(t, 0, 2, 3)
			e.block(t, 0, 4)

			f := e.follower(store, 0)
			var c collector
			if err := f.Sync(ctx, c.handle); err != nil {
				t.Fatal(err)
			}
			if want := keys(1, 2, 3, 4); !reflect.DeepEqual(c.got, want) {
				t.Fatalf("before the reorg: got %v, want %v", c.got, want)
			}

			// Replace the blocks of 2, 3 and 4 with a longer branch whose
			// events come from the other account.
			if err := e.tc.sim.Fork(forkPoint); err != nil {
				t.Fatal(err)
			}
			e.block(t, 1, 20)
			e.block(t, 1, 30)
			e.block(t, 1, 40)
			if restart {
				f = e.follower(store, 0)
			}
			c.got = nil
			if err := f.Sync(ctx, c.handle); err != nil {
				t.Fatal(err)
			}

			t.Logf("delivered after the reorg: %v", c.got)
			// First the removals, newest first…
			wantRemoved := []event{{4, true}, {3, true}, {2, true}}
			if len(c.got) < len(wantRemoved) || !reflect.DeepEqual(c.got[:3], wantRemoved) {
				t.Fatalf("after the reorg: got %v, want it to start with %v", c.got, wantRemoved)
			}
			// …then exactly the new branch's logs, as the chain has them now.
			all, err := e.tc.sim.Client().FilterLogs(ctx, ethereum.FilterQuery{
				FromBlock: big.NewInt(0), Addresses: []common.Address{e.addr}, Topics: [][]common.Hash{{e.topic}},
			})
			if err != nil {
				t.Fatal(err)
			}
			var canon collector
			for _, l := range all {
				_ = canon.handle(ctx, l)
			}
			if want := canon.got[1:]; !reflect.DeepEqual(c.got[3:], want) {
				t.Fatalf("new branch: got %v, want %v (the chain's logs after the fork point)", c.got[3:], want)
			}
			if !reflect.DeepEqual(canon.got[:1], keys(1)) {
				t.Fatalf("canonical chain starts with %v, want the fork point's event 1", canon.got[:1])
			}
			found := false
			for _, ev := range c.got[3:] {
				found = found || ev.Key == 40
			}
			if !found {
				t.Fatalf("new branch events %v lack key 40", c.got[3:])
			}
			// The checkpoint now names the new head.
			cp, _, err := store.Load(ctx)
			if err != nil {
				t.Fatal(err)
			}
			head, _ := e.tc.sim.Client().HeaderByNumber(ctx, nil)
			if cp.Hash != head.Hash() {
				t.Fatalf("checkpoint: got %s, want the new head %s", cp.Hash.Hex(), head.Hash().Hex())
			}
		})
	}
}

func TestFollowerHandlerErrorResumes(t *testing.T) {
	e := newFollowEnv(t)
	ctx := testCtx(t, 20*time.Second)
	store := &FileCheckpoint{Path: filepath.Join(t.TempDir(), "follow.json")}
	e.block(t, 0, 1)
	e.block(t, 0, 2, 3)
	e.block(t, 0, 4)
	var c collector
	failOn := int64(3)
	boom := errors.New("database is busy")
	handler := func(ctx context.Context, l types.Log) error {
		if new(big.Int).SetBytes(l.Topics[1][:]).Int64() == failOn {
			failOn = -1
			return boom
		}
		return c.handle(ctx, l)
	}
	if err := e.follower(store, 0).Sync(ctx, handler); !errors.Is(err, boom) {
		t.Fatalf("first sync: got %v, want the handler's error", err)
	}
	if err := e.follower(store, 0).Sync(ctx, handler); err != nil {
		t.Fatal(err)
	}
	// Block of 2 and 3 comes again in full (at least once), nothing is lost.
	if want := keys(1, 2, 2, 3, 4); !reflect.DeepEqual(c.got, want) {
		t.Fatalf("got %v, want %v", c.got, want)
	}
}

func TestFollowerReorgTooDeep(t *testing.T) {
	e := newFollowEnv(t)
	ctx := testCtx(t, 20*time.Second)
	forkPoint := e.block(t, 0, 1)
	e.block(t, 0, 2)
	e.block(t, 0, 3)
	f := NewFollower(e.tc.sim.Client(), FollowerConfig{Addresses: []common.Address{e.addr}, History: 1, StartBlock: 0})
	var c collector
	if err := f.Sync(ctx, c.handle); err != nil {
		t.Fatal(err)
	}
	if err := e.tc.sim.Fork(forkPoint); err != nil {
		t.Fatal(err)
	}
	e.block(t, 1, 20)
	e.block(t, 1, 30)
	e.block(t, 1, 40)
	err := f.Sync(ctx, c.handle)
	if got := datatrade.ErrorCode(err); got != datatrade.EINTEGRITY {
		t.Fatalf("code: got %q, want %q (err %v)", got, datatrade.EINTEGRITY, err)
	}
}

func TestFileCheckpoint(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	store := &FileCheckpoint{Path: filepath.Join(dir, "cp.json")}
	if _, ok, err := store.Load(ctx); ok || err != nil {
		t.Fatalf("missing file: got ok=%v err=%v, want none", ok, err)
	}
	a := BlockRef{Number: 7, Hash: common.HexToHash("0x07")}
	b := BlockRef{Number: 9, Hash: common.HexToHash("0x09")}
	want := Checkpoint{BlockRef: b, Recent: []BlockRef{a, b}}
	if err := store.Save(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, ok, err := store.Load(ctx)
	if err != nil || !ok || !reflect.DeepEqual(got, want) {
		t.Fatalf("round trip: got %+v ok=%v err=%v, want %+v", got, ok, err, want)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("directory has %d entries, want only the checkpoint (no temporary files)", len(entries))
	}
	bad := []string{"", "{", `{"number":1}`, `{"number":1,"hash":"0x01","recent":[{"number":2,"hash":"0x02"}]}`}
	for _, content := range bad {
		if err := os.WriteFile(store.Path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, _, err := store.Load(ctx); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
			t.Errorf("content %q: got %v, want EINTEGRITY", content, err)
		}
	}
}

func FuzzDecodeCheckpoint(f *testing.F) {
	f.Add([]byte(`{"number":9,"hash":"0x0000000000000000000000000000000000000000000000000000000000000009"}`))
	f.Add([]byte(`{"number":1,"hash":"0x01","recent":[{"number":1,"hash":"0x01"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		cp, err := decodeCheckpoint(data)
		if err != nil {
			return
		}
		if cp.Hash == (common.Hash{}) {
			t.Fatal("accepted a checkpoint without hash")
		}
		if n := len(cp.Recent); n > 0 && cp.Recent[n-1] != cp.BlockRef {
			t.Fatal("accepted recent blocks not ending at the checkpoint")
		}
	})
}

func TestFollowerRun(t *testing.T) {
	e := newFollowEnv(t)
	e.block(t, 0, 1)
	f := NewFollower(e.tc.sim.Client(), FollowerConfig{Addresses: []common.Address{e.addr}, PollInterval: 5 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	got := make(chan int64, 10)
	done := make(chan error, 1)
	go func() {
		done <- f.Run(ctx, func(ctx context.Context, l types.Log) error {
			got <- new(big.Int).SetBytes(l.Topics[1][:]).Int64()
			return nil
		})
	}()
	for _, want := range []int64{1, 2} {
		if want == 2 {
			e.block(t, 0, 2)
		}
		select {
		case k := <-got:
			if k != want {
				t.Fatalf("got key %d, want %d", k, want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("no log with key %d", want)
		}
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Run returned %v, want context.Canceled", err)
	}
}
