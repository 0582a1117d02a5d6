package catalog_test

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/catalog"
	"github.com/datatrade/datatrade/chain"
)

// A seller shows the platform's approval to anyone, who checks it with
// the platform's published address.
func ExampleApproval_Verify() {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("platform key, for the example only")))
	platform := chain.NewAccount(key)

	a := catalog.Approval{
		Owner:                 common.HexToAddress("0x00000000000000000000000000000000000000a1"),
		FingerprintCommitment: common.HexToHash("0x01"),
		IssuedAt:              time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC),
	}
	a.Signature, _ = platform.SignHash(a.ApprovalDigest())

	fmt.Println("signed by the platform:", a.Verify(platform.Address) == nil)
	a.Owner = common.HexToAddress("0x00000000000000000000000000000000000000b2")
	fmt.Println("after changing the owner:", datatrade.ErrorCode(a.Verify(platform.Address)))
	// Output:
	// signed by the platform: true
	// after changing the owner: integrity
}

// FuzzApprovalVerify feeds arbitrary signatures to Verify: only the
// platform's own signature passes, and nothing panics.
func FuzzApprovalVerify(f *testing.F) {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("platform key, for the fuzz test only")))
	platform := chain.NewAccount(key)
	a := catalog.Approval{Owner: common.HexToAddress("0xa1"), FingerprintCommitment: common.HexToHash("0x01"), IssuedAt: time.Unix(1_800_000_000, 0)}
	good, _ := platform.SignHash(a.ApprovalDigest())
	f.Add(good)
	f.Add(good[:64])
	f.Add(make([]byte, 65))
	f.Fuzz(func(t *testing.T, sig []byte) {
		b := a
		b.Signature = sig
		err := b.Verify(platform.Address)
		valid := len(sig) == 65 && bytes.Equal(sig[:64], good[:64]) && (sig[64] == good[64] || sig[64] == good[64]-27)
		if (err == nil) != valid {
			t.Fatalf("signature %x: Verify returned %v, want valid=%v", sig, err, valid)
		}
		if err != nil && datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
			t.Fatalf("signature %x: got code %q, want %q", sig, datatrade.ErrorCode(err), datatrade.EINTEGRITY)
		}
	})
}
