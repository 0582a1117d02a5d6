package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/datatrade/datatrade/compute/host"
)

// runNodeJSON starts `datatrade node` with args and returns its printed
// info and a function that stops it.
func runNodeJSON(t *testing.T, args ...string) (nodeInfo, func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb nodeTestBuffer
	root := newApp(&out, &errb).rootCommand()
	root.SetArgs(append([]string{"node"}, args...))
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()
	stop := func() {
		cancel()
		if err := <-done; err != nil && ctx.Err() == nil {
			t.Errorf("datatrade node: %v", err)
		}
	}
	var info nodeInfo
	deadline := time.Now().Add(60 * time.Second)
	for json.Unmarshal([]byte(out.String()), &info) != nil {
		select {
		case err := <-done:
			cancel()
			t.Fatalf("datatrade node exited early: %v\nstderr: %s", err, errb.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			stop()
			t.Fatalf("datatrade node printed no JSON; stderr %q", errb.String())
		}
	}
	return info, stop
}

// TestNodeCompute runs `datatrade node --compute 2`: two registered compute
// node services answer on their URLs; a restart on the same dirs finds the
// same registrations. Without --insecure it refuses.
func TestNodeCompute(t *testing.T) {
	dir, home := t.TempDir(), t.TempDir()
	args := []string{"--datadir", dir, "--home", home, "--http-port", "0", "--ws-port", "0", "--compute", "2", "--compute-port", "0", "--json"}
	_, errs, code := runCLI(t, context.Background(), append([]string{"node"}, args...)...)
	if code == 0 || !strings.Contains(errs, "--insecure") {
		t.Fatalf("node --compute without --insecure: exit %d, stderr %q; want a refusal naming --insecure", code, errs)
	}
	args = append(args, "--insecure")
	info, stop := runNodeJSON(t, args...)
	if info.Deployment == nil || len(info.Compute) != 2 {
		stop()
		t.Fatalf("node info: deployment %v, compute %+v; want a deployment and 2 compute nodes", info.Deployment, info.Compute)
	}
	var ids []uint64
	for i, c := range info.Compute {
		got, err := host.NewClient(c.URL, nil).Info(context.Background())
		if err != nil || got.NodeID != uint64(i+1) || !got.Simulated || got.Jobs != info.Deployment.Jobs {
			stop()
			t.Fatalf("compute node %d at %s: %+v (%v); want node %d, simulated, on the deployment's Jobs", i, c.URL, got, err, i+1)
		}
		ids = append(ids, got.NodeID)
	}
	stop()
	again, stop := runNodeJSON(t, args...)
	defer stop()
	for i, c := range again.Compute {
		if c.NodeID != ids[i] || c.Keys.SigningAddress != info.Compute[i].Keys.SigningAddress {
			t.Errorf("after a restart compute node %d is %d with signer %s; want %d with %s", i, c.NodeID, c.Keys.SigningAddress, ids[i], info.Compute[i].Keys.SigningAddress)
		}
	}
}
