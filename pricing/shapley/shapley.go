// Package shapley splits the revenue of a bundle sold by several sellers
// among them by Shapley value: exactly for up to MaxExact sellers, and by
// sampling permutations, with a stated Hoeffding error bound, beyond that.
//
// The worth of a coalition of sellers is a pluggable Utility; Coverage is the
// spatial one (area covered by the union of the sellers' boxes). SplitWei
// turns the values into wei amounts that add up to the revenue exactly.
//
// The functions are pure and safe for concurrent use as long as the Utility
// passed in is.
package shapley

import (
	"math"
	"math/bits"
	"math/rand/v2"

	"github.com/datatrade/datatrade"
)

// MaxExact is the largest number of players Exact accepts: it evaluates the
// utility on all 2^n coalitions and keeps them in memory (8 MiB at n = 20).
const MaxExact = 20

// Utility returns the worth of a coalition, given as player indexes in
// increasing order (0 ≤ index < n). The empty coalition may be passed. It
// must be deterministic and must not keep or modify the slice.
type Utility func(coalition []int) float64

// Exact returns the Shapley value of each of the n players:
//
//	φ_i = Σ_{S ⊆ N∖{i}} |S|!(n−|S|−1)!/n! · (v(S∪{i}) − v(S))
//
// It calls v once per coalition (2^n calls) and then combines the cached
// worths in O(2^n·n). It returns an EINVALID error unless 1 ≤ n ≤ MaxExact
// and every worth is finite.
func Exact(n int, v Utility) ([]float64, error) {
	if n < 1 || n > MaxExact {
		return nil, datatrade.Errorf(datatrade.EINVALID, "exact Shapley values need 1 to %d players, got %d", MaxExact, n)
	}
	size := 1 << n
	worth := make([]float64, size)
	coalition := make([]int, 0, n)
	for mask := range size {
		coalition = coalition[:0]
		for m := uint32(mask); m != 0; m &= m - 1 {
			coalition = append(coalition, bits.TrailingZeros32(m))
		}
		w := v(coalition)
		if math.IsNaN(w) || math.IsInf(w, 0) {
			return nil, datatrade.Errorf(datatrade.EINVALID, "utility of a coalition is not a finite number")
		}
		worth[mask] = w
	}
	// weight[s] = s!(n−s−1)!/n!, the chance that exactly a given s-set
	// precedes player i in a random order.
	weight := make([]float64, n)
	weight[0] = 1 / float64(n)
	for s := 0; s+1 < n; s++ {
		weight[s+1] = weight[s] * float64(s+1) / float64(n-s-1)
	}
	phi := make([]float64, n)
	for mask := range size {
		// The full coalition (popcount n) has no player to add; %n keeps
		// the index in range for it.
		w := weight[bits.OnesCount32(uint32(mask))%n]
		for i := range n {
			if mask&(1<<i) == 0 {
				phi[i] += w * (worth[mask|1<<i] - worth[mask])
			}
		}
	}
	return phi, nil
}

// SampleOptions configures Sample.
type SampleOptions struct {
	// Permutations is the number m of random orders drawn (at least 1).
	Permutations int
	// Delta is the allowed failure probability of the bound, in (0, 1).
	Delta float64
	// Range is R, the width of an interval holding every marginal
	// contribution v(S∪{i}) − v(S). For a monotone utility with values in
	// [0, V], R = V; for Coverage, R = the largest single box area. The
	// bound is only as true as this figure.
	Range float64
	// Rand draws the permutations.
	Rand *rand.Rand
}

// Estimate is a sampled Shapley value with its error bound.
type Estimate struct {
	// Values are the estimated Shapley values, one per player.
	Values []float64 `json:"values"`
	// Bound is ε: with probability at least 1−Delta, every player's
	// estimate is within ε of its exact value (all players at once). Zero
	// for exact values.
	Bound float64 `json:"bound"`
	// Delta is the failure probability the bound is stated for.
	Delta float64 `json:"delta"`
	// Permutations is the number of orders sampled (0 for exact values).
	Permutations int `json:"permutations"`
}

// HoeffdingBound returns ε = R·sqrt(ln(2n/δ)/(2m)): by Hoeffding's inequality
// each player's mean of m marginal contributions, each in an interval of
// width R, is off by ε or more with probability at most δ/n, so by the union
// bound all n players are within ε with probability at least 1−δ.
func HoeffdingBound(n, m int, r, delta float64) float64 {
	return r * math.Sqrt(math.Log(2*float64(n)/delta)/(2*float64(m)))
}

// PermutationsFor returns the number of permutations Sample needs so that
// HoeffdingBound is at most eps: ⌈R²·ln(2n/δ)/(2ε²)⌉.
func PermutationsFor(n int, r, eps, delta float64) int {
	return int(math.Ceil(r * r * math.Log(2*float64(n)/delta) / (2 * eps * eps)))
}

// Sample estimates the Shapley values of n players by averaging marginal
// contributions over opt.Permutations random orders (n utility calls per
// order) and returns the estimate with its Hoeffding bound. It returns an
// EINVALID error for n < 1, m < 1, δ outside (0, 1), a negative or
// non-finite range, a missing Rand, or a non-finite worth.
func Sample(n int, v Utility, opt SampleOptions) (Estimate, error) {
	switch {
	case n < 1:
		return Estimate{}, datatrade.Errorf(datatrade.EINVALID, "sampled Shapley values need at least one player")
	case opt.Permutations < 1:
		return Estimate{}, datatrade.Errorf(datatrade.EINVALID, "sampled Shapley values need at least one permutation")
	case !(opt.Delta > 0 && opt.Delta < 1):
		return Estimate{}, datatrade.Errorf(datatrade.EINVALID, "failure probability must be in (0, 1), got %v", opt.Delta)
	case !(opt.Range >= 0) || math.IsInf(opt.Range, 0):
		return Estimate{}, datatrade.Errorf(datatrade.EINVALID, "range of marginal contributions must be a finite number ≥ 0")
	case opt.Rand == nil:
		return Estimate{}, datatrade.Errorf(datatrade.EINVALID, "sampled Shapley values need a random source")
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sum := make([]float64, n)
	coalition := make([]int, 0, n)
	in := make([]bool, n)
	empty := v(nil)
	if math.IsNaN(empty) || math.IsInf(empty, 0) {
		return Estimate{}, datatrade.Errorf(datatrade.EINVALID, "utility of the empty coalition is not a finite number")
	}
	for range opt.Permutations {
		opt.Rand.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
		clear(in)
		prev := empty
		for _, p := range order {
			in[p] = true
			coalition = coalition[:0]
			for q := range n {
				if in[q] {
					coalition = append(coalition, q)
				}
			}
			w := v(coalition)
			if math.IsNaN(w) || math.IsInf(w, 0) {
				return Estimate{}, datatrade.Errorf(datatrade.EINVALID, "utility of a coalition is not a finite number")
			}
			sum[p] += w - prev
			prev = w
		}
	}
	for i := range sum {
		sum[i] /= float64(opt.Permutations)
	}
	return Estimate{
		Values:       sum,
		Bound:        HoeffdingBound(n, opt.Permutations, opt.Range, opt.Delta),
		Delta:        opt.Delta,
		Permutations: opt.Permutations,
	}, nil
}

// Compute returns exact values (Bound 0) when n ≤ MaxExact and a sampled
// Estimate under opt otherwise.
func Compute(n int, v Utility, opt SampleOptions) (Estimate, error) {
	if n >= 1 && n <= MaxExact {
		phi, err := Exact(n, v)
		if err != nil {
			return Estimate{}, err
		}
		return Estimate{Values: phi}, nil
	}
	return Sample(n, v, opt)
}
