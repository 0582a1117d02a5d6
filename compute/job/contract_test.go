package job_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/compute/examples/go/analysis"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/compute/sandbox"
	"github.com/datatrade/datatrade/internal/simtest"
	"github.com/datatrade/datatrade/market"
)

// jobsChain is the real contracts on go-ethereum's simulated chain, with
// three compute nodes whose enclaves are registered as their signers.
type jobsChain struct {
	*world
	c          *chain.Client
	d          *market.Deployment
	m          *market.Client
	j          *market.Jobs
	admin      *chain.Account
	buyer      *chain.Account
	sellerKeys []*ecdsa.PrivateKey
}

var nodeMeasurement = common.Hash{0xc0, 0x4e}

func newJobsChain(t *testing.T, ctx context.Context) *jobsChain {
	t.Helper()
	var keys []*ecdsa.PrivateKey
	alloc := types.GenesisAlloc{}
	ether := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	for i := range 5 {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'j'}))
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, key)
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), ether)}
	}
	backend := simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = backend.Close() })
	c := chain.NewClient(simtest.AutoCommit(t, backend), chain.WithPollInterval(5*time.Millisecond))
	jc := &jobsChain{c: c, admin: chain.NewAccount(keys[0]), buyer: chain.NewAccount(keys[1]), sellerKeys: keys[2:4]}
	var err error
	if jc.d, err = market.Deploy(ctx, c, jc.admin, market.DeployOptions{}, nil); err != nil {
		t.Fatalf("Deploy: %v", err)
	}
	if jc.d.Jobs == (common.Address{}) {
		t.Fatal("the deployment has no Jobs contract")
	}
	jc.m = market.New(c, jc.d)
	if jc.j, err = jc.m.Jobs(); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig()
	cfg.ChainID, cfg.Registry, cfg.Market, cfg.Escrow = jc.d.ChainID, jc.d.Registry, jc.d.Market, jc.d.Escrow
	cfg.Domain = enclaveDomain(jc.d)
	jc.world = newWorldFor(t, cfg, jc.d.Jobs, 3, nil)
	jc.world.buyer, jc.world.buyerAddr = keys[1], jc.buyer.Address
	for _, n := range jc.nodes {
		id, _, err := jc.j.RegisterNode(ctx, jc.admin, market.ComputeNode{Signer: n.f.PublicKeys().SigningAddress,
			Measurement: nodeMeasurement, Endpoint: "http://127.0.0.1:1", EvidenceCID: "bafy-evidence"})
		if err != nil {
			t.Fatalf("RegisterNode: %v", err)
		}
		if id != n.id {
			t.Fatalf("node registered as %d, the runner is node %d", id, n.id)
		}
	}
	return jc
}

// publish lists plain by the seller with key, sets its compute policy and
// allow-list, and returns the seller with its listing id.
func (jc *jobsChain) publish(t *testing.T, ctx context.Context, key *ecdsa.PrivateKey, plain []byte, p market.ComputePolicy, allow ...common.Hash) *seller {
	t.Helper()
	s := jc.newSeller(t, key, plain)
	acct := chain.NewAccount(key)
	id, _, err := jc.m.Publish(ctx, acct, market.PublishParams{ContentCID: "bafy-content", Root: s.root, Size: uint64(len(plain)),
		ChunkCount: uint32(s.chunks), MetadataCID: "bafy-meta", Price: big.NewInt(1e16), Licence: datatrade.UseRight})
	if err != nil {
		t.Fatalf("Publish: %v", err)
	}
	s.listing = id
	jc.sellers[id] = s
	p.ComputeAllowed, p.AcceptedMeasurements = true, []common.Hash{nodeMeasurement}
	tx, err := jc.j.SetPolicyTx(id, p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := jc.j.Send(ctx, acct, tx); err != nil {
		t.Fatalf("SetPolicy: %v", err)
	}
	for _, h := range allow {
		if _, err := jc.j.Send(ctx, acct, jc.j.AllowAlgorithmTx(id, h)); err != nil {
			t.Fatalf("AllowAlgorithm: %v", err)
		}
	}
	return s
}

// createJob creates a job on chain and records its receipt as evidence.
func (jc *jobsChain) createJob(ctx context.Context, p params) (params, []byte, error) {
	id, rcpt, err := jc.j.CreateJob(ctx, jc.buyer, market.JobParams{Listings: p.listings, AlgorithmHash: p.alg, Nodes: p.nodes,
		Quorum: uint32(p.quorum), RewardPerNode: big.NewInt(1e15), Deadline: time.Now().Add(time.Hour),
		BuyerKey: jc.buyerKey.Public().Bytes(), MaxOutput: p.maxOutput, MaxCost: p.maxCost})
	if err != nil {
		return p, nil, err
	}
	p.id = id
	return p, jc.chain.add(fmt.Sprintf("created-%d", id), rcpt.Logs...), nil
}

// termsOf is what a seller's agent derives from a listing's policy.
func termsOf(p market.ComputePolicy, allowed ...common.Hash) job.Terms {
	t := job.Terms{PublicOnly: p.PublicOnly, MaxOutput: p.MaxOutputPerJob, MinNodes: uint64(p.MinNodes)}
	if p.PublicOnly {
		t.Allowed = allowed
	}
	return t
}

// TestAgainstJobsContract runs a two-seller job end to end on the real Jobs
// contract: the enclaves learn the job from the contract's real JobCreated
// receipt, their signed JobResults are accepted by the contract (so the
// runner's EIP-712 digest is the contract's and market's), the job settles
// on the nodes' agreed result hash, and the buyer opens the result.
func TestAgainstJobsContract(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	jc := newJobsChain(t, ctx)
	module := cGuest(t, "join")
	alg := job.AlgorithmHash(module)
	people, purchases := peopleCSV(300), purchasesCSV(2000, 300)
	polPeople := market.ComputePolicy{PublicOnly: true, MinNodes: 3, MaxOutputPerJob: 4096, OutputBudget: 1 << 20, PricePerJob: big.NewInt(1e15)}
	polPurchases := market.ComputePolicy{MinNodes: 2, MaxOutputPerJob: 2048, OutputBudget: 1 << 20, PricePerJob: big.NewInt(2e15)}
	sp := jc.publish(t, ctx, jc.sellerKeys[0], people, polPeople, alg)
	sq := jc.publish(t, ctx, jc.sellerKeys[1], purchases, polPurchases)
	terms := map[uint64]job.Terms{sp.listing: termsOf(polPeople, alg), sq.listing: termsOf(polPurchases)}

	p, created, err := jc.createJob(ctx, params{listings: []uint64{sp.listing, sq.listing}, alg: alg, nodes: []uint64{1, 2, 3}, quorum: 2, maxOutput: 2048, maxCost: 5_000_000_000})
	if err != nil {
		t.Fatalf("CreateJob: %v", err)
	}
	var want bytes.Buffer
	if err := analysis.Join(bytes.NewReader(people), bytes.NewReader(purchases), &want); err != nil {
		t.Fatal(err)
	}
	salt := job.Salt{42}
	for i, n := range jc.nodes[:2] {
		jc.setupWith(t, n, p, created, module, salt, true, func(l uint64) job.Terms { return terms[l] })
		out, err := n.runner.Run(ctx, p.id)
		if err != nil {
			t.Fatalf("node %d: %v", n.id, err)
		}
		cid := fmt.Sprintf("bafy-result-%d", n.id)
		sr, err := n.runner.SignResult(p.id, cid)
		if err != nil {
			t.Fatal(err)
		}
		r := sr.Result
		mr := market.JobResult{JobID: r.JobID, NodeID: r.NodeID, AlgorithmHash: r.AlgorithmHash, DataRoot: r.DataRoot,
			ResultHash: r.ResultHash, Size: r.Size, Cost: r.Cost, ResultCIDHash: r.ResultCIDHash}
		if d := jc.d.JobResultDigest(jc.d.Jobs, mr); d != sr.Digest {
			t.Fatalf("runner digest %s, market.JobResultDigest %s", sr.Digest, d)
		}
		if mr.ResultHash != market.JobResultHash(salt[:], want.Bytes()) || mr.ResultCIDHash != market.ResultCIDHash(cid) {
			t.Errorf("result hash or CID hash differs from market's")
		}
		tx, err := jc.j.SubmitResultTx(mr, cid, sr.Signature)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := jc.j.Send(ctx, jc.admin, tx); err != nil {
			t.Fatalf("node %d: the contract refused the enclave's result: %v", n.id, err)
		}
		chainJob, err := jc.j.Job(ctx, p.id)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			if chainJob.State != market.JobOpen {
				t.Fatalf("after one result the job is %s, want open", chainJob.State)
			}
			if chainJob.DataRoot != r.DataRoot {
				t.Errorf("the contract's data root %s, the enclave's %s", chainJob.DataRoot, r.DataRoot)
			}
			continue
		}
		if chainJob.State != market.JobSettled || chainJob.AgreedResultHash != r.ResultHash {
			t.Fatalf("after two agreeing results: state %s, agreed %s; want settled on %s", chainJob.State, chainJob.AgreedResultHash, r.ResultHash)
		}
		got, err := job.OpenResult(jc.dep, p.id, jc.buyerKey, salt, out.Sealed, chainJob.AgreedResultHash)
		if err != nil || !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("buyer's result %q (%v), want %q", got, err, want.Bytes())
		}
	}
}

// TestRawDataLeakStopped is the seed's "bug" — paying little for an
// "analysis" that prints the raw data — in one job and spread over many: in
// one job the enclave stops the module at the job's output allowance; spread
// over jobs that each print a slice below it, the Jobs contract refuses the
// job that would exceed the buyer's cumulative budget on the listing, so
// what leaks is bounded by the budget the seller chose.
func TestRawDataLeakStopped(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	jc := newJobsChain(t, ctx)
	data := salesCSV(1500) // ~20 KB of raw data
	pol := market.ComputePolicy{MinNodes: 1, MaxOutputPerJob: 1000, OutputBudget: 3000, PricePerJob: big.NewInt(1e14)}
	s := jc.publish(t, ctx, jc.sellerKeys[0], data, pol)
	n := jc.nodes[0]
	run := func(module []byte) (*job.Output, error) {
		t.Helper()
		p, created, err := jc.createJob(ctx, params{listings: []uint64{s.listing}, alg: job.AlgorithmHash(module), nodes: []uint64{n.id},
			quorum: 1, maxOutput: 1000, maxCost: 1_000_000_000})
		if err != nil {
			return nil, err
		}
		jc.setupWith(t, n, p, created, module, job.Salt{7}, true, func(uint64) job.Terms { return termsOf(pol) })
		return n.runner.Run(ctx, p.id)
	}

	// In one job: stopped at the 1000 bytes the contract reserved.
	_, err := run(cGuest(t, "rawdump"))
	var re *sandbox.RunError
	if !errors.As(err, &re) || re.Reason != sandbox.ReasonOutputLimit {
		t.Fatalf("raw dump: %v, want the output limit", err)
	}
	wantCode(t, err, "invalid", "output limit of 1000 bytes")

	// Spread over jobs: each slice fits, until the budget is spent (the
	// raw dump's job holds its reservation too).
	leaked := 1000 // the reservation of the stopped job
	for off := 0; ; off += 1000 {
		out, err := run(cGuestWith(t, "window", fmt.Sprintf("-DOFFSET=%d", off), "-DLEN=1000"))
		if err != nil {
			if leaked != 3000 || !bytes.Contains([]byte(datatrade.ErrorMessage(err)), []byte("output bytes listing")) {
				t.Fatalf("window at %d: %v (after %d bytes reserved), want the budget refusal after 3000", off, err, leaked)
			}
			break
		}
		got, err := job.OpenResult(jc.dep, out.Result.JobID, jc.buyerKey, job.Salt{7}, out.Sealed, out.Result.ResultHash)
		if err != nil || !bytes.Equal(got, data[off:off+1000]) {
			t.Fatalf("window at %d: got %d bytes (%v), want the slice of the data", off, len(got), err)
		}
		leaked += len(got)
		if leaked > 3000 {
			t.Fatalf("%d bytes leaked, more than the budget of 3000", leaked)
		}
	}
	used, err := jc.j.OutputUsed(ctx, s.listing, jc.buyer.Address)
	if err != nil || used != 3000 {
		t.Errorf("output used %d (%v), want 3000", used, err)
	}
}
