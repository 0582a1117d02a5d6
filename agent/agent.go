package agent

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/exchange/host"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

// DefaultPollInterval is how often Run looks for new trades.
const DefaultPollInterval = time.Second

// SecretsFunc returns the data key and listing salt of one of the seller's
// listings, e.g. from the file `datatrade seller publish` wrote.
type SecretsFunc func(ctx context.Context, l *datatrade.Listing) (envelope.Secrets, error)

// Options configure an Agent.
type Options struct {
	// Market reads trades, listings and the exchange registry.
	Market *market.Client
	// Owner is the seller's account: trades whose seller it is are served,
	// and it signs every hand-over. The agent sends no transactions.
	Owner *chain.Account
	// Secrets finds a listing's secrets.
	Secrets SecretsFunc
	// Store holds the listings' ciphertexts by CID (the seller's store).
	Store store.Store
	// Policy is the seller's policy.
	Policy Policy
	// Verifiers check attestation evidence (sim.Verifier{} for simulated
	// enclaves, snp for SEV-SNP).
	Verifiers enclave.Verifiers
	// Revoked, if not nil, lists revoked measurements (the registry's).
	Revoked enclave.RevocationList
	// StateFile is where the agent remembers its progress (required).
	StateFile string
	// HTTPClient talks to exchanges (default: a client with a 30 s timeout).
	HTTPClient *http.Client
	// PollInterval is how often Run polls (DefaultPollInterval).
	PollInterval time.Duration
	// Log receives the agent's log lines (default: discard). Keys and
	// secrets never reach it.
	Log *slog.Logger
	// Now is the clock that trade deadlines are judged by (time.Now if
	// nil).
	Now func() time.Time
}

// Agent serves the seller's trades. Step and Run must not be called
// concurrently; Status may be.
type Agent struct {
	m         *market.Client
	owner     *chain.Account
	secrets   SecretsFunc
	st        store.Store
	policy    Policy
	verifiers enclave.Verifiers
	epolicy   *enclave.Policy
	want      enclave.Config
	path      string
	hc        *http.Client
	poll      time.Duration
	log       *slog.Logger
	now       func() time.Time

	mu    sync.Mutex
	state *State
	// lastErr is the last transient error per trade and exchange, so that
	// a retried failure is logged once, not every poll.
	lastErr map[[2]uint64]string
	// warned are the exchanges whose simulation warning was logged.
	warned map[uint64]bool
	// waiting is the trade last logged as waiting for a free slot.
	waiting uint64
}

// New returns an Agent with the state found in Options.StateFile.
func New(opts Options) (*Agent, error) {
	if opts.Market == nil || opts.Owner == nil || opts.Secrets == nil || opts.Store == nil || opts.StateFile == "" {
		return nil, datatrade.Errorf(datatrade.EINVALID, "seller agent: market, owner, secrets, store and state file are required")
	}
	if len(opts.Verifiers) == 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "seller agent: no attestation verifiers")
	}
	if err := opts.Policy.Validate(); err != nil {
		return nil, err
	}
	s, err := LoadState(opts.StateFile)
	if err != nil {
		return nil, err
	}
	a := &Agent{
		m: opts.Market, owner: opts.Owner, secrets: opts.Secrets, st: opts.Store, policy: opts.Policy,
		verifiers: opts.Verifiers, want: Expected(opts.Market.Deployment()), path: opts.StateFile,
		hc: opts.HTTPClient, poll: opts.PollInterval, log: opts.Log, now: opts.Now, state: s,
		lastErr: map[[2]uint64]string{}, warned: map[uint64]bool{},
	}
	a.policy.Listings = slices.Clone(a.policy.Listings)
	a.epolicy = a.policy.attestationPolicy(a.want, opts.Revoked)
	if a.hc == nil {
		a.hc = &http.Client{Timeout: 30 * time.Second}
	}
	if a.poll <= 0 {
		a.poll = DefaultPollInterval
	}
	if a.log == nil {
		a.log = slog.New(slog.DiscardHandler)
	}
	if a.now == nil {
		a.now = time.Now
	}
	return a, nil
}

// Status returns a copy of the agent's state.
func (a *Agent) Status() State {
	a.mu.Lock()
	defer a.mu.Unlock()
	c := State{NextTrade: a.state.NextTrade, Settled: a.state.Settled, Trades: map[uint64]*TradeProgress{}}
	for id, p := range a.state.Trades {
		q := &TradeProgress{Listing: p.Listing, Exchanges: map[uint64]*Served{}}
		for x, s := range p.Exchanges {
			v := *s
			q.Exchanges[x] = &v
		}
		c.Trades[id] = q
	}
	return c
}

// Run serves trades every poll interval until ctx ends. A failed pass is
// logged and retried; Run returns nil when ctx ends, or the error of a
// state file that cannot be written.
func (a *Agent) Run(ctx context.Context) error {
	a.log.Info("seller agent serving", "seller", a.owner.Address, "listings", listingsAttr(a.policy.Listings),
		"measurements", len(a.policy.Measurements), "max_in_flight", a.policy.maxInFlight(), "simulation_allowed", a.policy.AllowSimulation)
	if a.policy.AllowSimulation {
		a.log.Warn("simulated enclaves are accepted: " + enclave.SimulationWarning)
	}
	t := time.NewTicker(a.poll)
	defer t.Stop()
	for {
		if err := a.Step(ctx); err != nil {
			var se *stateError
			if errors.As(err, &se) {
				return err
			}
			if ctx.Err() == nil {
				a.log.Warn("seller agent pass failed; retrying", "err", datatrade.ErrorMessage(err))
			}
		}
		select {
		case <-ctx.Done():
			a.log.Info("seller agent stopped")
			return nil
		case <-t.C:
		}
	}
}

func listingsAttr(ls []uint64) any {
	if len(ls) == 0 {
		return "all"
	}
	return ls
}

// stateError is a failure to write the state file: Run stops on it.
type stateError struct{ err error }

func (e *stateError) Error() string { return e.err.Error() }
func (e *stateError) Unwrap() error { return e.err }

func (a *Agent) save() error {
	if err := a.state.Save(a.path); err != nil {
		return &stateError{err}
	}
	return nil
}

// active reports whether a trade can still use a hand-over.
func active(s datatrade.TradeState) bool { return s == datatrade.TradeOpen || s == datatrade.TradePaid }

// Step makes one pass: it looks at trades opened since the last pass and
// serves every unsettled trade on a served listing, by the policy. It
// returns an error when the chain cannot be read or the state file cannot
// be written; an exchange that cannot be served yet is logged and retried
// on the next pass.
func (a *Agent) Step(ctx context.Context) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if err := a.scan(ctx); err != nil {
		return err
	}
	ids := make([]uint64, 0, len(a.state.Trades))
	for id := range a.state.Trades {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var firstErr error
	for _, id := range ids {
		if err := a.serveTrade(ctx, id); err != nil {
			var se *stateError
			if errors.As(err, &se) {
				return err
			}
			if firstErr == nil {
				firstErr = err
			}
		}
	}
	return firstErr
}

// scan adds the trades opened since the last pass that this agent serves.
func (a *Agent) scan(ctx context.Context) error {
	n, err := a.m.TradeCount(ctx)
	if err != nil {
		return err
	}
	start := a.state.NextTrade
	for id := start; id <= n; id++ {
		t, err := a.m.Trade(ctx, id)
		if err != nil {
			return err
		}
		a.state.NextTrade = id + 1
		if t.Seller != a.owner.Address || !active(t.State) {
			continue
		}
		if !a.policy.serves(t.ListingID) {
			a.log.Info("trade on a listing this agent does not serve; left to the seller", "trade", id, "listing", t.ListingID)
			continue
		}
		a.state.Trades[id] = &TradeProgress{Listing: t.ListingID, Exchanges: map[uint64]*Served{}}
		a.log.Info("new trade on a served listing", "trade", id, "listing", t.ListingID, "buyer", t.Buyer,
			"price", datatrade.FormatAmount(t.Price), "exchanges", exchangeIDs(t))
	}
	if a.state.NextTrade != start {
		return a.save()
	}
	return nil
}

func exchangeIDs(t *datatrade.Trade) []uint64 {
	ids := make([]uint64, len(t.Exchanges))
	for i, x := range t.Exchanges {
		ids[i] = x.ID
	}
	return ids
}

// inFlight counts tracked trades that hold the seller's keys.
func (a *Agent) inFlight() int {
	n := 0
	for _, p := range a.state.Trades {
		if p.handedOver() {
			n++
		}
	}
	return n
}

func (a *Agent) serveTrade(ctx context.Context, id uint64) error {
	p := a.state.Trades[id]
	t, err := a.m.Trade(ctx, id)
	if err != nil {
		return err
	}
	if !active(t.State) {
		delete(a.state.Trades, id)
		a.state.Settled++
		for x := range p.Exchanges {
			delete(a.lastErr, [2]uint64{id, x})
		}
		a.log.Info("trade settled; the agent stops following it", "trade", id, "state", t.State.String())
		return a.save()
	}
	if a.now().After(t.Deadline) {
		return nil // past its deadline: nothing can commit; wait for the refund
	}
	if !p.handedOver() && a.inFlight() >= a.policy.maxInFlight() {
		if a.waiting != id {
			a.waiting = id
			a.log.Info("trade waits: the most trades in flight are holding the seller's keys", "trade", id, "max_in_flight", a.policy.maxInFlight())
		}
		return nil
	}
	var l *datatrade.Listing
	for _, x := range t.Exchanges {
		if _, done := p.Exchanges[x.ID]; done {
			continue
		}
		if l == nil {
			if l, err = a.m.Listing(ctx, t.ListingID); err != nil {
				return err
			}
		}
		served, err := a.serve(ctx, t, l, x)
		key := [2]uint64{id, x.ID}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			// Retried on the next pass; logged once per distinct error.
			if msg := datatrade.ErrorMessage(err); a.lastErr[key] != msg {
				a.lastErr[key] = msg
				a.log.Warn("hand-over not done yet; will retry", "trade", id, "exchange", x.ID, "err", msg)
			}
			continue
		}
		delete(a.lastErr, key)
		p.Exchanges[x.ID] = served
		if err := a.save(); err != nil {
			return err
		}
	}
	return nil
}

// refuse is a permanent refusal of one exchange for one trade.
func (a *Agent) refuse(t *datatrade.Trade, x uint64, err error) *Served {
	msg := datatrade.ErrorMessage(err)
	a.log.Warn("exchange refused for this trade; keys withheld", "trade", t.ID, "exchange", x, "reason", msg)
	return &Served{Outcome: OutcomeRefused, Reason: msg}
}

// permanent reports whether err means the exchange must not be trusted
// with this trade, rather than that it is not reachable or not ready.
func permanent(err error) bool {
	switch datatrade.ErrorCode(err) {
	case datatrade.EINSECURE, datatrade.EUNAUTHORIZED, datatrade.EINTEGRITY:
		return true
	}
	return false
}

// serve attests exchange x of trade t, checks its record of the trade and
// hands it the listing's ciphertext and secrets. A nil Served with an error
// is a transient failure, retried on the next pass.
func (a *Agent) serve(ctx context.Context, t *datatrade.Trade, l *datatrade.Listing, x datatrade.TradeExchange) (*Served, error) {
	reg, err := a.m.Exchange(ctx, x.ID)
	if err != nil {
		return nil, err
	}
	if reg.Endpoint == "" {
		return a.refuse(t, x.ID, datatrade.Errorf(datatrade.EINVALID, "exchange %d has no endpoint in the registry", x.ID)), nil
	}
	c := host.NewClient(reg.Endpoint, a.hc)

	// 1. Attest the enclave with a fresh nonce, against the policy and
	// this deployment, and pin it to the trade's snapshot.
	info, claims, err := host.Verify(ctx, c, a.verifiers, a.epolicy, a.want)
	if err != nil {
		if permanent(err) {
			return a.refuse(t, x.ID, err), nil
		}
		return nil, fmt.Errorf("attest exchange %d: %w", x.ID, err)
	}
	if err := CheckIdentity(info.Keys, claims, x); err != nil {
		return a.refuse(t, x.ID, err), nil
	}
	if claims.Simulated && !a.warned[x.ID] {
		a.warned[x.ID] = true
		a.log.Warn("exchange runs a SIMULATED enclave, accepted by policy: "+enclave.SimulationWarning, "exchange", x.ID)
	}

	// 2. Already served before a restart? Ask before handing over again.
	if st, err := c.Status(ctx, t.ID); err == nil {
		switch st.State {
		case host.StateVerified, host.StateCommitted, host.StateRevealed:
			a.log.Info("exchange already holds verified data for this trade", "trade", t.ID, "exchange", x.ID)
			return &Served{Outcome: OutcomeHandedOver}, nil
		case host.StateFaulty:
			return &Served{Outcome: OutcomeFault}, nil
		case host.StateForgotten:
			a.log.Info("the exchange has forgotten the trade: it settled without this hand-over", "trade", t.ID, "exchange", x.ID)
			return &Served{Outcome: OutcomeSettled}, nil
		}
	} else if datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
		return nil, fmt.Errorf("status of trade %d at exchange %d: %w", t.ID, x.ID, err)
	}

	// 3. The enclave's signed record of the trade must be the chain's.
	rec, err := c.Open(ctx, t.ID)
	if err != nil {
		if permanent(err) {
			return a.refuse(t, x.ID, err), nil
		}
		return nil, fmt.Errorf("trade %d record from exchange %d: %w", t.ID, x.ID, err)
	}
	if err := exchange.VerifyRecord(&info.Config, info.Keys.SigningAddress, rec); err != nil {
		return a.refuse(t, x.ID, err), nil
	}
	if err := CheckRecord(rec, x.ID, t); err != nil {
		return a.refuse(t, x.ID, err), nil
	}

	// 4. The ciphertext, then the secrets, wrapped to the enclave and
	// signed by the listing's owner.
	if err := a.upload(ctx, c, l); err != nil {
		return nil, err
	}
	sec, err := a.secrets(ctx, l)
	if err != nil {
		return nil, fmt.Errorf("secrets of listing %d: %w", l.ID, err)
	}
	wrapped, sig, err := Wrap(&info.Config, info.Keys, t.ID, sec, a.owner)
	clear(sec.DataKey[:])
	clear(sec.ListingSalt[:])
	if err != nil {
		return nil, err
	}
	res, err := c.HandOver(ctx, t.ID, wrapped, sig)
	if err != nil {
		return nil, fmt.Errorf("hand-over of trade %d to exchange %d: %w", t.ID, x.ID, err)
	}
	switch {
	case res.Fault != nil:
		a.log.Error("the exchange found the listing's data does not match its root R: it signed a seller fault and the buyer will be refunded",
			"trade", t.ID, "exchange", x.ID, "listing", l.ID)
		return &Served{Outcome: OutcomeFault}, nil
	case res.Ready != nil:
		a.log.Info("keys handed over; the enclave verified the data against R", "trade", t.ID, "exchange", x.ID, "listing", l.ID)
		return &Served{Outcome: OutcomeHandedOver}, nil
	}
	return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "exchange %d answered the hand-over of trade %d with neither a ready statement nor a fault", x.ID, t.ID)
}

// upload puts the listing's ciphertext in the exchange's store.
func (a *Agent) upload(ctx context.Context, c *host.Client, l *datatrade.Listing) error {
	want, err := store.ParseCID(l.ContentCID)
	if err != nil {
		return err
	}
	rc, err := a.st.Get(ctx, want)
	if err != nil {
		return fmt.Errorf("ciphertext of listing %d: %w", l.ID, err)
	}
	defer rc.Close()
	got, err := c.PutBlob(ctx, rc)
	if err != nil {
		return fmt.Errorf("upload listing %d's ciphertext: %w", l.ID, err)
	}
	if g, err := store.ParseCID(got); err != nil || !g.Equals(want) {
		return datatrade.Errorf(datatrade.EINTEGRITY, "the exchange stored listing %d's ciphertext as %s, not %s", l.ID, got, l.ContentCID)
	}
	return nil
}
