package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/envelope"
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
	if len(s.Parties) < 5 { // later acts add parties of their own
		t.Fatalf("demo summary has %d parties, want at least the 5 of acts 1 and 2", len(s.Parties))
	}
	if tr := s.Tracking; tr == nil || !tr.PirateRefused || !strings.Contains(tr.Reason, "near-duplicate of listing 1") ||
		len(tr.SearchHits) != 1 || tr.SearchHits[0] != s.ListingID {
		t.Errorf("tracking act = %+v, want the pirate's copy refused and only the original found", s.Tracking)
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

// TestDemo runs the whole demo once on the embedded chain and checks the
// foundation and tracking acts, the reconciliation of every balance, and each
// later act's summary in a subtest of its own (go test -run TestDemo/broker).
func TestDemo(t *testing.T) {
	ctx := testContext(t, 3*time.Minute)
	var s demoSummary
	mustJSON(t, ctx, &s, "demo", "--datadir", t.TempDir())
	if !s.Chain.Embedded || s.Chain.Fork == "" {
		t.Errorf("chain = %+v, want the embedded chain with its fork named", s.Chain)
	}
	checkDemoSummary(t, s)
	acts := []struct {
		name  string
		check func(*testing.T, demoSummary)
	}{
		{"spatial", checkSpatialAct},
		{"broker", checkBrokerAct},
		{"compute", checkComputeAct},
		{"exchange", checkExchangeAct},
	}
	for _, act := range acts {
		t.Run(act.name, func(t *testing.T) { act.check(t, s) })
	}
}

// actSummary decodes the JSON summary of the named later act into v and
// returns its raw JSON for messages.
func actSummary(t *testing.T, s demoSummary, name string, v any) []byte {
	t.Helper()
	a, ok := s.Acts[name]
	if !ok {
		t.Fatalf("the demo summary has no %q act (acts: %v)", name, slices.Sorted(maps.Keys(s.Acts)))
	}
	raw, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		t.Fatalf("%s act summary %s: %v", name, raw, err)
	}
	return raw
}

// TestGanacheRPC proves that --rpc points datatrade at an external EVM
// chain: the whole demo and the role commands run against Ganache.
func TestGanacheRPC(t *testing.T) {
	ctx := testContext(t, 4*time.Minute)
	g, err := ganache.Start(ctx, ganache.Options{Keys: devnode.DevKeys(5), Install: true})
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

// TestCommandsOnDevChain drives the role commands on an embedded chain as a
// user would, including a keystore account, and checks that bad input gets
// a clear message and a non-zero exit.
func TestCommandsOnDevChain(t *testing.T) {
	ctx := testContext(t, 3*time.Minute)
	node, err := devnode.Start(ctx, devnode.Config{DataDir: filepath.Join(t.TempDir(), "chain")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	home := t.TempDir()
	on := []string{"--rpc", node.HTTPURL(), "--home", home}
	run := func(args ...string) (string, string, int) { return runCLI(t, ctx, append(args, on...)...) }
	must := func(v any, args ...string) { t.Helper(); mustJSON(t, ctx, v, append(args, on...)...) }

	must(nil, "deploy", "--account", "dev:0")
	var ex txResult
	must(&ex, "exchange", "register", "--endpoint", "http://127.0.0.1:1", "--fee", "0.01eth", "--stake", "5eth",
		"--measurement", "0x"+strings.Repeat("11", 32), "--enclave-signer", "0x000000000000000000000000000000000000dEaD",
		"--authority", node.AuthorityAddress().Hex(), "--account", "dev:1")
	data := filepath.Join(t.TempDir(), "d.csv")
	writeFile(t, data, strings.Repeat("1,2,3\n", 1000))
	must(nil, "seller", "publish", data, "--price", "1eth", "--account", "dev:2")

	// The platform's catalog indexes the listing from chain events and takes
	// the seller's fingerprint, which matches the commitment made at publish.
	var reg struct{ Registered bool }
	must(&reg, "catalog", "register", "1", data, "--description", "berlin sensor readings")
	var found []struct {
		Listing struct{ ID uint64 }
		Score   uint32
	}
	must(&found, "catalog", "search", "--text", "berlin")
	if !reg.Registered || len(found) != 1 || found[0].Listing.ID != 1 {
		t.Fatalf("catalog search by text = %+v, want listing 1", found)
	}
	must(&found, "catalog", "search", "--sample", data)
	if len(found) != 1 || found[0].Listing.ID != 1 || found[0].Score == 0 {
		t.Fatalf("catalog search by sample = %+v, want listing 1 with a score", found)
	}
	// A pirate republishes the same data: the chain takes it, the catalog refuses it.
	must(nil, "seller", "publish", data, "--price", "0.5eth", "--account", "dev:4")
	if _, errs, code := run("catalog", "register", "2", data); code != 1 || !strings.Contains(errs, "listing 1") {
		t.Fatalf("pirate's register: exit %d, stderr %q; want a refusal naming listing 1", code, errs)
	}

	// A keystore account: import dev key 3, then send with it.
	keyFile, passFile := filepath.Join(t.TempDir(), "k"), filepath.Join(t.TempDir(), "p")
	writeFile(t, keyFile, fmt.Sprintf("%x", crypto.FromECDSA(devnode.DevKey(3))))
	writeFile(t, passFile, "correct horse\n")
	var imported struct{ Address common.Address }
	mustJSON(t, ctx, &imported, "account", "import", keyFile, "--passphrase-file", passFile, "--home", home)
	if imported.Address != crypto.PubkeyToAddress(devnode.DevKey(3).PublicKey) {
		t.Fatalf("imported %s, want dev:3's address", imported.Address)
	}
	pub := envelopePublicKeyHex(t)
	var demand txResult
	must(&demand, "buyer", "demand", "--spec", "x", "--max-price", "2eth", "--pubkey", pub,
		"--account", imported.Address.Hex(), "--passphrase-file", passFile)
	if demand.ID == nil || *demand.ID != 1 {
		t.Fatalf("demand id = %v, want 1", demand.ID)
	}
	wrongPass := filepath.Join(t.TempDir(), "wrong")
	writeFile(t, wrongPass, "wrong horse\n")

	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantMsg  string
	}{
		{"malformed address", []string{"seller", "list", "--account", "0x12"}, 1, "neither an address"},
		{"unknown listing", []string{"seller", "update", "9", "--price", "1eth", "--account", "dev:2"}, 1, "listing 9 does not exist"},
		{"unknown trade", []string{"buyer", "pay", "7", "--account", "dev:3"}, 1, "trade 7 does not exist"},
		{"bad id", []string{"buyer", "pay", "x", "--account", "dev:3"}, 2, "positive whole number"},
		{"bad amount", []string{"seller", "publish", data, "--price", "1.5", "--account", "dev:2"}, 2, "more decimals than a wei"},
		{"missing price", []string{"seller", "publish", data, "--account", "dev:2"}, 2, "--price is required"},
		{"insufficient funds", []string{"buyer", "open", "--listing", "1", "--exchanges", "1", "--pubkey", pub, "--account", "dev:999"}, 1, "wei"},
		{"wrong caller", []string{"seller", "delist", "1", "--account", "dev:3"}, 1, "NotSeller"},
		{"wrong state", []string{"buyer", "cancel-demand", "1", "--account", "dev:2"}, 1, "NotDemandBuyer"},
		{"wrong passphrase", []string{"buyer", "cancel-demand", "1", "--account", imported.Address.Hex(), "--passphrase-file", wrongPass}, 1, "passphrase"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := run(tt.args...)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.wantCode, out, errs)
			}
			if !strings.Contains(errs, tt.wantMsg) {
				t.Errorf("stderr %q does not say %q", errs, tt.wantMsg)
			}
			if strings.Contains(errs, "correct horse") || strings.Contains(errs, "wrong horse") {
				t.Errorf("a passphrase leaked into the error: %q", errs)
			}
		})
	}

	// A deployment file whose chain was reset is caught with a hint.
	other, err := devnode.Start(ctx, devnode.Config{DataDir: filepath.Join(t.TempDir(), "chain2")})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, errs, code := runCLI(t, ctx, "status", "--rpc", other.HTTPURL(), "--home", home); code != 1 || !strings.Contains(errs, "deploy` again") {
		t.Errorf("reset chain: exit %d, stderr %q; want 1 and a hint to deploy again", code, errs)
	}
	if _, errs, code := runCLI(t, ctx, "status", "--rpc", "http://127.0.0.1:1", "--home", home); code != 1 || !strings.Contains(errs, "check --rpc") {
		t.Errorf("unreachable chain: exit %d, stderr %q; want 1 and a hint to check --rpc", code, errs)
	}

	// --dry-run prints an estimate and sends nothing.
	var dry dryRunResult
	must(&dry, "buyer", "cancel-demand", "1", "--account", "dev:3", "--dry-run")
	if !dry.DryRun || dry.Gas == 0 || dry.MaxFee.Sign() <= 0 {
		t.Errorf("dry run = %+v, want an estimate", dry)
	}
	var d struct{ Open bool }
	must(&d, "status", "demand", "1")
	if !d.Open {
		t.Errorf("the dry run closed the demand")
	}
}

func envelopePublicKeyHex(t *testing.T) string {
	t.Helper()
	k, err := envelope.GenerateKey(rand.Reader, envelope.DefaultKEM)
	if err != nil {
		t.Fatal(err)
	}
	return k.Public().String()
}

// TestBenchChain runs a small `bench chain` on the embedded chain and on
// Ganache and checks that both report confirmed transactions and a ratio.
func TestBenchChain(t *testing.T) {
	ctx := testContext(t, 4*time.Minute)
	if _, err := ganache.Binary(); err != nil {
		t.Fatal(err)
	}
	if err := ensureGanache(ctx); err != nil {
		t.Skipf("npm cannot install ganache here (%v): the chain benchmark compares against it", err)
	}
	var rep benchChainReport
	mustJSON(t, ctx, &rep, "bench", "chain", "--transfer-rates", "40", "--review-rates", "10", "--duration", "500ms", "--drain", "10s", "--senders", "4")
	if len(rep.Results) != 2 || rep.Results[0].Chain != "embedded" || rep.Results[1].Chain != "ganache" {
		t.Fatalf("results = %+v, want embedded then ganache", rep.Results)
	}
	for _, r := range rep.Results {
		if len(r.Workloads) != 2 {
			t.Fatalf("%s: %d workloads, want transfers and reviews", r.Chain, len(r.Workloads))
		}
		for _, w := range r.Workloads {
			rr := w.Rates[0]
			if rr.Confirmed == 0 || rr.Failed != 0 || rr.TxPerSec <= 0 || rr.P50ms <= 0 || rr.P99ms < rr.P50ms {
				t.Errorf("%s %s: %+v, want confirmed transactions, none failed, and sane latencies", r.Chain, w.Workload, rr)
			}
		}
	}
	for _, w := range []string{"transfers", "reviews"} {
		if rep.Ratio[w] <= 0 {
			t.Errorf("ratio for %s = %v, want a positive ratio", w, rep.Ratio[w])
		}
	}
}

// ensureGanache installs the pinned Ganache if it is missing.
func ensureGanache(ctx context.Context) error {
	bin, err := ganache.Binary()
	if err != nil {
		return err
	}
	if _, err := os.Stat(bin); err == nil {
		return nil
	}
	return ganache.Install(ctx)
}
