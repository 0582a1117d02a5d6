package index_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/fingerprint"
	"github.com/datatrade/datatrade/fingerprint/distort"
	"github.com/datatrade/datatrade/fingerprint/index"
)

// synthImage returns a synthetic image fingerprint without decoding
// anything: a thumbnail of value noise with detail at every scale (as
// photographs have), a random histogram and hash.
func synthImage(rng *rand.Rand) *fingerprint.Fingerprint {
	const side = fingerprint.ThumbSide
	f := &fingerprint.ImageFeatures{PHash: rng.Uint64()}
	var acc [side * side]int
	for cells, amp := 2, 128; cells <= side; cells, amp = cells*2, amp/2 {
		grid := make([]int, (cells+1)*(cells+1))
		for i := range grid {
			grid[i] = rng.IntN(2*amp+1) - amp
		}
		cell := side / cells
		for y := 0; y < side; y++ {
			for x := 0; x < side; x++ {
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
	// A few dominant colours, as in most pictures.
	left := fingerprint.HistTotal
	for range 5 {
		v := rng.IntN(left/2 + 1)
		f.Hist[rng.IntN(len(f.Hist))] += uint16(v)
		left -= v
	}
	f.Hist[rng.IntN(len(f.Hist))] += uint16(left)
	return &fingerprint.Fingerprint{Kind: fingerprint.KindImage, Version: fingerprint.Version, Image: f}
}

// nearCopy perturbs a synthetic fingerprint a little: thumbnail noise, a
// few hash bits, some histogram mass.
func nearCopy(rng *rand.Rand, fp *fingerprint.Fingerprint) *fingerprint.Fingerprint {
	f := *fp.Image
	for i := range f.Thumb {
		f.Thumb[i] = uint8(min(255, max(0, int(f.Thumb[i])+rng.IntN(9)-4)))
	}
	f.PHash ^= 1<<rng.IntN(64) | 1<<rng.IntN(64)
	i, j := rng.IntN(len(f.Hist)), rng.IntN(len(f.Hist))
	move := f.Hist[i] / 10
	f.Hist[i] -= move
	f.Hist[j] += move
	return &fingerprint.Fingerprint{Kind: fingerprint.KindImage, Version: fingerprint.Version, Image: &f}
}

func textFP(tb testing.TB, words []string) *fingerprint.Fingerprint {
	tb.Helper()
	fp, err := fingerprint.Compute(context.Background(), strings.NewReader(strings.Join(words, " ")), fingerprint.Hint{Kind: fingerprint.KindText})
	if err != nil {
		tb.Fatal(err)
	}
	return fp
}

func randWords(rng *rand.Rand, n int) []string {
	w := make([]string, n)
	for i := range w {
		w[i] = fmt.Sprintf("w%d", rng.IntN(5000))
	}
	return w
}

// buildMixed fills an index with synthetic images and texts, each with a
// few near-duplicates, and returns the originals used as queries.
func buildMixed(tb testing.TB, x *index.Index, rng *rand.Rand, n int) []*fingerprint.Fingerprint {
	tb.Helper()
	var queries []*fingerprint.Fingerprint
	id := uint64(1)
	add := func(fp *fingerprint.Fingerprint) {
		if err := x.Add(id, fp); err != nil {
			tb.Fatal(err)
		}
		id++
	}
	for range n {
		img := synthImage(rng)
		queries = append(queries, img)
		add(img)
		for range rng.IntN(4) {
			add(nearCopy(rng, img))
		}
		words := randWords(rng, 300)
		queries = append(queries, textFP(tb, words))
		for range rng.IntN(3) {
			edited := slices.Clone(words)
			for k := 0; k < len(edited); k += 30 + rng.IntN(40) {
				edited[k] = "edit"
			}
			add(textFP(tb, edited))
		}
	}
	return queries
}

// TestSearchEqualsScan: on random data with near-duplicates, the index
// returns exactly what comparing with every entry returns.
func TestSearchEqualsScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	x := index.New(index.Config{})
	queries := buildMixed(t, x, rng, 150)
	found := 0
	for _, min := range []fingerprint.Score{fingerprint.ScoreOf(0.76), fingerprint.ScoreOf(0.9)} {
		for i, q := range queries {
			got, want := x.Search(q, 0, min), x.Scan(q, 0, min)
			if !slices.Equal(got, want) {
				t.Fatalf("query %d (%v) at %v: Search = %v, Scan = %v", i, q.Kind, min, got, want)
			}
			found += len(got)
		}
	}
	if found < len(queries) {
		t.Errorf("only %d hits for %d queries; the near-duplicates should be found", found, len(queries))
	}
}

func TestSearchK(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	x := index.New(index.Config{})
	q := synthImage(rng)
	for id := uint64(1); id <= 10; id++ {
		if err := x.Add(id, nearCopy(rng, q)); err != nil {
			t.Fatal(err)
		}
	}
	all := x.Search(q, 0, 1)
	if len(all) != 10 {
		t.Fatalf("got %d results, want 10", len(all))
	}
	top := x.Search(q, 3, 1)
	if !slices.Equal(top, all[:3]) {
		t.Errorf("top 3 = %v, want %v", top, all[:3])
	}
	for i := 1; i < len(all); i++ {
		if all[i].Score > all[i-1].Score || all[i].Score == all[i-1].Score && all[i].ID < all[i-1].ID {
			t.Errorf("results out of order at %d: %v", i, all)
		}
	}
}

func TestAddRemoveGet(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	x := index.New(index.Config{})
	img, txt := synthImage(rng), textFP(t, randWords(rng, 50))
	for id, fp := range map[uint64]*fingerprint.Fingerprint{1: img, 2: txt} {
		if err := x.Add(id, fp); err != nil {
			t.Fatal(err)
		}
	}
	var de *datatrade.Error
	if err := x.Add(1, txt); !errors.As(err, &de) || de.Code != datatrade.ECONFLICT {
		t.Errorf("Add of a present id: got %v, want %s", err, datatrade.ECONFLICT)
	}
	if err := x.Add(3, &fingerprint.Fingerprint{Kind: fingerprint.KindText, Version: fingerprint.Version}); !errors.As(err, &de) || de.Code != datatrade.EINVALID {
		t.Errorf("Add of a malformed fingerprint: got %v, want %s", err, datatrade.EINVALID)
	}
	if got, ok := x.Get(2); !ok || got != txt {
		t.Errorf("Get(2) = %v, %v", got, ok)
	}
	for _, id := range []uint64{1, 2} {
		q, _ := x.Get(id)
		if res := x.Search(q, 0, fingerprint.One); len(res) != 1 || res[0].ID != id {
			t.Errorf("search for entry %d before removal: %v", id, res)
		}
		if !x.Remove(id) {
			t.Errorf("Remove(%d) = false", id)
		}
		if x.Remove(id) {
			t.Errorf("second Remove(%d) = true", id)
		}
		if res := x.Search(q, 0, 1); len(res) != 0 {
			t.Errorf("search for entry %d after removal: %v", id, res)
		}
	}
	if x.Len() != 0 {
		t.Errorf("Len = %d, want 0", x.Len())
	}
	// Slots are reused.
	if err := x.Add(1, img); err != nil {
		t.Fatal(err)
	}
	if res := x.Search(img, 0, fingerprint.One); len(res) != 1 || res[0].ID != 1 {
		t.Errorf("search after re-adding: %v", res)
	}
}

// TestConcurrent runs adds, removals and searches at once; run with -race.
func TestConcurrent(t *testing.T) {
	x := index.New(index.Config{})
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(g), 9))
			for i := range 50 {
				id := uint64(g*1000 + i)
				fp := synthImage(rng)
				if err := x.Add(id, fp); err != nil {
					t.Error(err)
					return
				}
				if res := x.Search(fp, 1, fingerprint.One); len(res) != 1 || res[0].ID != id {
					t.Errorf("goroutine %d: search for %d = %v", g, id, res)
				}
				if i%3 == 0 {
					x.Remove(id)
				}
			}
		}()
	}
	wg.Wait()
	if want := 4 * (50 - 17); x.Len() != want {
		t.Errorf("Len = %d, want %d", x.Len(), want)
	}
}

func genPicture(seed uint64) image.Image {
	rng := rand.New(rand.NewPCG(seed, 1))
	img := image.NewNRGBA(image.Rect(0, 0, 160, 120))
	c := func() color.Color {
		return color.NRGBA{uint8(rng.IntN(256)), uint8(rng.IntN(256)), uint8(rng.IntN(256)), 255}
	}
	draw.Draw(img, img.Bounds(), image.NewUniform(c()), image.Point{}, draw.Src)
	for range 8 {
		x0, y0 := rng.IntN(150), rng.IntN(110)
		draw.Draw(img, image.Rect(x0, y0, x0+10+rng.IntN(60), y0+10+rng.IntN(50)), image.NewUniform(c()), image.Point{}, draw.Src)
	}
	return img
}

func pictureFP(tb testing.TB, img image.Image) *fingerprint.Fingerprint {
	tb.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		tb.Fatal(err)
	}
	fp, err := fingerprint.Compute(context.Background(), &buf, fingerprint.Hint{})
	if err != nil {
		tb.Fatal(err)
	}
	return fp
}

// TestFindsModifiedCopies: pictures' modified copies (including 10% crops,
// found through the zoomed index hashes) are found by the index, and the
// index agrees with the linear scan.
func TestFindsModifiedCopies(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	x := index.New(index.Config{})
	var origs []*fingerprint.Fingerprint
	copyOf := map[uint64]int{}
	id := uint64(1)
	for i := range 12 {
		img := genPicture(uint64(i))
		origs = append(origs, pictureFP(t, img))
		jpg, err := distort.JPEG(img, 50)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range []image.Image{distort.Crop(img, 0.1, rng), distort.Noise(img, 8, rng), distort.Brightness(img, 0.8), jpg, distort.Resize(img, 0.5), distort.Rotate(img, 3)} {
			if err := x.Add(id, pictureFP(t, m)); err != nil {
				t.Fatal(err)
			}
			copyOf[id] = i
			id++
		}
	}
	min := fingerprint.ScoreOf(0.6)
	for i, q := range origs {
		got := x.Search(q, 0, min)
		if want := x.Scan(q, 0, min); !slices.Equal(got, want) {
			t.Errorf("picture %d: Search = %v, Scan = %v", i, got, want)
		}
		n := 0
		for _, r := range got {
			if copyOf[r.ID] == i {
				n++
			}
		}
		if n < 5 {
			t.Errorf("picture %d: found %d of its 6 copies: %v", i, n, got)
		}
	}
}
