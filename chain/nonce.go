package chain

import (
	"context"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// maxRemembered bounds how many sent, not yet mined transactions a nonce
// manager remembers per account for rebroadcasting.
const maxRemembered = 4096

// nonceState is the nonce manager of one account.
//
// Sending is serialised per account: the send lock is held from choosing the
// nonce until the node has accepted or refused the signed transaction, so
// nonces are handed out consecutively and a send that fails before reaching
// the node's pool leaves its nonce for the next transaction. When the node
// says the nonce is taken ("nonce too low", "replacement transaction
// underpriced"), or after a transport error that leaves it unknown whether
// the node got the transaction, the manager resynchronises from the node's
// pending nonce.
type nonceState struct {
	send chan struct{} // the send lock; a channel so that waiting honours ctx

	mu            sync.Mutex
	known         bool   // next is valid; false until read from the node
	next          uint64 // the nonce the next transaction gets
	sent          map[uint64]*types.Transaction
	lastRebcast   time.Time
	resyncs       int // how often the manager resynchronised (for tests and logs)
	rebroadcasted int // how many transactions were sent again
}

func (c *Client) nonceState(addr common.Address) *nonceState {
	c.mu.Lock()
	defer c.mu.Unlock()
	st, ok := c.accounts[addr]
	if !ok {
		st = &nonceState{send: make(chan struct{}, 1), sent: make(map[uint64]*types.Transaction)}
		c.accounts[addr] = st
	}
	return st
}

func (c *Client) existingNonceState(addr common.Address) *nonceState {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.accounts[addr]
}

// lock takes the send lock or gives up when ctx ends.
func (st *nonceState) lock(ctx context.Context) error {
	select {
	case st.send <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (st *nonceState) unlock() { <-st.send }

// nextNonce returns the nonce to use, reading the node's pending nonce first
// when the manager does not know it. The send lock must be held.
func (c *Client) nextNonce(ctx context.Context, addr common.Address, st *nonceState) (uint64, error) {
	st.mu.Lock()
	known, next := st.known, st.next
	st.mu.Unlock()
	if known {
		return next, nil
	}
	pending, err := c.b.PendingNonceAt(ctx, addr)
	if err != nil {
		return 0, c.rpcError("read the nonce of "+addr.Hex(), err)
	}
	st.mu.Lock()
	st.known, st.next = true, pending
	st.mu.Unlock()
	return pending, nil
}

// accepted records that the node accepted tx with nonce n. The send lock
// must be held.
func (st *nonceState) accepted(tx *types.Transaction) {
	st.mu.Lock()
	defer st.mu.Unlock()
	n := tx.Nonce()
	st.next = n + 1
	st.sent[n] = tx
	if len(st.sent) > maxRemembered {
		for k := range st.sent {
			if k+maxRemembered < n {
				delete(st.sent, k)
			}
		}
	}
}

// resync moves the manager past nonce n after the node said n is taken,
// to the node's pending nonce if that is higher. The send lock must be held.
func (c *Client) resync(ctx context.Context, addr common.Address, st *nonceState, n uint64) error {
	pending, err := c.b.PendingNonceAt(ctx, addr)
	if err != nil {
		st.forget()
		return c.rpcError("read the nonce of "+addr.Hex(), err)
	}
	st.mu.Lock()
	st.known, st.next = true, max(pending, n+1)
	st.resyncs++
	next := st.next
	st.mu.Unlock()
	c.log.Info("nonce resynchronised", "account", addr.Hex(), "taken", n, "next", next)
	return nil
}

// forget makes the manager read the node's pending nonce before the next
// transaction, after an error that leaves it unknown whether the node got
// the last one.
func (st *nonceState) forget() {
	st.mu.Lock()
	st.known = false
	st.mu.Unlock()
}

// mined forgets remembered transactions up to nonce n, which is mined.
func (st *nonceState) mined(n uint64) {
	st.mu.Lock()
	defer st.mu.Unlock()
	for k := range st.sent {
		if k <= n {
			delete(st.sent, k)
		}
	}
}

// ResetNonce makes the nonce manager of addr read the node's pending nonce
// before its next transaction, for example after the node restarted and may
// have lost its pool.
func (c *Client) ResetNonce(addr common.Address) {
	c.nonceState(addr).forget()
}
