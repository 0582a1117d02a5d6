package require

import (
	"math"

	"github.com/google/cel-go/checker"
	"github.com/google/cel-go/common/types"
	"github.com/google/cel-go/common/types/ref"
	"github.com/google/cel-go/common/types/traits"

	"github.com/datatrade/datatrade/spatial"
)

const (
	nearFunc     = "@near"
	footprintVar = "@footprint"
)

// number converts a CEL int, uint or double to a float64.
func number(v ref.Val) (float64, bool) {
	switch n := v.(type) {
	case types.Double:
		return float64(n), true
	case types.Int:
		return float64(n), true
	case types.Uint:
		return float64(n), true
	}
	return 0, false
}

// numbers converts every argument with number, naming the function and
// the position of the first that is not a number.
func numbers(fn string, args []ref.Val) ([]float64, ref.Val) {
	out := make([]float64, len(args))
	for i, a := range args {
		f, ok := number(a)
		if !ok || math.IsNaN(f) {
			return nil, types.NewErr("%s: argument %d is %s, not a number", fn, i+1, a.Type().TypeName())
		}
		out[i] = f
	}
	return out, nil
}

// within implements within(lat, lon, minLat, minLon, maxLat, maxLon).
func within(args ...ref.Val) ref.Val {
	f, bad := numbers("within", args)
	if bad != nil {
		return bad
	}
	lat, lon := f[0], f[1]
	return types.Bool(f[2] <= lat && lat <= f[4] && f[3] <= lon && lon <= f[5])
}

// near implements near(lat, lon, km) over the listing's footprint, passed
// by the macro as [minLon, minLat, maxLon, maxLat].
func near(args ...ref.Val) ref.Val {
	f, bad := numbers("near", args[:3])
	if bad != nil {
		return bad
	}
	p := spatial.Point{Lat: f[0], Lon: f[1]}
	if p.Validate() != nil {
		return types.NewErr("near: latitude %g or longitude %g is out of range", p.Lat, p.Lon)
	}
	if f[2] < 0 {
		return types.NewErr("near: distance %g km is negative", f[2])
	}
	l, ok := args[3].(traits.Lister)
	if !ok || l.Size() != types.Int(4) {
		return types.NewErr("near: no footprint")
	}
	var fp [4]float64
	for i := range fp {
		if fp[i], ok = number(l.Get(types.Int(i))); !ok {
			return types.NewErr("near: no footprint")
		}
	}
	b := spatial.Box{MinLon: fp[0], MinLat: fp[1], MaxLon: fp[2], MaxLat: fp[3]}
	return types.Bool(spatial.DistanceToBox(p, b) <= f[2]*1000)
}

// sizeHints bounds the sizes Compile's cost estimate assumes for a
// listing's variable-size values (see MaxAttrs).
type sizeHints struct{}

var _ checker.CostEstimator = sizeHints{}

func (sizeHints) EstimateSize(n checker.AstNode) *checker.SizeEstimate {
	path := n.Path()
	if len(path) == 0 {
		return nil
	}
	switch path[0] {
	case "attrs":
		if len(path) == 1 {
			return &checker.SizeEstimate{Min: 0, Max: MaxAttrs}
		}
		return &checker.SizeEstimate{Min: 0, Max: MaxAttrBytes}
	case "geohash":
		return &checker.SizeEstimate{Min: 0, Max: spatial.MaxGeoHashPrecision}
	case "priceWei":
		return &checker.SizeEstimate{Min: 1, Max: 78} // 2^256 has 78 digits
	case "box":
		return &checker.SizeEstimate{Min: 4, Max: 4}
	case footprintVar:
		return &checker.SizeEstimate{Min: 4, Max: 4}
	}
	return nil
}

func (sizeHints) EstimateCallCost(fn, _ string, _ *checker.AstNode, _ []checker.AstNode) *checker.CallEstimate {
	switch fn {
	case "within", nearFunc:
		return &checker.CallEstimate{CostEstimate: checker.CostEstimate{Min: 1, Max: 1}}
	}
	return nil
}
