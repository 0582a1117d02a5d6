package spatial

import (
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestGeoHash(t *testing.T) {
	got, err := EncodeGeoHash(Point{Lon: 10.40744, Lat: 57.64911}, 11)
	if err != nil {
		t.Fatal(err)
	}
	if want := "u4pruydqqvj"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	cell, err := DecodeGeoHash(got)
	if err != nil {
		t.Fatal(err)
	}
	if !cell.Contains(Point{Lon: 10.40744, Lat: 57.64911}) {
		t.Errorf("cell %v does not hold the encoded point", cell)
	}
	for _, bad := range []string{"", "u4pruydqqvjxx", "abc", "u4p!"} {
		if _, err := DecodeGeoHash(bad); err == nil {
			t.Errorf("DecodeGeoHash(%q): got nil error, want an error", bad)
		}
	}
	if _, err := EncodeGeoHash(Point{Lon: 0, Lat: 0}, 13); err == nil {
		t.Error("precision 13: got nil error, want an error")
	}
}

func TestFootprintGeoHash(t *testing.T) {
	tests := []struct {
		name string
		b    Box
		want string
	}{
		{"point", PointBox(Point{Lon: 10.40744, Lat: 57.64911}), "u4pruydqqvj"},
		{"small box", Box{10.407, 57.649, 10.408, 57.6495}, "u4pruy"},
		{"across the equator", Box{10, -1, 11, 1}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := FootprintGeoHash(tt.b)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) < len(tt.want) || got[:len(tt.want)] != tt.want || tt.want == "" && got != "" {
				t.Fatalf("got %q, want prefix %q", got, tt.want)
			}
			if got == "" {
				return
			}
			cell, err := DecodeGeoHash(got)
			if err != nil {
				t.Fatal(err)
			}
			if !cell.Contains(Point{tt.b.MinLon, tt.b.MinLat}) || !cell.Contains(Point{tt.b.MaxLon, tt.b.MaxLat}) {
				t.Errorf("cell %v of %q does not hold %v", cell, got, tt.b)
			}
		})
	}
}

// TestHashIDMatchesABIEncode recomputes the hashid with go-ethereum's ABI
// packer, which is what Solidity's abi.encode produces.
func TestHashIDMatchesABIEncode(t *testing.T) {
	mk := func(s string) abi.Arguments {
		ty, err := abi.NewType(s, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		return abi.Arguments{{Type: ty}}
	}
	args := append(append(append(mk("bytes32"), mk("int64")...), mk("bytes32")...), mk("int32")...)
	args = append(append(append(append(args, mk("int32")...), mk("int32")...), mk("int32")...), mk("bytes32")...)
	tests := []struct {
		name  string
		t     time.Time
		b     Box
		attrs map[string]string
	}{
		{"point, no attributes", time.Unix(1_700_000_000, 500), PointBox(Point{Lon: -122.4194, Lat: 37.7749}), nil},
		{"box, attributes, before 1970", time.Unix(-86400, 0), Box{-10.5, -20.25, 3.125, 4}, map[string]string{"sensor": "S2", "band": "B04", "cloud": "0.1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := HashID(tt.t, tt.b, tt.attrs)
			if err != nil {
				t.Fatal(err)
			}
			gh, err := FootprintGeoHash(tt.b)
			if err != nil {
				t.Fatal(err)
			}
			ah, err := AttributesHash(tt.attrs)
			if err != nil {
				t.Fatal(err)
			}
			fixed := func(deg float64) int32 { return int32(math.Round(deg * CoordScale)) }
			packed, err := args.Pack(
				[32]byte(crypto.Keccak256Hash([]byte(HashIDType))), tt.t.Unix(), [32]byte(crypto.Keccak256Hash([]byte(gh))),
				fixed(tt.b.MinLon), fixed(tt.b.MinLat), fixed(tt.b.MaxLon), fixed(tt.b.MaxLat), [32]byte(ah))
			if err != nil {
				t.Fatal(err)
			}
			if want := crypto.Keccak256Hash(packed); got != want {
				t.Errorf("got %s, want %s", got.Hex(), want.Hex())
			}
		})
	}
}

func TestAttributesHash(t *testing.T) {
	// keccak256(keccak256("a") ‖ keccak256("1") ‖ keccak256("b") ‖ keccak256("2")),
	// whatever order the map holds them in.
	want := crypto.Keccak256Hash(crypto.Keccak256([]byte("a")), crypto.Keccak256([]byte("1")),
		crypto.Keccak256([]byte("b")), crypto.Keccak256([]byte("2")))
	for range 10 {
		got, err := AttributesHash(map[string]string{"b": "2", "a": "1"})
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Fatalf("got %s, want %s", got.Hex(), want.Hex())
		}
	}
	if empty, _ := AttributesHash(nil); empty != crypto.Keccak256Hash() {
		t.Errorf("no attributes: got %s, want keccak256 of nothing", empty.Hex())
	}
	if _, err := AttributesHash(map[string]string{"": "x"}); err == nil {
		t.Error("empty key: got nil error, want an error")
	}
}

func TestHashIDSensitive(t *testing.T) {
	base := Item{ID: 1, Time: time.Unix(1_700_000_000, 0), Footprint: Box{1, 2, 3, 4}, Attrs: map[string]string{"k": "v"}}
	h0, err := base.HashID()
	if err != nil {
		t.Fatal(err)
	}
	changes := map[string]func(*Item){
		"time":      func(it *Item) { it.Time = it.Time.Add(time.Second) },
		"footprint": func(it *Item) { it.Footprint.MaxLat = 4.0000001 },
		"value":     func(it *Item) { it.Attrs = map[string]string{"k": "w"} },
		"key":       func(it *Item) { it.Attrs = map[string]string{"j": "v"} },
		"extra":     func(it *Item) { it.Attrs = map[string]string{"k": "v", "x": ""} },
	}
	for name, change := range changes {
		it := base
		change(&it)
		h, err := it.HashID()
		if err != nil {
			t.Fatal(err)
		}
		if h == h0 {
			t.Errorf("changing the %s left the hashid unchanged", name)
		}
	}
	// The listing ID is not part of the hashid.
	other := base
	other.ID = 99
	if h, _ := other.HashID(); h != h0 {
		t.Errorf("got %s for another ID, want %s", h.Hex(), h0.Hex())
	}
}

func TestPutInt(t *testing.T) {
	var b [32]byte
	putInt(b[:], -1)
	if common.Hash(b) != common.MaxHash {
		t.Errorf("-1: got %x, want all ff", b)
	}
	putInt(b[:], 258)
	if new(big.Int).SetBytes(b[:]).Int64() != 258 {
		t.Errorf("258: got %x", b)
	}
}

func FuzzDecodeGeoHash(f *testing.F) {
	for _, s := range []string{"u4pruydqqvj", "", "zzzzzzzzzzzz", "a", "0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := DecodeGeoHash(s)
		if err != nil {
			return
		}
		if err := b.Validate(); err != nil {
			t.Fatalf("decoded cell %v of %q is invalid: %v", b, s, err)
		}
		again, err := EncodeGeoHash(b.Center(), uint(len(s)))
		if err != nil {
			t.Fatal(err)
		}
		if again != s {
			t.Fatalf("re-encoding the centre of %q gives %q", s, again)
		}
	})
}
