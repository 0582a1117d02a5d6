package private

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestTrustedImportsOnly keeps the enclave side free of host-side
// dependencies: through any package, no sockets, HTTP, processes, database
// driver or chain client, and of this module only the root package, enclave
// and the pure spatial packages. (database/sql and net/url do arrive
// transitively — go-ethereum's uint256 implements sql.Scanner, cel-go uses
// text/template — but no driver and no socket package does.)
func TestTrustedImportsOnly(t *testing.T) {
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	out, err := exec.Command(goTool, "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	const module = "github.com/datatrade/datatrade"
	allowedOwn := map[string]bool{
		module: true, module + "/enclave": true, module + "/spatial": true,
		module + "/spatial/query": true, module + "/spatial/require": true, module + "/spatial/private": true,
	}
	forbidden := []string{"net/http", "net/rpc", "os/exec", "plugin", "modernc.org/sqlite", "github.com/jackc/pgx",
		"github.com/ethereum/go-ethereum/ethclient", "github.com/ethereum/go-ethereum/rpc",
		"github.com/ethereum/go-ethereum/node", "github.com/ethereum/go-ethereum/eth"}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list -deps gave only %d packages: %q", len(deps), deps)
	}
	for _, pkg := range deps {
		if strings.HasPrefix(pkg, module) && !allowedOwn[pkg] {
			t.Errorf("spatial/private depends on %s; the enclave side may not use host packages", pkg)
		}
		if pkg == "net" {
			t.Errorf("spatial/private depends on net, the socket package")
		}
		for _, f := range forbidden {
			if pkg == f || strings.HasPrefix(pkg, f+"/") {
				t.Errorf("spatial/private depends on %s, a host-side package", pkg)
			}
		}
	}
}
