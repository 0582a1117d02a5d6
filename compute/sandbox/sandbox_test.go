package sandbox_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/compute/examples/go/analysis"
	"github.com/datatrade/datatrade/compute/internal/wasmtest"
	"github.com/datatrade/datatrade/compute/sandbox"
)

var seed = [32]byte{1, 2, 3}

func limits() sandbox.Limits {
	return sandbox.Limits{Budget: 5_000_000_000, MaxOutput: 1 << 20, WallTimeout: 30 * time.Second}
}

func run(t testing.TB, p *sandbox.Program, stdin []byte, lim sandbox.Limits) (*sandbox.Result, error) {
	t.Helper()
	return p.Run(context.Background(), sandbox.Job{Stdin: stdin, Seed: seed, Limits: lim})
}

func mustRun(t testing.TB, p *sandbox.Program, stdin []byte) *sandbox.Result {
	t.Helper()
	res, err := run(t, p, stdin, limits())
	if err != nil {
		var re *sandbox.RunError
		if errors.As(err, &re) {
			t.Fatalf("run: %v\nstderr: %s", err, re.Stderr)
		}
		t.Fatalf("run: %v", err)
	}
	return res
}

func runError(t testing.TB, err error) *sandbox.RunError {
	t.Helper()
	var re *sandbox.RunError
	if !errors.As(err, &re) {
		t.Fatalf("error %v (%T), want a *sandbox.RunError", err, err)
	}
	return re
}

// native returns what the Go analysis produces natively on data.
func native(t testing.TB, fn func(r interface{ Read([]byte) (int, error) }, w *bytes.Buffer) error, data []byte) string {
	t.Helper()
	var out bytes.Buffer
	if err := fn(bytes.NewReader(data), &out); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

func TestExamplesMatchNative(t *testing.T) {
	data := csvData(500)
	var want = map[string]string{}
	var buf bytes.Buffer
	if err := analysis.Summary(bytes.NewReader(data), &buf); err != nil {
		t.Fatal(err)
	}
	want["stats"] = buf.String()
	buf.Reset()
	if err := analysis.Regress(bytes.NewReader(data), &buf); err != nil {
		t.Fatal(err)
	}
	want["regress"] = buf.String()
	// The expected output has the shape we mean (and the fit is close to
	// the generator's y = 3x + 2.5).
	if !strings.Contains(want["stats"], "x count=500 mean=124.750000 min=0.000000 max=249.500000") ||
		strings.Contains(want["stats"], "label") {
		t.Fatalf("native stats output unexpected:\n%s", want["stats"])
	}
	fit, err := analysis.RegressFit(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if fit.Slope < 2.99 || fit.Slope > 3.01 || fit.R2 < 0.99 {
		t.Fatalf("native fit %+v, want slope ≈ 3 and r2 ≈ 1", fit)
	}
	for _, lang := range []string{"go", "c"} {
		for _, name := range []string{"stats", "regress"} {
			t.Run(lang+"/"+name, func(t *testing.T) {
				var p *sandbox.Program
				if lang == "go" {
					p = goProgram(t, name)
				} else {
					p = cProgram(t, name)
				}
				res := mustRun(t, p, data)
				if got := string(res.Output); got != want[name] {
					t.Errorf("output:\n%s\nwant (native Go):\n%s", got, want[name])
				}
				if res.Cost == 0 {
					t.Error("cost 0, want > 0")
				}
			})
		}
	}
}

func TestDeterministicOutputAndCost(t *testing.T) {
	data := csvData(300)
	guests := map[string]func(testing.TB) []byte{
		"go/regress": func(t testing.TB) []byte { return goGuest(t, "regress") },
		"go/probe":   func(t testing.TB) []byte { return goGuest(t, "probe") },
	}
	if _, err := execLookClang(); err == nil {
		guests["c/stats"] = func(t testing.TB) []byte { return cGuest(t, "stats") }
		guests["c/probe"] = func(t testing.TB) []byte { return cGuest(t, "probe") }
	}
	for name, wasm := range guests {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			p := program(t, name, wasm)
			first := mustRun(t, p, data)
			if !strings.HasSuffix(name, "probe") {
				// The analyses read their input: more input costs more.
				bigger := mustRun(t, p, csvData(600))
				if bigger.Cost <= first.Cost {
					t.Errorf("cost on 600 rows %d, on 300 rows %d: want more", bigger.Cost, first.Cost)
				}
			}
			for i := 0; i < 2; i++ {
				res := mustRun(t, p, data)
				if !bytes.Equal(res.Output, first.Output) || res.Cost != first.Cost {
					t.Errorf("run %d: cost %d output %q; first run cost %d output %q", i+2, res.Cost, res.Output, first.Cost, first.Output)
				}
			}
			// Concurrent runs and a fresh runtime give the same too.
			var wg sync.WaitGroup
			for i := 0; i < 2; i++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					res, err := run(t, p, data, limits())
					if err != nil {
						t.Errorf("concurrent run: %v", err)
						return
					}
					if !bytes.Equal(res.Output, first.Output) || res.Cost != first.Cost {
						t.Errorf("concurrent run: cost %d, first %d", res.Cost, first.Cost)
					}
				}()
			}
			wg.Wait()
			if strings.HasPrefix(name, "go/") {
				return // recompiling a 3 MB Go guest takes too long for a unit test
			}
			sb, err := sandbox.New(ctx, sandbox.Config{MemoryLimitPages: 1024})
			if err != nil {
				t.Fatal(err)
			}
			defer sb.Close(ctx)
			p2, err := sb.Compile(ctx, wasm(t))
			if err != nil {
				t.Fatal(err)
			}
			res := mustRun(t, p2, data)
			if !bytes.Equal(res.Output, first.Output) || res.Cost != first.Cost {
				t.Errorf("fresh runtime: cost %d output %q; first cost %d output %q", res.Cost, res.Output, first.Cost, first.Output)
			}
		})
	}
}

// runPlain runs wasm without instrumentation under the same fixed clocks,
// randomness and I/O as the sandbox, for comparison.
func runPlain(t testing.TB, wasm, stdin []byte) []byte {
	t.Helper()
	ctx := context.Background()
	rt := wazero.NewRuntime(ctx)
	defer rt.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, rt)
	var out bytes.Buffer
	var ns int64
	tick := func() int64 { ns += 1000; return ns }
	rng := newChaCha(seed)
	mc := wazero.NewModuleConfig().WithName("").WithArgs(sandbox.Args()...).
		WithStdin(bytes.NewReader(stdin)).WithStdout(&out).
		WithWalltime(func() (int64, int32) { n := tick(); return sandbox.VirtualEpoch + n/1e9, int32(n % 1e9) }, 1).
		WithNanotime(tick, 1).WithNanosleep(func(d int64) { ns += d }).WithOsyield(func() {}).WithRandSource(rng)
	for _, kv := range sandbox.Env() {
		k, v, _ := strings.Cut(kv, "=")
		mc = mc.WithEnv(k, v)
	}
	if _, err := rt.InstantiateWithConfig(ctx, wasm, mc); err != nil && !strings.Contains(err.Error(), "exit_code(0)") {
		t.Fatalf("plain run: %v", err)
	}
	return out.Bytes()
}

func TestInstrumentationDoesNotChangeResults(t *testing.T) {
	data := csvData(200)
	type guest struct {
		name string
		wasm func(testing.TB) []byte
	}
	guests := []guest{
		{"go/stats", func(t testing.TB) []byte { return goGuest(t, "stats") }},
	}
	if _, err := execLookClang(); err == nil {
		guests = append(guests, guest{"c/regress", func(t testing.TB) []byte { return cGuest(t, "regress") }},
			guest{"c/stats", func(t testing.TB) []byte { return cGuest(t, "stats") }})
	}
	for _, g := range guests {
		t.Run(g.name, func(t *testing.T) {
			want := runPlain(t, g.wasm(t), data)
			if len(want) == 0 {
				t.Fatal("plain run wrote nothing")
			}
			got := mustRun(t, program(t, g.name, g.wasm), data).Output
			if !bytes.Equal(got, want) {
				t.Errorf("metered output:\n%s\nplain output:\n%s", got, want)
			}
		})
	}
}

func TestNoWayOut(t *testing.T) {
	t.Run("go", func(t *testing.T) {
		res := mustRun(t, goProgram(t, "probe"), nil)
		out := string(res.Output)
		for _, want := range []string{
			"read /etc/passwd: ok=false\n", "read /: ok=false\n", "read .: ok=false\n", "read /proc/self/environ: ok=false\n",
			"create: ok=false\n",
			`env="TZ=UTC,LANG=C" args=["algorithm"]`,
			"time=2024-01-01T00:00:00.", "slept=true\n",
			"dial: ok=false\n",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("probe output lacks %q:\n%s", want, out)
			}
		}
		// The random stream depends on the job's seed, and only on it.
		other := seed
		other[0] ^= 0xff
		res2, err := goProgram(t, "probe").Run(context.Background(), sandbox.Job{Seed: other, Limits: limits()})
		if err != nil {
			t.Fatal(err)
		}
		if randomLine(res.Output) == randomLine(res2.Output) {
			t.Errorf("random line %q for two different seeds", randomLine(res.Output))
		}
	})
	t.Run("c", func(t *testing.T) {
		res := mustRun(t, cProgram(t, "probe"), nil)
		out := string(res.Output)
		for _, want := range []string{
			"open /etc/passwd: ok=0\n", "open /: ok=0\n", "open .: ok=0\n",
			"realtime=1704067200.0000", "monotonic=0.0000",
			"env TZ=UTC\nenv LANG=C\n",
			"nan=nan\n", // canonical NaN: positive on every CPU
		} {
			if !strings.Contains(out, want) {
				t.Errorf("probe output lacks %q:\n%s", want, out)
			}
		}
	})
}

func randomLine(out []byte) string {
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(l, "random=") {
			return l
		}
	}
	return ""
}

func TestHostileGuests(t *testing.T) {
	data := csvData(2000) // ~40 KB
	tests := []struct {
		name       string
		prog       func(t testing.TB) *sandbox.Program
		lim        sandbox.Limits
		wantReason sandbox.Reason
	}{
		{"c/rawdump over the output limit", func(t testing.TB) *sandbox.Program { return cProgram(t, "rawdump") },
			sandbox.Limits{Budget: 1e9, MaxOutput: 1000}, sandbox.ReasonOutputLimit},
		{"c/spin", func(t testing.TB) *sandbox.Program { return cProgram(t, "spin") },
			sandbox.Limits{Budget: 50_000_000, MaxOutput: 1000}, sandbox.ReasonInstructionLimit},
		{"c/hog", func(t testing.TB) *sandbox.Program { return smallMemoryProgram(t, cGuest(t, "hog")) },
			sandbox.Limits{Budget: 1e10, MaxOutput: 1000}, sandbox.ReasonMemoryLimit},
		{"wasm/spin", func(t testing.TB) *sandbox.Program {
			return program(t, "spin", func(testing.TB) []byte { return spinModule() })
		}, sandbox.Limits{Budget: 50_000_000}, sandbox.ReasonInstructionLimit},
		{"wasm/flood", func(t testing.TB) *sandbox.Program {
			return program(t, "flood", func(testing.TB) []byte { return floodModule() })
		}, sandbox.Limits{Budget: 1e12, MaxOutput: 4096}, sandbox.ReasonOutputLimit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.prog(t)
			var first *sandbox.RunError
			for i := 0; i < 2; i++ {
				_, err := run(t, p, data, tt.lim)
				re := runError(t, err)
				if re.Reason != tt.wantReason {
					t.Fatalf("reason %q (%v), want %q", re.Reason, err, tt.wantReason)
				}
				if !re.Deterministic() {
					t.Errorf("Deterministic() = false for %q", re.Reason)
				}
				if code := datatrade.ErrorCode(err); code != datatrade.EINVALID {
					t.Errorf("code %q, want %q", code, datatrade.EINVALID)
				}
				if first == nil {
					first = re
				} else if re.Cost != first.Cost {
					t.Errorf("cost %d on run 2, %d on run 1", re.Cost, first.Cost)
				}
			}
			if tt.wantReason == sandbox.ReasonInstructionLimit && first.Cost != tt.lim.Budget {
				t.Errorf("cost %d, want the budget %d", first.Cost, tt.lim.Budget)
			}
			t.Logf("%s: %s", tt.name, datatrade.ErrorMessage(first))
		})
	}
	// The raw dump passes only when the output limit is as large as the data:
	// the limit, not luck, is what stopped it.
	t.Run("c/rawdump under a large limit", func(t *testing.T) {
		res, err := run(t, cProgram(t, "rawdump"), data, sandbox.Limits{Budget: 1e9, MaxOutput: int64(len(data))})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(res.Output, data) {
			t.Errorf("rawdump output %d bytes, want the %d input bytes", len(res.Output), len(data))
		}
	})
}

// smallMemoryProgram compiles wasm in a sandbox limited to 4 MiB of memory,
// so that a guest filling memory byte by byte reaches the limit quickly.
func smallMemoryProgram(t testing.TB, wasm []byte) *sandbox.Program {
	t.Helper()
	ctx := context.Background()
	sb, err := sandbox.New(ctx, sandbox.Config{MemoryLimitPages: 64})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sb.Close(ctx) })
	p, err := sb.Compile(ctx, wasm)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestWallTimeSafetyNet(t *testing.T) {
	p := program(t, "spin", func(testing.TB) []byte { return spinModule() })
	start := time.Now()
	res, err := run(t, p, nil, sandbox.Limits{Budget: 1 << 62, WallTimeout: 200 * time.Millisecond})
	if res != nil {
		t.Fatalf("result %+v, want none", res)
	}
	re := runError(t, err)
	if re.Reason != sandbox.ReasonWallTime {
		t.Fatalf("reason %q, want %q", re.Reason, sandbox.ReasonWallTime)
	}
	if re.Deterministic() {
		t.Error("wall-time failure reported as deterministic")
	}
	if el := time.Since(start); el > 20*time.Second {
		t.Errorf("run took %s after a 200ms safety net", el)
	}
}

func TestCallerCancels(t *testing.T) {
	p := program(t, "spin", func(testing.TB) []byte { return spinModule() })
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err := p.Run(ctx, sandbox.Job{Limits: sandbox.Limits{Budget: 1 << 62, WallTimeout: time.Hour}})
	re := runError(t, err)
	if re.Reason != sandbox.ReasonCanceled {
		t.Fatalf("reason %q, want %q", re.Reason, sandbox.ReasonCanceled)
	}
	if code := datatrade.ErrorCode(err); code != datatrade.EUNAVAILABLE {
		t.Errorf("code %q, want %q", code, datatrade.EUNAVAILABLE)
	}
}

// budgetPolicy is a cumulative output budget, as the job runner keeps per
// buyer and listing.
type budgetPolicy struct {
	mu     sync.Mutex
	left   int64
	reject string // refuse outputs containing this
}

func (b *budgetPolicy) OutputLimit(context.Context) (int64, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.left <= 0 {
		return 0, datatrade.Errorf(datatrade.EFUNDS, "output budget exhausted")
	}
	return b.left, nil
}

func (b *budgetPolicy) Accept(_ context.Context, out []byte, _ uint64) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.reject != "" && bytes.Contains(out, []byte(b.reject)) {
		return datatrade.Errorf(datatrade.EINVALID, "output contains raw rows")
	}
	b.left -= int64(len(out))
	return nil
}

var _ sandbox.OutputPolicy = (*budgetPolicy)(nil)

func TestOutputPolicy(t *testing.T) {
	ctx := context.Background()
	p := goProgram(t, "regress")
	data := csvData(100)
	one := mustRun(t, p, data)
	n := int64(len(one.Output))
	pol := &budgetPolicy{left: 2*n + n/2}
	job := sandbox.Job{Stdin: data, Seed: seed, Limits: limits(), Policy: pol}
	for i := 0; i < 2; i++ {
		if _, err := p.Run(ctx, job); err != nil {
			t.Fatalf("run %d within the budget: %v", i+1, err)
		}
	}
	if pol.left != n/2 {
		t.Fatalf("budget left %d, want %d", pol.left, n/2)
	}
	// The third run would exceed what is left: stopped at the write.
	_, err := p.Run(ctx, job)
	if re := runError(t, err); re.Reason != sandbox.ReasonOutputLimit {
		t.Fatalf("third run: reason %q, want %q", re.Reason, sandbox.ReasonOutputLimit)
	}
	pol.left = 0
	_, err = p.Run(ctx, job)
	if re := runError(t, err); re.Reason != sandbox.ReasonPolicy {
		t.Fatalf("exhausted budget: reason %q, want %q", re.Reason, sandbox.ReasonPolicy)
	}
	if msg := datatrade.ErrorMessage(err); !strings.Contains(msg, "output budget exhausted") {
		t.Errorf("message %q does not say why", msg)
	}
	// Accept can refuse an output it recognises as raw data.
	pol = &budgetPolicy{left: 1 << 20, reject: "row1"}
	_, err = cProgram(t, "rawdump").Run(ctx, sandbox.Job{Stdin: data, Limits: limits(), Policy: pol})
	if re := runError(t, err); re.Reason != sandbox.ReasonPolicy {
		t.Fatalf("raw rows: reason %q, want %q", re.Reason, sandbox.ReasonPolicy)
	}
	if pol.left != 1<<20 {
		t.Errorf("refused output was charged to the budget: left %d", pol.left)
	}
}

func TestCompileRejects(t *testing.T) {
	ctx := context.Background()
	sb, err := sandbox.New(ctx, sandbox.Config{MemoryLimitPages: 16})
	if err != nil {
		t.Fatal(err)
	}
	defer sb.Close(ctx)
	start := []wasmtest.Export{{Name: "_start", Kind: 0, Index: 0}}
	envImport := wasmtest.Module{
		Types:   []wasmtest.FuncType{{}},
		Imports: []wasmtest.Import{{Module: "env", Name: "leak", Type: 0}},
		Funcs:   []wasmtest.Func{{Type: 0, Body: []byte{0x0b}}},
		Exports: []wasmtest.Export{{Name: "_start", Kind: 0, Index: 1}},
	}
	noStart := wasmtest.Module{Types: []wasmtest.FuncType{{}}, Funcs: []wasmtest.Func{{Type: 0, Body: []byte{0x0b}}}}
	bigMemory := wasmtest.Module{Types: []wasmtest.FuncType{{}}, Funcs: []wasmtest.Func{{Type: 0, Body: []byte{0x0b}}},
		MemoryMin: 17, Exports: start}
	tests := []struct {
		name, wasm string
		want       string
	}{
		{"garbage", "MZ\x90\x00", "wasm module"},
		{"foreign import", string(envImport.Encode()), `imports "leak" from "env"`},
		{"no _start", string(noStart.Encode()), "_start"},
		{"memory above the limit", string(bigMemory.Encode()), "memory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := sb.Compile(ctx, []byte(tt.wasm))
			if err == nil {
				t.Fatal("Compile succeeded, want an error")
			}
			if code := datatrade.ErrorCode(err); code != datatrade.EINVALID {
				t.Errorf("code %q (%v), want %q", code, err, datatrade.EINVALID)
			}
			if msg := datatrade.ErrorMessage(err); !strings.Contains(msg, tt.want) {
				t.Errorf("message %q, want it to mention %q", msg, tt.want)
			}
		})
	}
}

func TestBadLimits(t *testing.T) {
	p := program(t, "spin", func(testing.TB) []byte { return spinModule() })
	for _, lim := range []sandbox.Limits{{Budget: 0}, {Budget: 1 << 63}, {Budget: 10, MaxOutput: -1}} {
		_, err := run(t, p, nil, lim)
		if code := datatrade.ErrorCode(err); code != datatrade.EINVALID {
			t.Errorf("limits %+v: code %q (%v), want %q", lim, code, err, datatrade.EINVALID)
		}
	}
}

func ExampleProgram_Run() {
	ctx := context.Background()
	sb, err := sandbox.New(ctx, sandbox.Config{})
	if err != nil {
		panic(err)
	}
	defer sb.Close(ctx)
	p, err := sb.Compile(ctx, spinModule()) // a guest that never ends
	if err != nil {
		panic(err)
	}
	_, err = p.Run(ctx, sandbox.Job{Limits: sandbox.Limits{Budget: 1000}})
	var re *sandbox.RunError
	if errors.As(err, &re) {
		fmt.Println(re.Reason, re.Cost, datatrade.ErrorMessage(err))
	}
	// Output: instruction_limit 1000 the module used up its budget of 1000 metered instructions
}
