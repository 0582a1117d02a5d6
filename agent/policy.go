package agent

import (
	"context"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/market"
)

// DefaultMaxInFlight is Policy.MaxInFlight when it is zero.
const DefaultMaxInFlight = 16

// Policy is the seller's standing instruction to its agent: which enclaves
// it trusts with a listing's keys, which listings it serves and how many
// trades may hold its keys at once.
type Policy struct {
	// Measurements are the accepted enclave measurements in the chain's
	// 32-byte form (enclave.IDOf). Required: an empty list trusts no
	// enclave, and the agent hands nothing over.
	Measurements []enclave.MeasurementID
	// AllowSimulation accepts simulated enclaves (no hardware protection:
	// the exchange's host can read the keys). Default no; an agent that
	// allows it logs enclave.SimulationWarning for every such exchange.
	AllowSimulation bool
	// AllowDebug accepts hardware enclaves in debug mode. Simulated
	// enclaves are always debug; AllowSimulation accepts that too.
	AllowDebug bool
	// MaxInFlight bounds the trades that hold the seller's keys and are
	// not settled yet; further trades wait. Zero means DefaultMaxInFlight.
	MaxInFlight int
	// Listings are the listings the agent serves; empty serves every
	// listing the seller owns.
	Listings []uint64
	// Authority, if not zero, is the chain's header-signing key that every
	// attested enclave configuration must pin (the embedded node's
	// authority address, or a consortium chain's signer).
	Authority common.Address
}

func (p *Policy) maxInFlight() int {
	if p.MaxInFlight <= 0 {
		return DefaultMaxInFlight
	}
	return p.MaxInFlight
}

// serves reports whether the policy covers listing id.
func (p *Policy) serves(id uint64) bool {
	return len(p.Listings) == 0 || slices.Contains(p.Listings, id)
}

// Validate returns an EINVALID error for a policy that can never serve.
func (p *Policy) Validate() error {
	if len(p.Measurements) == 0 {
		return datatrade.Errorf(datatrade.EINVALID, "the agent's policy accepts no enclave measurement: name at least one")
	}
	if p.MaxInFlight < 0 {
		return datatrade.Errorf(datatrade.EINVALID, "max trades in flight must not be negative")
	}
	return nil
}

// Expected returns the parts of an enclave configuration that a client of
// deployment d requires: its chain, its contracts and its EIP-712 domain.
// The checkpoint, header window and confirmations are the exchange's
// choice; the header authenticator is checked by the attestation policy.
func Expected(d market.Deployment) enclave.Config {
	return enclave.Config{
		ChainID: d.ChainID, Registry: d.Registry, Market: d.Market, Escrow: d.Escrow,
		Domain: enclave.Domain{Name: market.DomainName, Version: market.DomainVersion, Salt: d.Salt},
	}
}

// CheckConfig returns nil when an attested configuration c names the chain,
// contracts and domain of want and, if authority is not zero, pins that
// header-signing authority. Errors are EUNAUTHORIZED.
func CheckConfig(c *enclave.Config, want enclave.Config, authority common.Address) error {
	switch {
	case c.ChainID != want.ChainID:
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "the enclave follows chain %d, not %d", c.ChainID, want.ChainID)
	case c.Registry != want.Registry || c.Market != want.Market || c.Escrow != want.Escrow:
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "the enclave trusts other contracts (escrow %s, want %s)", c.Escrow, want.Escrow)
	case c.Domain != want.Domain:
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "the enclave signs under another EIP-712 domain")
	case authority != (common.Address{}) && (c.HeaderAuth != enclave.HeaderAuthAuthority || c.Authority != authority):
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "the enclave does not pin the chain's authority %s (it has %q %s)", authority, c.HeaderAuth, c.Authority)
	}
	return nil
}

// attestationPolicy is the enclave.Policy that p and deployment want imply.
func (p *Policy) attestationPolicy(want enclave.Config, revoked enclave.RevocationList) *enclave.Policy {
	return &enclave.Policy{
		MeasurementIDs:  slices.Clone(p.Measurements),
		AllowSimulation: p.AllowSimulation,
		AllowDebug:      p.AllowDebug || p.AllowSimulation,
		Revoked:         revoked,
		CheckConfig: func(_ context.Context, c *enclave.Config) error {
			return CheckConfig(c, want, p.Authority)
		},
	}
}
