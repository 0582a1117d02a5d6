package market_test

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/contracts"
	"github.com/datatrade/datatrade/market"
)

var (
	jobMeasurement = common.Hash{0xc0, 0x4e}
	jobAlgorithm   = crypto.Keccak256Hash([]byte("stats.wasm"))
	jobSalt        = []byte("the buyer's job salt")
)

// jobsEnv is the market env with a compute policy on a listing and three
// compute nodes run by exOwner, other and admin.
type jobsEnv struct {
	*env
	j       *market.Jobs
	listing uint64
	nodes   []uint64
	keys    []*ecdsa.PrivateKey
	ops     []*chain.Account
	policy  market.ComputePolicy
}

func newJobsEnv(t *testing.T) *jobsEnv {
	t.Helper()
	e := newEnv(t)
	_, listing := e.setup(t, eth(10))
	j, err := e.m.Jobs()
	if err != nil {
		t.Fatalf("Jobs: %v", err)
	}
	je := &jobsEnv{env: e, j: j, listing: listing, ops: []*chain.Account{e.exOwner, e.other, e.admin}}
	je.policy = market.ComputePolicy{
		ComputeAllowed: true, PublicOnly: true, MinNodes: 3, MaxOutputPerJob: 4096, OutputBudget: 10000,
		PricePerJob: eth(1), AcceptedMeasurements: []common.Hash{jobMeasurement},
	}
	e.send(t, e.seller, mustTx(t)(j.SetPolicyTx(listing, je.policy)))
	e.send(t, e.seller, j.AllowAlgorithmTx(listing, jobAlgorithm))
	ctx := testCtx(t)
	for i, op := range je.ops {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'n', 'o', 'd', 'e'}))
		if err != nil {
			t.Fatal(err)
		}
		id, _, err := j.RegisterNode(ctx, op, market.ComputeNode{Signer: crypto.PubkeyToAddress(key.PublicKey), Measurement: jobMeasurement, Endpoint: "http://127.0.0.1:1", EvidenceCID: "bafy-evidence"})
		if err != nil {
			t.Fatalf("RegisterNode: %v", err)
		}
		je.nodes = append(je.nodes, id)
		je.keys = append(je.keys, key)
	}
	return je
}

func mustTx(t *testing.T) func(market.Tx, error) market.Tx {
	return func(tx market.Tx, err error) market.Tx {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return tx
	}
}

func (je *jobsEnv) params() market.JobParams {
	return market.JobParams{
		Listings: []uint64{je.listing}, AlgorithmHash: jobAlgorithm, Nodes: je.nodes, Quorum: 2,
		RewardPerNode: big.NewInt(1e15), Deadline: time.Now().Add(time.Hour), BuyerKey: []byte("buyer key"), MaxOutput: 1024, MaxCost: 1 << 30,
	}
}

// result builds node i's signed statement over output for job, signed over
// the Go digest.
func (je *jobsEnv) result(t *testing.T, job *market.Job, i int, output []byte, cid string) (market.JobResult, []byte) {
	t.Helper()
	r := market.JobResult{
		JobID: job.ID, NodeID: je.nodes[i], AlgorithmHash: job.AlgorithmHash, DataRoot: job.DataRoot,
		ResultHash: market.JobResultHash(jobSalt, output), Size: uint64(len(output)), Cost: 31337,
		ResultCIDHash: market.ResultCIDHash(cid),
	}
	sig, err := crypto.Sign(je.d.JobResultDigest(je.j.Address(), r).Bytes(), je.keys[i])
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return r, sig
}

func TestJobsDigestAndQuorum(t *testing.T) {
	je := newJobsEnv(t)
	ctx := testCtx(t)
	if je.d.Jobs == (common.Address{}) {
		t.Fatal("Deploy left the Jobs address empty")
	}
	jobID, _, err := je.j.CreateJob(ctx, je.env.buyer, je.params())
	if err != nil {
		t.Fatalf("CreateJob: %v", err)
	}
	job, err := je.j.Job(ctx, jobID)
	if err != nil {
		t.Fatal(err)
	}
	l, err := je.m.Listing(ctx, je.listing)
	if err != nil {
		t.Fatal(err)
	}
	if want := market.JobDataRoot([]common.Hash{l.Root}); job.DataRoot != want {
		t.Fatalf("data root %x, want %x", job.DataRoot, want)
	}
	if job.State != market.JobOpen || job.PriceTotal.Cmp(eth(1)) != 0 || len(job.Nodes) != 3 || job.Listings[0].Seller != je.seller.Address {
		t.Fatalf("job after create: %+v", job)
	}

	// The Go digest equals the contract's.
	right := []byte(`{"mean":4.5,"n":10}`)
	r, sig := je.result(t, job, 0, right, "bafy-r0")
	jb := contracts.NewJobs()
	out, err := je.c.Call(ctx, common.Address{}, je.j.Address(), jb.PackJobResultDigest(contracts.JobsJobResult{
		JobId: big.NewInt(int64(r.JobID)), NodeId: big.NewInt(int64(r.NodeID)), AlgorithmHash: r.AlgorithmHash, DataRoot: r.DataRoot,
		ResultHash: r.ResultHash, Size: new(big.Int).SetUint64(r.Size), Cost: new(big.Int).SetUint64(r.Cost), ResultCidHash: r.ResultCIDHash,
	}))
	if err != nil {
		t.Fatal(err)
	}
	onChain, err := jb.UnpackJobResultDigest(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := je.d.JobResultDigest(je.j.Address(), r); got != common.Hash(onChain) {
		t.Fatalf("Go digest %x, contract %x", got, onChain)
	}
	// Another verifying contract gives another digest.
	if je.d.JobResultDigest(je.d.Escrow, r) == common.Hash(onChain) {
		t.Fatal("digest does not depend on the Jobs address")
	}

	// Node 0 right, node 2 faulty, node 1 right: settled at two.
	je.send(t, je.other, mustTx(t)(je.j.SubmitResultTx(r, "bafy-r0", sig)))
	rf, sigf := je.result(t, job, 2, []byte(`{"mean":0,"n":10}`), "bafy-r2")
	je.send(t, je.other, mustTx(t)(je.j.SubmitResultTx(rf, "bafy-r2", sigf)))
	r1, sig1 := je.result(t, job, 1, right, "bafy-r1")
	je.send(t, je.other, mustTx(t)(je.j.SubmitResultTx(r1, "bafy-r1", sig1)))

	job, err = je.j.Job(ctx, jobID)
	if err != nil {
		t.Fatal(err)
	}
	if job.State != market.JobSettled || job.AgreedResultHash != market.JobResultHash(jobSalt, right) || job.AgreedCost != 31337 {
		t.Fatalf("job after quorum: state %s, agreed %x cost %d", job.State, job.AgreedResultHash, job.AgreedCost)
	}
	var cids []string
	for _, n := range job.AgreedResults() {
		cids = append(cids, n.ResultCID)
	}
	if strings.Join(cids, ",") != "bafy-r0,bafy-r1" {
		t.Fatalf("agreed results at %v, want bafy-r0,bafy-r1", cids)
	}
	for _, c := range []struct {
		who  *chain.Account
		want *big.Int
	}{
		{je.seller, eth(1)},
		{je.exOwner, big.NewInt(1e15)},
		{je.other, big.NewInt(1e15)},
		{je.admin, new(big.Int)}, // the faulty node's operator
		{je.env.buyer, big.NewInt(1e15)},
	} {
		got, err := je.j.Credit(ctx, c.who.Address)
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(c.want) != 0 {
			t.Errorf("credit of %s: %s, want %s", c.who.Address, got, c.want)
		}
	}
	used, err := je.j.OutputUsed(ctx, je.listing, je.env.buyer.Address)
	if err != nil {
		t.Fatal(err)
	}
	if used != uint64(len(right)) {
		t.Fatalf("output used %d, want %d", used, len(right))
	}
	b0, _ := je.c.Balance(ctx, je.seller.Address)
	rcpt := je.send(t, je.seller, je.j.WithdrawTx())
	b1, _ := je.c.Balance(ctx, je.seller.Address)
	gas := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	if got := new(big.Int).Sub(b1, b0); got.Cmp(new(big.Int).Sub(eth(1), gas)) != 0 {
		t.Fatalf("seller withdrew %s, want 1 ether minus gas %s", got, gas)
	}
	credits, held, err := je.j.Totals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bal, _ := je.c.Balance(ctx, je.j.Address())
	if new(big.Int).Add(credits, held).Cmp(bal) != 0 || held.Sign() != 0 {
		t.Fatalf("jobs balance %s, credits %s + held %s", bal, credits, held)
	}
	if _, err := je.j.ReviewTx(jobID, 0, 5, ""); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Fatalf("rating 0: %v, want EINVALID", err)
	}
	je.send(t, je.env.buyer, mustTx(t)(je.j.ReviewTx(jobID, 5, 4, "")))
}

func TestJobsErrors(t *testing.T) {
	je := newJobsEnv(t)
	ctx := testCtx(t)
	p := je.params()
	cases := []struct {
		name string
		mod  func(*market.JobParams)
		code string
		msg  string
	}{
		{"quorum not a majority", func(p *market.JobParams) { p.Quorum = 1 }, datatrade.EINVALID, "more than half"},
		{"no listings", func(p *market.JobParams) { p.Listings = nil }, datatrade.EINVALID, "listing"},
		{"no key", func(p *market.JobParams) { p.BuyerKey = nil }, datatrade.EINVALID, "public key"},
		{"no cost budget", func(p *market.JobParams) { p.MaxCost = 0 }, datatrade.EINVALID, "max cost"},
		{"unknown listing", func(p *market.JobParams) { p.Listings = []uint64{9} }, datatrade.ENOTFOUND, "listing 9"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := p
			c.mod(&q)
			_, _, err := je.j.CreateJob(ctx, je.env.buyer, q)
			if datatrade.ErrorCode(err) != c.code || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("got %v (%s), want %s mentioning %q", err, datatrade.ErrorCode(err), c.code, c.msg)
			}
		})
	}
	// The contract's refusals come back explained: over the per-job maximum,
	// and the spread-out leak once the budget is used.
	q := p
	q.MaxOutput = 5000
	_, _, err := je.j.CreateJob(ctx, je.env.buyer, q)
	var rev *chain.RevertError
	if datatrade.ErrorCode(err) != datatrade.ECONFLICT || !strings.Contains(err.Error(), "at most 4096 bytes") || !errors.As(err, &rev) || rev.Name != "OutputAboveJobMax" {
		t.Fatalf("maxOutput 5000: %v", err)
	}
	q.MaxOutput = 4096
	for i := 0; i < 2; i++ {
		if _, _, err := je.j.CreateJob(ctx, je.env.buyer, q); err != nil {
			t.Fatalf("job %d: %v", i, err)
		}
	}
	_, _, err = je.j.CreateJob(ctx, je.env.buyer, q)
	if datatrade.ErrorCode(err) != datatrade.ECONFLICT || !strings.Contains(err.Error(), "used 8192 of the 10000 output bytes") {
		t.Fatalf("third job: %v", err)
	}

	r, sig := je.result(t, &market.Job{ID: 1}, 0, []byte("x"), "bafy-x")
	if _, err := je.j.SubmitResultTx(r, "bafy-other", sig); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Fatalf("CID mismatch: %v, want EINVALID", err)
	}
	if _, err := je.j.Job(ctx, 99); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
		t.Fatalf("job 99: %v, want ENOTFOUND", err)
	}
	if _, err := je.j.Node(ctx, 99); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
		t.Fatalf("node 99: %v, want ENOTFOUND", err)
	}
	if _, err := je.j.Policy(ctx, 99); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
		t.Fatalf("policy of listing 99: %v, want ENOTFOUND", err)
	}
	if _, err := je.j.SetPolicyTx(je.listing, market.ComputePolicy{PricePerJob: eth(1)}); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Fatalf("policy without nodes: %v, want EINVALID", err)
	}
	_, err = je.m.Send(ctx, je.env.buyer, je.j.WithdrawTx())
	if datatrade.ErrorCode(err) != datatrade.ECONFLICT {
		t.Fatalf("withdraw without credit: %v, want ECONFLICT", err)
	}
	// A policy reads back as set.
	got, err := je.j.Policy(ctx, je.listing)
	if err != nil {
		t.Fatal(err)
	}
	if got.Owner != je.seller.Address || got.MaxOutputPerJob != 4096 || got.TotalUsed != 8192 || len(got.AcceptedMeasurements) != 1 || got.AcceptedMeasurements[0] != jobMeasurement {
		t.Fatalf("policy %+v", got)
	}
	n, err := je.j.Node(ctx, je.nodes[1])
	if err != nil || n.Operator != je.other.Address || !n.Active || n.Signer != crypto.PubkeyToAddress(je.keys[1].PublicKey) {
		t.Fatalf("node %+v, %v", n, err)
	}
	// A deployment without Jobs says so.
	old := *je.d
	old.Jobs = common.Address{}
	if _, err := market.New(je.c, &old).Jobs(); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
		t.Fatalf("deployment without Jobs: %v, want ENOTFOUND", err)
	}
}

func TestDeployJobs(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	addr, err := market.DeployJobs(ctx, e.c, e.admin, e.d)
	if err != nil {
		t.Fatal(err)
	}
	if addr == e.d.Jobs || addr == (common.Address{}) {
		t.Fatalf("DeployJobs returned %s (deployment's Jobs %s)", addr, e.d.Jobs)
	}
	jb := contracts.NewJobs()
	out, err := e.c.Call(ctx, common.Address{}, addr, jb.PackDomainSeparator())
	if err != nil {
		t.Fatal(err)
	}
	sep, err := jb.UnpackDomainSeparator(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := e.d.JobsDomainSeparator(addr); got != common.Hash(sep) {
		t.Fatalf("Go domain separator %x, contract %x", got, sep)
	}
	// The address survives a save and load.
	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := e.d.Save(path); err != nil {
		t.Fatal(err)
	}
	d2, err := market.LoadDeployment(path)
	if err != nil {
		t.Fatal(err)
	}
	if d2.Jobs != e.d.Jobs {
		t.Fatalf("loaded Jobs %s, saved %s", d2.Jobs, e.d.Jobs)
	}
	b, _ := json.Marshal(e.d)
	if !bytes.Contains(b, []byte(`"jobs"`)) {
		t.Fatalf("deployment JSON lacks jobs: %s", b)
	}
	if _, err := market.DeployJobs(ctx, e.c, e.admin, &market.Deployment{}); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Fatalf("DeployJobs without a Market: %v, want EINVALID", err)
	}
}

func TestJobDataRootAndResultHash(t *testing.T) {
	a, b := common.Hash{1}, common.Hash{2}
	if market.JobDataRoot([]common.Hash{a, b}) == market.JobDataRoot([]common.Hash{b, a}) {
		t.Fatal("data root ignores the order of listings")
	}
	if got, want := market.JobDataRoot([]common.Hash{a, b}), crypto.Keccak256Hash(a[:], b[:]); got != want {
		t.Fatalf("data root %x, want %x", got, want)
	}
	if market.JobResultHash([]byte("s1"), []byte("r")) == market.JobResultHash([]byte("s2"), []byte("r")) {
		t.Fatal("result hash ignores the salt")
	}
	for _, s := range []market.JobState{market.JobNone, market.JobOpen, market.JobSettled, market.JobExpired, 9} {
		if s.String() == "" {
			t.Fatalf("state %d has no name", s)
		}
	}
}

// TestJobCreatedLayout pins the JobCreated event that enclaves learn a job
// from (package compute/job decodes exactly this layout).
func TestJobCreatedLayout(t *testing.T) {
	a := contracts.NewJobs().GetABI()
	ev, ok := a.Events["JobCreated"]
	if !ok {
		t.Fatal("no JobCreated event")
	}
	const want = "JobCreated(uint256,address,bytes32,uint256[],address[],bytes32[],uint256[],uint256,uint256,uint256,uint64,bytes)"
	if ev.Sig != want || ev.ID != crypto.Keccak256Hash([]byte(want)) {
		t.Fatalf("JobCreated is %s, want %s", ev.Sig, want)
	}
	if !ev.Inputs[0].Indexed || !ev.Inputs[1].Indexed || ev.Inputs[2].Indexed {
		t.Fatal("JobCreated must index jobId and buyer only")
	}
}

func BenchmarkJobResultDigest(b *testing.B) {
	d := &market.Deployment{ChainID: 1337, Salt: common.Hash{1}}
	r := market.JobResult{JobID: 1, NodeID: 2, AlgorithmHash: common.Hash{3}, DataRoot: common.Hash{4}, ResultHash: common.Hash{5}, Size: 6, Cost: 7, ResultCIDHash: common.Hash{8}}
	jobs := common.Address{9}
	for b.Loop() {
		_ = d.JobResultDigest(jobs, r)
	}
}
