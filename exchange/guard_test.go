package exchange

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestTrustedImportsOnly keeps the trusted trading program free of host-side
// dependencies: through any package, no HTTP, no chain client (ethclient,
// rpc, node, eth) and of this module no host package (chain, market, store,
// catalog, contracts, …); directly, not even the net or os/exec packages.
// (net and os/exec do arrive transitively through go-ethereum's metrics
// package, which the light client's trie pulls in; no code here reaches
// them.)
func TestTrustedImportsOnly(t *testing.T) {
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	direct, err := exec.Command(goTool, "list", "-f", `{{join .Imports "\n"}}`, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, direct)
	}
	imports := strings.Fields(string(direct))
	if len(imports) < 5 {
		t.Fatalf("go list gave only %d imports: %q", len(imports), imports)
	}
	for _, pkg := range imports {
		if pkg == "net" || strings.HasPrefix(pkg, "net/") || pkg == "os/exec" || pkg == "plugin" {
			t.Errorf("exchange imports %s directly", pkg)
		}
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	const module = "github.com/datatrade/datatrade"
	allowedOwn := map[string]bool{
		module: true, module + "/exchange": true, module + "/enclave": true,
		module + "/envelope": true, module + "/lightclient": true, module + "/authsig": true,
		module + "/chain/devnode/authsig": true, module + "/store/unixfs": true,
	}
	forbidden := []string{"net/http", "net/rpc",
		"github.com/ethereum/go-ethereum/ethclient", "github.com/ethereum/go-ethereum/rpc",
		"github.com/ethereum/go-ethereum/node", "github.com/ethereum/go-ethereum/eth"}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list -deps gave only %d packages: %q", len(deps), deps)
	}
	for _, pkg := range deps {
		if strings.HasPrefix(pkg, module) && !allowedOwn[pkg] {
			t.Errorf("exchange depends on %s; the trusted side may not use host packages", pkg)
		}
		for _, f := range forbidden {
			if pkg == f || strings.HasPrefix(pkg, f+"/") {
				t.Errorf("exchange depends on %s, a host-side package", pkg)
			}
		}
	}
}
