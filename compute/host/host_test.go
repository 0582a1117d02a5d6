package host_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"log/slog"
	"math/big"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/compute/examples/go/analysis"
	"github.com/datatrade/datatrade/compute/host"
	"github.com/datatrade/datatrade/compute/internal/guests"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

var builder *guests.Builder

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "compute-host-guests")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	builder = guests.New(dir, "../examples", nil, []string{"regress", "rawdump"})
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// world is a real embedded chain with the contracts, a seller's store and
// compute nodes serving their API over real HTTP on 127.0.0.1.
type world struct {
	t       *testing.T
	ctx     context.Context
	node    *devnode.Node
	m       *market.Client
	d       *market.Deployment
	jobs    *market.Jobs
	admin   *chain.Account
	seller  *chain.Account
	sellerK *ecdsa.PrivateKey
	buyer   *chain.Account
	buyerK  *ecdsa.PrivateKey
	st      store.Store
	nodes   []*testNode
}

type testNode struct {
	id   uint64
	op   *chain.Account
	opts host.Options
	svc  *host.Service
	cl   *host.Client
	halt func()
}

// serve runs n's service on the chain and over HTTP until halt.
func (w *world) serve(n *testNode) {
	rctx, stop := context.WithCancel(w.ctx)
	done := make(chan error, 1)
	go func() { done <- n.svc.Run(rctx) }()
	srv := httptest.NewServer(n.svc.Handler())
	var once sync.Once
	n.halt = func() { once.Do(func() { srv.Close(); stop(); <-done; _ = n.svc.Close() }) }
	w.t.Cleanup(n.halt)
	n.cl = host.NewClient(srv.URL, srv.Client())
}

// restart stops n as a crash between two steps would leave it and opens
// it again on the same dir.
func (w *world) restart(n *testNode) {
	w.t.Helper()
	n.halt()
	svc, err := host.New(w.ctx, n.opts)
	if err != nil {
		w.t.Fatalf("New after a restart: %v", err)
	}
	n.svc = svc
	w.serve(n)
}

func newWorld(t *testing.T) *world {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Second)
	t.Cleanup(cancel)
	node, err := devnode.Start(ctx, devnode.Config{DataDir: t.TempDir(), DevAccounts: 8})
	if err != nil {
		t.Fatalf("start the embedded chain: %v", err)
	}
	t.Cleanup(func() { _ = node.Close() })
	w := &world{t: t, ctx: ctx, node: node}
	c := chain.NewClient(node.Client(), chain.WithPollInterval(10*time.Millisecond))
	keys := node.DevKeys()
	w.admin, w.seller, w.buyer = chain.NewAccount(keys[0]), chain.NewAccount(keys[2]), chain.NewAccount(keys[3])
	w.sellerK, w.buyerK = keys[2], keys[3]
	if w.d, err = market.Deploy(ctx, c, w.admin, market.DeployOptions{}, nil); err != nil {
		t.Fatalf("deploy: %v", err)
	}
	w.m = market.New(c, w.d)
	if w.jobs, err = w.m.Jobs(); err != nil {
		t.Fatal(err)
	}
	if w.st, err = store.OpenLocal(t.TempDir(), store.LocalOptions{}); err != nil {
		t.Fatal(err)
	}
	// The dev chain seals blocks only for transactions: keep blocks coming
	// so that events gain confirmations.
	var wg sync.WaitGroup
	mctx, stop := context.WithCancel(ctx)
	wg.Add(1)
	go func() {
		defer wg.Done()
		tk := time.NewTicker(150 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-mctx.Done():
				return
			case <-tk.C:
				_, _ = node.IncreaseTime(mctx, time.Second)
			}
		}
	}()
	t.Cleanup(func() { stop(); wg.Wait() })
	return w
}

func logger() *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	return slog.New(slog.DiscardHandler)
}

// startNode starts a compute node operated by dev key k: first without a
// node id to read its enclave's identity, registers it, then restarts it
// with the id (the sealed keys keep its signer). source, if not nil, is
// where it fetches ciphertexts.
func (w *world) startNode(k int, source store.Getter) *testNode {
	t := w.t
	t.Helper()
	op := chain.NewAccount(w.node.DevKeys()[k])
	dir := t.TempDir()
	backend, err := sim.New(sim.Options{Code: []byte("datatrade compute node test"), PlatformSecret: bytes.Repeat([]byte{byte(k)}, 32), Rand: rand.Reader})
	if err != nil {
		t.Fatal(err)
	}
	opts := host.Options{Market: w.m, RPC: w.node.RPC(), Account: op, Backend: backend, Dir: dir, Source: source,
		Confirmations: 1, PollInterval: 30 * time.Millisecond, Log: logger()}
	svc, err := host.New(w.ctx, opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	info := svc.Info()
	if err := svc.Close(); err != nil {
		t.Fatal(err)
	}
	if info.NodeID != 0 || !info.Simulated || info.Platform != "sim" {
		t.Fatalf("unregistered node info %+v, want node 0 on the simulated platform", info)
	}
	id, _, err := w.jobs.RegisterNode(w.ctx, op, market.ComputeNode{Signer: info.Keys.SigningAddress, Measurement: common.Hash(info.MeasurementID),
		Endpoint: "http://127.0.0.1:1", EvidenceCID: "simulated"})
	if err != nil {
		t.Fatalf("RegisterNode: %v", err)
	}
	opts.NodeID = id
	if svc, err = host.New(w.ctx, opts); err != nil {
		t.Fatalf("New with node id: %v", err)
	}
	if got := svc.Info(); got.Keys.SigningAddress != info.Keys.SigningAddress || got.NodeID != id {
		t.Fatalf("after restart: signer %s node %d, want %s node %d", got.Keys.SigningAddress, got.NodeID, info.Keys.SigningAddress, id)
	}
	n := &testNode{id: id, op: op, opts: opts, svc: svc}
	w.serve(n)
	w.nodes = append(w.nodes, n)
	return n
}

// listing is a published listing with its secrets.
type listing struct {
	id      uint64
	plain   []byte
	cid     string
	secrets envelope.Secrets
}

func (w *world) publish(plain []byte, pol market.ComputePolicy, allow ...common.Hash) *listing {
	t := w.t
	t.Helper()
	var s envelope.Secrets
	var err error
	if s.DataKey, err = envelope.NewDataKey(rand.Reader); err != nil {
		t.Fatal(err)
	}
	if s.ListingSalt, err = envelope.NewListingSalt(rand.Reader); err != nil {
		t.Fatal(err)
	}
	com, err := envelope.Commit(w.ctx, bytes.NewReader(plain), s.ListingSalt, 1024)
	if err != nil {
		t.Fatal(err)
	}
	var ct bytes.Buffer
	if _, _, err := envelope.Encrypt(w.ctx, &ct, bytes.NewReader(plain), s.DataKey, envelope.WriterOptions{ChunkSize: 1024, Rand: rand.Reader}); err != nil {
		t.Fatal(err)
	}
	c, _, err := w.st.Put(w.ctx, &ct)
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := w.m.Publish(w.ctx, w.seller, market.PublishParams{ContentCID: c.String(), Root: com.Root, Size: com.Size,
		ChunkCount: uint32(com.Leaves()), Price: big.NewInt(2e15), Licence: datatrade.UseRight})
	if err != nil {
		t.Fatalf("publish: %v", err)
	}
	tx, err := w.jobs.SetPolicyTx(id, pol)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.jobs.Send(w.ctx, w.seller, tx); err != nil {
		t.Fatalf("SetPolicy: %v", err)
	}
	for _, h := range allow {
		if _, err := w.jobs.Send(w.ctx, w.seller, w.jobs.AllowAlgorithmTx(id, h)); err != nil {
			t.Fatalf("AllowAlgorithm: %v", err)
		}
	}
	return &listing{id: id, plain: plain, cid: c.String(), secrets: s}
}

// createJob creates a job on l over all nodes with quorum 2 (1 for one node).
func (w *world) createJob(l *listing, module []byte, maxOutput uint64) (uint64, *envelope.PrivateKey) {
	t := w.t
	t.Helper()
	key, err := envelope.GenerateKey(rand.Reader, envelope.KEMX25519)
	if err != nil {
		t.Fatal(err)
	}
	var ids []uint64
	for _, n := range w.nodes {
		ids = append(ids, n.id)
	}
	id, _, err := w.jobs.CreateJob(w.ctx, w.buyer, market.JobParams{Listings: []uint64{l.id}, AlgorithmHash: job.AlgorithmHash(module),
		Nodes: ids, Quorum: uint32(min(2, len(ids))), RewardPerNode: big.NewInt(1e15), Deadline: time.Now().Add(time.Hour), BuyerKey: key.Public().Bytes(),
		MaxOutput: maxOutput, MaxCost: 1 << 32})
	if err != nil {
		t.Fatalf("CreateJob: %v", err)
	}
	return id, key
}

func (w *world) deployment() job.Deployment {
	return job.Deployment{ChainID: w.d.ChainID, Jobs: w.d.Jobs, Domain: enclave.Domain{Name: market.DomainName, Version: market.DomainVersion, Salt: w.d.Salt}}
}

// attested verifies every node's attestation (simulation allowed) and
// returns their keys.
func (w *world) attested() []enclave.PublicKeys {
	t := w.t
	t.Helper()
	want := enclave.Config{ChainID: w.d.ChainID, Registry: w.d.Registry, Market: w.d.Market, Escrow: w.d.Escrow,
		Domain: w.deployment().Domain}
	var keys []enclave.PublicKeys
	for _, n := range w.nodes {
		ids := []enclave.MeasurementID{n.svc.Info().MeasurementID}
		info, claims, err := host.Verify(w.ctx, n.cl, enclave.Verifiers{sim.Verifier{}}, &enclave.Policy{MeasurementIDs: ids, AllowSimulation: true, AllowDebug: true,
			CheckConfig: func(context.Context, *enclave.Config) error { return nil }}, want)
		if err != nil {
			t.Fatalf("verify node %d: %v", n.id, err)
		}
		if !claims.Simulated || info.NodeID != n.id || info.Jobs != w.d.Jobs {
			t.Fatalf("node %d attested as %+v (node %d, jobs %s)", n.id, claims, info.NodeID, info.Jobs)
		}
		keys = append(keys, info.Keys)
	}
	return keys
}

// handOver hands l's data key for job id to node n with terms, signed by key.
func (w *world) handOver(n *testNode, keys enclave.PublicKeys, id uint64, l *listing, terms job.Terms, key *ecdsa.PrivateKey) (*host.JobStatus, error) {
	wrapped, sig, err := job.WrapDataKey(w.deployment(), keys, id, l.id, l.secrets, terms, key)
	if err != nil {
		w.t.Fatal(err)
	}
	return n.cl.HandOver(w.ctx, id, host.HandOverRequest{Listing: l.id, Terms: terms, Wrapped: wrapped, Signature: sig})
}

// waitState polls node n until job id is in state want.
func (w *world) waitState(n *testNode, id uint64, want string) *host.JobStatus {
	w.t.Helper()
	return w.waitFor(n, id, want, func(st *host.JobStatus) bool { return st.State == want })
}

// waitOpened polls node n until the enclave opened job id.
func (w *world) waitOpened(n *testNode, id uint64) *host.JobStatus {
	w.t.Helper()
	return w.waitFor(n, id, "opened", func(st *host.JobStatus) bool { return st.Opened })
}

func (w *world) waitFor(n *testNode, id uint64, want string, ok func(*host.JobStatus) bool) *host.JobStatus {
	w.t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	var last *host.JobStatus
	for time.Now().Before(deadline) {
		st, err := n.cl.Status(w.ctx, id)
		if err == nil {
			last = st
			if ok(st) {
				return st
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	w.t.Fatalf("job %d on node %d: last status %+v, want state %s", id, n.id, last, want)
	return nil
}

func wantCode(t *testing.T, err error, code, substr string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want %s %q", code, substr)
	}
	if got := datatrade.ErrorCode(err); got != code || !strings.Contains(datatrade.ErrorMessage(err), substr) {
		t.Fatalf("got %s %q, want %s containing %q", got, datatrade.ErrorMessage(err), code, substr)
	}
}

func xyCSV(rows int) []byte {
	var b strings.Builder
	b.WriteString("x,y\n")
	for i := range rows {
		x := float64(i%100) / 4
		fmt.Fprintf(&b, "%.2f,%.2f\n", x, 3.5+0.8*x+float64((i*37)%11-5)/10)
	}
	return []byte(b.String())
}

// TestJobOverHTTP runs a regression job on two compute node services:
// the buyer sends the encrypted module over HTTP, the seller hands each
// node its data key over HTTP (one node fetches the ciphertext from the
// seller's store, the other gets it by PUT /v1/blobs), both nodes learn the
// job from the chain, run it, store the result and submit it, the job
// settles, and the buyer fetches a node's sealed result and opens it
// against the agreed hash. Bad requests are refused with clear errors.
func TestJobOverHTTP(t *testing.T) {
	w := newWorld(t)
	module := builder.C(t, "regress")
	alg := job.AlgorithmHash(module)
	n1 := w.startNode(4, w.st)
	n2 := w.startNode(5, nil)
	meas := common.Hash(n1.svc.Info().MeasurementID)
	pol := market.ComputePolicy{ComputeAllowed: true, PublicOnly: true, MinNodes: 2, MaxOutputPerJob: 256, OutputBudget: 4096,
		PricePerJob: big.NewInt(1e15), AcceptedMeasurements: []common.Hash{meas}}
	l := w.publish(xyCSV(400), pol, alg)
	id, buyerKey := w.createJob(l, module, 256)
	keys := w.attested()

	// The nodes learn the job from the chain before anyone talks to them.
	for _, n := range w.nodes {
		st := w.waitOpened(n, id)
		if st.State != host.StateWaitingModule || st.Spec == nil || st.Spec.Buyer != w.buyer.Address || len(st.Listings) != 1 || st.Listings[0].ListingID != l.id {
			t.Fatalf("node %d status %+v: want the opened job naming the buyer and listing %d", n.id, st, l.id)
		}
	}

	salt, err := job.NewSalt(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	// Refusals: a module signed by someone else, a hand-over signed by the
	// buyer, a job that does not exist, a malformed nonce, a result that
	// is not one.
	bad, err := job.PrepareModule(w.deployment(), id, module, salt, true, w.sellerK, keys)
	if err != nil {
		t.Fatal(err)
	}
	_, err = host.SendBundle(w.ctx, id, bad, []*host.Client{n1.cl, n2.cl})
	wantCode(t, err, datatrade.EUNAUTHORIZED, "not by the buyer")
	terms := job.Terms{PublicOnly: true, Allowed: []common.Hash{alg}, MaxOutput: pol.MaxOutputPerJob, MinNodes: 2}
	_, err = w.handOver(n1, keys[0], id, l, terms, w.buyerK)
	wantCode(t, err, datatrade.EUNAUTHORIZED, "not by its owner")
	_, err = n1.cl.Status(w.ctx, 999)
	wantCode(t, err, datatrade.ENOTFOUND, "job 999")
	_, err = n1.cl.Attest(w.ctx, enclave.Nonce{})
	if err != nil {
		t.Fatalf("attest: %v", err)
	}
	_, err = n1.cl.Result(w.ctx, "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku")
	wantCode(t, err, datatrade.ENOTFOUND, "no result")

	// The buyer's bundle, then the seller's hand-overs.
	b, err := job.PrepareModule(w.deployment(), id, module, salt, true, w.buyerK, keys)
	if err != nil {
		t.Fatal(err)
	}
	sts, err := host.SendBundle(w.ctx, id, b, []*host.Client{n1.cl, n2.cl})
	if err != nil {
		t.Fatalf("SendBundle: %v", err)
	}
	for i, st := range sts {
		if !st.ModuleLoaded || st.State != host.StateWaitingData {
			t.Fatalf("node %d after the module: %+v, want waiting-data with the module loaded", w.nodes[i].id, st)
		}
	}
	st, err := w.handOver(n2, keys[1], id, l, terms, w.sellerK)
	if err != nil {
		t.Fatalf("hand-over to node %d: %v", n2.id, err)
	}
	if st.State != host.StateWaitingData || !st.Listings[0].KeyHandedOver || st.Listings[0].DataChecked || !strings.Contains(st.Error, "PUT it to /v1/blobs") {
		t.Fatalf("node %d without the ciphertext: %+v, want waiting-data asking for the blob", n2.id, st)
	}
	rc, err := w.st.Get(w.ctx, mustCID(t, l.cid))
	if err != nil {
		t.Fatal(err)
	}
	got, err := n2.cl.PutBlob(w.ctx, rc)
	rc.Close()
	if err != nil || got != l.cid {
		t.Fatalf("PutBlob: %s, %v; want %s", got, err, l.cid)
	}
	if _, err := w.handOver(n1, keys[0], id, l, terms, w.sellerK); err != nil {
		t.Fatalf("hand-over to node %d: %v", n1.id, err)
	}

	var results []*host.JobStatus
	for _, n := range w.nodes {
		st := w.waitState(n, id, host.StateSubmitted)
		if st.ResultCID == "" || st.SubmitTx == (common.Hash{}) || st.Cost == 0 {
			t.Fatalf("node %d submitted %+v, want a result CID, cost and transaction", n.id, st)
		}
		results = append(results, st)
	}
	if results[0].ResultHash != results[1].ResultHash {
		t.Fatalf("the nodes disagree: %s vs %s", results[0].ResultHash, results[1].ResultHash)
	}
	j, err := w.jobs.Job(w.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if j.State != market.JobSettled || j.AgreedResultHash != results[0].ResultHash {
		t.Fatalf("job %d on chain: %s agreed %s, want settled on %s", id, j.State, j.AgreedResultHash, results[0].ResultHash)
	}
	sealed, err := n1.cl.Result(w.ctx, results[0].ResultCID)
	if err != nil {
		t.Fatalf("Result: %v", err)
	}
	res, err := job.OpenResult(w.deployment(), id, buyerKey, salt, sealed, j.AgreedResultHash)
	if err != nil {
		t.Fatalf("OpenResult: %v", err)
	}
	var want bytes.Buffer
	if err := analysis.Regress(bytes.NewReader(l.plain), &want); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(res, want.Bytes()) {
		t.Fatalf("result %q, want %q", res, want.Bytes())
	}
	_, err = n1.cl.SendModule(w.ctx, id, host.ModuleRequest{Sealed: b.Sealed[0], Signature: b.Signature})
	wantCode(t, err, datatrade.ECONFLICT, "submitted")
}

// TestHostileModuleFails runs a module that prints the raw data: each
// node stops it at the output limit and reports the job failed with the
// reason; nothing is submitted.
func TestHostileModuleFails(t *testing.T) {
	w := newWorld(t)
	module := builder.C(t, "rawdump")
	n1, n2 := w.startNode(4, w.st), w.startNode(5, w.st)
	meas := common.Hash(n1.svc.Info().MeasurementID)
	pol := market.ComputePolicy{ComputeAllowed: true, MinNodes: 2, MaxOutputPerJob: 200, OutputBudget: 4096,
		PricePerJob: big.NewInt(1e15), AcceptedMeasurements: []common.Hash{meas}}
	l := w.publish(xyCSV(300), pol)
	id, _ := w.createJob(l, module, 200)
	keys := w.attested()
	for _, n := range w.nodes {
		w.waitOpened(n, id)
	}
	b, err := job.PrepareModule(w.deployment(), id, module, job.Salt{1}, false, w.buyerK, keys)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := host.SendBundle(w.ctx, id, b, []*host.Client{n1.cl, n2.cl}); err != nil {
		t.Fatal(err)
	}
	for i, n := range w.nodes {
		if _, err := w.handOver(n, keys[i], id, l, job.Terms{MaxOutput: 200, MinNodes: 2}, w.sellerK); err != nil {
			t.Fatalf("hand-over: %v", err)
		}
	}
	for _, n := range w.nodes {
		st := w.waitState(n, id, host.StateFailed)
		if !strings.Contains(st.Reason, "output limit") || st.SubmitTx != (common.Hash{}) {
			t.Fatalf("node %d: %+v, want failed at the output limit without a submission", n.id, st)
		}
	}
	j, err := w.jobs.Job(w.ctx, id)
	if err != nil || j.Submissions != 0 {
		t.Fatalf("job on chain: %+v (%v), want no submissions", j, err)
	}
}

func mustCID(t *testing.T, s string) cid.Cid {
	t.Helper()
	c, err := store.ParseCID(s)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestRestart restarts a node between the module and the data key: the
// job's enclave state is gone, the host opens the job again from the chain
// and says it waits for the module; once the buyer and the seller send
// again it runs and submits, and after another restart the submitted job
// and its result are still there.
func TestRestart(t *testing.T) {
	w := newWorld(t)
	module := builder.C(t, "regress")
	n := w.startNode(4, w.st)
	pol := market.ComputePolicy{ComputeAllowed: true, MinNodes: 1, MaxOutputPerJob: 256, OutputBudget: 4096,
		PricePerJob: big.NewInt(1e15), AcceptedMeasurements: []common.Hash{common.Hash(n.svc.Info().MeasurementID)}}
	l := w.publish(xyCSV(100), pol)
	id, buyerKey := w.createJob(l, module, 256)
	keys := w.attested()
	w.waitOpened(n, id)
	b, err := job.PrepareModule(w.deployment(), id, module, job.Salt{3}, true, w.buyerK, keys)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := host.SendBundle(w.ctx, id, b, []*host.Client{n.cl}); err != nil {
		t.Fatal(err)
	}

	w.restart(n)
	if got := w.attested(); got[0].SigningAddress != keys[0].SigningAddress || !bytes.Equal(got[0].HPKEPublicKey, keys[0].HPKEPublicKey) {
		t.Fatalf("the restarted enclave has keys %+v, want %+v", got[0], keys[0])
	}
	st := w.waitOpened(n, id)
	if st.State != host.StateWaitingModule || st.ModuleLoaded {
		t.Fatalf("after a restart: %+v, want waiting-module without the module", st)
	}
	if _, err := host.SendBundle(w.ctx, id, b, []*host.Client{n.cl}); err != nil {
		t.Fatalf("SendBundle after the restart: %v", err)
	}
	terms := job.Terms{MaxOutput: 256, MinNodes: 1}
	if _, err := w.handOver(n, keys[0], id, l, terms, w.sellerK); err != nil {
		t.Fatal(err)
	}
	done := w.waitState(n, id, host.StateSubmitted)

	w.restart(n)
	st, err = n.cl.Status(w.ctx, id)
	if err != nil || st.State != host.StateSubmitted || st.ResultCID != done.ResultCID || st.SubmitTx != done.SubmitTx {
		t.Fatalf("after another restart: %+v (%v), want %+v", st, err, done)
	}
	j, err := w.jobs.Job(w.ctx, id)
	if err != nil || j.State != market.JobSettled {
		t.Fatalf("job on chain %+v (%v), want settled", j, err)
	}
	sealed, err := n.cl.Result(w.ctx, st.ResultCID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := job.OpenResult(w.deployment(), id, buyerKey, job.Salt{3}, sealed, j.AgreedResultHash); err != nil {
		t.Fatalf("OpenResult after the restart: %v", err)
	}
}
