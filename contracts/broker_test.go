package contracts_test

// Tests of the Broker (the broker trade path without a TEE) and the BoardAnchor on the simulated chain:
// every deadline path, disputes both ways, per-query charges, anchoring rules, every revert the callers can
// hit, and every balance reconciled to the wei with nothing left in the contract.

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/datatrade/datatrade/contracts"
)

const (
	bDelivery = time.Hour
	bConfirm  = 2 * time.Hour
	bDispute  = 3 * time.Hour
	bQuery    = 4 * time.Hour
	bFeeBps   = 250 // 2.5%
)

// Broker trade states, as Broker.State numbers them.
const (
	bsNone uint8 = iota
	bsOpen
	bsDelivered
	bsChecked
	bsDisputed
	bsCompleted
	bsRefunded
)

// benv is a simulated chain with the four core contracts plus a Broker and its BoardAnchor; the account
// "relayer" of the core tests plays the platform.
type benv struct {
	*env
	platform               *account
	brokerAddr, anchorAddr common.Address
	broker, anchor         *bind.BoundContract
	bk                     *contracts.Broker
	ba                     *contracts.BoardAnchor
	brokerStart            *big.Int
}

func newBrokerEnv(tb testing.TB) *benv {
	tb.Helper()
	e := newEnv(tb, [32]byte{0xb0, 0x4e})
	b := &benv{env: e, platform: e.relayer, bk: contracts.NewBroker(), ba: contracts.NewBoardAnchor()}
	b.brokerAddr = e.deploy(contracts.BrokerMetaData.Bin, b.bk.PackConstructor(e.marketAddr, b.platform.addr, e.salt, bFeeBps,
		uint64(bDelivery/time.Second), uint64(bConfirm/time.Second), uint64(bDispute/time.Second), uint64(bQuery/time.Second)))
	b.anchorAddr = e.deploy(contracts.BoardAnchorMetaData.Bin, b.ba.PackConstructor(b.brokerAddr))
	b.broker = b.bk.Instance(e.client, b.brokerAddr)
	b.anchor = b.ba.Instance(e.client, b.anchorAddr)
	e.snapshot()
	b.brokerStart = e.balance(b.brokerAddr)
	return b
}

// expect requires that the transaction, if sent now, reverts with exactly want, decoding the revert with the
// Broker's and BoardAnchor's errors first (NotPlatform is declared by both: the called contract's wins).
func (b *benv) expect(from *account, c *bind.BoundContract, data []byte, value *big.Int, want any) {
	b.tb.Helper()
	_, err := b.client.PendingCallContract(b.ctx, b.msg(from, c, data, value))
	if err == nil {
		b.tb.Fatalf("%s: transaction would succeed, want revert %T%+v", from.name, want, want)
	}
	got := b.bdecode(err, c)
	if fmt.Sprintf("%T%+v", got, got) != fmt.Sprintf("%T%+v", want, want) {
		b.tb.Fatalf("revert: got %T%+v, want %T%+v (raw %v)", got, got, want, want, err)
	}
}

// callExpect requires a view call to revert with exactly want.
func (b *benv) callExpect(c *bind.BoundContract, data []byte, want any) {
	b.tb.Helper()
	_, err := bind.Call(c, nil, data, func(r []byte) ([]byte, error) { return r, nil })
	if err == nil {
		b.tb.Fatalf("call succeeded, want revert %T%+v", want, want)
	}
	got := b.bdecode(err, c)
	if fmt.Sprintf("%T%+v", got, got) != fmt.Sprintf("%T%+v", want, want) {
		b.tb.Fatalf("revert: got %T%+v, want %T%+v (raw %v)", got, got, want, want, err)
	}
}

func (b *benv) bdecode(err error, c *bind.BoundContract) any {
	data, ok := ethclient.RevertErrorData(err)
	if !ok || len(data) < 4 {
		return fmt.Errorf("no revert data: %w", err)
	}
	order := []errorUnpacker{b.bk, b.ba, b.mkt}
	if c != nil && c.Address() == b.anchorAddr {
		order = []errorUnpacker{b.ba, b.bk, b.mkt}
	}
	for _, u := range order {
		if v, err := u.UnpackError(data); err == nil {
			return v
		}
	}
	return fmt.Errorf("unknown revert %x", data)
}

func (b *benv) fee(price *big.Int) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(price, big.NewInt(bFeeBps)), big.NewInt(10000))
}

// listing publishes a listing as the seller, offers it on the broker path with a per-query price and, for an
// ownership listing, approves the Broker for its token.
func (b *benv) listing(price *big.Int, licence uint8, queryPrice *big.Int) *big.Int {
	b.tb.Helper()
	id := b.publish(listingParams(price, licence, 4))
	if queryPrice == nil {
		queryPrice = new(big.Int)
	}
	b.send(b.seller, b.broker, b.bk.PackSetTerms(id, true, queryPrice), nil)
	if licence == 0 {
		b.send(b.seller, b.market, b.mkt.PackApprove(b.brokerAddr, id), nil)
	}
	return id
}

func (b *benv) openTrade(buyer *account, listing, price *big.Int) *big.Int {
	b.tb.Helper()
	r := b.send(buyer, b.broker, b.bk.PackOpen(listing), new(big.Int).Add(price, b.fee(price)))
	for _, l := range r.Logs {
		if ev, err := b.bk.UnpackTradeOpenedEvent(l); err == nil {
			return ev.TradeId
		}
	}
	b.tb.Fatal("no TradeOpened event")
	return nil
}

func (b *benv) trade(id *big.Int) contracts.BrokerTrade {
	b.tb.Helper()
	return call(b.env, b.broker, b.bk.PackGetTrade(id), b.bk.UnpackGetTrade)
}

func (b *benv) wantState(id *big.Int, want uint8) {
	b.tb.Helper()
	if got := b.trade(id).State; got != want {
		b.tb.Fatalf("broker trade %s: state %d, want %d", id, got, want)
	}
}

func (b *benv) ownerOf(listing *big.Int) common.Address {
	b.tb.Helper()
	return call(b.env, b.market, b.mkt.PackOwnerOf(listing), b.mkt.UnpackOwnerOf)
}

func (b *benv) bcredit(a common.Address) *big.Int {
	return call(b.env, b.broker, b.bk.PackCredit(a), b.bk.UnpackCredit)
}

// ---- EIP-712 ----

var brokerTypes = apitypes.Types{
	"Sent": {
		{Name: "tradeId", Type: "uint256"},
		{Name: "buyer", Type: "address"},
		{Name: "fingerprint", Type: "bytes32"},
		{Name: "ciphertextHash", Type: "bytes32"},
		{Name: "sentAt", Type: "uint64"},
	},
	"Received": {
		{Name: "tradeId", Type: "uint256"},
		{Name: "seller", Type: "address"},
		{Name: "fingerprint", Type: "bytes32"},
		{Name: "ciphertextHash", Type: "bytes32"},
		{Name: "receivedAt", Type: "uint64"},
	},
	"Query": {
		{Name: "packageId", Type: "uint256"},
		{Name: "seq", Type: "uint32"},
		{Name: "queryHash", Type: "bytes32"},
	},
}

func (b *benv) brokerDigest(primary string, msg apitypes.TypedDataMessage) []byte {
	td := apitypes.TypedData{
		Types:       apitypes.Types{"EIP712Domain": eip712Types["EIP712Domain"], primary: brokerTypes[primary]},
		PrimaryType: primary,
		Domain: apitypes.TypedDataDomain{
			Name: "datatrade", Version: "1", ChainId: (*math.HexOrDecimal256)(b.chainID),
			VerifyingContract: b.brokerAddr.Hex(), Salt: hexutil.Encode(b.salt[:]),
		},
		Message: msg,
	}
	return digest(b.tb, td)
}

func sentMessage(s contracts.BrokerSent) apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{"tradeId": s.TradeId, "buyer": s.Buyer.Hex(), "fingerprint": s.Fingerprint[:],
		"ciphertextHash": s.CiphertextHash[:], "sentAt": new(big.Int).SetUint64(s.SentAt)}
}

func receivedMessage(r contracts.BrokerReceived) apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{"tradeId": r.TradeId, "seller": r.Seller.Hex(), "fingerprint": r.Fingerprint[:],
		"ciphertextHash": r.CiphertextHash[:], "receivedAt": new(big.Int).SetUint64(r.ReceivedAt)}
}

func queryMessage(q contracts.BrokerQuery) apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{"packageId": q.PackageId, "seq": new(big.Int).SetUint64(uint64(q.Seq)), "queryHash": q.QueryHash[:]}
}

var ciphertext = crypto.Keccak256Hash([]byte("ciphertext for the buyer"))

// sent returns the seller's Sent notice for trade id, as the seller would fill it in.
func (b *benv) sent(id *big.Int) contracts.BrokerSent {
	t := b.trade(id)
	return contracts.BrokerSent{TradeId: id, Buyer: t.Buyer, Fingerprint: t.Fingerprint, CiphertextHash: ciphertext, SentAt: 1_700_000_000}
}

func (b *benv) received(id *big.Int, fp [32]byte) contracts.BrokerReceived {
	return contracts.BrokerReceived{TradeId: id, Seller: b.trade(id).Seller, Fingerprint: fp, CiphertextHash: ciphertext, ReceivedAt: 1_700_000_001}
}

func (b *benv) packSent(s contracts.BrokerSent, key *ecdsa.PrivateKey) []byte {
	return b.bk.PackNotifySent(s.TradeId, s.CiphertextHash, s.SentAt, sign(b.tb, key, b.brokerDigest("Sent", sentMessage(s))))
}

func (b *benv) packCheck(r contracts.BrokerReceived, key *ecdsa.PrivateKey, consistent bool) []byte {
	return b.bk.PackPostCheck(r.TradeId, r.Fingerprint, r.CiphertextHash, r.ReceivedAt,
		sign(b.tb, key, b.brokerDigest("Received", receivedMessage(r))), consistent)
}

func (b *benv) packCharge(q contracts.BrokerQuery, key *ecdsa.PrivateKey) []byte {
	return b.bk.PackChargeQuery(q.PackageId, q.Seq, q.QueryHash, sign(b.tb, key, b.brokerDigest("Query", queryMessage(q))))
}

// deliver has the platform submit the seller's Sent notice.
func (b *benv) deliver(id *big.Int) {
	b.tb.Helper()
	b.send(b.platform, b.broker, b.packSent(b.sent(id), b.seller.key), nil)
}

// ---- reconciliation ----

// withdrawBroker has every account with a Broker credit pull it.
func (b *benv) withdrawBroker() {
	b.tb.Helper()
	for _, a := range b.accounts {
		if b.bcredit(a.addr).Sign() > 0 {
			b.send(a, b.broker, b.bk.PackWithdraw(), nil)
		}
	}
}

// reconcile checks, to the wei: every balance change plus every fee sums to zero; the Broker holds exactly
// its credits plus its held payments, and the sum of the accounts' credits is its totalCredits; each
// account's net change is as wanted (accounts not named must be unchanged); with settled set, nothing is
// held and nothing is owed.
func (b *benv) reconcile(want map[*account]*big.Int, settled bool) {
	b.tb.Helper()
	sum := new(big.Int).Sub(b.balance(b.brokerAddr), b.brokerStart)
	for _, a := range b.addrs() {
		sum.Add(sum, new(big.Int).Sub(b.balance(a), b.start[a]))
	}
	for _, g := range b.gas {
		sum.Add(sum, g)
	}
	if sum.Sign() != 0 {
		b.tb.Errorf("balance changes plus fees sum to %s wei, want 0", sum)
	}
	credits := call(b.env, b.broker, b.bk.PackTotalCredits(), b.bk.UnpackTotalCredits)
	held := call(b.env, b.broker, b.bk.PackTotalHeld(), b.bk.UnpackTotalHeld)
	if got, want := b.balance(b.brokerAddr), new(big.Int).Add(credits, held); got.Cmp(want) != 0 {
		b.tb.Errorf("broker balance %s, want credits %s + held %s", got, credits, want)
	}
	var credited big.Int
	for _, a := range b.accounts {
		credited.Add(&credited, b.bcredit(a.addr))
	}
	if credited.Cmp(credits) != 0 {
		b.tb.Errorf("sum of credits %s, want totalCredits %s", &credited, credits)
	}
	if settled && (held.Sign() != 0 || credits.Sign() != 0) {
		b.tb.Errorf("after settlement: held %s, credits %s, want 0 and 0", held, credits)
	}
	for _, a := range b.accounts {
		w := want[a]
		if w == nil {
			w = new(big.Int)
		}
		if got := b.net(a); got.Cmp(w) != 0 {
			b.tb.Errorf("%s: net change %s wei, want %s", a.name, got, w)
		}
	}
}

// ---- tests ----

func TestBrokerEIP712MatchesIndependentImplementation(t *testing.T) {
	b := newBrokerEnv(t)
	s := contracts.BrokerSent{TradeId: big.NewInt(7), Buyer: b.buyer.addr, Fingerprint: [32]byte{1}, CiphertextHash: [32]byte{2}, SentAt: 99}
	r := contracts.BrokerReceived{TradeId: big.NewInt(7), Seller: b.seller.addr, Fingerprint: [32]byte{3}, CiphertextHash: [32]byte{4}, ReceivedAt: 100}
	q := contracts.BrokerQuery{PackageId: big.NewInt(5), Seq: 3, QueryHash: [32]byte{5}}
	cases := []struct {
		name string
		got  [32]byte
		want []byte
	}{
		{"Sent", call(b.env, b.broker, b.bk.PackSentDigest(s), b.bk.UnpackSentDigest), b.brokerDigest("Sent", sentMessage(s))},
		{"Received", call(b.env, b.broker, b.bk.PackReceivedDigest(r), b.bk.UnpackReceivedDigest), b.brokerDigest("Received", receivedMessage(r))},
		{"Query", call(b.env, b.broker, b.bk.PackQueryDigest(q), b.bk.UnpackQueryDigest), b.brokerDigest("Query", queryMessage(q))},
	}
	for _, c := range cases {
		if common.Hash(c.got) != common.BytesToHash(c.want) {
			t.Errorf("%s digest: contract %x, apitypes %x", c.name, c.got, c.want)
		}
	}
	if got := call(b.env, b.broker, b.bk.PackSalt(), b.bk.UnpackSalt); got != b.salt {
		t.Errorf("salt %x, want %x", got, b.salt)
	}
}

func TestBrokerConfirmedOwnershipTrade(t *testing.T) {
	b := newBrokerEnv(t)
	price := eth(2)
	fee := b.fee(price)
	id := b.listing(price, 0, nil)
	tr := b.openTrade(b.buyer, id, price)
	if got := b.ownerOf(id); got != b.brokerAddr {
		t.Fatalf("token owner during the trade %s, want the Broker (custody)", got)
	}
	tt := b.trade(tr)
	if tt.Price.Cmp(price) != 0 || tt.Fee.Cmp(fee) != 0 || tt.Seller != b.seller.addr || !tt.Custody || tt.Fingerprint != [32]byte{0xf1} {
		t.Fatalf("trade snapshot %+v", tt)
	}
	if want := tt.OpenedAt + uint64(bDelivery/time.Second); tt.DeliveryDeadline != want {
		t.Fatalf("delivery deadline %d, want %d", tt.DeliveryDeadline, want)
	}
	b.deliver(tr)
	b.wantState(tr, bsDelivered)
	r := b.send(b.platform, b.broker, b.packCheck(b.received(tr, [32]byte{0xf1}), b.buyer.key, true), nil)
	var checked bool
	for _, l := range r.Logs {
		if ev, err := b.bk.UnpackConsistencyCheckedEvent(l); err == nil {
			checked = ev.Consistent && ev.BuyerFingerprint == [32]byte{0xf1}
		}
	}
	if !checked {
		t.Fatal("no ConsistencyChecked(consistent) event")
	}
	b.wantState(tr, bsChecked)
	b.send(b.buyer, b.broker, b.bk.PackConfirm(tr), nil)
	b.wantState(tr, bsCompleted)
	if got := b.ownerOf(id); got != b.buyer.addr {
		t.Fatalf("token owner after confirm %s, want the buyer", got)
	}
	if got := b.bcredit(b.seller.addr); got.Cmp(price) != 0 {
		t.Fatalf("seller credit %s, want %s", got, price)
	}
	b.withdrawBroker()
	b.reconcile(map[*account]*big.Int{b.seller: price, b.platform: fee, b.buyer: neg(add(price, fee))}, true)
}

func TestBrokerDeadlines(t *testing.T) {
	price := eth(1)
	t.Run("no delivery refunds the buyer and returns the token", func(t *testing.T) {
		b := newBrokerEnv(t)
		id := b.listing(price, 0, nil)
		tr := b.openTrade(b.buyer, id, price)
		dl := b.trade(tr).DeliveryDeadline
		b.advanceTo(dl) // the pending block is at the deadline
		b.expect(b.buyer, b.broker, b.bk.PackRefund(tr), nil, &contracts.BrokerNotDue{Id: tr, DueAt: dl})
		b.advance(time.Second)
		b.expect(b.platform, b.broker, b.packSent(b.sent(tr), b.seller.key), nil, &contracts.BrokerDeadlinePassed{Id: tr, Deadline: dl})
		b.send(b.relayer, b.broker, b.bk.PackRefund(tr), nil) // anyone
		b.wantState(tr, bsRefunded)
		if got := b.ownerOf(id); got != b.seller.addr {
			t.Fatalf("token owner after refund %s, want the seller", got)
		}
		b.expect(b.buyer, b.broker, b.bk.PackRefund(tr), nil, &contracts.BrokerWrongState{TradeId: tr, State: bsRefunded})
		b.withdrawBroker()
		b.reconcile(nil, true)
	})
	t.Run("delivery at the deadline is accepted", func(t *testing.T) {
		b := newBrokerEnv(t)
		id := b.listing(price, 1, nil)
		tr := b.openTrade(b.buyer, id, price)
		b.advanceTo(b.trade(tr).DeliveryDeadline)
		b.deliver(tr)
		b.wantState(tr, bsDelivered)
		if got, want := b.trade(tr).ConfirmDeadline, b.now()+uint64(bConfirm/time.Second); got != want {
			t.Fatalf("confirm deadline %d, want %d", got, want)
		}
	})
	for _, checked := range []bool{false, true} {
		t.Run(fmt.Sprintf("no confirmation forces the transfer (checked %v)", checked), func(t *testing.T) {
			b := newBrokerEnv(t)
			fee := b.fee(price)
			id := b.listing(price, 0, nil)
			tr := b.openTrade(b.buyer, id, price)
			b.deliver(tr)
			if checked {
				b.send(b.platform, b.broker, b.packCheck(b.received(tr, [32]byte{0xf1}), b.buyer.key, true), nil)
			}
			dl := b.trade(tr).ConfirmDeadline
			b.advanceTo(dl)
			b.expect(b.seller, b.broker, b.bk.PackForceTransfer(tr), nil, &contracts.BrokerNotDue{Id: tr, DueAt: dl})
			b.advance(time.Second)
			b.expect(b.buyer, b.broker, b.bk.PackComplain(tr, [32]byte{1}), nil, &contracts.BrokerDeadlinePassed{Id: tr, Deadline: dl})
			if !checked {
				b.expect(b.platform, b.broker, b.packCheck(b.received(tr, [32]byte{0xf1}), b.buyer.key, true), nil,
					&contracts.BrokerDeadlinePassed{Id: tr, Deadline: dl})
			}
			r := b.send(b.seller, b.broker, b.bk.PackForceTransfer(tr), nil)
			var forced bool
			for _, l := range r.Logs {
				if ev, err := b.bk.UnpackTradeCompletedEvent(l); err == nil {
					forced = ev.Forced
				}
			}
			if !forced {
				t.Fatal("no TradeCompleted(forced) event")
			}
			b.wantState(tr, bsCompleted)
			if got := b.ownerOf(id); got != b.buyer.addr {
				t.Fatalf("token owner %s, want the buyer", got)
			}
			b.expect(b.seller, b.broker, b.bk.PackForceTransfer(tr), nil, &contracts.BrokerWrongState{TradeId: tr, State: bsCompleted})
			b.withdrawBroker()
			b.reconcile(map[*account]*big.Int{b.seller: price, b.platform: fee, b.buyer: neg(add(price, fee))}, true)
		})
	}
}

func TestBrokerDisputes(t *testing.T) {
	price := eth(3)
	upload := crypto.Keccak256Hash([]byte("the seller's upload"))
	// dispute opens a dispute on a delivered ownership trade, by a mismatch or by a complaint.
	dispute := func(b *benv, mismatch bool) (*big.Int, *big.Int) {
		b.tb.Helper()
		id := b.listing(price, 0, nil)
		tr := b.openTrade(b.buyer, id, price)
		b.deliver(tr)
		if mismatch {
			b.send(b.platform, b.broker, b.packCheck(b.received(tr, [32]byte{0xba, 0xd}), b.buyer.key, false), nil)
		} else {
			b.send(b.buyer, b.broker, b.bk.PackComplain(tr, [32]byte{'w', 'r', 'o', 'n', 'g'}), nil)
		}
		b.wantState(tr, bsDisputed)
		if got, want := b.trade(tr).DisputeDeadline, b.now()+uint64(bDispute/time.Second); got != want {
			b.tb.Fatalf("dispute deadline %d, want %d", got, want)
		}
		b.expect(b.buyer, b.broker, b.bk.PackConfirm(tr), nil, &contracts.BrokerWrongState{TradeId: tr, State: bsDisputed})
		b.expect(b.seller, b.broker, b.bk.PackForceTransfer(tr), nil, &contracts.BrokerWrongState{TradeId: tr, State: bsDisputed})
		return id, tr
	}
	t.Run("mismatch, upload, decided for the seller", func(t *testing.T) {
		b := newBrokerEnv(t)
		id, tr := dispute(b, true)
		b.expect(b.platform, b.broker, b.bk.PackDecide(tr, true), nil, &contracts.BrokerNoUpload{TradeId: tr})
		b.expect(b.seller, b.broker, b.bk.PackRecordUpload(tr, upload), nil, &contracts.BrokerNotPlatform{Caller: b.seller.addr})
		b.expect(b.platform, b.broker, b.bk.PackRecordUpload(tr, [32]byte{}), nil, &contracts.BrokerZeroHash{})
		b.send(b.platform, b.broker, b.bk.PackRecordUpload(tr, upload), nil)
		b.expect(b.platform, b.broker, b.bk.PackRecordUpload(tr, upload), nil, &contracts.BrokerAlreadyUploaded{TradeId: tr})
		b.expect(b.buyer, b.broker, b.bk.PackDecide(tr, false), nil, &contracts.BrokerNotPlatform{Caller: b.buyer.addr})
		b.send(b.platform, b.broker, b.bk.PackDecide(tr, true), nil)
		b.wantState(tr, bsCompleted)
		if got := b.ownerOf(id); got != b.buyer.addr {
			t.Fatalf("token owner %s, want the buyer", got)
		}
		b.withdrawBroker()
		b.reconcile(map[*account]*big.Int{b.seller: price, b.platform: b.fee(price), b.buyer: neg(add(price, b.fee(price)))}, true)
	})
	t.Run("complaint, upload, decided for the buyer", func(t *testing.T) {
		b := newBrokerEnv(t)
		id, tr := dispute(b, false)
		b.send(b.platform, b.broker, b.bk.PackRecordUpload(tr, upload), nil)
		b.send(b.platform, b.broker, b.bk.PackDecide(tr, false), nil)
		b.wantState(tr, bsRefunded)
		if got := b.ownerOf(id); got != b.seller.addr {
			t.Fatalf("token owner %s, want the seller", got)
		}
		b.withdrawBroker()
		b.reconcile(nil, true)
	})
	t.Run("seller does not upload: refund after the dispute deadline", func(t *testing.T) {
		b := newBrokerEnv(t)
		id, tr := dispute(b, true)
		dl := b.trade(tr).DisputeDeadline
		b.advanceTo(dl)
		b.expect(b.buyer, b.broker, b.bk.PackRefund(tr), nil, &contracts.BrokerNotDue{Id: tr, DueAt: dl})
		b.advance(time.Second)
		b.expect(b.platform, b.broker, b.bk.PackRecordUpload(tr, upload), nil, &contracts.BrokerDeadlinePassed{Id: tr, Deadline: dl})
		b.send(b.buyer, b.broker, b.bk.PackRefund(tr), nil)
		b.wantState(tr, bsRefunded)
		if got := b.ownerOf(id); got != b.seller.addr {
			t.Fatalf("token owner %s, want the seller", got)
		}
		b.withdrawBroker()
		b.reconcile(nil, true)
	})
	t.Run("platform does not decide: refund after the decision deadline", func(t *testing.T) {
		b := newBrokerEnv(t)
		_, tr := dispute(b, false)
		b.send(b.platform, b.broker, b.bk.PackRecordUpload(tr, upload), nil)
		dl := call(b.env, b.broker, b.bk.PackDecisionDeadline(tr), b.bk.UnpackDecisionDeadline)
		if want := b.trade(tr).DisputeDeadline + uint64(bDispute/time.Second); dl != want {
			t.Fatalf("decision deadline %d, want %d", dl, want)
		}
		b.advanceTo(b.trade(tr).DisputeDeadline + 1)
		b.expect(b.buyer, b.broker, b.bk.PackRefund(tr), nil, &contracts.BrokerNotDue{Id: tr, DueAt: dl})
		b.advanceTo(dl + 1)
		b.expect(b.platform, b.broker, b.bk.PackDecide(tr, true), nil, &contracts.BrokerDeadlinePassed{Id: tr, Deadline: dl})
		b.send(b.relayer, b.broker, b.bk.PackRefund(tr), nil)
		b.wantState(tr, bsRefunded)
		b.withdrawBroker()
		b.reconcile(nil, true)
	})
}

func TestBrokerQueries(t *testing.T) {
	b := newBrokerEnv(t)
	price, qp := eth(1), milli(10)
	qfee := b.fee(qp)
	id := b.listing(price, 1, qp)
	each := add(qp, qfee)
	b.expect(b.buyer, b.broker, b.bk.PackBuyQueries(id, 3), add(each, each), &contracts.BrokerWrongValue{Got: add(each, each), Want: new(big.Int).Mul(each, big.NewInt(3))})
	b.expect(b.buyer, b.broker, b.bk.PackBuyQueries(id, 0), nil, &contracts.BrokerZeroCount{})
	r := b.send(b.buyer, b.broker, b.bk.PackBuyQueries(id, 3), new(big.Int).Mul(each, big.NewInt(3)))
	var pkg *big.Int
	for _, l := range r.Logs {
		if ev, err := b.bk.UnpackQueriesBoughtEvent(l); err == nil {
			pkg = ev.PackageId
		}
	}
	if pkg == nil {
		t.Fatal("no QueriesBought event")
	}
	p := call(b.env, b.broker, b.bk.PackGetPackage(pkg), b.bk.UnpackGetPackage)
	if p.Payee != b.seller.addr || p.Count != 3 || p.QueryPrice.Cmp(qp) != 0 || p.QueryFee.Cmp(qfee) != 0 {
		t.Fatalf("package %+v", p)
	}
	q := func(seq uint32) contracts.BrokerQuery {
		return contracts.BrokerQuery{PackageId: pkg, Seq: seq, QueryHash: crypto.Keccak256Hash([]byte(fmt.Sprintf("count rows %d", seq)))}
	}
	b.expect(b.seller, b.broker, b.packCharge(q(0), b.buyer.key), nil, &contracts.BrokerNotPlatform{Caller: b.seller.addr})
	b.expect(b.platform, b.broker, b.packCharge(q(0), b.platform.key), nil, &contracts.BrokerWrongSigner{Got: b.platform.addr, Want: b.buyer.addr})
	b.expect(b.platform, b.broker, b.packCharge(q(1), b.buyer.key), nil, &contracts.BrokerWrongSequence{PackageId: pkg, Got: 1, Want: 0})
	b.send(b.platform, b.broker, b.packCharge(q(0), b.buyer.key), nil)
	b.expect(b.platform, b.broker, b.packCharge(q(0), b.buyer.key), nil, &contracts.BrokerWrongSequence{PackageId: pkg, Got: 0, Want: 1})
	b.send(b.platform, b.broker, b.packCharge(q(1), b.buyer.key), nil)
	if got, want := b.bcredit(b.seller.addr), add(qp, qp); got.Cmp(want) != 0 {
		t.Fatalf("seller credit after two queries %s, want %s", got, want)
	}
	b.expect(b.buyer, b.broker, b.bk.PackCloseQueries(pkg), nil, &contracts.BrokerNotDue{Id: pkg, DueAt: p.Expiry})
	b.advanceTo(p.Expiry + 1)
	b.expect(b.platform, b.broker, b.packCharge(q(2), b.buyer.key), nil, &contracts.BrokerDeadlinePassed{Id: pkg, Deadline: p.Expiry})
	r = b.send(b.buyer, b.broker, b.bk.PackCloseQueries(pkg), nil)
	for _, l := range r.Logs {
		if ev, err := b.bk.UnpackPackageClosedEvent(l); err == nil && ev.Unused != 1 {
			t.Fatalf("closed with %d unused queries, want 1", ev.Unused)
		}
	}
	b.expect(b.buyer, b.broker, b.bk.PackCloseQueries(pkg), nil, &contracts.BrokerPackageIsClosed{PackageId: pkg})
	b.withdrawBroker()
	two := big.NewInt(2)
	b.reconcile(map[*account]*big.Int{
		b.seller:   new(big.Int).Mul(qp, two),
		b.platform: new(big.Int).Mul(qfee, two),
		b.buyer:    neg(new(big.Int).Mul(each, two)),
	}, true)

	t.Run("exhausted, closed early by the platform", func(t *testing.T) {
		b := b.on(t)
		r := b.send(b.buyer2, b.broker, b.bk.PackBuyQueries(id, 1), each)
		var pkg *big.Int
		for _, l := range r.Logs {
			if ev, err := b.bk.UnpackQueriesBoughtEvent(l); err == nil {
				pkg = ev.PackageId
			}
		}
		one := contracts.BrokerQuery{PackageId: pkg, Seq: 0, QueryHash: [32]byte{9}}
		b.send(b.platform, b.broker, b.packCharge(one, b.buyer2.key), nil)
		one.Seq = 1
		b.expect(b.platform, b.broker, b.packCharge(one, b.buyer2.key), nil, &contracts.BrokerQueriesExhausted{PackageId: pkg})
		b.send(b.platform, b.broker, b.bk.PackCloseQueries(pkg), nil)
		b.expect(b.platform, b.broker, b.packCharge(one, b.buyer2.key), nil, &contracts.BrokerPackageIsClosed{PackageId: pkg})
	})
}

func (b *benv) on(tb testing.TB) *benv {
	c := *b
	c.env = b.env.on(tb)
	return &c
}

func TestBrokerReverts(t *testing.T) {
	b := newBrokerEnv(t)
	price := eth(1)
	value := add(price, b.fee(price))
	own := b.listing(price, 0, nil)
	use := b.listing(price, 1, nil)
	unoffered := b.publish(listingParams(price, 1, 4))
	unapproved := b.publish(listingParams(price, 0, 4))
	b.send(b.seller, b.broker, b.bk.PackSetTerms(unapproved, true, common.Big0), nil)
	delisted := b.listing(price, 1, nil)
	b.send(b.seller, b.market, b.mkt.PackDelist(delisted), nil)
	tr := b.openTrade(b.buyer, own, price)
	wrongSig := b.sent(tr)
	short := b.bk.PackNotifySent(tr, ciphertext, 1, []byte{1, 2, 3})

	cases := []struct {
		name  string
		from  *account
		data  []byte
		value *big.Int
		want  any
	}{
		{"open unoffered", b.buyer, b.bk.PackOpen(unoffered), value, &contracts.BrokerNotOffered{ListingId: unoffered}},
		{"open unknown listing", b.buyer, b.bk.PackOpen(big.NewInt(99)), value, &contracts.MarketUnknownListing{Id: big.NewInt(99)}},
		{"open delisted", b.buyer, b.bk.PackOpen(delisted), value, &contracts.BrokerListingNotActive{ListingId: delisted}},
		{"open in custody", b.buyer2, b.bk.PackOpen(own), value, &contracts.BrokerListingInCustody{ListingId: own}},
		{"open without approval", b.buyer, b.bk.PackOpen(unapproved), value, &contracts.BrokerTokenNotApproved{ListingId: unapproved}},
		{"open own listing", b.seller, b.bk.PackOpen(use), value, &contracts.BrokerSelfDealing{}},
		{"open wrong value", b.buyer, b.bk.PackOpen(use), price, &contracts.BrokerWrongValue{Got: price, Want: value}},
		{"unknown trade", b.buyer, b.bk.PackConfirm(big.NewInt(42)), nil, &contracts.BrokerUnknownTrade{TradeId: big.NewInt(42)}},
		{"confirm before delivery", b.buyer, b.bk.PackConfirm(tr), nil, &contracts.BrokerWrongState{TradeId: tr, State: bsOpen}},
		{"complain before delivery", b.buyer, b.bk.PackComplain(tr, [32]byte{}), nil, &contracts.BrokerWrongState{TradeId: tr, State: bsOpen}},
		{"confirm by another", b.buyer2, b.bk.PackConfirm(tr), nil, &contracts.BrokerNotBuyer{TradeId: tr, Caller: b.buyer2.addr}},
		{"complain by another", b.seller, b.bk.PackComplain(tr, [32]byte{}), nil, &contracts.BrokerNotBuyer{TradeId: tr, Caller: b.seller.addr}},
		{"sent signed by the buyer", b.platform, b.packSent(wrongSig, b.buyer.key), nil, &contracts.BrokerWrongSigner{Got: b.buyer.addr, Want: b.seller.addr}},
		{"sent with a malformed signature", b.platform, short, nil, &contracts.BrokerMalformedSignature{}},
		{"sent with a zero ciphertext hash", b.platform, b.bk.PackNotifySent(tr, [32]byte{}, 1, nil), nil, &contracts.BrokerZeroHash{}},
		{"check before delivery", b.platform, b.packCheck(b.received(tr, [32]byte{}), b.buyer.key, true), nil, &contracts.BrokerWrongState{TradeId: tr, State: bsOpen}},
		{"check by the seller", b.seller, b.packCheck(b.received(tr, [32]byte{}), b.buyer.key, true), nil, &contracts.BrokerNotPlatform{Caller: b.seller.addr}},
		{"upload while open", b.platform, b.bk.PackRecordUpload(tr, [32]byte{1}), nil, &contracts.BrokerWrongState{TradeId: tr, State: bsOpen}},
		{"decide while open", b.platform, b.bk.PackDecide(tr, false), nil, &contracts.BrokerWrongState{TradeId: tr, State: bsOpen}},
		{"force transfer while open", b.seller, b.bk.PackForceTransfer(tr), nil, &contracts.BrokerWrongState{TradeId: tr, State: bsOpen}},
		{"terms by a non-owner", b.buyer, b.bk.PackSetTerms(use, true, common.Big1), nil, &contracts.BrokerNotListingOwner{ListingId: use, Caller: b.buyer.addr}},
		{"fee too high", b.platform, b.bk.PackSetFee(2001), nil, &contracts.BrokerFeeTooHigh{FeeBps: 2001, Max: 2000}},
		{"fee by a non-platform", b.seller, b.bk.PackSetFee(1), nil, &contracts.BrokerNotPlatform{Caller: b.seller.addr}},
		{"platform to zero", b.platform, b.bk.PackSetPlatform(common.Address{}), nil, &contracts.BrokerZeroAddress{}},
		{"nothing to withdraw", b.buyer, b.bk.PackWithdraw(), nil, &contracts.BrokerNothingToWithdraw{Account: b.buyer.addr}},
		{"no token owed", b.buyer, b.bk.PackReleaseToken(own), nil, &contracts.BrokerNoTokenOwed{ListingId: own}},
		{"queries not offered", b.buyer, b.bk.PackBuyQueries(use, 1), nil, &contracts.BrokerQueriesNotOffered{ListingId: use}},
		{"queries unoffered listing", b.buyer, b.bk.PackBuyQueries(unoffered, 1), nil, &contracts.BrokerNotOffered{ListingId: unoffered}},
		{"unknown package", b.buyer, b.bk.PackCloseQueries(big.NewInt(5)), nil, &contracts.BrokerUnknownPackage{PackageId: big.NewInt(5)}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { b.on(t).expect(c.from, b.broker, c.data, c.value, c.want) })
	}
	b.callExpect(b.broker, b.bk.PackGetTrade(big.NewInt(42)), &contracts.BrokerUnknownTrade{TradeId: big.NewInt(42)})

	t.Run("fee and platform changes", func(t *testing.T) {
		b := b.on(t)
		b.send(b.platform, b.broker, b.bk.PackSetFee(1000), nil)
		if got := call(b.env, b.broker, b.bk.PackFeeOf(eth(1)), b.bk.UnpackFeeOf); got.Cmp(milli(100)) != 0 {
			t.Fatalf("fee of 1 ether at 10%% = %s, want %s", got, milli(100))
		}
		b.send(b.platform, b.broker, b.bk.PackSetPlatform(b.admin.addr), nil)
		b.expect(b.platform, b.broker, b.bk.PackSetFee(bFeeBps), nil, &contracts.BrokerNotPlatform{Caller: b.platform.addr})
		b.send(b.admin, b.broker, b.bk.PackSetFee(bFeeBps), nil)
		b.send(b.admin, b.broker, b.bk.PackSetPlatform(b.platform.addr), nil)
	})
}

// TestBrokerTokenOwed: an Escrow trade paid on a listing the Broker holds locks its token; the broker trade
// still settles, the token is owed and released once the lock goes.
func TestBrokerTokenOwed(t *testing.T) {
	b := newBrokerEnv(t)
	price := eth(1)
	fee := b.fee(price)
	id := b.listing(price, 0, nil)
	tr := b.openTrade(b.buyer, id, price)
	x := b.registerExchange(b.xowner, b.enclave1, milli(5), eth(10))
	et := b.open(b.buyer2, id, []*big.Int{x}, milli(5), time.Hour)
	b.send(b.buyer2, b.escrow, b.esc.PackPay(et), price) // locks the listing (its seller is now the Broker)
	// A listing an Escrow trade holds locked cannot be opened on the broker path.
	locked := b.listing(price, 0, nil)
	et2 := b.open(b.buyer2, locked, []*big.Int{x}, milli(5), time.Hour)
	b.send(b.buyer2, b.escrow, b.esc.PackPay(et2), price)
	b.expect(b.buyer, b.broker, b.bk.PackOpen(locked), add(price, fee), &contracts.BrokerListingLocked{ListingId: locked})
	b.deliver(tr)
	b.send(b.buyer, b.broker, b.bk.PackConfirm(tr), nil)
	b.wantState(tr, bsCompleted)
	if got := call(b.env, b.broker, b.bk.PackTokenOwed(id), b.bk.UnpackTokenOwed); got != b.buyer.addr {
		t.Fatalf("token owed to %s, want the buyer", got)
	}
	b.expect(b.buyer, b.broker, b.bk.PackReleaseToken(id), nil, &contracts.MarketListingIsLocked{Id: id})
	b.advance(2 * time.Hour)
	b.send(b.buyer2, b.escrow, b.esc.PackRefund(et), nil) // the Escrow trades end without delivery: unlocked
	b.send(b.buyer2, b.escrow, b.esc.PackRefund(et2), nil)
	b.send(b.relayer, b.broker, b.bk.PackReleaseToken(id), nil)
	if got := b.ownerOf(id); got != b.buyer.addr {
		t.Fatalf("token owner %s, want the buyer", got)
	}
	b.withdrawBroker()
	b.withdrawAll()
	b.reconcile(map[*account]*big.Int{b.seller: price, b.platform: fee, b.buyer: neg(add(price, fee)), b.xowner: neg(eth(10))}, true) // its stake stays registered
}

func TestBoardAnchor(t *testing.T) {
	b := newBrokerEnv(t)
	root := func(n byte) [32]byte { return [32]byte{0x7e, n} }
	b.callExpect(b.anchor, b.ba.PackLatest(), &contracts.BoardAnchorNoCheckpoint{})
	b.expect(b.seller, b.anchor, b.ba.PackAnchorCheckpoint(1, root(1)), nil, &contracts.BoardAnchorNotPlatform{Caller: b.seller.addr})
	b.expect(b.platform, b.anchor, b.ba.PackAnchorCheckpoint(1, [32]byte{}), nil, &contracts.BoardAnchorZeroRoot{})
	b.expect(b.platform, b.anchor, b.ba.PackAnchorCheckpoint(0, root(0)), nil, &contracts.BoardAnchorSizeNotGrowing{Size: 0, Latest: 0})
	r := b.send(b.platform, b.anchor, b.ba.PackAnchorCheckpoint(3, root(3)), nil)
	ev, err := b.ba.UnpackCheckpointAnchoredEvent(r.Logs[0])
	if err != nil || ev.Size != 3 || ev.Root != root(3) || ev.Index.Sign() != 0 || ev.AnchoredAt != b.now() {
		t.Fatalf("CheckpointAnchored = %+v (%v), want index 0, size 3", ev, err)
	}
	b.expect(b.platform, b.anchor, b.ba.PackAnchorCheckpoint(3, root(4)), nil, &contracts.BoardAnchorSizeNotGrowing{Size: 3, Latest: 3})
	b.expect(b.platform, b.anchor, b.ba.PackAnchorCheckpoint(2, root(2)), nil, &contracts.BoardAnchorSizeNotGrowing{Size: 2, Latest: 3})
	b.send(b.platform, b.anchor, b.ba.PackAnchorCheckpoint(7, root(7)), nil)
	if got := call(b.env, b.anchor, b.ba.PackLatest(), b.ba.UnpackLatest); got.Size != 7 || got.Root != root(7) || got.BlockNumber != b.blockNumber() {
		t.Fatalf("latest = %+v, want size 7 at block %d", got, b.blockNumber())
	}
	if got := call(b.env, b.anchor, b.ba.PackCheckpointOfSize(3), b.ba.UnpackCheckpointOfSize); got.Root != root(3) {
		t.Fatalf("checkpoint of size 3 root %x, want %x", got.Root, root(3))
	}
	if got := call(b.env, b.anchor, b.ba.PackAnchorAt(common.Big1), b.ba.UnpackAnchorAt); got.Size != 7 {
		t.Fatalf("anchor 1 size %d, want 7", got.Size)
	}
	if got := call(b.env, b.anchor, b.ba.PackAnchorCount(), b.ba.UnpackAnchorCount); got.Int64() != 2 {
		t.Fatalf("anchor count %s, want 2", got)
	}
	b.callExpect(b.anchor, b.ba.PackCheckpointOfSize(5), &contracts.BoardAnchorUnknownCheckpoint{Size: 5})
	b.callExpect(b.anchor, b.ba.PackAnchorAt(big.NewInt(2)), &contracts.BoardAnchorUnknownIndex{Index: big.NewInt(2)})
	// The anchor follows the Broker's platform role.
	b.send(b.platform, b.broker, b.bk.PackSetPlatform(b.admin.addr), nil)
	b.expect(b.platform, b.anchor, b.ba.PackAnchorCheckpoint(8, root(8)), nil, &contracts.BoardAnchorNotPlatform{Caller: b.platform.addr})
	b.send(b.admin, b.anchor, b.ba.PackAnchorCheckpoint(8, root(8)), nil)
	b.reconcile(nil, true)
}

func TestBrokerConstructorReverts(t *testing.T) {
	b := newBrokerEnv(t)
	h := uint64(3600)
	cases := []struct {
		name     string
		market   common.Address
		platform common.Address
		fee      uint16
		windows  [4]uint64
		want     any
	}{
		{"no market", common.Address{}, b.platform.addr, 0, [4]uint64{h, h, h, h}, &contracts.BrokerZeroAddress{}},
		{"no platform", b.marketAddr, common.Address{}, 0, [4]uint64{h, h, h, h}, &contracts.BrokerZeroAddress{}},
		{"fee too high", b.marketAddr, b.platform.addr, 2001, [4]uint64{h, h, h, h}, &contracts.BrokerFeeTooHigh{FeeBps: 2001, Max: 2000}},
		{"zero window", b.marketAddr, b.platform.addr, 0, [4]uint64{h, 0, h, h}, &contracts.BrokerZeroWindow{}},
	}
	for _, c := range cases {
		code := append(common.FromHex(contracts.BrokerMetaData.Bin), b.bk.PackConstructor(c.market, c.platform, b.salt, c.fee, c.windows[0], c.windows[1], c.windows[2], c.windows[3])...)
		_, err := b.client.EstimateGas(b.ctx, ethereum.CallMsg{From: b.admin.addr, Data: code})
		if err == nil {
			t.Errorf("%s: deployment would succeed", c.name)
			continue
		}
		if got := b.bdecode(err, nil); fmt.Sprintf("%T%+v", got, got) != fmt.Sprintf("%T%+v", c.want, c.want) {
			t.Errorf("%s: revert %T%+v, want %T%+v", c.name, got, got, c.want, c.want)
		}
	}
	anchor := append(common.FromHex(contracts.BoardAnchorMetaData.Bin), b.ba.PackConstructor(common.Address{})...)
	if _, err := b.client.EstimateGas(b.ctx, ethereum.CallMsg{From: b.admin.addr, Data: anchor}); err == nil {
		t.Error("a BoardAnchor without a Broker would deploy")
	}
}

// TestBrokerWithdrawReentrancy: a payee that is a contract re-enters withdraw while receiving its query
// payments; the re-entry fails and it is paid exactly once.
func TestBrokerWithdrawReentrancy(t *testing.T) {
	b := newBrokerEnv(t)
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
	args, err := parsed.Pack("", b.brokerAddr) // it re-enters the Broker's withdraw
	if err != nil {
		t.Fatal(err)
	}
	addr, tx, err := bind.DeployContract(b.opts(b.seller, nil), common.FromHex(string(bin)), b.client, args)
	if err != nil {
		t.Fatal(err)
	}
	b.sim.Commit()
	b.receipt(b.seller, tx, true)
	attacker := bind.NewBoundContract(addr, parsed, b.client, b.client, b.client)
	exec := func(to common.Address, data []byte) {
		t.Helper()
		packed, err := parsed.Pack("exec", to, new(big.Int), data)
		if err != nil {
			t.Fatal(err)
		}
		b.send(b.seller, attacker, packed, nil)
	}
	view := func(name string) *big.Int {
		t.Helper()
		packed, _ := parsed.Pack(name)
		return call(b.env, attacker, packed, func(r []byte) (*big.Int, error) { return new(big.Int).SetBytes(r), nil })
	}
	qp := milli(3)
	exec(b.marketAddr, b.mkt.PackPublish(listingParams(eth(1), 1, 4)))
	listing := call(b.env, b.market, b.mkt.PackListingCount(), b.mkt.UnpackListingCount)
	exec(b.brokerAddr, b.bk.PackSetTerms(listing, true, qp))
	r := b.send(b.buyer, b.broker, b.bk.PackBuyQueries(listing, 2), new(big.Int).Mul(add(qp, b.fee(qp)), big.NewInt(2)))
	ev, err := b.bk.UnpackQueriesBoughtEvent(r.Logs[0])
	if err != nil || ev.Payee != addr {
		t.Fatalf("QueriesBought = %+v, %v; want the contract as payee", ev, err)
	}
	for seq := uint32(0); seq < 2; seq++ {
		b.send(b.platform, b.broker, b.packCharge(contracts.BrokerQuery{PackageId: ev.PackageId, Seq: seq, QueryHash: [32]byte{byte(seq)}}, b.buyer.key), nil)
	}
	exec(b.brokerAddr, b.bk.PackWithdraw())
	if got := view("reentries"); got.Int64() != 1 {
		t.Errorf("re-entry attempts %s, want 1", got)
	}
	if got := view("reentriesSucceeded"); got.Sign() != 0 {
		t.Errorf("%s re-entries succeeded, want 0", got)
	}
	if got, want := b.balance(addr), add(qp, qp); got.Cmp(want) != 0 {
		t.Errorf("contract balance %s, want exactly two queries %s", got, want)
	}
	if c := b.bcredit(addr); c.Sign() != 0 {
		t.Errorf("credit after withdraw %s, want 0", c)
	}
}
