package meter_test

import (
	"context"
	"testing"

	"github.com/tetratelabs/wazero"

	"github.com/datatrade/datatrade/compute/meter"
)

// FuzzInstrument feeds arbitrary bytes to the rewriter. It must never panic;
// and whenever the input is a module wazero accepts and Instrument succeeds,
// the output must be a module wazero accepts too.
func FuzzInstrument(f *testing.F) {
	for _, seed := range [][]byte{loopModule(), memModule(), floatModule(), callsModule(), nil, []byte("\x00asm\x01\x00\x00\x00")} {
		f.Add(seed, false)
		f.Add(seed, true)
	}
	ctx := context.Background()
	r := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigInterpreter())
	f.Cleanup(func() { r.Close(ctx) })
	f.Fuzz(func(t *testing.T, wasm []byte, canon bool) {
		out, _, err := meter.Instrument(wasm, meter.Options{CanonicalizeNaN: canon})
		if err != nil {
			return
		}
		orig, err := r.CompileModule(ctx, wasm)
		if err != nil {
			return
		}
		orig.Close(ctx)
		inst, err := r.CompileModule(ctx, out)
		if err != nil {
			t.Fatalf("wazero accepts the input but not the instrumented module: %v", err)
		}
		inst.Close(ctx)
	})
}
