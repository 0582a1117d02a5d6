package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/exchange/host"
	"github.com/datatrade/datatrade/store"
)

// startServiceNode runs `datatrade node --exchange --insecure` with the
// extra flags in process and returns what it printed, stopping it when the
// test ends.
func startServiceNode(t *testing.T, home string, extra ...string) nodeInfo {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb nodeTestBuffer
	a := newApp(&out, &errb)
	root := a.rootCommand()
	root.SetArgs(append([]string{"node", "--datadir", t.TempDir(), "--http-port", "0", "--ws-port", "0", "--dev-accounts", "5", "--period", "200ms",
		"--exchange", "--exchange-port", "0", "--insecure", "--home", home, "--json"}, extra...))
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("datatrade node after interrupt: %v\nstderr: %s", err, errb.String())
			}
		case <-time.After(30 * time.Second):
			t.Error("datatrade node did not stop within 30s")
		}
	})
	var info nodeInfo
	deadline := time.Now().Add(60 * time.Second)
	for json.Unmarshal([]byte(out.String()), &info) != nil {
		select {
		case err := <-done:
			t.Fatalf("datatrade node exited early: %v\nstderr: %s", err, errb.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("datatrade node printed no JSON within 60s; stderr %q", errb.String())
		}
	}
	if !strings.Contains(errb.String(), "SIMULATION") {
		t.Errorf("the node's exchange started without the simulation warning: %s", errb.String())
	}
	return info
}

// retryCLI runs the CLI until it exits 0 or 30 s pass.
func retryCLI(t *testing.T, ctx context.Context, v any, args ...string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		out, errs, code := runCLI(t, ctx, append(args, "--json")...)
		if code == 0 {
			if v != nil {
				if err := json.Unmarshal([]byte(out), v); err != nil {
					t.Fatalf("datatrade %s: bad JSON %q: %v", strings.Join(args, " "), out, err)
				}
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("datatrade %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out, errs)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestBuyerSteps drives a whole trade through the CLI: a node running the
// chain, a simulated exchange and the seller's agent; the seller publishes;
// the buyer attests, opens, waits for ready, looks at the sample, pays and
// fetches the data, which must come back byte for byte.
func TestBuyerSteps(t *testing.T) {
	ctx := testContext(t, 3*time.Minute)
	home := t.TempDir()
	t.Setenv("DATATRADE_PASSPHRASE", "correct horse battery staple")
	info := startServiceNode(t, home, "--agent")
	if info.Exchange == nil || info.Agent == nil || info.Deployment == nil {
		t.Fatalf("node info lacks its services: %+v", info)
	}
	if info.Agent.Seller != info.DevAccounts[2] || !info.Agent.AllowSimulation {
		t.Errorf("agent %+v, want the seller dev:2 trusting the simulated exchange", info.Agent)
	}
	rpc := []string{"--rpc", info.HTTPURL, "--home", home}
	url := info.Exchange.URL
	exID := strconv.FormatUint(info.Exchange.ExchangeID, 10)

	// The seller publishes a file; its secrets land where the agent looks.
	data := bytes.Repeat([]byte("time,city,temp\n2026-10-01T00:00Z,Berlin,9.5\n"), 300)
	file := filepath.Join(t.TempDir(), "weather.csv")
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	var pub txResult
	mustJSON(t, ctx, &pub, append([]string{"seller", "publish", file, "--price", "0.002eth", "--chunk-size", "1024", "--exchanges", exID, "--account", "dev:2"}, rpc...)...)

	// Attestation: refused without allowing the simulation, loud with it.
	_, errs, code := runCLI(t, ctx, append([]string{"buyer", "attest", url}, rpc...)...)
	if code == 0 || !strings.Contains(errs, "simulated") || !strings.Contains(errs, "--allow-simulation") {
		t.Errorf("attest without --allow-simulation: exit %d, stderr %q; want a refusal naming the flag", code, errs)
	}
	out, errs, code := runCLI(t, ctx, append([]string{"buyer", "attest", url, "--allow-simulation", "--json"}, rpc...)...)
	var att attestResult
	if code != 0 || json.Unmarshal([]byte(out), &att) != nil {
		t.Fatalf("attest: exit %d\nstdout %s\nstderr %s", code, out, errs)
	}
	if !att.Simulated || !att.Registered || att.ExchangeID != info.Exchange.ExchangeID || !strings.Contains(errs, "WARNING: simulated enclave") {
		t.Errorf("attest = %+v, stderr %q; want the registered simulated exchange and the warning", att, errs)
	}

	// The buyer opens a trade on the listing, naming the node's exchange.
	key := filepath.Join(t.TempDir(), "me.key")
	mustJSON(t, ctx, nil, "data", "keygen", "--out", key, "--kem", "x25519")
	var opened txResult
	retryCLI(t, ctx, &opened, append([]string{"buyer", "open", "--listing", strconv.FormatUint(*pub.ID, 10), "--exchanges", exID, "--key-file", key, "--account", "dev:3"}, rpc...)...)
	trade := strconv.FormatUint(*opened.ID, 10)

	// A listing whose seller runs no agent: its exchange never gets the
	// data, so it prepares no ciphertext, and paying is refused unless the
	// buyer insists, loudly warned.
	var idle txResult
	mustJSON(t, ctx, &idle, append([]string{"seller", "publish", file, "--price", "0.001eth", "--chunk-size", "1024", "--exchanges", exID, "--account", "dev:4"}, rpc...)...)
	var unserved txResult
	retryCLI(t, ctx, &unserved, append([]string{"buyer", "open", "--listing", strconv.FormatUint(*idle.ID, 10), "--exchanges", exID, "--key-file", key, "--account", "dev:3"}, rpc...)...)
	idleTrade := strconv.FormatUint(*unserved.ID, 10)
	if _, errs, code := runCLI(t, ctx, append([]string{"buyer", "pay", idleTrade, "--account", "dev:3"}, rpc...)...); code == 0 ||
		!strings.Contains(errs, "no exchange has served its prepared ciphertext: do not pay") || !strings.Contains(errs, "datatrade buyer ready "+idleTrade) {
		t.Errorf("pay before any exchange prepared the ciphertext: exit %d, stderr %q; want a refusal pointing at `buyer ready`", code, errs)
	}
	if st := tradeState(t, ctx, rpc, idleTrade); st != "open" {
		t.Errorf("after the refused payment trade %s is %q, want open", idleTrade, st)
	}
	if _, errs, code := runCLI(t, ctx, append([]string{"buyer", "pay", idleTrade, "--account", "dev:3", "--without-prepared"}, rpc...)...); code != 0 || !strings.Contains(errs, "WARNING: paying trade "+idleTrade+" WITHOUT") {
		t.Errorf("pay --without-prepared: exit %d, stderr %q; want the payment sent with a loud warning", code, errs)
	}
	if st := tradeState(t, ctx, rpc, idleTrade); st != "paid" {
		t.Errorf("after pay --without-prepared trade %s is %q, want paid", idleTrade, st)
	}

	// The agent hands over unattended: the exchange becomes ready and the
	// buyer holds the ciphertext it prepared, checked against its statement.
	var ready []readyResult
	retryCLI(t, ctx, &ready, append([]string{"buyer", "ready", trade}, rpc...)...)
	if len(ready) != 1 || !ready[0].Ready || ready[0].Signed == nil || ready[0].PreparedCID == "" {
		t.Fatalf("ready = %+v, want one ready exchange with its prepared ciphertext", ready)
	}

	// The sample: the listing's fixed chunks, proofs checked, saved.
	dir := t.TempDir()
	var sample sampleResult
	retryCLI(t, ctx, &sample, append([]string{"buyer", "sample", trade, "--key-file", key, "--out", dir, "--allow-simulation"}, rpc...)...)
	if !sample.Checked || len(sample.Chunks) == 0 {
		t.Fatalf("sample = %+v, want checked chunks", sample)
	}
	for _, c := range sample.Chunks {
		got, err := os.ReadFile(c.File)
		want := data[c.Index*1024 : min(uint64(len(data)), (c.Index+1)*1024)]
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("sample chunk %d in %s: %d bytes, %v; want chunk %d of the data", c.Index, c.File, len(got), err, c.Index)
		}
	}
	// Another buyer key cannot read the sample.
	other := filepath.Join(t.TempDir(), "other.key")
	mustJSON(t, ctx, nil, "data", "keygen", "--out", other, "--kem", "x25519")
	if _, errs, code := runCLI(t, ctx, append([]string{"buyer", "sample", trade, "--key-file", other, "--allow-simulation"}, rpc...)...); code == 0 || !strings.Contains(errs, "not the key trade") {
		t.Errorf("sample with another key: exit %d, stderr %q", code, errs)
	}

	// Pay; the exchange commits and reveals; the buyer fetches.
	mustJSON(t, ctx, nil, append([]string{"buyer", "pay", trade, "--account", "dev:3"}, rpc...)...)
	outFile := filepath.Join(t.TempDir(), "bought.csv")
	deadline := time.Now().Add(60 * time.Second)
	var fetched fetchResult
	for {
		out, errs, code := runCLI(t, ctx, append([]string{"buyer", "fetch", trade, "--out", outFile, "--key-file", key, "--json"}, rpc...)...)
		if code == 0 {
			if err := json.Unmarshal([]byte(out), &fetched); err != nil {
				t.Fatal(err)
			}
			if !fetched.RootChecked {
				t.Errorf("fetch succeeded without checking R: %+v", fetched)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("fetch never succeeded: exit %d, stderr %s", code, errs)
		}
		time.Sleep(200 * time.Millisecond)
	}
	got, err := os.ReadFile(outFile)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("fetched %d bytes (%v), want the %d published bytes", len(got), err, len(data))
	}
	if fetched.Bytes != int64(len(data)) || fetched.Exchange != info.Exchange.ExchangeID {
		t.Errorf("fetch result %+v", fetched)
	}
	// The delivery names the ciphertext the buyer held before paying.
	if fetched.CiphertextCID != ready[0].PreparedCID || !fetched.Prefetched {
		t.Errorf("delivered ciphertext %s (prefetched %v), want the prepared %s from the store", fetched.CiphertextCID, fetched.Prefetched, ready[0].PreparedCID)
	}
	// Later, with the exchange gone: the key from the chain, the ciphertext
	// from the buyer's store.
	again := filepath.Join(t.TempDir(), "again.csv")
	var later fetchResult
	mustJSON(t, ctx, &later, append([]string{"buyer", "fetch", trade, "--out", again, "--key-file", key,
		"--cid", fetched.CiphertextCID, "--exchange-url", "http://127.0.0.1:1"}, rpc...)...)
	if got, err := os.ReadFile(again); err != nil || !bytes.Equal(got, data) || later.KeyFrom != "chain" {
		t.Errorf("re-download without the exchange: %d bytes (%v), key from %q", len(got), err, later.KeyFrom)
	}

	// A store without the prepared ciphertext (as after a host restart
	// before the payment): fetched by the Delivery's CID, and said so.
	out, errs, code = runCLI(t, ctx, append([]string{"buyer", "fetch", trade, "--out", filepath.Join(t.TempDir(), "c.csv"), "--key-file", key,
		"--store", t.TempDir(), "--json"}, rpc...)...)
	var unprepared fetchResult
	if code != 0 || json.Unmarshal([]byte(out), &unprepared) != nil || unprepared.Prefetched || !strings.Contains(errs, "not one your store held before payment") {
		t.Errorf("fetch into an empty store: exit %d, %+v, stderr %q; want the data, prefetched false and a note", code, unprepared, errs)
	}

	// Steps that do not apply say so clearly.
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"buyer", "compensate", trade, "--account", "dev:3"}, "trade"},
		{[]string{"buyer", "settle-cancel", trade, "--account", "dev:3"}, "trade"},
		{[]string{"buyer", "sellerfault", trade, "--account", "dev:3"}, "no exchange of trade"},
		{[]string{"buyer", "fetch", "999", "--out", outFile, "--key-file", key}, "does not exist"},
		{[]string{"buyer", "fetch", trade, "--key-file", key}, "--out"},
		{[]string{"buyer", "sample", trade, "--allow-simulation"}, "--key-file"},
	} {
		_, errs, code := runCLI(t, ctx, append(tc.args, rpc...)...)
		if code == 0 || !strings.Contains(errs, tc.msg) {
			t.Errorf("%s: exit %d, stderr %q; want a failure mentioning %q", strings.Join(tc.args, " "), code, errs, tc.msg)
		}
	}
	if strings.Contains(fmt.Sprint(fetched), os.Getenv("DATATRADE_PASSPHRASE")) {
		t.Error("the passphrase reached the output")
	}
}

func TestSellerServeHelp(t *testing.T) {
	out, _, code := runCLI(t, testContext(t, 30*time.Second), "seller", "serve", "--help")
	if code != 0 || !strings.Contains(out, "--measurement") || !strings.Contains(out, "--allow-simulation") || !strings.Contains(out, "--max-in-flight") {
		t.Errorf("seller serve --help: exit %d, output %q", code, out)
	}
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"--account", "dev:2"}, 2, "--measurement is required"},
		{[]string{"--account", "dev:2", "--measurement", "0x12"}, 1, "32 bytes"},
		{[]string{"--account", "dev:2", "--measurement", "0x" + strings.Repeat("ab", 32), "--max-in-flight", "0"}, 2, "--max-in-flight"},
		{[]string{"--account", "dev:2", "--measurement", "0x" + strings.Repeat("ab", 32), "--listings", "x"}, 2, "--listings"},
		{[]string{"--account", "dev:2", "--measurement", "0x" + strings.Repeat("ab", 32), "--rpc", "http://127.0.0.1:1"}, 1, ""},
	} {
		_, errs, code := runCLI(t, testContext(t, 30*time.Second), append([]string{"seller", "serve"}, tc.args...)...)
		if code != tc.code || !strings.Contains(errs, tc.msg) {
			t.Errorf("seller serve %v: exit %d, stderr %q; want exit %d mentioning %q", tc.args, code, errs, tc.code, tc.msg)
		}
	}
}

func TestNodeServicesNeedInsecure(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"--exchange"}, 2, "--insecure"},
		{[]string{"--agent", "--home", "HOME"}, 2, "--agent-measurement is required"},
		{[]string{"--exchange", "--insecure", "--exchange-account", "0x12"}, 2, "dev account"},
	} {
		dir := t.TempDir()
		for i, a := range tc.args {
			if a == "HOME" {
				tc.args[i] = t.TempDir()
			}
		}
		args := append([]string{"node", "--datadir", dir, "--http-port", "0", "--ws-port", "0", "--exchange-port", "0", "--home", t.TempDir()}, tc.args...)
		_, errs, code := runCLI(t, testContext(t, 60*time.Second), args...)
		if code != tc.code || !strings.Contains(errs, tc.msg) {
			t.Errorf("node %v: exit %d, stderr %q; want exit %d mentioning %q", tc.args, code, errs, tc.code, tc.msg)
		}
	}
}

// TestSellerServeOnce runs the seller's agent as `seller serve --once`
// against a node that runs only the chain and an exchange: without
// allowing the simulation it withholds the keys, with it the exchange
// becomes ready.
func TestSellerServeOnce(t *testing.T) {
	ctx := testContext(t, 3*time.Minute)
	home := t.TempDir()
	t.Setenv("DATATRADE_PASSPHRASE", "correct horse battery staple")
	info := startServiceNode(t, home)
	if info.Agent != nil {
		t.Fatalf("the node runs an agent it was not asked for: %+v", info.Agent)
	}
	rpc := []string{"--rpc", info.HTTPURL, "--home", home}
	exID := strconv.FormatUint(info.Exchange.ExchangeID, 10)
	file := filepath.Join(t.TempDir(), "d.csv")
	if err := os.WriteFile(file, bytes.Repeat([]byte("a,b\n1,2\n"), 500), 0o600); err != nil {
		t.Fatal(err)
	}
	var pub txResult
	mustJSON(t, ctx, &pub, append([]string{"seller", "publish", file, "--price", "0.001eth", "--chunk-size", "1024", "--account", "dev:2"}, rpc...)...)
	key := filepath.Join(t.TempDir(), "me.key")
	mustJSON(t, ctx, nil, "data", "keygen", "--out", key, "--kem", "x25519")
	var opened txResult
	retryCLI(t, ctx, &opened, append([]string{"buyer", "open", "--listing", strconv.FormatUint(*pub.ID, 10), "--exchanges", exID, "--key-file", key, "--account", "dev:3"}, rpc...)...)
	trade := strconv.FormatUint(*opened.ID, 10)
	serve := append([]string{"seller", "serve", "--once", "--account", "dev:2", "--measurement", info.Exchange.MeasurementID.String()}, rpc...)

	// Without allowing the simulation: refused, and the keys withheld.
	strict := slices.Concat(serve, []string{"--state", filepath.Join(t.TempDir(), "strict.json")})
	deadline := time.Now().Add(30 * time.Second)
	for {
		var st struct {
			Trades map[string]struct {
				Exchanges map[string]struct{ Outcome, Reason string }
			}
		}
		mustJSON(t, ctx, &st, strict...)
		if p, ok := st.Trades[trade]; ok && p.Exchanges[exID].Outcome != "" {
			if got := p.Exchanges[exID]; got.Outcome != "refused" || !strings.Contains(got.Reason, "simulated") {
				t.Errorf("strict agent: %+v, want refused as simulated", got)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the strict agent never decided on trade %s: %+v", trade, st)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if _, _, code := runCLI(t, ctx, append([]string{"buyer", "ready", trade}, rpc...)...); code == 0 {
		t.Error("the exchange is ready although the agent withheld the keys")
	}

	// Allowing it: the keys go over and the exchange becomes ready.
	deadline = time.Now().Add(30 * time.Second)
	for {
		_, errs, code := runCLI(t, ctx, slices.Concat(serve, []string{"--allow-simulation", "--json"})...)
		if code != 0 {
			t.Fatalf("seller serve --once: exit %d, %s", code, errs)
		}
		if !strings.Contains(errs, "SIMULATED") {
			t.Errorf("seller serve --allow-simulation printed no warning: %s", errs)
		}
		if _, _, code := runCLI(t, ctx, append([]string{"buyer", "ready", trade}, rpc...)...); code == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the exchange never became ready")
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// tradeState returns the state `status trade` reports for a trade.
func tradeState(t *testing.T, ctx context.Context, rpc []string, trade string) string {
	t.Helper()
	var st struct{ State string }
	mustJSON(t, ctx, &st, append([]string{"status", "trade", trade}, rpc...)...)
	return st.State
}

// preparedHost is a hostile or honest exchange host on 127.0.0.1 that
// serves one prepared statement and one blob, counting blob requests.
type preparedHost struct {
	statement []byte
	blob      []byte
	blobHits  atomic.Int32
}

func (h *preparedHost) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case strings.HasSuffix(r.URL.Path, "/prepared"):
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(h.statement)
	case strings.HasPrefix(r.URL.Path, "/v1/blobs/"):
		h.blobHits.Add(1)
		_, _ = w.Write(h.blob)
	default:
		http.NotFound(w, r)
	}
}

// TestFetchPreparedIntoStore checks the buyer's before-payment step
// against hosts that lie: the store ends up holding the prepared
// ciphertext only when the statement is the trade's enclave's, for this
// trade, exchange and R, and the bytes are the CID's; a statement is
// checked even when the store already holds the blob it names.
func TestFetchPreparedIntoStore(t *testing.T) {
	ctx := testContext(t, 30*time.Second)
	enclaveKey, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	otherKey, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	cfg := &enclave.Config{ChainID: 1337, Escrow: common.HexToAddress("0x00000000000000000000000000000000000000e5")}
	trade := &datatrade.Trade{ID: 7, Root: common.HexToHash("0x1234")}
	x := datatrade.TradeExchange{ID: 2, Signer: crypto.PubkeyToAddress(enclaveKey.PublicKey)}
	ciphertext := bytes.Repeat([]byte("sealed for the buyer "), 200)
	id, _, err := store.Sum(ctx, bytes.NewReader(ciphertext), store.DefaultParams)
	if err != nil {
		t.Fatal(err)
	}
	statement := func(tradeID, exchangeID uint64, root common.Hash, cid string, key *ecdsa.PrivateKey) []byte {
		d := exchange.PreparedDigest(cfg, exchangeID, tradeID, root, crypto.Keccak256Hash([]byte(cid)))
		sig, err := crypto.Sign(d[:], key)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(exchange.Prepared{TradeID: tradeID, Exchange: exchangeID, CiphertextCID: cid, Signed: exchange.Signed{Digest: d, Signature: sig}})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	honest := statement(trade.ID, x.ID, trade.Root, id.String(), enclaveKey)
	for _, tc := range []struct {
		name      string
		statement []byte
		blob      []byte
		held      bool   // the store holds the blob beforehand
		wantErr   string // "" for success, else part of the EINTEGRITY message
		wantHits  int32
	}{
		{"honest host", honest, ciphertext, false, "", 1},
		{"already held: no download", honest, ciphertext, true, "", 0},
		{"other bytes than the CID", honest, []byte("something else entirely"), false, "do not match", 1},
		{"statement of another trade", statement(8, x.ID, trade.Root, id.String(), enclaveKey), ciphertext, false, "trade 8 of exchange 2", 0},
		{"statement of another exchange", statement(trade.ID, 3, trade.Root, id.String(), enclaveKey), ciphertext, false, "exchange 3", 0},
		{"statement over another root", statement(trade.ID, x.ID, common.HexToHash("0x99"), id.String(), enclaveKey), ciphertext, false, "not for trade 7 of exchange 2 with root", 0},
		{"signed by another key", statement(trade.ID, x.ID, trade.Root, id.String(), otherKey), ciphertext, false, "not signed by the enclave", 0},
		{"signed by another key, blob held", statement(trade.ID, x.ID, trade.Root, id.String(), otherKey), ciphertext, true, "not signed by the enclave", 0},
		{"not a CID", statement(trade.ID, x.ID, trade.Root, "not-a-cid", enclaveKey), ciphertext, false, "not a CID", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, err := store.OpenLocal(t.TempDir(), store.LocalOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if tc.held {
				if _, _, err := st.Put(ctx, bytes.NewReader(ciphertext)); err != nil {
					t.Fatal(err)
				}
			}
			h := &preparedHost{statement: tc.statement, blob: tc.blob}
			srv := httptest.NewServer(h)
			defer srv.Close()
			p, err := fetchPrepared(ctx, host.NewClient(srv.URL, srv.Client()), cfg, trade, x, st)
			has, herr := st.Has(ctx, id)
			if herr != nil {
				t.Fatal(herr)
			}
			if tc.wantErr == "" {
				if err != nil || p.CiphertextCID != id.String() || !has {
					t.Errorf("fetchPrepared = %+v, %v (store holds it: %v); want the statement naming %s and the blob stored", p, err, has, id)
				}
			} else {
				if code := datatrade.ErrorCode(err); code != datatrade.EINTEGRITY || !strings.Contains(datatrade.ErrorMessage(err), tc.wantErr) {
					t.Errorf("fetchPrepared error %v (code %q), want EINTEGRITY mentioning %q", err, code, tc.wantErr)
				}
				if has != tc.held {
					t.Errorf("after the refusal the store holds the blob: %v, want %v (as before)", has, tc.held)
				}
			}
			if got := h.blobHits.Load(); got != tc.wantHits {
				t.Errorf("blob downloads %d, want %d", got, tc.wantHits)
			}
		})
	}
}
