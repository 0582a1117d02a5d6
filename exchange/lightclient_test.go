package exchange

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain/devnode/authsig"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/lightclient"
	"github.com/datatrade/datatrade/lightclient/proof"
)

// signedChain is a chain of headers signed by an authority key, with real
// receipt tries: what the embedded node's host would feed the enclave.
type signedChain struct {
	key      *ecdsa.PrivateKey
	headers  []*types.Header // headers[0] is the checkpoint
	sigs     [][]byte
	receipts []types.Receipts
}

func newSignedChain(t *testing.T) *signedChain {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	g := &types.Header{Number: big.NewInt(42), Time: 1_000, Difficulty: big.NewInt(0), GasLimit: 30_000_000, Extra: []byte("checkpoint")}
	return &signedChain{key: key, headers: []*types.Header{g}, sigs: [][]byte{nil}, receipts: []types.Receipts{nil}}
}

// block appends a block whose receipts hold logs, one successful receipt
// per argument; it returns the block's index in c.headers.
func (c *signedChain) block(t *testing.T, logs ...*types.Log) int {
	t.Helper()
	var rs types.Receipts
	for i, l := range logs {
		r := &types.Receipt{Type: types.LegacyTxType, Status: types.ReceiptStatusSuccessful, CumulativeGasUsed: uint64(21_000 * (i + 1))}
		if l != nil {
			r.Logs = []*types.Log{l}
		}
		r.Bloom = types.CreateBloom(r)
		rs = append(rs, r)
	}
	parent := c.headers[len(c.headers)-1]
	h := &types.Header{ParentHash: parent.Hash(), Number: new(big.Int).Add(parent.Number, big.NewInt(1)), Time: parent.Time + 12,
		Difficulty: big.NewInt(0), GasLimit: parent.GasLimit, ReceiptHash: proof.ReceiptRoot(rs)}
	sig, err := authsig.Sign(h.Hash(), c.key)
	if err != nil {
		t.Fatal(err)
	}
	c.headers, c.sigs, c.receipts = append(c.headers, h), append(c.sigs, sig), append(c.receipts, rs)
	return len(c.headers) - 1
}

// evidence proves receipt tx of block b, sending the headers from index
// from up to the current head.
func (c *signedChain) evidence(t *testing.T, from, b, tx int) []byte {
	t.Helper()
	p, err := proof.BuildReceiptProofForBlock(c.headers[b], c.receipts[b], tx)
	if err != nil {
		t.Fatal(err)
	}
	e := &lightclient.Evidence{Receipt: p}
	for i := from; i < len(c.headers); i++ {
		e.Headers = append(e.Headers, lightclient.SignedHeader{Header: c.headers[i], Signature: c.sigs[i]})
	}
	b2, err := e.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return b2
}

// TestLightClientAdapter runs the trade's chain steps through the real
// light client: authority-signed headers, receipt proofs against
// receiptsRoot, confirmation depth.
func TestLightClientAdapter(t *testing.T) {
	ctx := context.Background()
	fx := newFixture(t)
	chain := newSignedChain(t)
	cfg := fx.cfg
	cfg.Checkpoint = enclave.Checkpoint{Number: 42, Hash: chain.headers[0].Hash()}
	cfg.Authority = crypto.PubkeyToAddress(chain.key.PublicKey)
	cfg.Confirmations = 2
	lc, err := lightclient.New(cfg, lightclient.Options{})
	if err != nil {
		t.Fatal(err)
	}
	fx.reconfigure(t, cfg, testExchange, LightClient{Client: lc})

	opened := chain.block(t, nil, fx.openedLog(t, cfg.Escrow, testExchange))
	chain.block(t)
	if _, err := fx.p.OpenTrade(testTrade, chain.evidence(t, 1, opened, 1)); code(err) != datatrade.ECONFLICT {
		t.Fatalf("OpenTrade with one confirmation: %v, want ECONFLICT", err)
	}
	chain.block(t)
	rec, err := fx.p.OpenTrade(testTrade, chain.evidence(t, 3, opened, 1))
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
	paid := chain.block(t, paidLog)
	chain.block(t)
	chain.block(t)
	ct, err := fx.p.Commit(ctx, testTrade, chain.evidence(t, 4, paid, 0))
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
	committed := chain.block(t, &types.Log{Address: cfg.Escrow, Topics: []common.Hash{topicTradeCommitted, word(testTrade), word(testExchange)}, Data: data})
	if _, err := fx.p.Reveal(testTrade, chain.evidence(t, committed, committed, 0)); code(err) != datatrade.ECONFLICT {
		t.Fatalf("Reveal of a commit without confirmations: %v, want ECONFLICT", err)
	}
	chain.block(t)
	chain.block(t)
	wk, err := fx.p.Reveal(testTrade, chain.evidence(t, committed+1, committed, 0))
	if err != nil {
		t.Fatalf("Reveal: %v", err)
	}
	if crypto.Keccak256Hash(wk) != del.Delivery.WrappedKeyHash {
		t.Error("revealed key does not match the committed hash")
	}
}
