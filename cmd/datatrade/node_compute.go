package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/compute/host"
	"github.com/datatrade/datatrade/market"
)

// nodeComputeFlags choose the compute nodes `datatrade node --compute N`
// runs beside the chain.
type nodeComputeFlags struct {
	n     int
	port  int
	first string
}

func (f *nodeComputeFlags) add(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.IntVar(&f.n, "compute", 0, "also run N compute node services with SIMULATED enclaves (needs --insecure), registered from N dev accounts")
	fl.IntVar(&f.port, "compute-port", 8620, "the first compute node's HTTP API port on 127.0.0.1; the next ones count up (0 picks free ports)")
	fl.StringVar(&f.first, "compute-account", "dev:6", "the first compute node operator's dev account; the next ones count up")
}

// nodeComputeInfo describes a compute node a node runs.
type nodeComputeInfo struct {
	URL string `json:"url"`
	host.Info
}

// nodeCompute are the compute node services a node runs.
type nodeCompute struct {
	wg   sync.WaitGroup
	c    *chain.Client
	once sync.Once
}

// wait waits for the services to stop (after their context ended); later
// calls do nothing.
func (s *nodeCompute) wait() {
	if s != nil {
		s.once.Do(func() {
			s.wg.Wait()
			s.c.Close()
		})
	}
}

// startNodeCompute deploys the contracts if needed and starts f.n compute
// node services, registered (or found registered) from the dev accounts
// from f.first on; they run until ctx ends. Errors after they start are
// logged.
func (a *app) startNodeCompute(ctx context.Context, n *devnode.Node, f *nodeComputeFlags, home string, info *nodeInfo) (*nodeCompute, error) {
	if f.n <= 0 {
		return nil, nil
	}
	if !a.insecure {
		return nil, usagef("the node's compute nodes run SIMULATED enclaves, which protect nothing: pass --insecure to run them")
	}
	if f.n > 16 {
		return nil, usagef("--compute runs at most 16 nodes")
	}
	num, ok := strings.CutPrefix(f.first, "dev:")
	firstIndex, err := strconv.Atoi(num)
	if !ok || err != nil || firstIndex < 0 || firstIndex+f.n > 1000 {
		return nil, usagef("--compute-account must be a dev account, dev:N")
	}
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
	info.Deployment = dep
	m := market.New(c, dep)
	s := &nodeCompute{c: c}
	log := a.serviceLogger()
	for i := range f.n {
		listen := "127.0.0.1:0"
		if f.port != 0 {
			listen = "127.0.0.1:" + strconv.Itoa(f.port+i)
		}
		op := chain.NewAccount(devnode.DevKey(firstIndex + i))
		rc, err := startComputeNode(ctx, computeNodeConfig{m: m, rpc: n.RPC(), op: op, register: true, listen: listen,
			dir:  filepath.Join(home, "compute", strconv.FormatUint(dep.ChainID, 10), "node-"+strconv.Itoa(i+1)),
			opts: host.Options{Authority: n.AuthorityAddress(), Confirmations: 1, Log: log.With("service", "compute-node", "operator", op.Address)}})
		if err != nil {
			return s, fmt.Errorf("compute node %d: %w", i+1, err)
		}
		info.Compute = append(info.Compute, nodeComputeInfo{URL: rc.url, Info: rc.svc.Info()})
		s.wg.Go(func() {
			if err := serveCompute(ctx, rc); err != nil && ctx.Err() == nil {
				log.Error("compute node stopped", "url", rc.url, "err", err)
			}
		})
	}
	return s, nil
}

func printNodeCompute(w io.Writer, cs []nodeComputeInfo) {
	for _, c := range cs {
		fmt.Fprintf(w, "  compute     node %d at %s — SIMULATED enclave (no protection), signer %s, measurement id %s\n",
			c.NodeID, c.URL, c.Keys.SigningAddress, c.MeasurementID)
	}
}
