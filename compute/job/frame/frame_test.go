package frame

import (
	"bytes"
	"errors"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	tests := [][]Dataset{
		{},
		{{Listing: 1, Data: []byte("a,b\n1,2\n")}},
		{{Listing: 7, Data: nil}, {Listing: 1 << 60, Data: []byte("#dataset 1 2\nxx")}},
	}
	for i, ds := range tests {
		enc := Encode(ds)
		if len(enc) != Size(ds) {
			t.Errorf("%d: Size = %d, len(Encode) = %d", i, Size(ds), len(enc))
		}
		got, err := Parse(bytes.NewReader(enc), 1<<20)
		if err != nil {
			t.Fatalf("%d: %v", i, err)
		}
		if len(got) != len(ds) {
			t.Fatalf("%d: got %d datasets, want %d", i, len(got), len(ds))
		}
		for j := range ds {
			if got[j].Listing != ds[j].Listing || !bytes.Equal(got[j].Data, ds[j].Data) {
				t.Errorf("%d/%d: got %d %q, want %d %q", i, j, got[j].Listing, got[j].Data, ds[j].Listing, ds[j].Data)
			}
		}
	}
}

func TestParseRefuses(t *testing.T) {
	good := Encode([]Dataset{{Listing: 3, Data: []byte("hello")}})
	tests := map[string][]byte{
		"empty":          nil,
		"no header":      []byte("x,y\n1,2\n"),
		"truncated data": good[:len(good)-1],
		"trailing":       append(append([]byte(nil), good...), '!'),
		"bad count":      []byte("#datatrade-datasets -1\n"),
		"missing ds":     []byte("#datatrade-datasets 2\n#dataset 1 0\n"),
		"bad length":     []byte("#datatrade-datasets 1\n#dataset 1 x\n"),
		"long line":      append([]byte("#datatrade-datasets 1\n#dataset 1 "), bytes.Repeat([]byte("1"), 200)...),
		"over max":       Encode([]Dataset{{Listing: 1, Data: make([]byte, 100)}}),
	}
	for name, in := range tests {
		if _, err := Parse(bytes.NewReader(in), 64); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: got %v, want ErrFormat", name, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(Encode([]Dataset{{Listing: 3, Data: []byte("hello")}, {Listing: 4}}))
	f.Add([]byte("#datatrade-datasets 1\n#dataset 1 99999999999\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		ds, err := Parse(bytes.NewReader(b), 1<<16)
		if err != nil {
			return
		}
		if again := Encode(ds); !bytes.Equal(again, b) {
			// Equal up to number spelling (leading zeros, spaces): the
			// re-encoding must parse to the same datasets.
			ds2, err := Parse(bytes.NewReader(again), 1<<16)
			if err != nil || len(ds2) != len(ds) {
				t.Fatalf("re-encoding does not parse: %v", err)
			}
		}
	})
}
