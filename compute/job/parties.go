package job

import (
	"crypto/ecdsa"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/envelope"
)

// This file holds the parties' side of the runner's messages: the seller
// agent's WrapDataKey and the buyer's PrepareModule and OpenResult. They run
// outside the enclave.

// WrapDataKey is the seller agent's hand-over of a listing's data key and
// salt for jobID to one node's enclave: it encrypts s to the enclave's
// attested keys under an HPKE info that binds the chain, the Jobs contract,
// the job, the listing and the enclave, and signs the wrapping together with
// terms with the listing owner's key. The caller must have checked the
// enclave's attestation (and that its signing address is registered for a
// node the job names) and the job on chain against the listing's compute
// policy, from which it derives terms.
func WrapDataKey(d Deployment, keys enclave.PublicKeys, jobID, listingID uint64, s envelope.Secrets, terms Terms, owner *ecdsa.PrivateKey) (wrapped, signature []byte, err error) {
	pt, err := s.MarshalBinary()
	if err != nil {
		return nil, nil, err
	}
	defer clear(pt)
	wrapped, err = enclave.EncryptTo(keys, info(d, purposeHandOver, jobID, keys, listingID), pt)
	if err != nil {
		return nil, nil, err
	}
	digest := HandOverDigest(d, jobID, listingID, keys.SigningAddress, wrapped, &terms)
	signature, err = crypto.Sign(digest[:], owner)
	if err != nil {
		return nil, nil, fmt.Errorf("sign hand-over: %w", err)
	}
	return wrapped, signature, nil
}

// NewSalt draws a job salt from rand (crypto/rand.Reader in production).
func NewSalt(rand io.Reader) (Salt, error) {
	var s Salt
	if _, err := io.ReadFull(rand, s[:]); err != nil {
		return Salt{}, fmt.Errorf("draw job salt: %w", err)
	}
	return s, nil
}

const bundleVersion = 1

// encodeBundle is the plaintext sealed to each enclave: version (1 byte),
// the job salt, then the module or nothing.
func encodeBundle(salt Salt, module []byte) []byte {
	b := make([]byte, 0, 1+len(salt)+len(module))
	b = append(b, bundleVersion)
	b = append(b, salt[:]...)
	return append(b, module...)
}

func decodeBundle(b []byte) (Salt, []byte, error) {
	var s Salt
	if len(b) < 1+len(s) || b[0] != bundleVersion {
		return s, nil, datatrade.Errorf(datatrade.EINVALID, "malformed module bundle")
	}
	copy(s[:], b[1:])
	return s, b[1+len(s):], nil
}

// ModuleBundle is what a buyer sends to the nodes of a job.
type ModuleBundle struct {
	// Signature is the buyer's signature over ModuleDigest, the same for
	// every node.
	Signature []byte `json:"signature"`
	// Module is the module in the clear, or nil when it is encrypted.
	Module []byte `json:"module,omitempty"`
	// Sealed holds, for each node's keys in the order given, the job salt
	// (and the module when encrypted) encrypted to that enclave.
	Sealed [][]byte `json:"sealed"`
}

// PrepareModule is the buyer's side of LoadModule: it signs the module's
// hash for jobID with the buyer's key and encrypts the job salt, and the
// module too when encrypt is set (a secret algorithm), to each node's
// attested enclave keys. The job must name AlgorithmHash(module); the
// caller must have verified every node's attestation.
func PrepareModule(d Deployment, jobID uint64, module []byte, salt Salt, encrypt bool, buyer *ecdsa.PrivateKey, nodes []enclave.PublicKeys) (*ModuleBundle, error) {
	if len(module) == 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "no module")
	}
	digest := ModuleDigest(d, jobID, AlgorithmHash(module))
	sig, err := crypto.Sign(digest[:], buyer)
	if err != nil {
		return nil, fmt.Errorf("sign module: %w", err)
	}
	sig[64] += 27
	b := &ModuleBundle{Signature: sig}
	inner := []byte(nil)
	if encrypt {
		inner = module
	} else {
		b.Module = append([]byte(nil), module...)
	}
	pt := encodeBundle(salt, inner)
	defer clear(pt)
	for _, k := range nodes {
		ct, err := enclave.EncryptTo(k, info(d, purposeModule, jobID, k), pt)
		if err != nil {
			return nil, err
		}
		b.Sealed = append(b.Sealed, ct)
	}
	return b, nil
}

// OpenResult is the buyer's check of a node's result: it unwraps sealed
// (Output.Sealed) with the buyer's key under ResultContext and returns the
// result only if ResultHash(salt, result) is want (the agreed resultHash on
// chain, or the node's signed JobResult). Errors: EINTEGRITY for a result
// that does not open or does not match; EINVALID for malformed input.
func OpenResult(d Deployment, jobID uint64, buyer *envelope.PrivateKey, salt Salt, sealed []byte, want common.Hash) ([]byte, error) {
	res, err := envelope.Unwrap(buyer, ResultContext(d, jobID), sealed)
	if err != nil {
		return nil, err
	}
	if got := ResultHash(salt, res); got != want {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "job %d: the result hashes to %s, not to the agreed result hash %s", jobID, got, want)
	}
	return res, nil
}

// Signer returns the address that signed r under deployment d: the Jobs
// contract accepts it if it is an enclave key registered for r's node.
// Errors are EINVALID for a malformed signature and EINTEGRITY when the
// digest is not r's.
func (r *SignedResult) Signer(d Deployment) (common.Address, error) {
	if r.Result.Digest(d) != r.Digest {
		return common.Address{}, datatrade.Errorf(datatrade.EINTEGRITY, "the job result does not match its digest")
	}
	return recoverAddress(r.Digest, r.Signature)
}
