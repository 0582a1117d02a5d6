// Package chainbench measures how many transactions a chain confirms and how
// fast, on the BDTF paper's workload: random ether transfers and review
// transactions between accounts, offered at increasing rates.
//
// Each rate runs open loop: transactions are offered on schedule whatever
// the chain does, each sender keeps at most Window unconfirmed transactions,
// and a block poller records when each transaction was included, so the
// latency is submission to inclusion as a client would see it.
package chainbench

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/market"
)

// Config is one benchmark run's shape.
type Config struct {
	// TransferRates and ReviewRates are the offered rates in tx/s; an empty
	// list skips that workload.
	TransferRates []int
	ReviewRates   []int
	// Duration is how long each rate is offered.
	Duration time.Duration
	// Window is the most unconfirmed transactions per sender.
	Window int
	// Drain is how long to wait for stragglers after a rate's last send.
	Drain time.Duration
	// Seed makes the choice of recipients repeatable.
	Seed uint64
}

// RateResult is what one offered rate achieved.
type RateResult struct {
	Offered   int     `json:"offeredPerSec"`
	Sent      int     `json:"sent"`
	SentRate  float64 `json:"sentPerSec"`
	Confirmed int     `json:"confirmed"`
	Failed    int     `json:"failed"`
	Lost      int     `json:"lost"`
	TxPerSec  float64 `json:"confirmedPerSec"`
	P50ms     float64 `json:"latencyP50ms"`
	P99ms     float64 `json:"latencyP99ms"`
}

// WorkloadResult is one workload over every rate.
type WorkloadResult struct {
	Workload string       `json:"workload"`
	Rates    []RateResult `json:"rates"`
	// Best is the highest confirmed tx/s over the rates.
	Best float64 `json:"bestConfirmedPerSec"`
}

// Target is the chain under test.
type Target struct {
	Client  *chain.Client
	RPC     *rpc.Client
	Senders []*chain.Account
}

// Run runs the configured workloads on t.
func Run(ctx context.Context, t Target, cfg Config, progress func(string)) ([]WorkloadResult, error) {
	if len(t.Senders) < 2 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "the benchmark needs at least two funded senders")
	}
	if progress == nil {
		progress = func(string) {}
	}
	var out []WorkloadResult
	rng := rand.New(rand.NewPCG(cfg.Seed, 1))
	if len(cfg.TransferRates) > 0 {
		gen := func(sender, _ int) chain.TxRequest {
			to := t.Senders[(sender+1+rng.IntN(len(t.Senders)-1))%len(t.Senders)].Address
			return chain.TxRequest{To: &to, Value: big.NewInt(1), Gas: 21000}
		}
		wr, err := runWorkload(ctx, t, cfg, "transfers", cfg.TransferRates, nil, gen, progress)
		if err != nil {
			return out, err
		}
		out = append(out, wr)
	}
	if len(cfg.ReviewRates) > 0 {
		progress("deploying the contracts for the review workload")
		rv, err := newReviews(ctx, t)
		if err != nil {
			return out, fmt.Errorf("review setup: %w", err)
		}
		prepare := func(rate int) error {
			n := rate * int(cfg.Duration/time.Millisecond) / 1000
			progress(fmt.Sprintf("setting up %d committed trades to review (open, pay, commit each)", n))
			return rv.add(ctx, t, n)
		}
		gen := func(sender, k int) chain.TxRequest { return rv.next(sender) }
		wr, err := runWorkload(ctx, t, cfg, "reviews", cfg.ReviewRates, prepare, gen, progress)
		if err != nil {
			return out, err
		}
		out = append(out, wr)
	}
	return out, nil
}

type pending struct {
	sentAt time.Time
	hash   common.Hash
}

// saturated is the share of the offered rate below which a chain counts as
// saturated: higher rates are then skipped, as they can only queue longer.
const saturated = 0.6

// runWorkload offers each rate in turn (after prepare, when set) until the
// chain confirms less than saturated of what was offered.
func runWorkload(ctx context.Context, t Target, cfg Config, name string, rates []int, prepare func(rate int) error,
	gen func(sender, k int) chain.TxRequest, progress func(string)) (WorkloadResult, error) {
	wr := WorkloadResult{Workload: name}
	for _, rate := range rates {
		if prepare != nil {
			if err := prepare(rate); err != nil {
				return wr, fmt.Errorf("%s setup: %w", name, err)
			}
		}
		progress(fmt.Sprintf("%s at %d tx/s for %s", name, rate, cfg.Duration))
		rr, err := runRate(ctx, t, cfg, rate, gen)
		if err != nil {
			return wr, err
		}
		wr.Rates = append(wr.Rates, rr)
		wr.Best = max(wr.Best, rr.TxPerSec)
		if rr.TxPerSec < saturated*float64(rate) {
			progress(fmt.Sprintf("%s: saturated at %.0f tx/s; higher rates skipped", name, rr.TxPerSec))
			break
		}
	}
	return wr, nil
}

// runRate offers rate tx/s for cfg.Duration and measures what is confirmed.
func runRate(ctx context.Context, t Target, cfg Config, rate int, gen func(sender, k int) chain.TxRequest) (RateResult, error) {
	n := rate * int(cfg.Duration/time.Millisecond) / 1000
	start, err := t.Client.Backend().BlockNumber(ctx)
	if err != nil {
		return RateResult{}, err
	}
	poll := newPoller(t.RPC, start+1)
	pollCtx, stopPoll := context.WithCancel(ctx)
	defer stopPoll()
	go poll.run(pollCtx)

	sems := make([]chan struct{}, len(t.Senders))
	for i := range sems {
		sems[i] = make(chan struct{}, cfg.Window)
	}
	var (
		mu       sync.Mutex
		sent     []pending
		lastSend time.Time
		sendErr  error
		wg       sync.WaitGroup
	)
	began := time.Now()
	for k := 0; k < n; k++ {
		due := began.Add(time.Duration(int64(k) * int64(time.Second) / int64(rate)))
		if d := time.Until(due); d > 0 {
			select {
			case <-time.After(d):
			case <-ctx.Done():
				return RateResult{}, ctx.Err()
			}
		}
		s := k % len(t.Senders)
		req := gen(s, k)
		wg.Add(1)
		go func() {
			defer wg.Done()
			sems[s] <- struct{}{}
			at := time.Now()
			tx, err := t.Client.TransactRequest(ctx, t.Senders[s], req)
			if err != nil {
				<-sems[s]
				mu.Lock()
				sendErr = err
				mu.Unlock()
				return
			}
			mu.Lock()
			sent = append(sent, pending{sentAt: at, hash: tx.Hash()})
			lastSend = time.Now()
			mu.Unlock()
			// Hold the window slot until the transaction is included.
			poll.await(ctx, tx.Hash(), time.Now().Add(cfg.Duration+cfg.Drain))
			<-sems[s]
		}()
	}
	wg.Wait()
	sendSecs := lastSend.Sub(began).Seconds()
	if sendErr != nil && len(sent) == 0 {
		return RateResult{}, sendErr
	}
	stopPoll()
	rr := RateResult{Offered: rate, Sent: len(sent)}
	if sendSecs > 0 {
		rr.SentRate = float64(len(sent)) / sendSecs
	}
	var lat []float64
	var last time.Time
	for _, p := range sent {
		at, ok := poll.includedAt(p.hash)
		if !ok {
			rr.Lost++
			continue
		}
		rr.Confirmed++
		lat = append(lat, float64(at.Sub(p.sentAt).Microseconds())/1000)
		if at.After(last) {
			last = at
		}
	}
	if rr.Confirmed > 0 {
		rr.TxPerSec = float64(rr.Confirmed) / last.Sub(began).Seconds()
		slices.Sort(lat)
		rr.P50ms, rr.P99ms = quantile(lat, 0.50), quantile(lat, 0.99)
	}
	// Every included transaction must have succeeded (status 1).
	failed, err := countFailed(ctx, t.Client, sent, poll)
	if err != nil {
		return rr, err
	}
	rr.Failed = failed
	if failed > 0 {
		rr.TxPerSec *= float64(rr.Confirmed-failed) / float64(rr.Confirmed)
		rr.Confirmed -= failed
	}
	return rr, nil
}

func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q * float64(len(sorted)-1))
	return sorted[i]
}

func countFailed(ctx context.Context, c *chain.Client, sent []pending, poll *poller) (int, error) {
	var (
		mu     sync.Mutex
		failed int
		first  error
		wg     sync.WaitGroup
	)
	work := make(chan common.Hash)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for h := range work {
				r, err := c.Backend().TransactionReceipt(ctx, h)
				mu.Lock()
				if err != nil && first == nil {
					first = err
				} else if err == nil && r.Status != types.ReceiptStatusSuccessful {
					failed++
				}
				mu.Unlock()
			}
		}()
	}
	for _, p := range sent {
		if _, ok := poll.includedAt(p.hash); ok {
			work <- p.hash
		}
	}
	close(work)
	wg.Wait()
	return failed, first
}

// poller watches new blocks and records when each transaction was first
// seen in one.
type poller struct {
	rpc  *rpc.Client
	next uint64

	mu      sync.Mutex
	seen    map[common.Hash]time.Time
	waiters map[common.Hash]chan struct{}
}

func newPoller(c *rpc.Client, from uint64) *poller {
	return &poller{rpc: c, next: from, seen: map[common.Hash]time.Time{}, waiters: map[common.Hash]chan struct{}{}}
}

func (p *poller) run(ctx context.Context) {
	for ctx.Err() == nil {
		var head hexutil.Uint64
		if err := p.rpc.CallContext(ctx, &head, "eth_blockNumber"); err != nil {
			time.Sleep(5 * time.Millisecond)
			continue
		}
		for ; p.next <= uint64(head) && ctx.Err() == nil; p.next++ {
			var b struct {
				Transactions []common.Hash `json:"transactions"`
			}
			if err := p.rpc.CallContext(ctx, &b, "eth_getBlockByNumber", hexutil.EncodeUint64(p.next), false); err != nil {
				break
			}
			now := time.Now()
			p.mu.Lock()
			for _, h := range b.Transactions {
				if _, ok := p.seen[h]; !ok {
					p.seen[h] = now
					if w, ok := p.waiters[h]; ok {
						close(w)
						delete(p.waiters, h)
					}
				}
			}
			p.mu.Unlock()
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// await blocks until h is included, the deadline passes or ctx ends.
func (p *poller) await(ctx context.Context, h common.Hash, deadline time.Time) {
	p.mu.Lock()
	if _, ok := p.seen[h]; ok {
		p.mu.Unlock()
		return
	}
	w, ok := p.waiters[h]
	if !ok {
		w = make(chan struct{})
		p.waiters[h] = w
	}
	p.mu.Unlock()
	select {
	case <-w:
	case <-time.After(time.Until(deadline)):
	case <-ctx.Done():
	}
}

func (p *poller) includedAt(h common.Hash) (time.Time, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	at, ok := p.seen[h]
	return at, ok
}

// reviews prepares committed trades and hands out review transactions
// for them, per sender.
type reviews struct {
	m       *market.Client
	d       *market.Deployment
	listing uint64
	exID    uint64
	enclave *ecdsa.PrivateKey
	limits  tradeGas
	gas     uint64

	mu     sync.Mutex
	trades [][]uint64 // per sender, unreviewed trade ids it bought
}

func (r *reviews) next(sender int) chain.TxRequest {
	r.mu.Lock()
	defer r.mu.Unlock()
	id := r.trades[sender][0]
	r.trades[sender] = r.trades[sender][1:]
	tx, _ := r.m.ReviewTx(id, 5, 4, "")
	return chain.TxRequest{To: &tx.To, Data: tx.Data, Gas: r.gas}
}

// newReviews deploys the contracts, registers an exchange, publishes a
// listing, and commits a first trade that calibrates the gas limits.
func newReviews(ctx context.Context, t Target) (*reviews, error) {
	admin := t.Senders[0]
	d, err := market.Deploy(ctx, t.Client, admin, market.DeployOptions{}, nil)
	if err != nil {
		return nil, err
	}
	m := market.New(t.Client, d)
	// A plain key stands in for an enclave: this only measures the chain.
	enclave, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	exID, _, err := m.RegisterExchange(ctx, admin, market.ExchangeParams{
		Endpoint: "bench", Fee: new(big.Int), Measurement: common.Hash{1},
		EnclaveSigner: crypto.PubkeyToAddress(enclave.PublicKey), Authenticator: 0,
	}, big.NewInt(1_000_000))
	if err != nil {
		return nil, err
	}
	listing, _, err := m.Publish(ctx, admin, market.PublishParams{ContentCID: "bench", Root: common.Hash{2}, Size: 1, ChunkCount: 1, Price: big.NewInt(1), Licence: datatrade.UseRight})
	if err != nil {
		return nil, err
	}
	for i := 0; i < 2; i++ { // the sample seed needs blocks after publication
		if _, err := t.Client.Transfer(ctx, admin, admin.Address, big.NewInt(0)); err != nil {
			return nil, err
		}
	}
	r := &reviews{m: m, d: d, listing: listing, exID: exID, enclave: enclave, trades: make([][]uint64, len(t.Senders))}
	// The first trade runs with gas estimates and calibrates fixed limits
	// for the rest: concurrent eth_estimateGas calls stall Ganache.
	first, err := commitTrade(ctx, m, d, admin, listing, exID, enclave, &r.limits)
	if err != nil {
		return nil, err
	}
	// Every review writes the same slots, so one estimate (with the
	// client's margin) fits them all.
	tx, err := m.ReviewTx(first, 5, 4, "")
	if err != nil {
		return nil, err
	}
	est, err := m.Estimate(ctx, admin.Address, tx)
	if err != nil {
		return nil, err
	}
	r.gas = est.Gas
	r.trades[0] = append(r.trades[0], first)
	return r, nil
}

// add commits about n more trades, spread over the senders as buyers.
func (r *reviews) add(ctx context.Context, t Target, n int) error {
	var wg sync.WaitGroup
	errs := make([]error, len(t.Senders))
	for s := range t.Senders {
		want := n/len(t.Senders) + 1
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r.count(s) < want {
				id, err := commitTrade(ctx, r.m, r.d, t.Senders[s], r.listing, r.exID, r.enclave, &r.limits)
				if err != nil {
					errs[s] = err
					return
				}
				r.mu.Lock()
				r.trades[s] = append(r.trades[s], id)
				r.mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

func (r *reviews) count(sender int) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.trades[sender])
}

// tradeGas holds the gas limits of a trade's transactions once the first
// trade measured them; zero means "estimate".
type tradeGas struct{ open, pay, commit uint64 }

// send sends tx with gas limit *limit, or with an estimate when it is zero,
// and then sets *limit to twice the gas used.
func send(ctx context.Context, m *market.Client, from *chain.Account, tx market.Tx, limit *uint64) (*types.Receipt, error) {
	if *limit == 0 {
		r, err := m.Send(ctx, from, tx)
		if err == nil {
			*limit = 2 * r.GasUsed
		}
		return r, err
	}
	c := m.Chain()
	sent, err := c.TransactRequest(ctx, from, chain.TxRequest{To: &tx.To, Data: tx.Data, Value: tx.Value, Gas: *limit})
	if err != nil {
		return nil, err
	}
	return c.Wait(ctx, sent)
}

func commitTrade(ctx context.Context, m *market.Client, d *market.Deployment, buyer *chain.Account, listing, exID uint64, enclave *ecdsa.PrivateKey, g *tradeGas) (uint64, error) {
	until := time.Now().Add(29 * 24 * time.Hour)
	open, err := m.OpenTx(ctx, market.OpenParams{ListingID: listing, Exchanges: []uint64{exID}, BuyerPubKey: []byte{1}, Deadline: until, Fee: new(big.Int)})
	if err != nil {
		return 0, err
	}
	r, err := send(ctx, m, buyer, open, &g.open)
	if err != nil {
		return 0, err
	}
	id, err := m.TradeOpenedID(r)
	if err != nil {
		return 0, err
	}
	pay, err := m.PayTx(ctx, id)
	if err != nil {
		return 0, err
	}
	if _, err := send(ctx, m, buyer, pay, &g.pay); err != nil {
		return 0, err
	}
	del := market.Delivery{TradeID: id, Buyer: buyer.Address, Seller: d.Admin, Price: big.NewInt(1), Exchange: exID,
		Root: common.Hash{2}, CiphertextCIDHash: common.Hash{3}, WrappedKeyHash: common.Hash{4}, ValidUntil: until}
	sig, err := crypto.Sign(d.DeliveryDigest(del).Bytes(), enclave)
	if err != nil {
		return 0, err
	}
	sig[64] += 27
	commit, err := m.CommitTx(0, del, sig)
	if err != nil {
		return 0, err
	}
	if _, err := send(ctx, m, buyer, commit, &g.commit); err != nil {
		return 0, err
	}
	return id, nil
}
