package fingerprint

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/datatrade/datatrade"
)

// Hint tells Compute what it cannot see in the content. The zero Hint
// means: detect everything from the content.
type Hint struct {
	// Kind forces the kind of data; KindUnknown detects it.
	Kind Kind
	// Name is the data's file name, if known; a .csv or .tsv extension
	// makes text tabular.
	Name string
}

// Options are the resource limits of Compute. The zero value uses the
// defaults.
type Options struct {
	// MaxImageBytes bounds the size of an encoded image (images are read
	// whole). Default 256 MiB.
	MaxImageBytes int64
	// MaxImagePixels bounds width × height of an image, checked before it
	// is decoded. Default 100 million.
	MaxImagePixels int64
}

const (
	defaultMaxImageBytes  = 256 << 20
	defaultMaxImagePixels = 100_000_000
	sniffLen              = 8 << 10
)

// Compute reads all of r and returns the fingerprint of the data, with the
// kind detected from the content unless hint fixes it. It uses the default
// Options.
//
// Errors: EINVALID (as a *datatrade.Error) for empty input, an undecodable
// or oversized image, malformed CSV, or an unknown hint kind; ctx's error
// when it is cancelled; read errors from r wrapped.
func Compute(ctx context.Context, r io.Reader, hint Hint) (*Fingerprint, error) {
	return Options{}.Compute(ctx, r, hint)
}

// Compute is Compute with the limits in o.
func (o Options) Compute(ctx context.Context, r io.Reader, hint Hint) (*Fingerprint, error) {
	if o.MaxImageBytes <= 0 {
		o.MaxImageBytes = defaultMaxImageBytes
	}
	if o.MaxImagePixels <= 0 {
		o.MaxImagePixels = defaultMaxImagePixels
	}
	br := bufio.NewReaderSize(r, sniffLen)
	head, err := br.Peek(sniffLen)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, fmt.Errorf("fingerprint: read: %w", err)
	}
	if len(head) == 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "cannot fingerprint empty data")
	}
	full := len(head) == sniffLen
	kind := hint.Kind
	var comma rune
	if kind == KindUnknown {
		kind, comma = detect(head, full, hint.Name)
	} else if kind == KindTabular {
		if comma = sniffCSV(head, full); comma == 0 {
			comma = defaultComma(hint.Name)
		}
	}
	switch kind {
	case KindImage:
		data, err := io.ReadAll(io.LimitReader(br, o.MaxImageBytes+1))
		if err != nil {
			return nil, fmt.Errorf("fingerprint: read image: %w", err)
		}
		if int64(len(data)) > o.MaxImageBytes {
			return nil, datatrade.Errorf(datatrade.EINVALID, "image is larger than the limit of %d bytes", o.MaxImageBytes)
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		img, err := decodeImage(data, o.MaxImagePixels)
		if err != nil {
			return nil, err
		}
		return &Fingerprint{Kind: KindImage, Version: Version, Image: ImageFeaturesOf(img)}, nil
	case KindTabular:
		return minHashOf(KindTabular, func(m *minHasher) error { return csvRows(ctx, br, comma, m.add) })
	case KindText:
		return minHashOf(KindText, func(m *minHasher) error { return textShingles(ctx, br, m.add) })
	case KindBinary:
		return minHashOf(KindBinary, func(m *minHasher) error {
			_, err := chunkHashes(ctx, br, m.add)
			return err
		})
	}
	return nil, datatrade.Errorf(datatrade.EINVALID, "unknown data kind %d", hint.Kind)
}

func minHashOf(kind Kind, feed func(*minHasher) error) (*Fingerprint, error) {
	m := newMinHasher()
	if err := feed(m); err != nil {
		var de *datatrade.Error
		if errors.As(err, &de) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return nil, err
		}
		return nil, fmt.Errorf("fingerprint %s: %w", kind, err)
	}
	if m.n == 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "no %s content to fingerprint", kind)
	}
	sig := m.sig
	return &Fingerprint{Kind: kind, Version: Version, MinHash: &sig}, nil
}

// detect guesses the kind of data from its first bytes (head; full means
// more may follow) and its name.
func detect(head []byte, full bool, name string) (Kind, rune) {
	if imageFormat(head) != "" {
		return KindImage, 0
	}
	if !looksText(head, full) {
		return KindBinary, 0
	}
	if c := sniffCSV(head, full); c != 0 {
		return KindTabular, c
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".csv", ".tsv":
		return KindTabular, defaultComma(name)
	}
	return KindText, 0
}

func defaultComma(name string) rune {
	if strings.EqualFold(path.Ext(name), ".tsv") {
		return '\t'
	}
	return ','
}

// looksText reports whether head is UTF-8 without NUL bytes and with
// almost no control characters.
func looksText(head []byte, full bool) bool {
	if full {
		// Drop a rune cut in half by the end of the sniffed prefix.
		for i := 0; i < utf8.UTFMax && len(head) > 0; i++ {
			if r, _ := utf8.DecodeLastRune(head); r != utf8.RuneError {
				break
			}
			head = head[:len(head)-1]
		}
	}
	if !utf8.Valid(head) {
		return false
	}
	ctrl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return false
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f':
			ctrl++
		}
	}
	return ctrl*100 <= len(head)
}

// sniffCSV returns the delimiter under which the complete lines of head
// parse as at least three records of the same width (at least two fields),
// preferring the widest; 0 when there is none.
func sniffCSV(head []byte, full bool) rune {
	if full {
		i := bytes.LastIndexByte(head, '\n')
		if i < 0 {
			return 0
		}
		head = head[:i+1]
	}
	best, bestWidth := rune(0), 1
	for _, comma := range []rune{',', '\t', ';', '|'} {
		if bytes.IndexRune(head, comma) < 0 {
			continue
		}
		cr := csv.NewReader(bytes.NewReader(head))
		cr.Comma = comma
		recs, err := cr.ReadAll()
		if err != nil || len(recs) < 3 {
			continue
		}
		w := len(recs[0])
		if w > bestWidth && !slices.ContainsFunc(recs, func(r []string) bool { return len(r) != w }) {
			best, bestWidth = comma, w
		}
	}
	return best
}

// csvRows calls add with the hash of each row of CSV data. A row's element
// is its trimmed fields sorted and joined, so reordering rows or columns
// does not change the set; each distinct row counts once.
func csvRows(ctx context.Context, r io.Reader, comma rune, add func(uint64)) error {
	cr := csv.NewReader(r)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = true
	var fields []string
	for n := 0; ; n++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return datatrade.Errorf(datatrade.EINVALID, "malformed CSV at line %d: %v", pe.Line, pe.Err)
			}
			return err
		}
		if n&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		fields = fields[:0]
		for _, f := range rec {
			fields = append(fields, strings.TrimSpace(f))
		}
		slices.Sort(fields)
		h := uint64(fnvOffset)
		for i, f := range fields {
			if i > 0 {
				h = fnvAdd(h, []byte{0x1f})
			}
			h = fnvAddString(h, f)
		}
		add(mix64(h))
	}
}

// textShingles calls add with the hash of every run of three consecutive
// tokens of UTF-8 text (one shingle of all tokens when there are fewer).
// Tokens are maximal runs of ASCII letters and digits (lower-cased) or of
// non-ASCII runes outside fixed punctuation and space ranges; every CJK
// ideograph, kana or hangul syllable is a token of its own. The rules use
// fixed code point ranges, never Unicode tables that change between Go
// releases.
func textShingles(ctx context.Context, r io.Reader, add func(uint64)) error {
	br := bufio.NewReader(r)
	var tok []byte
	var ring [3]uint64
	count := 0
	flush := func() {
		if len(tok) == 0 {
			return
		}
		ring[0], ring[1], ring[2] = ring[1], ring[2], mix64(fnvAdd(fnvOffset, tok))
		tok = tok[:0]
		count++
		if count >= 3 {
			add(mix64(mix64(mix64(ring[0])^ring[1]) ^ ring[2]))
		}
	}
	for n := 0; ; n++ {
		c, size, err := br.ReadRune()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return err
		}
		if n&(1<<16-1) == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		switch {
		case c == utf8.RuneError && size == 1:
			flush()
		case c < 0x80:
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				tok = append(tok, byte(c))
			case 'A' <= c && c <= 'Z':
				tok = append(tok, byte(c+'a'-'A'))
			default:
				flush()
			}
		case separatorRune(c):
			flush()
		case ideograph(c):
			flush()
			tok = utf8.AppendRune(tok, c)
			flush()
		default:
			tok = utf8.AppendRune(tok, c)
		}
	}
	flush()
	switch count {
	case 1:
		add(mix64(ring[2]))
	case 2:
		add(mix64(mix64(ring[1]) ^ ring[2]))
	}
	return nil
}

// separatorRune reports fixed non-ASCII spaces and punctuation.
func separatorRune(c rune) bool {
	switch {
	case c >= 0x80 && c <= 0xbf: // Latin-1 controls, NBSP, symbols
		return true
	case c == 0xd7 || c == 0xf7: // × ÷
		return true
	case c >= 0x2000 && c <= 0x206f: // general punctuation, spaces
		return true
	case c >= 0x3000 && c <= 0x303f: // CJK symbols and punctuation
		return true
	case c >= 0xfe30 && c <= 0xfe4f, c >= 0xff00 && c <= 0xff0f, c >= 0xff1a && c <= 0xff20:
		return true
	case c == 0xfeff: // byte order mark
		return true
	}
	return false
}

// ideograph reports runes of scripts written without spaces.
func ideograph(c rune) bool {
	return c >= 0x3040 && c <= 0x30ff || // kana
		c >= 0x3400 && c <= 0x9fff || // CJK ideographs
		c >= 0xac00 && c <= 0xd7af || // hangul
		c >= 0xf900 && c <= 0xfaff || // compatibility ideographs
		c >= 0x20000 && c <= 0x3134f
}
