package query_test

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/spatial"
	"github.com/datatrade/datatrade/spatial/query"
	"github.com/datatrade/datatrade/spatial/query/querytest"
)

// cities returns the GeoNames sample (see querytest) with every seventh
// place withdrawn from sale.
func cities(tb testing.TB) []query.Entry {
	es := querytest.Cities(tb)
	for i := range es {
		es[i].Active = i%7 != 6
	}
	return es
}

// randomQueries draws queries of every kind, around real places, with
// random combinations of filters.
func randomQueries(rng *rand.Rand, entries []query.Entry, n int) []query.Query {
	countries := []string{"CH", "LU", "LI", "DE", "US", "FR"}
	words := []string{"", "", "", "CH", "LU", "berg", "Zürich", "saint"}
	wheres := []string{"", "", "", `attrs.size != "village"`, `price >= 10000000000000000 && near(47.0, 8.0, 80)`, `geohash.startsWith("u0")`}
	qs := make([]query.Query, 0, n)
	for i := 0; i < n; i++ {
		c := entries[rng.IntN(len(entries))].Item.Footprint.Center()
		var q query.Query
		size := 0.05 + rng.Float64()*2
		switch i % 4 {
		case 0:
			q.Box = &spatial.Box{MinLon: max(-180, c.Lon-size), MinLat: max(-90, c.Lat-size), MaxLon: min(180, c.Lon+size), MaxLat: min(90, c.Lat+size)}
		case 1:
			q.Polygon = spatial.Polygon{{Lon: c.Lon - size, Lat: c.Lat - size}, {Lon: c.Lon + size, Lat: c.Lat - size/2}, {Lon: c.Lon, Lat: c.Lat + size}}
			for j := range q.Polygon {
				q.Polygon[j].Lon = min(180, max(-180, q.Polygon[j].Lon))
				q.Polygon[j].Lat = min(90, max(-90, q.Polygon[j].Lat))
			}
		case 2:
			q.Near, q.K = &c, 1+rng.IntN(12)
		case 3:
			q.Near, q.K, q.Reverse = &c, 1+rng.IntN(4), true
		}
		q.Text = words[rng.IntN(len(words))]
		if rng.IntN(3) == 0 {
			q.Attrs = map[string]string{"country": countries[rng.IntN(len(countries))]}
		}
		if rng.IntN(4) == 0 {
			q.From = time.Date(2015+rng.IntN(8), 1, 1, 0, 0, 0, 0, time.UTC)
		}
		q.Where = wheres[rng.IntN(len(wheres))]
		q.Limit = query.MaxLimit
		qs = append(qs, q)
	}
	return qs
}

func TestEngineEqualsScan(t *testing.T) {
	entries := cities(t)
	e, err := query.NewEngine(entries)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(7, 11))
	nonEmpty := map[query.Kind]int{}
	for i, q := range randomQueries(rng, entries, 160) {
		got, err := e.Run(&q)
		if err != nil {
			t.Fatalf("query %d (%+v): %v", i, q, err)
		}
		want, err := query.Scan(entries, &q)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("query %d %+v:\ngot  %+v\nwant %+v", i, q, got, want)
		}
		if len(got.Hits) > 0 {
			nonEmpty[got.Kind]++
		}
	}
	for _, k := range []query.Kind{query.Region, query.PolygonRegion, query.Nearest, query.ReverseNearest} {
		if nonEmpty[k] < 10 {
			t.Errorf("only %d %s queries had hits; the test would not catch much", nonEmpty[k], k)
		}
	}
}

func TestRunSemantics(t *testing.T) {
	entries := cities(t)
	e, err := query.NewEngine(entries)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[uint64]query.Entry{}
	for _, en := range entries {
		byID[en.Item.ID] = en
	}
	zurich := spatial.Point{Lon: 8.55, Lat: 47.37}
	t.Run("filters apply inside kNN", func(t *testing.T) {
		q := query.Query{Near: &zurich, K: 5, Attrs: map[string]string{"size": "city"}}
		ans, err := e.Run(&q)
		if err != nil {
			t.Fatal(err)
		}
		if len(ans.Hits) != 5 {
			t.Fatalf("got %d hits, want 5 cities", len(ans.Hits))
		}
		for i, h := range ans.Hits {
			en := byID[h.ID]
			if en.Item.Attrs["size"] != "city" || !en.Active {
				t.Errorf("hit %d is %+v, want an active city", h.ID, en)
			}
			if i > 0 && h.Meters < ans.Hits[i-1].Meters {
				t.Errorf("hits not nearest first: %v", ans.Hits)
			}
		}
	})
	t.Run("keywords alone", func(t *testing.T) {
		q := query.Query{Text: "zürich CH"}
		ans, err := e.Run(&q)
		if err != nil {
			t.Fatal(err)
		}
		if ans.Total == 0 {
			t.Fatal("no place named Zürich in Switzerland")
		}
		for _, h := range ans.Hits {
			if en := byID[h.ID]; !strings.Contains(strings.ToLower(en.Text), "zürich") {
				t.Errorf("hit %q does not contain the keyword", en.Text)
			}
		}
	})
	t.Run("withdrawn listings never hit", func(t *testing.T) {
		q := query.Query{Box: &spatial.Box{MinLon: -180, MinLat: -90, MaxLon: 180, MaxLat: 90}, Limit: query.MaxLimit}
		ans, err := e.Run(&q)
		if err != nil {
			t.Fatal(err)
		}
		active := 0
		for _, en := range entries {
			if en.Active {
				active++
			}
		}
		if ans.Total != active || len(ans.Hits) != query.MaxLimit {
			t.Errorf("got total %d and %d hits, want %d and %d", ans.Total, len(ans.Hits), active, query.MaxLimit)
		}
	})
}

func TestValidate(t *testing.T) {
	p := spatial.Point{Lon: 8, Lat: 47}
	box := spatial.Box{MinLon: 7, MinLat: 46, MaxLon: 9, MaxLat: 48}
	tests := []struct {
		name string
		q    query.Query
		ok   bool
	}{
		{"empty", query.Query{}, false},
		{"keywords", query.Query{Text: "berg"}, true},
		{"punctuation only", query.Query{Text: "--- !!"}, false},
		{"box", query.Query{Box: &box}, true},
		{"box and point", query.Query{Box: &box, Near: &p, K: 1}, false},
		{"point without k", query.Query{Near: &p}, false},
		{"k without point", query.Query{K: 3}, false},
		{"k too large", query.Query{Near: &p, K: query.MaxK + 1}, false},
		{"reverse", query.Query{Near: &p, K: 2, Reverse: true}, true},
		{"bad box", query.Query{Box: &spatial.Box{MinLon: 9, MinLat: 46, MaxLon: 7, MaxLat: 48}}, false},
		{"two-vertex polygon", query.Query{Polygon: spatial.Polygon{p, p, {Lon: 9, Lat: 47}}}, false},
		{"bad where", query.Query{Text: "x", Where: "attrs.kind =="}, false},
		{"non-bool where", query.Query{Where: "1 + 2"}, false},
		{"where alone", query.Query{Where: `attrs.country == "CH"`}, true},
		{"empty attribute name", query.Query{Attrs: map[string]string{"": "x"}}, false},
		{"backwards time", query.Query{From: time.Unix(100, 0), To: time.Unix(50, 0)}, false},
		{"negative limit", query.Query{Text: "x", Limit: -1}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.q.Validate()
			if tt.ok && err != nil {
				t.Fatalf("got %v, want no error", err)
			}
			if !tt.ok && datatrade.ErrorCode(err) != datatrade.EINVALID {
				t.Fatalf("got %v, want an EINVALID error", err)
			}
		})
	}
}

func TestWords(t *testing.T) {
	got := query.Words("Zürich-Oerlikon, CH 8050 (north)")
	want := []string{"zürich", "oerlikon", "ch", "8050", "north"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func BenchmarkEngineNearest(b *testing.B) {
	entries := cities(b)
	e, err := query.NewEngine(entries)
	if err != nil {
		b.Fatal(err)
	}
	q := query.Query{Near: &spatial.Point{Lon: 8.55, Lat: 47.37}, K: 10, Attrs: map[string]string{"size": "town"}}
	for b.Loop() {
		if _, err := e.Run(&q); err != nil {
			b.Fatal(err)
		}
	}
}
