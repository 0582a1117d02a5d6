package catalog_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/catalog"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/contracts"
	"github.com/datatrade/datatrade/market"
)

// listingsJSON is the whole table as JSON, for comparing states.
func listingsJSON(t *testing.T, cat *catalog.Catalog) string {
	t.Helper()
	ls, err := cat.Listings(testCtx(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	blob, err := json.Marshal(ls)
	if err != nil {
		t.Fatal(err)
	}
	return string(blob)
}

func TestIndexerRestartAndReplay(t *testing.T) {
	drivers(t, func(t *testing.T, cfg catalog.Config) {
		e := newEnv(t, cfg)
		ctx := testCtx(t)
		fpA, fpB := imageFP(t, photo(30, 160, 120)), imageFP(t, photo(31, 160, 120))
		a := e.publish(t, e.seller, fpA, "bafy-a")
		e.sync(t, e.cat)
		if err := e.cat.Register(ctx, a, fpA, "orchard apples"); err != nil {
			t.Fatal(err)
		}
		head, err := e.sim.Client().BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		cp, ok, err := e.cat.Checkpoints("market").Load(ctx)
		if err != nil || !ok || cp.Number != head {
			t.Fatalf("saved checkpoint: got block %d ok=%v err=%v, want block %d", cp.Number, ok, err, head)
		}

		// A restarted catalog resumes from the stored checkpoint and picks
		// up what happened while it was down.
		b := e.publish(t, e.pirate, fpB, "bafy-b")
		if _, err := e.m.Send(ctx, e.seller, e.m.DelistTx(a)); err != nil {
			t.Fatal(err)
		}
		restarted := e.open(t)
		if err := restarted.NewIndexer(e.sim.Client(), e.m, catalog.IndexerConfig{Market: e.d.Market, StartBlock: head + 1000}).Sync(ctx); err != nil {
			t.Fatal(err)
		}
		la, err := restarted.Listing(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		lb, err := restarted.Listing(ctx, b)
		if err != nil {
			t.Fatalf("listing published while down: %v", err)
		}
		if la.Active || !la.Registered || lb.Owner != e.pirate.Address || lb.Registered {
			t.Fatalf("after restart: got a active=%v registered=%v, b owner %s registered=%v; want a delisted and registered, b the pirate's and unregistered",
				la.Active, la.Registered, lb.Owner, lb.Registered)
		}
		onChain, err := e.m.Listing(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		if lb.Commitment != onChain.Fingerprint || lb.Root != onChain.Root || lb.Price.Cmp(onChain.Price) != 0 || lb.ContentCID != onChain.ContentCID {
			t.Fatalf("listing %d: got %+v, want the chain's %+v", b, lb, onChain)
		}

		// Replaying every event from the start (a follower without a
		// checkpoint) changes nothing: the handlers are idempotent.
		before := listingsJSON(t, restarted)
		replay := restarted.NewIndexer(e.sim.Client(), e.m, catalog.IndexerConfig{Market: e.d.Market, StartBlock: e.d.Block, Name: "replay"})
		if err := replay.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		if after := listingsJSON(t, restarted); after != before {
			t.Fatalf("replay changed the table:\nbefore %s\nafter  %s", before, after)
		}
		if n := restarted.IndexLen(); n != 1 {
			t.Fatalf("index after replay: got %d entries, want 1", n)
		}
	})
}

func TestIndexerReorg(t *testing.T) {
	drivers(t, func(t *testing.T, cfg catalog.Config) {
		for _, restart := range []bool{false, true} {
			name := "same process"
			if restart {
				name = "after restart"
			}
			t.Run(name, func(t *testing.T) {
				if restart && cfg.Driver == catalog.SQLite {
					cfg.DSN += "-restart"
				}
				if restart && cfg.Driver == catalog.Postgres {
					cfg.DSN = postgresDSN(t)
				}
				testReorg(t, cfg, restart)
			})
		}
	})
}

func testReorg(t *testing.T, cfg catalog.Config, restart bool) {
	e := newEnv(t, cfg)
	ctx := testCtx(t)
	fpA, fpB := imageFP(t, photo(40, 160, 120)), imageFP(t, photo(41, 160, 120))

	// The follower remembers the blocks it delivered; syncing before the
	// publish makes the fork point one of them.
	e.sync(t, e.cat)
	id, rcpt, err := e.m.Publish(ctx, e.seller, publishParams(t, fpA, "bafy-a"))
	if err != nil {
		t.Fatal(err)
	}
	e.sync(t, e.cat)
	if err := e.cat.Register(ctx, id, fpA, "river delta survey"); err != nil {
		t.Fatal(err)
	}
	_, err = e.cat.Check(ctx, e.pirate.Address, fpA)
	wantCode(t, "Check before the reorganisation", err, datatrade.ECONFLICT)

	// Replace the block that published the seller's listing with a longer
	// branch in which the pirate publishes other data, under the same id.
	parent, err := e.sim.Client().HeaderByNumber(ctx, new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	published, _, err := e.sim.Client().TransactionByHash(ctx, rcpt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	e.manual.Store(true)
	if err := e.sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	// The backend's pool puts the seller's publish back for the new
	// branch; a transaction with the same nonce and higher fees takes its
	// place, so the new branch does not publish the seller's listing.
	e.displace(t, published, e.seller)
	tx, err := e.m.PublishTx(publishParams(t, fpB, "bafy-b"))
	if err != nil {
		t.Fatal(err)
	}
	sent, err := e.c.Transact(ctx, e.pirate, &tx.To, tx.Data, nil)
	if err != nil {
		t.Fatal(err)
	}
	e.sim.Commit()
	e.sim.Commit()
	if r, err := e.sim.Client().TransactionReceipt(ctx, sent.Hash()); err != nil || r.Status != 1 {
		t.Fatalf("pirate's publish on the new branch: receipt %v, err %v", r, err)
	}
	onChain, err := e.m.Listing(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	commitB, _ := fpB.Commit()
	if onChain.Owner != e.pirate.Address || onChain.Fingerprint != common.Hash(commitB) {
		t.Fatalf("set-up: listing %d on the new branch is %+v, want the pirate's", id, onChain)
	}

	cat := e.cat
	if restart {
		cat = e.open(t)
	}
	e.sync(t, cat)
	l, err := cat.Listing(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if l.Owner != e.pirate.Address || l.Commitment != common.Hash(commitB) || l.ContentCID != "bafy-b" || l.Registered {
		t.Fatalf("after the reorganisation: got %+v, want the pirate's listing without a registration", l)
	}
	if n := cat.IndexLen(); n != 0 {
		t.Fatalf("index after the reorganisation: got %d entries, want 0 (the registered listing is gone)", n)
	}
	if _, err := cat.Check(ctx, e.pirate.Address, fpA); err != nil {
		t.Fatalf("Check after the seller's listing was undone: %v", err)
	}
	res, err := cat.SearchDescription(ctx, "river delta", 10)
	if err != nil || len(res) != 0 {
		t.Fatalf("search after the reorganisation: got %v, %v; want nothing", resultIDs(res), err)
	}
	// The seller's registration cannot be attached to the pirate's listing.
	wantCode(t, "Register of the undone fingerprint", cat.Register(ctx, id, fpA, "x"), datatrade.EINTEGRITY)
	if all, err := cat.Listings(ctx, nil); err != nil || len(all) != 1 {
		t.Fatalf("listings after the reorganisation: got %d, %v; want 1", len(all), err)
	}
}

// displace sends from the account a 0-value self-transfer with the nonce
// of transaction old and twice its fees, so that it replaces it.
func (e *env) displace(t *testing.T, old *types.Transaction, from *chain.Account) {
	t.Helper()
	ctx := testCtx(t)
	two := big.NewInt(2)
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: old.ChainId(), Nonce: old.Nonce(), Gas: 21000, To: &from.Address,
		GasTipCap: new(big.Int).Mul(old.GasTipCap(), two), GasFeeCap: new(big.Int).Mul(old.GasFeeCap(), two),
	})
	signed, err := from.SignTx(tx, old.ChainId())
	if err != nil {
		t.Fatal(err)
	}
	// Until the pool has caught up with the new head it refuses the nonce
	// as too low.
	for {
		err := e.sim.Client().SendTransaction(ctx, signed)
		if err == nil {
			return
		}
		if !strings.Contains(err.Error(), "nonce too low") || ctx.Err() != nil {
			t.Fatalf("send the displacing transaction: %v", err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestIndexerRun(t *testing.T) {
	e := newEnv(t, catalog.Config{DSN: filepath.Join(t.TempDir(), "c.db")})
	ctx, cancel := context.WithCancel(testCtx(t))
	x := e.cat.NewIndexer(e.sim.Client(), e.m, catalog.IndexerConfig{Market: e.d.Market, StartBlock: e.d.Block, PollInterval: 10 * time.Millisecond})
	done := make(chan error, 1)
	go func() { done <- x.Run(ctx) }()

	// waitFor polls the table until cond holds for listing id.
	waitFor := func(what string, id uint64, cond func(*catalog.Listing) bool) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for {
			l, err := e.cat.Listing(ctx, id)
			if err == nil && cond(l) {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: listing %d is %+v (err %v) after 10 s", what, id, l, err)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	id := e.publish(t, e.seller, imageFP(t, photo(50, 64, 64)), "bafy-run")
	waitFor("publish", id, func(l *catalog.Listing) bool { return l.Owner == e.seller.Address })
	if _, err := e.m.Send(ctx, e.seller, market.Tx{To: e.d.Market, Data: contracts.NewMarket().PackTransferFrom(e.seller.Address, e.pirate.Address, new(big.Int).SetUint64(id)), What: "transfer"}); err != nil {
		t.Fatal(err)
	}
	waitFor("transfer", id, func(l *catalog.Listing) bool { return l.Owner == e.pirate.Address })
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Run returned %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
}
