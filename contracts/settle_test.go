package contracts_test

import (
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade/contracts"
)

// packSample packs recordSample for the idx-th named exchange of trade id, signed by key for exchange x.
func (f *fixture) packSample(id *big.Int, idx int64, x *big.Int, key *ecdsa.PrivateKey) []byte {
	sig := f.signSampleReceipt(key, contracts.EscrowSampleReceipt{TradeId: id, Exchange: x})
	return f.esc.PackRecordSample(id, big.NewInt(idx), sig)
}

// TestCancel covers cancel before payment and who gets the fee F: the exchange with a sample receipt
// (recorded before the cancel, or within the claim window after it), else the buyer after the window.
func TestCancel(t *testing.T) {
	tests := []struct {
		name string
		// run drives the trade after open; it returns what the buyer and the exchange owners get back of F.
		run func(t *testing.T, f *fixture, id *big.Int) (buyer, x1, x2 *big.Int)
	}{
		{"no receipt, fee back after the claim window", func(t *testing.T, f *fixture, id *big.Int) (_, _, _ *big.Int) {
			e := f.env
			e.send(e.buyer, e.escrow, e.esc.PackCancel(id), nil)
			f.wantState(id, stCancelled)
			closes := new(big.Int).SetUint64(e.now() + uint64(sampleClaimWindow/time.Second))
			e.revert(e.relayer, e.escrow, e.esc.PackSettleCancel(id), nil, &contracts.EscrowSampleClaimOpen{TradeId: id, ClosesAt: closes})
			e.advanceTo(closes.Uint64() + 1)
			e.revert(e.xowner, e.escrow, f.packSample(id, 0, f.x1, e.enclave1), nil, &contracts.EscrowSampleClaimClosed{TradeId: id, ClosedAt: closes})
			e.send(e.relayer, e.escrow, e.esc.PackSettleCancel(id), nil)
			e.revert(e.relayer, e.escrow, e.esc.PackSettleCancel(id), nil, &contracts.EscrowFeeAlreadySettled{TradeId: id})
			return fee2, nil, nil
		}},
		{"receipt before cancel", func(t *testing.T, f *fixture, id *big.Int) (_, _, _ *big.Int) {
			e := f.env
			e.send(e.xowner, e.escrow, f.packSample(id, 0, f.x1, e.enclave1), nil)
			e.revert(e.xowner2, e.escrow, f.packSample(id, 1, f.x2, e.enclave2), nil, &contracts.EscrowSampleAlreadyRecorded{TradeId: id, ExchangeId: f.x1})
			e.send(e.buyer, e.escrow, e.esc.PackCancel(id), nil)
			e.revert(e.relayer, e.escrow, e.esc.PackSettleCancel(id), nil, &contracts.EscrowFeeAlreadySettled{TradeId: id})
			e.advance(sampleClaimWindow + time.Second)
			e.revert(e.relayer, e.escrow, e.esc.PackSettleCancel(id), nil, &contracts.EscrowFeeAlreadySettled{TradeId: id})
			return sub(fee2, fee1), fee1, nil
		}},
		{"race: cancel first, receipt within the window", func(t *testing.T, f *fixture, id *big.Int) (_, _, _ *big.Int) {
			e := f.env
			e.send(e.buyer, e.escrow, e.esc.PackCancel(id), nil)
			e.advance(sampleClaimWindow - 10*time.Second)
			e.send(e.xowner2, e.escrow, f.packSample(id, 1, f.x2, e.enclave2), nil)
			e.revert(e.xowner, e.escrow, f.packSample(id, 0, f.x1, e.enclave1), nil, &contracts.EscrowFeeAlreadySettled{TradeId: id})
			e.advance(sampleClaimWindow)
			e.revert(e.relayer, e.escrow, e.esc.PackSettleCancel(id), nil, &contracts.EscrowFeeAlreadySettled{TradeId: id})
			return nil, nil, fee2
		}},
		{"race: cancel and receipt in the same block, either order", func(t *testing.T, f *fixture, id *big.Int) (_, _, _ *big.Int) {
			e := f.env
			// The buyer pays a higher tip so its cancel is ordered first in the block.
			c := e.sendRaw(e.buyer, e.escrow, e.esc.PackCancel(id), nil, new(big.Int).Mul(big.NewInt(50), gwei))
			r := e.sendRaw(e.xowner, e.escrow, f.packSample(id, 0, f.x1, e.enclave1), nil, gwei)
			e.sim.Commit()
			rc, rr := e.receipt(e.buyer, c, true), e.receipt(e.xowner, r, true)
			if rc.BlockNumber.Cmp(rr.BlockNumber) != 0 || rc.TransactionIndex > rr.TransactionIndex {
				t.Fatalf("cancel in block %s at %d, receipt in block %s at %d: want the cancel first in the same block",
					rc.BlockNumber, rc.TransactionIndex, rr.BlockNumber, rr.TransactionIndex)
			}
			return sub(fee2, fee1), fee1, nil
		}},
		{"receipt with a wrong key or for another exchange", func(t *testing.T, f *fixture, id *big.Int) (_, _, _ *big.Int) {
			e := f.env
			e.revert(e.xowner, e.escrow, f.packSample(id, 0, f.x1, e.rogue), nil, &contracts.EscrowWrongSigner{
				Recovered: crypto.PubkeyToAddress(e.rogue.PublicKey), Expected: crypto.PubkeyToAddress(e.enclave1.PublicKey)})
			// Exchange 2's receipt submitted as exchange 1's: signed for another exchange id.
			sig := f.signSampleReceipt(e.enclave2, contracts.EscrowSampleReceipt{TradeId: id, Exchange: f.x2})
			d := call(e, e.escrow, e.esc.PackSampleReceiptDigest(contracts.EscrowSampleReceipt{TradeId: id, Exchange: f.x1}), e.esc.UnpackSampleReceiptDigest)
			e.revert(e.xowner, e.escrow, e.esc.PackRecordSample(id, big.NewInt(0), sig), nil, &contracts.EscrowWrongSigner{
				Recovered: recoverAddr(t, d[:], sig), Expected: crypto.PubkeyToAddress(e.enclave1.PublicKey)})
			// A receipt for another trade is void here.
			other := f.signSampleReceipt(e.enclave1, contracts.EscrowSampleReceipt{TradeId: big.NewInt(99), Exchange: f.x1})
			d = call(e, e.escrow, e.esc.PackSampleReceiptDigest(contracts.EscrowSampleReceipt{TradeId: id, Exchange: f.x1}), e.esc.UnpackSampleReceiptDigest)
			e.revert(e.xowner, e.escrow, e.esc.PackRecordSample(id, big.NewInt(0), other), nil, &contracts.EscrowWrongSigner{
				Recovered: recoverAddr(t, d[:], other), Expected: crypto.PubkeyToAddress(e.enclave1.PublicKey)})
			e.revert(e.buyer2, e.escrow, e.esc.PackCancel(id), nil, &contracts.EscrowNotBuyer{TradeId: id, Caller: e.buyer2.addr})
			e.send(e.buyer, e.escrow, e.esc.PackCancel(id), nil)
			e.revert(e.buyer, e.escrow, e.esc.PackCancel(id), nil, &contracts.EscrowWrongState{TradeId: id, State: stCancelled})
			e.revert(e.buyer, e.escrow, e.esc.PackPay(id), price, &contracts.EscrowWrongState{TradeId: id, State: stCancelled})
			e.revert(e.buyer, e.escrow, e.esc.PackRefund(id), nil, &contracts.EscrowWrongState{TradeId: id, State: stCancelled})
			e.advance(sampleClaimWindow + time.Second)
			e.send(e.buyer, e.escrow, e.esc.PackSettleCancel(id), nil)
			return fee2, nil, nil
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, 0)
			e := f.env
			id := f.openBoth(e.buyer)
			buyerBack, x1Got, x2Got := tt.run(t, f, id)
			f.wantState(id, stCancelled)
			f.wantLocked(f.x1, new(big.Int))
			f.wantLocked(f.x2, new(big.Int))
			e.withdrawAll()
			or0 := func(x *big.Int) *big.Int {
				if x == nil {
					return new(big.Int)
				}
				return x
			}
			e.reconcile(map[*account]*big.Int{
				e.buyer:   sub(or0(buyerBack), fee2),
				e.xowner:  or0(x1Got),
				e.xowner2: or0(x2Got),
			})
		})
	}
}

// TestCancelExpiredAndPaid: cancel is only for unpaid trades before their deadline, and recording a sample
// needs an open, unpaid trade.
func TestCancelExpiredAndPaid(t *testing.T) {
	f := newFixture(t, 1)
	e := f.env
	id := f.openBoth(e.buyer)
	deadline := e.trade(id).Deadline
	f.pay(e.buyer, id)
	e.revert(e.xowner, e.escrow, f.packSample(id, 0, f.x1, e.enclave1), nil, &contracts.EscrowWrongState{TradeId: id, State: stPaid})
	id2 := f.openBoth(e.buyer)
	e.advanceTo(e.trade(id2).Deadline + 1)
	e.revert(e.buyer, e.escrow, e.esc.PackCancel(id2), nil, &contracts.EscrowTradeExpired{TradeId: id2, Deadline: e.trade(id2).Deadline})
	e.revert(e.buyer, e.escrow, e.esc.PackPay(id2), price, &contracts.EscrowTradeExpired{TradeId: id2, Deadline: e.trade(id2).Deadline})
	_ = deadline
}

// TestRefund covers the refund after the deadline when nothing was committed.
func TestRefund(t *testing.T) {
	tests := []struct {
		name     string
		licence  uint8
		paid     bool
		sampleBy int // -1: no receipt; else the exchange index that recorded one
		buyerNet func() *big.Int
		x1Net    *big.Int
	}{
		{"paid use right", 1, true, -1, func() *big.Int { return new(big.Int) }, nil},
		{"paid ownership", 0, true, -1, func() *big.Int { return new(big.Int) }, nil},
		{"paid after a sample", 1, true, 0, func() *big.Int { return new(big.Int) }, nil},
		{"unpaid without sample", 1, false, -1, func() *big.Int { return new(big.Int) }, nil},
		{"unpaid after a sample", 1, false, 0, func() *big.Int { return neg(fee1) }, fee1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, tt.licence)
			e := f.env
			id := f.openBoth(e.buyer)
			if tt.sampleBy >= 0 {
				e.send(e.xowner, e.escrow, f.packSample(id, 0, f.x1, e.enclave1), nil)
			}
			if tt.paid {
				f.pay(e.buyer, id)
			}
			deadline := e.trade(id).Deadline
			refundable := deadline
			if !tt.paid {
				refundable += uint64(sampleClaimWindow / time.Second)
			}
			e.advanceTo(refundable)
			// The next block is at exactly the refundable time: still too early.
			e.revert(e.buyer, e.escrow, e.esc.PackRefund(id), nil, &contracts.EscrowTradeNotExpired{TradeId: id, RefundableAfter: new(big.Int).SetUint64(refundable)})
			e.advance(time.Second)
			if tt.paid {
				d := f.delivery(id, f.x1, wrapped)
				e.revert(e.relayer, e.escrow, f.packCommit(0, d, f.signDelivery(e.enclave1, d)), nil, &contracts.EscrowTradeExpired{TradeId: id, Deadline: deadline})
			}
			e.send(e.relayer, e.escrow, e.esc.PackRefund(id), nil)
			f.wantState(id, stRefunded)
			e.revert(e.buyer, e.escrow, e.esc.PackRefund(id), nil, &contracts.EscrowWrongState{TradeId: id, State: stRefunded})
			f.wantLocked(f.x1, new(big.Int))
			f.wantLocked(f.x2, new(big.Int))
			if call(e, e.market, e.mkt.PackIsLocked(f.listing), e.mkt.UnpackIsLocked) {
				t.Error("listing still locked after refund")
			}
			e.withdrawAll()
			x1 := tt.x1Net
			if x1 == nil {
				x1 = new(big.Int)
			}
			e.reconcile(map[*account]*big.Int{e.buyer: tt.buyerNet(), e.xowner: x1})
		})
	}
}

// TestFrontRunning: the buyer races a refund against a pending commit in the same block. The deadline
// splits time so that in any block exactly one of them succeeds.
func TestFrontRunning(t *testing.T) {
	tests := []struct {
		name       string
		offset     int64 // block time relative to the deadline
		wantCommit bool
	}{
		{"before the deadline", -30, true},
		{"at the deadline", 0, true},
		{"after the deadline", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, 0)
			e := f.env
			id := f.open(e.buyer, f.listing, ids(f.x1), fee1, tradeDur)
			f.pay(e.buyer, id)
			deadline := e.trade(id).Deadline
			d := f.delivery(id, f.x1, wrapped)
			d.ValidUntil = new(big.Int).SetUint64(deadline + 3600)
			sig := f.signDelivery(e.enclave1, d)
			e.advanceTo(uint64(int64(deadline) + tt.offset))
			// The buyer's refund pays the higher tip, so it is ordered before the commit.
			refund := e.sendRaw(e.buyer, e.escrow, e.esc.PackRefund(id), nil, new(big.Int).Mul(big.NewInt(50), gwei))
			commit := e.sendRaw(e.relayer, e.escrow, f.packCommit(0, d, sig), nil, gwei)
			e.sim.Commit()
			rr := e.receipt(e.buyer, refund, !tt.wantCommit)
			rc := e.receipt(e.relayer, commit, tt.wantCommit)
			if rr.BlockNumber.Cmp(rc.BlockNumber) != 0 || rr.TransactionIndex > rc.TransactionIndex {
				t.Fatalf("refund at %s/%d, commit at %s/%d: want both in one block, refund first", rr.BlockNumber, rr.TransactionIndex, rc.BlockNumber, rc.TransactionIndex)
			}
			if h, _ := e.client.HeaderByNumber(e.ctx, rr.BlockNumber); h.Time != uint64(int64(deadline)+tt.offset) {
				t.Fatalf("block time %d, want %d", h.Time, int64(deadline)+tt.offset)
			}
			e.withdrawAll()
			if tt.wantCommit {
				f.wantState(id, stCommitted)
				if owner := call(e, e.market, e.mkt.PackOwnerOf(f.listing), e.mkt.UnpackOwnerOf); owner != e.buyer.addr {
					t.Errorf("token owner %s, want buyer", owner)
				}
				e.reconcile(map[*account]*big.Int{e.buyer: neg(add(price, fee1)), e.seller: price, e.xowner: fee1})
			} else {
				f.wantState(id, stRefunded)
				e.reconcile(nil)
			}
		})
	}
}
