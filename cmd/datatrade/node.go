package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/market"
)

// nodeInfo is what `datatrade node` prints once the chain is up.
type nodeInfo struct {
	DataDir     string           `json:"dataDir"`
	HTTPURL     string           `json:"httpUrl"`
	WSURL       string           `json:"wsUrl"`
	ChainID     uint64           `json:"chainId"`
	Fork        string           `json:"fork"`
	Head        uint64           `json:"head"`
	Period      string           `json:"period"`
	GasLimit    uint64           `json:"gasLimit"`
	Authority   common.Address   `json:"authority"`
	DevAccounts []common.Address `json:"devAccounts"`
	// Deployment, Exchange and Agent are set when the node runs an
	// exchange or a seller agent beside the chain.
	Deployment *market.Deployment `json:"deployment,omitempty"`
	Exchange   *nodeExchangeInfo  `json:"exchange,omitempty"`
	Agent      *nodeAgentInfo     `json:"agent,omitempty"`
	Compute    []nodeComputeInfo  `json:"compute,omitempty"`
}

func (a *app) newNodeCmd() *cobra.Command {
	var (
		cfg          devnode.Config
		authorityKey string
		svc          nodeServiceFlags
		computeF     nodeComputeFlags
	)
	cmd := &cobra.Command{
		Use:   "node",
		Short: "Run the embedded Ethereum dev chain (and optionally an exchange and a seller agent) until interrupted",
		Long: `Run the embedded Ethereum chain: an in-process go-ethereum dev node with a
persistent data dir, JSON-RPC over HTTP and WebSocket on 127.0.0.1, pre-funded
dev accounts and an authority key that signs every block hash
(datatrade_headerSignature). It runs until interrupted (Ctrl-C, SIGTERM).

The dev accounts' keys are PUBLIC TEST KEYS derived from a published seed; never
send them anything of value on another chain. datatrade_increaseTime(seconds)
moves the chain's clock forward (dev chain only).

With --exchange (and --insecure) the node also runs an exchange host with a
SIMULATED enclave on 127.0.0.1 (--exchange-port): it deploys the contracts if
<home> has no deployment for this chain, and registers the exchange from
--exchange-account. With --agent it also runs the seller agent of
--agent-account (see ` + "`datatrade seller serve`" + `), trusting the node's exchange
unless --agent-measurement says otherwise. With --compute N (and --insecure) it
also runs N compute node services with SIMULATED enclaves from --compute-port on,
registered from N dev accounts from --compute-account on (see ` + "`datatrade compute serve`" + `).
An exchange or a compute node needs blocks to confirm events: with --exchange or
--compute, --period defaults to 1s.`,
		Example: `  datatrade node
  datatrade node --datadir /tmp/chain --period 2s --http-port 9545 --ws-port 9546
  datatrade node --exchange --agent --insecure --home /tmp/dt
  datatrade node --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if authorityKey != "" {
				k, err := crypto.LoadECDSA(authorityKey)
				if err != nil {
					// The loader's message may quote key characters: do not show it.
					return datatrade.Errorf(datatrade.EINVALID, "the authority key file %s is not a 64-hex-digit secp256k1 key", authorityKey)
				}
				cfg.AuthorityKey = k
			}
			cfg.Logger = a.log
			if (svc.exchange || computeF.n > 0) && !cmd.Flags().Changed("period") {
				cfg.Period = time.Second
			}
			return a.runNode(cmd.Context(), cfg, &svc, &computeF)
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.DataDir, "datadir", "", "chain data directory (default ~/.datatrade/chain)")
	f.DurationVar(&cfg.Period, "period", 0, "block period, e.g. 2s; 0 seals a block as soon as transactions are pending")
	f.IntVar(&cfg.HTTPPort, "http-port", 8545, "JSON-RPC over HTTP port on 127.0.0.1 (0 picks a free port)")
	f.IntVar(&cfg.WSPort, "ws-port", 8546, "JSON-RPC over WebSocket port on 127.0.0.1 (0 picks a free port)")
	f.Uint64Var(&cfg.GasLimit, "gas-limit", devnode.DefaultGasLimit, "block gas limit (genesis and miner ceiling)")
	f.IntVar(&cfg.DevAccounts, "dev-accounts", devnode.DefaultDevAccounts, "number of pre-funded dev accounts of a new chain")
	f.StringVar(&authorityKey, "authority-keyfile", "", "file with the hex secp256k1 key that signs block hashes (default: the data dir's, or the dev authority key)")
	f.StringSliceVar(&cfg.CORSDomains, "cors", nil, "browser origins allowed to call the RPC endpoints (e.g. a wallet's)")
	svc.add(cmd)
	computeF.add(cmd)
	return cmd
}

// runNode starts the chain, prints its details and waits for ctx to end.
func (a *app) runNode(ctx context.Context, cfg devnode.Config, svc *nodeServiceFlags, computeF *nodeComputeFlags) error {
	if cfg.Period < 0 {
		return usagef("--period must not be negative")
	}
	if cfg.DevAccounts < 1 {
		return usagef("--dev-accounts must be at least 1")
	}
	n, err := devnode.Start(ctx, cfg)
	if err != nil {
		return err
	}
	defer n.Close()
	info := nodeInfo{
		DataDir:     n.DataDir(),
		HTTPURL:     n.HTTPURL(),
		WSURL:       n.WSURL(),
		ChainID:     n.ChainID().Uint64(),
		Fork:        n.Fork(),
		Head:        n.Head().Number.Uint64(),
		Period:      cfg.Period.String(),
		GasLimit:    n.Head().GasLimit,
		Authority:   n.AuthorityAddress(),
		DevAccounts: n.DevAddresses(),
	}
	sctx, stop := context.WithCancel(ctx)
	defer stop()
	services, err := a.startServices(sctx, n, svc, &info)
	if err != nil {
		stop()
		services.wait()
		return err
	}
	cs, err := a.startNodeCompute(sctx, n, computeF, svc.home, &info)
	defer cs.wait()
	if err != nil {
		stop()
		services.wait()
		return err
	}
	if err := a.emit(info, func(w io.Writer) { printNodeInfo(w, info) }); err != nil {
		stop()
		services.wait()
		return err
	}
	var serr error
	if services != nil {
		select {
		case <-ctx.Done():
		case serr = <-services.errs:
		}
	} else {
		<-ctx.Done()
	}
	stop()
	services.wait()
	cs.wait()
	if serr != nil {
		return serr
	}
	a.say("stopping the chain")
	if err := n.Close(); err != nil {
		return err
	}
	return nil
}

func printNodeInfo(w io.Writer, info nodeInfo) {
	fmt.Fprintf(w, "chain running (Ctrl-C to stop)\n")
	fmt.Fprintf(w, "  data dir    %s\n", info.DataDir)
	fmt.Fprintf(w, "  HTTP RPC    %s\n", info.HTTPURL)
	fmt.Fprintf(w, "  WS RPC      %s\n", info.WSURL)
	fmt.Fprintf(w, "  chain id    %d\n", info.ChainID)
	fmt.Fprintf(w, "  fork        %s\n", info.Fork)
	fmt.Fprintf(w, "  head        block %d, gas limit %d\n", info.Head, info.GasLimit)
	period := info.Period
	if period == time.Duration(0).String() {
		period = "instant (a block as soon as transactions are pending)"
	}
	fmt.Fprintf(w, "  period      %s\n", period)
	fmt.Fprintf(w, "  authority   %s (signs every block hash)\n", info.Authority)
	fmt.Fprintf(w, "  dev accounts (public test keys, see devnode.DevSeed):\n")
	for i, addr := range info.DevAccounts {
		fmt.Fprintf(w, "    %2d  %s\n", i, addr)
	}
	if x := info.Exchange; x != nil {
		fmt.Fprintf(w, "  exchange    %d at %s — SIMULATED enclave (no protection)\n", x.ExchangeID, x.URL)
		fmt.Fprintf(w, "              signer %s, measurement id %s\n", x.Keys.SigningAddress, x.MeasurementID)
	}
	printNodeCompute(w, info.Compute)
	if ag := info.Agent; ag != nil {
		fmt.Fprintf(w, "  seller agent for %s, trusting measurements %v\n", ag.Seller, ag.Measurements)
	}
}
