// Package sandbox runs a buyer's WASI (preview 1) module on sellers' data,
// deterministically and under limits, inside the enclave boundary.
//
// A run sees the datasets on stdin and writes its result to stdout; stderr
// is kept, bounded, for diagnostics. Nothing else reaches it: no filesystem
// is mounted, there are no sockets, the arguments and environment are fixed
// (Args, Env), the clocks are virtual (they start at VirtualEpoch and advance
// by one microsecond per reading and by the requested time on sleep) and
// random_get is a ChaCha8 stream seeded by Job.Seed. The module is rewritten
// by package meter before it is compiled, so every run is metered in
// deterministic units (about one per WebAssembly instruction): the budget,
// the memory limit and the output limit decide whether a run succeeds, and
// the same module on the same input and seed yields the same output and the
// same cost on every node. Wall time is only a safety net: when it runs out
// the run fails (ReasonWallTime), it never yields a result.
//
// Floating point works as WebAssembly defines it (IEEE 754, round to nearest
// even). WebAssembly leaves the sign and payload of NaNs produced by
// arithmetic to the engine and CPU; the sandbox canonicalizes them (see
// meter.Options.CanonicalizeNaN) so that even a guest that prints a NaN's
// bits gets the same answer on x86 and ARM nodes.
//
// What determinism rests on, and its limits: every node must run the same
// wazero version (pinned in go.mod), since call-stack exhaustion ("stack
// overflow" traps) depends on the engine's frame layout; the metered cost is
// a property of the module and the path taken, not of the engine, and is
// unaffected by the refill slicing; threads, relaxed SIMD, tail calls and
// exception handling are rejected (package meter), so no source of
// scheduling or hardware-dependent results remains beyond NaN bits, which
// are canonicalized unless Config.KeepNaNPayloads is set.
//
// The package imports no network, chain or storage code: it is part of what
// runs inside the enclave. A Sandbox and its Programs are safe for concurrent
// use; each Run gets a fresh instance.
package sandbox

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/compute/meter"
)

// Args returns the guest's argv, the same for every run.
func Args() []string { return []string{"algorithm"} }

// Env returns the guest's environment as KEY=VALUE, the same for every run.
func Env() []string { return []string{"TZ=UTC", "LANG=C"} }

// VirtualEpoch is where the guest's wall clock starts: 2024-01-01T00:00:00Z.
const VirtualEpoch = 1704067200

// Defaults used when a Config or Limits field is zero.
const (
	DefaultMemoryLimitPages = 4096 // 256 MiB
	DefaultMaxStderr        = 16 << 10
	DefaultWallTimeout      = 2 * time.Minute
	// IOChargeShift prices host I/O: every 2^IOChargeShift bytes read from
	// stdin, written to stdout or stderr, or drawn from random_get cost one
	// metered unit, on top of the instructions of the call.
	IOChargeShift = 4
)

// Config configures a Sandbox.
type Config struct {
	// MemoryLimitPages caps each instance's linear memory in 64 KiB pages
	// (DefaultMemoryLimitPages if zero). A module that asks for more fails
	// with ReasonMemoryLimit.
	MemoryLimitPages uint32
	// KeepNaNPayloads turns NaN canonicalization off. It exists for
	// benchmarks only: without canonicalization nodes on different CPUs may
	// disagree on programs that look at NaN bits.
	KeepNaNPayloads bool
	// Logger receives debug records (nil: discard).
	Logger *slog.Logger
	// Now is the clock of the wall-time safety net (nil: time.Now). Guests
	// never see it.
	Now func() time.Time
}

// Sandbox compiles and runs guest modules. It owns a wazero runtime; Close
// releases it.
type Sandbox struct {
	now    func() time.Time
	rt     wazero.Runtime
	cfg    Config
	logger *slog.Logger
}

// New starts a sandbox runtime. The WASI preview 1 host module is the only
// thing guests may import.
func New(ctx context.Context, cfg Config) (*Sandbox, error) {
	if cfg.MemoryLimitPages == 0 {
		cfg.MemoryLimitPages = DefaultMemoryLimitPages
	}
	if cfg.MemoryLimitPages > 65536 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "memory limit of %d pages exceeds 4 GiB", cfg.MemoryLimitPages)
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	// The wall-time safety net and cancellation are checked by the meter's
	// refill function (host.go). wazero's WithCloseOnContextDone would check
	// them too, but by leaving compiled code for Go at every loop header,
	// which makes tight loops many times slower.
	rc := wazero.NewRuntimeConfig().
		WithCoreFeatures(api.CoreFeaturesV2).
		WithMemoryLimitPages(cfg.MemoryLimitPages).
		WithCloseOnContextDone(false)
	rt := wazero.NewRuntimeWithConfig(ctx, rc)
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, rt); err != nil {
		rt.Close(ctx)
		return nil, fmt.Errorf("sandbox: instantiate wasi: %w", err)
	}
	_, err := rt.NewHostModuleBuilder(meter.RefillModule).NewFunctionBuilder().
		WithFunc(refillFunc).Export(meter.RefillName).Instantiate(ctx)
	if err != nil {
		rt.Close(ctx)
		return nil, fmt.Errorf("sandbox: instantiate meter: %w", err)
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	return &Sandbox{rt: rt, cfg: cfg, logger: logger, now: now}, nil
}

// Close releases the runtime and every Program compiled by it.
func (s *Sandbox) Close(ctx context.Context) error {
	return s.rt.Close(ctx)
}

// Program is a metered, compiled module ready to run.
type Program struct {
	s        *Sandbox
	compiled wazero.CompiledModule
	hasStart bool
}

// Compile meters and compiles a WASI command module (one that exports
// _start). Errors are *datatrade.Error with code EINVALID for bytes that are
// not such a module, or that import anything but WASI preview 1, or that
// need more memory than the limit.
func (s *Sandbox) Compile(ctx context.Context, wasm []byte) (*Program, error) {
	metered, info, err := meter.Instrument(wasm, meter.Options{CanonicalizeNaN: !s.cfg.KeepNaNPayloads})
	if err != nil {
		return nil, err
	}
	compiled, err := s.rt.CompileModule(ctx, metered)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "wasm module does not compile: %s", firstLine(err))
	}
	fail := func(format string, args ...any) (*Program, error) {
		compiled.Close(ctx)
		return nil, datatrade.Errorf(datatrade.EINVALID, format, args...)
	}
	for _, f := range compiled.ImportedFunctions() {
		mod, name, _ := f.Import()
		if mod == meter.RefillModule && name == meter.RefillName {
			continue // added by meter.Instrument
		}
		if mod != wasi_snapshot_preview1.ModuleName {
			return fail("wasm module imports %q from %q: only %s is available", name, mod, wasi_snapshot_preview1.ModuleName)
		}
	}
	if len(compiled.ImportedMemories()) > 0 {
		return fail("wasm module imports a memory: it must define its own")
	}
	if _, ok := compiled.ExportedFunctions()["_start"]; !ok {
		return fail("wasm module exports no _start function: build it as a WASI command")
	}
	s.logger.Debug("sandbox: compiled module", "functions", info.Functions, "charge_points", info.ChargePoints,
		"bytes", len(wasm), "metered_bytes", len(metered))
	return &Program{s: s, compiled: compiled, hasStart: info.HasStart}, nil
}

// Close releases the compiled code.
func (p *Program) Close(ctx context.Context) error {
	return p.compiled.Close(ctx)
}

// Limits bound one run.
type Limits struct {
	// Budget is the metered cost the run may consume (about one unit per
	// WebAssembly instruction; see package meter). Required.
	Budget uint64
	// MaxOutput is the most bytes the run may write to stdout; writing more
	// fails the run with ReasonOutputLimit. Zero means no output at all.
	MaxOutput int64
	// MaxStderr is how many bytes of stderr are kept; the rest is dropped
	// (DefaultMaxStderr if zero). Stderr never fails a run.
	MaxStderr int
	// WallTimeout is the safety net (DefaultWallTimeout if zero): a run
	// still going then fails with ReasonWallTime.
	WallTimeout time.Duration
}

// OutputPolicy lets the job runner apply its output rules, such as a
// cumulative output budget per buyer and listing, to a run. Implementations
// must be safe for the concurrency they are used with.
type OutputPolicy interface {
	// OutputLimit is called once before the run; the run may write at most
	// the returned number of bytes (and at most Limits.MaxOutput). A
	// cumulative budget returns what is left of it. An error refuses the run
	// before it starts, with ReasonPolicy.
	OutputLimit(ctx context.Context) (int64, error)
	// Accept is called once after a successful run, with its complete
	// output and cost, before Run returns it. An error fails the run with
	// ReasonPolicy and the output is discarded. A budget records the bytes
	// here.
	Accept(ctx context.Context, output []byte, cost uint64) error
}

// Job is one run's input.
type Job struct {
	// Stdin is what the guest reads from standard input: the datasets.
	Stdin []byte
	// Seed seeds random_get. Derive it from the job (for example a hash of
	// the job id and its salt) so that every node uses the same one.
	Seed [32]byte
	// Limits bound the run.
	Limits Limits
	// Policy, if not nil, is applied to the output.
	Policy OutputPolicy
}

// Result is a successful run.
type Result struct {
	// Output is everything the guest wrote to stdout.
	Output []byte
	// Stderr is the start of what it wrote to stderr.
	Stderr []byte
	// StderrTruncated reports that stderr was longer than Limits.MaxStderr.
	StderrTruncated bool
	// Cost is the metered cost consumed: what is billed.
	Cost uint64
}

// Reason says why a run failed.
type Reason string

// Reasons a run fails. All but ReasonWallTime and ReasonCanceled are
// deterministic: every honest node reaches the same one at the same cost.
const (
	ReasonInstructionLimit Reason = "instruction_limit" // the metered budget ran out
	ReasonMemoryLimit      Reason = "memory_limit"      // the guest needed more memory than allowed
	ReasonOutputLimit      Reason = "output_limit"      // the guest wrote more to stdout than allowed
	ReasonExit             Reason = "exit"              // the guest exited with a non-zero status
	ReasonTrap             Reason = "trap"              // the guest trapped (bad memory access, division by zero, …)
	ReasonPolicy           Reason = "output_policy"     // the output policy refused the run or its output
	ReasonWallTime         Reason = "wall_time"         // the wall-time safety net fired
	ReasonCanceled         Reason = "canceled"          // the caller's context ended the run
)

// RunError is a failed run. Its Unwrap includes a *datatrade.Error whose
// message is safe to show to the buyer.
type RunError struct {
	Reason Reason
	// Cost is the metered cost consumed before the failure (the budget for
	// ReasonInstructionLimit).
	Cost uint64
	// ExitCode is the guest's exit status for ReasonExit and
	// ReasonMemoryLimit (when the guest exited after a refused allocation).
	ExitCode uint32
	// Stderr is the start of the guest's stderr, for diagnostics.
	Stderr []byte
	user   *datatrade.Error
	cause  error
}

// Error implements error.
func (e *RunError) Error() string {
	if e.cause != nil {
		return fmt.Sprintf("sandbox: run failed (%s): %s: %v", e.Reason, e.user.Message, e.cause)
	}
	return fmt.Sprintf("sandbox: run failed (%s): %s", e.Reason, e.user.Message)
}

// Unwrap returns the user-safe error and the underlying cause, if any.
func (e *RunError) Unwrap() []error {
	if e.cause != nil {
		return []error{e.user, e.cause}
	}
	return []error{e.user}
}

// Deterministic reports whether every honest node fails the same run the
// same way, so the failure itself (and its cost) can be agreed on and billed.
func (e *RunError) Deterministic() bool {
	return e.Reason != ReasonWallTime && e.Reason != ReasonCanceled
}

func firstLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

// exitOutputLimit is the exit code the stdout writer stops a guest with; it
// is told apart from a guest's own exit by the writer's flag.
const exitOutputLimit = 0xda7a0001

// Run executes the program once. It returns a *Result, or a *RunError for a
// run that failed (limits, traps, non-zero exit, policy), or another error
// for bad limits or an internal failure.
func (p *Program) Run(ctx context.Context, job Job) (*Result, error) {
	lim := job.Limits
	if lim.Budget == 0 || lim.Budget > math.MaxInt64 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "budget must be between 1 and %d", int64(math.MaxInt64))
	}
	if lim.MaxOutput < 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "negative output limit")
	}
	if lim.MaxStderr <= 0 {
		lim.MaxStderr = DefaultMaxStderr
	}
	if lim.WallTimeout <= 0 {
		lim.WallTimeout = DefaultWallTimeout
	}
	maxOut := lim.MaxOutput
	if job.Policy != nil {
		n, err := job.Policy.OutputLimit(ctx)
		if err != nil {
			return nil, &RunError{Reason: ReasonPolicy, user: datatrade.Errorf(datatrade.EINVALID, "output policy refused the run: %s", datatrade.ErrorMessage(err)), cause: err}
		}
		maxOut = min(maxOut, max(n, 0))
	}

	m := &hostMeter{ctx: ctx, now: p.s.now, deadline: p.s.now().Add(lim.WallTimeout)}
	stdout := &stdoutWriter{m: m, max: maxOut}
	stderr := &stderrWriter{m: m, max: lim.MaxStderr}
	clock := &virtualClock{}
	var seed [32]byte = job.Seed
	mc := wazero.NewModuleConfig().
		WithName("").
		WithStartFunctions().
		WithArgs(Args()...).
		WithStdin(&stdinReader{m: m, r: bytes.NewReader(job.Stdin)}).
		WithStdout(stdout).
		WithStderr(stderr).
		WithWalltime(clock.walltime, 1).
		WithNanotime(clock.nanotime, 1).
		WithNanosleep(clock.sleep).
		WithOsyield(func() {}).
		WithRandSource(&randReader{m: m, r: rand.NewChaCha8(seed)})
	for _, kv := range Env() {
		k, v, _ := strings.Cut(kv, "=")
		mc = mc.WithEnv(k, v)
	}

	mod, err := p.s.rt.InstantiateModule(ctx, p.compiled, mc)
	if err != nil {
		if strings.Contains(err.Error(), "memory") && strings.Contains(err.Error(), "limit") {
			return nil, &RunError{Reason: ReasonMemoryLimit, user: datatrade.Errorf(datatrade.EINVALID, "the module needs more memory than the limit of %d pages", p.s.cfg.MemoryLimitPages), cause: err}
		}
		return nil, fmt.Errorf("sandbox: instantiate: %w", err)
	}
	defer mod.Close(context.WithoutCancel(ctx))
	remaining, ok := mod.ExportedGlobal(meter.RemainingExport).(api.MutableGlobal)
	if !ok {
		return nil, errors.New("sandbox: metered module lacks its meter")
	}
	growRefused := mod.ExportedGlobal(meter.GrowRefusedExport)
	m.start(remaining, int64(lim.Budget))
	runCtx := context.WithValue(ctx, meterKey{}, m)
	if p.hasStart {
		_, err = mod.ExportedFunction(meter.StartExport).Call(runCtx)
	}
	if err == nil {
		_, err = mod.ExportedFunction("_start").Call(runCtx)
	}
	used := m.consumed()
	cost := uint64(min(max(used, 0), int64(lim.Budget)))
	fail := func(reason Reason, exit uint32, cause error, format string, args ...any) (*Result, error) {
		code := datatrade.EINVALID
		if reason == ReasonWallTime || reason == ReasonCanceled {
			code = datatrade.EUNAVAILABLE
		}
		return nil, &RunError{Reason: reason, Cost: cost, ExitCode: exit, Stderr: stderr.buf.Bytes(),
			user: datatrade.Errorf(code, format, args...), cause: cause}
	}
	var exitErr *sys.ExitError
	exitCode := uint32(0)
	exited := errors.As(err, &exitErr)
	if exited {
		exitCode = exitErr.ExitCode()
	}
	switch {
	case stdout.exceeded:
		return fail(ReasonOutputLimit, 0, nil, "the module wrote more than the output limit of %d bytes", maxOut)
	case m.expired == ReasonCanceled:
		return fail(ReasonCanceled, 0, ctx.Err(), "the run was canceled")
	case m.expired == ReasonWallTime:
		return fail(ReasonWallTime, 0, nil, "the run exceeded the wall-time safety net of %s", lim.WallTimeout)
	case used > int64(lim.Budget):
		return fail(ReasonInstructionLimit, 0, nil, "the module used up its budget of %d metered instructions", lim.Budget)
	case err != nil && (!exited || exitCode != 0) && growRefused.Get() != 0:
		return fail(ReasonMemoryLimit, exitCode, err, "the module ran out of memory: the limit is %d pages of 64 KiB", p.s.cfg.MemoryLimitPages)
	case exited && exitCode != 0:
		return fail(ReasonExit, exitCode, nil, "the module exited with status %d", exitCode)
	case err != nil && !exited:
		return fail(ReasonTrap, 0, err, "the module trapped: %s", trapMessage(err))
	}
	out := stdout.buf.Bytes()
	if job.Policy != nil {
		if err := job.Policy.Accept(ctx, out, cost); err != nil {
			return fail(ReasonPolicy, 0, err, "output policy refused the output: %s", datatrade.ErrorMessage(err))
		}
	}
	return &Result{Output: out, Stderr: stderr.buf.Bytes(), StderrTruncated: stderr.truncated, Cost: cost}, nil
}

// trapMessage extracts the trap's kind from a wazero error ("wasm error:
// integer divide by zero\nwasm stack trace: …").
func trapMessage(err error) string {
	s := firstLine(err)
	s = strings.TrimPrefix(s, "wasm error: ")
	return s
}
