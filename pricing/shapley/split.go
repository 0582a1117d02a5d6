package shapley

import (
	"cmp"
	"math"
	"math/big"
	"slices"

	"github.com/datatrade/datatrade"
)

// SplitWei divides revenue (in wei) in proportion to shares, which are
// typically Shapley values, so that the parts add up to revenue exactly:
// each part is the floor of its exact quota revenue·share/Σshares, computed
// in exact rational arithmetic, and the few wei left over go one each to the
// largest fractional remainders (ties to the lower index): largest-remainder
// rounding.
//
// Shares slightly below zero from rounding (above −1e-9 of the total) count
// as zero. It returns an EINVALID error for a nil or negative revenue, no
// shares, a non-finite or clearly negative share, or shares summing to zero.
// The returned amounts are fresh values; revenue is not modified.
func SplitWei(revenue *big.Int, shares []float64) ([]*big.Int, error) {
	if revenue == nil || revenue.Sign() < 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "revenue must be a non-negative amount")
	}
	if len(shares) == 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "no shares to split revenue among")
	}
	var sum float64
	for _, s := range shares {
		if math.IsNaN(s) || math.IsInf(s, 0) {
			return nil, datatrade.Errorf(datatrade.EINVALID, "share is not a finite number")
		}
		sum += math.Abs(s)
	}
	rats := make([]*big.Rat, len(shares))
	total := new(big.Rat)
	for i, s := range shares {
		if s < 0 {
			if -s > 1e-9*sum {
				return nil, datatrade.Errorf(datatrade.EINVALID, "share %d is negative (%g)", i, s)
			}
			s = 0
		}
		rats[i] = new(big.Rat).SetFloat64(s)
		total.Add(total, rats[i])
	}
	if total.Sign() == 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "shares sum to zero")
	}
	type rem struct {
		i    int
		frac *big.Rat
	}
	parts := make([]*big.Int, len(shares))
	rems := make([]rem, len(shares))
	left := new(big.Int).Set(revenue)
	rev := new(big.Rat).SetInt(revenue)
	for i, r := range rats {
		quota := new(big.Rat).Mul(rev, r)
		quota.Quo(quota, total)
		floor := new(big.Int).Quo(quota.Num(), quota.Denom())
		parts[i] = floor
		left.Sub(left, floor)
		rems[i] = rem{i, quota.Sub(quota, new(big.Rat).SetInt(floor))}
	}
	slices.SortStableFunc(rems, func(a, b rem) int {
		if c := b.frac.Cmp(a.frac); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	// left < len(shares): each floor loses less than one wei.
	for j := 0; left.Sign() > 0; j++ {
		parts[rems[j].i].Add(parts[rems[j].i], big.NewInt(1))
		left.Sub(left, big.NewInt(1))
	}
	return parts, nil
}
