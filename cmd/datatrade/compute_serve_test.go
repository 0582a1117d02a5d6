package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/agent"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/compute/host"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

// TestComputeServe runs two `compute serve --register` nodes, a buyer's
// `job create` and `job send`, and the seller's job watcher handing over
// the data keys: the job settles on the two nodes' agreeing results, with
// nobody wiring enclaves in-process. The dev chain seals blocks only for
// transactions: the nodes nudge it so that the job's events gain
// confirmations.
func TestComputeServe(t *testing.T) {
	ctx := testContext(t, 2*time.Minute)
	tmp := t.TempDir()
	module, _, err := (&app{stdout: io.Discard, stderr: io.Discard, quiet: true}).cRegressGuest(ctx, benchComputeConfig{workDir: tmp})
	if err != nil {
		t.Skipf("no C guest: %v", err)
	}
	modFile := filepath.Join(tmp, "regress.wasm")
	writeFile(t, modFile, string(module))
	node, err := devnode.Start(ctx, devnode.Config{DataDir: filepath.Join(tmp, "chain")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	home := t.TempDir()
	on := []string{"--rpc", node.HTTPURL(), "--home", home}
	must := func(v any, args ...string) { t.Helper(); mustJSON(t, ctx, v, append(args, on...)...) }
	must(nil, "deploy", "--account", "dev:0")

	if _, errs, code := runCLI(t, ctx, append([]string{"compute", "serve", "--account", "dev:6"}, on...)...); code == 0 || !strings.Contains(errs, "--simulate") {
		t.Errorf("serve without --simulate: exit %d, stderr %q; want a refusal naming --simulate", code, errs)
	}
	var nodes []host.Info
	for _, k := range []int{6, 7} {
		addr := freeAddr(t)
		sctx, cancel := context.WithCancel(ctx)
		done := make(chan string, 1)
		go func() {
			_, errs, _ := runCLI(t, sctx, append([]string{"compute", "serve", "--simulate", "--insecure", "--register", "--account", "dev:" + strconv.Itoa(k),
				"--dir", filepath.Join(tmp, "node"+strconv.Itoa(k)), "--listen", addr, "--poll", "50ms", "--source-store", filepath.Join(tmp, "store"), "--json"}, on...)...)
			done <- errs
		}()
		t.Cleanup(func() { cancel(); <-done })
		cl := host.NewClient("http://"+addr, nil)
		deadline := time.Now().Add(30 * time.Second)
		for {
			info, err := cl.Info(ctx)
			if err == nil && info.NodeID != 0 {
				if !info.Simulated {
					t.Fatalf("node %+v does not say it is simulated", info)
				}
				nodes = append(nodes, *info)
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("compute serve did not come up registered: %v", err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}

	// The seller publishes a listing with a policy accepting the nodes'
	// measurement; its job watcher serves the keys.
	c, err := chain.Dial(ctx, node.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	d, err := market.LoadDeployment(filepath.Join(home, "deployments", strconv.FormatUint(devnode.DefaultChainID, 10)+".json"))
	if err != nil {
		t.Fatal(err)
	}
	m := market.New(c, d)
	jobs, err := m.Jobs()
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.OpenLocal(filepath.Join(tmp, "store"), store.LocalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var csv bytes.Buffer
	csv.WriteString("x,y\n")
	for i := range 200 {
		fmt.Fprintf(&csv, "%d,%d\n", i, 3*i+2)
	}
	pp, secrets, err := prepareDataset(ctx, st, bytes.NewReader(csv.Bytes()), 1024)
	if err != nil {
		t.Fatal(err)
	}
	pp.Price, pp.Licence = big.NewInt(1e15), datatrade.UseRight
	seller := chain.NewAccount(devnode.DevKey(2))
	listing, _, err := m.Publish(ctx, seller, pp)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := jobs.SetPolicyTx(listing, market.ComputePolicy{ComputeAllowed: true, MinNodes: 2, MaxOutputPerJob: 256, OutputBudget: 4096,
		PricePerJob: big.NewInt(1e15), AcceptedMeasurements: []common.Hash{common.Hash(nodes[0].MeasurementID)}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := jobs.Send(ctx, seller, tx); err != nil {
		t.Fatal(err)
	}
	jw, err := agent.NewJobWatcher(agent.JobOptions{Market: m, Owner: seller, Store: st, Verifiers: enclave.Verifiers{sim.Verifier{}},
		Policy: agent.Policy{AllowSimulation: true}, PollInterval: 100 * time.Millisecond, Log: slog.New(slog.DiscardHandler),
		Secrets: func(context.Context, *datatrade.Listing) (envelope.Secrets, error) { return secrets, nil }})
	if err != nil {
		t.Fatal(err)
	}
	wctx, stopWatcher := context.WithCancel(ctx)
	watched := make(chan error, 1)
	go func() { watched <- jw.Run(wctx) }()
	defer func() { stopWatcher(); <-watched }()

	// The buyer creates the job and sends the module to both nodes.
	pass := filepath.Join(tmp, "pass")
	writeFile(t, pass, "buyer pass\n")
	keyFile := filepath.Join(tmp, "me.key")
	mustJSON(t, ctx, nil, "data", "keygen", "--out", keyFile, "--kem", "x25519", "--passphrase-file", pass, "--kdf-memory-kib", "64", "--kdf-time", "1")
	ids := strconv.FormatUint(nodes[0].NodeID, 10) + "," + strconv.FormatUint(nodes[1].NodeID, 10)
	var created txResult
	must(&created, "job", "create", "--listings", strconv.FormatUint(listing, 10), "--module", modFile, "--nodes", ids, "--quorum", "2",
		"--reward", "0.001eth", "--key-file", keyFile, "--max-output", "256", "--account", "dev:3")
	if created.ID == nil {
		t.Fatalf("job create = %+v", created)
	}
	jobArg := strconv.FormatUint(*created.ID, 10)
	if _, errs, code := runCLI(t, ctx, append([]string{"job", "send", jobArg, "--module", modFile, "--account", "dev:3"}, on...)...); code == 0 || !strings.Contains(errs, "simulat") {
		t.Errorf("job send to simulated nodes without --insecure: exit %d, stderr %q; want a refusal", code, errs)
	}
	if _, errs, code := runCLI(t, ctx, append([]string{"job", "send", jobArg, "--module", modFile, "--account", "dev:4", "--insecure"}, on...)...); code == 0 || !strings.Contains(errs, "buyer") {
		t.Errorf("job send by another account: exit %d, stderr %q; want a refusal naming the buyer", code, errs)
	}
	var sent []jobSendNode
	must(&sent, "job", "send", jobArg, "--module", modFile, "--account", "dev:3", "--insecure")
	if len(sent) != 2 || !sent[0].Simulated || sent[0].State == "" {
		t.Fatalf("job send = %+v, want both nodes, simulated, with a state", sent)
	}
	var status struct {
		State    string
		Agreeing int
		Summary  string
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		must(&status, "job", "status", jobArg)
		if status.State == market.JobSettled.String() {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("job status: %s (%s), want settled", status.State, status.Summary)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if status.Agreeing != 2 {
		t.Errorf("%d nodes agree, want 2", status.Agreeing)
	}
	// The buyer's store is empty: the result comes from an agreeing
	// node's API, checked against the agreed hash.
	var res jobResultOut
	must(&res, "job", "result", jobArg, "--key-file", keyFile, "--passphrase-file", pass, "--store", filepath.Join(tmp, "empty-store"))
	if res.Size == 0 || res.Result == "" {
		t.Errorf("job result from the nodes = %+v, want the agreed result", res)
	}
}
