package sim_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
)

// newBackend returns a simulated enclave for code with a test platform
// secret and deterministic randomness.
func newBackend(tb testing.TB, code string, svn uint64) *sim.Backend {
	tb.Helper()
	secret := sha256.Sum256([]byte("test platform secret"))
	b, err := sim.New(sim.Options{
		Code:            []byte(code),
		SecurityVersion: svn,
		PlatformSecret:  secret[:],
		Rand:            rand.NewChaCha8([32]byte{1}),
	})
	if err != nil {
		tb.Fatalf("sim.New: %v", err)
	}
	return b
}

func reportData(b byte) (rd [enclave.ReportDataSize]byte) {
	for i := range rd {
		rd[i] = b + byte(i)
	}
	return rd
}

func TestEvidenceRoundTrip(t *testing.T) {
	ctx := context.Background()
	b := newBackend(t, "trading-program v1.2.3", 7)
	rd := reportData(9)
	ev, err := b.Evidence(ctx, rd)
	if err != nil {
		t.Fatalf("Evidence: %v", err)
	}
	if !bytes.HasPrefix(ev, []byte("DATATRADE-SIMULATED-ENCLAVE-INSECURE")) {
		t.Errorf("evidence starts with %q, want the insecure magic", ev[:20])
	}
	if !bytes.Contains(ev, []byte("no hardware protection")) {
		t.Errorf("evidence body does not carry the simulation warning")
	}
	c, err := sim.Verifier{}.Verify(ctx, ev, rd)
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	want := enclave.Claims{
		Platform:        enclave.PlatformSim,
		Measurement:     sim.Measurement([]byte("trading-program v1.2.3")),
		SecurityVersion: 7,
		Debug:           true,
		Simulated:       true,
		ReportData:      rd,
	}
	if c.Platform != want.Platform || !c.Measurement.Equal(want.Measurement) || c.SecurityVersion != want.SecurityVersion ||
		c.Debug != want.Debug || c.Simulated != want.Simulated || c.ReportData != want.ReportData {
		t.Errorf("claims = %+v, want %+v", c, want)
	}
	if id := b.Identity(); !id.Measurement.Equal(want.Measurement) || !id.Debug || !id.Simulated || id.Platform != enclave.PlatformSim {
		t.Errorf("identity = %+v, want the claims' measurement with debug and simulated set", id)
	}
}

func TestMeasurementDependsOnCode(t *testing.T) {
	a, b := sim.Measurement([]byte("v1")), sim.Measurement([]byte("v2"))
	if a.Equal(b) {
		t.Errorf("Measurement(v1) == Measurement(v2) = %s", a)
	}
	if got := len(a); got != 48 {
		t.Errorf("len(Measurement) = %d, want 48", got)
	}
	if !a.Equal(sim.Measurement([]byte("v1"))) {
		t.Errorf("Measurement is not deterministic")
	}
}

func TestVerifyRejects(t *testing.T) {
	ctx := context.Background()
	b := newBackend(t, "code", 1)
	rd := reportData(1)
	ev, err := b.Evidence(ctx, rd)
	if err != nil {
		t.Fatal(err)
	}
	flip := func(i int) []byte {
		out := bytes.Clone(ev)
		out[i] ^= 0x01
		return out
	}
	bodyStart := len(sim.Magic) + 4
	tests := []struct {
		name     string
		evidence []byte
		rd       [enclave.ReportDataSize]byte
		wantCode string
	}{
		{"other report data", ev, reportData(2), datatrade.EINTEGRITY},
		{"flipped body byte", flip(bodyStart + 10), rd, datatrade.EINTEGRITY},
		{"flipped signature byte", flip(len(ev) - 1), rd, datatrade.EINTEGRITY},
		{"flipped magic", flip(0), rd, datatrade.EINVALID},
		{"flipped length", flip(len(sim.Magic) + 3), rd, datatrade.EINVALID},
		{"truncated", ev[:len(ev)-1], rd, datatrade.EINVALID},
		{"extended", append(bytes.Clone(ev), 0), rd, datatrade.EINVALID},
		{"empty", nil, rd, datatrade.EINVALID},
		{"magic only", []byte(sim.Magic), rd, datatrade.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := sim.Verifier{}.Verify(ctx, tt.evidence, tt.rd)
			if got := datatrade.ErrorCode(err); got != tt.wantCode {
				t.Errorf("Verify error code = %q (%v), want %q; claims %+v", got, err, tt.wantCode, c)
			}
		})
	}
}

// forge signs an arbitrary body with the published key, as anyone can.
func forge(body string) []byte {
	seed := sha256.Sum256([]byte(sim.PublishedKeySeed))
	key := ed25519.NewKeyFromSeed(seed[:])
	out := append([]byte(sim.Magic), binary.BigEndian.AppendUint32(nil, uint32(len(body)))...)
	out = append(out, body...)
	msg := append([]byte("datatrade/enclave/sim/evidence/v1\x00"), out...)
	return append(out, ed25519.Sign(key, msg)...)
}

func TestAnyoneCanForgeButBodyIsChecked(t *testing.T) {
	m := strings.Repeat("ab", 48)
	rd := strings.Repeat("00", 64)
	warn := strings.ReplaceAll(enclave.SimulationWarning, `"`, `\"`)
	good := `{"format":1,"warning":"` + warn + `","platform":"sim","measurement":"` + m + `","security_version":3,"debug":true,"report_data":"` + rd + `"}`
	c, err := sim.Decode(forge(good))
	if err != nil {
		t.Fatalf("Decode(forged with the published key) = %v, want success (the key is public)", err)
	}
	if !c.Simulated || !c.Debug || c.SecurityVersion != 3 {
		t.Errorf("forged claims = %+v, want simulated, debug, version 3", c)
	}
	bad := map[string]string{
		"debug false":      strings.Replace(good, `"debug":true`, `"debug":false`, 1),
		"other platform":   strings.Replace(good, `"platform":"sim"`, `"platform":"sev-snp"`, 1),
		"unknown field":    strings.Replace(good, `{"format":1`, `{"simulated":false,"format":1`, 1),
		"format 2":         strings.Replace(good, `"format":1`, `"format":2`, 1),
		"no warning":       strings.Replace(good, warn, "all good", 1),
		"short report":     strings.Replace(good, rd, "00", 1),
		"short measurment": strings.Replace(good, m, "abcd", 1),
		"trailing value":   good + ` {}`,
		"not json":         "hello",
	}
	for name, body := range bad {
		t.Run(name, func(t *testing.T) {
			if _, err := sim.Decode(forge(body)); datatrade.ErrorCode(err) != datatrade.EINVALID {
				t.Errorf("Decode = %v, want an %s error", err, datatrade.EINVALID)
			}
		})
	}
}

func TestSealUnseal(t *testing.T) {
	a := newBackend(t, "program v1", 1)
	sealed, err := a.Seal([]byte("pending trades"), []byte("table"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(sealed, []byte("pending trades")) {
		t.Fatalf("sealed blob contains the plaintext")
	}
	got, err := a.Unseal(sealed, []byte("table"))
	if err != nil || string(got) != "pending trades" {
		t.Fatalf("Unseal = %q, %v; want %q", got, err, "pending trades")
	}
	same := newBackend(t, "program v1", 2) // same code, other instance
	if got, err := same.Unseal(sealed, []byte("table")); err != nil || string(got) != "pending trades" {
		t.Errorf("Unseal by a restarted enclave with the same measurement = %q, %v", got, err)
	}
	other := newBackend(t, "program v2", 1)
	otherSecret, err := sim.New(sim.Options{Code: []byte("program v1"), PlatformSecret: bytes.Repeat([]byte{7}, 32), Rand: rand.NewChaCha8([32]byte{})})
	if err != nil {
		t.Fatal(err)
	}
	tampered := bytes.Clone(sealed)
	tampered[len(tampered)-5] ^= 0x80
	tests := []struct {
		name   string
		b      *sim.Backend
		sealed []byte
		ad     string
	}{
		{"other measurement", other, sealed, "table"},
		{"other platform secret", otherSecret, sealed, "table"},
		{"tampered", a, tampered, "table"},
		{"other additional data", a, sealed, "tablE"},
		{"truncated", a, sealed[:20], "table"},
		{"empty", a, nil, "table"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pt, err := tt.b.Unseal(tt.sealed, []byte(tt.ad))
			if datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
				t.Errorf("Unseal = %q, %v; want an %s error", pt, err, datatrade.EINTEGRITY)
			}
		})
	}
}

func TestNewRefusesShortSecret(t *testing.T) {
	_, err := sim.New(sim.Options{Code: []byte("x"), PlatformSecret: make([]byte, 16), Rand: rand.NewChaCha8([32]byte{})})
	if err == nil {
		t.Fatalf("sim.New with a 16-byte platform secret succeeded, want an error")
	}
}

func FuzzDecode(f *testing.F) {
	b := newBackend(f, "fuzz", 1)
	ev, err := b.Evidence(context.Background(), reportData(3))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(ev)
	f.Add([]byte(sim.Magic))
	f.Add(forge(`{"format":1}`))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := sim.Decode(data)
		if err != nil {
			if c != nil {
				t.Fatalf("Decode returned claims and error %v", err)
			}
			if code := datatrade.ErrorCode(err); code != datatrade.EINVALID && code != datatrade.EINTEGRITY {
				t.Fatalf("Decode error code = %q, want invalid or integrity", code)
			}
			return
		}
		if !c.Simulated || !c.Debug || c.Platform != enclave.PlatformSim || len(c.Measurement) != 48 {
			t.Fatalf("Decode accepted claims %+v without simulated/debug/platform/measurement", c)
		}
	})
}

func BenchmarkEvidence(b *testing.B) {
	be := newBackend(b, "bench", 1)
	rd := reportData(0)
	for b.Loop() {
		if _, err := be.Evidence(context.Background(), rd); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerify(b *testing.B) {
	be := newBackend(b, "bench", 1)
	rd := reportData(0)
	ev, err := be.Evidence(context.Background(), rd)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := (sim.Verifier{}).Verify(context.Background(), ev, rd); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzDecodeBody signs each fuzzed body with the published key (as anyone
// can), so that the fuzzer exercises the body parser behind the signature.
func FuzzDecodeBody(f *testing.F) {
	m := strings.Repeat("ab", 48)
	rd := strings.Repeat("01", 64)
	warn := strings.ReplaceAll(enclave.SimulationWarning, `"`, `\"`)
	f.Add(`{"format":1,"warning":"` + warn + `","platform":"sim","measurement":"` + m + `","security_version":3,"debug":true,"report_data":"` + rd + `"}`)
	f.Add(`{"format":1,"debug":true}`)
	f.Add(`[]`)
	f.Fuzz(func(t *testing.T, body string) {
		c, err := sim.Decode(forge(body))
		if err != nil {
			if code := datatrade.ErrorCode(err); code != datatrade.EINVALID {
				t.Fatalf("Decode(forged body) error code = %q (%v), want invalid", code, err)
			}
			return
		}
		if !c.Simulated || !c.Debug || c.Platform != enclave.PlatformSim || len(c.Measurement) != 48 {
			t.Fatalf("Decode accepted claims %+v without simulated/debug/platform/measurement", c)
		}
	})
}
