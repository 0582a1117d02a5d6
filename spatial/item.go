package spatial

import (
	"maps"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
)

// Item is one spatial listing as indexed: its catalog ID, when its data
// was produced, where (a point or box footprint) and its other attributes.
type Item struct {
	ID        uint64            `json:"id"`
	Time      time.Time         `json:"time"`
	Footprint Box               `json:"footprint"`
	Attrs     map[string]string `json:"attrs,omitempty"`
}

// Validate returns an EINVALID error for an invalid footprint or an empty
// attribute name.
func (it *Item) Validate() error {
	if err := it.Footprint.Validate(); err != nil {
		return err
	}
	for k := range it.Attrs {
		if k == "" {
			return datatrade.Errorf(datatrade.EINVALID, "attribute names must not be empty")
		}
	}
	return nil
}

// GeoHash returns FootprintGeoHash(it.Footprint).
func (it *Item) GeoHash() (string, error) { return FootprintGeoHash(it.Footprint) }

// HashID returns HashID(it.Time, it.Footprint, it.Attrs).
func (it *Item) HashID() (common.Hash, error) { return HashID(it.Time, it.Footprint, it.Attrs) }

// clone returns a copy of it that shares no map with it.
func (it *Item) clone() Item {
	c := *it
	c.Attrs = maps.Clone(it.Attrs)
	return c
}

// Filter selects the items a query may return; nil selects all. It must
// not modify the item and must be safe to call from concurrent queries.
type Filter func(it *Item) bool

// And returns a filter selecting items that every non-nil f selects.
func And(fs ...Filter) Filter {
	return func(it *Item) bool {
		for _, f := range fs {
			if f != nil && !f(it) {
				return false
			}
		}
		return true
	}
}

// AttrEquals selects items whose attribute key equals value.
func AttrEquals(key, value string) Filter {
	return func(it *Item) bool {
		v, ok := it.Attrs[key]
		return ok && v == value
	}
}

// TimeBetween selects items produced in [from, to], bounds included; a
// zero bound is open.
func TimeBetween(from, to time.Time) Filter {
	return func(it *Item) bool {
		return (from.IsZero() || !it.Time.Before(from)) && (to.IsZero() || !it.Time.After(to))
	}
}

func (f Filter) keep(it *Item) bool { return f == nil || f(it) }

// Neighbor is one answer of a nearest-neighbour query.
type Neighbor struct {
	ID uint64 `json:"id"`
	// Meters is the great-circle distance from the query point to the
	// item's footprint.
	Meters float64 `json:"meters"`
}
