package main

import (
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/envelope"
)

func TestReadKeyFile(t *testing.T) {
	dir := t.TempDir()
	key, err := envelope.GenerateKey(rand.Reader, envelope.KEMX25519)
	if err != nil {
		t.Fatal(err)
	}
	const secret = "correct horse battery"
	b, err := envelope.MarshalKeyFile(rand.Reader, key, []byte(secret), envelope.KDFParams{Time: 1, MemoryKiB: 64, Threads: 1})
	if err != nil {
		t.Fatal(err)
	}
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	keyPath, good, bad := write("me.key", string(b)), write("pass", secret+"\n"), write("wrong", "battery staple\n")
	for _, tc := range []struct {
		name, path, pass string
		wantCode         string // "" for success
		wantIn           string
	}{
		{"right passphrase", keyPath, good, "", ""},
		{"missing file", filepath.Join(dir, "nope.key"), good, datatrade.EINVALID, "cannot read the key file"},
		{"wrong passphrase", keyPath, bad, datatrade.EUNAUTHORIZED, ""},
		{"not a key file", write("junk.key", "{}"), good, datatrade.EINVALID, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readKeyFile(tc.path, tc.pass)
			if tc.wantCode == "" {
				if err != nil || string(got.Public().Bytes()) != string(key.Public().Bytes()) {
					t.Fatalf("readKeyFile = %v, %v; want the generated key", got, err)
				}
				return
			}
			if code := datatrade.ErrorCode(err); code != tc.wantCode {
				t.Fatalf("readKeyFile error %v (code %q), want code %q", err, code, tc.wantCode)
			}
			if msg := err.Error(); !strings.Contains(msg, tc.wantIn) || strings.Contains(msg, secret) {
				t.Errorf("error %q: want it to contain %q and never the passphrase", msg, tc.wantIn)
			}
		})
	}
}
