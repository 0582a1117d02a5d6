package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

func (a *app) newSellerCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "seller",
		Short: "Publish and manage listings, and answer buyers' demands",
	}
	cmd.AddCommand(a.newSellerPublishCmd(), a.newSellerListCmd(), a.newSellerUpdateCmd(), a.newSellerDelistCmd(), a.newSellerOfferCmd())
	cmd.AddCommand(a.newSellerServeCmd())
	return cmd
}

func (a *app) newSellerPublishCmd() *cobra.Command {
	var (
		price, perUse    amountFlag
		licence, cidFlag string
		rootFlag, fpFlag string
		metadata         string
		size             uint64
		chunks           uint32
		chunkSize        int
		exchanges        []string
	)
	cmd := &cobra.Command{
		Use:   "publish [FILE]",
		Short: "Encrypt a dataset, store it by CID and list it for sale",
		Long: `Publish a dataset. With FILE, datatrade encrypts it under a fresh data key in
chunks (AES-256-GCM), stores the ciphertext in the local content-addressed store
(<home>/store), commits on chain to the salted Merkle root of the plaintext
chunks, and keeps the data key and listing salt in <home>/secrets/<cid>.json
(mode 0600: they are the keys to your data). Without FILE, give the commitments
of a dataset prepared with ` + "`datatrade data`" + `: --cid, --root, --size, --chunks.`,
		Example: `  datatrade seller publish weather.csv --price 1eth --account dev:2
  datatrade seller publish weather.csv --price 1eth --licence use-right --per-use 0.01eth --exchanges 1,2
  datatrade seller publish --cid bafy... --root 0x... --size 1048576 --chunks 1 --price 1eth --dry-run`,
		Args: cobra.MaximumNArgs(1),
	}
	fl := cmd.Flags()
	fl.Var(&price, "price", "price of the dataset (e.g. 1.5eth, 20gwei, or wei)")
	fl.Var(&perUse, "per-use", "price per use for a use-right licence")
	fl.StringVar(&licence, "licence", "use-right", "what buyers get: ownership (the listing token moves) or use-right")
	fl.StringVar(&metadata, "metadata", "", "CID of a metadata document describing the dataset")
	fl.StringVar(&fpFlag, "fingerprint", "", "fingerprint commitment (32 bytes hex; default: the commitment of FILE's fingerprint)")
	fl.StringSliceVar(&exchanges, "exchanges", nil, "ids of the exchanges accepted for trades of this listing (default: any)")
	fl.IntVar(&chunkSize, "chunk-size", envelope.DefaultChunkSize, "plaintext chunk size in bytes")
	fl.StringVar(&cidFlag, "cid", "", "content CID of an already encrypted dataset (without FILE)")
	fl.StringVar(&rootFlag, "root", "", "Merkle root R of the dataset (without FILE)")
	fl.Uint64Var(&size, "size", 0, "plaintext size in bytes (without FILE)")
	fl.Uint32Var(&chunks, "chunks", 0, "number of chunks (without FILE)")
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		if err := requireAmount("price", &price); err != nil {
			return err
		}
		lic, err := datatrade.ParseLicence(licence)
		if err != nil {
			return err
		}
		accepted, err := parseIDs("--exchanges", exchanges)
		if err != nil {
			return err
		}
		var pp market.PublishParams
		var secretsPath string
		if len(args) == 1 {
			if pp, secretsPath, err = a.publishFile(ctx, s, args[0], chunkSize); err != nil {
				return err
			}
		} else {
			if cidFlag == "" || rootFlag == "" || chunks == 0 {
				return usagef("give a FILE to publish, or --cid, --root, --size and --chunks of a prepared dataset")
			}
			if _, err := store.ParseCID(cidFlag); err != nil {
				return err
			}
			if pp.Root, err = parseHash("--root", rootFlag); err != nil {
				return err
			}
			pp.ContentCID, pp.Size, pp.ChunkCount = cidFlag, size, chunks
		}
		if fpFlag != "" {
			if pp.Fingerprint, err = parseHash("--fingerprint", fpFlag); err != nil {
				return err
			}
		}
		pp.Price, pp.PerUsePrice, pp.Licence, pp.MetadataCID, pp.AcceptedExchanges = price.v, perUse.v, lic, metadata, accepted
		tx, err := s.m.PublishTx(pp)
		if err != nil {
			return err
		}
		if secretsPath != "" {
			a.say("data key and listing salt saved in %s (keep it safe)", secretsPath)
		}
		return a.sendCreating(ctx, s, tx, func() (uint64, *typesReceipt, error) { return s.m.Publish(ctx, s.from, pp) })
	})
}

// publishFile encrypts and stores a file for publication; it returns the
// commitments and where the secrets were saved.
func (a *app) publishFile(ctx context.Context, s *session, path string, chunkSize int) (market.PublishParams, string, error) {
	home, err := s.f.homeDir()
	if err != nil {
		return market.PublishParams{}, "", err
	}
	file, err := os.Open(path)
	if err != nil {
		return market.PublishParams{}, "", datatrade.Errorf(datatrade.EINVALID, "cannot open %s: %v", path, pathErr(err))
	}
	defer file.Close()
	st, err := store.OpenLocal(filepath.Join(home, "store"), store.LocalOptions{})
	if err != nil {
		return market.PublishParams{}, "", err
	}
	a.say("encrypting %s into %s …", path, filepath.Join(home, "store"))
	pp, sec, err := prepareDataset(ctx, st, file, chunkSize)
	if err != nil {
		return market.PublishParams{}, "", err
	}
	// The fingerprint commitment lets the platform's catalog check the
	// fingerprint the seller registers later, and catch republished copies.
	fp, _, err := fingerprintFile(ctx, path)
	if err != nil {
		return market.PublishParams{}, "", err
	}
	com, err := fp.Commit()
	if err != nil {
		return market.PublishParams{}, "", err
	}
	pp.Fingerprint = common.Hash(com)
	if s.f.dryRun {
		return pp, "", nil
	}
	secretsPath, err := saveSecrets(filepath.Join(home, "secrets"), pp.ContentCID, sec)
	return pp, secretsPath, err
}

// pathErr returns the reason of a file error without repeating the path.
func pathErr(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

func (a *app) newSellerListCmd() *cobra.Command {
	var all bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List your listings (or every listing with --all)",
		Args:  cobra.NoArgs,
	}
	cmd.Flags().BoolVar(&all, "all", false, "list every listing, not only the account's")
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		owner := &s.from.Address
		if all {
			owner = nil
		}
		ls, err := s.m.Listings(ctx, owner)
		if err != nil {
			return err
		}
		if ls == nil {
			ls = []*datatrade.Listing{}
		}
		return a.emit(ls, func(w io.Writer) { printListings(w, ls) })
	})
}

func printListings(w io.Writer, ls []*datatrade.Listing) {
	if len(ls) == 0 {
		fmt.Fprintln(w, "no listings")
		return
	}
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tOWNER\tPRICE\tLICENCE\tSIZE\tSTATUS\tCID")
	for _, l := range ls {
		status := "active"
		if !l.Active {
			status = "delisted"
		} else if l.Locked {
			status = "locked"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%s\t%s\n", l.ID, l.Owner, datatrade.FormatAmount(l.Price), l.Licence, l.Size, status, l.ContentCID)
	}
	tw.Flush()
}

func (a *app) newSellerUpdateCmd() *cobra.Command {
	var price, perUse amountFlag
	cmd := &cobra.Command{
		Use:     "update LISTING",
		Short:   "Change a listing's price",
		Example: "  datatrade seller update 1 --price 2eth --account dev:2",
		Args:    cobra.ExactArgs(1),
	}
	cmd.Flags().Var(&price, "price", "new price")
	cmd.Flags().Var(&perUse, "per-use", "new price per use")
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("LISTING", args[0])
		if err != nil {
			return err
		}
		if err := requireAmount("price", &price); err != nil {
			return err
		}
		if _, err := s.m.Listing(ctx, id); err != nil {
			return err
		}
		tx, err := s.m.UpdatePriceTx(id, price.v, perUse.v)
		if err != nil {
			return err
		}
		return a.sendTx(ctx, s, tx)
	})
}

func (a *app) newSellerDelistCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "delist LISTING",
		Short: "Withdraw a listing from sale",
		Args:  cobra.ExactArgs(1),
	}
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("LISTING", args[0])
		if err != nil {
			return err
		}
		if _, err := s.m.Listing(ctx, id); err != nil {
			return err
		}
		return a.sendTx(ctx, s, s.m.DelistTx(id))
	})
}

func (a *app) newSellerOfferCmd() *cobra.Command {
	var price amountFlag
	cmd := &cobra.Command{
		Use:     "offer DEMAND LISTING",
		Short:   "Offer one of your listings on a buyer's demand",
		Example: "  datatrade seller offer 1 1 --price 0.9eth --account dev:2",
		Args:    cobra.ExactArgs(2),
	}
	cmd.Flags().Var(&price, "price", "offered price (at most the demand's max price; default: the listing's price)")
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		demandID, err := parseID("DEMAND", args[0])
		if err != nil {
			return err
		}
		listingID, err := parseID("LISTING", args[1])
		if err != nil {
			return err
		}
		l, err := s.m.Listing(ctx, listingID)
		if err != nil {
			return err
		}
		if _, err := s.m.Demand(ctx, demandID); err != nil {
			return err
		}
		p := price.v
		if p == nil {
			p = l.Price
		}
		tx, err := s.m.MakeOfferTx(demandID, listingID, p)
		if err != nil {
			return err
		}
		return a.sendCreating(ctx, s, tx, func() (uint64, *typesReceipt, error) { return s.m.MakeOffer(ctx, s.from, demandID, listingID, p) })
	})
}
