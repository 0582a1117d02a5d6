package enclave

import (
	"bytes"
	"context"
	"crypto/hpke"
	"crypto/sha512"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
)

// HPKE ciphersuite of the enclave's encryption key: the KEM is named by
// PublicKeys.HPKEKEM (ML-KEM-768+X25519 by default), the KDF and AEAD are
// fixed.
var (
	hpkeKDF  = hpke.HKDFSHA256()
	hpkeAEAD = hpke.AES256GCM()
)

// DefaultKEM is the HPKE KEM of new enclave keys: MLKEM768-X25519 (X-Wing),
// a post-quantum / classical hybrid.
func DefaultKEM() hpke.KEM { return hpke.MLKEM768X25519() }

// PublicKeys are the public halves of an enclave's identity keys.
type PublicKeys struct {
	// SigningAddress is the Ethereum address of the enclave's secp256k1
	// signing key: contracts check enclave signatures against it.
	SigningAddress common.Address `json:"signing_address"`
	// HPKEKEM is the HPKE KEM identifier of HPKEPublicKey.
	HPKEKEM uint16 `json:"hpke_kem"`
	// HPKEPublicKey is the serialised HPKE public key that data keys are
	// wrapped to.
	HPKEPublicKey []byte `json:"hpke_public_key"`
}

// hpkePublicKey parses the HPKE key, returning an EINVALID error when the KEM
// is unknown or the key malformed.
func (k PublicKeys) hpkePublicKey() (hpke.PublicKey, error) {
	kem, err := hpke.NewKEM(k.HPKEKEM)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "enclave HPKE KEM 0x%04x is not supported", k.HPKEKEM)
	}
	pk, err := kem.NewPublicKey(k.HPKEPublicKey)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "enclave HPKE public key is malformed")
	}
	return pk, nil
}

// Validate returns an EINVALID error if the signing address is zero or the
// HPKE key cannot be used.
func (k PublicKeys) Validate() error {
	if k.SigningAddress == (common.Address{}) {
		return datatrade.Errorf(datatrade.EINVALID, "enclave signing address is zero")
	}
	_, err := k.hpkePublicKey()
	return err
}

// EncryptTo encrypts plaintext to the enclave's HPKE key with HPKE base mode
// (HKDF-SHA256, AES-256-GCM). info must bind the context the plaintext is
// meant for (chain, contract, trade, purpose); the enclave must present the
// same info to decrypt. The result is the encapsulated key followed by the
// ciphertext.
func EncryptTo(k PublicKeys, info, plaintext []byte) ([]byte, error) {
	pk, err := k.hpkePublicKey()
	if err != nil {
		return nil, err
	}
	ct, err := hpke.Seal(pk, hpkeKDF, hpkeAEAD, info, plaintext)
	if err != nil {
		return nil, fmt.Errorf("hpke seal: %w", err)
	}
	return ct, nil
}

// Nonce is a verifier's fresh challenge, bound into report data so that old
// evidence cannot be replayed.
type Nonce [32]byte

// NewNonce reads a nonce from rand (crypto/rand.Reader in production).
func NewNonce(rand io.Reader) (Nonce, error) {
	var n Nonce
	if _, err := io.ReadFull(rand, n[:]); err != nil {
		return Nonce{}, fmt.Errorf("read nonce: %w", err)
	}
	return n, nil
}

// reportDataDomain separates report data from every other hash.
const reportDataDomain = "datatrade/enclave/report-data/v1\x00"

// ReportData returns the 64 bytes of report data that bind evidence to an
// enclave's public keys, its configuration and a verifier's nonce:
//
//	SHA-512(domain ‖ signing address (20) ‖ HPKE KEM id (2, big-endian) ‖
//	        HPKE key length (4, big-endian) ‖ HPKE public key ‖
//	        configuration hash (32) ‖ nonce (32))
//
// where domain is "datatrade/enclave/report-data/v1" followed by a zero byte.
func ReportData(keys PublicKeys, configHash [32]byte, nonce Nonce) [ReportDataSize]byte {
	h := sha512.New()
	h.Write([]byte(reportDataDomain))
	h.Write(keys.SigningAddress[:])
	var n [6]byte
	binary.BigEndian.PutUint16(n[:2], keys.HPKEKEM)
	binary.BigEndian.PutUint32(n[2:], uint32(len(keys.HPKEPublicKey)))
	h.Write(n[:])
	h.Write(keys.HPKEPublicKey)
	h.Write(configHash[:])
	h.Write(nonce[:])
	var out [ReportDataSize]byte
	h.Sum(out[:0])
	return out
}

// Attestation is what an enclave sends a verifier: evidence plus the public
// keys and configuration that its report data binds. It travels as JSON.
type Attestation struct {
	// Platform names the evidence format.
	Platform string `json:"platform"`
	// Evidence is the platform's signed report.
	Evidence []byte `json:"evidence"`
	// Keys are the enclave's public identity keys.
	Keys PublicKeys `json:"keys"`
	// Config is the enclave's configuration.
	Config Config `json:"config"`
}

// MaxAttestationSize bounds an encoded Attestation that DecodeAttestation
// accepts.
const MaxAttestationSize = 1 << 16

// DecodeAttestation parses an Attestation from JSON received from an
// untrusted host: at most MaxAttestationSize bytes, one object, no unknown
// fields. It returns an EINVALID error otherwise. Decoding checks nothing
// cryptographic; pass the result to VerifyAttestation.
func DecodeAttestation(data []byte) (*Attestation, error) {
	if len(data) > MaxAttestationSize {
		return nil, datatrade.Errorf(datatrade.EINVALID, "attestation is larger than %d bytes", MaxAttestationSize)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var att Attestation
	if err := dec.Decode(&att); err != nil || dec.More() {
		return nil, datatrade.Errorf(datatrade.EINVALID, "attestation is not well-formed JSON")
	}
	return &att, nil
}

// VerifyAttestation decides whether att proves a trustworthy enclave that
// answered this nonce. It checks, in order: that policy pins or inspects the
// configuration; the configuration (valid, header authenticator allowed,
// hash equal to Policy.ConfigHash, Policy.CheckConfig); the public keys;
// that simulation is allowed if the platform is simulated; the evidence with
// the platform's verifier against ReportData(att.Keys, att.Config.Hash(),
// nonce); and finally Policy.Check on the claims.
//
// On success the caller may trust att.Keys and att.Config as belonging to an
// enclave that satisfies policy. If the returned claims are Simulated, the
// caller must print SimulationWarning. Errors are *datatrade.Error values:
// EINSECURE (simulation or dev headers refused), EUNAUTHORIZED (policy),
// EINTEGRITY (evidence), EINVALID (malformed input or policy).
func VerifyAttestation(ctx context.Context, verifiers Verifiers, policy *Policy, att *Attestation, nonce Nonce) (*Claims, error) {
	if policy == nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "no attestation policy")
	}
	if att == nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "no attestation")
	}
	if policy.ConfigHash == ([32]byte{}) && policy.CheckConfig == nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "attestation policy neither pins nor checks the enclave configuration")
	}
	if err := att.Config.Validate(); err != nil {
		return nil, err
	}
	if att.Config.HeaderAuth == HeaderAuthDev && !policy.AllowDevHeaders {
		return nil, datatrade.Errorf(datatrade.EINSECURE,
			"enclave follows the chain with the \"dev\" header authenticator (no consensus proof); refused unless explicitly allowed")
	}
	configHash := att.Config.Hash()
	if policy.ConfigHash != ([32]byte{}) && policy.ConfigHash != configHash {
		return nil, datatrade.Errorf(datatrade.EUNAUTHORIZED, "enclave configuration hash %x is not the expected %x", configHash, policy.ConfigHash)
	}
	if policy.CheckConfig != nil {
		if err := policy.CheckConfig(ctx, &att.Config); err != nil {
			return nil, fmt.Errorf("enclave configuration: %w", err)
		}
	}
	if err := att.Keys.Validate(); err != nil {
		return nil, err
	}
	if att.Platform == PlatformSim && !policy.AllowSimulation {
		return nil, datatrade.Errorf(datatrade.EINSECURE,
			"enclave is simulated (no hardware protection, evidence forgeable by anyone); refused unless simulation is explicitly allowed")
	}
	v, err := verifiers.For(att.Platform)
	if err != nil {
		return nil, err
	}
	want := ReportData(att.Keys, configHash, nonce)
	claims, err := v.Verify(ctx, att.Evidence, want)
	if err != nil {
		return nil, err
	}
	if claims.Platform != att.Platform || claims.ReportData != want {
		// A verifier that returns claims for other report data is broken;
		// never trust it.
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "enclave evidence does not match the attestation")
	}
	if err := policy.Check(ctx, claims); err != nil {
		return nil, err
	}
	return claims, nil
}
