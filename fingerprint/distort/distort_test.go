package distort_test

import (
	"image"
	"image/color"
	"math/rand/v2"
	"testing"

	"github.com/datatrade/datatrade/fingerprint/distort"
)

func grey(w, h int, v uint8) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = v
		if i%4 == 3 {
			img.Pix[i] = 255
		}
	}
	return img
}

func TestSizes(t *testing.T) {
	src := grey(100, 60, 100)
	rng := rand.New(rand.NewPCG(1, 1))
	jpg, err := distort.JPEG(src, 50)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		img  image.Image
		w, h int
	}{
		{"crop", distort.Crop(src, 0.1, rng), 90, 54},
		{"crop centred", distort.Crop(src, 0.2, nil), 80, 48},
		{"resize", distort.Resize(src, 0.5), 50, 30},
		{"rotate", distort.Rotate(src, 3), 100, 60},
		{"noise", distort.Noise(src, 5, rng), 100, 60},
		{"jpeg", jpg, 100, 60},
		{"overlay", distort.Overlay(src, "x"), 100, 60},
	} {
		if b := tc.img.Bounds(); b.Dx() != tc.w || b.Dy() != tc.h {
			t.Errorf("%s: got %v, want %d×%d", tc.name, b, tc.w, tc.h)
		}
	}
}

func TestPixels(t *testing.T) {
	src := grey(20, 20, 100)
	for _, tc := range []struct {
		name string
		img  *image.NRGBA
		want uint8
	}{
		{"brighter", distort.Brightness(src, 1.2), 120},
		{"darker", distort.Brightness(src, 0.8), 80},
		{"saturates", distort.Brightness(src, 3), 255},
		{"rotating a flat image", distort.Rotate(src, 3), 100},
	} {
		if got := tc.img.NRGBAAt(10, 10); got != (color.NRGBA{tc.want, tc.want, tc.want, 255}) {
			t.Errorf("%s: got %v, want grey %d", tc.name, got, tc.want)
		}
	}
	if src.Pix[0] != 100 {
		t.Error("the input was modified")
	}
	over := distort.Overlay(src, "text")
	if over.NRGBAAt(10, 17) == src.NRGBAAt(10, 17) {
		t.Error("overlay left the caption area unchanged")
	}
}
