package main

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/market"
)

func (a *app) newAuctionCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "auction",
		Short: "Sealed-bid second-price auctions of listings, with bids committed on chain",
		Long: `Sell a listing (or a bundle of listings) by sealed-bid second-price auction: the
highest bid wins and pays the second-highest bid (or the reserve), so bidding
what the data is worth to you is your best strategy.

Bidding: each bid is committed on chain as a hash of (auction, bidder, amount,
salt) with a deposit; the amount and salt stay in <home>/bids (mode 0600) until
you reveal them. After the bidding deadline, reveal: the reveal sends whatever
the deposit lacks of the amount. A bidder that does not reveal in time loses
its deposit to the seller. After the reveal deadline anyone may settle; then
everyone withdraws what the auction owes them (auction withdraw).`,
	}
	cmd.AddCommand(a.newAuctionCreateCmd(), a.newAuctionBidCmd(), a.newAuctionRevealCmd(), a.newAuctionSettleCmd(),
		a.newAuctionShowCmd(), a.newAuctionWithdrawCmd(), a.newAuctionAllowCmd())
	return cmd
}

func (a *app) newAuctionCreateCmd() *cobra.Command {
	var (
		reserve, deposit amountFlag
		bidding, reveal  time.Duration
		shares           []string
	)
	cmd := &cobra.Command{
		Use:   "create LISTING[,LISTING...]",
		Short: "Open an auction of your listing, or of a bundle of listings",
		Long: `Open a sealed-bid second-price auction. Bidding runs for --bidding from the
latest block's time, then reveals for --reveal. A bundle may include another
owner's listing once that owner ran ` + "`datatrade auction allow LISTING --seller YOU`" + `;
--shares gives each listing owner's part of the price in basis points (summing
to 10000; default: equal parts).`,
		Example: `  datatrade auction create 1 --reserve 1eth --deposit 0.1eth --account dev:2
  datatrade auction create 1,2 --shares 6000,4000 --reserve 2eth --deposit 0.2eth --bidding 30m --reveal 30m --account dev:2`,
		Args: cobra.ExactArgs(1),
	}
	fl := cmd.Flags()
	fl.Var(&reserve, "reserve", "lowest price accepted (default 0)")
	fl.Var(&deposit, "deposit", "deposit every bid must carry, lost by a bidder that does not reveal (default 0)")
	fl.DurationVar(&bidding, "bidding", 10*time.Minute, "how long bidding runs")
	fl.DurationVar(&reveal, "reveal", 10*time.Minute, "how long reveals run after bidding")
	fl.StringSliceVar(&shares, "shares", nil, "parts of the price per listing, in basis points summing to 10000")
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		listings, err := parseIDs("LISTING", strings.Split(args[0], ","))
		if err != nil {
			return err
		}
		if bidding < time.Second || reveal < time.Second {
			return usagef("--bidding and --reveal must be at least one second")
		}
		var bps []uint16
		for _, v := range shares {
			n, err := strconv.ParseUint(strings.TrimSpace(v), 10, 16)
			if err != nil {
				return usagef("--shares takes whole basis points (e.g. 6000,4000), got %q", v)
			}
			bps = append(bps, uint16(n))
		}
		au, err := s.m.Auctions()
		if err != nil {
			return err
		}
		now, err := chainNow(ctx, s.m)
		if err != nil {
			return err
		}
		p := market.AuctionParams{Listings: listings, Shares: bps, Reserve: reserve.v, Deposit: deposit.v,
			CommitDeadline: now.Add(bidding), RevealDeadline: now.Add(bidding + reveal)}
		tx, err := au.CreateTx(p)
		if err != nil {
			return err
		}
		return a.sendCreating(ctx, s, tx, func() (uint64, *typesReceipt, error) { return au.Create(ctx, s.from, p) })
	})
}

func (a *app) newAuctionAllowCmd() *cobra.Command {
	var seller string
	var revoke bool
	cmd := &cobra.Command{
		Use:     "allow LISTING --seller ADDRESS",
		Short:   "Let another seller put your listing in its bundle auctions",
		Example: `  datatrade auction allow 2 --seller 0x2b5A... --account dev:11`,
		Args:    cobra.ExactArgs(1),
	}
	cmd.Flags().StringVar(&seller, "seller", "", "address of the seller allowed to bundle the listing")
	cmd.Flags().BoolVar(&revoke, "revoke", false, "withdraw the permission instead")
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("LISTING", args[0])
		if err != nil {
			return err
		}
		if !common.IsHexAddress(seller) {
			return usagef("--seller must be an address (0x followed by 40 hex digits)")
		}
		au, err := s.m.Auctions()
		if err != nil {
			return err
		}
		return a.sendAuctionTx(ctx, s, au, au.AllowBundlingTx(id, common.HexToAddress(seller), !revoke))
	})
}

func (a *app) newAuctionBidCmd() *cobra.Command {
	var amount, deposit amountFlag
	cmd := &cobra.Command{
		Use:   "bid AUCTION --amount AMOUNT",
		Short: "Commit a sealed bid (the amount stays secret until you reveal)",
		Long: `Commit a sealed bid with the auction's deposit (or more, with --deposit: a
larger deposit hides your bid better). The amount and a fresh random salt are
kept in <home>/bids so that ` + "`datatrade auction reveal`" + ` needs nothing else;
losing that file before the reveal means losing the deposit.`,
		Example: `  datatrade auction bid 1 --amount 2.5eth --account dev:12`,
		Args:    cobra.ExactArgs(1),
	}
	cmd.Flags().Var(&amount, "amount", "your bid: the most you would pay")
	cmd.Flags().Var(&deposit, "deposit", "deposit sent with the bid (default: the auction's required deposit)")
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		if err := requireAmount("amount", &amount); err != nil {
			return err
		}
		id, au, err := auctionArg(s, args[0])
		if err != nil {
			return err
		}
		st, err := au.Auction(ctx, id)
		if err != nil {
			return err
		}
		if st.Phase != market.PhaseBidding {
			return datatrade.Errorf(datatrade.EEXPIRED, "bidding in auction %d closed at %s", id, st.CommitDeadline.Format(time.RFC3339))
		}
		dep := st.Deposit
		if deposit.v != nil {
			dep = deposit.v
		}
		if dep.Cmp(st.Deposit) < 0 {
			return usagef("--deposit %s is below the auction's required %s", datatrade.FormatAmount(dep), datatrade.FormatAmount(st.Deposit))
		}
		sb, err := market.SealBid(id, s.from.Address, amount.v, rand.Reader)
		if err != nil {
			return err
		}
		tx, err := au.BidTx(sb, dep)
		if err != nil {
			return err
		}
		if s.f.dryRun {
			return a.dryRunVia(ctx, s, au, tx)
		}
		// A bid the contract refuses is not kept.
		if _, err := au.Estimate(ctx, s.from.Address, tx); err != nil {
			return err
		}
		path, err := bidPath(s, au, id, s.from.Address)
		if err != nil {
			return err
		}
		if err := keepBid(ctx, au, path, sb); err != nil {
			return err
		}
		a.say("bid amount and salt kept in %s until the reveal", path)
		return a.sendAuctionTx(ctx, s, au, tx)
	})
}

func (a *app) newAuctionRevealCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "reveal AUCTION",
		Short: "Reveal your sealed bid (sending what the deposit lacks of the amount)",
		Long: `Reveal the bid kept in <home>/bids for this auction and account. If the bid is
higher than the deposit, the difference is sent with the reveal; a bid that
cannot win is refunded at once (withdraw it with ` + "`datatrade auction withdraw`" + `).`,
		Example: `  datatrade auction reveal 1 --account dev:12`,
		Args:    cobra.ExactArgs(1),
	}
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		id, au, err := auctionArg(s, args[0])
		if err != nil {
			return err
		}
		path, err := bidPath(s, au, id, s.from.Address)
		if err != nil {
			return err
		}
		sb, err := loadBid(path)
		if err != nil {
			return err
		}
		if sb.Auction != id || sb.Bidder != s.from.Address {
			return datatrade.Errorf(datatrade.EINTEGRITY, "%s holds a bid for auction %d by %s, not auction %d by %s", path, sb.Auction, sb.Bidder.Hex(), id, s.from.Address.Hex())
		}
		top, err := au.TopUp(ctx, sb)
		if err != nil {
			return err
		}
		tx, err := au.RevealTx(sb, top)
		if err != nil {
			return err
		}
		if top.Sign() > 0 {
			a.say("sending %s with the reveal to cover the bid of %s", datatrade.FormatAmount(top), datatrade.FormatAmount(sb.Amount))
		}
		return a.sendAuctionTx(ctx, s, au, tx)
	})
}

func (a *app) newAuctionSettleCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:     "settle AUCTION",
		Short:   "Settle an auction after its reveal deadline (anyone may)",
		Example: `  datatrade auction settle 1 --account dev:2`,
		Args:    cobra.ExactArgs(1),
	}
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		id, au, err := auctionArg(s, args[0])
		if err != nil {
			return err
		}
		return a.sendAuctionTx(ctx, s, au, au.SettleTx(id))
	})
}

func (a *app) newAuctionWithdrawCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "withdraw",
		Short: "Withdraw what auctions owe you (sales, refunds, change, forfeited deposits)",
		Args:  cobra.NoArgs,
	}
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		au, err := s.m.Auctions()
		if err != nil {
			return err
		}
		credit, err := au.Credit(ctx, s.from.Address)
		if err != nil {
			return err
		}
		if credit.Sign() == 0 {
			return datatrade.Errorf(datatrade.ENOTFOUND, "auctions owe %s nothing", s.from.Address.Hex())
		}
		a.say("withdrawing %s", datatrade.FormatAmount(credit))
		return a.sendAuctionTx(ctx, s, au, au.WithdrawTx())
	})
}

// auctionView is what `auction show` prints.
type auctionView struct {
	*market.AuctionState
	// Mine is the --bidder's bid, when asked for.
	Mine *market.BidState `json:"bid,omitempty"`
}

func (a *app) newAuctionShowCmd() *cobra.Command {
	var bidder string
	cmd := &cobra.Command{
		Use:     "show AUCTION",
		Short:   "Show an auction: phase, deadlines, bids, the leading bid and the outcome",
		Example: `  datatrade auction show 1 --json`,
		Args:    cobra.ExactArgs(1),
	}
	cmd.Flags().StringVar(&bidder, "bidder", "", "also show this address's bid")
	return a.chainCmd(cmd, false, func(ctx context.Context, s *session, args []string) error {
		if bidder != "" && !common.IsHexAddress(bidder) {
			return usagef("--bidder must be an address (0x followed by 40 hex digits)")
		}
		id, au, err := auctionArg(s, args[0])
		if err != nil {
			return err
		}
		st, err := au.Auction(ctx, id)
		if err != nil {
			return err
		}
		v := auctionView{AuctionState: st}
		if bidder != "" {
			if v.Mine, err = au.BidOf(ctx, id, common.HexToAddress(bidder)); err != nil {
				return err
			}
		}
		return a.emit(v, func(w io.Writer) { printAuction(w, v) })
	})
}

func printAuction(w io.Writer, v auctionView) {
	st := v.AuctionState
	fmt.Fprintf(w, "auction %d: %s\n", st.ID, st.Phase)
	fmt.Fprintf(w, "  seller    %s\n  listings  %v (shares %v bps)\n", st.Seller, st.Listings, st.Shares)
	fmt.Fprintf(w, "  reserve   %s, deposit %s\n", datatrade.FormatAmount(st.Reserve), datatrade.FormatAmount(st.Deposit))
	fmt.Fprintf(w, "  bidding until %s, reveals until %s\n", st.CommitDeadline.UTC().Format(time.RFC3339), st.RevealDeadline.UTC().Format(time.RFC3339))
	fmt.Fprintf(w, "  %d bids, %d revealed, %s in deposits not revealed\n", st.Bids, st.Reveals, datatrade.FormatAmount(st.Unrevealed))
	switch {
	case st.Settled && st.Leader != nil:
		fmt.Fprintf(w, "  winner %s pays %s (bid %s)\n", st.Leader, datatrade.FormatAmount(st.Price), datatrade.FormatAmount(st.Highest))
	case st.Settled:
		fmt.Fprintf(w, "  settled without a winner\n")
	case st.Leader != nil:
		fmt.Fprintf(w, "  leading bid %s by %s\n", datatrade.FormatAmount(st.Highest), st.Leader)
	}
	if b := v.Mine; b != nil {
		switch {
		case b.Commitment == (common.Hash{}):
			fmt.Fprintf(w, "  bid: none\n")
		case b.Revealed:
			fmt.Fprintf(w, "  bid: revealed %s, %s still held\n", datatrade.FormatAmount(b.Amount), datatrade.FormatAmount(b.Funds))
		default:
			fmt.Fprintf(w, "  bid: sealed %s, %s deposited\n", b.Commitment, datatrade.FormatAmount(b.Funds))
		}
	}
}

// auctionArg parses the AUCTION argument and opens the deployment's auctions.
func auctionArg(s *session, arg string) (uint64, *market.Auctions, error) {
	id, err := parseID("AUCTION", arg)
	if err != nil {
		return 0, nil, err
	}
	au, err := s.m.Auctions()
	return id, au, err
}

// sendAuctionTx sends tx (or estimates it with --dry-run) and prints the result.
func (a *app) sendAuctionTx(ctx context.Context, s *session, au *market.Auctions, tx market.Tx) error {
	return a.sendVia(ctx, s, au, tx)
}

// bidPath is where a sealed bid is kept:
// <home>/bids/<chain id>/<auction contract>/<auction id>-<bidder>.json.
func bidPath(s *session, au *market.Auctions, id uint64, bidder common.Address) (string, error) {
	home, err := s.f.homeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, "bids", strconv.FormatUint(s.m.Deployment().ChainID, 10), au.Address().Hex(),
		fmt.Sprintf("%d-%s.json", id, bidder.Hex())), nil
}

// keepBid saves sb at path (mode 0600) before the bid is sent. A bid kept
// earlier is replaced only if it never reached the chain.
func keepBid(ctx context.Context, au *market.Auctions, path string, sb market.SealedBid) error {
	if old, err := loadBid(path); err == nil {
		on, err := au.BidOf(ctx, sb.Auction, sb.Bidder)
		if err != nil {
			return err
		}
		if on.Commitment != (common.Hash{}) {
			what := "a different bid"
			if on.Commitment == old.Commitment {
				what = "the bid kept in " + path
			}
			return datatrade.Errorf(datatrade.ECONFLICT, "%s already bid in auction %d (%s): one bid per bidder", sb.Bidder.Hex(), sb.Auction, what)
		}
	} else if datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
		return err
	}
	b, err := json.MarshalIndent(sb, "", "  ")
	if err != nil {
		return fmt.Errorf("encode bid: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return datatrade.Errorf(datatrade.EUNAVAILABLE, "keep bid: %v", err)
	}
	if err := envelope.WriteFileAtomic(path, append(b, '\n'), 0o600); err != nil {
		return datatrade.Errorf(datatrade.EUNAVAILABLE, "keep bid: %v", err)
	}
	return nil
}

// loadBid reads a bid kept by keepBid and checks that it opens its own
// commitment.
func loadBid(path string) (market.SealedBid, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return market.SealedBid{}, datatrade.Errorf(datatrade.ENOTFOUND, "no bid kept at %s: was it made with another --home or --account?", path)
	} else if err != nil {
		return market.SealedBid{}, datatrade.Errorf(datatrade.EUNAVAILABLE, "read bid: %v", err)
	}
	var sb market.SealedBid
	if err := json.Unmarshal(b, &sb); err != nil || sb.Amount == nil {
		return market.SealedBid{}, datatrade.Errorf(datatrade.EINTEGRITY, "bid file %s is damaged", path)
	}
	if err := sb.Check(); err != nil {
		return market.SealedBid{}, datatrade.Errorf(datatrade.EINTEGRITY, "bid file %s does not open its own commitment", path)
	}
	return sb, nil
}
