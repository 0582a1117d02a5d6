package market

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
)

// hintTable says in words what one contract's refusals mean and what to do,
// keyed by the custom error's name. Each contract's API has its own table
// (escrowHints, auctionHints, jobHints, brokerHints); the decoded refusal is
// kept after the hint, so nothing is lost.
type hintTable map[string]func(args map[string]any) string

// escrowHints explain the refusals of the Market and Escrow contracts.
var escrowHints = hintTable{
	"WrongState": func(a map[string]any) string {
		return fmt.Sprintf("trade %v is %s, which does not allow this", a["tradeId"], stateName(a["state"]))
	},
	"TradeNotExpired": func(a map[string]any) string {
		return fmt.Sprintf("trade %v has not reached its deadline: try again after %s", a["tradeId"], unixText(a["refundableAfter"]))
	},
	"TradeExpired": func(a map[string]any) string {
		return fmt.Sprintf("trade %v passed its deadline (%s)", a["tradeId"], unixText(a["deadline"]))
	},
	"NotBuyer": func(a map[string]any) string {
		return fmt.Sprintf("only the buyer of trade %v may do this", a["tradeId"])
	},
	"NotSeller": func(a map[string]any) string { return fmt.Sprintf("only the owner of listing %v may do this", a["id"]) },
	"NotDemandBuyer": func(a map[string]any) string {
		return fmt.Sprintf("only the buyer who posted demand %v may do this", a["id"])
	},
	"WrongAmount": func(a map[string]any) string {
		return fmt.Sprintf("the amount sent (%v wei) is not the %v wei required", a["sent"], a["wanted"])
	},
	"NothingToWithdraw": func(a map[string]any) string { return "Escrow owes this account nothing" },
	"SampleNotReady": func(a map[string]any) string {
		return fmt.Sprintf("listing %v was published too recently: its sample is fixed from a later block (at block %v)", a["listingId"], a["readyAtBlock"])
	},
	"InsufficientStake": func(a map[string]any) string {
		return fmt.Sprintf("exchange %v has %v wei of free stake but this trade needs %v", a["exchangeId"], a["free"], a["wanted"])
	},
}

// explain turns a refusal named in the table into words with the code
// ECONFLICT, keeping the decoded refusal reachable with errors.As. An error
// that is nil, not a refusal, explained already or unknown to the table is
// returned as is.
func (h hintTable) explain(err error) error {
	var rev *chain.RevertError
	if err == nil || !errors.As(err, &rev) {
		return err
	}
	var done *explained
	if errors.As(err, &done) {
		return err
	}
	hint, ok := h[rev.Name]
	if !ok {
		return err
	}
	args := map[string]any{}
	for i, n := range rev.ArgNames {
		if i < len(rev.Args) {
			args[n] = rev.Args[i]
		}
	}
	return &explained{rev: rev, safe: datatrade.Errorf(datatrade.ECONFLICT, "%s (the contract refused: %s)", hint(args), rev.Signature())}
}

// explainAny explains err by the first table that knows its refusal.
func explainAny(err error, tables ...hintTable) error {
	for _, h := range tables {
		if e := h.explain(err); e != err {
			return e
		}
	}
	return err
}

// explained keeps the decoded refusal reachable with errors.As while its
// user-safe message reads as words.
type explained struct {
	rev  *chain.RevertError
	safe *datatrade.Error
}

func (e *explained) Error() string   { return e.safe.Error() }
func (e *explained) Unwrap() []error { return []error{e.safe, e.rev} }

var stateNames = []string{"unknown", "open", "paid", "committed", "revealed", "compensated", "refunded", "cancelled", "faulted"}

func stateName(v any) string {
	if s, ok := v.(uint8); ok && int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprint(v)
}

func unixText(v any) string {
	switch x := v.(type) {
	case uint64:
		return time.Unix(int64(x), 0).UTC().Format(time.RFC3339)
	case *big.Int:
		if x.IsInt64() {
			return time.Unix(x.Int64(), 0).UTC().Format(time.RFC3339)
		}
	}
	return fmt.Sprint(v)
}
