package pricing

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// Trade is one buyer–seller pair matched by a double auction.
type Trade struct {
	Buyer      common.Address `json:"buyer"`
	Seller     common.Address `json:"seller"`
	BuyerPays  *big.Int       `json:"buyerPays"`
	SellerGets *big.Int       `json:"sellerGets"`
}

// DoubleOutcome is the result of a double auction.
type DoubleOutcome struct {
	// Trades pairs the i-th ranked buyer with the i-th ranked seller.
	Trades []Trade `json:"trades"`
	// BuyerPrice and SellerPrice are the uniform prices paid by every
	// trading buyer and received by every trading seller; nil when no trade.
	BuyerPrice  *big.Int `json:"buyerPrice,omitempty"`
	SellerPrice *big.Int `json:"sellerPrice,omitempty"`
	// Surplus is what the mechanism keeps: the sum buyers pay minus the sum
	// sellers get. It is never negative (weak budget balance).
	Surplus *big.Int `json:"surplus"`
	// Reduced is true when the least efficient profitable pair was dropped
	// (McAfee's trade reduction) instead of trading at the midpoint price.
	Reduced bool `json:"reduced"`
}

// McAfee runs McAfee's (1992) trade-reduction double auction for unit demand
// and unit supply. Bids are buyers' values, asks are sellers' costs, all in
// wei. Truthful bidding is a dominant strategy for buyers and sellers alike,
// every trader's utility is non-negative, and the mechanism never pays out
// more than it takes.
//
// Buyers are ranked b1 ≥ b2 ≥ …, sellers s1 ≤ s2 ≤ … (ties broken by the
// lower address, as in Vickrey). Let k be the largest index with b_k ≥ s_k.
// If both b_{k+1} and s_{k+1} exist and p = ⌊(b_{k+1}+s_{k+1})/2⌋ satisfies
// s_k ≤ p ≤ b_k, the top k pairs trade at p (exact budget balance).
// Otherwise the top k−1 pairs trade: buyers pay b_k, sellers get s_k, and the
// mechanism keeps (k−1)(b_k−s_k).
//
// It returns an EINVALID error for nil, negative or over-256-bit amounts and
// for a trader appearing twice on the same side (one may buy and sell).
func McAfee(bids, asks []Bid) (DoubleOutcome, error) {
	buyers, err := rank(bids, "buyer", true)
	if err != nil {
		return DoubleOutcome{}, err
	}
	sellers, err := rank(asks, "seller", false)
	if err != nil {
		return DoubleOutcome{}, err
	}
	k := 0
	for k < len(buyers) && k < len(sellers) && buyers[k].Amount.Cmp(sellers[k].Amount) >= 0 {
		k++
	}
	if k == 0 {
		return DoubleOutcome{Surplus: new(big.Int)}, nil
	}
	bk, sk := buyers[k-1].Amount, sellers[k-1].Amount
	if k < len(buyers) && k < len(sellers) {
		p := new(big.Int).Add(buyers[k].Amount, sellers[k].Amount)
		p.Rsh(p, 1)
		if sk.Cmp(p) <= 0 && p.Cmp(bk) <= 0 {
			return pairUp(buyers, sellers, k, p, p, false), nil
		}
	}
	return pairUp(buyers, sellers, k-1, bk, sk, true), nil
}

// pairUp builds the outcome where the first n pairs trade at the given prices.
func pairUp(buyers, sellers []Bid, n int, buyerPrice, sellerPrice *big.Int, reduced bool) DoubleOutcome {
	out := DoubleOutcome{Surplus: new(big.Int), Reduced: reduced}
	if n == 0 {
		return out
	}
	out.BuyerPrice = new(big.Int).Set(buyerPrice)
	out.SellerPrice = new(big.Int).Set(sellerPrice)
	out.Trades = make([]Trade, n)
	for i := range n {
		out.Trades[i] = Trade{
			Buyer:      buyers[i].Bidder,
			Seller:     sellers[i].Bidder,
			BuyerPays:  new(big.Int).Set(buyerPrice),
			SellerGets: new(big.Int).Set(sellerPrice),
		}
	}
	gap := new(big.Int).Sub(buyerPrice, sellerPrice)
	out.Surplus.Mul(gap, big.NewInt(int64(n)))
	return out
}
