package job_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// The example guests are built once per test binary, from the committed
// sources in compute/examples, into a temporary directory.

var (
	buildDir string
	goOnce   sync.Once
	goErr    error
	cOnce    sync.Once
	cErr     error
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "job-guests")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	buildDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// goGuests are the Go example guests (package paths under compute/examples/go)
// built here. Go guests take seconds to meter and compile, so the tests run
// only join, the one that reads several datasets; groupby is built to keep
// it compiling, and computes what analysis.GroupBy computes natively, which
// the C groupby is checked against.
var goGuests = []string{"join", "groupby"}

// cGuests are the C example guests (files under compute/examples/c).
var cGuests = []string{"stats", "regress", "groupby", "join", "rawdump", "spin", "hog"}

// goGuest returns the wasm of a Go example guest, built with GOOS=wasip1.
func goGuest(t testing.TB, name string) []byte {
	t.Helper()
	goOnce.Do(func() {
		args := []string{"build", "-trimpath", "-o", filepath.Join(buildDir, "go") + string(filepath.Separator)}
		for _, g := range goGuests {
			args = append(args, "../examples/go/"+g)
		}
		goTool, err := exec.LookPath("go")
		if err != nil {
			goErr = fmt.Errorf("go tool not found: %v", err)
			return
		}
		cmd := exec.Command(goTool, args...)
		cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
		if out, err := cmd.CombinedOutput(); err != nil {
			goErr = fmt.Errorf("go build of the Go guests: %v\n%s", err, out)
		}
	})
	if goErr != nil {
		t.Fatal(goErr)
	}
	return readFile(t, filepath.Join(buildDir, "go", name))
}

// cGuest returns the wasm of a C example guest built with Debian's clang for
// wasm32-wasi, or skips the test when that toolchain is not installed.
func cGuest(t testing.TB, name string) []byte {
	t.Helper()
	cOnce.Do(func() {
		clang, err := exec.LookPath("clang")
		if err != nil {
			cErr = fmt.Errorf("clang not found")
			return
		}
		for _, g := range cGuests {
			out := filepath.Join(buildDir, "c-"+g+".wasm")
			cmd := exec.Command(clang, "--target=wasm32-wasi", "-O2", "-Wall", "-Wl,--strip-all",
				"-o", out, "../examples/c/"+g+".c", "-lm")
			if b, err := cmd.CombinedOutput(); err != nil {
				cErr = fmt.Errorf("clang %s.c: %v\n%s", g, err, b)
				return
			}
		}
	})
	if cErr != nil {
		if cErr.Error() == "clang not found" {
			t.Skip("C guests need clang for wasm32-wasi: apt-get install -y clang lld wasi-libc libclang-rt-14-dev-wasm32")
		}
		t.Fatal(cErr)
	}
	return readFile(t, filepath.Join(buildDir, "c-"+name+".wasm"))
}

// cGuestWith builds a C example guest with extra compiler flags (such as
// -DOFFSET=1000), or skips the test when clang is not installed.
func cGuestWith(t testing.TB, name string, flags ...string) []byte {
	t.Helper()
	clang, err := exec.LookPath("clang")
	if err != nil {
		t.Skip("C guests need clang for wasm32-wasi: apt-get install -y clang lld wasi-libc libclang-rt-14-dev-wasm32")
	}
	out := filepath.Join(t.TempDir(), name+".wasm")
	args := append([]string{"--target=wasm32-wasi", "-O2", "-Wall", "-Wl,--strip-all", "-o", out}, flags...)
	args = append(args, "../examples/c/"+name+".c", "-lm")
	if b, err := exec.Command(clang, args...).CombinedOutput(); err != nil {
		t.Fatalf("clang %s.c %v: %v\n%s", name, flags, err, b)
	}
	return readFile(t, out)
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
