// Command datatrade is the one binary of datatrade: the embedded node, the
// roles (seller, buyer, exchange) and the demo, each a subcommand in a file
// of its own.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	app := newApp(os.Stdout, os.Stderr)
	root := app.rootCommand()
	err := root.ExecuteContext(ctx)
	stop()
	if err != nil {
		os.Exit(app.reportError(err))
	}
}

// app holds what every subcommand shares: the global flags and the output
// streams. Subcommands are built by methods on app so that tests can run the
// whole CLI in process with their own streams.
type app struct {
	stdout io.Writer
	stderr io.Writer
	log    *slog.Logger

	// Global flags.
	jsonOut  bool
	quiet    bool
	verbose  bool
	insecure bool
}

func newApp(stdout, stderr io.Writer) *app {
	return &app{stdout: stdout, stderr: stderr}
}

// rootCommand builds the command tree. Every subcommand file adds its
// constructor here, in alphabetical order.
func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:   "datatrade",
		Short: "Trade data between parties who trust neither each other nor any platform",
		Long: `datatrade lets sellers list data and buyers find it, buy it outright, pay per use,
or run their own analysis on it without seeing the raw data. Payments, listings,
reviews and evidence live on an Ethereum chain; trusted exchanges run in an enclave.

Start with:  datatrade demo`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			level := slog.LevelWarn
			if a.verbose {
				level = slog.LevelDebug
			}
			a.log = slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: level}))
			return nil
		},
	}
	pf := root.PersistentFlags()
	pf.BoolVar(&a.jsonOut, "json", false, "print machine-readable JSON on stdout")
	pf.BoolVarP(&a.quiet, "quiet", "q", false, "print only results, no progress")
	pf.BoolVarP(&a.verbose, "verbose", "v", false, "log debug detail on stderr")
	pf.BoolVar(&a.insecure, "insecure", false, "accept insecure modes (simulated enclaves, dev header authenticator)")
	root.AddCommand(a.newComputeCmd())
	root.AddCommand(a.newBrokerCmd())
	root.AddCommand(a.newSpatialCmd())
	root.AddCommand(a.newAuctionCmd())
	root.AddCommand(a.newAccountCmd())
	root.AddCommand(a.newBenchCmd())
	root.AddCommand(a.newBuyerCmd())
	root.AddCommand(a.newCatalogCmd())
	root.AddCommand(a.newDataCmd())
	root.AddCommand(a.newDemoCmd())
	root.AddCommand(a.newDeployCmd())
	root.AddCommand(a.newExchangeCmd())
	root.AddCommand(a.newFingerprintCmd())
	root.AddCommand(a.newJobCmd())
	root.AddCommand(a.newNodeCmd())
	root.AddCommand(a.newReputationCmd())
	root.AddCommand(a.newReviewCmd())
	root.AddCommand(a.newSearchCmd())
	root.AddCommand(a.newSellerCmd())
	root.AddCommand(a.newStatusCmd())
	root.AddCommand(a.newWithdrawCmd())
	root.AddCommand()
	return root
}

// reportError prints err for a user and returns the process exit code.
// Only the user-safe message of a *datatrade.Error is shown; anything else
// is logged at debug level and shown as an internal error.
func (a *app) reportError(err error) int {
	var e *datatrade.Error
	if !errors.As(err, &e) && isUsageError(err) {
		fmt.Fprintf(a.stderr, "datatrade: %v\nRun with --help for usage.\n", err)
		return 2
	}
	if a.log != nil && !errors.As(err, &e) {
		a.log.Debug("internal error", "err", err)
	}
	if a.jsonOut {
		writeJSON(a.stdout, map[string]any{"error": map[string]string{
			"code": datatrade.ErrorCode(err), "message": datatrade.ErrorMessage(err),
		}})
	}
	msg := datatrade.ErrorMessage(err)
	if !errors.As(err, &e) {
		msg = "internal error (run with --verbose for detail)"
	}
	fmt.Fprintf(a.stderr, "datatrade: %s\n", msg)
	return 1
}
