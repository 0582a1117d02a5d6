package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/compute/examples/go/analysis"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/exchange/host"
	"github.com/datatrade/datatrade/lightclient"
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

// computeNode is one compute node of the act: its simulated enclave, light
// client and job runner.
type computeNode struct {
	role   string
	id     uint64
	f      *enclave.Factotum
	runner *job.Runner
}

// computeAct is the compute-to-data story (SDTE, Version 2): a buyer's
// regression runs on the seller's encrypted listing inside the enclaves of
// three nodes; one node is faulty and returns a wrong result; the Jobs
// contract settles on the two that agree, pays the seller and them, refunds
// the faulty node's reward, and the buyer decrypts the agreed result.
func (d *demo) computeAct(ctx context.Context) error {
	if d.node == nil {
		d.a.say("Act compute — skipped: it needs the embedded chain (its dev keys 6–8 and its header authority; run without --rpc)")
		return nil
	}
	d.a.say("")
	d.a.say("Act compute — a buyer's regression on the seller's data in three enclaves, one faulty (SIMULATION: no TEE hardware)")
	work := filepath.Join(d.dir, "compute")
	if err := os.MkdirAll(work, 0o700); err != nil {
		return fmt.Errorf("compute act: %w", err)
	}
	module, guest, err := d.a.cRegressGuest(ctx, benchComputeConfig{workDir: work})
	if err != nil {
		d.a.say("  (the C guest is unavailable: %s; trying the Go guest)", datatrade.ErrorMessage(err))
		if module, guest, err = d.a.goRegressGuest(ctx, benchComputeConfig{workDir: work}); err != nil {
			d.a.say("Act compute — skipped: no compiler for the WebAssembly guest (%s)", datatrade.ErrorMessage(err))
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

	// C2. Three nodes with simulated enclaves; their light clients trust
	// the chain from a checkpoint on, through the dev chain's authority.
	cfg, err := host.EnclaveConfig(ctx, d.rpc, dep, host.ConfigOptions{Authority: d.node.AuthorityAddress(), Confirmations: 1})
	if err != nil {
		return err
	}
	var nodes []*computeNode
	var keys []enclave.PublicKeys
	var measurement common.Hash
	for i, role := range roles {
		backend, err := sim.New(sim.Options{Code: []byte("datatrade compute node v1"), PlatformSecret: bytes.Repeat([]byte{byte(0x60 + i)}, 32), Rand: rand.Reader})
		if err != nil {
			return err
		}
		f, err := enclave.NewFactotum(backend, cfg, rand.Reader)
		if err != nil {
			return err
		}
		id := f.Identity()
		measurement = common.Hash(enclave.IDOf(id.Platform, id.Measurement))
		nodeID, rcpt, err := jobs.RegisterNode(ctx, d.parties[role].acct, market.ComputeNode{
			Signer: f.PublicKeys().SigningAddress, Measurement: measurement, Endpoint: "in-process", EvidenceCID: "simulated",
		})
		if err != nil {
			return err
		}
		d.paid(role, rcpt)
		lc, err := lightclient.New(cfg, lightclient.Options{})
		if err != nil {
			return err
		}
		r, err := job.New(ctx, job.Options{Factotum: f, Chain: exchange.LightClient{Client: lc}, Jobs: dep.Jobs, Node: nodeID, Logger: d.a.log})
		if err != nil {
			return err
		}
		defer r.Close(context.WithoutCancel(ctx))
		nodes = append(nodes, &computeNode{role: role, id: nodeID, f: f, runner: r})
		keys = append(keys, f.PublicKeys())
		sum.Nodes = append(sum.Nodes, nodeID)
	}
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
	d.step("C1. The seller publishes listing #%d (%d rows of sensor readings, encrypted, root %s) with a compute policy: %s per job, allow-listed algorithms only (it reviewed the regression, %s), at least 3 nodes of measurement %s, 256 bytes per job, 1024 per buyer",
		listing, 400, short(pp.Root), datatrade.FormatAmount(pol.PricePerJob), short(alg), short(measurement))
	d.step("C2. Three operators register compute nodes #%d, #%d, #%d; their enclaves are SIMULATED (no TEE hardware), their light clients follow the chain from block %d",
		nodes[0].id, nodes[1].id, nodes[2].id, cfg.Checkpoint.Number)

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
	d.step("C3. The buyer creates job #%d: the regression on listing #%d, nodes %v, quorum 2, paying %s now (price per job %s + 3 × %s rewards); the nodes accept",
		jobID, listing, sum.Nodes, datatrade.FormatAmount(createTx.Value), datatrade.FormatAmount(pol.PricePerJob), datatrade.FormatAmount(reward))

	// C4. Each enclave learns the job from chain evidence, takes the
	// buyer's encrypted module and salt, the seller agent's data key and
	// the ciphertext (checked against R), and runs.
	eb := host.NewEvidenceBuilder(d.rpc, cfg.HeaderAuth)
	head, err := eb.Latest(ctx)
	if err != nil {
		return err
	}
	ev, err := eb.ForTx(ctx, created.TxHash, cfg.Checkpoint.Number+1, head)
	if err != nil {
		return err
	}
	evidence, err := ev.Encode()
	if err != nil {
		return err
	}
	bundle, err := job.PrepareModule(jdep, jobID, module, salt, true, devnode.DevKey(3), keys)
	if err != nil {
		return err
	}
	blob, err := readBlob(ctx, st, pp.ContentCID)
	if err != nil {
		return err
	}
	terms := job.Terms{PublicOnly: true, Allowed: []common.Hash{alg}, MaxOutput: pol.MaxOutputPerJob, MinNodes: uint64(pol.MinNodes), MinQuorum: 2}
	outputs := make([]*job.Output, len(nodes))
	for i, n := range nodes {
		if _, err := n.runner.Open(jobID, evidence, nil); err != nil {
			return fmt.Errorf("node %d: %w", n.id, err)
		}
		if err := n.runner.LoadModule(ctx, jobID, bundle.Sealed[i], bundle.Module, bundle.Signature); err != nil {
			return fmt.Errorf("node %d: %w", n.id, err)
		}
		wrapped, sig, err := job.WrapDataKey(jdep, keys[i], jobID, listing, secrets, terms, devnode.DevKey(2))
		if err != nil {
			return err
		}
		if err := n.runner.HandOver(jobID, listing, terms, wrapped, sig); err != nil {
			return fmt.Errorf("node %d: %w", n.id, err)
		}
		if err := n.runner.LoadData(ctx, jobID, listing, bytes.NewReader(blob), int64(len(blob))); err != nil {
			return fmt.Errorf("node %d: %w", n.id, err)
		}
		if outputs[i], err = n.runner.Run(ctx, jobID); err != nil {
			return fmt.Errorf("node %d: %w", n.id, err)
		}
	}
	d.step("C4. Each enclave verifies the job from the chain (receipt proof, authority-signed headers), decrypts the buyer's module and checks its signature and hash, takes the data key the seller's agent wrapped to it, checks every chunk against R and runs the module: %d metered instructions",
		outputs[0].Result.Cost)

	// C5. The faulty node submits first: its (simulated) enclave signs a
	// wrong result. Then the two honest nodes submit theirs.
	wrong := []byte("n=400 slope=0.000000 intercept=0.000000 r2=0.000000\n")
	sealedWrong, err := envelope.Wrap(buyerKey.Public(), job.ResultContext(jdep, jobID), wrong)
	if err != nil {
		return err
	}
	wrongCID, _, err := st.Put(ctx, bytes.NewReader(sealedWrong))
	if err != nil {
		return err
	}
	fr := outputs[2].Result
	bad := market.JobResult{JobID: jobID, NodeID: faulty.id, AlgorithmHash: fr.AlgorithmHash, DataRoot: fr.DataRoot,
		ResultHash: crypto.Keccak256Hash([]byte("a wrong result")), Size: uint64(len(wrong)), Cost: fr.Cost, ResultCIDHash: market.ResultCIDHash(wrongCID.String())}
	// SIMULATION: the host can use a simulated enclave's key; a real
	// faulty node is a broken or compromised enclave build.
	badSig, err := faulty.f.SignDigest([32]byte(dep.JobResultDigest(dep.Jobs, bad)))
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
	for i, n := range nodes[:2] {
		cid, _, err := st.Put(ctx, bytes.NewReader(outputs[i].Sealed))
		if err != nil {
			return err
		}
		sr, err := n.runner.SignResult(jobID, cid.String())
		if err != nil {
			return err
		}
		r := sr.Result
		tx, err := jobs.SubmitResultTx(market.JobResult{JobID: r.JobID, NodeID: r.NodeID, AlgorithmHash: r.AlgorithmHash, DataRoot: r.DataRoot,
			ResultHash: r.ResultHash, Size: r.Size, Cost: r.Cost, ResultCIDHash: r.ResultCIDHash}, cid.String(), sr.Signature)
		if err != nil {
			return err
		}
		if _, err := send(n.role, tx); err != nil {
			return err
		}
	}
	j, err := jobs.Job(ctx, jobID)
	if err != nil {
		return err
	}
	if j.State != market.JobSettled {
		return fmt.Errorf("demo: job %d is %s after two agreeing results, want settled", jobID, j.State)
	}
	sum.State, sum.AgreedHash = j.State, j.AgreedResultHash
	for _, n := range j.AgreedResults() {
		sum.PaidNodes = append(sum.PaidNodes, n.NodeID)
	}
	d.step("C5. Node #%d is faulty and submits a wrong result first; nodes #%d and #%d submit the same result hash %s, signed by their enclaves: the quorum of 2 is reached and job #%d is %s",
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
	d.step("C6. The contract paid the seller %s and nodes #%d and #%d %s each; the faulty node #%d got nothing and its reward (%s) went back to the buyer; all withdrawn",
		datatrade.FormatAmount(sum.SellerPaid), nodes[0].id, nodes[1].id, datatrade.FormatAmount(sum.NodeReward), faulty.id, datatrade.FormatAmount(sum.BuyerRefund))

	// C7. The buyer fetches an agreeing node's result from the store and
	// decrypts it; it must hash (with the salt) to the agreed hash.
	res, from, err := fetchJobResult(ctx, st, jdep, j, buyerKey, salt)
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
	d.step("C7. The buyer fetches node #%d's result from the store, decrypts it with its key and checks it against the agreed hash: %s (the native regression agrees; %d of its 1024 output bytes used)",
		from.NodeID, strings.TrimSpace(string(res)), sum.BudgetUsed)
	return nil
}

// readBlob reads a whole blob from the store.
func readBlob(ctx context.Context, st store.Getter, cidText string) ([]byte, error) {
	c, err := store.ParseCID(cidText)
	if err != nil {
		return nil, err
	}
	r, err := st.Get(ctx, c)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}
