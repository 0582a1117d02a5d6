package broker_test

import (
	"crypto/rand"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/board"
	"github.com/datatrade/datatrade/broker"
	"github.com/datatrade/datatrade/fingerprint"
	"github.com/datatrade/datatrade/market"
)

// TestBrokerTrade runs the paper's scenario 1 end to end: relay, board,
// consistency check, confirmation, anchoring and an inclusion proof checked
// against the chain; then the reseller step (the catalog follows the
// token) and a pirate's modified copy refused.
func TestBrokerTrade(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	data := table(300, 1)
	price := new(big.Int).Mul(big.NewInt(2), ether)
	listing := e.list(t, data, datatrade.Ownership, price, big.NewInt(0))
	tr := e.open(t, listing)

	// A delivery signed by someone else, or naming another ciphertext, is refused before any transaction.
	k, _ := e.s.BuyerKeyOf(ctx, tr.ID)
	pub := e.buyerKey.Public()
	if string(k.Key) != string(pub.Bytes()) {
		t.Fatal("the stored buyer key is not the buyer's")
	}
	forged, err := broker.NewDelivery(ctx, rand.Reader, e.d, e.seller, tr, pub, strings.NewReader(data), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	forged.NoticeSig, _ = e.other.SignHash(e.d.SentDigest(forged.Notice))
	_, err = e.s.Deliver(ctx, forged)
	wantCode(t, "forged notice", err, datatrade.EUNAUTHORIZED)
	forged.Bundle.Sealed = append(forged.Bundle.Sealed, 0)
	_, err = e.s.Deliver(ctx, forged)
	wantCode(t, "other ciphertext", err, datatrade.EINTEGRITY)

	rec := e.deliver(t, tr, data)
	if rec.BoardIndex != 0 || e.trade(t, tr.ID).State != market.BrokerDelivered {
		t.Fatalf("delivery recorded at %d, state %s; want board 0, delivered", rec.BoardIndex, e.trade(t, tr.ID).State)
	}
	_, err = e.s.Deliver(ctx, forged)
	wantCode(t, "second delivery", err, datatrade.ECONFLICT)

	bundle, err := e.s.Fetch(ctx, tr.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := broker.Open(ctx, bundle, e.platformKey, broker.WrapContext(e.d.ChainID, e.d.Broker, tr.ID, broker.PurposeDelivery)); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
		t.Fatalf("the platform opened the buyer's delivery: %v", err)
	}
	r, got, err := broker.NewReceipt(ctx, e.d, e.buyer, tr, bundle, e.buyerKey, fingerprint.Hint{Kind: fingerprint.KindTabular}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != data {
		t.Fatal("the buyer received other data than the seller sent")
	}
	c, err := e.s.Receive(ctx, r)
	if err != nil {
		t.Fatalf("Receive: %v", err)
	}
	if !c.Consistent || c.BoardIndex != 1 {
		t.Fatalf("check = %+v, want consistent at board index 1", c)
	}
	e.send(t, e.buyer, e.b.ConfirmTx(tr.ID))
	confirm, err := broker.Notification(e.buyer, board.KindConfirm, tr.ID, crypto.Keccak256Hash([]byte("confirmed")), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if rec, err := e.s.Post(ctx, confirm); err != nil || rec.BoardIndex != 2 {
		t.Fatalf("Post confirm = %+v, %v", rec, err)
	}
	again, _ := broker.Notification(e.buyer, board.KindConfirm, tr.ID, crypto.Keccak256Hash([]byte("confirmed again")), time.Now())
	_, err = e.s.Post(ctx, again)
	wantCode(t, "a second confirmation", err, datatrade.ECONFLICT)
	undisputed, _ := broker.Notification(e.seller, board.KindDispute, tr.ID, common.Hash{1}, time.Now())
	_, err = e.s.Post(ctx, undisputed)
	wantCode(t, "a dispute notification without a dispute", err, datatrade.ECONFLICT)
	stranger, _ := broker.Notification(e.other, board.KindDispute, tr.ID, common.Hash{1}, time.Now())
	_, err = e.s.Post(ctx, stranger)
	wantCode(t, "a stranger's dispute", err, datatrade.EUNAUTHORIZED)
	if tr = e.trade(t, tr.ID); tr.State != market.BrokerCompleted {
		t.Fatalf("state %s, want completed", tr.State)
	}

	// Anchoring and the client's check of an inclusion proof against the chain.
	_, err = e.s.Proof(ctx, 1)
	wantCode(t, "proof before anchoring", err, datatrade.EUNAVAILABLE)
	cp, err := e.s.Anchor(ctx)
	if err != nil || cp.Size != 3 {
		t.Fatalf("Anchor = %+v, %v; want size 3", cp, err)
	}
	if _, err := e.s.Anchor(ctx); err != nil {
		t.Fatalf("anchoring an unchanged board again: %v", err)
	}
	v := board.Verifier{Platform: e.platform.Address}
	p, err := e.s.Proof(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	entry, anchored, err := broker.VerifyProof(ctx, e.b, v, p)
	if err != nil {
		t.Fatalf("VerifyProof: %v", err)
	}
	if entry.Kind != board.KindReceive || entry.Party != e.buyer.Address || anchored.Size != 3 {
		t.Fatalf("proved entry %v by %s in anchored size %d", entry.Kind, entry.Party, anchored.Size)
	}
	// A checkpoint the chain does not hold (a split view): refused.
	if _, err := e.board.Append(ctx, mustEntry(t, e, tr.ID)); err != nil {
		t.Fatal(err)
	}
	cur, err := e.board.Checkpoint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	incl, err := e.board.InclusionProof(ctx, 1, cur.Size)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = broker.VerifyProof(ctx, e.b, v, broker.Proof{Entry: p.Entry, Inclusion: incl, Checkpoint: cur})
	wantCode(t, "unanchored checkpoint", err, datatrade.ENOTFOUND)

	// The next anchor extends the first: the consistency proof holds against both anchored roots.
	if cp, err := e.s.Anchor(ctx); err != nil || cp.Size != 4 {
		t.Fatalf("second Anchor = %+v, %v; want size 4", cp, err)
	}
	cons, err := e.s.Consistency(ctx, 3, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := broker.VerifyConsistency(ctx, e.b, v, cons); err != nil {
		t.Fatalf("VerifyConsistency: %v", err)
	}
	forgedNew := cons
	forgedNew.Proof.Hashes = append([]common.Hash{{0xee}}, cons.Proof.Hashes[1:]...)
	wantCode(t, "a forged consistency proof", broker.VerifyConsistency(ctx, e.b, v, forgedNew), datatrade.EINTEGRITY)
	_, err = e.s.Consistency(ctx, 2, 4)
	wantCode(t, "consistency from an unanchored size", err, datatrade.ENOTFOUND)
	_, err = e.s.Consistency(ctx, 4, 3)
	wantCode(t, "consistency backwards", err, datatrade.EINVALID)

	// Reseller scenario: the token and the table's owner moved to the buyer, who may
	// sell the data again; the former owner and a pirate with a modified copy may not.
	e.sync(t)
	l, err := e.cat.Listing(ctx, listing)
	if err != nil || l.Owner != e.buyer.Address {
		t.Fatalf("catalog owner %v (%v), want the buyer", l, err)
	}
	if _, err := e.cat.Check(ctx, e.buyer.Address, csvFP(t, data)); err != nil {
		t.Fatalf("the new owner may not resell: %v", err)
	}
	pirated := strings.Replace(data, "c1,", "c01,", 1) + "c7,2031,5\n"
	for _, who := range []common.Address{e.seller.Address, e.other.Address} {
		_, err := e.cat.Check(ctx, who, csvFP(t, pirated))
		wantCode(t, "republishing the sold data", err, datatrade.ECONFLICT)
	}
}

func mustEntry(t *testing.T, e *env, tradeID uint64) board.Entry {
	t.Helper()
	raw, err := broker.Notification(e.seller, board.KindDispute, tradeID, common.Hash{2}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	en, err := board.UnmarshalEntry(raw)
	if err != nil {
		t.Fatal(err)
	}
	return en
}

// TestDisputes: a fingerprint mismatch opens a dispute; the seller's upload
// decides it either way.
func TestDisputes(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	data := table(300, 2)
	for _, honest := range []bool{true, false} {
		listing := e.list(t, data+strings.Repeat("x,1,1\n", map[bool]int{true: 1, false: 2}[honest]), datatrade.UseRight, big.NewInt(1e15), big.NewInt(0))
		tr := e.open(t, listing)
		e.deliver(t, tr, table(300, 9)) // the seller sends other data
		bundle, err := e.s.Fetch(ctx, tr.ID)
		if err != nil {
			t.Fatal(err)
		}
		r, _, err := broker.NewReceipt(ctx, e.d, e.buyer, tr, bundle, e.buyerKey, fingerprint.Hint{Kind: fingerprint.KindTabular}, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		c, err := e.s.Receive(ctx, r)
		if err != nil || c.Consistent {
			t.Fatalf("Receive = %+v, %v; want an inconsistent check", c, err)
		}
		if st := e.trade(t, tr.ID).State; st != market.BrokerDisputed {
			t.Fatalf("state %s, want disputed", st)
		}
		upload := table(300, 9) // a dishonest seller uploads the wrong data again
		if honest {
			upload = data + "x,1,1\n"
		}
		forged, err := broker.NewUpload(ctx, rand.Reader, e.d, e.buyer, tr.ID, e.platformKey.Public(), strings.NewReader(table(300, 9)), "data.csv")
		if err != nil {
			t.Fatal(err)
		}
		_, err = e.s.Resolve(ctx, forged)
		wantCode(t, "an upload by the buyer", err, datatrade.EUNAUTHORIZED)
		u, err := broker.NewUpload(ctx, rand.Reader, e.d, e.seller, tr.ID, e.platformKey.Public(), strings.NewReader(upload), "data.csv")
		if err != nil {
			t.Fatal(err)
		}
		dec, err := e.s.Resolve(ctx, u)
		if err != nil {
			t.Fatalf("Resolve: %v", err)
		}
		want := map[bool]market.BrokerState{true: market.BrokerCompleted, false: market.BrokerRefunded}[honest]
		if dec.ToSeller != honest || dec.Relayed != honest || e.trade(t, tr.ID).State != want {
			t.Fatalf("honest %v: decision %+v, state %s; want to seller %v, state %s", honest, dec, e.trade(t, tr.ID).State, honest, want)
		}
		if honest { // the buyer now gets the uploaded data from the platform
			b, err := e.s.Fetch(ctx, tr.ID)
			if err != nil {
				t.Fatal(err)
			}
			got, err := broker.Open(ctx, b, e.buyerKey, broker.WrapContext(e.d.ChainID, e.d.Broker, tr.ID, broker.PurposeDelivery))
			if err != nil || string(got) != upload {
				t.Fatalf("relayed upload: %d bytes, %v", len(got), err)
			}
		}
		_, err = e.s.Resolve(ctx, u)
		wantCode(t, "a second decision", err, datatrade.ECONFLICT)
	}
}

// TestQueries: a use right paid per query.
func TestQueries(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	data := table(200, 3)
	qp := big.NewInt(1e15)
	listing := e.list(t, data, datatrade.UseRight, big.NewInt(1e16), qp)
	path := t.TempDir() + "/data.csv"
	if err := writeFile(path, data); err != nil {
		t.Fatal(err)
	}
	q := broker.Query{Op: "count", Where: []broker.Condition{{Column: "year", Op: ">=", Value: "2010"}}}
	call0, err := broker.NewQueryCall(e.d, e.buyer, 1, 0, q)
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.s.Query(ctx, call0)
	wantCode(t, "query before buying", err, datatrade.ENOTFOUND)
	pkg, _, err := e.b.BuyQueries(ctx, e.buyer, listing, 2)
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.s.Query(ctx, call0)
	wantCode(t, "no dataset served", err, datatrade.ENOTFOUND)
	if err := e.s.AddDataset(listing, path); err != nil {
		t.Fatal(err)
	}
	stranger, _ := broker.NewQueryCall(e.d, e.other, pkg, 0, q)
	_, err = e.s.Query(ctx, stranger)
	wantCode(t, "a stranger's query", err, datatrade.EUNAUTHORIZED)
	bad, _ := broker.NewQueryCall(e.d, e.buyer, pkg, 0, broker.Query{Op: "sum", Column: "nope"})
	_, err = e.s.Query(ctx, bad)
	wantCode(t, "unknown column", err, datatrade.EINVALID)
	a, err := e.s.Query(ctx, call0)
	if err != nil {
		t.Fatalf("Query: %v", err)
	}
	if a.Value != "100" || a.Rows != 100 {
		t.Fatalf("count of years >= 2010 = %+v, want 100", a.Answer)
	}
	_, err = e.s.Query(ctx, call0)
	wantCode(t, "replayed query", err, datatrade.ECONFLICT)
	call1, _ := broker.NewQueryCall(e.d, e.buyer, pkg, 1, broker.Query{Op: "max", Column: "value", Where: []broker.Condition{{Column: "city", Op: "=", Value: "c3"}}})
	if a, err = e.s.Query(ctx, call1); err != nil || a.Rows != 4 {
		t.Fatalf("max = %+v, %v", a, err)
	}
	call2, _ := broker.NewQueryCall(e.d, e.buyer, pkg, 2, q)
	_, err = e.s.Query(ctx, call2)
	wantCode(t, "a third query on two", err, datatrade.ECONFLICT)
	p, err := e.b.Package(ctx, pkg)
	if err != nil || p.Used != 2 {
		t.Fatalf("package %+v, %v; want 2 used (the failed query not charged)", p, err)
	}
	if got, err := e.b.Credit(ctx, e.seller.Address); err != nil || got.Cmp(new(big.Int).Mul(qp, big.NewInt(2))) != 0 {
		t.Fatalf("seller credit %s, %v; want two queries", got, err)
	}
}
