package chain

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// Result is the outcome of one transaction sent through a Pipeline.
type Result struct {
	// Seq numbers the Pipeline's submissions from 0 in the order of Submit.
	Seq int
	// Tx is the sent transaction, nil when it could not be sent.
	Tx *types.Transaction
	// Receipt is the receipt, nil when there is none (Err says why). A
	// mined but failed transaction has both a Receipt and an Err.
	Receipt *types.Receipt
	Err     error
	// Submitted is when Submit was called (before waiting for a free slot
	// in the window); Sent is when the node accepted the transaction; Done
	// is when the receipt (or the error) arrived.
	Submitted, Sent, Done time.Time
}

// Pipeline sends a stream of transactions from one account while keeping at
// most window of them unconfirmed: Submit blocks while the window is full.
// Bursts larger than a node's pool would otherwise be dropped silently (a
// node with local transactions off drops what does not fit without an
// error) and one lost nonce stalls every later transaction of the account.
// The Pipeline's waits detect a transaction with no receipt and broadcast it
// again with the same nonce, together with the account's lower nonces that
// are still unmined (see Client.Wait), so a loss costs a resubmission delay
// instead of a stall.
//
// A Pipeline is safe for concurrent use. onResult is called once per
// submission, one call at a time, from the Pipeline's goroutines.
type Pipeline struct {
	c        *Client
	from     *Account
	slots    chan struct{}
	onResult func(Result)

	cbMu sync.Mutex // serialises onResult
	wg   sync.WaitGroup

	mu       sync.Mutex
	seq      int
	failed   int
	firstErr error
}

// NewPipeline returns a Pipeline sending from the account from with at most
// window unconfirmed transactions (window <= 0 means DefaultWindow).
// onResult may be nil.
func (c *Client) NewPipeline(from *Account, window int, onResult func(Result)) *Pipeline {
	if window <= 0 {
		window = DefaultWindow
	}
	if onResult == nil {
		onResult = func(Result) {}
	}
	return &Pipeline{c: c, from: from, slots: make(chan struct{}, window), onResult: onResult}
}

// Submit waits for a free slot in the window, then signs and sends req and
// returns the sent transaction; its receipt is waited for in the background
// under ctx and reported to onResult. When the transaction cannot be sent,
// Submit returns the error (which onResult also receives).
func (p *Pipeline) Submit(ctx context.Context, req TxRequest) (*types.Transaction, error) {
	submitted := p.c.clock.Now()
	p.mu.Lock()
	seq := p.seq
	p.seq++
	p.mu.Unlock()

	select {
	case p.slots <- struct{}{}:
	case <-ctx.Done():
		err := p.c.rpcError("wait for a free slot in the sending window", ctx.Err())
		p.report(Result{Seq: seq, Err: err, Submitted: submitted, Done: p.c.clock.Now()})
		return nil, err
	}
	tx, err := p.c.TransactRequest(ctx, p.from, req)
	if err != nil {
		<-p.slots
		p.report(Result{Seq: seq, Err: err, Submitted: submitted, Done: p.c.clock.Now()})
		return nil, err
	}
	sent := p.c.clock.Now()
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		rcpt, err := p.c.Wait(ctx, tx)
		<-p.slots
		p.report(Result{Seq: seq, Tx: tx, Receipt: rcpt, Err: err, Submitted: submitted, Sent: sent, Done: p.c.clock.Now()})
	}()
	return tx, nil
}

func (p *Pipeline) report(r Result) {
	if r.Err != nil {
		p.mu.Lock()
		p.failed++
		if p.firstErr == nil {
			p.firstErr = r.Err
		}
		p.mu.Unlock()
	}
	p.cbMu.Lock()
	defer p.cbMu.Unlock()
	p.onResult(r)
}

// Wait waits until every submitted transaction has its result. It returns
// nil when all succeeded, and otherwise an error counting the failures and
// wrapping the first one.
func (p *Pipeline) Wait() error {
	p.wg.Wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.failed == 0 {
		return nil
	}
	return fmt.Errorf("%d of %d transactions failed, first: %w", p.failed, p.seq, p.firstErr)
}

// SendBatch sends txs from the account from through a Pipeline with at most
// window unconfirmed transactions (window <= 0 means DefaultWindow) and
// waits for all of them. onReceipt (may be nil) is called once per request
// with its index in txs, one call at a time; a mined but failed transaction
// gets both its receipt and the decoded error. When ctx ends, the requests
// not yet sent are reported with the context's error. SendBatch returns nil
// when every transaction succeeded, otherwise an error counting the
// failures and wrapping the first.
func (c *Client) SendBatch(ctx context.Context, from *Account, txs []TxRequest, window int, onReceipt func(i int, r *types.Receipt, err error)) error {
	p := c.NewPipeline(from, window, func(r Result) {
		if onReceipt != nil {
			onReceipt(r.Seq, r.Receipt, r.Err)
		}
	})
	for _, req := range txs {
		_, _ = p.Submit(ctx, req) // failures reach onReceipt and Wait
	}
	return p.Wait()
}
