package board

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/transparency-dev/merkle/proof"
	"github.com/transparency-dev/merkle/rfc6962"

	"github.com/datatrade/datatrade"
)

// Signer signs a 32-byte digest and returns a 65-byte [R || S || V]
// signature with V = 27 or 28 (chain.Account.SignHash does). The board asks
// the platform's Signer to sign only checkpoint digests (CheckpointHash),
// and a party's Signer only entry digests (Entry.Hash); both are
// domain-separated so that a signature cannot be replayed as a transaction
// or another message.
type Signer interface {
	SignHash(hash common.Hash) ([]byte, error)
}

// Anchor publishes a checkpoint somewhere the operator cannot rewrite (a
// contract on chain). Implemented by a chain adapter; AnchorCheckpoint
// returns once the checkpoint is durably recorded.
type Anchor interface {
	AnchorCheckpoint(ctx context.Context, cp Checkpoint) error
}

// checkpointDomain separates checkpoint digests from every other message.
const checkpointDomain = "datatrade/board/checkpoint/v1"

// Checkpoint is the platform's signed statement that the log had Size
// entries with RFC 6962 root hash Root at Time.
type Checkpoint struct {
	Size      uint64        `json:"size"`
	Root      common.Hash   `json:"root"`
	Time      time.Time     `json:"time"`
	Signature hexutil.Bytes `json:"signature"`
}

// Hash returns the digest the platform signs: keccak256 of a domain tag,
// then size (8 bytes), root (32) and time (8, Unix ns), big-endian.
func (cp Checkpoint) Hash() common.Hash {
	b := make([]byte, 0, 48)
	b = binary.BigEndian.AppendUint64(b, cp.Size)
	b = append(b, cp.Root.Bytes()...)
	b = binary.BigEndian.AppendUint64(b, uint64(cp.Time.UnixNano()))
	return crypto.Keccak256Hash([]byte(checkpointDomain), b)
}

// Verifier checks what the board hands out against the platform's address.
// A client holds one and never trusts a checkpoint it did not verify.
type Verifier struct {
	Platform common.Address // the address of the platform's checkpoint key
}

// VerifyCheckpoint checks that cp is signed by the platform.
func (v Verifier) VerifyCheckpoint(cp Checkpoint) error {
	addr, err := recoverAddr(cp.Hash(), cp.Signature)
	if err != nil {
		return datatrade.Errorf(datatrade.EINTEGRITY, "board checkpoint: %v", err)
	}
	if addr != v.Platform {
		return datatrade.Errorf(datatrade.EINTEGRITY, "board checkpoint is not signed by the platform")
	}
	if cp.Size == 0 && cp.Root != emptyRoot() {
		return datatrade.Errorf(datatrade.EINTEGRITY, "board checkpoint: empty log with a non-empty root")
	}
	return nil
}

// InclusionProof proves that the entry at Index is in the tree of Size.
type InclusionProof struct {
	Index  uint64        `json:"index"`
	Size   uint64        `json:"size"`
	Hashes []common.Hash `json:"hashes"`
}

// ConsistencyProof proves that the tree of Size1 is a prefix of the tree of
// Size2.
type ConsistencyProof struct {
	Size1  uint64        `json:"size1"`
	Size2  uint64        `json:"size2"`
	Hashes []common.Hash `json:"hashes"`
}

// VerifyInclusion checks that cp is the platform's, that e is signed by its
// party, and that p proves e's leaf is in the tree cp commits to.
func (v Verifier) VerifyInclusion(e Entry, p InclusionProof, cp Checkpoint) error {
	if err := v.VerifyCheckpoint(cp); err != nil {
		return err
	}
	if err := e.Verify(); err != nil {
		return err
	}
	if p.Size != cp.Size {
		return datatrade.Errorf(datatrade.EINVALID, "inclusion proof for size %d, checkpoint has size %d", p.Size, cp.Size)
	}
	leaf, err := e.Marshal()
	if err != nil {
		return err
	}
	if err := proof.VerifyInclusion(hasher(), p.Index, p.Size, hasher().HashLeaf(leaf), hashBytes(p.Hashes), cp.Root[:]); err != nil {
		return datatrade.Errorf(datatrade.EINTEGRITY, "entry %d is not in the log of size %d: %v", p.Index, p.Size, err)
	}
	return nil
}

// VerifyConsistency checks that both checkpoints are the platform's and
// that p proves the log of old is a prefix of the log of new: nothing that
// old committed to was rewritten or dropped.
func (v Verifier) VerifyConsistency(old, new Checkpoint, p ConsistencyProof) error {
	if err := v.VerifyCheckpoint(old); err != nil {
		return err
	}
	if err := v.VerifyCheckpoint(new); err != nil {
		return err
	}
	if p.Size1 != old.Size || p.Size2 != new.Size {
		return datatrade.Errorf(datatrade.EINVALID, "consistency proof for sizes %d→%d, checkpoints have %d→%d", p.Size1, p.Size2, old.Size, new.Size)
	}
	if old.Size == 0 {
		// The empty log is a prefix of every log; nothing to prove.
		if len(p.Hashes) != 0 {
			return datatrade.Errorf(datatrade.EINTEGRITY, "consistency proof from the empty log must be empty")
		}
		return nil
	}
	if err := proof.VerifyConsistency(hasher(), old.Size, new.Size, hashBytes(p.Hashes), old.Root[:], new.Root[:]); err != nil {
		return datatrade.Errorf(datatrade.EINTEGRITY, "the log of size %d was rewritten before size %d: %v", old.Size, new.Size, err)
	}
	return nil
}

func hasher() *rfc6962.Hasher { return rfc6962.DefaultHasher }

func emptyRoot() common.Hash { return common.Hash(sha256.Sum256(nil)) }

func hashBytes(hs []common.Hash) [][]byte {
	out := make([][]byte, len(hs))
	for i := range hs {
		out[i] = bytes.Clone(hs[i][:])
	}
	return out
}

func toHashes(bs [][]byte) ([]common.Hash, error) {
	out := make([]common.Hash, len(bs))
	for i, b := range bs {
		if len(b) != common.HashLength {
			return nil, fmt.Errorf("node hash of %d bytes", len(b))
		}
		out[i] = common.BytesToHash(b)
	}
	return out, nil
}
