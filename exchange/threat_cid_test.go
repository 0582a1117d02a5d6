package exchange_test

import (
	"bytes"
	crand "crypto/rand"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/store/unixfs"
)

// TestThreatHostNamesAnotherCiphertext: after the payment, the host asks the
// enclave to sign the Delivery for a CID that does not name the ciphertext
// Commit made (so the buyer would pay P+F for a blob it cannot decrypt).
// Defence: the enclave computes the CID of its own ciphertext at Commit and
// signs a Delivery for that CID only.
func TestThreatHostNamesAnotherCiphertext(t *testing.T) {
	w, x, l, tr := oneTrade(t)
	w.prepare(x, tr, l)
	ct, err := x.p.Commit(w.ctx, tr.id, w.final(w.pay(tr)))
	if err != nil {
		t.Fatal(err)
	}
	garbage := make([]byte, len(ct))
	if _, err := crand.Read(garbage); err != nil {
		t.Fatal(err)
	}
	for _, params := range []unixfs.Params{unixfs.DefaultParams, {ChunkSize: 1024, MaxLinks: 174, RawLeaves: true, CIDVersion: 1}} {
		for name, data := range map[string][]byte{"other bytes": garbage, "its bytes": ct} {
			other, err := unixfs.Sum(data, params)
			if err != nil {
				t.Fatal(err)
			}
			if params == unixfs.DefaultParams && name == "its bytes" {
				continue // the one CID the enclave signs, below
			}
			if _, err := x.p.SignDelivery(tr.id, other.String()); errCode(err) != datatrade.EINTEGRITY {
				t.Errorf("SignDelivery for %s under %v: %v, want EINTEGRITY", name, params, err)
			}
		}
	}
	own, err := unixfs.Sum(ct, unixfs.DefaultParams)
	if err != nil {
		t.Fatal(err)
	}
	sd, err := x.p.SignDelivery(tr.id, own.String())
	if err != nil {
		t.Fatalf("SignDelivery for the enclave's own ciphertext: %v", err)
	}
	tx, err := commitTx(w, 0, sd)
	w.send(w.relayer, tx, err)
	w.wantState(tr, datatrade.TradeCommitted)
}

// TestThreatHostWithholdsCiphertext: the host commits and reveals, then
// never serves the buyer the ciphertext, so the buyer would hold only the
// wrapped key. Defence: the enclave makes the buyer's ciphertext before
// payment (Prepare) and signs a statement naming its CID; the buyer fetches
// those bytes and checks the statement before paying, and the Delivery the
// enclave signs after payment can only name the same CID. What the host can
// still withhold is the ciphertext before payment: then the buyer does not
// pay, and the loss is bounded by F (refunded after the deadline when no
// sample was served).
func TestThreatHostWithholdsCiphertext(t *testing.T) {
	w, x, l, tr := oneTrade(t)
	w.prepare(x, tr, l)
	enclaveAddr := x.f.PublicKeys().SigningAddress

	// Before payment: the buyer's ciphertext and the enclave's statement.
	early, st, err := x.p.Prepare(w.ctx, tr.id)
	if err != nil {
		t.Fatalf("Prepare: %v", err)
	}
	name, err := unixfs.Sum(early, unixfs.DefaultParams)
	if err != nil || name.String() != st.CiphertextCID {
		t.Fatalf("prepared statement names %s, the bytes are %s (err %v)", st.CiphertextCID, name, err)
	}
	if err := exchange.VerifyPrepared(&x.cfg, enclaveAddr, l.tree.Commitment().Root, st); err != nil {
		t.Fatalf("VerifyPrepared: %v", err)
	}
	forged := *st
	forged.CiphertextCID = "bafy-not-it"
	if err := exchange.VerifyPrepared(&x.cfg, enclaveAddr, l.tree.Commitment().Root, &forged); errCode(err) != datatrade.EINTEGRITY {
		t.Errorf("VerifyPrepared of a statement naming another CID: %v, want EINTEGRITY", err)
	}
	if _, again, err := x.p.Prepare(w.ctx, tr.id); err != nil || again.CiphertextCID != st.CiphertextCID {
		t.Errorf("Prepare again named %v (err %v), want the same CID", again, err)
	}

	// After payment the Delivery names exactly those bytes, and the
	// revealed key opens them: the host has nothing left to withhold.
	ct, sd := w.deliver(x, tr, w.pay(tr))
	if !bytes.Equal(ct, early) {
		t.Fatalf("Commit's ciphertext differs from the prepared one")
	}
	if sd.Delivery.CiphertextCIDHash != crypto.Keccak256Hash([]byte(st.CiphertextCID)) {
		t.Fatalf("the Delivery names another ciphertext than the prepared statement")
	}
	tx, err := commitTx(w, 0, sd)
	committed := w.send(w.relayer, tx, err)
	wk, err := x.p.Reveal(tr.id, w.final(committed))
	if err != nil {
		t.Fatal(err)
	}
	w.send(w.relayer, w.m.RevealTx(tr.id, wk), nil)
	onChain, err := w.m.WrappedKey(w.ctx, tr.id)
	if err != nil {
		t.Fatal(err)
	}
	w.buyerDecrypts(tr, l, onChain, early) // checks every chunk against R
}
