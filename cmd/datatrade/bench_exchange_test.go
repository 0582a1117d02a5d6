package main

import (
	"context"
	"testing"
	"time"
)

// TestBenchExchangeJSON runs a tiny `bench exchange` and checks that the
// figures are sane (not how fast they are).
func TestBenchExchangeJSON(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	var r benchExchangeResult
	mustJSON(t, ctx, &r, "bench", "exchange", "--clients", "2", "--requests", "20", "--size", "1MiB", "--rounds", "1", "--chunk-size", "65536")
	if r.Platform != "sim" || r.Clients != 2 || r.RequestsPerClient != 20 || r.DeliveryBytes != 1<<20 || r.ChunkSize != 65536 {
		t.Errorf("run parameters: %+v", r)
	}
	for name, l := range map[string]requestLatency{"bare": r.Bare, "status": r.Status, "attest": r.Attest} {
		if l.Requests != 40 || l.P50Ms <= 0 || l.P99Ms < l.P50Ms || l.MeanMs <= 0 || l.RequestsPerSec <= 0 {
			t.Errorf("%s latency: %+v", name, l)
		}
	}
	for name, got := range map[string]float64{"status": r.Status.RatioP50, "attest": r.Attest.RatioP50} {
		if want := map[string]float64{"status": r.Status.P50Ms, "attest": r.Attest.P50Ms}[name] / r.Bare.P50Ms; got != want {
			t.Errorf("%s ratio %v, want p50 / bare p50 = %v", name, got, want)
		}
	}
	d := r.Delivery
	if d.MiBps <= 0 || d.BaselineMiBps <= 0 || d.Baseline == "" || d.Ratio != d.MiBps/d.BaselineMiBps {
		t.Errorf("delivery: %+v", d)
	}
	if r.CheckMiBps <= 0 || r.FirstCommitMs <= 0 || r.PaperAvgMs != 42 {
		t.Errorf("check %v MiB/s, first commit %v ms, paper %v ms", r.CheckMiBps, r.FirstCommitMs, r.PaperAvgMs)
	}
	if got, want := r.Goals.DeliveryAtLeast50PctOfRaw, d.Ratio >= 0.5; got != want {
		t.Errorf("delivery goal %v with ratio %v", got, d.Ratio)
	}
	if got, want := r.Goals.RequestP50Under1ms, r.Status.P50Ms <= 1 && r.Attest.P50Ms <= 1; got != want {
		t.Errorf("p50 goal %v with p50s %v, %v", got, r.Status.P50Ms, r.Attest.P50Ms)
	}
}

// TestBenchExchangeRefusesBadFlags: flags out of range are usage errors.
func TestBenchExchangeRefusesBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"--clients", "0"},
		{"--size", "nonsense"},
		{"--chunk-size", "1"},
		{"--size", "2GiB"},
	} {
		_, _, code := runCLI(t, context.Background(), append([]string{"bench", "exchange"}, args...)...)
		if code != 2 {
			t.Errorf("bench exchange %v: exit %d, want 2 (usage)", args, code)
		}
	}
}
