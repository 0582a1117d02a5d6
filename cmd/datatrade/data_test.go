package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/datatrade/datatrade"
)

// mustData runs the CLI with --json and decodes the result.
func mustData(t *testing.T, v any, args ...string) {
	t.Helper()
	out, errs, code := runCLI(t, context.Background(), append(args, "--json")...)
	if code != 0 {
		t.Fatalf("datatrade %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out, errs)
	}
	if v != nil {
		if err := json.Unmarshal([]byte(out), v); err != nil {
			t.Fatalf("datatrade %s: bad JSON %q: %v", strings.Join(args, " "), out, err)
		}
	}
}

// failData runs the CLI and checks it fails with the given error code.
func failData(t *testing.T, code string, args ...string) {
	t.Helper()
	out, errs, exit := runCLI(t, context.Background(), append(args, "--json")...)
	if exit == 0 {
		t.Fatalf("datatrade %s: succeeded, want failure %s", strings.Join(args, " "), code)
	}
	var res struct {
		Error struct{ Code string }
	}
	json.Unmarshal([]byte(out), &res)
	if res.Error.Code != code {
		t.Fatalf("datatrade %s: error code %q, want %q (stderr %s)", strings.Join(args, " "), res.Error.Code, code, errs)
	}
}

func writeRandom(t *testing.T, path string, n int, seed uint64) []byte {
	t.Helper()
	b := make([]byte, n)
	rand.NewChaCha8([32]byte{byte(seed)}).Read(b)
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return b
}

// onlyFiles lists the regular files in dir.
func onlyFiles(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		if e.Type().IsRegular() {
			names = append(names, e.Name())
		}
	}
	return names
}

func TestDataSealCommitProve(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	data := writeRandom(t, p("data.bin"), 5000, 1)

	var enc encryptResult
	mustData(t, &enc, "data", "encrypt", "--in", p("data.bin"), "--out", p("data.sealed"),
		"--secrets-out", p("data.secrets"), "--chunk-size", "1024")
	if enc.Plaintext != 5000 || enc.Commitment.Leaves() != 5 {
		t.Fatalf("encrypt result %+v: want 5000 bytes in 5 chunks", enc)
	}
	if fi, _ := os.Stat(p("data.secrets")); fi.Mode().Perm() != 0o600 {
		t.Errorf("secrets file mode %v, want 0600", fi.Mode().Perm())
	}
	if fi, _ := os.Stat(p("data.sealed")); fi.Size() != enc.SealedSize {
		t.Errorf("sealed size %d, want %d", fi.Size(), enc.SealedSize)
	}

	var dec struct {
		PlaintextBytes int64 `json:"plaintextBytes"`
	}
	rootHex := func() string {
		b, _ := json.Marshal(enc.Commitment)
		var m map[string]any
		json.Unmarshal(b, &m)
		return m["root"].(string)
	}()
	mustData(t, &dec, "data", "decrypt", "--in", p("data.sealed"), "--out", p("back.bin"), "--secrets", p("data.secrets"), "--root", rootHex)
	if got, _ := os.ReadFile(p("back.bin")); !bytes.Equal(got, data) {
		t.Fatal("decrypted file differs from the original")
	}

	// Commit agrees with what encrypt computed.
	var com map[string]any
	mustData(t, &com, "data", "commit", "--in", p("data.bin"), "--secrets", p("data.secrets"), "--chunk-size", "1024", "--out", p("c.json"))
	if com["root"] != rootHex {
		t.Errorf("commit root %v, want %s", com["root"], rootHex)
	}

	// Prove chunk 3, verify it from the chunk file and from the plaintext.
	mustData(t, nil, "data", "prove", "--in", p("data.bin"), "--secrets", p("data.secrets"), "--chunk-size", "1024",
		"--index", "3", "--out", p("p3.json"), "--chunk-out", p("c3.bin"))
	if got, _ := os.ReadFile(p("c3.bin")); !bytes.Equal(got, data[3072:4096]) {
		t.Error("chunk file is not chunk 3")
	}
	mustData(t, nil, "data", "verify", "--commitment", p("c.json"), "--proof", p("p3.json"), "--chunk", p("c3.bin"))
	mustData(t, nil, "data", "verify", "--root", rootHex, "--size", "5000", "--chunk-size", "1024", "--proof", p("p3.json"), "--in", p("data.bin"))
	// The proof for chunk 3 does not verify chunk 2.
	os.WriteFile(p("c2.bin"), data[2048:3072], 0o600)
	failData(t, datatrade.EINTEGRITY, "data", "verify", "--commitment", p("c.json"), "--proof", p("p3.json"), "--chunk", p("c2.bin"))
	failData(t, datatrade.EINVALID, "data", "verify", "--commitment", p("c.json"), "--proof", p("c3.bin"), "--chunk", p("c2.bin"))
}

func TestDataDecryptBadInputLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	writeRandom(t, p("data.bin"), 4000, 2)
	mustData(t, nil, "data", "encrypt", "--in", p("data.bin"), "--out", p("data.sealed"), "--secrets-out", p("a.secrets"), "--chunk-size", "1024")
	mustData(t, nil, "data", "encrypt", "--in", p("data.bin"), "--out", p("other.sealed"), "--secrets-out", p("b.secrets"), "--chunk-size", "1024")
	sealed, _ := os.ReadFile(p("data.sealed"))
	os.WriteFile(p("truncated.sealed"), sealed[:len(sealed)-1040], 0o600)
	tampered := bytes.Clone(sealed)
	tampered[100] ^= 1
	os.WriteFile(p("tampered.sealed"), tampered, 0o600)
	before := len(onlyFiles(t, dir))

	for _, tc := range []struct{ in, secrets, code string }{
		{"truncated.sealed", "a.secrets", datatrade.EINTEGRITY},
		{"tampered.sealed", "a.secrets", datatrade.EINTEGRITY},
		{"data.sealed", "b.secrets", datatrade.EINTEGRITY},
		{"data.bin", "a.secrets", datatrade.EINVALID},
	} {
		failData(t, tc.code, "data", "decrypt", "--in", p(tc.in), "--out", p("out.bin"), "--secrets", p(tc.secrets))
		if _, err := os.Stat(p("out.bin")); err == nil {
			t.Fatalf("%s: output file left behind", tc.in)
		}
	}
	// A root that does not match refuses the output too.
	failData(t, datatrade.EINTEGRITY, "data", "decrypt", "--in", p("data.sealed"), "--out", p("out.bin"), "--secrets", p("a.secrets"), "--root", strings.Repeat("00", 32))
	if n := len(onlyFiles(t, dir)); n != before {
		t.Errorf("%d files after failed decrypts, want %d (no partial files)", n, before)
	}
}

func TestDataKeygenWrap(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	os.WriteFile(p("pass"), []byte("s3cret pass\n"), 0o600)
	data := writeRandom(t, p("data.bin"), 3000, 3)
	var kg map[string]string
	mustData(t, &kg, "data", "keygen", "--out", p("x.key"), "--passphrase-file", p("pass"), "--kdf-memory-kib", "64", "--kdf-time", "1")
	if kg["kem"] != "mlkem768-x25519" || kg["publicKey"] == "" {
		t.Fatalf("keygen: %v", kg)
	}
	if fi, _ := os.Stat(p("x.key")); fi.Mode().Perm() != 0o600 {
		t.Errorf("key file mode %v, want 0600", fi.Mode().Perm())
	}
	failData(t, datatrade.ECONFLICT, "data", "keygen", "--out", p("x.key"), "--passphrase-file", p("pass"))

	ctxFlags := []string{"--chain-id", "1337", "--contract", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--trade-id", "7", "--purpose", "seller-to-exchange"}
	mustData(t, nil, append([]string{"data", "encrypt", "--in", p("data.bin"), "--out", p("d.sealed"), "--secrets-out", p("d.secrets"),
		"--to", p("x.key"), "--wrapped-out", p("d.wrapped")}, ctxFlags...)...)
	mustData(t, nil, append([]string{"data", "decrypt", "--in", p("d.sealed"), "--out", p("back.bin"), "--identity", p("x.key"),
		"--wrapped", p("d.wrapped"), "--passphrase-file", p("pass")}, ctxFlags...)...)
	if got, _ := os.ReadFile(p("back.bin")); !bytes.Equal(got, data) {
		t.Fatal("decrypted file differs")
	}
	// Another trade id, or a wrong passphrase, opens nothing.
	other := append([]string{}, ctxFlags...)
	other[5] = "8"
	failData(t, datatrade.EINTEGRITY, append([]string{"data", "decrypt", "--in", p("d.sealed"), "--out", p("x.bin"), "--identity", p("x.key"),
		"--wrapped", p("d.wrapped"), "--passphrase-file", p("pass")}, other...)...)
	os.WriteFile(p("wrong"), []byte("nope"), 0o600)
	failData(t, datatrade.EUNAUTHORIZED, append([]string{"data", "decrypt", "--in", p("d.sealed"), "--out", p("x.bin"), "--identity", p("x.key"),
		"--wrapped", p("d.wrapped"), "--passphrase-file", p("wrong")}, ctxFlags...)...)
	if _, err := os.Stat(p("x.bin")); err == nil {
		t.Error("output left after failed unwrap")
	}
	if b, _ := os.ReadFile(p("x.key")); bytes.Contains(b, []byte("s3cret")) {
		t.Error("key file contains the passphrase")
	}
}

func TestDataStoreCAR(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	data := writeRandom(t, p("blob"), 600000, 4)
	var put struct {
		CID  string `json:"cid"`
		Size int64  `json:"size"`
	}
	mustData(t, &put, "data", "put", "--store", p("s1"), p("blob"))
	if put.Size != 600000 || !strings.HasPrefix(put.CID, "bafybei") {
		t.Fatalf("put: %+v", put)
	}
	mustData(t, nil, "data", "get", "--store", p("s1"), put.CID, "--out", p("got"))
	if got, _ := os.ReadFile(p("got")); !bytes.Equal(got, data) {
		t.Fatal("get returned other bytes")
	}
	mustData(t, nil, "data", "export-car", "--store", p("s1"), put.CID, "--out", p("blob.car"))
	var imp struct{ CID string }
	mustData(t, &imp, "data", "import-car", "--store", p("s2"), p("blob.car"))
	if imp.CID != put.CID {
		t.Fatalf("import-car: got %s, want %s", imp.CID, put.CID)
	}
	failData(t, datatrade.ENOTFOUND, "data", "get", "--store", p("s2"), "bafybeiffndsajwhk3lwjewwdxqntmjm4b5wxaaanokonsggenkbw6slwk4", "--out", p("none"))
	failData(t, datatrade.EINVALID, "data", "get", "--store", p("s2"), "not-a-cid", "--out", p("none"))

	// Corrupt the blob on disk: get and export refuse, and write nothing.
	blobs, _ := filepath.Glob(p("s2/blobs/*/*"))
	if len(blobs) != 1 {
		t.Fatalf("store s2 holds %d blobs, want 1", len(blobs))
	}
	bad := bytes.Clone(data)
	bad[1000] ^= 1
	os.WriteFile(blobs[0], bad, 0o600)
	failData(t, datatrade.EINTEGRITY, "data", "get", "--store", p("s2"), put.CID, "--out", p("corrupt"))
	failData(t, datatrade.EINTEGRITY, "data", "export-car", "--store", p("s2"), put.CID, "--out", p("corrupt.car"))
	for _, f := range []string{"corrupt", "corrupt.car", "none"} {
		if _, err := os.Stat(p(f)); err == nil {
			t.Errorf("%s left behind after a failure", f)
		}
	}
	os.WriteFile(p("junk.car"), []byte("junk"), 0o600)
	failData(t, datatrade.EINVALID, "data", "import-car", "--store", p("s2"), p("junk.car"))
}

func TestDataHelp(t *testing.T) {
	for _, sub := range []string{"keygen", "encrypt", "decrypt", "commit", "prove", "verify", "put", "get", "export-car", "import-car"} {
		out, _, code := runCLI(t, context.Background(), "data", sub, "--help")
		if code != 0 || !strings.Contains(out, "datatrade data "+sub) || !strings.Contains(out, "--json") {
			t.Errorf("data %s --help: exit %d, output %q", sub, code, out)
		}
	}
	_, errs, code := runCLI(t, context.Background(), "data", "encrypt", "--in", "x")
	if code != 2 || !strings.Contains(errs, "--in and --out are required") {
		t.Errorf("usage error: exit %d, stderr %q", code, errs)
	}
}

func TestBenchDataSmall(t *testing.T) {
	var res benchDataResult
	mustData(t, &res, "bench", "data", "--size", "4MiB", "--stream-size", "8MiB", "--store-size", "1MiB", "--rounds", "1", "--dir", t.TempDir())
	for name, v := range map[string]float64{"encrypt": res.Encrypt.MiBps, "decrypt": res.Decrypt.MiBps, "commit": res.Commit.MiBps,
		"put": res.StorePut.MiBps, "get": res.StoreGet.MiBps, "raw": res.Encrypt.BaselineMiBps, "stream": res.Stream.MiBps} {
		if v <= 0 {
			t.Errorf("%s: %v MiB/s, want > 0", name, v)
		}
	}
	if res.Stream.Bytes != 8<<20 || res.Stream.PeakHeapBytes == 0 {
		t.Errorf("stream: %+v", res.Stream)
	}
	if _, err := parseSize("12XB"); err == nil {
		t.Error("parseSize accepted 12XB")
	}
	if n, err := parseSize("2GiB"); err != nil || n != 2<<30 {
		t.Errorf("parseSize(2GiB) = %d, %v", n, err)
	}
}
