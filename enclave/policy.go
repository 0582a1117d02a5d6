package enclave

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/datatrade/datatrade"
)

// RevocationList answers whether a measurement has been revoked, e.g. the
// exchange registry contract's list of vulnerable measurements (its
// isRevoked(bytes32) takes exactly a MeasurementID). An error makes
// Policy.Check fail closed.
type RevocationList interface {
	IsRevoked(ctx context.Context, id MeasurementID) (bool, error)
}

// RevokedMeasurements is a fixed RevocationList.
type RevokedMeasurements []MeasurementID

var _ RevocationList = RevokedMeasurements(nil)

// IsRevoked reports whether id is in the list.
func (r RevokedMeasurements) IsRevoked(_ context.Context, id MeasurementID) (bool, error) {
	return slices.Contains(r, id), nil
}

// Policy decides whether verified claims describe an enclave worth trusting.
// The zero Policy accepts nothing: every field that loosens it must be set on
// purpose. A Policy is read-only once in use and then safe for concurrent use.
type Policy struct {
	// Platforms, if not empty, lists the platforms accepted.
	Platforms []string
	// Measurements and MeasurementIDs list the accepted measurements, raw or
	// in the chain's 32-byte form (IDOf); evidence for any other measurement
	// is refused.
	Measurements   []Measurement
	MeasurementIDs []MeasurementID
	// Revoked, if not nil, lists measurements that must be refused even if
	// listed in Measurements.
	Revoked RevocationList
	// MinSecurityVersion is the lowest accepted Claims.SecurityVersion.
	MinSecurityVersion uint64
	// MinTCB holds component-wise minimum platform firmware versions, keyed
	// by "platform/component" (e.g. "sev-snp/microcode"). Entries for the
	// claims' platform must be present in Claims.TCB and not lower.
	MinTCB map[string]uint64
	// AllowDebug accepts enclaves whose host can inspect their memory.
	AllowDebug bool
	// AllowSimulation accepts simulated enclaves: no hardware protection,
	// evidence forgeable by anyone. Clients that set it must print
	// SimulationWarning.
	AllowSimulation bool
	// ConfigHash is the expected Config.Hash of the enclave. Either it or
	// CheckConfig must be set for VerifyAttestation.
	ConfigHash [32]byte
	// CheckConfig, if set, inspects the enclave's attested configuration
	// (chain id, contracts, checkpoint, header authenticator) when the
	// client does not pin ConfigHash. It returns an error to refuse.
	CheckConfig func(ctx context.Context, c *Config) error
	// AllowDevHeaders accepts a configuration whose header authenticator is
	// "dev" (no consensus proof: the host can feed the enclave any chain).
	AllowDevHeaders bool
}

// Check returns nil when claims satisfy p, and otherwise a *datatrade.Error:
// EINSECURE for a simulated enclave that p does not allow, EUNAUTHORIZED for
// a platform, measurement, revocation, debug or version that p refuses.
// A failure to consult the revocation list is returned wrapped, and refuses.
func (p *Policy) Check(ctx context.Context, c *Claims) error {
	if c == nil {
		return datatrade.Errorf(datatrade.EINVALID, "no attestation claims to check")
	}
	if c.Simulated && !p.AllowSimulation {
		return datatrade.Errorf(datatrade.EINSECURE,
			"enclave is simulated (no hardware protection, evidence forgeable by anyone); refused unless simulation is explicitly allowed")
	}
	if len(p.Platforms) > 0 && !slices.Contains(p.Platforms, c.Platform) {
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "enclave platform %q is not accepted", printable(c.Platform))
	}
	if p.Revoked != nil {
		revoked, err := p.Revoked.IsRevoked(ctx, c.MeasurementID())
		if err != nil {
			return fmt.Errorf("check revocation of measurement %s: %w", c.Measurement, err)
		}
		if revoked {
			return datatrade.Errorf(datatrade.EUNAUTHORIZED, "enclave measurement %s is revoked", c.Measurement)
		}
	}
	if len(p.Measurements) == 0 && len(p.MeasurementIDs) == 0 {
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "policy accepts no enclave measurement (enclave has %s)", c.Measurement)
	}
	if !slices.ContainsFunc(p.Measurements, c.Measurement.Equal) && !slices.Contains(p.MeasurementIDs, c.MeasurementID()) {
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "enclave measurement %s is not accepted", c.Measurement)
	}
	if c.Debug && !p.AllowDebug {
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "enclave runs in debug mode (the host can read its memory); refused unless debug is allowed")
	}
	if c.SecurityVersion < p.MinSecurityVersion {
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "enclave security version %d is below the minimum %d", c.SecurityVersion, p.MinSecurityVersion)
	}
	return p.checkTCB(c)
}

func (p *Policy) checkTCB(c *Claims) error {
	keys := make([]string, 0, len(p.MinTCB))
	for k := range p.MinTCB {
		keys = append(keys, k)
	}
	sort.Strings(keys) // deterministic error messages
	for _, k := range keys {
		platform, component, ok := strings.Cut(k, "/")
		if !ok || platform != c.Platform {
			continue
		}
		got, present := c.TCB[component]
		if !present {
			return datatrade.Errorf(datatrade.EUNAUTHORIZED, "enclave evidence has no %s security version", k)
		}
		if want := p.MinTCB[k]; got < want {
			return datatrade.Errorf(datatrade.EUNAUTHORIZED, "enclave %s security version %d is below the minimum %d", k, got, want)
		}
	}
	return nil
}
