package catalog_test

import (
	"fmt"
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
