package pricing

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
)

// TestCommitmentMatchesABIEncode checks the hand-rolled encoding against
// go-ethereum's ABI packer, which is what Solidity's abi.encode produces.
func TestCommitmentMatchesABIEncode(t *testing.T) {
	mk := func(s string) abi.Type {
		ty, err := abi.NewType(s, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		return ty
	}
	args := abi.Arguments{{Type: mk("uint256")}, {Type: mk("address")}, {Type: mk("uint256")}, {Type: mk("bytes32")}}
	salt, err := NewSalt(bytes.NewReader(bytes.Repeat([]byte{0xab, 0x01}, 16)))
	if err != nil {
		t.Fatal(err)
	}
	bidder := common.HexToAddress("0x00000000000000000000000000000000deadbeef")
	for _, amount := range []*big.Int{big.NewInt(0), big.NewInt(1e18), new(big.Int).Set(maxUint256)} {
		for _, id := range []uint64{0, 7, 1<<64 - 1} {
			packed, err := args.Pack(new(big.Int).SetUint64(id), bidder, amount, [32]byte(salt))
			if err != nil {
				t.Fatal(err)
			}
			want := crypto.Keccak256Hash(packed)
			got, err := Commitment(id, bidder, amount, salt)
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("id %d amount %s: got %s, want %s", id, amount, got.Hex(), want.Hex())
			}
			if err := CheckReveal(got, id, bidder, amount, salt); err != nil {
				t.Errorf("honest reveal rejected: %v", err)
			}
		}
	}
}

func TestCheckRevealRejects(t *testing.T) {
	salt := Salt{1, 2, 3}
	bidder := common.HexToAddress("0x01")
	c, err := Commitment(1, bidder, big.NewInt(100), salt)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		id     uint64
		bidder common.Address
		amount *big.Int
		salt   Salt
		code   string
	}{
		{"other amount", 1, bidder, big.NewInt(101), salt, datatrade.EINTEGRITY},
		{"other salt", 1, bidder, big.NewInt(100), Salt{9}, datatrade.EINTEGRITY},
		{"other bidder", 1, common.HexToAddress("0x02"), big.NewInt(100), salt, datatrade.EINTEGRITY},
		{"other auction", 2, bidder, big.NewInt(100), salt, datatrade.EINTEGRITY},
		{"negative amount", 1, bidder, big.NewInt(-100), salt, datatrade.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckReveal(c, tt.id, tt.bidder, tt.amount, tt.salt)
			var de *datatrade.Error
			if !errors.As(err, &de) || de.Code != tt.code {
				t.Fatalf("got %v, want code %s", err, tt.code)
			}
		})
	}
}

func TestNewSaltShortReader(t *testing.T) {
	if _, err := NewSalt(bytes.NewReader([]byte{1, 2, 3})); err == nil {
		t.Fatal("got nil error from a 3-byte reader, want an error")
	}
}
