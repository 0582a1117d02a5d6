package main

import (
	"context"
	"encoding/json"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/exchange/host"
)

// freeAddr returns a loopback address with a port free a moment ago.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// TestExchangeServe runs `exchange serve` as an operator would: first
// unregistered, then `exchange register --enclave URL`, then again with the
// id, on the same state dir (same enclave keys).
func TestExchangeServe(t *testing.T) {
	ctx := testContext(t, 2*time.Minute)
	node, err := devnode.Start(ctx, devnode.Config{DataDir: filepath.Join(t.TempDir(), "chain")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	home, dir := t.TempDir(), t.TempDir()
	on := []string{"--rpc", node.HTTPURL(), "--home", home}
	mustJSON(t, ctx, nil, append([]string{"deploy", "--account", "dev:0"}, on...)...)

	if _, errs, code := runCLI(t, ctx, append([]string{"exchange", "serve", "--account", "dev:1", "--dir", dir}, on...)...); code == 0 || !strings.Contains(errs, "--simulate") {
		t.Errorf("serve without --simulate: exit %d, stderr %q; want a refusal naming --simulate", code, errs)
	}

	serve := func(extra ...string) (url string, info host.Info, stop func() (string, string)) {
		t.Helper()
		addr := freeAddr(t)
		sctx, cancel := context.WithCancel(ctx)
		type result struct {
			out, errs string
			code      int
		}
		done := make(chan result, 1)
		args := append([]string{"exchange", "serve", "--simulate", "--insecure", "--account", "dev:1", "--dir", dir, "--listen", addr, "--json", "--poll", "50ms"}, on...)
		go func() {
			out, errs, code := runCLI(t, sctx, append(args, extra...)...)
			done <- result{out, errs, code}
		}()
		url = "http://" + addr
		cl := host.NewClient(url, nil)
		deadline := time.Now().Add(30 * time.Second)
		for {
			got, err := cl.Info(ctx)
			if err == nil {
				info = *got
				break
			}
			select {
			case r := <-done:
				t.Fatalf("serve exited early: %d\n%s\n%s", r.code, r.out, r.errs)
			default:
			}
			if time.Now().After(deadline) {
				t.Fatalf("serve did not answer: %v", err)
			}
			time.Sleep(50 * time.Millisecond)
		}
		return url, info, func() (string, string) {
			cancel()
			r := <-done
			if r.code != 0 {
				t.Errorf("serve exit %d, stderr %s", r.code, r.errs)
			}
			return r.out, r.errs
		}
	}

	url, info, stop := serve()
	if info.ExchangeID != 0 || !info.Simulated {
		t.Errorf("first start: id %d simulated %v, want 0 and true", info.ExchangeID, info.Simulated)
	}
	var reg txResult
	mustJSON(t, ctx, &reg, append([]string{"exchange", "register", "--enclave", url, "--fee", "0.01eth", "--stake", "5eth", "--account", "dev:1"}, on...)...)
	out, errs := stop()
	var printed serveInfo
	if err := json.Unmarshal([]byte(out), &printed); err != nil || printed.Keys.SigningAddress != info.Keys.SigningAddress || printed.URL != url {
		t.Errorf("serve printed %q (%v), want its URL and signer %s", out, err, info.Keys.SigningAddress)
	}
	if !strings.Contains(errs, "SIMULATION") {
		t.Errorf("serve's stderr %q has no SIMULATION warning", errs)
	}
	var xs []datatrade.Exchange
	mustJSON(t, ctx, &xs, append([]string{"exchange", "list"}, on...)...)
	if reg.ID == nil || len(xs) != 1 || xs[0].EnclaveSigner != info.Keys.SigningAddress || xs[0].Measurement != [32]byte(info.MeasurementID) || xs[0].Endpoint != url {
		t.Fatalf("registry holds %+v, want the enclave's signer %s and measurement %s at %s", xs, info.Keys.SigningAddress, info.MeasurementID, url)
	}

	_, again, stop := serve("--exchange", "1")
	if again.ExchangeID != *reg.ID || again.Keys.SigningAddress != info.Keys.SigningAddress || again.Config != info.Config {
		t.Errorf("restart with --exchange %d: id %d signer %s; want the same enclave keys and config", *reg.ID, again.ExchangeID, again.Keys.SigningAddress)
	}
	stop()
}
