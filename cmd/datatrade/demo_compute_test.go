package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// checkComputeAct checks the compute act's outcome in a demo summary
// (TestDemo runs the demo): the job settled on the two honest nodes, the
// faulty node unpaid, the buyer's decrypted result equal to the native
// regression, and every balance (the Jobs contract's included) reconciled.
func checkComputeAct(t *testing.T, s demoSummary) {
	if !s.Reconciled {
		t.Fatal("demo balances do not reconcile")
	}
	var c struct {
		Simulated   bool
		State       string
		Nodes       []uint64
		FaultyNode  uint64
		PaidNodes   []uint64
		Result      string
		Expected    string
		SellerPaid  json.Number `json:"sellerPaidWei"`
		NodeReward  json.Number `json:"nodeRewardWei"`
		BuyerRefund json.Number `json:"buyerRefundWei"`
		BudgetUsed  uint64
	}
	raw := actSummary(t, s, "compute", &c)
	if !c.Simulated || c.State != "settled" || len(c.Nodes) != 3 || c.FaultyNode != c.Nodes[2] {
		t.Fatalf("compute act = %s", raw)
	}
	if len(c.PaidNodes) != 2 || c.PaidNodes[0] != c.Nodes[0] || c.PaidNodes[1] != c.Nodes[1] {
		t.Errorf("paid nodes %v, want the two honest nodes %v", c.PaidNodes, c.Nodes[:2])
	}
	if c.Result == "" || c.Result != c.Expected || !strings.HasPrefix(c.Result, "n=400 slope=") {
		t.Errorf("result %q, want the native regression %q", c.Result, c.Expected)
	}
	if c.NodeReward != c.BuyerRefund || c.NodeReward == "0" || c.SellerPaid == "0" {
		t.Errorf("seller paid %s, node reward %s, buyer refund %s: want the faulty node's reward refunded", c.SellerPaid, c.NodeReward, c.BuyerRefund)
	}
	if c.BudgetUsed != uint64(len("n=400 slope=0.000000 intercept=0.000000 r2=0.000000\n")) {
		t.Errorf("budget used %d, want the largest submitted result's size", c.BudgetUsed)
	}
}
