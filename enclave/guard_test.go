package enclave_test

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestTrustedImportsOnly keeps the packages that run inside the enclave free
// of host-side dependencies: no network, no processes, no chain client or
// store, and of this module only the root package and enclave itself.
func TestTrustedImportsOnly(t *testing.T) {
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	out, err := exec.Command(goTool, "list", "-deps", ".", "./sim").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	const module = "github.com/datatrade/datatrade"
	allowedOwn := map[string]bool{module: true, module + "/enclave": true, module + "/enclave/sim": true}
	forbidden := []string{"net", "os/exec", "plugin", "github.com/ethereum/go-ethereum/ethclient", "github.com/ethereum/go-ethereum/rpc"}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, module) && !allowedOwn[pkg] {
			t.Errorf("enclave depends on %s; the trusted side may only use the root package", pkg)
		}
		for _, f := range forbidden {
			if pkg == f || strings.HasPrefix(pkg, f+"/") {
				t.Errorf("enclave depends on %s, a host-side package", pkg)
			}
		}
	}
}
