package enclave

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"

	"github.com/datatrade/datatrade"
)

// sealMagic starts every sealed blob; the version lets the format change.
const sealMagic = "DTSEAL1\x00"

const sealNonceSize = 12

// MinPlatformSecretSize is the least number of bytes of platform secret that
// NewSealer accepts.
const MinPlatformSecretSize = 32

// Sealer encrypts enclave state under a key derived from a platform secret
// and the enclave's platform and measurement, with AES-256-GCM. Backends use
// it to implement Seal and Unseal. A Sealer is safe for concurrent use.
//
// Security contract: the key is HKDF-SHA256(platform secret, salt =
// measurement, info = domain ‖ platform); it never leaves the Sealer. On
// hardware the platform secret is a key the processor derives for this
// measurement (e.g. SEV-SNP MSG_KEY_REQ), so neither the host nor an enclave
// with another measurement can derive it. A sealed blob's associated data
// binds the platform, the measurement and the caller's additional data.
type Sealer struct {
	aead     cipher.AEAD
	platform string
	m        Measurement
	rand     io.Reader
}

// NewSealer derives the sealing key for platform and measurement m from
// platformSecret. rand supplies nonces (crypto/rand.Reader in production).
func NewSealer(platformSecret []byte, platform string, m Measurement, rand io.Reader) (*Sealer, error) {
	if len(platformSecret) < MinPlatformSecretSize {
		return nil, fmt.Errorf("sealer: platform secret must be at least %d bytes", MinPlatformSecretSize)
	}
	if len(m) == 0 || platform == "" {
		return nil, fmt.Errorf("sealer: platform and measurement are required")
	}
	if rand == nil {
		return nil, fmt.Errorf("sealer: no randomness source")
	}
	key, err := hkdf.Key(sha256.New, platformSecret, m, "datatrade/enclave/seal-key/v1\x00"+platform, 32)
	if err != nil {
		return nil, fmt.Errorf("sealer: derive key: %w", err)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("sealer: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("sealer: %w", err)
	}
	return &Sealer{aead: aead, platform: platform, m: append(Measurement(nil), m...), rand: rand}, nil
}

// Seal encrypts plaintext, binding additionalData. The result is
// magic ‖ nonce ‖ ciphertext-and-tag.
func (s *Sealer) Seal(plaintext, additionalData []byte) ([]byte, error) {
	out := make([]byte, len(sealMagic)+sealNonceSize, len(sealMagic)+sealNonceSize+len(plaintext)+s.aead.Overhead())
	copy(out, sealMagic)
	nonce := out[len(sealMagic):]
	if _, err := io.ReadFull(s.rand, nonce); err != nil {
		return nil, fmt.Errorf("seal: read nonce: %w", err)
	}
	return s.aead.Seal(out, nonce, plaintext, s.ad(additionalData)), nil
}

// Unseal decrypts a blob made by Seal with the same key and additionalData.
// Any other blob yields an EINTEGRITY error that does not say which check
// failed.
func (s *Sealer) Unseal(sealed, additionalData []byte) ([]byte, error) {
	if len(sealed) < len(sealMagic)+sealNonceSize+s.aead.Overhead() || string(sealed[:len(sealMagic)]) != sealMagic {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "sealed state is not in the sealed format")
	}
	nonce := sealed[len(sealMagic) : len(sealMagic)+sealNonceSize]
	pt, err := s.aead.Open(nil, nonce, sealed[len(sealMagic)+sealNonceSize:], s.ad(additionalData))
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "sealed state cannot be opened by this enclave (other measurement, altered, or other context)")
	}
	return pt, nil
}

// ad is the associated data: magic, platform, measurement and the caller's
// data, each with its length.
func (s *Sealer) ad(additionalData []byte) []byte {
	b := make([]byte, 0, len(sealMagic)+12+len(s.platform)+len(s.m)+len(additionalData))
	b = append(b, sealMagic...)
	for _, part := range [][]byte{[]byte(s.platform), s.m, additionalData} {
		b = binary.BigEndian.AppendUint32(b, uint32(len(part)))
		b = append(b, part...)
	}
	return b
}
