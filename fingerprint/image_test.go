package fingerprint_test

import (
	"bytes"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/fingerprint"
	"github.com/datatrade/datatrade/fingerprint/distort"
)

// TestImageFormats checks that every supported format is detected as an
// image and that the same pixels give the same fingerprint whatever the
// container.
func TestImageFormats(t *testing.T) {
	img := genImage(1, 120, 90)
	base := imageFP(t, img)

	var jpg, gf bytes.Buffer
	if err := jpeg.Encode(&jpg, img, &jpeg.Options{Quality: 95}); err != nil {
		t.Fatal(err)
	}
	if err := gif.Encode(&gf, img, nil); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		data    []byte
		minSim  fingerprint.Score
		exactly bool
	}{
		{"png", encodePNG(t, img), fingerprint.One, true},
		{"jpeg", jpg.Bytes(), fingerprint.ScoreOf(0.9), false},
		{"gif", gf.Bytes(), fingerprint.ScoreOf(0.8), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fp := mustCompute(t, tc.data, fingerprint.Hint{})
			if fp.Kind != fingerprint.KindImage || fp.Version != fingerprint.Version {
				t.Fatalf("got kind %v version %d, want image version %d", fp.Kind, fp.Version, fingerprint.Version)
			}
			if s := fingerprint.Similarity(base, fp); s < tc.minSim {
				t.Errorf("similarity to the PNG = %v, want ≥ %v", s, tc.minSim)
			}
		})
	}
}

// TestWebP decodes lossless and lossy WebP fixtures; the lossless one has
// exactly the pixels of a PNG fixture, so the fingerprints must be equal.
func TestWebP(t *testing.T) {
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	lossless := mustCompute(t, read("gopher-doc.4bpp.lossless.webp"), fingerprint.Hint{})
	png := mustCompute(t, read("gopher-doc.4bpp.png"), fingerprint.Hint{})
	a, _ := lossless.MarshalBinary()
	b, _ := png.MarshalBinary()
	if !bytes.Equal(a, b) {
		t.Errorf("lossless WebP and PNG of the same pixels give different fingerprints")
	}
	lossy := mustCompute(t, read("blue-purple-pink.lossy.webp"), fingerprint.Hint{})
	if lossy.Kind != fingerprint.KindImage {
		t.Errorf("lossy WebP: got kind %v, want image", lossy.Kind)
	}
	if s := fingerprint.Similarity(lossy, png); s > fingerprint.ScoreOf(0.5) {
		t.Errorf("unrelated WebP and PNG: similarity %v, want ≤ 0.5", s)
	}
}

// TestRobustness: every modified copy is more similar to its original than
// any unrelated image is, and scores above the same fixed threshold.
func TestRobustness(t *testing.T) {
	const n = 6
	rng := rand.New(rand.NewPCG(7, 7))
	var origs []*fingerprint.Fingerprint
	var imgs []image.Image
	for i := range n {
		img := genImage(uint64(100+i), 200, 150)
		imgs = append(imgs, img)
		origs = append(origs, imageFP(t, img))
	}
	// The best similarity of each original to any other original.
	unrelated := make([]fingerprint.Score, n)
	for i := range origs {
		for j := range origs {
			if i != j {
				unrelated[i] = max(unrelated[i], fingerprint.Similarity(origs[i], origs[j]))
			}
		}
	}
	mods := []struct {
		name string
		fn   func(image.Image) (image.Image, error)
	}{
		{"crop10", func(m image.Image) (image.Image, error) { return distort.Crop(m, 0.1, rng), nil }},
		{"noise", func(m image.Image) (image.Image, error) { return distort.Noise(m, 10, rng), nil }},
		{"brightness-20", func(m image.Image) (image.Image, error) { return distort.Brightness(m, 0.8), nil }},
		{"brightness+20", func(m image.Image) (image.Image, error) { return distort.Brightness(m, 1.2), nil }},
		{"jpeg50", func(m image.Image) (image.Image, error) { return distort.JPEG(m, 50) }},
		{"resize50", func(m image.Image) (image.Image, error) { return distort.Resize(m, 0.5), nil }},
		{"rotate3", func(m image.Image) (image.Image, error) { return distort.Rotate(m, 3), nil }},
		{"overlay", func(m image.Image) (image.Image, error) { return distort.Overlay(m, "(c) copy"), nil }},
	}
	for _, mod := range mods {
		t.Run(mod.name, func(t *testing.T) {
			for i, img := range imgs {
				m, err := mod.fn(img)
				if err != nil {
					t.Fatal(err)
				}
				cp := imageFP(t, m)
				s := fingerprint.Similarity(origs[i], cp)
				if s <= unrelated[i] {
					t.Errorf("image %d: similarity to its copy %v ≤ best similarity to an unrelated image %v", i, s, unrelated[i])
				}
				for j := range origs {
					if j != i && fingerprint.Similarity(origs[j], cp) >= s {
						t.Errorf("image %d: copy is at least as similar to image %d", i, j)
					}
				}
				if s < fingerprint.ScoreOf(0.6) {
					t.Errorf("image %d: similarity %v, want ≥ 0.6", i, s)
				}
			}
		})
	}
}

// TestGolden checks that fingerprints are bit-exact across machines and
// releases: the encodings of fingerprints of generated data must equal
// those recorded in testdata. A change here needs a new Version.
func TestGolden(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	bin := make([]byte, 100_000)
	for i := range bin {
		bin[i] = byte(rng.Uint32())
	}
	var csv strings.Builder
	for i := range 200 {
		fmt.Fprintf(&csv, "%d,item %d,%d.%02d\n", i, i*7%13, i*31%97, i%100)
	}
	inputs := []struct {
		name string
		data []byte
	}{
		{"image", encodePNG(t, genImage(42, 173, 111))},
		{"text", []byte(strings.Repeat("The quick brown fox jumps over the lazy dog; 速い茶色の狐. ", 20))},
		{"tabular", []byte(csv.String())},
		{"binary", bin},
	}
	var got strings.Builder
	for _, in := range inputs {
		fp := mustCompute(t, in.data, fingerprint.Hint{})
		b, err := fp.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		c, _ := fp.Commit()
		fmt.Fprintf(&got, "%s %s %s\n", in.name, c, hex.EncodeToString(b))
	}
	path := filepath.Join("testdata", "golden_v1.txt")
	if *update {
		if err := os.WriteFile(path, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	gotLines, wantLines := strings.Split(got.String(), "\n"), strings.Split(string(want), "\n")
	if len(gotLines) != len(wantLines) {
		t.Fatalf("got %d golden lines, want %d", len(gotLines), len(wantLines))
	}
	for i := range gotLines {
		if gotLines[i] != wantLines[i] {
			t.Errorf("golden line %d differs:\n got %.120s…\nwant %.120s…", i, gotLines[i], wantLines[i])
		}
	}
}

var update = flag.Bool("update", false, "rewrite testdata/golden_v1.txt")

func TestImageErrors(t *testing.T) {
	png := encodePNG(t, genImage(1, 40, 30))
	for _, tc := range []struct {
		name string
		data []byte
		opts fingerprint.Options
		hint fingerprint.Hint
	}{
		{"empty", nil, fingerprint.Options{}, fingerprint.Hint{}},
		{"truncated png", png[:len(png)/2], fingerprint.Options{}, fingerprint.Hint{}},
		{"png magic only", []byte("\x89PNG\r\n\x1a\n"), fingerprint.Options{}, fingerprint.Hint{}},
		{"too many pixels", png, fingerprint.Options{MaxImagePixels: 100}, fingerprint.Hint{}},
		{"too many bytes", png, fingerprint.Options{MaxImageBytes: 100}, fingerprint.Hint{}},
		{"text forced to image", []byte("hello world"), fingerprint.Options{}, fingerprint.Hint{Kind: fingerprint.KindImage}},
		{"unknown kind", []byte("hello"), fingerprint.Options{}, fingerprint.Hint{Kind: 99}},
		{"no words", []byte("  ,;.  \n"), fingerprint.Options{}, fingerprint.Hint{Kind: fingerprint.KindText}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.opts.Compute(t.Context(), bytes.NewReader(tc.data), tc.hint)
			var de *datatrade.Error
			if !errors.As(err, &de) || de.Code != datatrade.EINVALID {
				t.Errorf("got error %v, want a %s *datatrade.Error", err, datatrade.EINVALID)
			}
		})
	}
}

// TestTransparency: transparent pixels count as white, in every decoder
// path.
func TestTransparency(t *testing.T) {
	clear := image.NewNRGBA(image.Rect(0, 0, 8, 8))
	white := image.NewNRGBA(image.Rect(0, 0, 8, 8))
	for i := range white.Pix {
		white.Pix[i] = 255
	}
	pal := image.NewPaletted(image.Rect(0, 0, 8, 8), color.Palette{color.Transparent})
	a, b, c := imageFP(t, clear), imageFP(t, white), imageFP(t, pal)
	if *a.Image != *b.Image || *a.Image != *c.Image {
		t.Errorf("transparent and white images differ: %v %v %v", a.Image.Hist, b.Image.Hist, c.Image.Hist)
	}
}
