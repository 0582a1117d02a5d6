package meter

import "errors"

// errTruncated and friends are internal decoding failures; Instrument turns
// them into user-safe errors with the offset where they happened.
var (
	errTruncated = errors.New("unexpected end of data")
	errLEB       = errors.New("malformed LEB128 integer")
)

// reader decodes the WebAssembly binary format from a byte slice. Every
// method checks bounds and returns an error instead of panicking.
type reader struct {
	b   []byte
	pos int
}

func (r *reader) eof() bool { return r.pos >= len(r.b) }

func (r *reader) byte() (byte, error) {
	if r.pos >= len(r.b) {
		return 0, errTruncated
	}
	c := r.b[r.pos]
	r.pos++
	return c, nil
}

func (r *reader) bytes(n int) ([]byte, error) {
	if n < 0 || n > len(r.b)-r.pos {
		return nil, errTruncated
	}
	s := r.b[r.pos : r.pos+n]
	r.pos += n
	return s, nil
}

func (r *reader) skip(n int) error {
	_, err := r.bytes(n)
	return err
}

// uleb reads an unsigned LEB128 integer of at most bits bits.
func (r *reader) uleb(bits uint) (uint64, error) {
	var v uint64
	var shift uint
	maxBytes := int((bits + 6) / 7)
	for i := 0; ; i++ {
		if i >= maxBytes {
			return 0, errLEB
		}
		c, err := r.byte()
		if err != nil {
			return 0, err
		}
		if i == maxBytes-1 {
			// The last byte may only carry the bits that are left.
			rest := bits - shift
			if rest < 7 && c&0x7f>>rest != 0 {
				return 0, errLEB
			}
		}
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			return v, nil
		}
		shift += 7
	}
}

func (r *reader) u32() (uint32, error) {
	v, err := r.uleb(32)
	return uint32(v), err
}

// sleb reads a signed LEB128 integer of at most bits bits.
func (r *reader) sleb(bits uint) (int64, error) {
	var v int64
	var shift uint
	maxBytes := int((bits + 6) / 7)
	for i := 0; ; i++ {
		if i >= maxBytes {
			return 0, errLEB
		}
		c, err := r.byte()
		if err != nil {
			return 0, err
		}
		if i == maxBytes-1 && bits-shift < 7 {
			// The unused high bits of the last byte must all equal the
			// sign bit.
			rest := bits - shift
			sign := c >> (rest - 1) & 1
			high := (c & 0x7f) >> rest
			if (sign == 0 && high != 0) || (sign == 1 && high != 0x7f>>rest) {
				return 0, errLEB
			}
		}
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v, nil
		}
	}
}

// name reads a length-prefixed byte string.
func (r *reader) name() ([]byte, error) {
	n, err := r.u32()
	if err != nil {
		return nil, err
	}
	return r.bytes(int(n))
}

func appendU32(b []byte, v uint32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v != 0 {
			b = append(b, c|0x80)
			continue
		}
		return append(b, c)
	}
}

func appendS64(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func appendName(b []byte, s string) []byte {
	b = appendU32(b, uint32(len(s)))
	return append(b, s...)
}
