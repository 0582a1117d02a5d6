package host

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/store/unixfs"
)

// TestPreparedBeforePayment: the buyer fetches the ciphertext the Delivery
// will name, and the enclave's statement naming it, BEFORE paying, so a
// host that commits and reveals cannot then withhold the data. The
// statement is refused (409) until the data is verified; a restart before
// the payment prepares a new ciphertext; the bytes fetched before the
// payment are exactly the ones the Delivery names, and they decrypt with
// the revealed key to data that matches R.
func TestPreparedBeforePayment(t *testing.T) {
	e := newEnv(t, false) // the host nudges the chain for confirmations
	info := e.registered()
	cfg, enc := info.Config, info.Keys.SigningAddress
	plain := testData(37*testChunk+11, 5)
	l := e.publish(plain, plain, big.NewInt(3e15))

	buyerKey, err := envelope.GenerateKey(rand.Reader, envelope.KEMX25519)
	if err != nil {
		t.Fatal(err)
	}
	id := e.openTrade(l, buyerKey)
	eventually(t, "Open", func() (*exchange.TradeRecord, error) { return e.cl.Open(e.ctx, id) })

	// Before the hand-over: no statement, 409 ECONFLICT.
	if _, err := e.cl.Prepared(e.ctx, id); datatrade.ErrorCode(err) != datatrade.ECONFLICT {
		t.Errorf("Prepared before the data is verified: %v, want ECONFLICT", err)
	}
	resp, err := http.Get(fmt.Sprintf("%s/v1/trades/%d/prepared", e.srv.URL, id))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusConflict {
		t.Errorf("GET prepared before the data is verified: HTTP %d, want 409", resp.StatusCode)
	}
	var none bytes.Buffer
	if _, err := FetchPrepared(e.ctx, e.cl, &cfg, enc, e.exID, id, l.root, &none); datatrade.ErrorCode(err) != datatrade.ECONFLICT || none.Len() != 0 {
		t.Errorf("FetchPrepared before the data is verified: %v with %d bytes written, want ECONFLICT and nothing", err, none.Len())
	}

	wrapped, sig, err := exchange.WrapSecrets(&cfg, info.Keys, id, l.secrets, e.sellerK)
	if err != nil {
		t.Fatal(err)
	}
	if res, err := e.cl.HandOver(e.ctx, id, wrapped, sig); err != nil || res.Ready == nil {
		t.Fatalf("HandOver = %+v, %v; want a ready statement", res, err)
	}

	// Verified: the statement is served, in the status too, and verifies.
	st, err := e.cl.Status(e.ctx, id)
	if err != nil || st.Prepared == nil || st.Delivery != nil {
		t.Fatalf("status after the hand-over: %+v, %v; want a prepared statement and no delivery", st, err)
	}
	first, err := e.cl.Prepared(e.ctx, id)
	if err != nil {
		t.Fatalf("Prepared: %v", err)
	}
	if first.CiphertextCID != st.Prepared.CiphertextCID || first.TradeID != id || first.Exchange != e.exID {
		t.Errorf("Prepared = %+v, status says %+v; want the same statement for trade %d of exchange %d", first, st.Prepared, id, e.exID)
	}
	if err := exchange.VerifyPrepared(&cfg, enc, l.root, first); err != nil {
		t.Errorf("VerifyPrepared: %v", err)
	}
	var before bytes.Buffer
	got, err := FetchPrepared(e.ctx, e.cl, &cfg, enc, e.exID, id, l.root, &before)
	if err != nil {
		t.Fatalf("FetchPrepared: %v", err)
	}
	if got.CiphertextCID != first.CiphertextCID || cidOf(t, before.Bytes()) != first.CiphertextCID {
		t.Errorf("FetchPrepared wrote bytes named %s for statement %s, want %s", cidOf(t, before.Bytes()), got.CiphertextCID, first.CiphertextCID)
	}

	// A crash before the payment: K_D was not sealed, so the restarted
	// host checks the data again and prepares a new ciphertext.
	e.restart(0)
	second := eventually(t, "prepared again after the restart", func() (*exchange.Prepared, error) { return e.cl.Prepared(e.ctx, id) })
	if second.CiphertextCID == first.CiphertextCID {
		t.Errorf("after the restart the statement still names %s, want a new ciphertext", first.CiphertextCID)
	}
	if err := exchange.VerifyPrepared(&cfg, enc, l.root, second); err != nil {
		t.Errorf("VerifyPrepared after the restart: %v", err)
	}
	var ct bytes.Buffer
	if _, err := FetchPrepared(e.ctx, e.cl, &cfg, enc, e.exID, id, l.root, &ct); err != nil {
		t.Fatalf("FetchPrepared after the restart: %v", err)
	}

	// Pay; the Delivery names the ciphertext fetched before the payment.
	del := e.payAndAwaitCommit(id)
	if want := crypto.Keccak256Hash([]byte(second.CiphertextCID)); del.Delivery.Delivery.CiphertextCIDHash != want || del.CiphertextCID != second.CiphertextCID {
		t.Errorf("the Delivery names %s (hash %s), want the prepared %s (hash %s)", del.CiphertextCID, del.Delivery.Delivery.CiphertextCIDHash, second.CiphertextCID, want)
	}
	wk := eventually(t, "reveal", func() ([]byte, error) { return e.cl.Reveal(e.ctx, id) })
	revealed := e.buyerOpens(cfg, id, buyerKey, wk, ct.Bytes(), l)
	if _, _, err := envelope.Decrypt(e.ctx, io.Discard, bytes.NewReader(before.Bytes()), revealed.DataKey); err == nil {
		t.Error("the ciphertext prepared before the restart opens with the delivered key; want a new K_D")
	}

	// After the payment the statement stays, across a restart too.
	eventually(t, "forgotten", func() (bool, error) {
		if !e.svc.isForgotten(id) {
			return false, errors.New("not forgotten yet")
		}
		return true, nil
	})
	e.restart(0)
	if after, err := e.cl.Prepared(e.ctx, id); err != nil || after.CiphertextCID != second.CiphertextCID {
		t.Errorf("Prepared after the trade and a restart = %+v, %v; want the delivered %s", after, err, second.CiphertextCID)
	}
}

// tampering rewrites the host's answers on their way to the buyer.
type tampering struct {
	prepared func(p *exchange.Prepared) // rewrites GET …/prepared
	blob     func(b []byte) []byte      // rewrites GET /v1/blobs/…
	withhold bool                       // answers 404 for blobs
}

// tamperingProxy serves target's API through a proxy that applies *tp.
func tamperingProxy(t *testing.T, target string, tp *atomic.Pointer[tampering]) *Client {
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	rp := &httputil.ReverseProxy{
		Rewrite: func(r *httputil.ProxyRequest) { r.SetURL(u) },
		ModifyResponse: func(resp *http.Response) error {
			tm := tp.Load()
			if tm == nil || resp.StatusCode != http.StatusOK {
				return nil
			}
			path := resp.Request.URL.Path
			isBlob := strings.HasPrefix(path, "/v1/blobs/")
			if !(isBlob && (tm.blob != nil || tm.withhold)) && !(strings.HasSuffix(path, "/prepared") && tm.prepared != nil) {
				return nil
			}
			b, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil {
				return err
			}
			switch {
			case isBlob && tm.withhold:
				resp.StatusCode = http.StatusNotFound
				b = []byte(`{"code":"ENOTFOUND","message":"no such blob"}`)
			case isBlob:
				b = tm.blob(b)
			default:
				var p exchange.Prepared
				if err := json.Unmarshal(b, &p); err != nil {
					return err
				}
				tm.prepared(&p)
				if b, err = json.Marshal(&p); err != nil {
					return err
				}
			}
			resp.Body = io.NopCloser(bytes.NewReader(b))
			resp.ContentLength = int64(len(b))
			resp.Header.Set("Content-Length", strconv.Itoa(len(b)))
			return nil
		},
	}
	srv := httptest.NewServer(rp)
	t.Cleanup(srv.Close)
	return NewClient(srv.URL, srv.Client())
}

// TestFetchPreparedRefusesTamperedHost: a host that serves a statement for
// another ciphertext, another trade or under another key, or bytes that do
// not match the statement's CID, is refused by FetchPrepared, and nothing
// reaches the buyer's writer.
func TestFetchPreparedRefusesTamperedHost(t *testing.T) {
	e := newEnv(t, false)
	info := e.registered()
	cfg, enc := info.Config, info.Keys.SigningAddress
	l := e.publish(testData(12*testChunk, 6), testData(12*testChunk, 6), big.NewInt(2e15))
	idA, _, resA := e.openAndHandOver(e.cl, l)
	idB, _, resB := e.openAndHandOver(e.cl, l)
	if resA.Ready == nil || resB.Ready == nil {
		t.Fatalf("hand-overs = %+v, %+v; want ready statements", resA, resB)
	}
	pA, err := e.cl.Prepared(e.ctx, idA)
	if err != nil {
		t.Fatal(err)
	}
	pB, err := e.cl.Prepared(e.ctx, idB)
	if err != nil {
		t.Fatal(err)
	}
	if pA.CiphertextCID == pB.CiphertextCID {
		t.Fatalf("two trades share the prepared ciphertext %s; want one per trade (its own K_D)", pA.CiphertextCID)
	}
	mallory, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	var tp atomic.Pointer[tampering]
	proxied := tamperingProxy(t, e.srv.URL, &tp)

	for _, tc := range []struct {
		name     string
		tamper   *tampering
		exchange uint64
		want     string
	}{
		{"honest host", nil, e.exID, ""},
		{"statement names another trade's ciphertext", &tampering{prepared: func(p *exchange.Prepared) { p.CiphertextCID = pB.CiphertextCID }}, e.exID, datatrade.EINTEGRITY},
		{"statement for another CID signed by the host", &tampering{prepared: func(p *exchange.Prepared) {
			p.CiphertextCID = pB.CiphertextCID
			p.Digest = exchange.PreparedDigest(&cfg, p.Exchange, p.TradeID, l.root, crypto.Keccak256Hash([]byte(p.CiphertextCID)))
			p.Signature, _ = crypto.Sign(p.Digest[:], mallory)
			p.Signature[64] += 27
		}}, e.exID, datatrade.EINTEGRITY},
		{"another trade's statement", &tampering{prepared: func(p *exchange.Prepared) { *p = *pB }}, e.exID, datatrade.EINTEGRITY},
		{"another trade's statement relabelled", &tampering{prepared: func(p *exchange.Prepared) { *p = *pB; p.TradeID = idA }}, e.exID, datatrade.EINTEGRITY},
		{"statement of another exchange", nil, e.exID + 1, datatrade.EINTEGRITY},
		{"blob altered", &tampering{blob: func(b []byte) []byte { b[len(b)/2] ^= 1; return b }}, e.exID, datatrade.EINTEGRITY},
		{"blob truncated", &tampering{blob: func(b []byte) []byte { return b[:len(b)-100] }}, e.exID, datatrade.EINTEGRITY},
		{"blob swapped for another trade's", &tampering{blob: func([]byte) []byte {
			var other bytes.Buffer
			if err := e.cl.GetBlob(e.ctx, pB.CiphertextCID, &other); err != nil {
				t.Error(err)
			}
			return other.Bytes()
		}}, e.exID, datatrade.EINTEGRITY},
		{"blob withheld", &tampering{withhold: true}, e.exID, datatrade.ENOTFOUND},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tp.Store(tc.tamper)
			defer tp.Store(nil)
			var w bytes.Buffer
			p, err := FetchPrepared(e.ctx, proxied, &cfg, enc, tc.exchange, idA, l.root, &w)
			if got := datatrade.ErrorCode(err); (tc.want == "" && err != nil) || (tc.want != "" && got != tc.want) {
				t.Fatalf("FetchPrepared: %v (code %q), want code %q", err, got, tc.want)
			}
			if tc.want != "" {
				if w.Len() != 0 || p != nil {
					t.Errorf("refused, yet %d bytes were written and statement %v returned; want nothing", w.Len(), p)
				}
				return
			}
			if p.CiphertextCID != pA.CiphertextCID || cidOf(t, w.Bytes()) != pA.CiphertextCID {
				t.Errorf("honest fetch wrote bytes named %s for statement %s, want %s", cidOf(t, w.Bytes()), p.CiphertextCID, pA.CiphertextCID)
			}
		})
	}
	// The unproxied host and a writer that fails: the error comes back.
	if _, err := FetchPrepared(e.ctx, e.cl, &cfg, enc, e.exID, idA, l.root, failingWriter{}); err == nil {
		t.Error("FetchPrepared into a failing writer succeeded")
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// cidOf is the CID the store and the enclave give b.
func cidOf(t *testing.T, b []byte) string {
	t.Helper()
	c, err := unixfs.Sum(b, unixfs.DefaultParams)
	if err != nil {
		t.Fatal(err)
	}
	return c.String()
}
