package fingerprint

import (
	"cmp"
	"slices"
)

// Labelled is the score of one compared pair and whether the pair really
// is a copy (for evaluating fingerprints against known answers).
type Labelled struct {
	Score Score
	Match bool
}

// PRPoint is the outcome of treating every pair scoring at least
// Threshold as a match.
type PRPoint struct {
	Threshold Score
	TP, FP    int // matches and non-matches at or above the threshold
	FN        int // matches below it
	Precision float64
	Recall    float64
}

// PRCurve returns the precision/recall curve of labelled pairs: one point
// per distinct score, thresholds decreasing (recall increasing). Precision
// is 1 where nothing is accepted; recall is 0 when there are no matches.
func PRCurve(pairs []Labelled) []PRPoint {
	sorted := slices.Clone(pairs)
	slices.SortFunc(sorted, func(a, b Labelled) int { return cmp.Compare(b.Score, a.Score) })
	matches := 0
	for _, p := range pairs {
		if p.Match {
			matches++
		}
	}
	var curve []PRPoint
	tp, fp := 0, 0
	for i, p := range sorted {
		if p.Match {
			tp++
		} else {
			fp++
		}
		if i+1 < len(sorted) && sorted[i+1].Score == p.Score {
			continue
		}
		pt := PRPoint{Threshold: p.Score, TP: tp, FP: fp, FN: matches - tp, Precision: float64(tp) / float64(tp+fp)}
		if matches > 0 {
			pt.Recall = float64(tp) / float64(matches)
		}
		curve = append(curve, pt)
	}
	return curve
}

// PrecisionAtRecall returns the point of the curve with the highest
// threshold whose recall is at least recall; ok is false when no point
// reaches it.
func PrecisionAtRecall(curve []PRPoint, recall float64) (pt PRPoint, ok bool) {
	for _, p := range curve {
		if p.Recall >= recall {
			return p, true
		}
	}
	return PRPoint{}, false
}
