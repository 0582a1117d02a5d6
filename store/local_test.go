package store

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/datatrade/datatrade"
)

func openTestStore(t testing.TB) *Local {
	t.Helper()
	s, err := OpenLocal(t.TempDir(), LocalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestLocalRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	for _, n := range []int{0, 1, 262144, 262144*3 + 17} {
		data := testBytes(uint64(n)+99, n)
		c, size, err := s.Put(ctx, bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if size != int64(n) {
			t.Errorf("size: got %d, want %d", size, n)
		}
		want, _, err := Sum(ctx, bytes.NewReader(data), DefaultParams)
		if err != nil {
			t.Fatal(err)
		}
		if !c.Equals(want) || c.Version() != 1 {
			t.Errorf("cid: got %s, want %s (version 1)", c, want)
		}
		// Storing again is idempotent.
		c2, _, err := s.Put(ctx, bytes.NewReader(data))
		if err != nil || !c2.Equals(c) {
			t.Errorf("second put: got %s, %v; want %s", c2, err, c)
		}
		r, err := s.Get(ctx, c)
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(r)
		r.Close()
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("get %d bytes: got %d bytes, err %v", n, len(got), err)
		}
		if ok, err := s.Has(ctx, c); !ok || err != nil {
			t.Errorf("has: got %t, %v; want true", ok, err)
		}
		if err := s.Delete(ctx, c); err != nil {
			t.Fatal(err)
		}
		if ok, err := s.Has(ctx, c); ok || err != nil {
			t.Errorf("has after delete: got %t, %v; want false", ok, err)
		}
		if _, err := s.Get(ctx, c); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
			t.Errorf("get after delete: got %v, want code %s", err, datatrade.ENOTFOUND)
		}
		if err := s.Delete(ctx, c); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
			t.Errorf("second delete: got %v, want code %s", err, datatrade.ENOTFOUND)
		}
	}
}

func TestLocalCorruptedBlob(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name    string
		corrupt func(b []byte) []byte
	}{
		{"flipped byte", func(b []byte) []byte { b[len(b)/2] ^= 1; return b }},
		{"truncated", func(b []byte) []byte { return b[:len(b)-1] }},
		{"extended", func(b []byte) []byte { return append(b, 0) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openTestStore(t)
			data := testBytes(5, 600000)
			c, _, err := s.Put(ctx, bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			path := s.path(c)
			if err := os.WriteFile(path, tc.corrupt(bytes.Clone(data)), 0o600); err != nil {
				t.Fatal(err)
			}
			r, err := s.Get(ctx, c)
			if err != nil {
				t.Fatal(err)
			}
			_, err = io.ReadAll(r)
			r.Close()
			if datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
				t.Errorf("read: got %v, want code %s", err, datatrade.EINTEGRITY)
			}
			if err := s.Verify(ctx, c); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
				t.Errorf("verify: got %v, want code %s", err, datatrade.EINTEGRITY)
			}
		})
	}
}

// failingReader yields some bytes, then an error, like a connection that drops.
type failingReader struct{ n int }

func (f *failingReader) Read(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("connection dropped")
	}
	k := min(len(p), f.n)
	f.n -= k
	return k, nil
}

func TestLocalFailedPutLeavesNothing(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := OpenLocal(dir, LocalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Put(ctx, &failingReader{n: 700000}); err == nil {
		t.Fatal("put from a failing reader succeeded")
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, _, err := s.Put(cctx, bytes.NewReader(testBytes(1, 1000))); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled put: got %v, want context.Canceled", err)
	}
	// A crash mid-write leaves a temp file; reopening removes it.
	if err := os.WriteFile(filepath.Join(dir, "tmp", "put-crashed"), []byte("partial"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenLocal(dir, LocalOptions{}); err != nil {
		t.Fatal(err)
	}
	var files []string
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, path)
		}
		return err
	})
	if len(files) != 0 {
		t.Errorf("files left after failed puts and a crash: %v", files)
	}
}

func TestParseCID(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"QmZULkCELmmk5XNfCgTnCyFgAVxBRBXyDHGGMVoLFLiXEN", "bafybeiffndsajwhk3lwjewwdxqntmjm4b5wxaaanokonsggenkbw6slwk4"},
		{"bafybeiffndsajwhk3lwjewwdxqntmjm4b5wxaaanokonsggenkbw6slwk4", "bafybeiffndsajwhk3lwjewwdxqntmjm4b5wxaaanokonsggenkbw6slwk4"},
		{"not-a-cid", ""},
		{"", ""},
	} {
		c, err := ParseCID(tc.in)
		if tc.want == "" {
			if datatrade.ErrorCode(err) != datatrade.EINVALID {
				t.Errorf("ParseCID(%q): got %v, want code %s", tc.in, err, datatrade.EINVALID)
			}
			continue
		}
		if err != nil || c.String() != tc.want {
			t.Errorf("ParseCID(%q) = %s, %v; want %s", tc.in, c, err, tc.want)
		}
	}
}

func BenchmarkLocalPut(b *testing.B) {
	ctx := context.Background()
	s := openTestStore(b)
	data := testBytes(1, 16<<20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		data[0]++ // a new blob each time
		if _, _, err := s.Put(ctx, bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLocalGet(b *testing.B) {
	ctx := context.Background()
	s := openTestStore(b)
	data := testBytes(1, 16<<20)
	c, _, err := s.Put(ctx, bytes.NewReader(data))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		r, err := s.Get(ctx, c)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := io.Copy(io.Discard, r); err != nil {
			b.Fatal(err)
		}
		r.Close()
	}
}

func BenchmarkSum(b *testing.B) {
	data := testBytes(1, 16<<20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Sum(context.Background(), bytes.NewReader(data), DefaultParams); err != nil {
			b.Fatal(err)
		}
	}
}
