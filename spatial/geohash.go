package spatial

import (
	"github.com/mmcloughlin/geohash"

	"github.com/datatrade/datatrade"
)

// MaxGeoHashPrecision is the longest GeoHash used: 12 characters, a cell
// of a few centimetres.
const MaxGeoHashPrecision = 12

// EncodeGeoHash returns the GeoHash of p with the given number of
// characters (1 to 12). It returns an EINVALID error for an invalid point
// or precision.
func EncodeGeoHash(p Point, chars uint) (string, error) {
	if err := p.Validate(); err != nil {
		return "", err
	}
	if chars < 1 || chars > MaxGeoHashPrecision {
		return "", datatrade.Errorf(datatrade.EINVALID, "geohash precision must be 1 to %d characters, got %d", MaxGeoHashPrecision, chars)
	}
	return geohash.EncodeWithPrecision(p.Lat, p.Lon, chars), nil
}

// DecodeGeoHash returns the cell of a GeoHash of 1 to 12 characters. It
// returns an EINVALID error for an empty, too long or malformed hash.
func DecodeGeoHash(s string) (Box, error) {
	if len(s) == 0 || len(s) > MaxGeoHashPrecision {
		return Box{}, datatrade.Errorf(datatrade.EINVALID, "geohash must have 1 to %d characters, got %d", MaxGeoHashPrecision, len(s))
	}
	if err := geohash.Validate(s); err != nil {
		return Box{}, datatrade.Errorf(datatrade.EINVALID, "malformed geohash %q", s)
	}
	c := geohash.BoundingBox(s)
	return Box{MinLon: c.MinLng, MinLat: c.MinLat, MaxLon: c.MaxLng, MaxLat: c.MaxLat}, nil
}

// FootprintGeoHash returns the GeoHash of a footprint: the 12-character
// hash of a point, or for a box the longest common prefix of its corners'
// 12-character hashes — the smallest GeoHash cell holding the whole box.
// That is empty when no cell smaller than the world holds the box (for
// instance one straddling the equator or the prime meridian). It returns an
// EINVALID error for an invalid box.
func FootprintGeoHash(b Box) (string, error) {
	if err := b.Validate(); err != nil {
		return "", err
	}
	lo := geohash.EncodeWithPrecision(b.MinLat, b.MinLon, MaxGeoHashPrecision)
	if b.IsPoint() {
		return lo, nil
	}
	hi := geohash.EncodeWithPrecision(b.MaxLat, b.MaxLon, MaxGeoHashPrecision)
	n := 0
	for n < len(lo) && lo[n] == hi[n] {
		n++
	}
	return lo[:n], nil
}
