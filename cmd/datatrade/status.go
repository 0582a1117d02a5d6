package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/market"
)

func (a *app) newWithdrawCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "withdraw",
		Short: "Withdraw what Escrow owes you (sales, fees, refunds, compensation)",
		Long: `Escrow never pushes money: payments, fees and refunds are credited to each
account and each account withdraws its credit. See the credit with ` + "`datatrade status`" + `.`,
		Args: cobra.NoArgs,
	}
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		credit, err := s.m.Credit(ctx, s.from.Address)
		if err != nil {
			return err
		}
		if credit.Sign() == 0 && !s.f.dryRun {
			return datatrade.Errorf(datatrade.ECONFLICT, "Escrow owes %s nothing", s.from.Address)
		}
		a.say("withdrawing %s", datatrade.FormatAmount(credit))
		return a.sendTx(ctx, s, s.m.WithdrawTx())
	})
}

func (a *app) newReviewCmd() *cobra.Command {
	var seller, exchange uint8
	var comment string
	cmd := &cobra.Command{
		Use:     "review TRADE",
		Short:   "Review the seller and exchange of a trade you bought (once, after commit)",
		Example: "  datatrade review 1 --seller 5 --exchange 4 --comment bafy… --account dev:3",
		Args:    cobra.ExactArgs(1),
	}
	cmd.Flags().Uint8Var(&seller, "seller", 0, "seller rating, 1 to 5")
	cmd.Flags().Uint8Var(&exchange, "exchange", 0, "exchange rating, 1 to 5")
	cmd.Flags().StringVar(&comment, "comment", "", "CID of a comment document")
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("TRADE", args[0])
		if err != nil {
			return err
		}
		if _, err := s.m.Trade(ctx, id); err != nil {
			return err
		}
		tx, err := s.m.ReviewTx(id, seller, exchange, comment)
		if err != nil {
			return err
		}
		return a.sendTx(ctx, s, tx)
	})
}

// overview is what `datatrade status` prints without arguments.
type overview struct {
	ChainID    uint64             `json:"chainId"`
	Head       uint64             `json:"head"`
	Deployment *market.Deployment `json:"deployment"`
	Exchanges  uint64             `json:"exchanges"`
	Listings   uint64             `json:"listings"`
	Trades     uint64             `json:"trades"`
	Account    *accountStatus     `json:"account,omitempty"`
}

type accountStatus struct {
	Address common.Address `json:"address"`
	Balance *big.Int       `json:"balance"`
	Credit  *big.Int       `json:"credit"`
}

func (a *app) newStatusCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "status [trade|listing|demand|exchange ID]",
		Short: "Show the deployment, or one trade, listing, demand or exchange",
		Example: `  datatrade status
  datatrade status --account dev:3     # with the account's balance and Escrow credit
  datatrade status trade 1 --json`,
		Args: cobra.RangeArgs(0, 2),
	}
	var account string
	cmd.Flags().StringVar(&account, "account", envOr("DATATRADE_ACCOUNT", ""), "also show this account's balance and Escrow credit (address or dev:N)")
	return a.chainCmd(cmd, false, func(ctx context.Context, s *session, args []string) error {
		s.f.account = account
		if len(args) == 1 {
			return usagef("status takes a kind and an id, e.g. `status trade 1`")
		}
		if len(args) == 2 {
			id, err := parseID("ID", args[1])
			if err != nil {
				return err
			}
			var v any
			switch args[0] {
			case "trade":
				v, err = s.m.Trade(ctx, id)
			case "listing":
				v, err = s.m.Listing(ctx, id)
			case "demand":
				v, err = s.m.Demand(ctx, id)
			case "exchange":
				v, err = s.m.Exchange(ctx, id)
			default:
				return usagef("unknown kind %q: use trade, listing, demand or exchange", args[0])
			}
			if err != nil {
				return err
			}
			return a.emit(v, func(w io.Writer) { printFields(w, v) })
		}
		return a.statusOverview(ctx, s)
	})
}

func (a *app) statusOverview(ctx context.Context, s *session) error {
	d := s.m.Deployment()
	o := overview{ChainID: d.ChainID, Deployment: &d}
	var err error
	if o.Head, err = s.m.Chain().Backend().BlockNumber(ctx); err != nil {
		return err
	}
	if o.Exchanges, err = s.m.ExchangeCount(ctx); err != nil {
		return err
	}
	if o.Listings, err = s.m.ListingCount(ctx); err != nil {
		return err
	}
	if o.Trades, err = s.m.TradeCount(ctx); err != nil {
		return err
	}
	if s.f.account != "" {
		from, err := a.signer(ctx, s.f, s.m.Chain())
		if err != nil {
			return err
		}
		st := &accountStatus{Address: from.Address}
		if st.Balance, err = s.m.Chain().Balance(ctx, from.Address); err != nil {
			return err
		}
		if st.Credit, err = s.m.Credit(ctx, from.Address); err != nil {
			return err
		}
		o.Account = st
	}
	return a.emit(o, func(w io.Writer) {
		fmt.Fprintf(w, "chain %d at block %d\n  ExchangeRegistry %s\n  Market           %s\n  Escrow           %s\n  Reviews          %s\n",
			o.ChainID, o.Head, d.Registry, d.Market, d.Escrow, d.Reviews)
		fmt.Fprintf(w, "%d exchange(s), %d listing(s), %d trade(s)\n", o.Exchanges, o.Listings, o.Trades)
		if o.Account != nil {
			fmt.Fprintf(w, "account %s: balance %s, Escrow credit %s (withdraw with `datatrade withdraw`)\n",
				o.Account.Address, datatrade.FormatAmount(o.Account.Balance), datatrade.FormatAmount(o.Account.Credit))
		}
	})
}

// printFields prints a value's JSON fields one per line.
func printFields(w io.Writer, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fmt.Fprintf(w, "%+v\n", v)
		return
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(b, &m) != nil {
		fmt.Fprintf(w, "%s\n", b)
		return
	}
	keys := make([]string, 0, len(m))
	width := 0
	for k := range m {
		keys = append(keys, k)
		width = max(width, len(k))
	}
	slices.Sort(keys)
	for _, k := range keys {
		val := string(m[k])
		if len(val) > maxFieldWidth { // a key or blob: --json has it whole
			val = val[:maxFieldWidth-12] + "…" + val[len(val)-10:] + fmt.Sprintf(" (%d chars; --json for all)", len(val))
		}
		fmt.Fprintf(w, "%-*s  %s\n", width, k, val)
	}
}

// maxFieldWidth is the widest value printFields shows in full.
const maxFieldWidth = 120
