package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade/contracts"
)

// TestPublishRejects: publish refuses incomplete listings.
func TestPublishRejects(t *testing.T) {
	e := newEnv(t, [32]byte{4})
	mod := func(f func(p *contracts.MarketListingParams)) contracts.MarketListingParams {
		p := listingParams(price, 1, 10)
		f(&p)
		return p
	}
	many := make([]*big.Int, 33)
	for i := range many {
		many[i] = big.NewInt(int64(i + 1))
	}
	for _, tt := range []struct {
		name string
		p    contracts.MarketListingParams
		want any
	}{
		{"zero root", mod(func(p *contracts.MarketListingParams) { p.Root = [32]byte{} }), &contracts.MarketZeroRoot{}},
		{"zero chunks", mod(func(p *contracts.MarketListingParams) { p.ChunkCount = 0 }), &contracts.MarketZeroChunks{}},
		{"zero price", mod(func(p *contracts.MarketListingParams) { p.Price = new(big.Int) }), &contracts.MarketZeroPrice{}},
		{"bad licence", mod(func(p *contracts.MarketListingParams) { p.Licence = 2 }), &contracts.MarketInvalidLicence{Licence: 2}},
		{"too many exchanges", mod(func(p *contracts.MarketListingParams) { p.AcceptedExchanges = many }),
			&contracts.MarketTooManyExchanges{Count: big.NewInt(33), Max: big.NewInt(32)}},
	} {
		t.Run(tt.name, func(t *testing.T) { e.on(t).revert(e.seller, e.market, e.mkt.PackPublish(tt.p), nil, tt.want) })
	}
}

// TestListingLifecycle covers the token, price updates, delisting and relisting.
func TestListingLifecycle(t *testing.T) {
	e := newEnv(t, [32]byte{5})
	p := listingParams(price, 1, 10, big.NewInt(3))
	id := e.publish(p)
	l := call(e, e.market, e.mkt.PackGetListing(id), e.mkt.UnpackGetListing)
	if l.ContentCid != p.ContentCid || l.Root != p.Root || l.Size != p.Size || l.ChunkCount != p.ChunkCount || l.Fingerprint != p.Fingerprint ||
		l.MetadataCid != p.MetadataCid || l.Price.Cmp(price) != 0 || l.Licence != 1 || l.PerUsePrice.Cmp(p.PerUsePrice) != 0 ||
		len(l.AcceptedExchanges) != 1 || !l.Active || l.Locked || l.PublishedBlock == 0 {
		t.Fatalf("listing %+v, published from %+v", l, p)
	}
	if uri := call(e, e.market, e.mkt.PackTokenURI(id), e.mkt.UnpackTokenURI); uri != "ipfs://bafymetadata" {
		t.Errorf("tokenURI %q", uri)
	}
	for _, tt := range []struct {
		x    int64
		want bool
	}{{3, true}, {1, false}} {
		if got := call(e, e.market, e.mkt.PackAcceptsExchange(id, big.NewInt(tt.x)), e.mkt.UnpackAcceptsExchange); got != tt.want {
			t.Errorf("acceptsExchange(%d) = %v, want %v", tt.x, got, tt.want)
		}
	}
	e.revert(e.buyer, e.market, e.mkt.PackUpdatePrice(id, eth(1), eth(0)), nil, &contracts.MarketNotSeller{Id: id, Caller: e.buyer.addr})
	e.revert(e.seller, e.market, e.mkt.PackUpdatePrice(id, new(big.Int), eth(0)), nil, &contracts.MarketZeroPrice{})
	e.send(e.seller, e.market, e.mkt.PackUpdatePrice(id, eth(1), milli(5)), nil)
	if l := call(e, e.market, e.mkt.PackGetListing(id), e.mkt.UnpackGetListing); l.Price.Cmp(eth(1)) != 0 || l.PerUsePrice.Cmp(milli(5)) != 0 {
		t.Errorf("price after update %s/%s", l.Price, l.PerUsePrice)
	}
	e.revert(e.buyer, e.market, e.mkt.PackDelist(id), nil, &contracts.MarketNotSeller{Id: id, Caller: e.buyer.addr})
	e.revert(e.seller, e.market, e.mkt.PackRelist(id), nil, &contracts.MarketListingAlreadyActive{Id: id})
	e.send(e.seller, e.market, e.mkt.PackDelist(id), nil)
	e.revert(e.seller, e.market, e.mkt.PackDelist(id), nil, &contracts.MarketListingInactive{Id: id})
	e.send(e.seller, e.market, e.mkt.PackRelist(id), nil)
	// An unlocked listing's token moves freely; the new owner is the seller.
	e.send(e.seller, e.market, e.mkt.PackTransferFrom(e.seller.addr, e.buyer2.addr, id), nil)
	e.send(e.buyer2, e.market, e.mkt.PackUpdatePrice(id, eth(3), milli(5)), nil)
	e.revert(e.seller, e.market, e.mkt.PackUpdatePrice(id, eth(3), milli(5)), nil, &contracts.MarketNotSeller{Id: id, Caller: e.seller.addr})
	callRevert(e, e.market, e.mkt.PackGetListing(big.NewInt(9)), e.mkt.UnpackGetListing, &contracts.MarketUnknownListing{Id: big.NewInt(9)})
	e.revert(e.admin, e.market, e.mkt.PackSetEscrow(e.admin.addr), nil, &contracts.MarketEscrowAlreadySet{Escrow: e.escrowAddr})
	e.revert(e.seller, e.market, e.mkt.PackEscrowTransfer(id, e.seller.addr), nil, &contracts.MarketNotEscrow{Caller: e.seller.addr})
	e.revert(e.seller, e.market, e.mkt.PackLockListing(id), nil, &contracts.MarketNotEscrow{Caller: e.seller.addr})
}

// expectedSample recomputes the sample indices the way Market documents them.
func expectedSample(seed [32]byte, n uint32) []uint32 {
	k := uint32(0)
	if n > 1 {
		k = min(4, (n+19)/20)
	}
	out := []uint32{}
	for j := int64(0); uint32(len(out)) < k; j++ {
		var buf [64]byte
		copy(buf[:32], seed[:])
		big.NewInt(j).FillBytes(buf[32:])
		idx := uint32(new(big.Int).Mod(new(big.Int).SetBytes(crypto.Keccak256(buf[:])), big.NewInt(int64(n))).Uint64())
		dup := false
		for _, o := range out {
			dup = dup || o == idx
		}
		if !dup {
			out = append(out, idx)
		}
	}
	return out
}

// TestSample: the sample is fixed once, from the block after publication, and its size and indices follow
// the documented rule.
func TestSample(t *testing.T) {
	e := newEnv(t, [32]byte{6})
	r := e.send(e.seller, e.market, e.mkt.PackPublish(listingParams(price, 1, 100)), nil)
	id := big.NewInt(1)
	ready := new(big.Int).Add(r.BlockNumber, big.NewInt(2))
	e.revert(e.relayer, e.market, e.mkt.PackFixSample(id), nil, &contracts.MarketSampleNotReady{Id: id, ReadyAtBlock: ready})
	callRevert(e, e.market, e.mkt.PackSampleIndices(id), e.mkt.UnpackSampleIndices, &contracts.MarketSampleNotFixed{Id: id})
	e.sim.Commit()
	r = e.send(e.relayer, e.market, e.mkt.PackFixSample(id), nil)
	ev, err := e.mkt.UnpackSampleFixedEvent(r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	// seed = keccak256(abi.encode(blockhash(publishedBlock + 1), id))
	h, err := e.client.HeaderByNumber(e.ctx, new(big.Int).Sub(ready, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	var enc [64]byte
	copy(enc[:32], h.Hash().Bytes())
	id.FillBytes(enc[32:])
	if want := crypto.Keccak256Hash(enc[:]); common.Hash(ev.Seed) != want {
		t.Fatalf("seed %x, want keccak(blockhash(%s), id) = %x", ev.Seed, h.Number, want)
	}
	e.revert(e.relayer, e.market, e.mkt.PackFixSample(id), nil, &contracts.MarketSampleAlreadyFixed{Id: id})
	got := call(e, e.market, e.mkt.PackSampleIndices(id), e.mkt.UnpackSampleIndices)
	if want := expectedSample(ev.Seed, 100); fmtSlice(got) != fmtSlice(want) {
		t.Fatalf("sample indices %v, want %v", got, want)
	}

	for _, tt := range []struct{ n, k uint32 }{{1, 0}, {2, 1}, {20, 1}, {21, 2}, {40, 2}, {41, 3}, {61, 4}, {1000, 4}, {4294967295, 4}} {
		if got := call(e, e.market, e.mkt.PackSampleSize(tt.n), e.mkt.UnpackSampleSize); got != tt.k {
			t.Errorf("sampleSize(%d) = %d, want %d", tt.n, got, tt.k)
		}
	}
	// Tiny listings: every index is distinct and in range, also when k = n/1 leaves few choices.
	for _, n := range []uint32{1, 2, 3, 21, 61} {
		p := listingParams(price, 1, n)
		lid := e.publish(p)
		e.send(e.relayer, e.market, e.mkt.PackFixSample(lid), nil)
		l := call(e, e.market, e.mkt.PackGetListing(lid), e.mkt.UnpackGetListing)
		got := call(e, e.market, e.mkt.PackSampleIndices(lid), e.mkt.UnpackSampleIndices)
		if want := expectedSample(l.SampleSeed, n); fmtSlice(got) != fmtSlice(want) {
			t.Errorf("n=%d: indices %v, want %v", n, got, want)
		}
		seen := map[uint32]bool{}
		for _, i := range got {
			if i >= n || seen[i] {
				t.Errorf("n=%d: index %d out of range or repeated in %v", n, i, got)
			}
			seen[i] = true
		}
	}
}

// TestSampleLateFix: fixed more than 256 blocks after publication, the seed falls back to the previous
// block's hash.
func TestSampleLateFix(t *testing.T) {
	e := newEnv(t, [32]byte{7})
	id := e.publish(listingParams(price, 1, 100))
	for range 260 {
		e.sim.Commit()
	}
	r := e.send(e.relayer, e.market, e.mkt.PackFixSample(id), nil)
	ev, err := e.mkt.UnpackSampleFixedEvent(r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	prev, err := e.client.HeaderByNumber(e.ctx, new(big.Int).Sub(r.BlockNumber, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	var enc [64]byte
	copy(enc[:32], prev.Hash().Bytes())
	id.FillBytes(enc[32:])
	if want := crypto.Keccak256Hash(enc[:]); common.Hash(ev.Seed) != want {
		t.Fatalf("late seed %x, want keccak(blockhash(block-1), id) = %x", ev.Seed, want)
	}
}

func fmtSlice(s []uint32) string { return big.NewInt(int64(len(s))).String() + ":" + fmtU(s) }

func fmtU(s []uint32) string {
	out := ""
	for _, v := range s {
		out += big.NewInt(int64(v)).String() + ","
	}
	return out
}

// TestDemandsAndOffers covers demands, offers and opening a trade on an offer.
func TestDemandsAndOffers(t *testing.T) {
	f := newFixture(t, 1)
	e := f.env
	now := e.now()
	e.revert(e.buyer, e.market, e.mkt.PackPostDemand("cel: size > 1", eth(3), buyerKey, now), nil, &contracts.MarketDeadlineInPast{Deadline: now})
	e.revert(e.buyer, e.market, e.mkt.PackPostDemand("cel: size > 1", eth(3), nil, now+3600), nil, &contracts.MarketEmptyPubKey{})
	r := e.send(e.buyer, e.market, e.mkt.PackPostDemand("cel: size > 1", eth(3), buyerKey, now+3600), nil)
	posted, err := e.mkt.UnpackDemandPostedEvent(r.Logs[0])
	if err != nil || posted.Buyer != e.buyer.addr || posted.Spec != "cel: size > 1" || posted.MaxPrice.Cmp(eth(3)) != 0 {
		t.Fatalf("DemandPosted %+v %v", posted, err)
	}
	dem := posted.Id

	e.revert(e.buyer, e.market, e.mkt.PackMakeOffer(dem, f.listing, eth(1)), nil, &contracts.MarketNotSeller{Id: f.listing, Caller: e.buyer.addr})
	e.revert(e.seller, e.market, e.mkt.PackMakeOffer(dem, f.listing, eth(4)), nil, &contracts.MarketOfferAboveMaxPrice{Price: eth(4), MaxPrice: eth(3)})
	e.revert(e.seller, e.market, e.mkt.PackMakeOffer(big.NewInt(8), f.listing, eth(1)), nil, &contracts.MarketUnknownDemand{Id: big.NewInt(8)})
	offerPrice := eth(1)
	e.send(e.seller, e.market, e.mkt.PackMakeOffer(dem, f.listing, offerPrice), nil)
	offers := call(e, e.market, e.mkt.PackGetOffers(dem), e.mkt.UnpackGetOffers)
	if len(offers) != 1 || offers[0].ListingId.Cmp(f.listing) != 0 || offers[0].Seller != e.seller.addr || offers[0].Price.Cmp(offerPrice) != 0 {
		t.Fatalf("offers %+v", offers)
	}
	callRevert(e, e.market, e.mkt.PackGetOffer(dem, big.NewInt(1)), e.mkt.UnpackGetOffer, &contracts.MarketUnknownOffer{DemandId: dem, OfferIndex: big.NewInt(1)})

	// Only the demand's buyer opens on it, at the offer's price and with the demand's key.
	deadline := e.now() + 3600
	e.revert(e.buyer2, e.escrow, e.esc.PackOpenOffer(dem, big.NewInt(0), ids(f.x1), deadline), fee1, &contracts.EscrowNotBuyer{TradeId: new(big.Int), Caller: e.buyer2.addr})
	r = e.send(e.buyer, e.escrow, e.esc.PackOpenOffer(dem, big.NewInt(0), ids(f.x1), deadline), fee1)
	opened, err := e.esc.UnpackTradeOpenedEvent(r.Logs[len(r.Logs)-1])
	if err != nil || opened.Price.Cmp(offerPrice) != 0 || string(opened.BuyerPubKey) != string(buyerKey) || opened.Seller != e.seller.addr {
		t.Fatalf("TradeOpened %+v %v", opened, err)
	}
	e.send(e.buyer, e.escrow, e.esc.PackPay(opened.TradeId), offerPrice)

	// A stale offer (the token changed hands) and a cancelled demand cannot be opened.
	e.send(e.seller, e.market, e.mkt.PackTransferFrom(e.seller.addr, e.buyer2.addr, f.listing), nil)
	e.revert(e.buyer, e.escrow, e.esc.PackOpenOffer(dem, big.NewInt(0), ids(f.x1), deadline), fee1, &contracts.EscrowOfferStale{DemandId: dem, OfferIndex: new(big.Int)})
	e.revert(e.buyer2, e.market, e.mkt.PackCancelDemand(dem), nil, &contracts.MarketNotDemandBuyer{Id: dem, Caller: e.buyer2.addr})
	e.send(e.buyer, e.market, e.mkt.PackCancelDemand(dem), nil)
	e.revert(e.buyer, e.market, e.mkt.PackCancelDemand(dem), nil, &contracts.MarketDemandClosed{Id: dem})
	e.revert(e.buyer2, e.market, e.mkt.PackMakeOffer(dem, f.listing, eth(1)), nil, &contracts.MarketDemandClosed{Id: dem})
	e.revert(e.buyer, e.escrow, e.esc.PackOpenOffer(dem, big.NewInt(0), ids(f.x1), deadline), fee1, &contracts.EscrowDemandClosed{DemandId: dem})
	if d := call(e, e.market, e.mkt.PackGetDemand(dem), e.mkt.UnpackGetDemand); d.Open {
		t.Error("demand still open after cancel")
	}

	// Offers close at the demand's deadline.
	r = e.send(e.buyer, e.market, e.mkt.PackPostDemand("bafyspec", eth(3), buyerKey, e.now()+60), nil)
	posted, _ = e.mkt.UnpackDemandPostedEvent(r.Logs[0])
	e.advance(2 * time.Minute)
	e.revert(e.buyer2, e.market, e.mkt.PackMakeOffer(posted.Id, f.listing, eth(1)), nil, &contracts.MarketDemandExpired{Id: posted.Id, Deadline: posted.Deadline})
}
