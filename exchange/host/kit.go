package host

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/internal/httpjson"
	"github.com/datatrade/datatrade/lightclient"
	"github.com/datatrade/datatrade/market"
)

// The plumbing below is shared by every host of an enclave that follows
// the chain through a light client: this package's exchange and
// compute/host's compute node.

// AttestHandler serves POST /v1/attest (body AttestRequest, answer the
// enclave.Attestation of f over the nonce), rate limited by limiter per
// client IP; errors are written with httpjson.WriteError to log.
func AttestHandler(f *enclave.Factotum, limiter *httpjson.Limiter, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if limiter.Limited(w, r, "attestation requests") {
			return
		}
		var req AttestRequest
		if err := httpjson.DecodeJSON(w, r, maxJSONBody, &req); err != nil {
			httpjson.WriteError(w, log, err)
			return
		}
		if len(req.Nonce) != len(enclave.Nonce{}) {
			httpjson.WriteError(w, log, datatrade.Errorf(datatrade.EINVALID, "the nonce must be %d bytes of hex, not %d", len(enclave.Nonce{}), len(req.Nonce)))
			return
		}
		att, err := f.Attest(r.Context(), enclave.Nonce(req.Nonce))
		if err != nil {
			httpjson.WriteError(w, log, err)
			return
		}
		httpjson.WriteJSON(w, http.StatusOK, att)
	}
}

// BlockNudger makes a block when the chain's head stands still while logs
// of Addresses wait for confirmations, by sending a zero-value transaction
// from Account to itself: for chains that seal blocks only for
// transactions (the embedded dev chain with period 0), where an event
// would otherwise never become final. Set the fields, then call Nudge once
// a poll; it is not safe for concurrent use.
type BlockNudger struct {
	// Market sends the transaction.
	Market *market.Client
	// Account pays for it; nil never nudges.
	Account *chain.Account
	// Heads tells the chain's head.
	Heads *EvidenceBuilder
	// Logs searches the unconfirmed blocks for logs of Addresses.
	Logs ethereum.LogFilterer
	// Addresses are the contracts whose events the host waits for.
	Addresses []common.Address
	// Confirmations is how many blocks an event waits for.
	Confirmations uint32
	// Wait is how long the head must stand still before a nudge.
	Wait time.Duration
	// Now is the clock; Log gets a debug line for each nudge.
	Now func() time.Time
	Log *slog.Logger

	head  uint64
	since time.Time
}

// Nudge looks at the head and sends the transaction when it has stood
// still for Wait with logs of Addresses among the last Confirmations
// blocks.
func (n *BlockNudger) Nudge(ctx context.Context) error {
	latest, err := n.Heads.Latest(ctx)
	if err != nil {
		return err
	}
	now := n.Now()
	if latest != n.head || n.since.IsZero() {
		n.head, n.since = latest, now
		return nil
	}
	if now.Sub(n.since) < n.Wait || n.Account == nil {
		return nil
	}
	from := latest + 1 - min(latest+1, uint64(n.Confirmations))
	fctx, cancel := context.WithTimeout(ctx, findLogTimeout)
	defer cancel()
	logs, err := n.Logs.FilterLogs(fctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(latest),
		Addresses: n.Addresses})
	if err != nil || len(logs) == 0 {
		return err
	}
	if _, err := n.Market.Chain().Transfer(ctx, n.Account, n.Account.Address, new(big.Int)); err != nil {
		return err
	}
	n.since = now
	n.Log.Debug("nudged the chain for a block", "head", latest)
	return nil
}

// IdentityOptions say where an enclave's identity is kept and, on first
// start, what it is made for.
type IdentityOptions struct {
	// Dir is the host's state dir: it holds enclave-config.json and
	// enclave-keys.sealed.
	Dir string
	// RPC and Deployment: the chain and contracts the configuration is
	// fixed for (EnclaveConfig) and checked against on a restart.
	RPC        *rpc.Client
	Deployment market.Deployment
	// Backend is the enclave backend.
	Backend enclave.Backend
	// HeaderAuth, Authority, Confirmations and HeaderWindow are as in
	// ConfigOptions; a restart with another HeaderAuth or Authority is
	// refused (ECONFLICT).
	HeaderAuth    string
	Authority     common.Address
	Confirmations uint32
	HeaderWindow  uint32
	// AllowDevHeaders lets the light client take HeaderAuthDev.
	AllowDevHeaders bool
	// Rand supplies new keys (crypto/rand if nil).
	Rand io.Reader
}

// Identity is an enclave opened from a host's state dir.
type Identity struct {
	// Factotum holds the enclave's keys.
	Factotum *enclave.Factotum
	// Config is its attested configuration.
	Config enclave.Config
	// LightClient is the enclave's light client, from Config's checkpoint.
	LightClient *lightclient.Client
}

// OpenIdentity opens the enclave identity kept in o.Dir, or creates it:
// on first start it fixes the enclave configuration for the deployment
// (EnclaveConfig: checkpoint = the newest block with enough
// confirmations), generates the enclave's keys and writes the
// configuration and the sealed keys to o.Dir, each atomically; on a
// restart it reopens the same configuration and keys, refusing a dir made
// for another deployment or header authenticator (ECONFLICT).
func OpenIdentity(ctx context.Context, o IdentityOptions) (*Identity, error) {
	cfgPath, keysPath := filepath.Join(o.Dir, configFile), filepath.Join(o.Dir, keysFile)
	d := o.Deployment
	var cfg enclave.Config
	ok, err := readJSON(cfgPath, &cfg)
	if err != nil {
		return nil, err
	}
	if ok {
		if cfg.ChainID != d.ChainID || cfg.Escrow != d.Escrow || cfg.Market != d.Market || cfg.Registry != d.Registry || cfg.Domain.Salt != d.Salt {
			return nil, datatrade.Errorf(datatrade.ECONFLICT, "the state dir %s belongs to another deployment (chain %d, escrow %s)", o.Dir, cfg.ChainID, cfg.Escrow)
		}
		if cfg.HeaderAuth != o.HeaderAuth || (o.Authority != (common.Address{}) && cfg.Authority != o.Authority) {
			return nil, datatrade.Errorf(datatrade.ECONFLICT, "the state dir %s was made for header authenticator %s with authority %s; use another dir to change it",
				o.Dir, cfg.HeaderAuth, cfg.Authority)
		}
	} else {
		cfg, err = EnclaveConfig(ctx, o.RPC, d, ConfigOptions{HeaderAuth: o.HeaderAuth, Authority: o.Authority,
			Confirmations: o.Confirmations, HeaderWindow: o.HeaderWindow})
		if err != nil {
			return nil, err
		}
	}
	sealed, haveKeys, err := readOptional(keysPath)
	if err != nil {
		return nil, err
	}
	id := &Identity{Config: cfg}
	if haveKeys {
		if id.Factotum, err = enclave.OpenFactotum(o.Backend, cfg, sealed); err != nil {
			return nil, fmt.Errorf("open the sealed enclave keys in %s (another enclave build or platform?): %w", o.Dir, err)
		}
	} else {
		r := o.Rand
		if r == nil {
			r = rand.Reader
		}
		if id.Factotum, err = enclave.NewFactotum(o.Backend, cfg, r); err != nil {
			return nil, err
		}
		b, err := json.MarshalIndent(&cfg, "", "  ")
		if err != nil {
			return nil, err
		}
		if err := writeAtomic(cfgPath, b, 0o600); err != nil {
			return nil, err
		}
		if sealed, err = id.Factotum.SealKeys(); err != nil {
			return nil, err
		}
		if err := writeAtomic(keysPath, sealed, 0o600); err != nil {
			return nil, err
		}
	}
	if id.LightClient, err = lightclient.New(cfg, lightclient.Options{AllowDev: o.AllowDevHeaders}); err != nil {
		return nil, err
	}
	return id, nil
}

// Loop is the body of a host's Run: see RunLoop.
type Loop struct {
	// Follower delivers the confirmed logs the host follows to OnLog.
	Follower *chain.Follower
	OnLog    chain.LogHandler
	// Advance takes the host's records as far as they go, after each sync.
	Advance func(ctx context.Context)
	// Nudger, if not nil, is nudged after each Advance.
	Nudger *BlockNudger
	// Idle makes the loop only wait: it follows and advances nothing (a
	// host that is not registered yet).
	Idle bool
	// Interval is the time between polls; a value on Kick polls at once.
	Interval time.Duration
	Kick     <-chan struct{}
	// Log gets a warning for a failing sync (once while it fails the same
	// way) or nudge.
	Log *slog.Logger
}

// RunLoop polls until ctx ends: Follower.Sync with OnLog, then Advance,
// then Nudger.Nudge. It returns ctx's error.
func RunLoop(ctx context.Context, l Loop) error {
	tick := time.NewTicker(l.Interval)
	defer tick.Stop()
	var lastErr string
	for {
		if !l.Idle {
			if err := l.Follower.Sync(ctx, l.OnLog); err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				if msg := err.Error(); msg != lastErr {
					l.Log.Warn("following the chain", "err", err)
					lastErr = msg
				}
			} else {
				lastErr = ""
			}
			l.Advance(ctx)
			if l.Nudger != nil {
				if err := l.Nudger.Nudge(ctx); err != nil && ctx.Err() == nil {
					l.Log.Warn("nudging the chain for a block", "err", err)
				}
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		case <-l.Kick:
		}
	}
}

// APIServer returns an http.Server for a host's API h on addr with
// conservative timeouts (large blob transfers get a long write timeout).
func APIServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr: addr, Handler: h,
		ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 10 * time.Minute, WriteTimeout: 10 * time.Minute,
		IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10,
	}
}

// Printable quotes s for an error message, cut to 80 bytes: a request's
// path or parameter, which the client chose.
func Printable(s string) string {
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return strconv.Quote(s)
}

// CheckHeaderAuth returns the header authenticator a host runs with: auth,
// or enclave.HeaderAuthAuthority when auth is empty. HeaderAuthDev checks
// no consensus proof and is refused (EINSECURE) unless allowDev.
func CheckHeaderAuth(auth string, allowDev bool) (string, error) {
	if auth == "" {
		auth = enclave.HeaderAuthAuthority
	}
	if auth == enclave.HeaderAuthDev && !allowDev {
		return "", datatrade.Errorf(datatrade.EINSECURE, "the dev header authenticator checks no consensus proof; it must be allowed explicitly")
	}
	return auth, nil
}
