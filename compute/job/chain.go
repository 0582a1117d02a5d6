package job

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/lightclient"
)

// EvidenceVerifier verifies encoded chain evidence inside the enclave and
// returns the receipt it proves, only for a successful transaction in a
// block that is final (enough confirmations on the authenticated chain). It
// returns ECONFLICT when the block is not final yet. exchange.LightClient
// implements it over the enclave's light client.
type EvidenceVerifier interface {
	VerifyEvidence(evidence []byte) (*types.Receipt, error)
}

// JobCreatedSignature is the Jobs contract's event the enclave learns a job
// from.
const JobCreatedSignature = "JobCreated(uint256,address,bytes32,uint256[],address[],bytes32[],uint256[],uint256,uint256,uint256,uint64,bytes)"

// JobAcceptedSignature is the Jobs contract's event of a node filling an
// open slot (node id 0 in JobCreated) of a job.
const JobAcceptedSignature = "JobAccepted(uint256,uint256,uint256)"

var (
	topicJobCreated  = crypto.Keccak256Hash([]byte(JobCreatedSignature))
	topicJobAccepted = crypto.Keccak256Hash([]byte(JobAcceptedSignature))
)

// Bounds on what a job may name.
const (
	maxListings = 64
	maxNodes    = 64
)

// jobCreatedData is the non-indexed part of JobCreated: algorithmHash,
// listingIds, owners, roots, nodeIds, quorum, maxOutput, maxCost, deadline,
// buyerKey.
func jobCreatedData() (abi.Arguments, error) {
	names := []string{"bytes32", "uint256[]", "address[]", "bytes32[]", "uint256[]", "uint256", "uint256", "uint256", "uint64", "bytes"}
	args := make(abi.Arguments, len(names))
	for i, n := range names {
		ty, err := abi.NewType(n, "", nil)
		if err != nil {
			return nil, fmt.Errorf("abi type %s: %w", n, err)
		}
		args[i] = abi.Argument{Type: ty}
	}
	return args, nil
}

// u64s converts uint256 values that must fit in 64 bits.
func u64s(vs []*big.Int) ([]uint64, bool) {
	out := make([]uint64, len(vs))
	for i, v := range vs {
		if !v.IsUint64() {
			return nil, false
		}
		out[i] = v.Uint64()
	}
	return out, true
}

// decodeJobCreated decodes a JobCreated log already matched to the Jobs
// contract and the job id.
func decodeJobCreated(l *types.Log, jobID uint64) (*Spec, error) {
	bad := func(what string) error {
		return datatrade.Errorf(datatrade.EINTEGRITY, "JobCreated event for job %d: %s", jobID, what)
	}
	if len(l.Topics) != 3 {
		return nil, bad("wrong number of topics")
	}
	args, err := jobCreatedData()
	if err != nil {
		return nil, err
	}
	vals, err := args.Unpack(l.Data)
	if err != nil || len(vals) != 10 {
		return nil, bad("malformed data")
	}
	alg, ok1 := vals[0].([32]byte)
	listingIDs, ok2 := vals[1].([]*big.Int)
	owners, ok3 := vals[2].([]common.Address)
	roots, ok4 := vals[3].([][32]byte)
	nodeIDs, ok5 := vals[4].([]*big.Int)
	quorum, ok6 := vals[5].(*big.Int)
	maxOut, ok7 := vals[6].(*big.Int)
	maxCost, ok8 := vals[7].(*big.Int)
	deadline, ok9 := vals[8].(uint64)
	key, ok10 := vals[9].([]byte)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !ok6 || !ok7 || !ok8 || !ok9 || !ok10 {
		return nil, bad("malformed data")
	}
	if len(listingIDs) == 0 || len(listingIDs) > maxListings || len(owners) != len(listingIDs) || len(roots) != len(listingIDs) {
		return nil, bad("listings, owners and roots do not match")
	}
	if len(nodeIDs) == 0 || len(nodeIDs) > maxNodes {
		return nil, bad("bad number of nodes")
	}
	ids, okL := u64s(listingIDs)
	nodes, okN := u64s(nodeIDs)
	if !okL || !okN || !quorum.IsUint64() || !maxOut.IsUint64() || !maxCost.IsUint64() {
		return nil, bad("a number is out of range")
	}
	s := &Spec{
		ID: jobID, Buyer: common.BytesToAddress(l.Topics[2].Bytes()), AlgorithmHash: alg,
		Nodes: nodes, Quorum: quorum.Uint64(), MaxOutput: maxOut.Uint64(), MaxCost: maxCost.Uint64(),
		Deadline: deadline, BuyerPubKey: append([]byte(nil), key...),
	}
	for i, id := range ids {
		s.Listings = append(s.Listings, Listing{ID: id, Owner: owners[i], Root: roots[i]})
	}
	return s, nil
}

// matchJobCreated finds and decodes the JobCreated event of jobID emitted by
// the Jobs contract in r.
func matchJobCreated(r *types.Receipt, jobs common.Address, jobID uint64) (*Spec, error) {
	l, err := lightclient.MatchEvent(r, jobs, topicJobCreated, new(big.Int).SetUint64(jobID), nil)
	if err != nil {
		return nil, err
	}
	return decodeJobCreated(l, jobID)
}

// matchJobAccepted finds the JobAccepted event of jobID for node in r and
// returns the slot the node filled.
func matchJobAccepted(r *types.Receipt, jobs common.Address, jobID, node uint64) (uint64, error) {
	want := common.BigToHash(new(big.Int).SetUint64(node))
	var slot uint64
	check := func(l *types.Log) error {
		if len(l.Topics) != 3 || l.Topics[2] != want {
			return fmt.Errorf("accepted by another node")
		}
		if len(l.Data) != 32 {
			return fmt.Errorf("malformed JobAccepted data")
		}
		s := new(big.Int).SetBytes(l.Data)
		if !s.IsUint64() {
			return fmt.Errorf("slot out of range")
		}
		slot = s.Uint64()
		return nil
	}
	if _, err := lightclient.MatchEvent(r, jobs, topicJobAccepted, new(big.Int).SetUint64(jobID), check); err != nil {
		return 0, err
	}
	return slot, nil
}
