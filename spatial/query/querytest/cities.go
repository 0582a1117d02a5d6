// Package querytest loads the GeoNames places that the spatial query
// tests run on (../testdata/cities-sample.tsv, see its README) as query
// entries, so that the engine, the catalog and the private-query tests
// check their answers on the same real data.
package querytest

import (
	"bufio"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/spatial"
	"github.com/datatrade/datatrade/spatial/query"
)

// ReadCities reads places in the cities.tsv format of
// scripts/fetch-cities.sh (id, name, lat, lon, country, population,
// modified; a header line) as active entries: the point footprint, the
// modification date as time, "name country" as text, the country and a
// size class (village, town from 5,000, city from 100,000 inhabitants) as
// attributes, and population × 10^12 + 1 wei as price. It returns an
// EINVALID error naming the first malformed line.
func ReadCities(r io.Reader) ([]query.Entry, error) {
	var out []query.Entry
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		if line == 1 {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 7 {
			return nil, datatrade.Errorf(datatrade.EINVALID, "line %d: %d columns, want 7", line, len(c))
		}
		id, err1 := strconv.ParseUint(c[0], 10, 64)
		lat, err2 := strconv.ParseFloat(c[2], 64)
		lon, err3 := strconv.ParseFloat(c[3], 64)
		pop, err4 := strconv.ParseInt(c[5], 10, 64)
		mod, err5 := time.Parse(time.DateOnly, c[6])
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil || err5 != nil {
			return nil, datatrade.Errorf(datatrade.EINVALID, "line %d: malformed field", line)
		}
		size := "village"
		switch {
		case pop >= 100_000:
			size = "city"
		case pop >= 5_000:
			size = "town"
		}
		out = append(out, query.Entry{
			Item: spatial.Item{ID: id, Time: mod, Footprint: spatial.PointBox(spatial.Point{Lon: lon, Lat: lat}),
				Attrs: map[string]string{"country": c[4], "size": size}},
			Text:   c[1] + " " + c[4],
			Price:  new(big.Int).Add(new(big.Int).Mul(big.NewInt(pop), big.NewInt(1e12)), big.NewInt(1)),
			Active: true,
		})
	}
	if err := sc.Err(); err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "reading places: %v", err)
	}
	return out, nil
}

// Cities returns the sample's entries (about 2,100 places), failing tb
// when it cannot be read.
func Cities(tb testing.TB) []query.Entry {
	tb.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		tb.Fatal("querytest: cannot locate the sample")
	}
	f, err := os.Open(filepath.Join(filepath.Dir(file), "..", "testdata", "cities-sample.tsv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	es, err := ReadCities(f)
	if err != nil {
		tb.Fatal(err)
	}
	if len(es) < 2000 {
		tb.Fatalf("querytest: read %d places, want at least 2000", len(es))
	}
	return es
}
