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
		b.Run("box/"+impl.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				if _, err := impl.q.Box(boxes[i%nq], nil); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
		b.Run("polygon/"+impl.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				if _, err := impl.q.Polygon(polys[i%nq], nil); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
		b.Run("knn10/"+impl.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				if _, err := impl.q.Nearest(points[i%nq], 10, nil); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
		b.Run("rknn1/"+impl.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				if _, err := impl.q.ReverseNearest(points[i%nq], 1, nil); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
