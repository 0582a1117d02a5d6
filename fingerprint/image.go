package fingerprint

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"

	"golang.org/x/image/webp"

	"github.com/datatrade/datatrade"
)

// normSide is the side of the normalised colour image all image features
// are derived from.
const normSide = 64

// imageFormat returns the format named by the magic bytes at the start of
// b, or "" when b does not start like a supported image.
func imageFormat(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return "png"
	case bytes.HasPrefix(b, []byte("\xff\xd8\xff")):
		return "jpeg"
	case bytes.HasPrefix(b, []byte("GIF87a")), bytes.HasPrefix(b, []byte("GIF89a")):
		return "gif"
	case len(b) >= 12 && bytes.HasPrefix(b, []byte("RIFF")) && string(b[8:12]) == "WEBP":
		return "webp"
	}
	return ""
}

type imageCodec struct {
	decode       func(io.Reader) (image.Image, error)
	decodeConfig func(io.Reader) (image.Config, error)
}

func codecFor(format string) (imageCodec, bool) {
	switch format {
	case "png":
		return imageCodec{png.Decode, png.DecodeConfig}, true
	case "jpeg":
		return imageCodec{jpeg.Decode, jpeg.DecodeConfig}, true
	case "gif":
		return imageCodec{gif.Decode, gif.DecodeConfig}, true
	case "webp":
		return imageCodec{webp.Decode, webp.DecodeConfig}, true
	}
	return imageCodec{}, false
}

// decodeImage decodes an encoded image after checking its declared size
// against maxPixels, so that a small file cannot make the decoder allocate
// gigabytes.
func decodeImage(data []byte, maxPixels int64) (image.Image, error) {
	format := imageFormat(data)
	codec, ok := codecFor(format)
	if !ok {
		return nil, datatrade.Errorf(datatrade.EINVALID, "unsupported image format")
	}
	cfg, err := codec.decodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "cannot read %s image header: %v", format, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "%s image has no pixels", format)
	}
	if int64(cfg.Width)*int64(cfg.Height) > maxPixels {
		return nil, datatrade.Errorf(datatrade.EINVALID, "%s image of %d×%d pixels is larger than the limit of %d pixels", format, cfg.Width, cfg.Height, maxPixels)
	}
	img, err := codec.decode(bytes.NewReader(data))
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "cannot decode %s image: %v", format, err)
	}
	if b := img.Bounds(); b.Dx() <= 0 || b.Dy() <= 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "%s image has no pixels", format)
	}
	return img, nil
}

// ImageFeaturesOf computes the image features of a decoded image. It uses
// integer arithmetic only, so the result is the same on every machine.
func ImageFeaturesOf(img image.Image) *ImageFeatures {
	b := img.Bounds()
	rgb := areaResample(b.Dx(), b.Dy(), normSide, normSide, rowReader(img))
	f := &ImageFeatures{}
	f.Hist = colourHistogram(rgb)
	grey := lumaOf(rgb) // normSide × normSide
	f.PHash = perceptualHash(downsample(grey, normSide, 2))
	f.Thumb = thumbnail(downsample(grey, normSide, normSide/ThumbSide))
	return f
}

// rowReader returns a function that writes row y (0-based) of img as 8-bit
// RGB triples into dst, composited over white where img is transparent.
// The fast paths and the general path use integer arithmetic only.
func rowReader(img image.Image) func(y int, dst []uint8) {
	b := img.Bounds()
	switch m := img.(type) {
	case *image.YCbCr:
		return func(y int, dst []uint8) {
			sy := b.Min.Y + y
			for x := 0; x < b.Dx(); x++ {
				sx := b.Min.X + x
				yi, ci := m.YOffset(sx, sy), m.COffset(sx, sy)
				r, g, bb := color.YCbCrToRGB(m.Y[yi], m.Cb[ci], m.Cr[ci])
				dst[3*x], dst[3*x+1], dst[3*x+2] = r, g, bb
			}
		}
	case *image.Gray:
		return func(y int, dst []uint8) {
			row := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):]
			for x := 0; x < b.Dx(); x++ {
				v := row[x]
				dst[3*x], dst[3*x+1], dst[3*x+2] = v, v, v
			}
		}
	case *image.RGBA:
		return func(y int, dst []uint8) {
			row := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):]
			for x := 0; x < b.Dx(); x++ {
				p := row[4*x : 4*x+4 : 4*x+4]
				w := 255 - uint32(p[3]) // premultiplied: add white for the missing alpha
				dst[3*x] = uint8(min(uint32(p[0])+w, 255))
				dst[3*x+1] = uint8(min(uint32(p[1])+w, 255))
				dst[3*x+2] = uint8(min(uint32(p[2])+w, 255))
			}
		}
	case *image.NRGBA:
		return func(y int, dst []uint8) {
			row := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):]
			for x := 0; x < b.Dx(); x++ {
				p := row[4*x : 4*x+4 : 4*x+4]
				dst[3*x], dst[3*x+1], dst[3*x+2] = overWhite(p[0], p[3]), overWhite(p[1], p[3]), overWhite(p[2], p[3])
			}
		}
	case *image.Paletted:
		pal := make([][3]uint8, len(m.Palette))
		for i, c := range m.Palette {
			pal[i] = colourOverWhite(c)
		}
		return func(y int, dst []uint8) {
			row := m.Pix[m.PixOffset(b.Min.X, b.Min.Y+y):]
			for x := 0; x < b.Dx(); x++ {
				var c [3]uint8 // an index outside the palette reads as black
				if int(row[x]) < len(pal) {
					c = pal[row[x]]
				}
				dst[3*x], dst[3*x+1], dst[3*x+2] = c[0], c[1], c[2]
			}
		}
	}
	return func(y int, dst []uint8) {
		for x := 0; x < b.Dx(); x++ {
			c := colourOverWhite(img.At(b.Min.X+x, b.Min.Y+y))
			dst[3*x], dst[3*x+1], dst[3*x+2] = c[0], c[1], c[2]
		}
	}
}

// overWhite composites a non-premultiplied 8-bit channel value with
// alpha a over white, exactly as colourOverWhite does for color.NRGBA.
func overWhite(v, a uint8) uint8 {
	a16 := uint32(a) * 0x101
	c := uint32(v) * 0x101 * a16 / 0xffff
	return uint8((c + 0xffff - a16) >> 8)
}

// colourOverWhite converts any colour to 8-bit RGB over white.
func colourOverWhite(c color.Color) [3]uint8 {
	r, g, b, a := c.RGBA() // 16-bit premultiplied
	w := 0xffff - a
	return [3]uint8{uint8((r + w) >> 8), uint8((g + w) >> 8), uint8((b + w) >> 8)}
}

// areaResample scales a w×h RGB image, read row by row through row, to
// dw×dh by area averaging: each output pixel is the mean of the source
// area it covers, each source pixel weighted by its exact overlap. All
// weights are integers (coordinates are scaled by dw and dh), and the
// means are rounded to nearest, so the result is exact.
func areaResample(w, h, dw, dh int, row func(y int, dst []uint8)) []uint8 {
	// In x, source pixel i spans [i·dw, (i+1)·dw) and output pixel j spans
	// [j·w, (j+1)·w); likewise in y. Weights per output pixel sum to w·h.
	type span struct{ out, weight int }
	xspans := make([][]span, w)
	for i := 0; i < w; i++ {
		lo, hi := i*dw, (i+1)*dw
		for j := lo / w; j < dw && j*w < hi; j++ {
			a, b := max(lo, j*w), min(hi, (j+1)*w)
			if b > a {
				xspans[i] = append(xspans[i], span{j, b - a})
			}
		}
	}
	acc := make([]uint64, dw*dh*3)
	src := make([]uint8, 3*w)
	rowAcc := make([]uint64, dw*3)
	for i := 0; i < h; i++ {
		row(i, src)
		clear(rowAcc)
		for x := 0; x < w; x++ {
			r, g, b := uint64(src[3*x]), uint64(src[3*x+1]), uint64(src[3*x+2])
			for _, s := range xspans[x] {
				wt := uint64(s.weight)
				rowAcc[3*s.out] += r * wt
				rowAcc[3*s.out+1] += g * wt
				rowAcc[3*s.out+2] += b * wt
			}
		}
		lo, hi := i*dh, (i+1)*dh
		for j := lo / h; j < dh && j*h < hi; j++ {
			a, b := max(lo, j*h), min(hi, (j+1)*h)
			if b <= a {
				continue
			}
			wt := uint64(b - a)
			out := acc[3*dw*j : 3*dw*(j+1)]
			for k, v := range rowAcc {
				out[k] += v * wt
			}
		}
	}
	total := uint64(w) * uint64(h)
	res := make([]uint8, len(acc))
	for k, v := range acc {
		res[k] = uint8((v + total/2) / total)
	}
	return res
}

// lumaOf returns the Rec. 601 luma of each RGB pixel, rounded to nearest.
func lumaOf(rgb []uint8) []uint8 {
	out := make([]uint8, len(rgb)/3)
	for i := range out {
		r, g, b := uint32(rgb[3*i]), uint32(rgb[3*i+1]), uint32(rgb[3*i+2])
		out[i] = uint8((299*r + 587*g + 114*b + 500) / 1000)
	}
	return out
}

// downsample averages f×f blocks of a side×side grey image, rounding to
// nearest.
func downsample(grey []uint8, side, f int) []uint8 {
	ns := side / f
	out := make([]uint8, ns*ns)
	n := uint32(f * f)
	for y := 0; y < ns; y++ {
		for x := 0; x < ns; x++ {
			var s uint32
			for dy := 0; dy < f; dy++ {
				for dx := 0; dx < f; dx++ {
					s += uint32(grey[(y*f+dy)*side+x*f+dx])
				}
			}
			out[y*ns+x] = uint8((s + n/2) / n)
		}
	}
	return out
}

// colourHistogram counts the normSide×normSide RGB pixels into HistBins
// HSV bins: bin 0 for dark pixels, bins 1–4 for grey pixels by value, and
// 12 hues × 3 saturations for the rest. Values are taken relative to the
// image's bright reference (the 98th percentile of the pixel values), so
// that making the whole image brighter or darker moves no pixel between
// bins. Hue is binned softly: a pixel's weight is split linearly between
// the two nearest hue bins, so a small hue shift moves weight gradually.
// The bins are normalised to HistTotal.
func colourHistogram(rgb []uint8) Histogram {
	const (
		darkV   = 40  // relative values below this have no reliable hue
		greyS   = 40  // saturation (0–255) below which a pixel counts as grey
		hueUnit = 256 // hue runs over [0, 6·hueUnit)
		hueBins = 12
		binW    = 6 * hueUnit / hueBins
		weight  = binW // each pixel adds this much in total
	)
	var vcount [256]int
	for i := 0; i+2 < len(rgb); i += 3 {
		vcount[max(rgb[i], rgb[i+1], rgb[i+2])]++
	}
	ref, seen := 255, 0
	for ; ref > 0; ref-- {
		if seen += vcount[ref]; seen*50 >= len(rgb)/3 { // top 2%
			break
		}
	}
	ref = max(ref, 1)
	var c [HistBins]uint64
	for i := 0; i+2 < len(rgb); i += 3 {
		r, g, b := int(rgb[i]), int(rgb[i+1]), int(rgb[i+2])
		mx, mn := max(r, g, b), min(r, g, b)
		v := min(mx*255/ref, 255)
		if v < darkV || mx == 0 {
			c[0] += weight
			continue
		}
		d := mx - mn
		s := d * 255 / mx
		if s < greyS {
			switch {
			case v < 100:
				c[1] += weight
			case v < 160:
				c[2] += weight
			case v < 215:
				c[3] += weight
			default:
				c[4] += weight
			}
			continue
		}
		var hue int
		switch mx {
		case r:
			hue = (g - b) * hueUnit / d
		case g:
			hue = 2*hueUnit + (b-r)*hueUnit/d
		default:
			hue = 4*hueUnit + (r-g)*hueUnit/d
		}
		p := (hue%(6*hueUnit) + 6*hueUnit) % (6 * hueUnit)
		// Bin k is centred on hue k·binW; the weight is split between the
		// two centres around p in proportion to the distance.
		lo, frac := p/binW, p%binW
		hi := (lo + 1) % hueBins
		sb := 0
		switch {
		case s >= 180:
			sb = 2
		case s >= 110:
			sb = 1
		}
		c[5+3*lo+sb] += uint64(binW - frac)
		c[5+3*hi+sb] += uint64(frac)
	}
	var total uint64
	for _, v := range c {
		total += v
	}
	var h Histogram
	if total == 0 {
		return h
	}
	for i, v := range c {
		h[i] = uint16(v * HistTotal / total)
	}
	return h
}

// histScore is the histogram intersection (relative to the larger mass),
// rescaled so that the typical intersection of unrelated photographs,
// histFloor percent, scores 0.
func histScore(a, b *Histogram) Score {
	var inter, sa, sb uint64
	for i := range a {
		inter += uint64(min(a[i], b[i]))
		sa += uint64(a[i])
		sb += uint64(b[i])
	}
	if inter == 0 {
		return 0
	}
	frac := inter * uint64(One) / max(sa, sb)
	const floor = histFloor * uint64(One) / 100
	if frac <= floor {
		return 0
	}
	return Score((frac - floor) * uint64(One) / (uint64(One) - floor))
}

// histFloor is the histogram intersection, in percent, that scores 0.
const histFloor = 45

// dctCos holds round(2^14 · cos((2x+1)·u·π/64)) for u = 1…8 (rows) and
// x = 0…31. It is a table rather than computed so that no platform's
// math.Cos can change a bit of it; a test checks it against math.Cos.
var dctCos = [8][32]int64{
	{16364, 16207, 15893, 15426, 14811, 14053, 13160, 12140, 11003, 9760, 8423, 7005, 5520, 3981, 2404, 804, -804, -2404, -3981, -5520, -7005, -8423, -9760, -11003, -12140, -13160, -14053, -14811, -15426, -15893, -16207, -16364},
	{16305, 15679, 14449, 12665, 10394, 7723, 4756, 1606, -1606, -4756, -7723, -10394, -12665, -14449, -15679, -16305, -16305, -15679, -14449, -12665, -10394, -7723, -4756, -1606, 1606, 4756, 7723, 10394, 12665, 14449, 15679, 16305},
	{16207, 14811, 12140, 8423, 3981, -804, -5520, -9760, -13160, -15426, -16364, -15893, -14053, -11003, -7005, -2404, 2404, 7005, 11003, 14053, 15893, 16364, 15426, 13160, 9760, 5520, 804, -3981, -8423, -12140, -14811, -16207},
	{16069, 13623, 9102, 3196, -3196, -9102, -13623, -16069, -16069, -13623, -9102, -3196, 3196, 9102, 13623, 16069, 16069, 13623, 9102, 3196, -3196, -9102, -13623, -16069, -16069, -13623, -9102, -3196, 3196, 9102, 13623, 16069},
	{15893, 12140, 5520, -2404, -9760, -14811, -16364, -14053, -8423, -804, 7005, 13160, 16207, 15426, 11003, 3981, -3981, -11003, -15426, -16207, -13160, -7005, 804, 8423, 14053, 16364, 14811, 9760, 2404, -5520, -12140, -15893},
	{15679, 10394, 1606, -7723, -14449, -16305, -12665, -4756, 4756, 12665, 16305, 14449, 7723, -1606, -10394, -15679, -15679, -10394, -1606, 7723, 14449, 16305, 12665, 4756, -4756, -12665, -16305, -14449, -7723, 1606, 10394, 15679},
	{15426, 8423, -2404, -12140, -16364, -13160, -3981, 7005, 14811, 15893, 9760, -804, -11003, -16207, -14053, -5520, 5520, 14053, 16207, 11003, 804, -9760, -15893, -14811, -7005, 3981, 13160, 16364, 12140, 2404, -8423, -15426},
	{15137, 6270, -6270, -15137, -15137, -6270, 6270, 15137, 15137, 6270, -6270, -15137, -15137, -6270, 6270, 15137, 15137, 6270, -6270, -15137, -15137, -6270, 6270, 15137, 15137, 6270, -6270, -15137, -15137, -6270, 6270, 15137},
}

// perceptualHash returns the 64-bit DCT hash of a 32×32 grey image: the
// 8×8 lowest non-constant frequencies (u, v = 1…8) of its 2-D DCT-II, each
// bit set when the coefficient is above the median of the 64. The DCT is
// computed exactly in integers (fixed-point cosines), so no rounding or
// fused multiply–add can differ between machines.
func perceptualHash(g []uint8) uint64 {
	const n = 32
	// Row pass: t[u][y] = Σx cos[u][x]·g[y][x].
	var t [8][n]int64
	for y := 0; y < n; y++ {
		row := g[y*n : (y+1)*n]
		for u := 0; u < 8; u++ {
			var s int64
			for x, v := range row {
				s += dctCos[u][x] * int64(v)
			}
			t[u][y] = s
		}
	}
	// Column pass: d[v][u] = Σy cos[v][y]·t[u][y].
	var d [64]int64
	for v := 0; v < 8; v++ {
		for u := 0; u < 8; u++ {
			var s int64
			for y := 0; y < n; y++ {
				s += dctCos[v][y] * t[u][y]
			}
			d[v*8+u] = s
		}
	}
	return medianBits(&d)
}

// medianBits returns a hash with bit 63−i set when d[i] is above the
// median of d.
func medianBits(d *[64]int64) uint64 {
	sorted := *d
	sortInt64(sorted[:])
	m2 := sorted[31] + sorted[32] // twice the median
	var h uint64
	for i, c := range d {
		if 2*c > m2 {
			h |= 1 << (63 - i)
		}
	}
	return h
}

func sortInt64(a []int64) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// thumbnail stretches a ThumbSide² grey image linearly to the full range
// 0–255, so that a uniform brightness or contrast change leaves the SSIM
// thumbnail (almost) unchanged.
func thumbnail(g []uint8) Thumbnail {
	mn, mx := g[0], g[0]
	for _, v := range g {
		mn, mx = min(mn, v), max(mx, v)
	}
	var t Thumbnail
	span := uint32(mx - mn)
	for i, v := range g {
		if span == 0 {
			t[i] = 128
			continue
		}
		t[i] = uint8((uint32(v-mn)*255 + span/2) / span)
	}
	return t
}

// SSIM constants, scaled for a window of ssimWin² pixels:
// C1 = (0.01·255)², C2 = (0.03·255)², times the window size squared.
const (
	ssimWin    = 4
	ssimStride = 2
	ssimN      = ssimWin * ssimWin
	ssimC1     = 65025 * ssimN * ssimN / 10000 // 6.5025·n²
	ssimC2     = 585225 * ssimN * ssimN / 10000
	ssimShift  = 20
)

// ssimScore is the mean SSIM over ssimWin×ssimWin windows at stride
// ssimStride, computed with integer sums and fixed-point ratios, clamped
// to [0, One].
func ssimScore(a, b *Thumbnail) Score {
	var total int64
	windows := 0
	for y := 0; y+ssimWin <= ThumbSide; y += ssimStride {
		for x := 0; x+ssimWin <= ThumbSide; x += ssimStride {
			var sa, sb, saa, sbb, sab int64
			for dy := 0; dy < ssimWin; dy++ {
				for dx := 0; dx < ssimWin; dx++ {
					i := (y+dy)*ThumbSide + x + dx
					va, vb := int64(a[i]), int64(b[i])
					sa += va
					sb += vb
					saa += va * va
					sbb += vb * vb
					sab += va * vb
				}
			}
			// Everything below is the usual formula multiplied by n².
			l := ((2*sa*sb + ssimC1) << ssimShift) / (sa*sa + sb*sb + ssimC1)
			cov := ssimN*sab - sa*sb
			va := ssimN*saa - sa*sa
			vb := ssimN*sbb - sb*sb
			cs := ((2*cov + ssimC2) << ssimShift) / (va + vb + ssimC2)
			total += (l * cs) >> ssimShift
			windows++
		}
	}
	mean := total / int64(windows) // fixed point, 1<<ssimShift is 1
	if mean <= 0 {
		return 0
	}
	return Score(min(uint64(mean)*uint64(One)>>ssimShift, uint64(One)))
}
