package contracts_test

import (
	"crypto/rand"
	"fmt"
	"math/big"
	mrand "math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/datatrade/datatrade/contracts"
	"github.com/datatrade/datatrade/pricing"
)

// auctionEnv is a simulated chain with the datatrade contracts, an Auction and a SpatialRegistry over its
// Market, and one listing published by the seller.
type auctionEnv struct {
	*env
	auc         *contracts.Auction
	auction     *bind.BoundContract
	auctionAddr common.Address
	sr          *contracts.SpatialRegistry
	spatial     *bind.BoundContract
	spatialAddr common.Address
	listing     *big.Int
	nonce       byte // distinct salts per bid within a test
}

func newAuctionEnv(t *testing.T) *auctionEnv {
	t.Helper()
	e := newEnv(t, [32]byte{0xa0, 0xc7})
	a := &auctionEnv{env: e, auc: contracts.NewAuction(), sr: contracts.NewSpatialRegistry()}
	a.auctionAddr = e.deploy(contracts.AuctionMetaData.Bin, a.auc.PackConstructor(e.marketAddr))
	a.auction = a.auc.Instance(e.client, a.auctionAddr)
	a.spatialAddr = e.deploy(contracts.SpatialRegistryMetaData.Bin, a.sr.PackConstructor(e.marketAddr))
	a.spatial = a.sr.Instance(e.client, a.spatialAddr)
	a.listing = e.publish(listingParams(eth(1), 0, 10))
	e.snapshot()
	return a
}

// sealed is a bid as its bidder keeps it until the reveal.
type sealed struct {
	amount *big.Int
	salt   pricing.Salt
}

// create creates an auction of listings by from with reserve and deposit, bidding for 100 s, revealing for
// 100 s more; it returns the id and the two deadlines.
func (a *auctionEnv) create(from *account, listings []*big.Int, shares []uint16, reserve, deposit *big.Int) (*big.Int, uint64, uint64) {
	a.tb.Helper()
	commit := a.now() + 100
	reveal := commit + 100
	r := a.send(from, a.auction, a.auc.PackCreate(listings, shares, reserve, deposit, commit, reveal), nil)
	for _, l := range r.Logs {
		if ev, err := a.auc.UnpackAuctionCreatedEvent(l); err == nil {
			return ev.Id, commit, reveal
		}
	}
	a.tb.Fatal("no AuctionCreated event")
	return nil, 0, 0
}

// seal computes a bid's commitment with package pricing.
func (a *auctionEnv) seal(id *big.Int, bidder *account, amount *big.Int) (sealed, [32]byte) {
	a.tb.Helper()
	a.nonce++
	s := sealed{amount: amount, salt: pricing.Salt{0x5a, a.nonce, bidder.addr[0]}}
	c, err := pricing.Commitment(id.Uint64(), bidder.addr, amount, s.salt)
	if err != nil {
		a.tb.Fatalf("commitment: %v", err)
	}
	return s, c
}

// bid commits amount for bidder with a deposit.
func (a *auctionEnv) bid(id *big.Int, bidder *account, amount, deposit *big.Int) sealed {
	a.tb.Helper()
	s, c := a.seal(id, bidder, amount)
	a.send(bidder, a.auction, a.auc.PackBid(id, c), deposit)
	return s
}

func (a *auctionEnv) reveal(id *big.Int, bidder *account, s sealed, topUp *big.Int) {
	a.tb.Helper()
	a.send(bidder, a.auction, a.auc.PackReveal(id, s.amount, s.salt), topUp)
}

func (a *auctionEnv) info(id *big.Int) contracts.AuctionInfo {
	a.tb.Helper()
	return call(a.env, a.auction, a.auc.PackGetAuction(id), a.auc.UnpackGetAuction)
}

func (a *auctionEnv) auctionCredit(who common.Address) *big.Int {
	return call(a.env, a.auction, a.auc.PackCredit(who), a.auc.UnpackCredit)
}

// revertA requires that a transaction to the Auction or the SpatialRegistry reverts with exactly want.
func (a *auctionEnv) revertA(from *account, c *bind.BoundContract, data []byte, value *big.Int, want any) {
	a.tb.Helper()
	_, err := a.client.PendingCallContract(a.ctx, a.msg(from, c, data, value))
	if err == nil {
		a.tb.Fatalf("%s: transaction would succeed, want revert %T%+v", from.name, want, want)
	}
	a.wantErrFrom(err, want, c)
}

func (a *auctionEnv) wantErr(err error, want any) { a.tb.Helper(); a.wantErrFrom(err, want, a.auction) }

// wantErrFrom requires err to be the revert want, decoding with c's errors first (the Auction and the
// SpatialRegistry both declare UnknownListing(uint256)).
func (a *auctionEnv) wantErrFrom(err error, want any, c *bind.BoundContract) {
	a.tb.Helper()
	got := a.decodeA(err, c)
	if fmt.Sprintf("%T%+v", got, got) != fmt.Sprintf("%T%+v", want, want) {
		a.tb.Fatalf("revert: got %T%+v, want %T%+v (raw %v)", got, got, want, want, err)
	}
}

func (a *auctionEnv) decodeA(err error, c *bind.BoundContract) any {
	data, ok := ethclient.RevertErrorData(err)
	if !ok {
		return fmt.Errorf("no revert data: %w", err)
	}
	order := []errorUnpacker{a.auc, a.sr}
	if c != nil && c.Address() == a.spatialAddr {
		order = []errorUnpacker{a.sr, a.auc}
	}
	for _, u := range order {
		if v, err := u.UnpackError(data); err == nil {
			return v
		}
	}
	return a.decode(err)
}

// withdrawAllA has every account with an Auction credit pull it.
func (a *auctionEnv) withdrawAllA() {
	a.tb.Helper()
	for _, acc := range a.accounts {
		if a.auctionCredit(acc.addr).Sign() > 0 {
			a.send(acc, a.auction, a.auc.PackWithdraw(), nil)
		}
	}
}

// reconcileA checks, to the wei: balance changes of the accounts and the Auction plus fees sum to zero; the
// Auction holds exactly its credits plus held bid funds; the credits add up to totalCredits; and each
// account's net change is as wanted (accounts not named are unchanged).
func (a *auctionEnv) reconcileA(auctionStart *big.Int, want map[*account]*big.Int) {
	a.tb.Helper()
	sum := new(big.Int).Sub(a.balance(a.auctionAddr), auctionStart)
	for _, acc := range a.accounts {
		sum.Add(sum, a.net(acc))
	}
	if sum.Sign() != 0 {
		a.tb.Errorf("balance changes plus fees sum to %s wei, want 0", sum)
	}
	credits := call(a.env, a.auction, a.auc.PackTotalCredits(), a.auc.UnpackTotalCredits)
	held := call(a.env, a.auction, a.auc.PackTotalHeld(), a.auc.UnpackTotalHeld)
	if got, want := a.balance(a.auctionAddr), new(big.Int).Add(credits, held); got.Cmp(want) != 0 {
		a.tb.Errorf("auction balance %s, want credits %s + held %s", got, credits, held)
	}
	credited := new(big.Int)
	for _, acc := range a.accounts {
		credited.Add(credited, a.auctionCredit(acc.addr))
	}
	if credited.Cmp(credits) != 0 {
		a.tb.Errorf("sum of credits %s, want totalCredits %s", credited, credits)
	}
	for _, acc := range a.accounts {
		w := want[acc]
		if w == nil {
			w = new(big.Int)
		}
		if got := a.net(acc); got.Cmp(w) != 0 {
			a.tb.Errorf("%s: net change %s wei, want %s", acc.name, got, w)
		}
	}
}

func sum(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

var one = []uint16{10_000}

// TestAuctionCommitmentMatchesPricing: the contract's commitment equals pricing.Commitment, bit for bit,
// on edge and random inputs.
func TestAuctionCommitmentMatchesPricing(t *testing.T) {
	a := newAuctionEnv(t)
	maxU256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	r := mrand.New(mrand.NewPCG(7, 7))
	type input struct {
		id     uint64
		bidder common.Address
		amount *big.Int
		salt   pricing.Salt
	}
	cases := []input{
		{0, common.Address{}, new(big.Int), pricing.Salt{}},
		{^uint64(0), common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff"), maxU256, pricing.Salt{0xff}},
		{1, a.buyer.addr, eth(3), pricing.Salt{1, 2, 3}},
	}
	for range 20 {
		var in input
		in.id = r.Uint64()
		_, _ = rand.Read(in.bidder[:])
		_, _ = rand.Read(in.salt[:])
		var amt [32]byte
		for j := range amt {
			amt[j] = byte(r.UintN(256))
		}
		in.amount = new(big.Int).SetBytes(amt[:r.IntN(33)])
		cases = append(cases, in)
	}
	for i, in := range cases {
		want, err := pricing.Commitment(in.id, in.bidder, in.amount, in.salt)
		if err != nil {
			t.Fatal(err)
		}
		got := call(a.env, a.auction, a.auc.PackCommitmentOf(new(big.Int).SetUint64(in.id), in.bidder, in.amount, in.salt), a.auc.UnpackCommitmentOf)
		if common.Hash(got) != want {
			t.Errorf("case %d: contract commitment %x, pricing.Commitment %x", i, got, want)
		}
	}
}

// TestAuctionSecondPrice: three bidders plus one below the reserve; the highest wins and pays the second
// price, a bidder that does not reveal forfeits its deposit to the seller, the others get everything back,
// and every balance reconciles to the wei after the withdrawals.
func TestAuctionSecondPrice(t *testing.T) {
	a := newAuctionEnv(t)
	start := a.balance(a.auctionAddr)
	reserve, deposit := eth(1), milli(500)
	id, commit, reveal := a.create(a.seller, []*big.Int{a.listing}, one, reserve, deposit)

	b1 := a.bid(id, a.buyer, eth(5), deposit)      // tops up at reveal
	b2 := a.bid(id, a.buyer2, eth(3), eth(4))      // over-deposits to hide its bid
	_ = a.bid(id, a.relayer, eth(4), deposit)      // never reveals
	b4 := a.bid(id, a.xowner, milli(900), deposit) // below the reserve
	if got := a.info(id); got.BidCount != 4 || got.Unrevealed.Cmp(sum(deposit, deposit, deposit, eth(4))) != 0 {
		t.Fatalf("after bids: %d bids, unrevealed %s", got.BidCount, got.Unrevealed)
	}

	a.advanceTo(commit)
	a.reveal(id, a.buyer2, b2, nil)
	if c := a.auctionCredit(a.buyer2.addr); c.Sign() != 0 {
		t.Fatalf("leading bidder credited %s before settlement", c)
	}
	a.reveal(id, a.buyer, b1, new(big.Int).Sub(eth(5), deposit))
	if c := a.auctionCredit(a.buyer2.addr); c.Cmp(eth(4)) != 0 {
		t.Fatalf("out-ranked bidder credit %s, want its funds %s", c, eth(4))
	}
	a.reveal(id, a.xowner, b4, new(big.Int).Sub(milli(900), deposit))
	if c := a.auctionCredit(a.xowner.addr); c.Cmp(milli(900)) != 0 {
		t.Fatalf("bid below the reserve: credit %s, want its funds %s", c, milli(900))
	}
	got := a.info(id)
	if got.Leader != a.buyer.addr || got.Highest.Cmp(eth(5)) != 0 || !got.HasSecond || got.Second.Cmp(eth(3)) != 0 || got.RevealCount != 3 {
		t.Fatalf("during reveal: leader %s highest %s second %s (%v), %d reveals", got.Leader, got.Highest, got.Second, got.HasSecond, got.RevealCount)
	}

	a.advanceTo(reveal)
	r := a.send(a.relayer, a.auction, a.auc.PackSettle(id), nil)
	var settled *contracts.AuctionAuctionSettled
	for _, l := range r.Logs {
		if ev, err := a.auc.UnpackAuctionSettledEvent(l); err == nil {
			settled = ev
		}
	}
	if settled == nil || settled.Winner != a.buyer.addr || settled.Price.Cmp(eth(3)) != 0 || settled.Forfeited.Cmp(deposit) != 0 {
		t.Fatalf("AuctionSettled %+v, want buyer paying 3 ether, forfeited %s", settled, deposit)
	}
	if got := a.info(id); !got.Settled || got.Price.Cmp(eth(3)) != 0 || got.Unrevealed.Sign() != 0 {
		t.Fatalf("after settle: settled %v price %s unrevealed %s", got.Settled, got.Price, got.Unrevealed)
	}
	a.withdrawAllA()
	a.reconcileA(start, map[*account]*big.Int{
		a.seller:  sum(eth(3), deposit),
		a.buyer:   neg(eth(3)),
		a.relayer: neg(deposit),
	})
	if held := call(a.env, a.auction, a.auc.PackTotalHeld(), a.auc.UnpackTotalHeld); held.Sign() != 0 {
		t.Errorf("auction still holds %s for bids", held)
	}
	if b := a.balance(a.auctionAddr); b.Sign() != 0 {
		t.Errorf("auction balance %s after every withdrawal, want 0", b)
	}
}

// TestAuctionOutcomes: the reserve as price, ties, no bids, and no reveals, each reconciled to the wei.
func TestAuctionOutcomes(t *testing.T) {
	type bidSpec struct {
		who     func(a *auctionEnv) *account
		amount  int64 // milli-ether
		reveals bool
	}
	buyer := func(a *auctionEnv) *account { return a.buyer }
	buyer2 := func(a *auctionEnv) *account { return a.buyer2 }
	relayer := func(a *auctionEnv) *account { return a.relayer }
	cases := []struct {
		name      string
		reserve   int64
		bids      []bidSpec
		winner    func(a *auctionEnv) *account // nil: nobody
		price     int64
		forfeited int64
	}{
		{"only bid pays the reserve", 700, []bidSpec{{buyer, 2000, true}, {buyer2, 500, true}}, buyer, 700, 0},
		{"tie goes to the lower address", 100, []bidSpec{{buyer, 2000, true}, {buyer2, 2000, true}, {relayer, 2000, true}}, nil, 2000, 0},
		{"no bids: nothing moves", 100, nil, nil, 0, 0},
		{"no reveals: deposits forfeited", 100, []bidSpec{{buyer, 2000, false}, {buyer2, 3000, false}}, nil, 0, 200},
		{"zero reserve, zero bid wins at zero", 0, []bidSpec{{buyer, 0, true}}, buyer, 0, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := newAuctionEnv(t)
			start := a.balance(a.auctionAddr)
			deposit := milli(100)
			id, commit, reveal := a.create(a.seller, []*big.Int{a.listing}, one, milli(tc.reserve), deposit)
			seals := make([]sealed, len(tc.bids))
			for i, b := range tc.bids {
				seals[i] = a.bid(id, b.who(a), milli(b.amount), deposit)
			}
			a.advanceTo(commit)
			var revealed []pricing.Bid
			for i, b := range tc.bids {
				if b.reveals {
					top := new(big.Int).Sub(milli(b.amount), deposit)
					if top.Sign() < 0 {
						top = nil
					}
					a.reveal(id, b.who(a), seals[i], top)
					revealed = append(revealed, pricing.Bid{Bidder: b.who(a).addr, Amount: milli(b.amount)})
				}
			}
			a.advanceTo(reveal)
			a.send(a.seller, a.auction, a.auc.PackSettle(id), nil)
			got := a.info(id)
			var winner *account
			if tc.winner != nil {
				winner = tc.winner(a)
			} else if len(revealed) > 0 {
				// ties: the lowest address among the bidders wins.
				out, err := pricing.SecondPrice(revealed, milli(tc.reserve))
				if err != nil {
					t.Fatal(err)
				}
				for _, acc := range a.accounts {
					if len(out.Winners) == 1 && acc.addr == out.Winners[0].Bidder {
						winner = acc
					}
				}
				low := revealed[0].Bidder
				for _, b := range revealed {
					if b.Bidder.Cmp(low) < 0 {
						low = b.Bidder
					}
				}
				if winner == nil || winner.addr != low {
					t.Fatalf("pricing winner %v, want the lowest address %s", winner, low)
				}
			}
			want := map[*account]*big.Int{}
			if winner == nil {
				if got.Leader != (common.Address{}) || got.Price.Sign() != 0 {
					t.Fatalf("winner %s at %s, want nobody", got.Leader, got.Price)
				}
			} else {
				if got.Leader != winner.addr || got.Price.Cmp(milli(tc.price)) != 0 {
					t.Fatalf("winner %s at %s, want %s at %s", got.Leader, got.Price, winner.name, milli(tc.price))
				}
				want[winner] = neg(milli(tc.price))
			}
			want[a.seller] = sum(milli(tc.price), milli(tc.forfeited))
			for _, b := range tc.bids {
				if !b.reveals {
					want[b.who(a)] = neg(deposit)
				}
			}
			a.withdrawAllA()
			a.reconcileA(start, want)
		})
	}
}

// TestAuctionBundle: a bundle of two sellers' listings; the second seller allows the bundling; the price is
// split by shares to the wei, the rounding remainder going to the auction's seller.
func TestAuctionBundle(t *testing.T) {
	a := newAuctionEnv(t)
	start := a.balance(a.auctionAddr)
	// The second seller (xowner2) publishes a listing and allows the seller to bundle it.
	r := a.send(a.xowner2, a.market, a.mkt.PackPublish(listingParams(eth(1), 0, 10)), nil)
	ev, err := a.mkt.UnpackListingPublishedEvent(r.Logs[len(r.Logs)-1])
	if err != nil {
		t.Fatal(err)
	}
	other := ev.Id
	listings := []*big.Int{a.listing, other}
	shares := []uint16{6_667, 3_333}
	a.revertA(a.seller, a.auction, a.auc.PackCreate(listings, shares, eth(1), milli(1), a.now()+100, a.now()+200), nil,
		&contracts.AuctionNotAllowedToBundle{ListingId: other, Owner: a.xowner2.addr, Seller: a.seller.addr})
	a.send(a.xowner2, a.auction, a.auc.PackAllowBundling(other, a.seller.addr, true), nil)
	if !call(a.env, a.auction, a.auc.PackBundlingAllowed(other, a.xowner2.addr, a.seller.addr), a.auc.UnpackBundlingAllowed) {
		t.Fatal("bundlingAllowed false after allowBundling")
	}
	id, commit, reveal := a.create(a.seller, listings, shares, eth(1), milli(1))
	a.revertA(a.xowner2, a.auction, a.auc.PackBid(id, [32]byte{1}), milli(1), &contracts.AuctionSellerCannotBid{Id: id, Bidder: a.xowner2.addr})
	second := new(big.Int).Add(eth(2), big.NewInt(7)) // an odd price: shares do not divide it
	s1 := a.bid(id, a.buyer, eth(3), eth(3))
	s2 := a.bid(id, a.buyer2, second, second)
	a.advanceTo(commit)
	a.reveal(id, a.buyer, s1, nil)
	a.reveal(id, a.buyer2, s2, nil)
	a.advanceTo(reveal)
	a.send(a.buyer, a.auction, a.auc.PackSettle(id), nil)
	share2 := new(big.Int).Div(new(big.Int).Mul(second, big.NewInt(3_333)), big.NewInt(10_000))
	share1 := new(big.Int).Div(new(big.Int).Mul(second, big.NewInt(6_667)), big.NewInt(10_000))
	rest := new(big.Int).Sub(second, sum(share1, share2))
	if rest.Sign() == 0 {
		t.Fatal("test price divides evenly; pick another")
	}
	a.withdrawAllA()
	a.reconcileA(start, map[*account]*big.Int{
		a.seller:  sum(share1, rest),
		a.xowner2: share2,
		a.buyer:   neg(second),
	})
}

// TestAuctionMatchesVickrey: on random instances (random reserve, bids with many ties, some bidders not
// revealing) the contract's winner, price and every balance equal what pricing.SecondPrice gives for the
// revealed bids, to the wei.
func TestAuctionMatchesVickrey(t *testing.T) {
	a := newAuctionEnv(t)
	bidders := []*account{a.buyer, a.buyer2, a.relayer, a.xowner, a.xowner2}
	r := mrand.New(mrand.NewPCG(2026, 11))
	for inst := range 12 {
		start := a.balance(a.auctionAddr)
		a.snapshot()
		reserve := milli(int64(r.IntN(4)) * 250)
		deposit := milli(int64(r.IntN(3)) * 100)
		id, commit, reveal := a.create(a.seller, []*big.Int{a.listing}, one, reserve, deposit)
		n := 1 + r.IntN(len(bidders))
		order := r.Perm(len(bidders))[:n]
		type entry struct {
			who     *account
			s       sealed
			reveals bool
			funds   *big.Int
		}
		var entries []entry
		for _, i := range order {
			amount := milli(int64(r.IntN(6)) * 250) // 0..1.25 ether in steps: ties are common
			funds := new(big.Int).Set(deposit)
			if r.IntN(2) == 0 {
				funds = sum(deposit, amount) // over-deposit
			}
			entries = append(entries, entry{who: bidders[i], s: a.bid(id, bidders[i], amount, funds), reveals: r.IntN(4) != 0, funds: funds})
		}
		a.advanceTo(commit)
		var revealed []pricing.Bid
		want := map[*account]*big.Int{}
		forfeit := new(big.Int)
		for _, e := range r.Perm(len(entries)) {
			en := entries[e]
			if !en.reveals {
				want[en.who] = neg(en.funds)
				forfeit.Add(forfeit, en.funds)
				continue
			}
			var top *big.Int
			if en.funds.Cmp(en.s.amount) < 0 {
				top = new(big.Int).Sub(en.s.amount, en.funds)
			}
			a.reveal(id, en.who, en.s, top)
			revealed = append(revealed, pricing.Bid{Bidder: en.who.addr, Amount: en.s.amount})
		}
		a.advanceTo(reveal)
		a.send(a.seller, a.auction, a.auc.PackSettle(id), nil)
		out, err := pricing.SecondPrice(revealed, reserve)
		if err != nil {
			t.Fatal(err)
		}
		got := a.info(id)
		sellerGets := new(big.Int).Set(forfeit)
		if len(out.Winners) == 0 {
			if got.Leader != (common.Address{}) || got.Price.Sign() != 0 {
				t.Fatalf("instance %d: contract winner %s at %s, pricing: nobody", inst, got.Leader, got.Price)
			}
		} else {
			w := out.Winners[0]
			if got.Leader != w.Bidder || got.Price.Cmp(w.Price) != 0 {
				t.Fatalf("instance %d: contract winner %s at %s, pricing %s at %s", inst, got.Leader, got.Price, w.Bidder, w.Price)
			}
			for _, b := range bidders {
				if b.addr == w.Bidder {
					want[b] = neg(w.Price)
				}
			}
			sellerGets.Add(sellerGets, w.Price)
		}
		want[a.seller] = sellerGets
		a.withdrawAllA()
		a.reconcileA(start, want)
		if t.Failed() {
			t.Fatalf("instance %d: reserve %s, bids %v", inst, reserve, revealed)
		}
	}
}

// TestAuctionReverts: every refusal of the Auction, with its exact error.
func TestAuctionReverts(t *testing.T) {
	a := newAuctionEnv(t)
	l := a.listing
	ls := []*big.Int{l}
	now := a.now()
	c, rv := now+100, now+200
	missing := big.NewInt(99)

	// create
	a.revertA(a.seller, a.auction, a.auc.PackCreate(nil, nil, eth(1), milli(1), c, rv), nil, &contracts.AuctionBadListingCount{Count: big.NewInt(0), Max: big.NewInt(16)})
	many := make([]*big.Int, 17)
	for i := range many {
		many[i] = l
	}
	a.revertA(a.seller, a.auction, a.auc.PackCreate(many, make([]uint16, 17), eth(1), milli(1), c, rv), nil, &contracts.AuctionBadListingCount{Count: big.NewInt(17), Max: big.NewInt(16)})
	a.revertA(a.seller, a.auction, a.auc.PackCreate(ls, []uint16{5000, 5000}, eth(1), milli(1), c, rv), nil, &contracts.AuctionBadShares{Total: big.NewInt(2)})
	a.revertA(a.seller, a.auction, a.auc.PackCreate(ls, []uint16{9999}, eth(1), milli(1), c, rv), nil, &contracts.AuctionBadShares{Total: big.NewInt(9999)})
	a.revertA(a.seller, a.auction, a.auc.PackCreate(ls, one, eth(1), milli(1), now, rv), nil, &contracts.AuctionBadDeadlines{CommitDeadline: now, RevealDeadline: rv, Now: now + 1})
	a.revertA(a.seller, a.auction, a.auc.PackCreate(ls, one, eth(1), milli(1), c, c), nil, &contracts.AuctionBadDeadlines{CommitDeadline: c, RevealDeadline: c, Now: now + 1})
	a.revertA(a.seller, a.auction, a.auc.PackCreate([]*big.Int{missing}, one, eth(1), milli(1), c, rv), nil, &contracts.AuctionUnknownListing{Id: missing})
	a.revertA(a.seller, a.auction, a.auc.PackCreate([]*big.Int{big.NewInt(0)}, one, eth(1), milli(1), c, rv), nil, &contracts.AuctionUnknownListing{Id: big.NewInt(0)})
	a.revertA(a.seller, a.auction, a.auc.PackCreate([]*big.Int{l, l}, []uint16{5000, 5000}, eth(1), milli(1), c, rv), nil, &contracts.AuctionDuplicateListing{Id: l})
	a.revertA(a.buyer, a.auction, a.auc.PackCreate(ls, one, eth(1), milli(1), c, rv), nil, &contracts.AuctionNotAllowedToBundle{ListingId: l, Owner: a.seller.addr, Seller: a.buyer.addr})
	a.send(a.seller, a.market, a.mkt.PackDelist(l), nil)
	a.revertA(a.seller, a.auction, a.auc.PackCreate(ls, one, eth(1), milli(1), c, rv), nil, &contracts.AuctionListingInactive{Id: l})
	a.send(a.seller, a.market, a.mkt.PackRelist(l), nil)

	// allowBundling
	a.revertA(a.buyer, a.auction, a.auc.PackAllowBundling(l, a.buyer.addr, true), nil, &contracts.AuctionNotListingOwner{ListingId: l, Caller: a.buyer.addr})
	a.revertA(a.buyer, a.auction, a.auc.PackAllowBundling(missing, a.buyer.addr, true), nil, &contracts.AuctionUnknownListing{Id: missing})

	// unknown auctions
	for _, bad := range []*big.Int{big.NewInt(0), big.NewInt(1)} {
		a.revertA(a.buyer, a.auction, a.auc.PackBid(bad, [32]byte{1}), nil, &contracts.AuctionUnknownAuction{Id: bad})
		a.revertA(a.buyer, a.auction, a.auc.PackReveal(bad, eth(1), [32]byte{}), nil, &contracts.AuctionUnknownAuction{Id: bad})
		a.revertA(a.buyer, a.auction, a.auc.PackSettle(bad), nil, &contracts.AuctionUnknownAuction{Id: bad})
		_, err := bind.Call(a.auction, nil, a.auc.PackGetAuction(bad), a.auc.UnpackGetAuction)
		a.wantErr(err, &contracts.AuctionUnknownAuction{Id: bad})
		_, err = bind.Call(a.auction, nil, a.auc.PackGetBid(bad, a.buyer.addr), a.auc.UnpackGetBid)
		a.wantErr(err, &contracts.AuctionUnknownAuction{Id: bad})
	}

	deposit := milli(100)
	id, commit, reveal := a.create(a.seller, ls, one, eth(1), deposit)

	// bid
	a.revertA(a.buyer, a.auction, a.auc.PackBid(id, [32]byte{}), deposit, &contracts.AuctionZeroCommitment{})
	a.revertA(a.seller, a.auction, a.auc.PackBid(id, [32]byte{1}), deposit, &contracts.AuctionSellerCannotBid{Id: id, Bidder: a.seller.addr})
	a.revertA(a.buyer, a.auction, a.auc.PackBid(id, [32]byte{1}), milli(99), &contracts.AuctionDepositTooLow{Sent: milli(99), Required: deposit})
	s := a.bid(id, a.buyer, eth(2), deposit)
	a.revertA(a.buyer, a.auction, a.auc.PackBid(id, [32]byte{1}), deposit, &contracts.AuctionAlreadyBid{Id: id, Bidder: a.buyer.addr})

	// reveal too early, settle too early
	a.revertA(a.buyer, a.auction, a.auc.PackReveal(id, s.amount, s.salt), nil, &contracts.AuctionNotRevealPhase{Id: id, CommitDeadline: commit, RevealDeadline: reveal})
	a.revertA(a.buyer, a.auction, a.auc.PackSettle(id), nil, &contracts.AuctionRevealNotOver{Id: id, RevealDeadline: reveal})

	a.advanceTo(commit)
	a.revertA(a.buyer2, a.auction, a.auc.PackBid(id, [32]byte{1}), deposit, &contracts.AuctionBiddingClosed{Id: id, CommitDeadline: commit})
	a.revertA(a.buyer2, a.auction, a.auc.PackReveal(id, s.amount, s.salt), nil, &contracts.AuctionNoBid{Id: id, Bidder: a.buyer2.addr})
	a.revertA(a.buyer, a.auction, a.auc.PackReveal(id, eth(3), s.salt), nil, &contracts.AuctionCommitmentMismatch{Id: id, Bidder: a.buyer.addr})
	a.revertA(a.buyer, a.auction, a.auc.PackReveal(id, s.amount, [32]byte{9}), nil, &contracts.AuctionCommitmentMismatch{Id: id, Bidder: a.buyer.addr})
	short := new(big.Int).Sub(eth(2), deposit)
	short.Sub(short, big.NewInt(1))
	a.revertA(a.buyer, a.auction, a.auc.PackReveal(id, s.amount, s.salt), short, &contracts.AuctionFundsBelowBid{Amount: eth(2), Funds: new(big.Int).Sub(eth(2), big.NewInt(1))})
	a.reveal(id, a.buyer, s, new(big.Int).Sub(eth(2), deposit))
	a.revertA(a.buyer, a.auction, a.auc.PackReveal(id, s.amount, s.salt), nil, &contracts.AuctionAlreadyRevealed{Id: id, Bidder: a.buyer.addr})
	a.revertA(a.buyer, a.auction, a.auc.PackSettle(id), nil, &contracts.AuctionRevealNotOver{Id: id, RevealDeadline: reveal})

	a.advanceTo(reveal)
	a.revertA(a.buyer, a.auction, a.auc.PackReveal(id, s.amount, s.salt), nil, &contracts.AuctionNotRevealPhase{Id: id, CommitDeadline: commit, RevealDeadline: reveal})
	a.send(a.buyer, a.auction, a.auc.PackSettle(id), nil)
	a.revertA(a.buyer, a.auction, a.auc.PackSettle(id), nil, &contracts.AuctionAlreadySettled{Id: id})

	// withdraw
	a.revertA(a.buyer2, a.auction, a.auc.PackWithdraw(), nil, &contracts.AuctionNothingOwed{Account: a.buyer2.addr})
}

// deployFixture deploys a testdata contract (constructor args already packed) from the seller.
func (a *auctionEnv) deployFixture(name string, args ...any) (*bind.BoundContract, abi.ABI) {
	a.tb.Helper()
	abiJSON, err := os.ReadFile("testdata/" + name + ".abi")
	if err != nil {
		a.tb.Fatal(err)
	}
	bin, err := os.ReadFile("testdata/" + name + ".bin")
	if err != nil {
		a.tb.Fatal(err)
	}
	parsed, err := abi.JSON(strings.NewReader(string(abiJSON)))
	if err != nil {
		a.tb.Fatal(err)
	}
	packed, err := parsed.Pack("", args...)
	if err != nil {
		a.tb.Fatal(err)
	}
	addr, tx, err := bind.DeployContract(a.opts(a.buyer2, nil), common.FromHex(string(bin)), a.client, packed)
	if err != nil {
		a.tb.Fatal(err)
	}
	a.sim.Commit()
	a.receipt(a.buyer2, tx, true)
	return bind.NewBoundContract(addr, parsed, a.client, a.client, a.client), parsed
}

// TestAuctionContractBidders: a bidder that is a contract re-entering withdraw is paid exactly once; a
// bidder that refuses Ether cannot withdraw (PaymentFailed) and its credit stays.
func TestAuctionContractBidders(t *testing.T) {
	a := newAuctionEnv(t)
	attacker, attackerABI := a.deployFixture("ReentrantReceiver", a.auctionAddr)
	refuser, refuserABI := a.deployFixture("RefusingBidder")
	exec := func(c *bind.BoundContract, parsed abi.ABI, data []byte, value *big.Int) []byte {
		t.Helper()
		if value == nil {
			value = new(big.Int)
		}
		packed, err := parsed.Pack("exec", a.auctionAddr, value, data)
		if err != nil {
			t.Fatal(err)
		}
		return packed
	}
	deposit := milli(100)
	id, commit, _ := a.create(a.seller, []*big.Int{a.listing}, one, milli(1), deposit)
	salt := pricing.Salt{7}
	cA, _ := pricing.Commitment(id.Uint64(), attacker.Address(), milli(100), salt)
	cR, _ := pricing.Commitment(id.Uint64(), refuser.Address(), milli(50), salt)
	a.send(a.buyer2, attacker, exec(attacker, attackerABI, a.auc.PackBid(id, cA), deposit), deposit)
	a.send(a.buyer2, refuser, exec(refuser, refuserABI, a.auc.PackBid(id, cR), deposit), deposit)
	s := a.bid(id, a.buyer, eth(1), eth(1))
	a.advanceTo(commit)
	a.reveal(id, a.buyer, s, nil)
	a.send(a.buyer2, attacker, exec(attacker, attackerABI, a.auc.PackReveal(id, milli(100), salt), nil), nil)
	a.send(a.buyer2, refuser, exec(refuser, refuserABI, a.auc.PackReveal(id, milli(50), salt), nil), nil)

	a.send(a.buyer2, attacker, exec(attacker, attackerABI, a.auc.PackWithdraw(), nil), nil)
	view := func(name string) *big.Int {
		packed, _ := attackerABI.Pack(name)
		return call(a.env, attacker, packed, func(b []byte) (*big.Int, error) { return new(big.Int).SetBytes(b), nil })
	}
	if got := view("reentries"); got.Int64() != 1 {
		t.Errorf("re-entry attempts %s, want 1", got)
	}
	if got := view("reentriesSucceeded"); got.Sign() != 0 {
		t.Errorf("%s re-entries succeeded, want 0", got)
	}
	if got := a.balance(attacker.Address()); got.Cmp(deposit) != 0 {
		t.Errorf("attacker balance %s, want its deposit %s once", got, deposit)
	}
	_, err := a.client.PendingCallContract(a.ctx, a.msg(a.buyer2, refuser, exec(refuser, refuserABI, a.auc.PackWithdraw(), nil), nil))
	if err == nil {
		t.Fatal("withdraw to a contract refusing Ether succeeded")
	}
	a.wantErr(err, &contracts.AuctionPaymentFailed{Account: refuser.Address(), Amount: deposit})
	if c := a.auctionCredit(refuser.Address()); c.Cmp(deposit) != 0 {
		t.Errorf("refusing bidder's credit %s, want %s kept", c, deposit)
	}
}
