package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/internal/ganache"
)

// runCLI runs the whole CLI in process and returns stdout, stderr and the
// exit code, as a user would see them.
func runCLI(t *testing.T, ctx context.Context, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	a := newApp(&out, &errb)
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetOut(&out)
	root.SetErr(&errb)
	code := 0
	if err := root.ExecuteContext(ctx); err != nil {
		code = a.reportError(err)
	}
	return out.String(), errb.String(), code
}

// mustJSON runs the CLI with --json, fails the test on a non-zero exit and
// decodes stdout into v.
func mustJSON(t *testing.T, ctx context.Context, v any, args ...string) {
	t.Helper()
	out, errs, code := runCLI(t, ctx, append(args, "--json")...)
	if code != 0 {
		t.Fatalf("datatrade %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out, errs)
	}
	if v != nil {
		if err := json.Unmarshal([]byte(out), v); err != nil {
			t.Fatalf("datatrade %s: bad JSON %q: %v", strings.Join(args, " "), out, err)
		}
	}
}

func testContext(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// checkDemoSummary asserts that a demo summary shows the foundation act's
// outcome with every balance reconciled.
func checkDemoSummary(t *testing.T, s demoSummary) {
	t.Helper()
	if !s.Reconciled {
		t.Errorf("demo summary: reconciled = false")
	}
	if s.TradeState.String() != "refunded" {
		t.Errorf("trade state = %s, want refunded", s.TradeState)
	}
	if len(s.Parties) != 4 {
		t.Fatalf("demo summary has %d parties, want 4", len(s.Parties))
	}
	for _, p := range s.Parties {
		want := new(big.Int).Sub(p.Start, p.Gas)
		want.Add(want, p.Flow)
		if !p.Reconciled || want.Cmp(p.End) != 0 {
			t.Errorf("%s: start %v − gas %v + flow %v = %v, but end is %v", p.Role, p.Start, p.Gas, p.Flow, want, p.End)
		}
		if p.Gas.Sign() <= 0 {
			t.Errorf("%s paid no gas: the ledger missed its transactions", p.Role)
		}
	}
	if s.ExchangeID == 0 || s.ListingID == 0 || s.DemandID == 0 || s.TradeID == 0 || s.ContentCID == "" {
		t.Errorf("summary lacks ids: %+v", s)
	}
}

func TestDemo(t *testing.T) {
	ctx := testContext(t, 2*time.Minute)
	var s demoSummary
	mustJSON(t, ctx, &s, "demo", "--datadir", t.TempDir())
	if !s.Chain.Embedded || s.Chain.Fork == "" {
		t.Errorf("chain = %+v, want the embedded chain with its fork named", s.Chain)
	}
	checkDemoSummary(t, s)
}

// TestGanacheRPC proves that --rpc points datatrade at an external EVM
// chain: the whole demo and the role commands run against Ganache.
func TestGanacheRPC(t *testing.T) {
	ctx := testContext(t, 4*time.Minute)
	g, err := ganache.Start(ctx, ganache.Options{Keys: devnode.DevKeys(4), Install: true})
	if errors.Is(err, ganache.ErrNotInstalled) {
		t.Skipf("npm cannot install ganache here (%v): the --rpc integration test needs it", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(g.Close)

	var s demoSummary
	mustJSON(t, ctx, &s, "demo", "--rpc", g.URL, "--quiet")
	if s.Chain.Embedded || s.Chain.RPC != g.URL {
		t.Errorf("chain = %+v, want the external chain at %s", s.Chain, g.URL)
	}
	checkDemoSummary(t, s)

	// The role commands too, with a deployment of their own.
	home := t.TempDir()
	common := []string{"--rpc", g.URL, "--home", home}
	mustJSON(t, ctx, nil, append([]string{"deploy", "--account", "dev:0"}, common...)...)
	var pub txResult
	data := filepath.Join(t.TempDir(), "d.csv")
	writeFile(t, data, strings.Repeat("a,b,c\n", 5000))
	mustJSON(t, ctx, &pub, append([]string{"seller", "publish", data, "--price", "1eth", "--account", "dev:2"}, common...)...)
	if pub.ID == nil || *pub.ID != 1 {
		t.Fatalf("publish on Ganache: id %v, want 1", pub.ID)
	}
	var st overview
	mustJSON(t, ctx, &st, append([]string{"status"}, common...)...)
	if st.Listings != 1 || st.ChainID != 1337 {
		t.Errorf("status on Ganache = %+v, want 1 listing on chain 1337", st)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
