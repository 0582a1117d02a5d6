package fingerprint

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"io"
)

// Content-defined chunking parameters of Version 1 (FastCDC-style with
// normalised chunking around the average size).
const (
	cdcMin = 2 << 10
	cdcAvg = 8 << 10
	cdcMax = 64 << 10
	// Before the average size a cut needs 15 zero bits, after it 11, which
	// pulls chunk sizes towards the average.
	cdcMaskSmall = uint64(1<<15-1) << (64 - 15)
	cdcMaskLarge = uint64(1<<11-1) << (64 - 11)
	gearSeed     = 0x6765617274616230 // "geartab0"
)

// gearTable returns the 256 pseudo-random gear values, derived from a fixed
// seed with splitmix64 so that every machine uses the same table.
func gearTable() *[256]uint64 {
	var t [256]uint64
	s := uint64(gearSeed)
	for i := range t {
		s += 0x9e3779b97f4a7c15
		t[i] = mix64(s)
	}
	return &t
}

// chunkHashes splits the stream into content-defined chunks with a gear
// rolling hash and calls fn with the first 8 bytes of each chunk's SHA-256.
// An insertion or deletion changes only the chunks around it, so the set of
// chunk hashes of a modified file overlaps the original's. It returns the
// number of bytes read.
func chunkHashes(ctx context.Context, r io.Reader, fn func(uint64)) (int64, error) {
	gear := gearTable()
	br := bufio.NewReaderSize(r, 1<<16)
	buf := make([]byte, 0, cdcMax)
	var total int64
	var h uint64
	emit := func() {
		sum := sha256.Sum256(buf)
		fn(binary.BigEndian.Uint64(sum[:8]))
		buf = buf[:0]
		h = 0
	}
	for {
		b, err := br.ReadByte()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return total, err
		}
		total++
		if total&(1<<20-1) == 0 {
			if err := ctx.Err(); err != nil {
				return total, err
			}
		}
		buf = append(buf, b)
		h = h<<1 + gear[b]
		n := len(buf)
		switch {
		case n < cdcMin:
		case n < cdcAvg:
			if h&cdcMaskSmall == 0 {
				emit()
			}
		case n < cdcMax:
			if h&cdcMaskLarge == 0 {
				emit()
			}
		default:
			emit()
		}
	}
	if len(buf) > 0 {
		emit()
	}
	return total, nil
}
