// Package pricing holds the truthful price-setting mechanisms of datatrade:
// sealed-bid (k+1)-th price auctions for one or k identical items (Vickrey),
// McAfee's trade-reduction double auction for many buyers and sellers, and
// the commit–reveal encoding that lets an auction's bids stay sealed on
// chain until the reveal phase.
//
// Every amount is a *big.Int in wei. Inputs are never mutated; every amount
// in an outcome is a fresh value owned by the caller. The functions are pure
// and safe for concurrent use.
package pricing

import (
	"bytes"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
)

// maxUint256 is the largest amount a bid may carry: amounts travel on chain
// as uint256.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Bid is one sealed bid (or ask) as revealed: who made it and how much, in wei.
type Bid struct {
	Bidder common.Address `json:"bidder"`
	Amount *big.Int       `json:"amount"`
}

// Award is one winner of an auction and the price it pays, in wei.
type Award struct {
	Bidder common.Address `json:"bidder"`
	Bid    *big.Int       `json:"bid"`
	Price  *big.Int       `json:"price"`
}

// Outcome is the result of a sealed-bid auction.
type Outcome struct {
	// Winners are in rank order: highest bid first, ties broken by the
	// lower address.
	Winners []Award `json:"winners"`
	// Price is what each winner pays: the (k+1)-th highest eligible bid, or
	// the reserve if there is none or it is higher. Nil when nobody won.
	Price *big.Int `json:"price,omitempty"`
}

// SecondPrice runs a sealed-bid second-price (Vickrey) auction for one item
// with the given reserve price (nil means no reserve). It is Vickrey(bids, 1,
// reserve); see there for the rules.
func SecondPrice(bids []Bid, reserve *big.Int) (Outcome, error) {
	return Vickrey(bids, 1, reserve)
}

// Vickrey runs a sealed-bid uniform-price auction for k identical items with
// unit demand (each bidder wants at most one): the k highest bids at or above
// the reserve win, and each winner pays the (k+1)-th highest eligible bid, or
// the reserve when fewer than k+1 bids are eligible. Bidding one's true value
// is a dominant strategy.
//
// Ranking is deterministic: a higher amount ranks first; equal amounts are
// ranked by the bidder address as a 20-byte big-endian number, lower first.
// The Solidity auction contract breaks ties the same way.
//
// It returns an EINVALID error when k < 1, when an amount or the reserve is
// nil, negative or above 2^256-1, or when a bidder bids twice.
func Vickrey(bids []Bid, k int, reserve *big.Int) (Outcome, error) {
	if k < 1 {
		return Outcome{}, datatrade.Errorf(datatrade.EINVALID, "auction needs at least one item, got %d", k)
	}
	if reserve == nil {
		reserve = new(big.Int)
	}
	if err := checkAmount("reserve price", reserve); err != nil {
		return Outcome{}, err
	}
	ranked, err := rank(bids, "bidder", true)
	if err != nil {
		return Outcome{}, err
	}
	eligible := ranked[:0:0]
	for _, b := range ranked {
		if b.Amount.Cmp(reserve) >= 0 {
			eligible = append(eligible, b)
		}
	}
	if len(eligible) == 0 {
		return Outcome{}, nil
	}
	price := reserve
	if len(eligible) > k {
		price = eligible[k].Amount
	}
	n := min(k, len(eligible))
	out := Outcome{Winners: make([]Award, n), Price: new(big.Int).Set(price)}
	for i := range n {
		out.Winners[i] = Award{
			Bidder: eligible[i].Bidder,
			Bid:    new(big.Int).Set(eligible[i].Amount),
			Price:  new(big.Int).Set(price),
		}
	}
	return out, nil
}

// checkAmount reports whether a is a valid uint256 amount.
func checkAmount(what string, a *big.Int) error {
	if a == nil {
		return datatrade.Errorf(datatrade.EINVALID, "%s is missing", what)
	}
	if a.Sign() < 0 {
		return datatrade.Errorf(datatrade.EINVALID, "%s is negative", what)
	}
	if a.Cmp(maxUint256) > 0 {
		return datatrade.Errorf(datatrade.EINVALID, "%s does not fit in 256 bits", what)
	}
	return nil
}

// rank validates bids and returns a sorted copy: by amount (descending when
// desc, ascending otherwise), ties by the lower address first. A trader may
// appear only once.
func rank(bids []Bid, role string, desc bool) ([]Bid, error) {
	seen := make(map[common.Address]bool, len(bids))
	out := make([]Bid, len(bids))
	for i, b := range bids {
		if err := checkAmount(role+" amount", b.Amount); err != nil {
			return nil, err
		}
		if seen[b.Bidder] {
			return nil, datatrade.Errorf(datatrade.EINVALID, "%s %s appears twice", role, b.Bidder.Hex())
		}
		seen[b.Bidder] = true
		out[i] = b
	}
	slices.SortFunc(out, func(a, b Bid) int {
		c := a.Amount.Cmp(b.Amount)
		if desc {
			c = -c
		}
		if c != 0 {
			return c
		}
		return bytes.Compare(a.Bidder[:], b.Bidder[:])
	})
	return out, nil
}
