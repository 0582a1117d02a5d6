package contracts_test

// Tests of Jobs: seller policies, the demand broadcast, enclave-signed results, the majority vote with a
// faulty node, the deadline refund, the output budget that stops a leak of the raw data in one job or spread
// over many, reviews, and balances reconciled to the wei.

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/datatrade/datatrade/contracts"
)

var (
	jobPrice  = milli(30) // the seller's price per job
	jobReward = milli(5)  // reward per node
	algo      = crypto.Keccak256Hash([]byte("regression.wasm"))
	otherAlgo = crypto.Keccak256Hash([]byte("print-everything.wasm"))
	nodeMeas  = [32]byte{0xc0, 0x4e}
	badMeas   = [32]byte{0xba, 0xd0}
	jobSalt   = []byte("job salt sent by the buyer to the enclaves")
)

const (
	maxCost   = 1_000_000
	jobDur    = time.Hour
	maxPerJob = 1000
	budget    = 2500
)

// Job states, as Jobs.State numbers them.
const (
	jobNone uint8 = iota
	jobOpen
	jobSettled
	jobExpired
)

// jobsFixture is the env with Jobs deployed, one listing with a compute policy (public algorithms only,
// algo allow-listed, three nodes at least, 1000 bytes per job, 2500 per buyer), and three nodes of
// measurement nodeMeas run by xowner (enclave1), xowner2 (enclave2) and relayer (enclave3), plus a node of
// a measurement the policy does not accept (xowner, rogue key).
type jobsFixture struct {
	*env
	jobsAddr         common.Address
	jobs             *bind.BoundContract
	jb               *contracts.Jobs
	jobsStart        *big.Int
	enclave3         *ecdsa.PrivateKey
	listing          *big.Int
	n1, n2, n3, nBad *big.Int
	operators        map[string]*account // node id -> operator
	nodeKeys         map[string]*ecdsa.PrivateKey
	policy           contracts.JobsPolicyParams
}

func newJobsFixture(t *testing.T) *jobsFixture {
	t.Helper()
	e := newEnv(t, [32]byte{0x10, 0xb5})
	f := &jobsFixture{env: e, jb: contracts.NewJobs(), operators: map[string]*account{}, nodeKeys: map[string]*ecdsa.PrivateKey{}}
	f.enclave3 = newAccount(t, "enclave 3").key
	f.jobsAddr = e.deploy(contracts.JobsMetaData.Bin, f.jb.PackConstructor(e.marketAddr, e.registryAddr, e.salt))
	f.jobs = f.jb.Instance(e.client, f.jobsAddr)
	f.listing = e.publish(listingParams(eth(1), 1, 10))
	f.policy = contracts.JobsPolicyParams{
		ComputeAllowed: true, PublicOnly: true, MinNodes: 3, MaxOutputPerJob: maxPerJob, OutputBudget: budget,
		PricePerJob: jobPrice, AcceptedMeasurements: [][32]byte{nodeMeas},
	}
	f.send(e.seller, f.jobs, f.jb.PackSetPolicy(f.listing, f.policy), nil)
	f.send(e.seller, f.jobs, f.jb.PackAllowAlgorithm(f.listing, algo), nil)
	f.n1 = f.registerNode(e.xowner, e.enclave1, nodeMeas)
	f.n2 = f.registerNode(e.xowner2, e.enclave2, nodeMeas)
	f.n3 = f.registerNode(e.relayer, f.enclave3, nodeMeas)
	f.nBad = f.registerNode(e.xowner, e.rogue, badMeas)
	f.snapshotJobs()
	return f
}

func (f *jobsFixture) snapshotJobs() {
	f.snapshot()
	f.jobsStart = f.balance(f.jobsAddr)
}

func (f *jobsFixture) registerNode(op *account, key *ecdsa.PrivateKey, m [32]byte) *big.Int {
	f.tb.Helper()
	r := f.send(op, f.jobs, f.jb.PackRegisterNode(crypto.PubkeyToAddress(key.PublicKey), m, "http://127.0.0.1:1", "bafyevidence"), nil)
	for _, l := range r.Logs {
		if ev, err := f.jb.UnpackNodeRegisteredEvent(l); err == nil {
			f.operators[ev.NodeId.String()] = op
			f.nodeKeys[ev.NodeId.String()] = key
			return ev.NodeId
		}
	}
	f.tb.Fatal("no NodeRegistered event")
	return nil
}

// jobArgs are createJob's arguments.
type jobArgs struct {
	listings  []*big.Int
	algorithm [32]byte
	nodes     []*big.Int
	quorum    uint32
	reward    *big.Int
	deadline  uint64
	key       []byte
	maxOutput uint64
	maxCost   uint64
}

func (f *jobsFixture) defaultJob() jobArgs {
	return jobArgs{
		listings: ids(f.listing), algorithm: algo, nodes: ids(f.n1, f.n2, f.n3), quorum: 2, reward: jobReward,
		deadline: f.now() + uint64(jobDur/time.Second), key: []byte("buyer hpke key"), maxOutput: maxPerJob,
		maxCost: maxCost,
	}
}

func (a jobArgs) pack(f *jobsFixture) []byte {
	return f.jb.PackCreateJob(a.listings, a.algorithm, a.nodes, a.quorum, a.reward, a.deadline, a.key, a.maxOutput, a.maxCost)
}

// value is what a job costs: the prices per job of its listings (all priced jobPrice here) and the rewards.
func (a jobArgs) value() *big.Int {
	v := new(big.Int).Mul(jobPrice, big.NewInt(int64(len(a.listings))))
	return v.Add(v, new(big.Int).Mul(a.reward, big.NewInt(int64(len(a.nodes)))))
}

func (f *jobsFixture) create(buyer *account, a jobArgs) *big.Int {
	f.tb.Helper()
	r := f.send(buyer, f.jobs, a.pack(f), a.value())
	var id *big.Int
	demand := false
	for _, l := range r.Logs {
		if ev, err := f.jb.UnpackJobCreatedEvent(l); err == nil {
			id = ev.JobId
			f.checkCreated(ev, buyer, a)
		}
		if ev, err := f.jb.UnpackJobDemandEvent(l); err == nil {
			demand = ev.AlgorithmHash == a.algorithm && bytes.Equal(ev.BuyerKey, a.key)
		}
	}
	if id == nil || !demand {
		f.tb.Fatalf("createJob: JobCreated %v, JobDemand with the job's algorithm and key %v", id, demand)
	}
	return id
}

// checkCreated checks that a JobCreated event carries what an enclave learns the job from.
func (f *jobsFixture) checkCreated(ev *contracts.JobsJobCreated, buyer *account, a jobArgs) {
	f.tb.Helper()
	if ev.Buyer != buyer.addr || ev.AlgorithmHash != a.algorithm || len(ev.ListingIds) != len(a.listings) ||
		len(ev.Owners) != len(a.listings) || len(ev.Roots) != len(a.listings) || len(ev.NodeIds) != len(a.nodes) ||
		ev.Quorum.Uint64() != uint64(a.quorum) || ev.MaxOutput.Uint64() != a.maxOutput || ev.MaxCost.Uint64() != a.maxCost ||
		ev.Deadline != a.deadline || !bytes.Equal(ev.BuyerKey, a.key) {
		f.tb.Fatalf("JobCreated %+v does not match the job %+v", ev, a)
	}
	for i, id := range a.listings {
		l := call(f.env, f.market, f.mkt.PackGetListing(id), f.mkt.UnpackGetListing)
		owner := call(f.env, f.market, f.mkt.PackOwnerOf(id), f.mkt.UnpackOwnerOf)
		if ev.ListingIds[i].Cmp(id) != 0 || ev.Owners[i] != owner || ev.Roots[i] != l.Root {
			f.tb.Fatalf("JobCreated listing %d: id %s owner %s root %x, want %s %s %x", i, ev.ListingIds[i], ev.Owners[i], ev.Roots[i], id, owner, l.Root)
		}
	}
	for i, n := range a.nodes {
		if ev.NodeIds[i].Cmp(n) != 0 {
			f.tb.Fatalf("JobCreated node %d: %s, want %s", i, ev.NodeIds[i], n)
		}
	}
}

// jobsRevert requires that the transaction reverts with exactly want, decoding with Jobs' errors first
// (several of its selectors are also declared by Escrow).
func (f *jobsFixture) jobsRevert(from *account, data []byte, value *big.Int, want any) {
	f.tb.Helper()
	_, err := f.client.PendingCallContract(f.ctx, f.msg(from, f.jobs, data, value))
	if err == nil {
		f.tb.Fatalf("%s: transaction would succeed, want revert %T%+v", from.name, want, want)
	}
	f.checkJobsErr(err, want)
}

func (f *jobsFixture) checkJobsErr(err error, want any) {
	f.tb.Helper()
	var got any = fmt.Errorf("no revert data: %w", err)
	if raw, ok := ethclient.RevertErrorData(err); ok {
		got = fmt.Errorf("unknown revert %x", raw)
		if v, e := f.jb.UnpackError(raw); e == nil {
			got = v
		} else if v, e := f.mkt.UnpackError(raw); e == nil {
			got = v
		}
	}
	if fmt.Sprintf("%T%+v", got, got) != fmt.Sprintf("%T%+v", want, want) {
		f.tb.Fatalf("revert: got %T%+v, want %T%+v", got, got, want, want)
	}
}

func (f *jobsFixture) job(id *big.Int) contracts.JobsJob {
	f.tb.Helper()
	return call(f.env, f.jobs, f.jb.PackGetJob(id), f.jb.UnpackGetJob)
}

func (f *jobsFixture) jobNodes(id *big.Int) []contracts.JobsJobNode {
	f.tb.Helper()
	return call(f.env, f.jobs, f.jb.PackGetJobNodes(id), f.jb.UnpackGetJobNodes)
}

func (f *jobsFixture) wantJobState(id *big.Int, want uint8) {
	f.tb.Helper()
	if got := f.job(id).State; got != want {
		f.tb.Fatalf("job %s: state %d, want %d", id, got, want)
	}
}

func (f *jobsFixture) used(listing *big.Int, buyer *account) uint64 {
	f.tb.Helper()
	return call(f.env, f.jobs, f.jb.PackOutputUsed(listing, buyer.addr), f.jb.UnpackOutputUsed)
}

func (f *jobsFixture) wantUsed(listing *big.Int, buyer *account, want uint64) {
	f.tb.Helper()
	if got := f.used(listing, buyer); got != want {
		f.tb.Fatalf("output used of listing %s by %s: %d, want %d", listing, buyer.name, got, want)
	}
}

// result is one node's statement about a job.
type result struct {
	jobID, nodeID *big.Int
	output        []byte
	size          uint64
	cost          int64
	cid           string
}

// statement returns the EIP-712 JobResult of r against the job's algorithm hash and data root.
func (f *jobsFixture) statement(r result) contracts.JobsJobResult {
	j := f.job(r.jobID)
	return contracts.JobsJobResult{
		JobId: r.jobID, NodeId: r.nodeID, AlgorithmHash: j.AlgorithmHash, DataRoot: j.DataRoot,
		ResultHash: crypto.Keccak256Hash(jobSalt, r.output), Size: new(big.Int).SetUint64(r.size),
		Cost: big.NewInt(r.cost), ResultCidHash: crypto.Keccak256Hash([]byte(r.cid)),
	}
}

// signResult signs s with go-ethereum's apitypes under the Jobs domain.
func (f *jobsFixture) signResult(key *ecdsa.PrivateKey, s contracts.JobsJobResult) []byte {
	return sign(f.tb, key, digest(f.tb, f.jobResultTypedData(s)))
}

func (f *jobsFixture) jobResultTypedData(s contracts.JobsJobResult) apitypes.TypedData {
	td := f.typedData("JobResult", apitypes.TypedDataMessage{
		"jobId": s.JobId, "nodeId": s.NodeId, "algorithmHash": s.AlgorithmHash[:], "dataRoot": s.DataRoot[:],
		"resultHash": s.ResultHash[:], "size": s.Size, "cost": s.Cost, "resultCidHash": s.ResultCidHash[:],
	})
	td.Types["JobResult"] = []apitypes.Type{
		{Name: "jobId", Type: "uint256"}, {Name: "nodeId", Type: "uint256"}, {Name: "algorithmHash", Type: "bytes32"},
		{Name: "dataRoot", Type: "bytes32"}, {Name: "resultHash", Type: "bytes32"}, {Name: "size", Type: "uint256"},
		{Name: "cost", Type: "uint256"}, {Name: "resultCidHash", Type: "bytes32"},
	}
	td.Domain.VerifyingContract = f.jobsAddr.Hex()
	return td
}

func (f *jobsFixture) packSubmit(s contracts.JobsJobResult, sig []byte, cid string) []byte {
	return f.jb.PackSubmitResult(s.JobId, s.NodeId, s.ResultHash, s.Size.Uint64(), s.Cost, s.ResultCidHash, sig, cid)
}

// submit has the node's enclave sign r and the relayer submit it.
func (f *jobsFixture) submit(r result) *types.Receipt {
	f.tb.Helper()
	s := f.statement(r)
	return f.send(f.relayer, f.jobs, f.packSubmit(s, f.signResult(f.nodeKeys[r.nodeID.String()], s), r.cid), nil)
}

func (f *jobsFixture) jobsCredit(a *account) *big.Int {
	return call(f.env, f.jobs, f.jb.PackCredit(a.addr), f.jb.UnpackCredit)
}

func (f *jobsFixture) withdrawJobs() {
	f.tb.Helper()
	for _, a := range f.accounts {
		if f.jobsCredit(a).Sign() > 0 {
			f.send(a, f.jobs, f.jb.PackWithdraw(), nil)
		}
	}
}

// reconcileJobs checks, to the wei: every balance change plus every fee sums to zero (Jobs included); Jobs
// holds exactly its outstanding credits and held deposits, and the credits add up; each account's net
// change is as wanted (unnamed accounts unchanged).
func (f *jobsFixture) reconcileJobs(want map[*account]*big.Int) {
	f.tb.Helper()
	sum := new(big.Int).Sub(f.balance(f.jobsAddr), f.jobsStart)
	for _, a := range f.addrs() {
		sum.Add(sum, new(big.Int).Sub(f.balance(a), f.start[a]))
	}
	for _, g := range f.gas {
		sum.Add(sum, g)
	}
	if sum.Sign() != 0 {
		f.tb.Errorf("balance changes plus fees sum to %s wei, want 0", sum)
	}
	credits := call(f.env, f.jobs, f.jb.PackTotalCredits(), f.jb.UnpackTotalCredits)
	held := call(f.env, f.jobs, f.jb.PackTotalHeld(), f.jb.UnpackTotalHeld)
	if got, want := f.balance(f.jobsAddr), new(big.Int).Add(credits, held); got.Cmp(want) != 0 {
		f.tb.Errorf("jobs balance %s, want credits %s + held %s", got, credits, held)
	}
	var credited big.Int
	for _, a := range f.accounts {
		credited.Add(&credited, f.jobsCredit(a))
	}
	if credited.Cmp(credits) != 0 {
		f.tb.Errorf("sum of credits %s, want totalCredits %s", &credited, credits)
	}
	for _, a := range f.accounts {
		w := want[a]
		if w == nil {
			w = new(big.Int)
		}
		if got := f.net(a); got.Cmp(w) != 0 {
			f.tb.Errorf("%s: net change %s wei, want %s", a.name, got, w)
		}
	}
}

func TestJobResultDigest(t *testing.T) {
	f := newJobsFixture(t)
	id := f.create(f.buyer, f.defaultJob())
	s := f.statement(result{jobID: id, nodeID: f.n1, output: []byte("slope=2.0"), size: 9, cost: 12345, cid: "bafyresult"})
	want := digest(t, f.jobResultTypedData(s))
	got := call(f.env, f.jobs, f.jb.PackJobResultDigest(s), f.jb.UnpackJobResultDigest)
	if !bytes.Equal(got[:], want) {
		t.Fatalf("jobResultDigest %x, want (apitypes) %x", got, want)
	}
	typeHash := call(f.env, f.jobs, f.jb.PackJOBRESULTTYPEHASH(), f.jb.UnpackJOBRESULTTYPEHASH)
	if wantTH := crypto.Keccak256Hash([]byte("JobResult(uint256 jobId,uint256 nodeId,bytes32 algorithmHash,bytes32 dataRoot,bytes32 resultHash,uint256 size,uint256 cost,bytes32 resultCidHash)")); typeHash != wantTH {
		t.Fatalf("type hash %x, want %x", typeHash, wantTH)
	}
	// dataRoot = keccak256(abi.encodePacked(root of each listing, in job order)).
	l := call(f.env, f.market, f.mkt.PackGetListing(f.listing), f.mkt.UnpackGetListing)
	if got, want := f.job(id).DataRoot, crypto.Keccak256Hash(l.Root[:]); got != want {
		t.Fatalf("data root %x, want %x", got, want)
	}
}

// TestJobQuorumFaultyNode: three nodes, quorum two; the faulty node answers first with a wrong result, the
// two honest nodes agree: the job settles, the faulty node is unpaid and its reward goes back to the buyer.
func TestJobQuorumFaultyNode(t *testing.T) {
	f := newJobsFixture(t)
	a := f.defaultJob()
	id := f.create(f.buyer, a)
	f.wantJobState(id, jobOpen)
	f.wantUsed(f.listing, f.buyer, maxPerJob)

	right := []byte("slope=2.000 intercept=1.000")
	f.submit(result{jobID: id, nodeID: f.n3, output: []byte("slope=9.999 intercept=0.000"), size: 27, cost: 500, cid: "bafywrong"})
	f.wantJobState(id, jobOpen)
	f.submit(result{jobID: id, nodeID: f.n1, output: right, size: uint64(len(right)), cost: 500, cid: "bafyright1"})
	f.wantJobState(id, jobOpen) // one right, one wrong: no quorum yet
	r := f.submit(result{jobID: id, nodeID: f.n2, output: right, size: uint64(len(right)), cost: 500, cid: "bafyright2"})
	settled := false
	for _, l := range r.Logs {
		if ev, err := f.jb.UnpackJobSettledEvent(l); err == nil {
			settled = ev.Agreeing == 2 && ev.ResultHash == crypto.Keccak256Hash(jobSalt, right)
		}
	}
	if !settled {
		t.Fatal("no JobSettled event with two agreeing nodes and the right result hash")
	}
	j := f.job(id)
	if j.State != jobSettled || j.AgreedResultHash != crypto.Keccak256Hash(jobSalt, right) || j.AgreedSize != uint64(len(right)) {
		t.Fatalf("job after quorum: state %d, agreed %x size %d", j.State, j.AgreedResultHash, j.AgreedSize)
	}
	paid := map[string]bool{}
	for _, n := range f.jobNodes(id) {
		paid[n.NodeId.String()] = n.Paid
	}
	if !paid[f.n1.String()] || !paid[f.n2.String()] || paid[f.n3.String()] {
		t.Fatalf("paid nodes %v, want n1 and n2 only", paid)
	}
	// The largest output any node produced (27 bytes) stays charged to the buyer's budget.
	f.wantUsed(f.listing, f.buyer, 27)

	// Nothing more is accepted once settled.
	s := f.statement(result{jobID: id, nodeID: f.n3, output: right, size: 1, cost: 500, cid: "x"})
	f.jobsRevert(f.relayer, f.packSubmit(s, f.signResult(f.enclave3, s), "x"), nil, &contracts.JobsWrongJobState{JobId: id, State: jobSettled})
	f.jobsRevert(f.relayer, f.jb.PackExpire(id), nil, &contracts.JobsWrongJobState{JobId: id, State: jobSettled})

	f.withdrawJobs()
	f.reconcileJobs(map[*account]*big.Int{
		f.buyer:   neg(add(jobPrice, jobReward, jobReward)),
		f.seller:  jobPrice,
		f.xowner:  jobReward,
		f.xowner2: jobReward,
		// relayer runs the faulty node n3: unpaid.
	})
}

// TestJobDeadlineRefund: a job without a quorum by its deadline refunds the buyer everything; a late
// result is refused; the output a node delivered stays charged to the budget.
func TestJobDeadlineRefund(t *testing.T) {
	f := newJobsFixture(t)
	a := f.defaultJob()
	id := f.create(f.buyer, a)
	f.submit(result{jobID: id, nodeID: f.n1, output: []byte("mean=4.5"), size: 8, cost: 77, cid: "bafy1"})
	f.jobsRevert(f.relayer, f.jb.PackExpire(id), nil, &contracts.JobsJobNotExpired{JobId: id, Deadline: a.deadline})

	f.advanceTo(a.deadline + 1)
	late := f.statement(result{jobID: id, nodeID: f.n2, output: []byte("mean=4.5"), size: 8, cost: 77, cid: "bafy2"})
	f.jobsRevert(f.relayer, f.packSubmit(late, f.signResult(f.enclave2, late), "bafy2"), nil, &contracts.JobsJobPastDeadline{JobId: id, Deadline: a.deadline})
	f.jobsRevert(f.relayer, f.jb.PackAcceptJob(id, f.n3), nil, &contracts.JobsJobPastDeadline{JobId: id, Deadline: a.deadline})

	r := f.send(f.relayer, f.jobs, f.jb.PackExpire(id), nil)
	refunded := false
	for _, l := range r.Logs {
		if ev, err := f.jb.UnpackJobExpiredEvent(l); err == nil {
			refunded = ev.Refund.Cmp(a.value()) == 0
		}
	}
	if !refunded {
		t.Fatalf("no JobExpired event refunding %s", a.value())
	}
	f.wantJobState(id, jobExpired)
	f.wantUsed(f.listing, f.buyer, 8)
	f.jobsRevert(f.relayer, f.jb.PackExpire(id), nil, &contracts.JobsWrongJobState{JobId: id, State: jobExpired})
	f.withdrawJobs()
	f.reconcileJobs(nil) // the buyer got back every wei it paid
	f.jobsRevert(f.buyer, f.jb.PackWithdraw(), nil, &contracts.JobsNoCredit{Account: f.buyer.addr})
}

// TestJobOutputBudget: the seed's leak — an "analysis" that prints the raw data — is refused in one job
// (maxOutput above the policy's per-job maximum; a result larger than the job's maximum) and spread over
// many (the cumulative budget per buyer and listing, and the listing's total budget over all buyers).
func TestJobOutputBudget(t *testing.T) {
	f := newJobsFixture(t)
	a := f.defaultJob()

	// In one job.
	big1 := a
	big1.maxOutput = maxPerJob + 1
	f.jobsRevert(f.buyer, big1.pack(f), big1.value(), &contracts.JobsOutputAboveJobMax{ListingId: f.listing, MaxOutput: maxPerJob + 1, MaxOutputPerJob: maxPerJob})
	small := a
	small.maxOutput = 100
	id := f.create(f.buyer, small)
	s := f.statement(result{jobID: id, nodeID: f.n1, output: []byte("raw rows..."), size: 101, cost: 1, cid: "c"})
	f.jobsRevert(f.relayer, f.packSubmit(s, f.signResult(f.enclave1, s), "c"), nil, &contracts.JobsOutputTooLarge{Size: big.NewInt(101), MaxOutput: 100})

	// Spread over many: 100 + 1000 + 1000 reserved = 2100; another 1000 would pass 2500.
	f.create(f.buyer, a)
	j3 := f.create(f.buyer, a)
	f.wantUsed(f.listing, f.buyer, 2100)
	f.jobsRevert(f.buyer, a.pack(f), a.value(), &contracts.JobsOutputBudgetExhausted{ListingId: f.listing, Buyer: f.buyer.addr, Used: 2100, Wanted: maxPerJob, Budget: budget})
	// A settled job gives back what its result did not use: 1000 - 40.
	out := bytes.Repeat([]byte{'x'}, 40)
	f.submit(result{jobID: j3, nodeID: f.n1, output: out, size: 40, cost: 9, cid: "a"})
	f.submit(result{jobID: j3, nodeID: f.n2, output: out, size: 40, cost: 9, cid: "b"})
	f.wantJobState(j3, jobSettled)
	f.wantUsed(f.listing, f.buyer, 1140)
	f.create(f.buyer, a) // 2140
	rest := a
	rest.maxOutput = budget - 2140 + 1
	f.jobsRevert(f.buyer, rest.pack(f), rest.value(), &contracts.JobsOutputBudgetExhausted{ListingId: f.listing, Buyer: f.buyer.addr, Used: 2140, Wanted: budget - 2140 + 1, Budget: budget})
	rest.maxOutput = budget - 2140
	f.create(f.buyer, rest) // exactly the budget
	f.wantUsed(f.listing, f.buyer, budget)

	// Another buyer has its own budget, unless the listing's total budget runs out (several addresses of
	// one buyer: a Sybil spreading the leak).
	f.create(f.buyer2, a)
	f.wantUsed(f.listing, f.buyer2, maxPerJob)
	p := f.policy
	p.TotalOutputBudget = budget + 1500
	f.send(f.seller, f.jobs, f.jb.PackSetPolicy(f.listing, p), nil)
	a.deadline = f.now() + 3600
	f.jobsRevert(f.buyer2, a.pack(f), a.value(), &contracts.JobsTotalBudgetExhausted{ListingId: f.listing, Used: budget + maxPerJob, Wanted: maxPerJob, Budget: budget + 1500})
}

func TestJobCreateRejects(t *testing.T) {
	f := newJobsFixture(t)
	// A listing without a policy, one whose policy disallows compute, a delisted one.
	plain := f.publish(listingParams(eth(1), 1, 10))
	off := f.publish(listingParams(eth(1), 1, 10))
	p := f.policy
	p.ComputeAllowed = false
	f.send(f.seller, f.jobs, f.jb.PackSetPolicy(off, p), nil)
	gone := f.publish(listingParams(eth(1), 1, 10))
	f.send(f.seller, f.jobs, f.jb.PackSetPolicy(gone, f.policy), nil)
	f.send(f.seller, f.market, f.mkt.PackDelist(gone), nil)
	// A listing whose token moved to a new owner after its policy was set.
	moved := f.publish(listingParams(eth(1), 1, 10))
	f.send(f.seller, f.jobs, f.jb.PackSetPolicy(moved, f.policy), nil)
	f.send(f.seller, f.market, f.mkt.PackTransferFrom(f.seller.addr, f.buyer2.addr, moved), nil)
	// A node that left, and a node whose measurement the registry revoked.
	left := f.registerNode(f.xowner2, f.enclave2, nodeMeas)
	f.send(f.xowner2, f.jobs, f.jb.PackDeregisterNode(left), nil)
	revokedMeas := [32]byte{0xde, 0xad}
	p2 := f.policy
	p2.AcceptedMeasurements = [][32]byte{nodeMeas, revokedMeas}
	f.send(f.seller, f.jobs, f.jb.PackSetPolicy(f.listing, p2), nil)
	revoked := f.registerNode(f.xowner2, f.enclave2, revokedMeas)
	f.send(f.admin, f.registry, f.reg.PackRevokeMeasurement(revokedMeas), nil)

	base := f.defaultJob()
	now := f.now()
	cases := []struct {
		name string
		mod  func(*jobArgs)
		val  func(jobArgs) *big.Int
		want any
	}{
		{"no listing", func(a *jobArgs) { a.listings = nil }, nil, &contracts.JobsBadListingCount{Count: big.NewInt(0), Max: big.NewInt(8)}},
		{"no node", func(a *jobArgs) { a.nodes = nil }, nil, &contracts.JobsBadNodeCount{Count: big.NewInt(0), Max: big.NewInt(16)}},
		{"quorum not a majority", func(a *jobArgs) { a.quorum = 1 }, nil, &contracts.JobsBadQuorum{Quorum: 1, Nodes: big.NewInt(3)}},
		{"quorum above nodes", func(a *jobArgs) { a.quorum = 4 }, nil, &contracts.JobsBadQuorum{Quorum: 4, Nodes: big.NewInt(3)}},
		{"zero algorithm", func(a *jobArgs) { a.algorithm = [32]byte{} }, nil, &contracts.JobsZeroAlgorithm{}},
		{"empty buyer key", func(a *jobArgs) { a.key = nil }, nil, &contracts.JobsEmptyBuyerKey{}},
		{"zero max output", func(a *jobArgs) { a.maxOutput = 0 }, nil, &contracts.JobsZeroMaxOutput{}},
		{"zero max cost", func(a *jobArgs) { a.maxCost = 0 }, nil, &contracts.JobsZeroMaxCost{}},
		{"deadline in past", func(a *jobArgs) { a.deadline = now }, nil, &contracts.JobsDeadlineInPast{Deadline: now}},
		{"deadline too far", func(a *jobArgs) { a.deadline = now + 31*86400 }, nil, &contracts.JobsDeadlineTooFar{Deadline: now + 31*86400, Latest: new(big.Int).SetUint64(now + 1 + 30*86400)}},
		{"duplicate node", func(a *jobArgs) { a.nodes = ids(f.n1, f.n1, f.n2) }, nil, &contracts.JobsDuplicateNode{NodeId: f.n1}},
		{"unknown node", func(a *jobArgs) { a.nodes = ids(f.n1, f.n2, big.NewInt(99)) }, nil, &contracts.JobsUnknownNode{NodeId: big.NewInt(99)}},
		{"inactive node", func(a *jobArgs) { a.nodes = ids(f.n1, f.n2, left) }, nil, &contracts.JobsNodeInactive{NodeId: left}},
		{"revoked measurement", func(a *jobArgs) { a.nodes = ids(f.n1, f.n2, revoked) }, nil, &contracts.JobsNodeMeasurementRevoked{NodeId: revoked, Measurement: revokedMeas}},
		{"measurement not accepted", func(a *jobArgs) { a.nodes = ids(f.n1, f.n2, f.nBad) }, nil, &contracts.JobsMeasurementNotAccepted{ListingId: f.listing, NodeId: f.nBad, Measurement: badMeas}},
		{"too few nodes", func(a *jobArgs) { a.nodes = ids(f.n1, f.n2); a.quorum = 2 }, nil, &contracts.JobsTooFewNodes{ListingId: f.listing, Nodes: big.NewInt(2), MinNodes: 3}},
		{"algorithm not allow-listed", func(a *jobArgs) { a.algorithm = otherAlgo }, nil, &contracts.JobsAlgorithmNotAllowed{ListingId: f.listing, AlgorithmHash: otherAlgo}},
		{"no policy", func(a *jobArgs) { a.listings = ids(plain) }, nil, &contracts.JobsComputeNotAllowed{ListingId: plain}},
		{"compute not allowed", func(a *jobArgs) { a.listings = ids(off) }, nil, &contracts.JobsComputeNotAllowed{ListingId: off}},
		{"delisted", func(a *jobArgs) { a.listings = ids(gone) }, nil, &contracts.JobsListingInactive{ListingId: gone}},
		{"policy of a former owner", func(a *jobArgs) { a.listings = ids(moved) }, nil, &contracts.JobsPolicyStale{ListingId: moved, PolicyOwner: f.seller.addr, Owner: f.buyer2.addr}},
		{"duplicate listing", func(a *jobArgs) { a.listings = ids(f.listing, f.listing) }, nil, &contracts.JobsDuplicateListing{ListingId: f.listing}},
		{"unknown listing", func(a *jobArgs) { a.listings = ids(big.NewInt(77)) }, nil, &contracts.MarketUnknownListing{Id: big.NewInt(77)}},
		{"underpaid", func(a *jobArgs) {}, func(a jobArgs) *big.Int { return sub(a.value(), big.NewInt(1)) }, &contracts.JobsWrongAmount{Sent: sub(base.value(), big.NewInt(1)), Wanted: base.value()}},
		{"overpaid", func(a *jobArgs) {}, func(a jobArgs) *big.Int { return add(a.value(), big.NewInt(1)) }, &contracts.JobsWrongAmount{Sent: add(base.value(), big.NewInt(1)), Wanted: base.value()}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := *f
			g.env = f.env.on(t)
			a := base
			c.mod(&a)
			v := a.value()
			if c.val != nil {
				v = c.val(a)
			}
			g.jobsRevert(f.buyer, a.pack(&g), v, c.want)
		})
	}
	// A secret algorithm runs when the policy is not public-only.
	p3 := f.policy
	p3.PublicOnly = false
	f.send(f.seller, f.jobs, f.jb.PackSetPolicy(f.listing, p3), nil)
	a := base
	a.algorithm = otherAlgo
	f.create(f.buyer, a)
}

func TestJobPolicyRejects(t *testing.T) {
	f := newJobsFixture(t)
	f.jobsRevert(f.buyer, f.jb.PackSetPolicy(f.listing, f.policy), nil, &contracts.JobsNotListingOwner{ListingId: f.listing, Caller: f.buyer.addr})
	f.jobsRevert(f.buyer, f.jb.PackAllowAlgorithm(f.listing, otherAlgo), nil, &contracts.JobsNotListingOwner{ListingId: f.listing, Caller: f.buyer.addr})
	p := f.policy
	p.MinNodes = 0
	f.jobsRevert(f.seller, f.jb.PackSetPolicy(f.listing, p), nil, &contracts.JobsZeroMinNodes{})
	p = f.policy
	p.AcceptedMeasurements = make([][32]byte, 17)
	f.jobsRevert(f.seller, f.jb.PackSetPolicy(f.listing, p), nil, &contracts.JobsTooManyMeasurements{Count: big.NewInt(17), Max: big.NewInt(16)})
	f.jobsRevert(f.seller, f.jb.PackAllowAlgorithm(f.listing, [32]byte{}), nil, &contracts.JobsZeroAlgorithm{})
	// Removing an algorithm from the allow-list stops new jobs with it.
	f.send(f.seller, f.jobs, f.jb.PackDisallowAlgorithm(f.listing, algo), nil)
	if call(f.env, f.jobs, f.jb.PackIsAlgorithmAllowed(f.listing, algo), f.jb.UnpackIsAlgorithmAllowed) {
		t.Fatal("algorithm still allowed after disallowAlgorithm")
	}
	a := f.defaultJob()
	f.jobsRevert(f.buyer, a.pack(f), a.value(), &contracts.JobsAlgorithmNotAllowed{ListingId: f.listing, AlgorithmHash: algo})
	// Nodes: only their operator changes them.
	f.jobsRevert(f.buyer, f.jb.PackUpdateNode(f.n1, f.buyer.addr, nodeMeas, "x", "y"), nil, &contracts.JobsNotNodeOperator{NodeId: f.n1, Caller: f.buyer.addr})
	f.jobsRevert(f.xowner, f.jb.PackRegisterNode(common.Address{}, nodeMeas, "x", "y"), nil, &contracts.JobsZeroAddress{})
	got := call(f.env, f.jobs, f.jb.PackGetPolicy(f.listing), f.jb.UnpackGetPolicy)
	if got.Owner != f.seller.addr || got.MinNodes != 3 || got.OutputBudget != budget || got.PricePerJob.Cmp(jobPrice) != 0 {
		t.Fatalf("policy %+v", got)
	}
}

func TestJobSubmitRejects(t *testing.T) {
	f := newJobsFixture(t)
	id := f.create(f.buyer, f.defaultJob())
	good := f.statement(result{jobID: id, nodeID: f.n1, output: []byte("ok"), size: 2, cost: 3, cid: "bafyok"})
	sig := f.signResult(f.enclave1, good)

	tampered := good
	tampered.ResultHash = crypto.Keccak256Hash([]byte("other"))
	tamperedSigner := recoverSigner(t, f, tampered, sig)
	costly := f.statement(result{jobID: id, nodeID: f.n1, output: []byte("ok"), size: 2, cost: maxCost + 1, cid: "bafyok"})
	outsider := f.statement(result{jobID: id, nodeID: f.nBad, output: []byte("ok"), size: 2, cost: 3, cid: "bafyok"})
	cases := []struct {
		name string
		data []byte
		want any
	}{
		{"wrong signer", f.packSubmit(good, f.signResult(f.rogue, good), "bafyok"), &contracts.JobsWrongSigner{Recovered: crypto.PubkeyToAddress(f.rogue.PublicKey), Expected: crypto.PubkeyToAddress(f.enclave1.PublicKey)}},
		{"another node's enclave", f.packSubmit(good, f.signResult(f.enclave2, good), "bafyok"), &contracts.JobsWrongSigner{Recovered: crypto.PubkeyToAddress(f.enclave2.PublicKey), Expected: crypto.PubkeyToAddress(f.enclave1.PublicKey)}},
		{"tampered result hash", f.packSubmit(tampered, sig, "bafyok"), &contracts.JobsWrongSigner{Recovered: tamperedSigner, Expected: crypto.PubkeyToAddress(f.enclave1.PublicKey)}},
		{"malformed signature", f.packSubmit(good, sig[:64], "bafyok"), &contracts.JobsMalformedSignature{}},
		{"cid not the signed one", f.packSubmit(good, sig, "bafyother"), &contracts.JobsCidMismatch{Expected: good.ResultCidHash, Got: crypto.Keccak256Hash([]byte("bafyother"))}},
		{"cost above the budget", f.packSubmit(costly, f.signResult(f.enclave1, costly), "bafyok"), &contracts.JobsCostAboveBudget{Cost: big.NewInt(maxCost + 1), MaxCost: maxCost}},
		{"node not in job", f.packSubmit(outsider, f.signResult(f.rogue, outsider), "bafyok"), &contracts.JobsNodeNotInJob{JobId: id, NodeId: f.nBad}},
		{"unknown job", f.jb.PackSubmitResult(big.NewInt(42), f.n1, good.ResultHash, 2, good.Cost, good.ResultCidHash, sig, "bafyok"), &contracts.JobsUnknownJob{JobId: big.NewInt(42)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g := *f
			g.env = f.env.on(t)
			g.jobsRevert(f.relayer, c.data, nil, c.want)
		})
	}
	f.send(f.relayer, f.jobs, f.packSubmit(good, sig, "bafyok"), nil)
	f.jobsRevert(f.relayer, f.packSubmit(good, sig, "bafyok"), nil, &contracts.JobsAlreadySubmitted{JobId: id, NodeId: f.n1})
	// A node's enclave key changed after the job was created: the job keeps the snapshot.
	f.send(f.xowner2, f.jobs, f.jb.PackUpdateNode(f.n2, crypto.PubkeyToAddress(f.rogue.PublicKey), nodeMeas, "e", "v"), nil)
	s2 := f.statement(result{jobID: id, nodeID: f.n2, output: []byte("ok"), size: 2, cost: 3, cid: "bafyok2"})
	f.jobsRevert(f.relayer, f.packSubmit(s2, f.signResult(f.rogue, s2), "bafyok2"), nil, &contracts.JobsWrongSigner{Recovered: crypto.PubkeyToAddress(f.rogue.PublicKey), Expected: crypto.PubkeyToAddress(f.enclave2.PublicKey)})
	// A measurement revoked after creation stops that node's results.
	f.send(f.admin, f.registry, f.reg.PackRevokeMeasurement(nodeMeas), nil)
	f.jobsRevert(f.relayer, f.packSubmit(s2, f.signResult(f.enclave2, s2), "bafyok2"), nil, &contracts.JobsNodeMeasurementRevoked{NodeId: f.n2, Measurement: nodeMeas})
}

func recoverSigner(t *testing.T, f *jobsFixture, s contracts.JobsJobResult, sig []byte) common.Address {
	t.Helper()
	d := digest(t, f.jobResultTypedData(s))
	s2 := append([]byte(nil), sig...)
	s2[64] -= 27
	pub, err := crypto.SigToPub(d, s2)
	if err != nil {
		t.Fatalf("recover: %v", err)
	}
	return crypto.PubkeyToAddress(*pub)
}

// TestJobOpenSlots: the demand broadcast. A job with an open slot (node id 0) is filled by the first node
// whose measurement every listing accepts; named nodes confirm with acceptJob.
func TestJobOpenSlots(t *testing.T) {
	f := newJobsFixture(t)
	a := f.defaultJob()
	a.nodes = ids(f.n1, f.n2, big.NewInt(0))
	id := f.create(f.buyer, a)
	f.jobsRevert(f.xowner, f.jb.PackAcceptJob(id, f.nBad), nil, &contracts.JobsMeasurementNotAccepted{ListingId: f.listing, NodeId: f.nBad, Measurement: badMeas})
	f.jobsRevert(f.buyer, f.jb.PackAcceptJob(id, f.n3), nil, &contracts.JobsNotNodeOperator{NodeId: f.n3, Caller: f.buyer.addr})
	// An unfilled slot cannot submit.
	s0 := f.statement(result{jobID: id, nodeID: big.NewInt(0), output: []byte("r"), size: 1, cost: 1, cid: "c"})
	f.jobsRevert(f.relayer, f.packSubmit(s0, f.signResult(f.enclave3, s0), "c"), nil, &contracts.JobsNodeNotInJob{JobId: id, NodeId: big.NewInt(0)})
	r := f.send(f.relayer, f.jobs, f.jb.PackAcceptJob(id, f.n3), nil)
	filled := false
	for _, l := range r.Logs {
		if ev, err := f.jb.UnpackJobAcceptedEvent(l); err == nil {
			filled = ev.NodeId.Cmp(f.n3) == 0 && ev.Slot.Int64() == 2
		}
	}
	if !filled {
		t.Fatal("no JobAccepted event for n3 in slot 2")
	}
	n4 := f.registerNode(f.xowner2, f.enclave2, nodeMeas)
	f.jobsRevert(f.xowner2, f.jb.PackAcceptJob(id, n4), nil, &contracts.JobsNoOpenSlot{JobId: id})
	f.send(f.xowner, f.jobs, f.jb.PackAcceptJob(id, f.n1), nil)
	f.jobsRevert(f.xowner, f.jb.PackAcceptJob(id, f.n1), nil, &contracts.JobsAlreadyAccepted{JobId: id, NodeId: f.n1})
	nodes := f.jobNodes(id)
	if !nodes[0].Accepted || nodes[1].Accepted || !nodes[2].Accepted || nodes[2].Operator != f.relayer.addr {
		t.Fatalf("slots after accepts: %+v", nodes)
	}
	// The filled slot's node counts toward the quorum.
	f.submit(result{jobID: id, nodeID: f.n3, output: []byte("r"), size: 1, cost: 1, cid: "c3"})
	f.submit(result{jobID: id, nodeID: f.n2, output: []byte("r"), size: 1, cost: 1, cid: "c2"})
	f.wantJobState(id, jobSettled)
	f.withdrawJobs()
	f.reconcileJobs(map[*account]*big.Int{
		f.buyer:   neg(add(jobPrice, jobReward, jobReward)),
		f.seller:  jobPrice,
		f.xowner2: jobReward,
		f.relayer: jobReward,
	})
}

// TestJobTwoListings: a job over two sellers' listings pays each its price; the data root commits to both
// roots in job order.
func TestJobTwoListings(t *testing.T) {
	f := newJobsFixture(t)
	p2 := listingParams(eth(1), 1, 10)
	p2.Root = [32]byte{0x52, 0x02}
	r := f.send(f.buyer2, f.market, f.mkt.PackPublish(p2), nil)
	var l2 *big.Int
	for _, l := range r.Logs {
		if ev, err := f.mkt.UnpackListingPublishedEvent(l); err == nil {
			l2 = ev.Id
		}
	}
	pol := f.policy
	pol.PublicOnly = false
	pol.MinNodes = 1
	f.send(f.buyer2, f.jobs, f.jb.PackSetPolicy(l2, pol), nil)
	f.snapshotJobs()
	a := f.defaultJob()
	a.listings = ids(f.listing, l2)
	id := f.create(f.buyer, a)
	want := crypto.Keccak256Hash([]byte{0x52, 0x01}, make([]byte, 30), []byte{0x52, 0x02}, make([]byte, 30))
	if got := f.job(id).DataRoot; got != want {
		t.Fatalf("data root %x, want %x", got, want)
	}
	out := []byte("joined groups: 12")
	// Settled at two of three; n3's reward goes back to the buyer.
	f.submit(result{jobID: id, nodeID: f.n1, output: out, size: uint64(len(out)), cost: 4, cid: "c1"})
	f.submit(result{jobID: id, nodeID: f.n2, output: out, size: uint64(len(out)), cost: 4, cid: "c2"})
	f.wantJobState(id, jobSettled)
	f.withdrawJobs()
	f.reconcileJobs(map[*account]*big.Int{
		f.buyer:   neg(add(jobPrice, jobPrice, jobReward, jobReward)),
		f.seller:  jobPrice,
		f.buyer2:  jobPrice,
		f.xowner:  jobReward,
		f.xowner2: jobReward,
	})
}

func TestJobReview(t *testing.T) {
	f := newJobsFixture(t)
	id := f.create(f.buyer, f.defaultJob())
	f.jobsRevert(f.buyer, f.jb.PackReview(id, 5, 4, "bafycomment"), nil, &contracts.JobsWrongJobState{JobId: id, State: jobOpen})
	f.submit(result{jobID: id, nodeID: f.n1, output: []byte("r"), size: 1, cost: 1, cid: "c1"})
	f.submit(result{jobID: id, nodeID: f.n3, output: []byte("r"), size: 1, cost: 1, cid: "c3"})
	f.jobsRevert(f.buyer2, f.jb.PackReview(id, 5, 4, ""), nil, &contracts.JobsNotJobBuyer{JobId: id, Caller: f.buyer2.addr})
	f.jobsRevert(f.buyer, f.jb.PackReview(id, 0, 4, ""), nil, &contracts.JobsInvalidRating{Rating: 0})
	f.jobsRevert(f.buyer, f.jb.PackReview(id, 5, 6, ""), nil, &contracts.JobsInvalidRating{Rating: 6})
	f.send(f.buyer, f.jobs, f.jb.PackReview(id, 5, 4, "bafycomment"), nil)
	f.jobsRevert(f.buyer, f.jb.PackReview(id, 5, 4, ""), nil, &contracts.JobsJobAlreadyReviewed{JobId: id})
	if s := call(f.env, f.jobs, f.jb.PackSellerStats(f.seller.addr), f.jb.UnpackSellerStats); s.Count != 1 || s.Sum != 5 {
		t.Fatalf("seller stats %+v, want 1 review of 5", s)
	}
	for _, c := range []struct {
		node      *big.Int
		count, sm uint64
	}{{f.n1, 1, 4}, {f.n2, 0, 0}, {f.n3, 1, 4}} {
		if s := call(f.env, f.jobs, f.jb.PackNodeStats(c.node), f.jb.UnpackNodeStats); s.Count != c.count || s.Sum != c.sm {
			t.Errorf("node %s stats %+v, want %d reviews summing to %d", c.node, s, c.count, c.sm)
		}
	}
	_, err := bind.Call(f.jobs, nil, f.jb.PackGetJob(big.NewInt(9)), f.jb.UnpackGetJob)
	if err == nil {
		t.Fatal("getJob of an unknown job succeeded")
	}
	f.checkJobsErr(err, &contracts.JobsUnknownJob{JobId: big.NewInt(9)})
}

// TestJobUnfilledSlot: an open slot no node takes is refunded to the buyer when the named nodes settle.
func TestJobUnfilledSlot(t *testing.T) {
	f := newJobsFixture(t)
	a := f.defaultJob()
	a.nodes = ids(f.n1, f.n2, big.NewInt(0))
	id := f.create(f.buyer, a)
	f.submit(result{jobID: id, nodeID: f.n1, output: []byte("r"), size: 1, cost: 1, cid: "c1"})
	f.submit(result{jobID: id, nodeID: f.n2, output: []byte("r"), size: 1, cost: 1, cid: "c2"})
	f.wantJobState(id, jobSettled)
	f.jobsRevert(f.relayer, f.jb.PackAcceptJob(id, f.n3), nil, &contracts.JobsWrongJobState{JobId: id, State: jobSettled})
	f.withdrawJobs()
	f.reconcileJobs(map[*account]*big.Int{
		f.buyer:   neg(add(jobPrice, jobReward, jobReward)),
		f.seller:  jobPrice,
		f.xowner:  jobReward,
		f.xowner2: jobReward,
	})
}

// TestJobWithdrawReentrancy: a seller that is a contract tries to re-enter Jobs.withdraw while receiving its
// price; the re-entry fails and the seller is paid exactly once.
func TestJobWithdrawReentrancy(t *testing.T) {
	f := newJobsFixture(t)
	abiJSON, err := os.ReadFile("testdata/ReentrantReceiver.abi")
	if err != nil {
		t.Fatal(err)
	}
	bin, err := os.ReadFile("testdata/ReentrantReceiver.bin")
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := abi.JSON(strings.NewReader(string(abiJSON)))
	if err != nil {
		t.Fatal(err)
	}
	args, err := parsed.Pack("", f.jobsAddr)
	if err != nil {
		t.Fatal(err)
	}
	addr, tx, err := bind.DeployContract(f.opts(f.seller, nil), common.FromHex(string(bin)), f.client, args)
	if err != nil {
		t.Fatal(err)
	}
	f.sim.Commit()
	f.receipt(f.seller, tx, true)
	attacker := bind.NewBoundContract(addr, parsed, f.client, f.client, f.client)
	exec := func(to common.Address, data []byte) {
		t.Helper()
		packed, err := parsed.Pack("exec", to, new(big.Int), data)
		if err != nil {
			t.Fatal(err)
		}
		f.send(f.seller, attacker, packed, nil)
	}
	view := func(name string) *big.Int {
		t.Helper()
		packed, _ := parsed.Pack(name)
		return call(f.env, attacker, packed, func(b []byte) (*big.Int, error) { return new(big.Int).SetBytes(b), nil })
	}
	exec(f.marketAddr, f.mkt.PackPublish(listingParams(eth(1), 1, 10)))
	listing := call(f.env, f.market, f.mkt.PackListingCount(), f.mkt.UnpackListingCount)
	exec(f.jobsAddr, f.jb.PackSetPolicy(listing, f.policy))
	exec(f.jobsAddr, f.jb.PackAllowAlgorithm(listing, algo))
	a := f.defaultJob()
	a.listings = ids(listing)
	id := f.create(f.buyer, a)
	f.submit(result{jobID: id, nodeID: f.n1, output: []byte("r"), size: 1, cost: 1, cid: "c1"})
	f.submit(result{jobID: id, nodeID: f.n2, output: []byte("r"), size: 1, cost: 1, cid: "c2"})
	if c := call(f.env, f.jobs, f.jb.PackCredit(addr), f.jb.UnpackCredit); c.Cmp(jobPrice) != 0 {
		t.Fatalf("contract seller credit %s, want %s", c, jobPrice)
	}
	exec(f.jobsAddr, f.jb.PackWithdraw())
	if got := view("reentries"); got.Int64() != 1 {
		t.Errorf("re-entry attempts %s, want 1", got)
	}
	if got := view("reentriesSucceeded"); got.Sign() != 0 {
		t.Errorf("%s re-entries succeeded, want 0", got)
	}
	if got := f.balance(addr); got.Cmp(jobPrice) != 0 {
		t.Errorf("contract balance %s, want exactly the price %s", got, jobPrice)
	}
}
