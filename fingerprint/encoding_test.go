package fingerprint_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/fingerprint"
)

func TestEncodingRoundTrip(t *testing.T) {
	for _, fp := range []*fingerprint.Fingerprint{
		imageFP(t, genImage(3, 50, 40)),
		mustCompute(t, []byte("a,b\n1,2\n3,4\n"), fingerprint.Hint{}),
		mustCompute(t, []byte("words words words"), fingerprint.Hint{}),
		mustCompute(t, []byte{0, 1, 2, 3}, fingerprint.Hint{}),
	} {
		t.Run(fp.Kind.String(), func(t *testing.T) {
			b, err := fp.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if len(b) != fingerprint.EncodedLen(fp.Kind) {
				t.Errorf("got %d bytes, want %d", len(b), fingerprint.EncodedLen(fp.Kind))
			}
			var got fingerprint.Fingerprint
			if err := got.UnmarshalBinary(b); err != nil {
				t.Fatal(err)
			}
			if s := fingerprint.Similarity(fp, &got); s != fingerprint.One {
				t.Errorf("decoded fingerprint has similarity %v to the original", s)
			}
			b2, _ := got.MarshalBinary()
			if !bytes.Equal(b, b2) {
				t.Error("re-encoding differs")
			}
			c1, _ := fp.Commit()
			c2, _ := got.Commit()
			if c1 != c2 {
				t.Error("commitments differ")
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	good, _ := mustCompute(t, []byte("hello there world"), fingerprint.Hint{}).MarshalBinary()
	newer := bytes.Clone(good)
	newer[5]++
	kind := bytes.Clone(good)
	kind[6] = 9
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"magic", append([]byte("XXXX"), good[4:]...)},
		{"newer version", newer},
		{"unknown kind", kind},
		{"short", good[:len(good)-1]},
		{"long", append(bytes.Clone(good), 0)},
		{"image kind, text length", append(append([]byte(nil), good[:6]...), append([]byte{1}, good[7:]...)...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := fingerprint.Decode(tc.b)
			var de *datatrade.Error
			if !errors.As(err, &de) || de.Code != datatrade.EINVALID {
				t.Errorf("got %v, want an %s error", err, datatrade.EINVALID)
			}
		})
	}
	if _, err := (&fingerprint.Fingerprint{Kind: fingerprint.KindImage, Version: fingerprint.Version}).MarshalBinary(); err == nil {
		t.Error("MarshalBinary of an image fingerprint without features succeeded")
	}
}

// FuzzDecode: Decode never panics, and whatever it accepts re-encodes to
// exactly the input (the encoding is canonical).
func FuzzDecode(f *testing.F) {
	for _, fp := range []*fingerprint.Fingerprint{
		imageFP(f, genImage(3, 20, 20)),
		mustCompute(f, []byte("words words words"), fingerprint.Hint{}),
	} {
		b, _ := fp.MarshalBinary()
		f.Add(b)
	}
	f.Add([]byte("DTFP\x00\x01\x03"))
	f.Fuzz(func(t *testing.T, b []byte) {
		fp, err := fingerprint.Decode(b)
		if err != nil {
			return
		}
		out, err := fp.MarshalBinary()
		if err != nil {
			t.Fatalf("decoded fingerprint does not encode: %v", err)
		}
		if !bytes.Equal(out, b) {
			t.Fatalf("re-encoding differs from the input")
		}
		_ = fingerprint.Similarity(fp, fp)
	})
}
