package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/compute/examples"
	"github.com/datatrade/datatrade/compute/examples/go/analysis"
	"github.com/datatrade/datatrade/compute/sandbox"
)

// benchComputeConfig sizes `datatrade bench compute`.
type benchComputeConfig struct {
	rows    int
	rounds  int
	cWasm   string
	goWasm  string
	noGo    bool
	workDir string
}

// guestFigure is one sandboxed guest's speed on the regression.
type guestFigure struct {
	Seconds        float64 `json:"seconds"`
	CPUSeconds     float64 `json:"cpuSeconds"`
	MiBps          float64 `json:"MiBps"`
	RatioToNative  float64 `json:"ratioToNative"`
	MeteredCost    uint64  `json:"meteredCost"`
	CompileSeconds float64 `json:"compileSeconds"`
	ModuleBytes    int     `json:"moduleBytes"`
	Source         string  `json:"source"`
}

type nativeFigure struct {
	Seconds    float64 `json:"seconds"`
	CPUSeconds float64 `json:"cpuSeconds"`
	MiBps      float64 `json:"MiBps"`
}

type benchComputeResult struct {
	GoVersion    string       `json:"goVersion"`
	CPU          string       `json:"cpu"`
	Cores        int          `json:"cores"`
	Rows         int          `json:"rows"`
	DatasetBytes int          `json:"datasetBytes"`
	Rounds       int          `json:"rounds"`
	Metering     string       `json:"metering"`
	Native       nativeFigure `json:"native"`
	CGuest       guestFigure  `json:"cGuest"`
	GoGuest      *guestFigure `json:"goGuest"`
	// GoGuestSkipped says why there is no Go guest figure.
	GoGuestSkipped string `json:"goGuestSkipped,omitempty"`
	// Output is the regression line, identical for native code and guests.
	Output string            `json:"output"`
	Goals  benchComputeGoals `json:"goals"`
}

type benchComputeGoals struct {
	CGuestAtLeast50PctOfNative bool `json:"cGuestAtLeast50PctOfNative"`
}

func (a *app) newBenchComputeCmd() *cobra.Command {
	cfg := benchComputeConfig{}
	cmd := &cobra.Command{
		Use:   "compute",
		Short: "Measure a metered, sandboxed analysis against the same analysis as native code",
		Long: `Run one linear regression over a generated CSV (--rows rows of x,y,label,z) three
ways in one run, on one core (GOMAXPROCS=1), best of --rounds each:
  native   the regression in Go code (compute/examples/go/analysis)
  C guest  compute/examples/c/regress.c for wasm32-wasi, in the compute sandbox with
           deterministic metering and NaN canonicalization on, as jobs run it
  Go guest compute/examples/go/regress built with GOOS=wasip1, in the same sandbox
and report each guest's speed as a share of native, by CPU time (user+system of
the process, best round; wall time is reported too but other processes stretch it). All three must print the same
line. The goal is a C guest at 50% of native or better.

The C guest is built from the embedded source with clang (Debian: clang lld wasi-libc
libclang-rt-14-dev-wasm32) unless --c-wasm names a built module; the Go guest with the
go tool from the datatrade source tree unless --go-wasm names one (--no-go skips it).
Compilation is timed apart from the runs.`,
		Example: `  datatrade bench compute
  datatrade bench compute --json --rows 200000 --rounds 2`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if cfg.rows < 2 {
				return usagef("--rows must be at least 2")
			}
			if cfg.rounds < 1 {
				return usagef("--rounds must be at least 1")
			}
			res, err := a.runBenchCompute(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			return a.emit(res, func(w io.Writer) { printBenchCompute(w, res) })
		},
	}
	f := cmd.Flags()
	f.IntVar(&cfg.rows, "rows", 1_000_000, "rows of the generated CSV")
	f.IntVar(&cfg.rounds, "rounds", 3, "rounds per figure (best is kept)")
	f.StringVar(&cfg.cWasm, "c-wasm", "", "a built C regression guest (default: build the embedded source with clang)")
	f.StringVar(&cfg.goWasm, "go-wasm", "", "a built Go regression guest (default: build it with the go tool)")
	f.BoolVar(&cfg.noGo, "no-go", false, "skip the Go guest")
	return cmd
}

// measure runs f rounds times and returns the shortest wall time and the
// shortest CPU time (user and system, of the whole process, which runs
// nothing else meanwhile) of a round. CPU time is what the ratios use: on a
// shared machine other processes stretch wall time, not CPU time.
func measure(rounds int, f func() error) (wall, cpu time.Duration, err error) {
	for i := range rounds {
		c0 := processCPU()
		start := time.Now()
		if err := f(); err != nil {
			return 0, 0, err
		}
		w, c := time.Since(start), processCPU()-c0
		if i == 0 || w < wall {
			wall = w
		}
		if i == 0 || c < cpu {
			cpu = c
		}
	}
	return wall, cpu, nil
}

// processCPU returns the process's user and system CPU time so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// regressCSV returns rows of "x,y,label,z" with y ≈ 3x + 2 plus noise,
// written as plain decimals (no exponents, whatever the row count), as
// measurements usually are.
func regressCSV(rows int) []byte {
	var b bytes.Buffer
	b.Grow(rows * 40)
	b.WriteString("x,y,label,z\n")
	state := uint32(12345)
	for i := range rows {
		state = state*1664525 + 1013904223
		noise := float64(int32(state>>8)%1000) / 1000
		x := float64(i) * 0.5
		fmt.Fprintf(&b, "%.1f,%.3f,row%d,%d\n", x, 3*x+2+noise, i, int(state%97))
	}
	return b.Bytes()
}

func (a *app) runBenchCompute(ctx context.Context, cfg benchComputeConfig) (*benchComputeResult, error) {
	dir, err := os.MkdirTemp("", "datatrade-bench-compute-*")
	if err != nil {
		return nil, fmt.Errorf("bench dir: %w", err)
	}
	defer os.RemoveAll(dir)
	cfg.workDir = dir

	cWasm, cSource, err := a.cRegressGuest(ctx, cfg)
	if err != nil {
		return nil, err
	}
	var goWasm []byte
	var goSource, goSkipped string
	switch {
	case cfg.noGo:
		goSkipped = "--no-go"
	default:
		goWasm, goSource, err = a.goRegressGuest(ctx, cfg)
		if err != nil {
			goSkipped = datatrade.ErrorMessage(err)
		}
	}

	data := regressCSV(cfg.rows)
	res := &benchComputeResult{GoVersion: runtime.Version(), CPU: cpuModel(), Cores: runtime.NumCPU(),
		Rows: cfg.rows, DatasetBytes: len(data), Rounds: cfg.rounds,
		Metering:       "on: deterministic instruction metering (compute/meter), NaN canonicalization, as compute jobs run",
		GoGuestSkipped: goSkipped}
	var want bytes.Buffer
	if err := analysis.Regress(bytes.NewReader(data), &want); err != nil {
		return nil, err
	}
	res.Output = strings.TrimSpace(want.String())

	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)

	sb, err := sandbox.New(ctx, sandbox.Config{})
	if err != nil {
		return nil, err
	}
	defer sb.Close(ctx)
	lim := sandbox.Limits{Budget: 1 << 50, MaxOutput: 1 << 16, WallTimeout: time.Hour}
	guest := func(name string, wasm []byte, source string) (guestFigure, error) {
		a.say("%s guest: compiling (%d KiB)…", name, len(wasm)>>10)
		start := time.Now()
		p, err := sb.Compile(ctx, wasm)
		if err != nil {
			return guestFigure{}, fmt.Errorf("%s guest: %w", name, err)
		}
		defer p.Close(ctx)
		g := guestFigure{CompileSeconds: time.Since(start).Seconds(), ModuleBytes: len(wasm), Source: source}
		a.say("%s guest: %d rounds…", name, cfg.rounds)
		wall, cpu, err := measure(cfg.rounds, func() error {
			r, err := p.Run(ctx, sandbox.Job{Stdin: data, Limits: lim})
			if err != nil {
				return fmt.Errorf("%s guest: %w", name, err)
			}
			if !bytes.Equal(r.Output, want.Bytes()) {
				return datatrade.Errorf(datatrade.EINTERNAL, "%s guest printed %q, native code %q", name, r.Output, want.Bytes())
			}
			g.MeteredCost = r.Cost
			return nil
		})
		if err != nil {
			return guestFigure{}, err
		}
		g.Seconds, g.CPUSeconds, g.MiBps = wall.Seconds(), cpu.Seconds(), mibps(int64(len(data)), cpu)
		return g, nil
	}

	a.say("native: %d rounds over %d MiB…", cfg.rounds, len(data)>>20)
	wall, cpu, err := measure(cfg.rounds, func() error { return analysis.Regress(bytes.NewReader(data), io.Discard) })
	if err != nil {
		return nil, err
	}
	res.Native = nativeFigure{Seconds: wall.Seconds(), CPUSeconds: cpu.Seconds(), MiBps: mibps(int64(len(data)), cpu)}
	if res.CGuest, err = guest("C", cWasm, cSource); err != nil {
		return nil, err
	}
	res.CGuest.RatioToNative = res.Native.CPUSeconds / res.CGuest.CPUSeconds
	if goWasm != nil {
		g, err := guest("Go", goWasm, goSource)
		if err != nil {
			return nil, err
		}
		g.RatioToNative = res.Native.CPUSeconds / g.CPUSeconds
		res.GoGuest = &g
	}
	res.Goals.CGuestAtLeast50PctOfNative = res.CGuest.RatioToNative >= 0.5
	return res, nil
}

// cRegressGuest returns the C regression guest: the file --c-wasm names, or
// the embedded source built with clang.
func (a *app) cRegressGuest(ctx context.Context, cfg benchComputeConfig) ([]byte, string, error) {
	if cfg.cWasm != "" {
		b, err := os.ReadFile(cfg.cWasm)
		if err != nil {
			return nil, "", datatrade.Errorf(datatrade.EINVALID, "--c-wasm: %v", err)
		}
		return b, cfg.cWasm, nil
	}
	clang, err := exec.LookPath("clang")
	if err != nil {
		return nil, "", datatrade.Errorf(datatrade.EUNAVAILABLE,
			"the C guest needs clang for wasm32-wasi (Debian: apt-get install clang lld wasi-libc libclang-rt-14-dev-wasm32), or --c-wasm")
	}
	src, err := examples.C.ReadFile("c/regress.c")
	if err != nil {
		return nil, "", err
	}
	in, out := filepath.Join(cfg.workDir, "regress.c"), filepath.Join(cfg.workDir, "regress-c.wasm")
	if err := os.WriteFile(in, src, 0o600); err != nil {
		return nil, "", err
	}
	a.say("building the C guest with %s…", clang)
	cmd := exec.CommandContext(ctx, clang, "--target=wasm32-wasi", "-O2", "-Wl,--strip-all", "-o", out, in, "-lm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return nil, "", datatrade.Errorf(datatrade.EUNAVAILABLE, "clang could not build the C guest for wasm32-wasi: %s", firstLineOf(b, err))
	}
	b, err := os.ReadFile(out)
	return b, "compute/examples/c/regress.c, clang -O2 --target=wasm32-wasi", err
}

// goRegressGuest returns the Go regression guest: the file --go-wasm names,
// or one built with the go tool (which needs the datatrade source tree).
func (a *app) goRegressGuest(ctx context.Context, cfg benchComputeConfig) ([]byte, string, error) {
	if cfg.goWasm != "" {
		b, err := os.ReadFile(cfg.goWasm)
		if err != nil {
			return nil, "", datatrade.Errorf(datatrade.EINVALID, "--go-wasm: %v", err)
		}
		return b, cfg.goWasm, nil
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		return nil, "", datatrade.Errorf(datatrade.EUNAVAILABLE, "no go tool to build the Go guest (give --go-wasm)")
	}
	out := filepath.Join(cfg.workDir, "regress-go.wasm")
	a.say("building the Go guest (GOOS=wasip1)…")
	cmd := exec.CommandContext(ctx, goTool, "build", "-trimpath", "-o", out, examples.GoRegressPackage)
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return nil, "", datatrade.Errorf(datatrade.EUNAVAILABLE, "go build of the Go guest failed (run from the datatrade source tree, or give --go-wasm): %s", firstLineOf(b, err))
	}
	b, err := os.ReadFile(out)
	return b, "compute/examples/go/regress, GOOS=wasip1 GOARCH=wasm", err
}

func firstLineOf(out []byte, err error) string {
	s, _, _ := strings.Cut(strings.TrimSpace(string(out)), "\n")
	if s == "" {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.String()
		}
		return err.Error()
	}
	return s
}

func printBenchCompute(w io.Writer, r *benchComputeResult) {
	fmt.Fprintf(w, "datatrade bench compute — %s, %s, %d cores; linear regression over %d rows (%.1f MiB), 1 core, best of %d\n",
		r.GoVersion, r.CPU, r.Cores, r.Rows, float64(r.DatasetBytes)/(1<<20), r.Rounds)
	fmt.Fprintf(w, "  metering %s\n", r.Metering)
	fmt.Fprintf(w, "  %-9s %8.3f s CPU (%.3f s wall) %8.1f MiB/s\n", "native", r.Native.CPUSeconds, r.Native.Seconds, r.Native.MiBps)
	row := func(name string, g *guestFigure) {
		fmt.Fprintf(w, "  %-9s %8.3f s CPU (%.3f s wall) %8.1f MiB/s  %5.1f%% of native  (%d metered units, compiled in %.2f s)\n",
			name, g.CPUSeconds, g.Seconds, g.MiBps, 100*g.RatioToNative, g.MeteredCost, g.CompileSeconds)
	}
	row("C guest", &r.CGuest)
	if r.GoGuest != nil {
		row("Go guest", r.GoGuest)
	} else {
		fmt.Fprintf(w, "  Go guest  skipped: %s\n", r.GoGuestSkipped)
	}
	fmt.Fprintf(w, "  output    %s (identical everywhere)\n", r.Output)
	mark := "no"
	if r.Goals.CGuestAtLeast50PctOfNative {
		mark = "yes"
	}
	fmt.Fprintf(w, "  goal: C guest at ≥ 50%% of native: %s\n", mark)
}
