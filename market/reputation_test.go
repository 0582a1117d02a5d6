package market_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/reputation"
)

// trade runs one trade of listing through exchange exID to a committed
// delivery, and the buyer's review.
func (e *env) reviewedTrade(t *testing.T, buyer *chain.Account, listingID, exID uint64, sellerRating, exchangeRating uint8) uint64 {
	t.Helper()
	ctx := testCtx(t)
	tradeID, _, err := e.m.Open(ctx, buyer, market.OpenParams{ListingID: listingID, Exchanges: []uint64{exID}, BuyerPubKey: []byte{1}, Deadline: time.Now().Add(time.Hour)})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	e.send(t, buyer, must(t)(e.m.PayTx(ctx, tradeID)))
	tr, err := e.m.Trade(ctx, tradeID)
	if err != nil {
		t.Fatal(err)
	}
	del := market.Delivery{TradeID: tradeID, Buyer: tr.Buyer, Seller: tr.Seller, Price: tr.Price, Exchange: exID,
		Root: tr.Root, CiphertextCIDHash: common.Hash{7}, WrappedKeyHash: crypto.Keccak256Hash([]byte("wrapped")), ValidUntil: time.Now().Add(time.Hour)}
	sig, err := crypto.Sign(e.d.DeliveryDigest(del).Bytes(), e.enclaveKey)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	e.send(t, e.other, must(t)(e.m.CommitTx(0, del, sig)))
	e.send(t, buyer, must(t)(e.m.ReviewTx(tradeID, sellerRating, exchangeRating, "")))
	return tradeID
}

// TestWashReviewsBarelyMoveReputation: an honest seller earns three
// reviews (5, 4, 4 stars) from a paying buyer through an independent
// exchange; a wash trader sells eight times to its own second account
// through an exchange that account runs (so the fees come back to it) and
// gives itself five stars each time. By the plain average the wash trader
// (5.0) beats the honest seller (4.33) and its offer comes first; by
// reputation its score barely moves from that of an unknown seller, and
// the honest offer comes first.
func TestWashReviewsBarelyMoveReputation(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	honestEx, honestListing := e.setup(t, eth(2))
	washer, sock := e.other, e.admin
	washListing, _, err := e.m.Publish(ctx, washer, market.PublishParams{
		ContentCID: "bafy-wash", Root: common.Hash{8}, Size: 1 << 20, ChunkCount: 4, MetadataCID: "bafy-wash-meta", Price: eth(1), Licence: datatrade.UseRight,
	})
	if err != nil {
		t.Fatal(err)
	}
	washEx, _, err := e.m.RegisterExchange(ctx, sock, market.ExchangeParams{
		Endpoint: "http://127.0.0.1:2", Fee: eth(1), Measurement: common.Hash{1},
		EnclaveSigner: crypto.PubkeyToAddress(e.enclaveKey.PublicKey), Authenticator: 1, AuthorityKey: e.admin.Address,
	}, eth(50))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.c.Transfer(ctx, e.other, e.other.Address, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	e.send(t, e.other, e.m.FixSampleTx(washListing))

	for _, r := range []uint8{5, 4, 4} {
		e.reviewedTrade(t, e.buyer, honestListing, honestEx, r, 5)
	}
	for range 8 {
		e.reviewedTrade(t, sock, washListing, washEx, 5, 5)
	}

	// The plain average, as the Reviews contract keeps it.
	honestAvg, err := e.m.SellerRating(ctx, e.seller.Address)
	if err != nil {
		t.Fatal(err)
	}
	washAvg, err := e.m.SellerRating(ctx, washer.Address)
	if err != nil {
		t.Fatal(err)
	}
	if washAvg.AverageMilli <= honestAvg.AverageMilli {
		t.Fatalf("plain averages: wash %d, honest %d; the scenario should fool the average", washAvg.AverageMilli, honestAvg.AverageMilli)
	}

	rep, err := e.m.Reputations(ctx, reputation.DefaultParams())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Reviews) != 11 {
		t.Fatalf("got %d verified reviews, want 11", len(rep.Reviews))
	}
	honest, wash := rep.Seller(e.seller.Address), rep.Seller(washer.Address)
	if wash.Reviews != 8 || honest.Reviews != 3 {
		t.Fatalf("got %d wash and %d honest reviews, want 8 and 3", wash.Reviews, honest.Reviews)
	}
	if d := wash.Value - reputation.Unknown().Value; d > 0.01 {
		t.Errorf("eight self-dealt 5-star reviews moved the wash trader's reputation by %.4f, want at most 0.01 (score %+v)", d, wash)
	}
	if honest.Value <= wash.Value+0.2 {
		t.Errorf("honest reputation %.3f, wash %.3f; want the honest seller clearly ahead", honest.Value, wash.Value)
	}
	if ex := rep.Exchange(washEx); ex.Evidence() != 0 {
		t.Errorf("the wash exchange earned evidence %.3f from its owner's own trades, want 0", ex.Evidence())
	}
	if ex := rep.Exchange(honestEx); ex.Value <= 0.8 {
		t.Errorf("the honest exchange's reputation is %.3f, want above 0.8", ex.Value)
	}

	if rs := rep.RankSellers(); len(rs) != 2 || rs[0].ID != e.seller.Address.Hex() {
		t.Errorf("seller ranking: got %+v, want the honest seller first", rs)
	}
	// Same fee: the honest exchange ranks first.
	xs, err := e.m.RankExchanges(ctx, rep)
	if err != nil {
		t.Fatal(err)
	}
	if len(xs) != 2 || xs[0].ID != honestEx {
		t.Errorf("exchange ranking: got %+v, want exchange %d first", xs, honestEx)
	}

	// Both sellers offer on one demand; the wash trader asks less.
	demandID, _, err := e.m.PostDemand(ctx, e.buyer, market.DemandParams{Spec: `attrs.kind == "weather"`, MaxPrice: eth(5), BuyerPubKey: []byte{1}, Deadline: time.Now().Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.m.MakeOffer(ctx, washer, demandID, washListing, eth(1)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.m.MakeOffer(ctx, e.seller, demandID, honestListing, new(big.Int).Add(eth(1), big.NewInt(1))); err != nil {
		t.Fatal(err)
	}
	ranked, err := e.m.RankOffers(ctx, demandID, rep)
	if err != nil {
		t.Fatal(err)
	}
	if len(ranked) != 2 || ranked[0].Seller != e.seller.Address {
		t.Errorf("ranking: got %+v first, want the honest seller's offer", ranked[0])
	}
	if ranked[0].Reputation != honest {
		t.Errorf("ranked offer carries reputation %+v, want %+v", ranked[0].Reputation, honest)
	}
}
