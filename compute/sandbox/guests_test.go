package sandbox_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/datatrade/datatrade/compute/internal/wasmtest"
	"github.com/datatrade/datatrade/compute/sandbox"
)

// The example guests are built once per test binary, from the committed
// sources in compute/examples, into a temporary directory.

var (
	buildDir  string
	goOnce    sync.Once
	goErr     error
	cOnce     sync.Once
	cErr      error
	clangPath string
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sandbox-guests")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	buildDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// goGuests are the Go example guests (package paths under compute/examples/go).
var goGuests = []string{"stats", "regress", "probe"}

// cGuests are the C example guests (files under compute/examples/c).
var cGuests = []string{"stats", "regress", "rawdump", "spin", "hog", "probe"}

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
		var err error
		if clangPath, err = exec.LookPath("clang"); err != nil {
			cErr = fmt.Errorf("clang not found")
			return
		}
		for _, g := range cGuests {
			out := filepath.Join(buildDir, "c-"+g+".wasm")
			cmd := exec.Command(clangPath, "--target=wasm32-wasi", "-O2", "-Wall", "-Wl,--strip-all",
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

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// spinModule is a hand-written WASI command whose _start never returns.
func spinModule() []byte {
	m := wasmtest.Module{
		Types:     []wasmtest.FuncType{{}},
		Funcs:     []wasmtest.Func{{Type: 0, Body: wasmtest.Op([]byte{0x03, 0x40}, wasmtest.Br(0), []byte{0x0b, 0x0b})}},
		MemoryMin: 1,
		Exports:   []wasmtest.Export{{Name: "_start", Kind: 0, Index: 0}, {Name: "memory", Kind: 2, Index: 0}},
	}
	return m.Encode()
}

// floodModule is a hand-written WASI command that writes "AAAAAAAA" to
// stdout forever, ignoring errors.
func floodModule() []byte {
	iovec := []byte{16, 0, 0, 0, 8, 0, 0, 0} // buf=16, len=8
	data := append(append(iovec, make([]byte, 8)...), "AAAAAAAA"...)
	i32 := wasmtest.I32
	m := wasmtest.Module{
		Types:   []wasmtest.FuncType{{Params: []byte{i32, i32, i32, i32}, Results: []byte{i32}}, {}},
		Imports: []wasmtest.Import{{Module: "wasi_snapshot_preview1", Name: "fd_write", Type: 0}},
		Funcs: []wasmtest.Func{{Type: 1, Body: wasmtest.Op(
			[]byte{0x03, 0x40},
			wasmtest.I32Const(1), wasmtest.I32Const(0), wasmtest.I32Const(1), wasmtest.I32Const(32), wasmtest.Call(0), []byte{0x1a},
			wasmtest.Br(0), []byte{0x0b, 0x0b})}},
		MemoryMin: 1,
		Exports:   []wasmtest.Export{{Name: "_start", Kind: 0, Index: 1}, {Name: "memory", Kind: 2, Index: 0}},
		Data:      data,
	}
	return m.Encode()
}

// csvData returns a deterministic CSV with columns x, y (≈ 3x + 2 with
// noise), label (text) and z.
func csvData(rows int) []byte {
	var b strings.Builder
	b.WriteString("x,y,label,z\n")
	state := uint32(12345)
	for i := 0; i < rows; i++ {
		state = state*1664525 + 1013904223
		noise := float64(int32(state>>8)%1000) / 1000
		x := float64(i) * 0.5
		fmt.Fprintf(&b, "%g,%g,row%d,%d\n", x, 3*x+2+noise, i, int(state%97))
	}
	return []byte(b.String())
}

// shared compiles each guest once per test binary in one sandbox.
type shared struct {
	once sync.Once
	sb   *sandbox.Sandbox
	err  error
	mu   sync.Mutex
	prog map[string]*sandbox.Program
}

var sharedSB shared

func program(t testing.TB, key string, wasm func(testing.TB) []byte) *sandbox.Program {
	t.Helper()
	ctx := context.Background()
	sharedSB.once.Do(func() {
		sharedSB.sb, sharedSB.err = sandbox.New(ctx, sandbox.Config{MemoryLimitPages: 1024})
		sharedSB.prog = map[string]*sandbox.Program{}
	})
	if sharedSB.err != nil {
		t.Fatal(sharedSB.err)
	}
	sharedSB.mu.Lock()
	defer sharedSB.mu.Unlock()
	if p := sharedSB.prog[key]; p != nil {
		return p
	}
	p, err := sharedSB.sb.Compile(ctx, wasm(t))
	if err != nil {
		t.Fatalf("compile %s: %v", key, err)
	}
	sharedSB.prog[key] = p
	return p
}

func goProgram(t testing.TB, name string) *sandbox.Program {
	return program(t, "go-"+name, func(t testing.TB) []byte { return goGuest(t, name) })
}

func cProgram(t testing.TB, name string) *sandbox.Program {
	return program(t, "c-"+name, func(t testing.TB) []byte { return cGuest(t, name) })
}

func execLookClang() (string, error) { return exec.LookPath("clang") }

func newChaCha(seed [32]byte) *rand.ChaCha8 { return rand.NewChaCha8(seed) }
