package agent_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"log/slog"
	"math/big"
	"net/http/httptest"
	"os"
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
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/exchange/host"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

const testChunk = 1024

// world is a real embedded chain with the contracts, one exchange host
// with a simulated enclave serving real HTTP on 127.0.0.1, and a seller
// whose ciphertexts sit in a real local store.
type world struct {
	t       *testing.T
	ctx     context.Context
	node    *devnode.Node
	m       *market.Client
	admin   *chain.Account
	op      *chain.Account
	seller  *chain.Account
	buyer   *chain.Account
	st      *store.Local
	secrets map[string]envelope.Secrets
	exID    uint64
	info    *host.Info
	srv     *httptest.Server
}

func newWorld(t *testing.T) *world {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	node, err := devnode.Start(ctx, devnode.Config{DataDir: t.TempDir(), DevAccounts: 4})
	if err != nil {
		t.Fatalf("start the embedded chain: %v", err)
	}
	t.Cleanup(func() { _ = node.Close() })
	c := chain.NewClient(node.Client(), chain.WithPollInterval(10*time.Millisecond))
	keys := node.DevKeys()
	w := &world{t: t, ctx: ctx, node: node, admin: chain.NewAccount(keys[0]), op: chain.NewAccount(keys[1]), seller: chain.NewAccount(keys[2]),
		buyer: chain.NewAccount(keys[3]), secrets: map[string]envelope.Secrets{}}
	d, err := market.Deploy(ctx, c, w.admin, market.DeployOptions{RevealWindow: time.Hour, SampleClaimWindow: time.Minute}, nil)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	w.m = market.New(c, d)
	if w.st, err = store.OpenLocal(t.TempDir(), store.LocalOptions{}); err != nil {
		t.Fatal(err)
	}
	// The dev chain seals blocks only for transactions: keep blocks coming
	// so that events gain confirmations.
	var wg sync.WaitGroup
	mctx, mstop := context.WithCancel(ctx)
	wg.Go(func() {
		tk := time.NewTicker(100 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-mctx.Done():
				return
			case <-tk.C:
				_, _ = node.IncreaseTime(mctx, time.Second)
			}
		}
	})
	t.Cleanup(func() { mstop(); wg.Wait() })
	w.startExchange()
	return w
}

func testLogger(t *testing.T) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	return slog.New(slog.DiscardHandler)
}

// startExchange starts a host with a simulated enclave, registers it and
// restarts it under its id: the operator's registration flow.
func (w *world) startExchange() {
	t := w.t
	dir := t.TempDir()
	open := func(id uint64) (*host.Service, context.CancelFunc, chan error) {
		b, err := sim.New(sim.Options{Code: []byte("datatrade agent test exchange"), PlatformSecret: bytes.Repeat([]byte{9}, 32), Rand: rand.Reader})
		if err != nil {
			t.Fatal(err)
		}
		svc, err := host.New(w.ctx, host.Options{Market: w.m, RPC: w.node.RPC(), Account: w.op, ExchangeID: id, Backend: b,
			Dir: dir, Confirmations: 1, PollInterval: 30 * time.Millisecond, AttestPerMinute: -1, Log: testLogger(t)})
		if err != nil {
			t.Fatalf("host.New: %v", err)
		}
		ctx, stop := context.WithCancel(w.ctx)
		done := make(chan error, 1)
		go func() { done <- svc.Run(ctx) }()
		return svc, stop, done
	}
	svc, stop, done := open(0)
	info := svc.Info()
	w.srv = httptest.NewServer(nil)
	id, _, err := w.m.RegisterExchange(w.ctx, w.op, market.ExchangeParams{Endpoint: w.srv.URL, Fee: big.NewInt(1e15),
		Measurement: common.Hash(info.MeasurementID), EnclaveSigner: info.Keys.SigningAddress, Authenticator: 1,
		AuthorityKey: info.Config.Authority}, new(big.Int).Mul(big.NewInt(20), big.NewInt(1e18)))
	if err != nil {
		t.Fatalf("register exchange: %v", err)
	}
	stop()
	<-done
	if err := svc.Close(); err != nil {
		t.Fatal(err)
	}
	svc, stop, done = open(id)
	w.srv.Config.Handler = svc.Handler()
	w.exID = id
	i := svc.Info()
	w.info = &i
	t.Cleanup(func() { w.srv.Close(); stop(); <-done; _ = svc.Close() })
}

// publish lists plain as the seller; the stored ciphertext holds uploaded
// (other bytes for a doctored listing) under the listing's key.
func (w *world) publish(plain, uploaded []byte) *datatrade.Listing {
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
	com, err := envelope.Commit(w.ctx, bytes.NewReader(plain), s.ListingSalt, testChunk)
	if err != nil {
		t.Fatal(err)
	}
	var ct bytes.Buffer
	if _, _, err := envelope.Encrypt(w.ctx, &ct, bytes.NewReader(uploaded), s.DataKey, envelope.WriterOptions{ChunkSize: testChunk, Rand: rand.Reader}); err != nil {
		t.Fatal(err)
	}
	cid, _, err := w.st.Put(w.ctx, &ct)
	if err != nil {
		t.Fatal(err)
	}
	w.secrets[cid.String()] = s
	id, _, err := w.m.Publish(w.ctx, w.seller, market.PublishParams{ContentCID: cid.String(), Root: com.Root, Size: com.Size,
		ChunkCount: uint32(com.Leaves()), Price: big.NewInt(2e15), Licence: datatrade.UseRight})
	if err != nil {
		t.Fatalf("publish: %v", err)
	}
	l, err := w.m.Listing(w.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// open opens a trade on l naming the exchange, once the listing's sample
// can be fixed.
func (w *world) open(l *datatrade.Listing) uint64 {
	w.t.Helper()
	k, err := envelope.GenerateKey(rand.Reader, envelope.KEMX25519)
	if err != nil {
		w.t.Fatal(err)
	}
	return eventually(w.t, "open trade", func() (uint64, error) {
		id, _, err := w.m.Open(w.ctx, w.buyer, market.OpenParams{ListingID: l.ID, Exchanges: []uint64{w.exID},
			BuyerPubKey: k.Public().Bytes(), Deadline: time.Now().Add(2 * time.Hour)})
		return id, err
	})
}

func (w *world) secretsFunc(_ context.Context, l *datatrade.Listing) (envelope.Secrets, error) {
	s, ok := w.secrets[l.ContentCID]
	if !ok {
		return s, datatrade.Errorf(datatrade.ENOTFOUND, "no secrets for %s", l.ContentCID)
	}
	return s, nil
}

// logBuffer collects log lines for assertions.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func (w *world) agent(state string, p agent.Policy, logs *logBuffer) *agent.Agent {
	w.t.Helper()
	a, err := agent.New(agent.Options{Market: w.m, Owner: w.seller, Secrets: w.secretsFunc, Store: w.st, Policy: p, Revoked: w.m.Revocations(),
		Verifiers: enclave.Verifiers{sim.Verifier{}}, StateFile: state, Log: slog.New(slog.NewTextHandler(logs, nil))})
	if err != nil {
		w.t.Fatalf("agent.New: %v", err)
	}
	return a
}

func (w *world) policy() agent.Policy {
	return agent.Policy{Measurements: []enclave.MeasurementID{w.info.MeasurementID}, AllowSimulation: true, Authority: w.node.AuthorityAddress()}
}

// eventually retries f until it succeeds or 30 s pass.
func eventually[T any](t *testing.T, what string, f func() (T, error)) T {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		v, err := f()
		if err == nil {
			return v
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: %v", what, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// served steps a until trade id has an outcome for the exchange.
func (w *world) served(a *agent.Agent, id uint64) *agent.Served {
	w.t.Helper()
	return eventually(w.t, "agent serves the trade", func() (*agent.Served, error) {
		_ = a.Step(w.ctx)
		if p := a.Status().Trades[id]; p != nil && p.Exchanges[w.exID] != nil {
			return p.Exchanges[w.exID], nil
		}
		return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "trade %d not served yet", id)
	})
}

func testData(n int, seed byte) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*31) ^ seed
	}
	return b
}

func TestAgent(t *testing.T) {
	w := newWorld(t)
	cl := host.NewClient(w.srv.URL, w.srv.Client())

	t.Run("hands over unattended and remembers it across a restart", func(t *testing.T) {
		w.t = t
		plain := testData(7*testChunk+10, 1)
		l := w.publish(plain, plain)
		id := w.open(l)
		state := filepath.Join(t.TempDir(), "agent.json")
		var logs logBuffer
		a := w.agent(state, w.policy(), &logs)
		if got := w.served(a, id); got.Outcome != agent.OutcomeHandedOver {
			t.Fatalf("outcome %+v, want %s", got, agent.OutcomeHandedOver)
		}
		st, err := cl.Status(w.ctx, id)
		if err != nil || st.State != host.StateVerified || st.Ready == nil {
			t.Fatalf("exchange status %+v, %v; want verified with a ready statement", st, err)
		}
		if !strings.Contains(logs.String(), "SIMULATED") {
			t.Errorf("the agent did not log the simulation warning:\n%s", logs.String())
		}
		sec := w.secrets[l.ContentCID]
		for _, secret := range [][]byte{sec.DataKey[:], sec.ListingSalt[:]} {
			if strings.Contains(strings.ToLower(logs.String()), common.Bytes2Hex(secret)) {
				t.Fatal("the agent logged a secret")
			}
		}
		// A restarted agent reads its state and hands nothing over again.
		var logs2 logBuffer
		b := w.agent(state, w.policy(), &logs2)
		if err := b.Step(w.ctx); err != nil {
			t.Fatalf("Step after restart: %v", err)
		}
		if got := b.Status().Trades[id]; got == nil || got.Exchanges[w.exID].Outcome != agent.OutcomeHandedOver {
			t.Errorf("restarted agent's record of trade %d = %+v, want handed-over", id, got)
		}
		if strings.Contains(logs2.String(), "keys handed over") {
			t.Errorf("the restarted agent handed over again:\n%s", logs2.String())
		}
		// A fresh state (a lost state file) asks the exchange first.
		var logs3 logBuffer
		c := w.agent(filepath.Join(t.TempDir(), "fresh.json"), w.policy(), &logs3)
		if got := w.served(c, id); got.Outcome != agent.OutcomeHandedOver || !strings.Contains(logs3.String(), "already holds verified data") {
			t.Errorf("agent without state: outcome %+v, log:\n%s", got, logs3.String())
		}
		// The buyer cancels: the agent stops following the trade.
		if _, err := w.m.Send(w.ctx, w.buyer, w.m.CancelTx(id)); err != nil {
			t.Fatal(err)
		}
		if err := b.Step(w.ctx); err != nil {
			t.Fatal(err)
		}
		if s := b.Status(); s.Trades[id] != nil || s.Settled != 1 {
			t.Errorf("after the cancel the agent still follows trade %d (settled %d)", id, s.Settled)
		}
	})

	t.Run("doctored data is caught as the seller's fault", func(t *testing.T) {
		w.t = t
		plain := testData(5*testChunk, 2)
		doctored := bytes.Clone(plain)
		doctored[3*testChunk+7] ^= 0xff
		l := w.publish(plain, doctored)
		id := w.open(l)
		a := w.agent(filepath.Join(t.TempDir(), "agent.json"), w.policy(), &logBuffer{})
		if got := w.served(a, id); got.Outcome != agent.OutcomeFault {
			t.Fatalf("outcome %+v, want %s", got, agent.OutcomeFault)
		}
		tr := eventually(t, "seller fault on chain", func() (*datatrade.Trade, error) {
			tr, err := w.m.Trade(w.ctx, id)
			if err == nil && tr.State != datatrade.TradeFaulted {
				err = datatrade.Errorf(datatrade.ECONFLICT, "trade is %s", tr.State)
			}
			return tr, err
		})
		if tr.State != datatrade.TradeFaulted {
			t.Errorf("trade state %s, want faulted", tr.State)
		}
	})

	t.Run("policy refusals withhold the keys", func(t *testing.T) {
		w.t = t
		plain := testData(3*testChunk, 3)
		l := w.publish(plain, plain)
		for _, tc := range []struct {
			name   string
			policy agent.Policy
			reason string
		}{
			{"simulation not allowed", agent.Policy{Measurements: []enclave.MeasurementID{w.info.MeasurementID}}, "simulated"},
			{"measurement not accepted", agent.Policy{Measurements: []enclave.MeasurementID{{1}}, AllowSimulation: true}, "not accepted"},
			{"another authority pinned", agent.Policy{Measurements: []enclave.MeasurementID{w.info.MeasurementID}, AllowSimulation: true,
				Authority: common.HexToAddress("0x1234")}, "authority"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				w.t = t
				id := w.open(l)
				a := w.agent(filepath.Join(t.TempDir(), "agent.json"), tc.policy, &logBuffer{})
				got := w.served(a, id)
				if got.Outcome != agent.OutcomeRefused || !strings.Contains(got.Reason, tc.reason) {
					t.Errorf("outcome %+v, want refused mentioning %q", got, tc.reason)
				}
				// "" is a trade the host knows but its enclave has not opened yet.
				if st, err := cl.Status(w.ctx, id); err == nil && st.State != host.StateOpen && st.State != "" {
					t.Errorf("the exchange has trade %d as %s: keys reached it", id, st.State)
				}
				if _, err := w.m.Send(w.ctx, w.buyer, w.m.CancelTx(id)); err != nil {
					t.Fatal(err)
				}
			})
		}
	})

	t.Run("listings not served and the in-flight limit", func(t *testing.T) {
		w.t = t
		plain := testData(2*testChunk, 4)
		l1, l2 := w.publish(plain, plain), w.publish(testData(2*testChunk, 5), testData(2*testChunk, 5))
		p := w.policy()
		p.Listings = []uint64{l1.ID}
		p.MaxInFlight = 1
		a := w.agent(filepath.Join(t.TempDir(), "agent.json"), p, &logBuffer{})
		if err := a.Step(w.ctx); err != nil { // catch up with earlier trades
			t.Fatal(err)
		}
		other := w.open(l2)
		first, second := w.open(l1), w.open(l1)
		if got := w.served(a, first); got.Outcome != agent.OutcomeHandedOver {
			t.Fatalf("first trade: %+v", got)
		}
		for range 3 {
			_ = a.Step(w.ctx)
		}
		s := a.Status()
		if s.Trades[other] != nil {
			t.Errorf("the agent follows trade %d on listing %d, which it does not serve", other, l2.ID)
		}
		if p := s.Trades[second]; p == nil || len(p.Exchanges) != 0 {
			t.Errorf("second trade %+v: want it waiting (max in flight 1)", p)
		}
		if _, err := w.m.Send(w.ctx, w.buyer, w.m.CancelTx(first)); err != nil {
			t.Fatal(err)
		}
		if got := w.served(a, second); got.Outcome != agent.OutcomeHandedOver {
			t.Errorf("second trade after the first settled: %+v", got)
		}
	})

	t.Run("a revoked measurement is refused", w.revokedLast)
}

// revokedLast runs last in TestAgent: once the registry revokes the
// exchange's measurement, the agent refuses it for a trade opened before.
func (w *world) revokedLast(t *testing.T) {
	w.t = t
	plain := testData(2*testChunk, 6)
	l := w.publish(plain, plain)
	id := w.open(l)
	m := common.Hash(w.info.MeasurementID)
	if _, err := w.m.Send(w.ctx, w.admin, w.m.RevokeMeasurementTx(m)); err != nil {
		t.Fatal(err)
	}
	a := w.agent(filepath.Join(t.TempDir(), "agent.json"), w.policy(), &logBuffer{})
	got := w.served(a, id)
	if got.Outcome != agent.OutcomeRefused || !strings.Contains(got.Reason, "revoked") {
		t.Errorf("outcome %+v, want refused because the measurement is revoked", got)
	}
	revoked, err := w.m.Revocations().IsRevoked(w.ctx, w.info.MeasurementID)
	if err != nil || !revoked {
		t.Errorf("IsRevoked = %v, %v; want true", revoked, err)
	}
	if other, err := w.m.Revocations().IsRevoked(w.ctx, enclave.MeasurementID{1}); err != nil || other {
		t.Errorf("IsRevoked of another measurement = %v, %v; want false", other, err)
	}
}

func TestNewRefuses(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	ok := agent.Policy{Measurements: []enclave.MeasurementID{{1}}}
	for _, tc := range []struct {
		name   string
		policy agent.Policy
		state  string
		code   string
	}{
		{"no measurement", agent.Policy{AllowSimulation: true}, filepath.Join(dir, "a.json"), datatrade.EINVALID},
		{"negative in-flight", agent.Policy{Measurements: ok.Measurements, MaxInFlight: -1}, filepath.Join(dir, "b.json"), datatrade.EINVALID},
		{"damaged state", ok, bad, datatrade.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := agent.New(agent.Options{Market: &market.Client{}, Owner: chain.NewAccount(devnode.DevKey(2)),
				Secrets: func(context.Context, *datatrade.Listing) (envelope.Secrets, error) { return envelope.Secrets{}, nil },
				Store:   &store.Local{}, Policy: tc.policy, Verifiers: enclave.Verifiers{sim.Verifier{}}, StateFile: tc.state})
			if datatrade.ErrorCode(err) != tc.code {
				t.Errorf("New: %v, want %s", err, tc.code)
			}
		})
	}
}
