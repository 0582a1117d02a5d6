package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/datatrade/datatrade/contracts"
)

// TestReviews: one review per committed trade, by its buyer, with running totals per seller and exchange.
func TestReviews(t *testing.T) {
	f := newFixture(t, 1)
	e := f.env
	committed := f.openBoth(e.buyer)
	f.pay(e.buyer, committed)
	f.commitX1(committed)
	revealed := f.openBoth(e.buyer2)
	f.pay(e.buyer2, revealed)
	f.commitX1(revealed)
	e.send(e.relayer, e.escrow, e.esc.PackReveal(revealed, wrapped), nil)
	open := f.openBoth(e.buyer)

	for _, tt := range []struct {
		name   string
		from   *account
		trade  *big.Int
		s, x   uint8
		reason any
	}{
		{"seller rating 0", e.buyer, committed, 0, 3, &contracts.ReviewsInvalidRating{Rating: 0}},
		{"exchange rating 6", e.buyer, committed, 3, 6, &contracts.ReviewsInvalidRating{Rating: 6}},
		{"not the buyer", e.seller, committed, 5, 5, &contracts.ReviewsNotTradeBuyer{TradeId: committed, Caller: e.seller.addr}},
		{"other trade's buyer", e.buyer2, committed, 5, 5, &contracts.ReviewsNotTradeBuyer{TradeId: committed, Caller: e.buyer2.addr}},
		{"not committed", e.buyer, open, 5, 5, &contracts.ReviewsTradeNotCommitted{TradeId: open, State: stOpen}},
		{"unknown trade", e.buyer, big.NewInt(99), 5, 5, &contracts.EscrowUnknownTrade{TradeId: big.NewInt(99)}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e.on(t).revert(tt.from, e.reviews, e.rev.PackReview(tt.trade, tt.s, tt.x, "bafycomment"), nil, tt.reason)
		})
	}

	r := e.send(e.buyer, e.reviews, e.rev.PackReview(committed, 4, 2, "bafycomment"), nil)
	ev, err := e.rev.UnpackReviewedEvent(r.Logs[0])
	if err != nil || ev.TradeId.Cmp(committed) != 0 || ev.Buyer != e.buyer.addr || ev.Seller != e.seller.addr ||
		ev.ExchangeId.Cmp(f.x1) != 0 || ev.SellerRating != 4 || ev.ExchangeRating != 2 || ev.CommentCid != "bafycomment" {
		t.Fatalf("Reviewed %+v %v", ev, err)
	}
	e.revert(e.buyer, e.reviews, e.rev.PackReview(committed, 4, 2, ""), nil, &contracts.ReviewsAlreadyReviewed{TradeId: committed})
	e.send(e.buyer2, e.reviews, e.rev.PackReview(revealed, 5, 5, ""), nil)

	// A compensated trade may be reviewed too.
	comp := f.openBoth(e.buyer)
	f.pay(e.buyer, comp)
	f.commitX1(comp)
	e.advance(revealWindow + time.Second)
	e.send(e.relayer, e.escrow, e.esc.PackCompensate(comp), nil)
	e.send(e.buyer, e.reviews, e.rev.PackReview(comp, 1, 1, ""), nil)

	if got := call(e, e.reviews, e.rev.PackSellerStats(e.seller.addr), e.rev.UnpackSellerStats); got.Count != 3 || got.Sum != 10 {
		t.Errorf("seller stats %+v, want 3 reviews summing 10", got)
	}
	if got := call(e, e.reviews, e.rev.PackExchangeStats(f.x1), e.rev.UnpackExchangeStats); got.Count != 3 || got.Sum != 8 {
		t.Errorf("exchange stats %+v, want 3 reviews summing 8", got)
	}
	for _, tt := range []struct {
		name string
		got  *big.Int
		want int64
	}{
		{"seller", call(e, e.reviews, e.rev.PackSellerAverageMilli(e.seller.addr), e.rev.UnpackSellerAverageMilli), 3333},
		{"exchange 1", call(e, e.reviews, e.rev.PackExchangeAverageMilli(f.x1), e.rev.UnpackExchangeAverageMilli), 2666},
		{"exchange 2", call(e, e.reviews, e.rev.PackExchangeAverageMilli(f.x2), e.rev.UnpackExchangeAverageMilli), 0},
	} {
		if tt.got.Int64() != tt.want {
			t.Errorf("%s average: got %s milli, want %d", tt.name, tt.got, tt.want)
		}
	}
	rv := call(e, e.reviews, e.rev.PackGetReview(committed), e.rev.UnpackGetReview)
	if rv.Buyer != e.buyer.addr || rv.SellerRating != 4 || rv.At == 0 {
		t.Errorf("review %+v", rv)
	}
	callRevert(e, e.reviews, e.rev.PackGetReview(open), e.rev.UnpackGetReview, &contracts.ReviewsNotReviewed{TradeId: open})
}
