package devnode

import (
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
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

// transfer signs and sends value wei from key to `to` with the given nonce.
func transfer(ctx context.Context, tb testing.TB, c *ethclient.Client, chainID *big.Int, key *ecdsa.PrivateKey, nonce uint64, to common.Address, value int64) *types.Transaction {
	tb.Helper()
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID:   chainID,
		Nonce:     nonce,
		GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(100 * params.GWei),
		Gas:       params.TxGas,
		To:        &to,
		Value:     big.NewInt(value),
	})
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
