// Package query is the spatial catalog's query language and its in-memory
// engine: a Query combines at most one spatial part (a box, a polygon, the
// k nearest listings to a point or the reverse k nearest of a point) with
// keywords, attribute equalities, a time range and a buyer requirement (a
// CEL expression, see spatial/require).
//
// Every filter applies inside the spatial search, so "the 5 nearest
// optical listings" are the 5 nearest among the optical ones, not the
// optical ones among the 5 nearest.
//
// Engine answers queries over entries held in memory (the private-query
// enclave uses it); Scan answers the same queries by looking at every
// entry and is the reference both Engine and the catalog are tested
// against. Run evaluates a query over a spatial.Index with the keyword and
// price look-ups supplied by the caller (the catalog's full-text index and
// database).
//
// The package is pure: no I/O, no clock; everything is safe for concurrent
// use.
package query

import (
	"math/big"
	"strings"
	"time"
	"unicode"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/spatial"
	"github.com/datatrade/datatrade/spatial/require"
)

// Kind names what a query's spatial part asks for.
type Kind string

// Query kinds.
const (
	// Keyword is a query without a spatial part: its keywords (or other
	// filters) alone select listings.
	Keyword Kind = "keyword"
	// Region selects the listings whose footprint intersects a box.
	Region Kind = "box"
	// PolygonRegion selects the listings whose footprint intersects a
	// polygon.
	PolygonRegion Kind = "polygon"
	// Nearest selects the K listings nearest to a point.
	Nearest Kind = "nearest"
	// ReverseNearest selects the listings that would have the point among
	// their K nearest.
	ReverseNearest Kind = "reverse-nearest"
)

// Limits on a query.
const (
	// DefaultLimit is how many hits a query returns when Limit is 0.
	DefaultLimit = 20
	// MaxLimit is the most hits a query returns.
	MaxLimit = 1000
	// MaxK bounds K.
	MaxK = 1000
	// MaxWords bounds the keywords of a query.
	MaxWords = 32
	// MaxPolygonVertices bounds a query polygon.
	MaxPolygonVertices = 1024
	// MaxAttrs bounds the attribute equalities of a query.
	MaxAttrs = 32
)

// Query is one search. The zero value of each field means "no
// constraint"; a query must constrain something.
type Query struct {
	// Text holds keywords; a hit's text must contain every word (see
	// Words for what a word is).
	Text string `json:"text,omitempty"`
	// Box, Polygon and Near are the spatial part; at most one is set.
	Box     *spatial.Box    `json:"box,omitempty"`
	Polygon spatial.Polygon `json:"polygon,omitempty"`
	Near    *spatial.Point  `json:"near,omitempty"`
	// K is the number of neighbours for Near (required with it).
	K int `json:"k,omitempty"`
	// Reverse turns Near into a reverse k-nearest query.
	Reverse bool `json:"reverse,omitempty"`
	// Attrs are attribute equalities every hit must satisfy.
	Attrs map[string]string `json:"attrs,omitempty"`
	// From and To bound the listing's time, inclusive; zero is open.
	From time.Time `json:"from,omitzero"`
	To   time.Time `json:"to,omitzero"`
	// Where is a buyer requirement in CEL (see spatial/require),
	// evaluated with the listing's price.
	Where string `json:"where,omitempty"`
	// Limit caps the hits returned (0: DefaultLimit; at most MaxLimit).
	Limit int `json:"limit,omitempty"`
}

// Kind returns what the query's spatial part asks for.
func (q *Query) Kind() Kind {
	switch {
	case q.Box != nil:
		return Region
	case len(q.Polygon) > 0:
		return PolygonRegion
	case q.Near != nil && q.Reverse:
		return ReverseNearest
	case q.Near != nil:
		return Nearest
	}
	return Keyword
}

// Validate returns an EINVALID error, safe to show, for a query that
// constrains nothing, has more than one spatial part, an invalid box,
// polygon or point, a K out of range or without a point, too many words or
// attributes, an empty attribute name, a time range that ends before it
// starts, a Where that does not compile, or a negative or too large limit.
func (q *Query) Validate() error {
	parts := 0
	if q.Box != nil {
		parts++
		if err := q.Box.Validate(); err != nil {
			return err
		}
	}
	if len(q.Polygon) > 0 {
		parts++
		if len(q.Polygon) > MaxPolygonVertices {
			return datatrade.Errorf(datatrade.EINVALID, "the polygon has %d vertices, the limit is %d", len(q.Polygon), MaxPolygonVertices)
		}
		if err := q.Polygon.Validate(); err != nil {
			return err
		}
	}
	if q.Near != nil {
		parts++
		if err := q.Near.Validate(); err != nil {
			return err
		}
		if q.K < 1 || q.K > MaxK {
			return datatrade.Errorf(datatrade.EINVALID, "k must be between 1 and %d, got %d", MaxK, q.K)
		}
	} else if q.K != 0 || q.Reverse {
		return datatrade.Errorf(datatrade.EINVALID, "k and reverse need a point to search near")
	}
	if parts > 1 {
		return datatrade.Errorf(datatrade.EINVALID, "give one of a box, a polygon or a point, not several")
	}
	words := Words(q.Text)
	if len(words) > MaxWords {
		return datatrade.Errorf(datatrade.EINVALID, "the query has %d keywords, the limit is %d", len(words), MaxWords)
	}
	if strings.TrimSpace(q.Text) != "" && len(words) == 0 {
		return datatrade.Errorf(datatrade.EINVALID, "the keywords hold no word (letters or digits)")
	}
	if len(q.Attrs) > MaxAttrs {
		return datatrade.Errorf(datatrade.EINVALID, "the query has %d attribute filters, the limit is %d", len(q.Attrs), MaxAttrs)
	}
	for k := range q.Attrs {
		if k == "" {
			return datatrade.Errorf(datatrade.EINVALID, "attribute names must not be empty")
		}
	}
	if !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From) {
		return datatrade.Errorf(datatrade.EINVALID, "the time range ends before it starts")
	}
	if q.Where != "" {
		if _, err := require.Compile(q.Where); err != nil {
			return err
		}
	}
	if q.Limit < 0 || q.Limit > MaxLimit {
		return datatrade.Errorf(datatrade.EINVALID, "limit must be between 0 and %d, got %d", MaxLimit, q.Limit)
	}
	if parts == 0 && len(words) == 0 && len(q.Attrs) == 0 && q.From.IsZero() && q.To.IsZero() && q.Where == "" {
		return datatrade.Errorf(datatrade.EINVALID, "the query constrains nothing: give keywords, a region, a point, attributes, a time range or a requirement")
	}
	return nil
}

// limit returns the effective limit.
func (q *Query) limit() int {
	if q.Limit == 0 {
		return DefaultLimit
	}
	return q.Limit
}

// Words splits text into its words, lower-cased: maximal runs of letters
// and digits; everything else separates words. It is how both listing
// texts and keywords are read, so no query syntax ever reaches a database.
func Words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Hit is one answer.
type Hit struct {
	ID uint64 `json:"id"`
	// Meters is the distance from the query point to the footprint, for
	// a nearest-neighbour query.
	Meters float64 `json:"meters,omitempty"`
}

// Answer is a query's result.
type Answer struct {
	Kind Kind  `json:"kind"`
	Hits []Hit `json:"hits"`
	// Total is how many listings matched before the limit (at most K for
	// a nearest-neighbour query).
	Total int `json:"total"`
}

// Env is what Run needs besides the index.
type Env struct {
	// Keep, when set, must also select a hit: the caller's keyword match
	// and any state it keeps outside the index (such as "still on sale").
	Keep spatial.Filter
	// Price returns a listing's price in wei for Where (nil: zero). It is
	// called only when the query has a Where.
	Price func(id uint64) *big.Int
}

// Run answers q over x. Hits come in increasing ID order, except for
// Nearest, whose hits come nearest first (then by ID). Keywords are not
// matched here: the caller does it through env.Keep. Errors: EINVALID for
// an invalid query.
func Run(x *spatial.Index, q *Query, env Env) (Answer, error) {
	if err := q.Validate(); err != nil {
		return Answer{}, err
	}
	f, err := filter(q, env.Keep, env.Price)
	if err != nil {
		return Answer{}, err
	}
	return answer(x, q, f)
}

// searcher is what both spatial.Index and spatial.Brute answer.
type searcher interface {
	Box(q spatial.Box, f spatial.Filter) ([]uint64, error)
	Polygon(q spatial.Polygon, f spatial.Filter) ([]uint64, error)
	Nearest(q spatial.Point, k int, f spatial.Filter) ([]spatial.Neighbor, error)
	ReverseNearest(q spatial.Point, k int, f spatial.Filter) ([]uint64, error)
}

var (
	_ searcher = (*spatial.Index)(nil)
	_ searcher = (*spatial.Brute)(nil)
)

// world covers every footprint: a keyword query searches it.
var world = spatial.Box{MinLon: -180, MinLat: -90, MaxLon: 180, MaxLat: 90}

// answer runs a valid q's spatial part over s with filter f.
func answer(s searcher, q *Query, f spatial.Filter) (Answer, error) {
	ans := Answer{Kind: q.Kind(), Hits: []Hit{}}
	var (
		ids []uint64
		err error
	)
	switch ans.Kind {
	case Region:
		ids, err = s.Box(*q.Box, f)
	case PolygonRegion:
		ids, err = s.Polygon(q.Polygon, f)
	case ReverseNearest:
		ids, err = s.ReverseNearest(*q.Near, q.K, f)
	case Nearest:
		var ns []spatial.Neighbor
		ns, err = s.Nearest(*q.Near, q.K, f)
		for _, n := range ns {
			ans.Hits = append(ans.Hits, Hit{ID: n.ID, Meters: n.Meters})
		}
	case Keyword:
		ids, err = s.Box(world, f)
	}
	if err != nil {
		return Answer{}, err
	}
	for _, id := range ids {
		ans.Hits = append(ans.Hits, Hit{ID: id})
	}
	ans.Total = len(ans.Hits)
	ans.Hits = ans.Hits[:min(len(ans.Hits), q.limit())]
	return ans, nil
}

// filter combines the query's attribute, time and requirement filters with
// keep. A requirement that fails on a listing (a missing attribute, say)
// does not select it.
func filter(q *Query, keep spatial.Filter, price func(uint64) *big.Int) (spatial.Filter, error) {
	fs := []spatial.Filter{keep}
	for k, v := range q.Attrs {
		fs = append(fs, spatial.AttrEquals(k, v))
	}
	if !q.From.IsZero() || !q.To.IsZero() {
		fs = append(fs, spatial.TimeBetween(q.From, q.To))
	}
	if q.Where != "" {
		r, err := require.Compile(q.Where)
		if err != nil {
			return nil, err
		}
		fs = append(fs, func(it *spatial.Item) bool {
			var p *big.Int
			if price != nil {
				p = price(it.ID)
			}
			ok, err := r.Evaluate(require.Listing{Item: *it, Price: p})
			return err == nil && ok
		})
	}
	return spatial.And(fs...), nil
}

// Entry is one listing as the engine holds it: the spatial item, its text
// (keywords, title, description), its price in wei and whether it is on
// sale. Only active entries are ever hits.
type Entry struct {
	Item   spatial.Item `json:"item"`
	Text   string       `json:"text,omitempty"`
	Price  *big.Int     `json:"price,omitempty"`
	Active bool         `json:"active"`
}

// textMatch reports whether every word of want is among have's.
func textMatch(want []string, have map[string]bool) bool {
	for _, w := range want {
		if !have[w] {
			return false
		}
	}
	return true
}

func wordSet(text string) map[string]bool {
	ws := Words(text)
	set := make(map[string]bool, len(ws))
	for _, w := range ws {
		set[w] = true
	}
	return set
}

// Engine answers queries over entries in memory. It is immutable after
// NewEngine and safe for concurrent queries.
type Engine struct {
	x       *spatial.Index
	words   map[uint64]map[string]bool
	entries map[uint64]*Entry
}

// NewEngine indexes copies of entries. Errors: EINVALID for an invalid
// item or a negative price, ECONFLICT for a repeated ID.
func NewEngine(entries []Entry) (*Engine, error) {
	e := &Engine{x: spatial.NewIndex(), words: make(map[uint64]map[string]bool, len(entries)), entries: make(map[uint64]*Entry, len(entries))}
	for i := range entries {
		en := entries[i]
		if en.Price != nil && en.Price.Sign() < 0 {
			return nil, datatrade.Errorf(datatrade.EINVALID, "listing %d has a negative price", en.Item.ID)
		}
		if err := e.x.Insert(en.Item); err != nil {
			return nil, err
		}
		en.Item, _ = e.x.Get(en.Item.ID)
		if en.Price != nil {
			en.Price = new(big.Int).Set(en.Price)
		}
		e.entries[en.Item.ID] = &en
		e.words[en.Item.ID] = wordSet(en.Text)
	}
	return e, nil
}

// Len returns the number of entries.
func (e *Engine) Len() int { return len(e.entries) }

// Entry returns a copy of the entry with the given ID.
func (e *Engine) Entry(id uint64) (Entry, bool) {
	en, ok := e.entries[id]
	if !ok {
		return Entry{}, false
	}
	c := *en
	c.Item, _ = e.x.Get(id)
	if en.Price != nil {
		c.Price = new(big.Int).Set(en.Price)
	}
	return c, true
}

// Run answers q over the active entries, as the package-level Run does,
// matching keywords against each entry's text. Errors: EINVALID for an
// invalid query.
func (e *Engine) Run(q *Query) (Answer, error) {
	want := Words(q.Text)
	keep := func(it *spatial.Item) bool {
		return e.entries[it.ID].Active && textMatch(want, e.words[it.ID])
	}
	return Run(e.x, q, Env{Keep: keep, Price: func(id uint64) *big.Int { return e.entries[id].Price }})
}

// Scan answers q by looking at every entry, without an index: the
// reference Engine and the catalog are tested against. Errors as Run's,
// and those of spatial.NewBrute for invalid or repeated items.
func Scan(entries []Entry, q *Query) (Answer, error) {
	if err := q.Validate(); err != nil {
		return Answer{}, err
	}
	want := Words(q.Text)
	byID := make(map[uint64]*Entry, len(entries))
	var items []spatial.Item
	for i := range entries {
		byID[entries[i].Item.ID] = &entries[i]
		items = append(items, entries[i].Item)
	}
	b, err := spatial.NewBrute(items)
	if err != nil {
		return Answer{}, err
	}
	keep := func(it *spatial.Item) bool {
		en := byID[it.ID]
		return en.Active && textMatch(want, wordSet(en.Text))
	}
	f, err := filter(q, keep, func(id uint64) *big.Int { return byID[id].Price })
	if err != nil {
		return Answer{}, err
	}
	return answer(b, q, f)
}
