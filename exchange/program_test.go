package exchange

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store/unixfs"
)

func testConfig() enclave.Config {
	return enclave.Config{
		ChainID:       1337,
		Registry:      common.HexToAddress("0x1000000000000000000000000000000000000001"),
		Market:        common.HexToAddress("0x2000000000000000000000000000000000000002"),
		Escrow:        common.HexToAddress("0x3000000000000000000000000000000000000003"),
		Domain:        enclave.Domain{Name: "datatrade", Version: "1", Salt: common.HexToHash("0x5a17")},
		Checkpoint:    enclave.Checkpoint{Number: 42, Hash: common.HexToHash("0xc0ffee")},
		HeaderAuth:    enclave.HeaderAuthAuthority,
		Authority:     common.HexToAddress("0x4000000000000000000000000000000000000004"),
		HeaderWindow:  enclave.DefaultHeaderWindow,
		Confirmations: 2,
	}
}

// recordedReceipts stands in for the light client in these tests, which
// focus on the program's crypto paths: it maps evidence bytes to the
// receipt the light client would prove, and answers ECONFLICT for evidence
// marked not final, as the light client does for too few confirmations.
// TestLightClientAdapter runs the real light client.
type recordedReceipts struct {
	receipts map[string]*types.Receipt
	notFinal map[string]bool
}

func (r *recordedReceipts) VerifyEvidence(e []byte) (*types.Receipt, error) {
	if r.notFinal[string(e)] {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "block has too few confirmations")
	}
	rc, ok := r.receipts[string(e)]
	if !ok {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "evidence does not verify")
	}
	return rc, nil
}

func (r *recordedReceipts) add(name string, logs ...*types.Log) []byte {
	r.receipts[name] = &types.Receipt{Status: types.ReceiptStatusSuccessful, Logs: logs}
	return []byte(name)
}

type fixture struct {
	cfg       enclave.Config
	f         *enclave.Factotum
	p         *Program
	chain     *recordedReceipts
	seller    *ecdsa.PrivateKey
	buyer     *envelope.PrivateKey
	buyerAddr common.Address
	secrets   envelope.Secrets
	plain     []byte
	sealed    []byte
	tree      *envelope.Tree
	price     *big.Int
	now       time.Time
}

const (
	testExchange = 7
	testTrade    = 11
	chunkSize    = 1024
)

func word(v uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(v)) }

func newFixture(t testing.TB) *fixture {
	t.Helper()
	rng := rand.NewChaCha8([32]byte{1})
	backend, err := sim.New(sim.Options{Code: []byte("exchange test"), PlatformSecret: bytes.Repeat([]byte{9}, 32), Rand: rng})
	if err != nil {
		t.Fatal(err)
	}
	cfg := testConfig()
	f, err := enclave.NewFactotum(backend, cfg, rng)
	if err != nil {
		t.Fatal(err)
	}
	fx := &fixture{cfg: cfg, f: f, chain: &recordedReceipts{receipts: map[string]*types.Receipt{}, notFinal: map[string]bool{}},
		price: big.NewInt(5e15), now: time.Unix(1_800_000_000, 0)}
	fx.p, err = New(Options{Factotum: f, Chain: fx.chain, Exchange: testExchange, Rand: rng,
		Now: func() time.Time { return fx.now }, ChunkSize: 512})
	if err != nil {
		t.Fatal(err)
	}
	if fx.seller, err = crypto.GenerateKey(); err != nil {
		t.Fatal(err)
	}
	if fx.buyer, err = envelope.GenerateKey(rng, envelope.KEMX25519); err != nil {
		t.Fatal(err)
	}
	fx.buyerAddr = common.HexToAddress("0xb0b")
	fx.plain = make([]byte, 44*chunkSize+100)
	for i := range fx.plain {
		fx.plain[i] = byte(i * 7)
	}
	if fx.secrets.DataKey, err = envelope.NewDataKey(rng); err != nil {
		t.Fatal(err)
	}
	if fx.secrets.ListingSalt, err = envelope.NewListingSalt(rng); err != nil {
		t.Fatal(err)
	}
	fx.sealed = fx.seal(t, fx.plain, fx.secrets.DataKey)
	if fx.tree, err = envelope.BuildTree(context.Background(), bytes.NewReader(fx.plain), fx.secrets.ListingSalt, chunkSize); err != nil {
		t.Fatal(err)
	}
	return fx
}

func (fx *fixture) seal(t testing.TB, plain []byte, key envelope.DataKey) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, _, err := envelope.Encrypt(context.Background(), &b, bytes.NewReader(plain), key,
		envelope.WriterOptions{ChunkSize: chunkSize, Rand: rand.NewChaCha8([32]byte{2})}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// openedLog is the Escrow's TradeOpened log for the fixture's trade.
func (fx *fixture) openedLog(t testing.TB, from common.Address, exchanges ...uint64) *types.Log {
	t.Helper()
	ids := make([]*big.Int, len(exchanges))
	for i, e := range exchanges {
		ids[i] = new(big.Int).SetUint64(e)
	}
	data, err := mustArgs(t, tradeOpenedData).Pack(crypto.PubkeyToAddress(fx.seller.PublicKey), fx.price, big.NewInt(1e14),
		fx.tree.Commitment().Root, ids, uint64(1_900_000_000), fx.buyer.Public().Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return &types.Log{Address: from, Topics: []common.Hash{topicTradeOpened, word(testTrade), word(3), common.BytesToHash(fx.buyerAddr.Bytes())}, Data: data}
}

func (fx *fixture) open(t *testing.T) *TradeRecord {
	t.Helper()
	rec, err := fx.p.OpenTrade(testTrade, fx.chain.add("opened", fx.openedLog(t, fx.cfg.Escrow, 6, testExchange)))
	if err != nil {
		t.Fatalf("OpenTrade: %v", err)
	}
	return rec
}

func (fx *fixture) handOver(t testing.TB, s envelope.Secrets, signer *ecdsa.PrivateKey) error {
	t.Helper()
	wrapped, sig, err := WrapSecrets(&fx.cfg, fx.f.PublicKeys(), testTrade, s, signer)
	if err != nil {
		t.Fatal(err)
	}
	return fx.p.HandOver(testTrade, wrapped, sig)
}

func recoverSigned(t *testing.T, s Signed) common.Address {
	t.Helper()
	a, err := recoverAddress(s.Digest, s.Signature)
	if err != nil {
		t.Fatal(err)
	}
	if s.Signature[64] != 27 && s.Signature[64] != 28 {
		t.Errorf("V = %d, want 27 or 28", s.Signature[64])
	}
	return a
}

func code(err error) string {
	var e *datatrade.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

func TestHappyPath(t *testing.T) {
	ctx := context.Background()
	fx := newFixture(t)
	enc := fx.f.PublicKeys().SigningAddress

	rec := fx.open(t)
	if got := recoverSigned(t, rec.Signed); got != enc {
		t.Errorf("trade record signed by %s, want the enclave %s", got, enc)
	}
	if rec.Digest != RecordDigest(&fx.cfg, testExchange, &rec.Trade) {
		t.Error("trade record digest does not match its contents")
	}
	if rec.Trade.Seller != crypto.PubkeyToAddress(fx.seller.PublicKey) || rec.Trade.Buyer != fx.buyerAddr ||
		rec.Trade.Price.Cmp(fx.price) != 0 || rec.Trade.Listing != 3 || rec.Trade.Root != fx.tree.Commitment().Root {
		t.Errorf("trade record %+v does not match the event", rec.Trade)
	}

	if err := VerifyRecord(&fx.cfg, enc, rec); err != nil {
		t.Errorf("VerifyRecord: %v", err)
	}
	forged := *rec
	forged.Trade = cloneTrade(&rec.Trade)
	forged.Trade.Price = big.NewInt(1)
	if err := VerifyRecord(&fx.cfg, enc, &forged); code(err) != datatrade.EINTEGRITY {
		t.Errorf("VerifyRecord of a record with another price: %v, want EINTEGRITY", err)
	}
	forged.Trade.Price = rec.Trade.Price
	forged.Digest = RecordDigest(&fx.cfg, testExchange, &forged.Trade)
	if err := VerifyRecord(&fx.cfg, crypto.PubkeyToAddress(fx.seller.PublicKey), &forged); code(err) != datatrade.EINTEGRITY {
		t.Errorf("VerifyRecord against another enclave address: %v, want EINTEGRITY", err)
	}
	if _, err := fx.p.Ready(testTrade); code(err) != datatrade.ECONFLICT {
		t.Errorf("Ready before the check: %v, want ECONFLICT", err)
	}
	if err := fx.handOver(t, fx.secrets, fx.seller); err != nil {
		t.Fatalf("HandOver: %v", err)
	}
	fault, err := fx.p.CheckData(ctx, testTrade, bytes.NewReader(fx.sealed), int64(len(fx.sealed)))
	if err != nil || fault != nil {
		t.Fatalf("CheckData = %v, %v; want no fault", fault, err)
	}
	ready, err := fx.p.Ready(testTrade)
	if err != nil {
		t.Fatal(err)
	}
	if got := recoverSigned(t, ready); got != enc || ready.Digest != ReadyDigest(&fx.cfg, testExchange, testTrade, rec.Trade.Root) {
		t.Errorf("ready statement signed by %s over %s", got, ready.Digest)
	}

	// Sample: the buyer unwraps each chunk and checks it against R.
	if _, err := fx.p.Sample(testTrade); code(err) != datatrade.ECONFLICT {
		t.Errorf("Sample before the seed is verified: %v, want ECONFLICT", err)
	}
	seed := common.HexToHash("0x5eed")
	fixed := func(from common.Address, listing uint64) *types.Log {
		return &types.Log{Address: from, Topics: []common.Hash{topicSampleFixed, word(listing)}, Data: seed.Bytes()}
	}
	if err := fx.p.FixSample(testTrade, fx.chain.add("seed-escrow", fixed(fx.cfg.Escrow, 3))); code(err) != datatrade.EINTEGRITY {
		t.Errorf("seed from a contract other than the Market: %v, want EINTEGRITY", err)
	}
	if err := fx.p.FixSample(testTrade, fx.chain.add("seed-other", fixed(fx.cfg.Market, 4))); code(err) != datatrade.ENOTFOUND {
		t.Errorf("seed of another listing: %v, want ENOTFOUND", err)
	}
	if err := fx.p.FixSample(testTrade, fx.chain.add("seed", fixed(fx.cfg.Market, 3))); err != nil {
		t.Fatalf("FixSample: %v", err)
	}
	sample, err := fx.p.Sample(testTrade)
	if err != nil {
		t.Fatal(err)
	}
	want := SampleIndices(seed, 45)
	if len(sample.Chunks) != 3 || len(want) != 3 {
		t.Fatalf("sample of %d chunks (set %v), want 3 for 45 chunks", len(sample.Chunks), want)
	}
	for k, c := range sample.Chunks {
		if c.Index != want[k] {
			t.Errorf("sample chunk %d is chunk %d, want %d", k, c.Index, want[k])
		}
	}
	dep := market.Deployment{ChainID: fx.cfg.ChainID, Escrow: fx.cfg.Escrow, Salt: fx.cfg.Domain.Salt}
	if sample.Receipt.Digest != dep.SampleReceiptDigest(testTrade, testExchange) || recoverSigned(t, sample.Receipt) != enc {
		t.Error("sample receipt is not the enclave's signature over the market digest")
	}
	for _, c := range sample.Chunks {
		pt, err := envelope.Unwrap(fx.buyer, fx.p.wrapContext(testTrade, PurposeSample), c.Wrapped)
		if err != nil {
			t.Fatalf("sample chunk %d: %v", c.Index, err)
		}
		proof, chunk, err := DecodeSampleChunk(pt)
		if err != nil {
			t.Fatal(err)
		}
		if err := fx.tree.Commitment().Verify(proof, chunk); err != nil || proof.Index != c.Index {
			t.Errorf("sample chunk %d: proof index %d, verify %v", c.Index, proof.Index, err)
		}
		end := min(int(c.Index+1)*chunkSize, len(fx.plain))
		if !bytes.Equal(chunk, fx.plain[int(c.Index)*chunkSize:end]) {
			t.Errorf("sample chunk %d differs from the data", c.Index)
		}
	}

	// Commit: the payment must be of the price.
	wrong := fx.chain.add("paid-less", &types.Log{Address: fx.cfg.Escrow, Topics: []common.Hash{topicTradePaid, word(testTrade)}, Data: word(1).Bytes()})
	if _, err := fx.p.Commit(ctx, testTrade, wrong); code(err) != datatrade.EINTEGRITY {
		t.Errorf("Commit with a payment of 1 wei: %v, want EINTEGRITY", err)
	}
	paid := fx.chain.add("paid", &types.Log{Address: fx.cfg.Escrow, Topics: []common.Hash{topicTradePaid, word(testTrade)}, Data: common.BigToHash(fx.price).Bytes()})
	ct, err := fx.p.Commit(ctx, testTrade, paid)
	if err != nil {
		t.Fatalf("Commit: %v", err)
	}
	again, err := fx.p.Commit(ctx, testTrade, nil)
	if err != nil || !bytes.Equal(again, ct) {
		t.Errorf("Commit retried: %d bytes (err %v), want the same %d bytes", len(again), err, len(ct))
	}
	if _, err := fx.p.SignDelivery(testTrade, "bafy-another-blob"); code(err) != datatrade.EINTEGRITY {
		t.Errorf("SignDelivery for a CID the enclave did not make: %v, want EINTEGRITY", err)
	}
	name := cidOf(t, ct)
	del, err := fx.p.SignDelivery(testTrade, name)
	if err != nil {
		t.Fatal(err)
	}
	md := market.Delivery{TradeID: testTrade, Buyer: fx.buyerAddr, Seller: crypto.PubkeyToAddress(fx.seller.PublicKey),
		Price: fx.price, Exchange: testExchange, Root: rec.Trade.Root, CiphertextCIDHash: crypto.Keccak256Hash([]byte(name)),
		WrappedKeyHash: del.Delivery.WrappedKeyHash, ValidUntil: fx.now.Add(DefaultDeliveryValidity)}
	if got, want := del.Digest, dep.DeliveryDigest(md); got != want {
		t.Errorf("delivery digest %s, want the market's %s", got, want)
	}
	if got := recoverSigned(t, del.Signed); got != enc {
		t.Errorf("delivery signed by %s, want %s", got, enc)
	}
	fx.now = time.Unix(1_900_000_000-60, 0)
	late, err := fx.p.SignDelivery(testTrade, name)
	if err != nil || late.Delivery.ValidUntil != 1_900_000_000 {
		t.Errorf("delivery near the deadline valid until %v (err %v), want the trade deadline 1900000000", late, err)
	}

	// Reveal: not before the commit is final, not for another exchange's commit.
	commitLog := func(exchange uint64, wk common.Hash) *types.Log {
		data, err := mustArgs(t, tradeCommittedData).Pack([32]byte(md.CiphertextCIDHash), [32]byte(wk), uint64(1_900_000_000))
		if err != nil {
			t.Fatal(err)
		}
		return &types.Log{Address: fx.cfg.Escrow, Topics: []common.Hash{topicTradeCommitted, word(testTrade), word(exchange)}, Data: data}
	}
	pendingCommit := fx.chain.add("commit-pending", commitLog(testExchange, del.Delivery.WrappedKeyHash))
	fx.chain.notFinal["commit-pending"] = true
	if _, err := fx.p.Reveal(testTrade, pendingCommit); code(err) != datatrade.ECONFLICT {
		t.Errorf("Reveal before the commit is final: %v, want ECONFLICT", err)
	}
	other := fx.chain.add("commit-other", commitLog(6, del.Delivery.WrappedKeyHash))
	if _, err := fx.p.Reveal(testTrade, other); code(err) != datatrade.EINTEGRITY {
		t.Errorf("Reveal on another exchange's commit: %v, want EINTEGRITY", err)
	}
	otherKey := fx.chain.add("commit-otherkey", commitLog(testExchange, common.Hash{1}))
	if _, err := fx.p.Reveal(testTrade, otherKey); code(err) != datatrade.EINTEGRITY {
		t.Errorf("Reveal on a commit of another key: %v, want EINTEGRITY", err)
	}
	wk, err := fx.p.Reveal(testTrade, fx.chain.add("commit", commitLog(testExchange, del.Delivery.WrappedKeyHash)))
	if err != nil {
		t.Fatalf("Reveal: %v", err)
	}
	if crypto.Keccak256Hash(wk) != del.Delivery.WrappedKeyHash {
		t.Error("revealed key does not match wrappedKeyHash")
	}

	// The buyer decrypts and checks every chunk against R.
	kb, err := envelope.Unwrap(fx.buyer, fx.p.wrapContext(testTrade, PurposeDelivery), wk)
	if err != nil {
		t.Fatal(err)
	}
	var revealed envelope.Secrets
	if err := revealed.UnmarshalBinary(kb); err != nil {
		t.Fatalf("the revealed secret is not K_D with the listing salt: %v", err)
	}
	var got bytes.Buffer
	if _, _, err := envelope.Decrypt(ctx, &got, bytes.NewReader(ct), revealed.DataKey); err != nil {
		t.Fatal(err)
	}
	com, err := envelope.Commit(ctx, bytes.NewReader(got.Bytes()), revealed.ListingSalt, chunkSize)
	if err != nil || com.Root != fx.tree.Commitment().Root {
		t.Errorf("buyer's data root %x (err %v), want R %x", com.Root, err, fx.tree.Commitment().Root)
	}
	if revealed.DataKey == fx.secrets.DataKey {
		t.Error("the buyer's key K_D is the seller's data key")
	}

	fx.p.Forget(testTrade)
	if _, err := fx.p.Trade(testTrade); code(err) != datatrade.ENOTFOUND {
		t.Errorf("Trade after Forget: %v, want ENOTFOUND", err)
	}
}

func TestSellerFaultOnlyWhenDecryptionSucceeds(t *testing.T) {
	ctx := context.Background()
	doctored := func(fx *fixture) []byte {
		p := bytes.Clone(fx.plain)
		p[3*chunkSize+5] ^= 1
		return p
	}
	for _, tc := range []struct {
		name      string
		handed    func(fx *fixture) envelope.Secrets
		data      func(t *testing.T, fx *fixture) []byte
		wantFault bool
		wantCode  string
	}{
		{"matching data", func(fx *fixture) envelope.Secrets { return fx.secrets },
			func(t *testing.T, fx *fixture) []byte { return fx.sealed }, false, ""},
		{"doctored data under the seller's key", func(fx *fixture) envelope.Secrets { return fx.secrets },
			func(t *testing.T, fx *fixture) []byte { return fx.seal(t, doctored(fx), fx.secrets.DataKey) }, true, ""},
		{"wrong listing salt", func(fx *fixture) envelope.Secrets { s := fx.secrets; s.ListingSalt[0] ^= 1; return s },
			func(t *testing.T, fx *fixture) []byte { return fx.sealed }, true, ""},
		{"seller hands over a wrong data key", func(fx *fixture) envelope.Secrets { s := fx.secrets; s.DataKey[0] ^= 1; return s },
			func(t *testing.T, fx *fixture) []byte { return fx.sealed }, false, datatrade.EINTEGRITY},
		{"host supplies data under another key", func(fx *fixture) envelope.Secrets { return fx.secrets },
			func(t *testing.T, fx *fixture) []byte { return fx.seal(t, doctored(fx), envelope.DataKey{1}) }, false, datatrade.EINTEGRITY},
		{"host corrupts one sealed chunk", func(fx *fixture) envelope.Secrets { return fx.secrets },
			func(t *testing.T, fx *fixture) []byte { b := bytes.Clone(fx.sealed); b[len(b)-30] ^= 1; return b }, false, datatrade.EINTEGRITY},
		{"truncated ciphertext", func(fx *fixture) envelope.Secrets { return fx.secrets },
			func(t *testing.T, fx *fixture) []byte { return fx.sealed[:len(fx.sealed)-chunkSize] }, false, datatrade.EINTEGRITY},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fx := newFixture(t)
			fx.open(t)
			if err := fx.handOver(t, tc.handed(fx), fx.seller); err != nil {
				t.Fatal(err)
			}
			data := tc.data(t, fx)
			fault, err := fx.p.CheckData(ctx, testTrade, bytes.NewReader(data), int64(len(data)))
			if got := code(err); got != tc.wantCode {
				t.Fatalf("CheckData error %v, want code %q", err, tc.wantCode)
			}
			if (fault != nil) != tc.wantFault {
				t.Fatalf("fault statement = %v, want one: %v", fault, tc.wantFault)
			}
			if fault != nil {
				dep := market.Deployment{ChainID: fx.cfg.ChainID, Escrow: fx.cfg.Escrow, Salt: fx.cfg.Domain.Salt}
				if want := dep.SellerFaultDigest(testTrade, testExchange, fx.tree.Commitment().Root, fault.ChunkIndex); fault.Digest != want {
					t.Errorf("seller-fault digest %s, want the market's %s", fault.Digest, want)
				}
				if recoverSigned(t, fault.Signed) != fx.f.PublicKeys().SigningAddress {
					t.Error("seller fault not signed by the enclave")
				}
				if _, err := fx.p.Ready(testTrade); err == nil {
					t.Error("Ready signed for faulty data")
				}
			}
		})
	}
}

func TestHandOverRefusals(t *testing.T) {
	fx := newFixture(t)
	fx.open(t)
	stranger, _ := crypto.GenerateKey()
	if err := fx.handOver(t, fx.secrets, stranger); code(err) != datatrade.EUNAUTHORIZED {
		t.Errorf("hand-over signed by a non-owner: %v, want EUNAUTHORIZED", err)
	}
	// Wrapped for another trade, signed by the seller over what is sent.
	wrapped, _, err := WrapSecrets(&fx.cfg, fx.f.PublicKeys(), testTrade+1, fx.secrets, fx.seller)
	if err != nil {
		t.Fatal(err)
	}
	d := HandOverDigest(&fx.cfg, testTrade, fx.f.PublicKeys().SigningAddress, wrapped)
	sig, _ := crypto.Sign(d[:], fx.seller)
	if err := fx.p.HandOver(testTrade, wrapped, sig); code(err) != datatrade.EINTEGRITY {
		t.Errorf("hand-over wrapped for another trade: %v, want EINTEGRITY", err)
	}
	if err := fx.p.HandOver(testTrade+1, wrapped, sig); code(err) != datatrade.ENOTFOUND {
		t.Errorf("hand-over for an unknown trade: %v, want ENOTFOUND", err)
	}
	if err := fx.p.HandOver(testTrade, wrapped, sig[:10]); code(err) != datatrade.EINVALID {
		t.Errorf("short signature: %v, want EINVALID", err)
	}
}

func TestOpenTradeRefusals(t *testing.T) {
	fx := newFixture(t)
	for _, tc := range []struct {
		name string
		log  *types.Log
		want string
	}{
		{"look-alike contract", fx.openedLog(t, common.HexToAddress("0xbad"), testExchange), datatrade.EINTEGRITY},
		{"exchange not named", fx.openedLog(t, fx.cfg.Escrow, 1, 2), datatrade.EUNAUTHORIZED},
	} {
		if _, err := fx.p.OpenTrade(testTrade, fx.chain.add(tc.name, tc.log)); code(err) != tc.want {
			t.Errorf("%s: %v, want %s", tc.name, err, tc.want)
		}
	}
	if _, err := fx.p.OpenTrade(testTrade+1, fx.chain.add("good", fx.openedLog(t, fx.cfg.Escrow, testExchange))); code(err) != datatrade.ENOTFOUND {
		t.Errorf("evidence replayed for another trade: %v, want ENOTFOUND", err)
	}
	fx.open(t)
	if _, err := fx.p.OpenTrade(testTrade, []byte("opened")); code(err) != datatrade.ECONFLICT {
		t.Errorf("second opening: %v, want ECONFLICT", err)
	}
	if _, err := fx.p.OpenTrade(testTrade, []byte("no such evidence")); err == nil {
		t.Error("unverified evidence accepted")
	}
}

func TestCheckDataRefusesOversizedCiphertext(t *testing.T) {
	fx := newFixture(t)
	p, err := New(Options{Factotum: fx.f, Chain: fx.chain, Exchange: testExchange, Rand: fx.p.rand, MaxDataSize: int64(len(fx.sealed) - 1)})
	if err != nil {
		t.Fatal(err)
	}
	fx.p = p
	fx.open(t)
	if err := fx.handOver(t, fx.secrets, fx.seller); err != nil {
		t.Fatal(err)
	}
	if f, err := p.CheckData(context.Background(), testTrade, bytes.NewReader(fx.sealed), int64(len(fx.sealed))); f != nil || code(err) != datatrade.EINVALID {
		t.Errorf("CheckData over the limit = %v, %v; want no fault and EINVALID", f, err)
	}
}

func TestCommitRefusedBeforeVerifiedData(t *testing.T) {
	fx := newFixture(t)
	fx.open(t)
	paid := fx.chain.add("paid", &types.Log{Address: fx.cfg.Escrow, Topics: []common.Hash{topicTradePaid, word(testTrade)}, Data: common.BigToHash(fx.price).Bytes()})
	if _, err := fx.p.Commit(context.Background(), testTrade, paid); code(err) != datatrade.ECONFLICT {
		t.Errorf("Commit before the data check: %v, want ECONFLICT", err)
	}
	if _, err := fx.p.Sample(testTrade); code(err) != datatrade.ECONFLICT {
		t.Errorf("Sample before the data check: %v, want ECONFLICT", err)
	}
}

func TestDigestsMatchMarket(t *testing.T) {
	cfg := testConfig()
	dep := market.Deployment{ChainID: cfg.ChainID, Escrow: cfg.Escrow, Salt: cfg.Domain.Salt}
	for i := range uint64(5) {
		d := Delivery{TradeID: i, Buyer: common.BigToAddress(big.NewInt(int64(i + 1))), Seller: common.HexToAddress("0x5e11"),
			Price: new(big.Int).Lsh(big.NewInt(int64(i+3)), 70), Exchange: i * 3, Root: common.Hash{byte(i)},
			CiphertextCIDHash: common.Hash{2, byte(i)}, WrappedKeyHash: common.Hash{3, byte(i)}, ValidUntil: 1_800_000_000 + i}
		md := market.Delivery{TradeID: d.TradeID, Buyer: d.Buyer, Seller: d.Seller, Price: d.Price, Exchange: d.Exchange,
			Root: d.Root, CiphertextCIDHash: d.CiphertextCIDHash, WrappedKeyHash: d.WrappedKeyHash, ValidUntil: time.Unix(int64(d.ValidUntil), 0)}
		if got, want := DeliveryDigest(&cfg, d), dep.DeliveryDigest(md); got != want {
			t.Errorf("delivery %d: %s, want %s", i, got, want)
		}
		if got, want := SellerFaultDigest(&cfg, i, i+1, common.Hash{byte(i)}, i*9), dep.SellerFaultDigest(i, i+1, common.Hash{byte(i)}, i*9); got != want {
			t.Errorf("seller fault %d: %s, want %s", i, got, want)
		}
		if got, want := SampleReceiptDigest(&cfg, i, i+2), dep.SampleReceiptDigest(i, i+2); got != want {
			t.Errorf("sample receipt %d: %s, want %s", i, got, want)
		}
	}
}

func FuzzDecodeSampleChunk(f *testing.F) {
	f.Add(EncodeSampleChunk([]byte{1, 0, 0}, []byte("chunk")))
	f.Add([]byte{0, 0, 0, 200})
	f.Fuzz(func(t *testing.T, b []byte) {
		p, c, err := DecodeSampleChunk(b)
		if err != nil {
			return
		}
		pb, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(EncodeSampleChunk(pb, c), b) {
			t.Error("decode/encode does not round-trip")
		}
	})
}

func mustArgs(t testing.TB, f func() (abi.Arguments, error)) abi.Arguments {
	t.Helper()
	a, err := f()
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// FuzzDecodeTradeOpened feeds arbitrary event data to the decoder: it must
// refuse or decode, never panic, and a decoded trade owns its values.
func FuzzDecodeTradeOpened(f *testing.F) {
	fx := newFixture(f)
	f.Add(fx.openedLog(f, fx.cfg.Escrow, testExchange).Data)
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		l := &types.Log{Topics: []common.Hash{topicTradeOpened, word(testTrade), word(3), {}}, Data: data}
		tr, err := decodeTradeOpened(l, testTrade)
		if err != nil {
			return
		}
		if tr.Price == nil || tr.FeeDeposit == nil || tr.ID != testTrade || tr.Listing != 3 {
			t.Errorf("decoded %+v", tr)
		}
	})
}

// cidOf is the store name of ct under the pinned import settings.
func cidOf(t *testing.T, ct []byte) string {
	t.Helper()
	c, err := unixfs.Sum(ct, unixfs.DefaultParams)
	if err != nil {
		t.Fatal(err)
	}
	return c.String()
}
