package host

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
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
	"github.com/datatrade/datatrade/contracts"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/exchange"
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
	// Market is the chain client and deployment.
	Market *market.Client
	// RPC is the chain's JSON-RPC: authority header signatures
	// (datatrade_headerSignature), headers, block receipts, logs.
	RPC *rpc.Client
	// Account is the operator's account: it pays the gas to submit
	// commits, reveals and seller faults.
	Account *chain.Account
	// ExchangeID is this exchange's id in the ExchangeRegistry (0 until
	// registered: the enclave then serves attestation only, as no trade
	// names exchange 0). The pending table is kept per id.
	ExchangeID uint64
	// Backend is the enclave backend: sim.New(...) (SIMULATION, never
	// secure) or a real TEE.
	Backend enclave.Backend
	// Dir holds the state: enclave configuration, sealed enclave keys,
	// sealed pending table, the host's trade table, the follower's
	// checkpoint and (when Store is nil) the blob store.
	Dir string
	// Store keeps ciphertexts; nil opens a local store under Dir/blobs.
	Store store.Store
	// HeaderAuth is enclave.HeaderAuthAuthority (default) or HeaderAuthDev
	// (refused unless AllowDevHeaders).
	HeaderAuth string
	// Authority is the pinned header-signing key; zero asks the node (the
	// embedded chain's authority).
	Authority common.Address
	// AllowDevHeaders allows HeaderAuthDev (no consensus proof; for local
	// experiments only).
	AllowDevHeaders bool
	// Confirmations is the number of blocks on top before an event is final
	// (the enclave's Config.Confirmations).
	Confirmations uint32
	// HeaderWindow is the enclave light client's window (default 256).
	HeaderWindow uint32
	// AttestPerMinute is the rate limit per client IP on /v1/attest
	// (default 60; negative disables the limit).
	AttestPerMinute int
	// UploadsPerMinute is the rate limit per client IP on PUT /v1/blobs
	// (default 60; negative disables the limit).
	UploadsPerMinute int
	// MaxBlobSize bounds one uploaded blob (default 256 MiB).
	MaxBlobSize int64
	// NudgeBlocks makes Run send a zero-value transaction from Account to
	// itself when the chain's head stands still while Escrow or Market
	// events lack confirmations: for chains that seal blocks only for
	// transactions (the embedded dev chain with period 0), where an event
	// would otherwise never become final. It costs gas; leave it off on
	// chains with a block period.
	NudgeBlocks bool
	// PollInterval is how often Run looks at the chain (default 500 ms).
	PollInterval time.Duration
	// Rand supplies the enclave's keys and data keys (crypto/rand if nil).
	Rand io.Reader
	// Now is the clock (time.Now if nil).
	Now func() time.Time
	// Log receives the service's logs (discarded if nil). Keys are never
	// logged.
	Log *slog.Logger
}

// Info describes an exchange: GET /v1/info.
type Info struct {
	ExchangeID  uint64              `json:"exchange_id"`
	Platform    string              `json:"platform"`  // "sim" = SIMULATION
	Simulated   bool                `json:"simulated"` // no hardware protection
	Measurement enclave.Measurement `json:"measurement"`
	// MeasurementID is the registry's form of the measurement
	// (enclave.IDOf), what `exchange register --measurement` takes.
	MeasurementID enclave.MeasurementID `json:"measurement_id"`
	Keys          enclave.PublicKeys    `json:"keys"`   // signing address + HPKE key
	Config        enclave.Config        `json:"config"` // attested configuration
	// WindowHead is the newest block in the enclave light client's header
	// window (the checkpoint before any was fed): evidence a client builds
	// must carry the headers from the block after it.
	WindowHead uint64 `json:"window_head"`
}

// Service is the host of one exchange enclave. Its methods are safe for
// concurrent use.
type Service struct {
	opts    Options
	log     *slog.Logger
	now     func() time.Time
	m       *market.Client
	d       market.Deployment
	eth     *ethclient.Client
	ev      *EvidenceBuilder
	f       *enclave.Factotum
	cfg     enclave.Config
	lc      *lightclient.Client
	prog    *exchange.Program
	store   store.Store
	limiter *httpjson.Limiter // attestations
	uploads *httpjson.Limiter // blob uploads
	escrow  abi.ABI
	mkt     abi.ABI

	// lcMu serialises evidence building against the light client's window
	// with the ECALL that verifies it (each feeds headers into the window).
	lcMu sync.Mutex
	// saveMu serialises writes of the state files.
	saveMu sync.Mutex

	mu      sync.Mutex
	trades  map[uint64]*trade
	checked map[uint64]bool // trades whose data was checked by this process's enclave
	locks   map[uint64]*sync.Mutex
	closed  bool
	kick    chan struct{}
}

// Files in Options.Dir.
const (
	configFile = "enclave-config.json"
	keysFile   = "enclave-keys.sealed"
)

func (s *Service) stateFile() string {
	return filepath.Join(s.opts.Dir, "pending-"+strconv.FormatUint(s.opts.ExchangeID, 10)+".sealed")
}
func (s *Service) tradesFile() string {
	return filepath.Join(s.opts.Dir, "trades-"+strconv.FormatUint(s.opts.ExchangeID, 10)+".json")
}
func (s *Service) followerFile() string {
	return filepath.Join(s.opts.Dir, "follower-"+strconv.FormatUint(s.opts.ExchangeID, 10)+".json")
}

// New opens the exchange in opts.Dir, or creates it: on first start it
// fixes the enclave configuration for the deployment (checkpoint = the
// newest block with enough confirmations), generates the enclave's keys and
// seals them to Dir. On a restart it reopens the same configuration and
// keys and restores the sealed pending table, so trades carry on.
func New(ctx context.Context, opts Options) (*Service, error) {
	if opts.Market == nil || opts.RPC == nil || opts.Backend == nil || opts.Dir == "" {
		return nil, datatrade.Errorf(datatrade.EINVALID, "exchange host: market client, RPC client, enclave backend and state dir are required")
	}
	auth, err := CheckHeaderAuth(opts.HeaderAuth, opts.AllowDevHeaders)
	if err != nil {
		return nil, err
	}
	opts.HeaderAuth = auth
	if opts.AttestPerMinute == 0 {
		opts.AttestPerMinute = DefaultAttestPerMinute
	}
	if opts.UploadsPerMinute == 0 {
		opts.UploadsPerMinute = DefaultAttestPerMinute
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
	if err := os.MkdirAll(opts.Dir, 0o700); err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "cannot create the state dir %s", opts.Dir)
	}
	s := &Service{
		opts: opts, log: opts.Log.With("exchange", opts.ExchangeID), now: opts.Now, m: opts.Market, d: opts.Market.Deployment(),
		eth: ethclient.NewClient(opts.RPC), ev: NewEvidenceBuilder(opts.RPC, opts.HeaderAuth), store: opts.Store,
		escrow: contracts.NewEscrow().GetABI(), mkt: contracts.NewMarket().GetABI(),
		trades: map[uint64]*trade{}, checked: map[uint64]bool{}, locks: map[uint64]*sync.Mutex{}, kick: make(chan struct{}, 1),
	}
	s.limiter = httpjson.NewLimiter(opts.AttestPerMinute, opts.Now)
	s.uploads = httpjson.NewLimiter(opts.UploadsPerMinute, opts.Now)
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
		return nil, err
	}
	id := s.f.Identity()
	s.log.Info("exchange enclave ready", "platform", id.Platform, "simulated", id.Simulated, "measurement", id.Measurement,
		"signer", s.f.PublicKeys().SigningAddress, "checkpoint", s.cfg.Checkpoint.Number, "trades", len(s.trades))
	return s, nil
}

// openEnclave fixes or reloads the configuration and keys and starts the
// program with its light client.
func (s *Service) openEnclave(ctx context.Context) error {
	id, err := OpenIdentity(ctx, IdentityOptions{Dir: s.opts.Dir, RPC: s.opts.RPC, Deployment: s.d, Backend: s.opts.Backend,
		HeaderAuth: s.opts.HeaderAuth, Authority: s.opts.Authority, Confirmations: s.opts.Confirmations, HeaderWindow: s.opts.HeaderWindow,
		AllowDevHeaders: s.opts.AllowDevHeaders, Rand: s.opts.Rand})
	if err != nil {
		return err
	}
	s.f, s.cfg, s.lc = id.Factotum, id.Config, id.LightClient
	s.prog, err = exchange.New(exchange.Options{Factotum: s.f, Chain: exchange.LightClient{Client: s.lc}, Exchange: s.opts.ExchangeID,
		Rand: s.opts.Rand, Now: s.now})
	return err
}

// load restores the sealed pending table and the host's trade table.
func (s *Service) load() error {
	sealed, ok, err := readOptional(s.stateFile())
	if err != nil {
		return err
	}
	if ok {
		if err := s.prog.RestoreState(sealed); err != nil {
			return fmt.Errorf("restore the sealed pending table: %w", err)
		}
	}
	var ts []*trade
	if _, err := readJSON(s.tradesFile(), &ts); err != nil {
		return err
	}
	for _, t := range ts {
		if t != nil && t.TradeID != 0 {
			if t.Delivery == nil {
				// The enclave did not seal the K_D this statement's
				// ciphertext is under: the trade is prepared again after
				// its data is checked again (a new CID, before payment).
				t.Prepared = nil
			}
			s.trades[t.TradeID] = t
		}
	}
	return nil
}

// save writes the sealed pending table, then the host's trade table, each
// atomically.
func (s *Service) save() error {
	s.saveMu.Lock()
	defer s.saveMu.Unlock()
	sealed, err := s.prog.SealState()
	if err != nil {
		return fmt.Errorf("seal the pending table: %w", err)
	}
	if err := writeAtomic(s.stateFile(), sealed, 0o600); err != nil {
		return err
	}
	s.mu.Lock()
	ts := make([]*trade, 0, len(s.trades))
	for _, t := range s.trades {
		ts = append(ts, t.clone())
	}
	s.mu.Unlock()
	b, err := json.Marshal(ts)
	if err != nil {
		return err
	}
	return writeAtomic(s.tradesFile(), b, 0o600)
}

// Info returns the exchange's identity and attested configuration.
func (s *Service) Info() Info {
	id := s.f.Identity()
	return Info{ExchangeID: s.opts.ExchangeID, Platform: id.Platform, Simulated: id.Simulated, Measurement: id.Measurement,
		MeasurementID: enclave.IDOf(id.Platform, id.Measurement), Keys: s.f.PublicKeys(), Config: s.cfg, WindowHead: WindowHead(s.lc)}
}

// lock takes trade id's lock, which serialises the steps of one trade (and
// so its transactions), and returns the unlock function.
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

// Close saves the state. It does not stop Run: cancel Run's context first.
func (s *Service) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	s.mu.Unlock()
	return s.save()
}
