package main

import (
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade/market"
)

func (a *app) newDeployCmd() *cobra.Command {
	var (
		f                 chainFlags
		revealWindow      time.Duration
		sampleClaimWindow time.Duration
	)
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy datatrade's contracts and save the deployment for other commands",
		Long: `Deploy ExchangeRegistry, Market, Escrow, Reviews, Auction, SpatialRegistry,
Jobs, Broker and BoardAnchor from the sending account (which becomes the
registry's admin and the Broker's platform), wire them together, and save the
addresses and the EIP-712 domain salt in <home>/deployments/<chain id>.json,
where every other command finds them. Each of the transactions is reported as
it is mined.`,
		Example: `  datatrade deploy --account dev:0
  datatrade deploy --rpc http://127.0.0.1:8545 --account 0x… --passphrase-file pass.txt`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, cancel := commandContext(cmd, &f)
			defer cancel()
			c, err := a.connect(ctx, &f)
			if err != nil {
				return err
			}
			defer c.Close()
			from, err := a.signer(ctx, &f, c)
			if err != nil {
				return err
			}
			if f.dryRun {
				return usagef("--dry-run is not available for deploy: it sends %d dependent transactions", market.DeploySteps)
			}
			step := 0
			d, err := market.Deploy(ctx, c, from, market.DeployOptions{RevealWindow: revealWindow, SampleClaimWindow: sampleClaimWindow},
				func(what string, _ *types.Receipt) {
					step++
					a.say("  [%d/%d] %s", step, market.DeploySteps, what)
				})
			if err != nil {
				return err
			}
			path, err := f.deploymentPath(d.ChainID)
			if err != nil {
				return err
			}
			if err := d.Save(path); err != nil {
				return err
			}
			return a.emit(map[string]any{"deployment": d, "file": path}, func(w io.Writer) {
				fmt.Fprintf(w, "deployed on chain %d, saved in %s\n", d.ChainID, path)
				for _, k := range []struct {
					name string
					addr common.Address
				}{{"ExchangeRegistry", d.Registry}, {"Market", d.Market}, {"Escrow", d.Escrow}, {"Reviews", d.Reviews},
					{"Auction", d.Auction}, {"SpatialRegistry", d.Spatial}, {"Jobs", d.Jobs}, {"Broker", d.Broker}, {"BoardAnchor", d.BoardAnchor}} {
					fmt.Fprintf(w, "  %-16s %s\n", k.name, k.addr)
				}
			})
		},
	}
	a.addChainFlags(cmd, &f, true)
	cmd.Flags().DurationVar(&revealWindow, "reveal-window", time.Hour, "time an exchange has to reveal the key after its commit")
	cmd.Flags().DurationVar(&sampleClaimWindow, "sample-claim-window", 10*time.Minute, "time after a cancel in which an exchange may still record its sample receipt")
	return cmd
}
