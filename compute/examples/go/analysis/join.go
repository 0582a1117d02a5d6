package analysis

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// Brackets is the number of age brackets Join reports: 0–9, 10–19, …,
// 80–89 and 90 and over.
const Brackets = 10

// Join combines two sellers' datasets: people (CSV "id,age") and purchases
// (CSV "id,amount", any number of rows per id). It joins them on id and
// writes the number of purchases whose id is among the people, then per
// age bracket with any purchase "age A-B purchases=N total=T mean=M". Ids
// are integers; purchases of unknown ids are counted apart ("unmatched=N").
func Join(people, purchases io.Reader, w io.Writer) error {
	ages := map[int64]int64{}
	err := eachRow(people, func(id int64, v []byte) error {
		age, err := strconv.ParseInt(string(v), 10, 64)
		if err != nil || age < 0 {
			return fmt.Errorf("people: bad age %q", v)
		}
		ages[id] = age
		return nil
	})
	if err != nil {
		return err
	}
	var count [Brackets]int
	var total [Brackets]float64
	matched, unmatched := 0, 0
	err = eachRow(purchases, func(id int64, v []byte) error {
		amount, err := strconv.ParseFloat(string(v), 64)
		if err != nil {
			return fmt.Errorf("purchases: bad amount %q", v)
		}
		age, ok := ages[id]
		if !ok {
			unmatched++
			return nil
		}
		b := min(age/10, Brackets-1)
		matched++
		count[b]++
		total[b] += amount
		return nil
	})
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "people=%d matched=%d unmatched=%d\n", len(ages), matched, unmatched)
	for b := range Brackets {
		if count[b] == 0 {
			continue
		}
		hi := fmt.Sprint(b*10 + 9)
		if b == Brackets-1 {
			hi = ""
		}
		fmt.Fprintf(bw, "age %d-%s purchases=%d total=%.6f mean=%.6f\n", b*10, hi, count[b], total[b], total[b]/float64(count[b]))
	}
	return bw.Flush()
}

// eachRow calls fn with the integer first column and the raw second column
// of every row of the CSV on r after its header.
func eachRow(r io.Reader, fn func(id int64, v []byte) error) error {
	return eachLine(r, func(line []byte) error {
		ids, rest, ok := bytes.Cut(line, []byte(","))
		if !ok {
			return fmt.Errorf("row %q: want two columns", line)
		}
		v, _, _ := bytes.Cut(rest, []byte(","))
		id, err := strconv.ParseInt(string(ids), 10, 64)
		if err != nil {
			return fmt.Errorf("row %q: bad id", line)
		}
		return fn(id, v)
	})
}

// eachLine calls fn with every non-empty line (without its line ending) of
// the CSV on r after its header row.
func eachLine(r io.Reader, fn func(line []byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return err
		}
		return errors.New("empty input")
	}
	for sc.Scan() {
		line := bytes.TrimRight(sc.Bytes(), "\r")
		if len(line) == 0 {
			continue
		}
		if err := fn(line); err != nil {
			return err
		}
	}
	return sc.Err()
}
