package spatial

import (
	"math"
	"math/rand/v2"
	"testing"
)

// BenchmarkQueries1M compares the index with brute force on one million
// items (mostly points, some boxes; clustered and world-wide), each query
// drawn at random as in the equality tests.
func BenchmarkQueries1M(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	items := randomItems(rng, 1_000_000)
	x, brute := buildBoth(b, items)
	const nq = 256
	points := make([]Point, nq)
	boxes := make([]Box, nq)
	polys := make([]Polygon, nq)
	for i := range nq {
		c := randomQueryPoint(rng, items)
		points[i] = c
		const size = 0.1
		boxes[i] = Box{MinLon: math.Max(-180, c.Lon-size), MinLat: math.Max(-90, c.Lat-size), MaxLon: math.Min(180, c.Lon+size), MaxLat: math.Min(90, c.Lat+size)}
		polys[i] = randomPolygon(rng, c, size)
	}
	type querier interface {
		Box(Box, Filter) ([]uint64, error)
		Polygon(Polygon, Filter) ([]uint64, error)
		Nearest(Point, int, Filter) ([]Neighbor, error)
		ReverseNearest(Point, int, Filter) ([]uint64, error)
	}
	for _, impl := range []struct {
		name string
		q    querier
	}{{"index", x}, {"brute", brute}} {
		ops := []struct {
			name string
			run  func(i int) error
		}{
			{"box", func(i int) error { _, err := impl.q.Box(boxes[i], nil); return err }},
			{"polygon", func(i int) error { _, err := impl.q.Polygon(polys[i], nil); return err }},
			{"knn10", func(i int) error { _, err := impl.q.Nearest(points[i], 10, nil); return err }},
			{"rknn1", func(i int) error { _, err := impl.q.ReverseNearest(points[i], 1, nil); return err }},
		}
		for _, op := range ops {
			b.Run(op.name+"/"+impl.name, func(b *testing.B) {
				i := 0
				for b.Loop() {
					if err := op.run(i % nq); err != nil {
						b.Fatal(err)
					}
					i++
				}
			})
		}
	}
}
