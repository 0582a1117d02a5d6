package main

import (
	"bytes"
	"crypto/ecdsa"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

// TestJobCommands runs the job commands on the dev chain: a seller's policy,
// three nodes, a buyer's job, two agreeing results and a faulty one
// (submitted through the Go API with enclave keys, as a node host would),
// status, and the buyer's result fetched from the store and decrypted.
func TestJobCommands(t *testing.T) {
	ctx := testContext(t, 3*time.Minute)
	node, err := devnode.Start(ctx, devnode.Config{DataDir: filepath.Join(t.TempDir(), "chain")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	home, tmp := t.TempDir(), t.TempDir()
	storeDir := filepath.Join(tmp, "store")
	on := []string{"--rpc", node.HTTPURL(), "--home", home}
	run := func(args ...string) (string, string, int) { return runCLI(t, ctx, append(args, on...)...) }
	must := func(v any, args ...string) { t.Helper(); mustJSON(t, ctx, v, append(args, on...)...) }

	must(nil, "deploy", "--account", "dev:0")
	data := filepath.Join(tmp, "d.csv")
	writeFile(t, data, strings.Repeat("1,2\n", 500))
	must(nil, "seller", "publish", data, "--price", "1eth", "--account", "dev:2")
	module := filepath.Join(tmp, "stats.wasm")
	writeFile(t, module, "\x00asm\x01\x00\x00\x00 not really a module, only hashed here")
	meas := "0x" + strings.Repeat("c0", 32)
	must(nil, "job", "policy", "set", "1", "--price", "0.01eth", "--measurements", meas, "--min-nodes", "3",
		"--max-output", "100", "--budget", "200", "--public-only", "--allow", module, "--account", "dev:2")
	var pol struct {
		ListingID  uint64
		Owner      common.Address
		MinNodes   uint32
		Algorithms []struct{ Allowed bool }
	}
	must(&pol, "job", "policy", "show", "1", "--algorithm", module)
	if pol.ListingID != 1 || pol.MinNodes != 3 || len(pol.Algorithms) != 1 || !pol.Algorithms[0].Allowed {
		t.Fatalf("policy show = %+v", pol)
	}

	var keys []*envelopeSigner
	for i := 6; i <= 8; i++ {
		k := newEnvelopeSigner(t, i)
		var reg txResult
		must(&reg, "job", "node", "register", "--signer", k.addr.Hex(), "--measurement", meas, "--endpoint", "http://127.0.0.1:1", "--account", "dev:"+strconv.Itoa(i))
		if reg.ID == nil || *reg.ID != uint64(i-5) {
			t.Fatalf("node register = %+v, want id %d", reg, i-5)
		}
		keys = append(keys, k)
	}

	pass := filepath.Join(tmp, "pass")
	writeFile(t, pass, "buyer pass\n")
	keyFile := filepath.Join(tmp, "me.key")
	mustJSON(t, ctx, nil, "data", "keygen", "--out", keyFile, "--kem", "x25519", "--passphrase-file", pass, "--kdf-memory-kib", "64", "--kdf-time", "1")
	create := []string{"job", "create", "--listings", "1", "--module", module, "--nodes", "1,2,3", "--reward", "0.001eth",
		"--key-file", keyFile, "--max-output", "100", "--account", "dev:3"}
	var created txResult
	must(&created, create...)
	if created.ID == nil || *created.ID != 1 {
		t.Fatalf("job create = %+v, want job 1", created)
	}

	// The nodes' side, as a host with an enclave would do it.
	c, err := chain.Dial(ctx, node.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	d, err := market.LoadDeployment(filepath.Join(home, "deployments", strconv.FormatUint(devnode.DefaultChainID, 10)+".json"))
	if err != nil {
		t.Fatal(err)
	}
	m := market.New(c, d)
	jobs, err := m.Jobs()
	if err != nil {
		t.Fatal(err)
	}
	j, err := jobs.Job(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	secPath, err := jobSecretPath(&chainFlags{home: home}, *d, 1)
	if err != nil {
		t.Fatal(err)
	}
	sec, err := readJobSecret(secPath, *d, 1)
	if err != nil {
		t.Fatalf("job salt: %v", err)
	}
	if fi, err := os.Stat(secPath); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("salt file %s: %v, %v; want mode 0600", secPath, fi, err)
	}
	st, err := store.OpenLocal(storeDir, store.LocalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	buyerPub, err := envelope.ParsePublicKey(j.BuyerKey)
	if err != nil {
		t.Fatal(err)
	}
	submit := func(i int, result []byte) {
		t.Helper()
		sealed, err := envelope.Wrap(buyerPub, job.ResultContext(jobDeployment(*d), 1), result)
		if err != nil {
			t.Fatal(err)
		}
		cid, _, err := st.Put(ctx, bytes.NewReader(sealed))
		if err != nil {
			t.Fatal(err)
		}
		r := market.JobResult{JobID: 1, NodeID: uint64(i + 1), AlgorithmHash: j.AlgorithmHash, DataRoot: j.DataRoot,
			ResultHash: job.ResultHash(job.Salt(sec.Salt), result), Size: uint64(len(result)), Cost: 99, ResultCIDHash: market.ResultCIDHash(cid.String())}
		sig, err := crypto.Sign(d.JobResultDigest(d.Jobs, r).Bytes(), keys[i].key)
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27
		tx, err := jobs.SubmitResultTx(r, cid.String(), sig)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := jobs.Send(ctx, chain.NewAccount(devnode.DevKey(5)), tx); err != nil {
			t.Fatalf("submit node %d: %v", i+1, err)
		}
	}
	right := []byte("mean=1.5 n=500\n")
	submit(2, []byte("mean=0 n=500\n")) // the faulty node

	// Before the quorum: the result is refused with the job's state.
	if _, errs, code := run("job", "result", "1", "--key-file", keyFile, "--passphrase-file", pass, "--store", storeDir); code != 1 || !strings.Contains(errs, "no agreed result") || !strings.Contains(errs, "1 of 3 nodes submitted") {
		t.Fatalf("result before quorum: exit %d, stderr %q", code, errs)
	}
	submit(0, right)
	submit(1, right)

	var status struct {
		State    string
		Agreeing int
		Summary  string
		Nodes    []struct{ Paid bool }
	}
	must(&status, "job", "status", "1")
	if status.State != "settled" || status.Agreeing != 2 || len(status.Nodes) != 3 || status.Nodes[2].Paid || !status.Nodes[0].Paid {
		t.Fatalf("status = %+v, want settled with nodes 1 and 2 paid", status)
	}
	var res jobResultOut
	must(&res, "job", "result", "1", "--key-file", keyFile, "--passphrase-file", pass, "--store", storeDir)
	if res.Result != string(right) || res.Size != len(right) {
		t.Fatalf("job result = %+v, want %q", res, right)
	}
	out := filepath.Join(tmp, "result.txt")
	must(nil, "job", "result", "1", "--key-file", keyFile, "--passphrase-file", pass, "--store", storeDir, "--out", out)
	if b, _ := os.ReadFile(out); !bytes.Equal(b, right) {
		t.Fatalf("result file holds %q, want %q", b, right)
	}

	// Refusals, with clear messages. The spread-out leak: job 1 used 15 of
	// the buyer's 200 bytes (its largest result), job 2 reserves 100 more,
	// a third job of 100 does not fit.
	must(nil, create...)
	must(nil, "job", "accept", "2", "--node", "1", "--account", "dev:6")
	otherKey := filepath.Join(tmp, "other.key")
	mustJSON(t, ctx, nil, "data", "keygen", "--out", otherKey, "--kem", "x25519", "--passphrase-file", pass, "--kdf-memory-kib", "64", "--kdf-time", "1")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantMsg  string
	}{
		{"budget spent", create, 1, "output bytes listing 1 allows"},
		{"too few nodes", []string{"job", "create", "--listings", "1", "--module", module, "--nodes", "1,2", "--reward", "0.001eth", "--key-file", keyFile, "--account", "dev:3"}, 1, "needs at least 3 nodes"},
		{"not allow-listed", []string{"job", "create", "--listings", "1", "--algorithm", "0x" + strings.Repeat("ab", 32), "--nodes", "1,2,3", "--reward", "0.001eth", "--key-file", keyFile, "--max-output", "10", "--account", "dev:3"}, 1, "allow-listed"},
		{"no reward", []string{"job", "create", "--listings", "1", "--module", module, "--nodes", "1,2,3", "--key-file", keyFile, "--account", "dev:3"}, 2, "--reward is required"},
		{"bad node id", []string{"job", "create", "--listings", "1", "--module", module, "--nodes", "x", "--reward", "1eth", "--key-file", keyFile, "--account", "dev:3"}, 2, "node ids are whole numbers"},
		{"not the owner", []string{"job", "policy", "set", "1", "--price", "1eth", "--account", "dev:3"}, 1, "NotListingOwner"},
		{"unknown job", []string{"job", "status", "9"}, 1, "job 9 does not exist"},
		{"wrong key", []string{"job", "result", "1", "--key-file", otherKey, "--passphrase-file", pass, "--store", storeDir}, 1, "not the key job 1 was created with"},
		{"empty store", []string{"job", "result", "1", "--key-file", keyFile, "--passphrase-file", pass, "--store", filepath.Join(tmp, "empty")}, 1, "no agreeing node's result"},
		{"not expired", []string{"job", "expire", "2", "--account", "dev:3"}, 1, "has not reached its deadline"},
		{"accept without node", []string{"job", "accept", "2", "--account", "dev:6"}, 2, "--node is required"},
		{"accept twice", []string{"job", "accept", "2", "--node", "1", "--account", "dev:6"}, 1, "AlreadyAccepted"},
		{"accept another's node", []string{"job", "accept", "2", "--node", "2", "--account", "dev:6"}, 1, "NotNodeOperator"},
		{"bad measurement", []string{"job", "node", "register", "--signer", keys[0].addr.Hex(), "--measurement", "0x12", "--account", "dev:6"}, 1, "32 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := run(tt.args...)
			if code != tt.wantCode || !strings.Contains(errs, tt.wantMsg) {
				t.Fatalf("exit %d, want %d; stderr %q does not say %q (stdout %q)", code, tt.wantCode, errs, tt.wantMsg, out)
			}
			if strings.Contains(errs, "buyer pass") {
				t.Errorf("the passphrase leaked: %q", errs)
			}
		})
	}
	must(nil, "job", "review", "1", "--seller-rating", "5", "--node-rating", "4", "--account", "dev:3")
	if _, errs, code := run("job", "review", "1", "--seller-rating", "5", "--node-rating", "4", "--account", "dev:3"); code != 1 || !strings.Contains(errs, "JobAlreadyReviewed") {
		t.Fatalf("second review: exit %d, stderr %q", code, errs)
	}
	if _, errs, code := run("job", "review", "2", "--seller-rating", "9", "--node-rating", "4", "--account", "dev:3"); code != 1 || !strings.Contains(errs, "ratings run from 1 to 5") {
		t.Fatalf("bad rating: exit %d, stderr %q", code, errs)
	}
	var nd market.ComputeNode
	must(&nd, "job", "node", "show", "2")
	if nd.Operator != crypto.PubkeyToAddress(devnode.DevKey(7).PublicKey) || nd.Signer != keys[1].addr {
		t.Fatalf("node show = %+v", nd)
	}
	var w txResult
	must(&w, "job", "withdraw", "--account", "dev:2")
	if _, errs, code := run("job", "withdraw", "--account", "dev:2"); code != 1 || !strings.Contains(errs, "owes this account nothing") {
		t.Fatalf("second withdraw: exit %d, stderr %q", code, errs)
	}
}

// envelopeSigner is a compute node's enclave signing key in the tests.
type envelopeSigner struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newEnvelopeSigner(t *testing.T, i int) *envelopeSigner {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("job test enclave " + strconv.Itoa(i))))
	if err != nil {
		t.Fatal(err)
	}
	return &envelopeSigner{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
}
