package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/agent"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

// agentFlags are the seller's policy and the agent's files.
type agentFlags struct {
	measurements []string
	allowSim     bool
	allowDebug   bool
	maxInFlight  int
	listings     []string
	authority    string
	poll         time.Duration
	state        string
	storeDir     string
	secretsDir   string
}

// add adds the flags with prefix ("" for seller serve, "agent-" for node).
func (f *agentFlags) add(cmd *cobra.Command, prefix string) {
	fl := cmd.Flags()
	fl.StringSliceVar(&f.measurements, prefix+"measurement", nil, "accepted enclave measurement ids (32 bytes hex, as the registry stores them; see `datatrade buyer attest`)")
	fl.BoolVar(&f.allowSim, prefix+"allow-simulation", false, "hand keys to SIMULATED enclaves (no protection: their host can read your data key); local experiments only")
	fl.BoolVar(&f.allowDebug, prefix+"allow-debug", false, "hand keys to hardware enclaves in debug mode")
	fl.IntVar(&f.maxInFlight, prefix+"max-in-flight", agent.DefaultMaxInFlight, "most unsettled trades holding your keys at once; more wait")
	fl.StringSliceVar(&f.listings, prefix+"listings", nil, "listing ids to serve (default: every listing of the account)")
	fl.StringVar(&f.authority, prefix+"authority", "", "the chain's header-signing authority every enclave must pin (address)")
	fl.DurationVar(&f.poll, prefix+"poll", agent.DefaultPollInterval, "how often to look for new trades")
	fl.StringVar(&f.state, prefix+"state", "", "the agent's state file (default <home>/agent/<account>.json)")
	fl.StringVar(&f.storeDir, prefix+"store", "", "the store holding your listings' ciphertexts (default <home>/store)")
	fl.StringVar(&f.secretsDir, prefix+"secrets", "", "the directory of your listings' secrets files (default <home>/secrets)")
}

// policy builds the agent's policy from the flags.
func (f *agentFlags) policy(prefix string) (agent.Policy, error) {
	p := agent.Policy{AllowSimulation: f.allowSim, AllowDebug: f.allowDebug, MaxInFlight: f.maxInFlight}
	for _, s := range f.measurements {
		h, err := parseHash("--"+prefix+"measurement", s)
		if err != nil {
			return p, err
		}
		p.Measurements = append(p.Measurements, enclave.MeasurementID(h))
	}
	if len(p.Measurements) == 0 {
		return p, usagef("--%smeasurement is required: the enclave measurements you trust with your keys (see `datatrade buyer attest URL`)", prefix)
	}
	if f.maxInFlight < 1 {
		return p, usagef("--%smax-in-flight must be at least 1", prefix)
	}
	ids, err := parseIDs("--"+prefix+"listings", f.listings)
	if err != nil {
		return p, err
	}
	p.Listings = ids
	if f.authority != "" {
		if !common.IsHexAddress(f.authority) {
			return p, usagef("--%sauthority must be an address (0x + 40 hex digits)", prefix)
		}
		p.Authority = common.HexToAddress(f.authority)
	}
	return p, nil
}

// secretsIn returns the agent's source of listing secrets: the files
// `seller publish` writes, <dir>/<content cid>.json.
func secretsIn(dir string) agent.SecretsFunc {
	return func(_ context.Context, l *datatrade.Listing) (envelope.Secrets, error) {
		if _, err := store.ParseCID(l.ContentCID); err != nil {
			return envelope.Secrets{}, err
		}
		return readSecrets(filepath.Join(dir, l.ContentCID+".json"))
	}
}

// simulationBanner is printed when an agent may hand keys to simulated
// enclaves.
func (a *app) simulationBanner(who string) {
	a.warn("!!! %s accepts SIMULATED enclaves: the exchange's host can read the keys handed to them.", who)
	a.warn("!!! %s", enclave.SimulationWarning)
}

// newAgent builds a seller agent for owner from the flags, and its watcher
// of compute jobs on owner's listings (nil when the deployment has no Jobs
// contract); home is datatrade's directory.
func (a *app) newAgent(f *agentFlags, prefix, home string, m *market.Client, owner *chain.Account, log *slog.Logger) (*agent.Agent, *agent.JobWatcher, error) {
	pol, err := f.policy(prefix)
	if err != nil {
		return nil, nil, err
	}
	pol.AllowSimulation = pol.AllowSimulation || a.insecure
	storeDir, secretsDir, state := f.storeDir, f.secretsDir, f.state
	if storeDir == "" {
		storeDir = filepath.Join(home, "store")
	}
	if secretsDir == "" {
		secretsDir = filepath.Join(home, "secrets")
	}
	if state == "" {
		state = filepath.Join(home, "agent", owner.Address.Hex()+".json")
	}
	st, err := store.OpenLocal(storeDir, store.LocalOptions{})
	if err != nil {
		return nil, nil, err
	}
	if pol.AllowSimulation {
		a.simulationBanner("the seller agent")
	}
	ag, err := agent.New(agent.Options{
		Market: m, Owner: owner, Secrets: secretsIn(secretsDir), Store: st, Policy: pol,
		Verifiers: attestationVerifiers(), Revoked: m.Revocations(), StateFile: state, PollInterval: f.poll, Log: log,
	})
	if err != nil {
		return nil, nil, err
	}
	if _, err := m.Jobs(); err != nil {
		return ag, nil, nil // a deployment without the Jobs contract: trades only
	}
	// Compute jobs: data keys go to each named node's attested enclave when
	// the listing's on-chain compute policy accepts its measurement.
	jw, err := agent.NewJobWatcher(agent.JobOptions{
		Market: m, Owner: owner, Secrets: secretsIn(secretsDir), Store: st, Verifiers: attestationVerifiers(),
		Policy: pol, Revoked: m.Revocations(), PollInterval: f.poll, Log: log.With("part", "jobs"),
	})
	if err != nil {
		return nil, nil, err
	}
	return ag, jw, nil
}

// serviceLogger logs a long-running service's progress on stderr: info
// lines by default, debug with --verbose, warnings only with --quiet.
func (a *app) serviceLogger() *slog.Logger {
	level := slog.LevelInfo
	switch {
	case a.verbose:
		level = slog.LevelDebug
	case a.quiet:
		level = slog.LevelWarn
	}
	return slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: level}))
}

func (a *app) newSellerServeCmd() *cobra.Command {
	var (
		f    agentFlags
		cf   chainFlags
		once bool
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the seller's agent: attest exchanges and hand over keys unattended, by your policy",
		Long: `Run the seller's unattended agent until interrupted. It watches the trades opened on
your listings and, for every exchange a trade names, attests the exchange's enclave
(a measurement you accept, this chain's contracts), checks the enclave's signed
record of the trade against the chain (price, parties, listing), uploads the
listing's ciphertext and hands the enclave the data key and listing salt, wrapped
to its attested key and signed by your account. Keys never travel in the clear
and never to the exchange's host.

The secrets come from the files ` + "`datatrade seller publish`" + ` wrote (<home>/secrets). The
agent remembers what it handed over in a state file, so a restart carries on.
Simulated enclaves are refused unless --allow-simulation is given.`,
		Example: `  datatrade seller serve --account dev:2 --measurement 0x… --allow-simulation
  datatrade seller serve --account 0x… --measurement 0x… --listings 1,4 --max-in-flight 4
  datatrade seller serve --account dev:2 --measurement 0x… --once --json   # one pass, e.g. from cron`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := f.policy(""); err != nil {
				return err
			}
			setup, cancel := commandContext(cmd, &cf)
			defer cancel()
			s, err := a.open(setup, &cf, true)
			if err != nil {
				return err
			}
			defer s.m.Chain().Close()
			home, err := cf.homeDir()
			if err != nil {
				return err
			}
			ag, jw, err := a.newAgent(&f, "", home, s.m, s.from, a.serviceLogger())
			if err != nil {
				return err
			}
			if once {
				if err := ag.Step(setup); err != nil {
					return err
				}
				if jw != nil {
					if err := jw.Step(setup); err != nil {
						return err
					}
				}
			} else {
				a.say("seller agent for %s running (Ctrl-C to stop)", s.from.Address)
				ctx, stop := context.WithCancel(cmd.Context())
				defer stop()
				jobsDone := make(chan error, 1)
				if jw != nil {
					go func() { jobsDone <- jw.Run(ctx) }()
				} else {
					close(jobsDone)
				}
				err := ag.Run(ctx)
				stop()
				if jerr := <-jobsDone; err == nil && jerr != nil && ctx.Err() == nil {
					err = jerr
				}
				if err != nil {
					return err
				}
			}
			st := ag.Status()
			return a.emit(st, func(w io.Writer) {
				fmt.Fprintf(w, "seller agent stopped: looked at trades up to %d, %d unsettled, %d followed to the end\n", st.NextTrade-1, len(st.Trades), st.Settled)
				for id, p := range st.Trades {
					for x, sv := range p.Exchanges {
						fmt.Fprintf(w, "  trade %d, exchange %d: %s %s\n", id, x, sv.Outcome, sv.Reason)
					}
				}
			})
		},
	}
	a.addChainFlags(cmd, &cf, true)
	f.add(cmd, "")
	cmd.Flags().BoolVar(&once, "once", false, "make one pass over the trades and exit (bounded by --timeout)")
	return cmd
}
