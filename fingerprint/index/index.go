// Package index answers similarity searches over fingerprints without
// comparing the query with every entry.
//
// Image fingerprints are found by multi-index hashing: each entry's
// 64-bit index hashes (fingerprint.ImageFeatures.IndexHashes: the
// thumbnail's DCT hash and those of nine zooms that undo a crop) are split
// into four 16-bit substrings, each filed in its own table. Two hashes
// within Hamming distance R agree to within ⌊R/4⌋ bits on at least one
// substring (pigeonhole), so probing every value within that distance of
// each query substring finds every entry within R, and only those
// candidates are scored exactly. MinHash fingerprints (tabular, text,
// binary) are found by LSH banding: 32 bands of 4 signature values; two
// signatures that agree on at least 97 of 128 values share a whole band,
// so for thresholds of 0.758 and above the search is exact, and below it
// misses a pair with probability (1 − J⁴)³².
//
// An Index is safe for concurrent use. It lives in memory; WriteTo and
// Decode persist it, and All lets a database keep the entries itself and
// rebuild the index with Add.
package index

import (
	"cmp"
	"iter"
	"math/bits"
	"slices"
	"sync"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/fingerprint"
)

// Config tunes an index. The zero value uses the defaults.
type Config struct {
	// Weights combine the image feature similarities; zero means
	// fingerprint.DefaultWeights.
	Weights fingerprint.Weights
	// Radius is the Hamming distance between index hashes within which
	// image entries become candidates; 0 means DefaultRadius. Larger radii
	// find more distorted copies and cost more time per search.
	Radius int
}

// DefaultRadius finds 99% of 10% crops and about 98% of 3° rotations of
// photographs, most copies with a caption box, and all re-compressions,
// resizes, noise and brightness changes (measured on photographs). A radius from 12 to 15
// costs the same per search (each 16-bit substring is probed within 3
// bits); 8 to 11 cost about a fifth of that.
const DefaultRadius = 15

// Result is one search hit.
type Result struct {
	ID    uint64
	Score fingerprint.Score
}

const (
	tables    = 4
	subBits   = 16
	variants  = 10 // index hashes per image entry
	bands     = 32
	bandRows  = fingerprint.MinHashK / bands
	slotShift = 4 // bucket values are slot<<slotShift | variant
)

type imageEntry struct {
	id     uint64
	fp     *fingerprint.Fingerprint
	hashes [variants]uint64
	live   bool
}

type sigEntry struct {
	id   uint64
	fp   *fingerprint.Fingerprint
	keys [bands]uint64
	live bool
}

type location struct {
	image bool
	slot  uint32
}

// Index is an in-memory similarity index of fingerprints keyed by caller
// chosen uint64 IDs.
type Index struct {
	cfg Config

	mu   sync.RWMutex
	ids  map[uint64]location
	imgs []imageEntry
	free []uint32
	// plain[t][s] holds the entries whose identity hash has substring s
	// in table t; zoom[t][s] those whose zoomed hashes (variants ≥ 1) do.
	plain [tables][]bucket
	zoom  [tables][]bucket
	sigs  []sigEntry
	sfree []uint32
	bands [bands]map[uint64][]uint32
}

// New returns an empty index.
func New(cfg Config) *Index {
	if cfg.Radius <= 0 {
		cfg.Radius = DefaultRadius
	}
	cfg.Radius = min(cfg.Radius, 64)
	x := &Index{cfg: cfg, ids: map[uint64]location{}}
	for b := range x.bands {
		x.bands[b] = map[uint64][]uint32{}
	}
	return x
}

// Len returns the number of entries.
func (x *Index) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.ids)
}

// Add files fp under id. Errors: EINVALID for a fingerprint that cannot be
// encoded (Compute and Decode never return one), ECONFLICT when id is
// already present.
func (x *Index) Add(id uint64, fp *fingerprint.Fingerprint) error {
	if _, err := fp.MarshalBinary(); err != nil {
		return err
	}
	// Hashing is the slow part; do it before taking the lock.
	var hashes [variants]uint64
	var keys [bands]uint64
	if fp.Kind == fingerprint.KindImage {
		hashes = fp.Image.IndexHashes()
	} else {
		keys = bandKeys(fp)
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if _, ok := x.ids[id]; ok {
		return datatrade.Errorf(datatrade.ECONFLICT, "fingerprint %d is already in the index", id)
	}
	if fp.Kind == fingerprint.KindImage {
		if x.plain[0] == nil { // the tables take 24 MiB: only when needed
			for t := range x.plain {
				x.plain[t] = make([]bucket, 1<<subBits)
				x.zoom[t] = make([]bucket, 1<<subBits)
			}
		}
		slot := x.allocImage()
		x.imgs[slot] = imageEntry{id: id, fp: fp, hashes: hashes, live: true}
		for v, h := range hashes {
			for t := range tables {
				tab := &x.zoom[t]
				if v == 0 {
					tab = &x.plain[t]
				}
				(*tab)[substring(h, t)].add(h, slot<<slotShift|uint32(v))
			}
		}
		x.ids[id] = location{image: true, slot: slot}
		return nil
	}
	slot := x.allocSig()
	x.sigs[slot] = sigEntry{id: id, fp: fp, keys: keys, live: true}
	for b, k := range keys {
		x.bands[b][k] = append(x.bands[b][k], slot)
	}
	x.ids[id] = location{slot: slot}
	return nil
}

func (x *Index) allocImage() uint32 {
	if n := len(x.free); n > 0 {
		s := x.free[n-1]
		x.free = x.free[:n-1]
		return s
	}
	x.imgs = append(x.imgs, imageEntry{})
	return uint32(len(x.imgs) - 1)
}

func (x *Index) allocSig() uint32 {
	if n := len(x.sfree); n > 0 {
		s := x.sfree[n-1]
		x.sfree = x.sfree[:n-1]
		return s
	}
	x.sigs = append(x.sigs, sigEntry{})
	return uint32(len(x.sigs) - 1)
}

// Remove deletes id from the index and reports whether it was present.
func (x *Index) Remove(id uint64) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	loc, ok := x.ids[id]
	if !ok {
		return false
	}
	delete(x.ids, id)
	if loc.image {
		e := &x.imgs[loc.slot]
		for v, h := range e.hashes {
			for t := range tables {
				tab := x.zoom[t]
				if v == 0 {
					tab = x.plain[t]
				}
				tab[substring(h, t)].remove(loc.slot<<slotShift | uint32(v))
			}
		}
		*e = imageEntry{}
		x.free = append(x.free, loc.slot)
		return true
	}
	e := &x.sigs[loc.slot]
	for b, k := range e.keys {
		if l := deleteValue(x.bands[b][k], loc.slot); len(l) == 0 {
			delete(x.bands[b], k)
		} else {
			x.bands[b][k] = l
		}
	}
	*e = sigEntry{}
	x.sfree = append(x.sfree, loc.slot)
	return true
}

// bucket lists the hashes filed under one substring value with their
// references (slot<<slotShift | variant), side by side so that a probe
// reads the hashes sequentially instead of visiting every entry.
type bucket struct {
	hashes []uint64
	refs   []uint32
}

func (b *bucket) add(h uint64, ref uint32) {
	b.hashes = append(b.hashes, h)
	b.refs = append(b.refs, ref)
}

func (b *bucket) remove(ref uint32) {
	i := slices.Index(b.refs, ref)
	if i < 0 {
		return
	}
	last := len(b.refs) - 1
	b.refs[i], b.hashes[i] = b.refs[last], b.hashes[last]
	b.refs, b.hashes = b.refs[:last], b.hashes[:last]
	if last == 0 {
		*b = bucket{}
	}
}

func deleteValue(l []uint32, v uint32) []uint32 {
	if i := slices.Index(l, v); i >= 0 {
		l[i] = l[len(l)-1]
		l = l[:len(l)-1]
	}
	if len(l) == 0 {
		return nil
	}
	return l
}

// Get returns the fingerprint filed under id.
func (x *Index) Get(id uint64) (*fingerprint.Fingerprint, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	loc, ok := x.ids[id]
	if !ok {
		return nil, false
	}
	if loc.image {
		return x.imgs[loc.slot].fp, true
	}
	return x.sigs[loc.slot].fp, true
}

// All iterates over a snapshot of the entries in increasing ID order,
// taken when the iteration starts; the loop may call Add and Remove.
func (x *Index) All() iter.Seq2[uint64, *fingerprint.Fingerprint] {
	return func(yield func(uint64, *fingerprint.Fingerprint) bool) {
		for _, e := range x.snapshot() {
			if !yield(e.id, e.fp) {
				return
			}
		}
	}
}

// snapshot returns the entries sorted by ID.
func (x *Index) snapshot() []candidate {
	x.mu.RLock()
	defer x.mu.RUnlock()
	out := make([]candidate, 0, len(x.ids))
	for id, loc := range x.ids {
		if loc.image {
			out = append(out, candidate{id, x.imgs[loc.slot].fp})
		} else {
			out = append(out, candidate{id, x.sigs[loc.slot].fp})
		}
	}
	slices.SortFunc(out, func(a, b candidate) int { return cmp.Compare(a.id, b.id) })
	return out
}

// Search returns the entries whose similarity to q is at least min, best
// first (ties by increasing ID), at most k of them (all when k ≤ 0). It
// scores only the candidates the hash tables yield: for images the
// entries with an index hash within the radius (see the package
// documentation), for the MinHash kinds those sharing an LSH band.
func (x *Index) Search(q *fingerprint.Fingerprint, k int, min fingerprint.Score) []Result {
	if _, err := q.MarshalBinary(); err != nil {
		return nil
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	var cands []candidate
	if q.Kind == fingerprint.KindImage {
		cands = x.imageCandidates(q.Image.IndexHashes())
	} else {
		cands = x.sigCandidates(q, bandKeys(q))
	}
	var res []Result
	for _, c := range cands {
		if s, ok := x.cfg.Weights.SimilarityAtLeast(q, c.fp, min); ok && s > 0 {
			res = append(res, Result{ID: c.id, Score: s})
		}
	}
	return topK(res, k)
}

// Scan is Search by comparing q with every entry: the linear scan the
// index exists to avoid, kept as the reference for tests and benchmarks.
func (x *Index) Scan(q *fingerprint.Fingerprint, k int, min fingerprint.Score) []Result {
	x.mu.RLock()
	defer x.mu.RUnlock()
	var res []Result
	add := func(id uint64, fp *fingerprint.Fingerprint) {
		if s, ok := x.cfg.Weights.SimilarityAtLeast(q, fp, min); ok && s > 0 {
			res = append(res, Result{ID: id, Score: s})
		}
	}
	for _, e := range x.imgs {
		if e.live {
			add(e.id, e.fp)
		}
	}
	for _, e := range x.sigs {
		if e.live {
			add(e.id, e.fp)
		}
	}
	return topK(res, k)
}

func topK(res []Result, k int) []Result {
	slices.SortFunc(res, func(a, b Result) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	if k > 0 && len(res) > k {
		res = res[:k]
	}
	return res
}

type candidate struct {
	id uint64
	fp *fingerprint.Fingerprint
}

func substring(h uint64, t int) uint16 {
	return uint16(h >> (64 - subBits*(t+1)))
}

// imageCandidates returns the live image entries with an index hash within
// the radius: the query's identity hash against every stored hash, and
// the query's zoomed hashes against the stored identity hashes.
func (x *Index) imageCandidates(qh [variants]uint64) []candidate {
	if x.plain[0] == nil {
		return nil
	}
	r := x.cfg.Radius
	sub := r / tables
	seen := map[uint32]bool{}
	var out []candidate
	check := func(b *bucket, q uint64) {
		for i, h := range b.hashes {
			if bits.OnesCount64(h^q) > r {
				continue
			}
			slot := b.refs[i] >> slotShift
			if seen[slot] {
				continue
			}
			seen[slot] = true
			e := &x.imgs[slot]
			out = append(out, candidate{e.id, e.fp})
		}
	}
	for qv, q := range qh {
		for t := range tables {
			s := substring(q, t)
			neighbours(s, sub, func(n uint16) {
				check(&x.plain[t][n], q)
				if qv == 0 {
					check(&x.zoom[t][n], q)
				}
			})
		}
	}
	return out
}

// neighbours calls fn with every 16-bit value within Hamming distance d
// of s, s itself first.
func neighbours(s uint16, d int, fn func(uint16)) {
	var rec func(v uint16, from, left int)
	rec = func(v uint16, from, left int) {
		fn(v)
		if left == 0 {
			return
		}
		for b := from; b < subBits; b++ {
			rec(v^1<<b, b+1, left-1)
		}
	}
	rec(s, 0, d)
}

// bandKeys hashes each band of a MinHash signature, with the kind mixed in
// so that kinds never share buckets.
func bandKeys(fp *fingerprint.Fingerprint) [bands]uint64 {
	var keys [bands]uint64
	for b := range keys {
		h := uint64(fp.Kind)<<56 ^ uint64(b)
		for _, v := range fp.MinHash[b*bandRows : (b+1)*bandRows] {
			h = mix(h ^ v)
		}
		keys[b] = h
	}
	return keys
}

func mix(z uint64) uint64 {
	z += 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (x *Index) sigCandidates(q *fingerprint.Fingerprint, keys [bands]uint64) []candidate {
	seen := map[uint32]bool{}
	var out []candidate
	for b, k := range keys {
		for _, slot := range x.bands[b][k] {
			if seen[slot] {
				continue
			}
			seen[slot] = true
			e := &x.sigs[slot]
			if e.fp.Kind == q.Kind {
				out = append(out, candidate{e.id, e.fp})
			}
		}
	}
	return out
}
