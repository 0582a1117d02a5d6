// Package snp verifies AMD SEV-SNP attestation evidence with
// github.com/google/go-sev-guest and turns it into enclave.Claims, so that
// SEV-SNP enclaves go through the same enclave.Policy as every other
// platform.
//
// Evidence is a protobuf-encoded go-sev-guest Attestation (sevsnp.proto): the
// 1184-byte ATTESTATION_REPORT and the VCEK certificate that signed it, as
// the guest's extended report returns them (ASK and ARK certificates in the
// evidence are ignored; the chain is checked against AMD's root certificates
// embedded in go-sev-guest). Verification is offline: nothing is fetched from
// AMD, so the host must include the VCEK certificate. Certificate revocation
// lists are not consulted (they would need the network); measurement
// revocation is enclave.Policy's job.
//
// Claims map the report as follows: Measurement = MEASUREMENT (48 bytes);
// SecurityVersion = GUEST_SVN (the enclave image's own security version);
// TCB = REPORTED_TCB by component ("bootloader", "tee", "snp", "microcode"),
// which Policy.MinTCB checks component by component under "sev-snp/…" keys;
// Debug = the DEBUG bit of the guest policy; ReportData = REPORT_DATA.
package snp

import (
	"bytes"
	"context"
	"fmt"
	"time"

	"github.com/google/go-sev-guest/abi"
	"github.com/google/go-sev-guest/kds"
	spb "github.com/google/go-sev-guest/proto/sevsnp"
	"github.com/google/go-sev-guest/validate"
	"github.com/google/go-sev-guest/verify"
	"google.golang.org/protobuf/proto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
)

// MaxEvidenceSize bounds the evidence Verify accepts: a report and a
// certificate chain take about 8 KiB.
const MaxEvidenceSize = 64 << 10

// TCB component names in Claims.TCB.
const (
	TCBBootloader = "bootloader"
	TCBTEE        = "tee"
	TCBSNP        = "snp"
	TCBMicrocode  = "microcode"
)

// Options configure a Verifier.
type Options struct {
	// Now returns the time at which the certificate chain must be valid;
	// time.Now if nil.
	Now func() time.Time
	// AllowSMT accepts guests whose policy allows simultaneous
	// multithreading (most cloud guests do; SMT shares a core with
	// other code and so widens side channels).
	AllowSMT bool
}

// Verifier checks SEV-SNP evidence offline. It is safe for concurrent use.
type Verifier struct {
	now      func() time.Time
	allowSMT bool
}

var _ enclave.Verifier = (*Verifier)(nil)

// NewVerifier returns a Verifier with opts.
func NewVerifier(opts Options) *Verifier {
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	return &Verifier{now: now, allowSMT: opts.AllowSMT}
}

// Platform returns enclave.PlatformSNP.
func (v *Verifier) Platform() string { return enclave.PlatformSNP }

// EncodeEvidence builds evidence from a raw ATTESTATION_REPORT and the DER
// VCEK certificate that signed it, as the host reads them from the guest's
// extended report. It returns an EINVALID error for a malformed report.
func EncodeEvidence(report, vcek []byte) ([]byte, error) {
	r, err := abi.ReportToProto(report)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", datatrade.Errorf(datatrade.EINVALID, "SEV-SNP report is malformed"), err)
	}
	b, err := proto.Marshal(&spb.Attestation{Report: r, CertificateChain: &spb.CertificateChain{VcekCert: vcek}})
	if err != nil {
		return nil, fmt.Errorf("encode SEV-SNP evidence: %w", err)
	}
	return b, nil
}

// Verify checks the VCEK certificate against AMD's roots for the report's
// product line, the report's signature with the VCEK, that the report's TCB
// and chip id match the VCEK certificate, that the guest policy allows no
// migration agent (and no SMT unless Options.AllowSMT), and that REPORT_DATA
// equals reportData. It returns the claims; EINVALID for malformed evidence,
// EINTEGRITY for a failed signature, chain or field check, or other report
// data. The returned errors wrap go-sev-guest's detail for logs; their
// user-safe message is the datatrade.Error's.
func (v *Verifier) Verify(ctx context.Context, evidence []byte, reportData [enclave.ReportDataSize]byte) (*enclave.Claims, error) {
	if len(evidence) > MaxEvidenceSize {
		return nil, datatrade.Errorf(datatrade.EINVALID, "SEV-SNP evidence is larger than %d bytes", MaxEvidenceSize)
	}
	att := new(spb.Attestation)
	if err := proto.Unmarshal(evidence, att); err != nil {
		return nil, fmt.Errorf("%w: %v", datatrade.Errorf(datatrade.EINVALID, "SEV-SNP evidence is not an encoded attestation"), err)
	}
	report := att.GetReport()
	if report == nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "SEV-SNP evidence has no report")
	}
	if _, err := abi.ReportToAbiBytes(report); err != nil {
		return nil, fmt.Errorf("%w: %v", datatrade.Errorf(datatrade.EINVALID, "SEV-SNP report is malformed"), err)
	}
	if att.GetCertificateChain() == nil {
		att.CertificateChain = &spb.CertificateChain{}
	}
	if att.CertificateChain.Extras == nil {
		att.CertificateChain.Extras = map[string][]byte{}
	}
	if len(att.CertificateChain.GetVcekCert()) == 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "SEV-SNP evidence carries no VCEK certificate")
	}
	// Offline: embedded AMD roots, no fetching, no CRL.
	opts := &verify.Options{DisableCertFetching: true, Now: v.now()}
	if err := verify.SnpAttestationContext(ctx, att, opts); err != nil {
		return nil, fmt.Errorf("%w: %v", datatrade.Errorf(datatrade.EINTEGRITY, "SEV-SNP report signature or certificate chain is invalid"), err)
	}
	if !bytes.Equal(report.GetReportData(), reportData[:]) {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "SEV-SNP report is for other report data (wrong nonce, keys or configuration)")
	}
	policy, err := abi.ParseSnpPolicy(report.GetPolicy())
	if err != nil {
		return nil, fmt.Errorf("%w: %v", datatrade.Errorf(datatrade.EINVALID, "SEV-SNP guest policy is malformed"), err)
	}
	// Debug is left to enclave.Policy; everything else is checked here.
	if err := validate.SnpAttestation(att, &validate.Options{
		ReportData:  reportData[:],
		GuestPolicy: abi.SnpPolicy{Debug: true, SMT: v.allowSMT},
	}); err != nil {
		return nil, fmt.Errorf("%w: %v", datatrade.Errorf(datatrade.EINTEGRITY, "SEV-SNP report fails validation"), err)
	}
	tcb := kds.DecomposeTCBVersion(kds.TCBVersion(report.GetReportedTcb()))
	return &enclave.Claims{
		Platform:        enclave.PlatformSNP,
		Measurement:     enclave.Measurement(bytes.Clone(report.GetMeasurement())),
		SecurityVersion: uint64(report.GetGuestSvn()),
		TCB: map[string]uint64{
			TCBBootloader: uint64(tcb.BlSpl),
			TCBTEE:        uint64(tcb.TeeSpl),
			TCBSNP:        uint64(tcb.SnpSpl),
			TCBMicrocode:  uint64(tcb.UcodeSpl),
		},
		Debug:      policy.Debug,
		ReportData: reportData,
	}, nil
}
