package contracts_test

// Test helpers for the contracts: a fresh simulated chain with funded, deterministic accounts, the four
// contracts deployed in their documented order, transactions that track their gas cost to the wei, revert
// decoding through the generated bindings, and EIP-712 signing with go-ethereum's independent typed-data
// implementation (signer/core/apitypes), so the contract's hashing is checked against a second one.

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/datatrade/datatrade/contracts"
)

var (
	ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	gwei  = big.NewInt(1_000_000_000)
)

// eth returns n ether in wei.
func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

// milli returns n thousandths of an ether in wei.
func milli(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(1_000_000_000_000_000))
}

const (
	revealWindow      = 24 * time.Hour
	sampleClaimWindow = time.Hour
)

// account is a funded test account with a deterministic key, so that a fresh chain deployed in the same
// order puts every contract at the same address.
type account struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newAccount(tb testing.TB, name string) *account {
	tb.Helper()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("datatrade contracts test " + name)))
	if err != nil {
		tb.Fatalf("key %s: %v", name, err)
	}
	return &account{name: name, key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// env is one simulated chain with the datatrade contracts deployed.
type env struct {
	tb      testing.TB
	ctx     context.Context
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int
	salt    [32]byte

	admin, seller, buyer, buyer2, xowner, xowner2, relayer *account
	accounts                                               []*account

	// enclave signing keys; they hold no Ether.
	enclave1, enclave2, rogue *ecdsa.PrivateKey

	registryAddr, marketAddr, escrowAddr, reviewsAddr common.Address
	registry, market, escrow, reviews                 *bind.BoundContract
	reg                                               *contracts.ExchangeRegistry
	mkt                                               *contracts.Market
	esc                                               *contracts.Escrow
	rev                                               *contracts.Reviews

	gas   map[common.Address]*big.Int // fees paid per account since the last snapshot
	start map[common.Address]*big.Int // balances at the last snapshot
}

// newEnv starts a fresh chain and deploys ExchangeRegistry, Market, Escrow(salt) and Reviews from admin.
func newEnv(tb testing.TB, salt [32]byte) *env {
	tb.Helper()
	e := &env{tb: tb, ctx: context.Background(), salt: salt, gas: map[common.Address]*big.Int{}}
	e.admin = newAccount(tb, "admin")
	e.seller = newAccount(tb, "seller")
	e.buyer = newAccount(tb, "buyer")
	e.buyer2 = newAccount(tb, "buyer2")
	e.xowner = newAccount(tb, "exchange owner")
	e.xowner2 = newAccount(tb, "exchange owner 2")
	e.relayer = newAccount(tb, "relayer")
	e.accounts = []*account{e.admin, e.seller, e.buyer, e.buyer2, e.xowner, e.xowner2, e.relayer}
	e.enclave1 = newAccount(tb, "enclave 1").key
	e.enclave2 = newAccount(tb, "enclave 2").key
	e.rogue = newAccount(tb, "rogue").key

	alloc := types.GenesisAlloc{}
	for _, a := range e.accounts {
		alloc[a.addr] = types.Account{Balance: eth(1000)}
	}
	e.sim = simulated.NewBackend(alloc)
	tb.Cleanup(func() { _ = e.sim.Close() })
	e.client = e.sim.Client()
	id, err := e.client.ChainID(e.ctx)
	if err != nil {
		tb.Fatalf("chain id: %v", err)
	}
	e.chainID = id

	e.reg, e.mkt, e.esc, e.rev = contracts.NewExchangeRegistry(), contracts.NewMarket(), contracts.NewEscrow(), contracts.NewReviews()
	e.registryAddr = e.deploy(contracts.ExchangeRegistryMetaData.Bin, e.reg.PackConstructor(e.admin.addr))
	e.marketAddr = e.deploy(contracts.MarketMetaData.Bin, e.mkt.PackConstructor(e.admin.addr))
	e.escrowAddr = e.deploy(contracts.EscrowMetaData.Bin, e.esc.PackConstructor(e.registryAddr, e.marketAddr, salt,
		uint64(revealWindow/time.Second), uint64(sampleClaimWindow/time.Second)))
	e.reviewsAddr = e.deploy(contracts.ReviewsMetaData.Bin, e.rev.PackConstructor(e.escrowAddr))
	e.registry = e.reg.Instance(e.client, e.registryAddr)
	e.market = e.mkt.Instance(e.client, e.marketAddr)
	e.escrow = e.esc.Instance(e.client, e.escrowAddr)
	e.reviews = e.rev.Instance(e.client, e.reviewsAddr)
	e.send(e.admin, e.registry, e.reg.PackSetEscrow(e.escrowAddr), nil)
	e.send(e.admin, e.market, e.mkt.PackSetEscrow(e.escrowAddr), nil)
	// Move the chain a day ahead of the wall clock: from then on every block is exactly one second after its
	// parent (the simulated beacon uses max(wall clock, parent+1)), so block times are deterministic.
	e.advance(24 * time.Hour)
	e.snapshot()
	return e
}

// on returns a view of e that reports to tb (a subtest); it shares the chain and the gas counters.
func (e *env) on(tb testing.TB) *env {
	c := *e
	c.tb = tb
	return &c
}

func (e *env) opts(from *account, value *big.Int) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(from.key, e.chainID)
	o.Context = e.ctx
	o.Value = value
	return o
}

func (e *env) deploy(bin string, args []byte) common.Address {
	e.tb.Helper()
	addr, tx, err := bind.DeployContract(e.opts(e.admin, nil), common.FromHex(bin), e.client, args)
	if err != nil {
		e.tb.Fatalf("deploy: %v", err)
	}
	e.sim.Commit()
	e.receipt(e.admin, tx, true)
	return addr
}

// receipt waits for tx, charges its fee to from, and checks its status.
func (e *env) receipt(from *account, tx *types.Transaction, wantOK bool) *types.Receipt {
	e.tb.Helper()
	r, err := bind.WaitMined(e.ctx, e.client, tx.Hash())
	if err != nil {
		e.tb.Fatalf("wait %s: %v", tx.Hash(), err)
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if e.gas[from.addr] == nil {
		e.gas[from.addr] = new(big.Int)
	}
	e.gas[from.addr].Add(e.gas[from.addr], fee)
	if ok := r.Status == types.ReceiptStatusSuccessful; ok != wantOK {
		e.tb.Fatalf("tx %s from %s: status %d, want success %v (gas %d of %d; replayed: %v)", tx.Hash(), from.name, r.Status, wantOK,
			r.GasUsed, tx.Gas(), e.replay(from, tx, r))
	}
	return r
}

// replay re-runs a mined transaction on the state before its block and decodes why it reverted.
func (e *env) replay(from *account, tx *types.Transaction, r *types.Receipt) any {
	msg := ethereum.CallMsg{From: from.addr, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	_, err := e.client.CallContract(e.ctx, msg, new(big.Int).Sub(r.BlockNumber, big.NewInt(1)))
	if err == nil {
		return "no revert on the parent state"
	}
	return e.decode(err)
}

// pendingEstimator estimates gas in the context of the pending block: the block a transaction sent now
// lands in. (Plain EstimateGas runs in the latest block's context, one second and one block earlier, which
// disagrees with inclusion at every time or block-number boundary.)
type pendingEstimator interface {
	EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) (uint64, error)
}

var pendingBlock = big.NewInt(-1)

func (e *env) msg(from *account, c *bind.BoundContract, data []byte, value *big.Int) ethereum.CallMsg {
	to := c.Address()
	return ethereum.CallMsg{From: from.addr, To: &to, Value: value, Data: data}
}

// send transacts, mines one block and requires success.
func (e *env) send(from *account, c *bind.BoundContract, data []byte, value *big.Int) *types.Receipt {
	e.tb.Helper()
	gas, err := e.client.(pendingEstimator).EstimateGasAtBlock(e.ctx, e.msg(from, c, data, value), pendingBlock)
	if err != nil {
		e.tb.Fatalf("%s: estimate gas: %v (%v)", from.name, err, e.decode(err))
	}
	o := e.opts(from, value)
	o.GasLimit = gas
	tx, err := bind.Transact(c, o, data)
	if err != nil {
		e.tb.Fatalf("%s: transact: %v (%v)", from.name, err, e.decode(err))
	}
	e.sim.Commit()
	return e.receipt(from, tx, true)
}

// sendRaw submits a transaction with a fixed gas limit (no estimation, so it is mined even if it reverts)
// and a given tip, without mining a block.
func (e *env) sendRaw(from *account, c *bind.BoundContract, data []byte, value *big.Int, tip *big.Int) *types.Transaction {
	e.tb.Helper()
	o := e.opts(from, value)
	o.GasLimit = 3_000_000
	o.GasTipCap = tip
	o.GasFeeCap = new(big.Int).Add(tip, new(big.Int).Mul(big.NewInt(100), gwei))
	tx, err := bind.Transact(c, o, data)
	if err != nil {
		e.tb.Fatalf("%s: raw transact: %v", from.name, err)
	}
	return tx
}

// revert requires that the transaction, if sent now, reverts with exactly want (a generated error struct
// pointer). It runs it on the pending block; nothing is sent.
func (e *env) revert(from *account, c *bind.BoundContract, data []byte, value *big.Int, want any) {
	e.tb.Helper()
	_, err := e.client.PendingCallContract(e.ctx, e.msg(from, c, data, value))
	if err == nil {
		e.tb.Fatalf("%s: transaction would succeed, want revert %T%+v", from.name, want, want)
	}
	e.checkErr(err, want, c)
}

// callRevert requires a view call to revert with exactly want.
func callRevert[T any](e *env, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error), want any) {
	e.tb.Helper()
	_, err := bind.Call(c, nil, data, unpack)
	if err == nil {
		e.tb.Fatalf("call succeeded, want revert %T%+v", want, want)
	}
	e.checkErr(err, want, c)
}

func (e *env) checkErr(err error, want any, c *bind.BoundContract) {
	e.tb.Helper()
	got := e.decodeFrom(err, c)
	// Compare printed forms: the generated error structs are flat, and big.Int zero has two internal forms.
	if fmt.Sprintf("%T%+v", got, got) != fmt.Sprintf("%T%+v", want, want) {
		e.tb.Fatalf("revert: got %T%+v, want %T%+v (raw %v)", got, got, want, want, err)
	}
}

type errorUnpacker interface{ UnpackError([]byte) (any, error) }

// decode turns a revert into the generated error struct of whichever contract declares it.
func (e *env) decode(err error) any { return e.decodeFrom(err, nil) }

// decodeFrom decodes a revert, trying the called contract's errors first (a selector such as
// ListingIsLocked(uint256) is declared by both Market and Escrow).
func (e *env) decodeFrom(err error, c *bind.BoundContract) any {
	data, ok := ethclient.RevertErrorData(err)
	if !ok {
		return fmt.Errorf("no revert data: %w", err)
	}
	if len(data) < 4 {
		return fmt.Errorf("revert without selector: %x", data)
	}
	order := []errorUnpacker{e.esc, e.mkt, e.reg, e.rev}
	if c != nil {
		switch c.Address() {
		case e.marketAddr:
			order = append([]errorUnpacker{e.mkt}, order...)
		case e.registryAddr:
			order = append([]errorUnpacker{e.reg}, order...)
		case e.reviewsAddr:
			order = append([]errorUnpacker{e.rev}, order...)
		}
	}
	for _, u := range order {
		if v, err := u.UnpackError(data); err == nil {
			return v
		}
	}
	return fmt.Errorf("unknown revert %x", data)
}

// call runs a view function and fails the test on error.
func call[T any](e *env, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	e.tb.Helper()
	v, err := bind.Call(c, nil, data, unpack)
	if err != nil {
		e.tb.Fatalf("call: %v (%v)", err, e.decode(err))
	}
	return v
}

// now is the timestamp of the latest block.
func (e *env) now() uint64 {
	e.tb.Helper()
	h, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.tb.Fatalf("header: %v", err)
	}
	return h.Time
}

// blockNumber is the number of the latest block.
func (e *env) blockNumber() uint64 {
	e.tb.Helper()
	n, err := e.client.BlockNumber(e.ctx)
	if err != nil {
		e.tb.Fatalf("block number: %v", err)
	}
	return n
}

// advance mines an empty block d later than the latest one.
func (e *env) advance(d time.Duration) {
	e.tb.Helper()
	// The transaction pool drops mined transactions asynchronously after a new head; until it has, the
	// simulated beacon refuses to adjust time. Retry briefly.
	var err error
	for range 200 {
		if err = e.sim.AdjustTime(d); err == nil {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	e.tb.Fatalf("adjust time: %v", err)
}

// advanceTo mines an empty block at timestamp t-1, so that the next block is at t (the wall clock lags).
func (e *env) advanceTo(t uint64) {
	e.tb.Helper()
	now := e.now()
	if now >= t-1 {
		e.tb.Fatalf("advanceTo %d: already at %d", t, now)
	}
	e.advance(time.Duration(t-1-now) * time.Second)
}

func (e *env) balance(a common.Address) *big.Int {
	e.tb.Helper()
	b, err := e.client.BalanceAt(e.ctx, a, nil)
	if err != nil {
		e.tb.Fatalf("balance: %v", err)
	}
	return b
}

// snapshot records every balance and clears the gas counters.
func (e *env) snapshot() {
	e.start = map[common.Address]*big.Int{}
	e.gas = map[common.Address]*big.Int{}
	for _, a := range e.addrs() {
		e.start[a] = e.balance(a)
	}
}

func (e *env) addrs() []common.Address {
	out := []common.Address{e.registryAddr, e.marketAddr, e.escrowAddr, e.reviewsAddr}
	for _, a := range e.accounts {
		out = append(out, a.addr)
	}
	return out
}

// net is an account's balance change since the snapshot plus the fees it paid: what it gained or lost
// through the contracts, to the wei.
func (e *env) net(a *account) *big.Int {
	d := new(big.Int).Sub(e.balance(a.addr), e.start[a.addr])
	if g := e.gas[a.addr]; g != nil {
		d.Add(d, g)
	}
	return d
}

// withdrawAll has every account with a credit pull it.
func (e *env) withdrawAll() {
	e.tb.Helper()
	for _, a := range e.accounts {
		if e.credit(a.addr).Sign() > 0 {
			e.send(a, e.escrow, e.esc.PackWithdraw(), nil)
		}
	}
}

func (e *env) credit(a common.Address) *big.Int {
	return call(e, e.escrow, e.esc.PackCredit(a), e.esc.UnpackCredit)
}

// reconcile checks, to the wei: the sum of every balance change plus every fee paid is zero; the Escrow
// holds exactly its outstanding credits and held deposits; the registry holds exactly the exchanges' stake;
// and each account's net change is as wanted (accounts not named must be unchanged).
func (e *env) reconcile(want map[*account]*big.Int) {
	e.tb.Helper()
	sum := new(big.Int)
	for _, a := range e.addrs() {
		sum.Add(sum, new(big.Int).Sub(e.balance(a), e.start[a]))
	}
	for _, g := range e.gas {
		sum.Add(sum, g)
	}
	if sum.Sign() != 0 {
		e.tb.Errorf("balance changes plus fees sum to %s wei, want 0", sum)
	}
	credits := call(e, e.escrow, e.esc.PackTotalCredits(), e.esc.UnpackTotalCredits)
	held := call(e, e.escrow, e.esc.PackTotalHeld(), e.esc.UnpackTotalHeld)
	if got, want := e.balance(e.escrowAddr), new(big.Int).Add(credits, held); got.Cmp(want) != 0 {
		e.tb.Errorf("escrow balance %s, want credits %s + held %s", got, credits, held)
	}
	var credited big.Int
	for _, a := range e.accounts {
		credited.Add(&credited, e.credit(a.addr))
	}
	if credited.Cmp(credits) != 0 {
		e.tb.Errorf("sum of credits %s, want totalCredits %s", &credited, credits)
	}
	stakes := new(big.Int)
	n := call(e, e.registry, e.reg.PackExchangeCount(), e.reg.UnpackExchangeCount)
	for id := int64(1); id <= n.Int64(); id++ {
		x := call(e, e.registry, e.reg.PackGetExchange(big.NewInt(id)), e.reg.UnpackGetExchange)
		stakes.Add(stakes, x.Stake)
	}
	if got := e.balance(e.registryAddr); got.Cmp(stakes) != 0 {
		e.tb.Errorf("registry balance %s, want sum of stakes %s", got, stakes)
	}
	for _, a := range e.accounts {
		w := want[a]
		if w == nil {
			w = new(big.Int)
		}
		if got := e.net(a); got.Cmp(w) != 0 {
			e.tb.Errorf("%s: net change %s wei, want %s", a.name, got, w)
		}
	}
}

// ---- domain helpers ----

// registerExchange registers an exchange owned by owner with the given enclave signer, fee and stake.
func (e *env) registerExchange(owner *account, signer *ecdsa.PrivateKey, fee, stake *big.Int) *big.Int {
	e.tb.Helper()
	r := e.send(owner, e.registry, e.reg.PackRegister("https://exchange.invalid", fee, measurement(1),
		crypto.PubkeyToAddress(signer.PublicKey), "bafyevidence", 1, e.admin.addr), stake)
	for _, l := range r.Logs {
		if ev, err := e.reg.UnpackExchangeRegisteredEvent(l); err == nil {
			return ev.Id
		}
	}
	e.tb.Fatal("no ExchangeRegistered event")
	return nil
}

func measurement(n byte) [32]byte { return [32]byte{0xee, n} }

// listingParams returns a valid listing.
func listingParams(price *big.Int, licence uint8, chunks uint32, accepted ...*big.Int) contracts.MarketListingParams {
	if accepted == nil {
		accepted = []*big.Int{}
	}
	return contracts.MarketListingParams{
		ContentCid:        "bafycontent",
		Root:              [32]byte{0x52, 0x01},
		Size:              uint64(chunks) * 65536,
		ChunkCount:        chunks,
		Fingerprint:       [32]byte{0xf1},
		MetadataCid:       "bafymetadata",
		Price:             price,
		Licence:           licence,
		PerUsePrice:       milli(1),
		AcceptedExchanges: accepted,
	}
}

// publish publishes p as the seller and mines two more blocks so that the sample can be fixed (gas
// estimation runs in the context of the latest block, so that block must already be publishedBlock+2).
func (e *env) publish(p contracts.MarketListingParams) *big.Int {
	e.tb.Helper()
	r := e.send(e.seller, e.market, e.mkt.PackPublish(p), nil)
	e.sim.Commit()
	e.sim.Commit()
	for _, l := range r.Logs {
		if ev, err := e.mkt.UnpackListingPublishedEvent(l); err == nil {
			return ev.Id
		}
	}
	e.tb.Fatal("no ListingPublished event")
	return nil
}

var buyerKey = []byte("buyer hpke public key")

// open opens a trade as buyer with value fee and a deadline d from now.
func (e *env) open(buyer *account, listing *big.Int, exchanges []*big.Int, fee *big.Int, d time.Duration) *big.Int {
	e.tb.Helper()
	r := e.send(buyer, e.escrow, e.esc.PackOpen(listing, exchanges, buyerKey, e.now()+uint64(d/time.Second)), fee)
	for _, l := range r.Logs {
		if ev, err := e.esc.UnpackTradeOpenedEvent(l); err == nil {
			return ev.TradeId
		}
	}
	e.tb.Fatal("no TradeOpened event")
	return nil
}

func (e *env) trade(id *big.Int) contracts.EscrowTrade {
	e.tb.Helper()
	return call(e, e.escrow, e.esc.PackGetTrade(id), e.esc.UnpackGetTrade)
}

func (e *env) exchange(id *big.Int) contracts.ExchangeRegistryExchange {
	e.tb.Helper()
	return call(e, e.registry, e.reg.PackGetExchange(id), e.reg.UnpackGetExchange)
}

// Trade states, as Escrow.State numbers them.
const (
	stNone uint8 = iota
	stOpen
	stPaid
	stCommitted
	stRevealed
	stCompensated
	stRefunded
	stCancelled
	stFaulted
)

func (e *env) wantState(id *big.Int, want uint8) {
	e.tb.Helper()
	if got := e.trade(id).State; got != want {
		e.tb.Fatalf("trade %s: state %d, want %d", id, got, want)
	}
}

// ---- EIP-712 ----

var eip712Types = apitypes.Types{
	"EIP712Domain": {
		{Name: "name", Type: "string"},
		{Name: "version", Type: "string"},
		{Name: "chainId", Type: "uint256"},
		{Name: "verifyingContract", Type: "address"},
		{Name: "salt", Type: "bytes32"},
	},
	"Delivery": {
		{Name: "tradeId", Type: "uint256"},
		{Name: "buyer", Type: "address"},
		{Name: "seller", Type: "address"},
		{Name: "price", Type: "uint256"},
		{Name: "exchange", Type: "uint256"},
		{Name: "root", Type: "bytes32"},
		{Name: "ciphertextCidHash", Type: "bytes32"},
		{Name: "wrappedKeyHash", Type: "bytes32"},
		{Name: "validUntil", Type: "uint256"},
	},
	"SellerFault": {
		{Name: "tradeId", Type: "uint256"},
		{Name: "exchange", Type: "uint256"},
		{Name: "root", Type: "bytes32"},
		{Name: "chunkIndex", Type: "uint256"},
	},
	"SampleReceipt": {
		{Name: "tradeId", Type: "uint256"},
		{Name: "exchange", Type: "uint256"},
	},
}

// typedData builds the EIP-712 document for primary type and message under this deployment's domain.
func (e *env) typedData(primary string, msg apitypes.TypedDataMessage) apitypes.TypedData {
	types := apitypes.Types{"EIP712Domain": eip712Types["EIP712Domain"], primary: eip712Types[primary]}
	return apitypes.TypedData{
		Types:       types,
		PrimaryType: primary,
		Domain: apitypes.TypedDataDomain{
			Name:              "datatrade",
			Version:           "1",
			ChainId:           (*math.HexOrDecimal256)(e.chainID),
			VerifyingContract: e.escrowAddr.Hex(),
			Salt:              hexutil.Encode(e.salt[:]),
		},
		Message: msg,
	}
}

func deliveryMessage(d contracts.EscrowDelivery) apitypes.TypedDataMessage {
	return apitypes.TypedDataMessage{
		"tradeId":           d.TradeId,
		"buyer":             d.Buyer.Hex(),
		"seller":            d.Seller.Hex(),
		"price":             d.Price,
		"exchange":          d.Exchange,
		"root":              d.Root[:],
		"ciphertextCidHash": d.CiphertextCidHash[:],
		"wrappedKeyHash":    d.WrappedKeyHash[:],
		"validUntil":        d.ValidUntil,
	}
}

// digest is the EIP-712 digest of a typed document, computed by go-ethereum's apitypes.
func digest(tb testing.TB, td apitypes.TypedData) []byte {
	tb.Helper()
	h, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		tb.Fatalf("typed data hash: %v", err)
	}
	return h
}

// sign signs a digest as an Ethereum contract expects: r ‖ s ‖ v with v in {27, 28}.
func sign(tb testing.TB, key *ecdsa.PrivateKey, digest []byte) []byte {
	tb.Helper()
	sig, err := crypto.Sign(digest, key)
	if err != nil {
		tb.Fatalf("sign: %v", err)
	}
	sig[64] += 27
	return sig
}

// delivery returns the Delivery statement for trade id from exchange, valid for an hour.
func (e *env) delivery(id, exchange *big.Int, wrappedKey []byte) contracts.EscrowDelivery {
	e.tb.Helper()
	t := e.trade(id)
	return contracts.EscrowDelivery{
		TradeId:           id,
		Buyer:             t.Buyer,
		Seller:            t.Seller,
		Price:             t.Price,
		Exchange:          exchange,
		Root:              t.Root,
		CiphertextCidHash: crypto.Keccak256Hash([]byte("bafyciphertext for buyer")),
		WrappedKeyHash:    crypto.Keccak256Hash(wrappedKey),
		ValidUntil:        new(big.Int).SetUint64(e.now() + 3600),
	}
}

func (e *env) signDelivery(key *ecdsa.PrivateKey, d contracts.EscrowDelivery) []byte {
	return sign(e.tb, key, digest(e.tb, e.typedData("Delivery", deliveryMessage(d))))
}

func (e *env) signSellerFault(key *ecdsa.PrivateKey, f contracts.EscrowSellerFault) []byte {
	return sign(e.tb, key, digest(e.tb, e.typedData("SellerFault", apitypes.TypedDataMessage{
		"tradeId": f.TradeId, "exchange": f.Exchange, "root": f.Root[:], "chunkIndex": f.ChunkIndex,
	})))
}

func (e *env) signSampleReceipt(key *ecdsa.PrivateKey, r contracts.EscrowSampleReceipt) []byte {
	return sign(e.tb, key, digest(e.tb, e.typedData("SampleReceipt", apitypes.TypedDataMessage{
		"tradeId": r.TradeId, "exchange": r.Exchange,
	})))
}

// packCommit packs a commit of d with sig by the exchangeIndex-th named exchange.
func (e *env) packCommit(exchangeIndex int64, d contracts.EscrowDelivery, sig []byte) []byte {
	return e.esc.PackCommit(d.TradeId, big.NewInt(exchangeIndex), d.CiphertextCidHash, d.WrappedKeyHash, d.ValidUntil, sig)
}
