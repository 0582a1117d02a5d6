package devnode

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/datatrade/datatrade/chain/devnode/authsig/authrpc"
)

// childEnv names the environment variable that turns the test binary into a
// node process on the data dir it holds (see TestMain).
const childEnv = "DEVNODE_TEST_CHILD_DATADIR"

// childURLPrefix starts the line on which a child node reports its URL.
const childURLPrefix = "DEVNODE_HTTP "

func TestMain(m *testing.M) {
	if dir := os.Getenv(childEnv); dir != "" {
		os.Exit(runChild(dir))
	}
	os.Exit(m.Run())
}

// runChild runs a node on dir, prints its HTTP URL and serves until its
// standard input closes (the parent died or is done) or it is killed.
func runChild(dir string) int {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	n, err := Start(ctx, Config{DataDir: dir, DevAccounts: 4})
	cancel()
	if err != nil {
		fmt.Fprintln(os.Stderr, "child node:", err)
		return 1
	}
	fmt.Printf("%s%s\n", childURLPrefix, n.HTTPURL())
	io.Copy(io.Discard, os.Stdin)
	if err := n.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "child node close:", err)
		return 1
	}
	return 0
}

// child is a node running in a separate process.
type child struct {
	cmd   *exec.Cmd
	stdin io.Closer
	url   string
}

// startChild re-executes the test binary as a node on dir.
func startChild(tb testing.TB, dir string) *child {
	tb.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+dir)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		tb.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	c := &child{cmd: cmd, stdin: stdin}
	tb.Cleanup(func() { c.kill() })
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if u, ok := strings.CutPrefix(sc.Text(), childURLPrefix); ok {
				urls <- u
			}
		}
		close(urls)
	}()
	select {
	case u, ok := <-urls:
		if !ok {
			tb.Fatal("child node exited before reporting its URL")
		}
		c.url = u
	case <-time.After(time.Minute):
		tb.Fatal("child node did not report its URL within a minute")
	}
	return c
}

// kill sends SIGKILL and reaps the process; it is a no-op the second time.
func (c *child) kill() {
	if c.cmd.ProcessState != nil {
		return
	}
	c.cmd.Process.Kill()
	c.stdin.Close()
	c.cmd.Wait()
}

// accountState is what the test records of an account at a block.
type accountState struct {
	balance *big.Int
	nonce   uint64
}

func stateAt(ctx context.Context, tb testing.TB, c *ethclient.Client, addrs []common.Address, block *big.Int) map[common.Address]accountState {
	tb.Helper()
	out := map[common.Address]accountState{}
	for _, a := range addrs {
		b, err := c.BalanceAt(ctx, a, block)
		if err != nil {
			tb.Fatalf("balance of %s at %s: %v", a, block, err)
		}
		n, err := c.NonceAt(ctx, a, block)
		if err != nil {
			tb.Fatalf("nonce of %s at %s: %v", a, block, err)
		}
		out[a] = accountState{b, n}
	}
	return out
}

// TestKill9MidBurst runs the node in a child process, kills it with SIGKILL
// while several senders are streaming transactions into it, and checks that
// the restarted node holds every block, balance, nonce, contract and
// signature the test saw before the kill, and that sending resumes from the
// node's pending nonces.
func TestKill9MidBurst(t *testing.T) {
	dir := t.TempDir()
	ctx := testCtx(t)
	node := startChild(t, dir)
	c, err := ethclient.DialContext(ctx, node.url)
	if err != nil {
		t.Fatal(err)
	}
	chainID, err := c.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	keys := DevKeys(4)
	senders := addresses(keys)
	counter := deployCounter(ctx, t, c, chainID, keys[0], 0)
	recipients := []common.Address{{0xe1}, {0xe2}, {0xe3}, {0xe4}}

	// The burst: each sender streams transfers and counter calls with
	// consecutive nonces, as fast as the node takes them, until the node
	// dies or the test stops it.
	burstCtx, stopBurst := context.WithCancel(ctx)
	defer stopBurst()
	var (
		wg   sync.WaitGroup
		sent atomic.Int64
	)
	for i, key := range keys {
		wg.Add(1)
		go func(i int, key *ecdsa.PrivateKey) {
			defer wg.Done()
			nonce, err := c.PendingNonceAt(burstCtx, senders[i])
			if err != nil {
				return
			}
			for j := 0; burstCtx.Err() == nil; j++ {
				tx := callCounter(key, chainID, nonce, counter)
				if j%4 != 3 {
					to := recipients[j%len(recipients)]
					tx = signTx(key, chainID, nonce, &to, params.TxGas, int64(1000+j), nil)
				}
				if err := c.SendTransaction(burstCtx, tx); err != nil {
					return // the node was killed
				}
				sent.Add(1)
				nonce++
			}
		}(i, key)
	}

	// Wait until a good part of the burst is mined, then record what the
	// chain looks like at its head and kill the node at once.
	watch := append(append([]common.Address{}, senders...), recipients...)
	var mined uint64
	for {
		if err := ctx.Err(); err != nil {
			t.Fatalf("burst did not get mined: %v", err)
		}
		nonce, err := c.NonceAt(ctx, senders[1], nil)
		if err != nil {
			t.Fatal(err)
		}
		if mined = nonce; mined >= 300 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	seen, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	at := seen.Number
	before := stateAt(ctx, t, c, watch, at)
	slotBefore, err := c.StorageAt(ctx, counter, common.Hash{}, at)
	if err != nil {
		t.Fatal(err)
	}
	sentAtKill := sent.Load()
	node.kill()
	stopBurst()
	wg.Wait()
	c.Close()
	var minedAt uint64
	for _, a := range senders {
		minedAt += before[a].nonce
	}
	t.Logf("killed the node with %d burst transactions sent, %d of them mined by block %d", sentAtKill, minedAt-1, at)

	// Restart on the same data dir.
	node2 := startChild(t, dir)
	c2, err := ethclient.DialContext(ctx, node2.url)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	head, err := c2.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head.Number.Cmp(at) < 0 {
		t.Fatalf("head after restart is block %d, before the kill the test saw block %d", head.Number, at)
	}
	got, err := c2.HeaderByNumber(ctx, at)
	if err != nil {
		t.Fatal(err)
	}
	if got.Hash() != seen.Hash() {
		t.Fatalf("block %d after restart: got %s, want %s", at, got.Hash(), seen.Hash())
	}
	after := stateAt(ctx, t, c2, watch, at)
	for _, a := range watch {
		if after[a].balance.Cmp(before[a].balance) != 0 || after[a].nonce != before[a].nonce {
			t.Errorf("account %s at block %d: got balance %s nonce %d, want %s %d", a, at, after[a].balance, after[a].nonce, before[a].balance, before[a].nonce)
		}
	}
	slotAfter, err := c2.StorageAt(ctx, counter, common.Hash{}, at)
	if err != nil || !equalBytes(slotAfter, slotBefore) {
		t.Errorf("counter slot at block %d: got %x, %v; want %x", at, slotAfter, err, slotBefore)
	}
	if new(big.Int).SetBytes(slotBefore).Int64() <= 42 {
		t.Errorf("counter slot %x: want calls from the burst on top of 42", slotBefore)
	}
	code, err := c2.CodeAt(ctx, counter, nil)
	if err != nil || common.Bytes2Hex(code) != counterRuntime {
		t.Errorf("counter code after restart: got %x, %v; want %s", code, err, counterRuntime)
	}

	// Every block has its authority signature, also those made just before
	// the kill.
	rc, err := rpc.DialContext(ctx, node2.url)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	authority := crypto.PubkeyToAddress(DevAuthorityKey().PublicKey)
	for i := uint64(0); i <= head.Number.Uint64(); i++ {
		hs, err := authrpc.Fetch(ctx, rc, rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(i)))
		if err != nil {
			t.Fatalf("signature of block %d after restart: %v", i, err)
		}
		if err := hs.Verify(authority); err != nil {
			t.Fatalf("signature of block %d after restart: %v", i, err)
		}
	}

	// Nonces resynchronise: the pool died with the process, so the pending
	// nonce is the mined one, and sending resumes from it.
	var last []*types.Transaction
	for i, a := range senders {
		pending, err := c2.PendingNonceAt(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		mined, err := c2.NonceAt(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		if pending != mined || mined < before[a].nonce {
			t.Errorf("sender %s after restart: pending nonce %d, mined %d, seen before the kill %d; want pending == mined >= seen", a, pending, mined, before[a].nonce)
		}
		for k := range uint64(3) {
			last = append(last, transfer(ctx, t, c2, chainID, keys[i], pending+k, recipients[0], 1))
		}
	}
	for _, tx := range last {
		if r := waitReceipt(ctx, t, c2, tx.Hash()); r.Status != types.ReceiptStatusSuccessful {
			t.Errorf("transaction %s after restart failed", tx.Hash())
		}
	}
	if err := node2.stdin.Close(); err != nil {
		t.Fatal(err)
	}
	if err := node2.cmd.Wait(); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Errorf("restarted node did not shut down cleanly: %v", err)
		}
	}
}

func equalBytes(a, b []byte) bool { return string(a) == string(b) }
