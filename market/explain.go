package market

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
)

// hints say in words what the most common contract refusals mean and what
// to do. The decoded refusal is kept after the hint, so nothing is lost.
var hints = map[string]func(args map[string]any) string{
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

// explain turns a known contract refusal into words, keeping its code.
func explain(err error) error {
	var rev *chain.RevertError
	if !errors.As(err, &rev) {
		return err
	}
	hint, ok := hints[rev.Name]
	if !ok {
		return err
	}
	args := map[string]any{}
	for i, n := range rev.ArgNames {
		if i < len(rev.Args) {
			args[n] = rev.Args[i]
		}
	}
	return fmt.Errorf("%w", &explained{rev: rev, safe: datatrade.Errorf(datatrade.ECONFLICT, "%s (the contract refused: %s)", hint(args), rev.Signature())})
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
