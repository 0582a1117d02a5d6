package privateapi

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/internal/httpjson"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/spatial/private"
	"github.com/datatrade/datatrade/spatial/query"
)

// SimCode names the simulated private-query enclave build; its simulated
// measurement is sim.Measurement([]byte(SimCode)).
const SimCode = "datatrade private spatial query enclave v1 (simulated)"

// Defaults of Options.
const (
	DefaultAttestPerMinute  = 60
	DefaultQueriesPerMinute = 120
	// DefaultMaxQueryBody bounds a query ciphertext: a padded request of
	// up to 512 KiB (a query of 1,024 polygon vertices and 32 attributes
	// fits in far less) plus the HPKE overhead.
	DefaultMaxQueryBody   = 1 << 20
	DefaultReloadInterval = 30 * time.Second
)

// Files in Options.Dir.
const (
	configFile = "private-enclave-config.json"
	keysFile   = "private-enclave-keys.sealed"
)

// Source is where the enclave's listings come from: a *catalog.Catalog
// (its SpatialEntries), or a function that syncs the catalog first.
type Source interface {
	SpatialEntries(ctx context.Context) ([]query.Entry, error)
}

// SourceFunc adapts a function to Source.
type SourceFunc func(ctx context.Context) ([]query.Entry, error)

var _ Source = SourceFunc(nil)

// SpatialEntries calls f.
func (f SourceFunc) SpatialEntries(ctx context.Context) ([]query.Entry, error) { return f(ctx) }

// Options configure a Service.
type Options struct {
	// Backend is the enclave (the sim backend: SIMULATION).
	Backend enclave.Backend
	// Config is the enclave's attested configuration (EnclaveConfig).
	Config enclave.Config
	// Dir holds the configuration and the sealed enclave keys.
	Dir string
	// Source provides the listings.
	Source Source
	// ReloadInterval is how often Run reloads the listings (0:
	// DefaultReloadInterval; negative: never, only Reload).
	ReloadInterval time.Duration
	// AttestPerMinute and QueriesPerMinute bound requests per client IP
	// (0: the defaults; negative: unlimited).
	AttestPerMinute, QueriesPerMinute int
	// MaxQueryBody bounds a query ciphertext (0: DefaultMaxQueryBody).
	MaxQueryBody int64
	// Log receives the host's log (sizes and counts only). Nil discards.
	Log *slog.Logger
	// Now is the clock (nil: time.Now).
	Now func() time.Time
	// Rand generates the enclave's keys on first start.
	Rand io.Reader
}

// Info describes the service: GET /v1/info. It is not attested; a client
// trusts only what Attest binds.
type Info struct {
	Platform      string                `json:"platform"`  // "sim" = SIMULATION
	Simulated     bool                  `json:"simulated"` // no hardware protection
	Measurement   enclave.Measurement   `json:"measurement"`
	MeasurementID enclave.MeasurementID `json:"measurement_id"`
	Keys          enclave.PublicKeys    `json:"keys"`
	Config        enclave.Config        `json:"config"`
	ConfigHash    common.Hash           `json:"config_hash"`
	// Listings is how many spatial listings the enclave holds.
	Listings int `json:"listings"`
	// LoadedAt is when the listings were last (re)loaded.
	LoadedAt time.Time `json:"loaded_at"`
}

// loaded is one generation of the enclave's listings.
type loaded struct {
	svc    *private.Service
	digest [32]byte
	at     time.Time
}

// Service is the host of a private-query enclave. Its methods are safe for
// concurrent use.
type Service struct {
	opts    Options
	log     *slog.Logger
	now     func() time.Time
	f       *enclave.Factotum
	cur     atomic.Pointer[loaded]
	reload  sync.Mutex
	attest  *httpjson.Limiter
	queries *httpjson.Limiter
}

// EnclaveConfig returns the attested configuration of the private-query
// enclave for deployment d. The enclave follows no chain (the host loads it
// with the public catalog), so its header authenticator is "dev" and its
// checkpoint a fixed marker of the deployment; what the configuration pins
// is the deployment (chain, contracts, domain salt). A client pins its hash.
func EnclaveConfig(d market.Deployment) enclave.Config {
	return enclave.Config{
		ChainID: d.ChainID, Registry: d.Registry, Market: d.Market, Escrow: d.Escrow,
		Domain: enclave.Domain{Name: "datatrade private spatial query", Version: "1", Salt: d.Salt},
		Checkpoint: enclave.Checkpoint{Number: d.Block,
			Hash: crypto.Keccak256Hash([]byte("datatrade/privateapi/no-chain-followed/v1\x00"), d.Market[:], d.Salt[:])},
		HeaderAuth: enclave.HeaderAuthDev, HeaderWindow: 1, Confirmations: 0,
	}
}

// New opens the enclave: the sealed keys in opts.Dir when present (the
// same identity as before), else fresh keys, sealed there. It loads the
// listings from opts.Source. Errors: EINVALID for missing options or an
// invalid configuration, ECONFLICT when opts.Dir holds another
// configuration, EINTEGRITY when its sealed keys do not open.
func New(ctx context.Context, opts Options) (*Service, error) {
	if opts.Backend == nil || opts.Source == nil || opts.Dir == "" || opts.Rand == nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "private query service: backend, source, dir and randomness are required")
	}
	if err := opts.Config.Validate(); err != nil {
		return nil, err
	}
	if opts.ReloadInterval == 0 {
		opts.ReloadInterval = DefaultReloadInterval
	}
	if opts.AttestPerMinute == 0 {
		opts.AttestPerMinute = DefaultAttestPerMinute
	}
	if opts.QueriesPerMinute == 0 {
		opts.QueriesPerMinute = DefaultQueriesPerMinute
	}
	if opts.MaxQueryBody <= 0 {
		opts.MaxQueryBody = DefaultMaxQueryBody
	}
	s := &Service{opts: opts, log: opts.Log, now: opts.Now}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.now == nil {
		s.now = time.Now
	}
	s.attest = httpjson.NewLimiter(opts.AttestPerMinute, s.now)
	s.queries = httpjson.NewLimiter(opts.QueriesPerMinute, s.now)
	if err := os.MkdirAll(opts.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("private query state dir: %w", err)
	}
	if err := s.openEnclave(); err != nil {
		return nil, err
	}
	if _, err := s.Reload(ctx); err != nil {
		return nil, err
	}
	id := s.f.Identity()
	s.log.Info("private query enclave ready", "platform", id.Platform, "simulated", id.Simulated,
		"measurement", id.Measurement, "listings", s.cur.Load().svc.Len())
	return s, nil
}

// openEnclave restores or creates the enclave's keys.
func (s *Service) openEnclave() error {
	cfgPath, keysPath := filepath.Join(s.opts.Dir, configFile), filepath.Join(s.opts.Dir, keysFile)
	want := s.opts.Config.Hash()
	b, err := os.ReadFile(cfgPath)
	switch {
	case err == nil:
		var cfg enclave.Config
		if json.Unmarshal(b, &cfg) != nil {
			return datatrade.Errorf(datatrade.EINTEGRITY, "%s is damaged", cfgPath)
		}
		if cfg.Hash() != want {
			return datatrade.Errorf(datatrade.ECONFLICT, "the state dir %s belongs to another deployment (chain %d, market %s); use another --dir",
				s.opts.Dir, cfg.ChainID, cfg.Market)
		}
		sealed, err := os.ReadFile(keysPath)
		if err != nil {
			return fmt.Errorf("read the sealed enclave keys: %w", err)
		}
		if s.f, err = enclave.OpenFactotum(s.opts.Backend, s.opts.Config, sealed); err != nil {
			return fmt.Errorf("open the sealed enclave keys in %s (another enclave build or platform?): %w", s.opts.Dir, err)
		}
		return nil
	case !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("read %s: %w", cfgPath, err)
	}
	if s.f, err = enclave.NewFactotum(s.opts.Backend, s.opts.Config, s.opts.Rand); err != nil {
		return err
	}
	sealed, err := s.f.SealKeys()
	if err != nil {
		return err
	}
	if b, err = json.MarshalIndent(&s.opts.Config, "", "  "); err != nil {
		return err
	}
	// Keys first: a config without keys would make the next start fail.
	if err := writeAtomic(keysPath, sealed); err != nil {
		return err
	}
	return writeAtomic(cfgPath, b)
}

// writeAtomic writes b to path through a temporary file and a rename.
func writeAtomic(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// Reload reads the listings from the source and, when they changed,
// loads a new engine into the enclave (queries in flight finish on the old
// one). It reports whether they changed.
func (s *Service) Reload(ctx context.Context) (bool, error) {
	s.reload.Lock()
	defer s.reload.Unlock()
	entries, err := s.opts.Source.SpatialEntries(ctx)
	if err != nil {
		return false, fmt.Errorf("read the catalog's spatial listings: %w", err)
	}
	b, err := json.Marshal(entries)
	if err != nil {
		return false, fmt.Errorf("digest the listings: %w", err)
	}
	digest := sha256.Sum256(b)
	if old := s.cur.Load(); old != nil && old.digest == digest {
		return false, nil
	}
	svc, err := private.NewService(s.f, entries)
	if err != nil {
		return false, err
	}
	s.cur.Store(&loaded{svc: svc, digest: digest, at: s.now()})
	s.log.Info("private query enclave loaded the catalog", "listings", svc.Len())
	return true, nil
}

// Run reloads the listings every ReloadInterval until ctx ends; a failed
// reload is logged and the enclave keeps the listings it has.
func (s *Service) Run(ctx context.Context) error {
	if s.opts.ReloadInterval < 0 {
		<-ctx.Done()
		return nil
	}
	t := time.NewTicker(s.opts.ReloadInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			if _, err := s.Reload(ctx); err != nil && ctx.Err() == nil {
				s.log.Warn("reloading the catalog failed; the enclave keeps the listings it has", "err", err)
			}
		}
	}
}

// Info returns the enclave's identity, keys, configuration and listing
// count.
func (s *Service) Info() Info {
	id := s.f.Identity()
	cur := s.cur.Load()
	return Info{Platform: id.Platform, Simulated: id.Simulated, Measurement: id.Measurement,
		MeasurementID: enclave.IDOf(id.Platform, id.Measurement), Keys: s.f.PublicKeys(), Config: s.f.Config(),
		ConfigHash: s.f.ConfigHash(), Listings: cur.svc.Len(), LoadedAt: cur.at}
}

// Attest returns the enclave's evidence for nonce.
func (s *Service) Attest(ctx context.Context, nonce enclave.Nonce) (*enclave.Attestation, error) {
	return s.f.Attest(ctx, nonce)
}

// Answer hands a query ciphertext to the enclave and returns its reply
// ciphertext. Errors as private.Service.Answer's (they reveal nothing about
// the query).
func (s *Service) Answer(ciphertext []byte) ([]byte, error) {
	return s.cur.Load().svc.Answer(ciphertext)
}
