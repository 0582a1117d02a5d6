// Package spatial indexes spatial listings — time, a point or box footprint
// in longitude/latitude degrees (WGS 84), and attributes — and answers
// region (box and polygon), k-nearest and reverse k-nearest queries over
// them, each combinable with an attribute filter. An R-tree answers the
// queries; Brute answers the same queries by scanning every item and is the
// reference the index is tested and benchmarked against.
//
// Distances are great-circle distances in metres on a sphere of the Earth's
// mean radius (haversine formula). The distance from a point to a box
// footprint is the distance to the box's nearest point, found exactly on the
// sphere. Polygons are planar in longitude/latitude: their edges are straight
// lines in degrees, not great circles. No box or polygon may cross the
// antimeridian (split it in two); distances do wrap around it.
//
// It also computes GeoHashes and the hashid of a listing, the digest that
// goes on chain with it.
package spatial

import (
	"math"

	"github.com/datatrade/datatrade"
)

// EarthRadius is the mean Earth radius in metres (IUGG), the sphere on
// which every distance is measured.
const EarthRadius = 6371008.8

const rad = math.Pi / 180

// Point is a position in degrees: longitude in [−180, 180], latitude in
// [−90, 90].
type Point struct {
	Lon float64 `json:"lon"`
	Lat float64 `json:"lat"`
}

// Box is a longitude/latitude rectangle, edges included. A point footprint
// is a box whose minimum equals its maximum.
type Box struct {
	MinLon float64 `json:"minLon"`
	MinLat float64 `json:"minLat"`
	MaxLon float64 `json:"maxLon"`
	MaxLat float64 `json:"maxLat"`
}

// PointBox returns the degenerate box holding only p.
func PointBox(p Point) Box { return Box{p.Lon, p.Lat, p.Lon, p.Lat} }

// Validate returns an EINVALID error unless p is a finite position in range.
func (p Point) Validate() error {
	if !(p.Lon >= -180 && p.Lon <= 180) || !(p.Lat >= -90 && p.Lat <= 90) {
		return datatrade.Errorf(datatrade.EINVALID, "position (%g, %g) is not a longitude in [-180, 180] and a latitude in [-90, 90]", p.Lon, p.Lat)
	}
	return nil
}

// Validate returns an EINVALID error unless both corners are valid points
// and the minimum is at or below the maximum on both axes.
func (b Box) Validate() error {
	if err := (Point{b.MinLon, b.MinLat}).Validate(); err != nil {
		return err
	}
	if err := (Point{b.MaxLon, b.MaxLat}).Validate(); err != nil {
		return err
	}
	if b.MinLon > b.MaxLon || b.MinLat > b.MaxLat {
		return datatrade.Errorf(datatrade.EINVALID, "box minimum (%g, %g) is above its maximum (%g, %g); boxes may not cross the antimeridian",
			b.MinLon, b.MinLat, b.MaxLon, b.MaxLat)
	}
	return nil
}

// IsPoint reports whether b is a point footprint.
func (b Box) IsPoint() bool { return b.MinLon == b.MaxLon && b.MinLat == b.MaxLat }

// Center returns the middle of b in degrees.
func (b Box) Center() Point { return Point{(b.MinLon + b.MaxLon) / 2, (b.MinLat + b.MaxLat) / 2} }

// Contains reports whether p lies in b, edges included.
func (b Box) Contains(p Point) bool {
	return b.MinLon <= p.Lon && p.Lon <= b.MaxLon && b.MinLat <= p.Lat && p.Lat <= b.MaxLat
}

// Intersects reports whether a and b share at least one point.
func (b Box) Intersects(o Box) bool {
	return b.MinLon <= o.MaxLon && o.MinLon <= b.MaxLon && b.MinLat <= o.MaxLat && o.MinLat <= b.MaxLat
}

func (b Box) min() [2]float64 { return [2]float64{b.MinLon, b.MinLat} }
func (b Box) max() [2]float64 { return [2]float64{b.MaxLon, b.MaxLat} }

func boxOf(min, max [2]float64) Box { return Box{min[0], min[1], max[0], max[1]} }

// Distance returns the great-circle distance between a and b in metres
// (haversine formula, accurate for small distances).
func Distance(a, b Point) float64 {
	return newProbe(a).distance(b)
}

// DistanceToBox returns the great-circle distance in metres from q to the
// nearest point of b (zero when q is in b).
func DistanceToBox(q Point, b Box) float64 {
	return newProbe(q).distanceToBox(b)
}

// NearestInBox returns the point of b nearest to q on the sphere. For any
// fixed latitude the nearest longitude in [MinLon, MaxLon] is the one
// closest to q's around the circle, whatever the latitude; along that
// meridian, cos(distance) = A·cos φ + B·sin φ with A = cos φq·cos Δλ and
// B = sin φq, which is R·cos(φ − φ*) for φ* = atan2(B, A): the nearest
// latitude is φ* if it is in [MinLat, MaxLat], else the end closer to φ*
// around the circle.
func NearestInBox(q Point, b Box) Point {
	return newProbe(q).nearestInBox(b)
}

// probe is a query point with its latitude's sine and cosine computed once.
type probe struct {
	p              Point
	sinLat, cosLat float64
}

func newProbe(p Point) probe {
	s, c := math.Sincos(p.Lat * rad)
	return probe{p: p, sinLat: s, cosLat: c}
}

func (q probe) nearestInBox(b Box) Point {
	if b.Contains(q.p) {
		return q.p
	}
	lon := closestLon(q.p.Lon, b.MinLon, b.MaxLon)
	if b.MinLat == b.MaxLat {
		return Point{lon, b.MinLat}
	}
	crit := math.Atan2(q.sinLat, q.cosLat*math.Cos((lon-q.p.Lon)*rad)) / rad
	switch {
	case b.MinLat <= crit && crit <= b.MaxLat:
		return Point{lon, crit}
	case circDiff(crit, b.MaxLat) < circDiff(crit, b.MinLat):
		return Point{lon, b.MaxLat}
	}
	return Point{lon, b.MinLat}
}

// distance is Distance(q.p, p) using the cached terms.
func (q probe) distance(p Point) float64 {
	dLat := (p.Lat - q.p.Lat) * rad
	dLon := (p.Lon - q.p.Lon) * rad
	s1, s2 := math.Sin(dLat/2), math.Sin(dLon/2)
	h := s1*s1 + q.cosLat*math.Cos(p.Lat*rad)*s2*s2
	return 2 * EarthRadius * math.Asin(math.Min(1, math.Sqrt(h)))
}

// distanceToBox is DistanceToBox(q.p, b).
func (q probe) distanceToBox(b Box) float64 { return q.distance(q.nearestInBox(b)) }

// circDiff returns the absolute difference of two longitudes around the
// circle, in [0, 180].
func circDiff(a, b float64) float64 {
	d := math.Mod(math.Abs(a-b), 360)
	if d > 180 {
		d = 360 - d
	}
	return d
}

// closestLon returns the longitude in [lo, hi] closest to lon around the
// circle (lo on a tie).
func closestLon(lon, lo, hi float64) float64 {
	if lo <= lon && lon <= hi {
		return lon
	}
	if circDiff(lon, hi) < circDiff(lon, lo) {
		return hi
	}
	return lo
}

// farthestLon returns the longitude in [lo, hi] farthest from lon around
// the circle.
func farthestLon(lon, lo, hi float64) float64 {
	anti := lon + 180
	if anti > 180 {
		anti -= 360
	}
	if lo <= anti && anti <= hi {
		return anti
	}
	if circDiff(lon, hi) > circDiff(lon, lo) {
		return hi
	}
	return lo
}

// vec is a vector in R³; unit vectors stand for points on the sphere.
type vec [3]float64

func unit(p Point) vec {
	cl := math.Cos(p.Lat * rad)
	return vec{cl * math.Cos(p.Lon*rad), cl * math.Sin(p.Lon*rad), math.Sin(p.Lat * rad)}
}

func (v vec) sub(w vec) vec { return vec{v[0] - w[0], v[1] - w[1], v[2] - w[2]} }

// pruner is an item seen by a reverse nearest-neighbour search, with the
// normal w = o − q of its bisector with the query q, whose positive side
// holds the points closer to o than to q.
type pruner struct {
	e         *entry
	w         vec
	rho, lonW float64 // w in cylindrical form: |w_xy| and its longitude
}

func newPruner(e *entry, qu vec) pruner {
	w := e.cu.sub(qu)
	return pruner{e: e, w: w, rho: math.Hypot(w[0], w[1]), lonW: math.Atan2(w[1], w[0]) / rad}
}

// latBand holds the sines and cosines of a box's latitude bounds.
type latBand struct {
	sinMin, cosMin, sinMax, cosMax float64
}

func newLatBand(b Box) latBand {
	var l latBand
	l.sinMin, l.cosMin = math.Sincos(b.MinLat * rad)
	l.sinMax, l.cosMax = math.Sincos(b.MaxLat * rad)
	return l
}

// minDot returns the minimum of x·w over the unit vectors x of the points
// of b, by the same argument as NearestInBox: for any latitude the
// longitude farthest from w's minimises, then A·cos φ + B·sin φ is
// minimised over [MinLat, MaxLat], at an end or at its critical point.
func (o *pruner) minDot(b Box, lat latBand) float64 {
	lon := farthestLon(o.lonW, b.MinLon, b.MaxLon)
	a := o.rho * math.Cos((lon-o.lonW)*rad)
	bb := o.w[2]
	m := math.Min(a*lat.cosMin+bb*lat.sinMin, a*lat.cosMax+bb*lat.sinMax)
	if crit := math.Atan2(-bb, -a) / rad; b.MinLat <= crit && crit <= b.MaxLat {
		s, c := math.Sincos(crit * rad)
		m = math.Min(m, a*c+bb*s)
	}
	return m
}

// minDot is pruner.minDot for a bare vector.
func minDot(w vec, b Box) float64 {
	o := pruner{w: w, rho: math.Hypot(w[0], w[1]), lonW: math.Atan2(w[1], w[0]) / rad}
	return o.minDot(b, newLatBand(b))
}
