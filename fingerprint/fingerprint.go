package fingerprint

import (
	"math/bits"
	"strconv"
)

// Version is the fingerprint format and algorithm version written into every
// fingerprint. Any change that alters a single output bit for some input
// (resampler, bins, hash seeds, shingling, chunking) must increment it.
const Version uint16 = 1

// Kind says which family of features a fingerprint holds.
type Kind uint8

// Kinds of data. The numeric values are part of the binary encoding and are
// only ever added to.
const (
	KindUnknown Kind = 0 // detect from the content (only valid in a Hint)
	KindImage   Kind = 1 // PNG, JPEG, GIF or WebP: histogram, pHash, SSIM
	KindTabular Kind = 2 // CSV or TSV: MinHash over rows
	KindText    Kind = 3 // UTF-8 text: MinHash over word or character shingles
	KindBinary  Kind = 4 // anything else: MinHash over content-defined chunks
)

// String returns the lower-case name of the kind.
func (k Kind) String() string {
	switch k {
	case KindUnknown:
		return "unknown"
	case KindImage:
		return "image"
	case KindTabular:
		return "tabular"
	case KindText:
		return "text"
	case KindBinary:
		return "binary"
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// ParseKind returns the kind named by s (as returned by Kind.String); ok is
// false for any other string.
func ParseKind(s string) (k Kind, ok bool) {
	for k := KindUnknown; k <= KindBinary; k++ {
		if k.String() == s {
			return k, true
		}
	}
	return 0, false
}

func (k Kind) usesMinHash() bool {
	return k == KindTabular || k == KindText || k == KindBinary
}

// Sizes of the feature vectors of Version 1.
const (
	HistBins  = 41  // colour histogram bins: 1 black, 4 grey, 12 hues × 3 saturations
	ThumbSide = 16  // the SSIM thumbnail is ThumbSide × ThumbSide grey pixels
	MinHashK  = 128 // MinHash permutations
)

// Histogram is a colour histogram whose bins sum to at most HistTotal.
type Histogram [HistBins]uint16

// HistTotal is the mass of a normalised histogram.
const HistTotal = 65535

// Thumbnail is a contrast-normalised grey thumbnail, row by row.
type Thumbnail [ThumbSide * ThumbSide]uint8

// ImageFeatures are the three image features of the tracking paper.
type ImageFeatures struct {
	// Hist is the quantised HSV colour histogram of the normalised image.
	Hist Histogram
	// PHash is the 64-bit DCT perceptual hash (bit 63 is coefficient (1,1)).
	PHash uint64
	// Thumb is the grey thumbnail SSIM is computed on.
	Thumb Thumbnail
}

// Signature is a MinHash signature: for each of MinHashK fixed hash
// permutations, the minimum over the data's set of elements.
type Signature [MinHashK]uint64

// Fingerprint identifies data robustly to small modifications. A
// Fingerprint is a value: it is not modified after Compute or Decode
// returns it, and is safe to share between goroutines for reading.
type Fingerprint struct {
	// Kind is the family of features; never KindUnknown.
	Kind Kind
	// Version is the algorithm version that computed the fingerprint.
	Version uint16
	// Image holds the image features; non-nil exactly when Kind is KindImage.
	Image *ImageFeatures
	// MinHash holds the MinHash signature; non-nil exactly when Kind is
	// KindTabular, KindText or KindBinary.
	MinHash *Signature
}

// Score is a similarity in fixed point: One means identical, 0 means
// nothing in common. Scores are integers so that every machine computes
// the same score for the same pair.
type Score uint32

// One is the Score of identical fingerprints.
const One Score = 1_000_000

// Float returns the score as a number in [0, 1], for display only.
func (s Score) Float() float64 { return float64(s) / float64(One) }

// String formats the score with six decimals.
func (s Score) String() string {
	return strconv.FormatFloat(s.Float(), 'f', 6, 64)
}

// ScoreOf converts a number in [0, 1] (a threshold from configuration) to a
// Score, rounding to the nearest; values outside the range are clamped.
func ScoreOf(f float64) Score {
	switch {
	case !(f > 0): // also NaN
		return 0
	case f >= 1:
		return One
	}
	return Score(f*float64(One) + 0.5)
}

// Weights are the relative weights of the three image features in the
// combined similarity. Only their ratios matter; all zero means the
// defaults.
type Weights struct {
	Hist  uint32
	PHash uint32
	SSIM  uint32
}

// DefaultWeights returns the weights Similarity uses, chosen on
// photographs and their modified copies (see the package documentation).
func DefaultWeights() Weights { return Weights{Hist: 4, PHash: 1, SSIM: 5} }

// Components are the per-feature similarities of two image fingerprints.
type Components struct {
	Hist  Score
	PHash Score
	SSIM  Score
}

// Similarity returns the similarity of a and b in [0, One] with the
// default weights. Fingerprints of different kinds or versions, and nil
// or malformed ones, have similarity 0.
func Similarity(a, b *Fingerprint) Score {
	return DefaultWeights().Similarity(a, b)
}

// Similarity returns the weighted similarity of a and b in [0, One]:
// for images the weighted mean of the component similarities, for the
// MinHash kinds the estimated Jaccard similarity of the element sets.
// Incomparable fingerprints have similarity 0.
func (w Weights) Similarity(a, b *Fingerprint) Score {
	if !comparable(a, b) {
		return 0
	}
	if a.Kind == KindImage {
		return w.Combine(ImageComponents(a.Image, b.Image))
	}
	return Jaccard(a.MinHash, b.MinHash)
}

// SimilarityAtLeast reports whether the similarity of a and b under w is
// at least min, and if so returns it. For images it first bounds the
// score with the cheap components (histogram and hash) and skips the SSIM
// alignment search when even a perfect SSIM could not reach min; the
// answer is always the same as comparing Similarity with min.
func (w Weights) SimilarityAtLeast(a, b *Fingerprint, min Score) (Score, bool) {
	if !comparable(a, b) {
		return 0, min == 0
	}
	if a.Kind != KindImage {
		s := Jaccard(a.MinHash, b.MinHash)
		return s, s >= min
	}
	c := Components{
		Hist:  histScore(&a.Image.Hist, &b.Image.Hist),
		PHash: phashScore(bits.OnesCount64(a.Image.PHash ^ b.Image.PHash)),
		SSIM:  One,
	}
	if w.Combine(c) < min {
		return 0, false
	}
	c.SSIM = alignedSSIM(&a.Image.Thumb, &b.Image.Thumb)
	s := w.Combine(c)
	return s, s >= min
}

func comparable(a, b *Fingerprint) bool {
	if a == nil || b == nil || a.Kind != b.Kind || a.Version != b.Version || a.Version != Version {
		return false
	}
	if a.Kind == KindImage {
		return a.Image != nil && b.Image != nil
	}
	return a.Kind.usesMinHash() && a.MinHash != nil && b.MinHash != nil
}

// Combine returns the weighted mean of the component scores.
func (w Weights) Combine(c Components) Score {
	if w.Hist == 0 && w.PHash == 0 && w.SSIM == 0 {
		w = DefaultWeights()
	}
	sum := uint64(w.Hist)*uint64(c.Hist) + uint64(w.PHash)*uint64(c.PHash) + uint64(w.SSIM)*uint64(c.SSIM)
	return Score(sum / (uint64(w.Hist) + uint64(w.PHash) + uint64(w.SSIM)))
}

// ImageComponents returns the three component similarities of two sets of
// image features: the histogram intersection above the level typical of
// unrelated photographs, the perceptual-hash agreement (1 − d/PHashZero
// for Hamming distance d), and the SSIM of the thumbnails, the best over
// the alignments that undo a crop of about 10% of either image.
func ImageComponents(a, b *ImageFeatures) Components {
	return Components{
		Hist:  histScore(&a.Hist, &b.Hist),
		PHash: phashScore(bits.OnesCount64(a.PHash ^ b.PHash)),
		SSIM:  alignedSSIM(&a.Thumb, &b.Thumb),
	}
}

// Jaccard returns the estimated Jaccard similarity of the sets behind two
// MinHash signatures: the share of positions where they agree.
func Jaccard(a, b *Signature) Score {
	n := 0
	for i := range a {
		if a[i] == b[i] {
			n++
		}
	}
	return Score(uint64(n) * uint64(One) / MinHashK)
}

// PHashZero is the Hamming distance at and beyond which two perceptual
// hashes are scored as unrelated (independent hashes differ in 32 bits on
// average).
const PHashZero = 32

func phashScore(d int) Score {
	if d >= PHashZero {
		return 0
	}
	return Score(uint64(PHashZero-d) * uint64(One) / PHashZero)
}
