// Package lctest builds, for tests, a chain of headers signed by an
// authority key with real receipt tries, and light-client evidence over
// it: what an exchange's or compute node's host feeds its enclave.
package lctest

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade/chain/devnode/authsig"
	"github.com/datatrade/datatrade/lightclient"
	"github.com/datatrade/datatrade/lightclient/proof"
)

// SignedChain is a chain of authority-signed headers with their receipts.
type SignedChain struct {
	// Key is the authority's key.
	Key *ecdsa.PrivateKey
	// Headers[0] is the checkpoint (block 42).
	Headers  []*types.Header
	sigs     [][]byte
	receipts []types.Receipts
}

// NewSignedChain returns a chain holding only its checkpoint, signed by a
// fresh authority key.
func NewSignedChain(t testing.TB) *SignedChain {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	g := &types.Header{Number: big.NewInt(42), Time: 1_000, Difficulty: big.NewInt(0), GasLimit: 30_000_000, Extra: []byte("checkpoint")}
	return &SignedChain{Key: key, Headers: []*types.Header{g}, sigs: [][]byte{nil}, receipts: []types.Receipts{nil}}
}

// Block appends a block with one successful receipt per log (nil: a
// receipt without logs) and returns its index in Headers.
func (c *SignedChain) Block(t testing.TB, logs ...*types.Log) int {
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
	parent := c.Headers[len(c.Headers)-1]
	h := &types.Header{ParentHash: parent.Hash(), Number: new(big.Int).Add(parent.Number, big.NewInt(1)), Time: parent.Time + 12,
		Difficulty: big.NewInt(0), GasLimit: parent.GasLimit, ReceiptHash: proof.ReceiptRoot(rs)}
	sig, err := authsig.Sign(h.Hash(), c.Key)
	if err != nil {
		t.Fatal(err)
	}
	c.Headers, c.sigs, c.receipts = append(c.Headers, h), append(c.sigs, sig), append(c.receipts, rs)
	return len(c.Headers) - 1
}

// Evidence proves receipt tx of block b, sending the headers from index
// from up to the head.
func (c *SignedChain) Evidence(t testing.TB, from, b, tx int) []byte {
	t.Helper()
	p, err := proof.BuildReceiptProofForBlock(c.Headers[b], c.receipts[b], tx)
	if err != nil {
		t.Fatal(err)
	}
	e := &lightclient.Evidence{Receipt: p}
	for i := from; i < len(c.Headers); i++ {
		e.Headers = append(e.Headers, lightclient.SignedHeader{Header: c.Headers[i], Signature: c.sigs[i]})
	}
	out, err := e.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return out
}
