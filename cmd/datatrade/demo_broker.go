package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/board"
	"github.com/datatrade/datatrade/broker"
	"github.com/datatrade/datatrade/catalog"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/fingerprint"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

// brokerSummary is what the broker act leaves.
type brokerSummary struct {
	ListingID    uint64            `json:"listingId"`
	TradeID      uint64            `json:"tradeId"`
	Price        *big.Int          `json:"price"`
	Fee          *big.Int          `json:"fee"`
	Consistent   bool              `json:"consistent"`
	Score        fingerprint.Score `json:"score"`
	State        string            `json:"state"`
	NewOwner     common.Address    `json:"newOwner"`
	BoardSize    uint64            `json:"boardSize"`
	AnchoredRoot common.Hash       `json:"anchoredRoot"`
	// ProvedEntry is the board entry whose inclusion the buyer checked
	// against the anchored checkpoint.
	ProvedEntry   uint64   `json:"provedEntry"`
	PackageID     uint64   `json:"packageId"`
	QueryAnswer   string   `json:"queryAnswer"`
	QueriesUsed   uint32   `json:"queriesUsed"`
	QueryRefund   *big.Int `json:"queryRefund"`
	PirateRefused bool     `json:"pirateRefused"`
	Reason        string   `json:"reason"`
}

// brokerAct is the tracking paper's broker path without a TEE: the platform
// relays a dataset sealed to the buyer, checks the buyer's fingerprint
// against the seller's, records every notification on the board and anchors
// it on chain; the new owner sells a use right per query; a pirate's
// modified copy of the sold data is refused.
func (d *demo) brokerAct(ctx context.Context) error {
	if d.node == nil {
		d.a.say("Act 5 (broker) — skipped (it needs dev accounts 9 and 10, funded only on the embedded chain)")
		d.a.say("")
		return nil
	}
	d.a.say("Act 5 — broker: the platform relays, checks fingerprints and keeps the board (no TEE)")
	for _, p := range []struct {
		role string
		key  int
	}{{"platform", 9}, {"broker buyer", 10}} {
		if err := d.addParty(ctx, p.role, devnode.DevKey(p.key)); err != nil {
			return err
		}
	}
	first, err := d.c.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	b, err := d.m.Broker()
	if err != nil {
		return err
	}
	d.holders["Broker"] = b.Address()
	dep := d.m.Deployment()
	platform, seller, buyer := d.parties["platform"].acct, d.parties["seller"].acct, d.parties["broker buyer"].acct
	sum := &brokerSummary{}
	d.summary.Acts["broker"] = sum
	send := func(role string, tx market.Tx) (*types.Receipt, error) {
		rcpt, err := b.Send(ctx, d.parties[role].acct, tx)
		if err != nil {
			return nil, err
		}
		if role != "platform" { // the platform's gas is summed over the act's blocks below
			d.paid(role, rcpt)
		}
		if tx.Value != nil {
			d.flow(role, new(big.Int).Neg(tx.Value))
		}
		return rcpt, nil
	}
	if _, err := d.send(ctx, "admin", b.SetPlatformTx(platform.Address)); err != nil {
		return err
	}
	d.step("5.1 The admin hands the Broker's platform role to the platform (dev key 9)")

	// The platform's parts: board, catalog with its signing key, HPKE key, service.
	dir := filepath.Join(d.dir, "broker")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("broker dir: %w", err)
	}
	bl, err := board.Open(ctx, board.Config{Path: filepath.Join(dir, "board.db"), Platform: platform, Logger: d.a.log})
	if err != nil {
		return err
	}
	defer bl.Close()
	cat, err := catalog.Open(ctx, catalog.Config{DSN: filepath.Join(d.dir, "catalog.db"), Signer: platform, Logger: d.a.log})
	if err != nil {
		return err
	}
	defer cat.Close()
	x := cat.NewIndexer(d.c.Backend(), d.m, catalog.IndexerConfig{Market: dep.Market, StartBlock: dep.Block})
	platformKey, err := envelope.GenerateKey(rand.Reader, envelope.KEMX25519)
	if err != nil {
		return err
	}
	buyerKey, err := envelope.GenerateKey(rand.Reader, envelope.KEMX25519)
	if err != nil {
		return err
	}
	svc, err := broker.New(broker.Config{Market: d.m, Platform: platform, Board: bl, Catalog: cat, Key: platformKey, Dir: dir, Logger: d.a.log})
	if err != nil {
		return err
	}

	// The seller lists a dataset for sale outright, offered on the broker path.
	data := airQuality()
	st, err := store.OpenLocal(filepath.Join(d.dir, "store"), store.LocalOptions{})
	if err != nil {
		return err
	}
	pp, _, err := prepareDataset(ctx, st, bytes.NewReader(data), 4<<10)
	if err != nil {
		return err
	}
	fp, err := fingerprint.Compute(ctx, bytes.NewReader(data), fingerprint.Hint{Name: "air.csv"})
	if err != nil {
		return err
	}
	com, err := fp.Commit()
	if err != nil {
		return err
	}
	if _, err := cat.Check(ctx, seller.Address, fp); err != nil {
		return err
	}
	pp.Fingerprint, pp.Price, pp.Licence = common.Hash(com), ether("1.2"), datatrade.Ownership
	listing, rcpt, err := d.m.Publish(ctx, seller, pp)
	if err != nil {
		return err
	}
	d.paid("seller", rcpt)
	sum.ListingID = listing
	if err := x.Sync(ctx); err != nil {
		return err
	}
	if err := cat.Register(ctx, listing, fp, "air quality, hourly PM2.5 and NO2, five stations"); err != nil {
		return err
	}
	terms, err := b.SetTermsTx(listing, true, new(big.Int))
	if err != nil {
		return err
	}
	if _, err := send("seller", terms); err != nil {
		return err
	}
	if _, err := send("seller", b.ApproveTx()); err != nil {
		return err
	}
	d.step("5.2 The seller's air-quality data passes the catalog's publish check; listing #%d (ownership, %s) is offered on the broker path", listing, datatrade.FormatAmount(pp.Price))

	// The buyer opens a broker trade and gives the platform its key.
	open, err := b.OpenTx(ctx, listing)
	if err != nil {
		return err
	}
	rcpt, err = send("broker buyer", open)
	if err != nil {
		return err
	}
	tradeID, err := b.TradeOpenedID(rcpt)
	if err != nil {
		return err
	}
	sum.TradeID = tradeID
	bk, err := broker.SignBuyerKey(buyer, dep.ChainID, dep.Broker, tradeID, buyerKey.Public())
	if err != nil {
		return err
	}
	if err := svc.SetBuyerKey(ctx, bk); err != nil {
		return err
	}
	t, err := b.Trade(ctx, tradeID)
	if err != nil {
		return err
	}
	sum.Price, sum.Fee = t.Price, t.Fee
	d.step("5.3 The broker buyer (dev key 10) opens broker trade #%d, paying %s + %s platform fee into the Broker; the token is in the Broker's custody", tradeID, datatrade.FormatAmount(t.Price), datatrade.FormatAmount(t.Fee))

	// Delivery through the platform.
	got, err := svc.BuyerKeyOf(ctx, tradeID)
	if err != nil {
		return err
	}
	if err := broker.CheckBuyerKey(&dep, t, got); err != nil {
		return err
	}
	pub, err := envelope.ParsePublicKey(got.Key)
	if err != nil {
		return err
	}
	del, err := broker.NewDelivery(ctx, rand.Reader, &dep, seller, t, pub, bytes.NewReader(data), time.Now())
	if err != nil {
		return err
	}
	if _, err := svc.Deliver(ctx, del); err != nil {
		return err
	}
	d.step("5.4 The seller seals the data to the buyer's key and delivers it through the platform, which cannot read it; its signed Sent notice goes on chain and on the board")
	bundle, err := svc.Fetch(ctx, tradeID)
	if err != nil {
		return err
	}
	kind, err := svc.Kind(ctx, listing)
	if err != nil {
		return err
	}
	receipt, received, err := broker.NewReceipt(ctx, &dep, buyer, t, bundle, buyerKey, fingerprint.Hint{Kind: kind}, time.Now())
	if err != nil {
		return err
	}
	chk, err := svc.Receive(ctx, receipt)
	if err != nil {
		return err
	}
	if !chk.Consistent {
		return fmt.Errorf("demo: the consistency check failed on an honest delivery (score %s)", chk.Score)
	}
	sum.Consistent, sum.Score = chk.Consistent, chk.Score
	d.step("5.5 The buyer opens it (%d bytes) and sends its fingerprint; the platform's consistency check against the seller's registered fingerprint: similarity %s ≥ %s", len(received), chk.Score, chk.Threshold)
	if _, err := send("broker buyer", b.ConfirmTx(tradeID)); err != nil {
		return err
	}
	entry, err := broker.Notification(buyer, board.KindConfirm, tradeID, crypto.Keccak256Hash([]byte("confirmed")), time.Now())
	if err != nil {
		return err
	}
	if _, err := svc.Post(ctx, entry); err != nil {
		return err
	}
	if t, err = b.Trade(ctx, tradeID); err != nil {
		return err
	}
	l, err := d.m.Listing(ctx, listing)
	if err != nil {
		return err
	}
	sum.State, sum.NewOwner = t.State.String(), l.Owner
	d.step("5.6 The buyer confirms: trade %s, the seller is credited %s, the platform %s, and the listing token is the buyer's", t.State, datatrade.FormatAmount(t.Price), datatrade.FormatAmount(t.Fee))

	// Anchoring and the buyer's check of the board.
	cp, err := svc.Anchor(ctx)
	if err != nil {
		return err
	}
	proof, err := svc.Proof(ctx, 1)
	if err != nil {
		return err
	}
	e, anchored, err := broker.VerifyProof(ctx, b, board.Verifier{Platform: platform.Address}, proof)
	if err != nil {
		return err
	}
	sum.BoardSize, sum.AnchoredRoot, sum.ProvedEntry = cp.Size, anchored.Root, 1
	d.step("5.7 The platform anchors the board (%d entries: send, receive, confirm) in the BoardAnchor at block %d; the buyer proves its %s entry against the anchored root %s",
		cp.Size, anchored.Block, e.Kind, short(anchored.Root))

	// The new owner sells a use right per query; the platform serves it.
	path := filepath.Join(dir, "air.csv")
	if err := os.WriteFile(path, received, 0o600); err != nil {
		return err
	}
	if err := svc.AddDataset(listing, path); err != nil {
		return err
	}
	if terms, err = b.SetTermsTx(listing, true, ether("0.002")); err != nil {
		return err
	}
	if _, err := send("broker buyer", terms); err != nil {
		return err
	}
	qtx, err := b.BuyQueriesTx(ctx, listing, 2)
	if err != nil {
		return err
	}
	if rcpt, err = send("buyer", qtx); err != nil {
		return err
	}
	pkg, err := b.PackageBoughtID(rcpt)
	if err != nil {
		return err
	}
	sum.PackageID = pkg
	q := broker.Query{Op: "avg", Column: "pm25", Where: []broker.Condition{{Column: "station", Op: "=", Value: "Mitte"}}}
	call, err := broker.NewQueryCall(&dep, d.parties["buyer"].acct, pkg, 0, q)
	if err != nil {
		return err
	}
	ans, err := svc.Query(ctx, call)
	if err != nil {
		return err
	}
	sum.QueryAnswer = ans.Value
	if _, err := send("platform", b.CloseQueriesTx(pkg)); err != nil {
		return err
	}
	p, err := b.Package(ctx, pkg)
	if err != nil {
		return err
	}
	sum.QueriesUsed = p.Used
	sum.QueryRefund = new(big.Int).Mul(new(big.Int).Add(p.QueryPrice, p.QueryFee), big.NewInt(int64(p.Count-p.Used)))
	d.step("5.8 The new owner sells a use right at %s a query; the buyer (dev key 3) prepays 2 (package #%d) and asks the average PM2.5 at Mitte: %s µg/m³ over %d rows, charged on chain before the answer; the unused query is refunded",
		datatrade.FormatAmount(p.QueryPrice), pkg, ans.Value, ans.Rows)

	// Everyone paid by the Broker withdraws.
	for _, role := range []string{"seller", "platform", "broker buyer", "buyer"} {
		owed, err := b.Credit(ctx, d.parties[role].acct.Address)
		if err != nil {
			return err
		}
		if owed.Sign() == 0 {
			continue
		}
		if _, err := send(role, b.WithdrawTx()); err != nil {
			return err
		}
		d.flow(role, owed)
	}
	if credits, held, err := b.Totals(ctx); err != nil || credits.Sign() != 0 || held.Sign() != 0 {
		return fmt.Errorf("demo: the Broker still owes %v and holds %v (%v)", credits, held, err)
	}
	d.step("5.9 Seller, platform, new owner and query buyer withdraw; the Broker holds nothing")

	// A pirate republishes a slightly modified copy of the sold data.
	if err := x.Sync(ctx); err != nil {
		return err
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	for i := 3; i < len(lines); i += 17 {
		lines[i] = strings.Replace(lines[i], ",Mitte,", ",Berlin-Mitte,", 1)
	}
	pirated := strings.Join(append(lines[:1], lines[2:]...), "\n") + "\n"
	pfp, err := fingerprint.Compute(ctx, strings.NewReader(pirated), fingerprint.Hint{Name: "air.csv"})
	if err != nil {
		return err
	}
	_, err = cat.Check(ctx, d.parties["pirate"].acct.Address, pfp)
	if datatrade.ErrorCode(err) != datatrade.ECONFLICT {
		return fmt.Errorf("demo: the catalog did not refuse the pirate's copy of the sold data: %v", err)
	}
	sum.PirateRefused, sum.Reason = true, datatrade.ErrorMessage(err)
	d.step("5.10 The pirate tries to publish the sold data with a row dropped and a few stations renamed: %s", sum.Reason)

	last, err := d.c.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	gas, err := d.gasSpent(ctx, platform.Address, first.Number.Uint64()+1, last.Number.Uint64())
	if err != nil {
		return err
	}
	d.parties["platform"].Gas.Add(d.parties["platform"].Gas, gas)
	d.a.say("")
	return nil
}

// airQuality is the broker act's dataset: hourly readings of five stations.
func airQuality() []byte {
	var b strings.Builder
	b.WriteString("time,station,pm25,no2\n")
	stations := []string{"Mitte", "Neukoelln", "Wedding", "Spandau", "Pankow"}
	start := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	for h := range 160 {
		for i, s := range stations {
			pm := 8 + (h*7+i*13)%23
			no2 := 15 + (h*11+i*5)%40
			fmt.Fprintf(&b, "%s,%s,%d.%d,%d\n", start.Add(time.Duration(h)*time.Hour).Format(time.RFC3339), s, pm, (h+i)%10, no2)
		}
	}
	return []byte(b.String())
}
