package host

import (
	"bytes"
	"crypto/rand"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/lightclient"
	"github.com/datatrade/datatrade/market"
)

// registeredHost starts a host on a fresh dir, registers it and restarts
// it with its id and o's settings.
func (e *env) registeredHost(o hostOpts) (*testHost, uint64, string) {
	e.t.Helper()
	o.dir = e.root.TempDir() // outlives the subtest: the host stops at the end of the test
	h := e.startHost(hostOpts{dir: o.dir, op: o.op, noRun: true})
	o.id = e.registerHost(h.cl, o.op)
	h.halt()
	return e.startHost(o), o.id, o.dir
}

func TestEvidenceAndExpiry(t *testing.T) {
	e := newEnv(t, true)

	t.Run("client-built evidence", func(t *testing.T) {
		defer e.use(t)()
		// A host that does not follow the chain: only the client's evidence
		// reaches its enclave.
		h, id, dir := e.registeredHost(hostOpts{op: e.op, noRun: true})
		e.cl, e.exID = h.cl, id
		l := e.publish(testData(10*testChunk, 5), testData(10*testChunk, 5), big.NewInt(1e15))
		buyerKey, err := envelope.GenerateKey(rand.Reader, envelope.KEMX25519)
		if err != nil {
			t.Fatal(err)
		}
		var openTx common.Hash
		tradeID := eventually(t, "open trade", func() (uint64, error) {
			id, rcpt, err := e.m.Open(e.ctx, e.buyer, market.OpenParams{ListingID: l.id, Exchanges: []uint64{e.exID},
				BuyerPubKey: buyerKey.Public().Bytes(), Deadline: time.Now().Add(2 * time.Hour)})
			if err == nil {
				openTx = rcpt.TxHash
			}
			return id, err
		})
		info, err := h.cl.Info(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		b := NewEvidenceBuilder(e.node.RPC(), enclave.HeaderAuthAuthority)
		build := func(tx common.Hash, from uint64) *lightclient.Evidence {
			return eventually(t, "final evidence", func() (*lightclient.Evidence, error) {
				at, err := b.Locate(e.ctx, tx)
				if err != nil {
					return nil, err
				}
				latest, err := b.Latest(e.ctx)
				if err == nil && latest < at.Block+1 {
					err = errors.New("not final yet")
				}
				if err != nil {
					return nil, err
				}
				return b.ForTx(e.ctx, tx, from, latest)
			})
		}
		ev := build(openTx, info.WindowHead+1)
		forged := *ev
		forged.Headers = append([]lightclient.SignedHeader(nil), ev.Headers...)
		last := len(forged.Headers) - 1
		forged.Headers[last].Signature = append([]byte(nil), forged.Headers[last].Signature...)
		forged.Headers[last].Signature[5] ^= 1
		enc, err := forged.Encode()
		if err != nil {
			t.Fatal(err)
		}
		if err := h.cl.SubmitEvidence(e.ctx, tradeID, EvidenceOpened, enc); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
			t.Errorf("evidence with a forged header signature: %v, want EINTEGRITY", err)
		}
		if enc, err = ev.Encode(); err != nil {
			t.Fatal(err)
		}
		if err := h.cl.SubmitEvidence(e.ctx, tradeID, EvidenceOpened, enc); err != nil {
			t.Fatalf("SubmitEvidence(opened): %v", err)
		}
		st, err := h.cl.Status(e.ctx, tradeID)
		if err != nil || st.Record == nil || st.Record.Trade.Root != l.root || st.State != StateOpen {
			t.Fatalf("status after the client's evidence = %+v, %v; want open with the record", st, err)
		}
		// The listing's SampleFixed event came in the same transaction.
		info, err = h.cl.Info(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if enc, err = build(openTx, info.WindowHead+1).Encode(); err != nil {
			t.Fatal(err)
		}
		if err := h.cl.SubmitEvidence(e.ctx, tradeID, EvidenceSample, enc); err != nil {
			t.Fatalf("SubmitEvidence(sample): %v", err)
		}
		wrapped, sig, err := exchange.WrapSecrets(&info.Config, info.Keys, tradeID, l.secrets, e.sellerK)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := h.cl.HandOver(e.ctx, tradeID, wrapped, sig); err != nil {
			t.Fatal(err)
		}
		if s, err := h.cl.Sample(e.ctx, tradeID); err != nil || len(s.Chunks) != 1 {
			t.Errorf("Sample = %v, %v; want 1 chunk for 10", s, err)
		}

		// The payment, proven by the client: the enclave commits.
		payTx, err := e.m.PayTx(e.ctx, tradeID)
		if err != nil {
			t.Fatal(err)
		}
		rcpt, err := e.m.Send(e.ctx, e.buyer, payTx)
		if err != nil {
			t.Fatalf("pay: %v", err)
		}
		if info, err = h.cl.Info(e.ctx); err != nil {
			t.Fatal(err)
		}
		if enc, err = build(rcpt.TxHash, info.WindowHead+1).Encode(); err != nil {
			t.Fatal(err)
		}
		if err := h.cl.SubmitEvidence(e.ctx, tradeID, EvidencePaid, enc); err != nil {
			t.Fatalf("SubmitEvidence(paid): %v", err)
		}
		del, err := h.cl.Delivery(e.ctx, tradeID)
		if err != nil || del.CommitTx != (common.Hash{}) {
			t.Fatalf("Delivery = %+v, %v; want a delivery not yet submitted (the host does not follow the chain)", del, err)
		}
		// A restart between the commit in the enclave and its submission:
		// the new host submits it and reveals from the restored table.
		h.halt()
		h = e.startHost(hostOpts{dir: dir, id: id, op: e.op})
		tr := eventually(t, "revealed on chain", func() (*datatrade.Trade, error) {
			tr, err := e.m.Trade(e.ctx, tradeID)
			if err == nil && tr.State != datatrade.TradeRevealed {
				err = errors.New(tr.State.String())
			}
			return tr, err
		})
		if _, err := h.cl.Sample(e.ctx, tradeID); datatrade.ErrorCode(err) != datatrade.ECONFLICT {
			t.Errorf("Sample of a trade committed before the restart: %v, want ECONFLICT", err)
		}
		wk, err := h.cl.Reveal(e.ctx, tradeID)
		if err != nil || crypto.Keccak256Hash(wk) != del.Delivery.Delivery.WrappedKeyHash || tr.WrappedKeyHash != del.Delivery.Delivery.WrappedKeyHash {
			t.Errorf("after the restart: Reveal %x (%v), on-chain key hash %s; want the delivery's %s", wk, err, tr.WrappedKeyHash, del.Delivery.Delivery.WrappedKeyHash)
		}
	})

	t.Run("sample seed older than the checkpoint", func(t *testing.T) {
		defer e.use(t)()
		// The listing's sample is fixed by a first trade on exchange A;
		// exchange B starts later, so the seed lies before B's checkpoint.
		hA, idA, _ := e.registeredHost(hostOpts{op: e.op})
		e.cl, e.exID = hA.cl, idA
		plain := testData(6*testChunk, 7)
		l := e.publish(plain, plain, big.NewInt(1e15))
		e.openAndHandOver(hA.cl, l)
		hB, idB, _ := e.registeredHost(hostOpts{op: chain.NewAccount(e.node.DevKeys()[4])})
		listing, err := e.m.Listing(e.ctx, l.id)
		if err != nil {
			t.Fatal(err)
		}
		var blob bytes.Buffer
		if err := hA.cl.GetBlob(e.ctx, listing.ContentCID, &blob); err != nil {
			t.Fatal(err)
		}
		if _, err := hB.cl.PutBlob(e.ctx, &blob); err != nil {
			t.Fatal(err)
		}
		e.exID = idB
		id, _, res := e.openAndHandOver(hB.cl, l)
		if res.Ready == nil {
			t.Fatalf("hand-over on B = %+v, want ready", res)
		}
		if _, err := hB.cl.Sample(e.ctx, id); err == nil {
			t.Error("B served a sample from a seed it cannot verify")
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
		if tr.CommittedExchange != idB {
			t.Errorf("committed by %d, want B (%d)", tr.CommittedExchange, idB)
		}
	})

	t.Run("unpaid trade expires", func(t *testing.T) {
		defer e.use(t)()
		var mu sync.Mutex
		now := time.Now()
		clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
		h, id, _ := e.registeredHost(hostOpts{op: e.op, now: clock})
		e.cl, e.exID = h.cl, id
		l := e.publish(testData(4*testChunk, 6), testData(4*testChunk, 6), big.NewInt(1e15))
		tradeID, _, _ := e.openAndHandOver(h.cl, l)
		eventually(t, "Sample", func() (*exchange.Sample, error) { return h.cl.Sample(e.ctx, tradeID) })
		mu.Lock()
		now = now.Add(3 * time.Hour) // past the 2 h deadline
		mu.Unlock()
		tr := eventually(t, "sample recorded", func() (*datatrade.Trade, error) {
			tr, err := e.m.Trade(e.ctx, tradeID)
			if err == nil && !tr.HasSample {
				err = errors.New("no sample recorded")
			}
			return tr, err
		})
		if tr.Exchanges[tr.SampleExchange].ID != id {
			t.Errorf("sample recorded for exchange %d, want %d", tr.Exchanges[tr.SampleExchange].ID, id)
		}
		eventually(t, "forgotten", func() (bool, error) {
			if !h.svc.isForgotten(tradeID) {
				return false, errors.New("not forgotten")
			}
			return true, nil
		})
		if _, err := h.svc.prog.Trade(tradeID); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
			t.Errorf("the enclave still holds the expired trade: %v", err)
		}
	})
}
