package exchange_test

// The world of the threat-model tests (threat_test.go): the real contracts
// on go-ethereum's simulated chain, an authority key that signs every block
// header the chain makes (as the embedded node does), and exchanges whose
// enclaves (the simulation backend — no TEE hardware here) run the real
// Program over the real light client. Chain facts reach an enclave only as
// light-client evidence: the authority-signed headers since the checkpoint
// and a Merkle-Patricia receipt proof.

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	crand "crypto/rand"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/chain/devnode/authsig"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/lightclient"
	"github.com/datatrade/datatrade/lightclient/proof"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store/unixfs"
)

const (
	threatChunk  = 1024
	threatChunks = 45 // a sample of min(4, ceil(45/20)) = 3 chunks
	revealWindow = time.Hour
	claimWindow  = 10 * time.Minute
	confirmDepth = 2
)

var (
	milliEther = big.NewInt(1e15)
	price      = new(big.Int).Mul(big.NewInt(20), milliEther) // P
	fee1       = new(big.Int).Mul(big.NewInt(2), milliEther)  // F of exchange 1
	fee2       = new(big.Int).Mul(big.NewInt(3), milliEther)  // F of exchange 2
	stake      = new(big.Int).Mul(big.NewInt(100), milliEther)
)

// world is one simulated chain with the datatrade contracts deployed.
type world struct {
	t         *testing.T
	ctx       context.Context
	sim       *simulated.Backend
	raw       simulated.Client
	c         *chain.Client
	m         *market.Client
	d         *market.Deployment
	authority *ecdsa.PrivateKey
	// checkpoint is the block the enclaves' configuration pins.
	checkpoint *types.Header
	// sealMu serialises sealing: one block per transaction sent through
	// the chain client, and the blocks tests make by hand.
	sealMu sync.Mutex
	sigs   map[common.Hash][]byte

	admin, seller, buyer, buyer2, op1, op2, relayer *chain.Account
	keys                                            map[*chain.Account]*ecdsa.PrivateKey
}

func newWorld(t *testing.T) *world {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	w := &world{t: t, ctx: ctx, keys: map[*chain.Account]*ecdsa.PrivateKey{}, sigs: map[common.Hash][]byte{}}
	alloc := types.GenesisAlloc{}
	ether := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	acct := func(name string) *chain.Account {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte("datatrade threat test " + name)))
		if err != nil {
			t.Fatal(err)
		}
		a := chain.NewAccount(key)
		w.keys[a] = key
		alloc[a.Address] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), ether)}
		return a
	}
	w.admin, w.seller, w.buyer, w.buyer2 = acct("admin"), acct("seller"), acct("buyer"), acct("buyer2")
	w.op1, w.op2, w.relayer = acct("operator 1"), acct("operator 2"), acct("relayer")
	var err error
	if w.authority, err = crypto.ToECDSA(crypto.Keccak256([]byte("datatrade threat test authority"))); err != nil {
		t.Fatal(err)
	}
	w.sim = simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = w.sim.Close() })
	w.raw = w.sim.Client()
	w.c = chain.NewClient(sealing{Client: w.raw, w: w}, chain.WithPollInterval(2*time.Millisecond))
	if w.d, err = market.Deploy(ctx, w.c, w.admin, market.DeployOptions{RevealWindow: revealWindow, SampleClaimWindow: claimWindow}, nil); err != nil {
		t.Fatalf("deploy: %v", err)
	}
	w.m = market.New(w.c, w.d)
	w.checkpoint = w.head()
	return w
}

func (w *world) head() *types.Header {
	w.t.Helper()
	h, err := w.raw.HeaderByNumber(w.ctx, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return h
}

// now is the chain's clock: the head block's time.
func (w *world) now() time.Time { return time.Unix(int64(w.head().Time), 0) }

// sealing is the simulated chain's client that seals a block right after
// each transaction sent through it, like an instant-mining dev node.
type sealing struct {
	simulated.Client
	w *world
}

var _ simulated.Client = sealing{}

func (s sealing) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := s.Client.SendTransaction(ctx, tx)
	s.w.manual(func() { s.w.sim.Commit() })
	return err
}

// manual runs f, which makes blocks by hand, with no other sealing at the
// same time. f must not send through w.c.
func (w *world) manual(f func()) {
	w.sealMu.Lock()
	defer w.sealMu.Unlock()
	f()
}

// mine seals n empty blocks (confirmations).
func (w *world) mine(n int) {
	w.manual(func() {
		for range n {
			w.sim.Commit()
		}
	})
}

// advance moves the chain's clock d ahead with an empty block.
func (w *world) advance(d time.Duration) {
	w.t.Helper()
	w.manual(func() {
		var err error
		for range 200 {
			if err = w.sim.AdjustTime(d); err == nil {
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
		w.t.Fatalf("adjust time: %v", err)
	})
}

// send sends a prepared transaction and fails the test on error.
func (w *world) send(from *chain.Account, tx market.Tx, err error) *types.Receipt {
	w.t.Helper()
	if err != nil {
		w.t.Fatalf("prepare %s: %v", tx.What, err)
	}
	r, err := w.m.Send(w.ctx, from, tx)
	if err != nil {
		w.t.Fatalf("%s: %v", tx.What, err)
	}
	return r
}

// refused sends tx and wants it refused (reverted in estimation or on chain).
func (w *world) refused(from *chain.Account, tx market.Tx) error {
	w.t.Helper()
	_, err := w.m.Send(w.ctx, from, tx)
	if err == nil {
		w.t.Fatalf("%s was accepted, want it refused", tx.What)
	}
	return err
}

// sign returns the authority's signature over h, as the embedded node makes.
func (w *world) sign(h *types.Header) []byte {
	w.t.Helper()
	if s, ok := w.sigs[h.Hash()]; ok {
		return s
	}
	s, err := authsig.Sign(h.Hash(), w.authority)
	if err != nil {
		w.t.Fatal(err)
	}
	w.sigs[h.Hash()] = s
	return s
}

// headers returns the canonical headers after the checkpoint up to the
// head, each signed by the authority: what an honest host sends.
func (w *world) headers() []lightclient.SignedHeader {
	w.t.Helper()
	head := w.head().Number.Uint64()
	var out []lightclient.SignedHeader
	for n := w.checkpoint.Number.Uint64() + 1; n <= head; n++ {
		h, err := w.raw.HeaderByNumber(w.ctx, new(big.Int).SetUint64(n))
		if err != nil {
			w.t.Fatal(err)
		}
		out = append(out, lightclient.SignedHeader{Header: h, Signature: w.sign(h)})
	}
	return out
}

// blockReceipts returns the header and all receipts of the block with hash.
func (w *world) blockReceipts(hash common.Hash) (*types.Header, types.Receipts) {
	w.t.Helper()
	b, err := w.raw.BlockByHash(w.ctx, hash)
	if err != nil {
		w.t.Fatal(err)
	}
	var rs types.Receipts
	for _, tx := range b.Transactions() {
		r, err := w.raw.TransactionReceipt(w.ctx, tx.Hash())
		if err != nil {
			w.t.Fatal(err)
		}
		rs = append(rs, r)
	}
	return b.Header(), rs
}

// proof is the receipt proof of r against its block's receiptsRoot.
func (w *world) proof(r *types.Receipt) lightclient.ReceiptProof {
	w.t.Helper()
	h, rs := w.blockReceipts(r.BlockHash)
	p, err := proof.BuildReceiptProofForBlock(h, rs, int(r.TransactionIndex))
	if err != nil {
		w.t.Fatal(err)
	}
	return p
}

// encode encodes evidence of p with the given headers.
func (w *world) encode(hs []lightclient.SignedHeader, p lightclient.ReceiptProof) []byte {
	w.t.Helper()
	b, err := (&lightclient.Evidence{Headers: hs, Receipt: p}).Encode()
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

// evidence is what an honest host sends for receipt r: the canonical,
// authority-signed headers and the receipt proof.
func (w *world) evidence(r *types.Receipt) []byte {
	return w.encode(w.headers(), w.proof(r))
}

// final mines the confirmations r needs and returns its evidence.
func (w *world) final(r *types.Receipt) []byte {
	w.mine(confirmDepth)
	return w.evidence(r)
}

// exch is one registered exchange: its operator, its enclave (simulation
// backend) with the configuration of this deployment, its light client and
// the trusted Program.
type exch struct {
	id  uint64
	op  *chain.Account
	cfg enclave.Config
	f   *enclave.Factotum
	p   *exchange.Program
}

func (w *world) config() enclave.Config {
	return enclave.Config{
		ChainID: w.d.ChainID, Registry: w.d.Registry, Market: w.d.Market, Escrow: w.d.Escrow,
		Domain:     enclave.Domain{Name: "datatrade", Version: "1", Salt: w.d.Salt},
		Checkpoint: enclave.Checkpoint{Number: w.checkpoint.Number.Uint64(), Hash: w.checkpoint.Hash()},
		HeaderAuth: enclave.HeaderAuthAuthority, Authority: crypto.PubkeyToAddress(w.authority.PublicKey),
		HeaderWindow: enclave.DefaultHeaderWindow, Confirmations: confirmDepth,
	}
}

// enclaveFor starts an enclave for cfg, its light client and the Program
// as exchange id.
func (w *world) enclaveFor(cfg enclave.Config, id uint64, code string) *exch {
	w.t.Helper()
	backend, err := sim.New(sim.Options{Code: []byte(code), PlatformSecret: bytes.Repeat([]byte{7}, 32), Rand: crand.Reader})
	if err != nil {
		w.t.Fatal(err)
	}
	x := &exch{id: id, cfg: cfg}
	if x.f, err = enclave.NewFactotum(backend, cfg, crand.Reader); err != nil {
		w.t.Fatal(err)
	}
	x.start(w)
	return x
}

// start (re)starts x's Program with an empty pending table and a fresh
// light client, as a restarted enclave.
func (x *exch) start(w *world) {
	w.t.Helper()
	lc, err := lightclient.New(x.cfg, lightclient.Options{})
	if err != nil {
		w.t.Fatal(err)
	}
	if x.p, err = exchange.New(exchange.Options{Factotum: x.f, Chain: exchange.LightClient{Client: lc}, Exchange: x.id,
		Rand: crand.Reader, Now: w.now, ChunkSize: threatChunk}); err != nil {
		w.t.Fatal(err)
	}
}

// newExchange starts an enclave and registers it, staked, in the registry.
func (w *world) newExchange(op *chain.Account, fee *big.Int) *exch {
	w.t.Helper()
	x := w.enclaveFor(w.config(), 0, "exchange "+op.Address.Hex())
	id, _, err := w.m.RegisterExchange(w.ctx, op, market.ExchangeParams{Endpoint: "http://127.0.0.1:1", Fee: fee,
		Measurement: crypto.Keccak256Hash(x.f.Identity().Measurement), EnclaveSigner: x.f.PublicKeys().SigningAddress,
		Authenticator: 1, AuthorityKey: crypto.PubkeyToAddress(w.authority.PublicKey)}, stake)
	if err != nil {
		w.t.Fatalf("register exchange: %v", err)
	}
	// The host tells the Program its registry id.
	x.id, x.op = id, op
	x.start(w)
	return x
}

// listing is a published dataset with the seller's secrets.
type listing struct {
	id      uint64
	secrets envelope.Secrets
	plain   []byte
	sealed  []byte // the ciphertext in the store, under secrets.DataKey
	tree    *envelope.Tree
	fixed   *types.Receipt // the Market's SampleFixed
}

func dataset(tag byte) []byte {
	b := make([]byte, threatChunks*threatChunk-100)
	for i := range b {
		b[i] = byte(i*7) ^ tag
	}
	return b
}

func sealData(t *testing.T, plain []byte, key envelope.DataKey) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, _, err := envelope.Encrypt(context.Background(), &b, bytes.NewReader(plain), key, envelope.WriterOptions{ChunkSize: threatChunk, Rand: crand.Reader}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// publish lists plain for the seller at price and fixes its sample.
func (w *world) publish(plain []byte) *listing {
	w.t.Helper()
	l := &listing{plain: plain}
	var err error
	if l.secrets.DataKey, err = envelope.NewDataKey(crand.Reader); err != nil {
		w.t.Fatal(err)
	}
	if l.secrets.ListingSalt, err = envelope.NewListingSalt(crand.Reader); err != nil {
		w.t.Fatal(err)
	}
	l.sealed = sealData(w.t, plain, l.secrets.DataKey)
	if l.tree, err = envelope.BuildTree(w.ctx, bytes.NewReader(plain), l.secrets.ListingSalt, threatChunk); err != nil {
		w.t.Fatal(err)
	}
	com := l.tree.Commitment()
	if l.id, _, err = w.m.Publish(w.ctx, w.seller, market.PublishParams{ContentCID: "bafy-content", Root: com.Root,
		Size: uint64(len(plain)), ChunkCount: uint32(com.Leaves()), MetadataCID: "bafy-meta", Price: price, Licence: datatrade.UseRight}); err != nil {
		w.t.Fatalf("publish: %v", err)
	}
	w.mine(2)
	l.fixed = w.send(w.admin, w.m.FixSampleTx(l.id), nil)
	return l
}

// trade is a trade opened by a buyer, with the buyer's decryption key.
type trade struct {
	id     uint64
	buyer  *chain.Account
	key    *envelope.PrivateKey
	opened *types.Receipt
}

// open opens a trade on l naming xs, deadline an hour ahead.
func (w *world) open(buyer *chain.Account, l *listing, xs ...*exch) *trade {
	w.t.Helper()
	key, err := envelope.GenerateKey(crand.Reader, envelope.KEMX25519)
	if err != nil {
		w.t.Fatal(err)
	}
	ids := make([]uint64, len(xs))
	for i, x := range xs {
		ids[i] = x.id
	}
	id, r, err := w.m.Open(w.ctx, buyer, market.OpenParams{ListingID: l.id, Exchanges: ids, BuyerPubKey: key.Public().Bytes(),
		Deadline: w.now().Add(time.Hour)})
	if err != nil {
		w.t.Fatalf("open: %v", err)
	}
	return &trade{id: id, buyer: buyer, key: key, opened: r}
}

func (w *world) pay(tr *trade) *types.Receipt {
	w.t.Helper()
	tx, err := w.m.PayTx(w.ctx, tr.id)
	return w.send(tr.buyer, tx, err)
}

func (w *world) state(tr *trade) datatrade.TradeState {
	w.t.Helper()
	got, err := w.m.Trade(w.ctx, tr.id)
	if err != nil {
		w.t.Fatal(err)
	}
	return got.State
}

func (w *world) wantState(tr *trade, want datatrade.TradeState) {
	w.t.Helper()
	if got := w.state(tr); got != want {
		w.t.Fatalf("trade %d is %s, want %s", tr.id, got, want)
	}
}

func (w *world) credit(a *chain.Account) *big.Int {
	w.t.Helper()
	c, err := w.m.Credit(w.ctx, a.Address)
	if err != nil {
		w.t.Fatal(err)
	}
	return c
}

func (w *world) exchangeInfo(x *exch) *datatrade.Exchange {
	w.t.Helper()
	e, err := w.m.Exchange(w.ctx, x.id)
	if err != nil {
		w.t.Fatal(err)
	}
	return e
}

// openTrade has x's enclave verify tr's final opening.
func (w *world) openTrade(x *exch, tr *trade) *exchange.TradeRecord {
	w.t.Helper()
	rec, err := x.p.OpenTrade(tr.id, w.final(tr.opened))
	if err != nil {
		w.t.Fatalf("OpenTrade: %v", err)
	}
	return rec
}

// handOver is the seller's hand-over of l's secrets to x for tr.
func (w *world) handOver(x *exch, tr *trade, l *listing) error {
	w.t.Helper()
	wrapped, sig, err := exchange.WrapSecrets(&x.cfg, x.f.PublicKeys(), tr.id, l.secrets, w.keys[w.seller])
	if err != nil {
		w.t.Fatal(err)
	}
	return x.p.HandOver(tr.id, wrapped, sig)
}

// checkData has x check ct (from the host's store) for tr.
func (w *world) checkData(x *exch, tr *trade, ct []byte) (*exchange.SellerFault, error) {
	return x.p.CheckData(w.ctx, tr.id, bytes.NewReader(ct), int64(len(ct)))
}

// prepare runs steps 3–5 honestly: opening, hand-over, data check, ready.
func (w *world) prepare(x *exch, tr *trade, l *listing) {
	w.t.Helper()
	w.openTrade(x, tr)
	if err := w.handOver(x, tr, l); err != nil {
		w.t.Fatalf("HandOver: %v", err)
	}
	if fault, err := w.checkData(x, tr, l.sealed); fault != nil || err != nil {
		w.t.Fatalf("CheckData = %v, %v", fault, err)
	}
	if _, err := x.p.Ready(tr.id); err != nil {
		w.t.Fatalf("Ready: %v", err)
	}
}

// deliver has x commit the paid trade: the buyer's ciphertext and the
// signed Delivery.
func (w *world) deliver(x *exch, tr *trade, paid *types.Receipt) ([]byte, *exchange.SignedDelivery) {
	w.t.Helper()
	ct, err := x.p.Commit(w.ctx, tr.id, w.final(paid))
	if err != nil {
		w.t.Fatalf("Commit: %v", err)
	}
	name, err := unixfs.Sum(ct, unixfs.DefaultParams)
	if err != nil {
		w.t.Fatal(err)
	}
	sd, err := x.p.SignDelivery(tr.id, name.String())
	if err != nil {
		w.t.Fatalf("SignDelivery: %v", err)
	}
	return ct, sd
}

func commitTx(w *world, index uint64, sd *exchange.SignedDelivery) (market.Tx, error) {
	d := sd.Delivery
	return w.m.CommitTx(index, market.Delivery{TradeID: d.TradeID, Buyer: d.Buyer, Seller: d.Seller, Price: d.Price,
		Exchange: d.Exchange, Root: d.Root, CiphertextCIDHash: d.CiphertextCIDHash, WrappedKeyHash: d.WrappedKeyHash,
		ValidUntil: time.Unix(int64(d.ValidUntil), 0)}, sd.Signature)
}

func wrapContext(w *world, tradeID uint64, purpose string) envelope.WrapContext {
	c := envelope.WrapContext{ChainID: w.d.ChainID, Contract: w.d.Escrow, Purpose: purpose}
	new(big.Int).SetUint64(tradeID).FillBytes(c.TradeID[:])
	return c
}

// buyerDecrypts is the buyer's last step: unwrap K_D, decrypt, check the
// data against R. It returns the plaintext.
func (w *world) buyerDecrypts(tr *trade, l *listing, wrappedKey, ct []byte) []byte {
	w.t.Helper()
	kb, err := envelope.Unwrap(tr.key, wrapContext(w, tr.id, exchange.PurposeDelivery), wrappedKey)
	if err != nil {
		w.t.Fatalf("unwrap K_D: %v", err)
	}
	var revealed envelope.Secrets
	if err := revealed.UnmarshalBinary(kb); err != nil {
		w.t.Fatalf("the revealed secret is not K_D with the listing salt: %v", err)
	}
	var out bytes.Buffer
	if _, _, err := envelope.Decrypt(w.ctx, &out, bytes.NewReader(ct), revealed.DataKey); err != nil {
		w.t.Fatalf("decrypt: %v", err)
	}
	// The buyer checks R with the salt it was given, not the seller's copy.
	com, err := envelope.Commit(w.ctx, bytes.NewReader(out.Bytes()), revealed.ListingSalt, threatChunk)
	if err != nil || com.Root != l.tree.Commitment().Root {
		w.t.Fatalf("delivered data root %x (err %v), want R %x", com.Root, err, l.tree.Commitment().Root)
	}
	return out.Bytes()
}

// sampleIndices unwraps a sample as the buyer, checks each chunk's proof
// against R and returns the chunk indices.
func (w *world) sampleIndices(tr *trade, l *listing, s *exchange.Sample) []uint64 {
	w.t.Helper()
	var out []uint64
	for _, c := range s.Chunks {
		pt, err := envelope.Unwrap(tr.key, wrapContext(w, tr.id, exchange.PurposeSample), c.Wrapped)
		if err != nil {
			w.t.Fatalf("unwrap sample chunk %d: %v", c.Index, err)
		}
		pr, chunk, err := exchange.DecodeSampleChunk(pt)
		if err != nil {
			w.t.Fatal(err)
		}
		if err := l.tree.Commitment().Verify(pr, chunk); err != nil || pr.Index != c.Index {
			w.t.Fatalf("sample chunk %d: proof of %d, verify %v", c.Index, pr.Index, err)
		}
		out = append(out, c.Index)
	}
	return out
}

// errCode returns the datatrade error code of err, "" for none.
func errCode(err error) string {
	var e *datatrade.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

func wantCode(t *testing.T, what string, err error, want string) {
	t.Helper()
	if got := errCode(err); got != want {
		t.Fatalf("%s: error %v (code %q), want code %q", what, err, got, want)
	}
}
