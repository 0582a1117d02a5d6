package sandbox_test

import (
	"bytes"
	"context"
	"io"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/datatrade/datatrade/compute/examples/go/analysis"
	"github.com/datatrade/datatrade/compute/sandbox"
)

// BenchmarkRegress compares the linear regression of 100 000 CSV rows run
// natively (Go) with the same regression as sandboxed, metered guests (C and
// Go), and with the C guest under wazero without metering. Compare the ns/op
// of the sub-benchmarks: native/c-metered is the C guest's share of native
// speed.
func BenchmarkRegress(b *testing.B) {
	ctx := context.Background()
	data := csvData(100_000)
	var want bytes.Buffer
	if err := analysis.Regress(bytes.NewReader(data), &want); err != nil {
		b.Fatal(err)
	}
	lim := limits()
	lim.Budget = 1 << 40
	runGuest := func(b *testing.B, p *sandbox.Program) {
		b.SetBytes(int64(len(data)))
		var cost uint64
		for b.Loop() {
			res, err := p.Run(ctx, sandbox.Job{Stdin: data, Seed: seed, Limits: lim})
			if err != nil {
				b.Fatal(err)
			}
			if !bytes.Equal(res.Output, want.Bytes()) {
				b.Fatalf("output %q, want %q", res.Output, want.Bytes())
			}
			cost = res.Cost
		}
		b.ReportMetric(float64(cost), "units/op")
	}
	b.Run("native", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if err := analysis.Regress(bytes.NewReader(data), io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("c-metered", func(b *testing.B) { runGuest(b, cProgram(b, "regress")) })
	b.Run("c-metered-keep-nan", func(b *testing.B) {
		sb, err := sandbox.New(ctx, sandbox.Config{KeepNaNPayloads: true})
		if err != nil {
			b.Fatal(err)
		}
		defer sb.Close(ctx)
		p, err := sb.Compile(ctx, cGuest(b, "regress"))
		if err != nil {
			b.Fatal(err)
		}
		runGuest(b, p)
	})
	b.Run("c-unmetered", func(b *testing.B) {
		rt := wazero.NewRuntime(ctx)
		defer rt.Close(ctx)
		wasi_snapshot_preview1.MustInstantiate(ctx, rt)
		compiled, err := rt.CompileModule(ctx, cGuest(b, "regress"))
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			var out bytes.Buffer
			mod, err := rt.InstantiateModule(ctx, compiled, wazero.NewModuleConfig().WithName("").
				WithStdin(bytes.NewReader(data)).WithStdout(&out))
			if err != nil {
				b.Fatal(err)
			}
			mod.Close(ctx)
			if !bytes.Equal(out.Bytes(), want.Bytes()) {
				b.Fatalf("output %q, want %q", out.Bytes(), want.Bytes())
			}
		}
	})
	b.Run("go-metered", func(b *testing.B) { runGuest(b, goProgram(b, "regress")) })
}
