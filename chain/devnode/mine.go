package devnode

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
)

// emptyBlockBackoff is how long the instant miner waits after sealing a
// block that left executable transactions behind (e.g. fee caps below the
// base fee, which drops with each empty block), instead of spinning.
const emptyBlockBackoff = 10 * time.Millisecond

// mineLoop seals blocks until the node closes: every n.period, or with
// period 0 as soon as transactions become executable.
func (n *Node) mineLoop() {
	defer n.wg.Done()
	if n.period > 0 {
		t := time.NewTicker(n.period)
		defer t.Stop()
		for {
			select {
			case <-n.quit:
				return
			case <-t.C:
				n.sealMu.Lock()
				n.beacon.Commit()
				n.sealMu.Unlock()
			}
		}
	}
	// The pool's feed blocks its sender until every subscriber has taken an
	// event, so events are taken at once and coalesced into kick; the
	// sealing happens in a second goroutine.
	newTxs := make(chan core.NewTxsEvent, 16)
	sub := n.eth.TxPool().SubscribeTransactions(newTxs, true)
	defer sub.Unsubscribe()
	kick := make(chan struct{}, 1)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-n.quit:
				return
			case <-kick:
				n.mineWhilePending()
			}
		}
	}()
	defer func() { <-done }()
	// Transactions already in the pool at start-up (none with the journal
	// off, but cheap to check).
	kick <- struct{}{}
	for {
		select {
		case <-n.quit:
			return
		case err := <-sub.Err():
			if err != nil {
				n.log.Error("miner stopped", "err", err)
			}
			return
		case <-newTxs:
			select {
			case kick <- struct{}{}:
			default:
			}
		}
	}
}

// mineWhilePending seals blocks while the pool holds executable
// transactions. It takes sealMu for one block at a time, so IncreaseTime
// can slip in between.
func (n *Node) mineWhilePending() {
	for {
		select {
		case <-n.quit:
			return
		default:
		}
		more, progressed := n.sealOne()
		if !more {
			return
		}
		if !progressed {
			n.log.Debug("sealed no transactions while some are executable; backing off", "head", n.Head().Number)
			select {
			case <-n.quit:
				return
			case <-time.After(emptyBlockBackoff):
			}
		}
	}
}

// sealOne seals a block if the pool holds executable transactions. more
// reports whether there were any; progressed whether the block took some.
func (n *Node) sealOne() (more, progressed bool) {
	n.sealMu.Lock()
	defer n.sealMu.Unlock()
	pool := n.eth.TxPool()
	if err := pool.Sync(); err != nil {
		return false, false // the pool is closing
	}
	if executable, _ := pool.Stats(); executable == 0 {
		return false, false
	}
	before := n.eth.BlockChain().CurrentBlock()
	n.beacon.Commit()
	after := n.eth.BlockChain().CurrentBlock()
	return true, after.Hash() != before.Hash() && after.GasUsed > 0
}

// IncreaseTime seals a block whose timestamp is d (whole seconds, at least
// one) after the head's, first sealing any executable transactions so that
// the jump lands on an empty block. Later blocks keep counting from the new
// time. It is for dev chains only: a real chain's clock cannot be moved.
//
// It returns the new head, EINVALID for d under one second, or the context's
// error.
func (n *Node) IncreaseTime(ctx context.Context, d time.Duration) (*types.Header, error) {
	if d < time.Second {
		return nil, datatrade.Errorf(datatrade.EINVALID, "time can only move forward by whole seconds, at least 1")
	}
	n.sealMu.Lock()
	defer n.sealMu.Unlock()
	pool := n.eth.TxPool()
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		select {
		case <-n.quit:
			return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "the chain is shutting down")
		default:
		}
		if err := pool.Sync(); err != nil {
			return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "the chain is shutting down")
		}
		if executable, _ := pool.Stats(); executable > 0 {
			n.beacon.Commit()
			continue
		}
		parent := n.eth.BlockChain().CurrentHeader()
		if err := n.beacon.AdjustTime(d); err != nil {
			// A transaction arrived between the check and the seal.
			n.log.Debug("adjusting time failed, retrying", "err", err)
			continue
		}
		head := n.eth.BlockChain().CurrentHeader()
		if head.ParentHash != parent.Hash() {
			continue
		}
		return head, nil
	}
}
