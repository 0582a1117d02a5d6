package proof_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/lightclient/proof"
)

// receipts returns n receipts of mixed types, some with logs.
func receipts(n int) types.Receipts {
	rs := make(types.Receipts, n)
	for i := range rs {
		r := &types.Receipt{Type: types.DynamicFeeTxType, Status: types.ReceiptStatusSuccessful, CumulativeGasUsed: uint64(21000 * (i + 1))}
		if i%3 == 0 {
			r.Type = types.LegacyTxType
		}
		if i%5 == 0 {
			r.Status = types.ReceiptStatusFailed
		}
		if i%2 == 0 {
			r.Logs = []*types.Log{{Address: common.BigToAddress(big.NewInt(int64(i))), Topics: []common.Hash{crypto.Keccak256Hash([]byte{byte(i)})}, Data: make([]byte, 64)}}
		}
		r.Bloom = types.CreateBloom(r)
		rs[i] = r
	}
	return rs
}

// proofDB serves nodes by hash to trie.VerifyProof.
type proofDB map[common.Hash][]byte

func (db proofDB) Has(k []byte) (bool, error) { _, ok := db[common.BytesToHash(k)]; return ok, nil }
func (db proofDB) Get(k []byte) ([]byte, error) {
	v, ok := db[common.BytesToHash(k)]
	if !ok {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "no node")
	}
	return v, nil
}

// TestBuildReceiptProof proves every receipt of blocks of several sizes —
// across DeriveSha's special ordering at indices 0, 0x7f and 0x80 — against
// the root go-ethereum's own StackTrie derives, and checks the value is the
// receipt's consensus encoding.
func TestBuildReceiptProof(t *testing.T) {
	for _, n := range []int{1, 2, 17, 128, 129, 300} {
		rs := receipts(n)
		root := types.DeriveSha(rs, trie.NewStackTrie(nil))
		if got := proof.ReceiptRoot(rs); got != root {
			t.Fatalf("%d receipts: ReceiptRoot %s, DeriveSha %s", n, got, root)
		}
		for i := range rs {
			p, err := proof.BuildReceiptProof(rs, i)
			if err != nil {
				t.Fatalf("%d receipts, index %d: %v", n, i, err)
			}
			if p.TxIndex != uint64(i) {
				t.Fatalf("TxIndex: got %d, want %d", p.TxIndex, i)
			}
			db := proofDB{}
			for _, node := range p.Nodes {
				db[crypto.Keccak256Hash(node)] = node
			}
			key, _ := rlp.EncodeToBytes(uint64(i))
			value, err := trie.VerifyProof(root, key, db)
			if err != nil {
				t.Fatalf("%d receipts, index %d: VerifyProof: %v", n, i, err)
			}
			want, err := rs[i].MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if string(value) != string(want) {
				t.Fatalf("%d receipts, index %d: proven value is not the receipt's encoding", n, i)
			}
		}
	}
}

func TestBuildReceiptProofErrors(t *testing.T) {
	rs := receipts(4)
	header := &types.Header{Number: big.NewInt(7), Difficulty: new(big.Int), ReceiptHash: proof.ReceiptRoot(rs)}
	for _, c := range []struct {
		name     string
		header   *types.Header
		receipts types.Receipts
		index    int
		want     string
	}{
		{"valid", header, rs, 2, ""},
		{"index past the end", header, rs, 4, datatrade.EINVALID},
		{"negative index", header, rs, -1, datatrade.EINVALID},
		{"no receipts", header, nil, 0, datatrade.EINTEGRITY},
		{"receipt missing from the list", header, rs[:3], 0, datatrade.EINTEGRITY},
		{"no header", nil, rs, 0, datatrade.EINVALID},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, err := proof.BuildReceiptProofForBlock(c.header, c.receipts, c.index)
			if got := datatrade.ErrorCode(err); err != nil && got != c.want || err == nil && c.want != "" {
				t.Fatalf("got %v (code %q), want code %q", err, got, c.want)
			}
			if err == nil && p.BlockHash != c.header.Hash() {
				t.Errorf("BlockHash: got %s, want %s", p.BlockHash, c.header.Hash())
			}
		})
	}
}

func BenchmarkBuildReceiptProof(b *testing.B) {
	rs := receipts(200)
	for i := 0; b.Loop(); i++ {
		if _, err := proof.BuildReceiptProof(rs, i%len(rs)); err != nil {
			b.Fatal(err)
		}
	}
}
