package catalog_test

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/catalog"
	"github.com/datatrade/datatrade/contracts"
	"github.com/datatrade/datatrade/fingerprint"
	"github.com/datatrade/datatrade/fingerprint/distort"
	"github.com/datatrade/datatrade/market"
)

// wantCode fails the test unless err has the code.
func wantCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := datatrade.ErrorCode(err); got != code {
		t.Fatalf("%s: got code %q (err %v), want %q", what, got, err, code)
	}
}

// images returns fingerprints of an original photo, a modified copy of it
// (re-compressed and brightened) and an unrelated photo.
func images(t *testing.T) (orig, copied, unrelated *fingerprint.Fingerprint) {
	t.Helper()
	img := photo(1, 240, 180)
	jpg, err := distort.JPEG(distort.Brightness(img, 1.12), 75)
	if err != nil {
		t.Fatal(err)
	}
	orig, copied, unrelated = imageFP(t, img), imageFP(t, jpg), imageFP(t, photo(2, 240, 180))
	if s := fingerprint.Similarity(orig, copied); s < catalog.DefaultThreshold {
		t.Fatalf("the modified copy scores %v against the original, want at least the threshold %v", s, catalog.DefaultThreshold)
	}
	if s := fingerprint.Similarity(orig, unrelated); s >= catalog.DefaultThreshold {
		t.Fatalf("the unrelated photo scores %v against the original, want below the threshold %v", s, catalog.DefaultThreshold)
	}
	return orig, copied, unrelated
}

func TestPublishCheck(t *testing.T) {
	drivers(t, func(t *testing.T, cfg catalog.Config) {
		e := newEnv(t, cfg)
		ctx := testCtx(t)
		orig, copied, unrelated := images(t)
		platform := e.platform.Address

		// The seller is approved, and the approval verifies with the
		// platform's address only.
		a, err := e.cat.Check(ctx, e.seller.Address, orig)
		if err != nil {
			t.Fatalf("first Check: %v", err)
		}
		commit, _ := orig.Commit()
		if a.Owner != e.seller.Address || a.FingerprintCommitment != common.Hash(commit) || !a.IssuedAt.Equal(e.cfg.Now()) {
			t.Fatalf("approval: got %+v, want owner %s, commitment %x, time %v", a, e.seller.Address, commit, e.cfg.Now())
		}
		if err := a.Verify(platform); err != nil {
			t.Fatalf("Verify: %v", err)
		}
		wantCode(t, "Verify with another address", a.Verify(e.pirate.Address), datatrade.EINTEGRITY)
		forged := a
		forged.Owner = e.pirate.Address
		wantCode(t, "Verify of an approval with a changed owner", forged.Verify(platform), datatrade.EINTEGRITY)
		forged = a
		forged.Signature = forged.Signature[:10]
		wantCode(t, "Verify of a truncated signature", forged.Verify(platform), datatrade.EINTEGRITY)

		id := e.publish(t, e.seller, orig, "bafy-orig")
		wantCode(t, "Register before the indexer saw the listing", e.cat.Register(ctx, id, orig, "x"), datatrade.ENOTFOUND)
		e.sync(t, e.cat)
		wantCode(t, "Register of a fingerprint that does not match the commitment", e.cat.Register(ctx, id, unrelated, "x"), datatrade.EINTEGRITY)
		wantCode(t, "Register of a nil fingerprint", e.cat.Register(ctx, id, nil, "x"), datatrade.EINVALID)
		wantCode(t, "Register of a description with a NUL", e.cat.Register(ctx, id, orig, "a\x00b"), datatrade.EINVALID)
		if err := e.cat.Register(ctx, id, orig, "golden wheat field at sunset"); err != nil {
			t.Fatalf("Register: %v", err)
		}

		// A near-duplicate from another owner is refused, naming the listing.
		_, err = e.cat.Check(ctx, e.pirate.Address, copied)
		wantCode(t, "pirate's Check of a modified copy", err, datatrade.ECONFLICT)
		if msg := datatrade.ErrorMessage(err); !strings.Contains(msg, fmt.Sprintf("listing %d", id)) || !strings.Contains(msg, "similarity") {
			t.Fatalf("refusal: got %q, want it to name listing %d and the similarity", msg, id)
		}
		// The owner may publish its own data again; unrelated data passes.
		if _, err := e.cat.Check(ctx, e.seller.Address, copied); err != nil {
			t.Fatalf("owner's Check of its own modified copy: %v", err)
		}
		a, err = e.cat.Check(ctx, e.pirate.Address, unrelated)
		if err != nil {
			t.Fatalf("Check of unrelated data: %v", err)
		}
		if err := a.Verify(platform); err != nil {
			t.Fatalf("Verify of the unrelated approval: %v", err)
		}

		// A pirate who publishes on chain anyway cannot register the copy,
		// so the copy never shows in searches.
		pirated := e.publish(t, e.pirate, copied, "bafy-pirated")
		e.sync(t, e.cat)
		wantCode(t, "pirate's Register", e.cat.Register(ctx, pirated, copied, "wheat field"), datatrade.ECONFLICT)
		res, err := e.cat.SearchFingerprint(ctx, copied, 0, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := resultIDs(res); !slices.Equal(got, []uint64{id}) {
			t.Fatalf("search by the copy: got listings %v, want [%d]", got, id)
		}

		// The seller sells the listing token to the platform (the reseller
		// scenario): the table follows the Transfer, the platform may now
		// republish the data, and the seller may not.
		if _, err := e.m.Send(ctx, e.seller, market.Tx{To: e.d.Market, Data: contracts.NewMarket().PackTransferFrom(e.seller.Address, platform, new(big.Int).SetUint64(id)), What: "transfer"}); err != nil {
			t.Fatal(err)
		}
		e.sync(t, e.cat)
		l, err := e.cat.Listing(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if l.Owner != platform || l.Seller != e.seller.Address || !l.Registered {
			t.Fatalf("after the sale: got owner %s seller %s registered %v, want owner %s seller %s registered", l.Owner, l.Seller, l.Registered, platform, e.seller.Address)
		}
		if _, err := e.cat.Check(ctx, platform, copied); err != nil {
			t.Fatalf("new owner's Check: %v", err)
		}
		_, err = e.cat.Check(ctx, e.seller.Address, orig)
		wantCode(t, "former owner's Check after the sale", err, datatrade.ECONFLICT)

		// A restart rebuilds the index from the database.
		reopened := e.open(t)
		if got, want := reopened.IndexLen(), e.cat.IndexLen(); got != want || got != 1 {
			t.Fatalf("index after reopening: got %d entries, want %d (= 1)", got, want)
		}
		_, err = reopened.Check(ctx, e.pirate.Address, copied)
		wantCode(t, "pirate's Check after a restart", err, datatrade.ECONFLICT)
	})
}

func resultIDs(res []catalog.Result) []uint64 {
	var ids []uint64
	for _, r := range res {
		ids = append(ids, r.Listing.ID)
	}
	return ids
}

func TestSearch(t *testing.T) {
	drivers(t, func(t *testing.T, cfg catalog.Config) {
		e := newEnv(t, cfg)
		ctx := testCtx(t)
		descriptions := []string{
			"Golden wheat field at sunset, 4000 photos",
			"Sunset over the harbour: boats and cranes",
			"Traffic counts per hour, city centre",
		}
		ids, fps := e.registered(t, 10, 160, descriptions)
		// Listing 2 is taken off sale, and listing 1 changes price.
		if _, err := e.m.Send(ctx, e.seller, e.m.DelistTx(ids[1])); err != nil {
			t.Fatal(err)
		}
		tx, err := e.m.UpdatePriceTx(ids[0], big.NewInt(7e15), big.NewInt(3))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := e.m.Send(ctx, e.seller, tx); err != nil {
			t.Fatal(err)
		}
		e.sync(t, e.cat)

		for _, tc := range []struct {
			query string
			want  []uint64
		}{
			{"sunset", []uint64{ids[0]}}, // listing 2 is delisted
			{"SUNSET wheat", []uint64{ids[0]}},
			{"traffic", []uint64{ids[2]}},
			{"harbour", nil},
			{"nothing-like-this", nil},
			{`"sun* OR (wheat) NEAR -- '`, nil}, // query syntax is not passed on
			{"centre, city!", []uint64{ids[2]}},
		} {
			res, err := e.cat.SearchDescription(ctx, tc.query, 10)
			if err != nil {
				t.Fatalf("search %q: %v", tc.query, err)
			}
			if got := resultIDs(res); !slices.Equal(got, tc.want) {
				t.Errorf("search %q: got %v, want %v", tc.query, got, tc.want)
			}
			checkNoFingerprints(t, res, fps)
		}
		_, err = e.cat.SearchDescription(ctx, " ,;! ", 10)
		wantCode(t, "search without words", err, datatrade.EINVALID)

		res, err := e.cat.SearchFingerprint(ctx, fps[0], 0, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(res) != 1 || res[0].Listing.ID != ids[0] || res[0].Score != fingerprint.One {
			t.Fatalf("search by fingerprint: got %+v, want listing %d with score 1", res, ids[0])
		}
		if p := res[0].Listing.Price; p.Cmp(big.NewInt(7e15)) != 0 {
			t.Fatalf("price after update: got %v, want 7e15", p)
		}
		checkNoFingerprints(t, res, fps)
		// The delisted listing is not offered, even to an exact sample.
		res, err = e.cat.SearchFingerprint(ctx, fps[1], 0, 10)
		if err != nil || len(res) != 0 {
			t.Fatalf("search for a delisted listing: got %+v, %v; want nothing", res, err)
		}
		if _, err := e.m.Send(ctx, e.seller, e.m.RelistTx(ids[1])); err != nil {
			t.Fatal(err)
		}
		e.sync(t, e.cat)
		res, err = e.cat.SearchDescription(ctx, "sunset", 10)
		if err != nil {
			t.Fatal(err)
		}
		if got := resultIDs(res); len(got) != 2 || !slices.Contains(got, ids[1]) {
			t.Fatalf("search after relisting: got %v, want %d and %d", got, ids[0], ids[1])
		}
	})
}

// checkNoFingerprints fails when the JSON of res holds any of fps'
// encodings (raw, hex or base64) or feature fields.
func checkNoFingerprints(t *testing.T, res []catalog.Result, fps []*fingerprint.Fingerprint) {
	t.Helper()
	blob, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ToLower(string(blob))
	for _, fp := range fps {
		enc, _ := fp.MarshalBinary()
		for _, s := range []string{hex.EncodeToString(enc[:24]), base64.StdEncoding.EncodeToString(enc[:24]), string(enc[:12])} {
			if strings.Contains(text, strings.ToLower(s)) {
				t.Fatalf("search results reveal a stored fingerprint: %s", blob)
			}
		}
	}
	for _, field := range []string{"thumb", "hist", "phash", "minhash", "image"} {
		if strings.Contains(text, `"`+field) {
			t.Fatalf("search results have a fingerprint field %q: %s", field, blob)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := testCtx(t)
	for _, tc := range []struct {
		name string
		cfg  catalog.Config
		code string
	}{
		{"unknown driver", catalog.Config{Driver: "mysql", DSN: "x"}, datatrade.EINVALID},
		{"no DSN", catalog.Config{}, datatrade.EINVALID},
		{"unreachable postgres", catalog.Config{Driver: catalog.Postgres, DSN: "host=" + t.TempDir() + " port=1 user=x sslmode=disable connect_timeout=2"}, datatrade.EUNAVAILABLE},
		{"sqlite in a missing directory", catalog.Config{DSN: filepath.Join(t.TempDir(), "no", "such", "dir", "c.db")}, datatrade.EUNAVAILABLE},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := catalog.Open(ctx, tc.cfg)
			if c != nil {
				c.Close()
			}
			wantCode(t, "Open", err, tc.code)
		})
	}
}

func TestMigrationsIdempotent(t *testing.T) {
	ctx := testCtx(t)
	cfg := catalog.Config{DSN: filepath.Join(t.TempDir(), "c.db")}
	for i := range 2 {
		c, err := catalog.Open(ctx, cfg)
		if err != nil {
			t.Fatalf("Open #%d: %v", i+1, err)
		}
		c.Close()
	}
}

// FuzzSearchDescription feeds arbitrary query text to the full-text
// search: it is either refused as EINVALID or answered, never an internal
// error.
func FuzzSearchDescription(f *testing.F) {
	for _, s := range []string{"sunset", `"a" OR b*`, "NEAR(a b)", "-x", "'", "ü ß 漢字", "a\x00b", "col:val ^x"} {
		f.Add(s)
	}
	c, err := catalog.Open(f.Context(), catalog.Config{DSN: filepath.Join(f.TempDir(), "c.db")})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { c.Close() })
	f.Fuzz(func(t *testing.T, q string) {
		_, err := c.SearchDescription(t.Context(), q, 5)
		if code := datatrade.ErrorCode(err); code != "" && code != datatrade.EINVALID {
			t.Fatalf("query %q: %v", q, err)
		}
	})
}

func TestCheckTabular(t *testing.T) {
	e := newEnv(t, catalog.Config{DSN: filepath.Join(t.TempDir(), "c.db")})
	ctx := testCtx(t)
	csvFP := func(rows []string) *fingerprint.Fingerprint {
		t.Helper()
		fp, err := fingerprint.Compute(ctx, strings.NewReader("station,day,rain_mm\n"+strings.Join(rows, "\n")+"\n"), fingerprint.Hint{Name: "rain.csv"})
		if err != nil {
			t.Fatal(err)
		}
		if fp.Kind != fingerprint.KindTabular {
			t.Fatalf("kind: got %v, want tabular", fp.Kind)
		}
		return fp
	}
	var rows, other []string
	for i := range 400 {
		rows = append(rows, fmt.Sprintf("st%d,2026-01-%02d,%d.%d", i%17, 1+i%28, i%41, i%10))
		other = append(other, fmt.Sprintf("wind%d,2025-06-%02d,%d", i%13, 1+i%30, i*7%97))
	}
	orig := csvFP(rows)
	// The pirate reorders the rows and edits a few of them.
	copied := append([]string(nil), rows...)
	slices.Reverse(copied)
	for i := 0; i < len(copied); i += 50 {
		copied[i] += "1"
	}
	id := e.publish(t, e.seller, orig, "bafy-rain")
	e.sync(t, e.cat)
	if err := e.cat.Register(ctx, id, orig, "daily rainfall by station"); err != nil {
		t.Fatal(err)
	}
	_, err := e.cat.Check(ctx, e.pirate.Address, csvFP(copied))
	wantCode(t, "pirate's Check of edited rows", err, datatrade.ECONFLICT)
	if _, err := e.cat.Check(ctx, e.pirate.Address, csvFP(other)); err != nil {
		t.Fatalf("Check of other rows: %v", err)
	}
	// An image is never compared with a table.
	if _, err := e.cat.Check(ctx, e.pirate.Address, imageFP(t, photo(3, 64, 64))); err != nil {
		t.Fatalf("Check of an image: %v", err)
	}
}
