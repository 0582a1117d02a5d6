package spatial

import (
	"cmp"
	"slices"

	"github.com/datatrade/datatrade"
)

// Brute answers the same queries as Index by scanning every item. It is the
// reference Index is tested and benchmarked against. It is immutable after
// NewBrute and safe for concurrent queries.
type Brute struct {
	items []Item
}

// NewBrute returns a scanner over copies of items. It returns an EINVALID
// error for an invalid item and an ECONFLICT error for a repeated ID.
func NewBrute(items []Item) (*Brute, error) {
	b := &Brute{items: make([]Item, 0, len(items))}
	seen := make(map[uint64]bool, len(items))
	for i := range items {
		if err := items[i].Validate(); err != nil {
			return nil, err
		}
		if seen[items[i].ID] {
			return nil, datatrade.Errorf(datatrade.ECONFLICT, "item %d is listed twice", items[i].ID)
		}
		seen[items[i].ID] = true
		b.items = append(b.items, items[i].clone())
	}
	return b, nil
}

// Len returns the number of items.
func (b *Brute) Len() int { return len(b.items) }

// Box returns, in increasing order, the IDs of the items selected by f
// whose footprint intersects q.
func (b *Brute) Box(q Box, f Filter) ([]uint64, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	var out []uint64
	for i := range b.items {
		if it := &b.items[i]; it.Footprint.Intersects(q) && f.keep(it) {
			out = append(out, it.ID)
		}
	}
	slices.Sort(out)
	return out, nil
}

// Polygon returns, in increasing order, the IDs of the items selected by f
// whose footprint intersects q.
func (b *Brute) Polygon(q Polygon, f Filter) ([]uint64, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	var out []uint64
	for i := range b.items {
		if it := &b.items[i]; q.IntersectsBox(it.Footprint) && f.keep(it) {
			out = append(out, it.ID)
		}
	}
	slices.Sort(out)
	return out, nil
}

// Nearest returns the k items selected by f nearest to q, by distance to
// their footprint and then by ID.
func (b *Brute) Nearest(q Point, k int, f Filter) ([]Neighbor, error) {
	if err := checkKNN(q, k); err != nil {
		return nil, err
	}
	// Keep the k best seen so far, sorted, in a slice: a linear scan
	// with O(k) insertion, not a sort of every distance.
	best := make([]Neighbor, 0, k+1)
	pq := newProbe(q)
	for i := range b.items {
		it := &b.items[i]
		if !f.keep(it) {
			continue
		}
		n := Neighbor{ID: it.ID, Meters: pq.distanceToBox(it.Footprint)}
		if len(best) == k && !less(n, best[k-1]) {
			continue
		}
		j, _ := slices.BinarySearchFunc(best, n, compareNeighbors)
		best = slices.Insert(best, j, n)
		if len(best) > k {
			best = best[:k]
		}
	}
	return best, nil
}

// ReverseNearest returns, in increasing order, the IDs of the items p
// selected by f that would have q among their k nearest: fewer than k other
// selected items o lie strictly closer to p's centre than q does, that is
// DistanceToBox(center(p), footprint(o)) < Distance(center(p), q). An item
// at exactly q's distance does not count as closer.
func (b *Brute) ReverseNearest(q Point, k int, f Filter) ([]uint64, error) {
	if err := checkKNN(q, k); err != nil {
		return nil, err
	}
	var out []uint64
	for i := range b.items {
		p := &b.items[i]
		if !f.keep(p) {
			continue
		}
		c := p.Footprint.Center()
		pc := newProbe(c)
		dq := pc.distance(q)
		closer := 0
		for j := range b.items {
			o := &b.items[j]
			if j == i || !f.keep(o) || pc.distanceToBox(o.Footprint) >= dq {
				continue
			}
			if closer++; closer >= k {
				break
			}
		}
		if closer < k {
			out = append(out, p.ID)
		}
	}
	slices.Sort(out)
	return out, nil
}

func checkKNN(q Point, k int) error {
	if err := q.Validate(); err != nil {
		return err
	}
	if k < 1 {
		return datatrade.Errorf(datatrade.EINVALID, "k must be at least 1, got %d", k)
	}
	return nil
}

// compareNeighbors orders by distance, then ID.
func compareNeighbors(a, b Neighbor) int {
	if c := cmp.Compare(a.Meters, b.Meters); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

func less(a, b Neighbor) bool { return compareNeighbors(a, b) < 0 }

func sortNeighbors(ns []Neighbor) { slices.SortFunc(ns, compareNeighbors) }
