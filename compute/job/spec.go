package job

import (
	"encoding/binary"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
)

// Listing is one dataset a job names, as the Jobs contract recorded it.
type Listing struct {
	ID uint64 `json:"listing_id"`
	// Owner is the listing's owner: the seller whose agent signs the data
	// key hand-over.
	Owner common.Address `json:"owner"`
	// Root is the listing's Merkle root R over its salted chunks.
	Root common.Hash `json:"root"`
}

// Spec is the enclave's record of a job, taken from the verified JobCreated
// event: what every later step is checked against.
type Spec struct {
	ID            uint64         `json:"job_id"`
	Buyer         common.Address `json:"buyer"`
	AlgorithmHash common.Hash    `json:"algorithm_hash"`
	// Listings are the job's datasets, in job order (the order of the
	// framing on stdin and of DataRoot).
	Listings []Listing `json:"listings"`
	// Nodes are the compute nodes the job names.
	Nodes  []uint64 `json:"node_ids"`
	Quorum uint64   `json:"quorum"`
	// MaxOutput is the output allowance in bytes the contract reserved for
	// this job from the buyer's cumulative budget.
	MaxOutput uint64 `json:"max_output"`
	// MaxCost is the metered instruction budget of a run.
	MaxCost uint64 `json:"max_cost"`
	// Deadline is the job's deadline (Unix seconds, chain time).
	Deadline uint64 `json:"deadline"`
	// BuyerPubKey is the buyer's HPKE key (envelope.PublicKey bytes) the
	// result is encrypted to.
	BuyerPubKey []byte `json:"buyer_pub_key"`
}

func (s *Spec) clone() Spec {
	c := *s
	c.Listings = append([]Listing(nil), s.Listings...)
	c.Nodes = append([]uint64(nil), s.Nodes...)
	c.BuyerPubKey = append([]byte(nil), s.BuyerPubKey...)
	return c
}

// DataRoot returns keccak256(abi.encodePacked(R of each listing in job
// order)), the dataRoot field of JobResult.
func (s *Spec) DataRoot() common.Hash {
	b := make([]byte, 0, 32*len(s.Listings))
	for _, l := range s.Listings {
		b = append(b, l.Root.Bytes()...)
	}
	return crypto.Keccak256Hash(b)
}

// Terms are a seller's conditions for one job, signed by the listing's owner
// together with the data key hand-over (WrapDataKey): the seller's agent
// derives them from the listing's compute policy and the enclave enforces
// them. The enclave refuses a hand-over whose terms the job does not meet.
type Terms struct {
	// PublicOnly restricts the job to the algorithm hashes in Allowed,
	// which the seller reviewed. Without it, secret algorithms are accepted
	// blind (then only under the output rules).
	PublicOnly bool          `json:"public_only"`
	Allowed    []common.Hash `json:"allowed,omitempty"`
	// MaxOutput is the most bytes a run may output. Required.
	MaxOutput uint64 `json:"max_output"`
	// MinNodes is the fewest nodes the job must name; MinQuorum the
	// smallest quorum it may have.
	MinNodes  uint64 `json:"min_nodes"`
	MinQuorum uint64 `json:"min_quorum"`
}

// maxAllowed bounds Terms.Allowed.
const maxAllowed = 1024

// encode is the canonical encoding signed in the hand-over.
func (t *Terms) encode() []byte {
	b := make([]byte, 0, 1+8*4+32*len(t.Allowed))
	if t.PublicOnly {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	b = binary.BigEndian.AppendUint64(b, t.MaxOutput)
	b = binary.BigEndian.AppendUint64(b, t.MinNodes)
	b = binary.BigEndian.AppendUint64(b, t.MinQuorum)
	b = binary.BigEndian.AppendUint64(b, uint64(len(t.Allowed)))
	for _, h := range t.Allowed {
		b = append(b, h.Bytes()...)
	}
	return b
}

// check returns why spec does not meet t, as an EUNAUTHORIZED error, or nil.
func (t *Terms) check(spec *Spec, listing uint64) error {
	switch {
	case t.MaxOutput == 0:
		return datatrade.Errorf(datatrade.EINVALID, "job %d: listing %d: the seller's terms allow no output", spec.ID, listing)
	case len(t.Allowed) > maxAllowed:
		return datatrade.Errorf(datatrade.EINVALID, "job %d: listing %d: more than %d allowed algorithms", spec.ID, listing, maxAllowed)
	case uint64(len(spec.Nodes)) < t.MinNodes:
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "job %d: listing %d requires at least %d nodes, the job names %d", spec.ID, listing, t.MinNodes, len(spec.Nodes))
	case spec.Quorum < t.MinQuorum:
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "job %d: listing %d requires a quorum of at least %d, the job's is %d", spec.ID, listing, t.MinQuorum, spec.Quorum)
	}
	if t.PublicOnly {
		for _, h := range t.Allowed {
			if h == spec.AlgorithmHash {
				return nil
			}
		}
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "job %d: listing %d takes only algorithms its seller reviewed, and %s is not one of them", spec.ID, listing, spec.AlgorithmHash)
	}
	return nil
}

// AlgorithmHash returns keccak256(module), the hash a job names.
func AlgorithmHash(module []byte) common.Hash { return crypto.Keccak256Hash(module) }

// ResultHash returns keccak256(salt ‖ result), the resultHash of JobResult:
// nodes that agree on the result agree on it, and without the job salt no
// one can test a guess of a small result against it.
func ResultHash(salt Salt, result []byte) common.Hash {
	return crypto.Keccak256Hash(salt[:], result)
}

// Salt is the job salt the buyer sends to every node, encrypted with the
// module (PrepareModule).
type Salt [32]byte

// Purposes of wrappings and statements.
const (
	purposeModule   = "module"
	purposeHandOver = "hand-over"
	// PurposeResult is the envelope.WrapContext purpose of a result sealed
	// to the buyer.
	PurposeResult = "compute-result"
)

func u64Word(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }

// Deployment is what the off-enclave parties need to address an enclave's
// messages: the chain, the Jobs contract and the EIP-712 domain. Take it
// from the deployment you trust, and the enclave's Config from its verified
// attestation.
type Deployment struct {
	ChainID uint64
	Jobs    common.Address
	Domain  enclave.Domain
}

// info is the HPKE info of messages to an enclave: it binds the purpose,
// chain, Jobs contract, job, the extra fields and the enclave's keys, so a
// message made for one job, listing or enclave opens nowhere else.
func info(d Deployment, purpose string, jobID uint64, keys enclave.PublicKeys, extra ...uint64) []byte {
	b := []byte("datatrade/compute/" + purpose + "/v1\x00")
	b = append(b, u64Word(d.ChainID)...)
	b = append(b, d.Jobs.Bytes()...)
	b = append(b, u64Word(jobID)...)
	for _, e := range extra {
		b = append(b, u64Word(e)...)
	}
	b = append(b, keys.SigningAddress.Bytes()...)
	b = append(b, byte(keys.HPKEKEM>>8), byte(keys.HPKEKEM))
	return append(b, keys.HPKEPublicKey...)
}

// statementDigest is the digest of a signed statement no contract checks
// (the buyer's module signature, the owner's hand-over): keccak256 of a kind
// tag, the chain id, the Jobs address and length-prefixed fields, so none is
// ever an EIP-712 digest (those start with 0x1901), nor valid on another
// chain or deployment.
func statementDigest(d Deployment, kind string, fields ...[]byte) common.Hash {
	buf := append([]byte("datatrade/compute/"+kind+"/v1\x00"), u64Word(d.ChainID)...)
	buf = append(buf, d.Jobs.Bytes()...)
	for _, f := range fields {
		buf = append(buf, u64Word(uint64(len(f)))...)
		buf = append(buf, f...)
	}
	return crypto.Keccak256Hash(buf)
}

// ModuleDigest is the digest the buyer signs over the job's algorithm hash.
func ModuleDigest(d Deployment, jobID uint64, algorithmHash common.Hash) common.Hash {
	return statementDigest(d, purposeModule, u64Word(jobID), algorithmHash.Bytes())
}

// HandOverDigest is the digest the listing's owner signs over a data key
// wrapped for jobID and listing to the enclave enclaveAddr, with its terms.
func HandOverDigest(d Deployment, jobID, listing uint64, enclaveAddr common.Address, wrapped []byte, terms *Terms) common.Hash {
	return statementDigest(d, purposeHandOver, u64Word(jobID), u64Word(listing), enclaveAddr.Bytes(),
		crypto.Keccak256(wrapped), terms.encode())
}

// recoverAddress returns the address that signed digest d (V 0/1 or 27/28).
func recoverAddress(d common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, datatrade.Errorf(datatrade.EINVALID, "a signature is 65 bytes, not %d", len(sig))
	}
	s := append([]byte(nil), sig...)
	if s[64] >= 27 {
		s[64] -= 27
	}
	pub, err := crypto.SigToPub(d[:], s)
	if err != nil {
		return common.Address{}, datatrade.Errorf(datatrade.EINVALID, "malformed signature")
	}
	return crypto.PubkeyToAddress(*pub), nil
}
