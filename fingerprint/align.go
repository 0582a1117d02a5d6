package fingerprint

// zoomThumb returns the part of t that starts at (ox, oy) and spans
// ThumbSide·step/256 pixels, scaled back to ThumbSide² by bilinear
// interpolation in integers (coordinates in 1/256 pixel), then
// contrast-stretched like a thumbnail.
func zoomThumb(t *Thumbnail, ox, oy, step int) Thumbnail {
	var g [ThumbSide * ThumbSide]uint8
	at := func(x, y int) int {
		x, y = min(x, ThumbSide-1), min(y, ThumbSide-1)
		return int(t[y*ThumbSide+x])
	}
	for y := 0; y < ThumbSide; y++ {
		sy := oy + y*step + step/2 - 128
		sy = max(sy, 0)
		y0, fy := sy>>8, sy&255
		for x := 0; x < ThumbSide; x++ {
			sx := ox + x*step + step/2 - 128
			sx = max(sx, 0)
			x0, fx := sx>>8, sx&255
			top := at(x0, y0)*(256-fx) + at(x0+1, y0)*fx
			bot := at(x0, y0+1)*(256-fx) + at(x0+1, y0+1)*fx
			g[y*ThumbSide+x] = uint8((top*(256-fy) + bot*fy + 1<<15) >> 16)
		}
	}
	return thumbnail(g[:])
}

// The zooms that undo a crop: a window of 0.9 of the thumbnail's side
// (zoomStep/256 of a pixel per output pixel) at the start, middle or end
// of each axis.
const (
	zoomStep = 230
	zoomSpan = ThumbSide*256 - ThumbSide*zoomStep
)

// zoomOffsets are the window starts on each axis, in 1/256 pixel.
func zoomOffsets() [3]int { return [3]int{0, zoomSpan / 2, zoomSpan} }

// alignedSSIM is the best SSIM of a and b over the identity and the
// alignments that undo a crop of about 10% of either image.
func alignedSSIM(a, b *Thumbnail) Score {
	best := ssimScore(a, b)
	for _, oy := range zoomOffsets() {
		for _, ox := range zoomOffsets() {
			za := zoomThumb(a, ox, oy, zoomStep)
			best = max(best, ssimScore(&za, b))
			zb := zoomThumb(b, ox, oy, zoomStep)
			best = max(best, ssimScore(a, &zb))
		}
	}
	return best
}

// thumbHash is a 64-bit DCT hash of a thumbnail: like the perceptual hash,
// the signs of the 8×8 lowest non-constant frequencies against their
// median, here of the ThumbSide² thumbnail. It exists for indexing: it
// can be recomputed for zoomed variants of the thumbnail, which the
// perceptual hash (computed from pixels not kept) cannot.
func thumbHash(t *Thumbnail) uint64 {
	const n = ThumbSide
	// cos((2x+1)uπ/32) = cos((2(2x)+1)... is not a subsample of the 32-point
	// table, so use the 32-point table on the thumbnail upsampled by 2
	// (each pixel repeated), which equals the 16-point DCT up to scale.
	var t2 [8][n]int64 // row pass: t2[u][y] = Σx C32[u][2x]+C32[u][2x+1] · t[y][x]
	for y := 0; y < n; y++ {
		for u := 0; u < 8; u++ {
			var s int64
			for x := 0; x < n; x++ {
				s += (dctCos[u][2*x] + dctCos[u][2*x+1]) * int64(t[y*n+x])
			}
			t2[u][y] = s
		}
	}
	var d [64]int64
	for v := 0; v < 8; v++ {
		for u := 0; u < 8; u++ {
			var s int64
			for y := 0; y < n; y++ {
				s += (dctCos[v][2*y] + dctCos[v][2*y+1]) * t2[u][y]
			}
			d[v*8+u] = s
		}
	}
	return medianBits(&d)
}

// IndexHashes returns the 64-bit hashes an index files these features
// under: the thumbnail's DCT hash, then the hashes of the nine thumbnail
// zooms that undo a crop of about 10% (the same alignments the SSIM
// component tries). Near-duplicates have a hash within a small Hamming
// distance of one of the other's.
func (f *ImageFeatures) IndexHashes() [10]uint64 {
	var hs [10]uint64
	hs[0] = thumbHash(&f.Thumb)
	i := 1
	for _, oy := range zoomOffsets() {
		for _, ox := range zoomOffsets() {
			z := zoomThumb(&f.Thumb, ox, oy, zoomStep)
			hs[i] = thumbHash(&z)
			i++
		}
	}
	return hs
}
