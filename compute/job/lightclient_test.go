package job_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade/chain/devnode/authsig"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/lightclient"
	"github.com/datatrade/datatrade/lightclient/proof"
)

// signedChain is a chain of headers signed by an authority key, with real
// receipt tries: what a node's host would feed the enclave.
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

// block appends a block with one successful receipt per log (nil: a
// receipt without logs) and returns its index.
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
// from up to the head.
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
	out, err := e.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestOpenThroughLightClient opens a job through the real light client:
// authority-signed headers, a receipt proof against receiptsRoot, and the
// confirmation depth (a job not yet final is refused with ECONFLICT).
func TestOpenThroughLightClient(t *testing.T) {
	sc := newSignedChain(t)
	cfg := testConfig()
	cfg.Checkpoint = enclave.Checkpoint{Number: 42, Hash: sc.headers[0].Hash()}
	cfg.Authority = crypto.PubkeyToAddress(sc.key.PublicKey)
	cfg.Confirmations = 2
	lc, err := lightclient.New(cfg, lightclient.Options{})
	if err != nil {
		t.Fatal(err)
	}
	w := newWorldFor(t, cfg, jobsAddr, 1, func(o *job.Options) { o.Chain = exchange.LightClient{Client: lc} })
	w.addListing(t, 1, salesCSV(20))
	p := w.defaults(params{id: 77, listings: []uint64{1}}, []byte("module"))
	created := sc.block(t, nil, w.jobLog(t, p))
	sc.block(t)
	n := w.nodes[0]
	_, err = n.runner.Open(p.id, sc.evidence(t, 1, created, 1), nil)
	wantCode(t, err, "conflict", "")
	sc.block(t)
	spec, err := n.runner.Open(p.id, sc.evidence(t, 3, created, 1), nil)
	if err != nil {
		t.Fatalf("Open with two confirmations: %v", err)
	}
	if spec.ID != p.id || spec.Buyer != w.buyerAddr || spec.Listings[0].Root != w.sellers[1].root || spec.MaxCost != p.maxCost {
		t.Errorf("spec %+v does not match the event", spec)
	}
	_, err = n.runner.Open(p.id+1, sc.evidence(t, 3, created, 0), nil)
	wantCode(t, err, "not_found", "")
}
