package job

import (
	"testing"

	"github.com/datatrade/datatrade/internal/guard"
)

// TestTrustedImportsOnly keeps the enclave's job runner free of host-side
// dependencies: through any package, no HTTP, no chain client (ethclient,
// rpc, node, eth) and of this module no host package (chain, market, store,
// catalog, contracts, …); directly, not even the net, os or os/exec packages.
func TestTrustedImportsOnly(t *testing.T) {
	guard.Check(t, guard.Rules{
		Own: []string{"", "compute/job", "compute/job/frame", "compute/sandbox", "compute/meter",
			"enclave", "envelope", "lightclient", "lightclient/proof", "authsig", "chain/devnode/authsig"},
		Forbidden:       guard.HostPackages,
		ForbiddenDirect: []string{"net", "os/exec", "os", "plugin"},
	})
}
