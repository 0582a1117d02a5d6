// Package guard checks, from a test, that code meant to run inside an
// enclave (the trusted side of the exchange, the compute job runner, the
// private-query service, the enclave package itself) depends on no
// host-side package: the narrow ECALL boundary of DESIGN.md §3.
package guard

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// Module is this repository's module path.
const Module = "github.com/datatrade/datatrade"

// Rules say what the trusted packages may depend on. A package name in
// Forbidden or ForbiddenDirect also forbids the packages below it.
type Rules struct {
	// Packages are the `go list` patterns checked (default ".").
	Packages []string
	// Own are the packages of this module (paths relative to Module, ""
	// for the root package) the trusted code may depend on.
	Own []string
	// Forbidden may not appear among the dependencies at all.
	Forbidden []string
	// ForbiddenExact may not appear among the dependencies, while the
	// packages below them may (e.g. "net" but not "net/url").
	ForbiddenExact []string
	// ForbiddenDirect may not be imported by the checked packages
	// themselves (they may still arrive transitively).
	ForbiddenDirect []string
}

// HostPackages are the host-side packages no trusted code may depend on:
// HTTP and RPC servers and clients, and go-ethereum's chain client and node.
var HostPackages = []string{"net/http", "net/rpc",
	"github.com/ethereum/go-ethereum/ethclient", "github.com/ethereum/go-ethereum/rpc",
	"github.com/ethereum/go-ethereum/node", "github.com/ethereum/go-ethereum/eth"}

// Check lists the packages' dependencies with the go tool and reports every
// one the rules forbid as a test error.
func Check(t testing.TB, r Rules) {
	t.Helper()
	pkgs := r.Packages
	if len(pkgs) == 0 {
		pkgs = []string{"."}
	}
	if len(r.ForbiddenDirect) > 0 {
		direct := list(t, append([]string{"list", "-f", `{{join .Imports "\n"}}`}, pkgs...), 5)
		for _, pkg := range direct {
			if under(pkg, r.ForbiddenDirect) {
				t.Errorf("%s imports %s directly", strings.Join(pkgs, " "), pkg)
			}
		}
	}
	for _, pkg := range list(t, append([]string{"list", "-deps"}, pkgs...), 10) {
		if rel, ok := strings.CutPrefix(pkg, Module); ok && !slices.Contains(r.Own, strings.TrimPrefix(rel, "/")) {
			t.Errorf("the trusted side depends on %s, a host package of this module", pkg)
		}
		if under(pkg, r.Forbidden) || slices.Contains(r.ForbiddenExact, pkg) {
			t.Errorf("the trusted side depends on %s, a host-side package", pkg)
		}
	}
}

// list runs the go tool and returns the packages it prints, failing the
// test when it fails or prints fewer than least.
func list(t testing.TB, args []string, least int) []string {
	t.Helper()
	out, err := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), args...).CombinedOutput()
	if err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	pkgs := strings.Fields(string(out))
	if len(pkgs) < least {
		t.Fatalf("go %s gave only %d packages: %q", strings.Join(args, " "), len(pkgs), pkgs)
	}
	return pkgs
}

// under reports whether pkg is one of roots or below one of them.
func under(pkg string, roots []string) bool {
	for _, r := range roots {
		if pkg == r || strings.HasPrefix(pkg, r+"/") {
			return true
		}
	}
	return false
}
