package enclave_test

import (
	"testing"

	"github.com/datatrade/datatrade/internal/guard"
)

// TestTrustedImportsOnly keeps the packages that run inside the enclave free
// of host-side dependencies: no network, no processes, no chain client or
// store, and of this module only the root package and enclave itself.
func TestTrustedImportsOnly(t *testing.T) {
	guard.Check(t, guard.Rules{
		Packages:  []string{".", "./sim"},
		Own:       []string{"", "enclave", "enclave/sim"},
		Forbidden: []string{"net", "os/exec", "plugin", "github.com/ethereum/go-ethereum/ethclient", "github.com/ethereum/go-ethereum/rpc"},
	})
}
