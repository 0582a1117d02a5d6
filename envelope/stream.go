package envelope

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/datatrade/datatrade"
)

// Format constants of stream version 1.
const (
	// HeaderSize is the size of a stream header in bytes.
	HeaderSize = 32
	// TagSize is the authentication tag added to each chunk.
	TagSize = 16
	// DefaultChunkSize is the plaintext chunk size used unless set.
	DefaultChunkSize = 1 << 20
	// MinChunkSize and MaxChunkSize bound the chunk size.
	MinChunkSize = 64
	MaxChunkSize = 64 << 20

	version1    = 1
	suiteAESGCM = 1
	keyInfo     = "datatrade envelope v1 chunk key"
)

var magic = [4]byte{'D', 'T', 'E', 'V'}

// DataKey is the secret key of one dataset.
type DataKey [32]byte

// DatasetID names a sealed dataset; it must be unique per data key.
type DatasetID [16]byte

// NewDataKey draws a fresh data key from rand (crypto/rand.Reader in production).
func NewDataKey(rand io.Reader) (DataKey, error) {
	var k DataKey
	if _, err := io.ReadFull(rand, k[:]); err != nil {
		return DataKey{}, fmt.Errorf("draw data key: %w", err)
	}
	return k, nil
}

// Header is the versioned header of a sealed stream.
type Header struct {
	// ChunkSize is the plaintext size of every chunk but the last.
	ChunkSize int
	// DatasetID names the dataset; chunks are bound to it.
	DatasetID DatasetID
}

// MarshalBinary encodes h in the 32-byte wire form.
func (h Header) MarshalBinary() ([]byte, error) {
	if h.ChunkSize < MinChunkSize || h.ChunkSize > MaxChunkSize {
		return nil, datatrade.Errorf(datatrade.EINVALID, "chunk size must be between %d and %d bytes", MinChunkSize, MaxChunkSize)
	}
	b := make([]byte, HeaderSize)
	copy(b, magic[:])
	b[4] = version1
	b[5] = suiteAESGCM
	binary.BigEndian.PutUint32(b[8:], uint32(h.ChunkSize))
	copy(b[12:28], h.DatasetID[:])
	return b, nil
}

// ParseHeader decodes a stream header. Errors are EINVALID and say what is
// wrong: not a datatrade envelope, an unsupported version or suite, or
// malformed fields.
func ParseHeader(b []byte) (Header, error) {
	if len(b) < HeaderSize {
		return Header{}, datatrade.Errorf(datatrade.EINVALID, "not a datatrade envelope (too short)")
	}
	if [4]byte(b[:4]) != magic {
		return Header{}, datatrade.Errorf(datatrade.EINVALID, "not a datatrade envelope")
	}
	if b[4] != version1 {
		return Header{}, datatrade.Errorf(datatrade.EINVALID, "unsupported envelope version %d", b[4])
	}
	if b[5] != suiteAESGCM {
		return Header{}, datatrade.Errorf(datatrade.EINVALID, "unsupported envelope cipher suite %d", b[5])
	}
	if b[6] != 0 || b[7] != 0 || binary.BigEndian.Uint32(b[28:32]) != 0 {
		return Header{}, datatrade.Errorf(datatrade.EINVALID, "malformed envelope header (reserved bytes set)")
	}
	cs := binary.BigEndian.Uint32(b[8:12])
	if cs < MinChunkSize || cs > MaxChunkSize {
		return Header{}, datatrade.Errorf(datatrade.EINVALID, "malformed envelope header (chunk size %d)", cs)
	}
	h := Header{ChunkSize: int(cs)}
	copy(h.DatasetID[:], b[12:28])
	return h, nil
}

// sealer holds the per-dataset AEAD state shared by readers and writers.
type sealer struct {
	h     Header
	ad    []byte
	aead  cipher.AEAD
	nonce [12]byte
}

func newSealer(key DataKey, h Header) (*sealer, error) {
	ad, err := h.MarshalBinary()
	if err != nil {
		return nil, err
	}
	k, err := hkdf.Key(sha256.New, key[:], h.DatasetID[:], keyInfo, 32)
	if err != nil {
		return nil, fmt.Errorf("derive chunk key: %w", err)
	}
	block, err := aes.NewCipher(k)
	if err != nil {
		return nil, fmt.Errorf("chunk cipher: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("chunk cipher: %w", err)
	}
	s := &sealer{h: h, ad: ad, aead: aead}
	copy(s.nonce[:3], h.DatasetID[:3])
	return s, nil
}

func (s *sealer) nonceFor(i uint64, last bool) []byte {
	binary.BigEndian.PutUint64(s.nonce[3:11], i)
	s.nonce[11] = 0
	if last {
		s.nonce[11] = 1
	}
	return s.nonce[:]
}

// seal encrypts buf[:n] in place into buf[:n+TagSize].
func (s *sealer) seal(buf []byte, n int, i uint64, last bool) []byte {
	return s.aead.Seal(buf[:0], s.nonceFor(i, last), buf[:n], s.ad)
}

// open decrypts record rec in place and returns the plaintext.
func (s *sealer) open(rec []byte, i uint64, last bool) ([]byte, error) {
	if len(rec) < TagSize {
		return nil, errTruncated
	}
	pt, err := s.aead.Open(rec[:0], s.nonceFor(i, last), rec, s.ad)
	if err != nil {
		return nil, chunkError(i)
	}
	return pt, nil
}

var errTruncated = datatrade.Errorf(datatrade.EINTEGRITY, "the sealed data is truncated")

func chunkError(i uint64) error {
	return datatrade.Errorf(datatrade.EINTEGRITY,
		"chunk %d failed authentication: wrong key, or the data was tampered with, truncated, reordered or taken from another dataset", i)
}

// WriterOptions configure NewWriter.
type WriterOptions struct {
	// ChunkSize is the plaintext chunk size; 0 means DefaultChunkSize.
	ChunkSize int
	// DatasetID names the dataset; the zero value means "draw one from Rand".
	DatasetID DatasetID
	// Rand is the randomness for the dataset id (crypto/rand.Reader in production).
	Rand io.Reader
}

// Writer seals a plaintext stream. Close must be called to seal the last
// chunk; until then the output is incomplete. A Writer is not safe for
// concurrent use.
type Writer struct {
	w      io.Writer
	s      *sealer
	buf    []byte // plaintext of the current chunk, capacity chunk size + tag
	n      int    // bytes in buf
	index  uint64
	wrote  bool // header written
	closed bool
	err    error
	ctx    context.Context // checked before each chunk when set (by Encrypt)
}

// NewWriter returns a Writer that seals what is written to it under key and
// writes the stream to w.
func NewWriter(w io.Writer, key DataKey, opts WriterOptions) (*Writer, error) {
	h := Header{ChunkSize: opts.ChunkSize, DatasetID: opts.DatasetID}
	if h.ChunkSize == 0 {
		h.ChunkSize = DefaultChunkSize
	}
	if h.DatasetID == (DatasetID{}) {
		if opts.Rand == nil {
			return nil, errors.New("envelope: WriterOptions.Rand is required to draw a dataset id")
		}
		if _, err := io.ReadFull(opts.Rand, h.DatasetID[:]); err != nil {
			return nil, fmt.Errorf("draw dataset id: %w", err)
		}
	}
	s, err := newSealer(key, h)
	if err != nil {
		return nil, err
	}
	return &Writer{w: w, s: s, buf: make([]byte, h.ChunkSize+TagSize)}, nil
}

// Header returns the stream's header.
func (w *Writer) Header() Header { return w.s.h }

// Write implements io.Writer.
func (w *Writer) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	if w.closed {
		return 0, errors.New("envelope: write after close")
	}
	total := 0
	cs := w.s.h.ChunkSize
	for len(p) > 0 {
		if w.n == 0 && len(p) > cs {
			// A whole chunk with more data after it: seal it straight from
			// p, without copying it into the buffer first.
			if err := w.sealFrom(p[:cs]); err != nil {
				return total, err
			}
			p = p[cs:]
			total += cs
			continue
		}
		if w.n == cs {
			// More data follows, so the buffered chunk is not the last.
			if err := w.flush(false); err != nil {
				return total, err
			}
		}
		k := copy(w.buf[w.n:cs], p)
		w.n += k
		p = p[k:]
		total += k
	}
	return total, nil
}

// ReadFrom reads plaintext from r until EOF straight into the chunk buffer.
// It does not close the Writer.
func (w *Writer) ReadFrom(r io.Reader) (int64, error) {
	var total int64
	cs := w.s.h.ChunkSize
	for {
		if w.err != nil {
			return total, w.err
		}
		if w.n == cs {
			// Keep the full chunk until we know whether more follows.
			var probe [1]byte
			k, err := io.ReadFull(r, probe[:])
			if k == 0 {
				if err == io.EOF {
					return total, nil
				}
				return total, err
			}
			if err := w.flush(false); err != nil {
				return total, err
			}
			w.buf[0] = probe[0]
			w.n = 1
			total++
		}
		k, err := io.ReadFull(r, w.buf[w.n:cs])
		w.n += k
		total += int64(k)
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}

func (w *Writer) writeHeader() error {
	if w.wrote {
		return nil
	}
	w.wrote = true
	if _, err := w.w.Write(w.s.ad); err != nil {
		w.err = err
		return err
	}
	return nil
}

// sealFrom seals the full, non-last chunk pt into the buffer and writes it.
func (w *Writer) sealFrom(pt []byte) error {
	if err := w.check(); err != nil {
		return err
	}
	rec := w.s.aead.Seal(w.buf[:0], w.s.nonceFor(w.index, false), pt, w.s.ad)
	if _, err := w.w.Write(rec); err != nil {
		w.err = err
		return err
	}
	w.index++
	return nil
}

// check writes the header if needed and fails once the context is done.
func (w *Writer) check() error {
	if w.ctx != nil {
		if err := w.ctx.Err(); err != nil {
			w.err = err
			return err
		}
	}
	return w.writeHeader()
}

func (w *Writer) flush(last bool) error {
	if err := w.check(); err != nil {
		return err
	}
	rec := w.s.seal(w.buf, w.n, w.index, last)
	if _, err := w.w.Write(rec); err != nil {
		w.err = err
		return err
	}
	w.index++
	w.n = 0
	return nil
}

// Close seals the last chunk. It does not close the underlying writer.
func (w *Writer) Close() error {
	if w.closed {
		return w.err
	}
	w.closed = true
	if w.err != nil {
		return w.err
	}
	return w.flush(true)
}

// Reader opens a sealed stream and yields its plaintext. Read returns
// plaintext only after the chunk holding it authenticated, and returns an
// EINTEGRITY error (never io.EOF) if the stream is truncated, tampered with,
// reordered, or not sealed under this key. The plaintext read so far must
// not be treated as complete before Read returned io.EOF.
// A Reader is not safe for concurrent use.
type Reader struct {
	r        io.Reader
	s        *sealer
	cur, nxt []byte // record buffers; nxt holds a lookahead record
	curN     int
	nxtN     int
	haveNext bool
	index    uint64
	out      []byte // authenticated plaintext not yet returned
	done     bool
	err      error
}

// NewReader reads the header from r and returns a Reader for the stream.
func NewReader(r io.Reader, key DataKey) (*Reader, error) {
	hb := make([]byte, HeaderSize)
	if _, err := io.ReadFull(r, hb); err != nil {
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return nil, datatrade.Errorf(datatrade.EINVALID, "not a datatrade envelope (too short)")
		}
		return nil, fmt.Errorf("read envelope header: %w", err)
	}
	h, err := ParseHeader(hb)
	if err != nil {
		return nil, err
	}
	s, err := newSealer(key, h)
	if err != nil {
		return nil, err
	}
	rs := h.ChunkSize + TagSize
	return &Reader{r: r, s: s, cur: make([]byte, rs), nxt: make([]byte, rs)}, nil
}

// Header returns the stream's header.
func (r *Reader) Header() Header { return r.s.h }

// readRecord fills buf from the stream; it returns the bytes read and
// whether the stream ended.
func (r *Reader) readRecord(buf []byte) (int, bool, error) {
	n, err := io.ReadFull(r.r, buf)
	switch err {
	case nil:
		return n, false, nil
	case io.EOF, io.ErrUnexpectedEOF:
		return n, true, nil
	default:
		return n, false, fmt.Errorf("read sealed data: %w", err)
	}
}

// next authenticates the next record into r.out.
func (r *Reader) next() error {
	if !r.haveNext {
		// First record.
		n, _, err := r.readRecord(r.cur)
		if err != nil {
			return err
		}
		r.curN = n
	} else {
		r.cur, r.nxt = r.nxt, r.cur
		r.curN = r.nxtN
	}
	if r.curN == 0 {
		return errTruncated
	}
	last := r.curN < len(r.cur)
	if !last {
		n, _, err := r.readRecord(r.nxt)
		if err != nil {
			return err
		}
		r.nxtN, r.haveNext = n, true
		last = n == 0
	}
	pt, err := r.s.open(r.cur[:r.curN], r.index, last)
	if err != nil {
		return err
	}
	if !last && len(pt) != r.s.h.ChunkSize {
		return chunkError(r.index)
	}
	r.index++
	r.out = pt
	r.done = last
	r.haveNext = true
	return nil
}

// Read implements io.Reader.
func (r *Reader) Read(p []byte) (int, error) {
	for len(r.out) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		if r.done {
			return 0, io.EOF
		}
		if err := r.next(); err != nil {
			r.err = err
			return 0, err
		}
	}
	n := copy(p, r.out)
	r.out = r.out[n:]
	return n, nil
}

// WriteTo writes the authenticated plaintext to w without an extra copy.
func (r *Reader) WriteTo(w io.Writer) (int64, error) {
	var total int64
	for {
		if len(r.out) > 0 {
			n, err := w.Write(r.out)
			total += int64(n)
			r.out = r.out[n:]
			if err != nil {
				return total, err
			}
		}
		if r.err != nil {
			return total, r.err
		}
		if r.done {
			return total, nil
		}
		if err := r.next(); err != nil {
			r.err = err
			return total, err
		}
	}
}

// Encrypt seals src to dst under key and returns the header and the number
// of plaintext bytes, checking ctx between chunks.
func Encrypt(ctx context.Context, dst io.Writer, src io.Reader, key DataKey, opts WriterOptions) (Header, int64, error) {
	w, err := NewWriter(dst, key, opts)
	if err != nil {
		return Header{}, 0, err
	}
	w.ctx = ctx
	n, err := io.Copy(w, src)
	if err != nil {
		return Header{}, n, err
	}
	return w.Header(), n, w.Close()
}

// Decrypt opens the sealed stream src under key and writes its plaintext to
// dst, checking ctx between chunks. On error, what was written to dst is
// incomplete and must be discarded.
func Decrypt(ctx context.Context, dst io.Writer, src io.Reader, key DataKey) (Header, int64, error) {
	r, err := NewReader(ctxReader{ctx, src}, key)
	if err != nil {
		return Header{}, 0, err
	}
	n, err := r.WriteTo(dst)
	return r.Header(), n, err
}

// ctxReader fails reads once ctx is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// Chunks gives random access to the chunks of a sealed stream stored in an
// io.ReaderAt of known size. It is safe for concurrent use if r is.
type Chunks struct {
	r     io.ReaderAt
	key   DataKey
	h     Header
	n     uint64 // number of chunks
	lastN int    // record size of the last chunk
	size  int64  // plaintext size
}

// OpenChunks reads the header of the sealed stream in r (size bytes long).
func OpenChunks(r io.ReaderAt, size int64, key DataKey) (*Chunks, error) {
	hb := make([]byte, HeaderSize)
	if size < HeaderSize {
		return nil, datatrade.Errorf(datatrade.EINVALID, "not a datatrade envelope (too short)")
	}
	if _, err := r.ReadAt(hb, 0); err != nil {
		return nil, fmt.Errorf("read envelope header: %w", err)
	}
	h, err := ParseHeader(hb)
	if err != nil {
		return nil, err
	}
	if _, err := newSealer(key, h); err != nil {
		return nil, err
	}
	body := size - HeaderSize
	rs := int64(h.ChunkSize + TagSize)
	n := (body + rs - 1) / rs
	lastN := body - (n-1)*rs
	if n == 0 || lastN < TagSize || (n > 1 && lastN == TagSize) {
		return nil, errTruncated
	}
	return &Chunks{r: r, key: key, h: h, n: uint64(n), lastN: int(lastN), size: body - n*TagSize}, nil
}

// Header returns the stream's header.
func (c *Chunks) Header() Header { return c.h }

// Len returns the number of chunks.
func (c *Chunks) Len() uint64 { return c.n }

// PlaintextSize returns the plaintext size implied by the stream's length.
func (c *Chunks) PlaintextSize() int64 { return c.size }

// Chunk authenticates and returns the plaintext of chunk i.
func (c *Chunks) Chunk(i uint64) ([]byte, error) {
	if i >= c.n {
		return nil, datatrade.Errorf(datatrade.EINVALID, "chunk %d out of range (the dataset has %d)", i, c.n)
	}
	s, err := newSealer(c.key, c.h)
	if err != nil {
		return nil, err
	}
	rs := c.h.ChunkSize + TagSize
	last := i == c.n-1
	n := rs
	if last {
		n = c.lastN
	}
	rec := make([]byte, n)
	if _, err := c.r.ReadAt(rec, HeaderSize+int64(i)*int64(rs)); err != nil {
		return nil, fmt.Errorf("read chunk %d: %w", i, err)
	}
	return s.open(rec, i, last)
}

// SealedSize returns the size of the sealed stream of a plaintext of n bytes.
func SealedSize(n int64, chunkSize int) int64 {
	chunks := (n + int64(chunkSize) - 1) / int64(chunkSize)
	if chunks == 0 {
		chunks = 1
	}
	return HeaderSize + n + chunks*TagSize
}
