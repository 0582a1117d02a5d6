package agent_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/agent"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/compute/host"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

// helloModule is a hand-written WASI command that writes "ok\n" to stdout
// once: the smallest analysis, so the test needs no compiler.
func helloModule() []byte {
	sec := func(id byte, body ...byte) []byte { return append([]byte{id, byte(len(body))}, body...) }
	name := func(s string) []byte { return append([]byte{byte(len(s))}, s...) }
	var imp []byte
	imp = append(imp, 1)
	imp = append(imp, name("wasi_snapshot_preview1")...)
	imp = append(imp, name("fd_write")...)
	imp = append(imp, 0, 0)
	var exp []byte
	exp = append(exp, 2)
	exp = append(exp, name("_start")...)
	exp = append(exp, 0, 1)
	exp = append(exp, name("memory")...)
	exp = append(exp, 2, 0)
	code := []byte{0, 0x41, 1, 0x41, 0, 0x41, 1, 0x41, 32, 0x10, 0, 0x1a, 0x0b}
	data := append([]byte{16, 0, 0, 0, 3, 0, 0, 0}, make([]byte, 8)...)
	data = append(data, "ok\n"...)
	m := []byte{0, 'a', 's', 'm', 1, 0, 0, 0}
	m = append(m, sec(1, 2, 0x60, 4, 0x7f, 0x7f, 0x7f, 0x7f, 1, 0x7f, 0x60, 0, 0)...)
	m = append(m, sec(2, imp...)...)
	m = append(m, sec(3, 1, 1)...)
	m = append(m, sec(5, 1, 0, 1)...)
	m = append(m, sec(7, exp...)...)
	m = append(m, sec(10, append([]byte{1, byte(len(code))}, code...)...)...)
	m = append(m, sec(11, append([]byte{1, 0, 0x41, 0, 0x0b, byte(len(data))}, data...)...)...)
	return m
}

// computeWorld is a real embedded chain with the contracts and two compute
// node services on 127.0.0.1, registered with their real endpoints.
type computeWorld struct {
	t       *testing.T
	ctx     context.Context
	node    *devnode.Node
	m       *market.Client
	d       *market.Deployment
	jobs    *market.Jobs
	seller  *chain.Account
	buyer   *chain.Account
	st      store.Store
	secrets map[string]envelope.Secrets
	nodes   []*host.Client
	infos   []host.Info
}

func newComputeWorld(t *testing.T) *computeWorld {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	node, err := devnode.Start(ctx, devnode.Config{DataDir: t.TempDir(), DevAccounts: 8})
	if err != nil {
		t.Fatalf("start the embedded chain: %v", err)
	}
	t.Cleanup(func() { _ = node.Close() })
	keys := node.DevKeys()
	w := &computeWorld{t: t, ctx: ctx, node: node, seller: chain.NewAccount(keys[2]), buyer: chain.NewAccount(keys[3]), secrets: map[string]envelope.Secrets{}}
	c := chain.NewClient(node.Client(), chain.WithPollInterval(10*time.Millisecond))
	if w.d, err = market.Deploy(ctx, c, chain.NewAccount(keys[0]), market.DeployOptions{}, nil); err != nil {
		t.Fatalf("deploy: %v", err)
	}
	w.m = market.New(c, w.d)
	if w.jobs, err = w.m.Jobs(); err != nil {
		t.Fatal(err)
	}
	if w.st, err = store.OpenLocal(t.TempDir(), store.LocalOptions{}); err != nil {
		t.Fatal(err)
	}
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
	for _, k := range []int{4, 5} {
		w.startNode(k)
	}
	return w
}

// startNode registers and starts a compute node operated by dev key k.
func (w *computeWorld) startNode(k int) {
	t := w.t
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String()
	op := chain.NewAccount(w.node.DevKeys()[k])
	backend, err := sim.New(sim.Options{Code: []byte("datatrade compute node test"), PlatformSecret: bytes.Repeat([]byte{byte(k)}, 32), Rand: rand.Reader})
	if err != nil {
		t.Fatal(err)
	}
	opts := host.Options{Market: w.m, RPC: w.node.RPC(), Account: op, Backend: backend, Dir: t.TempDir(), Confirmations: 1, PollInterval: 30 * time.Millisecond}
	svc, err := host.New(w.ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	info := svc.Info()
	_ = svc.Close()
	if opts.NodeID, _, err = w.jobs.RegisterNode(w.ctx, op, market.ComputeNode{Signer: info.Keys.SigningAddress,
		Measurement: common.Hash(info.MeasurementID), Endpoint: url, EvidenceCID: "simulated"}); err != nil {
		t.Fatal(err)
	}
	if svc, err = host.New(w.ctx, opts); err != nil {
		t.Fatal(err)
	}
	rctx, stop := context.WithCancel(w.ctx)
	done := make(chan error, 1)
	go func() { done <- svc.Run(rctx) }()
	srv := &http.Server{Handler: svc.Handler(), ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close(); stop(); <-done; _ = svc.Close() })
	w.nodes = append(w.nodes, host.NewClient(url, nil))
	w.infos = append(w.infos, svc.Info())
}

func (w *computeWorld) publish(plain []byte, pol market.ComputePolicy) uint64 {
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
	w.secrets[c.String()] = s
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
	return id
}

func (w *computeWorld) watcher(p agent.Policy) *agent.JobWatcher {
	w.t.Helper()
	jw, err := agent.NewJobWatcher(agent.JobOptions{Market: w.m, Owner: w.seller, Store: w.st, Verifiers: enclave.Verifiers{sim.Verifier{}},
		Policy: p, MinQuorum: 2, PollInterval: 50 * time.Millisecond, Log: slog.New(slog.DiscardHandler),
		Secrets: func(_ context.Context, l *datatrade.Listing) (envelope.Secrets, error) {
			return w.secrets[l.ContentCID], nil
		}})
	if err != nil {
		w.t.Fatal(err)
	}
	return jw
}

// TestJobWatcher runs a job end to end with no seller online: the seller's
// job watcher attests each node the job names against the listing's
// on-chain policy, uploads the ciphertext and hands over the data key; the
// buyer sends its module; both nodes run and submit, the job settles and
// the buyer opens the result. A watcher whose policy refuses simulated
// enclaves hands nothing over and says why.
func TestJobWatcher(t *testing.T) {
	w := newComputeWorld(t)
	module := helloModule()
	pol := market.ComputePolicy{ComputeAllowed: true, MinNodes: 2, MaxOutputPerJob: 64, OutputBudget: 1024, PricePerJob: big.NewInt(1e15),
		AcceptedMeasurements: []common.Hash{common.Hash(w.infos[0].MeasurementID)}}
	listing := w.publish([]byte("a,b\n1,2\n3,4\n"), pol)
	buyerKey, err := envelope.GenerateKey(rand.Reader, envelope.KEMX25519)
	if err != nil {
		t.Fatal(err)
	}
	ids := []uint64{w.infos[0].NodeID, w.infos[1].NodeID}
	jobID, _, err := w.jobs.CreateJob(w.ctx, w.buyer, market.JobParams{Listings: []uint64{listing}, AlgorithmHash: job.AlgorithmHash(module),
		Nodes: ids, Quorum: 2, RewardPerNode: big.NewInt(1e15), Deadline: time.Now().Add(time.Hour), BuyerKey: buyerKey.Public().Bytes(),
		MaxOutput: 64, MaxCost: 1 << 30})
	if err != nil {
		t.Fatalf("CreateJob: %v", err)
	}
	waitJob := func(what string, ok func() bool) {
		t.Helper()
		for deadline := time.Now().Add(45 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			if ok() {
				return
			}
		}
		t.Fatalf("timed out waiting for %s", what)
	}
	waitJob("the nodes to open the job", func() bool {
		for _, c := range w.nodes {
			if st, err := c.Status(w.ctx, jobID); err != nil || !st.Opened {
				return false
			}
		}
		return true
	})

	// A seller who does not accept simulated enclaves hands nothing over.
	strict := w.watcher(agent.Policy{})
	if err := strict.Step(w.ctx); err != nil {
		t.Fatalf("strict Step: %v", err)
	}
	got := strict.Served()
	if len(got) != 2 {
		t.Fatalf("strict watcher served %+v, want a refusal for each of the 2 nodes", got)
	}
	for _, s := range got {
		if s.Outcome != agent.JobRefused || !strings.Contains(strings.ToLower(s.Reason), "simulat") {
			t.Fatalf("strict watcher: %+v, want refused for simulation", s)
		}
	}
	for _, c := range w.nodes {
		if st, _ := c.Status(w.ctx, jobID); st.Listings[0].KeyHandedOver {
			t.Fatalf("a key reached %s despite the refusal", c.BaseURL())
		}
	}

	// The seller's watcher accepts them and serves the job unattended.
	jw := w.watcher(agent.Policy{AllowSimulation: true})
	rctx, stop := context.WithCancel(w.ctx)
	done := make(chan error, 1)
	go func() { done <- jw.Run(rctx) }()
	defer func() { stop(); <-done }()

	// The buyer sends its module to the attested nodes.
	dep := job.Deployment{ChainID: w.d.ChainID, Jobs: w.d.Jobs, Domain: agent.Expected(*w.d).Domain}
	var keys []enclave.PublicKeys
	for i, c := range w.nodes {
		info, _, err := host.Verify(w.ctx, c, enclave.Verifiers{sim.Verifier{}}, &enclave.Policy{MeasurementIDs: []enclave.MeasurementID{w.infos[i].MeasurementID},
			AllowSimulation: true, AllowDebug: true, CheckConfig: func(context.Context, *enclave.Config) error { return nil }}, agent.Expected(*w.d))
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, info.Keys)
	}
	salt := job.Salt{9}
	b, err := job.PrepareModule(dep, jobID, module, salt, true, w.node.DevKeys()[3], keys)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := host.SendBundle(w.ctx, jobID, b, w.nodes); err != nil {
		t.Fatalf("SendBundle: %v", err)
	}
	var j *market.Job
	waitJob("the job to settle", func() bool {
		j, err = w.jobs.Job(w.ctx, jobID)
		return err == nil && j.State == market.JobSettled
	})
	served := jw.Served()
	if len(served) != 2 || served[0].Outcome != agent.JobHandedOver || served[1].Outcome != agent.JobHandedOver {
		t.Fatalf("watcher served %+v, want a hand-over to each node", served)
	}
	st, err := w.nodes[0].Status(w.ctx, jobID)
	if err != nil {
		t.Fatal(err)
	}
	sealed, err := w.nodes[0].Result(w.ctx, st.ResultCID)
	if err != nil {
		t.Fatal(err)
	}
	res, err := job.OpenResult(dep, jobID, buyerKey, salt, sealed, j.AgreedResultHash)
	if err != nil || string(res) != "ok\n" {
		t.Fatalf("result %q (%v), want \"ok\\n\"", res, err)
	}
}

func TestNewJobWatcherRefuses(t *testing.T) {
	m := &market.Client{}
	own := chain.NewAccount(devnode.DevKey(2))
	secrets := func(context.Context, *datatrade.Listing) (envelope.Secrets, error) { return envelope.Secrets{}, nil }
	st, err := store.OpenLocal(filepath.Join(t.TempDir(), "s"), store.LocalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		o    agent.JobOptions
		code string
	}{
		{"no market", agent.JobOptions{Owner: own, Secrets: secrets, Store: st, Verifiers: enclave.Verifiers{sim.Verifier{}}}, datatrade.EINVALID},
		{"no verifiers", agent.JobOptions{Market: m, Owner: own, Secrets: secrets, Store: st}, datatrade.EINVALID},
		{"no Jobs contract", agent.JobOptions{Market: m, Owner: own, Secrets: secrets, Store: st, Verifiers: enclave.Verifiers{sim.Verifier{}}}, datatrade.ENOTFOUND},
	}
	for _, tc := range tests {
		if _, err := agent.NewJobWatcher(tc.o); datatrade.ErrorCode(err) != tc.code {
			t.Errorf("%s: got %v, want code %s", tc.name, err, tc.code)
		}
	}
}
