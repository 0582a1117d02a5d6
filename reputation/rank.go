package reputation

import (
	"cmp"
	"math/big"
	"slices"
	"strings"
)

// Offer is a seller's offer as ranked for a buyer: its price in wei and the
// seller's reputation.
type Offer struct {
	ID         uint64   `json:"id"`
	Price      *big.Int `json:"price"`
	Reputation Score    `json:"reputation"`
}

// Exchange is a trusted exchange as ranked for a trade: its fee in wei and
// its reputation.
type Exchange struct {
	ID         uint64   `json:"id"`
	Fee        *big.Int `json:"fee"`
	Reputation Score    `json:"reputation"`
}

// Seller is a seller ranked by reputation alone; ID is its address in hex.
type Seller struct {
	ID         string `json:"id"`
	Reputation Score  `json:"reputation"`
}

// RankOffers returns the offers best first, by price per unit of expected
// satisfaction, Price / Reputation.Value (compared exactly, without
// rounding the price): a seller twice as likely to satisfy may ask twice as
// much. Ties go to the better reputation, then the lower price, then the
// lower ID. A nil price counts as zero. The input is not modified.
func RankOffers(offers []Offer) []Offer {
	out := slices.Clone(offers)
	slices.SortStableFunc(out, func(a, b Offer) int {
		return compareCost(a.Price, a.Reputation, a.ID, b.Price, b.Reputation, b.ID)
	})
	return out
}

// RankExchanges returns the exchanges best first, by Fee / Reputation.Value
// with the same tie-breaking as RankOffers.
func RankExchanges(exchanges []Exchange) []Exchange {
	out := slices.Clone(exchanges)
	slices.SortStableFunc(out, func(a, b Exchange) int {
		return compareCost(a.Fee, a.Reputation, a.ID, b.Fee, b.Reputation, b.ID)
	})
	return out
}

// RankSellers returns the sellers best first: higher Reputation.Value, then
// more evidence, then the lower ID.
func RankSellers(sellers []Seller) []Seller {
	out := slices.Clone(sellers)
	slices.SortStableFunc(out, func(a, b Seller) int {
		if c := cmp.Compare(b.Reputation.Value, a.Reputation.Value); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Reputation.Evidence(), a.Reputation.Evidence()); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}

// compareCost orders by price/value ascending, then value descending, then
// price ascending, then id ascending. price/value is compared as
// priceA·valueB vs priceB·valueA in exact rationals.
func compareCost(pa *big.Int, ra Score, ida uint64, pb *big.Int, rb Score, idb uint64) int {
	ca, cb := costOf(pa, rb.Value), costOf(pb, ra.Value)
	if c := ca.Cmp(cb); c != 0 {
		return c
	}
	if c := cmp.Compare(rb.Value, ra.Value); c != 0 {
		return c
	}
	if c := orZero(pa).Cmp(orZero(pb)); c != 0 {
		return c
	}
	return cmp.Compare(ida, idb)
}

// costOf returns price·value as an exact rational.
func costOf(price *big.Int, value float64) *big.Rat {
	v := new(big.Rat)
	if value > 0 {
		v.SetFloat64(value)
	}
	return v.Mul(v, new(big.Rat).SetInt(orZero(price)))
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}
