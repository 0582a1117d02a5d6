package enclave

import (
	"context"
	"crypto/ecdsa"
	"crypto/hpke"
	"encoding/binary"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
)

// Factotum is the enclave's key holder, in the sense of upspin's Factotum:
// it generates the enclave's identity keys inside the boundary, keeps the
// private halves, and offers only operations on them. It runs inside the
// enclave; nothing outside should ever hold one. A Factotum is safe for
// concurrent use.
//
// Security contract: private keys never leave the Factotum except sealed by
// the Backend (SealKeys), bound to the configuration hash. SignDigest and
// Decrypt are oracles — whoever can call them can sign anything and decrypt
// anything sent to the enclave — so the trusted trading program must wrap the
// Factotum and never expose these methods to the host; every call site needs
// review that it cannot be abused as a signing or decryption oracle.
type Factotum struct {
	backend    Backend
	config     Config
	configHash [32]byte
	signer     *ecdsa.PrivateKey
	decrypter  hpke.PrivateKey
	public     PublicKeys
}

// NewFactotum generates fresh identity keys from rand (crypto/rand.Reader in
// production) for an enclave running on b with configuration cfg: a
// secp256k1 signing key and an HPKE key pair of DefaultKEM. It returns an
// EINVALID error for an invalid configuration.
func NewFactotum(b Backend, cfg Config, rand io.Reader) (*Factotum, error) {
	var scalar [32]byte
	var signer *ecdsa.PrivateKey
	for signer == nil {
		if _, err := io.ReadFull(rand, scalar[:]); err != nil {
			return nil, fmt.Errorf("generate enclave signing key: %w", err)
		}
		// ToECDSA refuses zero and values at or above the curve order;
		// the chance of another round is about 2^-128.
		signer, _ = crypto.ToECDSA(scalar[:])
	}
	clear(scalar[:])
	ikm := make([]byte, 64)
	if _, err := io.ReadFull(rand, ikm); err != nil {
		return nil, fmt.Errorf("generate enclave HPKE key: %w", err)
	}
	decrypter, err := DefaultKEM().DeriveKeyPair(ikm)
	clear(ikm)
	if err != nil {
		return nil, fmt.Errorf("generate enclave HPKE key: %w", err)
	}
	return newFactotum(b, cfg, signer, decrypter)
}

func newFactotum(b Backend, cfg Config, signer *ecdsa.PrivateKey, decrypter hpke.PrivateKey) (*Factotum, error) {
	if b == nil {
		return nil, fmt.Errorf("factotum: no backend")
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &Factotum{
		backend:    b,
		config:     cfg,
		configHash: cfg.Hash(),
		signer:     signer,
		decrypter:  decrypter,
		public: PublicKeys{
			SigningAddress: crypto.PubkeyToAddress(signer.PublicKey),
			HPKEKEM:        decrypter.KEM().ID(),
			HPKEPublicKey:  decrypter.PublicKey().Bytes(),
		},
	}, nil
}

// sealedKeysVersion is the first byte of the sealed identity keys.
const sealedKeysVersion = 1

// keysAD is the associated data of sealed identity keys: they open only for
// the same configuration, so a host cannot restart an attested key under a
// weaker configuration that clients never saw.
func keysAD(configHash [32]byte) []byte {
	return append([]byte("datatrade/enclave/identity-keys/v1\x00"), configHash[:]...)
}

// SealKeys returns the identity keys sealed by the Backend, for the host to
// store. Only an enclave with the same measurement, on the same platform,
// with the same configuration can open them (OpenFactotum).
func (f *Factotum) SealKeys() ([]byte, error) {
	hk, err := f.decrypter.Bytes()
	if err != nil {
		return nil, fmt.Errorf("seal enclave keys: %w", err)
	}
	b := make([]byte, 0, 1+32+2+4+len(hk))
	b = append(b, sealedKeysVersion)
	b = append(b, crypto.FromECDSA(f.signer)...)
	b = binary.BigEndian.AppendUint16(b, f.decrypter.KEM().ID())
	b = binary.BigEndian.AppendUint32(b, uint32(len(hk)))
	b = append(b, hk...)
	sealed, err := f.backend.Seal(b, keysAD(f.configHash))
	clear(b)
	clear(hk)
	if err != nil {
		return nil, fmt.Errorf("seal enclave keys: %w", err)
	}
	return sealed, nil
}

// OpenFactotum restores identity keys sealed by SealKeys on an enclave with
// the same measurement and configuration. It returns an EINTEGRITY error when
// the blob was sealed elsewhere, for another configuration, or altered.
func OpenFactotum(b Backend, cfg Config, sealedKeys []byte) (*Factotum, error) {
	if b == nil {
		return nil, fmt.Errorf("factotum: no backend")
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	plain, err := b.Unseal(sealedKeys, keysAD(cfg.Hash()))
	if err != nil {
		return nil, err
	}
	defer clear(plain)
	bad := datatrade.Errorf(datatrade.EINTEGRITY, "sealed enclave keys are malformed")
	if len(plain) < 1+32+2+4 || plain[0] != sealedKeysVersion {
		return nil, bad
	}
	signer, err := crypto.ToECDSA(plain[1:33])
	if err != nil {
		return nil, bad
	}
	kemID := binary.BigEndian.Uint16(plain[33:35])
	n := binary.BigEndian.Uint32(plain[35:39])
	if uint64(n) != uint64(len(plain)-39) {
		return nil, bad
	}
	kem, err := hpke.NewKEM(kemID)
	if err != nil {
		return nil, bad
	}
	decrypter, err := kem.NewPrivateKey(plain[39:])
	if err != nil {
		return nil, bad
	}
	return newFactotum(b, cfg, signer, decrypter)
}

// PublicKeys returns the public halves of the identity keys.
func (f *Factotum) PublicKeys() PublicKeys {
	k := f.public
	k.HPKEPublicKey = append([]byte(nil), k.HPKEPublicKey...)
	return k
}

// Config returns the enclave's attested configuration.
func (f *Factotum) Config() Config { return f.config }

// ConfigHash returns Config().Hash().
func (f *Factotum) ConfigHash() [32]byte { return f.configHash }

// Identity returns the backend's identity (platform, measurement, …).
func (f *Factotum) Identity() Identity { return f.backend.Identity() }

// Attest returns evidence that binds the enclave's public keys and
// configuration to the verifier's nonce. It is safe to serve to anyone: the
// report data is computed here, never taken from the caller, so the host
// cannot make the enclave vouch for other keys.
func (f *Factotum) Attest(ctx context.Context, nonce Nonce) (*Attestation, error) {
	keys := f.PublicKeys()
	evidence, err := f.backend.Evidence(ctx, ReportData(keys, f.configHash, nonce))
	if err != nil {
		return nil, fmt.Errorf("enclave evidence: %w", err)
	}
	return &Attestation{Platform: f.backend.Platform(), Evidence: evidence, Keys: keys, Config: f.config}, nil
}

// SignDigest signs a 32-byte digest with the enclave's secp256k1 key and
// returns the 65-byte signature [R ‖ S ‖ V] with V = 0 or 1, as go-ethereum's
// crypto.Sign does (add 27 to V for Solidity's ecrecover).
//
// Security contract: this is a raw signing oracle. It signs any digest, and
// contracts pay money on signatures from this key (EIP-712 Delivery, seller
// fault statements). It must only be called by the trusted trading program,
// on digests it computed itself from facts it verified; never expose it to
// the host or let a caller choose the digest.
func (f *Factotum) SignDigest(digest [32]byte) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], f.signer)
	if err != nil {
		return nil, fmt.Errorf("enclave sign: %w", err)
	}
	return sig, nil
}

// Decrypt opens a message made by EncryptTo for this enclave with the same
// info. It returns an EINTEGRITY error if the message was not encrypted to
// this enclave with this info, or was altered.
//
// Security contract: this is a decryption oracle for everything sent to the
// enclave (data keys, listing salts). The plaintext must never leave the
// enclave unencrypted; the trading program must check info (chain, contract,
// trade, purpose) and who signed the message before acting on it.
func (f *Factotum) Decrypt(info, ciphertext []byte) ([]byte, error) {
	pt, err := hpke.Open(f.decrypter, hpkeKDF, hpkeAEAD, info, ciphertext)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "message cannot be decrypted by this enclave")
	}
	return pt, nil
}

// appStateDomain separates the trading program's sealed state from the
// Factotum's own sealed keys.
const appStateDomain = "datatrade/enclave/app-state/v1\x00"

// Seal seals the trading program's state (e.g. its pending-trade table)
// with the Backend, binding additionalData. Blobs sealed here never open as
// identity keys, nor the reverse.
func (f *Factotum) Seal(plaintext, additionalData []byte) ([]byte, error) {
	return f.backend.Seal(plaintext, append([]byte(appStateDomain), additionalData...))
}

// Unseal opens a blob made by Seal with the same additionalData, on an
// enclave with the same measurement. It returns an EINTEGRITY error otherwise.
func (f *Factotum) Unseal(sealed, additionalData []byte) ([]byte, error) {
	return f.backend.Unseal(sealed, append([]byte(appStateDomain), additionalData...))
}
