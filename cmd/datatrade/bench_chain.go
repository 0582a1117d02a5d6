package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/internal/chainbench"
	"github.com/datatrade/datatrade/internal/ganache"
)

// benchChainResult is one chain's figures.
type benchChainResult struct {
	Chain     string                      `json:"chain"`
	Fork      string                      `json:"fork"`
	Workloads []chainbench.WorkloadResult `json:"workloads"`
}

// benchChainReport is what `datatrade bench chain` prints.
type benchChainReport struct {
	Results []benchChainResult `json:"results"`
	// Ratio is embedded ÷ Ganache best confirmed tx/s per workload, when
	// both ran.
	Ratio map[string]float64 `json:"ratioEmbeddedToGanache,omitempty"`
}

func (a *app) newBenchChainCmd() *cobra.Command {
	var (
		rpcURL          string
		noGanache       bool
		transfers, revs []int
		cfg             chainbench.Config
		senders         int
	)
	cmd := &cobra.Command{
		Use:   "chain",
		Short: "Confirmed tx/s and latency of the embedded chain against Ganache, on the BDTF paper's workload",
		Long: `Offer random ether transfers and review transactions at increasing rates and
measure confirmed transactions per second and submission-to-inclusion latency
(p50/p99) at each rate. By default it runs the embedded chain (a fresh data dir)
and then Ganache 7.9.2 (the BDTF paper's chain, from contracts/node_modules) on
the same machine, and prints the ratio. With --rpc it measures that chain only;
its dev:0… accounts must be funded.`,
		Example: `  datatrade bench chain
  datatrade bench chain --json
  datatrade bench chain --transfer-rates 500,2000 --review-rates 100 --duration 2s
  datatrade bench chain --rpc http://127.0.0.1:8545 --no-ganache`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg.TransferRates, cfg.ReviewRates = transfers, revs
			if cfg.Window < 1 || senders < 2 || cfg.Duration < 100*time.Millisecond {
				return usagef("--window must be ≥ 1, --senders ≥ 2 and --duration ≥ 100ms")
			}
			return a.runBenchChain(cmd.Context(), rpcURL, !noGanache, senders, cfg)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&rpcURL, "rpc", "", "measure this chain instead of the embedded one")
	fl.BoolVar(&noGanache, "no-ganache", false, "do not also run Ganache")
	fl.IntSliceVar(&transfers, "transfer-rates", []int{250, 1000, 3000, 6000, 10000}, "offered rates for transfers, tx/s")
	fl.IntSliceVar(&revs, "review-rates", []int{50, 150, 400, 1500}, "offered rates for review transactions, tx/s")
	fl.DurationVar(&cfg.Duration, "duration", 2*time.Second, "how long each rate is offered")
	fl.DurationVar(&cfg.Drain, "drain", 20*time.Second, "how long to wait for stragglers after each rate")
	fl.IntVar(&cfg.Window, "window", 64, "most unconfirmed transactions per sender")
	fl.IntVar(&senders, "senders", 16, "number of sending accounts (dev:0 …)")
	fl.Uint64Var(&cfg.Seed, "seed", 1, "seed for the choice of recipients")
	return cmd
}

func (a *app) runBenchChain(ctx context.Context, rpcURL string, withGanache bool, senders int, cfg chainbench.Config) error {
	var rep benchChainReport
	progress := func(s string) { a.say("  %s", s) }
	keys := devnode.DevKeys(senders)
	if rpcURL != "" {
		a.say("chain at %s", rpcURL)
		c, err := chain.Dial(ctx, rpcURL, benchClientOptions(a)...)
		if err != nil {
			return err
		}
		defer c.Close()
		rc, err := rpc.DialContext(ctx, rpcURL)
		if err != nil {
			return datatrade.Errorf(datatrade.EUNAVAILABLE, "cannot reach %s: check --rpc", rpcURL)
		}
		defer rc.Close()
		r, err := a.benchOne(ctx, "external", "unknown", c, rc, keys, cfg, progress)
		if err != nil {
			return err
		}
		rep.Results = append(rep.Results, r)
		return a.printBenchChain(rep)
	}

	dir, err := os.MkdirTemp("", "datatrade-bench-chain-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	node, err := devnode.Start(ctx, devnode.Config{DataDir: filepath.Join(dir, "chain"), DevAccounts: max(senders, devnode.DefaultDevAccounts), Logger: a.log})
	if err != nil {
		return err
	}
	a.say("embedded go-ethereum dev chain (fork %s, gas limit %d, instant sealing)", node.Fork(), devnode.DefaultGasLimit)
	r, err := a.benchOne(ctx, "embedded", node.Fork(), chain.NewClient(node.Client(), benchClientOptions(a)...), node.RPC(), keys, cfg, progress)
	node.Close()
	if err != nil {
		return err
	}
	rep.Results = append(rep.Results, r)

	if withGanache {
		a.say("Ganache 7.9.2 (fork shanghai, the BDTF paper's chain), same workload")
		g, err := ganache.Start(ctx, ganache.Options{Keys: keys, GasLimit: devnode.DefaultGasLimit})
		if err != nil {
			return fmt.Errorf("start ganache (install it with `npm ci` in contracts/, or pass --no-ganache): %w", err)
		}
		defer g.Close()
		c, err := chain.Dial(ctx, g.URL, benchClientOptions(a)...)
		if err != nil {
			return err
		}
		defer c.Close()
		rc, err := rpc.DialContext(ctx, g.URL)
		if err != nil {
			return err
		}
		defer rc.Close()
		gr, err := a.benchOne(ctx, "ganache", "shanghai", c, rc, keys, cfg, progress)
		if err != nil {
			return err
		}
		rep.Results = append(rep.Results, gr)
		rep.Ratio = map[string]float64{}
		for i, w := range r.Workloads {
			if i < len(gr.Workloads) && gr.Workloads[i].Best > 0 {
				rep.Ratio[w.Workload] = w.Best / gr.Workloads[i].Best
			}
		}
	}
	return a.printBenchChain(rep)
}

func (a *app) benchOne(ctx context.Context, name, fork string, c *chain.Client, rc *rpc.Client, keys []*ecdsa.PrivateKey, cfg chainbench.Config, progress func(string)) (benchChainResult, error) {
	accts := make([]*chain.Account, len(keys))
	for i, k := range keys {
		accts[i] = chain.NewAccount(k)
	}
	ws, err := chainbench.Run(ctx, chainbench.Target{Client: c, RPC: rc, Senders: accts}, cfg, progress)
	if err != nil {
		return benchChainResult{}, fmt.Errorf("%s: %w", name, err)
	}
	return benchChainResult{Chain: name, Fork: fork, Workloads: ws}, nil
}

func (a *app) printBenchChain(rep benchChainReport) error {
	return a.emit(rep, func(w io.Writer) {
		tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "chain\tworkload\toffered/s\tsent/s\tconfirmed/s\tp50 ms\tp99 ms\tlost\tfailed\t")
		for _, r := range rep.Results {
			for _, wl := range r.Workloads {
				for _, rr := range wl.Rates {
					fmt.Fprintf(tw, "%s\t%s\t%d\t%.0f\t%.0f\t%.1f\t%.1f\t%d\t%d\t\n", r.Chain, wl.Workload, rr.Offered, rr.SentRate, rr.TxPerSec, rr.P50ms, rr.P99ms, rr.Lost, rr.Failed)
				}
			}
		}
		tw.Flush()
		for wl, ratio := range rep.Ratio {
			fmt.Fprintf(w, "%s: embedded confirms %.1f× what Ganache does (best rate each)\n", wl, ratio)
		}
	})
}

// benchClientOptions are the sending client's settings for every chain
// measured: fees cached for a second (a wallet does not ask for them before
// each of thousands of transactions), receipts polled often.
func benchClientOptions(a *app) []chain.Option {
	return []chain.Option{chain.WithLogger(a.log), chain.WithFeeCache(time.Second), chain.WithPollInterval(20 * time.Millisecond)}
}
