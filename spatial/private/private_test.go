package private_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/spatial"
	"github.com/datatrade/datatrade/spatial/private"
	"github.com/datatrade/datatrade/spatial/query"
	"github.com/datatrade/datatrade/spatial/query/querytest"
)

// entries returns the GeoNames sample (see querytest).
func entries(tb testing.TB) []query.Entry { return querytest.Cities(tb) }

// simEnclave is a SIMULATION: an enclave on the sim backend, with no
// hardware protection.
func simEnclave(t testing.TB, code string) *enclave.Factotum {
	t.Helper()
	b, err := sim.New(sim.Options{Code: []byte(code), PlatformSecret: make([]byte, 32), Rand: rand.Reader})
	if err != nil {
		t.Fatal(err)
	}
	cfg := enclave.Config{
		ChainID: 1337, Registry: common.HexToAddress("0x01"), Market: common.HexToAddress("0x02"), Escrow: common.HexToAddress("0x03"),
		Domain:     enclave.Domain{Name: "datatrade", Version: "1", Salt: common.HexToHash("0x5a17")},
		Checkpoint: enclave.Checkpoint{Number: 1, Hash: common.HexToHash("0xc0ffee")}, HeaderAuth: enclave.HeaderAuthDev,
		HeaderWindow: enclave.DefaultHeaderWindow, Confirmations: 1,
	}
	f, err := enclave.NewFactotum(b, cfg, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// attested returns the enclave's keys after verifying its (simulated)
// attestation against a policy that allows simulation explicitly.
func attested(t testing.TB, f *enclave.Factotum, code string) enclave.PublicKeys {
	t.Helper()
	ctx := context.Background()
	nonce, err := enclave.NewNonce(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	att, err := f.Attest(ctx, nonce)
	if err != nil {
		t.Fatal(err)
	}
	cfg := f.Config()
	policy := &enclave.Policy{Measurements: []enclave.Measurement{sim.Measurement([]byte(code))}, ConfigHash: cfg.Hash(), AllowSimulation: true, AllowDebug: true, AllowDevHeaders: true}
	claims, err := enclave.VerifyAttestation(ctx, enclave.Verifiers{sim.Verifier{}}, policy, att, nonce)
	if err != nil {
		t.Fatal(err)
	}
	if !claims.Simulated {
		t.Fatal("the sim backend's evidence is not marked simulated")
	}
	t.Log(enclave.SimulationWarning)
	return att.Keys
}

func TestPrivateQuery(t *testing.T) {
	const code = "datatrade private query service (SIMULATION)"
	es := entries(t)
	f := simEnclave(t, code)
	svc, err := private.NewService(f, es)
	if err != nil {
		t.Fatal(err)
	}
	keys := attested(t, f, code)
	eng, err := query.NewEngine(es)
	if err != nil {
		t.Fatal(err)
	}
	zurich := spatial.Point{Lon: 8.5417, Lat: 47.3769}
	queries := []query.Query{
		{Near: &zurich, K: 5, Text: "Oerlikon"},
		{Near: &zurich, K: 8, Attrs: map[string]string{"country": "CH"}},
		{Box: &spatial.Box{MinLon: 5.9, MinLat: 49.4, MaxLon: 6.6, MaxLat: 50.2}, Limit: 50},
		{Near: &zurich, K: 2, Reverse: true},
		{Text: "Vaduz"},
	}
	for i, q := range queries {
		pending, req, err := private.NewRequest(keys, q)
		if err != nil {
			t.Fatal(err)
		}
		// The host carries req to the enclave and the reply back.
		resp, err := svc.Answer(req)
		if err != nil {
			t.Fatalf("query %d: Answer: %v", i, err)
		}
		reply, err := pending.Open(resp)
		if err != nil {
			t.Fatalf("query %d: Open: %v", i, err)
		}
		want, err := eng.Run(&q)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(reply.Answer, want) {
			t.Fatalf("query %d: got %+v, want %+v", i, reply.Answer, want)
		}
		if len(want.Hits) == 0 {
			t.Fatalf("query %d has no hits; nothing would show a leak", i)
		}
		// The host-visible bytes hold neither the query nor the answer.
		qJSON, _ := json.Marshal(q)
		secrets := [][]byte{qJSON, []byte("Oerlikon"), []byte("Vaduz"), []byte("8.5417")}
		for _, en := range reply.Entries {
			secrets = append(secrets, []byte(en.Text), []byte(strconv.FormatUint(en.Item.ID, 10)), binaryID(en.Item.ID))
		}
		for _, s := range secrets {
			if len(s) >= 4 && (bytes.Contains(req, s) || bytes.Contains(resp, s)) {
				t.Errorf("query %d: host-visible bytes contain %q", i, s)
			}
		}
		if reply.Listings != len(es) || len(reply.Entries) != len(want.Hits) || reply.Entries[0].Item.ID != want.Hits[0].ID {
			t.Errorf("query %d: reply holds %d listings and %d entries, want %d and %d", i, reply.Listings, len(reply.Entries), len(es), len(want.Hits))
		}
	}

	t.Run("requests are padded", func(t *testing.T) {
		_, a, err1 := private.NewRequest(keys, query.Query{Text: "x"})
		_, b, err2 := private.NewRequest(keys, query.Query{Text: strings.Repeat("longer-keyword ", 15), Near: &zurich, K: 3, Where: `attrs.country == "CH"`})
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if len(a) != len(b) {
			t.Errorf("request sizes %d and %d differ; the host learns the query's length", len(a), len(b))
		}
	})
	t.Run("invalid queries are refused before encryption", func(t *testing.T) {
		poly := make(spatial.Polygon, query.MaxPolygonVertices+1)
		for i := range poly {
			poly[i] = spatial.Point{Lon: float64(i % 90), Lat: float64(i % 45)}
		}
		if _, _, err := private.NewRequest(keys, query.Query{Polygon: poly}); datatrade.ErrorCode(err) != datatrade.EINVALID {
			t.Errorf("NewRequest with a huge polygon: got %v, want EINVALID", err)
		}
	})
	t.Run("reply bound to its request", func(t *testing.T) {
		p1, r1, _ := private.NewRequest(keys, query.Query{Text: "Vaduz"})
		p2, r2, _ := private.NewRequest(keys, query.Query{Text: "Vaduz"})
		a1, err1 := svc.Answer(r1)
		a2, err2 := svc.Answer(r2)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if _, err := p1.Open(a2); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
			t.Errorf("opening another request's reply: got %v, want EINTEGRITY", err)
		}
		a1[len(a1)-1] ^= 1
		if _, err := p1.Open(a1); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
			t.Errorf("opening an altered reply: got %v, want EINTEGRITY", err)
		}
		if _, err := p2.Open(a2); err != nil {
			t.Errorf("opening its own reply: %v", err)
		}
	})
	t.Run("another enclave cannot answer", func(t *testing.T) {
		other, err := private.NewService(simEnclave(t, code), es)
		if err != nil {
			t.Fatal(err)
		}
		_, req, _ := private.NewRequest(keys, query.Query{Text: "Vaduz"})
		if _, err := other.Answer(req); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
			t.Errorf("another enclave answering: got %v, want EINTEGRITY", err)
		}
	})
}

func binaryID(id uint64) []byte {
	b := make([]byte, 8)
	for i := range 8 {
		b[7-i] = byte(id >> (8 * i))
	}
	return b
}

// FuzzAnswer feeds arbitrary bytes to the enclave side, which the host
// controls: refused with an error, never a panic.
func FuzzAnswer(f *testing.F) {
	fac := simEnclave(f, "fuzz")
	svc, err := private.NewService(fac, []query.Entry{{Item: spatial.Item{ID: 1, Time: time.Unix(0, 0)}, Active: true}})
	if err != nil {
		f.Fatal(err)
	}
	_, req, err := private.NewRequest(fac.PublicKeys(), query.Query{Text: "a"})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(req)
	f.Add([]byte{})
	f.Add(req[:100])
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := svc.Answer(b); err != nil && datatrade.ErrorCode(err) == datatrade.EINTERNAL {
			t.Fatalf("Answer: %v", err)
		}
	})
}

// FuzzOpen feeds arbitrary bytes to the buyer side as a reply.
func FuzzOpen(f *testing.F) {
	fac := simEnclave(f, "fuzz")
	p, _, err := private.NewRequest(fac.PublicKeys(), query.Query{Text: "a"})
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte{})
	f.Add(bytes.Repeat([]byte{1}, 1200))
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := p.Open(b); err == nil {
			t.Fatal("Open accepted bytes not made by the enclave")
		}
	})
}

// BenchmarkPrivateQuery measures one private 5-nearest query over the
// GeoNames sample: encrypt, answer inside the (simulated) enclave, open.
func BenchmarkPrivateQuery(b *testing.B) {
	const code = "bench (SIMULATION)"
	f := simEnclave(b, code)
	svc, err := private.NewService(f, entries(b))
	if err != nil {
		b.Fatal(err)
	}
	keys := attested(b, f, code)
	q := query.Query{Near: &spatial.Point{Lon: 8.54, Lat: 47.37}, K: 5}
	for b.Loop() {
		p, req, err := private.NewRequest(keys, q)
		if err != nil {
			b.Fatal(err)
		}
		resp, err := svc.Answer(req)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := p.Open(resp); err != nil {
			b.Fatal(err)
		}
	}
}
