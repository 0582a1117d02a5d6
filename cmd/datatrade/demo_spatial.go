package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"math"
	"math/big"
	"path/filepath"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/pricing"
	"github.com/datatrade/datatrade/pricing/shapley"
	"github.com/datatrade/datatrade/spatial"
	"github.com/datatrade/datatrade/store"
)

// spatialSummary is what the spatial act leaves.
type spatialSummary struct {
	Listings []spatialListing `json:"listings"`
	// Region is the search box and RegionHits the listings found in it (the
	// index and brute force agree).
	Region     spatial.Box `json:"region"`
	RegionHits []uint64    `json:"regionHits"`
	// ShapleyValues are the two sellers' Shapley values of the bundle's
	// coverage (in square degrees) and SharesBps the revenue shares fixed
	// in the auction.
	ShapleyValues []float64 `json:"shapleyValues"`
	SharesBps     []uint16  `json:"sharesBps"`
	AuctionID     uint64    `json:"auctionId"`
	Bids          []struct {
		Bidder   common.Address `json:"bidder"`
		Amount   *big.Int       `json:"amount"`
		Revealed bool           `json:"revealed"`
	} `json:"bids"`
	Winner    common.Address `json:"winner"`
	Price     *big.Int       `json:"price"`
	Forfeited *big.Int       `json:"forfeited"`
	// Revenue is what each seller was paid, in listing order of the bundle.
	Revenue []*big.Int `json:"revenue"`
	// MatchesVickrey says the contract's winner and price equal
	// pricing.SecondPrice over the revealed bids.
	MatchesVickrey bool `json:"matchesVickrey"`
}

type spatialListing struct {
	ID     uint64       `json:"id"`
	Seller string       `json:"seller"`
	Item   spatial.Item `json:"item"`
	HashID common.Hash  `json:"hashId"`
}

// spatialAct is the spatial data trading story: listings carry time,
// footprint and attributes whose hashid goes on chain; a buyer finds them by
// region; two sellers bundle their data and sell it by sealed-bid
// second-price auction; the revenue is split by Shapley value of coverage.
func (d *demo) spatialAct(ctx context.Context) error {
	if d.node == nil {
		d.a.say("Act 6 (spatial) — skipped: it needs the embedded chain's funded dev keys 11–13 and its clock (run without --rpc)")
		return nil
	}
	d.a.say("")
	d.a.say("Act 6 — spatial listings, a region search, a sealed-bid auction and a Shapley split")
	for i, role := range []string{"geo-seller", "bidder-1", "bidder-2"} {
		if err := d.addParty(ctx, role, devnode.DevKey(11+i)); err != nil {
			return err
		}
	}
	au, err := d.m.Auctions()
	if err != nil {
		return err
	}
	sp, err := d.m.Spatial()
	if err != nil {
		return err
	}
	d.holders["Auction"] = au.Address()
	sum := &spatialSummary{}
	d.summary.Acts["spatial"] = sum

	// 1. Three spatial listings with their hashids on chain.
	day := time.Date(2026, 10, 1, 0, 0, 0, 0, time.UTC)
	specs := []struct {
		role, title string
		item        spatial.Item
	}{
		{"seller", "Berlin traffic counts", spatial.Item{Time: day, Footprint: spatial.Box{MinLon: 13.30, MinLat: 52.45, MaxLon: 13.50, MaxLat: 52.58},
			Attrs: map[string]string{"kind": "traffic", "city": "Berlin"}}},
		{"geo-seller", "Berlin air quality", spatial.Item{Time: day, Footprint: spatial.Box{MinLon: 13.40, MinLat: 52.50, MaxLon: 13.60, MaxLat: 52.60},
			Attrs: map[string]string{"kind": "air", "city": "Berlin"}}},
		{"seller", "Paris traffic counts", spatial.Item{Time: day, Footprint: spatial.Box{MinLon: 2.25, MinLat: 48.81, MaxLon: 2.42, MaxLat: 48.90},
			Attrs: map[string]string{"kind": "traffic", "city": "Paris"}}},
	}
	st, err := store.OpenLocal(filepath.Join(d.dir, "store"), store.LocalOptions{})
	if err != nil {
		return err
	}
	idx := spatial.NewIndex()
	var items []spatial.Item
	for i, s := range specs {
		var csv bytes.Buffer
		fmt.Fprintf(&csv, "time,lon,lat,%s\n", s.item.Attrs["kind"])
		c := s.item.Footprint.Center()
		for h := 0; h < 48; h++ {
			fmt.Fprintf(&csv, "%s,%.4f,%.4f,%d\n", day.Add(time.Duration(h)*time.Hour).Format(time.RFC3339), c.Lon, c.Lat, 100+(h*37+i*11)%250)
		}
		pp, _, err := prepareDataset(ctx, st, bytes.NewReader(csv.Bytes()), 1<<10)
		if err != nil {
			return err
		}
		pp.Price, pp.Licence = ether("1"), datatrade.UseRight
		id, rcpt, err := d.m.Publish(ctx, d.parties[s.role].acct, pp)
		if err != nil {
			return err
		}
		d.paid(s.role, rcpt)
		it := s.item
		it.ID = id
		h, rcpt, err := sp.RecordItem(ctx, d.parties[s.role].acct, it)
		if err != nil {
			return err
		}
		d.paid(s.role, rcpt)
		if err := sp.Verify(ctx, it); err != nil {
			return err
		}
		if err := idx.Insert(it); err != nil {
			return err
		}
		items = append(items, it)
		sum.Listings = append(sum.Listings, spatialListing{ID: id, Seller: s.role, Item: it, HashID: h})
		gh, _ := it.GeoHash()
		d.step("6.1 The %s publishes listing #%d (%s, geohash %s) and records its hashid %s on chain", s.role, id, s.title, gh, short(h))
	}

	// 2. A buyer searches a region; the index answers as brute force does.
	sum.Region = spatial.Box{MinLon: 13.0, MinLat: 52.3, MaxLon: 13.8, MaxLat: 52.7}
	hits, err := idx.Box(sum.Region, nil)
	if err != nil {
		return err
	}
	brute, err := spatial.NewBrute(items)
	if err != nil {
		return err
	}
	want, err := brute.Box(sum.Region, nil)
	if err != nil {
		return err
	}
	slices.Sort(hits)
	slices.Sort(want)
	if !slices.Equal(hits, want) {
		return datatrade.Errorf(datatrade.EINTERNAL, "region search found %v but brute force %v", hits, want)
	}
	sum.RegionHits = hits
	d.step("6.2 A buyer searches the Berlin region: listings %v (each metadata checked against its hashid on chain)", hits)
	if len(hits) != 2 {
		return datatrade.Errorf(datatrade.EINTERNAL, "region search found %d listings, want the two Berlin ones", len(hits))
	}

	// 3. The two sellers bundle their Berlin data; Shapley values of the
	// bundle's coverage fix each seller's share of the revenue.
	bundle := []spatialListing{sum.Listings[0], sum.Listings[1]}
	rects := make([]shapley.Rect, len(bundle))
	for i, l := range bundle {
		b := l.Item.Footprint
		rects[i] = shapley.Rect{MinX: b.MinLon, MinY: b.MinLat, MaxX: b.MaxLon, MaxY: b.MaxLat}
	}
	values, err := shapley.CoverageValues(rects)
	if err != nil {
		return err
	}
	sum.ShapleyValues = values
	first := uint16(math.Round(values[0] / (values[0] + values[1]) * market.TotalShares))
	sum.SharesBps = []uint16{first, market.TotalShares - first}
	d.step("6.3 Shapley values of coverage: seller %.4f, geo-seller %.4f square degrees (the overlap split evenly) → shares %d / %d basis points",
		values[0], values[1], sum.SharesBps[0], sum.SharesBps[1])

	rcpt, err := au.Send(ctx, d.parties["geo-seller"].acct, au.AllowBundlingTx(bundle[1].ID, d.parties["seller"].Address, true))
	if err != nil {
		return err
	}
	d.paid("geo-seller", rcpt)
	now, err := chainNow(ctx, d.m)
	if err != nil {
		return err
	}
	reserve, deposit := ether("1"), ether("0.2")
	auctionID, rcpt, err := au.Create(ctx, d.parties["seller"].acct, market.AuctionParams{
		Listings: []uint64{bundle[0].ID, bundle[1].ID}, Shares: sum.SharesBps, Reserve: reserve, Deposit: deposit,
		CommitDeadline: now.Add(10 * time.Minute), RevealDeadline: now.Add(20 * time.Minute),
	})
	if err != nil {
		return err
	}
	d.paid("seller", rcpt)
	sum.AuctionID = auctionID
	d.step("6.4 The geo-seller lets the seller bundle its listing; the seller opens auction #%d of the bundle: reserve %s, deposit %s, 10 min to bid, 10 to reveal",
		auctionID, datatrade.FormatAmount(reserve), datatrade.FormatAmount(deposit))

	// 4. Three sealed bids; one bidder will not reveal.
	bids := []struct {
		role    string
		amount  *big.Int
		deposit *big.Int
		reveals bool
	}{
		{"buyer", ether("3"), deposit, true},
		{"bidder-1", ether("2.5"), ether("2.5"), true}, // deposits its whole bid: the deposit hides nothing, but needs no top-up
		{"bidder-2", ether("2"), deposit, false},
	}
	sealed := make([]market.SealedBid, len(bids))
	for i, b := range bids {
		p := d.parties[b.role]
		if sealed[i], err = market.SealBid(auctionID, p.Address, b.amount, rand.Reader); err != nil {
			return err
		}
		tx, err := au.BidTx(sealed[i], b.deposit)
		if err != nil {
			return err
		}
		if err := d.sendAuction(ctx, au, b.role, tx); err != nil {
			return err
		}
		sum.Bids = append(sum.Bids, struct {
			Bidder   common.Address `json:"bidder"`
			Amount   *big.Int       `json:"amount"`
			Revealed bool           `json:"revealed"`
		}{p.Address, b.amount, b.reveals})
	}
	d.step("6.5 The buyer, bidder-1 and bidder-2 commit sealed bids (only hashes and deposits are on chain)")

	if err := d.advance(ctx, 10*time.Minute); err != nil {
		return err
	}
	var revealed []pricing.Bid
	for i, b := range bids {
		if !b.reveals {
			continue
		}
		top, err := au.TopUp(ctx, sealed[i])
		if err != nil {
			return err
		}
		tx, err := au.RevealTx(sealed[i], top)
		if err != nil {
			return err
		}
		if err := d.sendAuction(ctx, au, b.role, tx); err != nil {
			return err
		}
		revealed = append(revealed, pricing.Bid{Bidder: d.parties[b.role].Address, Amount: b.amount})
	}
	d.step("6.6 Ten minutes later the buyer reveals %s (sending the %s its deposit lacked) and bidder-1 reveals %s; bidder-2 stays silent",
		datatrade.FormatAmount(bids[0].amount), datatrade.FormatAmount(new(big.Int).Sub(bids[0].amount, deposit)), datatrade.FormatAmount(bids[1].amount))

	if err := d.advance(ctx, 10*time.Minute); err != nil {
		return err
	}
	as, rcpt, err := au.Settle(ctx, d.parties["bidder-1"].acct, auctionID)
	if err != nil {
		return err
	}
	d.paid("bidder-1", rcpt)
	if as.Leader == nil {
		return datatrade.Errorf(datatrade.EINTERNAL, "auction %d settled without a winner", auctionID)
	}
	sum.Winner, sum.Price = *as.Leader, as.Price
	settled, err := au.Settlement(rcpt)
	if err != nil {
		return err
	}
	sum.Forfeited = settled.Forfeited
	out, err := pricing.SecondPrice(revealed, reserve)
	if err != nil {
		return err
	}
	sum.MatchesVickrey = len(out.Winners) == 1 && out.Winners[0].Bidder == sum.Winner && out.Price.Cmp(sum.Price) == 0
	if !sum.MatchesVickrey {
		return datatrade.Errorf(datatrade.EINTERNAL, "the contract's outcome (%s at %s) differs from pricing.SecondPrice", sum.Winner, sum.Price)
	}
	d.step("6.7 Settled: the buyer wins and pays the second price, %s (as pricing.SecondPrice says); bidder-2's deposit of %s goes to the seller",
		datatrade.FormatAmount(sum.Price), datatrade.FormatAmount(deposit))

	// 5. Everyone withdraws what the auction owes it.
	sum.Revenue = []*big.Int{new(big.Int), new(big.Int)}
	for _, role := range []string{"seller", "geo-seller", "buyer", "bidder-1"} {
		credit, err := au.Credit(ctx, d.parties[role].Address)
		if err != nil {
			return err
		}
		if credit.Sign() == 0 {
			continue
		}
		rcpt, err := au.Withdraw(ctx, d.parties[role].acct)
		if err != nil {
			return err
		}
		d.paid(role, rcpt)
		d.flow(role, credit)
		switch role {
		case "seller":
			sum.Revenue[0].Sub(credit, sum.Forfeited)
		case "geo-seller":
			sum.Revenue[1].Set(credit)
		}
	}
	d.step("6.8 Withdrawals: the seller gets %s of the price (+ the forfeited deposit), the geo-seller %s; the buyer its change, bidder-1 its refund",
		datatrade.FormatAmount(sum.Revenue[0]), datatrade.FormatAmount(sum.Revenue[1]))
	return nil
}

// sendAuction sends an auction transaction from role, booking its gas and value.
func (d *demo) sendAuction(ctx context.Context, au *market.Auctions, role string, tx market.Tx) error {
	rcpt, err := au.Send(ctx, d.parties[role].acct, tx)
	if err != nil {
		return err
	}
	d.paid(role, rcpt)
	if tx.Value != nil {
		d.flow(role, new(big.Int).Neg(tx.Value))
	}
	return nil
}
