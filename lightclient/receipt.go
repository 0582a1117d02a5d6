package lightclient

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"

	"github.com/datatrade/datatrade"
)

// MaxProofNodes bounds the nodes of a receipt proof. A receipt trie of a
// block holds at most a few thousand receipts, so real proofs have a handful
// of nodes.
const MaxProofNodes = 64

// ReceiptProof proves that a transaction's receipt is in a block: the
// Merkle-Patricia proof nodes (from the root down) for the key rlp(TxIndex)
// in the trie whose root is the block header's ReceiptHash. Package
// lightclient/proof builds it from the block's receipts.
type ReceiptProof struct {
	BlockHash common.Hash
	TxIndex   uint64
	Nodes     [][]byte
}

// proofDB serves proof nodes by their Keccak-256 hash to trie.VerifyProof.
type proofDB map[common.Hash][]byte

var _ ethdb.KeyValueReader = proofDB(nil)

func (db proofDB) Has(key []byte) (bool, error) {
	_, ok := db[common.BytesToHash(key)]
	return ok, nil
}

func (db proofDB) Get(key []byte) ([]byte, error) {
	if len(key) != common.HashLength {
		return nil, fmt.Errorf("proof node key is %d bytes", len(key))
	}
	v, ok := db[common.BytesToHash(key)]
	if !ok {
		return nil, fmt.Errorf("proof node %x missing", key)
	}
	return v, nil
}

// VerifyReceipt checks p against the receiptsRoot of a canonical header in
// the window and returns the receipt of a successful transaction, with its
// block hash, block number and transaction index filled in (and the same on
// each log; a log's Index counts within this receipt only). It does not
// check confirmations: see Confirmed and VerifyEvidence.
//
// Errors: ENOTFOUND when the block is not in the window, ECONFLICT when it is
// not on the canonical branch, EINTEGRITY for a proof that does not verify
// and for a failed transaction, EINVALID for an oversized proof.
func (c *Client) VerifyReceipt(p ReceiptProof) (*types.Receipt, error) {
	if len(p.Nodes) == 0 || len(p.Nodes) > MaxProofNodes {
		return nil, datatrade.Errorf(datatrade.EINVALID, "receipt proof has %d nodes, want 1 to %d", len(p.Nodes), MaxProofNodes)
	}
	c.mu.Lock()
	e, ok := c.entries[p.BlockHash]
	var canonical bool
	if ok {
		canonical = c.canon[e.number] == p.BlockHash
	}
	c.mu.Unlock()
	if !ok {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "block %s is not in the header window", p.BlockHash)
	}
	if !canonical {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "block %d (%s) is not on the canonical branch", e.number, p.BlockHash)
	}
	db := make(proofDB, len(p.Nodes))
	for _, n := range p.Nodes {
		db[crypto.Keccak256Hash(n)] = n
	}
	key, err := rlp.EncodeToBytes(p.TxIndex)
	if err != nil {
		return nil, fmt.Errorf("encode receipt key: %w", err)
	}
	value, err := trie.VerifyProof(e.header.ReceiptHash, key, db)
	if err != nil || len(value) == 0 {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "receipt proof for transaction %d does not verify against block %d", p.TxIndex, e.number)
	}
	r := new(types.Receipt)
	if err := r.UnmarshalBinary(value); err != nil {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "receipt proof for transaction %d holds a malformed receipt", p.TxIndex)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "transaction %d of block %d failed", p.TxIndex, e.number)
	}
	r.BlockHash = p.BlockHash
	r.BlockNumber = new(big.Int).SetUint64(e.number)
	r.TransactionIndex = uint(p.TxIndex)
	for i, l := range r.Logs {
		l.BlockHash, l.BlockNumber, l.TxIndex, l.Index = p.BlockHash, e.number, uint(p.TxIndex), uint(i)
	}
	return r, nil
}
