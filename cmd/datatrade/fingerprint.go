package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/fingerprint"
)

// fileFingerprint is what `datatrade fingerprint` prints per file.
type fileFingerprint struct {
	File       string `json:"file"`
	Kind       string `json:"kind"`
	Version    uint16 `json:"version"`
	Commitment string `json:"commitment"`
	Bytes      int64  `json:"bytes"`
}

// pairSimilarity is the similarity of two files: per image component and
// combined (for the MinHash kinds only the combined Jaccard estimate).
type pairSimilarity struct {
	Histogram *float64 `json:"histogram,omitempty"`
	PHash     *float64 `json:"phash,omitempty"`
	SSIM      *float64 `json:"ssim,omitempty"`
	Combined  float64  `json:"combined"`
	Note      string   `json:"note,omitempty"`
}

type fingerprintResult struct {
	Files      []fileFingerprint `json:"files"`
	Similarity *pairSimilarity   `json:"similarity,omitempty"`
}

func (a *app) newFingerprintCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "fingerprint FILE...",
		Short: "Print the robust fingerprint of files, and the similarity of two",
		Long: `Compute the fingerprint of each FILE (images: colour histogram, perceptual hash and
SSIM thumbnail; CSV/TSV: MinHash over rows; text: MinHash over word shingles; other
bytes: MinHash over content-defined chunks) and print its kind, algorithm version
and commitment (SHA-256 of the canonical encoding, the value that goes on chain).
With exactly two files, also print their similarity in [0, 1]: for images per
component (histogram, pHash, SSIM) and combined with the default weights.`,
		Example: `  datatrade fingerprint photo.jpg
  datatrade fingerprint original.png copy.jpg --json`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("name at least one FILE")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			res, err := fingerprintFiles(cmd.Context(), args)
			if err != nil {
				return err
			}
			return a.emit(res, func(w io.Writer) { printFingerprints(w, res) })
		},
	}
}

func fingerprintFiles(ctx context.Context, names []string) (*fingerprintResult, error) {
	res := &fingerprintResult{}
	fps := make([]*fingerprint.Fingerprint, len(names))
	for i, name := range names {
		fp, size, err := fingerprintFile(ctx, name)
		if err != nil {
			return nil, err
		}
		c, err := fp.Commit()
		if err != nil {
			return nil, fmt.Errorf("commit %s: %w", name, err)
		}
		fps[i] = fp
		res.Files = append(res.Files, fileFingerprint{File: name, Kind: fp.Kind.String(), Version: fp.Version,
			Commitment: c.String(), Bytes: size})
	}
	if len(fps) == 2 {
		res.Similarity = similarityOf(fps[0], fps[1])
	}
	return res, nil
}

func fingerprintFile(ctx context.Context, name string) (*fingerprint.Fingerprint, int64, error) {
	f, err := os.Open(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, 0, datatrade.Errorf(datatrade.ENOTFOUND, "%s: no such file", name)
		}
		return nil, 0, datatrade.Errorf(datatrade.EINVALID, "%s: cannot open the file", name)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return nil, 0, datatrade.Errorf(datatrade.EINVALID, "%s: not a regular file", name)
	}
	fp, err := fingerprint.Compute(ctx, f, fingerprint.Hint{Name: name})
	if err != nil {
		var e *datatrade.Error
		if errors.As(err, &e) {
			return nil, 0, datatrade.Errorf(e.Code, "%s: %s", name, datatrade.ErrorMessage(err))
		}
		return nil, 0, fmt.Errorf("fingerprint %s: %w", name, err)
	}
	return fp, st.Size(), nil
}

func similarityOf(a, b *fingerprint.Fingerprint) *pairSimilarity {
	s := &pairSimilarity{Combined: fingerprint.Similarity(a, b).Float()}
	switch {
	case a.Kind != b.Kind:
		s.Note = fmt.Sprintf("different kinds (%s, %s) are not comparable", a.Kind, b.Kind)
	case a.Kind == fingerprint.KindImage:
		c := fingerprint.ImageComponents(a.Image, b.Image)
		h, p, ss := c.Hist.Float(), c.PHash.Float(), c.SSIM.Float()
		s.Histogram, s.PHash, s.SSIM = &h, &p, &ss
	default:
		s.Note = "estimated Jaccard similarity of the MinHash signatures"
	}
	return s
}

func printFingerprints(w io.Writer, res *fingerprintResult) {
	for _, f := range res.Files {
		fmt.Fprintf(w, "%s\n  kind %s, version %d, %d bytes\n  commitment %s\n", f.File, f.Kind, f.Version, f.Bytes, f.Commitment)
	}
	if s := res.Similarity; s != nil {
		fmt.Fprintf(w, "similarity %.4f", s.Combined)
		if s.Histogram != nil {
			fmt.Fprintf(w, " (histogram %.4f, phash %.4f, ssim %.4f)", *s.Histogram, *s.PHash, *s.SSIM)
		}
		if s.Note != "" {
			fmt.Fprintf(w, " — %s", s.Note)
		}
		fmt.Fprintln(w)
	}
}
