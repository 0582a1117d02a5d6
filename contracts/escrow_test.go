package contracts_test

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade/contracts"
)

var (
	price    = eth(2)
	fee1     = milli(10) // exchange 1's fee
	fee2     = milli(25) // exchange 2's fee, the highest: F
	stake    = eth(10)
	wrapped  = []byte("hpke-wrapped data key for the buyer")
	tradeDur = time.Hour
)

// fixture is a chain with two exchanges (x1 by xowner with enclave1, x2 by xowner2 with enclave2), one
// listing of the seller, and balances snapshotted after that set-up.
type fixture struct {
	*env
	x1, x2, listing *big.Int
}

func newFixture(t *testing.T, licence uint8) *fixture {
	t.Helper()
	e := newEnv(t, [32]byte{0x5a, 0x17})
	f := &fixture{env: e}
	f.x1 = e.registerExchange(e.xowner, e.enclave1, fee1, stake)
	f.x2 = e.registerExchange(e.xowner2, e.enclave2, fee2, stake)
	f.listing = e.publish(listingParams(price, licence, 100))
	e.snapshot()
	return f
}

// openBoth opens a trade naming x1 and x2, depositing F = fee2.
func (f *fixture) openBoth(buyer *account) *big.Int {
	return f.open(buyer, f.listing, []*big.Int{f.x1, f.x2}, fee2, tradeDur)
}

func (f *fixture) pay(buyer *account, id *big.Int) {
	f.send(buyer, f.escrow, f.esc.PackPay(id), price)
}

// commitX1 commits a delivery of trade id signed by enclave1, submitted by the relayer.
func (f *fixture) commitX1(id *big.Int) contracts.EscrowDelivery {
	d := f.delivery(id, f.x1, wrapped)
	f.send(f.relayer, f.escrow, f.packCommit(0, d, f.signDelivery(f.enclave1, d)), nil)
	return d
}

func (f *fixture) locked(x *big.Int) *big.Int { return f.exchange(x).LockedStake }

func (f *fixture) wantLocked(x *big.Int, want *big.Int) {
	f.tb.Helper()
	if got := f.locked(x); got.Cmp(want) != 0 {
		f.tb.Fatalf("exchange %s: locked stake %s, want %s", x, got, want)
	}
}

func neg(x *big.Int) *big.Int { return new(big.Int).Neg(x) }
func add(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}
func sub(a, b *big.Int) *big.Int    { return new(big.Int).Sub(a, b) }
func ids(xs ...*big.Int) []*big.Int { return xs }
func wantCredit(f *fixture, a *account, w *big.Int) {
	f.tb.Helper()
	if got := f.credit(a.addr); got.Cmp(w) != 0 {
		f.tb.Fatalf("%s: credit %s, want %s", a.name, got, w)
	}
}

// TestTradeCommitReveal walks a use-right trade through open, pay, commit and reveal with every revert on
// the way, and reconciles every balance.
func TestTradeCommitReveal(t *testing.T) {
	f := newFixture(t, 1)
	e := f.env

	e.revert(e.buyer, e.escrow, e.esc.PackOpen(f.listing, ids(f.x1, f.x2), buyerKey, e.now()+3600), fee1,
		&contracts.EscrowWrongAmount{Sent: fee1, Wanted: fee2})
	id := f.openBoth(e.buyer)
	f.wantState(id, stOpen)
	tr := e.trade(id)
	if tr.Buyer != e.buyer.addr || tr.Seller != e.seller.addr || tr.Price.Cmp(price) != 0 || tr.FeeDeposit.Cmp(fee2) != 0 ||
		tr.Root != listingParams(price, 1, 1).Root || !bytes.Equal(tr.BuyerPubKey, buyerKey) || tr.ListingId.Cmp(f.listing) != 0 {
		t.Fatalf("trade snapshot %+v", tr)
	}
	snaps := call(e, e.escrow, e.esc.PackGetTradeExchanges(id), e.esc.UnpackGetTradeExchanges)
	wantSnaps := []contracts.EscrowExchangeSnapshot{
		{Id: f.x1, Fee: fee1, Measurement: measurement(1), Signer: crypto.PubkeyToAddress(e.enclave1.PublicKey), Payee: e.xowner.addr},
		{Id: f.x2, Fee: fee2, Measurement: measurement(1), Signer: crypto.PubkeyToAddress(e.enclave2.PublicKey), Payee: e.xowner2.addr},
	}
	if len(snaps) != 2 {
		t.Fatalf("got %d snapshots, want 2", len(snaps))
	}
	for i := range snaps {
		if snaps[i].Id.Cmp(wantSnaps[i].Id) != 0 || snaps[i].Fee.Cmp(wantSnaps[i].Fee) != 0 || snaps[i].Measurement != wantSnaps[i].Measurement ||
			snaps[i].Signer != wantSnaps[i].Signer || snaps[i].Payee != wantSnaps[i].Payee {
			t.Errorf("snapshot %d: got %+v, want %+v", i, snaps[i], wantSnaps[i])
		}
	}
	f.wantLocked(f.x1, price)
	f.wantLocked(f.x2, price)

	d := f.delivery(id, f.x1, wrapped)
	sig := f.signDelivery(e.enclave1, d)
	e.revert(e.relayer, e.escrow, f.packCommit(0, d, sig), nil, &contracts.EscrowWrongState{TradeId: id, State: stOpen})
	e.revert(e.buyer2, e.escrow, e.esc.PackPay(id), price, &contracts.EscrowNotBuyer{TradeId: id, Caller: e.buyer2.addr})
	e.revert(e.buyer, e.escrow, e.esc.PackPay(id), fee2, &contracts.EscrowWrongAmount{Sent: fee2, Wanted: price})
	f.pay(e.buyer, id)
	f.wantState(id, stPaid)
	e.revert(e.buyer, e.escrow, e.esc.PackPay(id), price, &contracts.EscrowWrongState{TradeId: id, State: stPaid})
	e.revert(e.buyer, e.escrow, e.esc.PackCancel(id), nil, &contracts.EscrowWrongState{TradeId: id, State: stPaid})
	e.revert(e.buyer, e.escrow, e.esc.PackRefund(id), nil, &contracts.EscrowTradeNotExpired{TradeId: id, RefundableAfter: new(big.Int).SetUint64(tr.Deadline)})

	r := e.send(e.relayer, e.escrow, f.packCommit(0, d, sig), nil)
	var committed *contracts.EscrowTradeCommitted
	for _, l := range r.Logs {
		if ev, err := e.esc.UnpackTradeCommittedEvent(l); err == nil {
			committed = ev
		}
	}
	if committed == nil || committed.TradeId.Cmp(id) != 0 || committed.ExchangeId.Cmp(f.x1) != 0 || committed.WrappedKeyHash != d.WrappedKeyHash ||
		committed.CiphertextCidHash != d.CiphertextCidHash || committed.RevealDeadline != e.now()+uint64(revealWindow/time.Second) {
		t.Fatalf("TradeCommitted event %+v", committed)
	}
	f.wantState(id, stCommitted)
	wantCredit(f, e.seller, price)
	wantCredit(f, e.xowner, fee1)
	wantCredit(f, e.buyer, sub(fee2, fee1))
	wantCredit(f, e.xowner2, new(big.Int))
	f.wantLocked(f.x1, price)
	f.wantLocked(f.x2, new(big.Int))

	e.revert(e.relayer, e.escrow, f.packCommit(0, d, sig), nil, &contracts.EscrowWrongState{TradeId: id, State: stCommitted})
	d2 := f.delivery(id, f.x2, wrapped)
	e.revert(e.relayer, e.escrow, f.packCommit(1, d2, f.signDelivery(e.enclave2, d2)), nil, &contracts.EscrowWrongState{TradeId: id, State: stCommitted})
	e.revert(e.buyer, e.escrow, e.esc.PackRefund(id), nil, &contracts.EscrowWrongState{TradeId: id, State: stCommitted})
	e.revert(e.relayer, e.escrow, e.esc.PackSellerFault(id, big.NewInt(0), big.NewInt(3), nil), nil, &contracts.EscrowWrongState{TradeId: id, State: stCommitted})
	e.revert(e.relayer, e.escrow, e.esc.PackCompensate(id), nil, &contracts.EscrowRevealWindowOpen{TradeId: id, RevealDeadline: committed.RevealDeadline})

	bad := []byte("some other key")
	e.revert(e.relayer, e.escrow, e.esc.PackReveal(id, bad), nil,
		&contracts.EscrowWrappedKeyMismatch{Expected: d.WrappedKeyHash, Got: crypto.Keccak256Hash(bad)})
	r = e.send(e.relayer, e.escrow, e.esc.PackReveal(id, wrapped), nil)
	ev, err := e.esc.UnpackKeyRevealedEvent(r.Logs[len(r.Logs)-1])
	if err != nil || !bytes.Equal(ev.WrappedKey, wrapped) || ev.ExchangeId.Cmp(f.x1) != 0 {
		t.Fatalf("KeyRevealed event %+v, %v", ev, err)
	}
	f.wantState(id, stRevealed)
	if got := call(e, e.escrow, e.esc.PackGetWrappedKey(id), e.esc.UnpackGetWrappedKey); !bytes.Equal(got, wrapped) {
		t.Errorf("getWrappedKey = %q, want %q", got, wrapped)
	}
	f.wantLocked(f.x1, new(big.Int))
	e.revert(e.relayer, e.escrow, e.esc.PackReveal(id, wrapped), nil, &contracts.EscrowWrongState{TradeId: id, State: stRevealed})
	e.revert(e.relayer, e.escrow, e.esc.PackCompensate(id), nil, &contracts.EscrowWrongState{TradeId: id, State: stRevealed})

	e.withdrawAll()
	e.revert(e.seller, e.escrow, e.esc.PackWithdraw(), nil, &contracts.EscrowNothingToWithdraw{Account: e.seller.addr})
	e.reconcile(map[*account]*big.Int{
		e.buyer:  neg(add(price, fee1)),
		e.seller: price,
		e.xowner: fee1,
	})
}

// TestTradeOwnership: a paid ownership trade locks the listing (no second payment, no transfer, no delist)
// and the commit hands the token to the buyer.
func TestTradeOwnership(t *testing.T) {
	f := newFixture(t, 0)
	e := f.env
	t1 := f.open(e.buyer, f.listing, ids(f.x1), fee1, tradeDur)
	t2 := f.open(e.buyer2, f.listing, ids(f.x2), fee2, tradeDur)
	f.wantLocked(f.x1, price)
	f.wantLocked(f.x2, price)

	f.pay(e.buyer, t1)
	if !call(e, e.market, e.mkt.PackIsLocked(f.listing), e.mkt.UnpackIsLocked) {
		t.Fatal("listing not locked after paying an ownership trade")
	}
	e.revert(e.buyer2, e.escrow, e.esc.PackPay(t2), price, &contracts.EscrowListingIsLocked{ListingId: f.listing})
	e.revert(e.buyer2, e.escrow, e.esc.PackOpen(f.listing, ids(f.x2), buyerKey, e.now()+60), fee2, &contracts.EscrowListingIsLocked{ListingId: f.listing})
	e.revert(e.seller, e.market, e.mkt.PackTransferFrom(e.seller.addr, e.buyer2.addr, f.listing), nil, &contracts.MarketListingIsLocked{Id: f.listing})
	e.revert(e.seller, e.market, e.mkt.PackDelist(f.listing), nil, &contracts.MarketListingIsLocked{Id: f.listing})
	e.revert(e.seller, e.market, e.mkt.PackUnlockListing(f.listing), nil, &contracts.MarketNotEscrow{Caller: e.seller.addr})

	f.commitX1(t1)
	if owner := call(e, e.market, e.mkt.PackOwnerOf(f.listing), e.mkt.UnpackOwnerOf); owner != e.buyer.addr {
		t.Fatalf("token owner %s, want buyer %s", owner, e.buyer.addr)
	}
	l := call(e, e.market, e.mkt.PackGetListing(f.listing), e.mkt.UnpackGetListing)
	if l.Locked || l.Active {
		t.Fatalf("listing after sale: locked %v active %v, want both false", l.Locked, l.Active)
	}
	e.revert(e.buyer2, e.escrow, e.esc.PackPay(t2), price, &contracts.EscrowSellerChanged{ListingId: f.listing, Seller: e.seller.addr, Owner: e.buyer.addr})
	e.revert(e.seller, e.market, e.mkt.PackRelist(f.listing), nil, &contracts.MarketNotSeller{Id: f.listing, Caller: e.seller.addr})
	e.send(e.buyer, e.market, e.mkt.PackRelist(f.listing), nil)
	e.send(e.relayer, e.escrow, e.esc.PackReveal(t1, wrapped), nil)

	// The unpaid second trade ends by refund after its deadline and the sample claim window.
	e.advance(tradeDur + sampleClaimWindow + time.Second)
	e.send(e.relayer, e.escrow, e.esc.PackRefund(t2), nil)
	f.wantState(t2, stRefunded)
	f.wantLocked(f.x1, new(big.Int))
	f.wantLocked(f.x2, new(big.Int))
	e.withdrawAll()
	e.reconcile(map[*account]*big.Int{
		e.buyer:  neg(add(price, fee1)),
		e.seller: price,
		e.xowner: fee1,
	})
}

// TestCompensate: no reveal before the reveal deadline pays the buyer the price out of the exchange's stake.
func TestCompensate(t *testing.T) {
	f := newFixture(t, 1)
	e := f.env
	id := f.open(e.buyer, f.listing, ids(f.x1), fee1, tradeDur)
	f.pay(e.buyer, id)
	f.commitX1(id)
	rd := e.trade(id).RevealDeadline
	e.advanceTo(rd)
	e.revert(e.relayer, e.escrow, e.esc.PackCompensate(id), nil, &contracts.EscrowRevealWindowOpen{TradeId: id, RevealDeadline: rd})
	e.advance(time.Second)
	e.revert(e.relayer, e.escrow, e.esc.PackReveal(id, wrapped), nil, &contracts.EscrowRevealWindowClosed{TradeId: id, RevealDeadline: rd})
	e.send(e.relayer, e.escrow, e.esc.PackCompensate(id), nil)
	f.wantState(id, stCompensated)
	x := e.exchange(f.x1)
	if x.Stake.Cmp(sub(stake, price)) != 0 || x.LockedStake.Sign() != 0 {
		t.Fatalf("exchange after slash: stake %s locked %s, want %s and 0", x.Stake, x.LockedStake, sub(stake, price))
	}
	e.revert(e.relayer, e.escrow, e.esc.PackCompensate(id), nil, &contracts.EscrowWrongState{TradeId: id, State: stCompensated})
	e.revert(e.relayer, e.escrow, e.esc.PackRefund(id), nil, &contracts.EscrowWrongState{TradeId: id, State: stCompensated})
	e.withdrawAll()
	// The buyer paid P and fee1 and got P back from the stake; the seller got P; the exchange owner got
	// fee1 and lost P of stake (still in the registry's balance check: the registry holds stake - P).
	e.reconcile(map[*account]*big.Int{
		e.buyer:  neg(fee1),
		e.seller: price,
		e.xowner: fee1,
	})
	if got := e.balance(e.registryAddr); got.Cmp(sub(add(stake, stake), price)) != 0 {
		t.Errorf("registry balance %s, want %s", got, sub(add(stake, stake), price))
	}
}

// TestSellerFault: an enclave-signed seller-fault statement refunds the buyer in full, paid or not, and
// releases stakes and the listing.
func TestSellerFault(t *testing.T) {
	for _, tt := range []struct {
		name    string
		licence uint8
		paid    bool
	}{
		{"unpaid", 1, false},
		{"paid use right", 1, true},
		{"paid ownership", 0, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, tt.licence)
			e := f.env
			id := f.openBoth(e.buyer)
			if tt.paid {
				f.pay(e.buyer, id)
			}
			root := e.trade(id).Root
			fault := contracts.EscrowSellerFault{TradeId: id, Exchange: f.x2, Root: root, ChunkIndex: big.NewInt(42)}
			pack := func(idx int64, sig []byte) []byte {
				return e.esc.PackSellerFault(id, big.NewInt(idx), fault.ChunkIndex, sig)
			}
			rogueSig := f.signSellerFault(e.rogue, fault)
			e.revert(e.relayer, e.escrow, pack(1, rogueSig), nil, &contracts.EscrowWrongSigner{
				Recovered: crypto.PubkeyToAddress(e.rogue.PublicKey), Expected: crypto.PubkeyToAddress(e.enclave2.PublicKey)})
			e.revert(e.relayer, e.escrow, pack(2, rogueSig), nil, &contracts.EscrowBadExchangeIndex{TradeId: id, Index: big.NewInt(2)})
			// Signed for exchange 2 but submitted as exchange 1's: the statement names another exchange.
			sig := f.signSellerFault(e.enclave2, fault)
			e.revert(e.relayer, e.escrow, pack(0, sig), nil, &contracts.EscrowWrongSigner{
				Recovered: recoverAddr(t, f.sellerFaultDigest(contracts.EscrowSellerFault{TradeId: id, Exchange: f.x1, Root: root, ChunkIndex: fault.ChunkIndex}), sig),
				Expected:  crypto.PubkeyToAddress(e.enclave1.PublicKey)})
			e.send(e.relayer, e.escrow, pack(1, sig), nil)
			f.wantState(id, stFaulted)
			f.wantLocked(f.x1, new(big.Int))
			f.wantLocked(f.x2, new(big.Int))
			if call(e, e.market, e.mkt.PackIsLocked(f.listing), e.mkt.UnpackIsLocked) {
				t.Error("listing still locked after seller fault")
			}
			e.revert(e.relayer, e.escrow, pack(1, sig), nil, &contracts.EscrowWrongState{TradeId: id, State: stFaulted})
			e.revert(e.relayer, e.escrow, e.esc.PackRefund(id), nil, &contracts.EscrowWrongState{TradeId: id, State: stFaulted})
			e.withdrawAll()
			e.reconcile(nil)
		})
	}
}

func (f *fixture) sellerFaultDigest(s contracts.EscrowSellerFault) []byte {
	h := call(f.env, f.escrow, f.esc.PackSellerFaultDigest(s), f.esc.UnpackSellerFaultDigest)
	return h[:]
}

// recoverAddr is the address ecrecover yields for sig over digest (what the contract will report).
func recoverAddr(tb testing.TB, digest, sig []byte) common.Address {
	tb.Helper()
	s := bytes.Clone(sig)
	s[64] -= 27
	pub, err := crypto.SigToPub(digest, s)
	if err != nil {
		tb.Fatalf("recover: %v", err)
	}
	return crypto.PubkeyToAddress(*pub)
}
