package exchange

import (
	"bytes"
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
)

// TestSampleOfTradeRestoredAsCommitted: a trade committed before a restart
// comes back committed but without its verified plaintext (not sealed), so
// the enclave has nothing to cut the sample from. Sample must refuse it
// with ECONFLICT, never dereference the missing tree, while the steps that
// need no plaintext (SignDelivery for the committed CID) still work.
func TestSampleOfTradeRestoredAsCommitted(t *testing.T) {
	ctx := context.Background()
	fx := newFixture(t)
	fx.open(t)
	if err := fx.handOver(t, fx.secrets, fx.seller); err != nil {
		t.Fatal(err)
	}
	if fault, err := fx.p.CheckData(ctx, testTrade, bytes.NewReader(fx.sealed), int64(len(fx.sealed))); err != nil || fault != nil {
		t.Fatalf("CheckData = %v, %v", fault, err)
	}
	seed := &types.Log{Address: fx.cfg.Market, Topics: []common.Hash{topicSampleFixed, word(3)}, Data: common.HexToHash("0x5eed").Bytes()}
	if err := fx.p.FixSample(testTrade, fx.chain.add("seed", seed)); err != nil {
		t.Fatalf("FixSample: %v", err)
	}
	if _, err := fx.p.Sample(testTrade); err != nil {
		t.Fatalf("Sample before the commit: %v", err)
	}
	paid := fx.chain.add("paid", &types.Log{Address: fx.cfg.Escrow, Topics: []common.Hash{topicTradePaid, word(testTrade)}, Data: common.BigToHash(fx.price).Bytes()})
	ct, err := fx.p.Commit(ctx, testTrade, paid)
	if err != nil {
		t.Fatalf("Commit: %v", err)
	}
	if _, err := fx.p.Sample(testTrade); err != nil {
		t.Errorf("Sample of a committed trade whose data is held: %v, want the sample", err)
	}
	sealed, err := fx.p.SealState()
	if err != nil {
		t.Fatal(err)
	}

	restored, err := New(Options{Factotum: fx.f, Chain: fx.chain, Exchange: testExchange, Rand: fx.p.rand, Now: fx.p.now, ChunkSize: 512})
	if err != nil {
		t.Fatal(err)
	}
	if err := restored.RestoreState(sealed); err != nil {
		t.Fatalf("RestoreState: %v", err)
	}
	for _, tc := range []struct {
		name string
		call func() error
		want string
	}{
		{"Sample", func() error { _, err := restored.Sample(testTrade); return err }, datatrade.ECONFLICT},
		{"Prepare", func() error { _, _, err := restored.Prepare(ctx, testTrade); return err }, datatrade.ECONFLICT},
		{"Commit retried", func() error { _, err := restored.Commit(ctx, testTrade, paid); return err }, datatrade.ECONFLICT},
		{"SignDelivery of the committed CID", func() error { _, err := restored.SignDelivery(testTrade, cidOf(t, ct)); return err }, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("%s panicked: %v", tc.name, r)
					}
				}()
				err = tc.call()
			}()
			if got := code(err); got != tc.want {
				t.Errorf("%s after the restore: %v (code %q), want code %q", tc.name, err, got, tc.want)
			}
		})
	}
}
