package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"image"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/fingerprint"
)

func TestFingerprintCommand(t *testing.T) {
	dir := t.TempDir()
	imgs, err := generateImages(5, 21)
	if err != nil {
		t.Fatal(err)
	}
	orig := filepath.Join(dir, "orig.png")
	if err := os.WriteFile(orig, imgs[0].data, 0o644); err != nil {
		t.Fatal(err)
	}
	// A JPEG re-encoding of the same picture: a near copy.
	src, _, err := image.Decode(bytes.NewReader(imgs[0].data))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, src, &jpeg.Options{Quality: 70}); err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(dir, "copy.jpg")
	if err := os.WriteFile(copyPath, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// A different picture of another family.
	other := filepath.Join(dir, "other.png")
	if err := os.WriteFile(other, imgs[4].data, 0o644); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("the quick brown fox jumps over the lazy dog again and again"), 0o644); err != nil {
		t.Fatal(err)
	}

	var one fingerprintResult
	mustData(t, &one, "fingerprint", orig)
	if len(one.Files) != 1 || one.Similarity != nil {
		t.Fatalf("one file: got %+v, want one entry and no similarity", one)
	}
	f := one.Files[0]
	fp, err := fingerprint.Compute(context.Background(), bytes.NewReader(imgs[0].data), fingerprint.Hint{})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := fp.Commit()
	if f.Kind != "image" || f.Version != fingerprint.Version || f.Commitment != hex.EncodeToString(c[:]) || f.Bytes != int64(len(imgs[0].data)) {
		t.Errorf("got %+v, want image, version %d, commitment %x, %d bytes", f, fingerprint.Version, c, len(imgs[0].data))
	}

	var near, far fingerprintResult
	mustData(t, &near, "fingerprint", orig, copyPath)
	mustData(t, &far, "fingerprint", orig, other)
	if near.Similarity == nil || far.Similarity == nil || near.Similarity.SSIM == nil {
		t.Fatalf("two images: missing per-component similarity: %+v %+v", near.Similarity, far.Similarity)
	}
	if near.Files[0].Commitment == near.Files[1].Commitment {
		t.Error("a JPEG re-encoding has the same commitment as the PNG")
	}
	ns, fs := near.Similarity, far.Similarity
	if ns.Combined <= fs.Combined || ns.Combined < 0.8 {
		t.Errorf("combined similarity: copy %v, other %v; want the copy ≥ 0.8 and above the other", ns.Combined, fs.Combined)
	}
	for _, v := range []float64{*ns.Histogram, *ns.PHash, *ns.SSIM, *fs.Histogram, *fs.PHash, *fs.SSIM, fs.Combined} {
		if v < 0 || v > 1 {
			t.Errorf("component %v outside [0,1]", v)
		}
	}

	var mixed fingerprintResult
	mustData(t, &mixed, "fingerprint", orig, text)
	if mixed.Files[1].Kind != "text" || mixed.Similarity.Combined != 0 || mixed.Similarity.SSIM != nil || mixed.Similarity.Note == "" {
		t.Errorf("image vs text: got %+v %+v, want text kind, similarity 0 with a note", mixed.Files[1], mixed.Similarity)
	}

	out, errs, code := runCLI(t, context.Background(), "fingerprint", orig, copyPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"kind image", "commitment " + f.Commitment, "similarity ", "ssim "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestFingerprintCommandErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.bin")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	badPNG := filepath.Join(dir, "bad.png")
	if err := os.WriteFile(badPNG, []byte("\x89PNG\r\n\x1a\n truncated"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		code string
		args []string
	}{
		{"missing", datatrade.ENOTFOUND, []string{filepath.Join(dir, "nope.png")}},
		{"empty", datatrade.EINVALID, []string{empty}},
		{"directory", datatrade.EINVALID, []string{dir}},
		{"broken image", datatrade.EINVALID, []string{badPNG}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			failData(t, tc.code, append([]string{"fingerprint"}, tc.args...)...)
		})
	}
	if _, _, code := runCLI(t, context.Background(), "fingerprint"); code != 2 {
		t.Errorf("no files: exit %d, want 2", code)
	}
}
