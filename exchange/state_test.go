package exchange

import (
	"bytes"
	"context"
	"testing"

	"github.com/datatrade/datatrade"
)

func TestSealRestoreState(t *testing.T) {
	ctx := context.Background()
	fx := newFixture(t)
	fx.open(t)
	if err := fx.handOver(t, fx.secrets, fx.seller); err != nil {
		t.Fatal(err)
	}
	if _, err := fx.p.CheckData(ctx, testTrade, bytes.NewReader(fx.sealed), int64(len(fx.sealed))); err != nil {
		t.Fatal(err)
	}
	sealed, err := fx.p.SealState()
	if err != nil {
		t.Fatal(err)
	}
	fx.p.Forget(testTrade)
	if err := fx.p.RestoreState(sealed); err != nil {
		t.Fatalf("RestoreState: %v", err)
	}
	tr, err := fx.p.Trade(testTrade)
	if err != nil || tr.Seller != fx.openedTrade(t).Seller || tr.Price.Cmp(fx.price) != 0 {
		t.Fatalf("restored trade %+v, %v", tr, err)
	}
	// The plaintext was not sealed: Ready needs a new check.
	if _, err := fx.p.Ready(testTrade); code(err) != datatrade.ECONFLICT {
		t.Errorf("Ready after restore without a check: %v, want ECONFLICT", err)
	}
	if fault, err := fx.p.CheckData(ctx, testTrade, bytes.NewReader(fx.sealed), int64(len(fx.sealed))); err != nil || fault != nil {
		t.Fatalf("CheckData after restore = %v, %v", fault, err)
	}
	if _, err := fx.p.Ready(testTrade); err != nil {
		t.Errorf("Ready after the new check: %v", err)
	}

	tampered := bytes.Clone(sealed)
	tampered[len(tampered)-1] ^= 1
	if err := fx.p.RestoreState(tampered); code(err) != datatrade.EINTEGRITY {
		t.Errorf("tampered state: %v, want EINTEGRITY", err)
	}
	other, err := New(Options{Factotum: fx.f, Chain: fx.chain, Exchange: testExchange + 1, Rand: fx.p.rand})
	if err != nil {
		t.Fatal(err)
	}
	if err := other.RestoreState(sealed); code(err) != datatrade.EINTEGRITY {
		t.Errorf("state restored under another exchange id: %v, want EINTEGRITY", err)
	}
}

// openedTrade is the trade the fixture's TradeOpened event describes.
func (fx *fixture) openedTrade(t *testing.T) Trade {
	t.Helper()
	tr, err := decodeTradeOpened(fx.openedLog(t, fx.cfg.Escrow, testExchange), testTrade)
	if err != nil {
		t.Fatal(err)
	}
	return *tr
}

func FuzzDecodeState(f *testing.F) {
	f.Add([]byte(`{"version":1,"exchange":7,"trades":[{"trade":{"trade_id":1,"price":1,"fee_deposit":1},"state":0}]}`))
	f.Add([]byte(`{"version":1,"exchange":7,"trades":[{"trade":{"trade_id":1,"price":1,"fee_deposit":1},"state":4,"secrets":"AQ=="}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		trades, err := decodeState(b, 7)
		if err != nil {
			return
		}
		for id, tr := range trades {
			if tr.t.ID != id || tr.state == stateVerified || (tr.state == stateCommitted) != (len(tr.wrapped) > 0) {
				t.Errorf("decoded trade %d in an impossible state %v", id, tr.state)
			}
		}
	})
}
