package envelope

import (
	"bytes"
	"crypto/hpke"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"
	"strings"

	"github.com/datatrade/datatrade"
)

// KEM names an HPKE key encapsulation mechanism by its RFC 9180 identifier.
type KEM uint16

// Supported KEMs.
const (
	// KEMMLKEM768X25519 is the post-quantum hybrid ML-KEM-768 + X25519
	// (the default: wrapped keys end up on a public chain and must outlive
	// a later break of X25519).
	KEMMLKEM768X25519 KEM = 0x647a
	// KEMX25519 is DHKEM(X25519, HKDF-SHA256).
	KEMX25519 KEM = 0x0020
)

// DefaultKEM is the KEM used unless one is chosen.
const DefaultKEM = KEMMLKEM768X25519

// String returns the KEM's name as the CLI spells it.
func (k KEM) String() string {
	switch k {
	case KEMMLKEM768X25519:
		return "mlkem768-x25519"
	case KEMX25519:
		return "x25519"
	}
	return fmt.Sprintf("kem-0x%04x", uint16(k))
}

// ParseKEM parses a KEM name ("mlkem768-x25519" or "x25519").
func ParseKEM(s string) (KEM, error) {
	switch strings.ToLower(s) {
	case "mlkem768-x25519", "ml-kem-768-x25519", "mlkem768x25519", "hybrid":
		return KEMMLKEM768X25519, nil
	case "x25519":
		return KEMX25519, nil
	}
	return 0, datatrade.Errorf(datatrade.EINVALID, "unknown KEM %q (want mlkem768-x25519 or x25519)", s)
}

func (k KEM) hpke() (hpke.KEM, error) {
	switch k {
	case KEMMLKEM768X25519:
		return hpke.MLKEM768X25519(), nil
	case KEMX25519:
		return hpke.NewKEM(uint16(KEMX25519))
	}
	return nil, datatrade.Errorf(datatrade.EINVALID, "unsupported KEM 0x%04x", uint16(k))
}

// PublicKey is a party's HPKE public key.
type PublicKey struct {
	kem KEM
	k   hpke.PublicKey
}

// PrivateKey is a party's HPKE private key. Never log it.
type PrivateKey struct {
	kem KEM
	k   hpke.PrivateKey
}

// GenerateKey makes a key pair for kem from 32 bytes of rand
// (crypto/rand.Reader in production), by RFC 9180 DeriveKeyPair.
func GenerateKey(rand io.Reader, kem KEM) (*PrivateKey, error) {
	hk, err := kem.hpke()
	if err != nil {
		return nil, err
	}
	ikm := make([]byte, 32)
	if _, err := io.ReadFull(rand, ikm); err != nil {
		return nil, fmt.Errorf("draw key seed: %w", err)
	}
	k, err := hk.DeriveKeyPair(ikm)
	clear(ikm)
	if err != nil {
		return nil, fmt.Errorf("derive key pair: %w", err)
	}
	return &PrivateKey{kem: kem, k: k}, nil
}

// KEM returns the key's KEM.
func (k *PrivateKey) KEM() KEM { return k.kem }

// Public returns the public half.
func (k *PrivateKey) Public() *PublicKey { return &PublicKey{kem: k.kem, k: k.k.PublicKey()} }

// bytes returns the RFC 9180 serialised private key.
func (k *PrivateKey) bytes() ([]byte, error) { return k.k.Bytes() }

func parsePrivateKey(kem KEM, b []byte) (*PrivateKey, error) {
	hk, err := kem.hpke()
	if err != nil {
		return nil, err
	}
	k, err := hk.NewPrivateKey(b)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "malformed private key")
	}
	return &PrivateKey{kem: kem, k: k}, nil
}

// KEM returns the key's KEM.
func (k *PublicKey) KEM() KEM { return k.kem }

// Bytes encodes the key as KEM id (uint16 BE) | RFC 9180 serialised key.
func (k *PublicKey) Bytes() []byte {
	return append(binary.BigEndian.AppendUint16(nil, uint16(k.kem)), k.k.Bytes()...)
}

// MarshalBinary returns Bytes.
func (k *PublicKey) MarshalBinary() ([]byte, error) { return k.Bytes(), nil }

// String returns the hex of Bytes.
func (k *PublicKey) String() string { return hex.EncodeToString(k.Bytes()) }

// Equal reports whether k and o are the same key.
func (k *PublicKey) Equal(o *PublicKey) bool { return bytes.Equal(k.Bytes(), o.Bytes()) }

// ParsePublicKey decodes the Bytes form; errors are EINVALID.
func ParsePublicKey(b []byte) (*PublicKey, error) {
	if len(b) < 2 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "malformed public key")
	}
	kem := KEM(binary.BigEndian.Uint16(b))
	hk, err := kem.hpke()
	if err != nil {
		return nil, err
	}
	k, err := hk.NewPublicKey(b[2:])
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "malformed %s public key", kem)
	}
	return &PublicKey{kem: kem, k: k}, nil
}

// ParsePublicKeyHex decodes the String form.
func ParsePublicKeyHex(s string) (*PublicKey, error) {
	b, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "a public key must be hex")
	}
	return ParsePublicKey(b)
}

// WrapContext is what a wrapped key is bound to. Unwrap succeeds only with
// the same context, so a key wrapped for one trade, contract or chain cannot
// be replayed for another.
type WrapContext struct {
	ChainID  uint64
	Contract [20]byte // the Escrow (or other) contract address
	TradeID  [32]byte // the trade id as a uint256, big-endian
	// Purpose separates uses of one key pair, e.g. "seller-to-exchange".
	Purpose string
}

const (
	wrapInfoDomain = "datatrade keywrap v1"
	wrapVersion    = 1
	kdfHKDFSHA256  = 0x0001
	aeadAES256GCM  = 0x0002
	maxPurpose     = 256
)

// info encodes the HPKE info: domain | 0 | chain id | contract | trade id |
// len(purpose) (uint16) | purpose | len(recipient) (uint16) | recipient key.
func (c WrapContext) info(recipient *PublicKey) ([]byte, error) {
	if len(c.Purpose) > maxPurpose {
		return nil, datatrade.Errorf(datatrade.EINVALID, "wrap purpose longer than %d bytes", maxPurpose)
	}
	rk := recipient.Bytes()
	b := append([]byte(wrapInfoDomain), 0)
	b = binary.BigEndian.AppendUint64(b, c.ChainID)
	b = append(b, c.Contract[:]...)
	b = append(b, c.TradeID[:]...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(c.Purpose)))
	b = append(b, c.Purpose...)
	b = binary.BigEndian.AppendUint16(b, uint16(len(rk)))
	b = append(b, rk...)
	return b, nil
}

// Wrap seals secret to the recipient under context c with HPKE base mode
// (HKDF-SHA256, AES-256-GCM). The result is version (1 byte) | KEM id |
// KDF id | AEAD id (uint16 BE each) | encapsulated key | ciphertext.
// HPKE draws its own randomness from crypto/rand.
func Wrap(recipient *PublicKey, c WrapContext, secret []byte) ([]byte, error) {
	info, err := c.info(recipient)
	if err != nil {
		return nil, err
	}
	ct, err := hpke.Seal(recipient.k, hpke.HKDFSHA256(), hpke.AES256GCM(), info, secret)
	if err != nil {
		return nil, fmt.Errorf("hpke seal: %w", err)
	}
	out := []byte{wrapVersion}
	out = binary.BigEndian.AppendUint16(out, uint16(recipient.kem))
	out = binary.BigEndian.AppendUint16(out, kdfHKDFSHA256)
	out = binary.BigEndian.AppendUint16(out, aeadAES256GCM)
	return append(out, ct...), nil
}

// Unwrap opens a wrapped secret with the recipient's private key under
// context c. Errors: EINVALID for a malformed or foreign-suite wrapping;
// EINTEGRITY when it does not open (wrong key, wrong context, tampered).
func Unwrap(k *PrivateKey, c WrapContext, wrapped []byte) ([]byte, error) {
	if len(wrapped) < 7 || wrapped[0] != wrapVersion {
		return nil, datatrade.Errorf(datatrade.EINVALID, "malformed wrapped key")
	}
	kem := KEM(binary.BigEndian.Uint16(wrapped[1:]))
	if binary.BigEndian.Uint16(wrapped[3:]) != kdfHKDFSHA256 || binary.BigEndian.Uint16(wrapped[5:]) != aeadAES256GCM {
		return nil, datatrade.Errorf(datatrade.EINVALID, "wrapped key uses an unsupported HPKE suite")
	}
	if kem != k.kem {
		return nil, datatrade.Errorf(datatrade.EINVALID, "the key was wrapped with %s, this key pair is %s", kem, k.kem)
	}
	info, err := c.info(k.Public())
	if err != nil {
		return nil, err
	}
	pt, err := hpke.Open(k.k, hpke.HKDFSHA256(), hpke.AES256GCM(), info, wrapped[7:])
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "cannot unwrap the key: wrong key pair or context, or the wrapping was tampered with")
	}
	return pt, nil
}

// Secrets is what a seller hands over with a dataset: the data key and the
// listing salt.
type Secrets struct {
	DataKey     DataKey
	ListingSalt ListingSalt
}

const secretsVersion = 1

// MarshalBinary encodes s as version (1 byte) | data key | listing salt.
func (s Secrets) MarshalBinary() ([]byte, error) {
	b := []byte{secretsVersion}
	b = append(b, s.DataKey[:]...)
	return append(b, s.ListingSalt[:]...), nil
}

// UnmarshalBinary decodes the MarshalBinary form; errors are EINVALID.
func (s *Secrets) UnmarshalBinary(b []byte) error {
	if len(b) != 65 || b[0] != secretsVersion {
		return datatrade.Errorf(datatrade.EINVALID, "malformed data secrets")
	}
	copy(s.DataKey[:], b[1:33])
	copy(s.ListingSalt[:], b[33:65])
	return nil
}
