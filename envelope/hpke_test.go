package envelope

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/datatrade/datatrade"
)

var testKDF = KDFParams{Time: 1, MemoryKiB: 64, Threads: 1}

func TestWrapUnwrap(t *testing.T) {
	ctx := WrapContext{ChainID: 1337, Contract: [20]byte{0xaa}, TradeID: [32]byte{31: 7}, Purpose: "seller-to-exchange"}
	secrets := Secrets{DataKey: testKey(1), ListingSalt: ListingSalt{9}}
	secret, _ := secrets.MarshalBinary()
	for _, kem := range []KEM{KEMMLKEM768X25519, KEMX25519} {
		t.Run(kem.String(), func(t *testing.T) {
			k, err := GenerateKey(testRand(1), kem)
			if err != nil {
				t.Fatal(err)
			}
			other, _ := GenerateKey(testRand(2), kem)
			wrapped, err := Wrap(k.Public(), ctx, secret)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Unwrap(k, ctx, wrapped)
			if err != nil || !bytes.Equal(got, secret) {
				t.Fatalf("unwrap: got %x, %v", got, err)
			}
			var back Secrets
			if err := back.UnmarshalBinary(got); err != nil || back != secrets {
				t.Fatalf("secrets: got %+v, %v", back, err)
			}
			// The same public key parses back from its encoding.
			pk, err := ParsePublicKeyHex(k.Public().String())
			if err != nil || !pk.Equal(k.Public()) || pk.KEM() != kem {
				t.Fatalf("public key round trip: %v", err)
			}
			// Deterministic from the seed.
			k2, _ := GenerateKey(testRand(1), kem)
			if !k2.Public().Equal(k.Public()) {
				t.Error("same seed gave different keys")
			}

			tampered := bytes.Clone(wrapped)
			tampered[len(tampered)-1] ^= 1
			change := func(f func(*WrapContext)) WrapContext { c := ctx; f(&c); return c }
			for _, tc := range []struct {
				name    string
				k       *PrivateKey
				c       WrapContext
				wrapped []byte
				code    string
			}{
				{"wrong key", other, ctx, wrapped, datatrade.EINTEGRITY},
				{"other chain", k, change(func(c *WrapContext) { c.ChainID = 1 }), wrapped, datatrade.EINTEGRITY},
				{"other contract", k, change(func(c *WrapContext) { c.Contract[19] = 1 }), wrapped, datatrade.EINTEGRITY},
				{"other trade", k, change(func(c *WrapContext) { c.TradeID[31] = 8 }), wrapped, datatrade.EINTEGRITY},
				{"other purpose", k, change(func(c *WrapContext) { c.Purpose = "exchange-to-buyer" }), wrapped, datatrade.EINTEGRITY},
				{"tampered", k, ctx, tampered, datatrade.EINTEGRITY},
				{"truncated", k, ctx, wrapped[:40], datatrade.EINTEGRITY},
				{"garbage", k, ctx, []byte{9, 9}, datatrade.EINVALID},
			} {
				if _, err := Unwrap(tc.k, tc.c, tc.wrapped); datatrade.ErrorCode(err) != tc.code {
					t.Errorf("%s: got %v, want code %s", tc.name, err, tc.code)
				}
			}
		})
	}
	// A wrapping for one KEM is refused by a key of the other.
	hk, _ := GenerateKey(testRand(1), KEMMLKEM768X25519)
	xk, _ := GenerateKey(testRand(1), KEMX25519)
	w, _ := Wrap(hk.Public(), ctx, secret)
	if _, err := Unwrap(xk, ctx, w); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Errorf("cross-KEM unwrap: got %v, want EINVALID", err)
	}
}

func TestParseKEM(t *testing.T) {
	for in, want := range map[string]KEM{"mlkem768-x25519": KEMMLKEM768X25519, "X25519": KEMX25519, "hybrid": KEMMLKEM768X25519} {
		if got, err := ParseKEM(in); err != nil || got != want {
			t.Errorf("ParseKEM(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseKEM("rsa"); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Errorf("ParseKEM(rsa): got %v, want EINVALID", err)
	}
}

func TestKeyFile(t *testing.T) {
	pass := []byte("correct horse battery staple")
	for _, kem := range []KEM{KEMMLKEM768X25519, KEMX25519} {
		t.Run(kem.String(), func(t *testing.T) {
			k, _ := GenerateKey(testRand(3), kem)
			b, err := MarshalKeyFile(testRand(4), k, pass, testKDF)
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(b, pass) {
				t.Fatal("key file contains the passphrase")
			}
			priv, _ := k.bytes()
			if bytes.Contains(b, priv) || bytes.Contains(b, []byte(fmtHex(priv))) {
				t.Fatal("key file contains the private key in the clear")
			}
			back, err := ParseKeyFile(b, pass)
			if err != nil {
				t.Fatal(err)
			}
			if !back.Public().Equal(k.Public()) {
				t.Fatal("key file round trip changed the key")
			}
			pub, err := PublicKeyOfFile(b)
			if err != nil || !pub.Equal(k.Public()) {
				t.Fatalf("PublicKeyOfFile: %v", err)
			}

			var f map[string]any
			json.Unmarshal(b, &f)
			edit := func(field string, v any) []byte {
				g := map[string]any{}
				for k, x := range f {
					g[k] = x
				}
				g[field] = v
				out, _ := json.Marshal(g)
				return out
			}
			other, _ := GenerateKey(testRand(5), kem)
			for _, tc := range []struct {
				name string
				file []byte
				pass []byte
				code string
			}{
				{"wrong passphrase", b, []byte("wrong"), datatrade.EUNAUTHORIZED},
				{"public key swapped", edit("publicKey", other.Public().String()), pass, datatrade.EUNAUTHORIZED},
				{"kdf weakened", edit("kdfParams", map[string]int{"time": 1, "memoryKiB": 32, "threads": 1}), pass, datatrade.EUNAUTHORIZED},
				{"kdf too costly", edit("kdfParams", map[string]int{"time": 1, "memoryKiB": 1 << 30, "threads": 1}), pass, datatrade.EINVALID},
				{"not json", []byte("nope"), pass, datatrade.EINVALID},
				{"other format", edit("format", "x"), pass, datatrade.EINVALID},
				{"bad nonce", edit("nonce", "00"), pass, datatrade.EINVALID},
			} {
				if _, err := ParseKeyFile(tc.file, tc.pass); datatrade.ErrorCode(err) != tc.code {
					t.Errorf("%s: got %v, want code %s", tc.name, err, tc.code)
				}
			}
		})
	}
	if _, err := MarshalKeyFile(testRand(1), mustKey(t), nil, testKDF); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Errorf("empty passphrase: got %v, want EINVALID", err)
	}
}

func mustKey(t *testing.T) *PrivateKey {
	k, err := GenerateKey(testRand(1), DefaultKEM)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func fmtHex(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
	}
	return string(out)
}

func TestWriteKeyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "key.json")
	if err := WriteKeyFile(path, []byte("x")); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode: got %v, want 0600", fi.Mode().Perm())
	}
	if err := WriteKeyFile(path, []byte("y")); datatrade.ErrorCode(err) != datatrade.ECONFLICT {
		t.Errorf("overwrite: got %v, want ECONFLICT", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "x" {
		t.Errorf("file changed to %q", b)
	}
}

func FuzzParseKeyFile(f *testing.F) {
	k, _ := GenerateKey(testRand(3), KEMX25519)
	b, _ := MarshalKeyFile(testRand(4), k, []byte("pw"), testKDF)
	f.Add(b, []byte("pw"))
	f.Add([]byte("{}"), []byte("pw"))
	f.Fuzz(func(t *testing.T, file, pass []byte) {
		if k2, err := ParseKeyFile(file, pass); err == nil && k2 == nil {
			t.Fatal("nil key without error")
		}
		PublicKeyOfFile(file)
	})
}

func FuzzUnwrap(f *testing.F) {
	k, _ := GenerateKey(testRand(3), KEMX25519)
	ctx := WrapContext{ChainID: 1}
	w, _ := Wrap(k.Public(), ctx, []byte("secret"))
	f.Add(w)
	f.Fuzz(func(t *testing.T, b []byte) {
		if pt, err := Unwrap(k, ctx, b); err == nil && !bytes.Equal(pt, []byte("secret")) {
			// HPKE is authenticated only against the recipient; anyone may
			// wrap a fresh secret. Anything accepted must decode cleanly.
			_ = pt
		}
		ParsePublicKey(b)
		var s Secrets
		s.UnmarshalBinary(b)
	})
}

func BenchmarkWrapHybrid(b *testing.B) {
	k, _ := GenerateKey(testRand(3), KEMMLKEM768X25519)
	for b.Loop() {
		if _, err := Wrap(k.Public(), WrapContext{}, make([]byte, 65)); err != nil {
			b.Fatal(err)
		}
	}
}
