package broker_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/board"
	"github.com/datatrade/datatrade/broker"
	"github.com/datatrade/datatrade/catalog"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/fingerprint"
	"github.com/datatrade/datatrade/internal/simtest"
	"github.com/datatrade/datatrade/market"
)

var ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// env is a simulated chain with a deployment (the admin is the platform), a
// board, a catalog and the broker service.
type env struct {
	sim                            *simulated.Backend
	c                              *chain.Client
	m                              *market.Client
	d                              *market.Deployment
	b                              *market.Broker
	platform, seller, buyer, other *chain.Account
	buyerKey, platformKey          *envelope.PrivateKey
	board                          *board.Log
	cat                            *catalog.Catalog
	s                              *broker.Service
}

func newEnv(t testing.TB) *env {
	t.Helper()
	var keys []*ecdsa.PrivateKey
	alloc := types.GenesisAlloc{}
	for i := range 4 {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'b', 'r', 'k'}))
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, key)
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), ether)}
	}
	e := &env{sim: simulated.NewBackend(alloc)}
	t.Cleanup(func() { _ = e.sim.Close() })
	e.platform, e.seller, e.buyer, e.other = chain.NewAccount(keys[0]), chain.NewAccount(keys[1]), chain.NewAccount(keys[2]), chain.NewAccount(keys[3])
	e.c = chain.NewClient(simtest.AutoCommit(t, e.sim), chain.WithPollInterval(5*time.Millisecond))
	ctx := testCtx(t)
	d, err := market.Deploy(ctx, e.c, e.platform, market.DeployOptions{}, nil)
	if err != nil {
		t.Fatalf("Deploy: %v", err)
	}
	e.d, e.m = d, market.New(e.c, d)
	if e.b, err = e.m.Broker(); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if e.board, err = board.Open(ctx, board.Config{Path: filepath.Join(dir, "board.db"), Platform: e.platform}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.board.Close() })
	if e.cat, err = catalog.Open(ctx, catalog.Config{DSN: filepath.Join(dir, "catalog.db"), Signer: e.platform}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.cat.Close() })
	for _, k := range []**envelope.PrivateKey{&e.buyerKey, &e.platformKey} {
		if *k, err = envelope.GenerateKey(rand.Reader, envelope.KEMX25519); err != nil {
			t.Fatal(err)
		}
	}
	e.s, err = broker.New(broker.Config{Market: e.m, Platform: e.platform, Board: e.board, Catalog: e.cat, Key: e.platformKey, Dir: filepath.Join(dir, "broker")})
	if err != nil {
		t.Fatalf("broker.New: %v", err)
	}
	return e
}

func (e *env) send(t testing.TB, from *chain.Account, tx market.Tx) *types.Receipt {
	t.Helper()
	r, err := e.b.Send(testCtx(t), from, tx)
	if err != nil {
		t.Fatalf("%s: %v", tx.What, err)
	}
	return r
}

// sync brings the catalog up to the chain.
func (e *env) sync(t testing.TB) {
	t.Helper()
	x := e.cat.NewIndexer(e.sim.Client(), e.m, catalog.IndexerConfig{Market: e.d.Market, StartBlock: e.d.Block})
	if err := x.Sync(testCtx(t)); err != nil {
		t.Fatalf("indexer: %v", err)
	}
}

// table is a deterministic CSV dataset.
func table(rows, seed int) string {
	var b strings.Builder
	b.WriteString("city,year,value\n")
	for i := range rows {
		fmt.Fprintf(&b, "c%d,%d,%d\n", (i*7+seed)%50, 2000+i%20, (i*31+seed*17)%1000)
	}
	return b.String()
}

func csvFP(t testing.TB, text string) *fingerprint.Fingerprint {
	t.Helper()
	fp, err := fingerprint.Compute(testCtx(t), strings.NewReader(text), fingerprint.Hint{Name: "data.csv"})
	if err != nil {
		t.Fatal(err)
	}
	return fp
}

// list publishes data as the seller, registers its fingerprint and offers it
// on the broker path.
func (e *env) list(t testing.TB, data string, licence datatrade.Licence, price, queryPrice *big.Int) uint64 {
	t.Helper()
	ctx := testCtx(t)
	fp := csvFP(t, data)
	commit, err := fp.Commit()
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := e.m.Publish(ctx, e.seller, market.PublishParams{ContentCID: "bafy-" + fmt.Sprint(len(data)), Root: crypto.Keccak256Hash([]byte(data)),
		Size: uint64(len(data)), ChunkCount: 1, Fingerprint: common.Hash(commit), MetadataCID: "bafy-meta", Price: price, Licence: licence})
	if err != nil {
		t.Fatalf("Publish: %v", err)
	}
	e.sync(t)
	if err := e.cat.Register(ctx, id, fp, "yearly values per city"); err != nil {
		t.Fatalf("Register: %v", err)
	}
	tx, err := e.b.SetTermsTx(id, true, queryPrice)
	if err != nil {
		t.Fatal(err)
	}
	e.send(t, e.seller, tx)
	e.send(t, e.seller, e.b.ApproveTx())
	return id
}

// open opens a broker trade as the buyer and registers the buyer's key.
func (e *env) open(t testing.TB, listing uint64) *market.BrokerTrade {
	t.Helper()
	ctx := testCtx(t)
	id, _, err := e.b.Open(ctx, e.buyer, listing)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	k, err := broker.SignBuyerKey(e.buyer, e.d.ChainID, e.d.Broker, id, e.buyerKey.Public())
	if err != nil {
		t.Fatal(err)
	}
	if err := e.s.SetBuyerKey(ctx, k); err != nil {
		t.Fatalf("SetBuyerKey: %v", err)
	}
	return e.trade(t, id)
}

func (e *env) trade(t testing.TB, id uint64) *market.BrokerTrade {
	t.Helper()
	tr, err := e.b.Trade(testCtx(t), id)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// deliver has the seller seal data to the buyer's registered key and hand
// it to the platform.
func (e *env) deliver(t testing.TB, tr *market.BrokerTrade, data string) broker.Recorded {
	t.Helper()
	ctx := testCtx(t)
	k, err := e.s.BuyerKeyOf(ctx, tr.ID)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := envelope.ParsePublicKey(k.Key)
	if err != nil {
		t.Fatal(err)
	}
	d, err := broker.NewDelivery(ctx, rand.Reader, e.d, e.seller, tr, pub, strings.NewReader(data), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	rec, err := e.s.Deliver(ctx, d)
	if err != nil {
		t.Fatalf("Deliver: %v", err)
	}
	return rec
}

func wantCode(t testing.TB, what string, err error, code string) {
	t.Helper()
	if got := datatrade.ErrorCode(err); got != code {
		t.Fatalf("%s: code %q (%v), want %q", what, got, err, code)
	}
}
