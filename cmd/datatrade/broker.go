package main

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/board"
	"github.com/datatrade/datatrade/broker"
	"github.com/datatrade/datatrade/catalog"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/fingerprint"
	"github.com/datatrade/datatrade/market"
)

// defaultBroker is where `datatrade broker serve` listens by default.
const defaultBroker = "http://127.0.0.1:8650"

func (a *app) newBrokerCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "broker",
		Short: "The broker trade path without a TEE: the platform relays, checks fingerprints, keeps the board, charges queries",
		Long: `The broker path (the tracking paper's scenario 1). A seller offers a listing; a buyer opens a
broker trade, paying price plus platform fee into the Broker contract; the seller delivers the data
sealed to the buyer through the platform; the buyer's fingerprint of what it received is checked
against the seller's registered one; the buyer confirms (or the confirmation deadline forces the
payment), or a mismatch or complaint opens a dispute that the seller's upload decides. Every
notification is on the send-receive board, whose checkpoints are anchored on chain. A use right is
sold per query. See docs/broker.md.`,
	}
	cmd.AddCommand(a.newBrokerServeCmd(), a.newBrokerOfferCmd(), a.newBrokerOpenCmd(), a.newBrokerDeliverCmd(),
		a.newBrokerReceiveCmd(), a.newBrokerConfirmCmd(), a.newBrokerDisputeCmd(), a.newBrokerUploadCmd(),
		a.newBrokerDecideCmd(), a.newBrokerSettleCmd(), a.newBrokerAnchorCmd(), a.newBrokerVerifyBoardCmd(),
		a.newBrokerBuyQueriesCmd(), a.newBrokerQueryCmd(), a.newBrokerShowCmd(), a.newBrokerWithdrawCmd())
	return cmd
}

// platformFlag is the URL of the broker service.
type platformFlag struct{ url string }

func (p *platformFlag) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&p.url, "platform", envOr("DATATRADE_BROKER", defaultBroker), "URL of the broker platform (`datatrade broker serve`; env DATATRADE_BROKER)")
}

func (p *platformFlag) client() (*broker.Client, error) { return broker.NewClient(p.url, nil) }

// hpkeKeyFlags name an HPKE key file and its passphrase.
type hpkeKeyFlags struct{ file, passFile string }

func (k *hpkeKeyFlags) add(cmd *cobra.Command, usage string) {
	cmd.Flags().StringVar(&k.file, "key-file", "", usage+" (make one with `datatrade data keygen --out me.key`)")
	cmd.Flags().StringVar(&k.passFile, "key-passphrase-file", "", "file holding the key file's passphrase (else env DATATRADE_PASSPHRASE, else a prompt)")
}

func (k *hpkeKeyFlags) load() (*envelope.PrivateKey, error) {
	if k.file == "" {
		return nil, usagef("--key-file is required")
	}
	return readKeyFile(k.file, k.passFile)
}

// brokerOf returns the deployment's Broker API.
func brokerOf(s *session) (*market.Broker, error) { return s.m.Broker() }

// sendBroker sends a Broker transaction, or prints its estimate with --dry-run.
func (a *app) sendBroker(ctx context.Context, s *session, b *market.Broker, tx market.Tx) error {
	return a.sendVia(ctx, s, b, tx)
}

// brokerTrade returns the deployment's Broker and the trade that the TRADE
// argument names.
func brokerTrade(ctx context.Context, s *session, arg string) (*market.Broker, *market.BrokerTrade, error) {
	id, err := parseID("TRADE", arg)
	if err != nil {
		return nil, nil, err
	}
	b, err := brokerOf(s)
	if err != nil {
		return nil, nil, err
	}
	t, err := b.Trade(ctx, id)
	return b, t, err
}

// ---- serve ----

type brokerServeInfo struct {
	URL string `json:"url"`
	broker.Info
	Datasets []uint64 `json:"datasets"`
}

func (a *app) newBrokerServeCmd() *cobra.Command {
	var (
		f                chainFlags
		listen, dir, dsn string
		key              hpkeKeyFlags
		datasets         []string
		anchorEvery      time.Duration
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the broker platform: relay, board, consistency checks, disputes, anchoring, paid queries",
		Long: `Runs the platform's broker service on --listen until interrupted. --account must be the Broker's
platform account: it sends the platform's transactions and signs the board's checkpoints. The
catalog (default: the one ` + "`datatrade catalog`" + ` uses) is kept in step with the chain. --dataset
LISTING=FILE.csv serves a listing's use-right queries from a CSV file the platform holds.`,
		Example: `  datatrade broker serve --account dev:9 --key-file platform.key --dataset 3=prices.csv`,
		Args:    cobra.NoArgs,
	}
	a.addChainFlags(cmd, &f, true)
	fl := cmd.Flags()
	fl.StringVar(&listen, "listen", "127.0.0.1:8650", "address to serve the API on")
	fl.StringVar(&dir, "dir", "", "directory for the board and relayed data (default <home>/broker-<chain id>)")
	fl.StringVar(&dsn, "dsn", envOr("DATATRADE_CATALOG", ""), "catalog database: a SQLite file or a postgres:// URL (default <home>/catalog-<chain id>.db)")
	fl.StringSliceVar(&datasets, "dataset", nil, "LISTING=FILE.csv: serve the listing's paid queries from this file (repeatable)")
	fl.DurationVar(&anchorEvery, "anchor-every", 0, "anchor the board's checkpoint on chain this often when it grew (0: only on request)")
	key.add(cmd, "the platform's HPKE key file: sellers seal dispute uploads to it")
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		sets := map[uint64]string{}
		for _, d := range datasets {
			id, path, ok := strings.Cut(d, "=")
			n, err := strconv.ParseUint(id, 10, 64)
			if !ok || err != nil || n == 0 || path == "" {
				return usagef("--dataset wants LISTING=FILE.csv, got %q", d)
			}
			sets[n] = path
		}
		hk, err := key.load()
		if err != nil {
			return err
		}
		sctx, cancel := context.WithTimeout(cmd.Context(), time.Minute)
		defer cancel()
		s, err := a.open(sctx, &f, true)
		if err != nil {
			return err
		}
		defer s.m.Chain().Close()
		b, err := brokerOf(s)
		if err != nil {
			return err
		}
		if p, err := b.Platform(sctx); err != nil {
			return err
		} else if p != s.from.Address {
			return datatrade.Errorf(datatrade.EUNAUTHORIZED, "%s is not the Broker's platform account (%s): pass --account for it", s.from.Address.Hex(), p.Hex())
		}
		d := s.m.Deployment()
		home, err := f.homeDir()
		if err != nil {
			return err
		}
		if dir == "" {
			dir = filepath.Join(home, fmt.Sprintf("broker-%d", d.ChainID))
		}
		if dsn == "" {
			dsn = filepath.Join(home, fmt.Sprintf("catalog-%d.db", d.ChainID))
		}
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return datatrade.Errorf(datatrade.EINVALID, "cannot create --dir %s", dir)
		}
		bl, err := board.Open(sctx, board.Config{Path: filepath.Join(dir, "board.db"), Platform: s.from, Logger: a.log})
		if err != nil {
			return err
		}
		defer bl.Close()
		cat, err := catalog.Open(sctx, catalog.Config{DSN: dsn, Signer: s.from, Logger: a.log})
		if err != nil {
			return err
		}
		defer cat.Close()
		x := cat.NewIndexer(s.m.Chain().Backend(), s.m, catalog.IndexerConfig{Market: d.Market, StartBlock: d.Block, Confirmations: f.confirmations})
		if err := x.Sync(sctx); err != nil {
			return err
		}
		svc, err := broker.New(broker.Config{Market: s.m, Platform: s.from, Board: bl, Catalog: cat, Key: hk, Dir: dir, Logger: a.log})
		if err != nil {
			return err
		}
		info := brokerServeInfo{Info: svc.Info(), Datasets: []uint64{}}
		for id, path := range sets {
			if err := svc.AddDataset(id, path); err != nil {
				return err
			}
			info.Datasets = append(info.Datasets, id)
		}
		ln, err := net.Listen("tcp", listen)
		if err != nil {
			return datatrade.Errorf(datatrade.EUNAVAILABLE, "cannot listen on %s: %v", listen, err)
		}
		info.URL = "http://" + ln.Addr().String()
		if err := a.emit(info, func(w io.Writer) {
			fmt.Fprintf(w, "broker platform serving %s\n  platform %s, broker %s, board anchor %s\n  board size %d, consistency threshold %s, datasets %v\n",
				info.URL, info.Platform.Hex(), info.Broker.Hex(), info.BoardAnchor.Hex(), info.BoardSize, info.Threshold, info.Datasets)
		}); err != nil {
			ln.Close()
			return err
		}
		return a.serveBroker(cmd.Context(), svc, x, ln, anchorEvery)
	}
	return cmd
}

// serveBroker serves the API, follows the chain for the catalog and anchors
// the board periodically, until ctx ends.
func (a *app) serveBroker(ctx context.Context, svc *broker.Service, x *catalog.Indexer, ln net.Listener, anchorEvery time.Duration) error {
	srv := svc.Server(ln.Addr().String())
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(ln) }()
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	go func() {
		if err := x.Run(runCtx); err != nil && runCtx.Err() == nil {
			a.log.Error("catalog indexer stopped", "err", err)
		}
	}()
	if anchorEvery > 0 {
		go func() {
			t := time.NewTicker(anchorEvery)
			defer t.Stop()
			for {
				select {
				case <-runCtx.Done():
					return
				case <-t.C:
					if _, err := svc.Anchor(runCtx); err != nil && datatrade.ErrorCode(err) != datatrade.ECONFLICT {
						a.log.Warn("anchoring the board failed", "err", err)
					}
				}
			}
		}()
	}
	var err error
	select {
	case <-ctx.Done():
	case err = <-serveErr:
	}
	stop()
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(sctx)
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

// ---- seller ----

func (a *app) newBrokerOfferCmd() *cobra.Command {
	var (
		queryPrice amountFlag
		off        bool
	)
	cmd := &cobra.Command{
		Use:   "offer LISTING",
		Short: "Offer your listing on the broker path (with a per-query price for its use right); approves the Broker for ownership listings",
		Example: `  datatrade broker offer 3 --query-price 0.001eth --account dev:2
  datatrade broker offer 3 --off --account dev:2`,
		Args: cobra.ExactArgs(1),
	}
	cmd.Flags().Var(&queryPrice, "query-price", "price of one query of the use right (default 0: no queries)")
	cmd.Flags().BoolVar(&off, "off", false, "withdraw the offer")
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("LISTING", args[0])
		if err != nil {
			return err
		}
		b, err := brokerOf(s)
		if err != nil {
			return err
		}
		l, err := s.m.Listing(ctx, id)
		if err != nil {
			return err
		}
		qp := queryPrice.v
		if qp == nil {
			qp = new(big.Int)
		}
		tx, err := b.SetTermsTx(id, !off, qp)
		if err != nil {
			return err
		}
		if err := a.sendBroker(ctx, s, b, tx); err != nil {
			return err
		}
		if !off && l.Licence == datatrade.Ownership && !s.f.dryRun {
			a.say("approving the Broker to hold the listing token during broker trades")
			return a.sendBroker(ctx, s, b, b.ApproveTx())
		}
		return nil
	})
}

// sellerFileCmd builds a seller command that sends a file about one trade
// to the platform: deliver and upload.
func (a *app) sellerFileCmd(use, short, example string, run func(ctx context.Context, s *session, b *market.Broker, t *market.BrokerTrade, c *broker.Client, fh *os.File) error) *cobra.Command {
	var (
		file string
		pf   platformFlag
	)
	cmd := &cobra.Command{Use: use + " TRADE", Short: short, Example: example, Args: cobra.ExactArgs(1)}
	cmd.Flags().StringVar(&file, "file", "", "the dataset (required; its extension tells the fingerprint the kind, e.g. .csv)")
	pf.add(cmd)
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		if file == "" {
			return usagef("--file is required")
		}
		b, t, err := brokerTrade(ctx, s, args[0])
		if err != nil {
			return err
		}
		if t.Seller != s.from.Address {
			return datatrade.Errorf(datatrade.EUNAUTHORIZED, "%s is not the seller of broker trade %d", s.from.Address.Hex(), t.ID)
		}
		c, err := pf.client()
		if err != nil {
			return err
		}
		fh, err := os.Open(file)
		if err != nil {
			return datatrade.Errorf(datatrade.EINVALID, "cannot read --file %s: %v", file, pathErr(err))
		}
		defer fh.Close()
		return run(ctx, s, b, t, c, fh)
	})
}

func (a *app) newBrokerDeliverCmd() *cobra.Command {
	return a.sellerFileCmd("deliver", "Seal the data to the buyer's key and deliver it through the platform (signing the Sent notice)",
		`  datatrade broker deliver 1 --file prices.csv --account dev:2`,
		func(ctx context.Context, s *session, b *market.Broker, t *market.BrokerTrade, c *broker.Client, fh *os.File) error {
			k, err := c.BuyerKeyOf(ctx, t.ID)
			if err != nil {
				return err
			}
			d := s.m.Deployment()
			if err := broker.CheckBuyerKey(&d, t, k); err != nil {
				return err
			}
			pub, err := envelope.ParsePublicKey(k.Key)
			if err != nil {
				return err
			}
			del, err := broker.NewDelivery(ctx, rand.Reader, &d, s.from, t, pub, fh, time.Now())
			if err != nil {
				return err
			}
			rec, err := c.Deliver(ctx, del)
			if err != nil {
				return err
			}
			return a.emit(rec, func(w io.Writer) {
				fmt.Fprintf(w, "delivered broker trade %d (%d sealed bytes): on chain in %s, board entry %d\n", t.ID, len(del.Bundle.Sealed), rec.Tx.Hex(), rec.BoardIndex)
			})
		})
}

func (a *app) newBrokerUploadCmd() *cobra.Command {
	return a.sellerFileCmd("upload", "In a dispute, upload the data sealed to the platform, which fingerprints it and decides",
		`  datatrade broker upload 1 --file prices.csv --account dev:2`,
		func(ctx context.Context, s *session, b *market.Broker, t *market.BrokerTrade, c *broker.Client, fh *os.File) error {
			info, err := c.Info(ctx)
			if err != nil {
				return err
			}
			pub, err := envelope.ParsePublicKeyHex(info.Key)
			if err != nil {
				return err
			}
			d := s.m.Deployment()
			u, err := broker.NewUpload(ctx, rand.Reader, &d, s.from, t.ID, pub, fh, filepath.Base(fh.Name()))
			if err != nil {
				return err
			}
			dec, err := c.Resolve(ctx, u)
			if err != nil {
				return err
			}
			return a.emit(dec, func(w io.Writer) {
				who := "refunded the buyer"
				if dec.ToSeller {
					who = "paid the seller"
				}
				fmt.Fprintf(w, "dispute of broker trade %d decided: the platform %s (similarity %s), tx %s\n", t.ID, who, dec.Score, dec.Tx.Hex())
			})
		})
}

// ---- buyer ----

func (a *app) newBrokerOpenCmd() *cobra.Command {
	var (
		key hpkeKeyFlags
		pf  platformFlag
	)
	cmd := &cobra.Command{
		Use:     "open LISTING",
		Short:   "Open a broker trade on a listing (pays price + platform fee) and give the platform your HPKE key",
		Example: `  datatrade broker open 3 --key-file me.key --account dev:10`,
		Args:    cobra.ExactArgs(1),
	}
	key.add(cmd, "your HPKE key file: the data is sealed to it")
	pf.add(cmd)
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("LISTING", args[0])
		if err != nil {
			return err
		}
		hk, err := key.load()
		if err != nil {
			return err
		}
		b, err := brokerOf(s)
		if err != nil {
			return err
		}
		c, err := pf.client()
		if err != nil {
			return err
		}
		tx, err := b.OpenTx(ctx, id)
		if err != nil {
			return err
		}
		if s.f.dryRun {
			return a.dryRun(ctx, s, tx)
		}
		tradeID, rcpt, err := b.Open(ctx, s.from, id)
		if err != nil {
			return err
		}
		d := s.m.Deployment()
		k, err := broker.SignBuyerKey(s.from, d.ChainID, d.Broker, tradeID, hk.Public())
		if err != nil {
			return err
		}
		if err := c.SetBuyerKey(ctx, k); err != nil {
			return fmt.Errorf("broker trade %d is open, but the platform did not take your key (run again later with the same key): %w", tradeID, err)
		}
		res := newTxResult(tx.What, rcpt)
		res.ID = &tradeID
		return a.printTx(res)
	})
}

func (a *app) newBrokerReceiveCmd() *cobra.Command {
	var (
		key hpkeKeyFlags
		pf  platformFlag
		out string
	)
	cmd := &cobra.Command{
		Use:     "receive TRADE",
		Short:   "Fetch and open the delivery, save it, and send the signed receipt for the fingerprint consistency check",
		Example: `  datatrade broker receive 1 --key-file me.key --out prices.csv --account dev:10`,
		Args:    cobra.ExactArgs(1),
	}
	key.add(cmd, "your HPKE key file (the one given at open)")
	cmd.Flags().StringVar(&out, "out", "", "where to save the data (required)")
	pf.add(cmd)
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		if out == "" {
			return usagef("--out is required")
		}
		hk, err := key.load()
		if err != nil {
			return err
		}
		_, t, err := brokerTrade(ctx, s, args[0])
		if err != nil {
			return err
		}
		c, err := pf.client()
		if err != nil {
			return err
		}
		bundle, err := c.Fetch(ctx, t.ID)
		if err != nil {
			return err
		}
		// Fingerprint the data as the listing's registered kind (the file name
		// decides only when the platform knows none).
		hint := fingerprint.Hint{Name: filepath.Base(out)}
		if k, err := c.Kind(ctx, t.ListingID); err == nil {
			hint.Kind = k
		} else if datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
			return err
		}
		d := s.m.Deployment()
		r, data, err := broker.NewReceipt(ctx, &d, s.from, t, bundle, hk, hint, time.Now())
		if err != nil {
			return err
		}
		if err := envelope.WriteFileAtomic(out, data, 0o600); err != nil {
			return datatrade.Errorf(datatrade.EINVALID, "cannot write --out %s: %v", out, pathErr(err))
		}
		chk, err := c.Receive(ctx, r)
		if err != nil {
			return err
		}
		return a.emit(chk, func(w io.Writer) {
			fmt.Fprintf(w, "saved %d bytes to %s\n", len(data), out)
			if chk.Consistent {
				fmt.Fprintf(w, "consistency check passed (similarity %s): confirm with `datatrade broker confirm %d`\n", chk.Score, t.ID)
			} else {
				fmt.Fprintf(w, "consistency check FAILED (similarity %s < %s): a dispute is open; the seller must upload the data\n", chk.Score, chk.Threshold)
			}
		})
	})
}

func (a *app) newBrokerConfirmCmd() *cobra.Command {
	var pf platformFlag
	cmd := &cobra.Command{
		Use:   "confirm TRADE",
		Short: "Confirm a delivery: the seller and the platform are paid (and an ownership listing's token is yours)",
		Args:  cobra.ExactArgs(1),
	}
	pf.add(cmd)
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		return a.buyerStatement(ctx, s, pf, args[0], board.KindConfirm, "confirmed", func(b *market.Broker, t *market.BrokerTrade) (market.Tx, error) {
			return b.ConfirmTx(t.ID), nil
		})
	})
}

func (a *app) newBrokerDisputeCmd() *cobra.Command {
	var (
		pf     platformFlag
		reason string
	)
	cmd := &cobra.Command{
		Use:   "dispute TRADE",
		Short: "Complain about a delivery before the confirmation deadline: the seller must upload the data to the platform",
		Args:  cobra.ExactArgs(1),
	}
	cmd.Flags().StringVar(&reason, "reason", "not as described", "a short reason (at most 32 bytes)")
	pf.add(cmd)
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		return a.buyerStatement(ctx, s, pf, args[0], board.KindDispute, reason, func(b *market.Broker, t *market.BrokerTrade) (market.Tx, error) {
			return b.ComplainTx(t.ID, reason)
		})
	})
}

// buyerStatement sends the buyer's transaction, then records the matching
// notification on the board.
func (a *app) buyerStatement(ctx context.Context, s *session, pf platformFlag, arg string, kind board.Kind, text string, build func(*market.Broker, *market.BrokerTrade) (market.Tx, error)) error {
	b, t, err := brokerTrade(ctx, s, arg)
	if err != nil {
		return err
	}
	tx, err := build(b, t)
	if err != nil {
		return err
	}
	c, err := pf.client()
	if err != nil {
		return err
	}
	if err := a.sendBroker(ctx, s, b, tx); err != nil || s.f.dryRun {
		return err
	}
	entry, err := broker.Notification(s.from, kind, t.ID, crypto.Keccak256Hash([]byte(text)), time.Now())
	if err != nil {
		return err
	}
	rec, err := c.Post(ctx, entry)
	if err != nil {
		return fmt.Errorf("the chain has it, but the board did not take the %s notification: %w", kind, err)
	}
	a.say("board entry %d records the %s", rec.BoardIndex, kind)
	return nil
}

// ---- platform and anyone ----

func (a *app) newBrokerDecideCmd() *cobra.Command {
	var to string
	cmd := &cobra.Command{
		Use:   "decide TRADE",
		Short: "As the platform, decide a disputed trade by hand (the service decides on the seller's upload by itself)",
		Args:  cobra.ExactArgs(1),
	}
	cmd.Flags().StringVar(&to, "to", "", "seller (only after a recorded upload) or buyer (refund)")
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		if to != "seller" && to != "buyer" {
			return usagef("--to must be seller or buyer")
		}
		b, t, err := brokerTrade(ctx, s, args[0])
		if err != nil {
			return err
		}
		return a.sendBroker(ctx, s, b, b.DecideTx(t.ID, to == "seller"))
	})
}

func (a *app) newBrokerSettleCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "settle TRADE",
		Short: "Enforce a passed deadline: refund (no delivery, no upload, no decision) or forced payment (no confirmation)",
		Args:  cobra.ExactArgs(1),
	}
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		b, t, err := brokerTrade(ctx, s, args[0])
		if err != nil {
			return err
		}
		switch t.State {
		case market.BrokerOpen, market.BrokerDisputed:
			return a.sendBroker(ctx, s, b, b.RefundTx(t.ID))
		case market.BrokerDelivered, market.BrokerChecked:
			return a.sendBroker(ctx, s, b, b.ForceTransferTx(t.ID))
		}
		return datatrade.Errorf(datatrade.ECONFLICT, "broker trade %d is already %s", t.ID, t.State)
	})
}

func (a *app) newBrokerAnchorCmd() *cobra.Command {
	var pf platformFlag
	cmd := &cobra.Command{
		Use:   "anchor",
		Short: "Ask the platform to anchor the board's current checkpoint on chain",
		Args:  cobra.NoArgs,
	}
	pf.add(cmd)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		c, err := pf.client()
		if err != nil {
			return err
		}
		ctx, cancel := context.WithTimeout(cmd.Context(), 2*time.Minute)
		defer cancel()
		cp, err := c.Anchor(ctx)
		if err != nil {
			return err
		}
		return a.emit(cp, func(w io.Writer) {
			fmt.Fprintf(w, "board checkpoint anchored: size %d, root %s\n", cp.Size, cp.Root.Hex())
		})
	}
	return cmd
}

type verifyBoardResult struct {
	Entry *verifiedEntry `json:"entry,omitempty"`
	// Consistent says the board anchored at Since is a prefix of the board
	// anchored at Latest.
	Consistency *verifiedConsistency `json:"consistency,omitempty"`
}

type verifiedEntry struct {
	Index    uint64          `json:"index"`
	Kind     string          `json:"kind"`
	TradeID  string          `json:"tradeId"`
	Party    common.Address  `json:"party"`
	Content  common.Hash     `json:"content"`
	Time     time.Time       `json:"time"`
	Anchored market.Anchored `json:"anchored"`
}

type verifiedConsistency struct {
	Since  uint64 `json:"since"`
	Latest uint64 `json:"latest"`
}

func (a *app) newBrokerVerifyBoardCmd() *cobra.Command {
	var (
		pf           platformFlag
		index, since uint64
	)
	cmd := &cobra.Command{
		Use:   "verify-board",
		Short: "Check a board entry against the anchored checkpoints, and that the board was never rewritten since an anchor",
		Long: `With --entry, checks that the entry is in a checkpoint the chain anchored: the platform's
signature on the checkpoint (the platform the Broker names), the party's signature on the entry,
the Merkle path, and the anchored root. With --since SIZE, checks that the board anchored at SIZE
is a prefix of the latest anchored board (an RFC 6962 consistency proof against both anchored roots).`,
		Example: `  datatrade broker verify-board --entry 0
  datatrade broker verify-board --since 3`,
		Args: cobra.NoArgs,
	}
	cmd.Flags().Uint64Var(&index, "entry", 0, "index of the board entry to check")
	cmd.Flags().Uint64Var(&since, "since", 0, "an anchored board size to check the latest anchor against")
	pf.add(cmd)
	return a.chainCmd(cmd, false, func(ctx context.Context, s *session, args []string) error {
		withEntry, withSince := cmd.Flags().Changed("entry"), cmd.Flags().Changed("since")
		if !withEntry && !withSince {
			return usagef("give --entry N, --since SIZE, or both")
		}
		b, err := brokerOf(s)
		if err != nil {
			return err
		}
		platform, err := b.Platform(ctx)
		if err != nil {
			return err
		}
		v := board.Verifier{Platform: platform}
		c, err := pf.client()
		if err != nil {
			return err
		}
		var res verifyBoardResult
		if withEntry {
			p, err := c.Proof(ctx, index)
			if err != nil {
				return err
			}
			e, anchored, err := broker.VerifyProof(ctx, b, v, p)
			if err != nil {
				return err
			}
			res.Entry = &verifiedEntry{Index: index, Kind: e.Kind.String(), TradeID: e.TradeID.String(), Party: e.Party, Content: e.Content, Time: e.Time.UTC(), Anchored: anchored}
		}
		if withSince {
			cons, err := c.Consistency(ctx, since, 0)
			if err != nil {
				return err
			}
			if err := broker.VerifyConsistency(ctx, b, v, cons); err != nil {
				return err
			}
			res.Consistency = &verifiedConsistency{Since: cons.Old.Size, Latest: cons.New.Size}
		}
		return a.emit(res, func(w io.Writer) {
			if e := res.Entry; e != nil {
				fmt.Fprintf(w, "board entry %d verified: %s of trade %s by %s\n  in the checkpoint of size %d anchored at block %d (root %s)\n",
					e.Index, e.Kind, e.TradeID, e.Party.Hex(), e.Anchored.Size, e.Anchored.Block, e.Anchored.Root.Hex())
			}
			if c := res.Consistency; c != nil {
				fmt.Fprintf(w, "the board anchored at size %d is a prefix of the board anchored at size %d: nothing was rewritten\n", c.Since, c.Latest)
			}
		})
	})
}

// ---- use right ----

func (a *app) newBrokerBuyQueriesCmd() *cobra.Command {
	var count uint32
	cmd := &cobra.Command{
		Use:     "buy-queries LISTING",
		Short:   "Prepay queries on a listing's use right (unused ones are refundable after expiry)",
		Example: `  datatrade broker buy-queries 3 --count 5 --account dev:10`,
		Args:    cobra.ExactArgs(1),
	}
	cmd.Flags().Uint32Var(&count, "count", 1, "number of queries")
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("LISTING", args[0])
		if err != nil {
			return err
		}
		b, err := brokerOf(s)
		if err != nil {
			return err
		}
		tx, err := b.BuyQueriesTx(ctx, id, count)
		if err != nil {
			return err
		}
		return a.sendCreating(ctx, s, tx, func() (uint64, *typesReceipt, error) { return b.BuyQueries(ctx, s.from, id, count) })
	})
}

func (a *app) newBrokerQueryCmd() *cobra.Command {
	var (
		pf  platformFlag
		raw string
	)
	cmd := &cobra.Command{
		Use:     "query PACKAGE",
		Short:   "Run one paid query of a package (charged on chain before the answer comes back)",
		Example: `  datatrade broker query 1 --query '{"op":"avg","column":"price","where":[{"column":"city","op":"=","value":"Berlin"}]}' --account dev:10`,
		Args:    cobra.ExactArgs(1),
	}
	cmd.Flags().StringVar(&raw, "query", "", `the query as JSON: {"op":"count|sum|avg|min|max","column":…,"where":[{"column":…,"op":"=|!=|<|<=|>|>=","value":…}]}`)
	pf.add(cmd)
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("PACKAGE", args[0])
		if err != nil {
			return err
		}
		q, err := broker.ParseQuery([]byte(raw))
		if err != nil {
			return err
		}
		b, err := brokerOf(s)
		if err != nil {
			return err
		}
		p, err := b.Package(ctx, id)
		if err != nil {
			return err
		}
		c, err := pf.client()
		if err != nil {
			return err
		}
		d := s.m.Deployment()
		call, err := broker.NewQueryCall(&d, s.from, id, p.Used, q)
		if err != nil {
			return err
		}
		ans, err := c.Query(ctx, call)
		if err != nil {
			return err
		}
		return a.emit(ans, func(w io.Writer) {
			fmt.Fprintf(w, "%s = %s over %d rows (query %d of %d, charged in %s)\n", q.Op, ans.Value, ans.Rows, ans.Seq+1, p.Count, ans.Tx.Hex())
		})
	})
}

// ---- reading and withdrawing ----

func (a *app) newBrokerShowCmd() *cobra.Command {
	var pkg bool
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show a broker trade (or, with --package, a query package)",
		Args:  cobra.ExactArgs(1),
	}
	cmd.Flags().BoolVar(&pkg, "package", false, "ID is a query package")
	return a.chainCmd(cmd, false, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("ID", args[0])
		if err != nil {
			return err
		}
		b, err := brokerOf(s)
		if err != nil {
			return err
		}
		if pkg {
			p, err := b.Package(ctx, id)
			if err != nil {
				return err
			}
			return a.emit(p, func(w io.Writer) {
				fmt.Fprintf(w, "query package %d on listing %d: %d of %d used, %s per query + %s fee, expires %s, closed %v\n",
					p.ID, p.ListingID, p.Used, p.Count, datatrade.FormatAmount(p.QueryPrice), datatrade.FormatAmount(p.QueryFee), p.Expiry.Format(time.RFC3339), p.Closed)
			})
		}
		t, err := b.Trade(ctx, id)
		if err != nil {
			return err
		}
		return a.emit(t, func(w io.Writer) {
			fmt.Fprintf(w, "broker trade %d on listing %d: %s\n  buyer %s, seller %s\n  price %s + fee %s\n  delivery by %s\n",
				t.ID, t.ListingID, t.State, t.Buyer.Hex(), t.Seller.Hex(), datatrade.FormatAmount(t.Price), datatrade.FormatAmount(t.Fee), t.DeliveryDeadline.Format(time.RFC3339))
			if !t.ConfirmDeadline.IsZero() {
				fmt.Fprintf(w, "  confirmation by %s\n", t.ConfirmDeadline.Format(time.RFC3339))
			}
			if !t.DisputeDeadline.IsZero() {
				fmt.Fprintf(w, "  seller's upload by %s\n", t.DisputeDeadline.Format(time.RFC3339))
			}
		})
	})
}

func (a *app) newBrokerWithdrawCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "withdraw",
		Short: "Withdraw what the Broker owes you (payments, fees, refunds)",
		Args:  cobra.NoArgs,
	}
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		b, err := brokerOf(s)
		if err != nil {
			return err
		}
		owed, err := b.Credit(ctx, s.from.Address)
		if err != nil {
			return err
		}
		if owed.Sign() == 0 {
			return datatrade.Errorf(datatrade.ENOTFOUND, "the Broker owes %s nothing", s.from.Address.Hex())
		}
		a.say("withdrawing %s", datatrade.FormatAmount(owed))
		return a.sendBroker(ctx, s, b, b.WithdrawTx())
	})
}
