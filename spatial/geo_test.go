package spatial

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestDistance(t *testing.T) {
	tests := []struct {
		name string
		a, b Point
		want float64 // metres
		tol  float64
	}{
		{"same point", Point{10, 20}, Point{10, 20}, 0, 0},
		{"one degree on the equator", Point{0, 0}, Point{1, 0}, EarthRadius * rad, 1e-6},
		{"pole to pole", Point{0, 90}, Point{0, -90}, EarthRadius * math.Pi, 1e-6},
		{"across the antimeridian", Point{179.5, 0}, Point{-179.5, 0}, EarthRadius * rad, 1e-6},
		{"Paris to London", Point{2.3522, 48.8566}, Point{-0.1276, 51.5072}, 343_500, 1_000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Distance(tt.a, tt.b); math.Abs(got-tt.want) > tt.tol {
				t.Errorf("got %v m, want %v ± %v", got, tt.want, tt.tol)
			}
		})
	}
}

func TestDistanceToBox(t *testing.T) {
	b := Box{MinLon: 10, MinLat: 40, MaxLon: 20, MaxLat: 50}
	tests := []struct {
		name string
		q    Point
		want float64
	}{
		{"inside", Point{15, 45}, 0},
		{"on the edge", Point{10, 45}, 0},
		{"due south of the box", Point{15, 30}, Distance(Point{15, 30}, Point{15, 40})},
		{"due north", Point{12, 60}, Distance(Point{12, 60}, Point{12, 50})},
		{"west across the antimeridian is far", Point{-170, 45}, Distance(Point{-170, 45}, NearestInBox(Point{-170, 45}, b))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DistanceToBox(tt.q, b); math.Abs(got-tt.want) > 1e-6 {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	// West of the box, the nearest point of a meridian edge lies poleward
	// of the query's latitude (great circles bulge towards the pole).
	q := Point{0, 45}
	if n := NearestInBox(q, b); n.Lon != 10 || !(n.Lat > 45) {
		t.Errorf("got nearest %v, want on lon 10 north of lat 45", n)
	}
}

// TestDistanceToBoxAgainstSampling checks the closed form against the
// minimum over a dense grid of the box's points.
func TestDistanceToBoxAgainstSampling(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	for trial := range 300 {
		b := randomBox(rng, 40)
		q := Point{rng.Float64()*360 - 180, rng.Float64()*180 - 90}
		got := DistanceToBox(q, b)
		best, bestDot := math.Inf(1), math.Inf(1)
		w := unit(Point{rng.Float64()*360 - 180, rng.Float64()*180 - 90}).sub(unit(q))
		const steps = 60
		for i := 0; i <= steps; i++ {
			for j := 0; j <= steps; j++ {
				p := Point{b.MinLon + (b.MaxLon-b.MinLon)*float64(i)/steps, b.MinLat + (b.MaxLat-b.MinLat)*float64(j)/steps}
				best = math.Min(best, Distance(q, p))
				bestDot = math.Min(bestDot, dot(unit(p), w))
			}
		}
		if got > best+1e-6 {
			t.Fatalf("trial %d: DistanceToBox(%v, %v) = %v, but a grid point is at %v", trial, q, b, got, best)
		}
		cellDiag := Distance(Point{b.MinLon, b.MinLat}, Point{b.MaxLon, b.MaxLat}) / steps
		if got < best-cellDiag-1e-6 {
			t.Fatalf("trial %d: DistanceToBox(%v, %v) = %v, far below the grid minimum %v", trial, q, b, got, best)
		}
		if md := minDot(w, b); md > bestDot+1e-12 {
			t.Fatalf("trial %d: minDot = %v above a grid value %v", trial, md, bestDot)
		}
		if p := NearestInBox(q, b); !b.Contains(p) {
			t.Fatalf("trial %d: nearest point %v is not in %v", trial, p, b)
		}
	}
}

func randomBox(rng *rand.Rand, maxSize float64) Box {
	w, h := rng.Float64()*maxSize, rng.Float64()*maxSize
	lon := rng.Float64()*(360-w) - 180
	lat := rng.Float64()*(180-h) - 90
	return Box{MinLon: lon, MinLat: lat, MaxLon: lon + w, MaxLat: lat + h}
}

func TestValidate(t *testing.T) {
	bad := []Box{
		{MinLon: -181, MaxLon: 0},
		{MinLat: 91, MaxLat: 91},
		{MinLon: 10, MaxLon: -10},
		{MinLon: math.NaN()},
		{MaxLat: math.Inf(1)},
	}
	for _, b := range bad {
		if err := b.Validate(); err == nil {
			t.Errorf("box %+v: got nil error, want an error", b)
		}
	}
	if err := (Box{-180, -90, 180, 90}).Validate(); err != nil {
		t.Errorf("whole world: got %v, want nil", err)
	}
}
