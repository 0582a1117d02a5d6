// Package proof builds the receipt proofs that the enclave's light client
// (package lightclient) verifies. It runs on the host: from all receipts of
// a block it rebuilds the block's receipt trie — the trie whose root
// types.DeriveSha puts into the header's ReceiptHash — and extracts the
// Merkle-Patricia proof of one receipt.
package proof

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/lightclient"
)

// nodeList collects proof nodes in the order trie.Prove writes them (root
// first).
type nodeList [][]byte

var _ ethdb.KeyValueWriter = (*nodeList)(nil)

func (l *nodeList) Put(_ []byte, value []byte) error {
	*l = append(*l, common.CopyBytes(value))
	return nil
}

func (l *nodeList) Delete([]byte) error { return nil }

// listHasher lets a *trie.Trie serve types.DeriveSha, so the trie can
// prove afterwards what DeriveSha hashed.
type listHasher struct{ t *trie.Trie }

var _ types.ListHasher = (*listHasher)(nil)

func newListHasher() *listHasher { return &listHasher{t: trie.NewEmpty(nil)} }

func (h *listHasher) Reset() { h.t = trie.NewEmpty(nil) }

// Update copies key and value: DeriveSha reuses its buffers, and the trie
// keeps the slices it is given.
func (h *listHasher) Update(key, value []byte) error {
	return h.t.Update(common.CopyBytes(key), common.CopyBytes(value))
}
func (h *listHasher) Hash() common.Hash { return h.t.Hash() }

// ReceiptRoot returns the receipts root of a block with these receipts, the
// value of its header's ReceiptHash.
func ReceiptRoot(receipts types.Receipts) common.Hash {
	return types.DeriveSha(receipts, newListHasher())
}

// BuildReceiptProof returns the proof of receipts[index] in the receipt
// trie of the block whose receipts (all of them, in order) are receipts.
// The caller fills in ReceiptProof.BlockHash with the block's hash.
//
// Errors: EINVALID for an index outside receipts.
func BuildReceiptProof(receipts types.Receipts, index int) (lightclient.ReceiptProof, error) {
	if index < 0 || index >= len(receipts) {
		return lightclient.ReceiptProof{}, datatrade.Errorf(datatrade.EINVALID, "receipt index %d outside the block's %d receipts", index, len(receipts))
	}
	h := newListHasher()
	types.DeriveSha(receipts, h)
	key := rlp.AppendUint64(nil, uint64(index))
	var nodes nodeList
	if err := h.t.Prove(key, &nodes); err != nil {
		return lightclient.ReceiptProof{}, datatrade.Errorf(datatrade.EINTERNAL, "prove receipt %d: %v", index, err)
	}
	return lightclient.ReceiptProof{TxIndex: uint64(index), Nodes: nodes}, nil
}

// BuildReceiptProofForBlock is BuildReceiptProof with the block hash filled
// in. It checks that the receipts make up the header's ReceiptHash, so a
// host that fetched an incomplete receipt list learns it here rather than
// from the enclave.
//
// Errors: EINVALID for an index outside receipts, EINTEGRITY when the
// receipts do not match the header.
func BuildReceiptProofForBlock(header *types.Header, receipts types.Receipts, index int) (lightclient.ReceiptProof, error) {
	if header == nil {
		return lightclient.ReceiptProof{}, datatrade.Errorf(datatrade.EINVALID, "no header")
	}
	if root := ReceiptRoot(receipts); root != header.ReceiptHash {
		return lightclient.ReceiptProof{}, datatrade.Errorf(datatrade.EINTEGRITY,
			"the %d receipts of block %s hash to %s, the header says %s", len(receipts), header.Hash(), root, header.ReceiptHash)
	}
	p, err := BuildReceiptProof(receipts, index)
	if err != nil {
		return p, err
	}
	p.BlockHash = header.Hash()
	return p, nil
}
