package pricing

import (
	"fmt"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
)

// Salt is the secret random value that keeps a sealed bid's amount hidden
// until it is revealed. A fresh salt must be drawn for every bid.
type Salt [32]byte

// NewSalt draws a salt from r, which should be crypto/rand.Reader outside
// tests.
func NewSalt(r io.Reader) (Salt, error) {
	var s Salt
	if _, err := io.ReadFull(r, s[:]); err != nil {
		return Salt{}, fmt.Errorf("draw bid salt: %w", err)
	}
	return s, nil
}

// Commitment returns the sealed-bid commitment that a bidder posts on chain:
//
//	keccak256(abi.encode(uint256 auctionId, address bidder, uint256 amount, bytes32 salt))
//
// that is keccak256 over exactly 128 bytes, four 32-byte words: the auction
// id as a big-endian uint256; the bidder's 20-byte address left-padded with
// 12 zero bytes; the amount in wei as a big-endian uint256; the salt as is.
// In Solidity: keccak256(abi.encode(auctionId, msg.sender, amount, salt)).
// Binding the bidder stops one bidder from copying another's commitment;
// binding the auction id stops replay across auctions.
//
// It returns an EINVALID error when amount is nil, negative or above 2^256-1.
func Commitment(auctionID uint64, bidder common.Address, amount *big.Int, salt Salt) (common.Hash, error) {
	if err := checkAmount("bid amount", amount); err != nil {
		return common.Hash{}, err
	}
	var buf [128]byte
	new(big.Int).SetUint64(auctionID).FillBytes(buf[0:32])
	copy(buf[44:64], bidder[:])
	amount.FillBytes(buf[64:96])
	copy(buf[96:128], salt[:])
	return crypto.Keccak256Hash(buf[:]), nil
}

// CheckReveal reports whether a revealed (amount, salt) opens commitment for
// this auction and bidder. It returns an EINTEGRITY error when it does not,
// and an EINVALID error for a malformed amount.
func CheckReveal(commitment common.Hash, auctionID uint64, bidder common.Address, amount *big.Int, salt Salt) error {
	got, err := Commitment(auctionID, bidder, amount, salt)
	if err != nil {
		return err
	}
	if got != commitment {
		return datatrade.Errorf(datatrade.EINTEGRITY, "revealed bid of %s does not match its commitment", bidder.Hex())
	}
	return nil
}
