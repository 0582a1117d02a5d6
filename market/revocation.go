package market

import (
	"context"
	"fmt"

	"github.com/datatrade/datatrade/enclave"
)

// Revocations is the ExchangeRegistry's list of revoked enclave
// measurements, read live from the chain: clients that attest an enclave
// consult it through enclave.Policy.Revoked, and Escrow refuses statements
// signed under a revoked measurement.
type Revocations struct{ m *Client }

var _ enclave.RevocationList = Revocations{}

// Revocations returns the registry's revocation list.
func (m *Client) Revocations() Revocations { return Revocations{m: m} }

// IsRevoked reports whether the registry lists measurement id as revoked.
func (r Revocations) IsRevoked(ctx context.Context, id enclave.MeasurementID) (bool, error) {
	out, err := r.m.call(ctx, r.m.d.Registry, r.m.registry.PackIsRevoked(id))
	if err != nil {
		return false, fmt.Errorf("read revocation of measurement %s: %w", id, err)
	}
	return r.m.registry.UnpackIsRevoked(out)
}
