// Package distort makes the modified copies of images that a pirate might
// republish: crops, noise, brightness changes, JPEG re-compression,
// resizing, small rotations and overlays. The fingerprint tests and the
// piracy benchmark use it to check that copies stay recognisable.
//
// Every function returns a new *image.NRGBA and leaves its input alone.
// Randomness is passed in; nothing here is meant to be bit-exact across
// machines (only fingerprints are).
package distort

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"math"
	"math/rand/v2"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"
)

// toNRGBA copies img into a new NRGBA image with bounds at the origin.
func toNRGBA(img image.Image) *image.NRGBA {
	b := img.Bounds()
	out := image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(out, out.Bounds(), img, b.Min, draw.Src)
	return out
}

// Crop removes frac of the width and of the height (0.1 for 10%),
// distributed between the two sides by rng (centred when rng is nil).
func Crop(img image.Image, frac float64, rng *rand.Rand) *image.NRGBA {
	b := img.Bounds()
	cw, ch := int(float64(b.Dx())*frac), int(float64(b.Dy())*frac)
	left, top := cw/2, ch/2
	if rng != nil {
		left, top = rng.IntN(cw+1), rng.IntN(ch+1)
	}
	r := image.Rect(b.Min.X+left, b.Min.Y+top, b.Max.X-(cw-left), b.Max.Y-(ch-top))
	out := image.NewNRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	draw.Draw(out, out.Bounds(), img, r.Min, draw.Src)
	return out
}

// Noise adds Gaussian noise with standard deviation sigma (in 8-bit
// levels) to every channel.
func Noise(img image.Image, sigma float64, rng *rand.Rand) *image.NRGBA {
	out := toNRGBA(img)
	for i := 0; i < len(out.Pix); i += 4 {
		for c := 0; c < 3; c++ {
			out.Pix[i+c] = clamp8(float64(out.Pix[i+c]) + rng.NormFloat64()*sigma)
		}
	}
	return out
}

// Brightness multiplies every channel by factor (1.2 for +20%).
func Brightness(img image.Image, factor float64) *image.NRGBA {
	out := toNRGBA(img)
	for i := 0; i < len(out.Pix); i += 4 {
		for c := 0; c < 3; c++ {
			out.Pix[i+c] = clamp8(float64(out.Pix[i+c]) * factor)
		}
	}
	return out
}

// JPEG encodes img as JPEG at the given quality and decodes it again.
func JPEG(img image.Image, quality int) (*image.NRGBA, error) {
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: quality}); err != nil {
		return nil, err
	}
	dec, err := jpeg.Decode(&buf)
	if err != nil {
		return nil, err
	}
	return toNRGBA(dec), nil
}

// Resize scales img by factor with Catmull-Rom interpolation (a different
// resampler from the fingerprint's own).
func Resize(img image.Image, factor float64) *image.NRGBA {
	b := img.Bounds()
	w, h := max(1, int(float64(b.Dx())*factor+0.5)), max(1, int(float64(b.Dy())*factor+0.5))
	out := image.NewNRGBA(image.Rect(0, 0, w, h))
	xdraw.CatmullRom.Scale(out, out.Bounds(), img, b, xdraw.Src, nil)
	return out
}

// Rotate turns img by deg degrees about its centre with bilinear
// interpolation, keeping the size; corners outside the source are filled
// with the nearest edge pixel.
func Rotate(img image.Image, deg float64) *image.NRGBA {
	src := toNRGBA(img)
	w, h := src.Rect.Dx(), src.Rect.Dy()
	out := image.NewNRGBA(src.Rect)
	sin, cos := math.Sincos(deg * math.Pi / 180)
	cx, cy := float64(w-1)/2, float64(h-1)/2
	at := func(x, y int) []uint8 {
		x, y = min(max(x, 0), w-1), min(max(y, 0), h-1)
		i := src.PixOffset(x, y)
		return src.Pix[i : i+4]
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			dx, dy := float64(x)-cx, float64(y)-cy
			sx, sy := cos*dx+sin*dy+cx, -sin*dx+cos*dy+cy
			x0, y0 := int(math.Floor(sx)), int(math.Floor(sy))
			fx, fy := sx-float64(x0), sy-float64(y0)
			p00, p10, p01, p11 := at(x0, y0), at(x0+1, y0), at(x0, y0+1), at(x0+1, y0+1)
			o := out.PixOffset(x, y)
			for c := 0; c < 4; c++ {
				v := (float64(p00[c])*(1-fx)+float64(p10[c])*fx)*(1-fy) + (float64(p01[c])*(1-fx)+float64(p11[c])*fx)*fy
				out.Pix[o+c] = clamp8(v)
			}
		}
	}
	return out
}

// Overlay draws a filled box with a line of text over the lower part of
// img, covering about a tenth of its area, like a watermark or caption.
func Overlay(img image.Image, text string) *image.NRGBA {
	out := toNRGBA(img)
	w, h := out.Rect.Dx(), out.Rect.Dy()
	box := image.Rect(w/10, h*8/10, w*9/10, h*8/10+max(h/8, 14))
	box = box.Intersect(out.Rect)
	draw.Draw(out, box, image.NewUniform(color.NRGBA{R: 250, G: 250, B: 240, A: 255}), image.Point{}, draw.Over)
	d := font.Drawer{
		Dst:  out,
		Src:  image.NewUniform(color.NRGBA{R: 200, G: 20, B: 20, A: 255}),
		Face: basicfont.Face7x13,
		Dot:  fixed.P(box.Min.X+2, box.Min.Y+min(box.Dy(), 13)-2),
	}
	d.DrawString(text)
	return out
}

func clamp8(v float64) uint8 {
	switch {
	case v <= 0:
		return 0
	case v >= 255:
		return 255
	}
	return uint8(v + 0.5)
}
