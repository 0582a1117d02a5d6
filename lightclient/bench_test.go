package lightclient_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade/lightclient"
	"github.com/datatrade/datatrade/lightclient/proof"
)

// syntheticChain returns n signed headers after syntheticConfig's
// checkpoint, each with receipts' root.
func syntheticChain(n int, receipts types.Receipts) ([]lightclient.SignedHeader, error) {
	key := syntheticKey()
	cp := syntheticConfig().Checkpoint
	parent, number := cp.Hash, cp.Number
	out := make([]lightclient.SignedHeader, 0, n)
	for i := range n {
		number++
		h := &types.Header{ParentHash: parent, Number: new(big.Int).SetUint64(number), Difficulty: new(big.Int),
			Time: uint64(1000 + i), GasLimit: 30_000_000, ReceiptHash: proof.ReceiptRoot(receipts)}
		sig, err := crypto.Sign(h.Hash().Bytes(), key)
		if err != nil {
			return nil, err
		}
		out = append(out, lightclient.SignedHeader{Header: h, Signature: sig})
		parent = h.Hash()
	}
	return out, nil
}

// BenchmarkAdd measures adding one authority-signed header to a full
// window of 256 (hash, signature recovery, fork choice, sliding).
func BenchmarkAdd(b *testing.B) {
	chain, err := syntheticChain(2048, nil)
	if err != nil {
		b.Fatal(err)
	}
	cfg := syntheticConfig()
	cfg.HeaderWindow = 256
	var lc *lightclient.Client
	i := len(chain)
	for b.Loop() {
		if i == len(chain) {
			b.StopTimer()
			if lc, err = lightclient.New(cfg, lightclient.Options{}); err != nil {
				b.Fatal(err)
			}
			i = 0
			b.StartTimer()
		}
		if err := lc.Add(chain[i].Header, chain[i].Signature); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkVerifyReceipt measures verifying a receipt proof in a block of
// 200 receipts.
func BenchmarkVerifyReceipt(b *testing.B) {
	rs := make(types.Receipts, 200)
	for i := range rs {
		rs[i] = &types.Receipt{Type: types.DynamicFeeTxType, Status: 1, CumulativeGasUsed: uint64(21000 * (i + 1)),
			Logs: []*types.Log{{Address: common.Address{3}, Topics: []common.Hash{tradePaidTopic, common.BigToHash(big.NewInt(int64(i)))}, Data: make([]byte, 32)}}}
	}
	chain, err := syntheticChain(4, rs)
	if err != nil {
		b.Fatal(err)
	}
	lc, err := lightclient.New(syntheticConfig(), lightclient.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, h := range chain {
		if err := lc.Add(h.Header, h.Signature); err != nil {
			b.Fatal(err)
		}
	}
	p, err := proof.BuildReceiptProof(rs, 137)
	if err != nil {
		b.Fatal(err)
	}
	p.BlockHash = chain[0].Header.Hash()
	for b.Loop() {
		if _, err := lc.VerifyReceipt(p); err != nil {
			b.Fatal(err)
		}
	}
}
