package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/agent"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/exchange/host"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

// exchangeActSummary is what the exchange act leaves in the summary.
type exchangeActSummary struct {
	Exchanges     []uint64              `json:"exchangeIds"`
	Simulated     bool                  `json:"simulated"`
	MeasurementID enclave.MeasurementID `json:"measurementId"`
	ListingID     uint64                `json:"listingId"`
	DoctoredID    uint64                `json:"doctoredListingId"`
	DemandID      uint64                `json:"demandId"`
	// The doctored seller's trade: caught, buyer refunded.
	FaultTrade uint64               `json:"faultTradeId"`
	FaultState datatrade.TradeState `json:"faultTradeState"`
	Refunded   *big.Int             `json:"refundedWei"`
	// The honest trade, served by both exchanges.
	Trade        uint64               `json:"tradeId"`
	TradeState   datatrade.TradeState `json:"tradeState"`
	CommittedBy  uint64               `json:"committedBy"`
	SampleChunks []uint64             `json:"sampleChunks"`
	DirectReveal bool                 `json:"directRevealMatchesChain"`
	RootChecked  bool                 `json:"rootChecked"`
	DataMatches  bool                 `json:"dataMatches"`
	// PreparedCIDs names, per exchange, the buyer's ciphertext each
	// prepared before payment, which the buyer fetched and checked before
	// paying; the committed one must be among them.
	PreparedCIDs map[uint64]string `json:"preparedCids"`
	// The trade where exchange 1 stops after payment.
	FailoverTrade       uint64               `json:"failoverTradeId"`
	FailoverState       datatrade.TradeState `json:"failoverTradeState"`
	FailoverCommittedBy uint64               `json:"failoverCommittedBy"`
	FailoverDataMatches bool                 `json:"failoverDataMatches"`
	FailoverPrepared    map[uint64]string    `json:"failoverPreparedCids"`
	SellerRating        market.Rating        `json:"sellerRating"`
	ExchangeRating      market.Rating        `json:"exchangeRating"`
}

// demoExchange is one exchange host the act runs.
type demoExchange struct {
	id     uint64
	url    string
	client *host.Client
	stop   context.CancelFunc
	done   chan error
}

// halt stops the exchange's host and waits for it.
func (x *demoExchange) halt() {
	if x.stop != nil {
		x.stop()
		<-x.done
		x.stop = nil
	}
}

// blockPump seals an empty block every tick (the dev chain seals only for
// transactions, and exchanges wait for confirmations) unless paused.
type blockPump struct {
	paused atomic.Bool
	stop   context.CancelFunc
	wg     sync.WaitGroup
}

func startBlockPump(ctx context.Context, n *devnode.Node, every time.Duration) *blockPump {
	ctx, cancel := context.WithCancel(ctx)
	p := &blockPump{stop: cancel}
	p.wg.Go(func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if !p.paused.Load() {
					_, _ = n.IncreaseTime(ctx, time.Second)
				}
			}
		}
	})
	return p
}

func (p *blockPump) halt() { p.stop(); p.wg.Wait() }

// chainClock is the exchanges' clock in the demo: the later of the wall
// clock and the chain's head, whose clock the demo moves forward.
func (d *demo) chainClock() time.Time {
	head := time.Unix(int64(d.node.Head().Time), 0)
	if now := time.Now(); now.After(head) {
		return now
	}
	return head
}

// await polls cond until it reports true, or fails after a minute.
func await(ctx context.Context, what string, cond func() (bool, error)) error {
	deadline := time.Now().Add(time.Minute)
	for {
		ok, err := cond()
		if ok {
			return nil
		}
		if time.Now().After(deadline) {
			if err != nil {
				return fmt.Errorf("demo: %s: %w", what, err)
			}
			return fmt.Errorf("demo: %s did not happen within a minute", what)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// awaitTrade waits until trade id is in one of the states.
func (d *demo) awaitTrade(ctx context.Context, id uint64, states ...datatrade.TradeState) (*datatrade.Trade, error) {
	var t *datatrade.Trade
	err := await(ctx, fmt.Sprintf("trade %d becoming %v", id, states), func() (bool, error) {
		var err error
		if t, err = d.m.Trade(ctx, id); err != nil {
			return false, err
		}
		for _, s := range states {
			if t.State == s {
				return true, nil
			}
		}
		return false, nil
	})
	return t, err
}

// exchangeAct is issue 4's story: trusted exchanges with (simulated)
// enclaves, the seller's unattended agent, sample, payment, commit, reveal,
// a seller caught handing over doctored data, and an exchange that stops
// after payment while another delivers.
func (d *demo) exchangeAct(ctx context.Context) error {
	if d.node == nil {
		d.a.say("Act 3 (trusted exchange) — skipped: the exchanges' enclaves follow the chain by its authority's header signatures, which only the embedded chain makes (run without --rpc)")
		return nil
	}
	a := d.a
	a.say("Act 3 — trusted exchanges: attestation, the seller's agent, sample, payment, commit, reveal; a cheating seller; an exchange that stops")
	if err := d.addParty(ctx, "seller2", devnode.DevKey(5)); err != nil {
		return err
	}
	sum := &exchangeActSummary{Refunded: new(big.Int)}
	d.summary.Acts["exchange"] = sum
	op, seller, seller2, buyer := d.parties["exchange"], d.parties["seller"], d.parties["seller2"], d.parties["buyer"]
	dep := d.m.Deployment()
	startBlock, err := d.c.Backend().BlockNumber(ctx)
	if err != nil {
		return err
	}
	// The services' own logs only with --verbose: the narrative tells
	// the story.
	log := slog.New(slog.DiscardHandler)
	if a.verbose {
		log = a.log
	}
	actx, cancel := context.WithCancel(ctx)
	defer cancel()
	pump := startBlockPump(actx, d.node, 100*time.Millisecond)
	defer pump.halt()

	// 1. Two exchanges with simulated enclaves, registered and staked.
	fee, stake := ether("0.01"), ether("5")
	xs := make([]*demoExchange, 2)
	defer func() {
		for _, x := range xs {
			if x != nil {
				x.halt()
			}
		}
	}()
	var info host.Info
	for i := range xs {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		url := "http://" + ln.Addr().String()
		svc, id, registered, err := openRegisteredExchange(actx, d.m, d.rpc, op.acct, filepath.Join(d.dir, fmt.Sprintf("exchange-%d", i+1)),
			url, fee, stake, d.chainClock, log)
		if err != nil {
			_ = ln.Close()
			return err
		}
		if registered {
			d.flow("exchange", new(big.Int).Neg(stake))
		}
		xctx, stop := context.WithCancel(actx)
		x := &demoExchange{id: id, url: url, client: host.NewClient(url, &http.Client{Timeout: 30 * time.Second}), stop: stop, done: make(chan error, 1)}
		go func() { x.done <- serveExchange(xctx, svc, ln) }()
		xs[i] = x
		info = svc.Info()
		sum.Exchanges = append(sum.Exchanges, id)
	}
	sum.Simulated, sum.MeasurementID = info.Simulated, info.MeasurementID
	d.step("3.1 The operator starts two exchange hosts on 127.0.0.1, each with a SIMULATED enclave, and registers them as #%d and #%d (fee %s, stake %s each)",
		xs[0].id, xs[1].id, datatrade.FormatAmount(fee), datatrade.FormatAmount(stake))

	// 2. Attestation: the buyer checks both enclaves with fresh nonces.
	policy := &enclave.Policy{MeasurementIDs: []enclave.MeasurementID{info.MeasurementID}, AllowSimulation: true, AllowDebug: true, Revoked: d.m.Revocations(),
		CheckConfig: func(_ context.Context, c *enclave.Config) error {
			return agent.CheckConfig(c, agent.Expected(dep), d.node.AuthorityAddress())
		}}
	for _, x := range xs {
		got, claims, err := host.Verify(actx, x.client, enclave.Verifiers{sim.Verifier{}}, policy, agent.Expected(dep))
		if err != nil {
			return err
		}
		reg, err := d.m.Exchange(actx, x.id)
		if err != nil {
			return err
		}
		if reg.EnclaveSigner != got.Keys.SigningAddress || reg.Measurement != common.Hash(claims.MeasurementID()) {
			return fmt.Errorf("demo: exchange %d's attested enclave is not the registered one", x.id)
		}
	}
	a.warn("%s", enclave.SimulationWarning)
	d.step("3.2 The buyer attests both enclaves with fresh nonces: evidence, keys, this chain's contracts and authority check out — and both are SIMULATED (warning above)")

	// 3. The sellers publish; their agents serve unattended.
	st, err := store.OpenLocal(filepath.Join(d.dir, "store"), store.LocalOptions{})
	if err != nil {
		return err
	}
	secrets := map[string]envelope.Secrets{}
	pp, sec, err := prepareDataset(actx, st, bytes.NewReader(d.dataset), 4<<10)
	if err != nil {
		return err
	}
	secrets[pp.ContentCID] = sec
	pp.Price, pp.Licence = ether("1"), datatrade.UseRight
	listing, rcpt, err := d.m.Publish(actx, seller.acct, pp)
	if err != nil {
		return err
	}
	d.paid("seller", rcpt)
	sum.ListingID = listing
	munich := strings.ReplaceAll(string(d.dataset), "Berlin", "Munich")
	pp2, sec2, err := prepareDataset(actx, st, strings.NewReader(munich), 4<<10)
	if err != nil {
		return err
	}
	doctored := []byte(strings.ReplaceAll(munich, ",Munich,1", ",Munich,2")) // same size, other readings
	var ct bytes.Buffer
	if _, _, err := envelope.Encrypt(actx, &ct, bytes.NewReader(doctored), sec2.DataKey, envelope.WriterOptions{ChunkSize: 4 << 10, Rand: rand.Reader}); err != nil {
		return err
	}
	bad, _, err := st.Put(actx, &ct)
	if err != nil {
		return err
	}
	pp2.ContentCID = bad.String()
	secrets[pp2.ContentCID] = sec2
	pp2.Price, pp2.Licence = ether("0.8"), datatrade.UseRight
	doctoredID, rcpt, err := d.m.Publish(actx, seller2.acct, pp2)
	if err != nil {
		return err
	}
	d.paid("seller2", rcpt)
	sum.DoctoredID = doctoredID
	secretsOf := func(_ context.Context, l *datatrade.Listing) (envelope.Secrets, error) {
		s, ok := secrets[l.ContentCID]
		if !ok {
			return s, datatrade.Errorf(datatrade.ENOTFOUND, "no secrets for listing %d", l.ID)
		}
		return s, nil
	}
	var agents sync.WaitGroup
	defer agents.Wait()
	for _, p := range []*party{seller, seller2} {
		ag, err := agent.New(agent.Options{Market: d.m, Owner: p.acct, Secrets: secretsOf, Store: st,
			Policy:    agent.Policy{Measurements: []enclave.MeasurementID{info.MeasurementID}, AllowSimulation: true, Authority: d.node.AuthorityAddress()},
			Verifiers: enclave.Verifiers{sim.Verifier{}}, Revoked: d.m.Revocations(), StateFile: filepath.Join(d.dir, "agent-"+p.Role+".json"),
			PollInterval: 100 * time.Millisecond, Log: log, Now: d.chainClock})
		if err != nil {
			return err
		}
		agents.Go(func() { _ = ag.Run(actx) })
	}
	d.step("3.3 The seller lists hourly Berlin weather as #%d (1 ETH); a second seller lists \"Munich weather\" as #%d (0.8 ETH), committing to R of real readings but storing altered ones; both start their agents, which accept only the attested measurement",
		listing, doctoredID)

	// 4. Demand, offers, ranking by the average of verified reviews.
	buyerKey, err := envelope.GenerateKey(rand.Reader, envelope.DefaultKEM)
	if err != nil {
		return err
	}
	now, err := chainNow(actx, d.m)
	if err != nil {
		return err
	}
	demandID, rcpt, err := d.m.PostDemand(actx, buyer.acct, market.DemandParams{Spec: `kind == "weather" && interval == "hourly"`,
		MaxPrice: ether("1.2"), BuyerPubKey: buyerKey.Public().Bytes(), Deadline: now.Add(24 * time.Hour)})
	if err != nil {
		return err
	}
	d.paid("buyer", rcpt)
	sum.DemandID = demandID
	if _, rcpt, err = d.m.MakeOffer(actx, seller.acct, demandID, listing, ether("0.9")); err != nil {
		return err
	}
	d.paid("seller", rcpt)
	if _, rcpt, err = d.m.MakeOffer(actx, seller2.acct, demandID, doctoredID, ether("0.7")); err != nil {
		return err
	}
	d.paid("seller2", rcpt)
	offers, err := rankOffers(actx, d.m, demandID)
	if err != nil {
		return err
	}
	if len(offers) != 2 || offers[0].Seller != seller2.Address {
		return fmt.Errorf("demo: the ranking put %d offers in an unexpected order", len(offers))
	}
	d.step("3.4 The buyer posts demand #%d; both sellers offer (0.9 and 0.7 ETH); with no verified reviews yet for either, the ranking puts the cheaper offer first", demandID)

	open := func(p market.OpenParams) (uint64, error) {
		now, err := chainNow(actx, d.m)
		if err != nil {
			return 0, err
		}
		p.Exchanges, p.Deadline = []uint64{xs[0].id, xs[1].id}, now.Add(time.Hour)
		var id uint64
		err = await(actx, "opening a trade", func() (bool, error) {
			tx, err := d.m.OpenTx(actx, p)
			if err != nil {
				return false, err
			}
			rcpt, err := d.send(actx, "buyer", tx)
			if err != nil {
				return false, err // the listing's sample seed may not be fixable yet
			}
			id, err = d.m.TradeOpenedID(rcpt)
			return err == nil, err
		})
		return id, err
	}

	// 5. The cheater: its agent hands over doctored data; an enclave proves it.
	faultID, err := open(market.OpenParams{OfferDemand: demandID, OfferIndex: offers[0].ID})
	if err != nil {
		return err
	}
	sum.FaultTrade = faultID
	ft, err := d.awaitTrade(actx, faultID, datatrade.TradeFaulted)
	if err != nil {
		return err
	}
	sum.FaultState = ft.State
	sum.Refunded.Set(ft.FeeDeposit)
	d.step("3.5 The buyer opens trade #%d on that offer naming exchanges #%d and #%d; the second seller's agent hands its key over unattended; an enclave decrypts every chunk, finds the data does not hash to R, signs a seller fault, and its host submits it: the trade is %s and the buyer's %s fee deposit is refunded",
		faultID, xs[0].id, xs[1].id, ft.State, datatrade.FormatAmount(ft.FeeDeposit))

	// 6. The honest seller's offer: ready, sample, pay, commit, reveal.
	tradeID, err := open(market.OpenParams{OfferDemand: demandID, OfferIndex: offers[1].ID})
	if err != nil {
		return err
	}
	sum.Trade = tradeID
	t, err := d.m.Trade(actx, tradeID)
	if err != nil {
		return err
	}
	if err := d.awaitReady(actx, t, xs, 2); err != nil {
		return err
	}
	d.step("3.6 Trade #%d on the seller's offer: the seller's agent attests both exchanges, checks their enclave-signed records of the trade against the chain, uploads the ciphertext and hands over the wrapped key; both enclaves check every chunk against R and sign ready statements", tradeID)
	l, err := d.m.Listing(actx, listing)
	if err != nil {
		return err
	}
	var sample *sampleResult
	if err := await(actx, "the sample", func() (bool, error) {
		cfg, err := verifyEnclave(actx, xs[0].client, policy, dep)
		if err != nil {
			return false, err
		}
		s, err := xs[0].client.Sample(actx, tradeID)
		if err != nil {
			return false, err
		}
		sample, err = checkSample(cfg, dep, t, l, t.Exchanges[0], buyerKey, s)
		return err == nil, err
	}); err != nil {
		return err
	}
	sum.SampleChunks = sample.Indices
	d.step("3.7 The buyer views the sample from exchange #%d: chunk(s) %v of the listing's fixed sample set, wrapped to its key, each proof checked against R", xs[0].id, sample.Indices)
	if sum.PreparedCIDs, err = d.prefetchPrepared(actx, t, xs, policy); err != nil {
		return err
	}
	d.step("3.8 Before paying, the buyer fetches from both exchanges the ciphertext each enclave prepared for it under a K_D the enclave keeps, into its store: the buyer already holds the ciphertext the exchange must deliver, checked against the enclave's signed statement, so no host can withhold it after payment")
	if _, err := d.payTrade(actx, tradeID); err != nil {
		return err
	}
	t, err = d.awaitTrade(actx, tradeID, datatrade.TradeRevealed)
	if err != nil {
		return err
	}
	if err := deliversPrepared(t, sum.PreparedCIDs); err != nil {
		return err
	}
	sum.TradeState, sum.CommittedBy = t.State, t.CommittedExchange
	committer := xs[0]
	if t.CommittedExchange == xs[1].id {
		committer = xs[1]
	}
	direct, err := committer.client.Reveal(actx, tradeID)
	if err != nil {
		return err
	}
	onChain, err := d.m.WrappedKey(actx, tradeID)
	if err != nil {
		return err
	}
	sum.DirectReveal = bytes.Equal(direct, onChain)
	d.step("3.9 The buyer pays %s into escrow after the ready statements; exchange #%d verifies the payment in its enclave and commits first, to the ciphertext the buyer already holds (the seller and that exchange are paid at once); once the commit is final it reveals the wrapped key on chain and directly (same bytes: %v)",
		datatrade.FormatAmount(t.Price), t.CommittedExchange, sum.DirectReveal)
	res, data, err := d.buyerFetches(actx, t, l, buyerKey, committer)
	if err != nil {
		return err
	}
	sum.RootChecked, sum.DataMatches = res.RootChecked, bytes.Equal(data, d.dataset)
	if !res.RootChecked || !sum.DataMatches {
		return datatrade.Errorf(datatrade.EINTEGRITY, "the delivered data was not checked against R (checked %v, equal to the seller's %v)", res.RootChecked, sum.DataMatches)
	}
	d.step("3.10 The buyer decrypts the %d-byte ciphertext with the revealed K_D and checks every one of its %d chunks against R with the listing salt that came with it: the data is the seller's", res.Bytes, res.Chunks)
	rtx, err := d.m.ReviewTx(tradeID, 5, 5, "")
	if err != nil {
		return err
	}
	if _, err := d.send(actx, "buyer", rtx); err != nil {
		return err
	}
	if sum.SellerRating, err = d.m.SellerRating(actx, seller.Address); err != nil {
		return err
	}
	if sum.ExchangeRating, err = d.m.ExchangeRating(actx, t.CommittedExchange); err != nil {
		return err
	}
	d.step("3.11 The buyer reviews the seller and exchange #%d (5 and 5): a verified, paying buyer's review; the seller now averages %.2f over %d review(s)",
		t.CommittedExchange, float64(sum.SellerRating.AverageMilli)/1000, sum.SellerRating.Count)

	// 7. Exchange 1 stops after the buyer paid; exchange 2 delivers.
	failID, err := open(market.OpenParams{ListingID: listing, BuyerPubKey: buyerKey.Public().Bytes()})
	if err != nil {
		return err
	}
	sum.FailoverTrade = failID
	ft, err = d.m.Trade(actx, failID)
	if err != nil {
		return err
	}
	if err := d.awaitReady(actx, ft, xs, 2); err != nil {
		return err
	}
	if sum.FailoverPrepared, err = d.prefetchPrepared(actx, ft, xs, policy); err != nil {
		return err
	}
	pump.paused.Store(true) // no block confirms the payment before exchange 1 is gone
	if _, err := d.payTrade(actx, failID); err != nil {
		return err
	}
	xs[0].halt()
	pump.paused.Store(false)
	ft, err = d.awaitTrade(actx, failID, datatrade.TradeRevealed)
	if err != nil {
		return err
	}
	sum.FailoverState, sum.FailoverCommittedBy = ft.State, ft.CommittedExchange
	if ft.CommittedExchange != xs[1].id {
		return fmt.Errorf("demo: trade %d was committed by exchange %d, want %d", failID, ft.CommittedExchange, xs[1].id)
	}
	if err := deliversPrepared(ft, sum.FailoverPrepared); err != nil {
		return err
	}
	_, data2, err := d.buyerFetches(actx, ft, l, buyerKey, xs[1])
	if err != nil {
		return err
	}
	sum.FailoverDataMatches = bytes.Equal(data2, d.dataset)
	d.step("3.12 Trade #%d on the listing names both exchanges again; both get the key and are ready, and the buyer fetches and checks both prepared ciphertexts before paying; exchange #%d stops right after the buyer pays; exchange #%d commits to the ciphertext the buyer already holds, reveals and delivers (data intact: %v); only exchange #%d earns the fee, and the buyer loses nothing",
		failID, xs[0].id, xs[1].id, sum.FailoverDataMatches, xs[1].id)

	// 8. Settle: the exchanges stop, everyone withdraws what Escrow owes.
	cancel()
	xs[1].halt()
	agents.Wait()
	pump.halt()
	for _, p := range []*party{seller, seller2, buyer, op} {
		credit, err := d.m.Credit(ctx, p.Address)
		if err != nil {
			return err
		}
		if credit.Sign() == 0 {
			continue
		}
		if p == op {
			// The operator's gas is booked below, with its hosts'.
			if _, err := d.m.Send(ctx, op.acct, d.m.WithdrawTx()); err != nil {
				return err
			}
		} else if _, err := d.send(ctx, p.Role, d.m.WithdrawTx()); err != nil {
			return err
		}
		d.flow(p.Role, credit)
	}
	end, err := d.c.Backend().BlockNumber(ctx)
	if err != nil {
		return err
	}
	gas, err := d.gasSpent(ctx, op.Address, startBlock+1, end)
	if err != nil {
		return err
	}
	op.Gas.Add(op.Gas, gas)
	d.step("3.13 Everyone withdraws what Escrow credited them; the operator's gas for registrations, commits, reveals and the seller fault is booked from its hosts' transactions (%s)", datatrade.FormatAmount(gas))
	a.say("")
	if sum.FaultState != datatrade.TradeFaulted || sum.TradeState != datatrade.TradeRevealed || sum.FailoverState != datatrade.TradeRevealed || !sum.DataMatches || !sum.FailoverDataMatches || !sum.DirectReveal {
		return fmt.Errorf("demo: the exchange act ended wrong: %+v", sum)
	}
	return nil
}

// verifyEnclave attests the exchange behind c for the buyer and returns
// its attested configuration.
func verifyEnclave(ctx context.Context, c *host.Client, policy *enclave.Policy, dep market.Deployment) (*enclave.Config, error) {
	info, _, err := host.Verify(ctx, c, enclave.Verifiers{sim.Verifier{}}, policy, agent.Expected(dep))
	if err != nil {
		return nil, err
	}
	return &info.Config, nil
}

// awaitReady waits until want of the trade's exchanges have signed, checked
// ready statements.
func (d *demo) awaitReady(ctx context.Context, t *datatrade.Trade, xs []*demoExchange, want int) error {
	return await(ctx, fmt.Sprintf("ready statements for trade %d", t.ID), func() (bool, error) {
		n := 0
		var last error
		for i, x := range xs {
			if _, err := checkReady(ctx, d.m.Deployment(), x.client, t, t.Exchanges[i]); err != nil {
				last = err
				continue
			}
			n++
		}
		return n >= want, last
	})
}

// prefetchPrepared is the buyer's step before paying: from each exchange
// xs[i] (t.Exchanges[i]), attested again under policy, it fetches the
// ciphertext the enclave prepared for trade t into the buyer's store,
// checked against the enclave's signed statement and its CID, and returns
// the CIDs by exchange id.
func (d *demo) prefetchPrepared(ctx context.Context, t *datatrade.Trade, xs []*demoExchange, policy *enclave.Policy) (map[uint64]string, error) {
	st, err := d.buyerStore()
	if err != nil {
		return nil, err
	}
	out := map[uint64]string{}
	for i, x := range xs {
		cfg, err := verifyEnclave(ctx, x.client, policy, d.m.Deployment())
		if err != nil {
			return nil, err
		}
		if err := await(ctx, fmt.Sprintf("exchange %d's prepared ciphertext of trade %d", x.id, t.ID), func() (bool, error) {
			p, err := fetchPrepared(ctx, x.client, cfg, t, t.Exchanges[i], st)
			if err != nil {
				return false, err
			}
			out[x.id] = p.CiphertextCID
			return true, nil
		}); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// deliversPrepared checks that the committed ciphertext of trade t is the
// one its committing exchange prepared before payment (the buyer holds it).
func deliversPrepared(t *datatrade.Trade, prepared map[uint64]string) error {
	cid, ok := prepared[t.CommittedExchange]
	if !ok || crypto.Keccak256Hash([]byte(cid)) != t.CiphertextCIDHash {
		return datatrade.Errorf(datatrade.EINTEGRITY, "trade %d: exchange %d committed to a ciphertext other than the one it prepared before payment (%q)", t.ID, t.CommittedExchange, cid)
	}
	return nil
}

// buyerStore opens the buyer's blob store in the demo.
func (d *demo) buyerStore() (store.Store, error) {
	return store.OpenLocal(filepath.Join(d.dir, "buyer-store"), store.LocalOptions{})
}

// payTrade pays a trade's price from the buyer.
func (d *demo) payTrade(ctx context.Context, id uint64) (*types.Receipt, error) {
	tx, err := d.m.PayTx(ctx, id)
	if err != nil {
		return nil, err
	}
	return d.send(ctx, "buyer", tx)
}

// buyerFetches downloads, decrypts and checks a delivered trade into the
// buyer's store and a file, and returns the data.
func (d *demo) buyerFetches(ctx context.Context, t *datatrade.Trade, l *datatrade.Listing, key *envelope.PrivateKey, x *demoExchange) (*fetchResult, []byte, error) {
	st, err := d.buyerStore()
	if err != nil {
		return nil, nil, err
	}
	out := filepath.Join(d.dir, fmt.Sprintf("bought-%d.csv", t.ID))
	res, err := fetchDelivery(ctx, d.m, t, l, key, fetchSource{client: x.client, st: st}, out)
	if err != nil {
		return nil, nil, err
	}
	data, err := os.ReadFile(out)
	return res, data, err
}

// gasSpent sums the gas that from paid for its transactions in blocks
// [first, last].
func (d *demo) gasSpent(ctx context.Context, from common.Address, first, last uint64) (*big.Int, error) {
	id, err := d.c.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	signer := types.LatestSignerForChainID(id)
	total := new(big.Int)
	b := d.node.Client()
	for n := first; n <= last; n++ {
		blk, err := b.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, err
		}
		for _, tx := range blk.Transactions() {
			if s, err := types.Sender(signer, tx); err != nil || s != from {
				continue
			}
			r, err := b.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return nil, err
			}
			total.Add(total, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
		}
	}
	return total, nil
}
