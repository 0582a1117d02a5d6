package chain

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Account is a sending account: its address and, unexported, its signing
// key. String, GoString, LogValue and MarshalJSON show the address only, so
// an Account can be printed, logged or encoded without revealing the key.
type Account struct {
	// Address is the account's address, derived from the key.
	Address common.Address
	key     *ecdsa.PrivateKey
}

// NewAccount returns the account of key. The Account keeps key; the caller
// must not modify it afterwards.
func NewAccount(key *ecdsa.PrivateKey) *Account {
	return &Account{Address: crypto.PubkeyToAddress(key.PublicKey), key: key}
}

// String returns "account 0x…" with the checksummed address.
func (a Account) String() string { return "account " + a.Address.Hex() }

// GoString is String, so %#v does not print the key either.
func (a Account) GoString() string { return a.String() }

// Format prints String for every verb, so no verb (%d, %+v…) reaches the key.
func (a Account) Format(f fmt.State, verb rune) { _, _ = io.WriteString(f, a.String()) }

// LogValue logs the address only.
func (a Account) LogValue() slog.Value { return slog.StringValue(a.Address.Hex()) }

// MarshalJSON encodes {"address":"0x…"}.
func (a Account) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Address common.Address `json:"address"`
	}{a.Address})
}

// SignTx signs tx for chainID with the latest signer for that chain.
func (a *Account) SignTx(tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), a.key)
}

// SignHash signs a 32-byte digest (for example an EIP-712 hash) and returns
// the 65-byte [R || S || V] signature with V = 27 or 28, as Solidity's
// ecrecover and OpenZeppelin's ECDSA expect. It signs whatever it is given:
// callers must hash only messages they mean this account to vouch for.
func (a *Account) SignHash(hash common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(hash[:], a.key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

var (
	_ slog.LogValuer = Account{}
	_ json.Marshaler = Account{}
	_ fmt.Formatter  = Account{}
)
