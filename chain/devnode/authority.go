package devnode

import (
	"crypto/ecdsa"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethdb"

	"github.com/datatrade/datatrade/chain/devnode/authsig"
)

// HeaderSignature is a block's identity with the authority's signature over
// its hash; see package authsig for the format.
type HeaderSignature = authsig.HeaderSignature

// VerifyHeaderSignature checks that sig is authority's signature over the
// block hash. It is authsig.Verify, repeated here for callers that hold a
// Node; light clients should import authsig, which does not pull in the node.
func VerifyHeaderSignature(hash common.Hash, sig []byte, authority common.Address) error {
	return authsig.Verify(hash, sig, authority)
}

// sigPrefix prefixes the database keys of header signatures: prefix ‖ block
// hash → 65-byte signature. go-ethereum uses no key starting with it.
var sigPrefix = []byte("datatrade-authsig-")

func sigKey(hash common.Hash) []byte {
	return append(append(make([]byte, 0, len(sigPrefix)+common.HashLength), sigPrefix...), hash[:]...)
}

// headerChain is the part of the blockchain the signer reads.
type headerChain interface {
	GetHeaderByNumber(number uint64) *types.Header
	GetCanonicalHash(number uint64) common.Hash
}

var _ headerChain = (*core.BlockChain)(nil)

// signer signs the hashes of canonical blocks with the authority key and
// stores the signatures in the node's database.
type signer struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	chain headerChain
	db    ethdb.KeyValueStore

	mu sync.Mutex // serialises signUpTo

	// made counts the signatures this process has made (for tests: a
	// restart that finds every block signed makes none).
	made atomic.Uint64
}

func newSigner(key *ecdsa.PrivateKey, chain headerChain, db ethdb.KeyValueStore) *signer {
	return &signer{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), chain: chain, db: db}
}

// signUpTo signs every canonical block up to number that has no signature
// yet. It walks back from number to the first signed block (or genesis), so
// it also covers blocks whose head events were coalesced or missed.
func (s *signer) signUpTo(number uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var unsigned []*types.Header
	for i := number; ; i-- {
		h := s.chain.GetHeaderByNumber(i)
		if h == nil {
			if i == number {
				return fmt.Errorf("block %d not found", number)
			}
			break
		}
		ok, err := s.db.Has(sigKey(h.Hash()))
		if err != nil {
			return fmt.Errorf("read header signature: %w", err)
		}
		if ok {
			break
		}
		unsigned = append(unsigned, h)
		if i == 0 {
			break
		}
	}
	batch := s.db.NewBatch()
	for j := len(unsigned) - 1; j >= 0; j-- {
		sig, err := authsig.Sign(unsigned[j].Hash(), s.key)
		if err != nil {
			return err
		}
		s.made.Add(1)
		if err := batch.Put(sigKey(unsigned[j].Hash()), sig); err != nil {
			return fmt.Errorf("store header signature: %w", err)
		}
		if batch.ValueSize() >= ethdb.IdealBatchSize {
			if err := batch.Write(); err != nil {
				return fmt.Errorf("store header signatures: %w", err)
			}
			batch.Reset()
		}
	}
	if err := batch.Write(); err != nil {
		return fmt.Errorf("store header signatures: %w", err)
	}
	return nil
}

// headerSignature returns the stored signature record for h, signing the
// canonical chain up to h first when h is canonical and not yet signed.
func (s *signer) headerSignature(h *types.Header) (*HeaderSignature, error) {
	hash := h.Hash()
	sig, err := s.db.Get(sigKey(hash))
	if err != nil || len(sig) == 0 {
		if s.chain.GetCanonicalHash(h.Number.Uint64()) != hash {
			return nil, fmt.Errorf("block %s is not canonical and was never signed", hash)
		}
		if err := s.signUpTo(h.Number.Uint64()); err != nil {
			return nil, err
		}
		if sig, err = s.db.Get(sigKey(hash)); err != nil {
			return nil, fmt.Errorf("read header signature: %w", err)
		}
	}
	return &HeaderSignature{
		Number:     hexutil.Uint64(h.Number.Uint64()),
		Hash:       hash,
		ParentHash: h.ParentHash,
		Signature:  sig,
	}, nil
}

// signLoop signs each new head (and any block before it left unsigned)
// until the node closes.
func (n *Node) signLoop() {
	defer n.wg.Done()
	heads := make(chan core.ChainHeadEvent, 64)
	sub := n.eth.BlockChain().SubscribeChainHeadEvent(heads)
	defer sub.Unsubscribe()
	for {
		select {
		case <-n.quit:
			return
		case err := <-sub.Err():
			if err != nil {
				n.log.Error("header signer stopped", "err", err)
			}
			return
		case ev := <-heads:
			if err := n.signer.signUpTo(ev.Header.Number.Uint64()); err != nil {
				n.log.Error("signing block failed", "number", ev.Header.Number, "err", err)
			}
		}
	}
}
