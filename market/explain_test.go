package market_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/market"
)

// TestRefusalsExplainedPerContract withdraws with nothing owed from each
// contract: the estimate and the send both come back with the code
// ECONFLICT, what the transaction was, the hint of that contract's own
// table (the Broker's NothingToWithdraw shares its name and selector with
// Escrow's, and its own words win) and the decoded refusal.
func TestRefusalsExplainedPerContract(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	au, err := e.m.Auctions()
	if err != nil {
		t.Fatal(err)
	}
	jobs, err := e.m.Jobs()
	if err != nil {
		t.Fatal(err)
	}
	b, err := e.m.Broker()
	if err != nil {
		t.Fatal(err)
	}
	type api interface {
		Estimate(ctx context.Context, from common.Address, tx market.Tx) (chain.Estimate, error)
		Send(ctx context.Context, from *chain.Account, tx market.Tx) (*types.Receipt, error)
	}
	for _, tc := range []struct {
		name    string
		api     api
		tx      market.Tx
		hint    string
		refusal string
	}{
		{"escrow", e.m, e.m.WithdrawTx(), "Escrow owes this account nothing", "NothingToWithdraw"},
		{"auction", au, au.WithdrawTx(), "the contract owes this account nothing", "NothingOwed"},
		{"jobs", jobs, jobs.WithdrawTx(), "the Jobs contract owes this account nothing", "NoCredit"},
		{"broker", b, b.WithdrawTx(), "the broker owes this account nothing", "NothingToWithdraw"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, estErr := tc.api.Estimate(ctx, e.other.Address, tc.tx)
			_, sendErr := tc.api.Send(ctx, e.other, tc.tx)
			for _, err := range []error{estErr, sendErr} {
				if code := datatrade.ErrorCode(err); code != datatrade.ECONFLICT {
					t.Fatalf("error %v: code %q, want %q", err, code, datatrade.ECONFLICT)
				}
				if msg := err.Error(); !strings.HasPrefix(msg, tc.tx.What+": ") || !strings.Contains(msg, tc.hint) {
					t.Errorf("error %q: want %q, then %q", msg, tc.tx.What+": ", tc.hint)
				}
				var rev *chain.RevertError
				if !errors.As(err, &rev) || rev.Name != tc.refusal {
					t.Errorf("error %v: decoded refusal %+v, want %s", err, rev, tc.refusal)
				}
			}
		})
	}
}
