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
	"github.com/datatrade/datatrade/contracts"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

// Run follows the chain until ctx ends and drives every trade that names
// this exchange through the enclave: TradeOpened → OpenTrade; the listing's
// SampleFixed → FixSample; TradePaid → Commit, ciphertext into the store,
// SignDelivery, Escrow.commit; its own final TradeCommitted → Reveal and
// Escrow.reveal; settled or expired trades → Forget. A step that fails (a
// block not final yet, a node hiccup) is retried at the next poll and its
// error shown in the trade's status. The state is saved after every change.
// Run returns ctx's error.
func (s *Service) Run(ctx context.Context) error {
	ev := func(name string) common.Hash { return s.escrow.Events[name].ID }
	f := chain.NewFollower(s.eth, chain.FollowerConfig{
		Addresses: []common.Address{s.d.Escrow, s.d.Market},
		Topics: [][]common.Hash{{ev("TradeOpened"), ev("TradePaid"), ev("TradeCommitted"), ev("KeyRevealed"), ev("TradeRefunded"),
			ev("SellerFaultProven"), ev("TradeCancelled"), ev("TradeCompensated"), s.mkt.Events["SampleFixed"].ID}},
		StartBlock:    s.cfg.Checkpoint.Number + 1,
		Confirmations: uint64(s.cfg.Confirmations),
		PollInterval:  s.opts.PollInterval,
		Checkpoints:   &chain.FileCheckpoint{Path: s.followerFile()},
		Logger:        s.log,
	})
	var n *BlockNudger
	if s.opts.NudgeBlocks && s.cfg.Confirmations > 0 {
		n = &BlockNudger{Market: s.m, Account: s.opts.Account, Heads: s.ev, Logs: s.eth, Addresses: []common.Address{s.d.Escrow, s.d.Market},
			Confirmations: s.cfg.Confirmations, Wait: s.opts.PollInterval, Now: s.now, Log: s.log}
	}
	return RunLoop(ctx, Loop{Follower: f, OnLog: s.onLog, Advance: s.advanceAll, Nudger: n,
		Interval: s.opts.PollInterval, Kick: s.kick, Log: s.log})
}

// wake makes Run look at the trades again soon.
func (s *Service) wake() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// onLog records one confirmed event. It is idempotent: the follower
// delivers at least once.
func (s *Service) onLog(ctx context.Context, l types.Log) error {
	if l.Removed || len(l.Topics) < 2 || s.opts.ExchangeID == 0 {
		return nil
	}
	esc := contracts.NewEscrow()
	id := new(big.Int).SetBytes(l.Topics[1].Bytes())
	if !id.IsUint64() {
		return nil
	}
	changed := false
	s.mu.Lock()
	if l.Address == s.d.Market {
		if l.Topics[0] == s.mkt.Events["SampleFixed"].ID {
			for _, t := range s.trades {
				if t.Listing == id.Uint64() && t.SeedTx == (common.Hash{}) {
					t.SeedTx, changed = l.TxHash, true
				}
			}
		}
		s.mu.Unlock()
		return s.changed(changed)
	}
	t := s.trades[id.Uint64()]
	switch l.Topics[0] {
	case s.escrow.Events["TradeOpened"].ID:
		e, err := esc.UnpackTradeOpenedEvent(&l)
		if err != nil || t != nil || !slices.ContainsFunc(e.ExchangeIds, func(x *big.Int) bool { return x.IsUint64() && x.Uint64() == s.opts.ExchangeID }) {
			break
		}
		s.trades[id.Uint64()] = &trade{TradeStatus: TradeStatus{TradeID: id.Uint64()}, Listing: e.ListingId.Uint64(), Deadline: e.Deadline, OpenedTx: l.TxHash}
		s.log.Info("trade opened", "trade", id, "listing", e.ListingId, "tx", l.TxHash)
		changed = true
	case s.escrow.Events["TradePaid"].ID:
		if t != nil && t.PaidTx == (common.Hash{}) {
			t.PaidTx, changed = l.TxHash, true
		}
	case s.escrow.Events["TradeCommitted"].ID:
		if t != nil && len(l.Topics) > 2 && t.CommittedBy == 0 {
			by := new(big.Int).SetBytes(l.Topics[2].Bytes()).Uint64()
			t.CommittedBy, changed = by, true
			if by == s.opts.ExchangeID {
				t.CommittedTx = l.TxHash
			}
		}
	case s.escrow.Events["TradeCancelled"].ID:
		if t != nil && !t.Cancelled {
			t.Cancelled, changed = true, true
		}
	default: // KeyRevealed, TradeRefunded, SellerFaultProven, TradeCompensated
		if t != nil && !t.Settled {
			t.Settled, changed = true, true
		}
	}
	s.mu.Unlock()
	return s.changed(changed)
}

func (s *Service) changed(changed bool) error {
	if !changed {
		return nil
	}
	s.wake()
	return s.save()
}

// advanceAll advances every trade the enclave has not forgotten.
func (s *Service) advanceAll(ctx context.Context) {
	s.mu.Lock()
	var ids []uint64
	for id, t := range s.trades {
		if !t.Forgotten {
			ids = append(ids, id)
		}
	}
	s.mu.Unlock()
	slices.Sort(ids)
	for _, id := range ids {
		if ctx.Err() != nil {
			return
		}
		unlock := s.lock(id)
		s.advance(ctx, id)
		unlock()
	}
}

// get returns the live trade record (read its fields under s.mu).
func (s *Service) get(id uint64) (*trade, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.trades[id]
	return t, ok
}

// update applies fn to trade id under s.mu and saves.
func (s *Service) update(id uint64, fn func(t *trade)) error {
	s.mu.Lock()
	t, ok := s.trades[id]
	if ok {
		fn(t)
	}
	s.mu.Unlock()
	if !ok {
		return datatrade.Errorf(datatrade.ENOTFOUND, "trade %d is not known to this exchange", id)
	}
	return s.save()
}

// snapshot returns a copy of trade id.
func (s *Service) snapshot(id uint64) (*trade, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.trades[id]
	if !ok {
		return nil, false
	}
	return t.clone(), true
}

// advance takes trade id as far as the chain facts allow. The trade's lock is held.
func (s *Service) advance(ctx context.Context, id uint64) {
	err := s.step(ctx, id)
	s.mu.Lock()
	t := s.trades[id]
	msg := ""
	if err != nil {
		msg = safeMessage(err)
	}
	logIt := t != nil && t.Error != msg && err != nil
	if t != nil {
		t.Error = msg
	}
	s.mu.Unlock()
	if logIt {
		level := slog.LevelWarn
		if datatrade.ErrorCode(err) == datatrade.ECONFLICT { // mostly: a block not final yet
			level = slog.LevelInfo
		}
		s.log.Log(ctx, level, "trade step not done; will retry", "trade", id, "err", err)
	}
}

// safeMessage is what a trade's status shows of err: the user-safe message
// of a *datatrade.Error, never internal detail (which can carry URLs).
func safeMessage(err error) string {
	var e *datatrade.Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "the host could not complete this step and will retry (see its log)"
}

func (s *Service) step(ctx context.Context, id uint64) error {
	t, ok := s.snapshot(id)
	if !ok || t.Forgotten {
		return nil
	}
	if t.Record == nil && t.Deadline != 0 && s.now().Unix() > int64(t.Deadline) {
		return s.update(id, func(t *trade) { t.Forgotten, t.State = true, StateForgotten })
	}
	if t.Record == nil {
		if err := s.open(ctx, id, nil); err != nil {
			return err
		}
		t, _ = s.snapshot(id)
	}
	// The sample is optional: a seed the enclave cannot verify (e.g. fixed
	// before its checkpoint) must not hold up the rest of the trade.
	var seedErr error
	if !t.SeedFixed && !t.Settled && t.CommittedBy == 0 {
		seedErr = s.fixSeed(ctx, id, nil)
		t, _ = s.snapshot(id)
	}
	late := t.Record != nil && s.now().Unix() > int64(t.Record.Trade.Deadline) // Escrow refuses commits now
	// The buyer's ciphertext is prepared before payment, so the buyer can
	// fetch it first; after a restart that means checking the data again.
	// Like the sample, it does not hold up the other steps.
	var prepErr error
	if t.State == StateVerified && t.Prepared == nil && t.Delivery == nil && !late && !t.Settled && !t.Cancelled && t.CommittedBy == 0 {
		prepErr = s.ensurePrepared(ctx, id)
		t, _ = s.snapshot(id)
	}
	if t.Fault != nil && t.FaultTx == (common.Hash{}) && !t.Settled {
		if err := s.submitFault(ctx, id); err != nil {
			return err
		}
	}
	if !late && !t.Settled && t.CommittedBy == 0 && t.PaidTx != (common.Hash{}) && t.Delivery == nil && t.State == StateVerified {
		if err := s.commit(ctx, id, nil); err != nil {
			return err
		}
		t, _ = s.snapshot(id)
	}
	if !late && t.Delivery != nil && t.Delivery.CommitTx == (common.Hash{}) && t.CommittedBy == 0 && !t.Settled {
		if err := s.submitCommit(ctx, id); err != nil {
			return err
		}
		t, _ = s.snapshot(id)
	}
	if t.CommittedBy == s.opts.ExchangeID && t.CommittedTx != (common.Hash{}) && t.Wrapped == nil {
		if err := s.reveal(ctx, id, nil); err != nil {
			return err
		}
		t, _ = s.snapshot(id)
	}
	if t.Wrapped != nil && t.RevealTx == (common.Hash{}) && !t.Settled {
		if err := s.submitReveal(ctx, id); err != nil {
			return err
		}
		t, _ = s.snapshot(id)
	}
	expired := late && t.CommittedBy == 0
	if (t.Cancelled || (expired && t.PaidTx == (common.Hash{}))) && !t.Settled {
		if t.SampleReceipt != nil && !t.SampleRecorded {
			if err := s.submitSample(ctx, id); err != nil {
				return err
			}
		}
		if t.Cancelled {
			if err := s.update(id, func(t *trade) { t.Settled = true }); err != nil {
				return err
			}
		}
		t, _ = s.snapshot(id)
	}
	if t.Settled || t.RevealTx != (common.Hash{}) || (t.CommittedBy != 0 && t.CommittedBy != s.opts.ExchangeID) || expired {
		s.prog.Forget(id)
		s.mu.Lock()
		delete(s.checked, id)
		s.mu.Unlock()
		return s.update(id, func(t *trade) {
			t.Forgotten = true
			if t.State != StateRevealed && t.State != StateFaulty {
				t.State = StateForgotten
			}
			s.log.Info("trade forgotten by the enclave", "trade", id, "settled", t.Settled, "expired", expired)
		})
	}
	return errors.Join(seedErr, prepErr)
}

// evidenceFunc supplies evidence for an ECALL; nil means the host builds it.
type evidenceFunc func(ctx context.Context) ([]byte, error)

// verified builds evidence with ev and passes it to the ECALL ecall, both
// under s.lcMu: the evidence's headers start after the window's head, and
// verifying it moves the head.
func (s *Service) verified(ctx context.Context, ev evidenceFunc, ecall func([]byte) error) error {
	s.lcMu.Lock()
	defer s.lcMu.Unlock()
	b, err := ev(ctx)
	if err != nil {
		return err
	}
	return ecall(b)
}

// evidence builds encoded evidence for txHash's receipt against the
// enclave's light client: the headers after its window head up to the
// chain's head (at most a window past the receipt's block). s.lcMu is held.
func (s *Service) evidence(ctx context.Context, txHash common.Hash) ([]byte, error) {
	return s.ev.ForWindow(ctx, s.lc, s.cfg.HeaderWindow, txHash)
}

// findLogTimeout bounds one log search: a node's log index can lag far
// behind its head, and a trade's lock is held meanwhile.
const findLogTimeout = 15 * time.Second

// findLog returns the transaction of the first log of contract with topic0
// and the indexed id, from block from on (at least the enclave's
// checkpoint).
func (s *Service) findLog(ctx context.Context, contract common.Address, topic0 common.Hash, id, from uint64) (common.Hash, error) {
	ctx, cancel := context.WithTimeout(ctx, findLogTimeout)
	defer cancel()
	from = max(from, s.cfg.Checkpoint.Number)
	logs, err := s.eth.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		Addresses: []common.Address{contract},
		Topics:    [][]common.Hash{{topic0}, {common.BigToHash(new(big.Int).SetUint64(id))}},
	})
	if err != nil {
		return common.Hash{}, fmt.Errorf("search logs: %w", err)
	}
	for _, l := range logs {
		if !l.Removed {
			return l.TxHash, nil
		}
	}
	return common.Hash{}, datatrade.Errorf(datatrade.ENOTFOUND, "no such event on chain since block %d", from)
}

// seedTx finds the transaction that fixed the listing's sample: usually
// the trade's own opening (Escrow.open fixes it on the first trade),
// else a search from the listing's publication.
func (s *Service) seedTx(ctx context.Context, t *trade) (common.Hash, error) {
	topic := s.mkt.Events["SampleFixed"].ID
	listingTopic := common.BigToHash(new(big.Int).SetUint64(t.Listing))
	if t.OpenedTx != (common.Hash{}) {
		r, err := s.eth.TransactionReceipt(ctx, t.OpenedTx)
		if err != nil {
			return common.Hash{}, fmt.Errorf("read the opening's receipt: %w", err)
		}
		for _, l := range r.Logs {
			if l.Address == s.d.Market && len(l.Topics) > 1 && l.Topics[0] == topic && l.Topics[1] == listingTopic {
				return t.OpenedTx, nil
			}
		}
	}
	l, err := s.m.Listing(ctx, t.Listing)
	if err != nil {
		return common.Hash{}, err
	}
	h, err := s.findLog(ctx, s.d.Market, topic, t.Listing, l.PublishedBlock)
	if err != nil {
		return common.Hash{}, fmt.Errorf("sample seed of listing %d: %w", t.Listing, err)
	}
	return h, nil
}

// open verifies the trade's opening in the enclave. With ev nil the host
// finds the TradeOpened event and builds the evidence. The trade's lock is held.
func (s *Service) open(ctx context.Context, id uint64, ev evidenceFunc) error {
	if s.opts.ExchangeID == 0 {
		return datatrade.Errorf(datatrade.ECONFLICT, "this exchange is not registered yet (no exchange id); it serves no trades")
	}
	t, ok := s.snapshot(id)
	if ok && t.Record != nil {
		return nil
	}
	if ev == nil {
		txHash := common.Hash{}
		if ok {
			txHash = t.OpenedTx
		}
		if txHash == (common.Hash{}) {
			n, err := s.m.TradeCount(ctx)
			if err != nil {
				return err
			}
			if id > n {
				return datatrade.Errorf(datatrade.ENOTFOUND, "trade %d does not exist on chain (%d trades so far)", id, n)
			}
			if txHash, err = s.findLog(ctx, s.d.Escrow, s.escrow.Events["TradeOpened"].ID, id, s.d.Block); err != nil {
				return fmt.Errorf("trade %d: %w", id, err)
			}
		}
		ev = func(ctx context.Context) ([]byte, error) { return s.evidence(ctx, txHash) }
	}
	var rec *exchange.TradeRecord
	err := s.verified(ctx, ev, func(b []byte) (err error) {
		rec, err = s.prog.OpenTrade(id, b)
		return err
	})
	if err != nil {
		return err
	}
	s.mu.Lock()
	t, ok = s.trades[id]
	if !ok {
		t = &trade{TradeStatus: TradeStatus{TradeID: id}}
		s.trades[id] = t
	}
	t.Record, t.State, t.Listing, t.Deadline = rec, StateOpen, rec.Trade.Listing, rec.Trade.Deadline
	s.mu.Unlock()
	s.log.Info("trade verified in the enclave", "trade", id, "listing", rec.Trade.Listing, "price", rec.Trade.Price)
	return s.save()
}

// fixSeed verifies the listing's SampleFixed event in the enclave.
func (s *Service) fixSeed(ctx context.Context, id uint64, ev evidenceFunc) error {
	t, ok := s.snapshot(id)
	if !ok || t.Record == nil {
		return datatrade.Errorf(datatrade.ENOTFOUND, "trade %d is not open in this exchange", id)
	}
	if ev == nil {
		txHash := t.SeedTx
		if txHash == (common.Hash{}) {
			var err error
			if txHash, err = s.seedTx(ctx, t); err != nil {
				return err
			}
			if err := s.update(id, func(t *trade) { t.SeedTx = txHash }); err != nil {
				return err
			}
		}
		ev = func(ctx context.Context) ([]byte, error) { return s.evidence(ctx, txHash) }
	}
	if err := s.verified(ctx, ev, func(b []byte) error { return s.prog.FixSample(id, b) }); err != nil {
		return err
	}
	return s.update(id, func(t *trade) { t.SeedFixed = true })
}

// exchangeIndex is this exchange's index in the trade's snapshot.
func (s *Service) exchangeIndex(t *trade) (uint64, error) {
	if t.Record == nil {
		return 0, datatrade.Errorf(datatrade.ECONFLICT, "trade %d is not open in this exchange", t.TradeID)
	}
	i := slices.Index(t.Record.Trade.Exchanges, s.opts.ExchangeID)
	if i < 0 {
		return 0, datatrade.Errorf(datatrade.EINTERNAL, "trade %d does not name this exchange", t.TradeID)
	}
	return uint64(i), nil
}

// listingData reads the listing's ciphertext from the store.
func (s *Service) listingData(ctx context.Context, listing uint64) ([]byte, error) {
	l, err := s.m.Listing(ctx, listing)
	if err != nil {
		return nil, err
	}
	c, err := store.ParseCID(l.ContentCID)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "listing %d's content CID is not a CID this store reads", listing)
	}
	rc, err := s.store.Get(ctx, c)
	if err != nil {
		if datatrade.ErrorCode(err) == datatrade.ENOTFOUND {
			return nil, datatrade.Errorf(datatrade.ENOTFOUND, "the listing's ciphertext %s is not in this exchange's store: PUT it to /v1/blobs first", c)
		}
		return nil, err
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, exchange.DefaultMaxDataSize+1))
	if err != nil {
		return nil, err
	}
	return b, nil
}

// check runs CheckData on the listing's ciphertext and records the
// outcome. The trade's lock is held.
func (s *Service) check(ctx context.Context, id uint64) (*HandOverResult, error) {
	t, ok := s.snapshot(id)
	if !ok || t.Record == nil {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "trade %d is not open in this exchange", id)
	}
	data, err := s.listingData(ctx, t.Listing)
	if err != nil {
		return nil, err
	}
	fault, err := s.prog.CheckData(ctx, id, bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	if fault != nil {
		s.log.Warn("seller's data does not match the listing root; seller fault signed", "trade", id)
		if err := s.update(id, func(t *trade) { t.Fault, t.State = fault, StateFaulty }); err != nil {
			return nil, err
		}
		if err := s.submitFault(ctx, id); err != nil {
			s.log.Warn("submit seller fault; will retry", "trade", id, "err", err)
		}
		return &HandOverResult{Fault: fault}, nil
	}
	ready, err := s.prog.Ready(id)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.checked[id] = true
	s.mu.Unlock()
	if err := s.update(id, func(t *trade) {
		t.Ready = &ready
		if t.State == StateOpen || t.State == StateHandedOver {
			t.State = StateVerified
		}
	}); err != nil {
		return nil, err
	}
	s.log.Info("seller's data verified against the listing root", "trade", id)
	if err := s.prepare(ctx, id); err != nil {
		s.log.Warn("prepare the buyer's ciphertext; will retry", "trade", id, "err", err)
	}
	return &HandOverResult{Ready: &ready}, nil
}

// handOver gives the enclave the seller's wrapped keys and checks the data.
func (s *Service) handOver(ctx context.Context, id uint64, wrapped, sig []byte) (*HandOverResult, error) {
	defer s.lock(id)()
	if err := s.open(ctx, id, nil); err != nil {
		return nil, err
	}
	t, _ := s.snapshot(id)
	switch {
	case t.Fault != nil:
		return &HandOverResult{Fault: t.Fault}, nil
	case t.Ready != nil && s.isChecked(id):
		return &HandOverResult{Ready: t.Ready}, nil
	case t.State != StateOpen && t.State != StateHandedOver && t.State != StateVerified:
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "trade %d is %s; no hand-over is needed", id, t.State)
	}
	if err := s.prog.HandOver(id, wrapped, sig); err != nil {
		return nil, err
	}
	if err := s.update(id, func(t *trade) { t.State = StateHandedOver }); err != nil {
		return nil, err
	}
	return s.check(ctx, id)
}

func (s *Service) isChecked(id uint64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.checked[id]
}

// ensureChecked re-checks verified data after a restart (the verified
// plaintext is not sealed). The trade's lock is held.
func (s *Service) ensureChecked(ctx context.Context, id uint64) error {
	if s.isChecked(id) {
		return nil
	}
	res, err := s.check(ctx, id)
	if err != nil {
		return fmt.Errorf("re-check trade %d's data after a restart: %w", id, err)
	}
	if res.Fault != nil {
		return datatrade.Errorf(datatrade.EINTEGRITY, "trade %d: the data no longer matches R", id)
	}
	return nil
}

// commit verifies the payment in the enclave, stores the buyer's
// ciphertext and has the enclave sign the delivery. The trade's lock is held.
func (s *Service) commit(ctx context.Context, id uint64, ev evidenceFunc) error {
	t, ok := s.snapshot(id)
	if !ok || t.Record == nil {
		return datatrade.Errorf(datatrade.ENOTFOUND, "trade %d is not open in this exchange", id)
	}
	if t.Delivery != nil {
		return nil
	}
	if t.State != StateVerified {
		return datatrade.Errorf(datatrade.ECONFLICT, "trade %d is %s, not verified: no delivery", id, t.State)
	}
	if err := s.ensurePrepared(ctx, id); err != nil {
		return err
	}
	if ev == nil {
		if t.PaidTx == (common.Hash{}) {
			return datatrade.Errorf(datatrade.ECONFLICT, "trade %d is not paid yet", id)
		}
		ev = func(ctx context.Context) ([]byte, error) { return s.evidence(ctx, t.PaidTx) }
	}
	var ct []byte
	err := s.verified(ctx, ev, func(b []byte) (err error) {
		ct, err = s.prog.Commit(ctx, id, b)
		return err
	})
	if err != nil {
		return err
	}
	// Commit returns the prepared bytes: they are in the store already
	// unless someone removed them.
	c, err := s.storedPrepared(ctx, id)
	if err != nil {
		return err
	}
	var d *exchange.SignedDelivery
	if c != "" {
		d, err = s.prog.SignDelivery(id, c)
	}
	if c == "" || datatrade.ErrorCode(err) == datatrade.EINTEGRITY {
		// Not stored, or a statement the enclave no longer stands by:
		// store Commit's bytes and record the enclave's current statement.
		cc, _, err := s.store.Put(ctx, bytes.NewReader(ct))
		if err != nil {
			return fmt.Errorf("store the buyer's ciphertext: %w", err)
		}
		if c, err = cc.String(), s.refreshPrepared(ctx, id); err != nil {
			return err
		}
		d, err = s.prog.SignDelivery(id, c)
	}
	if err != nil {
		return err
	}
	s.log.Info("delivery signed", "trade", id, "ciphertext", c)
	return s.update(id, func(t *trade) {
		t.Delivery, t.State = &Delivery{Delivery: *d, CiphertextCID: c}, StateCommitted
	})
}

// chainState reads the trade's state on chain.
func (s *Service) chainState(ctx context.Context, id uint64) (*datatrade.Trade, error) {
	return s.m.Trade(ctx, id)
}

// afterFailedTx looks at the chain after a transaction of ours failed: a
// trade another exchange committed, or that settled, is not an error.
func (s *Service) afterFailedTx(ctx context.Context, id uint64, txErr error) error {
	ct, err := s.chainState(ctx, id)
	if err != nil {
		return txErr
	}
	switch {
	case ct.State >= datatrade.TradeCommitted && ct.CommittedExchange != s.opts.ExchangeID && ct.State <= datatrade.TradeCompensated:
		s.log.Info("another exchange committed the trade first", "trade", id, "winner", ct.CommittedExchange)
		return s.update(id, func(t *trade) { t.CommittedBy = ct.CommittedExchange })
	case ct.State == datatrade.TradeRevealed && ct.CommittedExchange == s.opts.ExchangeID:
		return s.update(id, func(t *trade) { t.Settled, t.State = true, StateRevealed })
	case ct.State >= datatrade.TradeRevealed:
		return s.update(id, func(t *trade) { t.Settled = true })
	}
	return txErr
}

func (s *Service) send(ctx context.Context, tx market.Tx) (*types.Receipt, error) {
	if s.opts.Account == nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "no operator account to send %s", tx.What)
	}
	return s.m.Send(ctx, s.opts.Account, tx)
}

// submitCommit sends Escrow.commit with the signed delivery.
func (s *Service) submitCommit(ctx context.Context, id uint64) error {
	t, _ := s.snapshot(id)
	idx, err := s.exchangeIndex(t)
	if err != nil {
		return err
	}
	d := t.Delivery.Delivery
	if s.now().Add(time.Minute).Unix() >= int64(d.Delivery.ValidUntil) && d.Delivery.ValidUntil < t.Record.Trade.Deadline {
		// The statement is about to expire (the host was down, or the
		// chain slow): have the enclave sign it again for the same CID.
		fresh, err := s.prog.SignDelivery(id, t.Delivery.CiphertextCID)
		if err != nil {
			return err
		}
		d = *fresh
		if err := s.update(id, func(t *trade) { t.Delivery.Delivery = d }); err != nil {
			return err
		}
	}
	tx, err := s.m.CommitTx(idx, market.Delivery{TradeID: id, Buyer: d.Delivery.Buyer, Seller: d.Delivery.Seller, Price: d.Delivery.Price,
		Exchange: d.Delivery.Exchange, Root: d.Delivery.Root, CiphertextCIDHash: d.Delivery.CiphertextCIDHash,
		WrappedKeyHash: d.Delivery.WrappedKeyHash, ValidUntil: time.Unix(int64(d.Delivery.ValidUntil), 0)}, d.Signature)
	if err != nil {
		return err
	}
	rcpt, err := s.send(ctx, tx)
	if err != nil {
		return s.afterFailedTx(ctx, id, err)
	}
	s.log.Info("commit submitted", "trade", id, "tx", rcpt.TxHash)
	return s.update(id, func(t *trade) {
		t.Delivery.CommitTx = rcpt.TxHash
		if t.CommittedBy == 0 {
			t.CommittedBy, t.CommittedTx = s.opts.ExchangeID, rcpt.TxHash
		}
	})
}

// reveal has the enclave release the wrapped key once the commit is final.
func (s *Service) reveal(ctx context.Context, id uint64, ev evidenceFunc) error {
	t, ok := s.snapshot(id)
	if !ok || t.Delivery == nil {
		return datatrade.Errorf(datatrade.ECONFLICT, "trade %d has no delivery from this exchange", id)
	}
	if t.Wrapped != nil {
		return nil
	}
	if ev == nil {
		ev = func(ctx context.Context) ([]byte, error) { return s.evidence(ctx, t.CommittedTx) }
	}
	var wk []byte
	err := s.verified(ctx, ev, func(b []byte) (err error) {
		wk, err = s.prog.Reveal(id, b)
		return err
	})
	if err != nil {
		return err
	}
	s.log.Info("wrapped key released after the final commit", "trade", id)
	return s.update(id, func(t *trade) {
		t.Wrapped, t.State = wk, StateRevealed
		if t.CommittedBy == 0 {
			t.CommittedBy = s.opts.ExchangeID
		}
	})
}

// submitReveal publishes the wrapped key through Escrow.reveal.
func (s *Service) submitReveal(ctx context.Context, id uint64) error {
	t, _ := s.snapshot(id)
	rcpt, err := s.send(ctx, s.m.RevealTx(id, t.Wrapped))
	if err != nil {
		return s.afterFailedTx(ctx, id, err)
	}
	s.log.Info("reveal submitted", "trade", id, "tx", rcpt.TxHash)
	return s.update(id, func(t *trade) { t.RevealTx = rcpt.TxHash })
}

// submitFault sends Escrow.sellerFault with the signed statement.
func (s *Service) submitFault(ctx context.Context, id uint64) error {
	t, _ := s.snapshot(id)
	idx, err := s.exchangeIndex(t)
	if err != nil {
		return err
	}
	rcpt, err := s.send(ctx, s.m.SellerFaultTx(id, idx, t.Fault.ChunkIndex, t.Fault.Signature))
	if err != nil {
		return s.afterFailedTx(ctx, id, err)
	}
	s.log.Info("seller fault submitted; the buyer is refunded", "trade", id, "tx", rcpt.TxHash)
	return s.update(id, func(t *trade) { t.FaultTx = rcpt.TxHash })
}

// isForgotten reports whether the enclave forgot trade id.
func (s *Service) isForgotten(id uint64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.trades[id]
	return ok && t.Forgotten
}

// submitSample records the enclave's sample receipt in Escrow: after a
// cancel it pays the fee to this exchange at once; on an unpaid trade that
// expires, the refund pays it.
func (s *Service) submitSample(ctx context.Context, id uint64) error {
	t, _ := s.snapshot(id)
	idx, err := s.exchangeIndex(t)
	if err != nil {
		return err
	}
	rcpt, err := s.send(ctx, s.m.RecordSampleTx(id, idx, t.SampleReceipt.Signature))
	if err != nil {
		ct, cerr := s.chainState(ctx, id)
		if cerr == nil && (ct.HasSample || ct.FeeSettled || (ct.State != datatrade.TradeOpen && ct.State != datatrade.TradeCancelled)) {
			// Another exchange's receipt won, the claim window closed, or the
			// trade moved on: nothing more to claim.
			return s.update(id, func(t *trade) { t.SampleRecorded = true })
		}
		return err
	}
	s.log.Info("sample receipt recorded", "trade", id, "tx", rcpt.TxHash)
	return s.update(id, func(t *trade) { t.SampleRecorded = true })
}
