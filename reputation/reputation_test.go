package reputation

import (
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/datatrade/datatrade"
)

var now = time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)

func wei(x int64) *big.Int { return big.NewInt(x) }

// milliEther returns n × 10^15 wei.
func milliEther(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e15)) }

func reviews(first uint64, n int, rating uint8, fees *big.Int, at time.Time) []Review {
	out := make([]Review, n)
	for i := range out {
		out[i] = Review{TradeID: first + uint64(i), Rating: rating, Time: at, ThirdPartyFees: fees}
	}
	return out
}

func mustScore(t *testing.T, p Params, rs []Review) Score {
	t.Helper()
	s, err := p.Score(now, rs)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestScoreBasics(t *testing.T) {
	p := DefaultParams()
	tests := []struct {
		name     string
		reviews  []Review
		pos, neg float64
	}{
		{"none", nil, 0, 0},
		{"one 5 star, one fee unit", reviews(1, 1, 5, milliEther(1), now), 1, 0},
		{"one 1 star, three fee units", reviews(1, 1, 1, milliEther(3), now), 0, 2},
		{"3 stars split evenly", reviews(1, 1, 3, milliEther(1), now), 0.5, 0.5},
		{"weight is capped", reviews(1, 1, 5, milliEther(1_000_000), now), 4, 0},
		{"zero fees weigh nothing", reviews(1, 3, 5, wei(0), now), 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustScore(t, p, tt.reviews)
			if math.Abs(s.Positive-tt.pos) > 1e-12 || math.Abs(s.Negative-tt.neg) > 1e-12 {
				t.Fatalf("got r=%v s=%v, want r=%v s=%v", s.Positive, s.Negative, tt.pos, tt.neg)
			}
			if want := (tt.pos + 1) / (tt.pos + tt.neg + 2); math.Abs(s.Value-want) > 1e-12 {
				t.Errorf("got value %v, want %v", s.Value, want)
			}
			if s.Reviews != len(tt.reviews) {
				t.Errorf("got %d reviews, want %d", s.Reviews, len(tt.reviews))
			}
		})
	}
}

// TestWashTradingBarelyMoves shows that a seller reviewing itself on trades
// that paid next to nothing to third parties gains almost nothing, while a
// few honest reviews on trades with real fees move the score a lot; a plain
// average of ratings would rank the wash trader first.
func TestWashTradingBarelyMoves(t *testing.T) {
	p := DefaultParams()
	// 1000 five-star self-reviews on trades that paid 1000 wei each to
	// third parties (10^-12 of a fee unit).
	wash := mustScore(t, p, reviews(1, 1000, 5, wei(1000), now))
	// Five honest five-star reviews on trades that paid 0.01 ether each.
	honest := mustScore(t, p, reviews(1, 5, 5, milliEther(10), now))
	if moved := wash.Value - Unknown().Value; moved > 1e-6 {
		t.Errorf("wash trading moved the score by %v, want ≤ 1e-6", moved)
	}
	if moved := honest.Value - Unknown().Value; moved < 0.4 {
		t.Errorf("honest reviews moved the score by %v, want ≥ 0.4", moved)
	}
	ranked := RankSellers([]Seller{{ID: "wash", Reputation: wash}, {ID: "honest", Reputation: honest}})
	if ranked[0].ID != "honest" {
		t.Errorf("got %s ranked first, want honest", ranked[0].ID)
	}

	// A bad seller cannot wash away bad reviews: three one-star reviews on
	// real trades, then 10000 free five-star self-reviews.
	bad := append(reviews(1, 3, 1, milliEther(10), now), reviews(100, 10000, 5, wei(1000), now)...)
	if s := mustScore(t, p, bad); s.Value > 0.1 {
		t.Errorf("bad seller after wash trading: got %v, want ≤ 0.1", s.Value)
	}

	// Evidence cannot be bought cheaply by splitting fees over many trades:
	// a review weighs at most fees/FeeUnit/ln 2, so the evidence one can
	// buy is bounded by the fees paid to third parties, however they are
	// split.
	for _, f := range []*big.Int{wei(1), wei(1000), milliEther(1), milliEther(7), milliEther(1e6)} {
		x, _ := new(big.Rat).SetFrac(f, p.FeeUnit).Float64()
		if w := p.Weight(f); w > x/math.Ln2*(1+1e-12) {
			t.Errorf("fee %s wei: got weight %v, want ≤ %v", f, w, x/math.Ln2)
		}
	}
}

func TestDecay(t *testing.T) {
	p := DefaultParams()
	tests := []struct {
		name string
		age  time.Duration
		want float64 // positive evidence of one five-star, one-unit review
	}{
		{"new", 0, 1},
		{"one half-life", p.HalfLife, 0.5},
		{"two half-lives", 2 * p.HalfLife, 0.25},
		{"future counts as new", -time.Hour, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustScore(t, p, reviews(1, 1, 5, milliEther(1), now.Add(-tt.age)))
			if math.Abs(s.Positive-tt.want) > 1e-12 {
				t.Errorf("got r=%v, want %v", s.Positive, tt.want)
			}
		})
	}
	// Old bad reviews fade behind recent good ones.
	rs := append(reviews(1, 10, 1, milliEther(10), now.Add(-4*365*24*time.Hour)), reviews(100, 3, 5, milliEther(10), now)...)
	if s := mustScore(t, p, rs); s.Value < 0.7 {
		t.Errorf("got %v after old bad and recent good reviews, want ≥ 0.7", s.Value)
	}
	noDecay := p
	noDecay.HalfLife = 0
	if s := mustScore(t, noDecay, rs); s.Value > 0.3 {
		t.Errorf("got %v without decay, want ≤ 0.3", s.Value)
	}
}

func TestScoreInvalid(t *testing.T) {
	p := DefaultParams()
	ok := Review{TradeID: 1, Rating: 5, Time: now, ThirdPartyFees: wei(1)}
	tests := []struct {
		name    string
		params  Params
		reviews []Review
	}{
		{"rating 0", p, []Review{{TradeID: 1, Rating: 0, ThirdPartyFees: wei(1)}}},
		{"rating 6", p, []Review{{TradeID: 1, Rating: 6, ThirdPartyFees: wei(1)}}},
		{"nil fee", p, []Review{{TradeID: 1, Rating: 5}}},
		{"negative fee", p, []Review{{TradeID: 1, Rating: 5, ThirdPartyFees: wei(-1)}}},
		{"same trade twice", p, []Review{ok, ok}},
		{"no fee unit", Params{MaxWeight: 1}, nil},
		{"zero cap", Params{FeeUnit: wei(1)}, nil},
		{"negative half-life", Params{FeeUnit: wei(1), MaxWeight: 1, HalfLife: -1}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := tt.params.Score(now, tt.reviews); datatrade.ErrorCode(err) != datatrade.EINVALID {
				t.Fatalf("got %v, want an EINVALID error", err)
			}
		})
	}
}

func TestRankOffers(t *testing.T) {
	good := Score{Value: 0.8}
	fair := Score{Value: 0.4}
	offers := []Offer{
		{ID: 1, Price: wei(100), Reputation: fair},    // 250 per unit
		{ID: 2, Price: wei(180), Reputation: good},    // 225
		{ID: 3, Price: wei(200), Reputation: good},    // 250, better reputation than 1
		{ID: 4, Price: wei(100), Reputation: fair},    // same as 1, higher ID
		{ID: 5, Price: wei(0), Reputation: Unknown()}, // free
	}
	got := RankOffers(offers)
	want := []uint64{5, 2, 3, 1, 4}
	for i, id := range want {
		if got[i].ID != id {
			t.Fatalf("position %d: got offer %d, want %d (full order %v)", i, got[i].ID, id, ids(got))
		}
	}
	if offers[0].ID != 1 || offers[4].ID != 5 {
		t.Error("input order changed")
	}
}

func ids(os []Offer) []uint64 {
	out := make([]uint64, len(os))
	for i, o := range os {
		out[i] = o.ID
	}
	return out
}

func TestRankExchanges(t *testing.T) {
	exs := []Exchange{
		{ID: 7, Fee: wei(10), Reputation: Score{Value: 0.5}},
		{ID: 8, Fee: wei(10), Reputation: Score{Value: 0.9}},
		{ID: 9, Fee: wei(30), Reputation: Score{Value: 0.9}},
	}
	got := RankExchanges(exs)
	if got[0].ID != 8 || got[1].ID != 7 || got[2].ID != 9 {
		t.Fatalf("got order %d %d %d, want 8 7 9", got[0].ID, got[1].ID, got[2].ID)
	}
}

func TestRankSellers(t *testing.T) {
	sellers := []Seller{
		{ID: "c", Reputation: Score{Value: 0.7, Positive: 1}},
		{ID: "a", Reputation: Score{Value: 0.7, Positive: 1}},
		{ID: "b", Reputation: Score{Value: 0.7, Positive: 5}},
		{ID: "d", Reputation: Score{Value: 0.9}},
	}
	got := RankSellers(sellers)
	want := []string{"d", "b", "a", "c"}
	for i := range want {
		if got[i].ID != want[i] {
			t.Fatalf("position %d: got %s, want %s", i, got[i].ID, want[i])
		}
	}
}
