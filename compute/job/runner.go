package job

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/compute/job/frame"
	"github.com/datatrade/datatrade/compute/sandbox"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/envelope"
)

// Defaults of Options.
const (
	// DefaultMaxDataSize bounds each dataset's ciphertext: the verified
	// plaintext is held in enclave memory until the run.
	DefaultMaxDataSize = 1 << 30
	// DefaultMaxCost is the largest metered budget a node accepts for a job.
	DefaultMaxCost = 1 << 40
	// DefaultMemoryLimitPages is the guest's memory limit (256 MiB). Every
	// node of a job must use the same limit, or a guest that needs more
	// than one node's limit makes the nodes disagree.
	DefaultMemoryLimitPages = sandbox.DefaultMemoryLimitPages
)

// Options configure a Runner.
type Options struct {
	// Factotum holds the enclave's keys and attested configuration.
	Factotum *enclave.Factotum
	// Chain verifies chain evidence; exchange.LightClient in production.
	Chain EvidenceVerifier
	// Jobs is the Jobs contract's address (see the trust note in the
	// package documentation).
	Jobs common.Address
	// Node is this compute node's id in the Jobs contract (not zero). The
	// runner refuses jobs that do not name it and that it did not accept.
	Node uint64
	// MemoryLimitPages is the guest's memory limit in 64 KiB pages
	// (DefaultMemoryLimitPages if zero).
	MemoryLimitPages uint32
	// MaxCost is the largest metered budget this node accepts for a job
	// (DefaultMaxCost if zero). A run uses exactly the job's budget, so that
	// all nodes agree; a job that asks for more is refused.
	MaxCost uint64
	// MaxDataSize bounds each dataset's ciphertext (DefaultMaxDataSize).
	MaxDataSize int64
	// WallTimeout is the sandbox's wall-time safety net
	// (sandbox.DefaultWallTimeout if zero). It fails a run, never decides
	// its result.
	WallTimeout time.Duration
	// Logger receives debug records (nil: discard). Nothing secret is
	// logged.
	Logger *slog.Logger
	// Now is the clock of the wall-time safety net (time.Now if nil).
	Now func() time.Time
}

// Runner is the enclave's job runner. It is safe for concurrent use; calls
// for one job are serialized.
type Runner struct {
	f        *enclave.Factotum
	dep      Deployment
	chain    EvidenceVerifier
	node     uint64
	maxCost  uint64
	maxData  int64
	wall     time.Duration
	sb       *sandbox.Sandbox
	logger   *slog.Logger
	mu       sync.Mutex
	jobs     map[uint64]*pending
	closeErr error
}

// pending is one job's state. Its fields are guarded by Runner.mu, except
// during Run, which marks the job busy.
type pending struct {
	spec    Spec
	program *sandbox.Program
	salt    Salt
	hasSalt bool
	secrets []*envelope.Secrets // by listing index, nil until handed over
	terms   []*Terms
	data    [][]byte // verified plaintext by listing index
	busy    bool
	out     *Output
	cidHash common.Hash
}

// New returns a Runner with its own sandbox. Close releases it.
func New(ctx context.Context, opts Options) (*Runner, error) {
	if opts.Factotum == nil || opts.Chain == nil || opts.Jobs == (common.Address{}) || opts.Node == 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "job runner: factotum, chain verifier, Jobs address and node id are required")
	}
	cfg := opts.Factotum.Config()
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	sb, err := sandbox.New(ctx, sandbox.Config{MemoryLimitPages: opts.MemoryLimitPages, Logger: logger, Now: opts.Now})
	if err != nil {
		return nil, err
	}
	r := &Runner{
		f: opts.Factotum, dep: Deployment{ChainID: cfg.ChainID, Jobs: opts.Jobs, Domain: cfg.Domain},
		chain: opts.Chain, node: opts.Node, maxCost: opts.MaxCost, maxData: opts.MaxDataSize,
		wall: opts.WallTimeout, sb: sb, logger: logger, jobs: map[uint64]*pending{},
	}
	if r.maxCost == 0 {
		r.maxCost = DefaultMaxCost
	}
	if r.maxData <= 0 {
		r.maxData = DefaultMaxDataSize
	}
	return r, nil
}

// Close releases the sandbox and every job's compiled module.
func (r *Runner) Close(ctx context.Context) error {
	return r.sb.Close(ctx)
}

// Deployment returns the chain, Jobs contract and EIP-712 domain this
// runner signs for.
func (r *Runner) Deployment() Deployment { return r.dep }

func (r *Runner) get(jobID uint64) (*pending, error) {
	p, ok := r.jobs[jobID]
	if !ok {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "job %d is not open on this node", jobID)
	}
	if p.busy {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "job %d is running", jobID)
	}
	return p, nil
}

// Open verifies the JobCreated event of jobID from chain evidence and opens
// the job on this node. When the job does not name this node but has an
// open slot (node id 0), accepted must be evidence of the JobAccepted event
// by which this node filled it; otherwise accepted is nil.
//
// Security contract: it signs nothing. Everything in the Spec comes from
// the final, authenticated events of the Jobs contract, never from the host.
// It refuses evidence that does not verify, an event from any other
// contract or for another job, a job that does not name this node (nor
// shows it accepted an open slot), a job with a bad quorum, no output
// allowance, a budget above this node's MaxCost, repeated listings or a
// buyer key that does not parse, and a job already open (so a replay cannot
// reset its state).
func (r *Runner) Open(jobID uint64, created, accepted []byte) (Spec, error) {
	rc, err := r.chain.VerifyEvidence(created)
	if err != nil {
		return Spec{}, fmt.Errorf("job %d creation: %w", jobID, err)
	}
	spec, err := matchJobCreated(rc, r.dep.Jobs, jobID)
	if err != nil {
		return Spec{}, err
	}
	if !slices.Contains(spec.Nodes, r.node) && accepted != nil {
		rc, err := r.chain.VerifyEvidence(accepted)
		if err != nil {
			return Spec{}, fmt.Errorf("job %d acceptance: %w", jobID, err)
		}
		slot, err := matchJobAccepted(rc, r.dep.Jobs, jobID, r.node)
		if err != nil {
			return Spec{}, err
		}
		if slot >= uint64(len(spec.Nodes)) || spec.Nodes[slot] != 0 {
			return Spec{}, datatrade.Errorf(datatrade.EINTEGRITY, "job %d: node %d accepted slot %d, which is not an open slot", jobID, r.node, slot)
		}
		spec.Nodes[slot] = r.node
	}
	if err := r.checkSpec(spec); err != nil {
		return Spec{}, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.jobs[jobID]; ok {
		return Spec{}, datatrade.Errorf(datatrade.ECONFLICT, "job %d is already open", jobID)
	}
	n := len(spec.Listings)
	r.jobs[jobID] = &pending{spec: *spec, secrets: make([]*envelope.Secrets, n), terms: make([]*Terms, n), data: make([][]byte, n)}
	r.logger.Debug("job: opened", "job", jobID, "listings", n, "nodes", len(spec.Nodes), "quorum", spec.Quorum)
	return spec.clone(), nil
}

func (r *Runner) checkSpec(s *Spec) error {
	if !slices.Contains(s.Nodes, r.node) {
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "job %d does not name node %d, and no acceptance of an open slot was given", s.ID, r.node)
	}
	switch {
	case s.Quorum == 0 || s.Quorum > uint64(len(s.Nodes)):
		return datatrade.Errorf(datatrade.EINVALID, "job %d: a quorum of %d among %d nodes", s.ID, s.Quorum, len(s.Nodes))
	case s.MaxOutput == 0:
		return datatrade.Errorf(datatrade.EINVALID, "job %d allows no output", s.ID)
	case s.MaxCost == 0 || s.MaxCost > r.maxCost:
		return datatrade.Errorf(datatrade.EUNAVAILABLE, "job %d asks for a budget of %d metered instructions; this node runs between 1 and %d", s.ID, s.MaxCost, r.maxCost)
	}
	seen := map[uint64]bool{}
	for _, l := range s.Listings {
		if seen[l.ID] {
			return datatrade.Errorf(datatrade.EINVALID, "job %d names listing %d twice", s.ID, l.ID)
		}
		seen[l.ID] = true
	}
	if _, err := envelope.ParsePublicKey(s.BuyerPubKey); err != nil {
		return datatrade.Errorf(datatrade.EINVALID, "job %d: the buyer's public key does not parse", s.ID)
	}
	return nil
}

// Spec returns the enclave's record of an open job.
func (r *Runner) Spec(jobID uint64) (Spec, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	p, ok := r.jobs[jobID]
	if !ok {
		return Spec{}, datatrade.Errorf(datatrade.ENOTFOUND, "job %d is not open on this node", jobID)
	}
	return p.spec.clone(), nil
}

// LoadModule takes the buyer's module bundle for jobID, as PrepareModule
// makes it: sealed is the bundle encrypted to this enclave (the job salt,
// and the module unless it travels in the clear), module is the module in
// the clear or nil, buyerSignature the buyer's signature over ModuleDigest.
//
// Security contract: it signs nothing. It refuses a bundle that does not
// open under this job and enclave (EINTEGRITY), a module whose keccak256 is
// not the job's algorithm hash (EINTEGRITY: a node cannot be made to run
// another algorithm), a signature that is not the job's buyer's
// (EUNAUTHORIZED), a module that is not a WASI command (EINVALID), and a
// second module once the job has run. The salt and an encrypted module
// never leave the enclave.
func (r *Runner) LoadModule(ctx context.Context, jobID uint64, sealed, module, buyerSignature []byte) error {
	r.mu.Lock()
	p, err := r.get(jobID)
	var spec Spec
	if err == nil {
		if p.out != nil {
			err = datatrade.Errorf(datatrade.ECONFLICT, "job %d has run already", jobID)
		}
		spec = p.spec
	}
	r.mu.Unlock()
	if err != nil {
		return err
	}
	keys := r.f.PublicKeys()
	pt, err := r.f.Decrypt(info(r.dep, purposeModule, jobID, keys), sealed)
	if err != nil {
		return fmt.Errorf("job %d: the module bundle: %w", jobID, err)
	}
	defer clear(pt)
	salt, inner, err := decodeBundle(pt)
	if err != nil {
		return err
	}
	switch {
	case len(inner) > 0 && len(module) > 0:
		return datatrade.Errorf(datatrade.EINVALID, "job %d: the module is both in the bundle and in the clear", jobID)
	case len(inner) > 0:
		module = inner
	case len(module) == 0:
		return datatrade.Errorf(datatrade.EINVALID, "job %d: no module", jobID)
	}
	if h := AlgorithmHash(module); h != spec.AlgorithmHash {
		return datatrade.Errorf(datatrade.EINTEGRITY, "job %d: the module's hash %s is not the job's algorithm hash %s", jobID, h, spec.AlgorithmHash)
	}
	signer, err := recoverAddress(ModuleDigest(r.dep, jobID, spec.AlgorithmHash), buyerSignature)
	if err != nil {
		return err
	}
	if signer != spec.Buyer {
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "job %d: the module is signed by %s, not by the buyer %s", jobID, signer, spec.Buyer)
	}
	prog, err := r.sb.Compile(ctx, module)
	if err != nil {
		return fmt.Errorf("job %d: %w", jobID, err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	cur, ok := r.jobs[jobID]
	if !ok || cur != p || p.busy || p.out != nil {
		prog.Close(context.WithoutCancel(ctx))
		return datatrade.Errorf(datatrade.ECONFLICT, "job %d changed while its module was loaded", jobID)
	}
	if p.program != nil {
		p.program.Close(context.WithoutCancel(ctx))
	}
	p.program, p.salt, p.hasSalt = prog, salt, true
	return nil
}

func (p *pending) listing(listingID uint64) (int, error) {
	for i, l := range p.spec.Listings {
		if l.ID == listingID {
			return i, nil
		}
	}
	return 0, datatrade.Errorf(datatrade.ENOTFOUND, "job %d does not name listing %d", p.spec.ID, listingID)
}

// HandOver takes a listing's data key and salt for jobID from the seller's
// agent (WrapDataKey): wrapped to this enclave under the job and listing,
// signed by the listing's owner together with the seller's terms.
//
// Security contract: it signs nothing. It decrypts only a message whose
// owner signature, over the wrapping and the terms, recovers to the
// listing's owner in the verified job, and whose HPKE info binds this
// chain, Jobs contract, job, listing and enclave. It refuses a hand-over
// signed by anyone else (EUNAUTHORIZED), terms the job does not meet
// (EUNAUTHORIZED: an algorithm the seller did not allow, too few nodes, too
// small a quorum), one that does not open (EINTEGRITY), and a second
// hand-over once the listing's data has been checked. The secrets never
// leave the enclave.
func (r *Runner) HandOver(jobID, listingID uint64, terms Terms, wrapped, ownerSignature []byte) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	p, err := r.get(jobID)
	if err != nil {
		return err
	}
	i, err := p.listing(listingID)
	if err != nil {
		return err
	}
	if p.data[i] != nil {
		return datatrade.Errorf(datatrade.ECONFLICT, "job %d: listing %d's data is checked already", jobID, listingID)
	}
	terms.Allowed = append([]common.Hash(nil), terms.Allowed...)
	keys := r.f.PublicKeys()
	signer, err := recoverAddress(HandOverDigest(r.dep, jobID, listingID, keys.SigningAddress, wrapped, &terms), ownerSignature)
	if err != nil {
		return err
	}
	if owner := p.spec.Listings[i].Owner; signer != owner {
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "job %d: the hand-over of listing %d is signed by %s, not by its owner %s", jobID, listingID, signer, owner)
	}
	if err := terms.check(&p.spec, listingID); err != nil {
		return err
	}
	pt, err := r.f.Decrypt(info(r.dep, purposeHandOver, jobID, keys, listingID), wrapped)
	if err != nil {
		return fmt.Errorf("job %d: listing %d's hand-over: %w", jobID, listingID, err)
	}
	defer clear(pt)
	s := new(envelope.Secrets)
	if err := s.UnmarshalBinary(pt); err != nil {
		return err
	}
	p.secrets[i], p.terms[i] = s, &terms
	return nil
}

// LoadData decrypts a listing's ciphertext (size bytes in ct) with the
// handed-over data key and checks every chunk against the listing's root R
// with the listing salt (Version 2 countermeasure 5). On success the
// verified plaintext stays in the enclave for Run.
//
// Security contract: it signs nothing and never returns data. It refuses
// (EINTEGRITY, with the reason) a ciphertext whose chunks do not decrypt
// under the seller's key, and data that does not hash to R: the job does
// not run on data the seller did not commit to. Ciphertexts over
// Options.MaxDataSize are refused with EINVALID.
func (r *Runner) LoadData(ctx context.Context, jobID, listingID uint64, ct io.ReaderAt, size int64) error {
	r.mu.Lock()
	p, err := r.get(jobID)
	var i int
	var s envelope.Secrets
	var root common.Hash
	if err == nil {
		i, err = p.listing(listingID)
	}
	if err == nil {
		switch {
		case p.secrets[i] == nil:
			err = datatrade.Errorf(datatrade.ECONFLICT, "job %d: listing %d's data key has not been handed over", jobID, listingID)
		case p.data[i] != nil:
			err = datatrade.Errorf(datatrade.ECONFLICT, "job %d: listing %d's data is checked already", jobID, listingID)
		default:
			s, root = *p.secrets[i], p.spec.Listings[i].Root
		}
	}
	r.mu.Unlock()
	if err != nil {
		return err
	}
	if size > r.maxData {
		return datatrade.Errorf(datatrade.EINVALID, "job %d: listing %d's ciphertext is %d bytes, more than this node takes (%d)", jobID, listingID, size, r.maxData)
	}
	chunks, err := envelope.OpenChunks(ct, size, s.DataKey)
	if err != nil {
		return datatrade.Errorf(datatrade.EINTEGRITY, "job %d: listing %d's ciphertext does not open with the seller's key: %s", jobID, listingID, datatrade.ErrorMessage(err))
	}
	var data bytes.Buffer
	data.Grow(int(chunks.PlaintextSize()))
	for c := range chunks.Len() {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, err := chunks.Chunk(c)
		if err != nil {
			return datatrade.Errorf(datatrade.EINTEGRITY, "job %d: listing %d: chunk %d does not decrypt with the seller's key", jobID, listingID, c)
		}
		data.Write(b)
	}
	com, err := envelope.Commit(ctx, bytes.NewReader(data.Bytes()), s.ListingSalt, chunks.Header().ChunkSize)
	if err != nil {
		return err
	}
	if common.Hash(com.Root) != root {
		clear(data.Bytes())
		return datatrade.Errorf(datatrade.EINTEGRITY, "job %d: listing %d's data does not match its root R %s (it hashes to %x): refusing to run on it", jobID, listingID, root, com.Root)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if cur, ok := r.jobs[jobID]; !ok || cur != p || p.busy || p.secrets[i] == nil || *p.secrets[i] != s || p.data[i] != nil {
		return datatrade.Errorf(datatrade.ECONFLICT, "job %d changed during the check of listing %d", jobID, listingID)
	}
	p.data[i] = data.Bytes()
	return nil
}

// Output is a successful run: the result sealed to the buyer, for the host
// to store, and the JobResult to sign once the host has its CID.
type Output struct {
	// Sealed is the result wrapped to the buyer's key (envelope.Wrap with
	// ResultContext). Only the buyer can open it.
	Sealed []byte `json:"sealed"`
	// Result is the JobResult without ResultCIDHash.
	Result JobResult `json:"result"`
}

func (o *Output) clone() *Output {
	c := *o
	c.Sealed = bytes.Clone(o.Sealed)
	return &c
}

// ResultContext is the envelope.WrapContext a job's result is sealed under.
func ResultContext(d Deployment, jobID uint64) envelope.WrapContext {
	c := envelope.WrapContext{ChainID: d.ChainID, Contract: d.Jobs, Purpose: PurposeResult}
	copy(c.TradeID[:], u64Word(jobID))
	return c
}

// seed is the guest's random seed: the same on every node, unknown to
// anyone without the job salt.
func seed(jobID uint64, salt Salt) [32]byte {
	return crypto.Keccak256Hash([]byte("datatrade/compute/seed/v1\x00"), u64Word(jobID), salt[:])
}

// Run runs the job's module on its verified datasets, deterministically:
// the metered budget is the job's MaxCost, the output limit the smallest of
// the job's reserved allowance and every seller's Terms.MaxOutput, and wall
// time only a safety net. One listing's dataset goes to stdin as it is,
// several are framed (package documentation).
//
// Security contract: it signs nothing; the result leaves the enclave only
// sealed to the buyer's key from the verified job. A failed run returns a
// *sandbox.RunError (errors.As) with its reason and cost but without the
// guest's stderr, which could carry data. It refuses a job without module,
// salt, every hand-over and every dataset checked. Run again after success
// returns the same Output.
func (r *Runner) Run(ctx context.Context, jobID uint64) (*Output, error) {
	r.mu.Lock()
	p, err := r.get(jobID)
	if err == nil && p.out != nil {
		defer r.mu.Unlock()
		return p.out.clone(), nil
	}
	var job sandbox.Job
	if err == nil {
		job.Stdin, job.Limits, err = r.prepare(p)
	}
	if err == nil {
		job.Seed, p.busy = seed(jobID, p.salt), true
	}
	r.mu.Unlock()
	if err != nil {
		return nil, err
	}
	res, runErr := p.program.Run(ctx, job)
	stdin := job.Stdin
	if len(p.spec.Listings) > 1 {
		clear(stdin)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	p.busy = false
	if cur, ok := r.jobs[jobID]; !ok || cur != p {
		// Forgotten during the run.
		for _, d := range p.data {
			clear(d)
		}
		p.program.Close(context.WithoutCancel(ctx))
		if res != nil {
			clear(res.Output)
		}
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "job %d was forgotten during its run", jobID)
	}
	if runErr != nil {
		var re *sandbox.RunError
		if errors.As(runErr, &re) {
			safe := *re
			safe.Stderr = nil
			r.logger.Debug("job: run failed", "job", jobID, "reason", re.Reason, "cost", re.Cost)
			return nil, &safe
		}
		return nil, fmt.Errorf("job %d: %w", jobID, runErr)
	}
	defer clear(res.Output)
	buyer, err := envelope.ParsePublicKey(p.spec.BuyerPubKey)
	if err != nil {
		return nil, err
	}
	sealed, err := envelope.Wrap(buyer, ResultContext(r.dep, jobID), res.Output)
	if err != nil {
		return nil, err
	}
	p.out = &Output{Sealed: sealed, Result: JobResult{
		JobID: jobID, NodeID: r.node, AlgorithmHash: p.spec.AlgorithmHash, DataRoot: p.spec.DataRoot(),
		ResultHash: ResultHash(p.salt, res.Output), Size: uint64(len(res.Output)), Cost: res.Cost,
	}}
	r.logger.Debug("job: run done", "job", jobID, "size", len(res.Output), "cost", res.Cost)
	return p.out.clone(), nil
}

// prepare checks that p can run and returns its stdin and limits. r.mu is
// held.
func (r *Runner) prepare(p *pending) ([]byte, sandbox.Limits, error) {
	id := p.spec.ID
	if p.program == nil || !p.hasSalt {
		return nil, sandbox.Limits{}, datatrade.Errorf(datatrade.ECONFLICT, "job %d: the module has not been loaded", id)
	}
	maxOut := p.spec.MaxOutput
	for i, l := range p.spec.Listings {
		switch {
		case p.terms[i] == nil:
			return nil, sandbox.Limits{}, datatrade.Errorf(datatrade.ECONFLICT, "job %d: listing %d's data key has not been handed over", id, l.ID)
		case p.data[i] == nil:
			return nil, sandbox.Limits{}, datatrade.Errorf(datatrade.ECONFLICT, "job %d: listing %d's data has not been checked", id, l.ID)
		}
		maxOut = min(maxOut, p.terms[i].MaxOutput)
	}
	lim := sandbox.Limits{Budget: p.spec.MaxCost, MaxOutput: int64(min(maxOut, 1<<62)), WallTimeout: r.wall}
	if len(p.data) == 1 {
		return p.data[0], lim, nil
	}
	ds := make([]frame.Dataset, len(p.data))
	for i, d := range p.data {
		ds[i] = frame.Dataset{Listing: p.spec.Listings[i].ID, Data: d}
	}
	return frame.Encode(ds), lim, nil
}

// SignedResult is a JobResult with its digest and the enclave's 65-byte
// signature (V = 27 or 28, as Solidity's ecrecover wants).
type SignedResult struct {
	Result    JobResult   `json:"result"`
	Digest    common.Hash `json:"digest"`
	Signature []byte      `json:"signature"`
}

// SignResult signs the EIP-712 JobResult of a job that ran, binding the
// hash of resultCID, the CID under which the host stored Output.Sealed.
//
// Security contract: signed only after Run succeeded; every field but the
// CID comes from the verified job or the run itself. It signs one CID per
// job and refuses another, so the host cannot obtain results naming
// different ciphertexts.
func (r *Runner) SignResult(jobID uint64, resultCID string) (*SignedResult, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	p, err := r.get(jobID)
	if err != nil {
		return nil, err
	}
	if p.out == nil {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "job %d has not run", jobID)
	}
	if resultCID == "" {
		return nil, datatrade.Errorf(datatrade.EINVALID, "no result CID")
	}
	h := crypto.Keccak256Hash([]byte(resultCID))
	if p.cidHash != (common.Hash{}) && p.cidHash != h {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "job %d: a result for another CID was signed already", jobID)
	}
	p.cidHash = h
	jr := p.out.Result
	jr.ResultCIDHash = h
	d := jr.Digest(r.dep)
	sig, err := r.f.SignDigest(d)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return &SignedResult{Result: jr, Digest: d, Signature: sig}, nil
}

// Forget removes a job with its module, secrets, data and result from the
// enclave. Forgetting an unknown job is not an error; a running job is
// forgotten when its run returns.
func (r *Runner) Forget(ctx context.Context, jobID uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	p, ok := r.jobs[jobID]
	if !ok {
		return
	}
	delete(r.jobs, jobID)
	for _, s := range p.secrets {
		if s != nil {
			clear(s.DataKey[:])
			clear(s.ListingSalt[:])
		}
	}
	clear(p.salt[:])
	if !p.busy {
		for _, d := range p.data {
			clear(d)
		}
		if p.program != nil {
			p.program.Close(context.WithoutCancel(ctx))
		}
	}
}
