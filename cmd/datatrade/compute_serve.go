package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/compute/host"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

// simComputeCode names the simulated compute enclave build; its
// measurement derives from it.
const simComputeCode = "datatrade compute node enclave (simulated)"

// computeServeInfo is what `compute serve` prints on start.
type computeServeInfo struct {
	URL string `json:"url"`
	host.Info
}

func (a *app) newComputeCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "compute",
		Short: "Run a compute node: an enclave that runs buyers' jobs on sellers' data (DESIGN.md §6)",
	}
	cmd.AddCommand(a.newComputeServeCmd())
	return cmd
}

// computeNodeConfig is what starting a compute node service takes.
type computeNodeConfig struct {
	m        *market.Client
	rpc      *rpc.Client
	op       *chain.Account
	dir      string
	nodeID   uint64
	register bool
	// listen is the API's address; ln, if not nil, is already listening.
	listen string
	ln     net.Listener
	opts   host.Options
}

// runningCompute is a compute node service serving its API.
type runningCompute struct {
	svc *host.Service
	ln  net.Listener
	url string
}

// startComputeNode opens (and with register, registers from op) a compute
// node service with a SIMULATED enclave whose platform secret lives in
// cfg.dir, and listens for its API. Serve it with serveCompute.
func startComputeNode(ctx context.Context, cfg computeNodeConfig) (*runningCompute, error) {
	if err := os.MkdirAll(cfg.dir, 0o700); err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "cannot create the compute node's dir %s", cfg.dir)
	}
	backend, err := simBackend(cfg.dir, simComputeCode)
	if err != nil {
		return nil, err
	}
	ln := cfg.ln
	if ln == nil {
		if ln, err = net.Listen("tcp", cfg.listen); err != nil {
			return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "cannot listen on %s: %v", cfg.listen, err)
		}
	}
	url := "http://" + ln.Addr().String()
	o := cfg.opts
	o.Market, o.RPC, o.Account, o.Backend, o.Dir, o.NodeID = cfg.m, cfg.rpc, cfg.op, backend, cfg.dir, cfg.nodeID
	svc, err := host.New(ctx, o)
	if err != nil {
		_ = ln.Close()
		return nil, err
	}
	if o.NodeID == 0 && cfg.register {
		if o.NodeID, err = registerComputeNode(ctx, cfg.m, cfg.op, svc.Info(), url); err != nil {
			_ = svc.Close()
			_ = ln.Close()
			return nil, err
		}
		_ = svc.Close()
		if svc, err = host.New(ctx, o); err != nil {
			_ = ln.Close()
			return nil, err
		}
	}
	return &runningCompute{svc: svc, ln: ln, url: url}, nil
}

// registerComputeNode registers the node's enclave (signer, measurement)
// with endpoint url from op, or finds op's node already registered with
// that signer (a restart).
func registerComputeNode(ctx context.Context, m *market.Client, op *chain.Account, info host.Info, url string) (uint64, error) {
	if op == nil {
		return 0, usagef("registering a compute node needs --account (its operator)")
	}
	jobs, err := m.Jobs()
	if err != nil {
		return 0, err
	}
	n, err := jobs.NodeCount(ctx)
	if err != nil {
		return 0, err
	}
	for id := n; id >= 1; id-- {
		cn, err := jobs.Node(ctx, id)
		if err != nil {
			return 0, err
		}
		if cn.Active && cn.Operator == op.Address && cn.Signer == info.Keys.SigningAddress {
			return id, nil
		}
	}
	id, _, err := jobs.RegisterNode(ctx, op, market.ComputeNode{Signer: info.Keys.SigningAddress, Measurement: common.Hash(info.MeasurementID),
		Endpoint: url, EvidenceCID: "simulated"})
	return id, err
}

// serveCompute serves the API and follows the chain until ctx ends, then
// shuts down and saves the state.
func serveCompute(ctx context.Context, rc *runningCompute) error {
	return serveHost(ctx, rc.svc, rc.ln)
}

func (a *app) newComputeServeCmd() *cobra.Command {
	var (
		h        hostServeFlags
		source   string
		nodeID   uint64
		register bool
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run a compute node host: its enclave, chain following and the HTTP API",
		Long: `Run the untrusted host of a compute node: it keeps the enclave's sealed keys in
--dir, follows the Jobs contract for jobs that name --node, builds light-client
evidence for the enclave, takes the buyer's module (` + "`datatrade job send`" + `) and the
sellers' data keys (their agents), runs each job when everything is in, stores the
result sealed to the buyer and submits the enclave-signed result from --account.
Its HTTP API (see package compute/host) listens on --listen.

There is no hardware enclave backend in this build: --simulate runs the SIMULATION,
which protects nothing (the host can read the data keys, the module and the data).
Start it with --register to register the node from --account with the printed
signer, measurement and URL (or register it with ` + "`datatrade job node register`" + ` and
restart with --node ID).`,
		Example: `  datatrade compute serve --simulate --insecure --register --account dev:6
  datatrade compute serve --simulate --insecure --node 1 --account dev:6 --listen 127.0.0.1:8620`,
		Args: cobra.NoArgs,
	}
	a.addHostServeFlags(cmd, &h, hostServeDefaults{listen: "127.0.0.1:8620",
		dirHelp:         "state dir: sealed enclave keys, jobs, blobs and results (default <home>/compute)",
		nudgeHelp:       "send a zero-value transaction when job events wait for confirmations on a chain that seals blocks only for transactions (default: on for the dev chain)",
		attestPerMinute: host.DefaultAttestPerMinute, maxBlob: host.DefaultMaxBlobSize, pollInterval: host.DefaultPollInterval})
	fl := cmd.Flags()
	fl.StringVar(&source, "source-store", "", "a store dir to fetch listings' ciphertexts from when they were not uploaded (PUT /v1/blobs)")
	fl.Uint64Var(&nodeID, "node", 0, "this node's id in the Jobs contract (0 before registering)")
	fl.BoolVar(&register, "register", false, "register the node from --account if --node is not given (found again on a restart)")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		if err := a.checkSimulated(&h); err != nil {
			return err
		}
		auth, confirmations, err := h.check(cmd)
		if err != nil {
			return err
		}
		if h.attestPerMinute == 0 {
			return usagef("--attest-per-minute must not be 0 (negative disables the limit)")
		}
		if err := h.defaultDir("compute"); err != nil {
			return err
		}
		a.warn("%s", enclave.SimulationWarning)
		a.warn("SIMULATION: this compute node runs a simulated enclave; it protects neither the sellers' data nor the buyers' modules.")

		sctx, cancel := context.WithTimeout(cmd.Context(), h.startupTime)
		defer cancel()
		s, rc, err := a.openHostChain(sctx, cmd, &h)
		if err != nil {
			return err
		}
		defer s.m.Chain().Close()
		defer rc.Close()
		var src store.Getter
		if source != "" {
			st, err := store.OpenLocal(source, store.LocalOptions{Logger: a.log})
			if err != nil {
				return err
			}
			src = st
		}
		node, err := startComputeNode(sctx, computeNodeConfig{m: s.m, rpc: rc, op: s.from, dir: h.dir, nodeID: nodeID, register: register, listen: h.listen,
			opts: host.Options{Authority: auth, Confirmations: confirmations, AttestPerMinute: h.attestPerMinute, PollInterval: h.pollInterval,
				MaxBlobSize: h.maxBlob, NudgeBlocks: h.nudge, Source: src, Log: a.log}})
		if err != nil {
			return err
		}
		info := computeServeInfo{URL: node.url, Info: node.svc.Info()}
		if err := a.emit(info, func(w io.Writer) { printComputeServeInfo(w, info) }); err != nil {
			_ = node.ln.Close()
			_ = node.svc.Close()
			return err
		}
		return serveCompute(cmd.Context(), node)
	}
	return cmd
}

func printComputeServeInfo(w io.Writer, info computeServeInfo) {
	fmt.Fprintf(w, "compute node host serving %s\n", info.URL)
	if info.NodeID == 0 {
		fmt.Fprintln(w, "  not registered yet: run `datatrade job node register --signer … --measurement … --endpoint "+info.URL+"`, then restart with --node ID (or use --register)")
	} else {
		fmt.Fprintf(w, "  node id          %d\n", info.NodeID)
	}
	printEnclaveLines(w, info.Platform, info.Simulated, info.Keys.SigningAddress, info.MeasurementID)
	fmt.Fprintf(w, "  chain %d, jobs %s, checkpoint block %d, header auth %s (authority %s), confirmations %d\n",
		info.Config.ChainID, info.Jobs, info.Config.Checkpoint.Number, info.Config.HeaderAuth, info.Config.Authority, info.Config.Confirmations)
}
