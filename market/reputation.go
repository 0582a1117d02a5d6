package market

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/reputation"
)

// VerifiedReview is a review read from the Reviews contract together with
// what its trade paid to third parties.
type VerifiedReview struct {
	datatrade.Review
	// At is when the review was recorded (block time).
	At time.Time `json:"at"`
	// ThirdPartyFees is what the trade paid, in wei, to parties other than
	// its buyer and seller: the committed exchange's fee, unless that
	// exchange's payee is the buyer or the seller themselves (then zero).
	ThirdPartyFees *big.Int `json:"thirdPartyFees"`
}

// VerifiedReviews returns the review of every trade that has one and is
// settled for the seller (committed, revealed or compensated), by trade
// id, with the third-party fees read from the trade's on-chain snapshot,
// never from the review. It reads every trade: O(trades) calls.
func (m *Client) VerifiedReviews(ctx context.Context) ([]VerifiedReview, error) {
	n, err := m.TradeCount(ctx)
	if err != nil {
		return nil, err
	}
	var out []VerifiedReview
	for id := uint64(1); id <= n; id++ {
		data, err := m.call(ctx, m.d.Reviews, m.reviews.PackReviewed(u256(id)))
		if err != nil {
			return nil, fmt.Errorf("read review of trade %d: %w", id, err)
		}
		reviewed, err := m.reviews.UnpackReviewed(data)
		if err != nil {
			return nil, fmt.Errorf("decode review of trade %d: %w", id, err)
		}
		if !reviewed {
			continue
		}
		v, err := m.verifiedReview(ctx, id)
		if err != nil {
			return nil, err
		}
		if v != nil {
			out = append(out, *v)
		}
	}
	return out, nil
}

// verifiedReview reads trade id's review and trade; nil when the trade is
// not settled for the seller.
func (m *Client) verifiedReview(ctx context.Context, id uint64) (*VerifiedReview, error) {
	data, err := m.call(ctx, m.d.Reviews, m.reviews.PackGetReview(u256(id)))
	if err != nil {
		return nil, fmt.Errorf("read review of trade %d: %w", id, err)
	}
	r, err := m.reviews.UnpackGetReview(data)
	if err != nil {
		return nil, fmt.Errorf("decode review of trade %d: %w", id, err)
	}
	tr, err := m.Trade(ctx, id)
	if err != nil {
		return nil, err
	}
	switch tr.State {
	case datatrade.TradeCommitted, datatrade.TradeRevealed, datatrade.TradeCompensated:
	default:
		return nil, nil
	}
	fees := new(big.Int)
	for _, x := range tr.Exchanges {
		if x.ID == tr.CommittedExchange && x.Payee != tr.Buyer && x.Payee != tr.Seller && x.Fee != nil {
			fees.Set(x.Fee)
		}
	}
	return &VerifiedReview{
		Review: datatrade.Review{TradeID: id, Buyer: r.Buyer, Seller: r.Seller, ExchangeID: r.ExchangeId.Uint64(),
			SellerRating: r.SellerRating, ExchangeRating: r.ExchangeRating, CommentCID: r.CommentCid},
		At: unix(r.At), ThirdPartyFees: fees,
	}, nil
}

// Reputations are the scores of every reviewed seller and exchange.
type Reputations struct {
	Sellers   map[common.Address]reputation.Score `json:"sellers"`
	Exchanges map[uint64]reputation.Score         `json:"exchanges"`
	// Reviews are the verified reviews the scores rest on.
	Reviews []VerifiedReview `json:"reviews"`
}

// Seller returns a seller's score (reputation.Unknown without reviews).
func (r *Reputations) Seller(a common.Address) reputation.Score {
	if s, ok := r.Sellers[a]; ok {
		return s
	}
	return reputation.Unknown()
}

// Exchange returns an exchange's score (reputation.Unknown without
// reviews).
func (r *Reputations) Exchange(id uint64) reputation.Score {
	if s, ok := r.Exchanges[id]; ok {
		return s
	}
	return reputation.Unknown()
}

// ScoreReviews computes the reputations at now from verified reviews
// (reputation.Params.Score per seller and per exchange). Errors: EINVALID
// for invalid params.
func ScoreReviews(p reputation.Params, now time.Time, reviews []VerifiedReview) (*Reputations, error) {
	bySeller := map[common.Address][]reputation.Review{}
	byExchange := map[uint64][]reputation.Review{}
	for _, v := range reviews {
		fees := v.ThirdPartyFees
		if fees == nil {
			fees = new(big.Int)
		}
		bySeller[v.Seller] = append(bySeller[v.Seller], reputation.Review{TradeID: v.TradeID, Rating: v.SellerRating, Time: v.At, ThirdPartyFees: fees})
		byExchange[v.ExchangeID] = append(byExchange[v.ExchangeID], reputation.Review{TradeID: v.TradeID, Rating: v.ExchangeRating, Time: v.At, ThirdPartyFees: fees})
	}
	out := &Reputations{Sellers: map[common.Address]reputation.Score{}, Exchanges: map[uint64]reputation.Score{}, Reviews: reviews}
	for a, rs := range bySeller {
		s, err := p.Score(now, rs)
		if err != nil {
			return nil, err
		}
		out.Sellers[a] = s
	}
	for id, rs := range byExchange {
		s, err := p.Score(now, rs)
		if err != nil {
			return nil, err
		}
		out.Exchanges[id] = s
	}
	return out, nil
}

// Reputations reads every verified review and scores sellers and exchanges
// at the chain's latest block time with p.
func (m *Client) Reputations(ctx context.Context, p reputation.Params) (*Reputations, error) {
	reviews, err := m.VerifiedReviews(ctx)
	if err != nil {
		return nil, err
	}
	now, err := m.latestBlockTime(ctx)
	if err != nil {
		return nil, err
	}
	return ScoreReviews(p, now, reviews)
}

// latestBlockTime returns the latest block's time.
func (m *Client) latestBlockTime(ctx context.Context) (time.Time, error) {
	h, err := m.c.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, fmt.Errorf("read latest block: %w", err)
	}
	return time.Unix(int64(h.Time), 0).UTC(), nil
}

// RankedOffer is an offer on a demand with its seller's reputation.
type RankedOffer struct {
	datatrade.Offer
	Reputation reputation.Score `json:"reputation"`
}

// RankOffers returns a demand's offers best first by
// reputation.RankOffers: price per unit of the seller's reputation, from
// verified reviews weighted by third-party fees and decayed (rep, from
// Reputations). Errors: ENOTFOUND for an unknown demand.
func (m *Client) RankOffers(ctx context.Context, demandID uint64, rep *Reputations) ([]RankedOffer, error) {
	offers, err := m.Offers(ctx, demandID)
	if err != nil {
		return nil, err
	}
	byID := make(map[uint64]datatrade.Offer, len(offers))
	in := make([]reputation.Offer, len(offers))
	for i, o := range offers {
		byID[o.ID] = o
		in[i] = reputation.Offer{ID: o.ID, Price: o.Price, Reputation: rep.Seller(o.Seller)}
	}
	out := make([]RankedOffer, 0, len(offers))
	for _, r := range reputation.RankOffers(in) {
		out = append(out, RankedOffer{Offer: byID[r.ID], Reputation: r.Reputation})
	}
	return out, nil
}

// RankExchanges returns the active exchanges best first by
// reputation.RankExchanges: fee per unit of reputation (rep, from
// Reputations).
func (m *Client) RankExchanges(ctx context.Context, rep *Reputations) ([]reputation.Exchange, error) {
	n, err := m.ExchangeCount(ctx)
	if err != nil {
		return nil, err
	}
	var xs []reputation.Exchange
	for id := uint64(1); id <= n; id++ {
		x, err := m.Exchange(ctx, id)
		if err != nil {
			return nil, err
		}
		if x.Active {
			xs = append(xs, reputation.Exchange{ID: id, Fee: x.Fee, Reputation: rep.Exchange(id)})
		}
	}
	return reputation.RankExchanges(xs), nil
}

// RankSellers returns the reviewed sellers best first by
// reputation.RankSellers.
func (rep *Reputations) RankSellers() []reputation.Seller {
	sellers := make([]reputation.Seller, 0, len(rep.Sellers))
	for addr, sc := range rep.Sellers {
		sellers = append(sellers, reputation.Seller{ID: addr.Hex(), Reputation: sc})
	}
	return reputation.RankSellers(sellers)
}
