package fingerprint_test

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math/rand/v2"
	"testing"

	"github.com/datatrade/datatrade/fingerprint"
)

// genImage draws a deterministic synthetic picture: a two-colour gradient
// with filled rectangles and discs, different for every seed.
func genImage(seed uint64, w, h int) *image.NRGBA {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	randColour := func() color.NRGBA {
		return color.NRGBA{R: uint8(rng.IntN(256)), G: uint8(rng.IntN(256)), B: uint8(rng.IntN(256)), A: 255}
	}
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	c0, c1 := randColour(), randColour()
	horizontal := rng.IntN(2) == 0
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			t, n := x, w
			if !horizontal {
				t, n = y, h
			}
			mixc := func(a, b uint8) uint8 { return uint8((int(a)*(n-t) + int(b)*t) / n) }
			img.SetNRGBA(x, y, color.NRGBA{R: mixc(c0.R, c1.R), G: mixc(c0.G, c1.G), B: mixc(c0.B, c1.B), A: 255})
		}
	}
	for i := 0; i < 3+rng.IntN(4); i++ {
		x0, y0 := rng.IntN(w), rng.IntN(h)
		r := image.Rect(x0, y0, x0+w/8+rng.IntN(w/3), y0+h/8+rng.IntN(h/3))
		draw.Draw(img, r, image.NewUniform(randColour()), image.Point{}, draw.Src)
	}
	for i := 0; i < 2+rng.IntN(3); i++ {
		cx, cy, rad := rng.IntN(w), rng.IntN(h), h/10+rng.IntN(h/4)
		col := randColour()
		for y := max(0, cy-rad); y < min(h, cy+rad); y++ {
			for x := max(0, cx-rad); x < min(w, cx+rad); x++ {
				if (x-cx)*(x-cx)+(y-cy)*(y-cy) <= rad*rad {
					img.SetNRGBA(x, y, col)
				}
			}
		}
	}
	return img
}

func encodePNG(tb testing.TB, img image.Image) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func mustCompute(tb testing.TB, data []byte, hint fingerprint.Hint) *fingerprint.Fingerprint {
	tb.Helper()
	fp, err := fingerprint.Compute(context.Background(), bytes.NewReader(data), hint)
	if err != nil {
		tb.Fatalf("Compute: %v", err)
	}
	return fp
}

func imageFP(tb testing.TB, img image.Image) *fingerprint.Fingerprint {
	tb.Helper()
	return mustCompute(tb, encodePNG(tb, img), fingerprint.Hint{})
}
