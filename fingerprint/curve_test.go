package fingerprint_test

import (
	"testing"

	"github.com/datatrade/datatrade/fingerprint"
)

func TestPRCurve(t *testing.T) {
	pairs := []fingerprint.Labelled{
		{Score: 900, Match: true},
		{Score: 800, Match: false},
		{Score: 800, Match: true},
		{Score: 700, Match: true},
		{Score: 100, Match: false},
	}
	curve := fingerprint.PRCurve(pairs)
	want := []fingerprint.PRPoint{
		{Threshold: 900, TP: 1, FP: 0, FN: 2, Precision: 1, Recall: 1.0 / 3},
		{Threshold: 800, TP: 2, FP: 1, FN: 1, Precision: 2.0 / 3, Recall: 2.0 / 3},
		{Threshold: 700, TP: 3, FP: 1, FN: 0, Precision: 0.75, Recall: 1},
		{Threshold: 100, TP: 3, FP: 2, FN: 0, Precision: 0.6, Recall: 1},
	}
	if len(curve) != len(want) {
		t.Fatalf("got %d points, want %d: %+v", len(curve), len(want), curve)
	}
	for i := range want {
		if curve[i] != want[i] {
			t.Errorf("point %d: got %+v, want %+v", i, curve[i], want[i])
		}
	}
	for _, tc := range []struct {
		recall float64
		want   fingerprint.Score
		ok     bool
	}{
		{0.95, 700, true},
		{0.5, 800, true},
		{0, 900, true},
	} {
		p, ok := fingerprint.PrecisionAtRecall(curve, tc.recall)
		if ok != tc.ok || p.Threshold != tc.want {
			t.Errorf("recall %v: got threshold %v (ok %v), want %v", tc.recall, p.Threshold, ok, tc.want)
		}
	}
	if _, ok := fingerprint.PrecisionAtRecall(fingerprint.PRCurve(nil), 0.5); ok {
		t.Error("empty curve reached recall 0.5")
	}
}
