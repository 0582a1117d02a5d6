package main

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// checkBrokerAct checks the broker act's story in a demo summary (TestDemo
// runs the demo, whose balances reconcile to the wei): a consistent,
// completed sale to the broker buyer, the board anchored and an entry
// proved, a use right sold per query, the pirate refused, and the platform
// paying gas and earning fees.
func checkBrokerAct(t *testing.T, s demoSummary) {
	var b brokerSummary
	actSummary(t, s, "broker", &b)
	parties := map[string]*party{}
	for _, p := range s.Parties {
		parties[p.Role] = p
	}
	buyer, platform := parties["broker buyer"], parties["platform"]
	if buyer == nil || platform == nil {
		t.Fatalf("parties %v lack the broker buyer or the platform", s.Parties)
	}
	if !b.Consistent || b.State != "completed" || b.NewOwner != buyer.Address {
		t.Errorf("trade: %+v, want a consistent, completed sale to the broker buyer %s", b, buyer.Address)
	}
	if b.BoardSize != 3 || b.AnchoredRoot == (common.Hash{}) || b.ProvedEntry != 1 {
		t.Errorf("board: size %d, root %s, proved %d; want 3 entries anchored and entry 1 proved", b.BoardSize, b.AnchoredRoot, b.ProvedEntry)
	}
	if b.QueriesUsed != 1 || b.QueryAnswer == "" || b.QueryRefund == nil || b.QueryRefund.Sign() <= 0 {
		t.Errorf("use right: %d used, answer %q, refund %v", b.QueriesUsed, b.QueryAnswer, b.QueryRefund)
	}
	if !b.PirateRefused || !strings.Contains(b.Reason, "near-duplicate of listing") {
		t.Errorf("pirate: refused %v, %q", b.PirateRefused, b.Reason)
	}
	if platform.Gas.Sign() <= 0 || platform.Flow.Sign() <= 0 {
		t.Errorf("platform: gas %v, flow %v; want gas paid and fees earned", platform.Gas, platform.Flow)
	}
}
