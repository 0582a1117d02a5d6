package host

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/compute/sandbox"
	"github.com/datatrade/datatrade/contracts"
	xhost "github.com/datatrade/datatrade/exchange/host"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

// Run follows the Jobs contract until ctx ends and drives every job that
// names this node through the enclave: JobCreated naming the node (or its
// JobAccepted of an open slot) → Open; the data of each handed-over
// listing → LoadData; once the module and every listing are in → Run, the
// sealed result into the store, SignResult and Jobs.submitResult from the
// operator's account; JobSettled or JobExpired → Forget. A step that fails
// for a passing reason (a block not final yet, a ciphertext not uploaded)
// is retried at the next poll, its message in the job's status. Run returns
// ctx's error.
func (s *Service) Run(ctx context.Context) error {
	ev := func(name string) common.Hash { return s.abi.Events[name].ID }
	f := chain.NewFollower(s.eth, chain.FollowerConfig{
		Addresses:     []common.Address{s.d.Jobs},
		Topics:        [][]common.Hash{{ev("JobCreated"), ev("JobAccepted"), ev("JobSettled"), ev("JobExpired")}},
		StartBlock:    s.cfg.Checkpoint.Number + 1,
		Confirmations: uint64(s.cfg.Confirmations),
		PollInterval:  s.opts.PollInterval,
		Checkpoints:   &chain.FileCheckpoint{Path: s.followerFile()},
		Logger:        s.log,
	})
	var n *xhost.BlockNudger
	if s.opts.NudgeBlocks && s.cfg.Confirmations > 0 {
		n = &xhost.BlockNudger{Market: s.m, Account: s.opts.Account, Heads: s.ev, Logs: s.eth, Addresses: []common.Address{s.d.Jobs},
			Confirmations: s.cfg.Confirmations, Wait: s.opts.PollInterval, Now: s.now, Log: s.log}
	}
	return xhost.RunLoop(ctx, xhost.Loop{Follower: f, OnLog: s.onLog, Advance: s.advanceAll, Nudger: n, Idle: s.opts.NodeID == 0,
		Interval: s.opts.PollInterval, Kick: s.kick, Log: s.log})
}

// wake makes Run look at the jobs again soon.
func (s *Service) wake() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// onLog records one confirmed event of the Jobs contract. It is
// idempotent: the follower delivers at least once.
func (s *Service) onLog(ctx context.Context, l types.Log) error {
	if l.Removed || len(l.Topics) < 2 {
		return nil
	}
	id := new(big.Int).SetBytes(l.Topics[1].Bytes())
	if !id.IsUint64() || id.Sign() == 0 {
		return nil
	}
	jobID := id.Uint64()
	cj := contracts.NewJobs()
	changed := false
	s.mu.Lock()
	r := s.recs[jobID]
	switch l.Topics[0] {
	case s.abi.Events["JobCreated"].ID:
		e, err := cj.UnpackJobCreatedEvent(&l)
		if err != nil || !slices.ContainsFunc(e.NodeIds, func(x *big.Int) bool { return x.IsUint64() && x.Uint64() == s.opts.NodeID }) {
			break
		}
		if r == nil {
			r = s.newRec(jobID)
			changed = true
			s.log.Info("job names this node", "job", jobID, "tx", l.TxHash)
		}
		if r.CreatedTx != l.TxHash {
			r.CreatedTx, changed = l.TxHash, true
		}
	case s.abi.Events["JobAccepted"].ID:
		if len(l.Topics) < 3 || new(big.Int).SetBytes(l.Topics[2].Bytes()).Cmp(new(big.Int).SetUint64(s.opts.NodeID)) != 0 {
			break
		}
		if r == nil {
			r = s.newRec(jobID)
			s.log.Info("this node accepted a job", "job", jobID, "tx", l.TxHash)
		}
		if r.AcceptedTx != l.TxHash {
			r.AcceptedTx, changed = l.TxHash, true
		}
	default: // JobSettled, JobExpired
		if r != nil && !r.Closed {
			r.Closed, changed = true, true
			if !r.final() {
				r.State, r.Reason = StateFailed, "the job settled or expired on chain before this node submitted a result"
			}
		}
	}
	s.mu.Unlock()
	if !changed {
		return nil
	}
	s.wake()
	return s.save()
}

// newRec adds a record for jobID. s.mu is held.
func (s *Service) newRec(jobID uint64) *jobRec {
	r := &jobRec{JobStatus: JobStatus{JobID: jobID, NodeID: s.opts.NodeID, State: StateWaitingModule}}
	s.recs[jobID] = r
	return r
}

// advanceAll advances every job that is not final.
func (s *Service) advanceAll(ctx context.Context) {
	s.mu.Lock()
	var ids []uint64
	var closed []uint64
	for id, r := range s.recs {
		switch {
		case r.Closed && r.Opened:
			closed = append(closed, id)
		case !r.final():
			ids = append(ids, id)
		}
	}
	s.mu.Unlock()
	for _, id := range closed {
		unlock := s.lock(id)
		s.runner.Forget(ctx, id)
		_ = s.update(id, func(r *jobRec) { r.Opened = false })
		unlock()
	}
	slices.Sort(ids)
	for _, id := range ids {
		if ctx.Err() != nil {
			return
		}
		unlock := s.lock(id)
		err := s.step(ctx, id)
		s.note(ctx, id, err)
		unlock()
	}
}

// note records the outcome of a step in the job's status: a deterministic
// failure makes the job failed, anything else is shown and retried.
func (s *Service) note(ctx context.Context, id uint64, err error) {
	msg := ""
	if err != nil {
		msg = safeMessage(err)
	}
	var re *sandbox.RunError
	failed := errors.As(err, &re) || errors.Is(err, errFatal)
	s.mu.Lock()
	r := s.recs[id]
	logIt := r != nil && err != nil && r.Error != msg
	if r != nil {
		if failed {
			r.State, r.Reason, r.Error = StateFailed, msg, ""
		} else {
			r.Error = msg
			r.recompute()
		}
	}
	s.mu.Unlock()
	if r == nil {
		return
	}
	if failed {
		s.log.Warn("job failed on this node", "job", id, "reason", msg)
		_ = s.save()
		return
	}
	if logIt {
		level := slog.LevelWarn
		if datatrade.ErrorCode(err) == datatrade.ECONFLICT {
			level = slog.LevelInfo
		}
		s.log.Log(ctx, level, "job step not done; will retry", "job", id, "err", err)
	}
}

// errFatal marks errors after which a job cannot complete on this node.
var errFatal = errors.New("fatal")

type fatalError struct{ err error }

func (e *fatalError) Error() string           { return e.err.Error() }
func (e *fatalError) Unwrap() []error         { return []error{e.err, errFatal} }
func fatal(err error) error                   { return &fatalError{err: err} }
func (s *Service) snapshot(id uint64) *jobRec { return s.get(id, true) }

// get returns job id's record (a copy when copy is set), or nil.
func (s *Service) get(id uint64, copy bool) *jobRec {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.recs[id]
	if r == nil || !copy {
		return r
	}
	return r.clone()
}

// update applies fn to job id's record under s.mu and saves.
func (s *Service) update(id uint64, fn func(r *jobRec)) error {
	s.mu.Lock()
	r, ok := s.recs[id]
	if ok {
		fn(r)
		r.recompute()
	}
	s.mu.Unlock()
	if !ok {
		return datatrade.Errorf(datatrade.ENOTFOUND, "job %d is not known to this node", id)
	}
	return s.save()
}

// safeMessage is what a job's status shows of err: the user-safe message
// of a *datatrade.Error, never internal detail.
func safeMessage(err error) string {
	var e *datatrade.Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "the host could not complete this step and will retry (see its log)"
}

// step takes job id as far as it can go. The job's lock is held.
func (s *Service) step(ctx context.Context, id uint64) error {
	if err := s.ensureOpen(ctx, id); err != nil {
		return err
	}
	r := s.snapshot(id)
	if r.final() {
		return nil
	}
	for _, l := range r.Listings {
		if l.KeyHandedOver && !l.DataChecked {
			if err := s.loadData(ctx, id, l.ListingID); err != nil {
				return err
			}
		}
	}
	r = s.snapshot(id)
	if r.State != StateRunning {
		return nil
	}
	if !r.Ran {
		if err := s.run(ctx, id); err != nil {
			return err
		}
	}
	return s.submit(ctx, id)
}

// findLog returns the transaction of the first log of the Jobs contract
// with topic0 and the indexed job id (and, if not nil, second indexed
// topic) since the deployment.
func (s *Service) findLog(ctx context.Context, topic0 common.Hash, id uint64, second *common.Hash) (common.Hash, error) {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	topics := [][]common.Hash{{topic0}, {common.BigToHash(new(big.Int).SetUint64(id))}}
	if second != nil {
		topics = append(topics, []common.Hash{*second})
	}
	logs, err := s.eth.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(max(s.d.Block, s.cfg.Checkpoint.Number)),
		Addresses: []common.Address{s.d.Jobs}, Topics: topics,
	})
	if err != nil {
		return common.Hash{}, fmt.Errorf("search logs: %w", err)
	}
	for _, l := range logs {
		if !l.Removed {
			return l.TxHash, nil
		}
	}
	return common.Hash{}, datatrade.Errorf(datatrade.ENOTFOUND, "no such event of job %d on chain", id)
}

// evidence builds encoded evidence for txHash's receipt against the
// enclave's light client (EvidenceBuilder.ForWindow). s.lcMu is held.
func (s *Service) evidence(ctx context.Context, txHash common.Hash) ([]byte, error) {
	return s.ev.ForWindow(ctx, s.lc, s.cfg.HeaderWindow, txHash)
}

// ensureOpen opens job id in the enclave from chain evidence, learning of
// the job first if Run has not seen it yet (a buyer may be quicker). The
// job's lock is held.
func (s *Service) ensureOpen(ctx context.Context, id uint64) error {
	if s.runner == nil {
		return datatrade.Errorf(datatrade.ECONFLICT, "this compute node is not registered yet (no node id); it runs no jobs")
	}
	r := s.snapshot(id)
	if r != nil && (r.Opened || r.final()) {
		return nil
	}
	created := common.Hash{}
	if r != nil {
		created = r.CreatedTx
	}
	if created == (common.Hash{}) {
		n, err := s.jobs.JobCount(ctx)
		if err != nil {
			return err
		}
		if id > n {
			return datatrade.Errorf(datatrade.ENOTFOUND, "job %d does not exist on chain (%d jobs so far)", id, n)
		}
		if created, err = s.findLog(ctx, s.abi.Events["JobCreated"].ID, id, nil); err != nil {
			return fmt.Errorf("job %d: %w", id, err)
		}
	}
	var spec job.Spec
	s.lcMu.Lock()
	ev, err := s.evidence(ctx, created)
	if err == nil {
		spec, err = s.runner.Open(id, ev, nil)
		if datatrade.ErrorCode(err) == datatrade.EUNAUTHORIZED {
			// Not named: this node may have accepted an open slot.
			var acc []byte
			if acc, err = s.acceptedEvidence(ctx, id, r); err == nil {
				if ev, err = s.evidence(ctx, created); err == nil {
					spec, err = s.runner.Open(id, ev, acc)
				}
			}
		}
	}
	s.lcMu.Unlock()
	if datatrade.ErrorCode(err) == datatrade.ECONFLICT && bytes.Contains([]byte(datatrade.ErrorMessage(err)), []byte("already open")) {
		spec, err = s.runner.Spec(id)
	}
	if err != nil {
		if r == nil && datatrade.ErrorCode(err) == datatrade.EUNAUTHORIZED {
			return err // a job for other nodes: keep no record
		}
		if r == nil {
			s.mu.Lock()
			if s.recs[id] == nil {
				s.newRec(id).CreatedTx = created
			}
			s.mu.Unlock()
		}
		return err
	}
	s.mu.Lock()
	cur := s.recs[id]
	if cur == nil {
		cur = s.newRec(id)
	}
	cur.CreatedTx, cur.Opened, cur.Spec = created, true, &spec
	if len(cur.Listings) == 0 {
		for _, l := range spec.Listings {
			cur.Listings = append(cur.Listings, ListingStatus{ListingID: l.ID})
		}
	}
	cur.recompute()
	s.mu.Unlock()
	s.log.Info("job verified in the enclave", "job", id, "listings", len(spec.Listings), "quorum", spec.Quorum)
	return s.save()
}

// acceptedEvidence builds the evidence of this node's JobAccepted event.
// s.lcMu is held.
func (s *Service) acceptedEvidence(ctx context.Context, id uint64, r *jobRec) ([]byte, error) {
	tx := common.Hash{}
	if r != nil {
		tx = r.AcceptedTx
	}
	if tx == (common.Hash{}) {
		node := common.BigToHash(new(big.Int).SetUint64(s.opts.NodeID))
		var err error
		if tx, err = s.findLog(ctx, s.abi.Events["JobAccepted"].ID, id, &node); err != nil {
			return nil, datatrade.Errorf(datatrade.EUNAUTHORIZED, "job %d does not name node %d, which has not accepted it", id, s.opts.NodeID)
		}
	}
	return s.evidence(ctx, tx)
}

// LoadModule loads this node's part of the buyer's module bundle for job
// id (POST /v1/jobs/{id}/module).
func (s *Service) LoadModule(ctx context.Context, id uint64, req ModuleRequest) (*JobStatus, error) {
	unlock := s.lock(id)
	defer unlock()
	if err := s.ensureOpen(ctx, id); err != nil {
		return nil, err
	}
	if r := s.snapshot(id); r.final() || r.Ran {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "job %d is %s on this node; it takes no module", id, r.State)
	}
	if err := s.runner.LoadModule(ctx, id, req.Sealed, req.Module, req.Signature); err != nil {
		return nil, err
	}
	if err := s.update(id, func(r *jobRec) { r.ModuleLoaded = true }); err != nil {
		return nil, err
	}
	s.log.Info("module loaded", "job", id)
	s.wake()
	return s.Status(id)
}

// HandOver gives the enclave a seller's data key for one listing of job id
// (POST /v1/jobs/{id}/handover) and checks the listing's ciphertext if it
// is at hand.
func (s *Service) HandOver(ctx context.Context, id uint64, req HandOverRequest) (*JobStatus, error) {
	unlock := s.lock(id)
	defer unlock()
	if err := s.ensureOpen(ctx, id); err != nil {
		return nil, err
	}
	r := s.snapshot(id)
	if r.final() || r.Ran {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "job %d is %s on this node; it takes no data key", id, r.State)
	}
	if l := r.listing(req.Listing); l != nil && l.DataChecked {
		return s.Status(id)
	}
	if err := s.runner.HandOver(id, req.Listing, req.Terms, req.Wrapped, req.Signature); err != nil {
		return nil, err
	}
	if err := s.update(id, func(r *jobRec) {
		if l := r.listing(req.Listing); l != nil {
			l.KeyHandedOver = true
		}
	}); err != nil {
		return nil, err
	}
	s.log.Info("data key handed over", "job", id, "listing", req.Listing)
	err := s.loadData(ctx, id, req.Listing)
	s.note(ctx, id, err)
	s.wake()
	return s.Status(id)
}

// loadData fetches a listing's ciphertext and has the enclave check it
// against R. The job's lock is held.
func (s *Service) loadData(ctx context.Context, id, listing uint64) error {
	data, err := s.listingData(ctx, listing)
	if err != nil {
		return err
	}
	if err := s.runner.LoadData(ctx, id, listing, bytes.NewReader(data), int64(len(data))); err != nil {
		if datatrade.ErrorCode(err) == datatrade.EINTEGRITY {
			return fatal(err)
		}
		return err
	}
	s.log.Info("listing data checked against R", "job", id, "listing", listing)
	return s.update(id, func(r *jobRec) {
		if l := r.listing(listing); l != nil {
			l.DataChecked = true
		}
	})
}

// listingData reads a listing's ciphertext from the store, or from Source.
func (s *Service) listingData(ctx context.Context, listing uint64) ([]byte, error) {
	l, err := s.m.Listing(ctx, listing)
	if err != nil {
		return nil, err
	}
	c, err := store.ParseCID(l.ContentCID)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "listing %d's content CID is not a CID this store reads", listing)
	}
	var rc io.ReadCloser
	rc, err = s.store.Get(ctx, c)
	if datatrade.ErrorCode(err) == datatrade.ENOTFOUND && s.opts.Source != nil {
		rc, err = s.opts.Source.Get(ctx, c)
	}
	if err != nil {
		if datatrade.ErrorCode(err) == datatrade.ENOTFOUND {
			return nil, datatrade.Errorf(datatrade.ENOTFOUND, "listing %d's ciphertext %s is not in this node's store: PUT it to /v1/blobs", listing, c)
		}
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// run runs the job in the enclave and stores the sealed result. The job's
// lock is held.
func (s *Service) run(ctx context.Context, id uint64) error {
	out, err := s.runner.Run(ctx, id)
	if err != nil {
		return err
	}
	c, _, err := s.store.Put(ctx, bytes.NewReader(out.Sealed))
	if err != nil {
		return err
	}
	s.log.Info("job ran", "job", id, "size", out.Result.Size, "cost", out.Result.Cost, "result", c.String())
	return s.update(id, func(r *jobRec) {
		r.Ran, r.ResultCID, r.ResultHash, r.Size, r.Cost = true, c.String(), out.Result.ResultHash, out.Result.Size, out.Result.Cost
	})
}

// submit has the enclave sign the result for its CID and submits it. The
// job's lock is held.
func (s *Service) submit(ctx context.Context, id uint64) error {
	r := s.snapshot(id)
	sr, err := s.runner.SignResult(id, r.ResultCID)
	if err != nil {
		return err
	}
	if s.opts.Account == nil {
		return datatrade.Errorf(datatrade.ECONFLICT, "job %d ran, but this node has no operator account to submit its result", id)
	}
	res := sr.Result
	tx, err := s.jobs.SubmitResultTx(market.JobResult{JobID: res.JobID, NodeID: res.NodeID, AlgorithmHash: res.AlgorithmHash, DataRoot: res.DataRoot,
		ResultHash: res.ResultHash, Size: res.Size, Cost: res.Cost, ResultCIDHash: res.ResultCIDHash}, r.ResultCID, sr.Signature)
	if err != nil {
		return err
	}
	rcpt, err := s.jobs.Send(ctx, s.opts.Account, tx)
	if err != nil {
		j, jerr := s.jobs.Job(ctx, id)
		if jerr == nil {
			for _, n := range j.Nodes {
				if n.NodeID == s.opts.NodeID && n.Submitted && n.ResultCIDHash == res.ResultCIDHash {
					return s.update(id, func(r *jobRec) { r.State = StateSubmitted })
				}
			}
			if j.State != market.JobOpen {
				return fatal(datatrade.Errorf(datatrade.EEXPIRED, "job %d is %s on chain; the result was not submitted", id, j.State))
			}
		}
		return err
	}
	s.log.Info("result submitted", "job", id, "tx", rcpt.TxHash)
	return s.update(id, func(r *jobRec) { r.State, r.SubmitTx, r.Error = StateSubmitted, rcpt.TxHash, "" })
}

// Status returns job id's status on this node.
func (s *Service) Status(id uint64) (*JobStatus, error) {
	r := s.snapshot(id)
	if r == nil {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "job %d is not known to this node", id)
	}
	return &r.JobStatus, nil
}

// Result opens the sealed result stored under cid, if it is one of this
// node's results.
func (s *Service) Result(ctx context.Context, cid string) (io.ReadCloser, error) {
	s.mu.Lock()
	known := false
	for _, r := range s.recs {
		if r.ResultCID == cid && cid != "" {
			known = true
		}
	}
	s.mu.Unlock()
	if !known {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "no result %s on this node", printable(cid))
	}
	c, err := store.ParseCID(cid)
	if err != nil {
		return nil, err
	}
	return s.store.Get(ctx, c)
}
