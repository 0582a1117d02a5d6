package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/agent"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/compute/host"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

// jobSendNode is one node's answer to `job send`.
type jobSendNode struct {
	NodeID    uint64 `json:"nodeId"`
	URL       string `json:"url"`
	Simulated bool   `json:"simulated"`
	State     string `json:"state"`
}

func (a *app) newJobSendCmd() *cobra.Command {
	var (
		module, saltFile string
		clear            bool
		wait             time.Duration
	)
	cmd := &cobra.Command{
		Use:   "send JOB",
		Short: "Send your module and the job salt to each node of a job, encrypted to its attested enclave",
		Long: `Send the buyer's module bundle to every node the job names: each node's enclave is
attested (its measurement and signer must be the ones the job snapshotted on chain,
and its configuration this deployment's), the job salt — and the module, unless
--clear — is encrypted to it, and the module's hash is signed with --account (the
job's buyer). A node that has not seen the job final on chain yet is retried for
--wait. Simulated enclaves are refused unless --insecure.`,
		Example: `  datatrade job send 1 --module regress.wasm --account dev:3 --insecure`,
		Args:    cobra.ExactArgs(1),
	}
	fl := cmd.Flags()
	fl.StringVar(&module, "module", "", "the WASI module the job names (required)")
	fl.StringVar(&saltFile, "salt-file", "", "the job's salt file (default <home>/jobs/…/JOB.json, written by `job create`)")
	fl.BoolVar(&clear, "clear", false, "send the module in the clear (a public algorithm); only the salt is encrypted")
	fl.DurationVar(&wait, "wait", time.Minute, "how long to retry a node that has not seen the job final yet")
	return a.jobsCmd(cmd, true, "JOB", func(ctx context.Context, s *session, jobs *market.Jobs, id uint64) error {
		if module == "" {
			return usagef("--module is required: the WASI module the job names")
		}
		mod, err := os.ReadFile(module)
		if err != nil {
			return datatrade.Errorf(datatrade.EINVALID, "cannot read module %s: %v", module, pathErr(err))
		}
		j, err := jobs.Job(ctx, id)
		if err != nil {
			return err
		}
		if h := job.AlgorithmHash(mod); h != j.AlgorithmHash {
			return datatrade.Errorf(datatrade.EINVALID, "%s hashes to %s; job %d names algorithm %s", module, h, id, j.AlgorithmHash)
		}
		if j.Buyer != s.from.Address {
			return datatrade.Errorf(datatrade.EUNAUTHORIZED, "job %d's buyer is %s, not --account %s: the nodes take only the buyer's signature", id, j.Buyer, s.from.Address)
		}
		if j.State != market.JobOpen {
			return datatrade.Errorf(datatrade.ECONFLICT, "job %d is %s", id, j.State)
		}
		d := s.m.Deployment()
		if saltFile == "" {
			if saltFile, err = jobSecretPath(s.f, d, id); err != nil {
				return err
			}
		}
		sec, err := readJobSecret(saltFile, d, id)
		if err != nil {
			return err
		}
		hc := &http.Client{Timeout: 30 * time.Second}
		var clients []*host.Client
		var keys []enclave.PublicKeys
		var out []jobSendNode
		for _, n := range j.Nodes {
			if n.NodeID == 0 {
				return datatrade.Errorf(datatrade.ECONFLICT, "job %d has an open slot no node has accepted yet; send when every slot is filled", id)
			}
			c, info, err := a.attestJobNode(ctx, jobs, d, n, hc, a.insecure)
			if err != nil {
				return err
			}
			if info.Simulated {
				a.warn("%s (compute node %d)", enclave.SimulationWarning, n.NodeID)
			}
			clients, keys = append(clients, c), append(keys, info.Keys)
			out = append(out, jobSendNode{NodeID: n.NodeID, URL: c.BaseURL(), Simulated: info.Simulated})
		}
		b, err := prepareBundle(job.Salt(sec.Salt), jobDeployment(d), id, mod, !clear, s.from, keys)
		if err != nil {
			return err
		}
		for i, c := range clients {
			st, err := sendWithRetry(ctx, c, id, b, i, wait)
			if err != nil {
				return fmt.Errorf("node %d: %w", out[i].NodeID, err)
			}
			out[i].State = st.State
		}
		return a.emit(out, func(w io.Writer) {
			for _, n := range out {
				sim := ""
				if n.Simulated {
					sim = " (SIMULATED enclave)"
				}
				fmt.Fprintf(w, "job %d: module sent to node %d at %s%s: %s\n", id, n.NodeID, n.URL, sim, n.State)
			}
		})
	})
}

// attestJobNode attests the node in slot n of a job: its registered
// endpoint must serve an enclave with the signer and measurement the job
// snapshotted, configured for deployment d. allowSim accepts simulated
// enclaves: the caller must then print enclave.SimulationWarning.
func (a *app) attestJobNode(ctx context.Context, jobs *market.Jobs, d market.Deployment, n market.JobNode, hc *http.Client, allowSim bool) (*host.Client, *host.Info, error) {
	reg, err := jobs.Node(ctx, n.NodeID)
	if err != nil {
		return nil, nil, err
	}
	if reg.Endpoint == "" {
		return nil, nil, datatrade.Errorf(datatrade.EINVALID, "compute node %d has no endpoint in the registry", n.NodeID)
	}
	c := host.NewClient(reg.Endpoint, hc)
	pol := &enclave.Policy{MeasurementIDs: []enclave.MeasurementID{enclave.MeasurementID(n.Measurement)}, AllowSimulation: allowSim, AllowDebug: allowSim,
		CheckConfig: func(_ context.Context, c *enclave.Config) error {
			return agent.CheckConfig(c, agent.Expected(d), common.Address{})
		}}
	info, claims, err := host.Verify(ctx, c, enclave.Verifiers{sim.Verifier{}}, pol, agent.Expected(d))
	if err != nil {
		return nil, nil, fmt.Errorf("attest compute node %d: %w", n.NodeID, err)
	}
	info.Simulated = claims.Simulated
	if info.Keys.SigningAddress != n.Signer {
		return nil, nil, datatrade.Errorf(datatrade.EUNAUTHORIZED, "compute node %d's enclave signs as %s; the job names %s", n.NodeID, info.Keys.SigningAddress, n.Signer)
	}
	return c, info, nil
}

// prepareBundle is job.PrepareModule signed by a chain account: the
// module's digest is signed with buyer's key through the account.
func prepareBundle(salt job.Salt, d job.Deployment, id uint64, module []byte, encrypt bool, buyer *chain.Account, keys []enclave.PublicKeys) (*job.ModuleBundle, error) {
	throwaway, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	b, err := job.PrepareModule(d, id, module, salt, encrypt, throwaway, keys)
	if err != nil {
		return nil, err
	}
	if b.Signature, err = buyer.SignHash(job.ModuleDigest(d, id, job.AlgorithmHash(module))); err != nil {
		return nil, datatrade.Errorf(datatrade.EINTERNAL, "sign the module")
	}
	return b, nil
}

// sendWithRetry sends part i of b to c, retrying while the node does not
// see the job final yet (ECONFLICT, ENOTFOUND), for at most wait.
func sendWithRetry(ctx context.Context, c *host.Client, id uint64, b *job.ModuleBundle, i int, wait time.Duration) (*host.JobStatus, error) {
	deadline := time.Now().Add(wait)
	for {
		st, err := c.SendModule(ctx, id, host.ModuleRequest{Sealed: b.Sealed[i], Module: b.Module, Signature: b.Signature})
		code := datatrade.ErrorCode(err)
		final := code != datatrade.ECONFLICT && code != datatrade.ENOTFOUND && code != datatrade.EUNAVAILABLE
		if err == nil || final || strings.Contains(datatrade.ErrorMessage(err), "takes no module") || time.Now().After(deadline) {
			return st, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// agreedNodes returns clients of the registered endpoints of j's agreeing
// nodes (nodes without an endpoint are left out).
func agreedNodes(ctx context.Context, jobs *market.Jobs, j *market.Job, hc *http.Client) nodeResults {
	var ns nodeResults
	for _, n := range j.AgreedResults() {
		reg, err := jobs.Node(ctx, n.NodeID)
		if err != nil || reg.Endpoint == "" {
			continue
		}
		ns = append(ns, host.NewClient(reg.Endpoint, hc))
	}
	return ns
}

// firstOf reads a blob from the first getter that has it.
type firstOf []store.Getter

// Get returns the first getter's copy of c, or the last getter's error.
func (gs firstOf) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	var err error = datatrade.Errorf(datatrade.ENOTFOUND, "blob %s not found", c)
	for _, g := range gs {
		r, gerr := g.Get(ctx, c)
		if gerr == nil {
			return r, nil
		}
		err = gerr
	}
	return nil, err
}

// nodeResults reads results from compute nodes' APIs (GET
// /v1/results/{cid}), trying each node in turn: a store.Getter for
// fetchJobResult, which checks what it reads against the agreed hash.
type nodeResults []*host.Client

var _ store.Getter = nodeResults(nil)

// Get returns the first node's copy of the result named c.
func (ns nodeResults) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	var err error = datatrade.Errorf(datatrade.ENOTFOUND, "no compute node holds result %s", c)
	for _, n := range ns {
		b, gerr := n.Result(ctx, c.String())
		if gerr == nil {
			return io.NopCloser(bytes.NewReader(b)), nil
		}
		err = gerr
	}
	return nil, err
}
