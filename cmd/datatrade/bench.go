package main

import "github.com/spf13/cobra"

// newBenchCmd is the parent of the `datatrade bench …` measurements. Each
// one prints figures with a baseline measured in the same run, and JSON
// with --json.
func (a *app) newBenchCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure datatrade against baselines run on the same machine in the same run",
	}
	cmd.AddCommand(a.newBenchChainCmd())
	cmd.AddCommand(a.newBenchComputeCmd())
	cmd.AddCommand(a.newBenchDataCmd())
	cmd.AddCommand(a.newBenchExchangeCmd())
	cmd.AddCommand(a.newBenchPiracyCmd())
	cmd.AddCommand(a.newBenchSpatialCmd())
	return cmd
}
