package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/datatrade/datatrade/catalog/privateapi"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/market"
)

// TestCatalogServePrivate runs `catalog serve-private` as a platform would
// and `search --private URL` as a buyer: the answer equals the plain
// search; the service picks up a listing registered after it started; a
// buyer without --insecure refuses the simulated enclave; a restart keeps
// the enclave's keys.
func TestCatalogServePrivate(t *testing.T) {
	ctx := testContext(t, 3*time.Minute)
	node, err := devnode.Start(ctx, devnode.Config{DataDir: filepath.Join(t.TempDir(), "chain")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	home, dir := t.TempDir(), t.TempDir()
	on := []string{"--rpc", node.HTTPURL(), "--home", home}
	run := func(args ...string) (string, string, int) { return runCLI(t, ctx, append(args, on...)...) }
	must := func(v any, args ...string) { t.Helper(); mustJSON(t, ctx, v, append(args, on...)...) }

	var d market.Deployment
	must(&d, "deploy", "--account", "dev:0")
	places := []struct{ point, keywords string }{
		{"52.52,13.40", "Berlin hourly weather"},
		{"48.86,2.35", "Paris traffic counts"},
		{"47.37,8.54", "Zürich weather stations"},
	}
	publish := func(i int, point, keywords string) {
		t.Helper()
		data := filepath.Join(t.TempDir(), fmt.Sprintf("d%d.csv", i))
		writeFile(t, data, strings.Repeat(fmt.Sprintf("%d,%d,%d\n", i, i*7, i*13), 500+i))
		must(nil, "seller", "publish", data, "--price", fmt.Sprintf("%deth", i+1), "--account", "dev:2")
		must(nil, "search", "register", fmt.Sprint(i+1), "--point", point, "--time", "2026-03-01", "--attr", "kind=weather", "--keywords", keywords)
	}
	for i, p := range places {
		publish(i, p.point, p.keywords)
	}

	refusals := []struct {
		args []string
		msg  string
	}{
		{[]string{"catalog", "serve-private", "--dir", dir}, "--simulate"},
		{[]string{"catalog", "serve-private", "--dir", dir, "--simulate"}, "--insecure"},
		{[]string{"catalog", "serve-private", "--dir", dir, "--simulate", "--insecure", "--queries-per-minute", "0"}, "must not be 0"},
	}
	for _, r := range refusals {
		if _, errs, code := run(r.args...); code != 2 || !strings.Contains(errs, r.msg) {
			t.Errorf("%v: exit %d, stderr %q; want 2 naming %s", r.args, code, errs, r.msg)
		}
	}

	serve := func() (url string, info privateapi.Info, stop func() string) {
		t.Helper()
		addr := freeAddr(t)
		sctx, cancel := context.WithCancel(ctx)
		type result struct {
			errs string
			code int
		}
		done := make(chan result, 1)
		go func() {
			_, errs, code := runCLI(t, sctx, append([]string{"catalog", "serve-private", "--simulate", "--insecure", "--dir", dir,
				"--listen", addr, "--reload", "100ms", "--json"}, on...)...)
			done <- result{errs, code}
		}()
		url = "http://" + addr
		cl := privateapi.NewClient(url, nil, enclave.Verifiers{sim.Verifier{}}, enclave.Policy{}, d)
		deadline := time.Now().Add(30 * time.Second)
		for {
			got, err := cl.Info(ctx)
			if err == nil {
				info = *got
				break
			}
			select {
			case r := <-done:
				t.Fatalf("serve-private exited early: %d\n%s", r.code, r.errs)
			default:
			}
			if time.Now().After(deadline) {
				t.Fatalf("serve-private did not answer: %v", err)
			}
			time.Sleep(50 * time.Millisecond)
		}
		return url, info, func() string {
			cancel()
			r := <-done
			if r.code != 0 {
				t.Errorf("serve-private exit %d, stderr %s", r.code, r.errs)
			}
			return r.errs
		}
	}
	url, info, stop := serve()
	if !info.Simulated || info.Listings != 3 || !info.Measurement.Equal(sim.Measurement([]byte(privateapi.SimCode))) {
		t.Errorf("info: simulated %v, %d listings, measurement %s", info.Simulated, info.Listings, info.Measurement)
	}

	var plain, priv struct {
		Simulated bool
		Enclave   string
		Results   []searchHit
	}
	args := []string{"search", "weather", "--near", "48.0,7.0", "--k", "5"}
	must(&plain, args...)
	must(&priv, append(args, "--private", url, "--insecure")...)
	if fmt.Sprint(hitIDs(priv.Results)) != fmt.Sprint(hitIDs(plain.Results)) || len(priv.Results) != 2 || !priv.Simulated || priv.Enclave != url {
		t.Errorf("private search: got %v (simulated %v, enclave %q), want %v from %s", hitIDs(priv.Results), priv.Simulated, priv.Enclave, hitIDs(plain.Results), url)
	}
	for i := range priv.Results {
		if priv.Results[i].Meters != plain.Results[i].Meters || priv.Results[i].GeoHash != plain.Results[i].GeoHash {
			t.Errorf("private hit %d: %+v, plain %+v", i, priv.Results[i], plain.Results[i])
		}
	}
	if _, errs, code := run(append(args, "--private", url)...); code != 1 || !strings.Contains(errs, "simulated") || !strings.Contains(errs, "--insecure") {
		t.Errorf("private search without --insecure: exit %d, stderr %q; want a refusal of the simulation", code, errs)
	}

	// A listing registered now is found once the service reloads.
	publish(3, "47.56,7.59", "Basel weather")
	deadline := time.Now().Add(20 * time.Second)
	for {
		must(&priv, append(args, "--private", url, "--insecure")...)
		if len(priv.Results) == 3 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the service did not pick up the new listing: %v", hitIDs(priv.Results))
		}
		time.Sleep(150 * time.Millisecond)
	}
	if got := fmt.Sprint(hitIDs(priv.Results)); got != "[4 3 1]" {
		t.Errorf("after the reload: got %v, want [4 3 1] (Basel, Zürich, Berlin)", got)
	}
	errs := stop()
	if !strings.Contains(errs, "SIMULATION") {
		t.Errorf("serve-private's stderr has no SIMULATION warning: %q", errs)
	}
	for _, secret := range []string{"weather", "48.0", "Zürich", "Basel"} {
		if strings.Contains(errs, secret) {
			t.Errorf("the host's log holds %q, part of a query or answer", secret)
		}
	}

	// A restart keeps the enclave's keys.
	_, again, stop := serve()
	stop()
	if again.Keys.SigningAddress != info.Keys.SigningAddress || string(again.Keys.HPKEPublicKey) != string(info.Keys.HPKEPublicKey) {
		t.Errorf("restart changed the enclave keys: %s, want %s", again.Keys.SigningAddress, info.Keys.SigningAddress)
	}
}
