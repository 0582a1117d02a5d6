package chain

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/datatrade/datatrade/internal/simtest"
)

var _ Backend = (simulated.Client)(nil)

// ether is 10^18 wei.
var ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

// testChain is a simulated EVM with funded accounts.
type testChain struct {
	sim     *simulated.Backend
	backend simtest.Notifying
	keys    []*ecdsa.PrivateKey
	accts   []*Account
}

// newTestChain starts a simulated backend with n accounts holding 1000 ether
// each, closed when the test ends.
func newTestChain(tb testing.TB, n int) *testChain {
	tb.Helper()
	tc := &testChain{}
	alloc := types.GenesisAlloc{}
	for i := 0; i < n; i++ {
		// Deterministic keys keep failures reproducible.
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'k', 'e', 'y'}))
		if err != nil {
			tb.Fatal(err)
		}
		tc.keys = append(tc.keys, key)
		tc.accts = append(tc.accts, NewAccount(key))
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: eth(1000)}
	}
	tc.sim = simulated.NewBackend(alloc)
	tc.backend = simtest.Notify(tc.sim.Client())
	tb.Cleanup(func() { _ = tc.sim.Close() })
	return tc
}

// client returns a Client on the simulated chain with test-friendly timings.
func (tc *testChain) client(opts ...Option) *Client {
	base := []Option{WithPollInterval(5 * time.Millisecond), WithResubmitAfter(100 * time.Millisecond)}
	return NewClient(tc.backend, append(base, opts...)...)
}

// startChain is newTestChain with autoCommit and a Client.
func startChain(t *testing.T, n int) (*testChain, *Client) {
	t.Helper()
	tc := newTestChain(t, n)
	tc.autoCommit(t)
	return tc, tc.client()
}

// autoCommit seals a block after every transaction sent through
// tc.backend, until the test ends.
func (tc *testChain) autoCommit(tb testing.TB) {
	tb.Helper()
	tc.backend.Commit(tb, tc.sim, nil)
}

// probe is the test contract of testdata/Probe.sol.
type probe struct {
	abi  abi.ABI
	code []byte
}

func loadProbe(tb testing.TB) *probe {
	tb.Helper()
	abiJSON, err := os.ReadFile("testdata/Probe.abi")
	if err != nil {
		tb.Fatal(err)
	}
	a, err := abi.JSON(strings.NewReader(string(abiJSON)))
	if err != nil {
		tb.Fatal(err)
	}
	bin, err := os.ReadFile("testdata/Probe.bin")
	if err != nil {
		tb.Fatal(err)
	}
	code, err := hex.DecodeString(strings.TrimSpace(string(bin)))
	if err != nil {
		tb.Fatal(err)
	}
	return &probe{abi: a, code: code}
}

func (p *probe) pack(tb testing.TB, method string, args ...any) []byte {
	tb.Helper()
	data, err := p.abi.Pack(method, args...)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// deployProbe deploys Probe from acct and returns its address. The chain
// must be committing blocks (autoCommit).
func deployProbe(tb testing.TB, c *Client, acct *Account) (*probe, common.Address) {
	tb.Helper()
	p := loadProbe(tb)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	rcpt, err := c.Send(ctx, acct, nil, p.code, nil)
	if err != nil {
		tb.Fatalf("deploy Probe: %v", err)
	}
	if rcpt.ContractAddress == (common.Address{}) {
		tb.Fatal("deploy Probe: no contract address")
	}
	return p, rcpt.ContractAddress
}

func testCtx(tb testing.TB, d time.Duration) context.Context {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	tb.Cleanup(cancel)
	return ctx
}

func callMsg(from common.Address, to *common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: to, Data: data}
}
