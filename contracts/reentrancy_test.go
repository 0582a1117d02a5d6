package contracts_test

import (
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

// TestWithdrawReentrancy: a seller that is a contract tries to re-enter withdraw while receiving its payment;
// the re-entry fails and the seller is paid exactly once.
func TestWithdrawReentrancy(t *testing.T) {
	f := newFixture(t, 1)
	e := f.env
	abiJSON, err := os.ReadFile("testdata/ReentrantReceiver.abi")
	if err != nil {
		t.Fatal(err)
	}
	bin, err := os.ReadFile("testdata/ReentrantReceiver.bin")
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := abi.JSON(strings.NewReader(string(abiJSON)))
	if err != nil {
		t.Fatal(err)
	}
	args, err := parsed.Pack("", e.escrowAddr)
	if err != nil {
		t.Fatal(err)
	}
	addr, tx, err := bind.DeployContract(e.opts(e.seller, nil), common.FromHex(string(bin)), e.client, args)
	if err != nil {
		t.Fatal(err)
	}
	e.sim.Commit()
	e.receipt(e.seller, tx, true)
	attacker := bind.NewBoundContract(addr, parsed, e.client, e.client, e.client)
	exec := func(to common.Address, data []byte) {
		t.Helper()
		packed, err := parsed.Pack("exec", to, new(big.Int), data)
		if err != nil {
			t.Fatal(err)
		}
		e.send(e.seller, attacker, packed, nil)
	}
	view := func(name string) *big.Int {
		t.Helper()
		packed, _ := parsed.Pack(name)
		return call(e, attacker, packed, func(b []byte) (*big.Int, error) { return new(big.Int).SetBytes(b), nil })
	}

	// The contract publishes a listing (it owns the token) and a buyer buys it.
	exec(e.marketAddr, e.mkt.PackPublish(listingParams(price, 1, 10)))
	e.sim.Commit()
	e.sim.Commit()
	listing := call(e, e.market, e.mkt.PackListingCount(), e.mkt.UnpackListingCount)
	id := e.open(e.buyer, listing, ids(f.x1), fee1, time.Hour)
	f.pay(e.buyer, id)
	f.commitX1(id)
	if c := e.credit(addr); c.Cmp(price) != 0 {
		t.Fatalf("contract seller credit %s, want %s", c, price)
	}
	exec(e.escrowAddr, e.esc.PackWithdraw())
	if got := view("reentries"); got.Int64() != 1 {
		t.Errorf("re-entry attempts %s, want 1", got)
	}
	if got := view("reentriesSucceeded"); got.Sign() != 0 {
		t.Errorf("%s re-entries succeeded, want 0", got)
	}
	if got := e.balance(addr); got.Cmp(price) != 0 {
		t.Errorf("contract balance %s, want exactly the price %s", got, price)
	}
	if c := e.credit(addr); c.Sign() != 0 {
		t.Errorf("credit after withdraw %s, want 0", c)
	}
}
