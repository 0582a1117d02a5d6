package catalog_test

import (
	"database/sql"
	"math/big"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/catalog"
	"github.com/datatrade/datatrade/spatial"
	"github.com/datatrade/datatrade/spatial/query"
	"github.com/datatrade/datatrade/spatial/query/querytest"
	"github.com/datatrade/datatrade/spatial/require"
)

// place is a GeoNames place of the querytest sample as a registration.
type place struct {
	id    uint64
	reg   catalog.SpatialRegistration
	price *big.Int
}

func places(tb testing.TB) []place {
	var out []place
	for _, e := range querytest.Cities(tb) {
		out = append(out, place{id: e.Item.ID, price: e.Price, reg: catalog.SpatialRegistration{
			Time: e.Item.Time, Footprint: e.Item.Footprint, Attrs: e.Item.Attrs, Keywords: e.Text,
		}})
	}
	return out
}

// insertListings writes listing rows as the indexer would, straight into
// the catalog's database: thousands of listings without thousands of
// transactions.
func insertListings(t testing.TB, cfg catalog.Config, ps []place) {
	t.Helper()
	driver, dsn, ph := "sqlite", "file:"+cfg.DSN+"?_pragma=busy_timeout(5000)", func(i int) string { return "?" }
	if cfg.Driver == catalog.Postgres {
		driver, dsn, ph = "pgx", cfg.DSN, func(i int) string { return "$" + strconv.Itoa(i) }
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := testCtx(t)
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var phs []string
	for i := 1; i <= 12; i++ {
		phs = append(phs, ph(i))
	}
	stmt := `INSERT INTO listings (id, owner, seller, content_cid, metadata_cid, root, price, per_use_price, licence, commitment, active, published_block)
		VALUES (` + strings.Join(phs, ", ") + `)`
	for i, p := range ps {
		owner := strings.ToLower(common.BigToAddress(big.NewInt(int64(1 + i%3))).Hex())
		if _, err := tx.ExecContext(ctx, stmt, p.id, owner, owner, "bafy", "bafy-meta", common.Hash{}.Hex(), p.price.String(), "0", 1, common.Hash{}.Hex(), 1, 1); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

// setInactive withdraws listings from sale as a Delisted event would.
func setInactive(t *testing.T, cfg catalog.Config, ids []uint64) {
	t.Helper()
	driver, dsn, ph := "sqlite", "file:"+cfg.DSN+"?_pragma=busy_timeout(5000)", "?"
	if cfg.Driver == catalog.Postgres {
		driver, dsn, ph = "pgx", cfg.DSN, "$1"
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, id := range ids {
		if _, err := db.ExecContext(testCtx(t), `UPDATE listings SET active = 0 WHERE id = `+ph, id); err != nil {
			t.Fatal(err)
		}
	}
}

// TestSearchSpatialEqualsScan registers the GeoNames sample in a catalog
// on each database, withdraws every seventh place, and checks random
// queries of every kind, with keywords, attributes, times and
// requirements, against query.Scan over the same places.
func TestSearchSpatialEqualsScan(t *testing.T) {
	ps := places(t)
	drivers(t, func(t *testing.T, cfg catalog.Config) {
		c, err := catalog.Open(testCtx(t), cfg)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		insertListings(t, cfg, ps)
		ctx := testCtx(t)
		var withdrawn []uint64
		entries := make([]query.Entry, len(ps))
		for i, p := range ps {
			if err := c.RegisterSpatial(ctx, p.id, p.reg); err != nil {
				t.Fatalf("RegisterSpatial %d: %v", p.id, err)
			}
			entries[i] = query.Entry{
				Item: spatial.Item{ID: p.id, Time: p.reg.Time, Footprint: p.reg.Footprint, Attrs: p.reg.Attrs},
				Text: p.reg.Keywords, Price: p.price, Active: i%7 != 3,
			}
			if !entries[i].Active {
				withdrawn = append(withdrawn, p.id)
			}
		}
		setInactive(t, cfg, withdrawn)

		// The enclave's snapshot is exactly what was registered.
		got, err := c.SpatialEntries(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(sortedEntries(got), sortedEntries(entries)) {
			t.Fatalf("SpatialEntries differs from the registrations (%d vs %d entries)", len(got), len(entries))
		}

		rng := rand.New(rand.NewPCG(3, 5))
		words := []string{"", "", "zürich", "berg", "LU", "saint", "St", "château", "CH berg"}
		wheres := []string{"", "", `attrs.size != "village"`, `price >= 10000000000000000`, `geohash.startsWith("u0") && near(47.0, 8.0, 60)`}
		hits := 0
		for i := range 160 {
			cen := ps[rng.IntN(len(ps))].reg.Footprint.Center()
			size := 0.05 + rng.Float64()
			q := query.Query{Text: words[rng.IntN(len(words))], Where: wheres[rng.IntN(len(wheres))], Limit: query.MaxLimit}
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
				if q.Text == "" {
					q.Text = "berg"
				}
			}
			if rng.IntN(3) == 0 {
				q.Attrs = map[string]string{"country": []string{"CH", "LU", "LI", "US"}[rng.IntN(4)]}
			}
			if rng.IntN(4) == 0 {
				q.From = time.Date(2012+rng.IntN(10), 1, 1, 0, 0, 0, 0, time.UTC)
			}
			ans, err := c.SearchSpatial(ctx, q)
			if err != nil {
				t.Fatalf("query %d %+v: %v", i, q, err)
			}
			want, err := query.Scan(entries, &q)
			if err != nil {
				t.Fatal(err)
			}
			if ans.Kind != want.Kind || ans.Total != want.Total || len(ans.Results) != len(want.Hits) {
				t.Fatalf("query %d %+v: got %s total %d (%d results), want %s total %d (%d hits)", i, q, ans.Kind, ans.Total, len(ans.Results), want.Kind, want.Total, len(want.Hits))
			}
			for j, r := range ans.Results {
				if r.Item.ID != want.Hits[j].ID || r.Meters != want.Hits[j].Meters || r.Listing == nil || r.Listing.ID != r.Item.ID {
					t.Fatalf("query %d result %d: got listing %d at %v m, want %d at %v m", i, j, r.Item.ID, r.Meters, want.Hits[j].ID, want.Hits[j].Meters)
				}
			}
			hits += len(ans.Results)
		}
		if hits < 300 {
			t.Errorf("only %d hits over all queries; the test would not catch much", hits)
		}

		// Reopening rebuilds the R-tree from the database.
		c2, err := catalog.Open(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		defer c2.Close()
		if c2.SpatialLen() != len(ps) {
			t.Errorf("after reopening the R-tree holds %d footprints, want %d", c2.SpatialLen(), len(ps))
		}
		q := query.Query{Near: &spatial.Point{Lon: 8.54, Lat: 47.37}, K: 7}
		a1, err1 := c.SearchSpatial(ctx, q)
		a2, err2 := c2.SearchSpatial(ctx, q)
		if err1 != nil || err2 != nil || !reflect.DeepEqual(a1, a2) {
			t.Errorf("answers differ after reopening: %v, %v", err1, err2)
		}
	})
}

func sortedEntries(es []query.Entry) map[uint64]query.Entry {
	m := make(map[uint64]query.Entry, len(es))
	for _, e := range es {
		e.Item.Time = e.Item.Time.UTC()
		m[e.Item.ID] = e
	}
	return m
}

// TestRegisterSpatial registers spatial metadata for listings published
// on the simulated chain and checks the errors.
func TestRegisterSpatial(t *testing.T) {
	e := newEnv(t, catalog.Config{Driver: catalog.SQLite, DSN: t.TempDir() + "/c.db"})
	ids, _ := e.registered(t, 900, 64, []string{"berlin weather", "paris traffic", "alps snow"})
	ctx := testCtx(t)
	at := time.Date(2026, 3, 1, 12, 30, 15, 0, time.UTC)
	regs := []catalog.SpatialRegistration{
		{Time: at, Footprint: spatial.PointBox(spatial.Point{Lon: 13.40, Lat: 52.52}), Attrs: map[string]string{"kind": "weather"}, Keywords: "Berlin hourly weather"},
		{Time: at, Footprint: spatial.PointBox(spatial.Point{Lon: 2.35, Lat: 48.86}), Attrs: map[string]string{"kind": "traffic"}, Keywords: "Paris traffic counts"},
		{Time: at, Footprint: spatial.Box{MinLon: 6, MinLat: 45.8, MaxLon: 10.5, MaxLat: 47.8}, Attrs: map[string]string{"kind": "weather"}, Keywords: "Alps snow depth"},
	}
	for i, id := range ids {
		if err := e.cat.RegisterSpatial(ctx, id, regs[i]); err != nil {
			t.Fatalf("RegisterSpatial %d: %v", id, err)
		}
	}
	hid, err := spatial.HashID(at, regs[0].Footprint, regs[0].Attrs)
	if err != nil {
		t.Fatal(err)
	}
	r, err := e.cat.SpatialListing(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if r.HashID != hid || r.GeoHash == "" || !r.Item.Time.Equal(at) || r.Listing.Seller != e.seller.Address {
		t.Errorf("got %+v, want hashid %s, a geohash, time %s and the seller", r, hid.Hex(), at)
	}

	tests := []struct {
		name string
		id   uint64
		reg  catalog.SpatialRegistration
		code string
	}{
		{"unknown listing", 999, regs[0], datatrade.ENOTFOUND},
		{"bad footprint", ids[0], catalog.SpatialRegistration{Footprint: spatial.Box{MinLon: 10, MaxLon: 5}}, datatrade.EINVALID},
		{"empty attribute name", ids[0], catalog.SpatialRegistration{Footprint: regs[0].Footprint, Attrs: map[string]string{"": "x"}}, datatrade.EINVALID},
		{"bad UTF-8 keywords", ids[0], catalog.SpatialRegistration{Footprint: regs[0].Footprint, Keywords: "\xff"}, datatrade.EINVALID},
		{"hashid mismatch", ids[0], catalog.SpatialRegistration{Time: at.Add(time.Second), Footprint: regs[0].Footprint, Attrs: regs[0].Attrs, HashID: hid}, datatrade.EINTEGRITY},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantCode(t, "RegisterSpatial", e.cat.RegisterSpatial(ctx, tt.id, tt.reg), tt.code)
		})
	}
	withHash := regs[0]
	withHash.HashID = hid
	if err := e.cat.RegisterSpatial(ctx, ids[0], withHash); err != nil {
		t.Errorf("RegisterSpatial with the matching hashid: %v", err)
	}

	// Keywords combine with a region and attributes.
	ans, err := e.cat.SearchSpatial(ctx, query.Query{Text: "weather", Attrs: map[string]string{"kind": "weather"},
		Box: &spatial.Box{MinLon: 0, MinLat: 40, MaxLon: 20, MaxLat: 55}})
	if err != nil {
		t.Fatal(err)
	}
	if got := spatialIDs(ans); !reflect.DeepEqual(got, []uint64{ids[0]}) {
		t.Errorf("weather in Europe: got %v, want [%d]", got, ids[0])
	}

	// A seller's client matches a demand's requirement against its own
	// listings; the pirate owns none.
	req, err := require.Compile(`attrs.kind == "weather" && near(47.0, 8.0, 100)`)
	if err != nil {
		t.Fatal(err)
	}
	m, err := e.cat.MatchRequirement(ctx, req, e.seller.Address)
	if err != nil {
		t.Fatal(err)
	}
	if len(m) != 1 || m[0].Item.ID != ids[2] {
		t.Errorf("MatchRequirement: got %+v, want listing %d only", m, ids[2])
	}
	if m, _ := e.cat.MatchRequirement(ctx, req, e.pirate.Address); len(m) != 0 {
		t.Errorf("the pirate matches %d listings, want none", len(m))
	}

	// Delisting on chain takes a listing out of the searches.
	if _, err := e.m.Send(ctx, e.seller, e.m.DelistTx(ids[0])); err != nil {
		t.Fatal(err)
	}
	e.sync(t, e.cat)
	ans, err = e.cat.SearchSpatial(ctx, query.Query{Near: &spatial.Point{Lon: 13.4, Lat: 52.5}, K: 3})
	if err != nil {
		t.Fatal(err)
	}
	if got := spatialIDs(ans); !reflect.DeepEqual(got, []uint64{ids[2], ids[1]}) { // the Alps box is nearer than Paris
		t.Errorf("after delisting: got %v, want [%d %d]", got, ids[2], ids[1])
	}
}

func spatialIDs(a *catalog.SpatialAnswer) []uint64 {
	out := []uint64{}
	for _, r := range a.Results {
		out = append(out, r.Item.ID)
	}
	return out
}

// FuzzSearchSpatialText feeds arbitrary keywords to the spatial full-text
// search: refused as EINVALID or answered, never an internal error.
func FuzzSearchSpatialText(f *testing.F) {
	for _, s := range []string{"berg", `"a" OR b*`, "NEAR(a b)", "-x", "'", "ü ß 漢字", "a\x00b", "col:val ^x"} {
		f.Add(s)
	}
	c, err := catalog.Open(f.Context(), catalog.Config{DSN: f.TempDir() + "/c.db"})
	if err != nil {
		f.Fatal(err)
	}
	defer c.Close()
	f.Fuzz(func(t *testing.T, text string) {
		_, err := c.SearchSpatial(t.Context(), query.Query{Text: text})
		if err != nil && datatrade.ErrorCode(err) != datatrade.EINVALID {
			t.Fatalf("SearchSpatial(%q): %v", text, err)
		}
	})
}

// BenchmarkSearchSpatial measures catalog searches over the GeoNames
// sample on SQLite: a 5-nearest search with an attribute filter, and a
// region search with keywords.
func BenchmarkSearchSpatial(b *testing.B) {
	ps := places(b)
	cfg := catalog.Config{Driver: catalog.SQLite, DSN: b.TempDir() + "/c.db"}
	c, err := catalog.Open(b.Context(), cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	insertListings(b, cfg, ps)
	for _, p := range ps {
		if err := c.RegisterSpatial(b.Context(), p.id, p.reg); err != nil {
			b.Fatal(err)
		}
	}
	zurich := spatial.Point{Lon: 8.54, Lat: 47.37}
	for _, bc := range []struct {
		name string
		q    query.Query
	}{
		{"nearest", query.Query{Near: &zurich, K: 5, Attrs: map[string]string{"size": "town"}}},
		{"box+keywords", query.Query{Box: &spatial.Box{MinLon: 5.9, MinLat: 45.8, MaxLon: 10.5, MaxLat: 47.8}, Text: "berg"}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := c.SearchSpatial(b.Context(), bc.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
