package catalog

import (
	"encoding/binary"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
)

// Signer is the platform's signing key: it signs a 32-byte digest and
// returns a 65-byte [R || S || V] signature (V = 27 or 28, as
// chain.Account.SignHash does). The catalog asks it to sign only approval
// digests (ApprovalDigest), which are domain-separated so that a signature
// cannot be replayed as a transaction or another message.
type Signer interface {
	SignHash(hash common.Hash) ([]byte, error)
}

// Approval is the platform's signed statement that owner may publish data
// with the fingerprint whose commitment is FingerprintCommitment: when it
// was issued, no other owner's registered data was a near-duplicate.
type Approval struct {
	Owner                 common.Address `json:"owner"`
	FingerprintCommitment common.Hash    `json:"fingerprintCommitment"`
	IssuedAt              time.Time      `json:"issuedAt"`
	Signature             hexutil.Bytes  `json:"signature"`
}

// approvalDomain separates approval digests from every other message the
// platform key might sign.
const approvalDomain = "datatrade catalog approval v1"

// ApprovalDigest is the digest the platform signs:
// keccak256(domain || owner || commitment || uint64 big-endian unix
// seconds of IssuedAt).
func (a Approval) ApprovalDigest() common.Hash {
	var ts [8]byte
	binary.BigEndian.PutUint64(ts[:], uint64(a.IssuedAt.Unix()))
	return crypto.Keccak256Hash([]byte(approvalDomain), a.Owner[:], a.FingerprintCommitment[:], ts[:])
}

// Verify checks that the approval was signed by platform (V may be 0/1 or
// 27/28; a high S is refused, so each approval has one signature). It
// returns an EINTEGRITY error when the signature is malformed or from
// another key.
func (a Approval) Verify(platform common.Address) error {
	if len(a.Signature) != crypto.SignatureLength {
		return datatrade.Errorf(datatrade.EINTEGRITY, "approval signature has %d bytes, want %d", len(a.Signature), crypto.SignatureLength)
	}
	sig := append([]byte(nil), a.Signature...)
	if sig[64] >= 27 {
		sig[64] -= 27
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(sig[64], r, s, true) {
		return datatrade.Errorf(datatrade.EINTEGRITY, "approval signature is malformed")
	}
	digest := a.ApprovalDigest()
	pub, err := crypto.SigToPub(digest[:], sig)
	if err != nil {
		return datatrade.Errorf(datatrade.EINTEGRITY, "approval signature is malformed")
	}
	if got := crypto.PubkeyToAddress(*pub); got != platform {
		return datatrade.Errorf(datatrade.EINTEGRITY, "approval is signed by %s, not by the platform %s", got.Hex(), platform.Hex())
	}
	return nil
}
