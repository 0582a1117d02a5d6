// Package enclave is the boundary between datatrade's trusted code and the
// TEE hardware that protects it, and the rules by which everyone else decides
// whether to trust an enclave.
//
// Inside the boundary, a [Backend] stands for the hardware: it names its
// platform, produces evidence (a signed report) for 64 bytes of report data,
// reports its own identity and seals state under keys derived from its
// measurement. A [Factotum] holds the enclave's identity keys (a secp256k1
// signing key and an HPKE key pair) and its attested [Config]; like upspin's
// Factotum, the private keys live inside it and never leave, and each method
// states what it will sign or decrypt.
//
// Outside the boundary, a [Verifier] checks one evidence format (signatures,
// certificate chains) and returns [Claims]; a [Policy] decides whether those
// claims are acceptable (measurements, revocations, security versions,
// debug, simulation). [VerifyAttestation] ties it together: it checks that
// the evidence's report data is [ReportData] over the enclave's public keys,
// its configuration hash and the verifier's fresh nonce.
//
// Backends and verifiers live in subpackages: enclave/sim (simulation, no
// hardware protection at all, unmistakably marked) and enclave/snp (AMD
// SEV-SNP verifier). This package imports only the standard library and
// go-ethereum's crypto package, so the trusted trading program can import it.
package enclave

import (
	"bytes"
	"context"
	"encoding/hex"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
)

// Platform names, as returned by Backend.Platform, Verifier.Platform and
// carried in Claims.Platform and Attestation.Platform.
const (
	// PlatformSim is the simulation backend: no hardware protection.
	PlatformSim = "sim"
	// PlatformSNP is AMD SEV-SNP.
	PlatformSNP = "sev-snp"
)

// SimulationWarning is the text every client prints when it accepts evidence
// from a simulated enclave.
const SimulationWarning = "WARNING: simulated enclave — no hardware protection. " +
	"The host can read every key and all data inside it, and anyone can forge this evidence " +
	"with the published simulation key. Use it only for local experiments and tests."

// ReportDataSize is the size of the report data that evidence carries.
const ReportDataSize = 64

// Measurement identifies the code (and initial state) of an enclave: the
// launch digest that the hardware computes (SEV-SNP MEASUREMENT, 48 bytes) or,
// for the simulation, a digest of the code identity the caller names. Its
// text form is lowercase hex.
type Measurement []byte

// String returns m as lowercase hex.
func (m Measurement) String() string { return hex.EncodeToString(m) }

// Equal reports whether m and o are the same measurement.
func (m Measurement) Equal(o Measurement) bool { return bytes.Equal(m, o) }

// MarshalText encodes m as lowercase hex.
func (m Measurement) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText decodes hex text into m.
func (m *Measurement) UnmarshalText(text []byte) error {
	parsed, err := ParseMeasurement(string(text))
	if err != nil {
		return err
	}
	*m = parsed
	return nil
}

// MaxMeasurementSize bounds a measurement's length (SEV-SNP and TDX use 48
// bytes, SGX 32).
const MaxMeasurementSize = 64

// ParseMeasurement decodes a hex measurement (an optional 0x prefix is
// allowed). It returns an EINVALID error for anything that is not 1 to
// MaxMeasurementSize bytes of hex.
func ParseMeasurement(s string) (Measurement, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X"))
	if err != nil || len(b) == 0 || len(b) > MaxMeasurementSize {
		return nil, datatrade.Errorf(datatrade.EINVALID, "measurement must be 1 to %d bytes of hex", MaxMeasurementSize)
	}
	return Measurement(b), nil
}

// MeasurementID is the 32-byte form of a platform and measurement that the
// chain stores (ExchangeRegistry's bytes32 measurement and revocation list,
// Escrow's snapshot). Its text form is 0x-prefixed hex.
type MeasurementID [32]byte

// String returns id as 0x-prefixed hex.
func (id MeasurementID) String() string { return "0x" + hex.EncodeToString(id[:]) }

// measurementIDDomain separates measurement ids from other hashes.
const measurementIDDomain = "datatrade/enclave/measurement-id/v1\x00"

// IDOf returns the MeasurementID of measurement m on platform:
// keccak256("datatrade/enclave/measurement-id/v1" ‖ 0x00 ‖ platform ‖ 0x00 ‖ m).
// Binding the platform keeps a simulated measurement from ever equalling a
// hardware one.
func IDOf(platform string, m Measurement) MeasurementID {
	return MeasurementID(crypto.Keccak256Hash([]byte(measurementIDDomain), []byte(platform), []byte{0}, m))
}

// Identity is what an enclave knows about itself and what evidence attests:
// which code runs, at which security version, on which platform.
type Identity struct {
	// Platform is one of the Platform… names.
	Platform string `json:"platform"`
	// Measurement is the launch measurement of the enclave's code.
	Measurement Measurement `json:"measurement"`
	// SecurityVersion is the security version number of the enclave image
	// (SEV-SNP GUEST_SVN; the simulation's configured version).
	SecurityVersion uint64 `json:"security_version"`
	// Debug is true when the host can inspect the enclave (SEV-SNP guest
	// policy DEBUG; always true for the simulation).
	Debug bool `json:"debug"`
	// Simulated is true when there is no hardware protection at all.
	Simulated bool `json:"simulated"`
}

// Backend is the TEE hardware as seen from inside the enclave. Implementations
// are safe for concurrent use.
//
// Security contract: a Backend never reveals a key. Evidence signs exactly the
// 64 bytes of report data it is given, together with the enclave's identity,
// so whoever controls the report data controls what the evidence vouches for;
// callers inside the enclave (the Factotum) must compute it with ReportData
// and never let the host choose it directly.
type Backend interface {
	// Platform returns the platform name (PlatformSim, PlatformSNP, …).
	Platform() string
	// Evidence returns the platform's signed evidence over reportData and the
	// enclave's identity, in the format that the platform's Verifier reads.
	Evidence(ctx context.Context, reportData [ReportDataSize]byte) ([]byte, error)
	// Identity returns the enclave's own identity, the same that its
	// evidence reports.
	Identity() Identity
	// Seal encrypts plaintext with AES-256-GCM under a key that only an
	// enclave with the same measurement on the same platform can derive,
	// binding additionalData, which Unseal must be given again. The host
	// stores the result but cannot read or alter it undetected (except for
	// the simulation, whose host holds the platform secret).
	Seal(plaintext, additionalData []byte) ([]byte, error)
	// Unseal reverses Seal. It returns an EINTEGRITY error when the blob was
	// sealed by another measurement or platform, was altered, or
	// additionalData differs.
	Unseal(sealed, additionalData []byte) ([]byte, error)
}

// Claims are what a Verifier established from evidence: signatures and
// certificate chains checked, fields parsed. Claims say nothing about
// whether the enclave is acceptable; that is Policy's job.
type Claims struct {
	// Platform names the evidence format that was verified.
	Platform string `json:"platform"`
	// Measurement is the attested launch measurement.
	Measurement Measurement `json:"measurement"`
	// SecurityVersion is the attested security version of the enclave image.
	SecurityVersion uint64 `json:"security_version"`
	// TCB holds the platform's firmware security versions by component name
	// (for SEV-SNP: bootloader, tee, snp, microcode), compared component by
	// component against Policy.MinTCB.
	TCB map[string]uint64 `json:"tcb,omitempty"`
	// Debug is true when the host can inspect the enclave's memory.
	Debug bool `json:"debug"`
	// Simulated is true when the evidence comes from a simulation: no
	// hardware protection, forgeable by anyone.
	Simulated bool `json:"simulated"`
	// ReportData is the attested report data.
	ReportData [ReportDataSize]byte `json:"report_data"`
}

// MeasurementID returns IDOf(c.Platform, c.Measurement).
func (c *Claims) MeasurementID() MeasurementID { return IDOf(c.Platform, c.Measurement) }

// Verifier checks one evidence format. It runs outside the enclave, at
// buyers, sellers and anyone else who must decide whether to trust one.
// Implementations are safe for concurrent use.
type Verifier interface {
	// Platform returns the platform whose evidence this Verifier reads.
	Platform() string
	// Verify checks evidence (signatures, certificate chains, format) and
	// that it carries exactly reportData. It returns the claims on success;
	// an EINVALID error for malformed evidence and an EINTEGRITY error for a
	// bad signature, a bad certificate chain or other report data (a replay
	// or evidence bound to other keys). It does not apply any Policy.
	Verify(ctx context.Context, evidence []byte, reportData [ReportDataSize]byte) (*Claims, error)
}

// Verifiers selects a Verifier by platform.
type Verifiers []Verifier

// For returns the verifier for platform, or an EUNAUTHORIZED error when no
// verifier for it was configured (a production build may leave out the
// simulation verifier entirely).
func (vs Verifiers) For(platform string) (Verifier, error) {
	for _, v := range vs {
		if v != nil && v.Platform() == platform {
			return v, nil
		}
	}
	return nil, datatrade.Errorf(datatrade.EUNAUTHORIZED, "no verifier for enclave platform %q", printable(platform))
}

// printable shortens and sanitises untrusted text for an error message.
func printable(s string) string {
	const max = 40
	if len(s) > max {
		s = s[:max] + "…"
	}
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return '?'
		}
		return r
	}, s)
}
