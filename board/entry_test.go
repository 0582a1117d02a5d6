package board

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/datatrade/datatrade"
)

func TestEntryRoundTrip(t *testing.T) {
	f := newFixture(t)
	for i := range 8 {
		e := f.entry(t, i)
		b, err := e.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		if len(b) != EntrySize {
			t.Fatalf("len = %d, want %d", len(b), EntrySize)
		}
		got, err := UnmarshalEntry(b)
		if err != nil {
			t.Fatalf("UnmarshalEntry: %v", err)
		}
		if got.TradeID.Cmp(e.TradeID) != 0 || got.Kind != e.Kind || got.Party != e.Party ||
			got.Content != e.Content || !got.Time.Equal(e.Time) || !bytes.Equal(got.Signature, e.Signature) {
			t.Fatalf("round trip: got %+v, want %+v", got, e)
		}
		if err := got.Verify(); err != nil {
			t.Fatalf("Verify after round trip: %v", err)
		}
	}
}

func TestEntryVerifyRefuses(t *testing.T) {
	f := newFixture(t)
	good := f.entry(t, 0)
	tests := []struct {
		name   string
		mutate func(e *Entry)
		code   string
	}{
		{"other party's key", func(e *Entry) { _ = e.Sign(f.parties[1]) }, datatrade.EUNAUTHORIZED},
		{"party changed", func(e *Entry) { e.Party = f.parties[1].addr() }, datatrade.EUNAUTHORIZED},
		{"content changed", func(e *Entry) { e.Content[0] ^= 1 }, datatrade.EUNAUTHORIZED},
		{"trade changed", func(e *Entry) { e.TradeID = big.NewInt(7) }, datatrade.EUNAUTHORIZED},
		{"kind changed", func(e *Entry) { e.Kind = KindDispute }, datatrade.EUNAUTHORIZED},
		{"time changed", func(e *Entry) { e.Time = e.Time.Add(1) }, datatrade.EUNAUTHORIZED},
		{"short signature", func(e *Entry) { e.Signature = e.Signature[:64] }, datatrade.EUNAUTHORIZED},
		{"bad V", func(e *Entry) { e.Signature[64] = 1 }, datatrade.EUNAUTHORIZED},
		{"high S", func(e *Entry) { e.Signature = highS(e.Signature) }, datatrade.EUNAUTHORIZED},
		{"unknown kind", func(e *Entry) { e.Kind = 9 }, datatrade.EINVALID},
		{"no trade id", func(e *Entry) { e.TradeID = nil }, datatrade.EINVALID},
		{"negative trade id", func(e *Entry) { e.TradeID = big.NewInt(-1) }, datatrade.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := good
			e.Signature = bytes.Clone(good.Signature)
			tt.mutate(&e)
			err := e.Verify()
			if got := datatrade.ErrorCode(err); got != tt.code {
				t.Fatalf("Verify() code = %q (%v), want %q", got, err, tt.code)
			}
		})
	}
	if good.TradeID.Cmp(big.NewInt(1000)) != 0 {
		t.Fatalf("shared trade id was mutated: %v", good.TradeID)
	}
}

// highS returns the malleated twin of sig (s' = n - s, V flipped), which
// recovers to the same key but is not canonical.
func highS(sig []byte) []byte {
	n, _ := new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
	s := new(big.Int).SetBytes(sig[32:64])
	out := bytes.Clone(sig)
	new(big.Int).Sub(n, s).FillBytes(out[32:64])
	out[64] ^= 1 // 27 <-> 28
	return out
}

func TestUnmarshalEntryRefuses(t *testing.T) {
	f := newFixture(t)
	good, err := f.entry(t, 0).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	with := func(i int, b byte) []byte { c := bytes.Clone(good); c[i] = b; return c }
	tests := []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"version 0", with(0, 0)},
		{"version 2", with(0, 2)},
		{"kind 0", with(1, 0)},
		{"kind 5", with(1, 5)},
		{"short", good[:EntrySize-1]},
		{"trailing byte", append(bytes.Clone(good), 0)},
		{"zero time", func() []byte { c := bytes.Clone(good); clear(c[bodySize-8 : bodySize]); return c }()},
		{"negative time", with(bodySize-8, 0x80)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := UnmarshalEntry(tt.in)
			var de *datatrade.Error
			if !errors.As(err, &de) || de.Code != datatrade.EINVALID {
				t.Fatalf("UnmarshalEntry() error = %v, want an EINVALID *datatrade.Error", err)
			}
		})
	}
}

func FuzzUnmarshalEntry(f *testing.F) {
	fx := newFixture(f)
	for i := range 4 {
		b, err := fx.entry(f, i).Marshal()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte{})
	f.Add([]byte{1})
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := UnmarshalEntry(b)
		if err != nil {
			if datatrade.ErrorCode(err) != datatrade.EINVALID {
				t.Fatalf("error code = %q, want %q", datatrade.ErrorCode(err), datatrade.EINVALID)
			}
			return
		}
		// Canonical: what decodes re-encodes to the same bytes.
		again, err := e.Marshal()
		if err != nil {
			t.Fatalf("Marshal of a decoded entry: %v", err)
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("re-encoding differs:\n got %x\nwant %x", again, b)
		}
		_ = e.Verify() // must not panic
	})
}
