package sandbox_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"

	"github.com/datatrade/datatrade/compute/internal/guests"
	"github.com/datatrade/datatrade/compute/internal/wasmtest"
	"github.com/datatrade/datatrade/compute/sandbox"
)

// The example guests are built once per test binary, from the committed
// sources in compute/examples, into a temporary directory.
var builder *guests.Builder

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sandbox-guests")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	builder = guests.New(dir, "../examples", goGuests, cGuests)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// goGuests are the Go example guests (package paths under compute/examples/go).
var goGuests = []string{"stats", "regress", "probe"}

// cGuests are the C example guests (files under compute/examples/c).
var cGuests = []string{"stats", "regress", "rawdump", "spin", "hog", "probe"}

// goGuest returns the wasm of a Go example guest, built with GOOS=wasip1.
func goGuest(t testing.TB, name string) []byte { return builder.Go(t, name) }

// cGuest returns the wasm of a C example guest built with Debian's clang for
// wasm32-wasi, or skips the test when that toolchain is not installed.
func cGuest(t testing.TB, name string) []byte { return builder.C(t, name) }

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
