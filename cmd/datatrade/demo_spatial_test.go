package main

import (
	"math/big"
	"testing"
)

// checkSpatialAct checks the spatial act's outcome in a demo summary (TestDemo runs the demo): the region
// search finds the two Berlin listings, the auction's winner pays the second price as pricing.SecondPrice
// says, the silent bidder's deposit is forfeited, and the sellers' revenue adds up to the price, split by the
// Shapley shares.
func checkSpatialAct(t *testing.T, s demoSummary) {
	var sp spatialSummary
	raw := actSummary(t, s, "spatial", &sp)
	if sp.Price == nil {
		t.Fatalf("spatial act summary %s: no price", raw)
	}
	if len(sp.Listings) != 3 || len(sp.RegionHits) != 2 || sp.RegionHits[0] != sp.Listings[0].ID || sp.RegionHits[1] != sp.Listings[1].ID {
		t.Errorf("region hits %v of listings %+v, want the two Berlin listings", sp.RegionHits, sp.Listings)
	}
	for _, l := range sp.Listings {
		want, err := l.Item.HashID()
		if err != nil || want != l.HashID {
			t.Errorf("listing %d: hashid %s, its metadata hashes to %s (%v)", l.ID, l.HashID, want, err)
		}
	}
	price := new(big.Int).Mul(big.NewInt(25), big.NewInt(1e17))
	if !sp.MatchesVickrey || sp.Price.Cmp(price) != 0 || sp.Winner != sp.Bids[0].Bidder {
		t.Errorf("auction: winner %s at %s (matches Vickrey %v), want the buyer at 2.5 ether", sp.Winner, sp.Price, sp.MatchesVickrey)
	}
	if want := new(big.Int).Mul(big.NewInt(2), big.NewInt(1e17)); sp.Forfeited.Cmp(want) != 0 {
		t.Errorf("forfeited %s, want the silent bidder's deposit %s", sp.Forfeited, want)
	}
	if got := new(big.Int).Add(sp.Revenue[0], sp.Revenue[1]); got.Cmp(sp.Price) != 0 {
		t.Errorf("revenue %v sums to %s, want the price %s", sp.Revenue, got, sp.Price)
	}
	second := new(big.Int).Mul(sp.Price, big.NewInt(int64(sp.SharesBps[1])))
	second.Div(second, big.NewInt(10_000))
	if sp.Revenue[1].Cmp(second) != 0 || sp.SharesBps[0]+sp.SharesBps[1] != 10_000 || sp.ShapleyValues[0] <= sp.ShapleyValues[1] {
		t.Errorf("shares %v of Shapley values %v: geo-seller got %s, want %s", sp.SharesBps, sp.ShapleyValues, sp.Revenue[1], second)
	}
}
