package chain

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
)

func TestRevertDecoding(t *testing.T) {
	tc, c := startChain(t, 1)
	acct := tc.accts[0]
	p, addr := deployProbe(t, c, acct)
	// Register all of Probe's errors but Mystery, to see an unknown one.
	known := p.abi
	known.Errors = map[string]abi.Error{}
	for name, e := range p.abi.Errors {
		if name != "Mystery" {
			known.Errors[name] = e
		}
	}
	c.RegisterErrors(&known)

	tests := []struct {
		name      string
		data      []byte
		wantName  string
		wantSig   string
		wantInMsg string
	}{
		{"require", p.pack(t, "requireZero", big.NewInt(5)), "Error", `Error("x must be zero")`, "the contract refused: x must be zero"},
		{"panic division", p.pack(t, "divide", big.NewInt(1), big.NewInt(0)), "Panic", "Panic(0x12)", "division or modulo by zero (panic code 0x12)"},
		{"panic assert", p.pack(t, "assertFalse"), "Panic", "Panic(0x1)", "assertion failed (panic code 0x1)"},
		{"custom one arg", p.pack(t, "notPaid", big.NewInt(3)), "TradeNotPaid", "TradeNotPaid(tradeId=3)", "the contract refused: TradeNotPaid(tradeId=3)"},
		{"custom two args", p.pack(t, "notOwner"), "NotOwner",
			`NotOwner(caller=` + acct.Address.Hex() + `, why="only the owner may do this")`, "NotOwner(caller=" + acct.Address.Hex()},
		{"bare revert", p.pack(t, "bare"), "", "revert()", "refused without giving a reason"},
		{"unregistered custom", p.pack(t, "mystery"), "", "unknown(0x", "unknown error 0x"},
	}
	for _, tt := range tests {
		check := func(t *testing.T, err error, wantTx common.Hash) {
			t.Helper()
			var re *RevertError
			if !errors.As(err, &re) {
				t.Fatalf("got %v (%T), want a *RevertError", err, err)
			}
			if got := datatrade.ErrorCode(err); got != datatrade.ECONFLICT {
				t.Errorf("code: got %q, want %q", got, datatrade.ECONFLICT)
			}
			if re.Name != tt.wantName {
				t.Errorf("name: got %q, want %q", re.Name, tt.wantName)
			}
			if !strings.HasPrefix(re.Signature(), tt.wantSig) {
				t.Errorf("signature: got %q, want prefix %q", re.Signature(), tt.wantSig)
			}
			msg := datatrade.ErrorMessage(err)
			if !strings.Contains(msg, tt.wantInMsg) {
				t.Errorf("message: got %q, want it to contain %q", msg, tt.wantInMsg)
			}
			if re.TxHash != wantTx {
				t.Errorf("tx hash: got %s, want %s", re.TxHash.Hex(), wantTx.Hex())
			}
			if wantTx != (common.Hash{}) && !strings.Contains(msg, wantTx.Hex()) {
				t.Errorf("message %q does not name the transaction", msg)
			}
		}
		t.Run(tt.name+"/before sending", func(t *testing.T) {
			_, err := c.Transact(testCtx(t, 10*time.Second), acct, &addr, tt.data, nil)
			check(t, err, common.Hash{})
		})
		t.Run(tt.name+"/mined", func(t *testing.T) {
			ctx := testCtx(t, 10*time.Second)
			// A fixed gas limit skips estimation, so the node mines the
			// failing call and the reason comes from replaying it.
			tx, err := c.TransactRequest(ctx, acct, TxRequest{To: &addr, Data: tt.data, Gas: 200_000})
			if err != nil {
				t.Fatal(err)
			}
			rcpt, err := c.Wait(ctx, tx)
			if rcpt == nil || rcpt.Status != types.ReceiptStatusFailed {
				t.Fatalf("got receipt %v, want a failed receipt with the error", rcpt)
			}
			check(t, err, tx.Hash())
		})
		t.Run(tt.name+"/call", func(t *testing.T) {
			_, err := c.Call(testCtx(t, 10*time.Second), acct.Address, addr, tt.data)
			check(t, err, common.Hash{})
		})
	}
}

// TestRevertDependsOnSameBlock has a transaction pass estimation and fail
// when mined because an earlier one in the same block changed the state.
func TestRevertDependsOnSameBlock(t *testing.T) {
	tc, c := startChain(t, 1)
	p, addr := deployProbe(t, c, tc.accts[0])
	ctx := testCtx(t, 10*time.Second)
	// Send both without the notifying wrapper, so they land in one block.
	manual := NewClient(tc.sim.Client(), WithPollInterval(5*time.Millisecond))
	data := p.pack(t, "onlyIfUnset", big.NewInt(9))
	first, err := manual.Transact(ctx, tc.accts[0], &addr, data, nil)
	if err != nil {
		t.Fatal(err)
	}
	second, err := manual.Transact(ctx, tc.accts[0], &addr, data, nil)
	if err != nil {
		t.Fatalf("second transaction refused before sending: %v", err)
	}
	tc.sim.Commit()
	if _, err := manual.Wait(ctx, first); err != nil {
		t.Fatalf("first: %v", err)
	}
	_, err = manual.Wait(ctx, second)
	var re *RevertError
	if !errors.As(err, &re) || re.Reason != "already set" {
		t.Fatalf("second: got %v, want the revert reason %q", err, "already set")
	}
}

func TestOutOfGas(t *testing.T) {
	tc, c := startChain(t, 1)
	p, addr := deployProbe(t, c, tc.accts[0])
	ctx := testCtx(t, 10*time.Second)
	tx, err := c.TransactRequest(ctx, tc.accts[0], TxRequest{To: &addr, Data: p.pack(t, "store", big.NewInt(1), big.NewInt(1)), Gas: 30_000})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Wait(ctx, tx)
	if got := datatrade.ErrorCode(err); got != datatrade.ECONFLICT {
		t.Fatalf("code: got %q, want %q (err %v)", got, datatrade.ECONFLICT, err)
	}
	if msg := datatrade.ErrorMessage(err); !strings.Contains(msg, "ran out of gas (limit 30000)") {
		t.Fatalf("message: got %q, want it to say it ran out of gas", msg)
	}
}

func TestDecodeRevertMalformed(t *testing.T) {
	c := NewClient(nil)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "revert()"},
		{"short", []byte{0x08, 0xc3}, "unknown(0x08c3)"},
		{"Error selector without body", selectorError[:], "unknown(0x08c379a0)"},
		{"Panic with short code", append(selectorPanic[:], 1, 2), "unknown(0x4e487b71)"},
		{"Panic unknown code", append(selectorPanic[:], common.LeftPadBytes([]byte{0x99}, 32)...), "Panic(0x99)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := c.DecodeRevert(tt.data)
			if got := e.Signature(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if datatrade.ErrorCode(e) != datatrade.ECONFLICT {
				t.Errorf("code: got %q, want %q", datatrade.ErrorCode(e), datatrade.ECONFLICT)
			}
		})
	}
}

func FuzzDecodeRevert(f *testing.F) {
	p := loadProbe(f)
	c := NewClient(nil)
	c.RegisterErrors(&p.abi)
	f.Add([]byte{})
	f.Add(append(selectorPanic[:], make([]byte, 32)...))
	f.Add(append(selectorError[:], common.LeftPadBytes([]byte{0x20}, 32)...))
	for _, e := range p.abi.Errors {
		f.Add(append(e.ID[:4:4], make([]byte, 64)...))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e := c.DecodeRevert(data)
		if e.safe == nil || e.safe.Code != datatrade.ECONFLICT {
			t.Fatalf("decoded error without an ECONFLICT code")
		}
		_ = e.Signature()
		for _, r := range e.safe.Message {
			if r < 0x20 {
				t.Fatalf("message has control character %q", r)
			}
		}
	})
}
