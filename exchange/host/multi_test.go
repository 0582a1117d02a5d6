package host

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/market"
)

// TestTwoExchangesOneCommit names two exchanges in one trade: both verify
// the data and both try to commit after the payment; the first commit wins,
// and the other host takes its lost race as the trade's end, not as an
// error. No block ticker runs: the hosts nudge the instant-mining chain
// themselves (Options.NudgeBlocks).
func TestTwoExchangesOneCommit(t *testing.T) {
	e := newEnv(t, false)
	keys := e.node.DevKeys()
	ops := []*chain.Account{e.op, chain.NewAccount(keys[4])}
	hosts := make([]*testHost, 2)
	ids := make([]uint64, 2)
	for i := range hosts {
		dir := t.TempDir()
		h := e.startHost(hostOpts{dir: dir, op: ops[i], nudge: true})
		ids[i] = e.registerHost(h.cl, ops[i])
		h.halt()
		hosts[i] = e.startHost(hostOpts{dir: dir, id: ids[i], op: ops[i], nudge: true})
	}
	e.cl = hosts[0].cl
	plain := testData(20*testChunk, 3)
	l := e.publish(plain, plain, big.NewInt(4e15))
	var ct bytes.Buffer
	if _, _, err := envelope.Encrypt(e.ctx, &ct, bytes.NewReader(plain), l.secrets.DataKey, envelope.WriterOptions{ChunkSize: testChunk, Rand: rand.Reader}); err != nil {
		t.Fatal(err)
	}
	listing, err := e.m.Listing(e.ctx, l.id)
	if err != nil {
		t.Fatal(err)
	}
	// The second exchange needs the listing's own ciphertext: fetch it from
	// the first and upload it.
	var blob bytes.Buffer
	if err := hosts[0].cl.GetBlob(e.ctx, listing.ContentCID, &blob); err != nil {
		t.Fatal(err)
	}
	if cid, err := hosts[1].cl.PutBlob(e.ctx, &blob); err != nil || cid != listing.ContentCID {
		t.Fatalf("PutBlob on the second exchange = %s, %v; want %s", cid, err, listing.ContentCID)
	}
	buyerKey, err := envelope.GenerateKey(rand.Reader, envelope.KEMX25519)
	if err != nil {
		t.Fatal(err)
	}
	id, _, err := e.m.Open(e.ctx, e.buyer, market.OpenParams{ListingID: l.id, Exchanges: ids,
		BuyerPubKey: buyerKey.Public().Bytes(), Deadline: time.Now().Add(2 * time.Hour)})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	for i, h := range hosts {
		info, err := h.cl.Info(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		rec := eventually(t, fmt.Sprintf("Open on exchange %d", ids[i]), func() (*exchange.TradeRecord, error) { return h.cl.Open(e.ctx, id) })
		if err := exchange.VerifyRecord(&info.Config, info.Keys.SigningAddress, rec); err != nil || rec.Exchange != ids[i] {
			t.Fatalf("record of exchange %d: %v (exchange %d)", ids[i], err, rec.Exchange)
		}
		wrapped, sig, err := exchange.WrapSecrets(&info.Config, info.Keys, id, l.secrets, e.sellerK)
		if err != nil {
			t.Fatal(err)
		}
		if res, err := h.cl.HandOver(e.ctx, id, wrapped, sig); err != nil || res.Ready == nil {
			t.Fatalf("HandOver on exchange %d = %+v, %v; want ready", ids[i], res, err)
		}
	}
	payTx, err := e.m.PayTx(e.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.m.Send(e.ctx, e.buyer, payTx); err != nil {
		t.Fatalf("pay: %v", err)
	}
	tr := eventually(t, "revealed on chain", func() (*datatrade.Trade, error) {
		tr, err := e.m.Trade(e.ctx, id)
		if err == nil && tr.State != datatrade.TradeRevealed {
			err = errors.New(tr.State.String())
		}
		return tr, err
	})
	win, lose := 0, 1
	if tr.CommittedExchange == ids[1] {
		win, lose = 1, 0
	} else if tr.CommittedExchange != ids[0] {
		t.Fatalf("committed by exchange %d, want one of %v", tr.CommittedExchange, ids)
	}
	wk, err := hosts[win].cl.Reveal(e.ctx, id)
	if err != nil || crypto.Keccak256Hash(wk) != tr.WrappedKeyHash {
		t.Errorf("winner's Reveal = %x, %v; want the committed key", wk, err)
	}
	st := eventually(t, "loser forgets", func() (*TradeStatus, error) {
		st, err := hosts[lose].cl.Status(e.ctx, id)
		if err == nil && !hosts[lose].svc.isForgotten(id) {
			err = fmt.Errorf("state %s, error %q", st.State, st.Error)
		}
		return st, err
	})
	if st.CommittedBy != tr.CommittedExchange || st.Error != "" || st.State != StateForgotten {
		t.Errorf("loser's status: committed by %d, state %s, error %q; want the winner %d, forgotten, no error", st.CommittedBy, st.State, st.Error, tr.CommittedExchange)
	}
	if _, err := hosts[lose].cl.Reveal(e.ctx, id); datatrade.ErrorCode(err) != datatrade.ECONFLICT {
		t.Errorf("loser's Reveal: %v, want ECONFLICT", err)
	}
}
