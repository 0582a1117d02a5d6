package devnode

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain/devnode/authsig/authrpc"
)

// testLogger logs warnings and errors of the node under test.
func testLogger(tb testing.TB) *slog.Logger {
	tb.Helper()
	level := slog.LevelWarn
	if os.Getenv("DEVNODE_TEST_VERBOSE") != "" {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
}

// startNode starts a node on dir with free ports and closes it at the end
// of the test.
func startNode(tb testing.TB, dir string, mod func(*Config)) *Node {
	tb.Helper()
	cfg := Config{DataDir: dir, DevAccounts: 4, Logger: testLogger(tb)}
	if mod != nil {
		mod(&cfg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	n, err := Start(ctx, cfg)
	if err != nil {
		tb.Fatalf("Start: %v", err)
	}
	tb.Cleanup(func() {
		if err := n.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return n
}

func testCtx(tb testing.TB) context.Context {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	tb.Cleanup(cancel)
	return ctx
}

// signTx signs a dynamic-fee transaction (1 gwei tip, 100 gwei cap); a nil
// to creates a contract from data.
func signTx(key *ecdsa.PrivateKey, chainID *big.Int, nonce uint64, to *common.Address, gas uint64, value int64, data []byte) *types.Transaction {
	return types.MustSignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID:   chainID,
		Nonce:     nonce,
		GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(100 * params.GWei),
		Gas:       gas,
		To:        to,
		Value:     big.NewInt(value),
		Data:      data,
	})
}

// transfer signs and sends value wei from key to `to` with the given nonce.
func transfer(ctx context.Context, tb testing.TB, c *ethclient.Client, chainID *big.Int, key *ecdsa.PrivateKey, nonce uint64, to common.Address, value int64) *types.Transaction {
	tb.Helper()
	tx := signTx(key, chainID, nonce, &to, params.TxGas, value, nil)
	if err := c.SendTransaction(ctx, tx); err != nil {
		tb.Fatalf("send transfer nonce %d: %v", nonce, err)
	}
	return tx
}

// waitReceipt polls for tx's receipt.
func waitReceipt(ctx context.Context, tb testing.TB, c *ethclient.Client, hash common.Hash) *types.Receipt {
	tb.Helper()
	for {
		r, err := c.TransactionReceipt(ctx, hash)
		if err == nil {
			return r
		}
		select {
		case <-ctx.Done():
			tb.Fatalf("no receipt for %s: %v", hash, err)
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func TestStartServesRPC(t *testing.T) {
	n := startNode(t, t.TempDir(), nil)
	ctx := testCtx(t)
	dev := n.DevAddresses()
	if len(dev) != 4 {
		t.Fatalf("got %d dev accounts, want 4", len(dev))
	}
	for _, tc := range []struct{ name, url string }{
		{"http", n.HTTPURL()},
		{"ws", n.WSURL()},
		{"inproc", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := n.Client()
			if tc.url != "" {
				var err error
				if c, err = ethclient.DialContext(ctx, tc.url); err != nil {
					t.Fatalf("dial %s: %v", tc.url, err)
				}
				defer c.Close()
			}
			id, err := c.ChainID(ctx)
			if err != nil {
				t.Fatalf("eth_chainId: %v", err)
			}
			if id.Uint64() != DefaultChainID {
				t.Errorf("chain id: got %d, want %d", id, DefaultChainID)
			}
			bal, err := c.BalanceAt(ctx, dev[3], nil)
			if err != nil {
				t.Fatalf("eth_getBalance: %v", err)
			}
			if bal.Cmp(DevBalance()) != 0 {
				t.Errorf("balance of dev account 3: got %s, want %s", bal, DevBalance())
			}
		})
	}
	if got := n.Fork(); got != Fork {
		t.Errorf("Fork: got %q, want %q", got, Fork)
	}
	if got, want := n.AuthorityAddress(), crypto.PubkeyToAddress(DevAuthorityKey().PublicKey); got != want {
		t.Errorf("authority: got %s, want the dev authority %s", got, want)
	}
	var fork string
	if err := n.RPC().CallContext(ctx, &fork, "datatrade_fork"); err != nil || fork != Fork {
		t.Errorf("datatrade_fork: got %q, %v; want %q", fork, err, Fork)
	}
}

func TestInstantMining(t *testing.T) {
	n := startNode(t, t.TempDir(), nil)
	ctx := testCtx(t)
	c := n.Client()
	keys := n.DevKeys()
	to := common.Address{0xaa}
	var last *types.Transaction
	for i := range 20 {
		last = transfer(ctx, t, c, n.ChainID(), keys[0], uint64(i), to, 1)
	}
	r := waitReceipt(ctx, t, c, last.Hash())
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("receipt status %d", r.Status)
	}
	bal, err := c.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Int64() != 20 {
		t.Errorf("recipient balance: got %s, want 20", bal)
	}
}

func TestPeriodMining(t *testing.T) {
	n := startNode(t, t.TempDir(), func(c *Config) { c.Period = time.Second })
	ctx := testCtx(t)
	for {
		if n.Head().Number.Uint64() >= 2 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("head still %d after the deadline; want empty blocks every second", n.Head().Number)
		case <-time.After(50 * time.Millisecond):
		}
	}
	if got := n.Head().GasUsed; got != 0 {
		t.Errorf("gas used in an empty period block: got %d, want 0", got)
	}
}

func TestConfigValidation(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		cfg  Config
		code string
	}{
		{"negative period", Config{DataDir: dir, Period: -time.Second}, datatrade.EINVALID},
		{"port out of range", Config{DataDir: dir, HTTPPort: 70000}, datatrade.EINVALID},
		{"negative ws port", Config{DataDir: dir, WSPort: -1}, datatrade.EINVALID},
		{"same ports", Config{DataDir: dir, HTTPPort: 9999, WSPort: 9999}, datatrade.EINVALID},
		{"gas limit too small", Config{DataDir: dir, GasLimit: 4999}, datatrade.EINVALID},
		{"too many dev accounts", Config{DataDir: dir, DevAccounts: maxDevAccounts + 1}, datatrade.EINVALID},
		{"negative dev accounts", Config{DataDir: dir, DevAccounts: -1}, datatrade.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, err := Start(testCtx(t), tc.cfg)
			if err == nil {
				n.Close()
				t.Fatalf("Start succeeded, want a %s error", tc.code)
			}
			if got := datatrade.ErrorCode(err); got != tc.code {
				t.Errorf("error code: got %q (%v), want %q", got, err, tc.code)
			}
		})
	}
}

func TestDataDirInUse(t *testing.T) {
	dir := t.TempDir()
	startNode(t, dir, nil)
	n, err := Start(testCtx(t), Config{DataDir: dir})
	if err == nil {
		n.Close()
		t.Fatal("second node on the same data dir started, want ECONFLICT")
	}
	if got := datatrade.ErrorCode(err); got != datatrade.ECONFLICT {
		t.Errorf("error code: got %q (%v), want %q", got, err, datatrade.ECONFLICT)
	}
}

func TestDevKeysDeterministic(t *testing.T) {
	a, b := DevKeys(3), DevKeys(3)
	seen := map[common.Address]bool{}
	for i := range a {
		if !a[i].Equal(b[i]) {
			t.Errorf("dev key %d differs between calls", i)
		}
		addr := crypto.PubkeyToAddress(a[i].PublicKey)
		if seen[addr] {
			t.Errorf("dev key %d repeats address %s", i, addr)
		}
		seen[addr] = true
	}
	if addr := crypto.PubkeyToAddress(DevAuthorityKey().PublicKey); seen[addr] {
		t.Errorf("the dev authority %s is also a dev account", addr)
	}
}

// counterInit deploys a contract whose constructor stores 42 in slot 0 and
// whose runtime, on any call, increments slot 0 and returns it.
const (
	counterInit    = "602a60005560128060106000396000f3" + counterRuntime
	counterRuntime = "600054600101806000556000526020" + "6000f3"
)

// deployCounter deploys the counter from key and returns its address.
func deployCounter(ctx context.Context, tb testing.TB, c *ethclient.Client, chainID *big.Int, key *ecdsa.PrivateKey, nonce uint64) common.Address {
	tb.Helper()
	tx := signTx(key, chainID, nonce, nil, 200_000, 0, common.FromHex(counterInit))
	if err := c.SendTransaction(ctx, tx); err != nil {
		tb.Fatalf("deploy: %v", err)
	}
	r := waitReceipt(ctx, tb, c, tx.Hash())
	if r.Status != types.ReceiptStatusSuccessful {
		tb.Fatalf("deploy failed: status %d", r.Status)
	}
	return r.ContractAddress
}

// callCounter signs a call to the counter at to.
func callCounter(key *ecdsa.PrivateKey, chainID *big.Int, nonce uint64, to common.Address) *types.Transaction {
	return signTx(key, chainID, nonce, &to, 100_000, 0, nil)
}

func TestRestartKeepsState(t *testing.T) {
	dir := t.TempDir()
	ctx := testCtx(t)
	n := startNode(t, dir, nil)
	c := n.Client()
	keys := n.DevKeys()
	counter := deployCounter(ctx, t, c, n.ChainID(), keys[1], 0)
	tx := callCounter(keys[1], n.ChainID(), 1, counter)
	if err := c.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	waitReceipt(ctx, t, c, tx.Hash())
	last := transfer(ctx, t, c, n.ChainID(), keys[0], 0, common.Address{0xbb}, 12345)
	waitReceipt(ctx, t, c, last.Hash())

	head := n.Head()
	type account struct {
		balance *big.Int
		nonce   uint64
	}
	watch := []common.Address{n.DevAddresses()[0], n.DevAddresses()[1], {0xbb}}
	before := map[common.Address]account{}
	for _, a := range watch {
		b, _ := c.BalanceAt(ctx, a, nil)
		nonce, _ := c.NonceAt(ctx, a, nil)
		before[a] = account{b, nonce}
	}
	genesisSig, err := n.HeaderSignature(0)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}

	// Restart with different parameters: the recorded ones win.
	n2 := startNode(t, dir, func(c *Config) { c.DevAccounts = 7; c.ChainID = 99 })
	c2 := n2.Client()
	if got := n2.Head(); got.Hash() != head.Hash() {
		t.Fatalf("head after restart: got %d %s, want %d %s", got.Number, got.Hash(), head.Number, head.Hash())
	}
	if got := n2.ChainID().Uint64(); got != DefaultChainID {
		t.Errorf("chain id after restart: got %d, want the recorded %d", got, DefaultChainID)
	}
	if got := len(n2.DevKeys()); got != 4 {
		t.Errorf("dev accounts after restart: got %d, want the recorded 4", got)
	}
	for _, a := range watch {
		b, err := c2.BalanceAt(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		nonce, _ := c2.NonceAt(ctx, a, nil)
		if b.Cmp(before[a].balance) != 0 || nonce != before[a].nonce {
			t.Errorf("account %s after restart: got balance %s nonce %d, want %s %d", a, b, nonce, before[a].balance, before[a].nonce)
		}
	}
	code, err := c2.CodeAt(ctx, counter, nil)
	if err != nil || common.Bytes2Hex(code) != counterRuntime {
		t.Errorf("counter code after restart: got %x, %v; want %s", code, err, counterRuntime)
	}
	slot, err := c2.StorageAt(ctx, counter, common.Hash{}, nil)
	if err != nil || new(big.Int).SetBytes(slot).Int64() != 43 {
		t.Errorf("counter slot 0 after restart: got %x, %v; want 43", slot, err)
	}
	if got := n2.signer.made.Load(); got != 0 {
		t.Errorf("signatures made after a clean restart: got %d, want 0 (all stored)", got)
	}
	sig, err := n2.HeaderSignature(0)
	if err != nil || !bytes.Equal(sig.Signature, genesisSig.Signature) {
		t.Errorf("genesis signature after restart: got %x, %v; want %x", sig.Signature, err, genesisSig.Signature)
	}
	// The chain goes on.
	tx2 := transfer(ctx, t, c2, n2.ChainID(), keys[0], before[watch[0]].nonce, common.Address{0xbb}, 1)
	if r := waitReceipt(ctx, t, c2, tx2.Hash()); r.BlockNumber.Uint64() != head.Number.Uint64()+1 {
		t.Errorf("first block after restart: got %d, want %d", r.BlockNumber, head.Number.Uint64()+1)
	}
}

func TestAuthorityKey(t *testing.T) {
	dir := t.TempDir()
	k1, _ := crypto.GenerateKey()
	k2, _ := crypto.GenerateKey()
	a1 := crypto.PubkeyToAddress(k1.PublicKey)

	n := startNode(t, dir, func(c *Config) { c.AuthorityKey = k1 })
	if got := n.AuthorityAddress(); got != a1 {
		t.Fatalf("authority: got %s, want the configured %s", got, a1)
	}
	n.Close()
	fi, err := os.Stat(filepath.Join(dir, authorityKeyFile))
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Errorf("authority key file mode: got %o, want 600", perm)
	}

	n = startNode(t, dir, nil)
	if got := n.AuthorityAddress(); got != a1 {
		t.Errorf("authority after restart without a key: got %s, want the stored %s", got, a1)
	}
	n.Close()

	n, err = Start(testCtx(t), Config{DataDir: dir, AuthorityKey: k2, Logger: testLogger(t)})
	if err == nil {
		n.Close()
		t.Fatal("restart with another authority key succeeded, want ECONFLICT")
	}
	if got := datatrade.ErrorCode(err); got != datatrade.ECONFLICT {
		t.Errorf("error code: got %q (%v), want %q", got, err, datatrade.ECONFLICT)
	}
	if strings.Contains(err.Error(), fmt.Sprintf("%x", crypto.FromECDSA(k1))) || strings.Contains(err.Error(), fmt.Sprintf("%x", crypto.FromECDSA(k2))) {
		t.Error("the error message contains a private key")
	}
}

func TestHeaderSignatures(t *testing.T) {
	n := startNode(t, t.TempDir(), nil)
	ctx := testCtx(t)
	keys := n.DevKeys()
	// A few blocks: separate senders, each waiting for its receipt.
	for i := range 3 {
		tx := transfer(ctx, t, n.Client(), n.ChainID(), keys[i], 0, common.Address{0xcc}, 1)
		waitReceipt(ctx, t, n.Client(), tx.Hash())
	}
	rc, err := rpc.DialContext(ctx, n.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	c := ethclient.NewClient(rc)
	authority, err := authrpc.FetchAuthority(ctx, rc)
	if err != nil {
		t.Fatal(err)
	}
	if authority != n.AuthorityAddress() {
		t.Fatalf("datatrade_authority: got %s, want %s", authority, n.AuthorityAddress())
	}
	head, err := c.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if head < 3 {
		t.Fatalf("head %d, want at least 3 blocks", head)
	}
	for i := uint64(0); i <= head; i++ {
		h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(i))
		if err != nil {
			t.Fatal(err)
		}
		for _, ref := range []rpc.BlockNumberOrHash{
			rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(i)),
			rpc.BlockNumberOrHashWithHash(h.Hash(), true),
		} {
			hs, err := authrpc.Fetch(ctx, rc, ref)
			if err != nil {
				t.Fatalf("block %d (%s): %v", i, ref.String(), err)
			}
			if hs.Hash != h.Hash() || hs.ParentHash != h.ParentHash || uint64(hs.Number) != i {
				t.Errorf("block %d: got number %d hash %s parent %s, want %d %s %s", i, hs.Number, hs.Hash, hs.ParentHash, i, h.Hash(), h.ParentHash)
			}
			if err := hs.Verify(authority); err != nil {
				t.Errorf("block %d: signature does not verify: %v", i, err)
			}
			if err := VerifyHeaderSignature(h.Hash(), hs.Signature, common.Address{1}); err == nil {
				t.Errorf("block %d: signature verifies against another address", i)
			}
		}
	}
	latest, err := authrpc.Fetch(ctx, rc, rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber))
	if err != nil || uint64(latest.Number) != head {
		t.Errorf("latest: got %v, %v; want block %d", latest, err, head)
	}
	if _, err := authrpc.Fetch(ctx, rc, rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(head+100))); err == nil {
		t.Error("a block beyond the head has a signature")
	}
	if _, err := authrpc.Fetch(ctx, rc, rpc.BlockNumberOrHashWithHash(common.Hash{1}, false)); err == nil {
		t.Error("an unknown hash has a signature")
	}
}

func TestIncreaseTime(t *testing.T) {
	n := startNode(t, t.TempDir(), nil)
	ctx := testCtx(t)
	c := n.Client()
	before := n.Head()
	var res TimeResult
	if err := n.RPC().CallContext(ctx, &res, "datatrade_increaseTime", 3600); err != nil {
		t.Fatalf("datatrade_increaseTime: %v", err)
	}
	if uint64(res.Timestamp) != before.Time+3600 || uint64(res.Number) != before.Number.Uint64()+1 {
		t.Errorf("increaseTime result: got block %d time %d, want %d %d", res.Number, res.Timestamp, before.Number.Uint64()+1, before.Time+3600)
	}
	h, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if h.Hash() != res.Hash || h.Time != before.Time+3600 {
		t.Errorf("head after increaseTime: got %s time %d, want %s %d", h.Hash(), h.Time, res.Hash, before.Time+3600)
	}
	// Later blocks count from the new time.
	tx := transfer(ctx, t, c, n.ChainID(), n.DevKeys()[0], 0, common.Address{0xdd}, 1)
	r := waitReceipt(ctx, t, c, tx.Hash())
	hb, _ := c.HeaderByNumber(ctx, r.BlockNumber)
	if hb.Time <= before.Time+3600 {
		t.Errorf("block after increaseTime: time %d, want after %d", hb.Time, before.Time+3600)
	}
	for _, bad := range []any{0, -5, maxIncrease + 1, "soon"} {
		if err := n.RPC().CallContext(ctx, &res, "datatrade_increaseTime", bad); err == nil {
			t.Errorf("datatrade_increaseTime(%v) succeeded, want an error", bad)
		}
	}
	if _, err := n.IncreaseTime(ctx, 500*time.Millisecond); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Errorf("IncreaseTime(500ms): got %v, want EINVALID", err)
	}
}
