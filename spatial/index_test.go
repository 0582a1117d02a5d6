package spatial

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/datatrade/datatrade"
)

var kinds = []string{"optical", "radar", "lidar"}

// randomItems returns n items: mostly points, some small boxes; half in a
// few dense clusters (one across the antimeridian, one near a pole), half
// spread over the world, with some exact duplicates.
func randomItems(rng *rand.Rand, n int) []Item {
	clusters := []Point{{2.35, 48.85}, {179.9, -16.5}, {-70, 85}, {116.4, 39.9}}
	items := make([]Item, n)
	for i := range items {
		var p Point
		switch {
		case i > 0 && rng.IntN(50) == 0:
			p = items[rng.IntN(i)].Footprint.Center()
		case rng.IntN(2) == 0:
			c := clusters[rng.IntN(len(clusters))]
			p = Point{c.Lon + rng.NormFloat64()*0.5, c.Lat + rng.NormFloat64()*0.5}
		default:
			p = Point{rng.Float64()*360 - 180, math.Asin(rng.Float64()*2-1) / rad}
		}
		p.Lon = math.Mod(p.Lon+540, 360) - 180
		p.Lat = math.Max(-90, math.Min(90, p.Lat))
		fp := PointBox(p)
		if rng.IntN(5) == 0 {
			fp.MaxLon = math.Min(180, p.Lon+rng.Float64()*0.3)
			fp.MaxLat = math.Min(90, p.Lat+rng.Float64()*0.3)
		}
		items[i] = Item{
			ID:        uint64(i*7 + 3),
			Time:      time.Unix(1_600_000_000+int64(rng.IntN(100_000_000)), 0),
			Footprint: fp,
			Attrs:     map[string]string{"kind": kinds[rng.IntN(len(kinds))]},
		}
	}
	return items
}

func randomQueryPoint(rng *rand.Rand, items []Item) Point {
	if rng.IntN(2) == 0 {
		c := items[rng.IntN(len(items))].Footprint.Center()
		return Point{math.Max(-180, math.Min(180, c.Lon+rng.NormFloat64()*0.2)), math.Max(-90, math.Min(90, c.Lat+rng.NormFloat64()*0.2))}
	}
	return Point{rng.Float64()*360 - 180, rng.Float64()*180 - 90}
}

func randomFilter(rng *rand.Rand) Filter {
	switch rng.IntN(3) {
	case 0:
		return nil
	case 1:
		return AttrEquals("kind", kinds[rng.IntN(len(kinds))])
	default:
		from := time.Unix(1_600_000_000+int64(rng.IntN(50_000_000)), 0)
		return And(TimeBetween(from, from.Add(40_000_000*time.Second)), AttrEquals("kind", kinds[0]))
	}
}

// randomPolygon returns a star-shaped polygon (convex or not) around c.
func randomPolygon(rng *rand.Rand, c Point, radius float64) Polygon {
	n := 3 + rng.IntN(8)
	p := make(Polygon, n)
	for i := range p {
		a := 2 * math.Pi * (float64(i) + rng.Float64()*0.8) / float64(n)
		r := radius * (0.2 + rng.Float64())
		p[i] = Point{math.Max(-180, math.Min(180, c.Lon+r*math.Cos(a))), math.Max(-90, math.Min(90, c.Lat+r*math.Sin(a)))}
	}
	return p
}

func buildBoth(t testing.TB, items []Item) (*Index, *Brute) {
	t.Helper()
	x := NewIndex()
	for _, it := range items {
		if err := x.Insert(it); err != nil {
			t.Fatal(err)
		}
	}
	b, err := NewBrute(items)
	if err != nil {
		t.Fatal(err)
	}
	return x, b
}

func TestIndexEqualsBrute(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 1))
	items := randomItems(rng, 10_000)
	x, brute := buildBoth(t, items)
	nonEmpty := 0
	for i := range 300 {
		c := randomQueryPoint(rng, items)
		size := []float64{0.05, 0.5, 5, 60}[rng.IntN(4)]
		q := Box{MinLon: math.Max(-180, c.Lon-size), MinLat: math.Max(-90, c.Lat-size), MaxLon: math.Min(180, c.Lon+size), MaxLat: math.Min(90, c.Lat+size)}
		f := randomFilter(rng)
		got, err := x.Box(q, f)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := brute.Box(q, f)
		if !slices.Equal(got, want) {
			t.Fatalf("box query %d %v: index returned %d items, brute force %d", i, q, len(got), len(want))
		}
		if len(got) > 0 {
			nonEmpty++
		}
		poly := randomPolygon(rng, c, size)
		got, err = x.Polygon(poly, f)
		if err != nil {
			t.Fatal(err)
		}
		want, _ = brute.Polygon(poly, f)
		if !slices.Equal(got, want) {
			t.Fatalf("polygon query %d: index returned %d items, brute force %d", i, len(got), len(want))
		}
	}
	if nonEmpty < 100 {
		t.Errorf("only %d of 300 region queries found anything; the test data is too sparse", nonEmpty)
	}
	for i := range 300 {
		q := randomQueryPoint(rng, items)
		k := []int{1, 5, 20, 100}[rng.IntN(4)]
		f := randomFilter(rng)
		got, err := x.Nearest(q, k, f)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := brute.Nearest(q, k, f)
		if !slices.Equal(got, want) {
			t.Fatalf("kNN query %d (q=%v k=%d): got %v, want %v", i, q, k, got, want)
		}
		if len(got) != k {
			t.Fatalf("kNN query %d: got %d neighbours, want %d", i, len(got), k)
		}
	}
}

func TestReverseNearestEqualsBrute(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 2))
	items := randomItems(rng, 10_000)
	x, brute := buildBoth(t, items)
	found := 0
	for i := range 60 {
		q := randomQueryPoint(rng, items)
		k := []int{1, 2, 5}[rng.IntN(3)]
		f := randomFilter(rng)
		got, err := x.ReverseNearest(q, k, f)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := brute.ReverseNearest(q, k, f)
		if !slices.Equal(got, want) {
			t.Fatalf("RkNN query %d (q=%v k=%d): got %v, want %v", i, q, k, got, want)
		}
		found += len(got)
	}
	if found == 0 {
		t.Error("no reverse nearest neighbours found in any query; the test proves nothing")
	}
}

func TestReverseNearestSmall(t *testing.T) {
	// Three points on the equator, one degree apart.
	items := []Item{
		{ID: 1, Footprint: PointBox(Point{0, 0})},
		{ID: 2, Footprint: PointBox(Point{1, 0})},
		{ID: 3, Footprint: PointBox(Point{2, 0})},
	}
	x, brute := buildBoth(t, items)
	tests := []struct {
		q    Point
		k    int
		want []uint64
	}{
		{Point{1.1, 0}, 1, []uint64{2, 3}},
		{Point{1.1, 0}, 2, []uint64{1, 2, 3}},
		{Point{-1, 0}, 1, []uint64{1}}, // point 2 ties with q for point 1: q counts
		{Point{50, 0}, 1, nil},
		{Point{50, 0}, 2, nil},
		{Point{50, 0}, 3, []uint64{1, 2, 3}},
	}
	for _, tt := range tests {
		for name, run := range map[string]func(Point, int, Filter) ([]uint64, error){"index": x.ReverseNearest, "brute": brute.ReverseNearest} {
			got, err := run(tt.q, tt.k, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s RkNN(%v, %d): got %v, want %v", name, tt.q, tt.k, got, tt.want)
			}
		}
	}
}

func TestIndexInsertDelete(t *testing.T) {
	x := NewIndex()
	it := Item{ID: 5, Footprint: PointBox(Point{1, 1}), Attrs: map[string]string{"a": "b"}}
	if err := x.Insert(it); err != nil {
		t.Fatal(err)
	}
	if err := x.Insert(it); datatrade.ErrorCode(err) != datatrade.ECONFLICT {
		t.Fatalf("second insert: got %v, want ECONFLICT", err)
	}
	if err := x.Insert(Item{ID: 6, Footprint: Box{1, 1, 0, 0}}); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Fatalf("inverted box: got %v, want EINVALID", err)
	}
	it.Attrs["a"] = "changed"
	if got, _ := x.Get(5); got.Attrs["a"] != "b" {
		t.Errorf("index shares the caller's map: got %q, want b", got.Attrs["a"])
	}
	if x.Len() != 1 || !x.Delete(5) || x.Delete(5) || x.Len() != 0 {
		t.Fatal("delete did not remove exactly one item")
	}
	if got, _ := x.Nearest(Point{1, 1}, 3, nil); len(got) != 0 {
		t.Errorf("got %v after delete, want nothing", got)
	}
	if _, err := NewBrute([]Item{it, it}); datatrade.ErrorCode(err) != datatrade.ECONFLICT {
		t.Errorf("brute with duplicate IDs: got %v, want ECONFLICT", err)
	}
}

func TestQueryInvalid(t *testing.T) {
	x := NewIndex()
	b, _ := NewBrute(nil)
	tests := []struct {
		name string
		run  func() error
	}{
		{"index box", func() error { _, err := x.Box(Box{1, 0, 0, 0}, nil); return err }},
		{"brute box", func() error { _, err := b.Box(Box{0, 0, 0, 91}, nil); return err }},
		{"index polygon", func() error { _, err := x.Polygon(Polygon{{0, 0}}, nil); return err }},
		{"brute polygon", func() error { _, err := b.Polygon(nil, nil); return err }},
		{"index knn k=0", func() error { _, err := x.Nearest(Point{}, 0, nil); return err }},
		{"brute knn bad point", func() error { _, err := b.Nearest(Point{Lon: 200}, 1, nil); return err }},
		{"index rknn", func() error { _, err := x.ReverseNearest(Point{Lat: math.NaN()}, 1, nil); return err }},
		{"brute rknn", func() error { _, err := b.ReverseNearest(Point{}, -1, nil); return err }},
	}
	for _, tt := range tests {
		if err := tt.run(); datatrade.ErrorCode(err) != datatrade.EINVALID {
			t.Errorf("%s: got %v, want EINVALID", tt.name, err)
		}
	}
}

func TestIndexConcurrentUse(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	items := randomItems(rng, 2_000)
	x := NewIndex()
	for _, it := range items[:1000] {
		if err := x.Insert(it); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan error, 4)
	go func() {
		for _, it := range items[1000:] {
			if err := x.Insert(it); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for g := range 3 {
		go func() {
			for i := range 50 {
				q := items[(g*50+i)%len(items)].Footprint.Center()
				got, err := x.Nearest(q, 3, nil)
				if err == nil && len(got) != 3 {
					err = datatrade.Errorf(datatrade.EINTERNAL, "got %d neighbours, want 3", len(got))
				}
				if err == nil {
					_, err = x.ReverseNearest(q, 1, nil)
				}
				if err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	if x.Len() != len(items) {
		t.Fatalf("got %d items, want %d", x.Len(), len(items))
	}
}
