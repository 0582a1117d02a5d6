package pricing

import (
	"math/big"
	"math/rand/v2"
	"testing"
)

func TestMcAfee(t *testing.T) {
	tests := []struct {
		name        string
		bids, asks  []int64
		trades      int
		buyerPrice  int64
		sellerPrice int64
		reduced     bool
		wantSurplus int64
	}{
		// b = 10 9 8 2, s = 1 3 5 9: k=3, p=(2+9)/2=5, s3=5 ≤ 5 ≤ b3=8.
		{"midpoint price", []int64{9, 2, 10, 8}, []int64{5, 1, 9, 3}, 3, 5, 5, false, 0},
		// b = 10 9 8 7, s = 1 3 5 6: k=3... b4=7 ≥ s4=6 so k=4, no 5th: reduce.
		{"reduce when no k+1", []int64{10, 9, 8, 7}, []int64{1, 3, 5, 6}, 3, 7, 6, true, 3},
		// b = 10 6 1, s = 2 5 9: k=2, p=(1+9)/2=5, s2=5 ≤ 5 ≤ b2=6.
		{"midpoint at edge", []int64{10, 6, 1}, []int64{2, 5, 9}, 2, 5, 5, false, 0},
		// b = 10 6 4, s = 2 5 5: k=2, p=(4+5)/2=4 < s2=5: reduce to 1 pair at b2=6, s2=5.
		{"reduce when midpoint outside", []int64{10, 6, 4}, []int64{2, 5, 5}, 1, 6, 5, true, 1},
		{"no profitable pair", []int64{1, 2}, []int64{3, 4}, 0, 0, 0, false, 0},
		{"single pair is reduced", []int64{10}, []int64{1}, 0, 0, 0, true, 0},
		{"no traders", nil, nil, 0, 0, 0, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := McAfee(bidsOf(tt.bids...), bidsOf(tt.asks...))
			if err != nil {
				t.Fatal(err)
			}
			if len(out.Trades) != tt.trades || out.Reduced != tt.reduced {
				t.Fatalf("got %d trades reduced=%v, want %d reduced=%v", len(out.Trades), out.Reduced, tt.trades, tt.reduced)
			}
			if out.Surplus.Int64() != tt.wantSurplus {
				t.Errorf("got surplus %s, want %d", out.Surplus, tt.wantSurplus)
			}
			if tt.trades == 0 {
				return
			}
			if out.BuyerPrice.Int64() != tt.buyerPrice || out.SellerPrice.Int64() != tt.sellerPrice {
				t.Errorf("got prices %s/%s, want %d/%d", out.BuyerPrice, out.SellerPrice, tt.buyerPrice, tt.sellerPrice)
			}
		})
	}
}

// mcafeeUtility is the utility of trader i (a buyer when buyer is true) with
// true value v, when the others bid truthfully and i bids bid.
func mcafeeUtility(t *testing.T, values, costs []*big.Int, buyer bool, i int, bid *big.Int) *big.Int {
	t.Helper()
	bids := make([]Bid, len(values))
	for j, v := range values {
		bids[j] = Bid{Bidder: addr(j), Amount: v}
	}
	asks := make([]Bid, len(costs))
	for j, c := range costs {
		asks[j] = Bid{Bidder: addr(100 + j), Amount: c}
	}
	if buyer {
		bids[i].Amount = bid
	} else {
		asks[i].Amount = bid
	}
	out, err := McAfee(bids, asks)
	if err != nil {
		t.Fatal(err)
	}
	checkBudget(t, out)
	for _, tr := range out.Trades {
		if buyer && tr.Buyer == addr(i) {
			return new(big.Int).Sub(values[i], tr.BuyerPays)
		}
		if !buyer && tr.Seller == addr(100+i) {
			return new(big.Int).Sub(tr.SellerGets, costs[i])
		}
	}
	return new(big.Int)
}

// checkBudget asserts weak budget balance: buyers pay in at least what
// sellers get, and Surplus is exactly the difference.
func checkBudget(t *testing.T, out DoubleOutcome) {
	t.Helper()
	in, paid := new(big.Int), new(big.Int)
	for _, tr := range out.Trades {
		in.Add(in, tr.BuyerPays)
		paid.Add(paid, tr.SellerGets)
	}
	diff := new(big.Int).Sub(in, paid)
	if diff.Sign() < 0 {
		t.Fatalf("mechanism pays out %s more than it takes", new(big.Int).Neg(diff))
	}
	if diff.Cmp(out.Surplus) != 0 {
		t.Fatalf("got surplus %s, want %s", out.Surplus, diff)
	}
}

func TestMcAfeeTruthfulAndBudgetBalanced(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for inst := range 300 {
		values := make([]*big.Int, rng.IntN(7))
		costs := make([]*big.Int, rng.IntN(7))
		for i := range values {
			values[i] = big.NewInt(rng.Int64N(40))
		}
		for i := range costs {
			costs[i] = big.NewInt(rng.Int64N(40))
		}
		all := append(append([]*big.Int{}, values...), costs...)
		for side, own := range [][]*big.Int{values, costs} {
			buyer := side == 0
			for i := range own {
				truth := mcafeeUtility(t, values, costs, buyer, i, own[i])
				if truth.Sign() < 0 {
					t.Fatalf("instance %d: truthful utility %s < 0 (buyer=%v trader %d)", inst, truth, buyer, i)
				}
				for _, d := range deviations(own[i], all) {
					if u := mcafeeUtility(t, values, costs, buyer, i, d); u.Cmp(truth) > 0 {
						t.Fatalf("instance %d (values=%v costs=%v): buyer=%v trader %d gains %s by bidding %s instead of %s (truthful %s)",
							inst, values, costs, buyer, i, u, d, own[i], truth)
					}
				}
			}
		}
	}
}
