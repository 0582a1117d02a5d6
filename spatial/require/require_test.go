package require

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/spatial"
)

// Sample listings: a point in central Paris and a box over Greater London.
func paris() Listing {
	return Listing{
		Item: spatial.Item{ID: 7, Time: time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC),
			Footprint: spatial.PointBox(spatial.Point{Lon: 2.3522, Lat: 48.8566}),
			Attrs:     map[string]string{"kind": "optical", "resolution": "1m"}},
		Price: big.NewInt(2_000_000_000_000_000), // 0.002 ether
	}
}

func london() Listing {
	big20 := new(big.Int).Mul(big.NewInt(20), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)) // 20 ether > 2^64 wei
	return Listing{
		Item: spatial.Item{ID: 9, Time: time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC),
			Footprint: spatial.Box{MinLon: -0.51, MinLat: 51.28, MaxLon: 0.33, MaxLat: 51.69},
			Attrs:     map[string]string{"kind": "radar"}},
		Price: big20,
	}
}

func TestEvaluate(t *testing.T) {
	cases := []struct {
		src          string
		paris, lndon bool
	}{
		{`true`, true, true},
		{`attrs.kind == "optical"`, true, false},
		{`"resolution" in attrs && attrs.resolution == "1m"`, true, false},
		{`has(attrs.resolution)`, true, false},
		{`id == 7u`, true, false},
		{`isPoint`, true, false},
		{`near(48.85, 2.35, 1)`, true, false},      // Paris centre to the point: ~0.7 km
		{`near(48.85, 2.35, 0.5)`, false, false},   // but not within 0.5 km
		{`near(51.5074, -0.1278, 0)`, false, true}, // a point inside the London box
		{`near(51.75, -0.1278, 7)`, false, true},   // 6.7 km north of the box's edge
		{`near(51.75, -0.1278, 6)`, false, false},  // ...not within 6 km
		{`within(lat, lon, 48, 2, 49, 3)`, true, false},
		{`within(lat, lon, 51.0, -1.0, 52.0, 1.0)`, false, true},
		{`within(box.minLat, box.minLon, 51, -1, 52, 1) && within(box.maxLat, box.maxLon, 51, -1, 52, 1)`, false, true},
		{`within(lat, lon, 48u, 2u, 49.0, 3)`, true, false},
		{`box.maxLat - box.minLat > 0.3`, false, true},
		{`lat > 50.0 && lon < 0.0`, false, true},
		{`geohash.startsWith("u09t")`, true, false},
		{`geohash == ""`, false, true}, // the London box straddles the prime meridian: no cell holds it
		{`size(geohash) == 12`, true, false},
		{`time > timestamp("2024-01-01T00:00:00Z")`, true, false},
		{`time.getFullYear() == 2019`, false, true},
		{`price <= 1000000000000000000u`, true, false},      // ≤ 1 ether
		{`price > 18000000000000000000u`, false, true},      // saturated, still ordered
		{`priceWei == "20000000000000000000"`, false, true}, // exact
		{`size(priceWei) <= 18`, true, false},               // under 1 ether
		{`price < 5000000000000000`, true, false},           // int literal compared with uint
		{`attrs.exists(k, k == "resolution")`, true, false},
		{`attrs.all(k, attrs[k] != "")`, true, true},
		{`attrs.kind in ["optical", "lidar"] && near(48.8566, 2.3522, 0.001)`, true, false},
		{`[1, 2].all(box, near(48.8566, 2.3522, 0.001))`, true, false}, // a shadowed box does not hide the footprint
	}
	for _, c := range cases {
		t.Run(c.src, func(t *testing.T) {
			r, err := Compile(c.src)
			if err != nil {
				t.Fatalf("Compile: %v", err)
			}
			if r.String() != c.src {
				t.Errorf("String() = %q, want %q", r.String(), c.src)
			}
			for _, l := range []struct {
				name string
				l    Listing
				want bool
			}{{"paris", paris(), c.paris}, {"london", london(), c.lndon}} {
				got, err := r.Evaluate(l.l)
				if err != nil {
					t.Fatalf("%s: Evaluate: %v", l.name, err)
				}
				if got != l.want {
					t.Errorf("%s: got %v, want %v", l.name, got, l.want)
				}
			}
		})
	}
}

func TestCompileErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{``, "empty"},
		{`   `, "empty"},
		{`1 +`, "does not compile: ERROR: <input>:1:4: Syntax error"},
		{`lat`, "has type double, want bool"},
		{`attrs`, "has type map(string, string), want bool"},
		{`colour == "red"`, "undeclared reference to 'colour'"},
		{`attrs.kind == 3`, "found no matching overload for '_==_'"},
		{`within(lat, lon, 1, 2)`, "found no matching overload for 'within'"},
		{`near(1, 2)`, "does not compile"},
		{`@footprint == []`, "does not compile"},
		{strings.Repeat("(", 40) + "true" + strings.Repeat(")", 40), "does not compile"},
		{`true && ` + strings.Repeat("x", MaxSourceBytes), "bytes long, the limit is 4096"},
		{`attrs.all(a, attrs.all(b, attrs.all(c, a + b + c != "")))`, "may cost up to"},
	}
	for _, c := range cases {
		t.Run(c.src[:min(len(c.src), 40)], func(t *testing.T) {
			r, err := Compile(c.src)
			if err == nil {
				t.Fatalf("Compile gave %v, want an error containing %q", r, c.want)
			}
			if got := datatrade.ErrorCode(err); got != datatrade.EINVALID {
				t.Errorf("code = %s, want %s", got, datatrade.EINVALID)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q does not contain %q", err, c.want)
			}
		})
	}
}

func TestEvaluateErrors(t *testing.T) {
	neg := paris()
	neg.Price = big.NewInt(-1)
	bad := paris()
	bad.Footprint = spatial.Box{MinLon: 3, MinLat: 48, MaxLon: 2, MaxLat: 49}
	cases := []struct {
		name, src string
		l         Listing
		want      string
	}{
		{"missing attribute", `attrs.sensor == "x"`, paris(), "no such key: sensor"},
		{"non-numeric argument", `near(attrs.kind, 2, 3)`, paris(), "near: argument 1 is string, not a number"},
		{"bad point", `near(91, 2, 3)`, paris(), "near: latitude 91 or longitude 2 is out of range"},
		{"negative distance", `near(48, 2, -1)`, paris(), "negative"},
		{"non-numeric within", `within(lat, lon, 1, 2, 3, "4")`, paris(), "within: argument 6 is string"},
		{"negative price", `true`, neg, "price is negative"},
		{"invalid footprint", `true`, bad, "box minimum"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := Compile(c.src)
			if err != nil {
				t.Fatalf("Compile: %v", err)
			}
			ok, err := r.Evaluate(c.l)
			if err == nil {
				t.Fatalf("Evaluate = %v, want an error containing %q", ok, c.want)
			}
			if datatrade.ErrorCode(err) != datatrade.EINVALID || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want EINVALID containing %q", err, c.want)
			}
		})
	}
}

// An expression whose estimate fits (attrs within MaxAttrs) is stopped at
// run time on a listing with far more attributes.
func TestRuntimeCostLimit(t *testing.T) {
	r, err := Compile(`attrs.all(a, attrs.all(b, true))`)
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	small := paris()
	if ok, err := r.Evaluate(small); err != nil || !ok {
		t.Fatalf("small listing: got %v, %v; want true, nil", ok, err)
	}
	huge := paris()
	huge.Attrs = map[string]string{}
	for i := range 2000 {
		huge.Attrs[fmt.Sprintf("k%d", i)] = "v"
	}
	ok, err := r.Evaluate(huge)
	if err == nil || !strings.Contains(err.Error(), "exceeded the evaluation cost limit") {
		t.Fatalf("huge listing: got %v, %v; want the cost limit error", ok, err)
	}
	var e *datatrade.Error
	if !errors.As(err, &e) || e.Code != datatrade.EINVALID {
		t.Errorf("error %v is not an EINVALID *datatrade.Error", err)
	}
}

func TestFilterWithIndex(t *testing.T) {
	r, err := Compile(`attrs.kind == "optical" && near(48.8566, 2.3522, 50)`)
	if err != nil {
		t.Fatal(err)
	}
	x := spatial.NewIndex()
	for _, l := range []Listing{paris(), london(),
		{Item: spatial.Item{ID: 11, Footprint: spatial.PointBox(spatial.Point{Lon: 2.5, Lat: 48.9}), Attrs: map[string]string{"kind": "optical"}}},
		{Item: spatial.Item{ID: 12, Footprint: spatial.PointBox(spatial.Point{Lon: 2.5, Lat: 48.9}), Attrs: map[string]string{"kind": "radar"}}},
		{Item: spatial.Item{ID: 13, Footprint: spatial.PointBox(spatial.Point{Lon: 4.8, Lat: 45.7}), Attrs: map[string]string{"kind": "optical"}}},
	} {
		if err := x.Insert(l.Item); err != nil {
			t.Fatal(err)
		}
	}
	got, err := x.Box(spatial.Box{MinLon: -10, MinLat: 40, MaxLon: 10, MaxLat: 55}, r.Filter(big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	if want := []uint64{7, 11}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestConcurrentEvaluate(t *testing.T) {
	r, err := Compile(`near(48.85, 2.35, 1) && attrs.kind == "optical"`)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Go(func() {
			for range 200 {
				if ok, err := r.Evaluate(paris()); err != nil || !ok {
					errs <- fmt.Errorf("got %v, %v; want true, nil", ok, err)
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// FuzzCompile checks that no source makes Compile or Evaluate panic, and
// that whatever compiles evaluates within the cost limit or fails cleanly.
func FuzzCompile(f *testing.F) {
	for _, s := range []string{`true`, `near(48.85, 2.35, 1)`, `within(lat, lon, 48, 2, 49, 3)`,
		`attrs.exists(k, attrs[k].matches("^o.*"))`, `time > timestamp("2024-01-01T00:00:00Z")`,
		`[1,2,3].map(x, x * 2).size() == 3`, `price / 0u == 1u`, `"a" + "b" == priceWei`, `1 +`, `)(`,
		`dyn(lat) == dyn(attrs)`, `int(priceWei) > 0`, `duration("1h") < duration("2h")`} {
		f.Add(s)
	}
	listings := []Listing{paris(), london()}
	f.Fuzz(func(t *testing.T, src string) {
		r, err := Compile(src)
		if err != nil {
			var e *datatrade.Error
			if !errors.As(err, &e) {
				t.Fatalf("Compile(%q) error %v is not a *datatrade.Error", src, err)
			}
			return
		}
		for _, l := range listings {
			if _, err := r.Evaluate(l); err != nil && datatrade.ErrorCode(err) != datatrade.EINVALID {
				t.Fatalf("Evaluate(%q): %v", src, err)
			}
		}
	})
}

func BenchmarkEvaluate(b *testing.B) {
	r, err := Compile(`attrs.kind == "optical" && near(48.85, 2.35, 25) && price <= 5000000000000000u`)
	if err != nil {
		b.Fatal(err)
	}
	l := paris()
	for b.Loop() {
		if ok, err := r.Evaluate(l); err != nil || !ok {
			b.Fatalf("got %v, %v", ok, err)
		}
	}
}

func BenchmarkCompile(b *testing.B) {
	for b.Loop() {
		if _, err := Compile(`attrs.kind == "optical" && near(48.85, 2.35, 25) && price <= 5000000000000000u`); err != nil {
			b.Fatal(err)
		}
	}
}
