package meter_test

import (
	"context"
	"errors"
	"math"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/compute/internal/wasmtest"
	"github.com/datatrade/datatrade/compute/meter"
)

// loopModule exports count(n i32) -> i32: a loop that runs n times and returns
// the sum 0+1+...+(n-1); and spin(): a loop that never ends.
func loopModule() []byte {
	m := wasmtest.Module{
		Types: []wasmtest.FuncType{{Params: []byte{wasmtest.I32}, Results: []byte{wasmtest.I32}}, {}},
		Funcs: []wasmtest.Func{
			{Type: 0, Locals: []byte{wasmtest.I32, wasmtest.I32}, Body: wasmtest.Op(
				// i := 0; sum := 0
				[]byte{0x02, 0x40},                                                         // block
				[]byte{0x03, 0x40},                                                         // loop
				wasmtest.LocalGet(1), wasmtest.LocalGet(0), []byte{0x4e}, wasmtest.BrIf(1), // if i >= n: break
				wasmtest.LocalGet(2), wasmtest.LocalGet(1), []byte{0x6a}, wasmtest.LocalSet(2), // sum += i
				wasmtest.LocalGet(1), wasmtest.I32Const(1), []byte{0x6a}, wasmtest.LocalSet(1), // i++
				wasmtest.Br(0),
				[]byte{0x0b, 0x0b},
				wasmtest.LocalGet(2),
				[]byte{0x0b},
			)},
			{Type: 1, Body: wasmtest.Op([]byte{0x03, 0x40}, wasmtest.Br(0), []byte{0x0b, 0x0b})},
		},
		Exports: []wasmtest.Export{{Name: "count", Kind: 0, Index: 0}, {Name: "spin", Kind: 0, Index: 1}},
	}
	return m.Encode()
}

type instance struct {
	mod       api.Module
	remaining api.MutableGlobal
	refused   api.Global
	// pool is what the refill function has not yet handed out; slice is
	// how much it hands out at a time (0: everything at once).
	pool, slice, handed int64
	refills             int
}

// instantiate compiles wasm (instrumented or not) with a budget handed out
// in slices by the refill import (all at once if slice is 0).
func instantiateSliced(t testing.TB, wasm []byte, budget, slice int64) *instance {
	t.Helper()
	ctx := context.Background()
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfig().WithMemoryLimitPages(16))
	t.Cleanup(func() { r.Close(ctx) })
	in := &instance{pool: budget, slice: slice}
	give := func(need int64) int64 {
		n := min(in.pool, need)
		if in.slice > 0 {
			n = min(in.pool, need+in.slice)
		} else if in.pool >= need {
			n = in.pool
		}
		in.pool -= n
		in.handed += n
		return n
	}
	_, err := r.NewHostModuleBuilder(meter.RefillModule).NewFunctionBuilder().
		WithFunc(func(ctx context.Context, m api.Module) {
			in.refills++
			left := int64(in.remaining.Get())
			if -left > in.pool {
				return // exhausted: stays negative, the guest traps
			}
			in.remaining.Set(uint64(left + give(-left)))
		}).Export(meter.RefillName).Instantiate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_, err = r.NewHostModuleBuilder("env").NewFunctionBuilder().
		WithFunc(func(x uint32) uint32 { return x + 1 }).Export("add1").Instantiate(ctx)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := r.InstantiateWithConfig(ctx, wasm, wazero.NewModuleConfig().WithStartFunctions())
	if err != nil {
		t.Fatalf("instantiate: %v", err)
	}
	in.mod = mod
	if g := mod.ExportedGlobal(meter.RemainingExport); g != nil {
		in.remaining = g.(api.MutableGlobal)
		in.remaining.Set(uint64(give(0)))
		in.refused = mod.ExportedGlobal(meter.GrowRefusedExport)
	}
	return in
}

func instantiate(t testing.TB, wasm []byte, budget int64) *instance {
	return instantiateSliced(t, wasm, budget, 0)
}

// left is the budget not consumed: handed out and not used, plus the pool.
func (in *instance) left() int64 { return in.pool + int64(in.remaining.Get()) }

func instrument(t testing.TB, wasm []byte, opts meter.Options) []byte {
	t.Helper()
	out, _, err := meter.Instrument(wasm, opts)
	if err != nil {
		t.Fatalf("Instrument: %v", err)
	}
	return out
}

func TestCostIsLinearAndDeterministic(t *testing.T) {
	ctx := context.Background()
	plain := loopModule()
	metered := instrument(t, plain, meter.Options{})
	const budget = 1 << 40
	cost := func(n uint32) int64 {
		in := instantiate(t, metered, budget)
		res, err := in.mod.ExportedFunction("count").Call(ctx, uint64(n))
		if err != nil {
			t.Fatalf("count(%d): %v", n, err)
		}
		ref, err := instantiate(t, plain, 0).mod.ExportedFunction("count").Call(ctx, uint64(n))
		if err != nil {
			t.Fatalf("plain count(%d): %v", n, err)
		}
		if res[0] != ref[0] {
			t.Fatalf("count(%d) = %d metered, %d plain", n, res[0], ref[0])
		}
		return budget - in.left()
	}
	c0, c1, c100 := cost(0), cost(1), cost(100)
	per := c1 - c0
	// One iteration executes the 13 instructions from the loop header to br 0:
	// the segment after loop (4, ending at br_if) and the one after br_if (9).
	if per != 13 {
		t.Errorf("cost per iteration = %d, want 13", per)
	}
	if got, want := c100, c0+100*per; got != want {
		t.Errorf("cost(100) = %d, want %d", got, want)
	}
	for i := 0; i < 3; i++ {
		if got := cost(100); got != c100 {
			t.Errorf("run %d: cost(100) = %d, first run %d", i, got, c100)
		}
	}
}

func TestCostIndependentOfRefillSlices(t *testing.T) {
	ctx := context.Background()
	metered := instrument(t, loopModule(), meter.Options{})
	var costs []int64
	for _, slice := range []int64{0, 1, 7, 100, 1 << 20} {
		in := instantiateSliced(t, metered, 1<<40, slice)
		res, err := in.mod.ExportedFunction("count").Call(ctx, 1000)
		if err != nil {
			t.Fatalf("slice %d: %v", slice, err)
		}
		if res[0] != 499500 {
			t.Fatalf("slice %d: count(1000) = %d, want 499500", slice, res[0])
		}
		if slice == 1 && in.refills < 1000 {
			t.Errorf("slice 1: %d refills, want at least one per iteration", in.refills)
		}
		costs = append(costs, 1<<40-in.left())
	}
	for i, c := range costs[1:] {
		if c != costs[0] {
			t.Errorf("slicing %d: cost %d, unsliced %d", i+1, c, costs[0])
		}
	}
}

// callsModule imports env.add1, and exports run(x) = double(add1(x)) +
// table[0](x) where table[0] = double, with a funcref global pointing at
// double: calls, call_indirect, element segments, exports and ref.func all
// carry function indices that instrumentation renumbers.
func callsModule() []byte {
	i32 := wasmtest.I32
	m := wasmtest.Module{
		Types:   []wasmtest.FuncType{{Params: []byte{i32}, Results: []byte{i32}}},
		Imports: []wasmtest.Import{{Module: "env", Name: "add1", Type: 0}},
		Funcs: []wasmtest.Func{
			{Type: 0, Body: wasmtest.Op(wasmtest.LocalGet(0), wasmtest.I32Const(2), []byte{0x6c, 0x0b})}, // double
			{Type: 0, Body: wasmtest.Op(
				wasmtest.LocalGet(0), wasmtest.Call(0), wasmtest.Call(1),
				wasmtest.LocalGet(0), wasmtest.I32Const(0), []byte{0x11, 0x00, 0x00}, // call_indirect type 0 table 0
				[]byte{0x6a, 0x0b})},
		},
		Elems:   []uint32{1},
		Globals: []wasmtest.Global{{Type: 0x70, Init: []byte{0xd2, 0x01, 0x0b}}},
		Exports: []wasmtest.Export{{Name: "run", Kind: 0, Index: 2}, {Name: "double", Kind: 0, Index: 1}},
	}
	return m.Encode()
}

func TestFunctionIndicesRenumbered(t *testing.T) {
	ctx := context.Background()
	plain, metered := callsModule(), instrument(t, callsModule(), meter.Options{})
	for _, wasm := range [][]byte{plain, metered} {
		in := instantiate(t, wasm, 1000)
		res, err := in.mod.ExportedFunction("run").Call(ctx, 5)
		if err != nil {
			t.Fatal(err)
		}
		if res[0] != 22 {
			t.Errorf("run(5) = %d, want 22", res[0])
		}
		res, err = in.mod.ExportedFunction("double").Call(ctx, 7)
		if err != nil || res[0] != 14 {
			t.Errorf("double(7) = %v, %v; want 14", res, err)
		}
	}
}

func TestBudgetStopsInfiniteLoop(t *testing.T) {
	ctx := context.Background()
	in := instantiate(t, instrument(t, loopModule(), meter.Options{}), 1_000_000)
	_, err := in.mod.ExportedFunction("spin").Call(ctx)
	if err == nil {
		t.Fatal("spin returned, want a trap")
	}
	if in.left() >= 0 {
		t.Errorf("remaining = %d after the trap, want < 0", in.left())
	}
	// And a budget big enough for count(10) but not count(10000).
	in = instantiate(t, instrument(t, loopModule(), meter.Options{}), 1000)
	if _, err := in.mod.ExportedFunction("count").Call(ctx, 10); err != nil {
		t.Fatalf("count(10) with budget 1000: %v", err)
	}
	in = instantiate(t, instrument(t, loopModule(), meter.Options{}), 1000)
	if _, err := in.mod.ExportedFunction("count").Call(ctx, 10000); err == nil {
		t.Fatal("count(10000) with budget 1000 succeeded, want a trap")
	}
}

// memModule exports fill(n i32) (memory.fill of n bytes at 0) and
// grow(pages i32) -> i32.
func memModule() []byte {
	m := wasmtest.Module{
		Types: []wasmtest.FuncType{{Params: []byte{wasmtest.I32}}, {Params: []byte{wasmtest.I32}, Results: []byte{wasmtest.I32}}},
		Funcs: []wasmtest.Func{
			{Type: 0, Body: wasmtest.Op(wasmtest.I32Const(0), wasmtest.I32Const(7), wasmtest.LocalGet(0), []byte{0xfc, 0x0b, 0x00, 0x0b})},
			{Type: 1, Body: wasmtest.Op(wasmtest.LocalGet(0), []byte{0x40, 0x00, 0x0b})},
		},
		MemoryMin: 1,
		Exports:   []wasmtest.Export{{Name: "fill", Kind: 0, Index: 0}, {Name: "grow", Kind: 0, Index: 1}, {Name: "memory", Kind: 2}},
	}
	return m.Encode()
}

func TestBulkMemoryChargedPerByte(t *testing.T) {
	ctx := context.Background()
	metered := instrument(t, memModule(), meter.Options{})
	cost := func(n uint32) int64 {
		in := instantiate(t, metered, 1<<40)
		if _, err := in.mod.ExportedFunction("fill").Call(ctx, uint64(n)); err != nil {
			t.Fatalf("fill(%d): %v", n, err)
		}
		if b, _ := in.mod.Memory().ReadByte(n - 1); n > 0 && b != 7 {
			t.Fatalf("fill(%d) did not fill: byte %d = %d", n, n-1, b)
		}
		return 1<<40 - in.left()
	}
	c16, c65536 := cost(16), cost(65536)
	if got, want := c65536-c16, int64((65536-16)>>meter.BulkShift); got != want {
		t.Errorf("cost(65536)-cost(16) = %d, want %d", got, want)
	}
	// A budget smaller than the fill's price stops it before it runs.
	in := instantiate(t, metered, 100)
	if _, err := in.mod.ExportedFunction("fill").Call(ctx, 65536); err == nil {
		t.Fatal("fill(65536) with budget 100 succeeded, want a trap")
	}
	if b, _ := in.mod.Memory().ReadByte(0); b != 0 {
		t.Errorf("memory[0] = %d after the refused fill, want 0", b)
	}
}

func TestGrowRefusedFlag(t *testing.T) {
	ctx := context.Background()
	metered := instrument(t, memModule(), meter.Options{})
	tests := []struct {
		pages       uint32
		wantResult  int32
		wantRefused uint64
	}{
		{pages: 1, wantResult: 1, wantRefused: 0},
		{pages: 100, wantResult: -1, wantRefused: 1}, // memory limit is 16 pages
	}
	for _, tt := range tests {
		in := instantiate(t, metered, 1<<40)
		res, err := in.mod.ExportedFunction("grow").Call(ctx, uint64(tt.pages))
		if err != nil {
			t.Fatalf("grow(%d): %v", tt.pages, err)
		}
		if got := int32(res[0]); got != tt.wantResult {
			t.Errorf("grow(%d) = %d, want %d", tt.pages, got, tt.wantResult)
		}
		if got := in.refused.Get(); got != tt.wantRefused {
			t.Errorf("grow(%d): refused flag = %d, want %d", tt.pages, got, tt.wantRefused)
		}
	}
}

// floatModule exports f64div(a, b f64) -> f64, f32sqrt(a f32) -> f32 and
// v64div(a, b f64) -> f64 (through f64x2.div on splats, lane 0).
func floatModule() []byte {
	m := wasmtest.Module{
		Types: []wasmtest.FuncType{
			{Params: []byte{wasmtest.F64, wasmtest.F64}, Results: []byte{wasmtest.F64}},
			{Params: []byte{wasmtest.F32}, Results: []byte{wasmtest.F32}},
		},
		Funcs: []wasmtest.Func{
			{Type: 0, Body: wasmtest.Op(wasmtest.LocalGet(0), wasmtest.LocalGet(1), []byte{0xa3, 0x0b})},
			{Type: 1, Body: wasmtest.Op(wasmtest.LocalGet(0), []byte{0x91, 0x0b})},
			{Type: 0, Body: wasmtest.Op(
				wasmtest.LocalGet(0), []byte{0xfd, 0x14}, // f64x2.splat
				wasmtest.LocalGet(1), []byte{0xfd, 0x14},
				[]byte{0xfd, 0xf3, 0x01}, // f64x2.div
				[]byte{0xfd, 0x21, 0x00}, // f64x2.extract_lane 0
				[]byte{0x0b})},
		},
		Exports: []wasmtest.Export{{Name: "f64div", Index: 0}, {Name: "f32sqrt", Index: 1}, {Name: "v64div", Index: 2}},
	}
	return m.Encode()
}

func TestCanonicalizeNaN(t *testing.T) {
	ctx := context.Background()
	canon := instantiate(t, instrument(t, floatModule(), meter.Options{CanonicalizeNaN: true}), 1<<40)
	plain := instantiate(t, instrument(t, floatModule(), meter.Options{}), 1<<40)
	nan64 := math.Float64bits(math.NaN())
	negPayload := uint64(0xfff8_0000_dead_beef) // a NaN with sign and payload
	tests := []struct {
		fn   string
		args []uint64
		want uint64 // with canonicalization
	}{
		{"f64div", []uint64{math.Float64bits(6), math.Float64bits(3)}, math.Float64bits(2)},
		{"f64div", []uint64{math.Float64bits(0), math.Float64bits(0)}, meter.CanonicalNaN64},
		{"f64div", []uint64{negPayload, math.Float64bits(1)}, meter.CanonicalNaN64},
		{"f64div", []uint64{nan64, nan64}, meter.CanonicalNaN64},
		{"f32sqrt", []uint64{uint64(math.Float32bits(4))}, uint64(math.Float32bits(2))},
		{"f32sqrt", []uint64{uint64(math.Float32bits(-1))}, uint64(meter.CanonicalNaN32)},
		{"v64div", []uint64{math.Float64bits(1), math.Float64bits(4)}, math.Float64bits(0.25)},
		{"v64div", []uint64{negPayload, math.Float64bits(1)}, meter.CanonicalNaN64},
	}
	for _, tt := range tests {
		got, err := canon.mod.ExportedFunction(tt.fn).Call(ctx, tt.args...)
		if err != nil {
			t.Fatalf("%s: %v", tt.fn, err)
		}
		if got[0] != tt.want {
			t.Errorf("%s(%x) = %#x, want %#x", tt.fn, tt.args, got[0], tt.want)
		}
		// Without canonicalization the result is a NaN too, but of the
		// engine's choosing; non-NaN results must be identical.
		ref, err := plain.mod.ExportedFunction(tt.fn).Call(ctx, tt.args...)
		if err != nil {
			t.Fatalf("%s plain: %v", tt.fn, err)
		}
		isNaN := tt.want == meter.CanonicalNaN64 || tt.want == uint64(meter.CanonicalNaN32)
		if !isNaN && ref[0] != got[0] {
			t.Errorf("%s: plain %#x, canonicalized %#x", tt.fn, ref[0], got[0])
		}
	}
	// Canonicalization is not charged: the same cost either way.
	if canon.left() != plain.left() {
		t.Errorf("remaining with canonicalization %d, without %d", canon.left(), plain.left())
	}
}

func TestStartSectionBecomesExport(t *testing.T) {
	ctx := context.Background()
	start := uint32(0)
	m := wasmtest.Module{
		Types:   []wasmtest.FuncType{{}},
		Globals: []wasmtest.Global{{Type: wasmtest.I32, Mutable: true, Init: wasmtest.Op(wasmtest.I32Const(0), []byte{0x0b})}},
		Funcs:   []wasmtest.Func{{Type: 0, Body: wasmtest.Op(wasmtest.I32Const(42), []byte{0x24, 0x00, 0x0b})}},
		Exports: []wasmtest.Export{{Name: "g", Kind: 3, Index: 0}},
		Start:   &start,
	}
	out, info, err := meter.Instrument(m.Encode(), meter.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !info.HasStart {
		t.Error("Info.HasStart = false, want true")
	}
	in := instantiate(t, out, 1000)
	if got := in.mod.ExportedGlobal("g").Get(); got != 0 {
		t.Fatalf("g = %d before the start function ran, want 0", got)
	}
	if _, err := in.mod.ExportedFunction(meter.StartExport).Call(ctx); err != nil {
		t.Fatal(err)
	}
	if got := in.mod.ExportedGlobal("g").Get(); got != 42 {
		t.Errorf("g = %d after the start function, want 42", got)
	}
}

func TestRejects(t *testing.T) {
	valid := loopModule()
	badGlobal := wasmtest.Module{
		Types: []wasmtest.FuncType{{Results: []byte{wasmtest.I64}}},
		// global 0 does not exist in the original: after instrumentation it
		// would be the meter itself.
		Funcs: []wasmtest.Func{{Type: 0, Body: wasmtest.Op(wasmtest.GlobalGet(0), []byte{0x0b})}},
	}
	badLocal := wasmtest.Module{
		Types: []wasmtest.FuncType{{Results: []byte{wasmtest.I32}}},
		Funcs: []wasmtest.Func{{Type: 0, Body: wasmtest.Op(wasmtest.LocalGet(0), []byte{0x0b})}},
	}
	reserved := wasmtest.Module{
		Types:   []wasmtest.FuncType{{}},
		Funcs:   []wasmtest.Func{{Type: 0, Body: []byte{0x0b}}},
		Exports: []wasmtest.Export{{Name: meter.RemainingExport, Index: 0}},
	}
	atomic := wasmtest.Module{
		Types: []wasmtest.FuncType{{}},
		Funcs: []wasmtest.Func{{Type: 0, Body: []byte{0xfe, 0x03, 0x00, 0x0b}}}, // atomic.fence
	}
	tailCall := wasmtest.Module{
		Types: []wasmtest.FuncType{{}},
		Funcs: []wasmtest.Func{{Type: 0, Body: []byte{0x12, 0x00, 0x0b}}}, // return_call 0
	}
	tests := []struct {
		name string
		wasm []byte
	}{
		{"empty", nil},
		{"not wasm", []byte("#!/bin/sh\necho hi\n")},
		{"version 2", []byte("\x00asm\x02\x00\x00\x00")},
		{"truncated", valid[:len(valid)-3]},
		{"trailing garbage", append(append([]byte(nil), valid...), 0x0a, 0x05)},
		{"global out of range", badGlobal.Encode()},
		{"local out of range", badLocal.Encode()},
		{"reserved export", reserved.Encode()},
		{"threads", atomic.Encode()},
		{"tail call", tailCall.Encode()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := meter.Instrument(tt.wasm, meter.Options{})
			if err == nil {
				t.Fatal("Instrument succeeded, want an error")
			}
			if !errors.Is(err, meter.ErrInvalidModule) {
				t.Errorf("error %v does not wrap ErrInvalidModule", err)
			}
			if code := datatrade.ErrorCode(err); code != datatrade.EINVALID {
				t.Errorf("error code %q, want %q", code, datatrade.EINVALID)
			}
		})
	}
}

func TestInputNotModified(t *testing.T) {
	in := loopModule()
	keep := append([]byte(nil), in...)
	if _, _, err := meter.Instrument(in, meter.Options{CanonicalizeNaN: true}); err != nil {
		t.Fatal(err)
	}
	if string(in) != string(keep) {
		t.Error("Instrument modified its input")
	}
}
