package chain

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
)

// dropping loses the first broadcast of chosen nonces without an error, as
// a node whose pool overflowed does.
type dropping struct {
	Backend
	mu      sync.Mutex
	drop    map[uint64]bool
	dropped []uint64
}

func (b *dropping) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	b.mu.Lock()
	if b.drop[tx.Nonce()] {
		delete(b.drop, tx.Nonce())
		b.dropped = append(b.dropped, tx.Nonce())
		b.mu.Unlock()
		return nil
	}
	b.mu.Unlock()
	return b.Backend.SendTransaction(ctx, tx)
}

func TestSendBatchResubmitsDropped(t *testing.T) {
	tests := []struct {
		name   string
		n      int
		window int
		drop   []uint64
	}{
		{"no loss", 30, 8, nil},
		{"two lost nonces", 40, 8, []uint64{3, 17}},
		{"lost at the window's edge", 20, 4, []uint64{0, 4, 19}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tc := newTestChain(t, 2)
			tc.autoCommit(t)
			b := &dropping{Backend: tc.backend, drop: map[uint64]bool{}}
			for _, n := range tt.drop {
				b.drop[n] = true
			}
			c := NewClient(b, WithPollInterval(5*time.Millisecond), WithResubmitAfter(100*time.Millisecond))
			ctx := testCtx(t, 30*time.Second)
			to := tc.accts[1].Address
			reqs := make([]TxRequest, tt.n)
			for i := range reqs {
				reqs[i] = TxRequest{To: &to, Value: big.NewInt(int64(i + 1)), Gas: 21000}
			}
			var (
				mu       sync.Mutex
				receipts = map[int]*types.Receipt{}
			)
			err := c.SendBatch(ctx, tc.accts[0], reqs, tt.window, func(i int, r *types.Receipt, err error) {
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					t.Errorf("request %d: %v", i, err)
					return
				}
				if _, dup := receipts[i]; dup {
					t.Errorf("request %d reported twice", i)
				}
				receipts[i] = r
			})
			if err != nil {
				t.Fatalf("SendBatch: %v", err)
			}
			if len(receipts) != tt.n {
				t.Fatalf("got %d receipts, want %d", len(receipts), tt.n)
			}
			if len(b.dropped) != len(tt.drop) {
				t.Fatalf("dropped %v, want %v dropped", b.dropped, tt.drop)
			}
			bal, err := c.Balance(ctx, to)
			if err != nil {
				t.Fatal(err)
			}
			// Every value arrived: 1000 ether + 1 + 2 + … + n wei.
			want := new(big.Int).Add(eth(1000), big.NewInt(int64(tt.n*(tt.n+1)/2)))
			if bal.Cmp(want) != 0 {
				t.Fatalf("receiver balance: got %s, want %s", bal, want)
			}
		})
	}
}

func TestPipelineWindow(t *testing.T) {
	tc, c := startChain(t, 2)
	ctx := testCtx(t, 30*time.Second)
	const window, n = 5, 40
	var (
		mu                          sync.Mutex
		outstanding, maxOutstanding int
		seqs                        []int
	)
	p := c.NewPipeline(tc.accts[0], window, func(r Result) {
		mu.Lock()
		defer mu.Unlock()
		outstanding--
		seqs = append(seqs, r.Seq)
		if r.Err != nil {
			t.Errorf("seq %d: %v", r.Seq, r.Err)
		}
		if r.Sent.Before(r.Submitted) || r.Done.Before(r.Sent) {
			t.Errorf("seq %d: times out of order: submitted %v sent %v done %v", r.Seq, r.Submitted, r.Sent, r.Done)
		}
	})
	to := tc.accts[1].Address
	for i := 0; i < n; i++ {
		mu.Lock()
		outstanding++
		mu.Unlock()
		if _, err := p.Submit(ctx, TxRequest{To: &to, Value: big.NewInt(1)}); err != nil {
			t.Fatal(err)
		}
		mu.Lock()
		maxOutstanding = max(maxOutstanding, outstanding)
		mu.Unlock()
	}
	if err := p.Wait(); err != nil {
		t.Fatal(err)
	}
	if maxOutstanding > window {
		t.Errorf("outstanding transactions: got up to %d, want at most %d", maxOutstanding, window)
	}
	if len(seqs) != n {
		t.Errorf("results: got %d, want %d", len(seqs), n)
	}
}

func TestSendBatchReportsRefusals(t *testing.T) {
	tc, c := startChain(t, 2)
	p, addr := deployProbe(t, c, tc.accts[0])
	c.RegisterErrors(&p.abi)
	ctx := testCtx(t, 30*time.Second)
	reqs := []TxRequest{
		{To: &addr, Data: p.pack(t, "store", big.NewInt(1), big.NewInt(1))},
		{To: &addr, Data: p.pack(t, "notPaid", big.NewInt(4))},
		{To: &addr, Data: p.pack(t, "store", big.NewInt(2), big.NewInt(2))},
	}
	got := map[int]string{}
	err := c.SendBatch(ctx, tc.accts[0], reqs, 2, func(i int, r *types.Receipt, err error) {
		got[i] = datatrade.ErrorCode(err)
	})
	want := map[int]string{0: "", 1: datatrade.ECONFLICT, 2: ""}
	for i, w := range want {
		if got[i] != w {
			t.Errorf("request %d: got code %q, want %q", i, got[i], w)
		}
	}
	if datatrade.ErrorCode(err) != datatrade.ECONFLICT {
		t.Errorf("SendBatch: got %v, want the refusal wrapped", err)
	}
	// The refused request did not use a nonce: the store calls got 0.. in order.
	n, _ := tc.sim.Client().NonceAt(ctx, tc.accts[0].Address, nil)
	if n != 3 { // deploy + two stores
		t.Errorf("account nonce: got %d, want 3", n)
	}
}

// BenchmarkPipeline measures confirmed transfers per second through a
// Pipeline on the simulated backend (one block per send signal).
func BenchmarkPipeline(b *testing.B) {
	tc := newTestChain(b, 2)
	tc.autoCommit(b)
	c := tc.client(WithFeeCache(time.Second))
	ctx := testCtx(b, 10*time.Minute)
	to := tc.accts[1].Address
	p := c.NewPipeline(tc.accts[0], DefaultWindow, nil)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := p.Submit(ctx, TxRequest{To: &to, Value: big.NewInt(1), Gas: 21000}); err != nil {
			b.Fatal(err)
		}
	}
	if err := p.Wait(); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tx/s")
}
