package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/datatrade/datatrade"
)

// writePlaces writes n places in the format of scripts/fetch-cities.sh:
// clustered around a few cities, with some spread over the world.
func writePlaces(t *testing.T, n int) string {
	t.Helper()
	rng := rand.New(rand.NewPCG(7, 7))
	centres := [][2]float64{{48.85, 2.35}, {35.68, 139.69}, {-33.87, 151.21}, {40.71, -74.0}}
	var b strings.Builder
	b.WriteString("id\tname\tlat\tlon\tcountry\tpopulation\tmodified\n")
	for i := range n {
		lat, lon := rng.Float64()*140-70, rng.Float64()*360-180
		if i%4 != 0 {
			c := centres[rng.IntN(len(centres))]
			lat, lon = c[0]+rng.NormFloat64(), c[1]+rng.NormFloat64()
		}
		fmt.Fprintf(&b, "%d\tplace %d\t%.5f\t%.5f\tXX\t%d\t2020-01-02\n", 1000+i*3, i, lat, lon, rng.IntN(100000))
	}
	path := filepath.Join(t.TempDir(), "cities.tsv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBenchSpatial(t *testing.T) {
	ctx := testContext(t, 2*time.Minute)
	points := writePlaces(t, 2000)
	for _, scale := range []string{"3000", "0", "500"} {
		t.Run("scale="+scale, func(t *testing.T) {
			var res benchSpatialResult
			mustJSON(t, ctx, &res, "bench", "spatial", "--points", points, "--scale", scale,
				"--queries", "40", "--brute-queries", "20", "--brute-reverse", "10", "--k", "5", "--size", "0.5")
			wantItems := map[string]int{"3000": 3000, "0": 2000, "500": 500}[scale]
			if res.RealPoints != 2000 || res.Items != wantItems {
				t.Errorf("realPoints, items = %d, %d; want 2000, %d", res.RealPoints, res.Items, wantItems)
			}
			for _, k := range []struct {
				name  string
				k     spatialKind
				brute int
			}{{"box", res.Box, 20}, {"polygon", res.Polygon, 20}, {"knn", res.Nearest, 20}, {"reverse knn", res.Reverse, 10}} {
				if !k.k.Identical {
					t.Errorf("%s: identical = false", k.name)
				}
				if k.k.Index.Queries != 40 || k.k.Brute.Queries != k.brute || k.k.IndexOnBrute.Queries != k.brute {
					t.Errorf("%s: queries index %d, brute %d, index on brute %d; want 40, %d, %d",
						k.name, k.k.Index.Queries, k.k.Brute.Queries, k.k.IndexOnBrute.Queries, k.brute, k.brute)
				}
				if !(k.k.SpeedupP50 > 0 && k.k.SpeedupP99 > 0) {
					t.Errorf("%s: speed-ups %g, %g; want positive", k.name, k.k.SpeedupP50, k.k.SpeedupP99)
				}
				if !(k.k.Index.P50Micros > 0 && k.k.Index.P50Micros <= k.k.Index.P99Micros) {
					t.Errorf("%s: index p50 %g, p99 %g; want 0 < p50 ≤ p99", k.name, k.k.Index.P50Micros, k.k.Index.P99Micros)
				}
				if k.k.MeanAnswers <= 0 {
					t.Errorf("%s: mean answers %g, want positive (queries are centred on the data)", k.name, k.k.MeanAnswers)
				}
			}
			if res.Nearest.MeanAnswers != 5 {
				t.Errorf("knn mean answers = %g, want k = 5", res.Nearest.MeanAnswers)
			}
		})
	}
	out, _, code := runCLI(t, ctx, "bench", "spatial", "--points", points, "--scale", "2100", "--queries", "5")
	if code != 0 || !strings.Contains(out, "reverse knn") || !strings.Contains(out, "true (5 of 5 queries)") {
		t.Errorf("human output (exit %d):\n%s", code, out)
	}
}

func TestBenchSpatialBadInput(t *testing.T) {
	ctx := testContext(t, time.Minute)
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	header := "id\tname\tlat\tlon\tcountry\tpopulation\tmodified\n"
	good := write("good.tsv", header+"1\ta\t10\t20\tXX\t5\t2020-01-01\n2\tb\t11\t21\tXX\t5\t2020-01-01\n")
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"no points", nil, "--points is required"},
		{"missing file", []string{"--points", filepath.Join(dir, "none.tsv")}, "cannot open the places file"},
		{"empty", []string{"--points", write("empty.tsv", header)}, "holds no places"},
		{"bad latitude", []string{"--points", write("lat.tsv", header+"1\ta\t95\t20\tXX\t5\t2020-01-01\n")}, "line 2: latitude 95 or longitude 20 is out of range"},
		{"not a number", []string{"--points", write("nan.tsv", header+"1\ta\tx\t20\tXX\t5\t2020-01-01\n")}, "line 2: bad id, latitude or longitude"},
		{"short line", []string{"--points", write("short.tsv", header+"1\ta\t10\n")}, "line 2: 3 columns, want at least 7"},
		{"repeated id", []string{"--points", write("rep.tsv", header+"1\ta\t10\t20\tXX\t5\t\n1\tb\t11\t21\tXX\t5\t\n")}, "line 3: id 1 is repeated"},
		{"bad k", []string{"--points", good, "--k", "0"}, "--k must be at least 1"},
		{"bad size", []string{"--points", good, "--size", "0"}, "--size must be in (0, 90]"},
		{"bad scale", []string{"--points", good, "--scale", "-1"}, "--scale must be 0 or more"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := runCLI(t, ctx, append([]string{"bench", "spatial"}, c.args...)...)
			if code == 0 || !strings.Contains(errs, c.want) {
				t.Errorf("exit %d, stderr %q; want a failure containing %q (stdout %q)", code, errs, c.want, out)
			}
		})
	}
}

// The raw GeoNames dump (19 columns, no header) reads the same places as
// the script's cities.tsv.
func TestReadPlacesGeoNames(t *testing.T) {
	row := []string{"2988507", "Paris", "Paris", "", "48.85341", "2.3488", "P", "PPLC", "FR", "", "11", "75", "751", "75056",
		"2138551", "", "42", "Europe/Paris", "2023-09-13"}
	got, err := readPlaces(strings.NewReader(strings.Join(row, "\t")+"\n"), "cities500.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := place{id: 2988507, modified: time.Date(2023, 9, 13, 0, 0, 0, 0, time.UTC)}
	want.p.Lat, want.p.Lon = 48.85341, 2.3488
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %+v, want [%+v]", got, want)
	}
	if _, err := readPlaces(strings.NewReader("1\t2\n"), "x"); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Errorf("short GeoNames row: got %v, want EINVALID", err)
	}
}
