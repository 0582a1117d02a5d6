package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/datatrade/datatrade/chain/devnode"
)

// nodeTestBuffer is a bytes.Buffer safe for a writer and a reader in two
// goroutines.
type nodeTestBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *nodeTestBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *nodeTestBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func TestNodeCommand(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb nodeTestBuffer
	a := newApp(&out, &errb)
	root := a.rootCommand()
	root.SetArgs([]string{"node", "--datadir", dir, "--http-port", "0", "--ws-port", "0", "--dev-accounts", "3", "--json"})
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()

	var info nodeInfo
	deadline := time.Now().Add(30 * time.Second)
	for {
		if err := json.Unmarshal([]byte(out.String()), &info); err == nil {
			break
		}
		select {
		case err := <-done:
			t.Fatalf("datatrade node exited early: %v\nstderr: %s", err, errb.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("datatrade node printed no JSON within 30s; stdout %q stderr %q", out.String(), errb.String())
		}
	}
	if info.ChainID != devnode.DefaultChainID || info.Fork != devnode.Fork || info.DataDir != dir {
		t.Errorf("node info: got chain %d fork %q dir %q, want %d %q %q", info.ChainID, info.Fork, info.DataDir, devnode.DefaultChainID, devnode.Fork, dir)
	}
	if want := crypto.PubkeyToAddress(devnode.DevAuthorityKey().PublicKey); info.Authority != want {
		t.Errorf("authority: got %s, want %s", info.Authority, want)
	}
	keys := devnode.DevKeys(3)
	if len(info.DevAccounts) != len(keys) {
		t.Fatalf("dev accounts: got %d, want %d", len(info.DevAccounts), len(keys))
	}
	for i, k := range keys {
		if want := crypto.PubkeyToAddress(k.PublicKey); info.DevAccounts[i] != want {
			t.Errorf("dev account %d: got %s, want %s", i, info.DevAccounts[i], want)
		}
	}
	if strings.Contains(out.String()+errb.String(), "private") {
		t.Errorf("output mentions private keys: %s", out.String())
	}
	for _, url := range []string{info.HTTPURL, info.WSURL} {
		c, err := ethclient.DialContext(ctx, url)
		if err != nil {
			t.Fatalf("dial %s: %v", url, err)
		}
		id, err := c.ChainID(ctx)
		c.Close()
		if err != nil || id.Uint64() != devnode.DefaultChainID {
			t.Errorf("eth_chainId over %s: got %v, %v; want %d", url, id, err, devnode.DefaultChainID)
		}
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("datatrade node after interrupt: %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("datatrade node did not stop within 30s of the interrupt")
	}
}

func TestNodeCommandBadInput(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"node", "--datadir", dir, "--period", "-1s"}, 2, "--period"},
		{[]string{"node", "--datadir", dir, "--http-port", "70000"}, 1, "ports"},
		{[]string{"node", "--datadir", dir, "--dev-accounts", "0"}, 2, "--dev-accounts"},
		{[]string{"node", "--datadir", dir, "--authority-keyfile", dir + "/missing.key"}, 1, "authority key"},
		{[]string{"node", "extra"}, 2, ""},
	} {
		t.Run(strings.Join(tc.args[1:], " "), func(t *testing.T) {
			_, errs, code := runCLI(t, testContext(t, 30*time.Second), tc.args...)
			if code != tc.code || !strings.Contains(errs, tc.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, errs, tc.code, tc.msg)
			}
		})
	}
	out, _, code := runCLI(t, testContext(t, 30*time.Second), "node", "--help")
	if code != 0 || !strings.Contains(out, "--datadir") || !strings.Contains(out, "PUBLIC TEST KEYS") {
		t.Errorf("node --help: exit %d, output %q", code, out)
	}
}
