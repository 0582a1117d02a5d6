package authsig

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
)

func TestSignVerify(t *testing.T) {
	key, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	authority := crypto.PubkeyToAddress(key.PublicKey)
	hash := crypto.Keccak256Hash([]byte("a block"))
	sig, err := Sign(hash, key)
	if err != nil {
		t.Fatal(err)
	}
	if len(sig) != SignatureLength {
		t.Fatalf("signature length: got %d, want %d", len(sig), SignatureLength)
	}
	if err := Verify(hash, sig, authority); err != nil {
		t.Fatalf("Verify of a good signature: %v", err)
	}
	// The format is go-ethereum's: crypto.Ecrecover over the bare hash.
	pub, err := crypto.Ecrecover(hash[:], sig)
	if err != nil || common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]) != authority {
		t.Errorf("crypto.Ecrecover does not give the authority: %v", err)
	}

	flip := func(i int, b byte) []byte { s := common.CopyBytes(sig); s[i] ^= b; return s }
	highS := common.CopyBytes(sig)
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(crypto.S256().Params().N, s)
	s.FillBytes(highS[32:64])
	highS[64] ^= 1
	for _, tc := range []struct {
		name      string
		hash      common.Hash
		sig       []byte
		authority common.Address
	}{
		{"other authority", hash, sig, crypto.PubkeyToAddress(other.PublicKey)},
		{"other hash", crypto.Keccak256Hash([]byte("another block")), sig, authority},
		{"short", hash, sig[:64], authority},
		{"long", hash, append(common.CopyBytes(sig), 0), authority},
		{"empty", hash, nil, authority},
		{"v 27", hash, append(common.CopyBytes(sig[:64]), sig[64]+27), authority},
		{"flipped r", hash, flip(3, 0x40), authority},
		{"high s", hash, highS, authority},
		{"zero r", hash, append(make([]byte, 32), sig[32:]...), authority},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Verify(tc.hash, tc.sig, tc.authority)
			if err == nil {
				t.Fatal("Verify succeeded, want an error")
			}
			if got := datatrade.ErrorCode(err); got != datatrade.EINTEGRITY {
				t.Errorf("error code: got %q (%v), want %q", got, err, datatrade.EINTEGRITY)
			}
		})
	}
}

func TestHeaderSignatureJSON(t *testing.T) {
	key, _ := crypto.GenerateKey()
	hash := common.HexToHash("0x1234")
	sig, _ := Sign(hash, key)
	hs := HeaderSignature{Number: 26, Hash: hash, ParentHash: common.HexToHash("0x99"), Signature: sig}
	b, err := json.Marshal(hs)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"number":     "0x1a",
		"hash":       hash.Hex(),
		"parentHash": common.HexToHash("0x99").Hex(),
		"signature":  "0x" + common.Bytes2Hex(sig),
	}
	if len(m) != len(want) {
		t.Errorf("fields: got %v, want %v", m, want)
	}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("field %s: got %q, want %q", k, m[k], v)
		}
	}
	var back HeaderSignature
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if err := back.Verify(crypto.PubkeyToAddress(key.PublicKey)); err != nil {
		t.Errorf("decoded signature does not verify: %v", err)
	}
}

func FuzzVerify(f *testing.F) {
	key, _ := crypto.GenerateKey()
	authority := crypto.PubkeyToAddress(key.PublicKey)
	hash := crypto.Keccak256Hash([]byte("fuzz"))
	sig, _ := Sign(hash, key)
	f.Add(hash[:], sig)
	f.Add([]byte{}, []byte{})
	f.Add(hash[:], make([]byte, 65))
	f.Fuzz(func(t *testing.T, h, sig []byte) {
		hash := common.BytesToHash(h)
		err := Verify(hash, sig, authority)
		if err != nil && datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
			t.Fatalf("error code %q, want %q", datatrade.ErrorCode(err), datatrade.EINTEGRITY)
		}
		var hs HeaderSignature
		_ = json.Unmarshal(append(append([]byte(`{"signature":"0x`), common.Bytes2Hex(sig)...), `"}`...), &hs)
	})
}
