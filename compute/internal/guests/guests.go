// Package guests builds the example compute guests of compute/examples for
// tests: Go guests with GOOS=wasip1 GOARCH=wasm, C guests with Debian's clang
// for wasm32-wasi. Each set is built once per Builder, into its directory;
// tests that need clang are skipped, with the packages to install, when it
// is missing.
package guests

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// SkipNoClang is the message of tests skipped for want of clang.
const SkipNoClang = "C guests need clang for wasm32-wasi: apt-get install -y clang lld wasi-libc libclang-rt-14-dev-wasm32"

// Builder builds guests from the examples directory into dir. It is safe
// for concurrent use.
type Builder struct {
	dir, examples string
	goGuests      []string
	cGuests       []string

	goOnce, cOnce sync.Once
	goErr, cErr   error
	noClang       bool
}

// New returns a Builder of the Go guests goGuests (package directories
// under examples/go) and the C guests cGuests (files examples/c/<name>.c),
// writing into dir.
func New(dir, examples string, goGuests, cGuests []string) *Builder {
	if !filepath.IsAbs(examples) && !strings.HasPrefix(examples, ".") {
		examples = "." + string(filepath.Separator) + examples // a path to go build, not an import path
	}
	return &Builder{dir: dir, examples: examples, goGuests: goGuests, cGuests: cGuests}
}

// Go returns the wasm of Go guest name, building all Go guests on first use.
func (b *Builder) Go(t testing.TB, name string) []byte {
	t.Helper()
	b.goOnce.Do(func() {
		goTool, err := exec.LookPath("go")
		if err != nil {
			b.goErr = fmt.Errorf("go tool not found: %v", err)
			return
		}
		args := []string{"build", "-trimpath", "-o", filepath.Join(b.dir, "go") + string(filepath.Separator)}
		for _, g := range b.goGuests {
			args = append(args, filepath.Join(b.examples, "go", g))
		}
		cmd := exec.Command(goTool, args...)
		cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
		if out, err := cmd.CombinedOutput(); err != nil {
			b.goErr = fmt.Errorf("go build of the Go guests: %v\n%s", err, out)
		}
	})
	if b.goErr != nil {
		t.Fatal(b.goErr)
	}
	return readFile(t, filepath.Join(b.dir, "go", name))
}

// C returns the wasm of C guest name, building all C guests on first use,
// or skips the test when clang is not installed.
func (b *Builder) C(t testing.TB, name string) []byte {
	t.Helper()
	b.cOnce.Do(func() {
		for _, g := range b.cGuests {
			if b.noClang, b.cErr = b.clang(filepath.Join(b.dir, "c-"+g+".wasm"), g); b.cErr != nil || b.noClang {
				return
			}
		}
	})
	if b.noClang {
		t.Skip(SkipNoClang)
	}
	if b.cErr != nil {
		t.Fatal(b.cErr)
	}
	return readFile(t, filepath.Join(b.dir, "c-"+name+".wasm"))
}

// CWith builds C guest name with extra compiler flags (such as
// -DOFFSET=1000) into the test's temporary directory, or skips the test
// when clang is not installed.
func (b *Builder) CWith(t testing.TB, name string, flags ...string) []byte {
	t.Helper()
	out := filepath.Join(t.TempDir(), name+".wasm")
	noClang, err := b.clang(out, name, flags...)
	if noClang {
		t.Skip(SkipNoClang)
	}
	if err != nil {
		t.Fatal(err)
	}
	return readFile(t, out)
}

// clang builds examples/c/<name>.c into out; noClang reports a missing
// clang.
func (b *Builder) clang(out, name string, flags ...string) (noClang bool, err error) {
	clang, err := exec.LookPath("clang")
	if err != nil {
		return true, nil
	}
	args := append([]string{"--target=wasm32-wasi", "-O2", "-Wall", "-Wl,--strip-all", "-o", out}, flags...)
	args = append(args, filepath.Join(b.examples, "c", name+".c"), "-lm")
	if o, err := exec.Command(clang, args...).CombinedOutput(); err != nil {
		return false, fmt.Errorf("clang %s.c %v: %v\n%s", name, flags, err, o)
	}
	return false, nil
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
