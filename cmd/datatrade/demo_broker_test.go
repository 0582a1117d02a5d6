package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/market"
)

// TestDemoBrokerAct runs the broker act alone on a fresh embedded chain and
// checks its story and that every balance reconciles to the wei.
func TestDemoBrokerAct(t *testing.T) {
	ctx := testContext(t, 2*time.Minute)
	dir := t.TempDir()
	node, err := devnode.Start(ctx, devnode.Config{DataDir: filepath.Join(dir, "chain"), DevAccounts: demoDevAccounts})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	var out, errb bytes.Buffer
	d := &demo{a: newApp(&out, &errb), parties: map[string]*party{}, holders: map[string]common.Address{}, dir: dir, node: node}
	d.summary.Acts = map[string]any{}
	d.c = chain.NewClient(node.Client())
	d.rpc = node.RPC()
	for i, role := range []string{"admin", "exchange", "seller", "buyer", "pirate"} {
		if err := d.addParty(ctx, role, devnode.DevKey(i)); err != nil {
			t.Fatal(err)
		}
	}
	dep, err := market.Deploy(ctx, d.c, d.parties["admin"].acct, market.DeployOptions{}, func(_ string, r *types.Receipt) { d.paid("admin", r) })
	if err != nil {
		t.Fatal(err)
	}
	d.m = market.New(d.c, dep)
	if err := d.brokerAct(ctx); err != nil {
		t.Fatalf("broker act: %v\n%s", err, errb.String())
	}
	ok, err := d.reconcile(ctx)
	if err != nil || !ok {
		t.Fatalf("reconcile = %v, %v\n%s", ok, err, errb.String())
	}
	s := d.summary.Acts["broker"].(*brokerSummary)
	if !s.Consistent || s.State != "completed" || s.NewOwner != d.parties["broker buyer"].Address {
		t.Errorf("trade: %+v, want a consistent, completed sale to the broker buyer", s)
	}
	if s.BoardSize != 3 || s.AnchoredRoot == (common.Hash{}) || s.ProvedEntry != 1 {
		t.Errorf("board: size %d, root %s, proved %d; want 3 entries anchored and entry 1 proved", s.BoardSize, s.AnchoredRoot, s.ProvedEntry)
	}
	if s.QueriesUsed != 1 || s.QueryAnswer == "" || s.QueryRefund.Sign() <= 0 {
		t.Errorf("use right: %d used, answer %q, refund %v", s.QueriesUsed, s.QueryAnswer, s.QueryRefund)
	}
	if !s.PirateRefused || !strings.Contains(s.Reason, "near-duplicate of listing") {
		t.Errorf("pirate: refused %v, %q", s.PirateRefused, s.Reason)
	}
	if d.parties["platform"].Gas.Sign() <= 0 || d.parties["platform"].Flow.Sign() <= 0 {
		t.Errorf("platform: gas %v, flow %v; want gas paid and fees earned", d.parties["platform"].Gas, d.parties["platform"].Flow)
	}
}
