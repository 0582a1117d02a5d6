package job

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The EIP-712 type strings, exactly as the Jobs contract hashes them. They
// are repeated here, not imported from the host-side market package, so the
// enclave depends on no chain client; a test compares the digests.
const (
	domainType    = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)"
	jobResultType = "JobResult(uint256 jobId,uint256 nodeId,bytes32 algorithmHash,bytes32 dataRoot,bytes32 resultHash,uint256 size,uint256 cost,bytes32 resultCidHash)"
)

// JobResult is the EIP-712 statement a node's enclave signs for the Jobs
// contract.
type JobResult struct {
	JobID         uint64      `json:"job_id"`
	NodeID        uint64      `json:"node_id"`
	AlgorithmHash common.Hash `json:"algorithm_hash"`
	// DataRoot is Spec.DataRoot: keccak256 of the listings' roots.
	DataRoot common.Hash `json:"data_root"`
	// ResultHash is ResultHash(job salt, result).
	ResultHash common.Hash `json:"result_hash"`
	// Size is the result's length in bytes.
	Size uint64 `json:"size"`
	// Cost is the run's metered cost.
	Cost uint64 `json:"cost"`
	// ResultCIDHash is keccak256 of the CID of the sealed result.
	ResultCIDHash common.Hash `json:"result_cid_hash"`
}

// domainSeparator is the EIP-712 domain separator of the Jobs contract:
// name and version as the deployment's domain, the chain id, the Jobs
// address and the deployment's domain salt.
func domainSeparator(d Deployment) common.Hash {
	return crypto.Keccak256Hash(
		crypto.Keccak256([]byte(domainType)),
		crypto.Keccak256([]byte(d.Domain.Name)),
		crypto.Keccak256([]byte(d.Domain.Version)),
		u64Word(d.ChainID),
		common.LeftPadBytes(d.Jobs.Bytes(), 32),
		d.Domain.Salt.Bytes(),
	)
}

// Digest returns r's EIP-712 digest under deployment d, the digest the Jobs
// contract recovers the enclave's signing address from.
func (r *JobResult) Digest(d Deployment) common.Hash {
	h := crypto.Keccak256Hash(
		crypto.Keccak256([]byte(jobResultType)),
		u64Word(r.JobID), u64Word(r.NodeID), r.AlgorithmHash.Bytes(), r.DataRoot.Bytes(), r.ResultHash.Bytes(),
		u64Word(r.Size), u64Word(r.Cost), r.ResultCIDHash.Bytes(),
	)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domainSeparator(d).Bytes(), h.Bytes())
}
