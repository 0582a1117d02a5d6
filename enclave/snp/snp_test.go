package snp_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/pem"
	"strings"
	"testing"
	"time"

	"github.com/google/go-sev-guest/abi"
	spb "github.com/google/go-sev-guest/proto/sevsnp"
	sevtest "github.com/google/go-sev-guest/testing"
	"github.com/google/go-sev-guest/verify"
	"github.com/google/go-sev-guest/verify/testdata"
	"github.com/google/go-sev-guest/verify/trust"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/snp"
)

// The fixture is a real attestation report from an AMD Milan machine and the
// VCEK certificate AMD's key distribution service issued for it, both shipped
// with go-sev-guest (verify/testdata). Its guest asked for REPORT_DATA
// 01 02 03 04 05 00 … and ran with the debug policy bit set.
var (
	fixtureReportData = [enclave.ReportDataSize]byte{1, 2, 3, 4, 5}
	// fixtureTime lies inside the VCEK's validity (2022-09-24 to 2029-09-24).
	fixtureTime = time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
)

const fixtureMeasurement = "b07af9620f3b839b47996422ddec6058338951d984e312115131ea82705eaf5b6bdf8a9ece31a5a608eb0cf2e4872b01"

func newVerifier(now time.Time, smt bool) *snp.Verifier {
	return snp.NewVerifier(snp.Options{Now: func() time.Time { return now }, AllowSMT: smt})
}

func evidence(tb testing.TB, report, vcek []byte) []byte {
	tb.Helper()
	ev, err := snp.EncodeEvidence(report, vcek)
	if err != nil {
		tb.Fatalf("EncodeEvidence: %v", err)
	}
	return ev
}

func TestVerifyRealReport(t *testing.T) {
	v := newVerifier(fixtureTime, true)
	c, err := v.Verify(context.Background(), evidence(t, testdata.AttestationBytes, testdata.VcekBytes), fixtureReportData)
	if err != nil {
		t.Fatalf("Verify(real report) = %v", err)
	}
	if got := c.Measurement.String(); got != fixtureMeasurement {
		t.Errorf("measurement = %s, want %s", got, fixtureMeasurement)
	}
	if c.Platform != enclave.PlatformSNP || c.Simulated || !c.Debug || c.SecurityVersion != 0 || c.ReportData != fixtureReportData {
		t.Errorf("claims = %+v, want sev-snp, not simulated, debug, guest svn 0, the fixture's report data", c)
	}
	wantTCB := map[string]uint64{snp.TCBBootloader: 2, snp.TCBTEE: 0, snp.TCBSNP: 5, snp.TCBMicrocode: 68}
	for k, want := range wantTCB {
		if got, ok := c.TCB[k]; !ok || got != want {
			t.Errorf("TCB[%s] = %d (present %v), want %d", k, got, ok, want)
		}
	}
}

// TestRealReportThroughPolicy runs the real report's claims through the same
// enclave.Policy that simulated claims go through.
func TestRealReportThroughPolicy(t *testing.T) {
	ctx := context.Background()
	c, err := newVerifier(fixtureTime, true).Verify(ctx, evidence(t, testdata.AttestationBytes, testdata.VcekBytes), fixtureReportData)
	if err != nil {
		t.Fatal(err)
	}
	m, err := enclave.ParseMeasurement(fixtureMeasurement)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		policy   enclave.Policy
		wantCode string
		wantMsg  string
	}{
		{"accepted with debug allowed", enclave.Policy{Measurements: []enclave.Measurement{m}, AllowDebug: true,
			Platforms: []string{enclave.PlatformSNP}, MinTCB: map[string]uint64{"sev-snp/microcode": 68, "sev-snp/snp": 5}}, "", ""},
		{"debug refused", enclave.Policy{Measurements: []enclave.Measurement{m}}, datatrade.EUNAUTHORIZED, "debug"},
		{"other measurement", enclave.Policy{Measurements: []enclave.Measurement{bytes.Repeat([]byte{1}, 48)}, AllowDebug: true},
			datatrade.EUNAUTHORIZED, "not accepted"},
		{"revoked", enclave.Policy{Measurements: []enclave.Measurement{m}, AllowDebug: true, Revoked: enclave.RevokedMeasurements{enclave.IDOf(enclave.PlatformSNP, m)}},
			datatrade.EUNAUTHORIZED, "revoked"},
		{"microcode too old", enclave.Policy{Measurements: []enclave.Measurement{m}, AllowDebug: true,
			MinTCB: map[string]uint64{"sev-snp/microcode": 69}}, datatrade.EUNAUTHORIZED, "sev-snp/microcode security version 68"},
		{"guest svn too low", enclave.Policy{Measurements: []enclave.Measurement{m}, AllowDebug: true, MinSecurityVersion: 1},
			datatrade.EUNAUTHORIZED, "security version 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.policy.Check(ctx, c)
			if got := datatrade.ErrorCode(err); got != tt.wantCode {
				t.Fatalf("Check = %v (code %q), want code %q", err, got, tt.wantCode)
			}
			if !strings.Contains(datatrade.ErrorMessage(err), tt.wantMsg) {
				t.Errorf("message %q does not mention %q", datatrade.ErrorMessage(err), tt.wantMsg)
			}
		})
	}
}

// firstCertDER returns the first PEM certificate of bundle.
func firstCertDER(tb testing.TB, bundle []byte) []byte {
	tb.Helper()
	block, _ := pem.Decode(bundle)
	if block == nil {
		tb.Fatalf("no PEM block in bundle")
	}
	return block.Bytes
}

func TestVerifyRejects(t *testing.T) {
	ctx := context.Background()
	report := testdata.AttestationBytes
	flip := func(offset int) []byte {
		r := bytes.Clone(report)
		r[offset] ^= 0x01
		return r
	}
	const (
		offReportData  = 0x50
		offMeasurement = 0x90
		offSignature   = 0x2A0
	)
	good := evidence(t, report, testdata.VcekBytes)
	tests := []struct {
		name     string
		evidence []byte
		rd       [enclave.ReportDataSize]byte
		now      time.Time
		smt      bool
		wantCode string
	}{
		{"other report data (replay)", good, [enclave.ReportDataSize]byte{1, 2, 3, 4, 6}, fixtureTime, true, datatrade.EINTEGRITY},
		{"tampered measurement", evidence(t, flip(offMeasurement), testdata.VcekBytes), fixtureReportData, fixtureTime, true, datatrade.EINTEGRITY},
		{"tampered report data", evidence(t, flip(offReportData+5), testdata.VcekBytes),
			[enclave.ReportDataSize]byte{1, 2, 3, 4, 5, 1}, fixtureTime, true, datatrade.EINTEGRITY},
		{"tampered signature", evidence(t, flip(offSignature), testdata.VcekBytes), fixtureReportData, fixtureTime, true, datatrade.EINTEGRITY},
		{"ASK presented as VCEK", evidence(t, report, firstCertDER(t, trust.AskArkMilanVcekBytes)), fixtureReportData, fixtureTime, true, datatrade.EINTEGRITY},
		{"VCEK expired", good, fixtureReportData, time.Date(2035, 1, 1, 0, 0, 0, 0, time.UTC), true, datatrade.EINTEGRITY},
		{"VCEK not yet valid", good, fixtureReportData, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), true, datatrade.EINTEGRITY},
		{"SMT not allowed", good, fixtureReportData, fixtureTime, false, datatrade.EINTEGRITY},
		{"no VCEK", evidence(t, report, nil), fixtureReportData, fixtureTime, true, datatrade.EINVALID},
		{"garbage", []byte("not a protobuf \xff\xff"), fixtureReportData, fixtureTime, true, datatrade.EINVALID},
		{"empty", nil, fixtureReportData, fixtureTime, true, datatrade.EINVALID},
		{"too large", make([]byte, snp.MaxEvidenceSize+1), fixtureReportData, fixtureTime, true, datatrade.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := newVerifier(tt.now, tt.smt).Verify(ctx, tt.evidence, tt.rd)
			if got := datatrade.ErrorCode(err); got != tt.wantCode {
				t.Errorf("Verify = %v (code %q), want code %q; claims %+v", err, got, tt.wantCode, c)
			}
		})
	}
}

func TestFixtureOffsets(t *testing.T) {
	// The tamper test flips bytes at ABI offsets; make sure they point where
	// the test thinks.
	r, err := abi.ReportToProto(testdata.AttestationBytes)
	if err != nil {
		t.Fatal(err)
	}
	if got := hex.EncodeToString(testdata.AttestationBytes[0x90 : 0x90+48]); got != hex.EncodeToString(r.Measurement) {
		t.Errorf("bytes at 0x90 = %s, want the measurement %x", got, r.Measurement)
	}
	if !bytes.Equal(testdata.AttestationBytes[0x50:0x90], r.ReportData) {
		t.Errorf("bytes at 0x50 are not the report data")
	}
}

func TestEncodeEvidenceRejectsMalformedReport(t *testing.T) {
	if _, err := snp.EncodeEvidence(testdata.AttestationBytes[:100], testdata.VcekBytes); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Errorf("EncodeEvidence(truncated report) = %v, want an invalid error", err)
	}
}

// TestVerifyAttestationUsesSNPVerifier sends the real report through
// enclave.VerifyAttestation: the report data there is bound to keys,
// configuration and nonce, which the fixture cannot match, so it must fail
// as a report data mismatch after the SEV-SNP verifier ran.
func TestVerifyAttestationUsesSNPVerifier(t *testing.T) {
	cfg := enclave.Config{ChainID: 1, Registry: [20]byte{1}, Market: [20]byte{2}, Escrow: [20]byte{3},
		Domain: enclave.Domain{Name: "datatrade", Version: "1"}, Checkpoint: enclave.Checkpoint{Hash: [32]byte{1}},
		HeaderAuth: enclave.HeaderAuthAuthority, Authority: [20]byte{4}, HeaderWindow: 256}
	pub := enclave.PublicKeys{SigningAddress: [20]byte{5}, HPKEKEM: 0x0020, HPKEPublicKey: bytes.Repeat([]byte{9}, 32)}
	att := &enclave.Attestation{Platform: enclave.PlatformSNP, Evidence: evidence(t, testdata.AttestationBytes, testdata.VcekBytes),
		Keys: pub, Config: cfg}
	m, _ := enclave.ParseMeasurement(fixtureMeasurement)
	policy := &enclave.Policy{Measurements: []enclave.Measurement{m}, AllowDebug: true, ConfigHash: cfg.Hash()}
	_, err := enclave.VerifyAttestation(context.Background(), enclave.Verifiers{newVerifier(fixtureTime, true)}, policy, att, enclave.Nonce{1})
	if datatrade.ErrorCode(err) != datatrade.EINTEGRITY || !strings.Contains(datatrade.ErrorMessage(err), "other report data") {
		t.Errorf("VerifyAttestation = %v, want an integrity error about other report data", err)
	}
}

func FuzzVerify(f *testing.F) {
	f.Add(evidence(f, testdata.AttestationBytes, testdata.VcekBytes))
	f.Add([]byte{0x0a, 0x00})
	f.Add([]byte{})
	v := newVerifier(fixtureTime, true)
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := v.Verify(context.Background(), data, fixtureReportData)
		if err != nil {
			return
		}
		if c.Measurement.String() != fixtureMeasurement || c.Platform != enclave.PlatformSNP {
			t.Fatalf("Verify accepted evidence with measurement %s", c.Measurement)
		}
	})
}

func BenchmarkVerify(b *testing.B) {
	v := newVerifier(fixtureTime, true)
	ev := evidence(b, testdata.AttestationBytes, testdata.VcekBytes)
	for b.Loop() {
		if _, err := v.Verify(context.Background(), ev, fixtureReportData); err != nil {
			b.Fatal(err)
		}
	}
}

// TestForgedChainRejected re-signs the real report, with report data of the
// attacker's choice, under a complete AMD-like certificate chain that is not
// AMD's (go-sev-guest's test-only signer): a host that forges SEV-SNP
// evidence without AMD's keys must fail at the chain.
func TestForgedChainRejected(t *testing.T) {
	signer, err := sevtest.DefaultTestOnlyCertChain("Milan-B0", fixtureTime.Add(-24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	forgedRD := [enclave.ReportDataSize]byte{0xbe, 0xef}
	report := bytes.Clone(testdata.AttestationBytes)
	copy(report[0x50:0x90], forgedRD[:])
	r, s, err := signer.Sign(abi.SignedComponent(report))
	if err != nil {
		t.Fatal(err)
	}
	if err := abi.SetSignature(r, s, report); err != nil {
		t.Fatal(err)
	}
	// Control: the forgery is otherwise perfect — go-sev-guest accepts it
	// when told to trust the forger's roots — so only AMD's roots stop it.
	rp, err := abi.ReportToProto(report)
	if err != nil {
		t.Fatal(err)
	}
	forgerRoot := trust.AMDRootCertsProduct("Milan")
	forgerRoot.ProductCerts = &trust.ProductCerts{Ark: signer.Ark, Ask: signer.Ask, Asvk: signer.Asvk}
	control := &spb.Attestation{Report: rp, CertificateChain: &spb.CertificateChain{VcekCert: signer.Vcek.Raw, Extras: map[string][]byte{}}}
	if err := verify.SnpAttestation(control, &verify.Options{DisableCertFetching: true, Now: fixtureTime,
		TrustedRoots: map[string][]*trust.AMDRootCerts{"Milan": {forgerRoot}}}); err != nil {
		t.Fatalf("control: forged report does not verify even under the forger's roots: %v", err)
	}

	ev := evidence(t, report, signer.Vcek.Raw)
	_, err = newVerifier(fixtureTime, true).Verify(context.Background(), ev, forgedRD)
	if datatrade.ErrorCode(err) != datatrade.EINTEGRITY || !strings.Contains(err.Error(), "trusted roots") {
		t.Errorf("Verify(forged chain) = %v, want an integrity error from the AMD root check", err)
	}
}
