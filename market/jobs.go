package market

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/contracts"
)

// jobResultType is the EIP-712 type a compute node's enclave signs, exactly
// as the Jobs contract hashes it.
const jobResultType = "JobResult(uint256 jobId,uint256 nodeId,bytes32 algorithmHash,bytes32 dataRoot,bytes32 resultHash,uint256 size,uint256 cost,bytes32 resultCidHash)"

// JobResult is the statement a compute node's enclave signs about one job:
// the job and node, the algorithm and data it ran (DataRoot is JobDataRoot
// of the job's listings' roots, in job order), ResultHash =
// JobResultHash(job salt, result), the result's size in bytes, its metered
// cost, and the hash of the CID where the result, encrypted to the buyer,
// is stored (ResultCIDHash(cid)).
type JobResult struct {
	JobID         uint64
	NodeID        uint64
	AlgorithmHash common.Hash
	DataRoot      common.Hash
	ResultHash    common.Hash
	Size          uint64
	Cost          uint64
	ResultCIDHash common.Hash
}

// JobsDomainSeparator returns the EIP-712 domain separator of the Jobs
// contract at jobsAddr: name "datatrade", version "1", the chain id, the
// Jobs address and the deployment's salt.
func (d *Deployment) JobsDomainSeparator(jobsAddr common.Address) common.Hash {
	return crypto.Keccak256Hash(
		crypto.Keccak256([]byte(domainType)),
		crypto.Keccak256([]byte(DomainName)),
		crypto.Keccak256([]byte(DomainVersion)),
		word(d.ChainID),
		word(jobsAddr),
		d.Salt.Bytes(),
	)
}

// JobResultDigest returns the EIP-712 digest a compute node's enclave signs
// for r, under the domain of the Jobs contract at jobsAddr.
func (d *Deployment) JobResultDigest(jobsAddr common.Address, r JobResult) common.Hash {
	h := structHash(jobResultType, r.JobID, r.NodeID, r.AlgorithmHash, r.DataRoot, r.ResultHash, r.Size, r.Cost, r.ResultCIDHash)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, d.JobsDomainSeparator(jobsAddr).Bytes(), h.Bytes())
}

// JobDataRoot is what a job's statements name as its data:
// keccak256(root of each listing, in job order).
func JobDataRoot(roots []common.Hash) common.Hash {
	buf := make([]byte, 0, 32*len(roots))
	for _, r := range roots {
		buf = append(buf, r.Bytes()...)
	}
	return crypto.Keccak256Hash(buf)
}

// JobResultHash is keccak256(jobSalt ‖ result): equal results give equal
// hashes on every node, and without the buyer's secret salt nobody can test
// a guess of the result against the chain.
func JobResultHash(jobSalt, result []byte) common.Hash {
	return crypto.Keccak256Hash(jobSalt, result)
}

// ResultCIDHash is the hash of a result's CID that a JobResult carries.
func ResultCIDHash(cid string) common.Hash { return crypto.Keccak256Hash([]byte(cid)) }

// DeployJobs deploys the Jobs contract of deployment d (over its Market,
// ExchangeRegistry and domain salt) from admin and returns its address. It
// does not record the address in d.
func DeployJobs(ctx context.Context, c *chain.Client, admin *chain.Account, d *Deployment) (common.Address, error) {
	addr, _, err := deployJobs(ctx, c, admin, d)
	return addr, err
}

func deployJobs(ctx context.Context, c *chain.Client, admin *chain.Account, d *Deployment) (common.Address, *types.Receipt, error) {
	if d.Market == (common.Address{}) || d.Registry == (common.Address{}) {
		return common.Address{}, nil, datatrade.Errorf(datatrade.EINVALID, "deploy Jobs: the deployment has no Market or ExchangeRegistry")
	}
	code := append(common.FromHex(contracts.JobsMetaData.Bin), contracts.NewJobs().PackConstructor(d.Market, d.Registry, d.Salt)...)
	rcpt, err := c.Send(ctx, admin, nil, code, nil)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy Jobs: %w", err)
	}
	return rcpt.ContractAddress, rcpt, nil
}

// JobState is where a compute job stands.
type JobState uint8

// Job states, as the Jobs contract numbers them.
const (
	JobNone JobState = iota
	// JobOpen: paid, waiting for results.
	JobOpen
	// JobSettled: a quorum of nodes agreed; sellers and agreeing nodes paid,
	// the rest refunded.
	JobSettled
	// JobExpired: the deadline passed without a quorum; everything refunded.
	JobExpired
)

var jobStateNames = []string{"unknown", "open", "settled", "expired"}

func (s JobState) String() string {
	if int(s) < len(jobStateNames) {
		return jobStateNames[s]
	}
	return fmt.Sprintf("state %d", uint8(s))
}

// MarshalText encodes the state as its name.
func (s JobState) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Jobs reads and writes one deployment's Jobs contract.
type Jobs struct {
	m    *Client
	addr common.Address
	jobs *contracts.Jobs
}

// Jobs returns the compute-jobs API of the deployment; ENOTFOUND when the
// deployment has no Jobs contract. It registers the contract's errors with
// the chain client so that reverts read as clear messages.
func (m *Client) Jobs() (*Jobs, error) {
	if m.d.Jobs == (common.Address{}) {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "this deployment has no Jobs contract: redeploy with a current `datatrade deploy`")
	}
	j := &Jobs{m: m, addr: m.d.Jobs, jobs: contracts.NewJobs()}
	a := j.jobs.GetABI()
	m.c.RegisterErrors(&a)
	return j, nil
}

// Address returns the Jobs contract's address.
func (j *Jobs) Address() common.Address { return j.addr }

// Send sends tx like Client.Send, explaining the Jobs contract's refusals.
func (j *Jobs) Send(ctx context.Context, from *chain.Account, tx Tx) (*types.Receipt, error) {
	return j.m.send(ctx, from, tx, jobHints, escrowHints)
}

// Estimate returns what tx would cost from; a refusal by the Jobs contract
// comes back explained, before anything is sent.
func (j *Jobs) Estimate(ctx context.Context, from common.Address, tx Tx) (chain.Estimate, error) {
	return j.m.estimate(ctx, from, tx, jobHints, escrowHints)
}

// ---- compute nodes ----

// ComputeNode is a registered compute node.
type ComputeNode struct {
	ID          uint64         `json:"id"`
	Operator    common.Address `json:"operator"`
	Signer      common.Address `json:"signer"`
	Measurement common.Hash    `json:"measurement"`
	Endpoint    string         `json:"endpoint"`
	EvidenceCID string         `json:"evidenceCid"`
	Active      bool           `json:"active"`
}

// RegisterNodeTx registers a compute node operated by the sender (ID,
// Operator and Active are ignored).
func (j *Jobs) RegisterNodeTx(n ComputeNode) (Tx, error) {
	if n.Signer == (common.Address{}) {
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "a compute node needs its enclave's signing address")
	}
	return Tx{To: j.addr, Data: j.jobs.PackRegisterNode(n.Signer, n.Measurement, n.Endpoint, n.EvidenceCID), What: "register compute node"}, nil
}

// RegisterNode registers a compute node and returns its id.
func (j *Jobs) RegisterNode(ctx context.Context, from *chain.Account, n ComputeNode) (uint64, *types.Receipt, error) {
	tx, err := j.RegisterNodeTx(n)
	return j.sendCreating(ctx, from, tx, err, func(l *types.Log) (*big.Int, bool) {
		ev, err := j.jobs.UnpackNodeRegisteredEvent(l)
		if err != nil {
			return nil, false
		}
		return ev.NodeId, true
	})
}

// UpdateNodeTx changes a node's enclave signer, measurement, endpoint and
// evidence (its operator only).
func (j *Jobs) UpdateNodeTx(n ComputeNode) (Tx, error) {
	if n.Signer == (common.Address{}) {
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "a compute node needs its enclave's signing address")
	}
	return Tx{To: j.addr, Data: j.jobs.PackUpdateNode(u256(n.ID), n.Signer, n.Measurement, n.Endpoint, n.EvidenceCID), What: fmt.Sprintf("update compute node %d", n.ID)}, nil
}

// DeregisterNodeTx deactivates a node (its operator only).
func (j *Jobs) DeregisterNodeTx(id uint64) Tx {
	return Tx{To: j.addr, Data: j.jobs.PackDeregisterNode(u256(id)), What: fmt.Sprintf("deregister compute node %d", id)}
}

// NodeCount returns how many compute nodes were ever registered (ids 1..n).
func (j *Jobs) NodeCount(ctx context.Context) (uint64, error) {
	return j.m.count(ctx, j.addr, j.jobs.PackNodeCount(), j.jobs.UnpackNodeCount)
}

// Node reads a compute node.
func (j *Jobs) Node(ctx context.Context, id uint64) (*ComputeNode, error) {
	if err := mustExist(ctx, "compute node", id, j.NodeCount); err != nil {
		return nil, err
	}
	out, err := j.m.call(ctx, j.addr, j.jobs.PackGetNode(u256(id)))
	if err != nil {
		return nil, fmt.Errorf("read compute node %d: %w", id, err)
	}
	n, err := j.jobs.UnpackGetNode(out)
	if err != nil {
		return nil, fmt.Errorf("decode compute node %d: %w", id, err)
	}
	return &ComputeNode{ID: id, Operator: n.Operator, Signer: n.Signer, Measurement: n.Measurement, Endpoint: n.Endpoint, EvidenceCID: n.EvidenceCid, Active: n.Active}, nil
}

// ---- seller policy ----

// ComputePolicy is a listing's compute policy. Owner and TotalUsed are read
// from the chain and ignored when setting it.
type ComputePolicy struct {
	ComputeAllowed bool `json:"computeAllowed"`
	// PublicOnly admits only algorithm hashes the owner allow-listed.
	PublicOnly bool   `json:"publicOnly"`
	MinNodes   uint32 `json:"minNodes"`
	// MaxOutputPerJob bounds one job's result, in bytes.
	MaxOutputPerJob uint64 `json:"maxOutputPerJob"`
	// OutputBudget bounds the results of all jobs of one buyer, in bytes.
	OutputBudget uint64 `json:"outputBudget"`
	// TotalOutputBudget bounds the results of all buyers' jobs, in bytes;
	// zero means no such bound.
	TotalOutputBudget    uint64         `json:"totalOutputBudget"`
	PricePerJob          *big.Int       `json:"pricePerJob"`
	AcceptedMeasurements []common.Hash  `json:"acceptedMeasurements"`
	Owner                common.Address `json:"owner"`
	TotalUsed            uint64         `json:"totalUsed"`
}

// SetPolicyTx sets a listing's compute policy (the listing's owner only).
func (j *Jobs) SetPolicyTx(listingID uint64, p ComputePolicy) (Tx, error) {
	if err := positive("price per job", p.PricePerJob); err != nil {
		return Tx{}, err
	}
	if p.MinNodes == 0 {
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "a compute policy needs at least one node (min nodes)")
	}
	ms := make([][32]byte, len(p.AcceptedMeasurements))
	for i, m := range p.AcceptedMeasurements {
		ms[i] = m
	}
	data, err := j.jobs.TryPackSetPolicy(u256(listingID), contracts.JobsPolicyParams{
		ComputeAllowed: p.ComputeAllowed, PublicOnly: p.PublicOnly, MinNodes: p.MinNodes,
		MaxOutputPerJob: p.MaxOutputPerJob, OutputBudget: p.OutputBudget, TotalOutputBudget: p.TotalOutputBudget,
		PricePerJob: p.PricePerJob, AcceptedMeasurements: ms,
	})
	if err != nil {
		return Tx{}, packErr("set compute policy", err)
	}
	return Tx{To: j.addr, Data: data, What: fmt.Sprintf("set compute policy of listing %d", listingID)}, nil
}

// Policy reads a listing's compute policy (all zero if none was set).
func (j *Jobs) Policy(ctx context.Context, listingID uint64) (*ComputePolicy, error) {
	if err := mustExist(ctx, "listing", listingID, j.m.ListingCount); err != nil {
		return nil, err
	}
	out, err := j.m.call(ctx, j.addr, j.jobs.PackGetPolicy(u256(listingID)))
	if err != nil {
		return nil, fmt.Errorf("read compute policy of listing %d: %w", listingID, err)
	}
	p, err := j.jobs.UnpackGetPolicy(out)
	if err != nil {
		return nil, fmt.Errorf("decode compute policy of listing %d: %w", listingID, err)
	}
	ms := make([]common.Hash, len(p.AcceptedMeasurements))
	for i, m := range p.AcceptedMeasurements {
		ms[i] = m
	}
	return &ComputePolicy{
		ComputeAllowed: p.ComputeAllowed, PublicOnly: p.PublicOnly, MinNodes: p.MinNodes,
		MaxOutputPerJob: p.MaxOutputPerJob, OutputBudget: p.OutputBudget, TotalOutputBudget: p.TotalOutputBudget,
		PricePerJob: p.PricePerJob, AcceptedMeasurements: ms, Owner: p.Owner, TotalUsed: p.TotalUsed,
	}, nil
}

// AllowAlgorithmTx adds an algorithm hash to a listing's allow-list (the
// listing's owner only).
func (j *Jobs) AllowAlgorithmTx(listingID uint64, algorithm common.Hash) Tx {
	return Tx{To: j.addr, Data: j.jobs.PackAllowAlgorithm(u256(listingID), algorithm), What: fmt.Sprintf("allow algorithm %s on listing %d", algorithm.Hex(), listingID)}
}

// DisallowAlgorithmTx removes an algorithm hash from a listing's allow-list.
func (j *Jobs) DisallowAlgorithmTx(listingID uint64, algorithm common.Hash) Tx {
	return Tx{To: j.addr, Data: j.jobs.PackDisallowAlgorithm(u256(listingID), algorithm), What: fmt.Sprintf("disallow algorithm %s on listing %d", algorithm.Hex(), listingID)}
}

// AlgorithmAllowed reports whether the listing's current owner allow-listed
// an algorithm.
func (j *Jobs) AlgorithmAllowed(ctx context.Context, listingID uint64, algorithm common.Hash) (bool, error) {
	out, err := j.m.call(ctx, j.addr, j.jobs.PackIsAlgorithmAllowed(u256(listingID), algorithm))
	if err != nil {
		return false, fmt.Errorf("read allow-list of listing %d: %w", listingID, jobHints.explain(err))
	}
	return j.jobs.UnpackIsAlgorithmAllowed(out)
}

// OutputUsed returns the output bytes a buyer reserved or used of a
// listing's budget.
func (j *Jobs) OutputUsed(ctx context.Context, listingID uint64, buyer common.Address) (uint64, error) {
	out, err := j.m.call(ctx, j.addr, j.jobs.PackOutputUsed(u256(listingID), buyer))
	if err != nil {
		return 0, fmt.Errorf("read output budget of listing %d: %w", listingID, err)
	}
	return j.jobs.UnpackOutputUsed(out)
}

// ---- jobs ----

// JobParams is what a buyer asks for. A node id 0 is an open slot that any
// node the listings accept may fill by accepting the job's demand.
type JobParams struct {
	Listings      []uint64
	AlgorithmHash common.Hash
	Nodes         []uint64
	// Quorum is how many nodes must agree: more than half of Nodes.
	Quorum        uint32
	RewardPerNode *big.Int
	Deadline      time.Time
	// BuyerKey is the buyer's public key that results are encrypted to.
	BuyerKey []byte
	// MaxOutput bounds the result, in bytes; it is reserved from every
	// listing's output budget until the job ends.
	MaxOutput uint64
	// MaxCost is the metered instruction budget of one run, the same on
	// every node so that they agree on whether the run fits.
	MaxCost uint64
}

// JobValue returns what a job costs: every listing's price per job plus
// RewardPerNode for every node slot. The prices are read from the policies.
func (j *Jobs) JobValue(ctx context.Context, p JobParams) (*big.Int, error) {
	if err := positive("reward per node", p.RewardPerNode); err != nil {
		return nil, err
	}
	v := new(big.Int).Mul(p.RewardPerNode, big.NewInt(int64(len(p.Nodes))))
	for _, id := range p.Listings {
		pol, err := j.Policy(ctx, id)
		if err != nil {
			return nil, err
		}
		if !pol.ComputeAllowed {
			return nil, datatrade.Errorf(datatrade.ECONFLICT, "listing %d does not allow compute jobs", id)
		}
		v.Add(v, pol.PricePerJob)
	}
	return v, nil
}

// CreateJobTx creates a job paid in advance; its value is JobValue.
func (j *Jobs) CreateJobTx(ctx context.Context, p JobParams) (Tx, error) {
	switch {
	case len(p.Listings) == 0:
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "name at least one listing")
	case len(p.Nodes) == 0:
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "name at least one compute node (0 for an open slot)")
	case p.Quorum == 0 || int(p.Quorum) > len(p.Nodes) || 2*int(p.Quorum) <= len(p.Nodes):
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "quorum %d must be more than half of the %d nodes and at most all of them", p.Quorum, len(p.Nodes))
	case p.AlgorithmHash == (common.Hash{}):
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "the algorithm hash is missing")
	case len(p.BuyerKey) == 0:
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "the buyer's public key is missing")
	case p.MaxOutput == 0:
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "the maximum output must be at least one byte")
	case p.MaxCost == 0:
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "the metered instruction budget (max cost) must be at least 1")
	}
	value, err := j.JobValue(ctx, p)
	if err != nil {
		return Tx{}, err
	}
	data, err := j.jobs.TryPackCreateJob(u256s(p.Listings), p.AlgorithmHash, u256s(p.Nodes), p.Quorum, p.RewardPerNode,
		uint64(p.Deadline.Unix()), p.BuyerKey, p.MaxOutput, p.MaxCost)
	if err != nil {
		return Tx{}, packErr("create job", err)
	}
	return Tx{To: j.addr, Data: data, Value: value, What: fmt.Sprintf("create compute job on listings %v", p.Listings)}, nil
}

// CreateJob creates a job and returns its id.
func (j *Jobs) CreateJob(ctx context.Context, from *chain.Account, p JobParams) (uint64, *types.Receipt, error) {
	tx, err := j.CreateJobTx(ctx, p)
	return j.sendCreating(ctx, from, tx, err, j.jobCreated)
}

// JobCreatedID returns the id of the job that a createJob transaction made.
func (j *Jobs) JobCreatedID(rcpt *types.Receipt) (uint64, error) {
	return logID(rcpt, j.addr, j.jobCreated)
}

func (j *Jobs) jobCreated(l *types.Log) (*big.Int, bool) {
	ev, err := j.jobs.UnpackJobCreatedEvent(l)
	if err != nil {
		return nil, false
	}
	return ev.JobId, true
}

// AcceptJobTx answers a job's demand for a node (the node's operator only):
// a named node confirms, another node fills an open slot.
func (j *Jobs) AcceptJobTx(jobID, nodeID uint64) Tx {
	return Tx{To: j.addr, Data: j.jobs.PackAcceptJob(u256(jobID), u256(nodeID)), What: fmt.Sprintf("accept job %d as node %d", jobID, nodeID)}
}

// SubmitResultTx submits a node's signed result; anyone may send it. cid is
// where the result, encrypted to the buyer, is stored; r.ResultCIDHash must
// be ResultCIDHash(cid).
func (j *Jobs) SubmitResultTx(r JobResult, cid string, signature []byte) (Tx, error) {
	if ResultCIDHash(cid) != r.ResultCIDHash {
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "the result CID does not match the signed CID hash")
	}
	if len(signature) != 65 {
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "a result signature has 65 bytes, not %d", len(signature))
	}
	data, err := j.jobs.TryPackSubmitResult(u256(r.JobID), u256(r.NodeID), r.ResultHash, r.Size, u256(r.Cost), r.ResultCIDHash, signature, cid)
	if err != nil {
		return Tx{}, packErr("submit result", err)
	}
	return Tx{To: j.addr, Data: data, What: fmt.Sprintf("submit result of node %d for job %d", r.NodeID, r.JobID)}, nil
}

// ExpireTx ends a job past its deadline without a quorum and refunds the
// buyer; anyone may send it.
func (j *Jobs) ExpireTx(jobID uint64) Tx {
	return Tx{To: j.addr, Data: j.jobs.PackExpire(u256(jobID)), What: fmt.Sprintf("expire job %d", jobID)}
}

// ReviewTx rates a settled job's sellers and agreeing nodes, once, by its
// buyer; ratings run from 1 to 5.
func (j *Jobs) ReviewTx(jobID uint64, sellerRating, nodeRating uint8, commentCID string) (Tx, error) {
	for _, r := range []uint8{sellerRating, nodeRating} {
		if r < 1 || r > 5 {
			return Tx{}, datatrade.Errorf(datatrade.EINVALID, "ratings run from 1 to 5, not %d", r)
		}
	}
	return Tx{To: j.addr, Data: j.jobs.PackReview(u256(jobID), sellerRating, nodeRating, commentCID), What: fmt.Sprintf("review job %d", jobID)}, nil
}

// WithdrawTx pulls the sender's credit from the Jobs contract.
func (j *Jobs) WithdrawTx() Tx {
	return Tx{To: j.addr, Data: j.jobs.PackWithdraw(), What: "withdraw from Jobs"}
}

// Credit returns what the Jobs contract owes an account.
func (j *Jobs) Credit(ctx context.Context, account common.Address) (*big.Int, error) {
	return j.m.credit(ctx, "jobs", j.addr, j.jobs, account)
}

// Totals returns the Jobs contract's outstanding credits and held deposits;
// its balance is always their sum.
func (j *Jobs) Totals(ctx context.Context) (credits, held *big.Int, err error) {
	return j.m.totals(ctx, "jobs", j.addr, j.jobs)
}

// JobListing is what a job snapshotted of one of its listings.
type JobListing struct {
	ListingID uint64         `json:"listingId"`
	Seller    common.Address `json:"seller"`
	Price     *big.Int       `json:"price"`
	Root      common.Hash    `json:"root"`
}

// JobNode is one node slot of a job and its submission.
type JobNode struct {
	// NodeID is 0 for an open slot no node has filled.
	NodeID        uint64         `json:"nodeId"`
	Operator      common.Address `json:"operator"`
	Signer        common.Address `json:"signer"`
	Measurement   common.Hash    `json:"measurement"`
	Accepted      bool           `json:"accepted"`
	Submitted     bool           `json:"submitted"`
	Paid          bool           `json:"paid"`
	ResultHash    common.Hash    `json:"resultHash,omitempty"`
	Size          uint64         `json:"size,omitempty"`
	Cost          uint64         `json:"cost,omitempty"`
	ResultCIDHash common.Hash    `json:"resultCidHash,omitempty"`
	ResultCID     string         `json:"resultCid,omitempty"`
}

// Job is a compute job as the chain holds it.
type Job struct {
	ID                  uint64         `json:"id"`
	Buyer               common.Address `json:"buyer"`
	AlgorithmHash       common.Hash    `json:"algorithmHash"`
	DataRoot            common.Hash    `json:"dataRoot"`
	CreatedAt           time.Time      `json:"createdAt"`
	Deadline            time.Time      `json:"deadline"`
	MaxOutput           uint64         `json:"maxOutput"`
	MaxCost             uint64         `json:"maxCost"`
	Quorum              uint32         `json:"quorum"`
	State               JobState       `json:"state"`
	RewardPerNode       *big.Int       `json:"rewardPerNode"`
	PriceTotal          *big.Int       `json:"priceTotal"`
	BuyerKey            []byte         `json:"buyerKey"`
	AgreedResultHash    common.Hash    `json:"agreedResultHash"`
	AgreedSize          uint64         `json:"agreedSize"`
	AgreedCost          uint64         `json:"agreedCost"`
	AgreedResultCIDHash common.Hash    `json:"agreedResultCidHash"`
	MaxSubmittedSize    uint64         `json:"maxSubmittedSize"`
	Submissions         uint32         `json:"submissions"`
	Listings            []JobListing   `json:"listings"`
	Nodes               []JobNode      `json:"nodes"`
}

// AgreedResults returns the submissions of the nodes that formed the
// quorum (each holds its own copy of the result, encrypted to the buyer);
// none unless the job settled.
func (j *Job) AgreedResults() []JobNode {
	var out []JobNode
	for _, n := range j.Nodes {
		if n.Paid {
			out = append(out, n)
		}
	}
	return out
}

// JobCount returns how many jobs were ever created (ids 1..n).
func (j *Jobs) JobCount(ctx context.Context) (uint64, error) {
	return j.m.count(ctx, j.addr, j.jobs.PackJobCount(), j.jobs.UnpackJobCount)
}

// Job reads a job with its listings and node slots.
func (j *Jobs) Job(ctx context.Context, id uint64) (*Job, error) {
	if err := mustExist(ctx, "job", id, j.JobCount); err != nil {
		return nil, err
	}
	out, err := j.m.call(ctx, j.addr, j.jobs.PackGetJob(u256(id)))
	if err != nil {
		return nil, fmt.Errorf("read job %d: %w", id, err)
	}
	c, err := j.jobs.UnpackGetJob(out)
	if err != nil {
		return nil, fmt.Errorf("decode job %d: %w", id, err)
	}
	job := &Job{
		ID: id, Buyer: c.Buyer, AlgorithmHash: c.AlgorithmHash, DataRoot: c.DataRoot, CreatedAt: unix(c.CreatedAt),
		Deadline: unix(c.Deadline), MaxOutput: c.MaxOutput, MaxCost: c.MaxCost, Quorum: c.Quorum, State: JobState(c.State),
		RewardPerNode: c.RewardPerNode, PriceTotal: c.PriceTotal, BuyerKey: c.BuyerKey, AgreedResultHash: c.AgreedResultHash,
		AgreedSize: c.AgreedSize, AgreedCost: c.AgreedCost.Uint64(), AgreedResultCIDHash: c.AgreedResultCidHash,
		MaxSubmittedSize: c.MaxSubmittedSize, Submissions: c.Submissions,
	}
	if out, err = j.m.call(ctx, j.addr, j.jobs.PackGetJobListings(u256(id))); err != nil {
		return nil, fmt.Errorf("read listings of job %d: %w", id, err)
	}
	ls, err := j.jobs.UnpackGetJobListings(out)
	if err != nil {
		return nil, fmt.Errorf("decode listings of job %d: %w", id, err)
	}
	for _, l := range ls {
		job.Listings = append(job.Listings, JobListing{ListingID: l.ListingId.Uint64(), Seller: l.Seller, Price: l.Price, Root: l.Root})
	}
	if out, err = j.m.call(ctx, j.addr, j.jobs.PackGetJobNodes(u256(id))); err != nil {
		return nil, fmt.Errorf("read nodes of job %d: %w", id, err)
	}
	ns, err := j.jobs.UnpackGetJobNodes(out)
	if err != nil {
		return nil, fmt.Errorf("decode nodes of job %d: %w", id, err)
	}
	for _, n := range ns {
		job.Nodes = append(job.Nodes, JobNode{
			NodeID: n.NodeId.Uint64(), Operator: n.Operator, Signer: n.Signer, Measurement: n.Measurement,
			Accepted: n.Accepted, Submitted: n.Submitted, Paid: n.Paid, ResultHash: n.ResultHash, Size: n.Size,
			Cost: n.Cost.Uint64(), ResultCIDHash: n.ResultCidHash, ResultCID: n.ResultCid,
		})
	}
	return job, nil
}

// sendCreating sends tx (unless building it failed) and returns the id the
// first log of the Jobs contract that id decodes carries.
func (j *Jobs) sendCreating(ctx context.Context, from *chain.Account, tx Tx, err error, id func(*types.Log) (*big.Int, bool)) (uint64, *types.Receipt, error) {
	if err != nil {
		return 0, nil, err
	}
	rcpt, err := j.Send(ctx, from, tx)
	if err != nil {
		return 0, nil, err
	}
	v, err := logID(rcpt, j.addr, id)
	if err != nil {
		return 0, rcpt, fmt.Errorf("%s: %w", tx.What, err)
	}
	return v, rcpt, nil
}

func logID(rcpt *types.Receipt, addr common.Address, id func(*types.Log) (*big.Int, bool)) (uint64, error) {
	for _, l := range rcpt.Logs {
		if l.Address != addr {
			continue
		}
		if v, ok := id(l); ok {
			return v.Uint64(), nil
		}
	}
	return 0, fmt.Errorf("no matching event in receipt %s", rcpt.TxHash)
}

// jobHints say in words what the Jobs contract's most common refusals mean.
var jobHints = hintTable{
	"WrongJobState": func(a map[string]any) string {
		return fmt.Sprintf("job %v is %s, which does not allow this", a["jobId"], jobStateText(a["state"]))
	},
	"ComputeNotAllowed": func(a map[string]any) string {
		return fmt.Sprintf("listing %v does not allow compute jobs", a["listingId"])
	},
	"AlgorithmNotAllowed": func(a map[string]any) string {
		return fmt.Sprintf("listing %v runs only algorithms its seller allow-listed, and %v is not one", a["listingId"], a["algorithmHash"])
	},
	"MeasurementNotAccepted": func(a map[string]any) string {
		return fmt.Sprintf("listing %v does not accept the enclave measurement of node %v", a["listingId"], a["nodeId"])
	},
	"TooFewNodes": func(a map[string]any) string {
		return fmt.Sprintf("listing %v needs at least %v nodes, the job names %v", a["listingId"], a["minNodes"], a["nodes"])
	},
	"OutputAboveJobMax": func(a map[string]any) string {
		return fmt.Sprintf("listing %v allows at most %v bytes of output per job, not %v", a["listingId"], a["maxOutputPerJob"], a["maxOutput"])
	},
	"OutputBudgetExhausted": func(a map[string]any) string {
		return fmt.Sprintf("this buyer has used %v of the %v output bytes listing %v allows it; %v more do not fit", a["used"], a["budget"], a["listingId"], a["wanted"])
	},
	"TotalBudgetExhausted": func(a map[string]any) string {
		return fmt.Sprintf("listing %v has given out %v of its %v output bytes; %v more do not fit", a["listingId"], a["used"], a["budget"], a["wanted"])
	},
	"PolicyStale": func(a map[string]any) string {
		return fmt.Sprintf("listing %v changed owner since its compute policy was set: its new owner must set one", a["listingId"])
	},
	"JobPastDeadline": func(a map[string]any) string {
		return fmt.Sprintf("job %v passed its deadline (%s)", a["jobId"], unixText(a["deadline"]))
	},
	"CostAboveBudget": func(a map[string]any) string {
		return fmt.Sprintf("the run cost %v metered instructions, above the job's budget of %v", a["cost"], a["maxCost"])
	},
	"JobNotExpired": func(a map[string]any) string {
		return fmt.Sprintf("job %v has not reached its deadline: try again after %s", a["jobId"], unixText(a["deadline"]))
	},
	"NoCredit": func(a map[string]any) string { return "the Jobs contract owes this account nothing" },
	"WrongAmount": func(a map[string]any) string {
		return fmt.Sprintf("the amount sent (%v wei) is not the %v wei required", a["sent"], a["wanted"])
	},
}

func jobStateText(v any) string {
	if s, ok := v.(uint8); ok {
		return JobState(s).String()
	}
	return fmt.Sprint(v)
}
