package main

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/exchange/host"
)

// simSecretFile holds the simulated platform's sealing secret in the
// exchange's dir. A real TEE derives sealing keys in hardware; the
// simulation keeps it in a file the host can read — one more reason it is
// never secure.
const simSecretFile = "sim-platform.secret"

// simCode names the simulated enclave build; its measurement derives from it.
const simCode = "datatrade exchange enclave (simulated)"

// serveInfo is what `exchange serve` prints on start.
type serveInfo struct {
	URL string `json:"url"`
	host.Info
}

func (a *app) newExchangeServeCmd() *cobra.Command {
	var (
		h             hostServeFlags
		authenticator string
		exchangeID    uint64
		uploads       int
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run an exchange host: its enclave, chain following and the HTTP API",
		Long: `Run the untrusted host of a trusted exchange: it keeps the enclave's sealed keys and
pending trades in --dir, follows the chain, builds light-client evidence for the enclave,
submits the enclave's commits, reveals and seller faults from --account, and serves the
HTTP API of docs/exchange-api.md on --listen.

There is no hardware enclave backend in this build: --simulate runs the SIMULATION,
which protects nothing (the host can read every key). First start it without --exchange,
register the printed signer and measurement (exchange register --enclave URL), then
restart it with --exchange ID. --confirmations is the depth at which the enclave treats
an event as final (default 1).`,
		Example: `  datatrade exchange serve --simulate --insecure --account dev:1
  datatrade exchange register --enclave http://127.0.0.1:8610 --fee 0.01eth --stake 5eth --account dev:1
  datatrade exchange serve --simulate --insecure --account dev:1 --exchange 1`,
		Args: cobra.NoArgs,
	}
	a.addHostServeFlags(cmd, &h, hostServeDefaults{listen: "127.0.0.1:8610",
		dirHelp:         "state dir: sealed enclave keys, pending trades, blobs (default <home>/exchange)",
		nudgeHelp:       "send a zero-value transaction when events wait for confirmations on a chain that seals blocks only for transactions (default: on for the dev chain)",
		attestPerMinute: host.DefaultAttestPerMinute, maxBlob: host.DefaultMaxBlobSize, pollInterval: host.DefaultPollInterval})
	fl := cmd.Flags()
	fl.Uint64Var(&exchangeID, "exchange", 0, "this exchange's id in the registry (0 before registering)")
	fl.StringVar(&authenticator, "authenticator", enclave.HeaderAuthAuthority, "header authenticator: authority or dev (dev needs --insecure)")
	fl.IntVar(&uploads, "uploads-per-minute", host.DefaultAttestPerMinute, "blob uploads allowed per client IP and minute")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if err := a.checkSimulated(&h); err != nil {
			return err
		}
		if authenticator != enclave.HeaderAuthAuthority && authenticator != enclave.HeaderAuthDev {
			return usagef("--authenticator must be authority or dev")
		}
		if authenticator == enclave.HeaderAuthDev && !a.insecure {
			return usagef("the dev header authenticator checks no consensus proof; pass --insecure")
		}
		auth, confirmations, err := h.check(cmd)
		if err != nil {
			return err
		}
		if h.attestPerMinute == 0 || uploads == 0 {
			return usagef("--attest-per-minute and --uploads-per-minute must not be 0 (negative disables a limit)")
		}
		if err := h.defaultDir("exchange"); err != nil {
			return err
		}
		dir := h.dir
		a.warn("%s", enclave.SimulationWarning)
		a.warn("SIMULATION: this exchange runs a simulated enclave; buyers and sellers must pass --insecure to use it.")

		sctx, cancel := context.WithTimeout(cmd.Context(), h.startupTime)
		defer cancel()
		s, rc, err := a.openHostChain(sctx, cmd, &h)
		if err != nil {
			return err
		}
		defer s.m.Chain().Close()
		defer rc.Close()
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return datatrade.Errorf(datatrade.EINVALID, "cannot create --dir %s", dir)
		}
		backend, err := simBackend(dir, simCode)
		if err != nil {
			return err
		}
		svc, err := host.New(sctx, host.Options{Market: s.m, RPC: rc, Account: s.from, ExchangeID: exchangeID, Backend: backend, Dir: dir,
			HeaderAuth: authenticator, Authority: auth, AllowDevHeaders: a.insecure, Confirmations: confirmations,
			AttestPerMinute: h.attestPerMinute, PollInterval: h.pollInterval, NudgeBlocks: h.nudge, MaxBlobSize: h.maxBlob, UploadsPerMinute: uploads, Log: a.log})
		if err != nil {
			return err
		}
		ln, err := net.Listen("tcp", h.listen)
		if err != nil {
			_ = svc.Close()
			return datatrade.Errorf(datatrade.EUNAVAILABLE, "cannot listen on %s: %v", h.listen, err)
		}
		info := serveInfo{URL: "http://" + ln.Addr().String(), Info: svc.Info()}
		if err := a.emit(info, func(w io.Writer) { printServeInfo(w, info) }); err != nil {
			_ = ln.Close()
			_ = svc.Close()
			return err
		}
		return serveExchange(cmd.Context(), svc, ln)
	}
	return cmd
}

func printServeInfo(w io.Writer, info serveInfo) {
	fmt.Fprintf(w, "exchange host serving %s\n", info.URL)
	if info.ExchangeID == 0 {
		fmt.Fprintln(w, "  not registered yet: run `datatrade exchange register --enclave "+info.URL+" --fee … --stake …`, then restart with --exchange ID")
	} else {
		fmt.Fprintf(w, "  exchange id      %d\n", info.ExchangeID)
	}
	printEnclaveLines(w, info.Platform, info.Simulated, info.Keys.SigningAddress, info.MeasurementID)
	fmt.Fprintf(w, "  chain %d, escrow %s, checkpoint block %d, header auth %s (authority %s), confirmations %d\n",
		info.Config.ChainID, info.Config.Escrow, info.Config.Checkpoint.Number, info.Config.HeaderAuth, info.Config.Authority, info.Config.Confirmations)
}

// serveExchange serves the API on ln and follows the chain until ctx ends,
// then shuts down and saves the state.
func serveExchange(ctx context.Context, svc *host.Service, ln net.Listener) error {
	return serveHost(ctx, svc, ln)
}

// simPlatformSecret reads or creates the simulated platform's secret.
func simPlatformSecret(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err == nil {
		if len(b) != 32 {
			return nil, datatrade.Errorf(datatrade.EINTEGRITY, "%s is damaged (want 32 bytes)", path)
		}
		return b, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	b = make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	return b, nil
}

// fillFromEnclave fills the registry fields that `exchange register
// --enclave URL` takes from a running exchange host's /v1/info; flags given
// explicitly win. The info is the operator's own host and is not attested.
func (a *app) fillFromEnclave(ctx context.Context, x *exchangeFlags) error {
	if x.enclave == "" {
		return nil
	}
	info, err := host.NewClient(x.enclave, &http.Client{Timeout: 30 * time.Second}).Info(ctx)
	if err != nil {
		return err
	}
	if info.Simulated {
		a.warn("WARNING: the exchange at %s runs a SIMULATED enclave (no protection); buyers must pass --insecure to use it.", x.enclave)
	}
	if x.measurement == "" {
		x.measurement = info.MeasurementID.String()
	}
	if x.signer == "" {
		x.signer = info.Keys.SigningAddress.Hex()
	}
	if x.authority == "" && info.Config.HeaderAuth == enclave.HeaderAuthAuthority {
		x.authority = info.Config.Authority.Hex()
	}
	if x.endpoint == "" {
		x.endpoint = x.enclave
	}
	return nil
}
