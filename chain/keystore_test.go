package chain

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
)

func TestKeystoreRoundTrip(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "keys")
	ks, err := OpenKeystore(dir, LightScrypt())
	if err != nil {
		t.Fatal(err)
	}
	const pass1, pass2 = "correct horse battery", "staple-42"
	created, err := ks.NewKey(pass1)
	if err != nil {
		t.Fatal(err)
	}
	imported, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	importedAddr, err := ks.ImportKey(imported, pass2)
	if err != nil {
		t.Fatal(err)
	}
	if want := crypto.PubkeyToAddress(imported.PublicKey); importedAddr != want {
		t.Fatalf("imported address: got %s, want %s", importedAddr.Hex(), want.Hex())
	}

	list, err := ks.Accounts()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || !contains(list, created) || !contains(list, importedAddr) {
		t.Fatalf("accounts: got %v, want %s and %s", list, created.Hex(), importedAddr.Hex())
	}

	tests := []struct {
		name     string
		addr     common.Address
		pass     string
		wantCode string
	}{
		{"new key", created, pass1, ""},
		{"imported key", importedAddr, pass2, ""},
		{"wrong passphrase", created, pass2, datatrade.EUNAUTHORIZED},
		{"empty passphrase", importedAddr, "", datatrade.EUNAUTHORIZED},
		{"unknown account", common.HexToAddress("0x00000000000000000000000000000000000000aa"), pass1, datatrade.ENOTFOUND},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			acct, err := ks.Unlock(tt.addr, tt.pass)
			if got := datatrade.ErrorCode(err); got != tt.wantCode {
				t.Fatalf("code: got %q, want %q (err %v)", got, tt.wantCode, err)
			}
			if err != nil {
				if tt.pass != "" && strings.Contains(err.Error(), tt.pass) {
					t.Errorf("error %q contains the passphrase", err)
				}
				return
			}
			if acct.Address != tt.addr {
				t.Errorf("unlocked address: got %s, want %s", acct.Address.Hex(), tt.addr.Hex())
			}
		})
	}

	// The imported key comes back bit for bit.
	acct, err := ks.Unlock(importedAddr, pass2)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(crypto.FromECDSA(acct.key), crypto.FromECDSA(imported)) {
		t.Error("unlocked key differs from the imported key")
	}
	// Importing the same key again is refused.
	if _, err := ks.ImportKey(imported, "other"); datatrade.ErrorCode(err) != datatrade.ECONFLICT {
		t.Errorf("second import: got %v, want ECONFLICT", err)
	}
	// Key files are private.
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		info, _ := e.Info()
		if perm := info.Mode().Perm(); perm != 0o600 {
			t.Errorf("%s: mode %v, want 0600", e.Name(), perm)
		}
		if !strings.HasPrefix(e.Name(), "UTC--") {
			t.Errorf("%s: want geth's UTC--<time>--<address> naming", e.Name())
		}
	}
}

// TestKeystoreGethCompatible checks both directions against go-ethereum's
// own keystore code.
func TestKeystoreGethCompatible(t *testing.T) {
	dir := t.TempDir()
	ks, err := OpenKeystore(dir, LightScrypt())
	if err != nil {
		t.Fatal(err)
	}
	// geth writes, we read.
	gethAcct, err := keystore.StoreKey(dir, "geth-pass", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ks.Unlock(gethAcct.Address, "geth-pass"); err != nil {
		t.Fatalf("unlock a geth key file: %v", err)
	}
	// We write, geth reads.
	addr, err := ks.NewKey("our-pass")
	if err != nil {
		t.Fatal(err)
	}
	files, err := ks.files(addr)
	if err != nil || len(files) != 1 {
		t.Fatalf("key files of %s: %v %v", addr.Hex(), files, err)
	}
	blob, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	key, err := keystore.DecryptKey(blob, "our-pass")
	if err != nil {
		t.Fatalf("geth cannot decrypt our key file: %v", err)
	}
	if key.Address != addr {
		t.Fatalf("geth reads address %s, want %s", key.Address.Hex(), addr.Hex())
	}
}

func TestKeystoreStandardScryptByDefault(t *testing.T) {
	ks, err := OpenKeystore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if ks.scryptN != keystore.StandardScryptN || ks.scryptP != keystore.StandardScryptP {
		t.Fatalf("scrypt: got N=%d P=%d, want the standard N=%d P=%d", ks.scryptN, ks.scryptP, keystore.StandardScryptN, keystore.StandardScryptP)
	}
}

func contains(list []common.Address, a common.Address) bool {
	for _, x := range list {
		if x == a {
			return true
		}
	}
	return false
}

func TestReadPassphrase(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "pass")
	if err := os.WriteFile(file, []byte("from-file\nsecond line\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, []byte("\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	pr, pw, err := os.Pipe() // not a terminal
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	defer pw.Close()
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == PassphraseEnv {
				return v
			}
			return ""
		}
	}
	tests := []struct {
		name     string
		src      PassphraseSource
		want     string
		wantCode string
		wantMsg  []string
	}{
		{"file wins over env", PassphraseSource{File: file, Getenv: env("from-env"), Stdin: pr}, "from-file", "", nil},
		{"env", PassphraseSource{Getenv: env("from-env"), Stdin: pr}, "from-env", "", nil},
		{"missing file", PassphraseSource{File: filepath.Join(dir, "nope"), Getenv: env(""), Stdin: pr}, "", datatrade.EINVALID, []string{"--passphrase-file"}},
		{"empty file", PassphraseSource{File: empty, Getenv: env(""), Stdin: pr}, "", datatrade.EINVALID, []string{"empty"}},
		{"no terminal", PassphraseSource{Getenv: env(""), Stdin: pr}, "", datatrade.EINVALID, []string{"--passphrase-file", PassphraseEnv, "not a terminal"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var prompt bytes.Buffer
			tt.src.Prompt = &prompt
			got, err := ReadPassphrase(tt.src, "Passphrase: ", false)
			if code := datatrade.ErrorCode(err); code != tt.wantCode {
				t.Fatalf("code: got %q, want %q (err %v)", code, tt.wantCode, err)
			}
			if got != tt.want {
				t.Errorf("passphrase: got %q, want %q", got, tt.want)
			}
			for _, w := range tt.wantMsg {
				if !strings.Contains(datatrade.ErrorMessage(err), w) {
					t.Errorf("message %q lacks %q", datatrade.ErrorMessage(err), w)
				}
			}
			if prompt.Len() != 0 {
				t.Errorf("prompted %q without a terminal", prompt.String())
			}
		})
	}
}

func TestAccountNeverShowsKey(t *testing.T) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	acct := NewAccount(key)
	secrets := []string{
		strings.ToLower(common.Bytes2Hex(crypto.FromECDSA(key))),
		key.D.String(),
	}
	var logBuf bytes.Buffer
	slog.New(slog.NewJSONHandler(&logBuf, nil)).Info("sending", "from", acct, "value", *acct)
	js, err := json.Marshal(acct)
	if err != nil {
		t.Fatal(err)
	}
	outputs := map[string]string{
		"%v":   fmt.Sprintf("%v", acct),
		"%+v":  fmt.Sprintf("%+v", acct),
		"%#v":  fmt.Sprintf("%#v", acct),
		"%d":   fmt.Sprintf("%d", acct),
		"%x":   fmt.Sprintf("%x", acct),
		"%v *": fmt.Sprintf("%v", *acct),
		"%+v*": fmt.Sprintf("%+v", *acct),
		"%d *": fmt.Sprintf("%d", *acct),
		"json": string(js),
		"slog": logBuf.String(),
	}
	for name, out := range outputs {
		for _, s := range secrets {
			if strings.Contains(strings.ToLower(out), s) {
				t.Errorf("%s output %q reveals the key", name, out)
			}
		}
		if !strings.Contains(strings.ToLower(out), strings.ToLower(acct.Address.Hex()[2:])) {
			t.Errorf("%s output %q does not show the address", name, out)
		}
	}
}
