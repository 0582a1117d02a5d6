package require

import (
	"strings"

	"github.com/datatrade/datatrade"
)

// SpecPrefix starts a demand's spec that holds a requirement: the spec is
// SpecPrefix followed by the expression's source. The Market contract
// stores the spec as the buyer posted it, so the requirement travels with
// the demand on chain and every seller's client reads the same text.
const SpecPrefix = "cel:"

// DemandSpec returns the demand spec carrying r.
func DemandSpec(r *Requirement) string { return SpecPrefix + r.String() }

// FromDemandSpec compiles the requirement a demand's spec carries. Errors:
// EINVALID when the spec holds no requirement (it does not start with
// SpecPrefix) or its expression does not compile, with a message safe to
// show.
func FromDemandSpec(spec string) (*Requirement, error) {
	src, ok := strings.CutPrefix(spec, SpecPrefix)
	if !ok {
		return nil, datatrade.Errorf(datatrade.EINVALID, "the demand's spec holds no requirement (a requirement spec starts with %q)", SpecPrefix)
	}
	return Compile(src)
}
