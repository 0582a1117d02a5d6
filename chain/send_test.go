package chain

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
)

func TestSendConcurrentNonces(t *testing.T) {
	tc, c := startChain(t, 2)
	ctx := testCtx(t, 60*time.Second)
	from, to := tc.accts[0], tc.accts[1].Address

	const goroutines, perGoroutine = 8, 25
	var (
		mu     sync.Mutex
		nonces = map[uint64]common.Hash{}
		errs   []error
		wg     sync.WaitGroup
	)
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perGoroutine; i++ {
				tx, err := c.Transact(ctx, from, &to, nil, big.NewInt(int64(1+i)))
				if err == nil {
					var rcpt *types.Receipt
					rcpt, err = c.Wait(ctx, tx)
					if err == nil && rcpt.Status != types.ReceiptStatusSuccessful {
						err = errors.New("failed receipt")
					}
				}
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				} else {
					if prev, dup := nonces[tx.Nonce()]; dup {
						errs = append(errs, errors.New("nonce reused by "+prev.Hex()))
					}
					nonces[tx.Nonce()] = tx.Hash()
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(errs) > 0 {
		t.Fatalf("got %d errors, first: %v", len(errs), errs[0])
	}
	const want = goroutines * perGoroutine
	if len(nonces) != want {
		t.Fatalf("got %d distinct nonces, want %d", len(nonces), want)
	}
	for n := uint64(0); n < want; n++ {
		if _, ok := nonces[n]; !ok {
			t.Fatalf("nonce %d never used: nonces are not consecutive", n)
		}
	}
	onChain, err := tc.sim.Client().NonceAt(ctx, from.Address, nil)
	if err != nil {
		t.Fatal(err)
	}
	if onChain != want {
		t.Fatalf("got account nonce %d on chain, want %d", onChain, want)
	}
}

// sendRaw sends a transfer from key with the given nonce, bypassing the
// Client, as another program using the same account would.
func sendRaw(t *testing.T, tc *testChain, c *Client, key int, nonce uint64) *types.Transaction {
	t.Helper()
	ctx := testCtx(t, 10*time.Second)
	f, err := c.suggestFees(ctx, true)
	if err != nil {
		t.Fatal(err)
	}
	chainID, _ := c.ChainID(ctx)
	to := tc.accts[1].Address
	tx, err := types.SignNewTx(tc.keys[key], types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: f.tip, GasFeeCap: f.feeCap, Gas: 21000, To: &to, Value: big.NewInt(7),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := tc.sim.Client().SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	return tx
}

func TestNonceResync(t *testing.T) {
	tests := []struct {
		name string
		// external runs after the Client's first transaction (nonce 0).
		external func(t *testing.T, tc *testChain, c *Client)
		// fresh makes the second transaction come from a new Client, as
		// after a restart of the program.
		fresh       bool
		wantNonce   uint64
		wantResyncs int // at least; the node's pending nonce can lag and cost one more
	}{
		{
			name: "external tx mined",
			external: func(t *testing.T, tc *testChain, c *Client) {
				sendRaw(t, tc, c, 0, 1)
				tc.sim.Commit()
			},
			wantNonce: 2, wantResyncs: 1,
		},
		{
			name: "external tx pending",
			external: func(t *testing.T, tc *testChain, c *Client) {
				sendRaw(t, tc, c, 0, 1)
			},
			wantNonce: 2, wantResyncs: 1,
		},
		{
			name: "two external txs",
			external: func(t *testing.T, tc *testChain, c *Client) {
				sendRaw(t, tc, c, 0, 1)
				tc.sim.Commit()
				sendRaw(t, tc, c, 0, 2)
			},
			wantNonce: 3, wantResyncs: 1,
		},
		{
			name:     "restart",
			external: func(t *testing.T, tc *testChain, c *Client) {},
			fresh:    true,
			// The node's pending nonce may lag an instant behind its pool,
			// so the new Client may need a resync; either way it gets 1.
			wantNonce: 1, wantResyncs: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tc := newTestChain(t, 2)
			c := tc.client()
			ctx := testCtx(t, 20*time.Second)
			to := tc.accts[1].Address
			first, err := c.Transact(ctx, tc.accts[0], &to, nil, big.NewInt(1))
			if err != nil {
				t.Fatal(err)
			}
			if first.Nonce() != 0 {
				t.Fatalf("first nonce: got %d, want 0", first.Nonce())
			}
			tt.external(t, tc, c)
			sender := c
			if tt.fresh {
				sender = tc.client()
			}
			second, err := sender.Transact(ctx, tc.accts[0], &to, nil, big.NewInt(2))
			if err != nil {
				t.Fatalf("second transaction: %v", err)
			}
			if second.Nonce() != tt.wantNonce {
				t.Errorf("second nonce: got %d, want %d", second.Nonce(), tt.wantNonce)
			}
			st := sender.nonceState(tc.accts[0].Address)
			if st.resyncs < tt.wantResyncs {
				t.Errorf("resyncs: got %d, want at least %d", st.resyncs, tt.wantResyncs)
			}
			tc.sim.Commit()
			rcpt, err := sender.Wait(ctx, second)
			if err != nil {
				t.Fatalf("wait: %v", err)
			}
			if rcpt.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("status: got %d, want success", rcpt.Status)
			}
		})
	}
}

func TestDroppedTransactionResubmitted(t *testing.T) {
	tc := newTestChain(t, 2)
	c := tc.client()
	ctx := testCtx(t, 30*time.Second)
	to := tc.accts[1].Address

	lost, err := c.Transact(ctx, tc.accts[0], &to, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	tc.sim.Rollback() // the node forgets nonce 0 without telling anyone
	var later []*types.Transaction
	for i := 0; i < 3; i++ {
		tx, err := c.Transact(ctx, tc.accts[0], &to, nil, big.NewInt(2))
		if err != nil {
			t.Fatal(err)
		}
		later = append(later, tx)
	}
	if later[0].Nonce() != 1 {
		t.Fatalf("nonce after the lost one: got %d, want 1", later[0].Nonce())
	}
	tc.autoCommit(t)
	// Waiting for the last one alone must unstick the account: it sends the
	// lost nonce again.
	rcpt, err := c.Wait(ctx, later[2])
	if err != nil {
		t.Fatalf("wait for the last transaction: %v", err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("status: got %d, want success", rcpt.Status)
	}
	for _, tx := range append([]*types.Transaction{lost}, later...) {
		if _, err := c.Wait(ctx, tx); err != nil {
			t.Errorf("nonce %d: %v", tx.Nonce(), err)
		}
	}
	if n := c.nonceState(tc.accts[0].Address).rebroadcasted; n < 1 {
		t.Errorf("rebroadcasts: got %d, want at least 1", n)
	}
}

func TestWaitDeadline(t *testing.T) {
	tc := newTestChain(t, 2)
	c := tc.client()
	to := tc.accts[1].Address
	tx, err := c.Transact(testCtx(t, 10*time.Second), tc.accts[0], &to, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	// Nobody mines.
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Millisecond)
	defer cancel()
	rcpt, err := c.Wait(ctx, tx)
	if rcpt != nil {
		t.Fatalf("got a receipt without a block")
	}
	if got := datatrade.ErrorCode(err); got != datatrade.EEXPIRED {
		t.Fatalf("code: got %q, want %q (err %v)", got, datatrade.EEXPIRED, err)
	}
	if !strings.Contains(datatrade.ErrorMessage(err), tx.Hash().Hex()) {
		t.Errorf("message %q does not name the transaction %s", datatrade.ErrorMessage(err), tx.Hash().Hex())
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("errors.Is(err, context.DeadlineExceeded) = false")
	}
	// The transaction is still good: mined later, Wait finds it.
	tc.sim.Commit()
	if _, err := c.Wait(testCtx(t, 5*time.Second), tx); err != nil {
		t.Fatalf("wait after mining: %v", err)
	}
}

func TestWaitConfirmations(t *testing.T) {
	tc := newTestChain(t, 2)
	const confirmations = 3
	c := tc.client(WithConfirmations(confirmations))
	ctx := testCtx(t, 20*time.Second)
	to := tc.accts[1].Address
	tx, err := c.Transact(ctx, tc.accts[0], &to, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		rcpt *types.Receipt
		err  error
	}
	done := make(chan result, 1)
	go func() {
		r, err := c.Wait(ctx, tx)
		done <- result{r, err}
	}()
	tc.sim.Commit() // the transaction's block
	for i := 0; i < confirmations; i++ {
		select {
		case r := <-done:
			t.Fatalf("Wait returned after %d confirmations, want %d (err %v)", i, confirmations, r.err)
		case <-time.After(100 * time.Millisecond):
		}
		tc.sim.Commit()
	}
	r := <-done
	if r.err != nil {
		t.Fatal(r.err)
	}
	head, _ := tc.sim.Client().BlockNumber(ctx)
	if got := head - r.rcpt.BlockNumber.Uint64(); got < confirmations {
		t.Fatalf("confirmations at return: got %d, want %d", got, confirmations)
	}
}

func TestInsufficientFunds(t *testing.T) {
	tc, c := startChain(t, 2)
	ctx := testCtx(t, 20*time.Second)
	poorKey, _ := crypto.GenerateKey()
	poor := NewAccount(poorKey)
	// Give the poor account exactly 0.001 ether.
	if _, err := c.Transfer(ctx, tc.accts[0], poor.Address, big.NewInt(1e15)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		amount *big.Int
		want   []string
	}{
		{"value above balance", eth(1), []string{"1000000000000000 wei", poor.Address.Hex()}},
		{"value fits, gas does not", big.NewInt(1e15 - 1), []string{"has 1000000000000000 wei but needs", "gas 2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := c.Transfer(ctx, poor, tc.accts[1].Address, tt.amount)
			if got := datatrade.ErrorCode(err); got != datatrade.EFUNDS {
				t.Fatalf("code: got %q, want %q (err %v)", got, datatrade.EFUNDS, err)
			}
			msg := datatrade.ErrorMessage(err)
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("message %q lacks %q", msg, w)
				}
			}
			if strings.Contains(strings.ToLower(err.Error()), strings.ToLower(common.Bytes2Hex(crypto.FromECDSA(poorKey)))) {
				t.Errorf("error reveals the private key")
			}
		})
	}
	// The failed sends did not use nonces: the next transfer gets nonce 0.
	tx, err := c.Transact(ctx, poor, &tc.accts[1].Address, nil, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	if tx.Nonce() != 0 {
		t.Errorf("nonce after refused sends: got %d, want 0", tx.Nonce())
	}
}

func TestEstimate(t *testing.T) {
	tc := newTestChain(t, 2)
	tc.autoCommit(t)
	c := tc.client(WithGasMargin(50))
	ctx := testCtx(t, 20*time.Second)
	p, addr := deployProbe(t, c, tc.accts[0])
	est, err := c.Estimate(ctx, tc.accts[0].Address, &addr, p.pack(t, "store", big.NewInt(1), big.NewInt(2)), nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := tc.sim.Client().EstimateGas(ctx, callMsg(tc.accts[0].Address, &addr, p.pack(t, "store", big.NewInt(1), big.NewInt(2))))
	if err != nil {
		t.Fatal(err)
	}
	if want := raw + raw/2; est.Gas != want {
		t.Errorf("gas: got %d, want %d (estimate %d + 50%%)", est.Gas, want, raw)
	}
	head, _ := tc.sim.Client().HeaderByNumber(ctx, nil)
	wantCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), est.GasTipCap)
	if est.GasFeeCap.Cmp(wantCap) != 0 {
		t.Errorf("fee cap: got %s, want 2 × base fee %s + tip %s = %s", est.GasFeeCap, head.BaseFee, est.GasTipCap, wantCap)
	}
	if want := new(big.Int).Mul(new(big.Int).SetUint64(est.Gas), est.GasFeeCap); est.MaxFee.Cmp(want) != 0 {
		t.Errorf("max fee: got %s, want %s", est.MaxFee, want)
	}
	if est.Legacy {
		t.Errorf("legacy: got true on a chain with a base fee")
	}
}

// noBaseFee hides the base fee, as an old Ganache chain without London does.
type noBaseFee struct{ Backend }

func (b noBaseFee) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := b.Backend.HeaderByNumber(ctx, n)
	if err != nil {
		return nil, err
	}
	cp := types.CopyHeader(h)
	cp.BaseFee = nil
	return cp, nil
}

func TestLegacyFallback(t *testing.T) {
	tc := newTestChain(t, 2)
	tc.autoCommit(t)
	c := NewClient(noBaseFee{tc.backend}, WithPollInterval(5*time.Millisecond))
	ctx := testCtx(t, 20*time.Second)
	to := tc.accts[1].Address
	tx, err := c.Transact(ctx, tc.accts[0], &to, nil, big.NewInt(5))
	if err != nil {
		t.Fatal(err)
	}
	if tx.Type() != types.LegacyTxType {
		t.Fatalf("type: got %d, want legacy (%d)", tx.Type(), types.LegacyTxType)
	}
	rcpt, err := c.Wait(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("status: got %d, want success", rcpt.Status)
	}
	est, err := c.Estimate(ctx, tc.accts[0].Address, &to, nil, big.NewInt(5))
	if err != nil {
		t.Fatal(err)
	}
	if !est.Legacy || est.GasFeeCap.Cmp(tx.GasPrice()) != 0 && est.GasFeeCap.Sign() <= 0 {
		t.Errorf("estimate: got legacy=%v fee cap %s, want legacy with the gas price", est.Legacy, est.GasFeeCap)
	}
}
