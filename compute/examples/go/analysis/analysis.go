// Package analysis holds the example analyses that buyers' Go guests run in
// the compute sandbox: summary statistics of a CSV and a simple linear
// regression. The same code runs natively, which is what the sandbox
// benchmark compares the guests against.
//
// Input is CSV with a header row. Output is plain text with fixed
// formatting ("%.6f"), which the C guests in ../../c reproduce byte for byte.
package analysis

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
)

// column accumulates one column's statistics.
type column struct {
	name     string
	numeric  bool
	count    int
	sum      float64
	min, max float64
}

// Summary writes, for every column whose non-empty cells are all numbers,
// one line "name count=N mean=M min=A max=B".
func Summary(r io.Reader, w io.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return err
		}
		return errors.New("empty input")
	}
	var cols []*column
	for _, name := range bytes.Split(bytes.TrimRight(sc.Bytes(), "\r"), []byte(",")) {
		cols = append(cols, &column{name: string(name), numeric: true, min: math.Inf(1), max: math.Inf(-1)})
	}
	for sc.Scan() {
		line := bytes.TrimRight(sc.Bytes(), "\r")
		if len(line) == 0 {
			continue
		}
		for i, cell := range bytes.Split(line, []byte(",")) {
			if i >= len(cols) || len(cell) == 0 || !cols[i].numeric {
				continue
			}
			v, err := strconv.ParseFloat(string(cell), 64)
			if err != nil {
				cols[i].numeric = false
				continue
			}
			c := cols[i]
			c.count++
			c.sum += v
			c.min = math.Min(c.min, v)
			c.max = math.Max(c.max, v)
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	for _, c := range cols {
		if !c.numeric || c.count == 0 {
			continue
		}
		fmt.Fprintf(bw, "%s count=%d mean=%.6f min=%.6f max=%.6f\n", c.name, c.count, c.sum/float64(c.count), c.min, c.max)
	}
	return bw.Flush()
}

// Fit is a least-squares line y = Intercept + Slope·x.
type Fit struct {
	N                    int
	Slope, Intercept, R2 float64
}

// Regress fits y on x, the first two columns of the CSV (a header row, then
// rows of numbers), and writes "n=N slope=S intercept=I r2=R".
func Regress(r io.Reader, w io.Writer) error {
	f, err := RegressFit(r)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "n=%d slope=%.6f intercept=%.6f r2=%.6f\n", f.N, f.Slope, f.Intercept, f.R2)
	return err
}

// RegressFit computes the fit Regress prints.
func RegressFit(r io.Reader) (Fit, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	if !sc.Scan() { // header
		return Fit{}, errors.New("empty input")
	}
	var n, sx, sy, sxx, sxy, syy float64
	for sc.Scan() {
		line := bytes.TrimRight(sc.Bytes(), "\r")
		if len(line) == 0 {
			continue
		}
		xs, rest, ok := bytes.Cut(line, []byte(","))
		if !ok {
			return Fit{}, fmt.Errorf("row %q: want at least two columns", line)
		}
		ys, _, _ := bytes.Cut(rest, []byte(","))
		x, err := strconv.ParseFloat(string(xs), 64)
		if err != nil {
			return Fit{}, err
		}
		y, err := strconv.ParseFloat(string(ys), 64)
		if err != nil {
			return Fit{}, err
		}
		n++
		sx += x
		sy += y
		sxx += x * x
		sxy += x * y
		syy += y * y
	}
	if err := sc.Err(); err != nil {
		return Fit{}, err
	}
	if n < 2 {
		return Fit{}, errors.New("need at least two rows")
	}
	den := n*sxx - sx*sx
	slope := (n*sxy - sx*sy) / den
	intercept := (sy - slope*sx) / n
	corr := (n*sxy - sx*sy) / math.Sqrt(den*(n*syy-sy*sy))
	return Fit{N: int(n), Slope: slope, Intercept: intercept, R2: corr * corr}, nil
}
