package broker_test

import (
	"crypto/rand"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/board"
	"github.com/datatrade/datatrade/broker"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/fingerprint"
)

// TestHTTP runs a trade, an anchored proof and a query through the HTTP API
// on 127.0.0.1, and checks that errors keep their codes across the wire.
func TestHTTP(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	srv := httptest.NewServer(e.s.Handler())
	t.Cleanup(srv.Close)
	c, err := broker.NewClient(srv.URL, srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	info, err := c.Info(ctx)
	if err != nil || info.Broker != e.d.Broker || info.Platform != e.platform.Address {
		t.Fatalf("Info = %+v, %v", info, err)
	}
	data := table(120, 4)
	listing := e.list(t, data, datatrade.UseRight, big.NewInt(1e16), big.NewInt(1e14))
	id, _, err := e.b.Open(ctx, e.buyer, listing)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.BuyerKeyOf(ctx, id)
	wantCode(t, "key before registration", err, datatrade.ENOTFOUND)
	k, _ := broker.SignBuyerKey(e.other, e.d.ChainID, e.d.Broker, id, e.buyerKey.Public())
	wantCode(t, "a stranger's key", c.SetBuyerKey(ctx, k), datatrade.EUNAUTHORIZED)
	k, _ = broker.SignBuyerKey(e.buyer, e.d.ChainID, e.d.Broker, id, e.buyerKey.Public())
	if err := c.SetBuyerKey(ctx, k); err != nil {
		t.Fatal(err)
	}
	got, err := c.BuyerKeyOf(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := envelope.ParsePublicKey(got.Key)
	if err != nil {
		t.Fatal(err)
	}
	tr := e.trade(t, id)
	d, err := broker.NewDelivery(ctx, rand.Reader, e.d, e.seller, tr, pub, strings.NewReader(data), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Deliver(ctx, d); err != nil {
		t.Fatalf("Deliver: %v", err)
	}
	b, err := c.Fetch(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	kind, err := c.Kind(ctx, listing)
	if err != nil || kind != fingerprint.KindTabular {
		t.Fatalf("Kind = %v, %v; want tabular", kind, err)
	}
	_, err = c.Kind(ctx, 99)
	wantCode(t, "kind of an unknown listing", err, datatrade.ENOTFOUND)
	// A receipt fingerprinted as another kind is refused before anything goes on chain.
	wrong, _, err := broker.NewReceipt(ctx, e.d, e.buyer, tr, b, e.buyerKey, fingerprint.Hint{Kind: fingerprint.KindText}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Receive(ctx, wrong)
	wantCode(t, "a receipt of another kind", err, datatrade.EINVALID)
	if st := e.trade(t, id).State; st.String() != "delivered" {
		t.Fatalf("state after a refused receipt: %s, want delivered", st)
	}
	r, _, err := broker.NewReceipt(ctx, e.d, e.buyer, tr, b, e.buyerKey, fingerprint.Hint{Kind: kind}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if chk, err := c.Receive(ctx, r); err != nil || !chk.Consistent {
		t.Fatalf("Receive = %+v, %v", chk, err)
	}
	if _, err := c.Anchor(ctx); err != nil {
		t.Fatal(err)
	}
	p, err := c.Proof(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if en, _, err := broker.VerifyProof(ctx, e.b, board.Verifier{Platform: e.platform.Address}, p); err != nil || en.Kind != board.KindSend {
		t.Fatalf("VerifyProof over HTTP: %v (%v)", err, en.Kind)
	}
	_, err = c.Consistency(ctx, 2, 0)
	wantCode(t, "consistency with one anchor", err, datatrade.EINVALID)
	_, err = c.Proof(ctx, 99)
	wantCode(t, "proof of a missing entry", err, datatrade.ENOTFOUND)

	pkg, _, err := e.b.BuyQueries(ctx, e.buyer, listing, 1)
	if err != nil {
		t.Fatal(err)
	}
	path := t.TempDir() + "/d.csv"
	if err := writeFile(path, data); err != nil {
		t.Fatal(err)
	}
	if err := e.s.AddDataset(listing, path); err != nil {
		t.Fatal(err)
	}
	q, _ := broker.NewQueryCall(e.d, e.buyer, pkg, 0, broker.Query{Op: "sum", Column: "value"})
	if a, err := c.Query(ctx, q); err != nil || a.Rows != 120 {
		t.Fatalf("Query = %+v, %v", a, err)
	}
	_, err = c.Post(ctx, []byte{1, 2, 3})
	wantCode(t, "a malformed entry", err, datatrade.EINVALID)

	for _, tc := range []struct{ method, path, body string }{
		{"GET", "/v1/nothing", ""},
		{"POST", "/v1/trades/abc/receipt", "{}"},
		{"POST", "/v1/queries", `{"unknown":1}`},
		{"POST", "/v1/trades/1/receipt", `{"notice":{"tradeId":2}}`},
	} {
		req, _ := http.NewRequestWithContext(ctx, tc.method, srv.URL+tc.path, strings.NewReader(tc.body))
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode/100 != 4 || !strings.Contains(string(body), `"code"`) {
			t.Errorf("%s %s: HTTP %d %s, want a 4xx error body", tc.method, tc.path, resp.StatusCode, body)
		}
	}
	if _, err := broker.NewClient("ftp://x", nil); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Errorf("ftp URL: %v", err)
	}
}
