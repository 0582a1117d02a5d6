package envelope

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/datatrade/datatrade"
)

// testRand is a deterministic randomness source for tests.
func testRand(seed uint64) io.Reader { return rand.NewChaCha8([32]byte{byte(seed), byte(seed >> 8)}) }

func testBytes(seed uint64, n int) []byte {
	b := make([]byte, n)
	testRand(seed + 1000).Read(b)
	return b
}

func testKey(seed uint64) DataKey {
	k, _ := NewDataKey(testRand(seed))
	return k
}

func seal(t testing.TB, key DataKey, id DatasetID, cs int, pt []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, _, err := Encrypt(context.Background(), &buf, bytes.NewReader(pt), key, WriterOptions{ChunkSize: cs, DatasetID: id}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestStreamRoundTrip(t *testing.T) {
	ctx := context.Background()
	key := testKey(1)
	const cs = 64
	for _, n := range []int{0, 1, 63, 64, 65, 128, 129, 1000} {
		pt := testBytes(uint64(n), n)
		ct := seal(t, key, DatasetID{1}, cs, pt)
		if got, want := int64(len(ct)), SealedSize(int64(n), cs); got != want {
			t.Errorf("%d bytes: sealed size %d, want %d", n, got, want)
		}
		// Streaming, both through Decrypt (WriteTo) and byte-wise Read.
		var out bytes.Buffer
		if _, m, err := Decrypt(ctx, &out, bytes.NewReader(ct), key); err != nil || m != int64(n) || !bytes.Equal(out.Bytes(), pt) {
			t.Fatalf("%d bytes: decrypt got %d bytes, err %v", n, m, err)
		}
		r, err := NewReader(bytes.NewReader(ct), key)
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(io.LimitReader(r, 1<<20))
		if err != nil || !bytes.Equal(got, pt) {
			t.Fatalf("%d bytes: read got %d bytes, err %v", n, len(got), err)
		}
		// Writes of every size give the same stream.
		var viaWrite bytes.Buffer
		w, err := NewWriter(&viaWrite, key, WriterOptions{ChunkSize: cs, DatasetID: DatasetID{1}})
		if err != nil {
			t.Fatal(err)
		}
		for rest := pt; len(rest) > 0; {
			k := min(len(rest), 1+len(rest)%37)
			w.Write(rest[:k])
			rest = rest[k:]
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(viaWrite.Bytes(), ct) {
			t.Errorf("%d bytes: Write and ReadFrom give different streams", n)
		}
		// Random access.
		c, err := OpenChunks(bytes.NewReader(ct), int64(len(ct)), key)
		if err != nil {
			t.Fatal(err)
		}
		if c.PlaintextSize() != int64(n) {
			t.Errorf("%d bytes: plaintext size %d", n, c.PlaintextSize())
		}
		var joined []byte
		for i := range c.Len() {
			ch, err := c.Chunk(i)
			if err != nil {
				t.Fatalf("chunk %d: %v", i, err)
			}
			joined = append(joined, ch...)
		}
		if !bytes.Equal(joined, pt) {
			t.Errorf("%d bytes: chunks joined differ from plaintext", n)
		}
	}
}

// TestStreamBadInput checks that every kind of damage is an EINTEGRITY or
// EINVALID error and that no plaintext is reported complete.
func TestStreamBadInput(t *testing.T) {
	ctx := context.Background()
	key := testKey(1)
	const cs = 64
	rs := cs + TagSize
	pt := testBytes(9, 5*cs+10) // 6 chunks
	ct := seal(t, key, DatasetID{1}, cs, pt)
	other := seal(t, key, DatasetID{2}, cs, testBytes(10, len(pt)))
	chunk := func(b []byte, i int) []byte { return b[HeaderSize+i*rs : min(len(b), HeaderSize+(i+1)*rs)] }
	splice := func(i int, with []byte) []byte {
		b := bytes.Clone(ct)
		copy(b[HeaderSize+i*rs:], with)
		return b
	}
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

	for _, tc := range []struct {
		name string
		ct   []byte
		key  DataKey
		code string
	}{
		{"wrong key", ct, testKey(2), datatrade.EINTEGRITY},
		{"flipped ciphertext bit", func() []byte { b := bytes.Clone(ct); b[HeaderSize+3*rs+5] ^= 1; return b }(), key, datatrade.EINTEGRITY},
		{"flipped tag bit", func() []byte { b := bytes.Clone(ct); b[len(b)-1] ^= 1; return b }(), key, datatrade.EINTEGRITY},
		{"header dataset id changed", func() []byte { b := bytes.Clone(ct); b[20] ^= 1; return b }(), key, datatrade.EINTEGRITY},
		{"truncated at a chunk boundary", ct[:HeaderSize+5*rs], key, datatrade.EINTEGRITY},
		{"truncated mid chunk", ct[:HeaderSize+3*rs+20], key, datatrade.EINTEGRITY},
		{"last chunk cut short", ct[:len(ct)-1], key, datatrade.EINTEGRITY},
		{"header only", ct[:HeaderSize], key, datatrade.EINTEGRITY},
		{"chunks swapped", cat(ct[:HeaderSize], chunk(ct, 1), chunk(ct, 0), ct[HeaderSize+2*rs:]), key, datatrade.EINTEGRITY},
		{"chunk dropped", cat(ct[:HeaderSize+2*rs], ct[HeaderSize+3*rs:]), key, datatrade.EINTEGRITY},
		{"chunk duplicated", cat(ct[:HeaderSize+3*rs], chunk(ct, 2), ct[HeaderSize+3*rs:]), key, datatrade.EINTEGRITY},
		{"chunk from another dataset", splice(2, chunk(other, 2)), key, datatrade.EINTEGRITY},
		{"extra data appended", cat(ct, []byte{0}), key, datatrade.EINTEGRITY},
		{"not an envelope", []byte("hello, this is not sealed data at all......."), key, datatrade.EINVALID},
		{"empty", nil, key, datatrade.EINVALID},
		{"unknown version", func() []byte { b := bytes.Clone(ct); b[4] = 2; return b }(), key, datatrade.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			_, _, err := Decrypt(ctx, &out, bytes.NewReader(tc.ct), tc.key)
			if got := datatrade.ErrorCode(err); got != tc.code {
				t.Fatalf("got %v (code %q), want code %q", err, got, tc.code)
			}
			if bytes.Equal(out.Bytes(), pt) {
				t.Error("decrypt failed but wrote the whole plaintext")
			}
			// Random access must refuse the damaged chunk too.
			c, err := OpenChunks(bytes.NewReader(tc.ct), int64(len(tc.ct)), tc.key)
			if err != nil {
				return
			}
			bad := false
			for i := range c.Len() {
				if _, err := c.Chunk(i); err != nil {
					bad = true
				}
			}
			if !bad {
				t.Error("every chunk authenticated by random access")
			}
		})
	}
}

func TestStreamDatasetIDFromRand(t *testing.T) {
	var a, b bytes.Buffer
	r := testRand(3)
	ha, _, err := Encrypt(context.Background(), &a, bytes.NewReader([]byte("x")), testKey(1), WriterOptions{Rand: r})
	if err != nil {
		t.Fatal(err)
	}
	hb, _, err := Encrypt(context.Background(), &b, bytes.NewReader([]byte("x")), testKey(1), WriterOptions{Rand: r})
	if err != nil {
		t.Fatal(err)
	}
	if ha.DatasetID == hb.DatasetID || ha.DatasetID == (DatasetID{}) {
		t.Errorf("dataset ids: got %x and %x, want distinct non-zero", ha.DatasetID, hb.DatasetID)
	}
	if ha.ChunkSize != DefaultChunkSize {
		t.Errorf("chunk size: got %d, want %d", ha.ChunkSize, DefaultChunkSize)
	}
	if _, err := NewWriter(io.Discard, testKey(1), WriterOptions{}); err == nil {
		t.Error("NewWriter without Rand or DatasetID succeeded")
	}
	if _, err := NewWriter(io.Discard, testKey(1), WriterOptions{ChunkSize: 10, DatasetID: DatasetID{1}}); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Errorf("chunk size 10: got %v, want EINVALID", err)
	}
}

func TestStreamCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Encrypt(ctx, io.Discard, bytes.NewReader(testBytes(1, 1000)), testKey(1), WriterOptions{DatasetID: DatasetID{1}}); err == nil {
		t.Error("encrypt with a cancelled context succeeded")
	}
}

func FuzzParseHeader(f *testing.F) {
	h, _ := Header{ChunkSize: DefaultChunkSize, DatasetID: DatasetID{1, 2}}.MarshalBinary()
	f.Add(h)
	f.Add([]byte("DTEV"))
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := ParseHeader(b)
		if err != nil {
			return
		}
		again, err := h.MarshalBinary()
		if err != nil || !bytes.Equal(again, b[:HeaderSize]) {
			t.Fatalf("header does not round-trip: %x vs %x (%v)", again, b[:HeaderSize], err)
		}
	})
}

// FuzzDecrypt feeds arbitrary streams to both decoders: neither may panic,
// and anything accepted must have been sealed under the key.
func FuzzDecrypt(f *testing.F) {
	key := testKey(1)
	f.Add(seal(f, key, DatasetID{1}, 64, testBytes(1, 200)))
	f.Add(seal(f, key, DatasetID{1}, 64, nil))
	f.Fuzz(func(t *testing.T, ct []byte) {
		var out bytes.Buffer
		_, _, errStream := Decrypt(context.Background(), &out, bytes.NewReader(ct), key)
		c, err := OpenChunks(bytes.NewReader(ct), int64(len(ct)), key)
		if err == nil {
			for i := range min(c.Len(), 64) {
				c.Chunk(i)
			}
		}
		if errStream == nil {
			// Accepted: it must re-seal to exactly the input.
			h, _ := ParseHeader(ct)
			if again := seal(t, key, h.DatasetID, h.ChunkSize, out.Bytes()); !bytes.Equal(again, ct) {
				t.Fatal("accepted a stream that is not the sealing of its plaintext")
			}
		}
	})
}

// BenchmarkRawSeal is the baseline for BenchmarkEncrypt: AES-256-GCM
// sealing the same 64 MiB in 1 MiB pieces, with no framing or I/O.
func BenchmarkRawSeal(b *testing.B) {
	block, _ := aes.NewCipher(make([]byte, 32))
	aead, _ := cipher.NewGCM(block)
	pt := testBytes(1, 64<<20)
	dst := make([]byte, DefaultChunkSize+TagSize)
	nonce := make([]byte, 12)
	b.SetBytes(int64(len(pt)))
	for b.Loop() {
		for off := 0; off < len(pt); off += DefaultChunkSize {
			aead.Seal(dst[:0], nonce, pt[off:off+DefaultChunkSize], nil)
		}
	}
}

// BenchmarkRawOpen is the baseline for BenchmarkDecrypt.
func BenchmarkRawOpen(b *testing.B) {
	block, _ := aes.NewCipher(make([]byte, 32))
	aead, _ := cipher.NewGCM(block)
	pt := testBytes(1, 64<<20)
	nonce := make([]byte, 12)
	var ct []byte
	for off := 0; off < len(pt); off += DefaultChunkSize {
		ct = aead.Seal(ct, nonce, pt[off:off+DefaultChunkSize], nil)
	}
	dst := make([]byte, DefaultChunkSize+TagSize)
	b.SetBytes(int64(len(pt)))
	for b.Loop() {
		for off := 0; off < len(ct); off += DefaultChunkSize + TagSize {
			if _, err := aead.Open(dst[:0], nonce, ct[off:off+DefaultChunkSize+TagSize], nil); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkEncrypt(b *testing.B) {
	pt := testBytes(1, 64<<20)
	key := testKey(1)
	b.SetBytes(int64(len(pt)))
	for b.Loop() {
		if _, _, err := Encrypt(context.Background(), io.Discard, bytes.NewReader(pt), key, WriterOptions{DatasetID: DatasetID{1}}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecrypt(b *testing.B) {
	pt := testBytes(1, 64<<20)
	key := testKey(1)
	ct := seal(b, key, DatasetID{1}, DefaultChunkSize, pt)
	b.SetBytes(int64(len(pt)))
	for b.Loop() {
		if _, _, err := Decrypt(context.Background(), io.Discard, bytes.NewReader(ct), key); err != nil {
			b.Fatal(err)
		}
	}
}
