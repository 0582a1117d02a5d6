package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/reputation"
	"github.com/datatrade/datatrade/spatial/require"
)

func (a *app) newBuyerCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "buyer",
		Short: "Post demands, compare offers, and run trades: open, attest, sample, ready, pay, fetch, and the way out",
		Long: `The buyer's side of a trade through exchanges.

Before paying: demand and offers find a seller; open starts a trade naming
exchanges; attest checks an exchange's enclave against your policy; sample
fetches the listing's sample and checks each chunk against R; ready asks the
named exchanges for their signed statement that they hold verified data and
fetches the ciphertext each prepared for you. Then pay (refused until a
prepared ciphertext is in your store, unless --without-prepared), and fetch
decrypts the delivered dataset and checks every chunk against R.

The way out: cancel (before paying), settle-cancel (take back the fee of a
cancelled trade no exchange claimed for a sample), refund (after the deadline),
sellerfault (an exchange's signed proof that the seller's data does not match R:
full refund), and compensate (the committing exchange never revealed the key:
the price from its stake).`,
	}
	cmd.AddCommand(a.newBuyerDemandCmd(), a.newBuyerCancelDemandCmd(), a.newBuyerOffersCmd(), a.newBuyerOpenCmd(),
		a.newBuyerPayCmd(), a.newBuyerCancelCmd(), a.newBuyerRefundCmd())
	cmd.AddCommand(a.newBuyerTradeCmds()...)
	return cmd
}

// buyerKeyFlags choose the HPKE public key that deliveries are wrapped to.
type buyerKeyFlags struct{ keyFile, pubkey string }

func (k *buyerKeyFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&k.keyFile, "key-file", "", "your HPKE key file from `datatrade data keygen` (its public key is used)")
	cmd.Flags().StringVar(&k.pubkey, "pubkey", "", "your HPKE public key in hex (instead of --key-file)")
}

func (k *buyerKeyFlags) publicKey() ([]byte, error) {
	switch {
	case k.pubkey != "" && k.keyFile != "":
		return nil, usagef("give --key-file or --pubkey, not both")
	case k.pubkey != "":
		pk, err := envelope.ParsePublicKeyHex(k.pubkey)
		if err != nil {
			return nil, err
		}
		return pk.Bytes(), nil
	case k.keyFile != "":
		b, err := os.ReadFile(k.keyFile)
		if err != nil {
			return nil, datatrade.Errorf(datatrade.EINVALID, "cannot read key file %s: %v", k.keyFile, pathErr(err))
		}
		pk, err := envelope.PublicKeyOfFile(b)
		if err != nil {
			return nil, err
		}
		return pk.Bytes(), nil
	}
	return nil, usagef("give your HPKE public key with --key-file (make one with `datatrade data keygen --out me.key`) or --pubkey")
}

func (a *app) newBuyerDemandCmd() *cobra.Command {
	var (
		maxPrice amountFlag
		spec     string
		within   time.Duration
		key      buyerKeyFlags
	)
	cmd := &cobra.Command{
		Use:   "demand",
		Short: "Post a demand that sellers answer with offers",
		Example: `  datatrade buyer demand --spec 'region == "Berlin"' --max-price 1.2eth --key-file me.key --account dev:3
  datatrade buyer demand --spec 'cel:attrs.kind == "weather" && near(52.52, 13.40, 50)' --max-price 1eth --key-file me.key --account dev:3`,
		Args: cobra.NoArgs,
	}
	cmd.Flags().Var(&maxPrice, "max-price", "the most you will pay")
	cmd.Flags().StringVar(&spec, "spec", "", `what you want: a CID of a specification, an expression, or "cel:EXPR", a requirement sellers' clients evaluate (checked to compile before posting)`)
	cmd.Flags().DurationVar(&within, "within", 24*time.Hour, "how long the demand stays open")
	key.add(cmd)
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		if err := requireAmount("max-price", &maxPrice); err != nil {
			return err
		}
		if spec == "" {
			return usagef("--spec is required")
		}
		if strings.HasPrefix(spec, require.SpecPrefix) {
			// Sellers' clients compile it too: refuse now what none
			// of them could evaluate.
			if _, err := require.FromDemandSpec(spec); err != nil {
				return datatrade.Errorf(datatrade.EINVALID, "--spec: %s; nothing was posted", datatrade.ErrorMessage(err))
			}
		}
		pk, err := key.publicKey()
		if err != nil {
			return err
		}
		now, err := chainNow(ctx, s.m)
		if err != nil {
			return err
		}
		p := market.DemandParams{Spec: spec, MaxPrice: maxPrice.v, BuyerPubKey: pk, Deadline: now.Add(within)}
		tx, err := s.m.PostDemandTx(p)
		if err != nil {
			return err
		}
		return a.sendCreating(ctx, s, tx, func() (uint64, *typesReceipt, error) { return s.m.PostDemand(ctx, s.from, p) })
	})
}

func (a *app) newBuyerCancelDemandCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "cancel-demand DEMAND", Short: "Close one of your demands", Args: cobra.ExactArgs(1)}
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("DEMAND", args[0])
		if err != nil {
			return err
		}
		if _, err := s.m.Demand(ctx, id); err != nil {
			return err
		}
		return a.sendTx(ctx, s, s.m.CancelDemandTx(id))
	})
}

// rankedOffer is an offer with what the buyer ranks it by: the seller's
// reputation (verified reviews weighted by third-party fees, decayed), and
// for reference the plain average the Reviews contract keeps.
type rankedOffer struct {
	datatrade.Offer
	Reputation   reputation.Score `json:"reputation"`
	SellerRating market.Rating    `json:"sellerRating"`
}

func (a *app) newBuyerOffersCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "offers DEMAND",
		Short: "List the offers on a demand, best first (price per unit of seller reputation)",
		Args:  cobra.ExactArgs(1),
	}
	return a.chainCmd(cmd, false, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("DEMAND", args[0])
		if err != nil {
			return err
		}
		ranked, err := rankOffers(ctx, s.m, id)
		if err != nil {
			return err
		}
		return a.emit(ranked, func(w io.Writer) {
			if len(ranked) == 0 {
				fmt.Fprintln(w, "no offers yet")
				return
			}
			tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "OFFER\tLISTING\tSELLER\tPRICE\tREPUTATION\tAVERAGE")
			for _, o := range ranked {
				rating := "none yet"
				if o.SellerRating.Count > 0 {
					rating = fmt.Sprintf("%.2f (%d reviews)", float64(o.SellerRating.AverageMilli)/1000, o.SellerRating.Count)
				}
				fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%.3f (evidence %.2f)\t%s\n", o.ID, o.ListingID, o.Seller, datatrade.FormatAmount(o.Price),
					o.Reputation.Value, o.Reputation.Evidence(), rating)
			}
			tw.Flush()
		})
	})
}

// rankOffers returns a demand's offers, best first by price per unit of
// the seller's reputation (market.RankOffers, DESIGN.md §8).
func rankOffers(ctx context.Context, m *market.Client, demandID uint64) ([]rankedOffer, error) {
	rep, err := m.Reputations(ctx, reputation.DefaultParams())
	if err != nil {
		return nil, err
	}
	offers, err := m.RankOffers(ctx, demandID, rep)
	if err != nil {
		return nil, err
	}
	out := make([]rankedOffer, 0, len(offers))
	for _, o := range offers {
		r, err := m.SellerRating(ctx, o.Seller)
		if err != nil {
			return nil, err
		}
		out = append(out, rankedOffer{Offer: o.Offer, Reputation: o.Reputation, SellerRating: r})
	}
	return out, nil
}

func (a *app) newBuyerOpenCmd() *cobra.Command {
	var (
		listing, demand, offer uint64
		exchanges              []string
		within                 time.Duration
		key                    buyerKeyFlags
	)
	cmd := &cobra.Command{
		Use:   "open",
		Short: "Open a trade on a listing or an offer, naming the exchanges, and deposit the exchange fee",
		Example: `  datatrade buyer open --demand 1 --offer 0 --exchanges 1 --account dev:3
  datatrade buyer open --listing 1 --exchanges 1,2 --key-file me.key --account dev:3`,
		Args: cobra.NoArgs,
	}
	fl := cmd.Flags()
	fl.Uint64Var(&listing, "listing", 0, "listing to buy at its listed price")
	fl.Uint64Var(&demand, "demand", 0, "demand whose offer to take (with --offer)")
	fl.Uint64Var(&offer, "offer", 0, "index of the offer to take (see `datatrade buyer offers`)")
	fl.StringSliceVar(&exchanges, "exchanges", nil, "ids of the exchanges that may deliver (required)")
	fl.DurationVar(&within, "within", time.Hour, "deadline: after it, with no delivery, you can take a full refund")
	key.add(cmd)
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		if (listing == 0) == (demand == 0) {
			return usagef("give either --listing or --demand with --offer")
		}
		xs, err := parseIDs("--exchanges", exchanges)
		if err != nil {
			return err
		}
		if len(xs) == 0 {
			return usagef("--exchanges is required (see the registry with `datatrade status exchange ID`)")
		}
		now, err := chainNow(ctx, s.m)
		if err != nil {
			return err
		}
		p := market.OpenParams{ListingID: listing, OfferDemand: demand, OfferIndex: offer, Exchanges: xs, Deadline: now.Add(within)}
		if listing != 0 {
			if _, err := s.m.Listing(ctx, listing); err != nil {
				return err
			}
			if p.BuyerPubKey, err = key.publicKey(); err != nil {
				return err
			}
		} else if _, err := s.m.Demand(ctx, demand); err != nil {
			return err
		}
		tx, err := s.m.OpenTx(ctx, p)
		if err != nil {
			return err
		}
		p.Fee = tx.Value
		return a.sendCreating(ctx, s, tx, func() (uint64, *typesReceipt, error) { return s.m.Open(ctx, s.from, p) })
	})
}

// tradeCmd builds a buyer command that acts on one trade.
func (a *app) tradeCmd(use, short string, build func(ctx context.Context, s *session, tradeID uint64) (market.Tx, error)) *cobra.Command {
	cmd := &cobra.Command{Use: use + " TRADE", Short: short, Args: cobra.ExactArgs(1)}
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("TRADE", args[0])
		if err != nil {
			return err
		}
		if _, err := s.m.Trade(ctx, id); err != nil {
			return err
		}
		tx, err := build(ctx, s, id)
		if err != nil {
			return err
		}
		return a.sendTx(ctx, s, tx)
	})
}

func (a *app) newBuyerPayCmd() *cobra.Command {
	var g payGuard
	cmd := a.tradeCmd("pay", "Pay the trade's price into escrow, only once you hold an exchange's prepared ciphertext (see `buyer ready`)",
		func(ctx context.Context, s *session, id uint64) (market.Tx, error) {
			if err := g.check(ctx, a, s, id); err != nil {
				return market.Tx{}, err
			}
			return s.m.PayTx(ctx, id)
		})
	g.add(cmd)
	return cmd
}

func (a *app) newBuyerCancelCmd() *cobra.Command {
	return a.tradeCmd("cancel", "Cancel an unpaid trade (the fee pays the exchange that served a sample)",
		func(ctx context.Context, s *session, id uint64) (market.Tx, error) { return s.m.CancelTx(id), nil })
}

func (a *app) newBuyerRefundCmd() *cobra.Command {
	return a.tradeCmd("refund", "Take back price and fee after the deadline when nothing was delivered",
		func(ctx context.Context, s *session, id uint64) (market.Tx, error) { return s.m.RefundTx(id), nil })
}

// chainNow returns the time the next block will carry, by which contracts
// judge deadlines: the wall clock, or the latest block's time when the
// chain's clock runs ahead (a dev chain sealing bursts, or moved forward).
func chainNow(ctx context.Context, m *market.Client) (time.Time, error) {
	h, err := m.Chain().Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, err
	}
	now := time.Now().Truncate(time.Second)
	if head := time.Unix(int64(h.Time), 0); head.After(now) {
		return head, nil
	}
	return now, nil
}
