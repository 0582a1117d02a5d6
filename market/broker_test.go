package market_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/market"
)

func signWith(t *testing.T, a *chain.Account, h common.Hash) []byte {
	t.Helper()
	sig, err := a.SignHash(h)
	if err != nil {
		t.Fatal(err)
	}
	return sig
}

// TestBrokerFlow runs a broker trade and a query package through the Go API
// against the deployed Broker: notices signed over the Go EIP-712 digests
// are accepted (Go and Solidity hash alike), refusals read as words, and the
// Broker ends holding nothing.
func TestBrokerFlow(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	if e.d.Broker == (common.Address{}) || e.d.BoardAnchor == (common.Address{}) {
		t.Fatalf("Deploy left broker %s, anchor %s", e.d.Broker, e.d.BoardAnchor)
	}
	b, err := e.m.Broker()
	if err != nil {
		t.Fatal(err)
	}
	if p, err := b.Platform(ctx); err != nil || p != e.admin.Address {
		t.Fatalf("Platform = %s, %v; want the admin", p, err)
	}
	platform := e.admin
	price := eth(4)
	listingID, _, err := e.m.Publish(ctx, e.seller, market.PublishParams{
		ContentCID: "bafy-content", Root: common.Hash{9}, Size: 1 << 20, ChunkCount: 2, Fingerprint: common.Hash{0xf1},
		MetadataCID: "bafy-meta", Price: price, Licence: datatrade.Ownership,
	})
	if err != nil {
		t.Fatal(err)
	}
	e.send(t, e.seller, must(t)(b.SetTermsTx(listingID, true, eth(1))))
	e.send(t, e.seller, b.ApproveTx())
	if terms, err := b.Terms(ctx, listingID); err != nil || !terms.Offered || terms.QueryPrice.Cmp(eth(1)) != 0 {
		t.Fatalf("Terms = %+v, %v", terms, err)
	}

	tradeID, _, err := b.Open(ctx, e.buyer, listingID)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	tr, err := b.Trade(ctx, tradeID)
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Div(new(big.Int).Mul(price, big.NewInt(250)), big.NewInt(10000))
	if tr.State != market.BrokerOpen || tr.Fee.Cmp(fee) != 0 || !tr.Custody || tr.Seller != e.seller.Address {
		t.Fatalf("trade = %+v, want open, fee %s, custody", tr, fee)
	}
	// A confirmation before delivery is refused in words, with the Broker's state name.
	_, err = b.Send(ctx, e.buyer, b.ConfirmTx(tradeID))
	if datatrade.ErrorCode(err) != datatrade.ECONFLICT || !strings.Contains(err.Error(), "broker trade 1 is open") {
		t.Fatalf("early confirm: %v, want a conflict naming the open state", err)
	}
	var rev *chain.RevertError
	if !errors.As(err, &rev) || rev.Name != "WrongState" {
		t.Fatalf("early confirm: the decoded refusal is not reachable: %v", err)
	}

	sent := market.SentNotice{TradeID: tradeID, Buyer: e.buyer.Address, Fingerprint: tr.Fingerprint, CiphertextHash: common.Hash{0xc1}, SentAt: 1}
	// Signed by the wrong party: refused.
	if _, err := b.Send(ctx, e.other, b.NotifySentTx(sent, signWith(t, e.buyer, e.d.SentDigest(sent)))); datatrade.ErrorCode(err) != datatrade.ECONFLICT {
		t.Fatalf("Sent signed by the buyer: %v, want a conflict", err)
	}
	e.send(t, e.other, b.NotifySentTx(sent, signWith(t, e.seller, e.d.SentDigest(sent))))
	recv := market.ReceivedNotice{TradeID: tradeID, Seller: e.seller.Address, Fingerprint: tr.Fingerprint, CiphertextHash: common.Hash{0xc1}, ReceivedAt: 2}
	e.send(t, platform, b.PostCheckTx(recv, signWith(t, e.buyer, e.d.ReceivedDigest(recv)), true))
	if tr, _ = b.Trade(ctx, tradeID); tr.State != market.BrokerChecked {
		t.Fatalf("state after check %s, want checked", tr.State)
	}
	e.send(t, e.buyer, b.ConfirmTx(tradeID))
	if tr, _ = b.Trade(ctx, tradeID); tr.State != market.BrokerCompleted {
		t.Fatalf("state after confirm %s, want completed", tr.State)
	}
	if l, err := e.m.Listing(ctx, listingID); err != nil || l.Owner != e.buyer.Address {
		t.Fatalf("listing owner after the sale %v (%v), want the buyer", l, err)
	}

	// The new owner sells queries on it; the platform charges one.
	e.send(t, e.buyer, must(t)(b.SetTermsTx(listingID, true, big.NewInt(1000))))
	pkg, _, err := b.BuyQueries(ctx, e.other, listingID, 2)
	if err != nil {
		t.Fatalf("BuyQueries: %v", err)
	}
	q := market.QueryRequest{PackageID: pkg, Seq: 0, QueryHash: crypto.Keccak256Hash([]byte("count"))}
	e.send(t, platform, b.ChargeQueryTx(q, signWith(t, e.other, e.d.QueryDigest(q))))
	e.send(t, platform, b.CloseQueriesTx(pkg))
	p, err := b.Package(ctx, pkg)
	if err != nil || p.Used != 1 || !p.Closed || p.Payee != e.buyer.Address {
		t.Fatalf("Package = %+v, %v; want 1 used, closed, paying the buyer", p, err)
	}

	// Anchoring: size must grow.
	e.send(t, platform, b.AnchorCheckpointTx(2, common.Hash{0xaa}))
	if _, err := b.Send(ctx, platform, b.AnchorCheckpointTx(2, common.Hash{0xab})); err == nil {
		t.Fatal("re-anchoring the same size was accepted")
	}
	if a, err := b.AnchoredOfSize(ctx, 2); err != nil || a.Root != (common.Hash{0xaa}) {
		t.Fatalf("AnchoredOfSize(2) = %+v, %v", a, err)
	}
	if _, err := b.AnchoredOfSize(ctx, 3); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
		t.Fatalf("AnchoredOfSize(3): %v, want not found", err)
	}
	if a, err := b.LatestAnchored(ctx); err != nil || a.Size != 2 {
		t.Fatalf("LatestAnchored = %+v, %v", a, err)
	}

	// Everyone withdraws; the Broker holds nothing.
	wantCredit := map[*chain.Account]*big.Int{
		e.seller: price,
		platform: new(big.Int).Add(fee, big.NewInt(25)), // 2.5% of 1000 wei per query
		e.buyer:  big.NewInt(1000),
		e.other:  big.NewInt(1025),
	}
	for a, want := range wantCredit {
		got, err := b.Credit(ctx, a.Address)
		if err != nil || got.Cmp(want) != 0 {
			t.Errorf("credit of %s = %s, %v; want %s", a, got, err, want)
		}
		e.send(t, a, b.WithdrawTx())
	}
	credits, held, err := b.Totals(ctx)
	if err != nil || credits.Sign() != 0 || held.Sign() != 0 {
		t.Fatalf("Totals = %s, %s, %v; want 0, 0", credits, held, err)
	}
	if _, err := b.Trade(ctx, 9); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
		t.Fatalf("Trade(9): %v, want not found", err)
	}
}

func TestBrokerStateNames(t *testing.T) {
	for s, want := range map[market.BrokerState]string{market.BrokerOpen: "open", market.BrokerDisputed: "disputed", market.BrokerRefunded: "refunded", 42: "state(42)"} {
		if got := s.String(); got != want {
			t.Errorf("BrokerState(%d) = %q, want %q", s, got, want)
		}
	}
}
