package market_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/internal/simtest"
	"github.com/datatrade/datatrade/market"
)

var ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

// env is a simulated chain with a deployment and named parties.
type env struct {
	sim                                  *simulated.Backend
	c                                    *chain.Client
	m                                    *market.Client
	d                                    *market.Deployment
	admin, seller, buyer, exOwner, other *chain.Account
	enclaveKey                           *ecdsa.PrivateKey
}

func newEnv(t *testing.T) *env {
	t.Helper()
	var keys []*ecdsa.PrivateKey
	alloc := types.GenesisAlloc{}
	for i := 0; i < 6; i++ {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'm', 'k', 't'}))
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, key)
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: eth(1000)}
	}
	sim := simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = sim.Close() })
	c := chain.NewClient(simtest.AutoCommit(t, sim), chain.WithPollInterval(5*time.Millisecond))
	e := &env{sim: sim, c: c, admin: chain.NewAccount(keys[0]), seller: chain.NewAccount(keys[1]),
		buyer: chain.NewAccount(keys[2]), exOwner: chain.NewAccount(keys[3]), other: chain.NewAccount(keys[4]), enclaveKey: keys[5]}
	ctx := testCtx(t)
	steps := 0
	d, err := market.Deploy(ctx, c, e.admin, market.DeployOptions{RevealWindow: time.Hour, SampleClaimWindow: time.Minute},
		func(step string, rcpt *types.Receipt) {
			if rcpt == nil || rcpt.Status != types.ReceiptStatusSuccessful {
				t.Errorf("Deploy step %q: receipt %v, want a successful one", step, rcpt)
			}
			steps++
		})
	if err != nil {
		t.Fatalf("Deploy: %v", err)
	}
	if steps != market.DeploySteps {
		t.Fatalf("Deploy reported %d steps, want market.DeploySteps = %d", steps, market.DeploySteps)
	}
	e.d, e.m = d, market.New(c, d)
	return e
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func (e *env) send(t *testing.T, from *chain.Account, tx market.Tx) *types.Receipt {
	t.Helper()
	rcpt, err := e.m.Send(testCtx(t), from, tx)
	if err != nil {
		t.Fatalf("%s: %v", tx.What, err)
	}
	return rcpt
}

// setup registers an exchange and publishes a listing; it returns their ids.
func (e *env) setup(t *testing.T, price *big.Int) (exID, listingID uint64) {
	t.Helper()
	ctx := testCtx(t)
	listingID, _, err := e.m.Publish(ctx, e.seller, market.PublishParams{
		ContentCID: "bafy-content", Root: common.Hash{9}, Size: 4 << 20, ChunkCount: 4,
		MetadataCID: "bafy-meta", Price: price, Licence: datatrade.UseRight,
	})
	if err != nil {
		t.Fatalf("Publish: %v", err)
	}
	exID, _, err = e.m.RegisterExchange(ctx, e.exOwner, market.ExchangeParams{
		Endpoint: "http://127.0.0.1:1", Fee: eth(1), Measurement: common.Hash{1},
		EnclaveSigner: crypto.PubkeyToAddress(e.enclaveKey.PublicKey), Authenticator: 1, AuthorityKey: e.admin.Address,
	}, eth(50))
	if err != nil {
		t.Fatalf("RegisterExchange: %v", err)
	}
	// The sample seed comes from a block after publication, and gas
	// estimation runs against the latest block: two more blocks are needed.
	if _, err := e.c.Transfer(ctx, e.other, e.other.Address, big.NewInt(1)); err != nil {
		t.Fatal(err)
	}
	e.send(t, e.other, e.m.FixSampleTx(listingID))
	return exID, listingID
}

func TestDomainMatchesContract(t *testing.T) {
	e := newEnv(t)
	exID, listingID := e.setup(t, eth(10))
	ctx := testCtx(t)
	tradeID, _, err := e.m.Open(ctx, e.buyer, market.OpenParams{ListingID: listingID, Exchanges: []uint64{exID}, BuyerPubKey: []byte{1}, Deadline: time.Now().Add(time.Hour)})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	e.send(t, e.buyer, must(t)(e.m.PayTx(ctx, tradeID)))
	tr, err := e.m.Trade(ctx, tradeID)
	if err != nil {
		t.Fatal(err)
	}
	// A delivery signed over our Go digest must be accepted by the contract:
	// that is the proof that Go and Solidity hash alike.
	del := market.Delivery{TradeID: tradeID, Buyer: tr.Buyer, Seller: tr.Seller, Price: tr.Price, Exchange: exID,
		Root: tr.Root, CiphertextCIDHash: common.Hash{7}, WrappedKeyHash: crypto.Keccak256Hash([]byte("wrapped")), ValidUntil: time.Now().Add(time.Hour)}
	sig, err := crypto.Sign(e.d.DeliveryDigest(del).Bytes(), e.enclaveKey)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	e.send(t, e.other, must(t)(e.m.CommitTx(0, del, sig)))
	if tr, _ = e.m.Trade(ctx, tradeID); tr.State != datatrade.TradeCommitted {
		t.Fatalf("state after commit = %s, want committed", tr.State)
	}
	// A reveal that does not match the committed hash is refused with a clear reason.
	_, err = e.m.Send(ctx, e.other, e.m.RevealTx(tradeID, []byte("other")))
	if got := datatrade.ErrorCode(err); got != datatrade.ECONFLICT {
		t.Fatalf("mismatched reveal: code %q (%v), want %q", got, err, datatrade.ECONFLICT)
	}
	e.send(t, e.other, e.m.RevealTx(tradeID, []byte("wrapped")))
	if k, err := e.m.WrappedKey(ctx, tradeID); err != nil || string(k) != "wrapped" {
		t.Fatalf("WrappedKey = %q, %v; want %q", k, err, "wrapped")
	}
	e.send(t, e.buyer, must(t)(e.m.ReviewTx(tradeID, 5, 4, "bafy-comment")))
	r, err := e.m.SellerRating(ctx, e.seller.Address)
	if err != nil || r.Count != 1 || r.AverageMilli != 5000 {
		t.Fatalf("SellerRating = %+v, %v; want 1 review at 5000", r, err)
	}
	credit, err := e.m.Credit(ctx, e.seller.Address)
	if err != nil || credit.Cmp(eth(10)) != 0 {
		t.Fatalf("seller credit = %v, %v; want 10 ether", credit, err)
	}
}

// must returns a function that fails the test on a Tx builder's error.
func must(t *testing.T) func(market.Tx, error) market.Tx {
	return func(tx market.Tx, err error) market.Tx {
		t.Helper()
		if err != nil {
			t.Fatalf("build transaction: %v", err)
		}
		return tx
	}
}

func TestRefundAfterDeadlineReconciles(t *testing.T) {
	e := newEnv(t)
	exID, listingID := e.setup(t, eth(10))
	ctx := testCtx(t)
	before, err := e.c.Balance(ctx, e.buyer.Address)
	if err != nil {
		t.Fatal(err)
	}
	gas := new(big.Int)
	track := func(r *types.Receipt) {
		gas.Add(gas, new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
	}
	tradeID, r, err := e.m.Open(ctx, e.buyer, market.OpenParams{ListingID: listingID, Exchanges: []uint64{exID}, BuyerPubKey: []byte{1}, Deadline: time.Now().Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	track(r)
	track(e.send(t, e.buyer, must(t)(e.m.PayTx(ctx, tradeID))))
	// Refund before the deadline is refused.
	_, err = e.m.Send(ctx, e.buyer, e.m.RefundTx(tradeID))
	if datatrade.ErrorCode(err) != datatrade.ECONFLICT || !strings.Contains(datatrade.ErrorMessage(err), "has not reached its deadline") ||
		!strings.Contains(datatrade.ErrorMessage(err), "TradeNotExpired(") {
		t.Fatalf("early refund: %v, want a contract refusal explained in words", err)
	}
	var rev *chain.RevertError
	if !errors.As(err, &rev) || rev.Name != "TradeNotExpired" {
		t.Fatalf("early refund: the decoded refusal is not reachable: %v", err)
	}
	if err := e.sim.AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	track(e.send(t, e.buyer, e.m.RefundTx(tradeID)))
	track(e.send(t, e.buyer, e.m.WithdrawTx()))
	after, err := e.c.Balance(ctx, e.buyer.Address)
	if err != nil {
		t.Fatal(err)
	}
	// Everything came back but gas.
	want := new(big.Int).Sub(before, gas)
	if after.Cmp(want) != 0 {
		t.Fatalf("buyer balance after refund = %v, want %v (before %v minus gas %v)", after, want, before, gas)
	}
	if tr, _ := e.m.Trade(ctx, tradeID); tr.State != datatrade.TradeRefunded {
		t.Fatalf("state = %s, want refunded", tr.State)
	}
}

func TestNotFoundAndBadInput(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	if _, err := e.m.Listing(ctx, 42); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
		t.Errorf("Listing(42): %v, want not_found", err)
	}
	if _, err := e.m.Trade(ctx, 1); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
		t.Errorf("Trade(1): %v, want not_found", err)
	}
	if _, err := e.m.PublishTx(market.PublishParams{Price: big.NewInt(-1)}); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Errorf("negative price: %v, want invalid", err)
	}
	if _, err := e.m.ReviewTx(1, 6, 1, ""); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Errorf("rating 6: %v, want invalid", err)
	}
}
