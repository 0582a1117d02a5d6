package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/spatial"
)

// benchSpatialConfig sizes `datatrade bench spatial`.
type benchSpatialConfig struct {
	points       string
	scale        int
	queries      int
	bruteQueries int
	bruteReverse int // brute-force reverse kNN queries; -1: bruteQueries
	k            int
	size         float64 // half-width of region queries, degrees
	jitter       float64 // standard deviation of scaled copies, degrees
	seed         uint64
}

// latency is one measured latency distribution.
type latency struct {
	Queries   int     `json:"queries"`
	P50Micros float64 `json:"p50Us"`
	P99Micros float64 `json:"p99Us"`
}

// spatialKind is one query kind measured on the index and by brute force.
type spatialKind struct {
	// Index is measured on every query, Brute on the first
	// BruteQueries of the same list; IndexOnBrute is the index on that
	// same subset, the figure the speed-ups compare against.
	Index        latency `json:"index"`
	Brute        latency `json:"brute"`
	IndexOnBrute latency `json:"indexOnBruteQueries"`
	SpeedupP50   float64 `json:"speedupP50"` // brute p50 / index p50 on the same queries
	SpeedupP99   float64 `json:"speedupP99"`
	Identical    bool    `json:"identical"`   // every brute answer equals the index's
	MeanAnswers  float64 `json:"meanAnswers"` // items per answer, over all queries
}

type benchSpatialResult struct {
	GoVersion     string            `json:"goVersion"`
	CPU           string            `json:"cpu"`
	Cores         int               `json:"cores"`
	Points        string            `json:"points"`
	RealPoints    int               `json:"realPoints"`
	Items         int               `json:"items"`
	JitterDegrees float64           `json:"jitterDegrees"`
	RegionDegrees float64           `json:"regionHalfWidthDegrees"`
	K             int               `json:"k"`
	Seed          uint64            `json:"seed"`
	BuildSeconds  float64           `json:"indexBuildSeconds"`
	Box           spatialKind       `json:"box"`
	Polygon       spatialKind       `json:"polygon"`
	Nearest       spatialKind       `json:"knn"`
	Reverse       spatialKind       `json:"reverseKnn"`
	Goals         benchSpatialGoals `json:"goals"`
}

type benchSpatialGoals struct {
	RegionP50AtMost1ms bool `json:"regionP50AtMost1ms"`
	KNNP50AtMost1ms    bool `json:"knnP50AtMost1ms"`
}

func (a *app) newBenchSpatialCmd() *cobra.Command {
	cfg := benchSpatialConfig{}
	cmd := &cobra.Command{
		Use:   "spatial",
		Short: "Measure region, kNN and reverse kNN queries on the spatial index against brute force",
		Long: `Load places from --points, scale them up to --scale items, index them, and
time box, polygon, k-nearest and reverse k-nearest queries on the R-tree index
and by brute force (a scan of every item) on the same queries in the same run,
checking that both give identical answers. Query centres are drawn from the
data; region queries span ±--size degrees around their centre.

--points is the cities.tsv written by scripts/fetch-cities.sh (tab-separated,
header "id name lat lon country population modified") or a raw GeoNames dump
(cities500.txt: 19 tab-separated columns, no header).

Scaling: when --scale exceeds the number of places, each extra item is a copy
of a place drawn at random, moved by a normal offset of standard deviation
--jitter degrees on each axis (latitude clamped, longitude wrapped), so the
data keeps the real places' clustering. When --scale is smaller, a random
subset is used; 0 uses the places as they are.

Brute force runs on the first --brute-queries queries of each kind only, and
--brute-reverse for reverse kNN, whose scan is quadratic in the number of
items (minutes per query at a million); the speed-ups compare it with the
index on that same subset. Items are indexed and scanned in a random order.`,
		Example: `  scripts/fetch-cities.sh
  datatrade bench spatial --points ~/.cache/datatrade/cities/cities.tsv --scale 1000000
  datatrade bench spatial --points cities.tsv --scale 0 --queries 200 --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			switch {
			case cfg.points == "":
				return usagef("--points is required (run scripts/fetch-cities.sh)")
			case cfg.scale < 0:
				return usagef("--scale must be 0 or more")
			case cfg.queries < 1:
				return usagef("--queries must be at least 1")
			case cfg.bruteQueries < 1:
				return usagef("--brute-queries must be at least 1")
			case cfg.k < 1:
				return usagef("--k must be at least 1")
			case !(cfg.size > 0 && cfg.size <= 90):
				return usagef("--size must be in (0, 90] degrees")
			case !(cfg.jitter >= 0 && cfg.jitter <= 10):
				return usagef("--jitter must be in [0, 10] degrees")
			}
			if cfg.bruteReverse < 0 {
				cfg.bruteReverse = cfg.bruteQueries
			}
			if cfg.bruteReverse < 1 {
				return usagef("--brute-reverse must be at least 1")
			}
			cfg.bruteQueries = min(cfg.bruteQueries, cfg.queries)
			cfg.bruteReverse = min(cfg.bruteReverse, cfg.queries)
			res, err := a.runBenchSpatial(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			return a.emit(res, func(w io.Writer) { printBenchSpatial(w, res) })
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.points, "points", "", "places file (cities.tsv from scripts/fetch-cities.sh, or GeoNames cities500.txt)")
	f.IntVar(&cfg.scale, "scale", 1_000_000, "number of items to index (jittered copies of the places; 0: the places as they are)")
	f.IntVar(&cfg.queries, "queries", 1000, "queries per kind on the index")
	f.IntVar(&cfg.bruteQueries, "brute-queries", 25, "queries per kind also run by brute force (the first ones)")
	f.IntVar(&cfg.bruteReverse, "brute-reverse", -1, "reverse kNN queries run by brute force (default: --brute-queries)")
	f.IntVar(&cfg.k, "k", 10, "k of the k-nearest and reverse k-nearest queries")
	f.Float64Var(&cfg.size, "size", 0.1, "half-width of box and polygon queries, degrees")
	f.Float64Var(&cfg.jitter, "jitter", 0.05, "standard deviation of the scaled copies' offsets, degrees")
	f.Uint64Var(&cfg.seed, "seed", 1, "seed of the scaling and the queries")
	return cmd
}

func (a *app) runBenchSpatial(ctx context.Context, cfg benchSpatialConfig) (*benchSpatialResult, error) {
	places, err := loadPlaces(cfg.points)
	if err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(cfg.seed, 0x5a7a1))
	items := scalePlaces(rng, places, cfg.scale, cfg.jitter)
	// Places files are sorted (GeoNames by country); in that order the
	// brute-force reverse kNN scan, which stops after k closer items,
	// would meet a place's neighbours last.
	rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
	res := &benchSpatialResult{GoVersion: runtime.Version(), CPU: cpuModel(), Cores: runtime.NumCPU(),
		Points: cfg.points, RealPoints: len(places), Items: len(items), JitterDegrees: cfg.jitter,
		RegionDegrees: cfg.size, K: cfg.k, Seed: cfg.seed}
	a.say("indexing %d items (%d places)…", len(items), len(places))
	start := time.Now()
	x := spatial.NewIndex()
	for _, it := range items {
		if err := x.Insert(it); err != nil {
			return nil, err
		}
	}
	res.BuildSeconds = time.Since(start).Seconds()
	brute, err := spatial.NewBrute(items)
	if err != nil {
		return nil, err
	}
	centers := make([]spatial.Point, cfg.queries)
	boxes := make([]spatial.Box, cfg.queries)
	polys := make([]spatial.Polygon, cfg.queries)
	for i := range centers {
		c := items[rng.IntN(len(items))].Footprint.Center()
		centers[i] = c
		boxes[i] = regionBox(c, cfg.size)
		polys[i] = starPolygon(rng, c, cfg.size)
	}
	kinds := []struct {
		name  string
		out   *spatialKind
		brute int
		run   func(q querier, i int) (any, int, error)
	}{
		{"box", &res.Box, cfg.bruteQueries, func(q querier, i int) (any, int, error) {
			ids, err := q.Box(boxes[i], nil)
			return ids, len(ids), err
		}},
		{"polygon", &res.Polygon, cfg.bruteQueries, func(q querier, i int) (any, int, error) {
			ids, err := q.Polygon(polys[i], nil)
			return ids, len(ids), err
		}},
		{"knn", &res.Nearest, cfg.bruteQueries, func(q querier, i int) (any, int, error) {
			ns, err := q.Nearest(centers[i], cfg.k, nil)
			return ns, len(ns), err
		}},
		{"reverse knn", &res.Reverse, cfg.bruteReverse, func(q querier, i int) (any, int, error) {
			ids, err := q.ReverseNearest(centers[i], cfg.k, nil)
			return ids, len(ids), err
		}},
	}
	for _, kind := range kinds {
		a.say("%s: %d queries on the index, %d by brute force…", kind.name, cfg.queries, kind.brute)
		runtime.GC()
		indexTimes := make([]time.Duration, cfg.queries)
		answers := make([]any, cfg.queries)
		total := 0
		for i := range cfg.queries {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			t0 := time.Now()
			ans, n, err := kind.run(x, i)
			indexTimes[i] = time.Since(t0)
			if err != nil {
				return nil, err
			}
			answers[i], total = ans, total+n
		}
		runtime.GC()
		bruteTimes := make([]time.Duration, kind.brute)
		for i := range kind.brute {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			t0 := time.Now()
			ans, _, err := kind.run(brute, i)
			bruteTimes[i] = time.Since(t0)
			if err != nil {
				return nil, err
			}
			if !sameAnswer(ans, answers[i]) {
				return nil, datatrade.Errorf(datatrade.EINTERNAL, "%s query %d: the index and brute force disagree", kind.name, i)
			}
		}
		k := kind.out
		k.Index = latencies(indexTimes)
		k.Brute = latencies(bruteTimes)
		k.IndexOnBrute = latencies(indexTimes[:kind.brute])
		k.SpeedupP50 = ratio(k.Brute.P50Micros, k.IndexOnBrute.P50Micros)
		k.SpeedupP99 = ratio(k.Brute.P99Micros, k.IndexOnBrute.P99Micros)
		k.Identical = true
		k.MeanAnswers = float64(total) / float64(cfg.queries)
	}
	res.Goals.RegionP50AtMost1ms = res.Box.Index.P50Micros <= 1000 && res.Polygon.Index.P50Micros <= 1000
	res.Goals.KNNP50AtMost1ms = res.Nearest.Index.P50Micros <= 1000
	return res, nil
}

// querier is what both spatial.Index and spatial.Brute answer.
type querier interface {
	Box(spatial.Box, spatial.Filter) ([]uint64, error)
	Polygon(spatial.Polygon, spatial.Filter) ([]uint64, error)
	Nearest(spatial.Point, int, spatial.Filter) ([]spatial.Neighbor, error)
	ReverseNearest(spatial.Point, int, spatial.Filter) ([]uint64, error)
}

var (
	_ querier = (*spatial.Index)(nil)
	_ querier = (*spatial.Brute)(nil)
)

// sameAnswer reports whether two answers of the same kind are equal,
// distances included.
func sameAnswer(a, b any) bool {
	switch a := a.(type) {
	case []uint64:
		b, ok := b.([]uint64)
		return ok && slices.Equal(a, b)
	case []spatial.Neighbor:
		b, ok := b.([]spatial.Neighbor)
		return ok && slices.Equal(a, b)
	}
	return false
}

func ratio(num, den float64) float64 {
	if den <= 0 {
		return 0
	}
	return num / den
}

// latencies returns the median and 99th percentile (nearest rank) of ds.
func latencies(ds []time.Duration) latency {
	s := slices.Clone(ds)
	slices.Sort(s)
	rank := func(p float64) float64 {
		i := int(math.Ceil(p*float64(len(s)))) - 1
		return float64(s[max(0, min(i, len(s)-1))].Nanoseconds()) / 1e3
	}
	return latency{Queries: len(s), P50Micros: rank(0.50), P99Micros: rank(0.99)}
}

// regionBox returns the box of half-width size degrees around c, clamped
// to the world.
func regionBox(c spatial.Point, size float64) spatial.Box {
	return spatial.Box{MinLon: math.Max(-180, c.Lon-size), MinLat: math.Max(-90, c.Lat-size),
		MaxLon: math.Min(180, c.Lon+size), MaxLat: math.Min(90, c.Lat+size)}
}

// starPolygon returns a simple, irregular octagon around c: vertices at
// increasing angles and radii between half and all of size degrees, clamped
// to the world.
func starPolygon(rng *rand.Rand, c spatial.Point, size float64) spatial.Polygon {
	const n = 8
	p := make(spatial.Polygon, n)
	for i := range p {
		angle := (float64(i) + rng.Float64()*0.8) * 2 * math.Pi / n
		r := size * (0.5 + 0.5*rng.Float64())
		p[i] = spatial.Point{Lon: math.Max(-180, math.Min(180, c.Lon+r*math.Cos(angle))),
			Lat: math.Max(-90, math.Min(90, c.Lat+r*math.Sin(angle)))}
	}
	return p
}

// place is one row of a places file.
type place struct {
	id       uint64
	p        spatial.Point
	modified time.Time
}

// loadPlaces reads a places file: the cities.tsv of scripts/fetch-cities.sh
// or a raw GeoNames dump. It returns an EINVALID error naming the first bad
// line, and an error for an empty file.
func loadPlaces(path string) ([]place, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "cannot open the places file %s (run scripts/fetch-cities.sh)", path)
	}
	defer f.Close()
	return readPlaces(f, path)
}

func readPlaces(r io.Reader, name string) ([]place, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	// Column positions of id, lat, lon and modification date.
	cols := [4]int{0, 4, 5, 18} // GeoNames
	var out []place
	seen := map[uint64]bool{}
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if line == 1 && strings.HasPrefix(text, "id\t") {
			cols = [4]int{0, 2, 3, 6}
			continue
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) <= cols[3] {
			return nil, datatrade.Errorf(datatrade.EINVALID, "%s line %d: %d columns, want at least %d", name, line, len(fields), cols[3]+1)
		}
		id, err1 := strconv.ParseUint(fields[cols[0]], 10, 64)
		lat, err2 := strconv.ParseFloat(fields[cols[1]], 64)
		lon, err3 := strconv.ParseFloat(fields[cols[2]], 64)
		if err1 != nil || err2 != nil || err3 != nil {
			return nil, datatrade.Errorf(datatrade.EINVALID, "%s line %d: bad id, latitude or longitude", name, line)
		}
		p := spatial.Point{Lon: lon, Lat: lat}
		if p.Validate() != nil {
			return nil, datatrade.Errorf(datatrade.EINVALID, "%s line %d: latitude %g or longitude %g is out of range", name, line, lat, lon)
		}
		if seen[id] {
			return nil, datatrade.Errorf(datatrade.EINVALID, "%s line %d: id %d is repeated", name, line, id)
		}
		seen[id] = true
		// A missing or malformed date leaves the time zero: it is not
		// part of any measured query.
		mod, _ := time.Parse(time.DateOnly, fields[cols[3]])
		out = append(out, place{id: id, p: p, modified: mod})
	}
	if err := sc.Err(); err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "reading %s: %v", name, err)
	}
	if len(out) == 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "%s holds no places", name)
	}
	return out, nil
}

// scalePlaces returns scale point items (see the command's help): the
// places themselves (with their GeoNames ids) and, beyond them, jittered
// copies with ids above every place's; a random subset when scale is
// smaller than len(places); the places as they are when scale is 0.
func scalePlaces(rng *rand.Rand, places []place, scale int, jitter float64) []spatial.Item {
	if scale == 0 {
		scale = len(places)
	}
	if scale < len(places) {
		perm := rng.Perm(len(places))[:scale]
		slices.Sort(perm)
		sub := make([]place, scale)
		for i, j := range perm {
			sub[i] = places[j]
		}
		places = sub
	}
	items := make([]spatial.Item, 0, scale)
	var maxID uint64
	for _, pl := range places {
		items = append(items, spatial.Item{ID: pl.id, Time: pl.modified, Footprint: spatial.PointBox(pl.p)})
		maxID = max(maxID, pl.id)
	}
	for i := len(places); i < scale; i++ {
		pl := places[rng.IntN(len(places))]
		lat := math.Max(-90, math.Min(90, pl.p.Lat+rng.NormFloat64()*jitter))
		lon := math.Mod(pl.p.Lon+rng.NormFloat64()*jitter+540, 360) - 180
		maxID++
		items = append(items, spatial.Item{ID: maxID, Time: pl.modified, Footprint: spatial.PointBox(spatial.Point{Lon: lon, Lat: lat})})
	}
	return items
}

func printBenchSpatial(w io.Writer, r *benchSpatialResult) {
	fmt.Fprintf(w, "datatrade bench spatial — %s, %s, %d cores\n", r.GoVersion, r.CPU, r.Cores)
	scaled := ""
	if r.Items > r.RealPoints {
		scaled = fmt.Sprintf(", the rest copies jittered by σ = %g°", r.JitterDegrees)
	}
	fmt.Fprintf(w, "%d items from %d real places%s; regions ±%g°, k = %d; index built in %.2f s\n",
		r.Items, r.RealPoints, scaled, r.RegionDegrees, r.K, r.BuildSeconds)
	fmt.Fprintf(w, "%-12s %10s %10s  %10s %10s  %9s %9s  %8s  %s\n",
		"query", "index p50", "index p99", "brute p50", "brute p99", "speedup50", "speedup99", "answers", "identical")
	for _, k := range []struct {
		name string
		k    spatialKind
	}{{"box", r.Box}, {"polygon", r.Polygon}, {"knn", r.Nearest}, {"reverse knn", r.Reverse}} {
		fmt.Fprintf(w, "%-12s %10s %10s  %10s %10s  %8.0f× %8.0f×  %8.1f  %v (%d of %d queries)\n", k.name,
			micros(k.k.Index.P50Micros), micros(k.k.Index.P99Micros), micros(k.k.Brute.P50Micros), micros(k.k.Brute.P99Micros),
			k.k.SpeedupP50, k.k.SpeedupP99, k.k.MeanAnswers, k.k.Identical, k.k.Brute.Queries, k.k.Index.Queries)
	}
	fmt.Fprintf(w, "goals: region p50 ≤ 1 ms %v, kNN p50 ≤ 1 ms %v\n", r.Goals.RegionP50AtMost1ms, r.Goals.KNNP50AtMost1ms)
}

// micros formats a latency in microseconds with a readable unit.
func micros(us float64) string {
	switch {
	case us >= 1e6:
		return fmt.Sprintf("%.2f s", us/1e6)
	case us >= 1e3:
		return fmt.Sprintf("%.2f ms", us/1e3)
	}
	return fmt.Sprintf("%.1f µs", us)
}
