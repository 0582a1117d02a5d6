package main

import (
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/spatial"
)

// TestAuctionCLI runs a sealed-bid auction and a hashid record through the CLI on the embedded dev chain:
// three bids, two reveals (the bid kept in --home), settlement at the second price, withdrawals, and the
// refusals a user meets on the way.
func TestAuctionCLI(t *testing.T) {
	ctx := testContext(t, 3*time.Minute)
	node, err := devnode.Start(ctx, devnode.Config{DataDir: filepath.Join(t.TempDir(), "chain"), DevAccounts: 16})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	rc, err := rpc.DialContext(ctx, node.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)
	advance := func(d time.Duration) {
		t.Helper()
		var res any
		if err := rc.CallContext(ctx, &res, "datatrade_increaseTime", uint64(d/time.Second)); err != nil {
			t.Fatal(err)
		}
	}
	home := t.TempDir()
	on := []string{"--rpc", node.HTTPURL(), "--home", home}
	run := func(args ...string) (string, string, int) { return runCLI(t, ctx, append(args, on...)...) }
	must := func(v any, args ...string) { t.Helper(); mustJSON(t, ctx, v, append(args, on...)...) }
	refused := func(wantCode int, wantErr string, args ...string) {
		t.Helper()
		_, errs, code := run(args...)
		if code != wantCode || !strings.Contains(errs, wantErr) {
			t.Fatalf("datatrade %s: exit %d, stderr %q; want exit %d mentioning %q", strings.Join(args, " "), code, errs, wantCode, wantErr)
		}
	}
	addr := func(i int) string { return crypto.PubkeyToAddress(devnode.DevKey(i).PublicKey).Hex() }

	must(nil, "deploy", "--account", "dev:0")
	data := filepath.Join(t.TempDir(), "d.csv")
	writeFile(t, data, strings.Repeat("13.4,52.5,7\n", 500))
	must(nil, "seller", "publish", data, "--price", "1eth", "--account", "dev:2")

	// The seller records the listing's hashid; the metadata checks against it.
	var hid hashIDResult
	must(&hid, "spatial", "register", "1", "--time", "2026-05-01", "--point", "52.52,13.40", "--attr", "kind=traffic", "--account", "dev:2")
	want, _ := spatial.HashID(time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC), spatial.PointBox(spatial.Point{Lon: 13.40, Lat: 52.52}), map[string]string{"kind": "traffic"})
	if hid.HashID != want || hid.Tx == nil {
		t.Fatalf("spatial register: %+v, want hashid %s", hid, want)
	}
	var shown hashIDResult
	must(&shown, "spatial", "show", "1", "--time", "2026-05-01", "--point", "52.52,13.40", "--attr", "kind=traffic")
	if shown.Matches == nil || !*shown.Matches || shown.Record == nil || shown.Record.Owner.Hex() != addr(2) {
		t.Fatalf("spatial show: %+v, want a match recorded by dev:2", shown)
	}
	refused(1, "does not hash to the recorded hashid", "spatial", "show", "1", "--time", "2026-05-02", "--point", "52.52,13.40", "--attr", "kind=traffic")
	refused(1, "already has a hashid", "spatial", "register", "1", "--time", "2026-05-01", "--point", "52.52,13.40", "--account", "dev:2")
	refused(2, "exactly one of --point", "spatial", "register", "1", "--time", "2026-05-01", "--account", "dev:2")
	refused(2, "latitude first", "spatial", "register", "1", "--time", "2026-05-01", "--point", "120.5,10", "--account", "dev:2")
	refused(2, "latitude first", "spatial", "register", "1", "--time", "2026-05-01", "--box", "52.6,13.3,52.4,13.5", "--account", "dev:2")
	refused(2, "--attr takes KEY=VALUE", "spatial", "register", "1", "--time", "2026-05-01", "--point", "1,2", "--attr", "x", "--account", "dev:2")

	// The auction.
	var created txResult
	must(&created, "auction", "create", "1", "--reserve", "1eth", "--deposit", "0.1eth", "--bidding", "1m", "--reveal", "1m", "--account", "dev:2")
	if created.ID == nil || *created.ID != 1 {
		t.Fatalf("auction create: %+v, want id 1", created)
	}
	refused(2, "--shares takes whole basis points", "auction", "create", "1", "--shares", "half", "--account", "dev:2")
	refused(2, "--amount is required", "auction", "bid", "1", "--account", "dev:11")
	must(nil, "auction", "bid", "1", "--amount", "2eth", "--account", "dev:11")
	must(nil, "auction", "bid", "1", "--amount", "1.5eth", "--deposit", "1.5eth", "--account", "dev:12")
	must(nil, "auction", "bid", "1", "--amount", "3eth", "--account", "dev:13")
	refused(1, "already bid in auction 1", "auction", "bid", "1", "--amount", "4eth", "--account", "dev:11")
	refused(1, "may not bid", "auction", "bid", "1", "--amount", "4eth", "--account", "dev:2")
	kept := filepath.Join(home, "bids")
	var files int
	_ = filepath.WalkDir(kept, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files++
			if fi, _ := d.Info(); fi.Mode().Perm() != 0o600 {
				t.Errorf("%s: mode %v, want 0600", p, fi.Mode().Perm())
			}
		}
		return nil
	})
	if files != 3 {
		t.Fatalf("%d bid files kept in %s, want 3", files, kept)
	}
	var view auctionView
	must(&view, "auction", "show", "1")
	if view.Phase != market.PhaseBidding || view.Bids != 3 || view.Leader != nil {
		t.Fatalf("while bidding: %+v", view.AuctionState)
	}
	refused(1, "takes reveals from", "auction", "reveal", "1", "--account", "dev:11")

	advance(time.Minute)
	refused(1, "bidding in auction 1 closed", "auction", "bid", "1", "--amount", "1eth", "--account", "dev:3")
	must(nil, "auction", "reveal", "1", "--account", "dev:11")
	must(nil, "auction", "reveal", "1", "--account", "dev:12")
	refused(1, "no bid kept at", "auction", "reveal", "1", "--account", "dev:3")
	refused(1, "can be settled from", "auction", "settle", "1", "--account", "dev:3")
	must(&view, "auction", "show", "1", "--bidder", addr(12))
	if view.Phase != market.PhaseRevealing || view.Leader == nil || view.Leader.Hex() != addr(11) || view.Mine == nil ||
		!view.Mine.Revealed || view.Mine.Funds.Sign() != 0 {
		t.Fatalf("while revealing: %+v, bid %+v", view.AuctionState, view.Mine)
	}

	advance(time.Minute)
	must(nil, "auction", "settle", "1", "--account", "dev:3")
	must(&view, "auction", "show", "1")
	price, _ := new(big.Int).SetString("1500000000000000000", 10)
	if !view.Settled || view.Leader.Hex() != addr(11) || view.Price.Cmp(price) != 0 {
		t.Fatalf("settled: %+v, want dev:11 paying 1.5 ether", view.AuctionState)
	}
	out, _, code := run("auction", "show", "1")
	if code != 0 || !strings.Contains(out, "pays 1.5") {
		t.Fatalf("auction show: exit %d, %q; want the price in words", code, out)
	}
	// The seller gets the price and dev:13's forfeited deposit; dev:11 its change; dev:12 its refund.
	for _, w := range []struct {
		account string
		credit  int64 // milli-ether
	}{{"dev:2", 1600}, {"dev:11", 500}, {"dev:12", 1500}} {
		credit := new(big.Int).Mul(big.NewInt(w.credit), big.NewInt(1e15))
		_, errs, code := run("auction", "withdraw", "--account", w.account)
		if code != 0 || !strings.Contains(errs, "withdrawing "+datatrade.FormatAmount(credit)) {
			t.Fatalf("withdraw %s: exit %d, %s; want %s withdrawn", w.account, code, errs, datatrade.FormatAmount(credit))
		}
	}
	refused(1, "owe", "auction", "withdraw", "--account", "dev:13")
	refused(1, "already settled", "auction", "settle", "1", "--account", "dev:3")

	// A bundle with another seller's listing: refused until that seller allows it.
	must(nil, "seller", "publish", data, "--price", "1eth", "--account", "dev:11")
	refused(1, "has not allowed this account to bundle it", "auction", "create", "1,2", "--shares", "6000,4000", "--account", "dev:2")
	refused(1, "only the owner of listing 2", "auction", "allow", "2", "--seller", addr(2), "--account", "dev:12")
	must(nil, "auction", "allow", "2", "--seller", addr(2), "--account", "dev:11")
	refused(1, "shares sum to 9000", "auction", "create", "1,2", "--shares", "5000,4000", "--account", "dev:2")
	must(&created, "auction", "create", "1,2", "--shares", "6000,4000", "--reserve", "1eth", "--account", "dev:2")
	must(&view, "auction", "show", "2")
	if view.Phase != market.PhaseBidding || len(view.Owners) != 2 || view.Owners[1].Hex() != addr(11) || view.Shares[0] != 6000 {
		t.Fatalf("bundle auction: %+v", view.AuctionState)
	}
	refused(1, "no auction 9", "auction", "show", "9")
}

// FuzzLoadBid: a kept bid file of any content loads without panicking, and whatever loads opens its own
// commitment.
func FuzzLoadBid(f *testing.F) {
	sb, err := market.SealBid(1, common.HexToAddress("0x00000000000000000000000000000000000000b1"), big.NewInt(1e18), strings.NewReader(strings.Repeat("s", 32)))
	if err != nil {
		f.Fatal(err)
	}
	good, _ := json.Marshal(sb)
	f.Add(good)
	f.Add([]byte(`{"auction":1,"amount":-5}`))
	f.Add([]byte(`{}`))
	f.Add([]byte("not json"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "bid.json")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		got, err := loadBid(path)
		if err != nil {
			if code := datatrade.ErrorCode(err); code != datatrade.EINTEGRITY {
				t.Fatalf("loadBid error code %q (%v), want EINTEGRITY", code, err)
			}
			return
		}
		if got.Check() != nil {
			t.Fatalf("loaded bid %+v does not open its commitment", got)
		}
	})
}
