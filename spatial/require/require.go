// Package require compiles a buyer's requirements on spatial listings,
// written as CEL expressions (the Common Expression Language), and
// evaluates them against listings. A buyer stores the expression's source
// with a demand; each seller's client compiles it and evaluates it against
// its own listings to find those that qualify.
//
// The expression is untrusted input for the seller: Compile bounds its
// length, nesting and estimated worst-case cost, and Evaluate stops any
// evaluation past a runtime cost limit, so no expression can hang or
// exhaust a seller's client.
//
// # Environment
//
// An expression must have type bool. It sees one listing through these
// variables:
//
//	id       uint                 the listing's catalog ID
//	time     google.protobuf.Timestamp  when its data was produced
//	lat, lon double               the centre of its footprint, degrees
//	box      map<string, double>  its footprint: box.minLat, box.minLon, box.maxLat, box.maxLon
//	isPoint  bool                 whether the footprint is a point
//	geohash  string               spatial.FootprintGeoHash of the footprint ("" when no cell holds it)
//	attrs    map<string, string>  its other attributes
//	price    uint                 its price in wei, saturated at 2^64−1 (about 18.4 ether),
//	                              so comparisons with any smaller constant are exact
//	priceWei string               its exact price in wei, in decimal
//
// and these functions besides CEL's standard ones (arguments may be int,
// uint or double):
//
//	within(lat, lon, minLat, minLon, maxLat, maxLon) bool
//	    whether the point (lat, lon) lies in the box, edges included
//	near(lat, lon, km) bool
//	    whether the listing's footprint comes within km kilometres of the
//	    point (lat, lon), by great-circle distance (spatial.DistanceToBox)
//
// For example:
//
//	attrs.kind == "optical" && near(48.85, 2.35, 25) && price <= 1000000000000000
//	within(lat, lon, 40, -10, 50, 5) && time > timestamp("2024-01-01T00:00:00Z")
//	geohash.startsWith("u09") && attrs["resolution"] in ["0.5m", "1m"]
package require

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/google/cel-go/cel"
	celcommon "github.com/google/cel-go/common"
	celast "github.com/google/cel-go/common/ast"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/spatial"
)

// Limits on an expression. They are part of the contract between buyers
// and sellers: an expression within them is accepted by every seller.
const (
	// MaxSourceBytes is the longest expression source.
	MaxSourceBytes = 4096
	// MaxNesting is the deepest nesting the parser accepts.
	MaxNesting = 32
	// CostLimit bounds both the estimated worst-case cost checked by
	// Compile and the actual cost of each evaluation, in CEL cost units
	// (about one per operation, one per few characters of string work).
	CostLimit = 100_000
	// MaxAttrs and MaxAttrBytes are the listing sizes the worst-case cost
	// is estimated for: at most MaxAttrs attributes of at most
	// MaxAttrBytes characters each. Larger listings are still evaluated,
	// within CostLimit.
	MaxAttrs     = 64
	MaxAttrBytes = 256
)

// Listing is what a requirement is evaluated against: a spatial item and
// its price in wei (nil for none, read as zero).
type Listing struct {
	spatial.Item
	Price *big.Int
}

// Requirement is a compiled expression. It is immutable and safe for
// concurrent evaluation.
type Requirement struct {
	src string
	prg cel.Program
}

// String returns the expression's source, which is what a demand stores.
func (r *Requirement) String() string { return r.src }

// newEnv declares the environment described in the package comment.
func newEnv() (*cel.Env, error) {
	num := cel.DynType
	return cel.NewEnv(
		cel.Variable("id", cel.UintType),
		cel.Variable("time", cel.TimestampType),
		cel.Variable("lat", cel.DoubleType),
		cel.Variable("lon", cel.DoubleType),
		cel.Variable("box", cel.MapType(cel.StringType, cel.DoubleType)),
		cel.Variable("isPoint", cel.BoolType),
		cel.Variable("geohash", cel.StringType),
		cel.Variable("attrs", cel.MapType(cel.StringType, cel.StringType)),
		cel.Variable("price", cel.UintType),
		cel.Variable("priceWei", cel.StringType),
		cel.Function("within",
			cel.Overload("within_point_box", []*cel.Type{num, num, num, num, num, num}, cel.BoolType,
				cel.FunctionBinding(within))),
		// near(lat, lon, km) is a macro for @near(lat, lon, km, @footprint):
		// the footprint comes from a variable no expression can name, so
		// that a comprehension variable cannot shadow it.
		cel.Variable(footprintVar, cel.ListType(cel.DoubleType)),
		cel.Function(nearFunc,
			cel.Overload("near_point_km_footprint", []*cel.Type{num, num, num, cel.ListType(cel.DoubleType)}, cel.BoolType,
				cel.FunctionBinding(near))),
		cel.Macros(cel.GlobalMacro("near", 3, func(eh cel.MacroExprFactory, _ celast.Expr, args []celast.Expr) (celast.Expr, *celcommon.Error) {
			return eh.NewCall(nearFunc, args[0], args[1], args[2], eh.NewIdent(footprintVar)), nil
		})),
		cel.ParserRecursionLimit(MaxNesting),
		cel.ParserExpressionSizeLimit(MaxSourceBytes),
		cel.CrossTypeNumericComparisons(true),
	)
}

// Compile parses and type-checks src and checks its estimated worst-case
// cost. It returns an EINVALID error with a message safe to show the buyer
// for an empty, too long, malformed, ill-typed, non-boolean or too costly
// expression.
func Compile(src string) (*Requirement, error) {
	if strings.TrimSpace(src) == "" {
		return nil, datatrade.Errorf(datatrade.EINVALID, "requirement is empty")
	}
	if len(src) > MaxSourceBytes {
		return nil, datatrade.Errorf(datatrade.EINVALID, "requirement is %d bytes long, the limit is %d", len(src), MaxSourceBytes)
	}
	env, err := newEnv()
	if err != nil {
		return nil, fmt.Errorf("require: environment: %w", err)
	}
	ast, iss := env.Compile(src)
	if iss.Err() != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "requirement does not compile: %s", iss.Err())
	}
	if !ast.OutputType().IsExactType(cel.BoolType) {
		return nil, datatrade.Errorf(datatrade.EINVALID, "requirement has type %s, want bool", ast.OutputType())
	}
	est, err := env.EstimateCost(ast, sizeHints{})
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "requirement cost cannot be estimated: %v", err)
	}
	if est.Max > CostLimit {
		return nil, datatrade.Errorf(datatrade.EINVALID, "requirement may cost up to %d units to evaluate, the limit is %d", est.Max, CostLimit)
	}
	prg, err := env.Program(ast,
		cel.CostLimit(CostLimit),
		cel.InterruptCheckFrequency(100),
	)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "requirement cannot be planned: %v", err)
	}
	return &Requirement{src: src, prg: prg}, nil
}

// Evaluate reports whether l meets the requirement. It returns an EINVALID
// error for an invalid listing, and an EINVALID error safe to show when the
// evaluation fails: past the cost limit, or on a runtime error such as a
// missing attribute (use `"k" in attrs` or `has(attrs.k)` to test for one)
// or a non-numeric argument.
func (r *Requirement) Evaluate(l Listing) (bool, error) {
	if err := l.Validate(); err != nil {
		return false, err
	}
	if l.Price != nil && l.Price.Sign() < 0 {
		return false, datatrade.Errorf(datatrade.EINVALID, "listing price is negative")
	}
	vars, err := activation(l)
	if err != nil {
		return false, err
	}
	out, _, err := r.prg.Eval(vars)
	if err != nil {
		if strings.Contains(err.Error(), "cost limit exceeded") { // interpreter.CostLimitExceeded
			return false, datatrade.Errorf(datatrade.EINVALID, "requirement exceeded the evaluation cost limit of %d", CostLimit)
		}
		return false, datatrade.Errorf(datatrade.EINVALID, "requirement failed on listing %d: %v", l.ID, err)
	}
	b, ok := out.Value().(bool)
	if !ok {
		return false, datatrade.Errorf(datatrade.EINVALID, "requirement gave %v, not a bool", out.Type())
	}
	return b, nil
}

// Filter returns a spatial.Filter selecting the items that meet r at the
// given price; an item on which evaluation fails is not selected.
func (r *Requirement) Filter(price *big.Int) spatial.Filter {
	return func(it *spatial.Item) bool {
		ok, err := r.Evaluate(Listing{Item: *it, Price: price})
		return err == nil && ok
	}
}

var maxUint64 = new(big.Int).SetUint64(math.MaxUint64)

func activation(l Listing) (map[string]any, error) {
	gh, err := l.GeoHash()
	if err != nil {
		return nil, err
	}
	price, priceWei := uint64(0), "0"
	if l.Price != nil {
		priceWei = l.Price.String()
		if l.Price.Cmp(maxUint64) > 0 {
			price = math.MaxUint64
		} else {
			price = l.Price.Uint64()
		}
	}
	fp := l.Footprint
	c := fp.Center()
	attrs := l.Attrs
	if attrs == nil {
		attrs = map[string]string{}
	}
	return map[string]any{
		"id":         l.ID,
		"time":       l.Time,
		"lat":        c.Lat,
		"lon":        c.Lon,
		"box":        map[string]float64{"minLat": fp.MinLat, "minLon": fp.MinLon, "maxLat": fp.MaxLat, "maxLon": fp.MaxLon},
		"isPoint":    fp.IsPoint(),
		"geohash":    gh,
		"attrs":      attrs,
		"price":      price,
		"priceWei":   priceWei,
		footprintVar: []float64{fp.MinLon, fp.MinLat, fp.MaxLon, fp.MaxLat},
	}, nil
}
