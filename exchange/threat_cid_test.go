package exchange_test

import (
	crand "crypto/rand"
	"testing"

	"github.com/datatrade/datatrade"
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
