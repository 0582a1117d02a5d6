package main

import (
	"testing"

	"github.com/datatrade/datatrade"
)

// checkExchangeAct checks the exchange act's outcome in a demo summary
// (TestDemo runs the demo): the doctored listing's trade is faulted and its
// fee refunded, the honest trade is revealed with the same key on chain and
// directly and the buyer gets the seller's bytes, and when exchange 1 stops
// after payment the other exchange commits and delivers.
func checkExchangeAct(t *testing.T, s demoSummary) {
	var x exchangeActSummary
	if raw := actSummary(t, s, "exchange", &x); len(x.Exchanges) != 2 {
		t.Fatalf("exchange act summary %s: want 2 exchanges", raw)
	}
	if !x.Simulated {
		t.Error("the act's enclaves are not labelled simulated")
	}
	if x.FaultState != datatrade.TradeFaulted || x.Refunded == nil || x.Refunded.Sign() <= 0 {
		t.Errorf("doctored trade %d: state %s, refunded %v; want faulted with the fee refunded", x.FaultTrade, x.FaultState, x.Refunded)
	}
	if x.TradeState != datatrade.TradeRevealed || !x.DirectReveal || !x.DataMatches || len(x.SampleChunks) == 0 {
		t.Errorf("honest trade %d: state %s, direct reveal %v, data %v, sample %v", x.Trade, x.TradeState, x.DirectReveal, x.DataMatches, x.SampleChunks)
	}
	if x.CommittedBy != x.Exchanges[0] && x.CommittedBy != x.Exchanges[1] {
		t.Errorf("honest trade committed by exchange %d, not one it named %v", x.CommittedBy, x.Exchanges)
	}
	if x.FailoverState != datatrade.TradeRevealed || x.FailoverCommittedBy != x.Exchanges[1] || !x.FailoverDataMatches {
		t.Errorf("failover trade %d: state %s by exchange %d (data %v); want revealed by exchange %d", x.FailoverTrade, x.FailoverState,
			x.FailoverCommittedBy, x.FailoverDataMatches, x.Exchanges[1])
	}
	if x.SellerRating.Count != 1 || x.SellerRating.AverageMilli != 5000 || x.ExchangeRating.Count != 1 {
		t.Errorf("ratings after the review: seller %+v, exchange %+v", x.SellerRating, x.ExchangeRating)
	}
}
