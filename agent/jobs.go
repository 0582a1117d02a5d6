package agent

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/compute/host"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

// This file is the seller agent's side of compute jobs (DESIGN.md §6,
// issue 5 item 5): a JobWatcher releases each listing's data key, by the
// listing's on-chain compute policy, to every node a job names, wrapped to
// the node's attested enclave key, so no seller needs to be online.

// JobOptions configure a JobWatcher.
type JobOptions struct {
	// Market reads jobs, policies, listings and compute nodes.
	Market *market.Client
	// Owner is the seller's account: jobs on its listings are served, and
	// it signs every hand-over. The watcher sends no transactions.
	Owner *chain.Account
	// Secrets finds a listing's data key and salt.
	Secrets SecretsFunc
	// Store holds the listings' ciphertexts; each is uploaded to the node
	// before its key.
	Store store.Store
	// Verifiers check the nodes' attestation evidence.
	Verifiers enclave.Verifiers
	// Policy is the seller's standing policy. Its AllowSimulation,
	// AllowDebug, Listings and Authority apply; the accepted measurements
	// are each listing's on-chain compute policy's (Policy.Measurements is
	// not used here).
	Policy Policy
	// Revoked, if not nil, lists revoked measurements.
	Revoked enclave.RevocationList
	// MinQuorum is the smallest quorum the seller's terms require of a job
	// (default 1).
	MinQuorum uint64
	// FromJob is the first job id looked at (default 1).
	FromJob uint64
	// HTTPClient talks to nodes (default: a client with a 30 s timeout).
	HTTPClient *http.Client
	// PollInterval is how often Run polls (DefaultPollInterval).
	PollInterval time.Duration
	// Log receives the watcher's log lines (default: discard). Keys never
	// reach it.
	Log *slog.Logger
	// Now is the clock job deadlines are judged by (time.Now if nil).
	Now func() time.Time
}

// Hand-over outcomes of JobWatcher.Served.
const (
	JobHandedOver = "handed-over"
	JobRefused    = "refused"
)

// JobServed is what the watcher did for one listing of a job on one node.
type JobServed struct {
	Job     uint64 `json:"job_id"`
	Listing uint64 `json:"listing_id"`
	Node    uint64 `json:"node_id"`
	Outcome string `json:"outcome"`
	// Reason says why a hand-over was refused.
	Reason string `json:"reason,omitempty"`
}

type servedKey struct{ job, listing, node uint64 }

// JobWatcher watches the jobs created on the seller's listings and hands
// each named node the listing's data key. It is idempotent: after a
// restart it asks each node's status before handing anything over again.
type JobWatcher struct {
	o    JobOptions
	jobs *market.Jobs
	dep  job.Deployment
	want enclave.Config
	// signWith is a throwaway key for job.WrapDataKey, whose signature is
	// replaced by the owner account's (the account holds its key).
	signWith *ecdsa.PrivateKey

	mu      sync.Mutex
	next    uint64
	open    map[uint64]bool
	served  map[servedKey]*JobServed
	lastErr map[servedKey]string
	warned  map[uint64]bool
}

// NewJobWatcher returns a JobWatcher; ENOTFOUND if the deployment has no
// Jobs contract.
func NewJobWatcher(o JobOptions) (*JobWatcher, error) {
	if o.Market == nil || o.Owner == nil || o.Secrets == nil || o.Store == nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "seller job watcher: market, owner, secrets and store are required")
	}
	if len(o.Verifiers) == 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "seller job watcher: no attestation verifiers")
	}
	jobs, err := o.Market.Jobs()
	if err != nil {
		return nil, err
	}
	throwaway, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	if o.PollInterval <= 0 {
		o.PollInterval = DefaultPollInterval
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.MinQuorum == 0 {
		o.MinQuorum = 1
	}
	if o.FromJob == 0 {
		o.FromJob = 1
	}
	o.Policy.Listings = slices.Clone(o.Policy.Listings)
	d := o.Market.Deployment()
	want := Expected(d)
	return &JobWatcher{
		o: o, jobs: jobs, dep: job.Deployment{ChainID: d.ChainID, Jobs: d.Jobs, Domain: want.Domain}, want: want, signWith: throwaway,
		next: o.FromJob, open: map[uint64]bool{}, served: map[servedKey]*JobServed{}, lastErr: map[servedKey]string{}, warned: map[uint64]bool{},
	}, nil
}

// Served returns what the watcher did so far, by job, listing and node.
func (w *JobWatcher) Served() []JobServed {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := make([]JobServed, 0, len(w.served))
	for _, s := range w.served {
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b JobServed) int {
		switch {
		case a.Job != b.Job:
			return cmpU(a.Job, b.Job)
		case a.Listing != b.Listing:
			return cmpU(a.Listing, b.Listing)
		}
		return cmpU(a.Node, b.Node)
	})
	return out
}

func cmpU(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Run serves jobs until ctx ends, polling every PollInterval; failures are
// logged and retried. It returns nil when ctx ends.
func (w *JobWatcher) Run(ctx context.Context) error {
	w.o.Log.Info("seller job watcher serving", "seller", w.o.Owner.Address, "listings", listingsAttr(w.o.Policy.Listings),
		"simulation_allowed", w.o.Policy.AllowSimulation)
	if w.o.Policy.AllowSimulation {
		w.o.Log.Warn("simulated compute enclaves are accepted: " + enclave.SimulationWarning)
	}
	t := time.NewTicker(w.o.PollInterval)
	defer t.Stop()
	for {
		if err := w.Step(ctx); err != nil && ctx.Err() == nil {
			w.o.Log.Warn("seller job watcher pass failed; retrying", "err", datatrade.ErrorMessage(err))
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Step makes one pass: it looks at the jobs created since the last pass
// and serves every open job on a served listing of the seller. A node that
// cannot be served yet (not reachable, not seeing the job final yet) is
// retried on the next pass; the first such error is returned.
func (w *JobWatcher) Step(ctx context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	n, err := w.jobs.JobCount(ctx)
	if err != nil {
		return err
	}
	for ; w.next <= n; w.next++ {
		w.open[w.next] = true
	}
	ids := make([]uint64, 0, len(w.open))
	for id := range w.open {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var firstErr error
	for _, id := range ids {
		done, err := w.serveJob(ctx, id)
		if done {
			delete(w.open, id)
		}
		if err != nil && firstErr == nil {
			firstErr = err
		}
	}
	return firstErr
}

// serveJob serves job id; done reports that nothing is left to do for it.
func (w *JobWatcher) serveJob(ctx context.Context, id uint64) (done bool, err error) {
	j, err := w.jobs.Job(ctx, id)
	if err != nil {
		return false, err
	}
	if j.State != market.JobOpen || !w.o.Now().Before(j.Deadline) {
		return true, nil
	}
	done = true
	for _, l := range j.Listings {
		if l.Seller != w.o.Owner.Address || !w.o.Policy.serves(l.ListingID) {
			continue
		}
		for _, n := range j.Nodes {
			if n.NodeID == 0 { // an open slot no node has filled yet
				done = false
				continue
			}
			k := servedKey{id, l.ListingID, n.NodeID}
			if w.served[k] != nil {
				continue
			}
			s, err := w.serve(ctx, j, l.ListingID, n)
			if err != nil {
				done = false
				if msg := datatrade.ErrorMessage(err); w.lastErr[k] != msg {
					w.lastErr[k] = msg
					w.o.Log.Info("job hand-over not done; will retry", "job", id, "listing", l.ListingID, "node", n.NodeID, "err", msg)
				}
				continue
			}
			s.Job, s.Listing, s.Node = id, l.ListingID, n.NodeID
			w.served[k] = s
			delete(w.lastErr, k)
			if s.Outcome == JobRefused {
				w.o.Log.Warn("job hand-over refused by policy", "job", id, "listing", l.ListingID, "node", n.NodeID, "reason", s.Reason)
			}
		}
	}
	return done, nil
}

func refused(err error) *JobServed {
	return &JobServed{Outcome: JobRefused, Reason: datatrade.ErrorMessage(err)}
}

// serve hands listing's data key for job j to node n, after checking the
// job against the listing's policy and attesting the node. A refusal by
// policy is a JobServed with Outcome JobRefused; an error is retried.
func (w *JobWatcher) serve(ctx context.Context, j *market.Job, listing uint64, n market.JobNode) (*JobServed, error) {
	pol, err := w.jobs.Policy(ctx, listing)
	if err != nil {
		return nil, err
	}
	terms, err := w.terms(ctx, j, listing, pol)
	if err != nil {
		return refused(err), nil
	}
	reg, err := w.jobs.Node(ctx, n.NodeID)
	if err != nil {
		return nil, err
	}
	if reg.Endpoint == "" {
		return refused(datatrade.Errorf(datatrade.EINVALID, "compute node %d has no endpoint in the registry", n.NodeID)), nil
	}
	c := host.NewClient(reg.Endpoint, w.o.HTTPClient)

	// 1. Attest the node against the listing's accepted measurements and
	// this deployment; it must be the enclave the job snapshotted.
	info, claims, err := host.Verify(ctx, c, w.o.Verifiers, w.attestationPolicy(pol), w.want)
	if err != nil {
		if permanent(err) {
			return refused(err), nil
		}
		return nil, fmt.Errorf("attest compute node %d: %w", n.NodeID, err)
	}
	if info.Keys.SigningAddress != n.Signer {
		return refused(datatrade.Errorf(datatrade.EUNAUTHORIZED, "compute node %d's enclave signs as %s, the job names signer %s", n.NodeID, info.Keys.SigningAddress, n.Signer)), nil
	}
	if common.Hash(claims.MeasurementID()) != n.Measurement {
		return refused(datatrade.Errorf(datatrade.EUNAUTHORIZED, "compute node %d runs measurement %s, the job names %s", n.NodeID, claims.MeasurementID(), n.Measurement)), nil
	}
	if claims.Simulated && !w.warned[n.NodeID] {
		w.warned[n.NodeID] = true
		w.o.Log.Warn("compute node runs a SIMULATED enclave, accepted by policy: "+enclave.SimulationWarning, "node", n.NodeID)
	}

	// 2. Already handed over (before a restart)? The node must know the job.
	st, err := c.Status(ctx, j.ID)
	if err != nil {
		return nil, fmt.Errorf("status of job %d at compute node %d: %w", j.ID, n.NodeID, err)
	}
	for _, ls := range st.Listings {
		if ls.ListingID == listing && ls.KeyHandedOver && ls.DataChecked {
			return &JobServed{Outcome: JobHandedOver}, nil
		}
	}
	if st.State == host.StateFailed || st.State == host.StateSubmitted {
		return &JobServed{Outcome: JobRefused, Reason: "the job is " + st.State + " on the node"}, nil
	}

	// 3. The ciphertext, then the key, wrapped to the attested enclave and
	// signed by the listing's owner together with the terms.
	l, err := w.o.Market.Listing(ctx, listing)
	if err != nil {
		return nil, err
	}
	if err := uploadTo(ctx, w.o.Store, l, c.PutBlob); err != nil {
		return nil, err
	}
	sec, err := w.o.Secrets(ctx, l)
	if err != nil {
		return nil, fmt.Errorf("secrets of listing %d: %w", listing, err)
	}
	wrapped, _, err := job.WrapDataKey(w.dep, info.Keys, j.ID, listing, sec, terms, w.signWith)
	clear(sec.DataKey[:])
	clear(sec.ListingSalt[:])
	if err != nil {
		return nil, err
	}
	sig, err := w.o.Owner.SignHash(job.HandOverDigest(w.dep, j.ID, listing, info.Keys.SigningAddress, wrapped, &terms))
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINTERNAL, "sign the hand-over")
	}
	if _, err := c.HandOver(ctx, j.ID, host.HandOverRequest{Listing: listing, Terms: terms, Wrapped: wrapped, Signature: sig}); err != nil {
		if permanent(err) {
			return refused(err), nil
		}
		return nil, fmt.Errorf("hand-over of job %d to compute node %d: %w", j.ID, n.NodeID, err)
	}
	w.o.Log.Info("data key handed over to a compute node", "job", j.ID, "listing", listing, "node", n.NodeID)
	return &JobServed{Outcome: JobHandedOver}, nil
}

// terms derives the seller's terms for job j from the listing's on-chain
// compute policy, or says why the job does not meet them.
func (w *JobWatcher) terms(ctx context.Context, j *market.Job, listing uint64, pol *market.ComputePolicy) (job.Terms, error) {
	if !pol.ComputeAllowed {
		return job.Terms{}, datatrade.Errorf(datatrade.EUNAUTHORIZED, "listing %d allows no compute jobs", listing)
	}
	if uint64(len(j.Nodes)) < uint64(pol.MinNodes) {
		return job.Terms{}, datatrade.Errorf(datatrade.EUNAUTHORIZED, "job %d names %d nodes; listing %d requires %d", j.ID, len(j.Nodes), listing, pol.MinNodes)
	}
	if uint64(j.Quorum) < w.o.MinQuorum {
		return job.Terms{}, datatrade.Errorf(datatrade.EUNAUTHORIZED, "job %d has a quorum of %d; the seller requires %d", j.ID, j.Quorum, w.o.MinQuorum)
	}
	t := job.Terms{PublicOnly: pol.PublicOnly, MaxOutput: pol.MaxOutputPerJob, MinNodes: uint64(pol.MinNodes), MinQuorum: w.o.MinQuorum}
	if pol.PublicOnly {
		ok, err := w.jobs.AlgorithmAllowed(ctx, listing, j.AlgorithmHash)
		if err != nil {
			return job.Terms{}, err
		}
		if !ok {
			return job.Terms{}, datatrade.Errorf(datatrade.EUNAUTHORIZED, "job %d's algorithm %s is not allow-listed for listing %d", j.ID, j.AlgorithmHash, listing)
		}
		t.Allowed = []common.Hash{j.AlgorithmHash}
	}
	return t, nil
}

// attestationPolicy accepts the listing's on-chain measurements, with the
// seller's simulation, debug and authority choices.
func (w *JobWatcher) attestationPolicy(pol *market.ComputePolicy) *enclave.Policy {
	ids := make([]enclave.MeasurementID, len(pol.AcceptedMeasurements))
	for i, m := range pol.AcceptedMeasurements {
		ids[i] = enclave.MeasurementID(m)
	}
	p := w.o.Policy
	p.Measurements = ids
	return p.attestationPolicy(w.want, w.o.Revoked)
}

// uploadTo puts the listing's ciphertext from st with put and checks the
// CID the receiver names.
func uploadTo(ctx context.Context, st store.Store, l *datatrade.Listing, put func(context.Context, io.Reader) (string, error)) error {
	want, err := store.ParseCID(l.ContentCID)
	if err != nil {
		return err
	}
	rc, err := st.Get(ctx, want)
	if err != nil {
		return fmt.Errorf("ciphertext of listing %d: %w", l.ID, err)
	}
	defer rc.Close()
	got, err := put(ctx, rc)
	if err != nil {
		return fmt.Errorf("upload listing %d's ciphertext: %w", l.ID, err)
	}
	if g, err := store.ParseCID(got); err != nil || !g.Equals(want) {
		return datatrade.Errorf(datatrade.EINTEGRITY, "the node stored listing %d's ciphertext as %s, not %s", l.ID, got, l.ContentCID)
	}
	return nil
}
