package spatial

import (
	"math"
	"slices"
	"sync"

	"github.com/tidwall/rtree"

	"github.com/datatrade/datatrade"
)

// Index is an in-memory R-tree over item footprints. Its queries return
// exactly what Brute's return on the same items. It is safe for concurrent
// use: queries share a read lock, Insert and Delete take the write lock.
type Index struct {
	mu   sync.RWMutex
	tree rtree.RTreeGN[float64, *entry]
	byID map[uint64]*entry
}

// entry is an indexed item with its centre precomputed for reverse
// nearest-neighbour pruning.
type entry struct {
	item   Item
	center Point
	cu     vec // unit vector of center
}

// NewIndex returns an empty index.
func NewIndex() *Index { return &Index{byID: map[uint64]*entry{}} }

// Len returns the number of items.
func (x *Index) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.byID)
}

// Insert adds a copy of it. It returns an EINVALID error for an invalid
// item and an ECONFLICT error when its ID is already indexed.
func (x *Index) Insert(it Item) error {
	if err := it.Validate(); err != nil {
		return err
	}
	e := &entry{item: it.clone(), center: it.Footprint.Center()}
	e.cu = unit(e.center)
	x.mu.Lock()
	defer x.mu.Unlock()
	if _, ok := x.byID[it.ID]; ok {
		return datatrade.Errorf(datatrade.ECONFLICT, "item %d is already indexed", it.ID)
	}
	x.byID[it.ID] = e
	x.tree.Insert(it.Footprint.min(), it.Footprint.max(), e)
	return nil
}

// Delete removes the item with the given ID and reports whether it was
// there.
func (x *Index) Delete(id uint64) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	e, ok := x.byID[id]
	if !ok {
		return false
	}
	delete(x.byID, id)
	x.tree.Delete(e.item.Footprint.min(), e.item.Footprint.max(), e)
	return true
}

// Get returns a copy of the item with the given ID.
func (x *Index) Get(id uint64) (Item, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	e, ok := x.byID[id]
	if !ok {
		return Item{}, false
	}
	return e.item.clone(), true
}

// Box returns, in increasing order, the IDs of the items selected by f
// whose footprint intersects q. It returns an EINVALID error for an invalid
// box.
func (x *Index) Box(q Box, f Filter) ([]uint64, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	var out []uint64
	x.tree.Search(q.min(), q.max(), func(_, _ [2]float64, e *entry) bool {
		if f.keep(&e.item) {
			out = append(out, e.item.ID)
		}
		return true
	})
	slices.Sort(out)
	return out, nil
}

// Polygon returns, in increasing order, the IDs of the items selected by f
// whose footprint intersects q (see Polygon for the geometry). It returns an
// EINVALID error for an invalid polygon.
func (x *Index) Polygon(q Polygon, f Filter) ([]uint64, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	bounds := q.Bounds()
	x.mu.RLock()
	defer x.mu.RUnlock()
	var out []uint64
	x.tree.Search(bounds.min(), bounds.max(), func(_, _ [2]float64, e *entry) bool {
		if q.IntersectsBox(e.item.Footprint) && f.keep(&e.item) {
			out = append(out, e.item.ID)
		}
		return true
	})
	slices.Sort(out)
	return out, nil
}

// slack is how far, in metres, the R-tree's best-first order may be off
// because node and item distances are rounded differently; searches look
// this far past their bound so that answers equal Brute's exactly.
func slack(d float64) float64 { return d*1e-9 + 1e-6 }

// Nearest returns the k items selected by f nearest to q, by great-circle
// distance to their footprint and then by ID (best-first search over the
// R-tree, with the exact distance from q to each node's box as the bound).
// It returns an EINVALID error for an invalid point or k < 1.
func (x *Index) Nearest(q Point, k int, f Filter) ([]Neighbor, error) {
	if err := checkKNN(q, k); err != nil {
		return nil, err
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	var out []Neighbor
	limit := math.Inf(1)
	pq := newProbe(q)
	x.tree.Nearby(
		func(min, max [2]float64, _ *entry, _ bool) float64 { return pq.distanceToBox(boxOf(min, max)) },
		func(_, _ [2]float64, e *entry, d float64) bool {
			if d > limit {
				return false
			}
			if !f.keep(&e.item) {
				return true
			}
			out = append(out, Neighbor{ID: e.item.ID, Meters: d})
			if len(out) == k {
				limit = d + slack(d)
			}
			return true
		})
	sortNeighbors(out)
	return out[:min(k, len(out))], nil
}

// ReverseNearest returns, in increasing order, the IDs of the items p
// selected by f that would have q among their k nearest, defined exactly as
// in Brute.ReverseNearest.
//
// Candidates come from a best-first search from q that prunes with
// bisectors on the sphere: an item o (by its centre) is strictly closer
// than q to every point x of the half-space x·(o−q) > 0, so a node box lying
// inside the half-spaces of k items that cannot be in it, or an item inside
// those of k other items, cannot hold an answer. Each surviving candidate is
// then verified by a nearest-neighbour count around its centre that stops at
// k closer items. It returns an EINVALID error for an invalid point or k < 1.
func (x *Index) ReverseNearest(q Point, k int, f Filter) ([]uint64, error) {
	if err := checkKNN(q, k); err != nil {
		return nil, err
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	qu := unit(q)
	pq := newProbe(q)
	// Seen items selected by f: each is a potential pruner for the rest.
	var seen []pruner
	const eps = 1e-12
	prunedBox := func(b Box) bool {
		lat := newLatBand(b)
		n := 0
		for i := range seen {
			o := &seen[i]
			if !b.Contains(o.e.center) && o.minDot(b, lat) > eps {
				if n++; n >= k {
					return true
				}
			}
		}
		return false
	}
	prunedItem := func(p *entry) bool {
		n := 0
		for i := range seen {
			if o := &seen[i]; o.e != p && dot(p.cu, o.w) > eps {
				if n++; n >= k {
					return true
				}
			}
		}
		return false
	}
	// Pruned or filtered-out items get maxFloat and pruned nodes +Inf, so
	// that best-first order pops every pruned item before any pruned node:
	// once the first pruned item pops, everything left is pruned. (The
	// R-tree expands a node when it pops, whatever its distance.)
	prunedItemDist, prunedNodeDist := math.MaxFloat64, math.Inf(1)
	var cands []*entry
	x.tree.Nearby(
		func(min, max [2]float64, e *entry, item bool) float64 {
			b := boxOf(min, max)
			switch {
			case item && (!f.keep(&e.item) || prunedItem(e)):
				return prunedItemDist
			case !item && prunedBox(b):
				return prunedNodeDist
			}
			return pq.distanceToBox(b)
		},
		func(_, _ [2]float64, e *entry, d float64) bool {
			if d == prunedItemDist {
				return false
			}
			seen = append(seen, newPruner(e, qu))
			if !prunedItem(e) {
				cands = append(cands, e)
			}
			return true
		})
	var out []uint64
	for _, p := range cands {
		if !prunedItem(p) && x.fewerCloser(p, q, k, f) {
			out = append(out, p.item.ID)
		}
	}
	slices.Sort(out)
	return out, nil
}

// fewerCloser reports whether fewer than k items selected by f, other than
// p, lie strictly closer to p's centre than q.
func (x *Index) fewerCloser(p *entry, q Point, k int, f Filter) bool {
	dq := Distance(p.center, q)
	limit := dq + slack(dq)
	closer := 0
	pc := newProbe(p.center)
	x.tree.Nearby(
		func(min, max [2]float64, _ *entry, _ bool) float64 { return pc.distanceToBox(boxOf(min, max)) },
		func(_, _ [2]float64, o *entry, d float64) bool {
			if d > limit {
				return false
			}
			if o == p || d >= dq || !f.keep(&o.item) {
				return true
			}
			closer++
			return closer < k
		})
	return closer < k
}

func dot(a, b vec) float64 { return a[0]*b[0] + a[1]*b[1] + a[2]*b[2] }
