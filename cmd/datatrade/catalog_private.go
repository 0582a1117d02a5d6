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
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/catalog"
	"github.com/datatrade/datatrade/catalog/privateapi"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/spatial/query"
)

// privateServeInfo is what `catalog serve-private` prints on start.
type privateServeInfo struct {
	URL string `json:"url"`
	privateapi.Info
}

// privateServeFlags are the service flags of `catalog serve-private`.
type privateServeFlags struct {
	listen, dir                string
	simulate                   bool
	reload                     time.Duration
	attestPerMinute, perMinute int
}

func (a *app) newCatalogServePrivateCmd() *cobra.Command {
	var pf privateServeFlags
	cmd := &cobra.Command{
		Use:   "serve-private",
		Short: "Serve private spatial queries from an attested enclave loaded with the catalog (SIMULATION only in this build)",
		Long: `Run the untrusted host of a private-query enclave: the enclave is loaded with the catalog's
spatial listings (synced from the chain, reloaded every --reload), buyers attest it and send
queries encrypted to its keys; the host carries ciphertext and logs only sizes.
` + "`datatrade search --private URL`" + ` is the buyer's side. The enclave's sealed keys stay in --dir, so
a restart keeps the identity buyers attested.

There is no hardware enclave backend in this build: --simulate runs the SIMULATION, which
protects nothing (the host can read every key, query and answer). It needs --insecure.

API (127.0.0.1 by default): GET /v1/info, POST /v1/attest {"nonce":"0x…"},
POST /v1/query (application/octet-stream ciphertext in and out).`,
		Example: `  datatrade catalog serve-private --simulate --insecure
  datatrade search --near 47.37,8.54 --k 3 --private http://127.0.0.1:8620 --insecure`,
		Args: cobra.NoArgs,
	}
	fl := cmd.Flags()
	fl.StringVar(&pf.listen, "listen", "127.0.0.1:8620", "address of the HTTP API")
	fl.StringVar(&pf.dir, "dir", "", "state dir: the enclave's sealed keys and configuration (default <home>/private-query)")
	fl.BoolVar(&pf.simulate, "simulate", false, "run the SIMULATED enclave (no protection at all; needs --insecure)")
	fl.DurationVar(&pf.reload, "reload", privateapi.DefaultReloadInterval, "how often to sync the catalog and reload the enclave's listings")
	fl.IntVar(&pf.attestPerMinute, "attest-per-minute", privateapi.DefaultAttestPerMinute, "attestation requests allowed per client IP and minute (negative: no limit)")
	fl.IntVar(&pf.perMinute, "queries-per-minute", privateapi.DefaultQueriesPerMinute, "queries allowed per client IP and minute (negative: no limit)")
	cmd = a.catalogCmd(cmd, func(ctx context.Context, s *session, c *catalog.Catalog, _ int, _ []string) error {
		return a.servePrivate(ctx, cmd.Context(), s, c, &pf)
	})
	run := cmd.RunE
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		switch {
		case !pf.simulate:
			return usagef("no hardware enclave backend is built in: pass --simulate (with --insecure) to run the SIMULATION")
		case !a.insecure:
			return usagef("the simulated enclave protects nothing; pass --insecure to run it anyway")
		case pf.attestPerMinute == 0 || pf.perMinute == 0:
			return usagef("--attest-per-minute and --queries-per-minute must not be 0 (negative disables a limit)")
		case pf.reload <= 0:
			return usagef("--reload must be positive")
		}
		return run(cmd, args)
	}
	return cmd
}

// servePrivate starts the service (startup bounded by ctx) and serves
// until life ends.
func (a *app) servePrivate(ctx, life context.Context, s *session, c *catalog.Catalog, pf *privateServeFlags) error {
	if pf.dir == "" {
		home, err := s.f.homeDir()
		if err != nil {
			return err
		}
		pf.dir = filepath.Join(home, "private-query")
	}
	if err := os.MkdirAll(pf.dir, 0o700); err != nil {
		return datatrade.Errorf(datatrade.EINVALID, "cannot create --dir %s", pf.dir)
	}
	a.warn("%s", enclave.SimulationWarning)
	a.warn("SIMULATION: this private-query service runs a simulated enclave; the host can read every query and answer, and buyers must pass --insecure to use it.")
	secret, err := simPlatformSecret(filepath.Join(pf.dir, simSecretFile))
	if err != nil {
		return err
	}
	backend, err := sim.New(sim.Options{Code: []byte(privateapi.SimCode), PlatformSecret: secret, Rand: rand.Reader})
	if err != nil {
		return err
	}
	d := s.m.Deployment()
	x := c.NewIndexer(s.m.Chain().Backend(), s.m, catalog.IndexerConfig{Market: d.Market, StartBlock: d.Block, Confirmations: s.f.confirmations})
	source := privateapi.SourceFunc(func(ctx context.Context) ([]query.Entry, error) {
		if err := x.Sync(ctx); err != nil {
			return nil, err
		}
		return c.SpatialEntries(ctx)
	})
	svc, err := privateapi.New(ctx, privateapi.Options{Backend: backend, Config: privateapi.EnclaveConfig(d), Dir: pf.dir, Source: source,
		ReloadInterval: pf.reload, AttestPerMinute: pf.attestPerMinute, QueriesPerMinute: pf.perMinute, Log: a.log, Rand: rand.Reader})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", pf.listen)
	if err != nil {
		return datatrade.Errorf(datatrade.EUNAVAILABLE, "cannot listen on %s: %v", pf.listen, err)
	}
	info := privateServeInfo{URL: "http://" + ln.Addr().String(), Info: svc.Info()}
	if err := a.emit(info, func(w io.Writer) { printPrivateServeInfo(w, info) }); err != nil {
		_ = ln.Close()
		return err
	}
	return servePrivateAPI(life, svc, ln)
}

func printPrivateServeInfo(w io.Writer, info privateServeInfo) {
	fmt.Fprintf(w, "private query service serving %s\n", info.URL)
	fmt.Fprintf(w, "  platform         %s (SIMULATION: %v)\n", info.Platform, info.Simulated)
	fmt.Fprintf(w, "  measurement      %s\n", info.Measurement)
	fmt.Fprintf(w, "  enclave HPKE key %d bytes (KEM 0x%04x), signer %s\n", len(info.Keys.HPKEPublicKey), info.Keys.HPKEKEM, info.Keys.SigningAddress)
	fmt.Fprintf(w, "  config hash      %s (chain %d, market %s)\n", info.ConfigHash, info.Config.ChainID, info.Config.Market)
	fmt.Fprintf(w, "  listings         %d\n", info.Listings)
}

// servePrivateAPI serves svc on ln and reloads the catalog until ctx ends.
func servePrivateAPI(ctx context.Context, svc *privateapi.Service, ln net.Listener) error {
	srv := svc.Server(ln.Addr().String())
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	runDone := make(chan struct{})
	go func() { _ = svc.Run(runCtx); close(runDone) }()
	var err error
	select {
	case <-ctx.Done():
	case err = <-serveErr:
	}
	stop()
	<-runDone
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(sctx)
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}
