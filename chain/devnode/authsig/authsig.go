// Package authsig is the format of the embedded chain's header signatures:
// the `authority` header authenticator of DESIGN.md §4.
//
// The node that makes a block signs the block's hash with its authority key:
//
//	signature = crypto.Sign(blockHash[:], authorityKey)
//
// that is 65 bytes R ‖ S ‖ V over the 32-byte block (header) hash itself, no
// prefix and no re-hashing, S in the lower half of the curve order and V
// either 0 or 1 (go-ethereum's crypto.Sign format, not the 27/28 of
// eth_sign). A verifier recovers the public key from the signature and the
// hash and compares its address with the authority address it pins.
//
// The package depends only on go-ethereum's crypto, common and hexutil
// packages (no network client), so light clients and enclave code can import
// it without pulling in the node. Package authsig/authrpc fetches signatures
// from a node.
package authsig

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
)

// SignatureLength is the length of a header signature in bytes.
const SignatureLength = crypto.SignatureLength

// RPC method names served by the embedded node (namespace "datatrade").
const (
	// MethodHeaderSignature takes a block number, tag or hash and returns a
	// HeaderSignature.
	MethodHeaderSignature = "datatrade_headerSignature"
	// MethodAuthority takes no parameters and returns the authority address.
	MethodAuthority = "datatrade_authority"
)

// HeaderSignature is a block's identity with the authority's signature over
// its hash, as served by datatrade_headerSignature:
//
//	{"number":"0x1a","hash":"0x…","parentHash":"0x…","signature":"0x…(65 bytes)"}
type HeaderSignature struct {
	Number     hexutil.Uint64 `json:"number"`
	Hash       common.Hash    `json:"hash"`
	ParentHash common.Hash    `json:"parentHash"`
	Signature  hexutil.Bytes  `json:"signature"`
}

// Verify checks that s.Signature is authority's signature over s.Hash.
// It does not check that s.Hash is the hash of any header: the caller
// hashes the header it holds and compares.
func (s *HeaderSignature) Verify(authority common.Address) error {
	return Verify(s.Hash, s.Signature, authority)
}

// Sign returns key's signature over the block hash in the format described
// in the package comment.
func Sign(hash common.Hash, key *ecdsa.PrivateKey) ([]byte, error) {
	sig, err := crypto.Sign(hash[:], key)
	if err != nil {
		return nil, fmt.Errorf("sign header hash: %w", err)
	}
	return sig, nil
}

// Verify checks that sig is a valid signature over hash by authority.
// It returns an *datatrade.Error with code EINTEGRITY when sig is malformed
// (wrong length, V not 0 or 1, R or S out of range or S in the upper half)
// or was made by another key.
func Verify(hash common.Hash, sig []byte, authority common.Address) error {
	signer, err := Recover(hash, sig)
	if err != nil {
		return err
	}
	if signer != authority {
		return datatrade.Errorf(datatrade.EINTEGRITY, "header %s is signed by %s, not by the authority %s", hash, signer, authority)
	}
	return nil
}

// Recover returns the address whose key made sig over hash, or an
// EINTEGRITY error when sig is malformed.
func Recover(hash common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != SignatureLength {
		return common.Address{}, datatrade.Errorf(datatrade.EINTEGRITY, "header signature is %d bytes, want %d", len(sig), SignatureLength)
	}
	r := new(big.Int).SetBytes(sig[:32])
	s := new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(sig[64], r, s, true) {
		return common.Address{}, datatrade.Errorf(datatrade.EINTEGRITY, "header signature values are out of range")
	}
	pub, err := crypto.SigToPub(hash[:], sig)
	if err != nil {
		return common.Address{}, datatrade.Errorf(datatrade.EINTEGRITY, "header signature does not recover a key")
	}
	return crypto.PubkeyToAddress(*pub), nil
}
