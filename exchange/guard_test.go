package exchange

import (
	"testing"

	"github.com/datatrade/datatrade/internal/guard"
)

// TestTrustedImportsOnly keeps the trusted trading program free of host-side
// dependencies: through any package, no HTTP, no chain client (ethclient,
// rpc, node, eth) and of this module no host package (chain, market, store,
// catalog, contracts, …); directly, not even the net or os/exec packages.
// (net and os/exec do arrive transitively through go-ethereum's metrics
// package, which the light client's trie pulls in; no code here reaches
// them.)
func TestTrustedImportsOnly(t *testing.T) {
	guard.Check(t, guard.Rules{
		Own: []string{"", "exchange", "enclave", "envelope", "lightclient", "authsig",
			"chain/devnode/authsig", "store/unixfs"},
		Forbidden:       guard.HostPackages,
		ForbiddenDirect: []string{"net", "os/exec", "plugin"},
	})
}
