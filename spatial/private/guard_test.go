package private

import (
	"testing"

	"github.com/datatrade/datatrade/internal/guard"
)

// TestTrustedImportsOnly keeps the enclave side free of host-side
// dependencies: through any package, no sockets, HTTP, processes, database
// driver or chain client, and of this module only the root package, enclave
// and the pure spatial packages. (database/sql and net/url do arrive
// transitively — go-ethereum's uint256 implements sql.Scanner, cel-go uses
// text/template — but no driver and no socket package does.)
func TestTrustedImportsOnly(t *testing.T) {
	guard.Check(t, guard.Rules{
		Own:            []string{"", "enclave", "spatial", "spatial/query", "spatial/require", "spatial/private"},
		Forbidden:      append([]string{"os/exec", "plugin", "modernc.org/sqlite", "github.com/jackc/pgx"}, guard.HostPackages...),
		ForbiddenExact: []string{"net"},
	})
}
