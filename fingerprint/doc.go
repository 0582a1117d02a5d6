// Package fingerprint computes data fingerprints that survive small
// modifications, so that the platform can recognise a dataset that was
// re-encoded, cropped or edited a little, and check that what a buyer
// received is what the seller listed (the tracking paper's fingerprint
// generator).
//
// Compute detects the kind of data and returns a *Fingerprint:
//
//   - images (PNG, JPEG, GIF, WebP): a 41-bin HSV colour histogram, a 64-bit
//     DCT perceptual hash and a 16×16 grey thumbnail for SSIM, all derived
//     from the image scaled to 64×64 by exact integer area averaging;
//   - tabular data (CSV, TSV; detected or by file name): a 128-value MinHash
//     over the set of rows (fields trimmed and sorted, so row and column
//     order do not matter);
//   - text (UTF-8): a MinHash over word 3-shingles (ASCII lower-cased);
//   - anything else: a MinHash over content-defined chunks (a gear rolling
//     hash, 2–64 KiB chunks around 8 KiB), which survives insertions.
//
// Similarity compares two fingerprints as a Score in [0, One]: for images
// the weighted mean of histogram, hash and SSIM similarities (weights
// configurable, DefaultWeights chosen on photographs), otherwise the
// estimated Jaccard similarity.
//
// # Determinism
//
// Every machine computes the same fingerprint, bit for bit: decoding uses
// the standard library's and x/image's integer decoders, and everything
// after decoding is integer arithmetic — the resampler, the colour
// conversion, the DCT (a fixed table of 2^14-scaled cosines, checked
// against math.Cos by a test), SSIM (integer sums, fixed-point ratios),
// hashing (splitmix64 and FNV-1a with fixed seeds). No floating point is
// used, so no result depends on fused multiply-add or the platform's math
// library. Scores are integers too. A golden test pins the encodings of
// fingerprints of generated data; a change to any of these steps must
// increment Version.
//
// # Encoding
//
// MarshalBinary gives the canonical, versioned encoding (see encoding.go)
// and Commit its SHA-256, the commitment that goes on chain. Decode
// accepts exactly the encodings MarshalBinary produces.
//
// Fingerprints are safe to share between goroutines; nothing in this
// package keeps state between calls.
package fingerprint
