package devnode

import (
	"crypto/ecdsa"
	"fmt"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// DevSeed is the published seed from which the dev accounts' and the dev
// authority's keys are derived. These are TEST KEYS: anyone can derive them,
// so they must never hold anything of value on any other chain.
//
// The key of dev account i (counting from 0) is
// keccak256(DevSeed ‖ ":account:" ‖ decimal(i)); the dev authority key is
// keccak256(DevSeed ‖ ":authority"). In the astronomically unlikely case that
// a hash is not a valid secp256k1 key, it is hashed again until it is.
const DevSeed = "datatrade dev chain; public test keys, never use them for real value"

// DevKey returns the key of dev account i. See DevSeed.
func DevKey(i int) *ecdsa.PrivateKey {
	return seedKey(DevSeed + ":account:" + strconv.Itoa(i))
}

// DevKeys returns the keys of the first n dev accounts.
func DevKeys(n int) []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		keys[i] = DevKey(i)
	}
	return keys
}

// DevAuthorityKey returns the deterministic dev authority key, used when no
// authority key is configured. See DevSeed.
func DevAuthorityKey() *ecdsa.PrivateKey {
	return seedKey(DevSeed + ":authority")
}

func seedKey(label string) *ecdsa.PrivateKey {
	h := crypto.Keccak256([]byte(label))
	for {
		if k, err := crypto.ToECDSA(h); err == nil {
			return k
		}
		h = crypto.Keccak256(h)
	}
}

// addresses returns the addresses of keys.
func addresses(keys []*ecdsa.PrivateKey) []common.Address {
	out := make([]common.Address, len(keys))
	for i, k := range keys {
		out[i] = crypto.PubkeyToAddress(k.PublicKey)
	}
	return out
}

// keyAddress formats a key's address for messages; it never formats the key.
func keyAddress(k *ecdsa.PrivateKey) string {
	return fmt.Sprint(crypto.PubkeyToAddress(k.PublicKey))
}
