package analysis

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
)

// group accumulates one group's aggregate.
type group struct {
	count    int
	sum      float64
	min, max float64
}

// GroupBy groups the rows of the CSV on r (a header row, then rows) by
// their first column and aggregates the second, a number: it writes one
// line "key count=N sum=S mean=M min=A max=B" per group, in byte order of
// the keys. Only aggregates leave: a group of one row still shows that
// row's value, which is why sellers cap output and allow-list algorithms.
func GroupBy(r io.Reader, w io.Writer) error {
	groups := map[string]*group{}
	err := eachLine(r, func(line []byte) error {
		key, rest, ok := bytes.Cut(line, []byte(","))
		if !ok {
			return fmt.Errorf("row %q: want at least two columns", line)
		}
		vs, _, _ := bytes.Cut(rest, []byte(","))
		v, err := strconv.ParseFloat(string(vs), 64)
		if err != nil {
			return fmt.Errorf("row %q: %v", line, err)
		}
		g := groups[string(key)]
		if g == nil {
			g = &group{min: v, max: v}
			groups[string(key)] = g
		}
		g.count++
		g.sum += v
		g.min = min(g.min, v)
		g.max = max(g.max, v)
		return nil
	})
	if err != nil {
		return err
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	bw := bufio.NewWriter(w)
	for _, k := range keys {
		g := groups[k]
		fmt.Fprintf(bw, "%s count=%d sum=%.6f mean=%.6f min=%.6f max=%.6f\n", k, g.count, g.sum, g.sum/float64(g.count), g.min, g.max)
	}
	return bw.Flush()
}
