package privateapi_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	mrand "math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/catalog"
	"github.com/datatrade/datatrade/catalog/privateapi"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/spatial"
	"github.com/datatrade/datatrade/spatial/query"
	"github.com/datatrade/datatrade/spatial/query/querytest"
)

func testCtx(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// deployment is a made-up deployment the enclave's configuration names.
var deployment = market.Deployment{ChainID: 1337, Registry: common.HexToAddress("0x01"), Market: common.HexToAddress("0x02"),
	Escrow: common.HexToAddress("0x03"), Salt: common.HexToHash("0x5a17"), Block: 1}

// simPolicy accepts the simulated private-query enclave.
func simPolicy() enclave.Policy {
	return enclave.Policy{Measurements: []enclave.Measurement{sim.Measurement([]byte(privateapi.SimCode))},
		AllowSimulation: true, AllowDebug: true}
}

// citiesCatalog is a SQLite catalog holding the querytest GeoNames sample
// as spatial listings on sale, every seventh withdrawn.
func citiesCatalog(t testing.TB) *catalog.Catalog {
	t.Helper()
	ctx := testCtx(t)
	cfg := catalog.Config{DSN: filepath.Join(t.TempDir(), "catalog.db")}
	c, err := catalog.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	es := querytest.Cities(t)
	db, err := sql.Open("sqlite", "file:"+cfg.DSN+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range es {
		owner := strings.ToLower(common.BigToAddress(big.NewInt(int64(1 + i%3))).Hex())
		active := 1
		if i%7 == 3 {
			active = 0
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO listings (id, owner, seller, content_cid, metadata_cid, root, price, per_use_price, licence, commitment, active, published_block)
			VALUES (?, ?, ?, 'bafy', 'bafy-meta', ?, ?, '0', 1, ?, ?, 1)`, e.Item.ID, owner, owner, common.Hash{}.Hex(), e.Price.String(), common.Hash{}.Hex(), active); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		reg := catalog.SpatialRegistration{Time: e.Item.Time, Footprint: e.Item.Footprint, Attrs: e.Item.Attrs, Keywords: e.Text}
		if err := c.RegisterSpatial(ctx, e.Item.ID, reg); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// capture records everything the host's HTTP layer carries.
type capture struct {
	mu   sync.Mutex
	seen bytes.Buffer
}

func (c *capture) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		c.mu.Lock()
		c.seen.WriteString(r.Method + " " + r.URL.String() + "\n")
		for k, v := range r.Header {
			c.seen.WriteString(k + ": " + strings.Join(v, ",") + "\n")
		}
		c.seen.Write(body)
		for k, v := range rec.Header() {
			c.seen.WriteString(k + ": " + strings.Join(v, ",") + "\n")
		}
		c.seen.Write(rec.Body.Bytes())
		c.mu.Unlock()
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		_, _ = w.Write(rec.Body.Bytes())
	})
}

func (c *capture) bytes() []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	return bytes.Clone(c.seen.Bytes())
}

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// fixture is a running private-query service on 127.0.0.1.
type fixture struct {
	svc  *privateapi.Service
	srv  *httptest.Server
	cap  *capture
	logs *syncBuffer
	clk  *clock
	dir  string
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) Bytes() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return bytes.Clone(s.b.Bytes())
}

func simBackend(t testing.TB, code string) *sim.Backend {
	t.Helper()
	b, err := sim.New(sim.Options{Code: []byte(code), PlatformSecret: bytes.Repeat([]byte{7}, 32), Rand: rand.Reader})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func newFixture(t testing.TB, src privateapi.Source, mod func(*privateapi.Options)) *fixture {
	t.Helper()
	fx := &fixture{cap: &capture{}, logs: &syncBuffer{}, clk: &clock{t: time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)}, dir: t.TempDir()}
	opts := privateapi.Options{Backend: simBackend(t, privateapi.SimCode), Config: privateapi.EnclaveConfig(deployment), Dir: fx.dir,
		Source: src, ReloadInterval: -1, Log: slog.New(slog.NewJSONHandler(fx.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Now: fx.clk.now, Rand: rand.Reader, AttestPerMinute: -1, QueriesPerMinute: -1}
	if mod != nil {
		mod(&opts)
	}
	svc, err := privateapi.New(testCtx(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	fx.svc = svc
	fx.srv = httptest.NewServer(fx.cap.wrap(svc.Handler()))
	t.Cleanup(fx.srv.Close)
	return fx
}

func (fx *fixture) client(policy enclave.Policy) *privateapi.Client {
	return privateapi.NewClient(fx.srv.URL, fx.srv.Client(), enclave.Verifiers{sim.Verifier{}}, policy, deployment)
}

// TestPrivateQueryEqualsCatalogSearch sends random queries of every kind
// over the GeoNames sample through the service and checks each answer
// against the catalog's own (non-private) search, then that no keyword,
// place name or hit id appears in anything the host saw or logged.
func TestPrivateQueryEqualsCatalogSearch(t *testing.T) {
	c := citiesCatalog(t)
	fx := newFixture(t, c, nil)
	ctx := testCtx(t)
	cl := fx.client(simPolicy())
	es := querytest.Cities(t)
	names := map[uint64]string{}
	for _, e := range es {
		names[e.Item.ID] = e.Text
	}
	rng := mrand.New(mrand.NewPCG(11, 13))
	words := []string{"", "zürich", "berg", "saint", "château", "CH berg"}
	var secrets []string
	hits := 0
	for i := range 30 {
		cen := es[rng.IntN(len(es))].Item.Footprint.Center()
		size := 0.05 + rng.Float64()
		q := query.Query{Text: words[rng.IntN(len(words))], Limit: 200}
		switch i % 5 {
		case 0:
			q.Box = &spatial.Box{MinLon: max(-180, cen.Lon-size), MinLat: max(-90, cen.Lat-size), MaxLon: min(180, cen.Lon+size), MaxLat: min(90, cen.Lat+size)}
		case 1:
			q.Polygon = spatial.Polygon{{Lon: max(-180, cen.Lon-size), Lat: max(-90, cen.Lat-size)}, {Lon: min(180, cen.Lon+size), Lat: cen.Lat}, {Lon: cen.Lon, Lat: min(90, cen.Lat+size)}}
		case 2:
			q.Near, q.K = &cen, 1+rng.IntN(10)
		case 3:
			q.Near, q.K, q.Reverse = &cen, 1+rng.IntN(3), true
		case 4:
			q.Text, q.Where = "berg", `price >= 1000000000000000`
		}
		if rng.IntN(3) == 0 {
			q.Attrs = map[string]string{"country": []string{"CH", "LU", "LI", "DE"}[rng.IntN(4)]}
		}
		want, err := c.SearchSpatial(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		reply, rc, err := cl.Query(ctx, q)
		if err != nil {
			t.Fatalf("query %d %+v: %v", i, q, err)
		}
		if reply.Answer.Kind != want.Kind || reply.Answer.Total != want.Total || len(reply.Answer.Hits) != len(want.Results) {
			t.Fatalf("query %d: got %s total %d (%d hits), want %s total %d (%d)", i, reply.Answer.Kind, reply.Answer.Total,
				len(reply.Answer.Hits), want.Kind, want.Total, len(want.Results))
		}
		for j, h := range reply.Answer.Hits {
			w := want.Results[j]
			if h.ID != w.Item.ID || h.Meters != w.Meters || reply.Entries[j].Text != w.Keywords || reply.Entries[j].Price.Cmp(w.Listing.Price) != 0 {
				t.Fatalf("query %d hit %d: got %d at %v m (%q), want %d at %v m (%q)", i, j, h.ID, h.Meters, reply.Entries[j].Text, w.Item.ID, w.Meters, w.Keywords)
			}
			secrets = append(secrets, strconv.FormatUint(h.ID, 10), names[h.ID])
		}
		if !rc.Claims.Simulated || rc.RequestBytes < 1024 || rc.ReplyBytes < 1024 {
			t.Errorf("query %d receipt: simulated %v, %d and %d bytes", i, rc.Claims.Simulated, rc.RequestBytes, rc.ReplyBytes)
		}
		for _, w := range query.Words(q.Text) {
			secrets = append(secrets, w)
		}
		hits += len(reply.Answer.Hits)
	}
	if hits < 100 {
		t.Fatalf("only %d hits over all queries; the test would not catch much", hits)
	}
	seen := append(fx.cap.bytes(), fx.logs.Bytes()...)
	if !bytes.Contains(seen, []byte("/v1/query")) || !bytes.Contains(fx.logs.Bytes(), []byte("request_bytes")) {
		t.Fatal("the capture saw no query: the test is broken")
	}
	lower := bytes.ToLower(seen)
	for _, s := range secrets {
		if len(s) < 3 {
			continue
		}
		if bytes.Contains(lower, bytes.ToLower([]byte(s))) {
			t.Errorf("the host saw %q, part of a query or its answer", s)
		}
	}
}

// TestAttestationRefusals: the client refuses a simulated enclave unless
// allowed, another measurement, another deployment, and attestation
// evidence whose keys a man in the middle replaced with its own.
func TestAttestationRefusals(t *testing.T) {
	entries := querytest.Cities(t)[:50]
	fx := newFixture(t, privateapi.SourceFunc(func(context.Context) ([]query.Entry, error) { return entries, nil }), nil)
	ctx := testCtx(t)
	q := query.Query{Near: &spatial.Point{Lat: 47.37, Lon: 8.54}, K: 3}

	noSim := simPolicy()
	noSim.AllowSimulation = false
	otherM := simPolicy()
	otherM.Measurements = []enclave.Measurement{sim.Measurement([]byte("another build"))}
	otherDeployment := deployment
	otherDeployment.ChainID = 1

	// A man in the middle that answers attestations with another
	// enclave's keys (same build, so same measurement).
	thief, err := enclave.NewFactotum(simBackend(t, privateapi.SimCode), privateapi.EnclaveConfig(deployment), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	mitm := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		resp, err := http.Post(fx.srv.URL+r.URL.Path, r.Header.Get("Content-Type"), r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if r.URL.Path == "/v1/attest" {
			var att enclave.Attestation
			if err := json.Unmarshal(b, &att); err == nil {
				att.Keys = thief.PublicKeys()
				b, _ = json.Marshal(att)
			}
		}
		w.WriteHeader(resp.StatusCode)
		_, _ = w.Write(b)
	}))
	defer mitm.Close()

	cases := []struct {
		name string
		cl   *privateapi.Client
		code string
		msg  string
	}{
		{"simulation not allowed", privateapi.NewClient(fx.srv.URL, nil, enclave.Verifiers{sim.Verifier{}}, noSim, deployment), datatrade.EINSECURE, "simulated"},
		{"wrong measurement", privateapi.NewClient(fx.srv.URL, nil, enclave.Verifiers{sim.Verifier{}}, otherM, deployment), datatrade.EUNAUTHORIZED, "measurement"},
		{"other deployment", privateapi.NewClient(fx.srv.URL, nil, enclave.Verifiers{sim.Verifier{}}, simPolicy(), otherDeployment), datatrade.EUNAUTHORIZED, "configuration"},
		{"no sim verifier", privateapi.NewClient(fx.srv.URL, nil, nil, simPolicy(), deployment), datatrade.EUNAUTHORIZED, "verifier"},
		{"keys swapped in transit", privateapi.NewClient(mitm.URL, nil, enclave.Verifiers{sim.Verifier{}}, simPolicy(), deployment), datatrade.EINTEGRITY, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			reply, _, err := tc.cl.Query(ctx, q)
			if got := datatrade.ErrorCode(err); got != tc.code || !strings.Contains(datatrade.ErrorMessage(err), tc.msg) {
				t.Fatalf("got reply %v, error %v (%s), want %s mentioning %q", reply != nil, err, got, tc.code, tc.msg)
			}
		})
	}
	// Without the man in the middle, the same query is answered.
	if _, _, err := fx.client(simPolicy()).Query(ctx, q); err != nil {
		t.Fatalf("honest query: %v", err)
	}
}

// TestRateLimit: attestations and queries are limited per client IP, with
// Retry-After, and the bucket refills with time.
func TestRateLimit(t *testing.T) {
	entries := querytest.Cities(t)[:50]
	fx := newFixture(t, privateapi.SourceFunc(func(context.Context) ([]query.Entry, error) { return entries, nil }), func(o *privateapi.Options) {
		o.AttestPerMinute, o.QueriesPerMinute = 3, 2
	})
	ctx := testCtx(t)
	cl := fx.client(simPolicy())
	for i := range 3 {
		if _, _, err := cl.Attest(ctx); err != nil {
			t.Fatalf("attestation %d: %v", i, err)
		}
	}
	_, _, err := cl.Attest(ctx)
	if datatrade.ErrorCode(err) != datatrade.EUNAVAILABLE || !strings.Contains(datatrade.ErrorMessage(err), "too many attestation requests") {
		t.Fatalf("fourth attestation in a minute: got %v, want EUNAVAILABLE too many", err)
	}
	resp, err := http.Post(fx.srv.URL+"/v1/attest", "application/json", strings.NewReader(`{"nonce":"0x`+strings.Repeat("00", 32)+`"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "20" {
		t.Fatalf("got HTTP %d Retry-After %q, want 429 and 20", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	// Another address has its own bucket.
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, "/v1/attest", strings.NewReader(`{"nonce":"0x`+strings.Repeat("00", 32)+`"}`))
	req.RemoteAddr = "192.0.2.7:5555"
	fx.svc.Handler().ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("another address: got HTTP %d, want 200", rec.Code)
	}
	fx.clk.add(21 * time.Second)
	if _, _, err := cl.Attest(ctx); err != nil {
		t.Fatalf("after the refill: %v", err)
	}
	// Queries: two garbage bodies use the tokens, the third is limited.
	for i, want := range []int{http.StatusUnprocessableEntity, http.StatusUnprocessableEntity, http.StatusTooManyRequests} {
		resp, err := http.Post(fx.srv.URL+"/v1/query", "application/octet-stream", bytes.NewReader(bytes.Repeat([]byte{1}, 2000)))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Fatalf("query %d: got HTTP %d, want %d", i, resp.StatusCode, want)
		}
	}
}

// TestBadInput: garbage ciphertext, oversize and empty bodies, bad
// attestation requests and unknown routes get clear errors, and the
// service keeps answering.
func TestBadInput(t *testing.T) {
	entries := querytest.Cities(t)[:50]
	fx := newFixture(t, privateapi.SourceFunc(func(context.Context) ([]query.Entry, error) { return entries, nil }), func(o *privateapi.Options) {
		o.MaxQueryBody = 64 << 10
	})
	nonce := `{"nonce":"0x` + strings.Repeat("ab", 32) + `"}`
	cases := []struct {
		name, method, path string
		body               []byte
		status             int
		code, msg          string
	}{
		{"garbage ciphertext", "POST", "/v1/query", bytes.Repeat([]byte("x"), 3000), 422, datatrade.EINTEGRITY, "cannot be decrypted by this enclave"},
		{"short ciphertext", "POST", "/v1/query", []byte{1, 2, 3}, 422, datatrade.EINTEGRITY, "cannot be decrypted"},
		{"oversize query", "POST", "/v1/query", make([]byte, 64<<10+1), 400, datatrade.EINVALID, "larger than 65536 bytes"},
		{"empty query", "POST", "/v1/query", nil, 400, datatrade.EINVALID, "empty"},
		{"attest without JSON", "POST", "/v1/attest", []byte("nonce please"), 400, datatrade.EINVALID, "nonce"},
		{"attest with a short nonce", "POST", "/v1/attest", []byte(`{"nonce":"0x0102"}`), 400, datatrade.EINVALID, "32 bytes"},
		{"attest with an unknown field", "POST", "/v1/attest", []byte(`{"nonce":"0x00","evil":1}`), 400, datatrade.EINVALID, "nonce"},
		{"attest oversize", "POST", "/v1/attest", append([]byte(nonce), bytes.Repeat([]byte(" "), 8<<10)...), 400, datatrade.EINVALID, "nonce"},
		{"unknown route", "GET", "/v1/secrets", nil, 404, datatrade.ENOTFOUND, "no such API route"},
		{"query by GET", "GET", "/v1/query", nil, 404, datatrade.ENOTFOUND, "no such API route: GET"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, fx.srv.URL+tc.path, bytes.NewReader(tc.body))
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var eb privateapi.ErrorBody
			b, _ := io.ReadAll(resp.Body)
			_ = json.Unmarshal(b, &eb)
			if resp.StatusCode != tc.status || eb.Code != tc.code || !strings.Contains(eb.Message, tc.msg) {
				t.Fatalf("got HTTP %d %s %q, want %d %s %q", resp.StatusCode, eb.Code, eb.Message, tc.status, tc.code, tc.msg)
			}
		})
	}
	// An invalid query is refused by the client before anything is sent.
	cl := fx.client(simPolicy())
	if _, _, err := cl.Query(testCtx(t), query.Query{K: 3}); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Fatalf("invalid query: got %v, want EINVALID", err)
	}
	// An unreachable service is EUNAVAILABLE.
	dead := privateapi.NewClient("http://127.0.0.1:1", nil, enclave.Verifiers{sim.Verifier{}}, simPolicy(), deployment)
	if _, _, err := dead.Query(testCtx(t), query.Query{Text: "berg"}); datatrade.ErrorCode(err) != datatrade.EUNAVAILABLE {
		t.Fatalf("unreachable service: got %v, want EUNAVAILABLE", err)
	}
	// And the service still answers.
	if reply, _, err := cl.Query(testCtx(t), query.Query{Near: &spatial.Point{Lat: 0, Lon: 0}, K: 2}); err != nil || len(reply.Answer.Hits) != 2 {
		t.Fatalf("after bad input: %v", err)
	}
}

// TestRestartAndReload: a restart on the same dir keeps the enclave's
// keys; a dir made for another deployment is refused; Reload picks up new
// listings and a query sees them.
func TestRestartAndReload(t *testing.T) {
	var mu sync.Mutex
	entries := querytest.Cities(t)[:40]
	src := privateapi.SourceFunc(func(context.Context) ([]query.Entry, error) {
		mu.Lock()
		defer mu.Unlock()
		return entries, nil
	})
	fx := newFixture(t, src, nil)
	ctx := testCtx(t)
	first := fx.svc.Info()
	cfg := privateapi.EnclaveConfig(deployment)
	if first.Listings != 40 || first.Platform != enclave.PlatformSim || !first.Simulated || first.ConfigHash != common.Hash(cfg.Hash()) {
		t.Fatalf("info: %+v", first)
	}
	base := privateapi.Options{Backend: simBackend(t, privateapi.SimCode), Config: privateapi.EnclaveConfig(deployment), Dir: fx.dir,
		Source: src, Rand: rand.Reader}
	again, err := privateapi.New(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	if got := again.Info().Keys; got.SigningAddress != first.Keys.SigningAddress || !bytes.Equal(got.HPKEPublicKey, first.Keys.HPKEPublicKey) {
		t.Fatalf("restart changed the enclave keys: %s, want %s", got.SigningAddress, first.Keys.SigningAddress)
	}
	other := base
	other.Config = privateapi.EnclaveConfig(market.Deployment{ChainID: 5, Registry: deployment.Registry, Market: deployment.Market, Escrow: deployment.Escrow})
	if _, err := privateapi.New(ctx, other); datatrade.ErrorCode(err) != datatrade.ECONFLICT {
		t.Fatalf("dir of another deployment: got %v, want ECONFLICT", err)
	}
	otherBuild := base
	otherBuild.Backend = simBackend(t, "another build")
	if _, err := privateapi.New(ctx, otherBuild); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
		t.Fatalf("keys sealed by another build: got %v, want EINTEGRITY", err)
	}

	changed, err := fx.svc.Reload(ctx)
	if err != nil || changed {
		t.Fatalf("reload without a change: changed %v, %v", changed, err)
	}
	added := query.Entry{Item: spatial.Item{ID: 99999001, Time: time.Unix(1700000000, 0).UTC(),
		Footprint: spatial.PointBox(spatial.Point{Lat: -33.9, Lon: 18.4})}, Text: "kaapstad harbour", Price: big.NewInt(5), Active: true}
	mu.Lock()
	entries = append(append([]query.Entry(nil), entries...), added)
	mu.Unlock()
	if changed, err := fx.svc.Reload(ctx); err != nil || !changed {
		t.Fatalf("reload with a new listing: changed %v, %v", changed, err)
	}
	reply, _, err := fx.client(simPolicy()).Query(ctx, query.Query{Text: "kaapstad"})
	if err != nil || len(reply.Answer.Hits) != 1 || reply.Answer.Hits[0].ID != added.Item.ID || reply.Listings != 41 {
		t.Fatalf("query after reload: %+v, %v", reply, err)
	}
}
