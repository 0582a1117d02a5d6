package enclave_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
)

const code = "datatrade trading program v1"

func testConfig() enclave.Config {
	return enclave.Config{
		ChainID:       1337,
		Registry:      common.HexToAddress("0x1000000000000000000000000000000000000001"),
		Market:        common.HexToAddress("0x2000000000000000000000000000000000000002"),
		Escrow:        common.HexToAddress("0x3000000000000000000000000000000000000003"),
		Domain:        enclave.Domain{Name: "datatrade", Version: "1", Salt: common.HexToHash("0x5a17")},
		Checkpoint:    enclave.Checkpoint{Number: 42, Hash: common.HexToHash("0xc0ffee")},
		HeaderAuth:    enclave.HeaderAuthAuthority,
		Authority:     common.HexToAddress("0x4000000000000000000000000000000000000004"),
		HeaderWindow:  enclave.DefaultHeaderWindow,
		Confirmations: 2,
	}
}

// testRand returns deterministic randomness; seed picks the stream.
func testRand(seed byte) *rand.ChaCha8 { return rand.NewChaCha8([32]byte{seed}) }

func newSim(tb testing.TB, code string, svn uint64) *sim.Backend {
	tb.Helper()
	secret := sha256.Sum256([]byte("test platform secret"))
	b, err := sim.New(sim.Options{Code: []byte(code), SecurityVersion: svn, PlatformSecret: secret[:], Rand: testRand(99)})
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func newFactotum(tb testing.TB, b enclave.Backend, cfg enclave.Config, seed byte) *enclave.Factotum {
	tb.Helper()
	f, err := enclave.NewFactotum(b, cfg, testRand(seed))
	if err != nil {
		tb.Fatalf("NewFactotum: %v", err)
	}
	return f
}

// simPolicy accepts exactly the test enclave in simulation.
func simPolicy(cfg enclave.Config) *enclave.Policy {
	return &enclave.Policy{
		Measurements:    []enclave.Measurement{sim.Measurement([]byte(code))},
		AllowDebug:      true,
		AllowSimulation: true,
		ConfigHash:      cfg.Hash(),
	}
}

var verifiers = enclave.Verifiers{sim.Verifier{}}

func TestAttestationRoundTrip(t *testing.T) {
	ctx := context.Background()
	cfg := testConfig()
	f := newFactotum(t, newSim(t, code, 3), cfg, 1)
	nonce, err := enclave.NewNonce(testRand(2))
	if err != nil {
		t.Fatal(err)
	}
	att, err := f.Attest(ctx, nonce)
	if err != nil {
		t.Fatalf("Attest: %v", err)
	}
	claims, err := enclave.VerifyAttestation(ctx, verifiers, simPolicy(cfg), att, nonce)
	if err != nil {
		t.Fatalf("VerifyAttestation: %v", err)
	}
	if !claims.Simulated || claims.SecurityVersion != 3 || !claims.Measurement.Equal(sim.Measurement([]byte(code))) {
		t.Errorf("claims = %+v, want simulated, version 3, the code's measurement", claims)
	}
	if got, want := att.Keys.SigningAddress, f.PublicKeys().SigningAddress; got != want {
		t.Errorf("attested signing address = %s, want %s", got, want)
	}
	if got, want := claims.ReportData, enclave.ReportData(f.PublicKeys(), cfg.Hash(), nonce); got != want {
		t.Errorf("report data = %x, want %x", got, want)
	}
}

func TestVerifyAttestationRefusals(t *testing.T) {
	ctx := context.Background()
	cfg := testConfig()
	f := newFactotum(t, newSim(t, code, 3), cfg, 1)
	other := newFactotum(t, newSim(t, code, 3), cfg, 7) // same code, other keys
	nonce := enclave.Nonce{1, 2, 3}
	att, err := f.Attest(ctx, nonce)
	if err != nil {
		t.Fatal(err)
	}
	devCfg := cfg
	devCfg.HeaderAuth, devCfg.Authority = enclave.HeaderAuthDev, common.Address{}
	devAtt, err := newFactotum(t, newSim(t, code, 3), devCfg, 1).Attest(ctx, nonce)
	if err != nil {
		t.Fatal(err)
	}
	changedCfg := cfg
	changedCfg.ChainID = 1

	tests := []struct {
		name     string
		att      func() *enclave.Attestation
		policy   func(p *enclave.Policy)
		nonce    enclave.Nonce
		vs       enclave.Verifiers
		wantCode string
		wantMsg  string
	}{
		{name: "simulation not allowed", policy: func(p *enclave.Policy) { p.AllowSimulation = false },
			wantCode: datatrade.EINSECURE, wantMsg: "simulated"},
		{name: "wrong nonce", nonce: enclave.Nonce{9}, wantCode: datatrade.EINTEGRITY},
		{name: "keys of another enclave", att: func() *enclave.Attestation {
			a := *att
			a.Keys = other.PublicKeys()
			return &a
		}, wantCode: datatrade.EINTEGRITY},
		{name: "other HPKE key", att: func() *enclave.Attestation {
			a := *att
			a.Keys.HPKEPublicKey = other.PublicKeys().HPKEPublicKey
			return &a
		}, wantCode: datatrade.EINTEGRITY},
		{name: "configuration swapped after attesting", att: func() *enclave.Attestation {
			a := *att
			a.Config = changedCfg
			return &a
		}, policy: func(p *enclave.Policy) { p.ConfigHash = changedCfg.Hash() }, wantCode: datatrade.EINTEGRITY},
		{name: "unexpected configuration", policy: func(p *enclave.Policy) { p.ConfigHash = changedCfg.Hash() },
			wantCode: datatrade.EUNAUTHORIZED, wantMsg: "configuration hash"},
		{name: "configuration check refuses", policy: func(p *enclave.Policy) {
			p.ConfigHash = [32]byte{}
			p.CheckConfig = func(_ context.Context, c *enclave.Config) error {
				if c.ChainID != 5 {
					return datatrade.Errorf(datatrade.EUNAUTHORIZED, "enclave follows chain %d, not 5", c.ChainID)
				}
				return nil
			}
		}, wantCode: datatrade.EUNAUTHORIZED, wantMsg: "chain 1337"},
		{name: "policy pins no configuration", policy: func(p *enclave.Policy) { p.ConfigHash = [32]byte{} },
			wantCode: datatrade.EINVALID},
		{name: "dev headers not allowed", att: func() *enclave.Attestation { return devAtt },
			policy: func(p *enclave.Policy) { p.ConfigHash = devCfg.Hash() }, wantCode: datatrade.EINSECURE, wantMsg: "dev"},
		{name: "wrong measurement", policy: func(p *enclave.Policy) {
			p.Measurements = []enclave.Measurement{sim.Measurement([]byte("other program"))}
		}, wantCode: datatrade.EUNAUTHORIZED, wantMsg: "not accepted"},
		{name: "no measurement accepted", policy: func(p *enclave.Policy) { p.Measurements = nil },
			wantCode: datatrade.EUNAUTHORIZED},
		{name: "revoked measurement", policy: func(p *enclave.Policy) {
			p.Revoked = enclave.RevokedMeasurements{
				enclave.IDOf(enclave.PlatformSim, sim.Measurement([]byte("old"))),
				enclave.IDOf(enclave.PlatformSim, sim.Measurement([]byte(code))),
			}
		}, wantCode: datatrade.EUNAUTHORIZED, wantMsg: "revoked"},
		{name: "debug not allowed", policy: func(p *enclave.Policy) { p.AllowDebug = false },
			wantCode: datatrade.EUNAUTHORIZED, wantMsg: "debug"},
		{name: "security version too low", policy: func(p *enclave.Policy) { p.MinSecurityVersion = 4 },
			wantCode: datatrade.EUNAUTHORIZED, wantMsg: "security version 3 is below the minimum 4"},
		{name: "platform not accepted", policy: func(p *enclave.Policy) { p.Platforms = []string{enclave.PlatformSNP} },
			wantCode: datatrade.EUNAUTHORIZED},
		{name: "no verifier for platform", vs: enclave.Verifiers{}, wantCode: datatrade.EUNAUTHORIZED, wantMsg: "no verifier"},
		{name: "tampered evidence", att: func() *enclave.Attestation {
			a := *att
			a.Evidence = bytes.Clone(att.Evidence)
			a.Evidence[len(sim.Magic)+20] ^= 1
			return &a
		}, wantCode: datatrade.EINTEGRITY},
		{name: "malformed HPKE key", att: func() *enclave.Attestation {
			a := *att
			a.Keys.HPKEPublicKey = a.Keys.HPKEPublicKey[:10]
			return &a
		}, wantCode: datatrade.EINVALID},
		{name: "platform relabelled", att: func() *enclave.Attestation {
			a := *att
			a.Platform = enclave.PlatformSNP
			return &a
		}, wantCode: datatrade.EUNAUTHORIZED, wantMsg: "no verifier"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := simPolicy(cfg)
			if tt.policy != nil {
				tt.policy(p)
			}
			a := att
			if tt.att != nil {
				a = tt.att()
			}
			n := nonce
			if tt.nonce != (enclave.Nonce{}) {
				n = tt.nonce
			}
			vs := verifiers
			if tt.vs != nil {
				vs = tt.vs
			}
			claims, err := enclave.VerifyAttestation(ctx, vs, p, a, n)
			if got := datatrade.ErrorCode(err); got != tt.wantCode {
				t.Fatalf("VerifyAttestation error = %v (code %q), want code %q; claims %+v", err, got, tt.wantCode, claims)
			}
			if msg := datatrade.ErrorMessage(err); !strings.Contains(msg, tt.wantMsg) {
				t.Errorf("error message = %q, want it to mention %q", msg, tt.wantMsg)
			}
		})
	}
}

type failingRevocations struct{}

func (failingRevocations) IsRevoked(context.Context, enclave.MeasurementID) (bool, error) {
	return false, errors.New("registry unreachable")
}

func TestPolicyCheck(t *testing.T) {
	ctx := context.Background()
	m := enclave.Measurement(bytes.Repeat([]byte{0xaa}, 48))
	snp := func() *enclave.Claims {
		return &enclave.Claims{Platform: enclave.PlatformSNP, Measurement: m, SecurityVersion: 2,
			TCB: map[string]uint64{"bootloader": 3, "microcode": 200}}
	}
	base := func() *enclave.Policy {
		return &enclave.Policy{Measurements: []enclave.Measurement{m}}
	}
	tests := []struct {
		name     string
		claims   func() *enclave.Claims
		policy   func(*enclave.Policy)
		wantCode string
	}{
		{name: "accepted", claims: snp},
		{name: "zero policy refuses", claims: snp, policy: func(p *enclave.Policy) { *p = enclave.Policy{} }, wantCode: datatrade.EUNAUTHORIZED},
		{name: "nil claims", claims: func() *enclave.Claims { return nil }, wantCode: datatrade.EINVALID},
		{name: "simulated claims refused by default", claims: func() *enclave.Claims { c := snp(); c.Simulated = true; return c },
			wantCode: datatrade.EINSECURE},
		{name: "simulated claims allowed", claims: func() *enclave.Claims { c := snp(); c.Simulated = true; return c },
			policy: func(p *enclave.Policy) { p.AllowSimulation = true }},
		{name: "debug refused", claims: func() *enclave.Claims { c := snp(); c.Debug = true; return c }, wantCode: datatrade.EUNAUTHORIZED},
		{name: "debug allowed", claims: func() *enclave.Claims { c := snp(); c.Debug = true; return c },
			policy: func(p *enclave.Policy) { p.AllowDebug = true }},
		{name: "security version equal to minimum", claims: snp, policy: func(p *enclave.Policy) { p.MinSecurityVersion = 2 }},
		{name: "security version below minimum", claims: snp, policy: func(p *enclave.Policy) { p.MinSecurityVersion = 3 },
			wantCode: datatrade.EUNAUTHORIZED},
		{name: "TCB at minimum", claims: snp, policy: func(p *enclave.Policy) {
			p.MinTCB = map[string]uint64{"sev-snp/bootloader": 3, "sev-snp/microcode": 200}
		}},
		{name: "TCB component below minimum", claims: snp, policy: func(p *enclave.Policy) {
			p.MinTCB = map[string]uint64{"sev-snp/bootloader": 3, "sev-snp/microcode": 201}
		}, wantCode: datatrade.EUNAUTHORIZED},
		{name: "TCB component missing", claims: snp, policy: func(p *enclave.Policy) {
			p.MinTCB = map[string]uint64{"sev-snp/snp": 1}
		}, wantCode: datatrade.EUNAUTHORIZED},
		{name: "TCB of another platform ignored", claims: snp, policy: func(p *enclave.Policy) {
			p.MinTCB = map[string]uint64{"tdx/tee": 99}
		}},
		{name: "revocation list unreachable fails closed", claims: snp, policy: func(p *enclave.Policy) { p.Revoked = failingRevocations{} },
			wantCode: datatrade.EINTERNAL},
		{name: "revoked", claims: snp, policy: func(p *enclave.Policy) {
			p.Revoked = enclave.RevokedMeasurements{enclave.IDOf(enclave.PlatformSNP, m)}
		}, wantCode: datatrade.EUNAUTHORIZED},
		{name: "revocation of the same bytes on another platform does not apply", claims: snp, policy: func(p *enclave.Policy) {
			p.Revoked = enclave.RevokedMeasurements{enclave.IDOf(enclave.PlatformSim, m)}
		}},
		{name: "accepted by measurement id", claims: snp, policy: func(p *enclave.Policy) {
			p.Measurements, p.MeasurementIDs = nil, []enclave.MeasurementID{enclave.IDOf(enclave.PlatformSNP, m)}
		}},
		{name: "measurement id of another platform not accepted", claims: snp, policy: func(p *enclave.Policy) {
			p.Measurements, p.MeasurementIDs = nil, []enclave.MeasurementID{enclave.IDOf(enclave.PlatformSim, m)}
		}, wantCode: datatrade.EUNAUTHORIZED},
		{name: "platform listed", claims: snp, policy: func(p *enclave.Policy) { p.Platforms = []string{enclave.PlatformSNP} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := base()
			if tt.policy != nil {
				tt.policy(p)
			}
			err := p.Check(ctx, tt.claims())
			if got := datatrade.ErrorCode(err); got != tt.wantCode {
				t.Errorf("Check = %v (code %q), want code %q", err, got, tt.wantCode)
			}
		})
	}
}

func TestReportDataBindsEveryInput(t *testing.T) {
	keys := enclave.PublicKeys{SigningAddress: common.HexToAddress("0x01"), HPKEKEM: 0x647a, HPKEPublicKey: []byte{1, 2, 3}}
	cfgHash := [32]byte{4}
	nonce := enclave.Nonce{5}
	base := enclave.ReportData(keys, cfgHash, nonce)
	if again := enclave.ReportData(keys, cfgHash, nonce); again != base {
		t.Fatalf("ReportData is not deterministic")
	}
	k2, k3, k4 := keys, keys, keys
	k2.SigningAddress = common.HexToAddress("0x02")
	k3.HPKEKEM = 0x0020
	k4.HPKEPublicKey = []byte{1, 2, 4}
	variants := map[string][64]byte{
		"signing address": enclave.ReportData(k2, cfgHash, nonce),
		"KEM":             enclave.ReportData(k3, cfgHash, nonce),
		"HPKE key":        enclave.ReportData(k4, cfgHash, nonce),
		"config hash":     enclave.ReportData(keys, [32]byte{6}, nonce),
		"nonce":           enclave.ReportData(keys, cfgHash, enclave.Nonce{7}),
	}
	for name, rd := range variants {
		if rd == base {
			t.Errorf("changing the %s does not change the report data", name)
		}
	}
}

func TestFactotumSignAndDecrypt(t *testing.T) {
	f := newFactotum(t, newSim(t, code, 1), testConfig(), 1)
	pub := f.PublicKeys()
	if pub.HPKEKEM != 0x647a {
		t.Errorf("HPKE KEM = 0x%04x, want 0x647a (MLKEM768-X25519)", pub.HPKEKEM)
	}
	digest := crypto.Keccak256Hash([]byte("delivery statement"))
	sig, err := f.SignDigest(digest)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := crypto.SigToPub(digest[:], sig)
	if err != nil {
		t.Fatal(err)
	}
	if got := crypto.PubkeyToAddress(*signer); got != pub.SigningAddress {
		t.Errorf("signature recovers to %s, want the enclave's %s", got, pub.SigningAddress)
	}

	info := []byte("chain 1337 escrow 0x3 trade 7 data-key")
	ct, err := enclave.EncryptTo(pub, info, []byte("data key"))
	if err != nil {
		t.Fatal(err)
	}
	if pt, err := f.Decrypt(info, ct); err != nil || string(pt) != "data key" {
		t.Errorf("Decrypt = %q, %v; want %q", pt, err, "data key")
	}
	if _, err := f.Decrypt([]byte("chain 1337 escrow 0x3 trade 8 data-key"), ct); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
		t.Errorf("Decrypt with other info = %v, want an integrity error", err)
	}
	otherF := newFactotum(t, newSim(t, code, 1), testConfig(), 2)
	if _, err := otherF.Decrypt(info, ct); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
		t.Errorf("Decrypt by another enclave = %v, want an integrity error", err)
	}
	if _, err := f.Decrypt(info, ct[:10]); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
		t.Errorf("Decrypt of a truncated message = %v, want an integrity error", err)
	}
}

func TestSealedKeysSurviveRestartOnlyWithSameMeasurementAndConfig(t *testing.T) {
	cfg := testConfig()
	f := newFactotum(t, newSim(t, code, 1), cfg, 1)
	sealed, err := f.SealKeys()
	if err != nil {
		t.Fatal(err)
	}
	restored, err := enclave.OpenFactotum(newSim(t, code, 1), cfg, sealed)
	if err != nil {
		t.Fatalf("OpenFactotum: %v", err)
	}
	if got, want := restored.PublicKeys(), f.PublicKeys(); got.SigningAddress != want.SigningAddress || !bytes.Equal(got.HPKEPublicKey, want.HPKEPublicKey) {
		t.Errorf("restored keys %x/%x, want %x/%x", got.SigningAddress, got.HPKEPublicKey[:8], want.SigningAddress, want.HPKEPublicKey[:8])
	}
	ct, err := enclave.EncryptTo(f.PublicKeys(), nil, []byte("k"))
	if err != nil {
		t.Fatal(err)
	}
	if pt, err := restored.Decrypt(nil, ct); err != nil || string(pt) != "k" {
		t.Errorf("restored Decrypt = %q, %v", pt, err)
	}

	otherCfg := cfg
	otherCfg.HeaderAuth, otherCfg.Authority = enclave.HeaderAuthDev, common.Address{}
	tampered := bytes.Clone(sealed)
	tampered[len(tampered)-1] ^= 1
	appSealed, err := f.Seal([]byte("state"), nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		b      enclave.Backend
		cfg    enclave.Config
		sealed []byte
	}{
		{"other measurement", newSim(t, "patched program", 1), cfg, sealed},
		{"other configuration", newSim(t, code, 1), otherCfg, sealed},
		{"tampered", newSim(t, code, 1), cfg, tampered},
		{"application state is not keys", newSim(t, code, 1), cfg, appSealed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := enclave.OpenFactotum(tt.b, tt.cfg, tt.sealed); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
				t.Errorf("OpenFactotum = %v, want an integrity error", err)
			}
		})
	}
	if pt, err := restored.Unseal(appSealed, nil); err != nil || string(pt) != "state" {
		t.Errorf("Unseal of application state after restart = %q, %v", pt, err)
	}
}

func TestNewFactotumRefusesInvalidConfig(t *testing.T) {
	cfg := testConfig()
	cfg.Escrow = common.Address{}
	_, err := enclave.NewFactotum(newSim(t, code, 1), cfg, testRand(1))
	if datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Errorf("NewFactotum with no escrow address = %v, want an invalid error", err)
	}
}

func TestMeasurementText(t *testing.T) {
	m := enclave.Measurement{0xde, 0xad}
	if got := m.String(); got != "dead" {
		t.Errorf("String = %q, want %q", got, "dead")
	}
	for _, s := range []string{"dead", "0xdead", "0XDEAD"} {
		got, err := enclave.ParseMeasurement(s)
		if err != nil || !got.Equal(m) {
			t.Errorf("ParseMeasurement(%q) = %s, %v; want dead", s, got, err)
		}
	}
	for _, s := range []string{"", "0x", "xyz", "abc", strings.Repeat("00", enclave.MaxMeasurementSize+1)} {
		if _, err := enclave.ParseMeasurement(s); datatrade.ErrorCode(err) != datatrade.EINVALID {
			t.Errorf("ParseMeasurement(%q) = %v, want an invalid error", s, err)
		}
	}
}

func TestDecodeAttestationRoundTrip(t *testing.T) {
	ctx := context.Background()
	cfg := testConfig()
	f := newFactotum(t, newSim(t, code, 3), cfg, 1)
	nonce := enclave.Nonce{4}
	att, err := f.Attest(ctx, nonce)
	if err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(att)
	if err != nil {
		t.Fatal(err)
	}
	back, err := enclave.DecodeAttestation(js)
	if err != nil {
		t.Fatalf("DecodeAttestation: %v", err)
	}
	if _, err := enclave.VerifyAttestation(ctx, verifiers, simPolicy(cfg), back, nonce); err != nil {
		t.Errorf("VerifyAttestation after a JSON round trip: %v", err)
	}
	for name, in := range map[string]string{
		"unknown field": `{"platform":"sim","extra":1}`,
		"two objects":   `{} {}`,
		"not json":      `attested!`,
		"too large":     `{"platform":"` + strings.Repeat("a", enclave.MaxAttestationSize) + `"}`,
	} {
		if _, err := enclave.DecodeAttestation([]byte(in)); datatrade.ErrorCode(err) != datatrade.EINVALID {
			t.Errorf("DecodeAttestation(%s) = %v, want an invalid error", name, err)
		}
	}
}

// FuzzVerifyAttestation feeds arbitrary JSON from an untrusted host through
// decoding and verification: never a panic, and never success for anything
// but the genuine attestation bytes.
func FuzzVerifyAttestation(f *testing.F) {
	ctx := context.Background()
	cfg := testConfig()
	fac := newFactotum(f, newSim(f, code, 3), cfg, 1)
	nonce := enclave.Nonce{4}
	att, err := fac.Attest(ctx, nonce)
	if err != nil {
		f.Fatal(err)
	}
	genuine, err := json.Marshal(att)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(genuine)
	f.Add([]byte(`{"platform":"sim","evidence":"","keys":{},"config":{}}`))
	policy := simPolicy(cfg)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := enclave.DecodeAttestation(data)
		if err != nil {
			return
		}
		claims, err := enclave.VerifyAttestation(ctx, verifiers, policy, a, nonce)
		if err != nil {
			return
		}
		// Success is only possible for the genuine keys, config and evidence.
		if a.Keys.SigningAddress != att.Keys.SigningAddress || !bytes.Equal(a.Keys.HPKEPublicKey, att.Keys.HPKEPublicKey) ||
			a.Config.Hash() != cfg.Hash() || !claims.Measurement.Equal(sim.Measurement([]byte(code))) {
			t.Fatalf("VerifyAttestation accepted a modified attestation: %s", data)
		}
	})
}

func TestIDOf(t *testing.T) {
	m := sim.Measurement([]byte(code))
	id := enclave.IDOf(enclave.PlatformSim, m)
	if id != enclave.IDOf(enclave.PlatformSim, bytes.Clone(m)) {
		t.Errorf("IDOf is not deterministic")
	}
	if id == enclave.IDOf(enclave.PlatformSNP, m) {
		t.Errorf("IDOf(sim, m) == IDOf(sev-snp, m)")
	}
	if id == enclave.IDOf(enclave.PlatformSim, sim.Measurement([]byte("other"))) {
		t.Errorf("IDOf does not depend on the measurement")
	}
	c := enclave.Claims{Platform: enclave.PlatformSim, Measurement: m}
	if c.MeasurementID() != id {
		t.Errorf("Claims.MeasurementID = %s, want %s", c.MeasurementID(), id)
	}
	if s := id.String(); len(s) != 66 || !strings.HasPrefix(s, "0x") {
		t.Errorf("MeasurementID.String = %q, want 0x and 64 hex digits", s)
	}
}

func BenchmarkAttestAndVerify(b *testing.B) {
	ctx := context.Background()
	cfg := testConfig()
	f := newFactotum(b, newSim(b, code, 1), cfg, 1)
	p := simPolicy(cfg)
	for b.Loop() {
		att, err := f.Attest(ctx, enclave.Nonce{1})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := enclave.VerifyAttestation(ctx, verifiers, p, att, enclave.Nonce{1}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecrypt(b *testing.B) {
	f := newFactotum(b, newSim(b, code, 1), testConfig(), 1)
	ct, err := enclave.EncryptTo(f.PublicKeys(), []byte("info"), make([]byte, 64))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := f.Decrypt([]byte("info"), ct); err != nil {
			b.Fatal(err)
		}
	}
}
