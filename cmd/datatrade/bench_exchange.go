package main

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdsa"
	crand "crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/exchange/host"
	"github.com/datatrade/datatrade/lightclient"
	"github.com/datatrade/datatrade/market"
)

// benchExchangeConfig sizes `datatrade bench exchange`.
type benchExchangeConfig struct {
	clients   int   // concurrent HTTP clients
	requests  int   // requests per client and endpoint
	size      int64 // dataset of the delivery figure
	chunkSize int
	rounds    int
}

// requestLatency is one endpoint's request latency under concurrent load.
type requestLatency struct {
	Requests       int     `json:"requests"`
	P50Ms          float64 `json:"p50Ms"`
	P99Ms          float64 `json:"p99Ms"`
	MeanMs         float64 `json:"meanMs"`
	RequestsPerSec float64 `json:"requestsPerSec"`
	// RatioP50 is this p50 ÷ the bare loopback round trip's p50.
	RatioP50 float64 `json:"ratioP50ToBare,omitempty"`
}

type benchExchangeGoals struct {
	RequestP50Under1ms        bool `json:"requestP50Under1ms"`
	RequestP50Within3xBare    bool `json:"requestP50Within3xBare"`
	DeliveryAtLeast50PctOfRaw bool `json:"deliveryAtLeast50PctOfRaw"`
}

type benchExchangeResult struct {
	GoVersion string `json:"goVersion"`
	CPU       string `json:"cpu"`
	Cores     int    `json:"cores"`
	// Platform is the enclave backend: "sim" is a SIMULATION, no TEE.
	Platform          string `json:"platform"`
	Clients           int    `json:"clients"`
	RequestsPerClient int    `json:"requestsPerClient"`
	// Bare is a trivial handler on 127.0.0.1 through the same kind of HTTP
	// client: the floor every request pays.
	Bare requestLatency `json:"bare"`
	// Status is GET /v1/trades/{id} of a trade the host serves; Attest is
	// POST /v1/attest with a fresh nonce each time (rate limit off).
	Status requestLatency `json:"status"`
	Attest requestLatency `json:"attest"`
	// PaperAvgMs is BDTF's reported average enclave response, for reference.
	PaperAvgMs float64 `json:"paperAvgMs"`
	// Delivery is the enclave's re-encryption of the verified data for the
	// buyer, streamed (Program.WriteDelivery), against raw AES-256-GCM over
	// the same bytes.
	Delivery throughput `json:"delivery"`
	// CommitBuffered is the same re-encryption returned as one buffer
	// (Program.Commit), allocation and copy included.
	CommitBuffered throughput `json:"commitBuffered"`
	DeliveryBytes  int64      `json:"deliveryBytes"`
	ChunkSize      int        `json:"chunkSize"`
	Rounds         int        `json:"rounds"`
	// CheckMiBps is CheckData, once: the seller's ciphertext decrypted and
	// every chunk checked against R.
	CheckMiBps float64 `json:"checkMiBps"`
	// FirstCommitMs is the first Commit, payment evidence verified by the
	// light client included.
	FirstCommitMs float64            `json:"firstCommitMs"`
	Goals         benchExchangeGoals `json:"goals"`
}

func (a *app) newBenchExchangeCmd() *cobra.Command {
	cfg := benchExchangeConfig{}
	var size string
	cmd := &cobra.Command{
		Use:   "exchange",
		Short: "Measure the exchange's request latency and delivery throughput against baselines",
		Long: `Start the embedded chain, deploy the contracts and run a real exchange host
(simulated enclave: SIMULATION, no TEE) serving its HTTP API on 127.0.0.1. Then:
  request latency p50/p99, --clients concurrent clients each sending --requests
  requests, for GET /v1/trades/{id} and POST /v1/attest (rate limit off)
                                   vs a trivial handler on 127.0.0.1, same client
  (the three in alternating passes, so that load from elsewhere falls on all)
  delivery throughput: the enclave re-encrypting a verified --size dataset for
  the buyer, streamed (Program.WriteDelivery) and buffered (Program.Commit),
  best of --rounds
                                   vs raw AES-256-GCM over the same bytes
Goals: request p50 at most 1 ms and at most 3x the bare round trip; delivery at
least 50% of raw AES-256-GCM. BDTF reports a 42 ms average enclave response.`,
		Example: `  datatrade bench exchange
  datatrade bench exchange --json --clients 16 --requests 1000 --size 64MiB`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if cfg.size, err = parseSize(size); err != nil {
				return err
			}
			if cfg.clients < 1 || cfg.requests < 1 || cfg.rounds < 1 {
				return usagef("--clients, --requests and --rounds must be at least 1")
			}
			if cfg.chunkSize < envelope.MinChunkSize || cfg.chunkSize > envelope.MaxChunkSize {
				return usagef("--chunk-size must be between %d and %d", envelope.MinChunkSize, envelope.MaxChunkSize)
			}
			if cfg.size > exchange.DefaultMaxDataSize {
				return usagef("--size must be at most %d bytes", exchange.DefaultMaxDataSize)
			}
			res, err := a.runBenchExchange(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			return a.emit(res, func(w io.Writer) { printBenchExchange(w, res) })
		},
	}
	f := cmd.Flags()
	f.IntVar(&cfg.clients, "clients", 8, "concurrent HTTP clients")
	f.IntVar(&cfg.requests, "requests", 500, "requests per client and endpoint")
	f.StringVar(&size, "size", "32MiB", "dataset of the delivery figure")
	f.IntVar(&cfg.chunkSize, "chunk-size", exchange.DefaultChunkSize, "chunk size of the buyer's ciphertext")
	f.IntVar(&cfg.rounds, "rounds", 10, "rounds of the delivery figures, alternating with the baseline (best is kept)")
	return cmd
}

func printBenchExchange(w io.Writer, r *benchExchangeResult) {
	fmt.Fprintf(w, "exchange host on %s (%d cores), enclave %q (SIMULATION), %d clients × %d requests\n",
		r.CPU, r.Cores, r.Platform, r.Clients, r.RequestsPerClient)
	for _, l := range []struct {
		name string
		l    requestLatency
	}{{"bare loopback round trip", r.Bare}, {"GET /v1/trades/{id}", r.Status}, {"POST /v1/attest", r.Attest}} {
		fmt.Fprintf(w, "  %-25s p50 %.3f ms  p99 %.3f ms  %7.0f req/s", l.name, l.l.P50Ms, l.l.P99Ms, l.l.RequestsPerSec)
		if l.l.RatioP50 > 0 {
			fmt.Fprintf(w, "  %.2f× bare", l.l.RatioP50)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "  (BDTF reports a %.0f ms average enclave response)\n", r.PaperAvgMs)
	fmt.Fprintf(w, "delivery of %d MiB (chunk %d KiB), streamed (WriteDelivery): %.0f MiB/s vs %s %.0f MiB/s = %.2f\n",
		r.DeliveryBytes>>20, r.ChunkSize>>10, r.Delivery.MiBps, r.Delivery.Baseline, r.Delivery.BaselineMiBps, r.Delivery.Ratio)
	fmt.Fprintf(w, "  buffered (Commit): %.0f MiB/s vs %.0f MiB/s = %.2f\n", r.CommitBuffered.MiBps, r.CommitBuffered.BaselineMiBps, r.CommitBuffered.Ratio)
	fmt.Fprintf(w, "  data check against R %.0f MiB/s; first commit with its evidence %.1f ms\n", r.CheckMiBps, r.FirstCommitMs)
	fmt.Fprintf(w, "goals: p50 ≤ 1 ms %v, p50 ≤ 3× bare %v, delivery ≥ 50%% of raw %v\n",
		r.Goals.RequestP50Under1ms, r.Goals.RequestP50Within3xBare, r.Goals.DeliveryAtLeast50PctOfRaw)
}

func (a *app) runBenchExchange(ctx context.Context, cfg benchExchangeConfig) (*benchExchangeResult, error) {
	res := &benchExchangeResult{GoVersion: runtime.Version(), CPU: cpuModel(), Cores: runtime.NumCPU(), Platform: enclave.PlatformSim,
		Clients: cfg.clients, RequestsPerClient: cfg.requests, PaperAvgMs: 42, DeliveryBytes: cfg.size, ChunkSize: cfg.chunkSize, Rounds: cfg.rounds}
	dir, err := os.MkdirTemp("", "datatrade-bench-exchange-*")
	if err != nil {
		return nil, fmt.Errorf("bench dir: %w", err)
	}
	defer os.RemoveAll(dir)
	a.say("starting the embedded chain, the contracts and an exchange host (SIMULATION enclave)…")
	e := &benchExchangeEnv{}
	defer e.close()
	if err := e.setup(ctx, dir, cfg); err != nil {
		return nil, err
	}
	a.say("preparing a %d MiB trade in the bench's enclave: opening, hand-over, data check, payment, commit…", cfg.size>>20)
	if err := e.prepareDelivery(ctx, cfg, res); err != nil {
		return nil, err
	}
	e.stopBlocks()

	a.say("request latency: %d clients × %d requests per endpoint…", cfg.clients, cfg.requests)
	if err := e.benchRequests(ctx, cfg, res); err != nil {
		return nil, err
	}
	a.say("delivery vs raw AES-256-GCM, %d rounds…", cfg.rounds)
	if err := e.benchDelivery(ctx, cfg, res); err != nil {
		return nil, err
	}
	res.Goals = benchExchangeGoals{
		RequestP50Under1ms:        res.Status.P50Ms <= 1 && res.Attest.P50Ms <= 1,
		RequestP50Within3xBare:    res.Status.RatioP50 <= 3 && res.Attest.RatioP50 <= 3,
		DeliveryAtLeast50PctOfRaw: res.Delivery.Ratio >= 0.5,
	}
	return res, nil
}

// benchExchangeEnv is the chain, contracts and exchange host of one run,
// and the bench's own enclave for the delivery figure.
type benchExchangeEnv struct {
	node                     *devnode.Node
	m                        *market.Client
	d                        *market.Deployment
	admin, op, seller, buyer *chain.Account
	sellerKey                *ecdsa.PrivateKey
	closers                  []func()
	stopBlocks               func()

	url     string // the host's API
	tradeID uint64 // a trade the host serves

	// The delivery figure's enclave: a second registered exchange, so the
	// host leaves its trade alone.
	cfg      enclave.Config
	f        *enclave.Factotum
	lc       *lightclient.Client
	prog     *exchange.Program
	exID     uint64
	dataID   uint64 // its trade
	listing  uint64
	secrets  envelope.Secrets
	plain    []byte
	sealed   []byte
	buyerKey *envelope.PrivateKey
}

func (e *benchExchangeEnv) close() {
	for i := len(e.closers) - 1; i >= 0; i-- {
		e.closers[i]()
	}
}

// eventually retries f every 20 ms until it succeeds or 60 s pass: chain
// steps that wait for blocks (the sample seed, confirmations).
func eventually(ctx context.Context, what string, f func() error) error {
	deadline := time.Now().Add(60 * time.Second)
	for {
		err := f()
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s: %w", what, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// setup starts the chain and deploys; runs the exchange host, registers it
// and opens a trade it serves; and registers the bench's own enclave.
func (e *benchExchangeEnv) setup(ctx context.Context, dir string, cfg benchExchangeConfig) error {
	node, err := devnode.Start(ctx, devnode.Config{DataDir: filepath.Join(dir, "chain"), DevAccounts: 4})
	if err != nil {
		return err
	}
	e.node = node
	e.closers = append(e.closers, func() { _ = node.Close() })
	c := chain.NewClient(node.Client(), chain.WithPollInterval(5*time.Millisecond))
	keys := node.DevKeys()
	e.admin, e.op, e.seller, e.buyer = chain.NewAccount(keys[0]), chain.NewAccount(keys[1]), chain.NewAccount(keys[2]), chain.NewAccount(keys[3])
	e.sellerKey = keys[2]
	if e.d, err = market.Deploy(ctx, c, e.admin, market.DeployOptions{RevealWindow: time.Hour, SampleClaimWindow: time.Minute}, nil); err != nil {
		return err
	}
	e.m = market.New(c, e.d)
	// The embedded chain seals blocks only for transactions: keep blocks
	// coming during the setup so that events gain confirmations.
	bctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-bctx.Done():
				return
			case <-t.C:
				_, _ = node.IncreaseTime(bctx, time.Second)
			}
		}
	})
	e.stopBlocks = sync.OnceFunc(func() { stop(); wg.Wait() })
	e.closers = append(e.closers, e.stopBlocks)

	// The bench's enclave, configured before any trade opens.
	if e.cfg, err = host.EnclaveConfig(ctx, node.RPC(), *e.d, host.ConfigOptions{Confirmations: 1}); err != nil {
		return err
	}
	if e.f, err = newSimFactotum("datatrade bench exchange: delivery", e.cfg); err != nil {
		return err
	}
	if e.lc, err = lightclient.New(e.cfg, lightclient.Options{}); err != nil {
		return err
	}

	// The host: opened once to learn its enclave's identity, registered,
	// then opened again as that exchange (same dir, same sealed keys).
	hostDir := filepath.Join(dir, "exchange")
	svc, err := e.openHost(ctx, hostDir, 0)
	if err != nil {
		return err
	}
	info := svc.Info()
	if err := svc.Close(); err != nil {
		return err
	}
	stake := new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))
	hostID, _, err := e.m.RegisterExchange(ctx, e.op, market.ExchangeParams{Endpoint: "http://127.0.0.1", Fee: big.NewInt(1e15),
		Measurement: common.Hash(info.MeasurementID), EnclaveSigner: info.Keys.SigningAddress, Authenticator: 1, AuthorityKey: info.Config.Authority}, stake)
	if err != nil {
		return err
	}
	if e.exID, _, err = e.m.RegisterExchange(ctx, e.op, market.ExchangeParams{Endpoint: "http://127.0.0.1", Fee: big.NewInt(1e15),
		Measurement: common.Hash(enclave.IDOf(enclave.PlatformSim, e.f.Identity().Measurement)), EnclaveSigner: e.f.PublicKeys().SigningAddress,
		Authenticator: 1, AuthorityKey: e.cfg.Authority}, stake); err != nil {
		return err
	}
	if e.prog, err = exchange.New(exchange.Options{Factotum: e.f, Chain: exchange.LightClient{Client: e.lc}, Exchange: e.exID,
		Rand: crand.Reader, ChunkSize: cfg.chunkSize}); err != nil {
		return err
	}
	if svc, err = e.openHost(ctx, hostDir, hostID); err != nil {
		return err
	}
	rctx, stopRun := context.WithCancel(ctx)
	runErr := make(chan error, 1)
	go func() { runErr <- svc.Run(rctx) }()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		stopRun()
		<-runErr
		_ = svc.Close()
		return fmt.Errorf("listen on 127.0.0.1: %w", err)
	}
	srv := svc.Server(ln.Addr().String())
	go func() { _ = srv.Serve(ln) }()
	e.url = "http://" + ln.Addr().String()
	e.closers = append(e.closers, func() {
		_ = srv.Close()
		stopRun()
		<-runErr
		_ = svc.Close()
	})

	// The seller's dataset, listed once; a trade for each exchange.
	e.plain = make([]byte, cfg.size)
	rand.NewChaCha8([32]byte{8}).Read(e.plain)
	if e.secrets.DataKey, err = envelope.NewDataKey(crand.Reader); err != nil {
		return err
	}
	if e.secrets.ListingSalt, err = envelope.NewListingSalt(crand.Reader); err != nil {
		return err
	}
	com, err := envelope.Commit(ctx, bytes.NewReader(e.plain), e.secrets.ListingSalt, cfg.chunkSize)
	if err != nil {
		return err
	}
	var ct bytes.Buffer
	if _, _, err := envelope.Encrypt(ctx, &ct, bytes.NewReader(e.plain), e.secrets.DataKey, envelope.WriterOptions{ChunkSize: cfg.chunkSize, Rand: crand.Reader}); err != nil {
		return err
	}
	e.sealed = ct.Bytes()
	if e.listing, _, err = e.m.Publish(ctx, e.seller, market.PublishParams{ContentCID: "bench", Root: common.Hash(com.Root), Size: uint64(cfg.size),
		ChunkCount: uint32(com.Leaves()), MetadataCID: "bench", Price: big.NewInt(1e16), Licence: datatrade.UseRight}); err != nil {
		return err
	}
	if e.buyerKey, err = envelope.GenerateKey(crand.Reader, envelope.KEMX25519); err != nil {
		return err
	}
	if e.tradeID, _, err = e.open(ctx, hostID); err != nil {
		return err
	}
	cl := host.NewClient(e.url, nil)
	return eventually(ctx, "the host opens the trade", func() error {
		_, err := cl.Status(ctx, e.tradeID)
		return err
	})
}

func newSimFactotum(code string, cfg enclave.Config) (*enclave.Factotum, error) {
	backend, err := sim.New(sim.Options{Code: []byte(code), PlatformSecret: bytes.Repeat([]byte{7}, 32), Rand: crand.Reader})
	if err != nil {
		return nil, err
	}
	return enclave.NewFactotum(backend, cfg, crand.Reader)
}

// openHost opens the exchange host on dir as exchange id.
func (e *benchExchangeEnv) openHost(ctx context.Context, dir string, id uint64) (*host.Service, error) {
	backend, err := sim.New(sim.Options{Code: []byte("datatrade bench exchange: host"), PlatformSecret: bytes.Repeat([]byte{7}, 32), Rand: crand.Reader})
	if err != nil {
		return nil, err
	}
	return host.New(ctx, host.Options{Market: e.m, RPC: e.node.RPC(), Account: e.op, ExchangeID: id, Backend: backend, Dir: dir,
		Confirmations: 1, AttestPerMinute: -1, PollInterval: 50 * time.Millisecond})
}

// open opens a trade on the listing naming exchange id, once its sample can
// be fixed.
func (e *benchExchangeEnv) open(ctx context.Context, id uint64) (uint64, *types.Receipt, error) {
	var tid uint64
	var r *types.Receipt
	err := eventually(ctx, "open a trade", func() error {
		var err error
		tid, r, err = e.m.Open(ctx, e.buyer, market.OpenParams{ListingID: e.listing, Exchanges: []uint64{id},
			BuyerPubKey: e.buyerKey.Public().Bytes(), Deadline: time.Now().Add(24 * time.Hour)})
		return err
	})
	return tid, r, err
}

// evidence is the host's evidence for tx, from the block after the light
// client's head, once tx has its confirmations.
func (e *benchExchangeEnv) evidence(ctx context.Context, tx common.Hash) ([]byte, error) {
	eb := host.NewEvidenceBuilder(e.node.RPC(), e.cfg.HeaderAuth)
	var out []byte
	err := eventually(ctx, "evidence with confirmations", func() error {
		at, err := eb.Locate(ctx, tx)
		if err != nil {
			return err
		}
		head, err := eb.Latest(ctx)
		if err != nil {
			return err
		}
		if head < at.Block+uint64(e.cfg.Confirmations) {
			return datatrade.Errorf(datatrade.ECONFLICT, "block %d has too few confirmations", at.Block)
		}
		from := e.cfg.Checkpoint.Number + 1
		if h := e.lc.Head(); h != nil {
			from = h.Number.Uint64() + 1
		}
		ev, err := eb.ForTx(ctx, tx, from, head)
		if err != nil {
			return err
		}
		out, err = ev.Encode()
		return err
	})
	return out, err
}

// prepareDelivery takes the bench's trade through the enclave up to its
// first Commit, timing the data check and that commit.
func (e *benchExchangeEnv) prepareDelivery(ctx context.Context, cfg benchExchangeConfig, res *benchExchangeResult) error {
	id, opened, err := e.open(ctx, e.exID)
	if err != nil {
		return err
	}
	e.dataID = id
	ev, err := e.evidence(ctx, opened.TxHash)
	if err != nil {
		return err
	}
	if _, err := e.prog.OpenTrade(id, ev); err != nil {
		return fmt.Errorf("bench enclave: open trade: %w", err)
	}
	wrapped, sig, err := exchange.WrapSecrets(&e.cfg, e.f.PublicKeys(), id, e.secrets, e.sellerKey)
	if err != nil {
		return err
	}
	if err := e.prog.HandOver(id, wrapped, sig); err != nil {
		return fmt.Errorf("bench enclave: hand-over: %w", err)
	}
	start := time.Now()
	fault, err := e.prog.CheckData(ctx, id, bytes.NewReader(e.sealed), int64(len(e.sealed)))
	if err != nil || fault != nil {
		return fmt.Errorf("bench enclave: the data check failed (fault %v): %w", fault != nil, err)
	}
	res.CheckMiBps = mibps(cfg.size, time.Since(start))
	e.sealed = nil
	payTx, err := e.m.PayTx(ctx, id)
	if err != nil {
		return err
	}
	paid, err := e.m.Send(ctx, e.buyer, payTx)
	if err != nil {
		return err
	}
	if ev, err = e.evidence(ctx, paid.TxHash); err != nil {
		return err
	}
	start = time.Now()
	if _, err := e.prog.Commit(ctx, id, ev); err != nil {
		return fmt.Errorf("bench enclave: commit: %w", err)
	}
	res.FirstCommitMs = float64(time.Since(start).Microseconds()) / 1000
	return nil
}

// benchRequests measures the bare round trip, then the host's endpoints.
func (e *benchExchangeEnv) benchRequests(ctx context.Context, cfg benchExchangeConfig, res *benchExchangeResult) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("listen on 127.0.0.1: %w", err)
	}
	bare := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"ok":true}`))
	}), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = bare.Serve(ln) }()
	defer bare.Close()
	bareURL := "http://" + ln.Addr().String() + "/"
	statusURL := fmt.Sprintf("%s/v1/trades/%d", e.url, e.tradeID)
	attestURL := e.url + "/v1/attest"

	get := func(url string) func(*http.Client) error {
		return func(hc *http.Client) error { return roundTrip(ctx, hc, http.MethodGet, url, nil) }
	}
	attest := func(hc *http.Client) error {
		var nonce [32]byte
		_, _ = crand.Read(nonce[:])
		return roundTrip(ctx, hc, http.MethodPost, attestURL, []byte(`{"nonce":"0x`+hex.EncodeToString(nonce[:])+`"}`))
	}
	eps := []*endpoint{{name: "bare round trip", do: get(bareURL)}, {name: "GET /v1/trades/{id}", do: get(statusURL)},
		{name: "POST /v1/attest", do: attest}}
	if err := loadTest(cfg, eps); err != nil {
		return err
	}
	res.Bare, res.Status, res.Attest = eps[0].summary(), eps[1].summary(), eps[2].summary()
	if res.Bare.P50Ms > 0 {
		res.Status.RatioP50 = res.Status.P50Ms / res.Bare.P50Ms
		res.Attest.RatioP50 = res.Attest.P50Ms / res.Bare.P50Ms
	}
	return nil
}

// roundTrip sends one request and reads the whole answer, which must be 200.
func roundTrip(ctx context.Context, hc *http.Client, method, url string, body []byte) error {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s %s: HTTP %d: %s", method, url, resp.StatusCode, strings.TrimSpace(string(b[:min(len(b), 200)])))
	}
	return nil
}

// loadPasses is how many alternating passes the request figures are split
// into, so that a burst of load on a shared machine falls on every endpoint
// alike rather than on the one measured at that moment.
const loadPasses = 5

// endpoint is one measured request kind: its samples over the passes.
type endpoint struct {
	name    string
	do      func(*http.Client) error
	hc      *http.Client
	samples []time.Duration
	wall    time.Duration
}

// loadTest measures the endpoints in loadPasses alternating passes; in
// each, cfg.clients goroutines share one keep-alive client per endpoint
// and send their part of cfg.requests requests each.
func loadTest(cfg benchExchangeConfig, eps []*endpoint) error {
	for _, ep := range eps {
		tr := &http.Transport{MaxIdleConns: cfg.clients * 2, MaxIdleConnsPerHost: cfg.clients * 2, IdleConnTimeout: time.Minute}
		defer tr.CloseIdleConnections()
		ep.hc = &http.Client{Transport: tr, Timeout: 30 * time.Second}
		// Warm-up: one connection per client.
		if _, _, err := loadPass(cfg.clients, 1, ep); err != nil {
			return fmt.Errorf("%s: %w", ep.name, err)
		}
	}
	for pass := range loadPasses {
		n := cfg.requests / loadPasses
		if pass < cfg.requests%loadPasses {
			n++
		}
		if n == 0 {
			continue
		}
		for _, ep := range eps {
			ts, wall, err := loadPass(cfg.clients, n, ep)
			if err != nil {
				return fmt.Errorf("%s: %w", ep.name, err)
			}
			ep.samples, ep.wall = append(ep.samples, ts...), ep.wall+wall
		}
	}
	return nil
}

// loadPass runs clients goroutines sending n requests each.
func loadPass(clients, n int, ep *endpoint) ([]time.Duration, time.Duration, error) {
	times := make([][]time.Duration, clients)
	errs := make([]error, clients)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range clients {
		wg.Go(func() {
			ts := make([]time.Duration, 0, n)
			for range n {
				t0 := time.Now()
				if err := ep.do(ep.hc); err != nil {
					errs[i] = err
					return
				}
				ts = append(ts, time.Since(t0))
			}
			times[i] = ts
		})
	}
	wg.Wait()
	wall := time.Since(start)
	for _, err := range errs {
		if err != nil {
			return nil, 0, err
		}
	}
	return slices.Concat(times...), wall, nil
}

// summary is the latency distribution of ep's samples.
func (ep *endpoint) summary() requestLatency {
	all := slices.Clone(ep.samples)
	if len(all) == 0 {
		return requestLatency{}
	}
	slices.Sort(all)
	var sum time.Duration
	for _, d := range all {
		sum += d
	}
	ms := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e6 }
	pct := func(p float64) time.Duration { return all[min(len(all)-1, int(p*float64(len(all))))] }
	return requestLatency{Requests: len(all), P50Ms: ms(pct(0.50)), P99Ms: ms(pct(0.99)), MeanMs: ms(sum / time.Duration(len(all))),
		RequestsPerSec: float64(len(all)) / ep.wall.Seconds()}
}

// benchDelivery times the enclave re-encrypting the committed trade's
// verified data under the buyer's K_D — streamed (Program.WriteDelivery,
// the headline figure) and buffered (Program.Commit) — against raw
// AES-256-GCM sealing the same bytes in chunks of the same size. Both
// forms are first checked to give the same ciphertext.
func (e *benchExchangeEnv) benchDelivery(ctx context.Context, cfg benchExchangeConfig, res *benchExchangeResult) error {
	ct, err := e.prog.Commit(ctx, e.dataID, nil)
	if err != nil {
		return err
	}
	if int64(len(ct)) != envelope.SealedSize(cfg.size, cfg.chunkSize) {
		return fmt.Errorf("the buyer's ciphertext is %d bytes, want %d", len(ct), envelope.SealedSize(cfg.size, cfg.chunkSize))
	}
	want := sha256.Sum256(ct)
	ct = nil
	h := sha256.New()
	if _, err := e.prog.WriteDelivery(ctx, e.dataID, h); err != nil {
		return err
	}
	if !bytes.Equal(h.Sum(nil), want[:]) {
		return fmt.Errorf("the streamed delivery differs from Commit's ciphertext")
	}

	var key [32]byte
	_, _ = crand.Read(key[:])
	block, err := aes.NewCipher(key[:])
	if err != nil {
		return err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return err
	}
	nonce := make([]byte, aead.NonceSize())
	cs := cfg.chunkSize
	scratch := make([]byte, cs+envelope.TagSize)
	pt := e.plain
	raw := func() error {
		for off := 0; off < len(pt); off += cs {
			aead.Seal(scratch[:0], nonce, pt[off:min(len(pt), off+cs)], nil)
		}
		return nil
	}
	const baseline = "raw AES-256-GCM seal"
	if res.Delivery, err = pair(cfg.rounds, cfg.size, baseline, raw, func() error {
		_, err := e.prog.WriteDelivery(ctx, e.dataID, io.Discard)
		return err
	}); err != nil {
		return err
	}
	res.CommitBuffered, err = pair(cfg.rounds, cfg.size, baseline, raw, func() error {
		_, err := e.prog.Commit(ctx, e.dataID, nil)
		return err
	})
	return err
}
