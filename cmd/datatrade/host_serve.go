package main

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain/devnode"
	chost "github.com/datatrade/datatrade/compute/host"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	xhost "github.com/datatrade/datatrade/exchange/host"
)

// enclaveHost is the service behind `exchange serve` and `compute serve`.
type enclaveHost interface {
	Server(addr string) *http.Server
	Run(ctx context.Context) error
	Close() error
}

var (
	_ enclaveHost = (*xhost.Service)(nil)
	_ enclaveHost = (*chost.Service)(nil)
)

// serveHost serves svc's API on ln and follows the chain until ctx ends,
// then shuts down and saves the state.
func serveHost(ctx context.Context, svc enclaveHost, ln net.Listener) error {
	srv := svc.Server(ln.Addr().String())
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	runErr := make(chan error, 1)
	go func() { runErr <- svc.Run(runCtx) }()
	var err error
	select {
	case <-ctx.Done():
	case err = <-serveErr:
	}
	stop()
	<-runErr
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(sctx)
	if cerr := svc.Close(); err == nil || errors.Is(err, http.ErrServerClosed) {
		err = cerr
	}
	return err
}

// hostServeFlags are the flags every enclave host's serve command takes.
type hostServeFlags struct {
	chain                     chainFlags
	listen, dir, authority    string
	simulate, nudge           bool
	attestPerMinute           int
	maxBlob                   int64
	pollInterval, startupTime time.Duration
}

// hostServeDefaults are one serve command's defaults and help texts.
type hostServeDefaults struct {
	listen, dirHelp, nudgeHelp string
	attestPerMinute            int
	maxBlob                    int64
	pollInterval               time.Duration
}

// addHostServeFlags registers the chain flags (with --account) and the
// shared host flags on cmd.
func (a *app) addHostServeFlags(cmd *cobra.Command, h *hostServeFlags, d hostServeDefaults) {
	a.addChainFlags(cmd, &h.chain, true)
	fl := cmd.Flags()
	fl.StringVar(&h.listen, "listen", d.listen, "address of the HTTP API")
	fl.StringVar(&h.dir, "dir", "", d.dirHelp)
	fl.BoolVar(&h.simulate, "simulate", false, "run the SIMULATED enclave (no protection at all; needs --insecure)")
	fl.StringVar(&h.authority, "authority", "", "address of the chain's header-signing key (default: ask the embedded node)")
	fl.IntVar(&h.attestPerMinute, "attest-per-minute", d.attestPerMinute, "attestation requests allowed per client IP and minute")
	fl.Int64Var(&h.maxBlob, "max-blob", d.maxBlob, "largest blob (bytes) one upload may hold")
	fl.BoolVar(&h.nudge, "nudge-blocks", false, d.nudgeHelp)
	fl.DurationVar(&h.pollInterval, "poll", d.pollInterval, "how often to look at the chain")
	fl.DurationVar(&h.startupTime, "startup-timeout", time.Minute, "give up starting after this long")
}

// checkSimulated refuses to start without --simulate and --insecure (no
// hardware enclave backend is built in).
func (a *app) checkSimulated(h *hostServeFlags) error {
	if !h.simulate {
		return usagef("no hardware enclave backend is built in: pass --simulate (with --insecure) to run the SIMULATION")
	}
	if !a.insecure {
		return usagef("the simulated enclave protects nothing; pass --insecure to run it anyway")
	}
	return nil
}

// check validates the shared flags and returns the pinned header authority
// (zero: ask the node) and the enclave's confirmations (default 1).
func (h *hostServeFlags) check(cmd *cobra.Command) (auth common.Address, confirmations uint32, err error) {
	if h.authority != "" {
		if !common.IsHexAddress(h.authority) {
			return auth, 0, usagef("--authority must be an address (0x + 40 hex digits)")
		}
		auth = common.HexToAddress(h.authority)
	}
	if h.maxBlob <= 0 {
		return auth, 0, usagef("--max-blob must be positive")
	}
	confirmations = 1
	if cmd.Flags().Changed("confirmations") {
		if h.chain.confirmations > 1<<16 {
			return auth, 0, usagef("--confirmations is too large")
		}
		confirmations = uint32(h.chain.confirmations)
	}
	return auth, confirmations, nil
}

// defaultDir sets --dir to <home>/name when it is not given.
func (h *hostServeFlags) defaultDir(name string) error {
	if h.dir != "" {
		return nil
	}
	home, err := h.chain.homeDir()
	if err != nil {
		return err
	}
	h.dir = filepath.Join(home, name)
	return nil
}

// openHostChain opens the chain for a host: the session with the operator's
// account, sending without waiting for depth (the enclave's finality check
// is the gate), and the raw JSON-RPC client. It settles --nudge-blocks
// (default: on for the dev chain). The caller closes both.
func (a *app) openHostChain(ctx context.Context, cmd *cobra.Command, h *hostServeFlags) (*session, *rpc.Client, error) {
	sendFlags := h.chain
	sendFlags.confirmations = 0
	s, err := a.open(ctx, &sendFlags, true)
	if err != nil {
		return nil, nil, err
	}
	rc, err := rpc.DialContext(ctx, h.chain.rpc)
	if err != nil {
		s.m.Chain().Close()
		return nil, nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "cannot reach the chain at --rpc")
	}
	if !cmd.Flags().Changed("nudge-blocks") {
		h.nudge = s.m.Deployment().ChainID == devnode.DefaultChainID
	}
	return s, rc, nil
}

// simBackend opens the SIMULATED enclave backend of build code, with the
// platform secret kept in dir (which must exist).
func simBackend(dir, code string) (enclave.Backend, error) {
	secret, err := simPlatformSecret(filepath.Join(dir, simSecretFile))
	if err != nil {
		return nil, err
	}
	return sim.New(sim.Options{Code: []byte(code), PlatformSecret: secret, Rand: rand.Reader})
}

// printEnclaveLines prints the enclave lines of a host's start message.
func printEnclaveLines(w io.Writer, platform string, simulated bool, signer common.Address, mid enclave.MeasurementID) {
	fmt.Fprintf(w, "  platform         %s (SIMULATION: %v)\n", platform, simulated)
	fmt.Fprintf(w, "  enclave signer   %s\n", signer)
	fmt.Fprintf(w, "  measurement id   %s\n", mid)
}
