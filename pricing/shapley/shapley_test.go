package shapley

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/datatrade/datatrade"
)

const tol = 1e-9

// tableGame is a game given by the worth of every coalition, indexed by
// bit mask; worth[0] is the empty coalition.
type tableGame []float64

func (g tableGame) utility(coalition []int) float64 {
	m := 0
	for _, p := range coalition {
		m |= 1 << p
	}
	return g[m]
}

func randomGame(rng *rand.Rand, n int) tableGame {
	g := make(tableGame, 1<<n)
	for m := 1; m < len(g); m++ {
		g[m] = rng.Float64()*100 - 20
	}
	return g
}

// marginalRange returns the width of the interval holding every marginal
// contribution of the game.
func (g tableGame) marginalRange(n int) float64 {
	lo, hi := math.Inf(1), math.Inf(-1)
	for m := range g {
		for i := range n {
			if m&(1<<i) == 0 {
				d := g[m|1<<i] - g[m]
				lo, hi = min(lo, d), max(hi, d)
			}
		}
	}
	return hi - lo
}

func mustExact(t *testing.T, n int, v Utility) []float64 {
	t.Helper()
	phi, err := Exact(n, v)
	if err != nil {
		t.Fatal(err)
	}
	return phi
}

func TestExactKnownGames(t *testing.T) {
	majority := func(c []int) float64 { // three players, any two win
		if len(c) >= 2 {
			return 1
		}
		return 0
	}
	glove := func(c []int) float64 { // player 0 has a left glove, 1 and 2 right gloves
		left, right := 0, 0
		for _, p := range c {
			if p == 0 {
				left++
			} else {
				right++
			}
		}
		return float64(min(left, right))
	}
	additive := func(c []int) float64 {
		s := 0.0
		for _, p := range c {
			s += float64(p + 1)
		}
		return s
	}
	tests := []struct {
		name string
		n    int
		v    Utility
		want []float64
	}{
		{"majority", 3, majority, []float64{1.0 / 3, 1.0 / 3, 1.0 / 3}},
		{"glove", 3, glove, []float64{2.0 / 3, 1.0 / 6, 1.0 / 6}},
		{"additive", 4, additive, []float64{1, 2, 3, 4}},
		{"one player", 1, additive, []float64{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustExact(t, tt.n, tt.v)
			for i := range tt.want {
				if math.Abs(got[i]-tt.want[i]) > tol {
					t.Errorf("player %d: got %v, want %v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestExactAxioms(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 20 {
		n := 2 + rng.IntN(8)
		g, h := randomGame(rng, n), randomGame(rng, n)
		phiG, phiH := mustExact(t, n, g.utility), mustExact(t, n, h.utility)

		// Efficiency: the values add up to v(N) − v(∅).
		var sum float64
		for _, x := range phiG {
			sum += x
		}
		if want := g[len(g)-1] - g[0]; math.Abs(sum-want) > tol {
			t.Errorf("trial %d: efficiency: got Σφ = %v, want %v", trial, sum, want)
		}

		// Additivity: φ(g+h) = φ(g) + φ(h).
		gh := make(tableGame, len(g))
		for m := range g {
			gh[m] = g[m] + h[m]
		}
		phiGH := mustExact(t, n, gh.utility)
		for i := range n {
			if math.Abs(phiGH[i]-phiG[i]-phiH[i]) > tol {
				t.Errorf("trial %d: additivity player %d: got %v, want %v", trial, i, phiGH[i], phiG[i]+phiH[i])
			}
		}

		// Symmetry: make players 0 and 1 interchangeable.
		sym := make(tableGame, len(g))
		for m := range g {
			swapped := m &^ 3
			if m&1 != 0 {
				swapped |= 2
			}
			if m&2 != 0 {
				swapped |= 1
			}
			sym[m] = g[m] + g[swapped]
		}
		phiS := mustExact(t, n, sym.utility)
		if math.Abs(phiS[0]-phiS[1]) > tol {
			t.Errorf("trial %d: symmetry: got %v and %v, want equal", trial, phiS[0], phiS[1])
		}

		// Null player: make the last player add nothing anywhere.
		null := make(tableGame, len(g))
		last := 1 << (n - 1)
		for m := range g {
			null[m] = g[m&^last]
		}
		if phiN := mustExact(t, n, null.utility); math.Abs(phiN[n-1]) > tol {
			t.Errorf("trial %d: null player: got %v, want 0", trial, phiN[n-1])
		}
	}
}

func TestExactTwentyPlayers(t *testing.T) {
	// Weighted voting: a coalition wins when its weight reaches the quota.
	// Players 0 and 1 have equal weight; player 19 has weight 0 (null).
	weights := []int{5, 5, 4, 4, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0}
	total := 0
	for _, w := range weights {
		total += w
	}
	quota := total/2 + 1
	v := func(c []int) float64 {
		s := 0
		for _, p := range c {
			s += weights[p]
		}
		if s >= quota {
			return 1
		}
		return 0
	}
	phi := mustExact(t, len(weights), v)
	var sum float64
	for _, x := range phi {
		sum += x
	}
	if math.Abs(sum-1) > tol {
		t.Errorf("got Σφ = %v, want 1", sum)
	}
	if math.Abs(phi[0]-phi[1]) > tol || phi[19] != 0 || !(phi[0] > phi[2] && phi[2] > phi[18]) {
		t.Errorf("got φ0=%v φ1=%v φ2=%v φ18=%v φ19=%v, want φ0=φ1 > φ2 > φ18 > φ19 = 0", phi[0], phi[1], phi[2], phi[18], phi[19])
	}
}

func TestSampleWithinBound(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	for trial := range 10 {
		n := 3 + rng.IntN(6)
		g := randomGame(rng, n)
		exact := mustExact(t, n, g.utility)
		est, err := Sample(n, g.utility, SampleOptions{Permutations: 3000, Delta: 0.01, Range: g.marginalRange(n), Rand: rng})
		if err != nil {
			t.Fatal(err)
		}
		if want := HoeffdingBound(n, 3000, g.marginalRange(n), 0.01); est.Bound != want || est.Bound <= 0 {
			t.Fatalf("got bound %v, want %v", est.Bound, want)
		}
		for i := range n {
			if d := math.Abs(est.Values[i] - exact[i]); d > est.Bound {
				t.Errorf("trial %d player %d: error %v exceeds bound %v", trial, i, d, est.Bound)
			}
		}
	}
}

func TestSampleBeyondExactCoverage(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	rects := randomRects(rng, 30)
	v, err := Coverage(rects)
	if err != nil {
		t.Fatal(err)
	}
	exact, err := CoverageValues(rects)
	if err != nil {
		t.Fatal(err)
	}
	r := 0.0
	for _, b := range rects {
		r = max(r, (b.MaxX-b.MinX)*(b.MaxY-b.MinY))
	}
	m := PermutationsFor(30, r, r/10, 0.05)
	est, err := Compute(30, v, SampleOptions{Permutations: m, Delta: 0.05, Range: r, Rand: rng})
	if err != nil {
		t.Fatal(err)
	}
	if est.Permutations != m || est.Bound > r/10*(1+1e-12) {
		t.Fatalf("got %d permutations and bound %v, want %d and ≤ %v", est.Permutations, est.Bound, m, r/10)
	}
	for i := range exact {
		if d := math.Abs(est.Values[i] - exact[i]); d > est.Bound {
			t.Errorf("player %d: error %v exceeds bound %v", i, d, est.Bound)
		}
	}
}

func randomRects(rng *rand.Rand, n int) []Rect {
	out := make([]Rect, n)
	for i := range out {
		x, y := rng.Float64()*10, rng.Float64()*10
		out[i] = Rect{MinX: x, MinY: y, MaxX: x + rng.Float64()*4, MaxY: y + rng.Float64()*4}
	}
	return out
}

func TestCoverage(t *testing.T) {
	rects := []Rect{{0, 0, 2, 2}, {1, 1, 3, 3}, {10, 10, 10, 12}}
	v, err := Coverage(rects)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		coalition []int
		want      float64
	}{
		{nil, 0},
		{[]int{0}, 4},
		{[]int{0, 1}, 7},
		{[]int{1, 2}, 4},
		{[]int{0, 1, 2}, 7},
	}
	for _, tt := range tests {
		if got := v(tt.coalition); math.Abs(got-tt.want) > tol {
			t.Errorf("coalition %v: got area %v, want %v", tt.coalition, got, tt.want)
		}
	}
	phi, err := CoverageValues(rects)
	if err != nil {
		t.Fatal(err)
	}
	if want := []float64{3.5, 3.5, 0}; math.Abs(phi[0]-want[0]) > tol || math.Abs(phi[1]-want[1]) > tol || phi[2] != 0 {
		t.Errorf("got %v, want %v", phi, want)
	}
}

func TestCoverageValuesEqualExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	for trial := range 10 {
		rects := randomRects(rng, 2+rng.IntN(11))
		v, err := Coverage(rects)
		if err != nil {
			t.Fatal(err)
		}
		closed, err := CoverageValues(rects)
		if err != nil {
			t.Fatal(err)
		}
		exact := mustExact(t, len(rects), v)
		for i := range exact {
			if math.Abs(exact[i]-closed[i]) > 1e-7 {
				t.Errorf("trial %d player %d: got exact %v, closed form %v", trial, i, exact[i], closed[i])
			}
		}
	}
}

func TestInvalid(t *testing.T) {
	one := func([]int) float64 { return 1 }
	nan := func([]int) float64 { return math.NaN() }
	rng := rand.New(rand.NewPCG(1, 1))
	ok := SampleOptions{Permutations: 10, Delta: 0.1, Range: 1, Rand: rng}
	tests := []struct {
		name string
		run  func() error
	}{
		{"exact zero players", func() error { _, err := Exact(0, one); return err }},
		{"exact too many players", func() error { _, err := Exact(21, one); return err }},
		{"exact NaN utility", func() error { _, err := Exact(3, nan); return err }},
		{"sample no permutations", func() error { o := ok; o.Permutations = 0; _, err := Sample(3, one, o); return err }},
		{"sample delta 1", func() error { o := ok; o.Delta = 1; _, err := Sample(3, one, o); return err }},
		{"sample negative range", func() error { o := ok; o.Range = -1; _, err := Sample(3, one, o); return err }},
		{"sample no rand", func() error { o := ok; o.Rand = nil; _, err := Sample(3, one, o); return err }},
		{"sample NaN utility", func() error { _, err := Sample(3, nan, ok); return err }},
		{"inverted rect", func() error { _, err := Coverage([]Rect{{1, 0, 0, 1}}); return err }},
		{"NaN rect", func() error { _, err := CoverageValues([]Rect{{math.NaN(), 0, 1, 1}}); return err }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var de *datatrade.Error
			if err := tt.run(); !errors.As(err, &de) || de.Code != datatrade.EINVALID {
				t.Fatalf("got %v, want an EINVALID error", err)
			}
		})
	}
}

func TestSplitWei(t *testing.T) {
	huge := new(big.Int).Lsh(big.NewInt(1), 200)
	tests := []struct {
		name    string
		revenue *big.Int
		shares  []float64
		want    []int64 // nil: only check the sum
	}{
		{"thirds", big.NewInt(10), []float64{1, 1, 1}, []int64{4, 3, 3}},
		{"largest remainder", big.NewInt(100), []float64{0.335, 0.335, 0.33}, []int64{34, 33, 33}},
		{"proportional", big.NewInt(1000), []float64{3.5, 3.5, 0}, []int64{500, 500, 0}},
		{"rounding noise below zero", big.NewInt(7), []float64{1, -1e-15}, []int64{7, 0}},
		{"zero revenue", big.NewInt(0), []float64{1, 2}, []int64{0, 0}},
		{"huge revenue", huge, []float64{0.1, 0.2, 0.3, 0.4, 1e-9}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := new(big.Int).Set(tt.revenue)
			parts, err := SplitWei(tt.revenue, tt.shares)
			if err != nil {
				t.Fatal(err)
			}
			sum := new(big.Int)
			for i, p := range parts {
				sum.Add(sum, p)
				if tt.want != nil && p.Int64() != tt.want[i] {
					t.Errorf("part %d: got %s, want %d", i, p, tt.want[i])
				}
			}
			if sum.Cmp(tt.revenue) != 0 {
				t.Errorf("got parts summing to %s, want %s", sum, tt.revenue)
			}
			if tt.revenue.Cmp(before) != 0 {
				t.Errorf("revenue changed from %s to %s", before, tt.revenue)
			}
		})
	}
	for _, bad := range [][]float64{nil, {0, 0}, {1, -0.5}, {math.Inf(1)}} {
		if _, err := SplitWei(big.NewInt(10), bad); datatrade.ErrorCode(err) != datatrade.EINVALID {
			t.Errorf("shares %v: got %v, want an EINVALID error", bad, err)
		}
	}
	if _, err := SplitWei(big.NewInt(-1), []float64{1}); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Errorf("negative revenue: got %v, want an EINVALID error", err)
	}
}

func BenchmarkExactTwentyCoverage(b *testing.B) {
	rects := randomRects(rand.New(rand.NewPCG(2, 3)), 20)
	v, err := Coverage(rects)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Exact(20, v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSampleFiftyCoverage(b *testing.B) {
	rng := rand.New(rand.NewPCG(2, 3))
	rects := randomRects(rng, 50)
	v, err := Coverage(rects)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Sample(50, v, SampleOptions{Permutations: 1000, Delta: 0.05, Range: 16, Rand: rng}); err != nil {
			b.Fatal(err)
		}
	}
}
