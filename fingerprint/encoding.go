package fingerprint

import (
	"crypto/sha256"
	"encoding"
	"encoding/binary"
	"encoding/hex"

	"github.com/datatrade/datatrade"
)

// The binary encoding of a fingerprint (Version 1), all integers big-endian:
//
//	magic   "DTFP" (4 bytes)
//	version uint16
//	kind    uint8
//	image:   phash uint64, histogram HistBins × uint16, thumbnail ThumbSide² bytes
//	others:  signature MinHashK × uint64
//
// The layout is fixed by the version and the kind, so every fingerprint has
// exactly one encoding and Decode accepts nothing else.
const magic = "DTFP"

var (
	_ encoding.BinaryMarshaler   = (*Fingerprint)(nil)
	_ encoding.BinaryUnmarshaler = (*Fingerprint)(nil)
)

const (
	headerLen       = len(magic) + 2 + 1
	imagePayloadLen = 8 + 2*HistBins + ThumbSide*ThumbSide
	sigPayloadLen   = 8 * MinHashK
)

// EncodedLen returns the length of the encoding of a fingerprint of kind k
// (0 for a kind that cannot be encoded).
func EncodedLen(k Kind) int {
	switch {
	case k == KindImage:
		return headerLen + imagePayloadLen
	case k.usesMinHash():
		return headerLen + sigPayloadLen
	}
	return 0
}

// MarshalBinary returns the canonical encoding of f. It fails with
// EINVALID for a fingerprint that Compute or Decode could not have
// returned (unknown kind or version, missing features).
func (f *Fingerprint) MarshalBinary() ([]byte, error) {
	if f == nil || f.Version != Version || EncodedLen(f.Kind) == 0 ||
		(f.Kind == KindImage) != (f.Image != nil) || f.Kind.usesMinHash() != (f.MinHash != nil) {
		return nil, datatrade.Errorf(datatrade.EINVALID, "malformed fingerprint")
	}
	b := make([]byte, 0, EncodedLen(f.Kind))
	b = append(b, magic...)
	b = binary.BigEndian.AppendUint16(b, f.Version)
	b = append(b, byte(f.Kind))
	if f.Kind == KindImage {
		b = binary.BigEndian.AppendUint64(b, f.Image.PHash)
		for _, v := range f.Image.Hist {
			b = binary.BigEndian.AppendUint16(b, v)
		}
		return append(b, f.Image.Thumb[:]...), nil
	}
	for _, v := range f.MinHash {
		b = binary.BigEndian.AppendUint64(b, v)
	}
	return b, nil
}

// UnmarshalBinary decodes a fingerprint encoded by MarshalBinary into f.
// It is Decode for the encoding.BinaryUnmarshaler interface.
func (f *Fingerprint) UnmarshalBinary(b []byte) error {
	g, err := Decode(b)
	if err != nil {
		return err
	}
	*f = *g
	return nil
}

// Decode parses the canonical encoding of a fingerprint. It accepts
// exactly the byte strings MarshalBinary produces, so Decode followed by
// MarshalBinary returns the input.
//
// Errors (EINVALID): wrong magic or length, an unsupported version (a
// fingerprint from a newer release), an unknown kind.
func Decode(b []byte) (*Fingerprint, error) {
	if len(b) < headerLen || string(b[:len(magic)]) != magic {
		return nil, datatrade.Errorf(datatrade.EINVALID, "not an encoded fingerprint")
	}
	v := binary.BigEndian.Uint16(b[len(magic):])
	if v != Version {
		return nil, datatrade.Errorf(datatrade.EINVALID, "unsupported fingerprint version %d (this build reads version %d)", v, Version)
	}
	k := Kind(b[headerLen-1])
	n := EncodedLen(k)
	if n == 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "unknown fingerprint kind %d", k)
	}
	if len(b) != n {
		return nil, datatrade.Errorf(datatrade.EINVALID, "encoded %s fingerprint has %d bytes, want %d", k, len(b), n)
	}
	p := b[headerLen:]
	f := &Fingerprint{Kind: k, Version: v}
	if k == KindImage {
		img := &ImageFeatures{PHash: binary.BigEndian.Uint64(p)}
		p = p[8:]
		for i := range img.Hist {
			img.Hist[i] = binary.BigEndian.Uint16(p[2*i:])
		}
		copy(img.Thumb[:], p[2*HistBins:])
		f.Image = img
		return f, nil
	}
	sig := &Signature{}
	for i := range sig {
		sig[i] = binary.BigEndian.Uint64(p[8*i:])
	}
	f.MinHash = sig
	return f, nil
}

// Commitment is the SHA-256 of a fingerprint's canonical encoding: what
// goes on chain and into signed notifications in place of the
// fingerprint itself.
type Commitment [32]byte

// String returns the commitment in hex.
func (c Commitment) String() string { return hex.EncodeToString(c[:]) }

// Commit returns the commitment to f. Errors are MarshalBinary's.
func (f *Fingerprint) Commit() (Commitment, error) {
	b, err := f.MarshalBinary()
	if err != nil {
		return Commitment{}, err
	}
	return sha256.Sum256(b), nil
}
