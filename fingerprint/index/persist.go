package index

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/fingerprint"
)

// The persisted form of an index (version 1), integers big-endian:
//
//	magic   "DTIX" (4 bytes)
//	version uint16
//	count   uint64
//	count × { id uint64, length uint16, fingerprint encoding }
//
// Entries are in increasing ID order. The hash tables are not stored:
// Decode rebuilds them, so the format does not change when the table
// layout does.
const (
	indexMagic   = "DTIX"
	indexVersion = 1
)

var _ io.WriterTo = (*Index)(nil)

// WriteTo writes a snapshot of the index's entries to w and returns the
// number of bytes written.
func (x *Index) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	write := func(b []byte) error {
		m, err := bw.Write(b)
		n += int64(m)
		return err
	}
	entries := x.snapshot()
	hdr := append([]byte(indexMagic), 0, indexVersion)
	hdr = binary.BigEndian.AppendUint64(hdr, uint64(len(entries)))
	if err := write(hdr); err != nil {
		return n, fmt.Errorf("index: write: %w", err)
	}
	for _, e := range entries {
		b, err := e.fp.MarshalBinary()
		if err != nil {
			return n, err
		}
		rec := binary.BigEndian.AppendUint64(nil, e.id)
		rec = binary.BigEndian.AppendUint16(rec, uint16(len(b)))
		if err := write(append(rec, b...)); err != nil {
			return n, fmt.Errorf("index: write: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("index: write: %w", err)
	}
	return n, nil
}

// Decode reads an index written by WriteTo and rebuilds its tables with
// cfg. Errors: EINVALID for anything but a complete, well-formed index
// (wrong magic or version, truncated data, malformed fingerprints, IDs not
// strictly increasing, trailing bytes); read errors from r wrapped.
func Decode(r io.Reader, cfg Config) (*Index, error) {
	br := bufio.NewReader(r)
	bad := func(format string, args ...any) error {
		return datatrade.Errorf(datatrade.EINVALID, "malformed index: "+format, args...)
	}
	readFull := func(b []byte) error {
		if _, err := io.ReadFull(br, b); err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return bad("truncated")
			}
			return fmt.Errorf("index: read: %w", err)
		}
		return nil
	}
	hdr := make([]byte, 14)
	if err := readFull(hdr); err != nil {
		return nil, err
	}
	if string(hdr[:4]) != indexMagic {
		return nil, bad("wrong magic")
	}
	if v := binary.BigEndian.Uint16(hdr[4:]); v != indexVersion {
		return nil, bad("unsupported version %d", v)
	}
	count := binary.BigEndian.Uint64(hdr[6:])
	x := New(cfg)
	var last uint64
	rec := make([]byte, 10)
	buf := make([]byte, 0, 2048)
	for i := uint64(0); i < count; i++ {
		if err := readFull(rec); err != nil {
			return nil, err
		}
		id := binary.BigEndian.Uint64(rec)
		if i > 0 && id <= last {
			return nil, bad("entry ids out of order")
		}
		last = id
		n := int(binary.BigEndian.Uint16(rec[8:]))
		if n > cap(buf) {
			return nil, bad("entry %d is too long", id)
		}
		buf = buf[:n]
		if err := readFull(buf); err != nil {
			return nil, err
		}
		fp, err := fingerprint.Decode(buf)
		if err != nil {
			return nil, bad("entry %d: %s", id, datatrade.ErrorMessage(err))
		}
		if err := x.Add(id, fp); err != nil {
			return nil, err
		}
	}
	if _, err := br.ReadByte(); !errors.Is(err, io.EOF) {
		if err != nil {
			return nil, fmt.Errorf("index: read: %w", err)
		}
		return nil, bad("trailing bytes")
	}
	return x, nil
}
