package agent_test

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/agent"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/compute/host"
	"github.com/datatrade/datatrade/compute/host/hosttest"
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

func watcher(w *hosttest.Env, p agent.Policy) *agent.JobWatcher {
	w.T.Helper()
	jw, err := agent.NewJobWatcher(agent.JobOptions{Market: w.M, Owner: w.Seller, Store: w.Store, Verifiers: enclave.Verifiers{sim.Verifier{}},
		Policy: p, MinQuorum: 2, PollInterval: 50 * time.Millisecond, Log: hosttest.Logger(),
		Secrets: func(_ context.Context, l *datatrade.Listing) (envelope.Secrets, error) {
			return w.Secrets[l.ContentCID], nil
		}})
	if err != nil {
		w.T.Fatal(err)
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
	w := hosttest.New(t)
	n1, n2 := w.StartNode(4, nil), w.StartNode(5, nil)
	module := helloModule()
	pol := market.ComputePolicy{ComputeAllowed: true, MinNodes: 2, MaxOutputPerJob: 64, OutputBudget: 1024, PricePerJob: big.NewInt(1e15),
		AcceptedMeasurements: []common.Hash{common.Hash(n1.Svc.Info().MeasurementID)}}
	l := w.Publish([]byte("a,b\n1,2\n3,4\n"), pol)
	jobID, buyerKey := w.CreateJob(l, module, 64)
	for _, n := range w.Nodes {
		n.WaitOpened(jobID)
	}

	// A seller who does not accept simulated enclaves hands nothing over.
	strict := watcher(w, agent.Policy{})
	if err := strict.Step(w.Ctx); err != nil {
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
	for _, n := range w.Nodes {
		if st, _ := n.Client.Status(w.Ctx, jobID); st.Listings[0].KeyHandedOver {
			t.Fatalf("a key reached node %d despite the refusal", n.ID)
		}
	}

	// The seller's watcher accepts them and serves the job unattended.
	jw := watcher(w, agent.Policy{AllowSimulation: true})
	rctx, stop := context.WithCancel(w.Ctx)
	done := make(chan error, 1)
	go func() { done <- jw.Run(rctx) }()
	defer func() { stop(); <-done }()

	// The buyer sends its module to the attested nodes.
	salt := job.Salt{9}
	b, err := job.PrepareModule(w.Deployment(), jobID, module, salt, true, w.BuyerKey, w.Attested())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := host.SendBundle(w.Ctx, jobID, b, w.Clients()); err != nil {
		t.Fatalf("SendBundle: %v", err)
	}
	st := n1.WaitState(jobID, host.StateSubmitted)
	n2.WaitState(jobID, host.StateSubmitted)
	j, err := w.Jobs.Job(w.Ctx, jobID)
	if err != nil || j.State != market.JobSettled {
		t.Fatalf("job %+v (%v), want settled", j, err)
	}
	served := jw.Served()
	if len(served) != 2 || served[0].Outcome != agent.JobHandedOver || served[1].Outcome != agent.JobHandedOver {
		t.Fatalf("watcher served %+v, want a hand-over to each node", served)
	}
	sealed, err := n1.Client.Result(w.Ctx, st.ResultCID)
	if err != nil {
		t.Fatal(err)
	}
	res, err := job.OpenResult(w.Deployment(), jobID, buyerKey, salt, sealed, j.AgreedResultHash)
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

// TestJobWatcherTerms checks the seller's terms against the chain: a job
// whose algorithm the seller struck from the allow-list after the job was
// created, and a job whose quorum is below the seller's minimum, get no key.
func TestJobWatcherTerms(t *testing.T) {
	w := hosttest.New(t)
	n1 := w.StartNode(4, nil)
	w.StartNode(5, nil)
	module := helloModule()
	alg := job.AlgorithmHash(module)
	pol := market.ComputePolicy{ComputeAllowed: true, PublicOnly: true, MinNodes: 2, MaxOutputPerJob: 64, OutputBudget: 1024, PricePerJob: big.NewInt(1e15),
		AcceptedMeasurements: []common.Hash{common.Hash(n1.Svc.Info().MeasurementID)}}
	l := w.Publish([]byte("a,b\n1,2\n"), pol, alg)
	jobID, _ := w.CreateJob(l, module, 64)
	if _, err := w.Jobs.Send(w.Ctx, w.Seller, w.Jobs.DisallowAlgorithmTx(l.ID, alg)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		minQuorum uint64
		allow     bool
		reason    string
	}{
		{"struck from the allow-list", 2, false, "not allow-listed"},
		{"quorum below the seller's minimum", 3, true, "the seller requires 3"},
	}
	for _, tc := range tests {
		if tc.allow {
			if _, err := w.Jobs.Send(w.Ctx, w.Seller, w.Jobs.AllowAlgorithmTx(l.ID, alg)); err != nil {
				t.Fatal(err)
			}
		}
		jw, err := agent.NewJobWatcher(agent.JobOptions{Market: w.M, Owner: w.Seller, Store: w.Store, Verifiers: enclave.Verifiers{sim.Verifier{}},
			Policy: agent.Policy{AllowSimulation: true}, MinQuorum: tc.minQuorum, FromJob: jobID,
			Secrets: func(_ context.Context, l *datatrade.Listing) (envelope.Secrets, error) {
				return w.Secrets[l.ContentCID], nil
			}})
		if err != nil {
			t.Fatal(err)
		}
		if err := jw.Step(w.Ctx); err != nil {
			t.Fatalf("%s: Step: %v", tc.name, err)
		}
		got := jw.Served()
		if len(got) != 2 {
			t.Fatalf("%s: served %+v, want a refusal for each node", tc.name, got)
		}
		for _, s := range got {
			if s.Outcome != agent.JobRefused || !strings.Contains(s.Reason, tc.reason) {
				t.Errorf("%s: %+v, want refused with %q", tc.name, s, tc.reason)
			}
		}
	}
}
