package broker

import (
	"bytes"
	"context"
	"io"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/envelope"
)

// Purposes of the HPKE wrappings of the broker path.
const (
	PurposeDelivery = "datatrade broker delivery" // seller (or platform) to buyer
	PurposeUpload   = "datatrade broker upload"   // seller to platform, in a dispute
)

// MaxBundle is the largest sealed dataset the service relays, in bytes.
const MaxBundle = 64 << 20

// Bundle is a dataset sealed to one recipient: an envelope stream under a
// fresh data key and that key wrapped to the recipient's HPKE key.
type Bundle struct {
	WrappedKey []byte `json:"wrappedKey"`
	Sealed     []byte `json:"sealed"`
}

// Hash is what the Sent and Received notices name as the ciphertext:
// keccak256(wrappedKey ‖ sealed).
func (b Bundle) Hash() common.Hash { return crypto.Keccak256Hash(b.WrappedKey, b.Sealed) }

// WrapContext binds a wrapping to a chain, the Broker, a trade and a
// purpose, so that a bundle sealed for one trade cannot be replayed for
// another.
func WrapContext(chainID uint64, broker common.Address, tradeID uint64, purpose string) envelope.WrapContext {
	var id [32]byte
	new(big.Int).SetUint64(tradeID).FillBytes(id[:])
	return envelope.WrapContext{ChainID: chainID, Contract: broker, TradeID: id, Purpose: purpose}
}

// Seal encrypts data to the recipient under a fresh data key. rand is the
// randomness (crypto/rand.Reader in production).
func Seal(ctx context.Context, rand io.Reader, data io.Reader, to *envelope.PublicKey, wc envelope.WrapContext) (Bundle, error) {
	key, err := envelope.NewDataKey(rand)
	if err != nil {
		return Bundle{}, err
	}
	var sealed bytes.Buffer
	if _, _, err := envelope.Encrypt(ctx, &sealed, data, key, envelope.WriterOptions{Rand: rand}); err != nil {
		return Bundle{}, err
	}
	if sealed.Len() > MaxBundle {
		return Bundle{}, datatrade.Errorf(datatrade.EINVALID, "the sealed data is %d bytes, over the %d-byte limit of the broker path", sealed.Len(), MaxBundle)
	}
	wrapped, err := envelope.Wrap(to, wc, key[:])
	if err != nil {
		return Bundle{}, err
	}
	return Bundle{WrappedKey: wrapped, Sealed: sealed.Bytes()}, nil
}

// Open decrypts a bundle with the recipient's key. Errors: EINTEGRITY when
// the key does not unwrap or the stream fails authentication; nothing is
// returned then.
func Open(ctx context.Context, b Bundle, k *envelope.PrivateKey, wc envelope.WrapContext) ([]byte, error) {
	raw, err := envelope.Unwrap(k, wc, b.WrappedKey)
	if err != nil {
		return nil, err
	}
	if len(raw) != len(envelope.DataKey{}) {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "the wrapped data key has %d bytes, want %d", len(raw), len(envelope.DataKey{}))
	}
	var key envelope.DataKey
	copy(key[:], raw)
	var out bytes.Buffer
	if _, _, err := envelope.Decrypt(ctx, &out, bytes.NewReader(b.Sealed), key); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
