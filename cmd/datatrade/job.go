package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

func (a *app) newJobCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "job",
		Short: "Compute jobs: run an analysis on listings in enclaves on several nodes, paid on agreement",
		Long: `Compute jobs (DESIGN.md §6). A buyer's WebAssembly module runs on one or several
listings inside the enclaves of several compute nodes; the Jobs contract pays
the sellers and the nodes that agree, once a quorum of enclave-signed results
agree, and refunds the rest. Sellers set a compute policy per listing: allowed
or not, allow-listed algorithms only, accepted enclave measurements, minimum
nodes, output per job and a cumulative output budget per buyer, price per job.`,
	}
	cmd.AddCommand(a.newJobCreateCmd(), a.newJobStatusCmd(), a.newJobResultCmd(), a.newJobAcceptCmd(), a.newJobExpireCmd(), a.newJobReviewCmd(),
		a.newJobWithdrawCmd(), a.newJobPolicyCmd(), a.newJobNodeCmd())
	cmd.AddCommand(a.newJobSendCmd())
	return cmd
}

// jobSecret is what `job create` keeps for the buyer: the job salt, which
// the nodes need (sent with the module) and `job result` checks against.
type jobSecret struct {
	ChainID uint64         `json:"chainId"`
	Jobs    common.Address `json:"jobs"`
	JobID   uint64         `json:"jobId"`
	Salt    common.Hash    `json:"salt"`
}

// jobSecretPath is where the salt of a job is kept by default.
func jobSecretPath(f *chainFlags, d market.Deployment, jobID uint64) (string, error) {
	home, err := f.homeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, "jobs", strconv.FormatUint(d.ChainID, 10), d.Jobs.Hex(), strconv.FormatUint(jobID, 10)+".json"), nil
}

func readJobSecret(path string, d market.Deployment, jobID uint64) (*jobSecret, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "no salt for job %d at %s: `datatrade job create` keeps it there; pass --salt-file", jobID, path)
	}
	var s jobSecret
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "%s is not a job salt file", path)
	}
	if s.JobID != jobID || s.Jobs != d.Jobs || s.ChainID != d.ChainID {
		return nil, datatrade.Errorf(datatrade.EINVALID, "%s holds the salt of job %d on chain %d, not of job %d here", path, s.JobID, s.ChainID, jobID)
	}
	return &s, nil
}

// jobDeployment is what package compute/job needs to address a deployment.
func jobDeployment(d market.Deployment) job.Deployment {
	return job.Deployment{ChainID: d.ChainID, Jobs: d.Jobs, Domain: enclave.Domain{Name: market.DomainName, Version: market.DomainVersion, Salt: d.Salt}}
}

// algorithmOf returns the algorithm hash from --module or --algorithm.
func algorithmOf(module, hash string) (common.Hash, error) {
	switch {
	case module != "" && hash != "":
		return common.Hash{}, usagef("give --module or --algorithm, not both")
	case module != "":
		b, err := os.ReadFile(module)
		if err != nil {
			return common.Hash{}, datatrade.Errorf(datatrade.EINVALID, "cannot read module %s: %v", module, pathErr(err))
		}
		return job.AlgorithmHash(b), nil
	case hash != "":
		return parseHash("--algorithm", hash)
	}
	return common.Hash{}, usagef("give the algorithm with --module FILE (a WASI module) or --algorithm HASH")
}

// algorithmArg is an algorithm given as a hash (0x + 64 hex digits) or as
// the module file to hash.
func algorithmArg(x string) (common.Hash, error) {
	if strings.HasPrefix(x, "0x") && len(x) == 66 {
		return parseHash("algorithm", x)
	}
	return algorithmOf(x, "")
}

func (a *app) jobsOf(s *session) (*market.Jobs, error) { return s.m.Jobs() }

// jobsCmd is chainCmd for a command on one job, node or listing of the Jobs
// contract: it parses the id argument named what and opens the Jobs API.
func (a *app) jobsCmd(cmd *cobra.Command, withAccount bool, what string, fn func(ctx context.Context, s *session, jobs *market.Jobs, id uint64) error) *cobra.Command {
	return a.chainCmd(cmd, withAccount, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID(what, args[0])
		if err != nil {
			return err
		}
		jobs, err := a.jobsOf(s)
		if err != nil {
			return err
		}
		return fn(ctx, s, jobs, id)
	})
}

func (a *app) newJobCreateCmd() *cobra.Command {
	var (
		listings, nodes   []string
		module, algorithm string
		quorum            uint32
		reward            amountFlag
		within            time.Duration
		maxOutput         uint64
		maxCost           uint64
		key               buyerKeyFlags
	)
	cmd := &cobra.Command{
		Use:   "create",
		Short: "Create a compute job on listings, paid in advance (prices per job plus node rewards)",
		Long: `Create a compute job. It names the listings, the algorithm (the hash of the WASI
module), the compute nodes (0 for an open slot any accepted node may fill), the
quorum of agreeing nodes, the reward per node, the deadline, your HPKE public key
(results are encrypted to it), the most output bytes (reserved from each
listing's output budget for you) and the metered instruction budget of a run.
You pay every listing's price per job plus the rewards now; when a quorum of
nodes agrees the sellers and the agreeing nodes are paid and the rest comes
back; after the deadline without a quorum everything comes back.

A fresh job salt is kept in <home>/jobs/: the nodes need it (it goes with the
module) and ` + "`datatrade job result`" + ` needs it to check the result.`,
		Example: `  datatrade job create --listings 1 --module stats.wasm --nodes 1,2,3 --quorum 2 --reward 0.001eth --key-file me.key --account dev:3
  datatrade job create --listings 1,4 --algorithm 0x… --nodes 1,2,0 --quorum 2 --reward 0.001eth --pubkey … --max-output 4096 --account dev:3 --dry-run`,
		Args: cobra.NoArgs,
	}
	fl := cmd.Flags()
	fl.StringSliceVar(&listings, "listings", nil, "ids of the listings to run on (required)")
	fl.StringVar(&module, "module", "", "the WASI module whose hash the job names")
	fl.StringVar(&algorithm, "algorithm", "", "the algorithm hash (keccak256 of the module), instead of --module")
	fl.StringSliceVar(&nodes, "nodes", nil, "ids of the compute nodes; 0 is an open slot (required)")
	fl.Uint32Var(&quorum, "quorum", 0, "how many nodes must agree: more than half of --nodes (default: the smallest majority)")
	fl.Var(&reward, "reward", "reward per agreeing node (e.g. 0.001eth)")
	fl.DurationVar(&within, "within", time.Hour, "deadline: after it, without a quorum, everything is refunded")
	fl.Uint64Var(&maxOutput, "max-output", 4096, "most bytes of output; reserved from each listing's output budget for you")
	fl.Uint64Var(&maxCost, "max-cost", 1<<32, "metered instruction budget of one run (the same on every node)")
	key.add(cmd)
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, _ []string) error {
		if err := requireAmount("reward", &reward); err != nil {
			return err
		}
		ls, err := parseIDs("--listings", listings)
		if err != nil {
			return err
		}
		if len(ls) == 0 {
			return usagef("--listings is required")
		}
		ns := make([]uint64, 0, len(nodes))
		for _, n := range nodes {
			v, err := strconv.ParseUint(n, 10, 64)
			if err != nil {
				return usagef("--nodes: node ids are whole numbers (0 for an open slot), got %q", n)
			}
			ns = append(ns, v)
		}
		if len(ns) == 0 {
			return usagef("--nodes is required (see `datatrade job node show ID`)")
		}
		if quorum == 0 {
			quorum = uint32(len(ns)/2 + 1)
		}
		alg, err := algorithmOf(module, algorithm)
		if err != nil {
			return err
		}
		pub, err := key.publicKey()
		if err != nil {
			return err
		}
		jobs, err := a.jobsOf(s)
		if err != nil {
			return err
		}
		now, err := chainNow(ctx, s.m)
		if err != nil {
			return err
		}
		p := market.JobParams{Listings: ls, AlgorithmHash: alg, Nodes: ns, Quorum: quorum, RewardPerNode: reward.v,
			Deadline: now.Add(within), BuyerKey: pub, MaxOutput: maxOutput, MaxCost: maxCost}
		tx, err := jobs.CreateJobTx(ctx, p)
		if err != nil {
			return err
		}
		if s.f.dryRun {
			return a.dryRun(ctx, s, tx)
		}
		salt, err := job.NewSalt(rand.Reader)
		if err != nil {
			return err
		}
		id, rcpt, err := jobs.CreateJob(ctx, s.from, p)
		if err != nil {
			return err
		}
		d := s.m.Deployment()
		path, err := jobSecretPath(s.f, d, id)
		if err != nil {
			return err
		}
		b, _ := json.MarshalIndent(jobSecret{ChainID: d.ChainID, Jobs: d.Jobs, JobID: id, Salt: common.Hash(salt)}, "", "  ")
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return fmt.Errorf("keep job salt: %w", err)
		}
		if err := envelope.WriteFileAtomic(path, append(b, '\n'), 0o600); err != nil {
			return fmt.Errorf("keep job salt: %w", err)
		}
		res := newTxResult(tx.What, rcpt)
		res.ID = &id
		a.say("job %d: paid %s; its salt is in %s (send it to the nodes with the module)", id, datatrade.FormatAmount(tx.Value), path)
		return a.printTx(res)
	})
}

// jobStatus is what `job status` prints.
type jobStatus struct {
	*market.Job
	// Agreeing counts the nodes whose result matches the most common one.
	Agreeing int    `json:"agreeing"`
	Summary  string `json:"summary"`
}

func describeJob(j *market.Job, now time.Time) jobStatus {
	counts := map[common.Hash]int{}
	best := 0
	for _, n := range j.Nodes {
		if n.Submitted {
			counts[n.ResultHash]++
			best = max(best, counts[n.ResultHash])
		}
	}
	st := jobStatus{Job: j, Agreeing: best}
	switch j.State {
	case market.JobOpen:
		left := "deadline passed: anyone may expire it for a full refund (`datatrade job expire`)"
		if now.Before(j.Deadline) {
			left = "deadline " + j.Deadline.Format(time.RFC3339)
		}
		st.Summary = fmt.Sprintf("open: %d of %d nodes submitted, at most %d agree, quorum %d; %s", j.Submissions, len(j.Nodes), best, j.Quorum, left)
	case market.JobSettled:
		st.Summary = fmt.Sprintf("settled: %d nodes agreed on %d bytes (cost %d); sellers and agreeing nodes paid, the rest refunded; fetch it with `datatrade job result %d`", len(j.AgreedResults()), j.AgreedSize, j.AgreedCost, j.ID)
	case market.JobExpired:
		st.Summary = "expired: no quorum before the deadline; the buyer was refunded in full"
	default:
		st.Summary = j.State.String()
	}
	return st
}

func (a *app) newJobStatusCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "status JOB",
		Short:   "Show a job: its state, listings, nodes and their results",
		Example: `  datatrade job status 1 --json`,
		Args:    cobra.ExactArgs(1),
	}
	return a.jobsCmd(cmd, false, "JOB", func(ctx context.Context, s *session, jobs *market.Jobs, id uint64) error {
		j, err := jobs.Job(ctx, id)
		if err != nil {
			return err
		}
		now, err := chainNow(ctx, s.m)
		if err != nil {
			return err
		}
		st := describeJob(j, now)
		return a.emit(st, func(w io.Writer) {
			fmt.Fprintf(w, "job %d: %s\n", j.ID, st.Summary)
			fmt.Fprintf(w, "  buyer %s, algorithm %s, paid %s for data + %s per node\n", j.Buyer, j.AlgorithmHash, datatrade.FormatAmount(j.PriceTotal), datatrade.FormatAmount(j.RewardPerNode))
			for _, l := range j.Listings {
				fmt.Fprintf(w, "  listing %d (seller %s, %s)\n", l.ListingID, l.Seller, datatrade.FormatAmount(l.Price))
			}
			for _, n := range j.Nodes {
				switch {
				case n.NodeID == 0:
					fmt.Fprintf(w, "  open slot: no node yet\n")
				case !n.Submitted:
					fmt.Fprintf(w, "  node %d: no result yet\n", n.NodeID)
				default:
					paid := "not paid"
					if n.Paid {
						paid = "paid"
					}
					fmt.Fprintf(w, "  node %d: result %s, %d bytes, cost %d, at %s (%s)\n", n.NodeID, n.ResultHash, n.Size, n.Cost, n.ResultCID, paid)
				}
			}
		})
	})
}

// jobResultOut is what `job result` prints.
type jobResultOut struct {
	JobID      uint64      `json:"jobId"`
	Node       uint64      `json:"node"`
	CID        string      `json:"cid"`
	ResultHash common.Hash `json:"resultHash"`
	Size       int         `json:"size"`
	Out        string      `json:"out,omitempty"`
	// Result is the result itself when it is text and --out was not given;
	// ResultBase64 when it is not text.
	Result       string `json:"result,omitempty"`
	ResultBase64 []byte `json:"resultBase64,omitempty"`
}

func (a *app) newJobResultCmd() *cobra.Command {
	var (
		keyFile, passFile, saltFile, out string
	)
	cmd := &cobra.Command{
		Use:   "result JOB",
		Short: "Fetch a settled job's result (your store, else the nodes) and decrypt it with your key",
		Long: `Fetch the result of a settled job: each agreeing node stored it encrypted to
your key; this reads one by the CID the node submitted from your store, else
from the agreeing nodes' APIs (GET /v1/results/{cid}), decrypts
it with your HPKE key and checks it against the agreed result hash on chain
(keccak256 of the job salt and the result), so a node cannot hand you anything
but the result the quorum agreed on.`,
		Example: `  datatrade job result 1 --key-file me.key --out result.json
  datatrade job result 1 --key-file me.key --salt-file salt.json --store ./store --json`,
		Args: cobra.ExactArgs(1),
	}
	fl := cmd.Flags()
	fl.StringVar(&keyFile, "key-file", "", "your HPKE key file (the key the job was created with)")
	fl.StringVar(&passFile, "passphrase-file", "", "file holding the key file's passphrase (else DATATRADE_PASSPHRASE, else a prompt)")
	fl.StringVar(&saltFile, "salt-file", "", "the job's salt file (default <home>/jobs/…/JOB.json, written by `job create`)")
	fl.StringVar(&out, "out", "", "write the result to this file (default: print it)")
	openStore := a.storeFlag(cmd)
	return a.jobsCmd(cmd, false, "JOB", func(ctx context.Context, s *session, jobs *market.Jobs, id uint64) error {
		if keyFile == "" {
			return usagef("--key-file is required: the key pair the job was created with")
		}
		j, err := jobs.Job(ctx, id)
		if err != nil {
			return err
		}
		if j.State != market.JobSettled {
			now, err := chainNow(ctx, s.m)
			if err != nil {
				return err
			}
			return datatrade.Errorf(datatrade.ECONFLICT, "job %d has no agreed result: %s", id, describeJob(j, now).Summary)
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
		key, err := loadJobKey(keyFile, passFile, j)
		if err != nil {
			return err
		}
		st, err := openStore()
		if err != nil {
			return err
		}
		// The local store first, then the agreeing nodes' own copies: what
		// either serves is checked against the agreed hash.
		src := firstOf{st, agreedNodes(ctx, jobs, j, &http.Client{Timeout: 30 * time.Second})}
		res, from, err := fetchJobResult(ctx, src, jobDeployment(d), j, key, job.Salt(sec.Salt))
		if err != nil {
			return err
		}
		defer clear(res)
		o := jobResultOut{JobID: id, Node: from.NodeID, CID: from.ResultCID, ResultHash: j.AgreedResultHash, Size: len(res), Out: out}
		if out != "" {
			if err := envelope.WriteFileAtomic(out, res, 0o600); err != nil {
				return fmt.Errorf("write result: %w", err)
			}
		} else if utf8.Valid(res) {
			o.Result = string(res)
		} else {
			o.ResultBase64 = res
		}
		return a.emit(o, func(w io.Writer) {
			a.say("job %d: the result of node %d (%d bytes) matches the agreed hash %s", id, from.NodeID, len(res), j.AgreedResultHash)
			if out == "" {
				_, _ = w.Write(res)
				if !bytes.HasSuffix(res, []byte("\n")) {
					fmt.Fprintln(w)
				}
			} else {
				fmt.Fprintf(w, "wrote %s\n", out)
			}
		})
	})
}

// loadJobKey reads the buyer's HPKE key pair and checks it is the job's.
func loadJobKey(keyFile, passFile string, j *market.Job) (*envelope.PrivateKey, error) {
	key, err := readKeyFile(keyFile, passFile)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(key.Public().Bytes(), j.BuyerKey) {
		return nil, datatrade.Errorf(datatrade.EUNAUTHORIZED, "%s is not the key job %d was created with", keyFile, j.ID)
	}
	return key, nil
}

// fetchJobResult opens the first agreeing node's result that is in the
// store, decrypts and checks it against the agreed hash.
func fetchJobResult(ctx context.Context, st store.Getter, d job.Deployment, j *market.Job, key *envelope.PrivateKey, salt job.Salt) ([]byte, market.JobNode, error) {
	var errs []string
	for _, n := range j.AgreedResults() {
		c, err := store.ParseCID(n.ResultCID)
		if err != nil {
			errs = append(errs, fmt.Sprintf("node %d: bad CID %q", n.NodeID, n.ResultCID))
			continue
		}
		r, err := st.Get(ctx, c)
		if err != nil {
			errs = append(errs, fmt.Sprintf("node %d: %s", n.NodeID, datatrade.ErrorMessage(err)))
			continue
		}
		sealed, err := io.ReadAll(io.LimitReader(r, 64<<20))
		r.Close()
		if err != nil {
			errs = append(errs, fmt.Sprintf("node %d: %v", n.NodeID, err))
			continue
		}
		res, err := job.OpenResult(d, j.ID, key, salt, sealed, j.AgreedResultHash)
		if err != nil {
			errs = append(errs, fmt.Sprintf("node %d: %s", n.NodeID, datatrade.ErrorMessage(err)))
			continue
		}
		return res, n, nil
	}
	return nil, market.JobNode{}, datatrade.Errorf(datatrade.ENOTFOUND, "no agreeing node's result of job %d could be read: %s", j.ID, strings.Join(errs, "; "))
}

func (a *app) newJobExpireCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "expire JOB",
		Short:   "End a job past its deadline without a quorum: the buyer is refunded in full",
		Example: `  datatrade job expire 1 --account dev:3`,
		Args:    cobra.ExactArgs(1),
	}
	return a.jobsCmd(cmd, true, "JOB", func(ctx context.Context, s *session, jobs *market.Jobs, id uint64) error {
		return a.sendJobsTx(ctx, s, jobs, jobs.ExpireTx(id))
	})
}

func (a *app) newJobAcceptCmd() *cobra.Command {
	var nodeID uint64
	cmd := &cobra.Command{
		Use:   "accept JOB",
		Short: "Answer a job's demand as a node you operate: confirm a named node, or fill an open slot",
		Long: `Answer a job's demand broadcast (its JobDemand event) as the operator of a
compute node: a node the job names confirms it takes the job; any other node
fills the job's first open slot (node id 0), if every listing of the job
accepts the node's enclave measurement.`,
		Example: `  datatrade job accept 1 --node 3 --account dev:8`,
		Args:    cobra.ExactArgs(1),
	}
	cmd.Flags().Uint64Var(&nodeID, "node", 0, "your compute node's id (required)")
	return a.jobsCmd(cmd, true, "JOB", func(ctx context.Context, s *session, jobs *market.Jobs, id uint64) error {
		if nodeID == 0 {
			return usagef("--node is required: the id of the compute node you operate")
		}
		return a.sendJobsTx(ctx, s, jobs, jobs.AcceptJobTx(id, nodeID))
	})
}

func (a *app) newJobReviewCmd() *cobra.Command {
	var sellerRating, nodeRating uint8
	var comment string
	cmd := &cobra.Command{
		Use:     "review JOB",
		Short:   "Rate a settled job's sellers and agreeing nodes (its buyer, once)",
		Example: `  datatrade job review 1 --seller-rating 5 --node-rating 4 --comment bafy… --account dev:3`,
		Args:    cobra.ExactArgs(1),
	}
	fl := cmd.Flags()
	fl.Uint8Var(&sellerRating, "seller-rating", 0, "rating of the job's sellers, 1 to 5 (required)")
	fl.Uint8Var(&nodeRating, "node-rating", 0, "rating of the nodes that agreed, 1 to 5 (required)")
	fl.StringVar(&comment, "comment", "", "CID of a comment document")
	return a.jobsCmd(cmd, true, "JOB", func(ctx context.Context, s *session, jobs *market.Jobs, id uint64) error {
		tx, err := jobs.ReviewTx(id, sellerRating, nodeRating, comment)
		if err != nil {
			return err
		}
		return a.sendJobsTx(ctx, s, jobs, tx)
	})
}

func (a *app) newJobWithdrawCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "withdraw",
		Short:   "Withdraw what the Jobs contract owes you (seller prices, node rewards, refunds)",
		Example: `  datatrade job withdraw --account dev:2`,
		Args:    cobra.NoArgs,
	}
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, _ []string) error {
		jobs, err := a.jobsOf(s)
		if err != nil {
			return err
		}
		return a.sendJobsTx(ctx, s, jobs, jobs.WithdrawTx())
	})
}

// sendJobsTx is sendTx with the Jobs contract's refusals explained.
func (a *app) sendJobsTx(ctx context.Context, s *session, jobs *market.Jobs, tx market.Tx) error {
	return a.sendVia(ctx, s, jobs, tx)
}

func (a *app) newJobPolicyCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "policy", Short: "Set or show a listing's compute policy (sellers)"}
	cmd.AddCommand(a.newJobPolicySetCmd(), a.newJobPolicyShowCmd())
	return cmd
}

func (a *app) newJobPolicySetCmd() *cobra.Command {
	var (
		deny, publicOnly          bool
		minNodes                  uint32
		maxOutput, budget, totalB uint64
		price                     amountFlag
		measurements, allow       []string
		disallow                  []string
	)
	cmd := &cobra.Command{
		Use:   "set LISTING",
		Short: "Set the compute policy of a listing you own",
		Long: `Set the compute policy of a listing you own. Jobs must name nodes whose enclave
measurement you accept (--measurements; none accepted means no job runs), at
least --min-nodes of them; each job's output is at most --max-output bytes and
all of one buyer's jobs together at most --budget bytes (the "analysis that
prints the raw data" is refused in one job and spread over many). With
--public-only only algorithm hashes you allow-listed (--allow) run; otherwise
secret algorithms run too, under the same output rules.`,
		Example: `  datatrade job policy set 1 --price 0.01eth --measurements 0x… --min-nodes 3 --max-output 4096 --budget 65536 --public-only --allow stats.wasm --account dev:2`,
		Args:    cobra.ExactArgs(1),
	}
	fl := cmd.Flags()
	fl.BoolVar(&deny, "deny", false, "allow no compute jobs on this listing")
	fl.BoolVar(&publicOnly, "public-only", false, "run only allow-listed algorithms")
	fl.Uint32Var(&minNodes, "min-nodes", 3, "fewest nodes a job must name")
	fl.Uint64Var(&maxOutput, "max-output", 4096, "most output bytes per job")
	fl.Uint64Var(&budget, "budget", 65536, "most output bytes of all jobs of one buyer")
	fl.Uint64Var(&totalB, "total-budget", 0, "most output bytes of all buyers' jobs (0: no such bound)")
	fl.Var(&price, "price", "price per job (e.g. 0.01eth)")
	fl.StringSliceVar(&measurements, "measurements", nil, "accepted enclave measurements (32 bytes hex each)")
	fl.StringSliceVar(&allow, "allow", nil, "algorithms to allow-list: module files or hashes")
	fl.StringSliceVar(&disallow, "disallow", nil, "algorithms to remove from the allow-list: module files or hashes")
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("LISTING", args[0])
		if err != nil {
			return err
		}
		if err := requireAmount("price", &price); err != nil {
			return err
		}
		p := market.ComputePolicy{ComputeAllowed: !deny, PublicOnly: publicOnly, MinNodes: minNodes, MaxOutputPerJob: maxOutput,
			OutputBudget: budget, TotalOutputBudget: totalB, PricePerJob: price.v}
		for _, m := range measurements {
			h, err := parseHash("--measurements", m)
			if err != nil {
				return err
			}
			p.AcceptedMeasurements = append(p.AcceptedMeasurements, h)
		}
		hashes := func(list []string) ([]common.Hash, error) {
			var out []common.Hash
			for _, x := range list {
				var h common.Hash
				var err error
				h, err = algorithmArg(x)
				if err != nil {
					return nil, err
				}
				out = append(out, h)
			}
			return out, nil
		}
		allowed, err := hashes(allow)
		if err != nil {
			return err
		}
		removed, err := hashes(disallow)
		if err != nil {
			return err
		}
		jobs, err := a.jobsOf(s)
		if err != nil {
			return err
		}
		tx, err := jobs.SetPolicyTx(id, p)
		if err != nil {
			return err
		}
		txs := []market.Tx{tx}
		for _, h := range allowed {
			txs = append(txs, jobs.AllowAlgorithmTx(id, h))
		}
		for _, h := range removed {
			txs = append(txs, jobs.DisallowAlgorithmTx(id, h))
		}
		if s.f.dryRun {
			return a.dryRun(ctx, s, txs[0])
		}
		var results []txResult
		for _, tx := range txs {
			rcpt, err := jobs.Send(ctx, s.from, tx)
			if err != nil {
				return err
			}
			results = append(results, newTxResult(tx.What, rcpt))
		}
		return a.emit(results, func(w io.Writer) {
			for _, r := range results {
				fmt.Fprintf(w, "%s: done (tx %s, fee %s)\n", r.What, r.TxHash, datatrade.FormatAmount(r.Fee))
			}
		})
	})
}

func (a *app) newJobPolicyShowCmd() *cobra.Command {
	var algorithms []string
	cmd := &cobra.Command{
		Use:     "show LISTING",
		Short:   "Show a listing's compute policy",
		Example: `  datatrade job policy show 1 --algorithm stats.wasm --json`,
		Args:    cobra.ExactArgs(1),
	}
	cmd.Flags().StringSliceVar(&algorithms, "algorithm", nil, "also say whether these algorithms (module files or hashes) are allow-listed")
	return a.jobsCmd(cmd, false, "LISTING", func(ctx context.Context, s *session, jobs *market.Jobs, id uint64) error {
		p, err := jobs.Policy(ctx, id)
		if err != nil {
			return err
		}
		type allowed struct {
			Algorithm common.Hash `json:"algorithm"`
			Allowed   bool        `json:"allowed"`
		}
		out := struct {
			ListingID uint64 `json:"listingId"`
			*market.ComputePolicy
			Algorithms []allowed `json:"algorithms,omitempty"`
		}{ListingID: id, ComputePolicy: p}
		for _, x := range algorithms {
			h, err := algorithmArg(x)
			if err != nil {
				return err
			}
			ok, err := jobs.AlgorithmAllowed(ctx, id, h)
			if err != nil {
				return err
			}
			out.Algorithms = append(out.Algorithms, allowed{h, ok})
		}
		return a.emit(out, func(w io.Writer) {
			if p.Owner == (common.Address{}) {
				fmt.Fprintf(w, "listing %d: no compute policy (no jobs run)\n", id)
				return
			}
			allowedText := "no compute jobs"
			if p.ComputeAllowed {
				allowedText = "compute allowed"
				if p.PublicOnly {
					allowedText += ", allow-listed algorithms only"
				} else {
					allowedText += ", secret algorithms too"
				}
			}
			fmt.Fprintf(w, "listing %d (policy by %s): %s\n", id, p.Owner, allowedText)
			fmt.Fprintf(w, "  price per job %s, at least %d nodes, %d bytes per job, %d bytes per buyer", datatrade.FormatAmount(p.PricePerJob), p.MinNodes, p.MaxOutputPerJob, p.OutputBudget)
			if p.TotalOutputBudget != 0 {
				fmt.Fprintf(w, ", %d bytes in all (%d used)", p.TotalOutputBudget, p.TotalUsed)
			}
			fmt.Fprintln(w)
			for _, m := range p.AcceptedMeasurements {
				fmt.Fprintf(w, "  accepts enclave measurement %s\n", m)
			}
			for _, al := range out.Algorithms {
				fmt.Fprintf(w, "  algorithm %s: allowed %v\n", al.Algorithm, al.Allowed)
			}
		})
	})
}

func (a *app) newJobNodeCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "node", Short: "Register or show compute nodes"}
	cmd.AddCommand(a.newJobNodeRegisterCmd(), a.newJobNodeShowCmd())
	return cmd
}

func (a *app) newJobNodeRegisterCmd() *cobra.Command {
	var signer, measurement, endpoint, evidence string
	cmd := &cobra.Command{
		Use:     "register",
		Short:   "Register a compute node you operate: its enclave's signing address and measurement",
		Example: `  datatrade job node register --signer 0x… --measurement 0x… --endpoint http://127.0.0.1:7000 --evidence bafy… --account dev:6`,
		Args:    cobra.NoArgs,
	}
	fl := cmd.Flags()
	fl.StringVar(&signer, "signer", "", "the enclave's signing address (required)")
	fl.StringVar(&measurement, "measurement", "", "the enclave's measurement, 32 bytes hex (required)")
	fl.StringVar(&endpoint, "endpoint", "", "where the node takes jobs")
	fl.StringVar(&evidence, "evidence", "", "CID of the node's attestation evidence")
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, _ []string) error {
		if !common.IsHexAddress(signer) {
			return usagef("--signer must be an address (0x + 40 hex digits), got %q", signer)
		}
		m, err := parseHash("--measurement", measurement)
		if err != nil {
			return err
		}
		jobs, err := a.jobsOf(s)
		if err != nil {
			return err
		}
		n := market.ComputeNode{Signer: common.HexToAddress(signer), Measurement: m, Endpoint: endpoint, EvidenceCID: evidence}
		tx, err := jobs.RegisterNodeTx(n)
		if err != nil {
			return err
		}
		return a.sendCreating(ctx, s, tx, func() (uint64, *typesReceipt, error) { return jobs.RegisterNode(ctx, s.from, n) })
	})
}

func (a *app) newJobNodeShowCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "show NODE",
		Short:   "Show a compute node",
		Example: `  datatrade job node show 1 --json`,
		Args:    cobra.ExactArgs(1),
	}
	return a.jobsCmd(cmd, false, "NODE", func(ctx context.Context, s *session, jobs *market.Jobs, id uint64) error {
		n, err := jobs.Node(ctx, id)
		if err != nil {
			return err
		}
		return a.emit(n, func(w io.Writer) {
			state := "active"
			if !n.Active {
				state = "deregistered"
			}
			fmt.Fprintf(w, "compute node %d (%s): operator %s, enclave signer %s, measurement %s, endpoint %q\n", n.ID, state, n.Operator, n.Signer, n.Measurement, n.Endpoint)
		})
	})
}
