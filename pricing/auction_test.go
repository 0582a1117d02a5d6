package pricing

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
)

func addr(i int) common.Address { return common.BigToAddress(big.NewInt(int64(i + 1))) }

func bidsOf(amounts ...int64) []Bid {
	out := make([]Bid, len(amounts))
	for i, a := range amounts {
		out[i] = Bid{Bidder: addr(i), Amount: big.NewInt(a)}
	}
	return out
}

func TestVickrey(t *testing.T) {
	tests := []struct {
		name    string
		bids    []int64
		k       int
		reserve int64
		winners []int // bidder indexes in rank order
		price   int64 // -1: no winner
	}{
		{"second price", []int64{10, 30, 20}, 1, 0, []int{1}, 20},
		{"single bidder pays reserve", []int64{50}, 1, 7, []int{0}, 7},
		{"reserve above second", []int64{50, 5}, 1, 7, []int{0}, 7},
		{"all below reserve", []int64{5, 6}, 1, 7, nil, -1},
		{"tie goes to lower address", []int64{30, 30, 10}, 1, 0, []int{0}, 30},
		{"k items pay k+1-th", []int64{10, 40, 30, 20, 50}, 3, 0, []int{4, 1, 2}, 20},
		{"k items fewer bidders", []int64{10, 40}, 3, 1, []int{1, 0}, 1},
		{"no bids", nil, 1, 0, nil, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := Vickrey(bidsOf(tt.bids...), tt.k, big.NewInt(tt.reserve))
			if err != nil {
				t.Fatal(err)
			}
			if len(out.Winners) != len(tt.winners) {
				t.Fatalf("got %d winners, want %d", len(out.Winners), len(tt.winners))
			}
			for i, w := range tt.winners {
				if out.Winners[i].Bidder != addr(w) {
					t.Errorf("winner %d: got %s, want bidder %d", i, out.Winners[i].Bidder.Hex(), w)
				}
				if out.Winners[i].Price.Int64() != tt.price {
					t.Errorf("winner %d pays %s, want %d", i, out.Winners[i].Price, tt.price)
				}
			}
			if tt.price < 0 && out.Price != nil {
				t.Errorf("got price %s with no winner", out.Price)
			}
		})
	}
}

func TestVickreyInvalid(t *testing.T) {
	dup := []Bid{{Bidder: addr(0), Amount: big.NewInt(1)}, {Bidder: addr(0), Amount: big.NewInt(2)}}
	tests := []struct {
		name    string
		bids    []Bid
		k       int
		reserve *big.Int
	}{
		{"zero items", bidsOf(1), 0, nil},
		{"nil amount", []Bid{{Bidder: addr(0)}}, 1, nil},
		{"negative amount", bidsOf(-1), 1, nil},
		{"huge amount", []Bid{{Bidder: addr(0), Amount: new(big.Int).Lsh(big.NewInt(1), 256)}}, 1, nil},
		{"negative reserve", bidsOf(1), 1, big.NewInt(-1)},
		{"duplicate bidder", dup, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Vickrey(tt.bids, tt.k, tt.reserve)
			var de *datatrade.Error
			if !errors.As(err, &de) || de.Code != datatrade.EINVALID {
				t.Fatalf("got %v, want an EINVALID error", err)
			}
		})
	}
}

func TestVickreyDoesNotMutateInput(t *testing.T) {
	bids := bidsOf(10, 20)
	out, err := SecondPrice(bids, nil)
	if err != nil {
		t.Fatal(err)
	}
	out.Price.SetInt64(999)
	out.Winners[0].Price.SetInt64(999)
	out.Winners[0].Bid.SetInt64(999)
	if bids[0].Amount.Int64() != 10 || bids[1].Amount.Int64() != 20 {
		t.Fatalf("input bids changed: %s %s", bids[0].Amount, bids[1].Amount)
	}
}

// deviations returns the bids tried instead of the true value v: a grid of
// under- and over-bids plus every other amount in play and its neighbours.
func deviations(v *big.Int, others []*big.Int) []*big.Int {
	out := []*big.Int{big.NewInt(0), big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), 200)}
	for _, num := range []int64{1, 2, 3, 9, 11, 15, 20, 100} {
		d := new(big.Int).Mul(v, big.NewInt(num))
		out = append(out, d.Div(d, big.NewInt(10)))
	}
	for _, o := range append(others, v) {
		for _, delta := range []int64{-1, 0, 1} {
			d := new(big.Int).Add(o, big.NewInt(delta))
			if d.Sign() >= 0 {
				out = append(out, d)
			}
		}
	}
	return out
}

func TestVickreyTruthful(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for inst := range 400 {
		n := 1 + rng.IntN(7)
		k := 1 + rng.IntN(3)
		values := make([]*big.Int, n)
		for i := range values {
			values[i] = big.NewInt(rng.Int64N(60)) // small range: many ties
		}
		var reserve *big.Int
		if rng.IntN(2) == 0 {
			reserve = big.NewInt(rng.Int64N(30))
		}
		utility := func(i int, bid *big.Int) *big.Int {
			bids := make([]Bid, n)
			for j := range n {
				bids[j] = Bid{Bidder: addr(j), Amount: values[j]}
			}
			bids[i].Amount = bid
			out, err := Vickrey(bids, k, reserve)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range out.Winners {
				if w.Bidder == addr(i) {
					return new(big.Int).Sub(values[i], w.Price)
				}
			}
			return new(big.Int)
		}
		for i := range n {
			truth := utility(i, values[i])
			if truth.Sign() < 0 {
				t.Fatalf("instance %d bidder %d: truthful utility %s < 0", inst, i, truth)
			}
			for _, d := range deviations(values[i], values) {
				if u := utility(i, d); u.Cmp(truth) > 0 {
					t.Fatalf("instance %d (k=%d reserve=%v values=%v): bidder %d gains %s by bidding %s instead of %s (truthful utility %s)",
						inst, k, reserve, values, i, u, d, values[i], truth)
				}
			}
		}
	}
}
