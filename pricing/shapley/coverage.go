package shapley

import (
	"math"
	"slices"

	"github.com/datatrade/datatrade"
)

// Rect is an axis-aligned rectangle, for instance a seller's footprint in
// degrees of longitude (X) and latitude (Y). Its area is (MaxX−MinX)·(MaxY−MinY).
type Rect struct {
	MinX, MinY, MaxX, MaxY float64
}

// cover is the precomputed arrangement of a set of rectangles: the plane
// cut into elementary cells by every rectangle edge, grouped by the set of
// rectangles covering them.
type cover struct {
	n      int
	groups []group
}

// group is a set of cells covered by exactly the same rectangles.
type group struct {
	area    float64
	players []int
	mask    uint64 // the players as a bit set, when there are at most 64
}

func newCover(rects []Rect) (*cover, error) {
	xs := make([]float64, 0, 2*len(rects))
	ys := make([]float64, 0, 2*len(rects))
	for i, r := range rects {
		for _, f := range []float64{r.MinX, r.MinY, r.MaxX, r.MaxY} {
			if math.IsNaN(f) || math.IsInf(f, 0) {
				return nil, datatrade.Errorf(datatrade.EINVALID, "rectangle %d has a coordinate that is not a finite number", i)
			}
		}
		if r.MinX > r.MaxX || r.MinY > r.MaxY {
			return nil, datatrade.Errorf(datatrade.EINVALID, "rectangle %d has its minimum above its maximum", i)
		}
		xs = append(xs, r.MinX, r.MaxX)
		ys = append(ys, r.MinY, r.MaxY)
	}
	slices.Sort(xs)
	slices.Sort(ys)
	xs, ys = slices.Compact(xs), slices.Compact(ys)
	byKey := map[string]int{}
	c := &cover{n: len(rects)}
	var players []int
	for i := 0; i+1 < len(xs); i++ {
		for j := 0; j+1 < len(ys); j++ {
			players = players[:0]
			for p, r := range rects {
				if r.MinX <= xs[i] && xs[i+1] <= r.MaxX && r.MinY <= ys[j] && ys[j+1] <= r.MaxY {
					players = append(players, p)
				}
			}
			if len(players) == 0 {
				continue
			}
			key := string(appendKey(nil, players))
			area := (xs[i+1] - xs[i]) * (ys[j+1] - ys[j])
			g, ok := byKey[key]
			if !ok {
				g = len(c.groups)
				byKey[key] = g
				c.groups = append(c.groups, group{players: slices.Clone(players), mask: bitset(players)})
			}
			c.groups[g].area += area
		}
	}
	return c, nil
}

// bitset returns players as a 64-bit set; only meaningful when every
// player index is below 64.
func bitset(players []int) uint64 {
	var m uint64
	for _, p := range players {
		m |= 1 << (uint(p) & 63)
	}
	return m
}

func appendKey(b []byte, players []int) []byte {
	for _, p := range players {
		b = append(b, byte(p), byte(p>>8), byte(p>>16), byte(p>>24))
	}
	return b
}

// Coverage returns the spatial-coverage utility of the rectangles: the
// worth of a coalition is the exact area of the union of its members'
// rectangles (overlaps count once). The union is computed on the
// arrangement cut by all rectangle edges, prepared once here. It returns an
// EINVALID error for a non-finite coordinate or a rectangle whose minimum
// exceeds its maximum.
func Coverage(rects []Rect) (Utility, error) {
	c, err := newCover(rects)
	if err != nil {
		return nil, err
	}
	if c.n <= 64 {
		return func(coalition []int) float64 {
			var s uint64
			for _, p := range coalition {
				if p >= 0 && p < c.n {
					s |= 1 << uint(p)
				}
			}
			var area float64
			for _, g := range c.groups {
				if g.mask&s != 0 {
					area += g.area
				}
			}
			return area
		}, nil
	}
	return func(coalition []int) float64 {
		in := make([]bool, c.n)
		for _, p := range coalition {
			if p >= 0 && p < c.n {
				in[p] = true
			}
		}
		var area float64
		for _, g := range c.groups {
			for _, p := range g.players {
				if in[p] {
					area += g.area
					break
				}
			}
		}
		return area
	}, nil
}

// CoverageValues returns the exact Shapley values of the Coverage game in
// closed form, for any number of rectangles: a coverage game is a sum over
// cells of "worth the cell's area if any of its covering players is
// present", and such a game's Shapley value gives each covering player an
// equal share of the cell. So each seller earns the area it covers, with
// every overlapped cell split equally among the sellers covering it.
func CoverageValues(rects []Rect) ([]float64, error) {
	c, err := newCover(rects)
	if err != nil {
		return nil, err
	}
	phi := make([]float64, len(rects))
	for _, g := range c.groups {
		share := g.area / float64(len(g.players))
		for _, p := range g.players {
			phi[p] += share
		}
	}
	return phi, nil
}
