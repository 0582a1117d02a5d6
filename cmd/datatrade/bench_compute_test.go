package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestBenchCompute runs a tiny `bench compute` and checks its JSON: the
// three ways agree on the regression line and every figure is filled in.
// Speed is not asserted.
func TestBenchCompute(t *testing.T) {
	if _, err := exec.LookPath("clang"); err != nil {
		t.Skip("bench compute needs clang for wasm32-wasi: apt-get install -y clang lld wasi-libc libclang-rt-14-dev-wasm32")
	}
	ctx := testContext(t, 3*time.Minute)
	var res benchComputeResult
	mustJSON(t, ctx, &res, "bench", "compute", "--rows", "3000", "--rounds", "2")
	if res.Rows != 3000 || res.Rounds != 2 || res.DatasetBytes < 3000*10 {
		t.Errorf("rows, rounds, bytes = %d, %d, %d; want 3000, 2, ≥ 30000", res.Rows, res.Rounds, res.DatasetBytes)
	}
	if !strings.HasPrefix(res.Output, "n=3000 slope=3.0") {
		t.Errorf("output %q, want the regression of 3000 rows with slope 3", res.Output)
	}
	if res.Native.CPUSeconds <= 0 || res.Native.MiBps <= 0 {
		t.Errorf("native figure %+v is empty", res.Native)
	}
	if res.GoGuest == nil {
		t.Fatalf("no Go guest figure: %s", res.GoGuestSkipped)
	}
	for name, g := range map[string]guestFigure{"C": res.CGuest, "Go": *res.GoGuest} {
		if g.CPUSeconds <= 0 || g.Seconds <= 0 || g.MiBps <= 0 || g.RatioToNative <= 0 || g.MeteredCost == 0 || g.ModuleBytes == 0 || g.Source == "" {
			t.Errorf("%s guest figure %+v has empty fields", name, g)
		}
		if want := res.Native.CPUSeconds / g.CPUSeconds; g.RatioToNative != want {
			t.Errorf("%s guest ratio %v, want native/guest CPU time %v", name, g.RatioToNative, want)
		}
	}
	if res.Goals.CGuestAtLeast50PctOfNative != (res.CGuest.RatioToNative >= 0.5) {
		t.Errorf("goal flag %v disagrees with the ratio %v", res.Goals.CGuestAtLeast50PctOfNative, res.CGuest.RatioToNative)
	}

	// The same metered cost for the same module and input, run to run.
	var again benchComputeResult
	mustJSON(t, ctx, &again, "bench", "compute", "--rows", "3000", "--rounds", "1", "--no-go")
	if again.CGuest.MeteredCost != res.CGuest.MeteredCost || again.GoGuest != nil || again.GoGuestSkipped != "--no-go" {
		t.Errorf("second run: cost %d (want %d), Go guest %v skipped %q", again.CGuest.MeteredCost, res.CGuest.MeteredCost, again.GoGuest, again.GoGuestSkipped)
	}

	for _, tc := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"--rows", "1"}, 2, "--rows must be at least 2"},
		{[]string{"--rounds", "0"}, 2, "--rounds must be at least 1"},
		{[]string{"--rows", "10", "--c-wasm", filepath.Join(t.TempDir(), "missing.wasm")}, 1, "--c-wasm"},
	} {
		_, errs, code := runCLI(t, ctx, append([]string{"bench", "compute"}, tc.args...)...)
		if code != tc.code || !strings.Contains(errs, tc.err) {
			t.Errorf("bench compute %v: exit %d, stderr %q; want exit %d and %q", tc.args, code, errs, tc.code, tc.err)
		}
	}
}
