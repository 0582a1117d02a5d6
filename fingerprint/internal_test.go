package fingerprint

import (
	"image"
	"image/color"
	"math"
	"testing"
)

func TestDCTTable(t *testing.T) {
	for u := range dctCos {
		for x := range dctCos[u] {
			want := int64(math.Round(16384 * math.Cos(float64(2*x+1)*float64(u+1)*math.Pi/64)))
			if dctCos[u][x] != want {
				t.Errorf("dctCos[%d][%d] = %d, want %d", u, x, dctCos[u][x], want)
			}
		}
	}
}

func TestAreaResample(t *testing.T) {
	for _, tc := range []struct {
		name         string
		w, h, dw, dh int
		pix          []uint8 // grey values, row by row
		want         []uint8
	}{
		{"2x2 to 1x1 rounds to nearest", 2, 2, 1, 1, []uint8{0, 1, 1, 1}, []uint8{1}},
		{"2x2 to 1x1 rounds down", 2, 2, 1, 1, []uint8{0, 0, 1, 1}, []uint8{1}},
		{"3x1 to 2x1 splits the middle pixel", 3, 1, 2, 1, []uint8{0, 30, 90}, []uint8{10, 70}},
		{"1x1 to 2x2 upsamples", 1, 1, 2, 2, []uint8{77}, []uint8{77, 77, 77, 77}},
		{"identity", 2, 1, 2, 1, []uint8{5, 250}, []uint8{5, 250}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := areaResample(tc.w, tc.h, tc.dw, tc.dh, func(y int, dst []uint8) {
				for x := 0; x < tc.w; x++ {
					v := tc.pix[y*tc.w+x]
					dst[3*x], dst[3*x+1], dst[3*x+2] = v, v, v
				}
			})
			for i, want := range tc.want {
				if out[3*i] != want || out[3*i+1] != want || out[3*i+2] != want {
					t.Errorf("pixel %d: got %v, want %d", i, out[3*i:3*i+3], want)
				}
			}
		})
	}
}

func TestSSIMBounds(t *testing.T) {
	var a, b, c Thumbnail
	for i := range a {
		a[i] = uint8(i)
		b[i] = 255 - uint8(i)
		c[i] = uint8(i * 7)
	}
	if s := ssimScore(&a, &a); s != One {
		t.Errorf("SSIM of identical thumbnails = %d, want %d", s, One)
	}
	if s := ssimScore(&a, &b); s != 0 {
		t.Errorf("SSIM of inverted thumbnails = %d, want 0 (clamped)", s)
	}
	if s := ssimScore(&a, &c); s >= One {
		t.Errorf("SSIM of different thumbnails = %d, want < %d", s, One)
	}
}

func TestPHashHammingOfShift(t *testing.T) {
	g := make([]uint8, 32*32)
	for y := 0; y < 32; y++ {
		for x := 0; x < 32; x++ {
			g[y*32+x] = uint8((x*x + 3*y*x) % 256)
		}
	}
	h := perceptualHash(g)
	if h == 0 || h == ^uint64(0) {
		t.Fatalf("degenerate hash %x", h)
	}
	if h2 := perceptualHash(g); h2 != h {
		t.Errorf("hash not deterministic: %x then %x", h, h2)
	}
	// Adding a constant changes no AC coefficient, so not the hash.
	for i := range g {
		g[i] = g[i]/2 + 40
	}
	h3 := perceptualHash(g)
	g2 := make([]uint8, len(g))
	for i := range g {
		g2[i] = g[i] + 50
	}
	if h4 := perceptualHash(g2); h4 != h3 {
		t.Errorf("brightness offset changed the hash: %x vs %x", h3, h4)
	}
}

// opaqueImage hides the concrete type, forcing the generic pixel path.
type opaqueImage struct{ image.Image }

// TestFastPaths: the per-type pixel readers agree with the generic path,
// also for sub-images whose bounds do not start at the origin.
func TestFastPaths(t *testing.T) {
	const w, h = 37, 23
	nrgba := image.NewNRGBA(image.Rect(0, 0, w, h))
	rgba := image.NewRGBA(image.Rect(0, 0, w, h))
	gray := image.NewGray(image.Rect(0, 0, w, h))
	pal := image.NewPaletted(image.Rect(0, 0, w, h), color.Palette{color.White, color.NRGBA{200, 10, 10, 128}, color.Black, color.Transparent})
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			v := uint8(x*7 + y*13)
			nrgba.SetNRGBA(x, y, color.NRGBA{v, 255 - v, v / 2, uint8(x * 11)})
			rgba.SetRGBA(x, y, color.RGBA{v / 2, v / 3, v / 4, v/2 + 10})
			gray.SetGray(x, y, color.Gray{v})
			pal.SetColorIndex(x, y, uint8((x+y)%4))
		}
	}
	sub := image.Rect(3, 2, 30, 20)
	for name, img := range map[string]interface {
		image.Image
		SubImage(image.Rectangle) image.Image
	}{"nrgba": nrgba, "rgba": rgba, "gray": gray, "paletted": pal} {
		for _, m := range []image.Image{img, img.SubImage(sub)} {
			fast, slow := ImageFeaturesOf(m), ImageFeaturesOf(opaqueImage{m})
			if *fast != *slow {
				t.Errorf("%s %v: fast path differs from the generic path", name, m.Bounds())
			}
		}
	}
}
