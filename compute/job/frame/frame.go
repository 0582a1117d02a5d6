// Package frame is the framing of several datasets on a compute guest's
// stdin (see package compute/job): a header line, then for each dataset a
// line naming its listing and length followed by exactly that many bytes.
//
//	#datatrade-datasets <count>\n
//	#dataset <listing id> <length in bytes>\n
//	<exactly length bytes>
//	…
//
// It imports only the standard library, so Go guests built with GOOS=wasip1
// use it to read their input.
package frame

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Dataset is one framed dataset.
type Dataset struct {
	Listing uint64
	Data    []byte
}

const (
	header    = "#datatrade-datasets"
	dsHeader  = "#dataset"
	maxLine   = 128
	maxCount  = 1 << 16
	sizeGuess = 64
)

// Size returns the length of Encode's output for datasets.
func Size(datasets []Dataset) int {
	n := len(header) + 1 + len(strconv.Itoa(len(datasets))) + 1
	for _, d := range datasets {
		n += len(dsHeader) + 1 + len(strconv.FormatUint(d.Listing, 10)) + 1 + len(strconv.Itoa(len(d.Data))) + 1 + len(d.Data)
	}
	return n
}

// Append appends the framing of datasets to b.
func Append(b []byte, datasets []Dataset) []byte {
	b = fmt.Appendf(b, "%s %d\n", header, len(datasets))
	for _, d := range datasets {
		b = fmt.Appendf(b, "%s %d %d\n", dsHeader, d.Listing, len(d.Data))
		b = append(b, d.Data...)
	}
	return b
}

// Encode returns the framing of datasets.
func Encode(datasets []Dataset) []byte {
	return Append(make([]byte, 0, Size(datasets)), datasets)
}

// ErrFormat is returned (wrapped) for input that is not framed datasets.
var ErrFormat = errors.New("frame: malformed datasets")

func line(r *bufio.Reader) (string, error) {
	var b []byte
	for len(b) <= maxLine {
		c, err := r.ReadByte()
		if err != nil {
			return "", fmt.Errorf("%w: truncated header line", ErrFormat)
		}
		if c == '\n' {
			return string(b), nil
		}
		b = append(b, c)
	}
	return "", fmt.Errorf("%w: header line too long", ErrFormat)
}

// Parse reads framed datasets from r, holding at most maxTotal bytes of
// data. It returns an error wrapping ErrFormat for malformed input,
// trailing bytes, or more data than maxTotal.
func Parse(r io.Reader, maxTotal int64) ([]Dataset, error) {
	br := bufio.NewReader(r)
	l, err := line(br)
	if err != nil {
		return nil, err
	}
	f := strings.Fields(l)
	if len(f) != 2 || f[0] != header {
		return nil, fmt.Errorf("%w: no %s header", ErrFormat, header)
	}
	count, err := strconv.ParseUint(f[1], 10, 32)
	if err != nil || count > maxCount {
		return nil, fmt.Errorf("%w: bad dataset count", ErrFormat)
	}
	out := make([]Dataset, 0, min(count, sizeGuess))
	var total int64
	for i := range count {
		l, err := line(br)
		if err != nil {
			return nil, err
		}
		f := strings.Fields(l)
		if len(f) != 3 || f[0] != dsHeader {
			return nil, fmt.Errorf("%w: dataset %d has no %s line", ErrFormat, i, dsHeader)
		}
		id, err1 := strconv.ParseUint(f[1], 10, 64)
		n, err2 := strconv.ParseInt(f[2], 10, 64)
		if err1 != nil || err2 != nil || n < 0 {
			return nil, fmt.Errorf("%w: dataset %d: bad listing id or length", ErrFormat, i)
		}
		if n > maxTotal-total {
			return nil, fmt.Errorf("%w: more than %d bytes of data", ErrFormat, maxTotal)
		}
		total += n
		data := make([]byte, n)
		if _, err := io.ReadFull(br, data); err != nil {
			return nil, fmt.Errorf("%w: dataset %d is truncated", ErrFormat, i)
		}
		out = append(out, Dataset{Listing: id, Data: data})
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, fmt.Errorf("%w: trailing bytes after the last dataset", ErrFormat)
	}
	return out, nil
}
