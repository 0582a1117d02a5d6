package main

import (
	"context"
	"crypto/rand"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/exchange/host"
	"github.com/datatrade/datatrade/market"
)

// nodeServiceFlags choose what `datatrade node` runs beside the chain.
type nodeServiceFlags struct {
	home     string
	exchange bool
	port     int
	operator string
	fee      amountFlag
	stake    amountFlag

	agent  bool
	seller string
	agentF agentFlags
}

func (f *nodeServiceFlags) add(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.home, "home", envOr("DATATRADE_HOME", ""), "datatrade's directory: deployments, the seller's store and secrets (default ~/.datatrade)")
	fl.BoolVar(&f.exchange, "exchange", false, "also run an exchange host with a SIMULATED enclave (needs --insecure): deploys the contracts if needed and registers it")
	fl.IntVar(&f.port, "exchange-port", 8610, "the exchange's HTTP API port on 127.0.0.1 (0 picks a free port)")
	fl.StringVar(&f.operator, "exchange-account", "dev:1", "the exchange operator's dev account (pays its gas, owns its stake)")
	fl.Var(&f.fee, "exchange-fee", "the exchange's fee per trade (default 0.01eth)")
	fl.Var(&f.stake, "exchange-stake", "the stake a newly registered exchange deposits (default 5eth)")
	fl.BoolVar(&f.agent, "agent", false, "also run a seller agent that hands over keys for the seller's trades by its policy")
	fl.StringVar(&f.seller, "agent-account", "dev:2", "the seller's dev account the agent serves")
	f.agentF.add(cmd, "agent-")
}

// devAccount parses dev:N.
func devAccount(flag, spec string) (*chain.Account, error) {
	n, ok := strings.CutPrefix(spec, "dev:")
	i, err := strconv.Atoi(n)
	if !ok || err != nil || i < 0 || i >= 1000 {
		return nil, usagef("%s must be a dev account, dev:N", flag)
	}
	return chain.NewAccount(devnode.DevKey(i)), nil
}

// nodeExchangeInfo describes the exchange a node runs.
type nodeExchangeInfo struct {
	URL string `json:"url"`
	host.Info
}

// nodeAgentInfo describes the seller agent a node runs.
type nodeAgentInfo struct {
	Seller          common.Address `json:"seller"`
	Measurements    []string       `json:"measurements"`
	AllowSimulation bool           `json:"allowSimulation"`
	Listings        []string       `json:"listings,omitempty"`
}

// nodeServices are what a node runs beside the chain.
type nodeServices struct {
	wg   sync.WaitGroup
	errs chan error
	m    *market.Client
}

// wait waits for the services to stop.
func (s *nodeServices) wait() {
	if s != nil {
		s.wg.Wait()
		s.m.Chain().Close()
	}
}

// startServices deploys the contracts if needed, then starts the exchange
// and the agent that f asks for; they run until ctx ends. On an error the
// services already started are returned too, to be waited for.
func (a *app) startServices(ctx context.Context, n *devnode.Node, f *nodeServiceFlags, info *nodeInfo) (*nodeServices, error) {
	if !f.exchange && !f.agent {
		return nil, nil
	}
	if f.exchange && !a.insecure {
		return nil, usagef("the node's exchange runs a SIMULATED enclave, which protects nothing: pass --insecure to run it")
	}
	// Check the flags before deploying anything.
	op, err := devAccount("--exchange-account", f.operator)
	if err != nil {
		return nil, err
	}
	seller, err := devAccount("--agent-account", f.seller)
	if err != nil {
		return nil, err
	}
	if f.agent && !f.exchange {
		if _, err := f.agentF.policy("agent-"); err != nil {
			return nil, err
		}
	}
	home := f.home
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return nil, datatrade.Errorf(datatrade.EINVALID, "cannot find your home directory: pass --home")
		}
		home = filepath.Join(h, ".datatrade")
	}
	c := chain.NewClient(n.Client(), chain.WithLogger(a.log))
	dep, err := a.nodeDeployment(ctx, c, n, home)
	if err != nil {
		c.Close()
		return nil, err
	}
	s := &nodeServices{m: market.New(c, dep), errs: make(chan error, 2)}
	info.Deployment = dep
	var measurement enclave.MeasurementID
	if f.exchange {
		x, err := a.startNodeExchange(ctx, n, s, f, op)
		if err != nil {
			c.Close()
			return nil, err
		}
		info.Exchange = x
		measurement = x.MeasurementID
	}
	if f.agent {
		if len(f.agentF.measurements) == 0 && f.exchange {
			f.agentF.measurements = []string{measurement.String()}
		}
		if f.exchange {
			f.agentF.allowSim = f.agentF.allowSim || a.insecure
		}
		ag, jw, err := a.newAgent(&f.agentF, "agent-", home, s.m, seller, a.serviceLogger().With("service", "seller-agent"))
		if err != nil {
			return s, err
		}
		if jw != nil {
			s.wg.Go(func() {
				if err := jw.Run(ctx); err != nil {
					s.errs <- err
				}
			})
		}
		info.Agent = &nodeAgentInfo{Seller: seller.Address, Measurements: f.agentF.measurements, AllowSimulation: f.agentF.allowSim, Listings: f.agentF.listings}
		s.wg.Go(func() {
			if err := ag.Run(ctx); err != nil {
				s.errs <- err
			}
		})
	}
	return s, nil
}

// nodeDeployment loads the deployment for the node's chain from home, or
// deploys the contracts from dev:0 and saves it.
func (a *app) nodeDeployment(ctx context.Context, c *chain.Client, n *devnode.Node, home string) (*market.Deployment, error) {
	path := filepath.Join(home, "deployments", n.ChainID().String()+".json")
	if d, err := market.LoadDeployment(path); err == nil {
		code, err := c.Backend().CodeAt(ctx, d.Escrow, nil)
		if err == nil && len(code) > 0 {
			return d, nil
		}
	}
	a.say("deploying the contracts from dev:0 (saved in %s)", path)
	d, err := market.Deploy(ctx, c, chain.NewAccount(devnode.DevKey(0)), market.DeployOptions{}, func(string, *types.Receipt) {})
	if err != nil {
		return nil, err
	}
	if err := d.Save(path); err != nil {
		return nil, err
	}
	return d, nil
}

// startNodeExchange runs an exchange host with a simulated enclave in the
// node's data dir, registered (or re-registered at a new URL) by the
// operator account.
func (a *app) startNodeExchange(ctx context.Context, n *devnode.Node, s *nodeServices, f *nodeServiceFlags, op *chain.Account) (*nodeExchangeInfo, error) {
	fee, stake := f.fee.v, f.stake.v
	if fee == nil {
		fee = ether("0.01")
	}
	if stake == nil {
		stake = ether("5")
	}
	dir := filepath.Join(n.DataDir(), "exchange")
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(f.port)))
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "cannot listen on port %d: %v", f.port, err)
	}
	url := "http://" + ln.Addr().String()
	a.warn("%s", enclave.SimulationWarning)
	a.warn("SIMULATION: the node's exchange runs a simulated enclave; buyers and sellers must allow simulation to use it.")
	log := a.serviceLogger().With("service", "exchange")
	svc, id, _, err := openRegisteredExchange(ctx, s.m, n.RPC(), op, dir, url, fee, stake, nil, log)
	if err != nil {
		_ = ln.Close()
		return nil, err
	}
	x := &nodeExchangeInfo{URL: url, Info: svc.Info()}
	a.say("exchange %d serving %s (enclave signer %s)", id, url, x.Keys.SigningAddress)
	s.wg.Go(func() {
		if err := serveExchange(ctx, svc, ln); err != nil {
			s.errs <- err
		}
	})
	return x, nil
}

// openRegisteredExchange opens the exchange host in dir with a simulated
// enclave and makes sure the registry names its enclave at url: it reuses
// the operator's registration of this enclave signer (updating its
// endpoint), or registers it with fee and stake; registered says which.
// now is the host's clock (nil: the wall clock).
func openRegisteredExchange(ctx context.Context, m *market.Client, rc *rpc.Client, op *chain.Account, dir, url string,
	fee, stake *big.Int, now func() time.Time, log *slog.Logger) (svc *host.Service, id uint64, registered bool, err error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, 0, false, datatrade.Errorf(datatrade.EINVALID, "cannot create %s", dir)
	}
	secret, err := simPlatformSecret(filepath.Join(dir, simSecretFile))
	if err != nil {
		return nil, 0, false, err
	}
	open := func(id uint64) (*host.Service, error) {
		b, err := sim.New(sim.Options{Code: []byte(simCode), PlatformSecret: secret, Rand: rand.Reader})
		if err != nil {
			return nil, err
		}
		return host.New(ctx, host.Options{Market: m, RPC: rc, Account: op, ExchangeID: id, Backend: b, Dir: dir,
			Confirmations: 1, PollInterval: 100 * time.Millisecond, Now: now, Log: log})
	}
	if svc, err = open(0); err != nil {
		return nil, 0, false, err
	}
	info := svc.Info()
	if err := svc.Close(); err != nil {
		return nil, 0, false, err
	}
	params := market.ExchangeParams{Endpoint: url, Fee: fee, Measurement: common.Hash(info.MeasurementID),
		EnclaveSigner: info.Keys.SigningAddress, Authenticator: 1, AuthorityKey: info.Config.Authority}
	if id, err = findExchange(ctx, m, op.Address, info.Keys.SigningAddress); err != nil {
		return nil, 0, false, err
	}
	if id == 0 {
		if id, _, err = m.RegisterExchange(ctx, op, params, stake); err != nil {
			return nil, 0, false, err
		}
		registered = true
	} else {
		x, err := m.Exchange(ctx, id)
		if err != nil {
			return nil, 0, false, err
		}
		if x.Endpoint != url {
			params.Fee = x.Fee
			tx, err := m.UpdateExchangeTx(id, params)
			if err != nil {
				return nil, 0, false, err
			}
			if _, err := m.Send(ctx, op, tx); err != nil {
				return nil, 0, false, err
			}
		}
	}
	if svc, err = open(id); err != nil {
		return nil, 0, false, err
	}
	return svc, id, registered, nil
}

// findExchange returns the id of owner's active exchange whose enclave
// signer is signer, or 0.
func findExchange(ctx context.Context, m *market.Client, owner, signer common.Address) (uint64, error) {
	n, err := m.ExchangeCount(ctx)
	if err != nil {
		return 0, err
	}
	for id := n; id >= 1; id-- {
		x, err := m.Exchange(ctx, id)
		if err != nil {
			return 0, err
		}
		if x.Active && x.Owner == owner && x.EnclaveSigner == signer {
			return id, nil
		}
	}
	return 0, nil
}
