package index_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/fingerprint"
	"github.com/datatrade/datatrade/fingerprint/index"
)

func TestWriteDecode(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	x := index.New(index.Config{})
	queries := buildMixed(t, x, rng, 20)
	x.Remove(2)
	var buf bytes.Buffer
	n, err := x.WriteTo(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(buf.Len()) {
		t.Errorf("WriteTo returned %d, wrote %d bytes", n, buf.Len())
	}
	y, err := index.Decode(bytes.NewReader(buf.Bytes()), index.Config{})
	if err != nil {
		t.Fatal(err)
	}
	if x.Len() != y.Len() {
		t.Fatalf("decoded %d entries, want %d", y.Len(), x.Len())
	}
	for i, q := range queries {
		if a, b := x.Search(q, 0, fingerprint.ScoreOf(0.5)), y.Search(q, 0, fingerprint.ScoreOf(0.5)); !slices.Equal(a, b) {
			t.Errorf("query %d: before %v, after %v", i, a, b)
		}
	}
	var again bytes.Buffer
	if _, err := y.WriteTo(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("re-encoding the decoded index differs")
	}
}

func TestDecodeErrors(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	x := index.New(index.Config{})
	for id := uint64(1); id <= 3; id++ {
		if err := x.Add(id, synthImage(rng)); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if _, err := x.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	recLen := (len(good) - 14) / 3
	swapped := slices.Clone(good)
	binary.BigEndian.PutUint64(swapped[14:], 9) // first id above the second
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"magic", append([]byte("NOPE"), good[4:]...)},
		{"version", append(append([]byte(nil), good[:4]...), append([]byte{0, 9}, good[6:]...)...)},
		{"truncated", good[:len(good)-1]},
		{"trailing", append(slices.Clone(good), 0)},
		{"ids out of order", swapped},
		{"bad fingerprint", append(slices.Clone(good[:14+recLen-1]), good[14+recLen:]...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := index.Decode(bytes.NewReader(tc.b), index.Config{})
			var de *datatrade.Error
			if !errors.As(err, &de) || de.Code != datatrade.EINVALID {
				t.Errorf("got %v, want an %s error", err, datatrade.EINVALID)
			}
		})
	}
}

// FuzzDecode: Decode never panics, and an index it accepts encodes back
// to the same bytes.
func FuzzDecode(f *testing.F) {
	rng := rand.New(rand.NewPCG(2, 2))
	x := index.New(index.Config{})
	_ = x.Add(7, synthImage(rng))
	_ = x.Add(9, textFP(f, randWords(rng, 20)))
	var buf bytes.Buffer
	if _, err := x.WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("DTIX\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00"))
	f.Add([]byte("DTIX\x00\x01\xff\xff\xff\xff\xff\xff\xff\xff"))
	f.Fuzz(func(t *testing.T, b []byte) {
		y, err := index.Decode(bytes.NewReader(b), index.Config{})
		if err != nil {
			return
		}
		var out bytes.Buffer
		if _, err := y.WriteTo(&out); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Bytes(), b) {
			t.Fatal("re-encoding differs from the input")
		}
	})
}
