package spatial

import (
	"math"

	"github.com/datatrade/datatrade"
)

// Polygon is a simple ring of vertices in longitude/latitude degrees; the
// closing edge from the last vertex back to the first is implied (repeating
// the first vertex at the end is allowed). Edges are straight lines in
// degrees. Inside is decided by the even–odd rule; points on an edge count
// as inside.
type Polygon []Point

// Validate returns an EINVALID error unless p has at least three distinct
// valid vertices.
func (p Polygon) Validate() error {
	distinct := make(map[Point]bool, len(p))
	for _, v := range p {
		if err := v.Validate(); err != nil {
			return err
		}
		distinct[v] = true
	}
	if len(distinct) < 3 {
		return datatrade.Errorf(datatrade.EINVALID, "a polygon needs at least three distinct vertices")
	}
	return nil
}

// Bounds returns the smallest box holding p.
func (p Polygon) Bounds() Box {
	b := Box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	for _, v := range p {
		b.MinLon, b.MaxLon = math.Min(b.MinLon, v.Lon), math.Max(b.MaxLon, v.Lon)
		b.MinLat, b.MaxLat = math.Min(b.MinLat, v.Lat), math.Max(b.MaxLat, v.Lat)
	}
	return b
}

// edge returns the i-th edge.
func (p Polygon) edge(i int) (Point, Point) { return p[i], p[(i+1)%len(p)] }

// Contains reports whether q is inside p or on its boundary.
func (p Polygon) Contains(q Point) bool {
	inside := false
	for i := range p {
		a, b := p.edge(i)
		if onSegment(a, b, q) {
			return true
		}
		// Even–odd rule: count edges crossing the ray from q towards +lon.
		if (a.Lat > q.Lat) != (b.Lat > q.Lat) {
			x := a.Lon + (q.Lat-a.Lat)*(b.Lon-a.Lon)/(b.Lat-a.Lat)
			if q.Lon < x {
				inside = !inside
			}
		}
	}
	return inside
}

// IntersectsBox reports whether p and b share at least one point: a vertex
// of one inside the other, or crossing edges.
func (p Polygon) IntersectsBox(b Box) bool {
	if !p.Bounds().Intersects(b) {
		return false
	}
	for _, v := range p {
		if b.Contains(v) {
			return true
		}
	}
	corners := [4]Point{{b.MinLon, b.MinLat}, {b.MaxLon, b.MinLat}, {b.MaxLon, b.MaxLat}, {b.MinLon, b.MaxLat}}
	for _, c := range corners {
		if p.Contains(c) {
			return true
		}
	}
	for i := range p {
		a, e := p.edge(i)
		for j := range corners {
			if segmentsIntersect(a, e, corners[j], corners[(j+1)%4]) {
				return true
			}
		}
	}
	return false
}

// orient returns the sign of the cross product (b−a)×(c−a): positive when
// a, b, c turn left, zero when collinear.
func orient(a, b, c Point) float64 {
	return (b.Lon-a.Lon)*(c.Lat-a.Lat) - (b.Lat-a.Lat)*(c.Lon-a.Lon)
}

// onSegment reports whether q lies on the segment ab.
func onSegment(a, b, q Point) bool {
	return orient(a, b, q) == 0 &&
		math.Min(a.Lon, b.Lon) <= q.Lon && q.Lon <= math.Max(a.Lon, b.Lon) &&
		math.Min(a.Lat, b.Lat) <= q.Lat && q.Lat <= math.Max(a.Lat, b.Lat)
}

// segmentsIntersect reports whether segments ab and cd share a point.
func segmentsIntersect(a, b, c, d Point) bool {
	o1, o2 := orient(a, b, c), orient(a, b, d)
	o3, o4 := orient(c, d, a), orient(c, d, b)
	if (o1 > 0 && o2 < 0 || o1 < 0 && o2 > 0) && (o3 > 0 && o4 < 0 || o3 < 0 && o4 > 0) {
		return true
	}
	return onSegment(a, b, c) || onSegment(a, b, d) || onSegment(c, d, a) || onSegment(c, d, b)
}
