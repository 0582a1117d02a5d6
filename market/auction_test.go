package market_test

import (
	"crypto/rand"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/pricing"
)

// chainNow is the latest block's time.
func (e *env) chainNow(t *testing.T) time.Time {
	t.Helper()
	h, err := e.c.Backend().HeaderByNumber(testCtx(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0)
}

// advance mines an empty block d later (retrying while the pool drains).
func (e *env) advance(t *testing.T, d time.Duration) {
	t.Helper()
	var err error
	for range 200 {
		if err = e.sim.AdjustTime(d); err == nil {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("adjust time: %v", err)
}

// feeOf returns what a receipt cost in gas.
func feeOf(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

func (e *env) publishListing(t *testing.T, from *chain.Account) uint64 {
	t.Helper()
	id, _, err := e.m.Publish(testCtx(t), from, market.PublishParams{
		ContentCID: "bafy-content", Root: common.Hash{9}, Size: 4 << 20, ChunkCount: 4,
		MetadataCID: "bafy-meta", Price: eth(1), Licence: datatrade.UseRight,
	})
	if err != nil {
		t.Fatalf("Publish: %v", err)
	}
	return id
}

// TestAuctionAPI runs an auction through the Go API: two bids sealed with pricing's commitment, one
// topped up at reveal, settlement at the second price, withdrawals; every balance is checked to the wei.
func TestAuctionAPI(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	listing := e.publishListing(t, e.seller)
	au, err := e.m.Auctions()
	if err != nil {
		t.Fatal(err)
	}
	balances := func() map[common.Address]*big.Int {
		out := map[common.Address]*big.Int{}
		for _, a := range []*chain.Account{e.seller, e.buyer, e.other} {
			b, err := e.c.Balance(ctx, a.Address)
			if err != nil {
				t.Fatal(err)
			}
			out[a.Address] = b
		}
		return out
	}
	before := balances()
	fees := map[common.Address]*big.Int{e.seller.Address: new(big.Int), e.buyer.Address: new(big.Int), e.other.Address: new(big.Int)}
	track := func(from *chain.Account, r *types.Receipt) { fees[from.Address].Add(fees[from.Address], feeOf(r)) }

	now := e.chainNow(t)
	id, rcpt, err := au.Create(ctx, e.seller, market.AuctionParams{
		Listings: []uint64{listing}, Reserve: eth(1), Deposit: eth(1),
		CommitDeadline: now.Add(time.Minute), RevealDeadline: now.Add(2 * time.Minute),
	})
	if err != nil {
		t.Fatalf("Create: %v", err)
	}
	track(e.seller, rcpt)
	if id != 1 {
		t.Fatalf("auction id %d, want 1", id)
	}

	b1, err := market.SealBid(id, e.buyer.Address, eth(5), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	b2, err := market.SealBid(id, e.other.Address, eth(3), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := au.Bid(ctx, e.other, b1, eth(1)); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Fatalf("bid sent from the wrong account: %v, want EINVALID", err)
	}
	r, err := au.Bid(ctx, e.buyer, b1, eth(1))
	if err != nil {
		t.Fatalf("Bid: %v", err)
	}
	track(e.buyer, r)
	r, err = au.Bid(ctx, e.other, b2, eth(3))
	if err != nil {
		t.Fatalf("Bid: %v", err)
	}
	track(e.other, r)
	_, err = au.Bid(ctx, e.other, b2, eth(3))
	if datatrade.ErrorCode(err) != datatrade.ECONFLICT || !strings.Contains(datatrade.ErrorMessage(err), "already bid") {
		t.Fatalf("second bid: %v, want a conflict explained in words", err)
	}
	var rev *chain.RevertError
	if !errors.As(err, &rev) || rev.Name != "AlreadyBid" {
		t.Fatalf("second bid: decoded refusal not reachable: %v", err)
	}
	st, err := au.Auction(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if st.Phase != market.PhaseBidding || st.Bids != 2 || st.Leader != nil || st.Unrevealed.Cmp(eth(4)) != 0 {
		t.Fatalf("while bidding: %+v", st)
	}
	if _, _, err := au.Reveal(ctx, e.buyer, b1); datatrade.ErrorCode(err) != datatrade.ECONFLICT || !strings.Contains(datatrade.ErrorMessage(err), "takes reveals from") {
		t.Fatalf("early reveal: %v, want the reveal window explained", err)
	}

	e.advance(t, time.Minute)
	top, r, err := au.Reveal(ctx, e.buyer, b1)
	if err != nil {
		t.Fatalf("Reveal: %v", err)
	}
	track(e.buyer, r)
	if top.Cmp(eth(4)) != 0 {
		t.Fatalf("top-up %s, want 4 ether", top)
	}
	top, r, err = au.Reveal(ctx, e.other, b2)
	if err != nil {
		t.Fatalf("Reveal: %v", err)
	}
	track(e.other, r)
	if top.Sign() != 0 {
		t.Fatalf("top-up %s for a fully deposited bid, want 0", top)
	}
	forged := b2
	forged.Amount = eth(9)
	if _, err := au.RevealTx(forged, nil); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
		t.Fatalf("reveal of an altered bid: %v, want EINTEGRITY", err)
	}
	bs, err := au.BidOf(ctx, id, e.other.Address)
	if err != nil {
		t.Fatal(err)
	}
	if !bs.Revealed || bs.Amount.Cmp(eth(3)) != 0 || bs.Funds.Sign() != 0 {
		t.Fatalf("out-ranked bid: %+v, want revealed 3 ether and refunded", bs)
	}
	if _, _, err := au.Settle(ctx, e.other, id); datatrade.ErrorCode(err) != datatrade.ECONFLICT || !strings.Contains(datatrade.ErrorMessage(err), "can be settled from") {
		t.Fatalf("early settle: %v", err)
	}

	e.advance(t, time.Minute)
	st, r, err = au.Settle(ctx, e.other, id)
	if err != nil {
		t.Fatalf("Settle: %v", err)
	}
	track(e.other, r)
	if st.Phase != market.PhaseSettled || st.Leader == nil || *st.Leader != e.buyer.Address || st.Price.Cmp(eth(3)) != 0 {
		t.Fatalf("settled: %+v, want the buyer paying 3 ether", st)
	}
	for _, a := range []*chain.Account{e.seller, e.buyer, e.other} {
		r, err := au.Withdraw(ctx, a)
		if err != nil {
			t.Fatalf("Withdraw %s: %v", a.Address, err)
		}
		track(a, r)
	}
	if _, err := au.Withdraw(ctx, e.buyer); datatrade.ErrorCode(err) != datatrade.ECONFLICT || !strings.Contains(datatrade.ErrorMessage(err), "owes this account nothing") {
		t.Fatalf("second withdraw: %v", err)
	}
	credits, held, err := au.Totals(ctx)
	if err != nil || credits.Sign() != 0 || held.Sign() != 0 {
		t.Fatalf("totals after withdrawals: credits %v held %v (%v), want 0 and 0", credits, held, err)
	}
	after := balances()
	want := map[common.Address]*big.Int{e.seller.Address: eth(3), e.buyer.Address: eth(-3), e.other.Address: new(big.Int)}
	for addr, w := range want {
		got := new(big.Int).Sub(after[addr], before[addr])
		got.Add(got, fees[addr])
		if got.Cmp(w) != 0 {
			t.Errorf("%s: net %s wei, want %s", addr, got, w)
		}
	}
}

// TestAuctionParams: bad parameters are refused before anything is sent.
func TestAuctionParams(t *testing.T) {
	e := newEnv(t)
	au, err := e.m.Auctions()
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	ok := market.AuctionParams{Listings: []uint64{1}, CommitDeadline: now.Add(time.Hour), RevealDeadline: now.Add(2 * time.Hour)}
	cases := []struct {
		name string
		edit func(p *market.AuctionParams)
	}{
		{"no listings", func(p *market.AuctionParams) { p.Listings = nil }},
		{"too many listings", func(p *market.AuctionParams) { p.Listings = make([]uint64, market.MaxBundle+1) }},
		{"shares length", func(p *market.AuctionParams) { p.Shares = []uint16{5000, 5000} }},
		{"shares sum", func(p *market.AuctionParams) { p.Shares = []uint16{9000} }},
		{"negative reserve", func(p *market.AuctionParams) { p.Reserve = big.NewInt(-1) }},
		{"negative deposit", func(p *market.AuctionParams) { p.Deposit = big.NewInt(-1) }},
		{"reveal before commit", func(p *market.AuctionParams) { p.RevealDeadline = p.CommitDeadline }},
	}
	for _, tc := range cases {
		p := ok
		tc.edit(&p)
		if _, err := au.CreateTx(p); datatrade.ErrorCode(err) != datatrade.EINVALID {
			t.Errorf("%s: %v, want EINVALID", tc.name, err)
		}
	}
	if _, err := au.CreateTx(ok); err != nil {
		t.Fatalf("valid params: %v", err)
	}
	for n := 1; n <= market.MaxBundle; n++ {
		s := market.EqualShares(n)
		total := 0
		for _, x := range s {
			total += int(x)
		}
		if len(s) != n || total != market.TotalShares || int(s[0])-int(s[n-1]) > 1 {
			t.Errorf("EqualShares(%d) = %v", n, s)
		}
	}
	old := *e.d
	old.Auction, old.Spatial = common.Address{}, common.Address{}
	m := market.New(e.c, &old)
	if _, err := m.Auctions(); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
		t.Errorf("Auctions on a deployment without one: %v, want ENOTFOUND", err)
	}
	if _, err := m.Spatial(); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
		t.Errorf("Spatial on a deployment without one: %v, want ENOTFOUND", err)
	}
	if _, err := au.Auction(testCtx(t), 7); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
		t.Errorf("unknown auction: %v, want ENOTFOUND", err)
	}
	s, err := market.SealBid(3, e.buyer.Address, eth(2), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := pricing.Commitment(3, e.buyer.Address, eth(2), s.Salt); c != s.Commitment || s.Check() != nil {
		t.Fatalf("SealBid commitment %s, pricing says %s", s.Commitment, c)
	}
}
