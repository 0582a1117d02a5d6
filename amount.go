package datatrade

import (
	"math/big"
	"strings"
)

// unitExp maps the units users may type to powers of ten of a wei.
var unitExp = map[string]int{"wei": 0, "gwei": 9, "eth": 18, "ether": 18}

// ParseAmount parses an amount of ether as users type it: a number with an
// optional unit — "1.5eth", "20 gwei", "1000wei" — where a bare number is
// in wei. Fractions finer than a wei and negative amounts are refused.
func ParseAmount(s string) (*big.Int, error) {
	in := strings.ToLower(strings.TrimSpace(s))
	num, exp := in, 0
	for unit, e := range unitExp {
		if rest, ok := strings.CutSuffix(in, unit); ok && len(unit) > len(in)-len(num) {
			// Prefer the longest matching unit ("gwei" over "wei").
			num, exp = strings.TrimSpace(rest), e
		}
	}
	if num == "" || strings.HasPrefix(num, "-") || strings.HasPrefix(num, "+") {
		return nil, Errorf(EINVALID, "%q is not an amount: use e.g. 1.5eth, 20gwei or 1000 (wei)", s)
	}
	whole, frac, _ := strings.Cut(num, ".")
	if len(frac) > exp {
		return nil, Errorf(EINVALID, "%q has more decimals than a wei allows", s)
	}
	digits := whole + frac + strings.Repeat("0", exp-len(frac))
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok || whole == "" && frac == "" {
		return nil, Errorf(EINVALID, "%q is not an amount: use e.g. 1.5eth, 20gwei or 1000 (wei)", s)
	}
	return v, nil
}

// FormatAmount formats wei as ether with up to 18 decimals and no trailing
// zeros, e.g. "1.5 ETH"; it never rounds.
func FormatAmount(wei *big.Int) string {
	if wei == nil {
		return "0 ETH"
	}
	neg := wei.Sign() < 0
	s := new(big.Int).Abs(wei).String()
	if len(s) <= 18 {
		s = strings.Repeat("0", 19-len(s)) + s
	}
	whole, frac := s[:len(s)-18], strings.TrimRight(s[len(s)-18:], "0")
	out := whole
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out + " ETH"
}
