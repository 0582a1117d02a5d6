// Package reputation scores sellers and exchanges with Jøsang's beta
// reputation, computed from verified reviews only, decayed over time and
// weighted by the fees each reviewed trade paid to third parties, and ranks
// offers, sellers and exchanges with it.
//
// The caller passes only reviews of committed, paid trades as read from the
// chain, with the third-party fees taken from the trade record, never from
// the review itself. Weighting by those fees rather than by trade value makes
// wash trading with oneself costly: a seller buying from itself pays the
// price to itself, but it cannot avoid paying the exchanges and the platform,
// and a review whose trade paid them almost nothing weighs almost nothing.
//
// Everything here is pure and safe for concurrent use.
package reputation

import (
	"math"
	"math/big"
	"time"

	"github.com/datatrade/datatrade"
)

// Review is one verified review of a subject (a seller or an exchange).
type Review struct {
	// TradeID is the reviewed trade; a trade counts at most once.
	TradeID uint64 `json:"tradeId"`
	// Rating is 1 (worst) to 5 (best).
	Rating uint8 `json:"rating"`
	// Time is when the review was recorded (block time).
	Time time.Time `json:"time"`
	// ThirdPartyFees is what the trade paid, in wei, to parties other than
	// its buyer and seller: exchange fees and the platform fee.
	ThirdPartyFees *big.Int `json:"thirdPartyFees"`
}

// Params sets how evidence is weighted.
type Params struct {
	// HalfLife is the age at which a review's weight has halved; zero
	// means no decay.
	HalfLife time.Duration
	// FeeUnit is the third-party fee, in wei, at which a review weighs 1.
	// A review weighs log2(1 + fees/FeeUnit), so weight grows only
	// logarithmically with fees and vanishes as fees go to zero.
	FeeUnit *big.Int
	// MaxWeight caps one review's weight, so that a single very expensive
	// trade cannot buy a reputation either.
	MaxWeight float64
}

// DefaultParams returns a half-life of 180 days, a fee unit of 10^15 wei
// (0.001 ether) and a cap of 4 (reached at 15 fee units).
func DefaultParams() Params {
	return Params{HalfLife: 180 * 24 * time.Hour, FeeUnit: big.NewInt(1e15), MaxWeight: 4}
}

// Score is a subject's beta reputation.
type Score struct {
	// Positive (r) and Negative (s) are the decayed, weighted evidence.
	Positive float64 `json:"positive"`
	Negative float64 `json:"negative"`
	// Value is the expected probability of a good outcome,
	// (r+1)/(r+s+2): 0.5 with no evidence, towards 1 with good evidence,
	// towards 0 with bad.
	Value float64 `json:"value"`
	// Reviews is the number of reviews counted.
	Reviews int `json:"reviews"`
}

// Evidence returns r+s, how much weighted evidence the score rests on.
func (s Score) Evidence() float64 { return s.Positive + s.Negative }

// Unknown returns the score of a subject without reviews: no evidence,
// Value 0.5.
func Unknown() Score { return Score{Value: 0.5} }

func (p Params) check() error {
	if p.FeeUnit == nil || p.FeeUnit.Sign() <= 0 {
		return datatrade.Errorf(datatrade.EINVALID, "reputation fee unit must be a positive amount")
	}
	if !(p.MaxWeight > 0) || math.IsInf(p.MaxWeight, 0) {
		return datatrade.Errorf(datatrade.EINVALID, "reputation weight cap must be a finite number above zero")
	}
	if p.HalfLife < 0 {
		return datatrade.Errorf(datatrade.EINVALID, "reputation half-life must not be negative")
	}
	return nil
}

// Weight returns the weight of a review whose trade paid fees wei to third
// parties: min(MaxWeight, log2(1 + fees/FeeUnit)). Zero fees weigh zero.
func (p Params) Weight(fees *big.Int) float64 {
	if fees == nil || fees.Sign() <= 0 || p.FeeUnit == nil || p.FeeUnit.Sign() <= 0 {
		return 0
	}
	x, _ := new(big.Rat).SetFrac(fees, p.FeeUnit).Float64()
	return min(p.MaxWeight, math.Log1p(x)/math.Ln2)
}

// Decay returns the factor 2^(−age/HalfLife) for a review made at t, seen at
// now. Reviews dated after now (clock skew) count as new.
func (p Params) Decay(now, t time.Time) float64 {
	age := now.Sub(t)
	if p.HalfLife == 0 || age <= 0 {
		return 1
	}
	return math.Exp2(-float64(age) / float64(p.HalfLife))
}

// Score returns the beta reputation at time now from reviews. A rating of
// 1..5 contributes (rating−1)/4 positive and (5−rating)/4 negative evidence,
// each times the review's fee weight and time decay.
//
// It returns an EINVALID error for invalid Params, a rating outside 1..5, a
// missing or negative fee, or two reviews of the same trade.
func (p Params) Score(now time.Time, reviews []Review) (Score, error) {
	if err := p.check(); err != nil {
		return Score{}, err
	}
	seen := make(map[uint64]bool, len(reviews))
	var r, s float64
	for _, rv := range reviews {
		if rv.Rating < 1 || rv.Rating > 5 {
			return Score{}, datatrade.Errorf(datatrade.EINVALID, "review of trade %d has rating %d, want 1 to 5", rv.TradeID, rv.Rating)
		}
		if rv.ThirdPartyFees == nil || rv.ThirdPartyFees.Sign() < 0 {
			return Score{}, datatrade.Errorf(datatrade.EINVALID, "review of trade %d has no valid third-party fee", rv.TradeID)
		}
		if seen[rv.TradeID] {
			return Score{}, datatrade.Errorf(datatrade.EINVALID, "trade %d is reviewed twice", rv.TradeID)
		}
		seen[rv.TradeID] = true
		w := p.Weight(rv.ThirdPartyFees) * p.Decay(now, rv.Time)
		good := float64(rv.Rating-1) / 4
		r += w * good
		s += w * (1 - good)
	}
	return Score{Positive: r, Negative: s, Value: (r + 1) / (r + s + 2), Reviews: len(reviews)}, nil
}
