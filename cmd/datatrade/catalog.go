package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/catalog"
	"github.com/datatrade/datatrade/fingerprint"
)

func (a *app) newCatalogCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "catalog",
		Short: "The platform's data-contract table: index listings from the chain, register fingerprints, search",
		Long: `The catalog is the tracking paper's data-contract table: every listing as the Market
contract records it, with the fingerprint and description its seller registered.
It lives in SQLite (<home>/catalog.db) or PostgreSQL (--dsn postgres://…). Searches
return listings and scores, never the stored fingerprints.`,
	}
	cmd.AddCommand(a.newCatalogSyncCmd(), a.newCatalogRegisterCmd(), a.newCatalogSearchCmd())
	cmd.AddCommand(a.newCatalogServePrivateCmd())
	return cmd
}

// catalogCmd builds a catalog command: chain flags, --dsn, and a catalog
// synced with the chain before fn runs.
func (a *app) catalogCmd(cmd *cobra.Command, fn func(ctx context.Context, s *session, c *catalog.Catalog, synced int, args []string) error) *cobra.Command {
	var dsn string
	cmd.Flags().StringVar(&dsn, "dsn", envOr("DATATRADE_CATALOG", ""), "catalog database: a SQLite file or a postgres:// URL (env DATATRADE_CATALOG; default <home>/catalog.db)")
	return a.chainCmd(cmd, false, func(ctx context.Context, s *session, args []string) error {
		if dsn == "" {
			home, err := s.f.homeDir()
			if err != nil {
				return err
			}
			if err := os.MkdirAll(home, 0o700); err != nil {
				return fmt.Errorf("catalog dir: %w", err)
			}
			dsn = filepath.Join(home, fmt.Sprintf("catalog-%d.db", s.m.Deployment().ChainID))
		}
		c, err := catalog.Open(ctx, catalog.Config{DSN: dsn, Logger: a.log})
		if err != nil {
			return err
		}
		defer c.Close()
		d := s.m.Deployment()
		before := len(mustListings(ctx, c))
		x := c.NewIndexer(s.m.Chain().Backend(), s.m, catalog.IndexerConfig{Market: d.Market, StartBlock: d.Block, Confirmations: s.f.confirmations})
		if err := x.Sync(ctx); err != nil {
			return err
		}
		return fn(ctx, s, c, len(mustListings(ctx, c))-before, args)
	})
}

func mustListings(ctx context.Context, c *catalog.Catalog) []*catalog.Listing {
	ls, _ := c.Listings(ctx, nil)
	return ls
}

func (a *app) newCatalogSyncCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sync",
		Short: "Bring the catalog up to date with the chain's Market events (resumes from its checkpoint)",
		Args:  cobra.NoArgs,
	}
	return a.catalogCmd(cmd, func(ctx context.Context, s *session, c *catalog.Catalog, synced int, args []string) error {
		ls, err := c.Listings(ctx, nil)
		if err != nil {
			return err
		}
		res := map[string]any{"listings": len(ls), "new": synced, "fingerprints": c.IndexLen()}
		return a.emit(res, func(w io.Writer) {
			fmt.Fprintf(w, "catalog holds %d listing(s) (%d new), %d with a registered fingerprint\n", len(ls), synced, c.IndexLen())
		})
	})
}

func (a *app) newCatalogRegisterCmd() *cobra.Command {
	var description string
	cmd := &cobra.Command{
		Use:   "register LISTING FILE",
		Short: "Register a listing's fingerprint and description (the fingerprint must match the listing's on-chain commitment)",
		Long: `Register the fingerprint of the data behind a listing, and a description buyers can
search. The fingerprint of FILE must match the commitment the seller put on chain at
publication (` + "`seller publish FILE`" + ` commits to it), and a near-duplicate of another owner's
registered data is refused.`,
		Args: cobra.ExactArgs(2),
	}
	cmd.Flags().StringVar(&description, "description", "", "what the data is, for search")
	return a.catalogCmd(cmd, func(ctx context.Context, s *session, c *catalog.Catalog, _ int, args []string) error {
		id, err := parseID("LISTING", args[0])
		if err != nil {
			return err
		}
		fp, _, err := fingerprintFile(ctx, args[1])
		if err != nil {
			return err
		}
		if err := c.Register(ctx, id, fp, description); err != nil {
			return err
		}
		return a.emit(map[string]any{"listing": id, "registered": true}, func(w io.Writer) {
			fmt.Fprintf(w, "listing %d registered in the catalog\n", id)
		})
	})
}

func (a *app) newCatalogSearchCmd() *cobra.Command {
	var (
		text, sample string
		min          float64
		limit        int
	)
	cmd := &cobra.Command{
		Use:   "search",
		Short: "Search listings by description or by a sample's fingerprint",
		Example: `  datatrade catalog search --text "berlin weather"
  datatrade catalog search --sample photo.jpg --min 0.7`,
		Args: cobra.NoArgs,
	}
	cmd.Flags().StringVar(&text, "text", "", "words to find in descriptions")
	cmd.Flags().StringVar(&sample, "sample", "", "a file whose fingerprint to match")
	cmd.Flags().Float64Var(&min, "min", 0.5, "lowest similarity to report, 0 to 1 (with --sample)")
	cmd.Flags().IntVar(&limit, "limit", 20, "most results")
	return a.catalogCmd(cmd, func(ctx context.Context, s *session, c *catalog.Catalog, _ int, args []string) error {
		var (
			res []catalog.Result
			err error
		)
		switch {
		case (text == "") == (sample == ""):
			return usagef("give --text or --sample")
		case min < 0 || min > 1:
			return usagef("--min must be between 0 and 1")
		case text != "":
			res, err = c.SearchDescription(ctx, text, limit)
		default:
			fp, _, ferr := fingerprintFile(ctx, sample)
			if ferr != nil {
				return ferr
			}
			res, err = c.SearchFingerprint(ctx, fp, fingerprint.ScoreOf(min), limit)
		}
		if err != nil {
			return err
		}
		if res == nil {
			res = []catalog.Result{}
		}
		return a.emit(res, func(w io.Writer) {
			if len(res) == 0 {
				fmt.Fprintln(w, "no matching listings")
				return
			}
			tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "LISTING\tSCORE\tPRICE\tOWNER\tDESCRIPTION")
			for _, r := range res {
				score := fmt.Sprintf("%.2f", r.Relevance)
				if r.Score > 0 {
					score = fmt.Sprintf("%.3f", float64(r.Score)/float64(fingerprint.One))
				}
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", r.Listing.ID, score, datatrade.FormatAmount(r.Listing.Price), r.Listing.Owner, r.Listing.Description)
			}
			tw.Flush()
		})
	})
}
