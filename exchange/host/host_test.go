package host

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/market"
)

const testChunk = 1024

var ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// env is a real embedded chain with the contracts deployed, and an exchange
// host serving its API over real HTTP on 127.0.0.1.
type env struct {
	t       *testing.T
	root    *testing.T
	ctx     context.Context
	node    *devnode.Node
	c       *chain.Client
	m       *market.Client
	d       *market.Deployment
	admin   *chain.Account
	op      *chain.Account
	seller  *chain.Account
	buyer   *chain.Account
	sellerK *ecdsa.PrivateKey
	dir     string
	exID    uint64

	svc  *Service
	halt func()
	srv  *httptest.Server
	cl   *Client
}

func newEnv(t *testing.T, ticker bool) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	node, err := devnode.Start(ctx, devnode.Config{DataDir: t.TempDir(), DevAccounts: 6})
	if err != nil {
		t.Fatalf("start the embedded chain: %v", err)
	}
	t.Cleanup(func() { _ = node.Close() })
	e := &env{t: t, root: t, ctx: ctx, node: node, dir: t.TempDir()}
	e.c = chain.NewClient(node.Client(), chain.WithPollInterval(10*time.Millisecond))
	keys := node.DevKeys()
	e.admin, e.op, e.seller, e.buyer = chain.NewAccount(keys[0]), chain.NewAccount(keys[1]), chain.NewAccount(keys[2]), chain.NewAccount(keys[3])
	e.sellerK = keys[2]
	if e.d, err = market.Deploy(ctx, e.c, e.admin, market.DeployOptions{RevealWindow: time.Hour, SampleClaimWindow: time.Minute}, nil); err != nil {
		t.Fatalf("deploy: %v", err)
	}
	e.m = market.New(e.c, e.d)
	// The dev chain seals blocks only for transactions: keep blocks coming
	// so events gain confirmations.
	if !ticker {
		return e
	}
	var wg sync.WaitGroup
	mctx, mstop := context.WithCancel(ctx)
	wg.Add(1)
	go func() {
		defer wg.Done()
		tk := time.NewTicker(250 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-mctx.Done():
				return
			case <-tk.C:
				_, _ = node.IncreaseTime(mctx, time.Second)
			}
		}
	}()
	t.Cleanup(func() { mstop(); wg.Wait() })
	return e
}

// use points e's helpers at subtest t until the returned func runs.
func (e *env) use(t *testing.T) func() {
	parent := e.t
	e.t = t
	return func() { e.t = parent }
}

func (e *env) backend() enclave.Backend {
	e.t.Helper()
	b, err := sim.New(sim.Options{Code: []byte("datatrade exchange host test"), PlatformSecret: bytes.Repeat([]byte{7}, 32), Rand: rand.Reader})
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// start opens the service on e.dir and serves it.
func (e *env) start(attestPerMinute int) {
	e.t.Helper()
	h := e.startHost(hostOpts{dir: e.dir, id: e.exID, op: e.op, attestPerMinute: attestPerMinute, nudge: true})
	e.svc, e.srv, e.cl, e.halt = h.svc, h.srv, h.cl, h.halt
}

type hostOpts struct {
	dir             string
	id              uint64
	op              *chain.Account
	attestPerMinute int
	nudge           bool
	noRun           bool // serve the API only; do not follow the chain
	now             func() time.Time
}

// testHost is one running exchange host.
type testHost struct {
	svc  *Service
	srv  *httptest.Server
	cl   *Client
	halt func()
}

// startHost opens a service on o.dir, runs it and serves its API.
func (e *env) startHost(o hostOpts) *testHost {
	e.t.Helper()
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	if testing.Verbose() {
		logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	svc, err := New(e.ctx, Options{Market: e.m, RPC: e.node.RPC(), Account: o.op, ExchangeID: o.id, Backend: e.backend(),
		Dir: o.dir, Confirmations: 1, PollInterval: 30 * time.Millisecond, AttestPerMinute: o.attestPerMinute, NudgeBlocks: o.nudge, Now: o.now, Log: logger})
	if err != nil {
		e.t.Fatalf("New: %v", err)
	}
	rctx, stop := context.WithCancel(e.ctx)
	runErr := make(chan error, 1)
	if o.noRun {
		runErr <- context.Canceled
	} else {
		go func() { runErr <- svc.Run(rctx) }()
	}
	srv := httptest.NewServer(svc.Handler())
	h := &testHost{svc: svc, srv: srv, cl: NewClient(srv.URL, srv.Client())}
	var once sync.Once
	h.halt = func() {
		once.Do(func() {
			srv.Close()
			stop()
			if err := <-runErr; !errors.Is(err, context.Canceled) {
				e.root.Errorf("Run returned %v, want context.Canceled", err)
			}
			if err := svc.Close(); err != nil {
				e.root.Errorf("Close: %v", err)
			}
		})
	}
	e.root.Cleanup(h.halt)
	return h
}

// restart stops the service as a crash would leave it between two steps
// (Run stopped, state on disk) and opens a new one on the same dir.
func (e *env) restart(attestPerMinute int) {
	e.t.Helper()
	e.halt()
	e.start(attestPerMinute)
}

// register registers the exchange with the enclave's identity from the API.
func (e *env) register() { e.exID = e.registerHost(e.cl, e.op) }

// registerHost registers the exchange behind cl, owned by op.
func (e *env) registerHost(cl *Client, op *chain.Account) uint64 {
	e.t.Helper()
	info, err := cl.Info(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	id, _, err := e.m.RegisterExchange(e.ctx, op, market.ExchangeParams{Endpoint: cl.BaseURL(), Fee: big.NewInt(1e15),
		Measurement: common.Hash(info.MeasurementID), EnclaveSigner: info.Keys.SigningAddress, Authenticator: 1,
		AuthorityKey: info.Config.Authority}, new(big.Int).Mul(big.NewInt(20), ether))
	if err != nil {
		e.t.Fatalf("register exchange: %v", err)
	}
	return id
}

// eventually retries f until it succeeds or 20 s pass.
func eventually[T any](t *testing.T, what string, f func() (T, error)) T {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		v, err := f()
		if err == nil {
			return v
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: %v", what, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// listing is a seller's dataset: plaintext, secrets, sealed ciphertext.
type listing struct {
	id      uint64
	plain   []byte
	secrets envelope.Secrets
	root    common.Hash
}

// publish encrypts plain (or, for a doctored listing, other data under the
// same key) and lists it with the root of plain.
func (e *env) publish(plain, uploaded []byte, price *big.Int) *listing {
	e.t.Helper()
	l := &listing{plain: plain}
	var err error
	if l.secrets.DataKey, err = envelope.NewDataKey(rand.Reader); err != nil {
		e.t.Fatal(err)
	}
	if l.secrets.ListingSalt, err = envelope.NewListingSalt(rand.Reader); err != nil {
		e.t.Fatal(err)
	}
	com, err := envelope.Commit(e.ctx, bytes.NewReader(plain), l.secrets.ListingSalt, testChunk)
	if err != nil {
		e.t.Fatal(err)
	}
	l.root = common.Hash(com.Root)
	var ct bytes.Buffer
	if _, _, err := envelope.Encrypt(e.ctx, &ct, bytes.NewReader(uploaded), l.secrets.DataKey, envelope.WriterOptions{ChunkSize: testChunk, Rand: rand.Reader}); err != nil {
		e.t.Fatal(err)
	}
	cid, err := e.cl.PutBlob(e.ctx, bytes.NewReader(ct.Bytes()))
	if err != nil {
		e.t.Fatalf("PutBlob: %v", err)
	}
	l.id, _, err = e.m.Publish(e.ctx, e.seller, market.PublishParams{ContentCID: cid, Root: l.root, Size: uint64(len(plain)),
		ChunkCount: uint32((len(plain) + testChunk - 1) / testChunk), MetadataCID: "meta", Price: price, Licence: datatrade.UseRight})
	if err != nil {
		e.t.Fatalf("Publish: %v", err)
	}
	// The sample can be fixed two blocks after the publication.
	for range 2 {
		if _, err := e.node.IncreaseTime(e.ctx, time.Second); err != nil {
			e.t.Fatal(err)
		}
	}
	return l
}

// openTrade opens a trade on l naming this exchange, once the listing's
// sample can be fixed.
func (e *env) openTrade(l *listing, buyerKey *envelope.PrivateKey) uint64 {
	e.t.Helper()
	return eventually(e.t, "open trade", func() (uint64, error) {
		id, _, err := e.m.Open(e.ctx, e.buyer, market.OpenParams{ListingID: l.id, Exchanges: []uint64{e.exID},
			BuyerPubKey: buyerKey.Public().Bytes(), Deadline: time.Now().Add(2 * time.Hour)})
		return id, err
	})
}

// openAndHandOver opens a trade on l naming the exchange behind cl, has
// cl verify the opening and hands the seller's secrets over; it returns the
// trade id, the buyer's key and the hand-over's result.
func (e *env) openAndHandOver(cl *Client, l *listing) (uint64, *envelope.PrivateKey, *HandOverResult) {
	e.t.Helper()
	buyerKey, err := envelope.GenerateKey(rand.Reader, envelope.KEMX25519)
	if err != nil {
		e.t.Fatal(err)
	}
	id := e.openTrade(l, buyerKey)
	eventually(e.t, "Open", func() (*exchange.TradeRecord, error) { return cl.Open(e.ctx, id) })
	info, err := cl.Info(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	wrapped, sig, err := exchange.WrapSecrets(&info.Config, info.Keys, id, l.secrets, e.sellerK)
	if err != nil {
		e.t.Fatal(err)
	}
	res, err := cl.HandOver(e.ctx, id, wrapped, sig)
	if err != nil {
		e.t.Fatalf("HandOver: %v", err)
	}
	return id, buyerKey, res
}

// registered starts the host on e.dir, registers it and restarts it with
// its exchange id, as an operator does; it returns the host's Info.
func (e *env) registered() *Info {
	e.t.Helper()
	e.start(0)
	e.register()
	e.restart(0)
	info, err := e.cl.Info(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return info
}

// payAndAwaitCommit pays trade id as the buyer and waits for this host's
// delivery and its commit transaction.
func (e *env) payAndAwaitCommit(id uint64) *Delivery {
	e.t.Helper()
	payTx, err := e.m.PayTx(e.ctx, id)
	if err != nil {
		e.t.Fatal(err)
	}
	if _, err := e.m.Send(e.ctx, e.buyer, payTx); err != nil {
		e.t.Fatalf("pay: %v", err)
	}
	return eventually(e.t, "delivery committed", func() (*Delivery, error) {
		d, err := e.cl.Delivery(e.ctx, id)
		if err == nil && d.CommitTx == (common.Hash{}) {
			err = errors.New("not submitted yet")
		}
		return d, err
	})
}

// buyerOpens is the buyer's last step: unwrap the revealed K_D and listing
// salt, decrypt ct and check the data against R (with the revealed salt)
// and l's plaintext. It returns the revealed secrets.
func (e *env) buyerOpens(cfg enclave.Config, id uint64, buyerKey *envelope.PrivateKey, wk, ct []byte, l *listing) envelope.Secrets {
	e.t.Helper()
	kb, err := envelope.Unwrap(buyerKey, wrapCtx(cfg, id, exchange.PurposeDelivery), wk)
	if err != nil {
		e.t.Fatal(err)
	}
	var revealed envelope.Secrets
	if err := revealed.UnmarshalBinary(kb); err != nil {
		e.t.Fatalf("revealed secret: %v", err)
	}
	var got bytes.Buffer
	if _, _, err := envelope.Decrypt(e.ctx, &got, bytes.NewReader(ct), revealed.DataKey); err != nil {
		e.t.Fatalf("decrypt: %v", err)
	}
	com, err := envelope.Commit(e.ctx, bytes.NewReader(got.Bytes()), revealed.ListingSalt, testChunk)
	if err != nil || common.Hash(com.Root) != l.root || !bytes.Equal(got.Bytes(), l.plain) {
		e.t.Errorf("the buyer's data has root %x (err %v), want R %x", com.Root, err, l.root)
	}
	return revealed
}

func wrapCtx(cfg enclave.Config, tradeID uint64, purpose string) envelope.WrapContext {
	c := envelope.WrapContext{ChainID: cfg.ChainID, Contract: cfg.Escrow, Purpose: purpose}
	new(big.Int).SetUint64(tradeID).FillBytes(c.TradeID[:])
	return c
}

func testData(n int, seed byte) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*31) ^ seed
	}
	return b
}

func TestExchangeHost(t *testing.T) {
	e := newEnv(t, false) // the host nudges the chain for confirmations
	// Register flow: the operator starts the host without an id, registers
	// the enclave's identity, and restarts it with the id.
	e.start(5)
	info0, err := e.cl.Info(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !info0.Simulated || info0.Platform != enclave.PlatformSim {
		t.Errorf("info says platform %q simulated %v, want the labelled simulation", info0.Platform, info0.Simulated)
	}
	e.register()
	e.restart(5)
	info, err := e.cl.Info(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if info.Keys.SigningAddress != info0.Keys.SigningAddress || info.Config != info0.Config || info.ExchangeID != e.exID {
		t.Fatalf("after the restart the enclave is %s (id %d), want the registered %s (id %d)", info.Keys.SigningAddress, info.ExchangeID, info0.Keys.SigningAddress, e.exID)
	}
	want := enclave.Config{ChainID: e.d.ChainID, Registry: e.d.Registry, Market: e.d.Market, Escrow: e.d.Escrow,
		Domain: enclave.Domain{Name: market.DomainName, Version: market.DomainVersion, Salt: e.d.Salt}, HeaderAuth: enclave.HeaderAuthAuthority,
		Authority: e.node.AuthorityAddress()}
	policy := &enclave.Policy{AllowSimulation: true, AllowDebug: true, Measurements: []enclave.Measurement{info.Measurement}}
	vinfo, claims, err := Verify(e.ctx, e.cl, enclave.Verifiers{sim.Verifier{}}, policy, want)
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if !claims.Simulated || vinfo.Keys.SigningAddress != info.Keys.SigningAddress {
		t.Errorf("Verify: simulated %v, signer %s; want simulated and %s", claims.Simulated, vinfo.Keys.SigningAddress, info.Keys.SigningAddress)
	}
	other := want
	other.Escrow = common.HexToAddress("0xbad")
	if _, _, err := Verify(e.ctx, e.cl, enclave.Verifiers{sim.Verifier{}}, policy, other); datatrade.ErrorCode(err) != datatrade.EUNAUTHORIZED {
		t.Errorf("Verify against another Escrow: %v, want EUNAUTHORIZED", err)
	}
	strict := &enclave.Policy{AllowDebug: true, Measurements: []enclave.Measurement{info.Measurement}}
	if _, _, err := Verify(e.ctx, e.cl, enclave.Verifiers{sim.Verifier{}}, strict, want); datatrade.ErrorCode(err) != datatrade.EINSECURE {
		t.Errorf("Verify of the simulation without allowing it: %v, want EINSECURE", err)
	}
	cfg := vinfo.Config

	t.Run("full trade with a restart", func(t *testing.T) {
		defer e.use(t)()
		price := big.NewInt(3e15)
		l := e.publish(testData(45*testChunk+100, 1), testData(45*testChunk+100, 1), price)
		buyerKey, err := envelope.GenerateKey(rand.Reader, envelope.KEMX25519)
		if err != nil {
			t.Fatal(err)
		}
		id := e.openTrade(l, buyerKey)
		rec := eventually(t, "Open", func() (*exchange.TradeRecord, error) { return e.cl.Open(e.ctx, id) })
		if err := exchange.VerifyRecord(&cfg, info.Keys.SigningAddress, rec); err != nil {
			t.Fatalf("VerifyRecord: %v", err)
		}
		if rec.Trade.Price.Cmp(price) != 0 || rec.Trade.Seller != e.seller.Address || rec.Trade.Buyer != e.buyer.Address || rec.Trade.Root != l.root {
			t.Errorf("record %+v does not match the trade", rec.Trade)
		}
		again, err := e.cl.Open(e.ctx, id)
		if err != nil || again.Digest != rec.Digest {
			t.Errorf("second Open = %v, %v; want the same record", again, err)
		}

		wrapped, sig, err := exchange.WrapSecrets(&cfg, info.Keys, id, l.secrets, e.sellerK)
		if err != nil {
			t.Fatal(err)
		}
		res, err := e.cl.HandOver(e.ctx, id, wrapped, sig)
		if err != nil {
			t.Fatalf("HandOver: %v", err)
		}
		if res.Fault != nil || res.Ready == nil || res.Ready.Digest != exchange.ReadyDigest(&cfg, e.exID, id, l.root) {
			t.Fatalf("HandOver = %+v, want a ready statement over R", res)
		}
		ready, err := e.cl.Ready(e.ctx, id)
		if err != nil || ready.Digest != res.Ready.Digest {
			t.Errorf("Ready = %v, %v", ready, err)
		}

		sample := eventually(t, "Sample", func() (*exchange.Sample, error) { return e.cl.Sample(e.ctx, id) })
		if len(sample.Chunks) != 3 {
			t.Errorf("sample of %d chunks, want 3 for 46 chunks", len(sample.Chunks))
		}
		com, err := envelope.Commit(e.ctx, bytes.NewReader(l.plain), l.secrets.ListingSalt, testChunk)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range sample.Chunks {
			pt, err := envelope.Unwrap(buyerKey, wrapCtx(cfg, id, exchange.PurposeSample), c.Wrapped)
			if err != nil {
				t.Fatalf("unwrap sample chunk %d: %v", c.Index, err)
			}
			p, chunk, err := exchange.DecodeSampleChunk(pt)
			if err != nil {
				t.Fatal(err)
			}
			if err := com.Verify(p, chunk); err != nil || p.Index != c.Index {
				t.Errorf("sample chunk %d does not verify against R: %v", c.Index, err)
			}
		}

		// A crash between the hand-over and the payment: the new host
		// restores the sealed table and re-checks the data.
		e.restart(5)
		st, err := e.cl.Status(e.ctx, id)
		if err != nil || st.State != StateVerified {
			t.Fatalf("status after the restart = %+v, %v; want verified", st, err)
		}
		if _, err := e.cl.Delivery(e.ctx, id); datatrade.ErrorCode(err) != datatrade.ECONFLICT {
			t.Errorf("Delivery before payment: %v, want ECONFLICT", err)
		}
		del := e.payAndAwaitCommit(id)
		wk := eventually(t, "reveal", func() ([]byte, error) { return e.cl.Reveal(e.ctx, id) })
		ct := eventually(t, "revealed on chain", func() (*datatrade.Trade, error) {
			tr, err := e.m.Trade(e.ctx, id)
			if err == nil && tr.State != datatrade.TradeRevealed {
				err = errors.New(tr.State.String())
			}
			return tr, err
		})
		if ct.CommittedExchange != e.exID || ct.WrappedKeyHash != crypto.Keccak256Hash(wk) || ct.WrappedKeyHash != del.Delivery.Delivery.WrappedKeyHash {
			t.Errorf("on-chain commit by %d with key hash %s; want %d and the revealed key's hash", ct.CommittedExchange, ct.WrappedKeyHash, e.exID)
		}
		onChain, err := e.m.WrappedKey(e.ctx, id)
		if err != nil || !bytes.Equal(onChain, wk) {
			t.Errorf("on-chain wrapped key differs from the API's (err %v)", err)
		}

		// The buyer fetches the ciphertext, unwraps K_D, decrypts and checks R.
		var buf bytes.Buffer
		if err := e.cl.GetBlob(e.ctx, del.CiphertextCID, &buf); err != nil {
			t.Fatalf("GetBlob: %v", err)
		}
		e.buyerOpens(cfg, id, buyerKey, wk, buf.Bytes(), l)
		final := eventually(t, "forgotten", func() (*TradeStatus, error) {
			st, err := e.cl.Status(e.ctx, id)
			if err == nil && !e.svc.isForgotten(id) {
				err = errors.New("not forgotten yet")
			}
			return st, err
		})
		if final.State != StateRevealed || final.RevealTx == (common.Hash{}) {
			t.Errorf("final status %s with reveal tx %s, want revealed with a tx", final.State, final.RevealTx)
		}
		if _, err := e.svc.prog.Trade(id); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
			t.Errorf("the enclave still holds the settled trade: %v", err)
		}
	})

	t.Run("doctored data refunds the buyer", func(t *testing.T) {
		defer e.use(t)()
		plain := testData(8*testChunk, 2)
		doctored := bytes.Clone(plain)
		doctored[3*testChunk+9] ^= 1
		l := e.publish(plain, doctored, big.NewInt(2e15))
		before, err := e.m.Credit(e.ctx, e.buyer.Address)
		if err != nil {
			t.Fatal(err)
		}
		id, _, res := e.openAndHandOver(e.cl, l)
		if res.Fault == nil || res.Ready != nil {
			t.Fatalf("HandOver of doctored data = %+v, want a seller fault", res)
		}
		tr := eventually(t, "faulted on chain", func() (*datatrade.Trade, error) {
			tr, err := e.m.Trade(e.ctx, id)
			if err == nil && tr.State != datatrade.TradeFaulted {
				err = errors.New(tr.State.String())
			}
			return tr, err
		})
		after, err := e.m.Credit(e.ctx, e.buyer.Address)
		if err != nil {
			t.Fatal(err)
		}
		if got := new(big.Int).Sub(after, before); got.Cmp(tr.FeeDeposit) != 0 {
			t.Errorf("buyer credited %s after the fault, want the fee deposit %s back", got, tr.FeeDeposit)
		}
		if _, err := e.cl.Ready(e.ctx, id); datatrade.ErrorCode(err) != datatrade.ECONFLICT {
			t.Errorf("Ready for faulty data: %v, want ECONFLICT", err)
		}
	})

	t.Run("cancel after the sample pays the exchange", func(t *testing.T) {
		defer e.use(t)()
		plain := testData(30*testChunk, 4)
		l := e.publish(plain, plain, big.NewInt(2e15))
		id, _, _ := e.openAndHandOver(e.cl, l)
		if _, err := e.cl.Sample(e.ctx, id); err != nil {
			t.Fatalf("Sample: %v", err)
		}
		before, err := e.m.Credit(e.ctx, e.op.Address)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.m.Send(e.ctx, e.buyer, e.m.CancelTx(id)); err != nil {
			t.Fatalf("cancel: %v", err)
		}
		tr := eventually(t, "fee settled to the sample", func() (*datatrade.Trade, error) {
			tr, err := e.m.Trade(e.ctx, id)
			if err == nil && !tr.FeeSettled {
				err = errors.New("fee not settled")
			}
			return tr, err
		})
		after, err := e.m.Credit(e.ctx, e.op.Address)
		if err != nil {
			t.Fatal(err)
		}
		if got := new(big.Int).Sub(after, before); !tr.HasSample || got.Cmp(tr.Exchanges[0].Fee) != 0 {
			t.Errorf("exchange credited %s (sample recorded %v), want its fee %s", got, tr.HasSample, tr.Exchanges[0].Fee)
		}
		eventually(t, "forgotten", func() (bool, error) {
			if !e.svc.isForgotten(id) {
				return false, errors.New("not forgotten")
			}
			return true, nil
		})
	})

	t.Run("bad input", func(t *testing.T) {
		defer e.use(t)()
		post := func(path, body string) (int, ErrorBody) {
			resp, err := http.Post(e.srv.URL+path, "application/json", strings.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var eb ErrorBody
			_ = json.NewDecoder(resp.Body).Decode(&eb)
			return resp.StatusCode, eb
		}
		for _, tc := range []struct {
			name, path, body string
			status           int
			code             string
		}{
			{"malformed JSON", "/v1/trades/1/handover", `{"wrapped":`, 400, datatrade.EINVALID},
			{"unknown field", "/v1/trades/1/handover", `{"wrapped":"AA==","signature":"AA==","x":1}`, 400, datatrade.EINVALID},
			{"oversize body", "/v1/trades/1/handover", `{"wrapped":"` + strings.Repeat("A", 2<<20) + `"}`, 400, datatrade.EINVALID},
			{"trade id not a number", "/v1/trades/abc/open", `{}`, 400, datatrade.EINVALID},
			{"unknown trade", "/v1/trades/999/handover", `{"wrapped":"AA==","signature":"AA=="}`, 404, datatrade.ENOTFOUND},
			{"garbage evidence", "/v1/trades/999/evidence", `{"kind":"opened","evidence":"AAEC"}`, 400, datatrade.EINVALID},
			{"unknown evidence kind", "/v1/trades/1/evidence", `{"kind":"what","evidence":"AA=="}`, 400, datatrade.EINVALID},
			{"short nonce", "/v1/attest", `{"nonce":"0x0102"}`, 400, datatrade.EINVALID},
			{"unknown route", "/v1/nothing", `{}`, 404, datatrade.ENOTFOUND},
		} {
			t.Run(tc.name, func(t *testing.T) {
				status, eb := post(tc.path, tc.body)
				if status != tc.status || eb.Code != tc.code || eb.Message == "" {
					t.Errorf("got HTTP %d %+v, want %d with code %s and a message", status, eb, tc.status, tc.code)
				}
			})
		}
		if _, err := e.cl.Status(e.ctx, 999); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
			t.Errorf("Status of an unknown trade: %v, want ENOTFOUND", err)
		}
		if _, err := e.cl.Reveal(e.ctx, 999); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
			t.Errorf("Reveal of an unknown trade: %v, want ENOTFOUND", err)
		}
		if err := e.cl.GetBlob(e.ctx, "not-a-cid", io.Discard); datatrade.ErrorCode(err) != datatrade.EINVALID {
			t.Errorf("GetBlob of a bad CID: %v, want EINVALID", err)
		}
	})

	t.Run("attestation rate limit", func(t *testing.T) {
		defer e.use(t)()
		var limited error
		for i := range 10 {
			if _, err := e.cl.Attest(e.ctx, enclave.Nonce{byte(i)}); err != nil {
				limited = err
				break
			}
		}
		var de *datatrade.Error
		if !errors.As(limited, &de) || de.Code != datatrade.EUNAVAILABLE || !strings.Contains(de.Message, "too many attestation requests") {
			t.Fatalf("10 quick attestations: %v, want the rate limit", limited)
		}
		resp, err := http.Post(e.srv.URL+"/v1/attest", "application/json", strings.NewReader(`{"nonce":"0x`+strings.Repeat("00", 32)+`"}`))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
			t.Errorf("got HTTP %d Retry-After %q, want 429 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"))
		}
	})
}
