package broker

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
)

// Query is one use-right query over a CSV dataset: an aggregate (count,
// sum, avg, min, max) of a column over the rows that match every
// condition. Numbers are exact decimals: no floating point, so every
// machine gives the same answer.
type Query struct {
	Op     string      `json:"op"`
	Column string      `json:"column,omitempty"`
	Where  []Condition `json:"where,omitempty"`
}

// Condition compares a column with a value: =, !=, <, <=, >, >=. Both sides
// compare as decimal numbers when both parse as one, else as text.
type Condition struct {
	Column string `json:"column"`
	Op     string `json:"op"`
	Value  string `json:"value"`
}

// Answer is a query's result: Value is a decimal (count, sum, min, max
// exactly; avg rounded to 6 decimal places), Rows the number of matching
// rows.
type Answer struct {
	Value string `json:"value"`
	Rows  int    `json:"rows"`
}

// Limits of a query.
const (
	MaxConditions = 16
	maxQueryText  = 4096
)

// ParseQuery reads a query from its JSON form, refusing unknown fields.
func ParseQuery(b []byte) (Query, error) {
	if len(b) > maxQueryText {
		return Query{}, datatrade.Errorf(datatrade.EINVALID, "a query is at most %d bytes", maxQueryText)
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	var q Query
	if err := dec.Decode(&q); err != nil {
		return Query{}, datatrade.Errorf(datatrade.EINVALID, "the query is not valid JSON: %v", err)
	}
	if dec.More() {
		return Query{}, datatrade.Errorf(datatrade.EINVALID, "trailing data after the query")
	}
	return q, q.Validate()
}

// Validate checks the query's form (not its columns, which depend on the
// dataset).
func (q Query) Validate() error {
	switch q.Op {
	case "count":
	case "sum", "avg", "min", "max":
		if q.Column == "" {
			return datatrade.Errorf(datatrade.EINVALID, "%s needs a column", q.Op)
		}
	default:
		return datatrade.Errorf(datatrade.EINVALID, "unknown query op %q: use count, sum, avg, min or max", q.Op)
	}
	if len(q.Where) > MaxConditions {
		return datatrade.Errorf(datatrade.EINVALID, "at most %d conditions", MaxConditions)
	}
	for _, c := range q.Where {
		switch c.Op {
		case "=", "!=", "<", "<=", ">", ">=":
		default:
			return datatrade.Errorf(datatrade.EINVALID, "unknown comparison %q: use =, !=, <, <=, > or >=", c.Op)
		}
		if c.Column == "" {
			return datatrade.Errorf(datatrade.EINVALID, "a condition needs a column")
		}
	}
	return nil
}

// Hash is the hash the buyer signs in its Query request: keccak256 of the
// query's canonical JSON (fields in declaration order, no spaces).
func (q Query) Hash() common.Hash {
	b, _ := json.Marshal(q) // cannot fail: strings and slices of strings only
	return crypto.Keccak256Hash(b)
}

// Run evaluates the query over a CSV stream whose first record is the
// header. Errors: EINVALID for an unknown column, a non-numeric value
// under sum, avg, min or max, or malformed CSV.
func (q Query) Run(ctx context.Context, r io.Reader) (Answer, error) {
	if err := q.Validate(); err != nil {
		return Answer{}, err
	}
	cr := csv.NewReader(r)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return Answer{}, datatrade.Errorf(datatrade.EINVALID, "the dataset has no CSV header: %v", err)
	}
	cols := map[string]int{}
	for i, h := range header {
		cols[strings.TrimSpace(h)] = i
	}
	col := func(name string) (int, error) {
		i, ok := cols[name]
		if !ok {
			return 0, datatrade.Errorf(datatrade.EINVALID, "the dataset has no column %q", name)
		}
		return i, nil
	}
	target := -1
	if q.Op != "count" {
		if target, err = col(q.Column); err != nil {
			return Answer{}, err
		}
	}
	conds := make([]cond, len(q.Where))
	for i, c := range q.Where {
		if conds[i].col, err = col(c.Column); err != nil {
			return Answer{}, err
		}
		conds[i].Condition = c
		conds[i].num, _ = decimal(c.Value)
	}
	var (
		rows int
		acc  *big.Rat
	)
	for line := 2; ; line++ {
		if line%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return Answer{}, err
			}
		}
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return Answer{}, datatrade.Errorf(datatrade.EINVALID, "malformed CSV: %v", err)
		}
		if !matches(rec, conds) {
			continue
		}
		rows++
		if target < 0 {
			continue
		}
		v, ok := decimal(field(rec, target))
		if !ok {
			return Answer{}, datatrade.Errorf(datatrade.EINVALID, "line %d: %q in column %q is not a number", line, field(rec, target), q.Column)
		}
		switch {
		case acc == nil:
			acc = v
		case q.Op == "sum" || q.Op == "avg":
			acc.Add(acc, v)
		case q.Op == "min" && v.Cmp(acc) < 0, q.Op == "max" && v.Cmp(acc) > 0:
			acc = v
		}
	}
	a := Answer{Rows: rows}
	switch {
	case q.Op == "count":
		a.Value = fmt.Sprint(rows)
	case acc == nil:
		a.Value = "0"
		if q.Op != "sum" {
			a.Value = "" // no rows: no average, minimum or maximum
		}
	case q.Op == "avg":
		a.Value = trimZeros(new(big.Rat).Quo(acc, new(big.Rat).SetInt64(int64(rows))).FloatString(6))
	default:
		a.Value = ratString(acc)
	}
	return a, nil
}

func field(rec []string, i int) string {
	if i < len(rec) {
		return strings.TrimSpace(rec[i])
	}
	return ""
}

// cond is a condition with its column index and, when its value is a
// number, that number.
type cond struct {
	Condition
	col int
	num *big.Rat
}

func matches(rec []string, conds []cond) bool {
	for _, c := range conds {
		got := field(rec, c.col)
		cmp := strings.Compare(got, c.Value)
		if c.num != nil {
			if a, ok := decimal(got); ok {
				cmp = a.Cmp(c.num)
			}
		}
		ok := false
		switch c.Op {
		case "=":
			ok = cmp == 0
		case "!=":
			ok = cmp != 0
		case "<":
			ok = cmp < 0
		case "<=":
			ok = cmp <= 0
		case ">":
			ok = cmp > 0
		case ">=":
			ok = cmp >= 0
		}
		if !ok {
			return false
		}
	}
	return true
}

// decimal parses a plain decimal number (no exponent, at most 40 digits).
func decimal(s string) (*big.Rat, bool) {
	if s == "" || len(s) > 42 {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != '.' && !(i == 0 && (c == '-' || c == '+')) {
			return nil, false
		}
	}
	r, ok := new(big.Rat).SetString(s)
	return r, ok
}

func ratString(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	return trimZeros(r.FloatString(6))
}

func trimZeros(s string) string {
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}
