package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade/contracts"
)

// TestRegistry covers registration, update, stake deposit and withdrawal, deregistration, the escrow-only
// hooks and the revocation list.
func TestRegistry(t *testing.T) {
	e := newEnv(t, [32]byte{3})
	signer := crypto.PubkeyToAddress(e.enclave1.PublicKey)
	reg := func(signer common.Address, auth uint8, key common.Address) []byte {
		return e.reg.PackRegister("https://x.invalid", fee1, measurement(1), signer, "bafyev", auth, key)
	}
	for _, tt := range []struct {
		name string
		data []byte
		want any
	}{
		{"zero signer", reg(common.Address{}, 0, common.Address{}), &contracts.ExchangeRegistryZeroAddress{}},
		{"unknown authenticator", reg(signer, 2, e.admin.addr), &contracts.ExchangeRegistryInvalidAuthenticator{Authenticator: 2}},
		{"authority without key", reg(signer, 1, common.Address{}), &contracts.ExchangeRegistryMissingAuthorityKey{}},
	} {
		t.Run(tt.name, func(t *testing.T) { e.on(t).revert(e.xowner, e.registry, tt.data, stake, tt.want) })
	}

	id := e.registerExchange(e.xowner, e.enclave1, fee1, stake)
	if id.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("first exchange id %s, want 1", id)
	}
	x := e.exchange(id)
	if x.Owner != e.xowner.addr || x.Fee.Cmp(fee1) != 0 || x.EnclaveSigner != signer || x.Stake.Cmp(stake) != 0 || !x.Active ||
		x.Authenticator != 1 || x.AuthorityKey != e.admin.addr || x.Measurement != measurement(1) || x.EvidenceCid != "bafyevidence" {
		t.Fatalf("registered exchange %+v", x)
	}
	e.revert(e.xowner2, e.registry, e.reg.PackUpdate(id, "e", fee2, measurement(3), signer, "c", 0, common.Address{}), nil,
		&contracts.ExchangeRegistryNotExchangeOwner{Id: id, Caller: e.xowner2.addr})
	e.revert(e.xowner, e.registry, e.reg.PackUpdate(big.NewInt(5), "e", fee2, measurement(3), signer, "c", 0, common.Address{}), nil,
		&contracts.ExchangeRegistryUnknownExchange{Id: big.NewInt(5)})
	e.send(e.xowner, e.registry, e.reg.PackUpdate(id, "https://y.invalid", fee2, measurement(3), signer, "bafyev2", 0, common.Address{}), nil)
	if x := e.exchange(id); x.Fee.Cmp(fee2) != 0 || x.Endpoint != "https://y.invalid" || x.Measurement != measurement(3) || x.Authenticator != 0 {
		t.Fatalf("updated exchange %+v", x)
	}

	e.revert(e.xowner, e.registry, e.reg.PackDepositStake(id), nil, &contracts.ExchangeRegistryZeroAmount{})
	e.send(e.relayer, e.registry, e.reg.PackDepositStake(id), eth(1)) // anyone may add stake
	e.revert(e.relayer, e.registry, e.reg.PackWithdrawStake(id, eth(1)), nil, &contracts.ExchangeRegistryNotExchangeOwner{Id: id, Caller: e.relayer.addr})
	e.revert(e.xowner, e.registry, e.reg.PackWithdrawStake(id, eth(12)), nil,
		&contracts.ExchangeRegistryInsufficientFreeStake{Id: id, Free: eth(11), Wanted: eth(12)})
	e.send(e.xowner, e.registry, e.reg.PackWithdrawStake(id, eth(3)), nil)

	// Only the escrow may touch locks; the escrow is set once.
	e.revert(e.xowner, e.registry, e.reg.PackLockStake(id, eth(1)), nil, &contracts.ExchangeRegistryNotEscrow{Caller: e.xowner.addr})
	e.revert(e.xowner, e.registry, e.reg.PackSlashStake(id, eth(1), e.xowner.addr), nil, &contracts.ExchangeRegistryNotEscrow{Caller: e.xowner.addr})
	e.revert(e.admin, e.registry, e.reg.PackSetEscrow(e.admin.addr), nil, &contracts.ExchangeRegistryEscrowAlreadySet{Escrow: e.escrowAddr})
	e.revert(e.relayer, e.escrow, nil, eth(1), &contracts.EscrowUnexpectedEther{From: e.relayer.addr})

	isRevoked := func() bool {
		return call(e, e.registry, e.reg.PackIsRevoked(measurement(3)), e.reg.UnpackIsRevoked)
	}
	if isRevoked() {
		t.Fatal("measurement revoked before revocation")
	}
	r := e.send(e.admin, e.registry, e.reg.PackRevokeMeasurement(measurement(3)), nil)
	if ev, err := e.reg.UnpackMeasurementRevokedEvent(r.Logs[0]); err != nil || ev.Measurement != measurement(3) || !isRevoked() {
		t.Fatalf("revoke: event %+v %v, revoked %v", ev, err, isRevoked())
	}
	e.revert(e.xowner, e.registry, e.reg.PackUnrevokeMeasurement(measurement(3)), nil,
		&contracts.ExchangeRegistryOwnableUnauthorizedAccount{Account: e.xowner.addr})
	e.send(e.admin, e.registry, e.reg.PackUnrevokeMeasurement(measurement(3)), nil)
	if isRevoked() {
		t.Fatal("measurement still revoked after unrevoke")
	}

	// Stake locked by an open trade cannot be withdrawn.
	listing := e.publish(listingParams(price, 1, 10))
	e.open(e.buyer, listing, ids(id), fee2, tradeDur)
	if free := call(e, e.registry, e.reg.PackFreeStake(id), e.reg.UnpackFreeStake); free.Cmp(sub(eth(8), price)) != 0 {
		t.Fatalf("free stake %s, want %s", free, sub(eth(8), price))
	}
	e.revert(e.xowner, e.registry, e.reg.PackWithdrawStake(id, eth(8)), nil,
		&contracts.ExchangeRegistryInsufficientFreeStake{Id: id, Free: sub(eth(8), price), Wanted: eth(8)})

	e.revert(e.relayer, e.registry, e.reg.PackDeregister(id), nil, &contracts.ExchangeRegistryNotExchangeOwner{Id: id, Caller: e.relayer.addr})
	e.send(e.xowner, e.registry, e.reg.PackDeregister(id), nil)
	e.revert(e.xowner, e.registry, e.reg.PackDeregister(id), nil, &contracts.ExchangeRegistryExchangeInactive{Id: id})
	e.revert(e.xowner, e.registry, e.reg.PackUpdate(id, "e", fee2, measurement(3), signer, "c", 0, common.Address{}), nil,
		&contracts.ExchangeRegistryExchangeInactive{Id: id})
	if call(e, e.registry, e.reg.PackIsActive(id), e.reg.UnpackIsActive) {
		t.Error("deregistered exchange still active")
	}
	e.reconcile(map[*account]*big.Int{e.xowner: neg(eth(7)), e.relayer: neg(eth(1)), e.buyer: neg(fee2)})
}
