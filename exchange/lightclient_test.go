package exchange

import (
	"bytes"
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/lightclient"
	"github.com/datatrade/datatrade/lightclient/lctest"
)

// TestLightClientAdapter runs the trade's chain steps through the real
// light client: authority-signed headers, receipt proofs against
// receiptsRoot, confirmation depth.
func TestLightClientAdapter(t *testing.T) {
	ctx := context.Background()
	fx := newFixture(t)
	chain := lctest.NewSignedChain(t)
	cfg := fx.cfg
	cfg.Checkpoint = enclave.Checkpoint{Number: 42, Hash: chain.Headers[0].Hash()}
	cfg.Authority = crypto.PubkeyToAddress(chain.Key.PublicKey)
	cfg.Confirmations = 2
	lc, err := lightclient.New(cfg, lightclient.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fx.reconfigure(t, cfg, testExchange, LightClient{Client: lc})

	opened := chain.Block(t, nil, fx.openedLog(t, cfg.Escrow, testExchange))
	chain.Block(t)
	if _, err := fx.p.OpenTrade(testTrade, chain.Evidence(t, 1, opened, 1)); code(err) != datatrade.ECONFLICT {
		t.Fatalf("OpenTrade with one confirmation: %v, want ECONFLICT", err)
	}
	chain.Block(t)
	rec, err := fx.p.OpenTrade(testTrade, chain.Evidence(t, 3, opened, 1))
	if err != nil {
		t.Fatalf("OpenTrade: %v", err)
	}
	if rec.Trade.Price.Cmp(fx.price) != 0 {
		t.Errorf("recorded price %s, want %s", rec.Trade.Price, fx.price)
	}
	if err := fx.handOver(t, fx.secrets, fx.seller); err != nil {
		t.Fatal(err)
	}
	if fault, err := fx.p.CheckData(ctx, testTrade, bytes.NewReader(fx.sealed), int64(len(fx.sealed))); err != nil || fault != nil {
		t.Fatalf("CheckData = %v, %v", fault, err)
	}
	paidLog := &types.Log{Address: cfg.Escrow, Topics: []common.Hash{topicTradePaid, word(testTrade)}, Data: common.BigToHash(fx.price).Bytes()}
	paid := chain.Block(t, paidLog)
	chain.Block(t)
	chain.Block(t)
	ct, err := fx.p.Commit(ctx, testTrade, chain.Evidence(t, 4, paid, 0))
	if err != nil {
		t.Fatalf("Commit: %v", err)
	}
	del, err := fx.p.SignDelivery(testTrade, cidOf(t, ct))
	if err != nil {
		t.Fatal(err)
	}
	data, err := mustArgs(t, tradeCommittedData).Pack([32]byte(del.Delivery.CiphertextCIDHash), [32]byte(del.Delivery.WrappedKeyHash), uint64(2_000))
	if err != nil {
		t.Fatal(err)
	}
	committed := chain.Block(t, &types.Log{Address: cfg.Escrow, Topics: []common.Hash{topicTradeCommitted, word(testTrade), word(testExchange)}, Data: data})
	if _, err := fx.p.Reveal(testTrade, chain.Evidence(t, committed, committed, 0)); code(err) != datatrade.ECONFLICT {
		t.Fatalf("Reveal of a commit without confirmations: %v, want ECONFLICT", err)
	}
	chain.Block(t)
	chain.Block(t)
	wk, err := fx.p.Reveal(testTrade, chain.Evidence(t, committed+1, committed, 0))
	if err != nil {
		t.Fatalf("Reveal: %v", err)
	}
	if crypto.Keccak256Hash(wk) != del.Delivery.WrappedKeyHash {
		t.Error("revealed key does not match the committed hash")
	}
}
