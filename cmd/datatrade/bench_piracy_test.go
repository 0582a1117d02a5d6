package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/datatrade/datatrade"
)

// writeGenerated writes n generated images as PNG files into a new
// directory and returns it.
func writeGenerated(t *testing.T, n int, seed uint64) string {
	t.Helper()
	dir := t.TempDir()
	imgs, err := generateImages(n, seed)
	if err != nil {
		t.Fatal(err)
	}
	for _, im := range imgs {
		if err := os.WriteFile(filepath.Join(dir, im.name), im.data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestBenchPiracyEndToEnd(t *testing.T) {
	dir := writeGenerated(t, 6, 7)
	// A byte-identical duplicate must be skipped, not scored as a negative.
	b, err := os.ReadFile(filepath.Join(dir, "gen00000.png"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "zz-duplicate.png"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	plot := filepath.Join(t.TempDir(), "fig3.svg")
	var res piracyResult
	mustData(t, &res, "bench", "piracy", "--originals", dir, "--generate", "4", "--copies", "4",
		"--scale", "2000", "--queries", "8", "--seed", "3", "--plot", plot)

	if got, want := len(res.Sets), 2; got != want {
		t.Fatalf("sets: got %d, want %d", got, want)
	}
	for _, s := range res.Sets {
		wantOrig := map[string]int{"originals": 6, "generated": 4}[s.Name]
		if s.Originals != wantOrig || s.Copies != 4*wantOrig || s.Pairs != wantOrig*4*wantOrig {
			t.Errorf("set %s: %d originals, %d copies, %d pairs; want %d, %d, %d",
				s.Name, s.Originals, s.Copies, s.Pairs, wantOrig, 4*wantOrig, wantOrig*4*wantOrig)
		}
		if len(s.Features) != len(featureNames) {
			t.Fatalf("set %s: %d features, want %d", s.Name, len(s.Features), len(featureNames))
		}
		for i, f := range s.Features {
			if f.Feature != featureNames[i] {
				t.Errorf("set %s feature %d: got %q, want %q", s.Name, i, f.Feature, featureNames[i])
			}
			for _, v := range []float64{f.At95.Precision, f.At95.Recall, f.At95.Threshold} {
				if v < 0 || v > 1 {
					t.Errorf("set %s %s: value %v outside [0,1]", s.Name, f.Feature, v)
				}
			}
			if f.At95.Recall < 0.95 {
				t.Errorf("set %s %s: recall at the 95%% point is %v", s.Name, f.Feature, f.At95.Recall)
			}
			if len(f.Curve) == 0 || f.Curve[len(f.Curve)-1].Recall != 1 {
				t.Errorf("set %s %s: curve does not reach recall 1: %+v", s.Name, f.Feature, f.Curve)
			}
			for _, c := range f.Curve {
				if c.Precision < 0 || c.Precision > 1 || c.Recall < 0 || c.Recall > 1 {
					t.Errorf("set %s %s: curve point %+v outside [0,1]", s.Name, f.Feature, c)
				}
			}
			// Precision among all pairs at recall 1 is at least the share of matches.
			if last := f.Curve[len(f.Curve)-1]; last.Precision < 1.0/float64(wantOrig)-1e-9 {
				t.Errorf("set %s %s: precision at recall 1 is %v, below the match share", s.Name, f.Feature, last.Precision)
			}
		}
		if got := len(s.Halves); got != 2 {
			t.Errorf("set %s: %d halves, want 2", s.Name, got)
		}
		kinds := map[string]bool{}
		for i := range wantOrig {
			for c := range 4 {
				kinds[copyKinds[(i+c)%len(copyKinds)]] = true
			}
		}
		if len(s.KindRecall) != len(kinds) {
			t.Errorf("set %s: recall for %d kinds, want %d: %v", s.Name, len(s.KindRecall), len(kinds), s.KindRecall)
		}
		for k, r := range s.KindRecall {
			if !kinds[k] || r < 0 || r > 1 {
				t.Errorf("set %s: kind %s recall %v: unexpected kind or outside [0,1]", s.Name, k, r)
			}
		}
		if s.IndexRecall <= 0 || s.IndexRecall > 1 {
			t.Errorf("set %s: index recall %v, want in (0,1]", s.Name, s.IndexRecall)
		}
	}
	if got := res.Sets[0].Duplicates; got != 1 {
		t.Errorf("duplicates skipped: got %d, want 1", got)
	}
	sc := res.Search
	if sc == nil {
		t.Fatal("no search figures")
	}
	if sc.Entries != 2000 || sc.Synthetic != 2000-24 || sc.Queries != 8 || sc.ScanQueries != 4 {
		t.Errorf("search: %d entries (%d synthetic), %d queries, %d scans; want 2000 (1976), 8, 4",
			sc.Entries, sc.Synthetic, sc.Queries, sc.ScanQueries)
	}
	if sc.SpeedUp <= 0 || sc.SearchMeanMs <= 0 || sc.ScanMeanMs <= 0 {
		t.Errorf("search: speed-up %v, search %v ms, scan %v ms; want positive", sc.SpeedUp, sc.SearchMeanMs, sc.ScanMeanMs)
	}
	if sc.ScanAgreement < 0 || sc.ScanAgreement > 1 {
		t.Errorf("scan agreement %v outside [0,1]", sc.ScanAgreement)
	}
	if res.Speed.PerSecond <= 0 || res.Speed.Images != 6 {
		t.Errorf("speed: %v fingerprints/s over %d images; want positive over 6", res.Speed.PerSecond, res.Speed.Images)
	}
	svg, err := os.ReadFile(plot)
	if err != nil {
		t.Fatal(err)
	}
	if s := string(svg); !strings.HasPrefix(s, "<svg") || strings.Count(s, "<polyline") != 8 {
		t.Errorf("plot: want an SVG with 8 curves, got %d bytes with %d polylines", len(s), strings.Count(s, "<polyline"))
	}
}

func TestBenchPiracyDeterministic(t *testing.T) {
	dir := writeGenerated(t, 3, 11)
	var a, b piracyResult
	args := []string{"bench", "piracy", "--originals", dir, "--copies", "3", "--scale", "0", "--seed", "5"}
	mustData(t, &a, args...)
	mustData(t, &b, args...)
	for i := range a.Sets[0].Features {
		fa, fb := a.Sets[0].Features[i], b.Sets[0].Features[i]
		if fa.At95 != fb.At95 {
			t.Errorf("%s: run 1 %+v, run 2 %+v; want identical for one seed", fa.Feature, fa.At95, fb.At95)
		}
	}
	if a.Search != nil {
		t.Errorf("--scale 0: got search figures %+v", a.Search)
	}
}

func TestBenchPiracyHumanOutput(t *testing.T) {
	dir := writeGenerated(t, 3, 13)
	out, errs, code := runCLI(t, context.Background(), "bench", "piracy", "--originals", dir, "--copies", "2", "--scale", "500", "--queries", "4", "-q")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"histogram", "phash", "ssim", "combined", "R=0.95", "speed-up", "index.Scan"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestBenchPiracyBadInput(t *testing.T) {
	empty := t.TempDir()
	if err := os.WriteFile(filepath.Join(empty, "notes.txt"), []byte("no images"), 0o644); err != nil {
		t.Fatal(err)
	}
	broken := t.TempDir()
	for _, n := range []string{"a.png", "b.jpg"} {
		if err := os.WriteFile(filepath.Join(broken, n), []byte("not an image at all"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	one := writeGenerated(t, 1, 1)
	tests := []struct {
		name string
		code string
		args []string
	}{
		{"no directory", datatrade.ENOTFOUND, []string{"--originals", filepath.Join(empty, "missing")}},
		{"no images", datatrade.EINVALID, []string{"--originals", empty}},
		{"undecodable", datatrade.EINVALID, []string{"--originals", broken}},
		{"one image", datatrade.EINVALID, []string{"--originals", one, "--scale", "0"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			failData(t, tc.code, append([]string{"bench", "piracy"}, tc.args...)...)
		})
	}
	usage := [][]string{
		{},
		{"--originals", one, "--copies", "0"},
		{"--generate", "1"},
		{"--generate", "4", "--scale", "-1"},
		{"--generate", "4", "--queries", "0"},
	}
	for _, args := range usage {
		if _, _, code := runCLI(t, context.Background(), append([]string{"bench", "piracy"}, args...)...); code != 2 {
			t.Errorf("bench piracy %v: exit %d, want 2 (usage)", args, code)
		}
	}
}
