package host

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/contracts"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/exchange"
	xhost "github.com/datatrade/datatrade/exchange/host"
	"github.com/datatrade/datatrade/internal/httpjson"
	"github.com/datatrade/datatrade/lightclient"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

// Defaults of Options.
const (
	DefaultAttestPerMinute = 60
	DefaultPollInterval    = 500 * time.Millisecond
	// DefaultMaxBlobSize bounds one PUT /v1/blobs.
	DefaultMaxBlobSize = 256 << 20
)

// Options configure a Service.
type Options struct {
	// Market is the chain client and deployment (with a Jobs contract).
	Market *market.Client
	// RPC is the chain's JSON-RPC: header signatures, headers, receipts,
	// logs.
	RPC *rpc.Client
	// Account is the operator's account: it pays the gas to submit
	// results. Nil: the node runs jobs but submits nothing.
	Account *chain.Account
	// NodeID is this node's id in the Jobs contract (0 until registered:
	// the node then serves attestation only).
	NodeID uint64
	// Backend is the enclave backend: sim.New(...) (SIMULATION, never
	// secure) or a real TEE.
	Backend enclave.Backend
	// Dir holds the state: enclave configuration, sealed enclave keys, the
	// host's job table, the follower's checkpoint and (when Store is nil)
	// the blob store.
	Dir string
	// Store keeps ciphertexts and results; nil opens a local store under
	// Dir/blobs.
	Store store.Store
	// Source, if not nil, is where listings' ciphertexts are fetched from
	// when they are not in Store (e.g. the sellers' shared store); they
	// can always be uploaded with PUT /v1/blobs.
	Source store.Getter
	// HeaderAuth is enclave.HeaderAuthAuthority (default) or HeaderAuthDev
	// (refused unless AllowDevHeaders).
	HeaderAuth string
	// Authority is the pinned header-signing key; zero asks the node.
	Authority common.Address
	// AllowDevHeaders allows HeaderAuthDev (no consensus proof).
	AllowDevHeaders bool
	// Confirmations is the number of blocks on top before an event is final.
	Confirmations uint32
	// HeaderWindow is the enclave light client's window (default 256).
	HeaderWindow uint32
	// AttestPerMinute is the rate limit per client IP on /v1/attest
	// (default 60; negative disables the limit).
	AttestPerMinute int
	// MaxBlobSize bounds one uploaded blob (default 256 MiB).
	MaxBlobSize int64
	// PollInterval is how often Run looks at the chain (default 500 ms).
	PollInterval time.Duration
	// NudgeBlocks makes Run send a zero-value transaction from Account to
	// itself when the chain's head stands still while Jobs events lack
	// confirmations: for chains that seal blocks only for transactions
	// (the embedded dev chain with period 0). It costs gas; leave it off
	// on chains with a block period.
	NudgeBlocks bool
	// MemoryLimitPages, MaxCost and WallTimeout are the runner's limits
	// (job.Options; zero takes its defaults).
	MemoryLimitPages uint32
	MaxCost          uint64
	WallTimeout      time.Duration
	// Rand supplies the enclave's keys (crypto/rand if nil).
	Rand io.Reader
	// Now is the clock (time.Now if nil).
	Now func() time.Time
	// Log receives the service's logs (discarded if nil). Keys are never
	// logged.
	Log *slog.Logger
}

// Info describes a compute node: GET /v1/info. It is not attested: use
// Verify.
type Info struct {
	NodeID    uint64 `json:"node_id"`
	Platform  string `json:"platform"`  // "sim" = SIMULATION
	Simulated bool   `json:"simulated"` // no hardware protection
	// Measurement and MeasurementID (enclave.IDOf, the form a listing's
	// compute policy and the node registry take).
	Measurement   enclave.Measurement   `json:"measurement"`
	MeasurementID enclave.MeasurementID `json:"measurement_id"`
	Keys          enclave.PublicKeys    `json:"keys"`
	Config        enclave.Config        `json:"config"`
	// Jobs is the Jobs contract the host says the runner serves (see the
	// trust note of package compute/job: take it from your deployment).
	Jobs       common.Address `json:"jobs"`
	WindowHead uint64         `json:"window_head"`
}

// Service is the host of one compute node's enclave. Its methods are safe
// for concurrent use.
type Service struct {
	opts    Options
	log     *slog.Logger
	now     func() time.Time
	m       *market.Client
	d       market.Deployment
	jobs    *market.Jobs
	eth     *ethclient.Client
	ev      *xhost.EvidenceBuilder
	f       *enclave.Factotum
	cfg     enclave.Config
	lc      *lightclient.Client
	runner  *job.Runner
	store   store.Store
	limiter *httpjson.Limiter
	abi     abi.ABI

	// lcMu serialises evidence building against the light client's window
	// with the ECALL that verifies it.
	lcMu   sync.Mutex
	saveMu sync.Mutex

	mu     sync.Mutex
	recs   map[uint64]*jobRec
	locks  map[uint64]*sync.Mutex
	closed bool
	kick   chan struct{}
}

func (s *Service) jobsFile() string {
	return filepath.Join(s.opts.Dir, "jobs-"+strconv.FormatUint(s.opts.NodeID, 10)+".json")
}

func (s *Service) followerFile() string {
	return filepath.Join(s.opts.Dir, "follower-"+strconv.FormatUint(s.opts.NodeID, 10)+".json")
}

// New opens the compute node in opts.Dir, or creates it: on first start it
// fixes the enclave configuration for the deployment (exchange/host's
// EnclaveConfig: checkpoint = the newest block with enough confirmations),
// generates the enclave's keys and seals them to Dir; on a restart it
// reopens the same configuration and keys.
func New(ctx context.Context, opts Options) (*Service, error) {
	if opts.Market == nil || opts.RPC == nil || opts.Backend == nil || opts.Dir == "" {
		return nil, datatrade.Errorf(datatrade.EINVALID, "compute host: market client, RPC client, enclave backend and state dir are required")
	}
	auth, err := xhost.CheckHeaderAuth(opts.HeaderAuth, opts.AllowDevHeaders)
	if err != nil {
		return nil, err
	}
	opts.HeaderAuth = auth
	if opts.AttestPerMinute == 0 {
		opts.AttestPerMinute = DefaultAttestPerMinute
	}
	if opts.MaxBlobSize <= 0 {
		opts.MaxBlobSize = DefaultMaxBlobSize
	}
	if opts.PollInterval <= 0 {
		opts.PollInterval = DefaultPollInterval
	}
	if opts.Rand == nil {
		opts.Rand = rand.Reader
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	jobs, err := opts.Market.Jobs()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(opts.Dir, 0o700); err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "cannot create the state dir %s", opts.Dir)
	}
	s := &Service{
		opts: opts, log: opts.Log.With("node", opts.NodeID), now: opts.Now, m: opts.Market, d: opts.Market.Deployment(), jobs: jobs,
		eth: ethclient.NewClient(opts.RPC), ev: xhost.NewEvidenceBuilder(opts.RPC, opts.HeaderAuth), store: opts.Store,
		abi: contracts.NewJobs().GetABI(), recs: map[uint64]*jobRec{}, locks: map[uint64]*sync.Mutex{}, kick: make(chan struct{}, 1),
	}
	s.limiter = httpjson.NewLimiter(opts.AttestPerMinute, opts.Now)
	if s.store == nil {
		st, err := store.OpenLocal(filepath.Join(opts.Dir, "blobs"), store.LocalOptions{Logger: opts.Log})
		if err != nil {
			return nil, err
		}
		s.store = st
	}
	if err := s.openEnclave(ctx); err != nil {
		return nil, err
	}
	if err := s.load(); err != nil {
		s.closeRunner()
		return nil, err
	}
	id := s.f.Identity()
	s.log.Info("compute enclave ready", "platform", id.Platform, "simulated", id.Simulated, "measurement", enclave.IDOf(id.Platform, id.Measurement),
		"signer", s.f.PublicKeys().SigningAddress, "checkpoint", s.cfg.Checkpoint.Number, "jobs", len(s.recs))
	return s, nil
}

// openEnclave fixes or reloads the configuration and keys and starts the
// runner with its light client.
func (s *Service) openEnclave(ctx context.Context) error {
	id, err := xhost.OpenIdentity(ctx, xhost.IdentityOptions{Dir: s.opts.Dir, RPC: s.opts.RPC, Deployment: s.d, Backend: s.opts.Backend,
		HeaderAuth: s.opts.HeaderAuth, Authority: s.opts.Authority, Confirmations: s.opts.Confirmations, HeaderWindow: s.opts.HeaderWindow,
		AllowDevHeaders: s.opts.AllowDevHeaders, Rand: s.opts.Rand})
	if err != nil {
		return err
	}
	s.f, s.cfg, s.lc = id.Factotum, id.Config, id.LightClient
	if s.opts.NodeID == 0 {
		return nil
	}
	s.runner, err = job.New(ctx, job.Options{Factotum: s.f, Chain: exchange.LightClient{Client: s.lc}, Jobs: s.d.Jobs, Node: s.opts.NodeID,
		MemoryLimitPages: s.opts.MemoryLimitPages, MaxCost: s.opts.MaxCost, WallTimeout: s.opts.WallTimeout, Logger: s.log, Now: s.now})
	return err
}

// load restores the host's job table. Jobs that had not run lose their
// enclave state with the process: they are opened again from the chain.
func (s *Service) load() error {
	var rs []*jobRec
	if _, err := readJSON(s.jobsFile(), &rs); err != nil {
		return err
	}
	for _, r := range rs {
		if r == nil || r.JobID == 0 {
			continue
		}
		if !r.final() {
			r.resetEnclave()
		}
		s.recs[r.JobID] = r
	}
	return nil
}

// save writes the host's job table atomically.
func (s *Service) save() error {
	s.saveMu.Lock()
	defer s.saveMu.Unlock()
	s.mu.Lock()
	rs := make([]*jobRec, 0, len(s.recs))
	for _, r := range s.recs {
		rs = append(rs, r.clone())
	}
	s.mu.Unlock()
	b, err := json.Marshal(rs)
	if err != nil {
		return err
	}
	return envelope.WriteFileAtomic(s.jobsFile(), b, 0o600)
}

// Info returns the node's identity and attested configuration.
func (s *Service) Info() Info {
	id := s.f.Identity()
	return Info{NodeID: s.opts.NodeID, Platform: id.Platform, Simulated: id.Simulated, Measurement: id.Measurement,
		MeasurementID: enclave.IDOf(id.Platform, id.Measurement), Keys: s.f.PublicKeys(), Config: s.cfg, Jobs: s.d.Jobs, WindowHead: xhost.WindowHead(s.lc)}
}

// Factotum returns the enclave's key holder. SIMULATION only: a real
// enclave's host has no such handle; the demo uses it to play a faulty node.
func (s *Service) Factotum() *enclave.Factotum { return s.f }

// lock takes job id's lock, which serialises the ECALLs and transactions
// of one job, and returns the unlock function.
func (s *Service) lock(id uint64) func() {
	s.mu.Lock()
	m := s.locks[id]
	if m == nil {
		m = new(sync.Mutex)
		s.locks[id] = m
	}
	s.mu.Unlock()
	m.Lock()
	return m.Unlock
}

func (s *Service) closeRunner() {
	if s.runner != nil {
		_ = s.runner.Close(context.Background())
	}
}

// Close saves the state and releases the runner. It does not stop Run:
// cancel Run's context first.
func (s *Service) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	s.mu.Unlock()
	err := s.save()
	s.closeRunner()
	return err
}

// maxStateFile bounds what the service reads back from its own files.
const maxStateFile = 64 << 20

func readOptional(path string) ([]byte, bool, error) { return xhost.ReadStateFile(path, maxStateFile) }
func readJSON(path string, v any) (bool, error)      { return xhost.ReadStateJSON(path, maxStateFile, v) }
