package agent_test

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/agent"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/market"
)

func chainTrade() *datatrade.Trade {
	return &datatrade.Trade{ID: 7, ListingID: 3, Buyer: common.HexToAddress("0xb0"), Seller: common.HexToAddress("0x5e"),
		Price: big.NewInt(1000), FeeDeposit: big.NewInt(10), Root: common.HexToHash("0x77"), Deadline: time.Unix(1_900_000_000, 0),
		BuyerPubKey: []byte{1, 2, 3}, Exchanges: []datatrade.TradeExchange{{ID: 1}, {ID: 2}}}
}

func recordOf(t *datatrade.Trade, exchangeID uint64) *exchange.TradeRecord {
	return &exchange.TradeRecord{Exchange: exchangeID, Trade: exchange.Trade{ID: t.ID, Listing: t.ListingID, Buyer: t.Buyer, Seller: t.Seller,
		Price: new(big.Int).Set(t.Price), FeeDeposit: new(big.Int).Set(t.FeeDeposit), Root: t.Root, Exchanges: []uint64{1, 2},
		Deadline: uint64(t.Deadline.Unix()), BuyerPubKey: []byte{1, 2, 3}}}
}

func TestCheckRecord(t *testing.T) {
	for _, tc := range []struct {
		field  string
		change func(r *exchange.TradeRecord)
	}{
		{"", func(r *exchange.TradeRecord) {}},
		{"exchange", func(r *exchange.TradeRecord) { r.Exchange = 2 }},
		{"trade id", func(r *exchange.TradeRecord) { r.Trade.ID = 8 }},
		{"listing", func(r *exchange.TradeRecord) { r.Trade.Listing = 4 }},
		{"buyer", func(r *exchange.TradeRecord) { r.Trade.Buyer = common.HexToAddress("0xb1") }},
		{"seller", func(r *exchange.TradeRecord) { r.Trade.Seller = common.HexToAddress("0x5f") }},
		{"price", func(r *exchange.TradeRecord) { r.Trade.Price = big.NewInt(999) }},
		{"fee deposit", func(r *exchange.TradeRecord) { r.Trade.FeeDeposit = big.NewInt(0) }},
		{"root", func(r *exchange.TradeRecord) { r.Trade.Root = common.HexToHash("0x78") }},
		{"exchanges", func(r *exchange.TradeRecord) { r.Trade.Exchanges = []uint64{2, 1} }},
		{"deadline", func(r *exchange.TradeRecord) { r.Trade.Deadline++ }},
		{"buyer key", func(r *exchange.TradeRecord) { r.Trade.BuyerPubKey = []byte{1, 2, 4} }},
		{"incomplete", func(r *exchange.TradeRecord) { r.Trade.Price = nil }},
	} {
		t.Run(tc.field, func(t *testing.T) {
			tr := chainTrade()
			r := recordOf(tr, 1)
			tc.change(r)
			err := agent.CheckRecord(r, 1, tr)
			if tc.field == "" {
				if err != nil {
					t.Fatalf("matching record refused: %v", err)
				}
				return
			}
			if datatrade.ErrorCode(err) != datatrade.EINTEGRITY || !strings.Contains(datatrade.ErrorMessage(err), tc.field) {
				t.Errorf("got %v, want EINTEGRITY naming %q", err, tc.field)
			}
		})
	}
	if err := agent.CheckRecord(nil, 1, chainTrade()); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
		t.Errorf("nil record: %v, want EINTEGRITY", err)
	}
}

func TestCheckConfig(t *testing.T) {
	d := market.Deployment{ChainID: 1337, Registry: common.HexToAddress("0x1"), Market: common.HexToAddress("0x2"),
		Escrow: common.HexToAddress("0x3"), Salt: common.HexToHash("0x5a17")}
	want := agent.Expected(d)
	auth := common.HexToAddress("0xa0")
	good := want
	good.HeaderAuth, good.Authority = enclave.HeaderAuthAuthority, auth
	for _, tc := range []struct {
		name   string
		change func(c *enclave.Config)
		pin    common.Address
		ok     bool
	}{
		{"same", func(c *enclave.Config) {}, auth, true},
		{"no pin", func(c *enclave.Config) { c.Authority = common.HexToAddress("0xa1") }, common.Address{}, true},
		{"chain", func(c *enclave.Config) { c.ChainID = 1 }, auth, false},
		{"escrow", func(c *enclave.Config) { c.Escrow = common.HexToAddress("0x4") }, auth, false},
		{"market", func(c *enclave.Config) { c.Market = common.HexToAddress("0x4") }, auth, false},
		{"domain salt", func(c *enclave.Config) { c.Domain.Salt = common.Hash{} }, auth, false},
		{"authority", func(c *enclave.Config) { c.Authority = common.HexToAddress("0xa1") }, auth, false},
		{"dev headers", func(c *enclave.Config) { c.HeaderAuth, c.Authority = enclave.HeaderAuthDev, common.Address{} }, auth, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := good
			tc.change(&c)
			err := agent.CheckConfig(&c, want, tc.pin)
			if tc.ok != (err == nil) {
				t.Fatalf("CheckConfig: %v, want ok=%v", err, tc.ok)
			}
			if err != nil && datatrade.ErrorCode(err) != datatrade.EUNAUTHORIZED {
				t.Errorf("code %s, want EUNAUTHORIZED", datatrade.ErrorCode(err))
			}
		})
	}
}

func TestCheckIdentity(t *testing.T) {
	claims := &enclave.Claims{Platform: enclave.PlatformSim, Measurement: enclave.Measurement{1, 2, 3}}
	keys := enclave.PublicKeys{SigningAddress: common.HexToAddress("0x5196")}
	x := datatrade.TradeExchange{ID: 1, Signer: keys.SigningAddress, Measurement: common.Hash(claims.MeasurementID())}
	if err := agent.CheckIdentity(keys, claims, x); err != nil {
		t.Fatalf("matching identity refused: %v", err)
	}
	other := x
	other.Signer = common.HexToAddress("0x5197")
	if err := agent.CheckIdentity(keys, claims, other); datatrade.ErrorCode(err) != datatrade.EUNAUTHORIZED {
		t.Errorf("other signer: %v, want EUNAUTHORIZED", err)
	}
	other = x
	other.Measurement = common.Hash(enclave.IDOf(enclave.PlatformSNP, claims.Measurement))
	if err := agent.CheckIdentity(keys, claims, other); datatrade.ErrorCode(err) != datatrade.EUNAUTHORIZED {
		t.Errorf("same measurement on another platform: %v, want EUNAUTHORIZED", err)
	}
}

func TestStateRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "state.json")
	s, err := agent.LoadState(path)
	if err != nil || s.NextTrade != 1 || len(s.Trades) != 0 {
		t.Fatalf("missing file: %+v, %v; want a fresh state", s, err)
	}
	s.NextTrade = 5
	s.Trades[3] = &agent.TradeProgress{Listing: 2, Exchanges: map[uint64]*agent.Served{1: {Outcome: agent.OutcomeHandedOver}}}
	if err := s.Save(path); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("state file mode %v, %v; want 0600", fi.Mode(), err)
	}
	got, err := agent.LoadState(path)
	if err != nil || got.NextTrade != 5 || got.Trades[3].Exchanges[1].Outcome != agent.OutcomeHandedOver {
		t.Errorf("reloaded %+v, %v", got, err)
	}
	for name, body := range map[string]string{
		"not json":          "{",
		"zero cursor":       `{"next_trade":0}`,
		"trade past cursor": `{"next_trade":2,"trades":{"5":{"listing":1,"exchanges":{}}}}`,
		"null trade":        `{"next_trade":2,"trades":{"1":null}}`,
	} {
		if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := agent.LoadState(path); datatrade.ErrorCode(err) != datatrade.EINVALID {
			t.Errorf("%s: %v, want EINVALID", name, err)
		}
	}
}

func FuzzLoadState(f *testing.F) {
	f.Add([]byte(`{"next_trade":3,"trades":{"1":{"listing":1,"exchanges":{"2":{"outcome":"refused","reason":"x"}}}}}`))
	f.Add([]byte(`{"next_trade":1}`))
	f.Add([]byte(`[]`))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(dir, "state.json")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := agent.LoadState(path)
		if err != nil {
			if datatrade.ErrorCode(err) != datatrade.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		for id, p := range s.Trades {
			if id == 0 || id >= s.NextTrade || p == nil || p.Exchanges == nil {
				t.Fatalf("accepted an inconsistent state: %+v", s)
			}
		}
	})
}
