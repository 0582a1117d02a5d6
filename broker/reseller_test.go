package broker_test

import (
	"crypto/rand"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/broker"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/fingerprint"
	"github.com/datatrade/datatrade/market"
)

// TestResellerScenario is the paper's scenario 2: the platform buys a
// dataset outright on the broker path (2a), becomes its owner in the token
// and the catalog, and resells it to a buyer (2b), who confirms without a
// consistency check; the first seller may no longer sell it.
func TestResellerScenario(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	data := table(250, 5)
	price := new(big.Int).Mul(big.NewInt(3), ether)
	listing := e.list(t, data, datatrade.Ownership, price, big.NewInt(0))

	// 2a: the platform is the buyer.
	buy := func(buyer *chain.Account, key *envelope.PrivateKey, seller *chain.Account) *market.BrokerTrade {
		t.Helper()
		id, _, err := e.b.Open(ctx, buyer, listing)
		if err != nil {
			t.Fatalf("Open by %s: %v", buyer, err)
		}
		k, _ := broker.SignBuyerKey(buyer, e.d.ChainID, e.d.Broker, id, key.Public())
		if err := e.s.SetBuyerKey(ctx, k); err != nil {
			t.Fatal(err)
		}
		tr := e.trade(t, id)
		d, err := broker.NewDelivery(ctx, rand.Reader, e.d, seller, tr, key.Public(), strings.NewReader(data), time.Now())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.s.Deliver(ctx, d); err != nil {
			t.Fatalf("Deliver by %s: %v", seller, err)
		}
		return tr
	}
	platformKey := e.platformKey
	first := buy(e.platform, platformKey, e.seller)
	bundle, err := e.s.Fetch(ctx, first.ID)
	if err != nil {
		t.Fatal(err)
	}
	r, got, err := broker.NewReceipt(ctx, e.d, e.platform, first, bundle, platformKey, fingerprint.Hint{Name: "data.csv"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if c, err := e.s.Receive(ctx, r); err != nil || !c.Consistent {
		t.Fatalf("the platform's own receipt: %+v, %v", c, err)
	}
	e.send(t, e.platform, e.b.ConfirmTx(first.ID))
	e.sync(t)
	if l, err := e.cat.Listing(ctx, listing); err != nil || l.Owner != e.platform.Address {
		t.Fatalf("after the purchase the catalog owner is %v (%v), want the platform", l, err)
	}

	// 2b: the platform resells what it holds; the buyer confirms on delivery.
	tx, err := e.b.SetTermsTx(listing, true, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	e.send(t, e.platform, tx)
	e.send(t, e.platform, e.b.ApproveTx())
	if string(got) != data {
		t.Fatal("the platform received other data")
	}
	second := buy(e.buyer, e.buyerKey, e.platform)
	if second.Seller != e.platform.Address {
		t.Fatalf("resale seller %s, want the platform", second.Seller)
	}
	e.send(t, e.buyer, e.b.ConfirmTx(second.ID))
	if st := e.trade(t, second.ID).State; st != market.BrokerCompleted {
		t.Fatalf("resale state %s, want completed", st)
	}
	e.sync(t)
	if l, err := e.cat.Listing(ctx, listing); err != nil || l.Owner != e.buyer.Address {
		t.Fatalf("after the resale the catalog owner is %v (%v), want the buyer", l, err)
	}
	_, err = e.cat.Check(ctx, e.seller.Address, csvFP(t, data))
	wantCode(t, "the first seller selling again", err, datatrade.ECONFLICT)

	// Money: the seller got the price; the platform paid price + fee, got the fee back as the
	// platform, then the resale price and its fee.
	fee := new(big.Int).Div(new(big.Int).Mul(price, big.NewInt(250)), big.NewInt(10000))
	for who, want := range map[*chain.Account]*big.Int{
		e.seller:   price,
		e.platform: new(big.Int).Add(price, new(big.Int).Mul(fee, big.NewInt(2))),
	} {
		if got, err := e.b.Credit(ctx, who.Address); err != nil || got.Cmp(want) != 0 {
			t.Errorf("credit of %s = %s, %v; want %s", who, got, err, want)
		}
	}
}
