package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/reputation"
)

func (a *app) newReputationCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "reputation",
		Short: "Reputation of sellers and exchanges from verified reviews, weighted by third-party fees",
		Long: `A seller's or exchange's reputation is Jøsang's beta reputation over the reviews of its
settled, paid trades (the Reviews contract accepts only those), each review weighted by
what its trade paid to third parties (the exchange fee, counted as zero when the exchange
pays the buyer or the seller) and halved every 180 days. Value runs from 0 to 1; 0.5 means
no evidence. Self-dealing reviews weigh nothing unless the self-dealer pays real fees.`,
	}
	cmd.AddCommand(a.newReputationShowCmd(), a.newReputationRankCmd())
	return cmd
}

// reputationView is one subject's reputation with the plain average the
// Reviews contract keeps, for comparison.
type reputationView struct {
	Seller     *common.Address  `json:"seller,omitempty"`
	Exchange   *uint64          `json:"exchange,omitempty"`
	Reputation reputation.Score `json:"reputation"`
	Average    market.Rating    `json:"average"`
	// Reviews are the verified reviews of the subject, with their weights.
	Reviews []weightedReview `json:"reviews"`
}

type weightedReview struct {
	market.VerifiedReview
	Weight float64 `json:"weight"`
}

func (a *app) newReputationShowCmd() *cobra.Command {
	var exchange uint64
	cmd := &cobra.Command{
		Use:   "show [SELLER]",
		Short: "Show a seller's (or with --exchange, an exchange's) reputation and the reviews behind it",
		Example: `  datatrade reputation show 0x70997970C51812dc3A010C7d01b50e0d17dc79C8
  datatrade reputation show --exchange 1 --json`,
		Args: cobra.MaximumNArgs(1),
	}
	cmd.Flags().Uint64Var(&exchange, "exchange", 0, "an exchange id instead of a seller")
	return a.chainCmd(cmd, false, func(ctx context.Context, s *session, args []string) error {
		var seller common.Address
		switch {
		case len(args) == 1 && exchange != 0:
			return usagef("give a SELLER address or --exchange ID, not both")
		case len(args) == 0 && exchange == 0:
			return usagef("give a SELLER address or --exchange ID")
		case len(args) == 1:
			if !common.IsHexAddress(args[0]) {
				return usagef("SELLER must be an address (0x followed by 40 hex digits), got %q", args[0])
			}
			seller = common.HexToAddress(args[0])
		default:
			if _, err := s.m.Exchange(ctx, exchange); err != nil {
				return err
			}
		}
		p := reputation.DefaultParams()
		rep, err := s.m.Reputations(ctx, p)
		if err != nil {
			return err
		}
		v := reputationView{Reviews: []weightedReview{}}
		if exchange != 0 {
			v.Exchange, v.Reputation = &exchange, rep.Exchange(exchange)
			if v.Average, err = s.m.ExchangeRating(ctx, exchange); err != nil {
				return err
			}
		} else {
			v.Seller, v.Reputation = &seller, rep.Seller(seller)
			if v.Average, err = s.m.SellerRating(ctx, seller); err != nil {
				return err
			}
		}
		for _, r := range rep.Reviews {
			if (exchange != 0 && r.ExchangeID == exchange) || (exchange == 0 && r.Seller == seller) {
				v.Reviews = append(v.Reviews, weightedReview{VerifiedReview: r, Weight: p.Weight(r.ThirdPartyFees)})
			}
		}
		return a.emit(v, func(w io.Writer) {
			subject := "seller " + seller.Hex()
			if exchange != 0 {
				subject = fmt.Sprintf("exchange %d", exchange)
			}
			fmt.Fprintf(w, "%s: reputation %.3f (positive %.2f, negative %.2f, %d verified reviews)\n",
				subject, v.Reputation.Value, v.Reputation.Positive, v.Reputation.Negative, v.Reputation.Reviews)
			if v.Average.Count > 0 {
				fmt.Fprintf(w, "plain average %.2f over %d reviews (not used for ranking)\n", float64(v.Average.AverageMilli)/1000, v.Average.Count)
			}
			if len(v.Reviews) == 0 {
				return
			}
			tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "TRADE\tBUYER\tSELLER★\tEXCHANGE★\tTHIRD-PARTY FEES\tWEIGHT")
			for _, r := range v.Reviews {
				fmt.Fprintf(tw, "%d\t%s\t%d\t%d\t%s\t%.2f\n", r.TradeID, r.Buyer.Hex(), r.SellerRating, r.ExchangeRating,
					datatrade.FormatAmount(r.ThirdPartyFees), r.Weight)
			}
			tw.Flush()
		})
	})
}

// reputationRanking is `reputation rank`'s output.
type reputationRanking struct {
	Sellers   []reputation.Seller   `json:"sellers"`
	Exchanges []reputation.Exchange `json:"exchanges"`
}

func (a *app) newReputationRankCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rank",
		Short: "Rank the reviewed sellers (by reputation) and the active exchanges (by fee per unit of reputation)",
		Args:  cobra.NoArgs,
	}
	return a.chainCmd(cmd, false, func(ctx context.Context, s *session, args []string) error {
		rep, err := s.m.Reputations(ctx, reputation.DefaultParams())
		if err != nil {
			return err
		}
		xs, err := s.m.RankExchanges(ctx, rep)
		if err != nil {
			return err
		}
		out := reputationRanking{Sellers: append([]reputation.Seller{}, rep.RankSellers()...), Exchanges: append([]reputation.Exchange{}, xs...)}
		return a.emit(out, func(w io.Writer) {
			tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "SELLER\tREPUTATION\tREVIEWS")
			for _, s := range out.Sellers {
				fmt.Fprintf(tw, "%s\t%.3f\t%d\n", s.ID, s.Reputation.Value, s.Reputation.Reviews)
			}
			fmt.Fprintln(tw, "\nEXCHANGE\tFEE\tREPUTATION\tREVIEWS")
			for _, x := range out.Exchanges {
				fmt.Fprintf(tw, "%d\t%s\t%.3f\t%d\n", x.ID, datatrade.FormatAmount(x.Fee), x.Reputation.Value, x.Reputation.Reviews)
			}
			tw.Flush()
		})
	})
}
