// Package sim is the simulation enclave backend and its verifier: the same
// code paths as a hardware enclave, with NO protection at all.
//
// The simulated enclave runs as an ordinary process. Its host can read every
// key and byte of data inside it, and its sealing secret. Its evidence is
// signed by a published key whose private half is derived from a constant in
// this file, so anyone can forge simulated evidence for any measurement and
// report data. That is deliberate: the format exists so that tests, demos and
// local development exercise attestation without TEE hardware, and it is
// marked so that nobody mistakes it for the real thing — the evidence starts
// with "DATATRADE-SIMULATED-ENCLAVE-INSECURE", always has debug set, and
// enclave.Policy refuses it unless AllowSimulation is set, in which case
// clients print enclave.SimulationWarning.
//
// A production build that must never accept simulation simply does not link
// this package's Verifier.
package sim

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
)

// Magic starts every piece of simulated evidence.
const Magic = "DATATRADE-SIMULATED-ENCLAVE-INSECURE\n"

// PublishedKeySeed is the PUBLIC seed of the simulation signing key: the
// Ed25519 private key is derived from SHA-256 of this string. It is
// published on purpose — anyone can forge simulated evidence.
const PublishedKeySeed = "datatrade published simulation key v1: this key is public, anyone can forge simulated enclave evidence"

// signatureDomain prefixes the signed message.
const signatureDomain = "datatrade/enclave/sim/evidence/v1\x00"

// maxBody bounds the evidence body; real bodies are about 400 bytes.
const maxBody = 4096

// formatVersion is the body's "format" value.
const formatVersion = 1

// publishedKey returns the published simulation key pair.
func publishedKey() ed25519.PrivateKey {
	seed := sha256.Sum256([]byte(PublishedKeySeed))
	return ed25519.NewKeyFromSeed(seed[:])
}

// PublicKey returns the public half of the published simulation key.
func PublicKey() ed25519.PublicKey {
	return publishedKey().Public().(ed25519.PublicKey)
}

// Measurement returns the simulated measurement of a code identity:
// SHA-384("datatrade/enclave/sim/measurement/v1" ‖ 0x00 ‖ code). The caller
// chooses what code identity means, e.g. the hash of the trading program's
// binary or its version string.
func Measurement(code []byte) enclave.Measurement {
	h := sha512.New384()
	h.Write([]byte("datatrade/enclave/sim/measurement/v1\x00"))
	h.Write(code)
	return h.Sum(nil)
}

// Options configure a simulated enclave.
type Options struct {
	// Code is the code identity the measurement is computed from.
	Code []byte
	// SecurityVersion is the simulated security version.
	SecurityVersion uint64
	// PlatformSecret stands for the processor's fused secret that sealing
	// keys derive from; at least enclave.MinPlatformSecretSize bytes. The
	// host supplies and therefore knows it: simulated sealing protects
	// nothing from the host, it only exercises the code path (a different
	// measurement still cannot unseal).
	PlatformSecret []byte
	// Rand supplies sealing nonces (crypto/rand.Reader in production).
	Rand io.Reader
}

// Backend is a simulated enclave. It implements enclave.Backend with no
// hardware protection; see the package comment. It is safe for concurrent
// use.
type Backend struct {
	id     enclave.Identity
	key    ed25519.PrivateKey
	sealer *enclave.Sealer
}

var _ enclave.Backend = (*Backend)(nil)

// New returns a simulated enclave for opts.Code.
func New(opts Options) (*Backend, error) {
	m := Measurement(opts.Code)
	sealer, err := enclave.NewSealer(opts.PlatformSecret, enclave.PlatformSim, m, opts.Rand)
	if err != nil {
		return nil, fmt.Errorf("simulated enclave: %w", err)
	}
	return &Backend{
		id: enclave.Identity{
			Platform:        enclave.PlatformSim,
			Measurement:     m,
			SecurityVersion: opts.SecurityVersion,
			Debug:           true,
			Simulated:       true,
		},
		key:    publishedKey(),
		sealer: sealer,
	}, nil
}

// Platform returns enclave.PlatformSim.
func (b *Backend) Platform() string { return enclave.PlatformSim }

// Identity returns the simulated identity: debug and simulated are set.
func (b *Backend) Identity() enclave.Identity {
	id := b.id
	id.Measurement = append(enclave.Measurement(nil), id.Measurement...)
	return id
}

// Evidence returns simulated evidence over reportData, signed with the
// published key.
func (b *Backend) Evidence(ctx context.Context, reportData [enclave.ReportDataSize]byte) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return encode(b.key, &body{
		Format:          formatVersion,
		Warning:         enclave.SimulationWarning,
		Platform:        enclave.PlatformSim,
		Measurement:     hex.EncodeToString(b.id.Measurement),
		SecurityVersion: b.id.SecurityVersion,
		Debug:           true,
		ReportData:      hex.EncodeToString(reportData[:]),
	})
}

// Seal seals plaintext under a key derived from the platform secret and the
// simulated measurement (see Options.PlatformSecret for what that is worth).
func (b *Backend) Seal(plaintext, additionalData []byte) ([]byte, error) {
	return b.sealer.Seal(plaintext, additionalData)
}

// Unseal opens a blob sealed by a simulated enclave with the same
// measurement and platform secret.
func (b *Backend) Unseal(sealed, additionalData []byte) ([]byte, error) {
	return b.sealer.Unseal(sealed, additionalData)
}

// body is the JSON body of simulated evidence.
type body struct {
	Format          int    `json:"format"`
	Warning         string `json:"warning"`
	Platform        string `json:"platform"`
	Measurement     string `json:"measurement"`
	SecurityVersion uint64 `json:"security_version"`
	Debug           bool   `json:"debug"`
	ReportData      string `json:"report_data"`
}

// encode lays out Magic ‖ body length (4, big-endian) ‖ JSON body ‖
// Ed25519 signature over signatureDomain and everything before it.
func encode(key ed25519.PrivateKey, bd *body) ([]byte, error) {
	js, err := json.Marshal(bd)
	if err != nil {
		return nil, fmt.Errorf("encode simulated evidence: %w", err)
	}
	out := make([]byte, 0, len(Magic)+4+len(js)+ed25519.SignatureSize)
	out = append(out, Magic...)
	out = binary.BigEndian.AppendUint32(out, uint32(len(js)))
	out = append(out, js...)
	return append(out, ed25519.Sign(key, signedMessage(out))...), nil
}

func signedMessage(prefix []byte) []byte {
	return append([]byte(signatureDomain), prefix...)
}

// Decode parses and checks simulated evidence: magic, length, signature by
// the published key, and a well-formed body (known fields only, debug set).
// It returns EINVALID errors for malformed input and EINTEGRITY for a bad
// signature. It never panics, whatever the input.
func Decode(evidence []byte) (*enclave.Claims, error) {
	if !bytes.HasPrefix(evidence, []byte(Magic)) {
		return nil, datatrade.Errorf(datatrade.EINVALID, "evidence is not simulated enclave evidence")
	}
	rest := evidence[len(Magic):]
	if len(rest) < 4 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "simulated evidence is truncated")
	}
	n := binary.BigEndian.Uint32(rest)
	if n > maxBody || uint64(len(rest)) != 4+uint64(n)+ed25519.SignatureSize {
		return nil, datatrade.Errorf(datatrade.EINVALID, "simulated evidence has the wrong length")
	}
	signedLen := len(Magic) + 4 + int(n)
	if !ed25519.Verify(PublicKey(), signedMessage(evidence[:signedLen]), evidence[signedLen:]) {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "simulated evidence signature is invalid")
	}
	var bd body
	dec := json.NewDecoder(bytes.NewReader(rest[4 : 4+n]))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&bd); err != nil || dec.More() {
		return nil, datatrade.Errorf(datatrade.EINVALID, "simulated evidence body is malformed")
	}
	if bd.Format != formatVersion || bd.Platform != enclave.PlatformSim || !bd.Debug || bd.Warning != enclave.SimulationWarning {
		return nil, datatrade.Errorf(datatrade.EINVALID, "simulated evidence body has unexpected fields")
	}
	m, err := enclave.ParseMeasurement(bd.Measurement)
	if err != nil || len(m) != sha512.Size384 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "simulated evidence measurement is malformed")
	}
	rd, err := hex.DecodeString(bd.ReportData)
	if err != nil || len(rd) != enclave.ReportDataSize {
		return nil, datatrade.Errorf(datatrade.EINVALID, "simulated evidence report data is malformed")
	}
	c := &enclave.Claims{
		Platform:        enclave.PlatformSim,
		Measurement:     m,
		SecurityVersion: bd.SecurityVersion,
		Debug:           true,
		Simulated:       true,
	}
	copy(c.ReportData[:], rd)
	return c, nil
}

// Verifier reads simulated evidence. Its claims always have Simulated and
// Debug set, so enclave.Policy refuses them unless AllowSimulation (and
// AllowDebug) are set. It is safe for concurrent use.
type Verifier struct{}

var _ enclave.Verifier = Verifier{}

// Platform returns enclave.PlatformSim.
func (Verifier) Platform() string { return enclave.PlatformSim }

// Verify decodes evidence (see Decode) and checks that it carries
// reportData; other report data is an EINTEGRITY error (a replay, or
// evidence bound to other keys).
func (Verifier) Verify(ctx context.Context, evidence []byte, reportData [enclave.ReportDataSize]byte) (*enclave.Claims, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	c, err := Decode(evidence)
	if err != nil {
		return nil, err
	}
	if c.ReportData != reportData {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "simulated evidence is for other report data (wrong nonce, keys or configuration)")
	}
	return c, nil
}
