package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/agent"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/compute/examples/go/analysis"
	"github.com/datatrade/datatrade/compute/host"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

// computeSummary is what the compute act leaves.
type computeSummary struct {
	// Simulated is true: the nodes' enclaves are simulations (no TEE).
	Simulated bool   `json:"simulated"`
	Guest     string `json:"guest"`
	ListingID uint64 `json:"listingId"`
	JobID     uint64 `json:"jobId"`
	// Nodes are the compute nodes' ids; FaultyNode is the one that
	// returned a wrong result.
	Nodes      []uint64        `json:"nodes"`
	FaultyNode uint64          `json:"faultyNode"`
	State      market.JobState `json:"state"`
	PaidNodes  []uint64        `json:"paidNodes"`
	AgreedHash common.Hash     `json:"agreedResultHash"`
	// Result is what the buyer decrypted; Expected the same analysis run
	// natively on the plaintext, for comparison.
	Result   string `json:"result"`
	Expected string `json:"expected"`
	// SellerPaid, NodeReward and BuyerRefund are what the contract paid.
	SellerPaid  *big.Int `json:"sellerPaidWei"`
	NodeReward  *big.Int `json:"nodeRewardWei"`
	BuyerRefund *big.Int `json:"buyerRefundWei"`
	// BudgetUsed is the buyer's output budget used on the listing after
	// the job (the largest result any node submitted).
	BudgetUsed uint64 `json:"budgetUsed"`
}

// computeNode is one compute node of the act: a compute/host service with
// a simulated enclave, serving its API on 127.0.0.1.
type computeNode struct {
	role  string
	index int
	id    uint64
	url   string
	svc   *host.Service
	cl    *host.Client
	stop  func()
}

// startComputeService starts role's compute node service in dir: it
// registers the enclave from role's account (gas booked), reopens the
// service with its node id and serves it. With submit unset the host has
// no operator account and submits nothing.
func (d *demo) startComputeService(ctx context.Context, role string, dir string, submit bool) (*computeNode, error) {
	jobs, err := d.m.Jobs()
	if err != nil {
		return nil, err
	}
	op := d.parties[role].acct
	cfg := computeNodeConfig{m: d.m, rpc: d.rpc, dir: dir, listen: "127.0.0.1:0",
		opts: host.Options{Authority: d.node.AuthorityAddress(), Confirmations: 1, PollInterval: 50 * time.Millisecond, Log: d.a.log}}
	if submit {
		cfg.op = op
	}
	rc, err := startComputeNode(ctx, cfg)
	if err != nil {
		return nil, err
	}
	info := rc.svc.Info()
	id, rcpt, err := jobs.RegisterNode(ctx, op, market.ComputeNode{Signer: info.Keys.SigningAddress, Measurement: common.Hash(info.MeasurementID),
		Endpoint: rc.url, EvidenceCID: "simulated"})
	_ = rc.svc.Close()
	if err != nil {
		_ = rc.ln.Close()
		return nil, err
	}
	d.paid(role, rcpt)
	cfg.ln, cfg.nodeID = rc.ln, id
	if rc, err = startComputeNode(ctx, cfg); err != nil {
		_ = cfg.ln.Close()
		return nil, err
	}
	sctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan error, 1)
	go func() { done <- serveCompute(sctx, rc) }()
	index := len(d.computeRoles(role))
	return &computeNode{role: role, index: index, id: id, url: rc.url, svc: rc.svc, cl: host.NewClient(rc.url, &http.Client{Timeout: 30 * time.Second}),
		stop: func() { cancel(); <-done }}, nil
}

// computeRoles returns the node roles before role ("node-1", "node-2", …).
func (d *demo) computeRoles(role string) []string {
	var out []string
	for i := 1; ; i++ {
		r := fmt.Sprintf("node-%d", i)
		if r == role {
			return out
		}
		out = append(out, r)
	}
}

// waitComputeNode polls n's status of job id until ok, failing on a job
// that failed on the node.
func waitComputeNode(ctx context.Context, n *computeNode, id uint64, ok func(*host.JobStatus) bool) (*host.JobStatus, error) {
	deadline := time.Now().Add(time.Minute)
	for {
		st, err := n.cl.Status(ctx, id)
		switch {
		case err == nil && ok(st):
			return st, nil
		case err == nil && st.State == host.StateFailed:
			return nil, fmt.Errorf("demo: job %d failed on node %d: %s", id, n.id, st.Reason)
		case time.Now().After(deadline):
			return nil, fmt.Errorf("demo: node %d did not finish job %d: %+v (%v)", n.id, id, st, err)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// computeAct is the compute-to-data story (SDTE, Version 2): a buyer's
// regression runs on the seller's encrypted listing inside the enclaves of
// three nodes; one node is faulty and returns a wrong result; the Jobs
// contract settles on the two that agree, pays the seller and them, refunds
// the faulty node's reward, and the buyer decrypts the agreed result.
func (d *demo) computeAct(ctx context.Context) error {
	if d.node == nil {
		d.a.say("Act 4 (compute) — skipped: it needs the embedded chain (its dev keys 6–8 and its header authority; run without --rpc)")
		return nil
	}
	d.a.say("")
	d.a.say("Act 4 — compute: a buyer's regression on the seller's data in three enclaves, one faulty (SIMULATION: no TEE hardware)")
	work := filepath.Join(d.dir, "compute")
	if err := os.MkdirAll(work, 0o700); err != nil {
		return fmt.Errorf("compute act: %w", err)
	}
	module, guest, err := d.a.cRegressGuest(ctx, benchComputeConfig{workDir: work})
	if err != nil {
		d.a.say("  (the C guest is unavailable: %s; trying the Go guest)", datatrade.ErrorMessage(err))
		if module, guest, err = d.a.goRegressGuest(ctx, benchComputeConfig{workDir: work}); err != nil {
			d.a.say("Act 4 (compute) — skipped: no compiler for the WebAssembly guest (%s)", datatrade.ErrorMessage(err))
			return nil
		}
	}
	roles := []string{"node-1", "node-2", "node-3"}
	for i, role := range roles {
		if err := d.addParty(ctx, role, devnode.DevKey(6+i)); err != nil {
			return err
		}
	}
	jobs, err := d.m.Jobs()
	if err != nil {
		return err
	}
	d.holders["Jobs"] = jobs.Address()
	dep := d.m.Deployment()
	jdep := jobDeployment(dep)
	sum := &computeSummary{Simulated: true, Guest: guest}
	d.summary.Acts["compute"] = sum
	send := func(role string, tx market.Tx) (*types.Receipt, error) {
		rcpt, err := jobs.Send(ctx, d.parties[role].acct, tx)
		if err != nil {
			return nil, err
		}
		d.paid(role, rcpt)
		if tx.Value != nil {
			d.flow(role, new(big.Int).Neg(tx.Value))
		}
		return rcpt, nil
	}

	// C1. The seller publishes sensor readings and sets a compute policy.
	st, err := store.OpenLocal(filepath.Join(d.dir, "store"), store.LocalOptions{})
	if err != nil {
		return err
	}
	var csv bytes.Buffer
	csv.WriteString("load_kw,temperature_c\n")
	for i := 0; i < 400; i++ {
		x := float64(i%100) / 4
		fmt.Fprintf(&csv, "%.2f,%.2f\n", x, 3.5+0.8*x+float64((i*37)%11-5)/10)
	}
	pp, secrets, err := prepareDataset(ctx, st, bytes.NewReader(csv.Bytes()), 2<<10)
	if err != nil {
		return err
	}
	pp.Price, pp.Licence = ether("2"), datatrade.UseRight
	seller := d.parties["seller"]
	listing, rcpt, err := d.m.Publish(ctx, seller.acct, pp)
	if err != nil {
		return err
	}
	d.paid("seller", rcpt)
	sum.ListingID = listing

	// C2. Three compute node services with simulated enclaves on
	// 127.0.0.1, each registered by its operator; their light clients trust
	// the chain from a checkpoint on, through the dev chain's authority.
	pump := startBlockPump(ctx, d.node, 100*time.Millisecond)
	defer pump.halt()
	var nodes []*computeNode
	var measurement common.Hash
	for i, role := range roles {
		// SIMULATION: the faulty node's host gets no operator account, so
		// it never submits its enclave's honest result (see C5).
		n, err := d.startComputeService(ctx, role, filepath.Join(work, role), i < 2)
		if err != nil {
			return err
		}
		defer n.stop()
		nodes = append(nodes, n)
		measurement = common.Hash(n.svc.Info().MeasurementID)
		sum.Nodes = append(sum.Nodes, n.id)
	}
	cfg := nodes[0].svc.Info().Config
	faulty := nodes[2]
	sum.FaultyNode = faulty.id
	alg := job.AlgorithmHash(module)
	pol := market.ComputePolicy{ComputeAllowed: true, PublicOnly: true, MinNodes: 3, MaxOutputPerJob: 256, OutputBudget: 1024,
		PricePerJob: ether("0.05"), AcceptedMeasurements: []common.Hash{measurement}}
	tx, err := jobs.SetPolicyTx(listing, pol)
	if err != nil {
		return err
	}
	if _, err := send("seller", tx); err != nil {
		return err
	}
	if _, err := send("seller", jobs.AllowAlgorithmTx(listing, alg)); err != nil {
		return err
	}
	d.step("4.1 The seller publishes listing #%d (%d rows of sensor readings, encrypted, root %s) with a compute policy: %s per job, allow-listed algorithms only (it reviewed the regression, %s), at least 3 nodes of measurement %s, 256 bytes per job, 1024 per buyer",
		listing, 400, short(pp.Root), datatrade.FormatAmount(pol.PricePerJob), short(alg), short(measurement))
	d.step("4.2 Three operators start compute node services on 127.0.0.1 (%s, %s, %s) and register them as nodes #%d, #%d, #%d; their enclaves are SIMULATED (no TEE hardware), their light clients follow the chain from block %d",
		nodes[0].url, nodes[1].url, nodes[2].url, nodes[0].id, nodes[1].id, nodes[2].id, cfg.Checkpoint.Number)

	// C3. The buyer creates the job, paid in advance, and the named nodes
	// accept it.
	buyer := d.parties["buyer"]
	buyerKey, err := envelope.GenerateKey(rand.Reader, envelope.DefaultKEM)
	if err != nil {
		return err
	}
	salt, err := job.NewSalt(rand.Reader)
	if err != nil {
		return err
	}
	now, err := chainNow(ctx, d.m)
	if err != nil {
		return err
	}
	reward := ether("0.01")
	p := market.JobParams{Listings: []uint64{listing}, AlgorithmHash: alg, Nodes: sum.Nodes, Quorum: 2, RewardPerNode: reward,
		Deadline: now.Add(time.Hour), BuyerKey: buyerKey.Public().Bytes(), MaxOutput: 256, MaxCost: 1 << 32}
	createTx, err := jobs.CreateJobTx(ctx, p)
	if err != nil {
		return err
	}
	created, err := send("buyer", createTx)
	if err != nil {
		return err
	}
	jobID, err := jobs.JobCreatedID(created)
	if err != nil {
		return err
	}
	sum.JobID = jobID
	for _, n := range nodes {
		if _, err := send(n.role, jobs.AcceptJobTx(jobID, n.id)); err != nil {
			return err
		}
	}
	d.step("4.3 The buyer creates job #%d: the regression on listing #%d, nodes %v, quorum 2, paying %s now (price per job %s + 3 × %s rewards); the nodes accept",
		jobID, listing, sum.Nodes, datatrade.FormatAmount(createTx.Value), datatrade.FormatAmount(pol.PricePerJob), datatrade.FormatAmount(reward))

	// C4. Each node's host learns the job from the chain and its enclave
	// verifies it from evidence; the seller's agent (not the seller) hands
	// each attested node the data key by the listing's policy; the buyer
	// attests the nodes and sends its encrypted module over HTTP.
	jw, err := agent.NewJobWatcher(agent.JobOptions{Market: d.m, Owner: d.parties["seller"].acct, Store: st, Verifiers: enclave.Verifiers{sim.Verifier{}},
		Policy: agent.Policy{AllowSimulation: true}, MinQuorum: 2, FromJob: jobID, PollInterval: 100 * time.Millisecond, Log: slog.New(slog.DiscardHandler),
		Secrets: func(context.Context, *datatrade.Listing) (envelope.Secrets, error) { return secrets, nil }})
	if err != nil {
		return err
	}
	wctx, stopWatcher := context.WithCancel(ctx)
	watched := make(chan error, 1)
	go func() { watched <- jw.Run(wctx) }()
	defer func() { stopWatcher(); <-watched }()
	hc := &http.Client{Timeout: 30 * time.Second}
	j, err := jobs.Job(ctx, jobID)
	if err != nil {
		return err
	}
	var keys []enclave.PublicKeys
	for _, n := range j.Nodes {
		_, info, err := d.a.attestJobNode(ctx, jobs, dep, n, hc, true)
		if err != nil {
			return err
		}
		keys = append(keys, info.Keys)
	}
	bundle, err := prepareBundle(salt, jdep, jobID, module, true, buyer.acct, keys)
	if err != nil {
		return err
	}
	// The faulty node gets the module first, so that its wrong result is
	// on chain before the honest ones.
	order := []int{2, 0, 1}
	statuses := make([]*host.JobStatus, len(nodes))
	for k, i := range order {
		if _, err := sendWithRetry(ctx, nodes[i].cl, jobID, bundle, i, time.Minute); err != nil {
			return fmt.Errorf("node %d: %w", nodes[i].id, err)
		}
		want := func(st *host.JobStatus) bool { return st.State == host.StateSubmitted }
		if i == faulty.index {
			want = func(st *host.JobStatus) bool { return st.ResultCID != "" }
		}
		if statuses[i], err = waitComputeNode(ctx, nodes[i], jobID, want); err != nil {
			return err
		}
		if k > 0 {
			continue
		}
		d.step("4.4 The nodes' hosts learn job #%d from the chain; each enclave verifies it (receipt proof, authority-signed headers); the seller's agent attests each node against the listing's policy and hands it the data key; the buyer attests the nodes and sends its encrypted module over HTTP; each enclave checks the module's signature and hash and every chunk against R, and runs it: %d metered instructions",
			jobID, statuses[i].Cost)

		// C5. The faulty node submits first: its (simulated) enclave signs a
		// wrong result. Then the two honest nodes run and submit theirs.
		wrong := []byte("n=400 slope=0.000000 intercept=0.000000 r2=0.000000\n")
		sealedWrong, err := envelope.Wrap(buyerKey.Public(), job.ResultContext(jdep, jobID), wrong)
		if err != nil {
			return err
		}
		wrongCID, _, err := st.Put(ctx, bytes.NewReader(sealedWrong))
		if err != nil {
			return err
		}
		bad := market.JobResult{JobID: jobID, NodeID: faulty.id, AlgorithmHash: alg, DataRoot: j.DataRoot,
			ResultHash: crypto.Keccak256Hash([]byte("a wrong result")), Size: uint64(len(wrong)), Cost: statuses[i].Cost, ResultCIDHash: market.ResultCIDHash(wrongCID.String())}
		// SIMULATION: the host can use a simulated enclave's key; a real
		// faulty node is a broken or compromised enclave build.
		badSig, err := faulty.svc.Factotum().SignDigest([32]byte(dep.JobResultDigest(dep.Jobs, bad)))
		if err != nil {
			return err
		}
		badSig[64] += 27
		tx, err = jobs.SubmitResultTx(bad, wrongCID.String(), badSig)
		if err != nil {
			return err
		}
		if _, err := send(faulty.role, tx); err != nil {
			return err
		}
	}
	for _, n := range nodes[:2] {
		rcpt, err := d.c.Backend().TransactionReceipt(ctx, statuses[n.index].SubmitTx)
		if err != nil {
			return err
		}
		d.paid(n.role, rcpt)
	}
	if j, err = jobs.Job(ctx, jobID); err != nil {
		return err
	}
	if j.State != market.JobSettled {
		return fmt.Errorf("demo: job %d is %s after two agreeing results, want settled", jobID, j.State)
	}
	sum.State, sum.AgreedHash = j.State, j.AgreedResultHash
	for _, n := range j.AgreedResults() {
		sum.PaidNodes = append(sum.PaidNodes, n.NodeID)
	}
	d.step("4.5 Node #%d is faulty and submits a wrong result first; nodes #%d and #%d submit the same result hash %s, signed by their enclaves: the quorum of 2 is reached and job #%d is %s",
		faulty.id, nodes[0].id, nodes[1].id, short(j.AgreedResultHash), jobID, j.State)

	// C6. Everyone the contract owes withdraws; the faulty node gets nothing.
	credits := map[string]*big.Int{}
	for _, role := range append([]string{"seller", "buyer"}, roles...) {
		c, err := jobs.Credit(ctx, d.parties[role].Address)
		if err != nil {
			return err
		}
		credits[role] = c
		if c.Sign() == 0 {
			continue
		}
		if _, err := send(role, jobs.WithdrawTx()); err != nil {
			return err
		}
		d.flow(role, c)
	}
	if credits["node-3"].Sign() != 0 {
		return fmt.Errorf("demo: the faulty node was paid %s", credits["node-3"])
	}
	sum.SellerPaid, sum.NodeReward, sum.BuyerRefund = credits["seller"], credits["node-1"], credits["buyer"]
	if sum.BudgetUsed, err = jobs.OutputUsed(ctx, listing, buyer.Address); err != nil {
		return err
	}
	d.step("4.6 The contract paid the seller %s and nodes #%d and #%d %s each; the faulty node #%d got nothing and its reward (%s) went back to the buyer; all withdrawn",
		datatrade.FormatAmount(sum.SellerPaid), nodes[0].id, nodes[1].id, datatrade.FormatAmount(sum.NodeReward), faulty.id, datatrade.FormatAmount(sum.BuyerRefund))

	// C7. The buyer fetches an agreeing node's result from the node and
	// decrypts it; it must hash (with the salt) to the agreed hash.
	clients := make([]*host.Client, len(nodes))
	for i, n := range nodes {
		clients[i] = n.cl
	}
	res, from, err := fetchJobResult(ctx, nodeResults(clients), jdep, j, buyerKey, salt)
	if err != nil {
		return err
	}
	var want bytes.Buffer
	if err := analysis.Regress(bytes.NewReader(csv.Bytes()), &want); err != nil {
		return err
	}
	sum.Result, sum.Expected = string(res), want.String()
	if !bytes.Equal(res, want.Bytes()) {
		return fmt.Errorf("demo: the buyer decrypted %q, the native regression gives %q", res, want.Bytes())
	}
	d.step("4.7 The buyer fetches node #%d's result from the node over HTTP, decrypts it with its key and checks it against the agreed hash: %s (the native regression agrees; %d of its 1024 output bytes used)",
		from.NodeID, strings.TrimSpace(string(res)), sum.BudgetUsed)
	return nil
}
