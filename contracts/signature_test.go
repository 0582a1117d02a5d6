package contracts_test

import (
	"bytes"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade/contracts"
)

func (f *fixture) deliveryDigest(d contracts.EscrowDelivery) []byte {
	h := call(f.env, f.escrow, f.esc.PackDeliveryDigest(d), f.esc.UnpackDeliveryDigest)
	return h[:]
}

// TestCommitRejects: every way a delivery statement can be wrong is refused, and the trade still commits
// with the right statement afterwards.
func TestCommitRejects(t *testing.T) {
	f := newFixture(t, 1)
	e := f.env
	id := f.openBoth(e.buyer)
	f.pay(e.buyer, id)
	good := f.delivery(id, f.x1, wrapped)
	goodSig := f.signDelivery(e.enclave1, good)
	enclave1 := crypto.PubkeyToAddress(e.enclave1.PublicKey)

	highS := bytes.Clone(goodSig) // s' = n - s is the malleable twin; the contract refuses it
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(highS[32:64])
	new(big.Int).Sub(n, s).FillBytes(highS[32:64])
	highS[64] ^= 1 // 27 <-> 28
	badV := bytes.Clone(goodSig)
	badV[64] = 5

	changed := func(mut func(d *contracts.EscrowDelivery)) contracts.EscrowDelivery {
		d := good
		mut(&d)
		return d
	}
	otherPrice := changed(func(d *contracts.EscrowDelivery) { d.Price = eth(1) })
	otherBuyer := changed(func(d *contracts.EscrowDelivery) { d.Buyer = e.buyer2.addr })
	otherTrade := changed(func(d *contracts.EscrowDelivery) { d.TradeId = big.NewInt(2) })
	otherRoot := changed(func(d *contracts.EscrowDelivery) { d.Root = [32]byte{9} })
	expired := changed(func(d *contracts.EscrowDelivery) { d.ValidUntil = new(big.Int).SetUint64(e.now()) })

	tests := []struct {
		name string
		idx  int64
		d    contracts.EscrowDelivery // what is submitted
		sig  []byte
		want any
	}{
		{"unregistered key", 0, good, f.signDelivery(e.rogue, good),
			&contracts.EscrowWrongSigner{Recovered: crypto.PubkeyToAddress(e.rogue.PublicKey), Expected: enclave1}},
		{"other exchange's enclave", 0, good, f.signDelivery(e.enclave2, good),
			&contracts.EscrowWrongSigner{Recovered: crypto.PubkeyToAddress(e.enclave2.PublicKey), Expected: enclave1}},
		{"empty signature", 0, good, nil, &contracts.EscrowMalformedSignature{}},
		{"64-byte signature", 0, good, goodSig[:64], &contracts.EscrowMalformedSignature{}},
		{"66-byte signature", 0, good, append(bytes.Clone(goodSig), 0), &contracts.EscrowMalformedSignature{}},
		{"bad v", 0, good, badV, &contracts.EscrowMalformedSignature{}},
		{"high s", 0, good, highS, &contracts.EscrowMalformedSignature{}},
		{"bad exchange index", 2, good, goodSig, &contracts.EscrowBadExchangeIndex{TradeId: id, Index: big.NewInt(2)}},
		{"statement expired", 0, expired, f.signDelivery(e.enclave1, expired), &contracts.EscrowStatementExpired{ValidUntil: expired.ValidUntil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e.on(t).revert(e.relayer, e.escrow, f.packCommit(tt.idx, tt.d, tt.sig), nil, tt.want)
		})
	}
	// A statement signed over different terms recovers some other address: it never matches the snapshot.
	for _, tt := range []struct {
		name   string
		signed contracts.EscrowDelivery
	}{{"other price", otherPrice}, {"other buyer", otherBuyer}, {"other trade", otherTrade}, {"other root", otherRoot}} {
		t.Run("signed "+tt.name, func(t *testing.T) {
			sig := f.signDelivery(e.enclave1, tt.signed)
			e.on(t).revert(e.relayer, e.escrow, f.packCommit(0, good, sig), nil,
				&contracts.EscrowWrongSigner{Recovered: recoverAddr(t, f.deliveryDigest(good), sig), Expected: enclave1})
		})
	}
	// The statement binds its hashes: submitting other hashes under the same signature fails.
	t.Run("tampered hashes", func(t *testing.T) {
		tampered := changed(func(d *contracts.EscrowDelivery) { d.WrappedKeyHash = crypto.Keccak256Hash([]byte("attacker key")) })
		e.on(t).revert(e.relayer, e.escrow, f.packCommit(0, tampered, goodSig), nil,
			&contracts.EscrowWrongSigner{Recovered: recoverAddr(t, f.deliveryDigest(tampered), goodSig), Expected: enclave1})
	})
	e.send(e.relayer, e.escrow, f.packCommit(0, good, goodSig), nil)
	f.wantState(id, stCommitted)
}

// TestRegistryChangesMidTrade: the trade keeps its snapshot. A key registered after open is refused, the
// snapshot key still commits, the snapshot fee is paid, and a deregistered exchange still settles the trades
// it holds stake for. A revoked measurement stops its enclave's statements.
func TestRegistryChangesMidTrade(t *testing.T) {
	f := newFixture(t, 1)
	e := f.env
	id := f.openBoth(e.buyer)
	f.pay(e.buyer, id)

	// Exchange 1 rotates its enclave key to the rogue key and raises its fee; then deregisters.
	rogue := crypto.PubkeyToAddress(e.rogue.PublicKey)
	e.send(e.xowner, e.registry, e.reg.PackUpdate(f.x1, "https://moved.invalid", eth(1), measurement(2), rogue, "bafynew", 0, [20]byte{}), nil)
	e.send(e.xowner, e.registry, e.reg.PackDeregister(f.x1), nil)
	d := f.delivery(id, f.x1, wrapped)
	e.revert(e.relayer, e.escrow, f.packCommit(0, d, f.signDelivery(e.rogue, d)), nil,
		&contracts.EscrowWrongSigner{Recovered: rogue, Expected: crypto.PubkeyToAddress(e.enclave1.PublicKey)})
	// New trades cannot name it any more.
	e.revert(e.buyer2, e.escrow, e.esc.PackOpen(f.listing, ids(f.x1), buyerKey, e.now()+60), nil, &contracts.EscrowExchangeNotActive{ExchangeId: f.x1})

	// The registry admin revokes exchange 1's snapshot measurement: its statements are refused until unrevoked.
	e.revert(e.xowner, e.registry, e.reg.PackRevokeMeasurement(measurement(1)), nil,
		&contracts.ExchangeRegistryOwnableUnauthorizedAccount{Account: e.xowner.addr})
	e.send(e.admin, e.registry, e.reg.PackRevokeMeasurement(measurement(1)), nil)
	sig := f.signDelivery(e.enclave1, d)
	e.revert(e.relayer, e.escrow, f.packCommit(0, d, sig), nil, &contracts.EscrowMeasurementIsRevoked{ExchangeId: f.x1, Measurement: measurement(1)})
	e.revert(e.buyer2, e.escrow, e.esc.PackOpen(f.listing, ids(f.x2), buyerKey, e.now()+60), fee2,
		&contracts.EscrowMeasurementIsRevoked{ExchangeId: f.x2, Measurement: measurement(1)})
	e.send(e.admin, e.registry, e.reg.PackUnrevokeMeasurement(measurement(1)), nil)

	e.send(e.relayer, e.escrow, f.packCommit(0, d, sig), nil)
	e.send(e.relayer, e.escrow, e.esc.PackReveal(id, wrapped), nil)
	e.withdrawAll()
	// Paid the snapshot fee (fee1), not the new one.
	e.reconcile(map[*account]*big.Int{e.buyer: neg(add(price, fee1)), e.seller: price, e.xowner: fee1})
	// The deregistered exchange can take its whole stake out now nothing is locked.
	e.send(e.xowner, e.registry, e.reg.PackWithdrawStake(f.x1, stake), nil)
	if x := e.exchange(f.x1); x.Stake.Sign() != 0 || x.Active {
		t.Errorf("exchange 1 after withdrawal: stake %s active %v", x.Stake, x.Active)
	}
}

// TestDeliveryReplayAcrossDeployments: the same contracts at the same addresses on a fresh chain (same
// chain id, same deployer, same nonces) with a different salt refuse a statement signed for the first
// deployment; with the same salt they would accept it, so the salt is what protects.
func TestDeliveryReplayAcrossDeployments(t *testing.T) {
	setup := func(t *testing.T, salt [32]byte) (*fixture, *big.Int) {
		e := newEnv(t, salt)
		f := &fixture{env: e}
		f.x1 = e.registerExchange(e.xowner, e.enclave1, fee1, stake)
		f.x2 = e.registerExchange(e.xowner2, e.enclave2, fee2, stake)
		f.listing = e.publish(listingParams(price, 1, 100))
		id := f.open(e.buyer, f.listing, ids(f.x1), fee1, tradeDur)
		f.pay(e.buyer, id)
		return f, id
	}
	a, idA := setup(t, [32]byte{0xa})
	d := a.delivery(idA, a.x1, wrapped)
	sig := a.signDelivery(a.enclave1, d)

	for _, tt := range []struct {
		name   string
		salt   [32]byte
		accept bool
	}{{"different salt", [32]byte{0xb}, false}, {"same salt", [32]byte{0xa}, true}} {
		t.Run(tt.name, func(t *testing.T) {
			b, idB := setup(t, tt.salt)
			if b.escrowAddr != a.escrowAddr || idB.Cmp(idA) != 0 || b.chainID.Cmp(a.chainID) != 0 {
				t.Fatalf("redeployment differs: escrow %s vs %s, trade %s vs %s", b.escrowAddr, a.escrowAddr, idB, idA)
			}
			// Every field of the statement is the same on the fresh chain; only the validity window may differ.
			dB := b.delivery(idB, b.x1, wrapped)
			dB.ValidUntil = d.ValidUntil
			if fmt.Sprintf("%+v", dB) != fmt.Sprintf("%+v", d) {
				t.Fatalf("statement differs: %+v vs %+v", dB, d)
			}
			if tt.accept {
				b.send(b.relayer, b.escrow, b.packCommit(0, d, sig), nil)
				b.wantState(idB, stCommitted)
				return
			}
			b.revert(b.relayer, b.escrow, b.packCommit(0, d, sig), nil, &contracts.EscrowWrongSigner{
				Recovered: recoverAddr(t, b.deliveryDigest(d), sig), Expected: crypto.PubkeyToAddress(b.enclave1.PublicKey)})
		})
	}
	// On its own chain the statement commits once; replaying it fails.
	a.send(a.relayer, a.escrow, a.packCommit(0, d, sig), nil)
	a.revert(a.relayer, a.escrow, a.packCommit(0, d, sig), nil, &contracts.EscrowWrongState{TradeId: idA, State: stCommitted})
	// And it is void for the buyer's next trade on the same listing.
	id2 := a.open(a.buyer, a.listing, ids(a.x1), fee1, tradeDur)
	a.pay(a.buyer, id2)
	d2 := d
	d2.TradeId = id2
	a.revert(a.relayer, a.escrow, a.packCommit(0, d2, sig), nil, &contracts.EscrowWrongSigner{
		Recovered: recoverAddr(t, a.deliveryDigest(d2), sig), Expected: crypto.PubkeyToAddress(a.enclave1.PublicKey)})
}

// TestOpenRejects: open refuses every invalid request.
func TestOpenRejects(t *testing.T) {
	f := newFixture(t, 1)
	e := f.env
	poor := e.registerExchange(e.xowner2, e.enclave2, fee1, eth(1)) // stake below the price
	picky := e.publish(listingParams(price, 1, 100, f.x2))          // accepts exchange 2 only
	delisted := e.publish(listingParams(price, 1, 100))
	e.send(e.seller, e.market, e.mkt.PackDelist(delisted), nil)
	fresh := e.send(e.seller, e.market, e.mkt.PackPublish(listingParams(price, 1, 100)), nil)
	freshID := big.NewInt(4)
	nine := make([]*big.Int, 9)
	for i := range nine {
		nine[i] = big.NewInt(int64(i + 1))
	}
	now := e.now()
	in := func(d time.Duration) uint64 { return now + 1 + uint64(d/time.Second) }
	tests := []struct {
		name      string
		listing   *big.Int
		exchanges []*big.Int
		key       []byte
		deadline  uint64
		value     *big.Int
		want      any
	}{
		{"unknown listing", big.NewInt(77), ids(f.x1), buyerKey, in(time.Hour), fee1, &contracts.MarketUnknownListing{Id: big.NewInt(77)}},
		{"delisted", delisted, ids(f.x1), buyerKey, in(time.Hour), fee1, &contracts.EscrowListingInactive{ListingId: delisted}},
		{"deadline now", f.listing, ids(f.x1), buyerKey, now + 1, fee1, &contracts.EscrowDeadlineInPast{Deadline: now + 1}},
		{"deadline too far", f.listing, ids(f.x1), buyerKey, in(31 * 24 * time.Hour), fee1,
			&contracts.EscrowDeadlineTooFar{Deadline: in(31 * 24 * time.Hour), Latest: new(big.Int).SetUint64(in(30 * 24 * time.Hour))}},
		{"empty key", f.listing, ids(f.x1), nil, in(time.Hour), fee1, &contracts.EscrowEmptyPubKey{}},
		{"no exchange", f.listing, ids(), buyerKey, in(time.Hour), fee1, &contracts.EscrowBadExchangeCount{Count: big.NewInt(0), Max: big.NewInt(8)}},
		{"nine exchanges", f.listing, nine, buyerKey, in(time.Hour), fee1, &contracts.EscrowBadExchangeCount{Count: big.NewInt(9), Max: big.NewInt(8)}},
		{"duplicate exchange", f.listing, ids(f.x1, f.x1), buyerKey, in(time.Hour), fee1, &contracts.EscrowDuplicateExchange{ExchangeId: f.x1}},
		{"unknown exchange", f.listing, ids(big.NewInt(42)), buyerKey, in(time.Hour), fee1, &contracts.EscrowExchangeNotActive{ExchangeId: big.NewInt(42)}},
		{"exchange not accepted", picky, ids(f.x1), buyerKey, in(time.Hour), fee1, &contracts.EscrowExchangeNotAccepted{ListingId: picky, ExchangeId: f.x1}},
		{"insufficient stake", f.listing, ids(f.x1, poor), buyerKey, in(time.Hour), fee1, &contracts.EscrowInsufficientStake{ExchangeId: poor, Free: eth(1), Wanted: price}},
		{"fee too low", f.listing, ids(f.x1, f.x2), buyerKey, in(time.Hour), fee1, &contracts.EscrowWrongAmount{Sent: fee1, Wanted: fee2}},
		{"fee too high", f.listing, ids(f.x1), buyerKey, in(time.Hour), fee2, &contracts.EscrowWrongAmount{Sent: fee2, Wanted: fee1}},
		{"sample not ready", freshID, ids(f.x1), buyerKey, in(time.Hour), fee1,
			&contracts.EscrowSampleNotReady{ListingId: freshID, ReadyAtBlock: new(big.Int).Add(fresh.BlockNumber, big.NewInt(2))}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e.on(t).revert(e.buyer, e.escrow, e.esc.PackOpen(tt.listing, tt.exchanges, tt.key, tt.deadline), tt.value, tt.want)
		})
	}
	// The accepted exchange opens fine, and the fresh listing once its sample block has passed.
	e.open(e.buyer, picky, ids(f.x2), fee2, time.Hour)
	e.sim.Commit()
	e.open(e.buyer, freshID, ids(f.x1), fee1, time.Hour)
	if !call(e, e.market, e.mkt.PackSampleFixed(freshID), e.mkt.UnpackSampleFixed) {
		t.Error("open did not fix the listing's sample")
	}
}
