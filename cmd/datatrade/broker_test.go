package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/datatrade/datatrade/broker"
	"github.com/datatrade/datatrade/chain/devnode"
)

// TestBrokerCommands runs the broker path as its three parties would, with
// `broker serve` on 127.0.0.1 and the embedded dev chain.
func TestBrokerCommands(t *testing.T) {
	ctx := testContext(t, 3*time.Minute)
	node, err := devnode.Start(ctx, devnode.Config{DataDir: filepath.Join(t.TempDir(), "chain")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	t.Setenv("DATATRADE_PASSPHRASE", "correct horse")
	home, dir := t.TempDir(), t.TempDir()
	on := []string{"--rpc", node.HTTPURL(), "--home", home}
	must := func(v any, args ...string) { t.Helper(); mustJSON(t, ctx, v, append(args, on...)...) }
	run := func(args ...string) (string, string, int) { return runCLI(t, ctx, append(args, on...)...) }

	data := filepath.Join(dir, "readings.csv")
	var b strings.Builder
	b.WriteString("station,year,value\n")
	for i := range 600 {
		b.WriteString("s" + string(rune('a'+i%7)) + "," + []string{"2021", "2022", "2023"}[i%3] + "," + strings.Repeat("1", 1+i%5) + "\n")
	}
	writeFile(t, data, b.String())
	must(nil, "deploy", "--account", "dev:0")
	must(nil, "seller", "publish", data, "--price", "1eth", "--licence", "use-right", "--account", "dev:2")
	must(nil, "catalog", "register", "1", data, "--description", "station readings")
	buyerKey, platformKey := filepath.Join(dir, "buyer.key"), filepath.Join(dir, "platform.key")
	mustJSON(t, ctx, nil, "data", "keygen", "--out", buyerKey, "--kem", "x25519")
	mustJSON(t, ctx, nil, "data", "keygen", "--out", platformKey, "--kem", "x25519")

	addr := freeAddr(t)
	url := "http://" + addr
	sctx, stop := context.WithCancel(ctx)
	done := make(chan string, 1)
	go func() {
		_, errs, _ := runCLI(t, sctx, append([]string{"broker", "serve", "--account", "dev:0", "--key-file", platformKey,
			"--dataset", "1=" + data, "--listen", addr, "--json"}, on...)...)
		done <- errs
	}()
	t.Cleanup(func() { stop(); <-done })
	c, err := broker.NewClient(url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		if _, err := c.Info(ctx); err == nil {
			break
		} else if i > 200 {
			t.Fatalf("broker serve did not come up: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	p := []string{"--platform", url}

	if _, errs, code := run("broker", "serve", "--account", "dev:3", "--key-file", platformKey, "--listen", freeAddr(t)); code == 0 || !strings.Contains(errs, "platform account") {
		t.Errorf("serve as a non-platform account: exit %d, %q", code, errs)
	}
	must(nil, "broker", "offer", "1", "--query-price", "0.001eth", "--account", "dev:2")
	var opened txResult
	must(&opened, append([]string{"broker", "open", "1", "--key-file", buyerKey, "--account", "dev:3"}, p...)...)
	if opened.ID == nil || *opened.ID != 1 {
		t.Fatalf("broker open = %+v, want trade 1", opened)
	}
	var rec broker.Recorded
	must(&rec, append([]string{"broker", "deliver", "1", "--file", data, "--account", "dev:2"}, p...)...)
	got := filepath.Join(dir, "got.csv")
	var chk broker.Check
	must(&chk, append([]string{"broker", "receive", "1", "--key-file", buyerKey, "--out", got, "--account", "dev:3"}, p...)...)
	if !chk.Consistent || chk.BoardIndex != 1 {
		t.Fatalf("receive = %+v, want a consistent check at board entry 1", chk)
	}
	if gb, _ := os.ReadFile(got); string(gb) != b.String() {
		t.Fatal("the buyer saved other data than the seller delivered")
	}
	must(nil, append([]string{"broker", "confirm", "1", "--account", "dev:3"}, p...)...)
	var cp struct{ Size uint64 }
	mustJSON(t, ctx, &cp, append([]string{"broker", "anchor"}, p...)...)
	if cp.Size != 3 {
		t.Fatalf("anchored size %d, want 3 (send, receive, confirm)", cp.Size)
	}
	var vr verifyBoardResult
	must(&vr, append([]string{"broker", "verify-board", "--entry", "1"}, p...)...)
	if vr.Entry == nil || vr.Entry.Kind != "receive" || vr.Entry.Anchored.Size != 3 {
		t.Fatalf("verify-board = %+v", vr)
	}
	var tr struct{ State string }
	must(&tr, "broker", "show", "1")
	if tr.State != "completed" {
		t.Fatalf("trade state %q, want completed", tr.State)
	}
	var bought txResult
	must(&bought, "broker", "buy-queries", "1", "--count", "2", "--account", "dev:3")
	var ans broker.Answered
	must(&ans, append([]string{"broker", "query", "1", "--query", `{"op":"count","where":[{"column":"year","op":"=","value":"2022"}]}`, "--account", "dev:3"}, p...)...)
	if ans.Value != "200" || ans.Seq != 0 {
		t.Fatalf("query = %+v, want 200 rows of 2022", ans)
	}

	// A second trade where the seller first delivers other data: the check fails, a dispute
	// opens, and the seller's upload of the listed data decides it for the seller.
	other := filepath.Join(dir, "other.csv")
	writeFile(t, other, strings.Repeat("x,2020,9\n", 300))
	must(nil, append([]string{"broker", "open", "1", "--key-file", buyerKey, "--account", "dev:3"}, p...)...)
	must(nil, append([]string{"broker", "deliver", "2", "--file", other, "--account", "dev:2"}, p...)...)
	must(&chk, append([]string{"broker", "receive", "2", "--key-file", buyerKey, "--out", filepath.Join(dir, "got2.csv"), "--account", "dev:3"}, p...)...)
	if chk.Consistent {
		t.Fatalf("receive of other data = %+v, want an inconsistent check", chk)
	}
	if _, errs, code := run(append([]string{"broker", "upload", "2", "--file", data, "--account", "dev:3"}, p...)...); code == 0 || !strings.Contains(errs, "not the seller") {
		t.Errorf("upload by the buyer: exit %d, %q", code, errs)
	}
	var dec broker.Decision
	must(&dec, append([]string{"broker", "upload", "2", "--file", data, "--account", "dev:2"}, p...)...)
	if !dec.ToSeller || !dec.Relayed {
		t.Fatalf("upload decision = %+v, want paid to the seller and relayed", dec)
	}
	must(&tr, "broker", "show", "2")
	if tr.State != "completed" {
		t.Fatalf("disputed trade state %q, want completed", tr.State)
	}
	mustJSON(t, ctx, &cp, append([]string{"broker", "anchor"}, p...)...)
	must(&vr, append([]string{"broker", "verify-board", "--since", "3", "--entry", "3"}, p...)...)
	if vr.Consistency == nil || vr.Consistency.Since != 3 || vr.Consistency.Latest != cp.Size || vr.Entry.Kind != "send" {
		t.Fatalf("verify-board --since 3 = %+v (anchored %d)", vr, cp.Size)
	}
	if _, errs, code := run(append([]string{"broker", "verify-board"}, p...)...); code == 0 || !strings.Contains(errs, "--entry") {
		t.Errorf("verify-board without flags: exit %d, %q", code, errs)
	}
	must(nil, "broker", "withdraw", "--account", "dev:2")

	for _, bad := range [][]string{
		{"broker", "show", "9"},
		{"broker", "query", "1", "--query", `{"op":"median"}`, "--account", "dev:3"},
		{"broker", "deliver", "1", "--account", "dev:2"},
		{"broker", "settle", "1", "--account", "dev:3"},
		{"broker", "withdraw", "--account", "dev:4"},
	} {
		if out, errs, code := run(bad...); code == 0 || errs == "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want an error", bad, code, out, errs)
		}
	}
}
