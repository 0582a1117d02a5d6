package host

import (
	"crypto/rand"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/lightclient"
	"github.com/datatrade/datatrade/market"
)

// registeredHost starts a host on a fresh dir, registers it and restarts
// it with its id and o's settings.
func (e *env) registeredHost(o hostOpts) (*testHost, uint64) {
	e.t.Helper()
	o.dir = e.root.TempDir() // outlives the subtest: the host stops at the end of the test
	h := e.startHost(hostOpts{dir: o.dir, op: o.op, noRun: true})
	o.id = e.registerHost(h.cl, o.op)
	h.halt()
	return e.startHost(o), o.id
}

func TestEvidenceAndExpiry(t *testing.T) {
	e := newEnv(t, true)

	t.Run("client-built evidence", func(t *testing.T) {
		defer e.use(t)()
		// A host that does not follow the chain: only the client's evidence
		// reaches its enclave.
		h, id := e.registeredHost(hostOpts{op: e.op, noRun: true})
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
		build := func(from uint64) *lightclient.Evidence {
			return eventually(t, "final evidence", func() (*lightclient.Evidence, error) {
				at, err := b.Locate(e.ctx, openTx)
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
				return b.ForTx(e.ctx, openTx, from, latest)
			})
		}
		ev := build(info.WindowHead + 1)
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
		if enc, err = build(info.WindowHead + 1).Encode(); err != nil {
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
	})

	t.Run("unpaid trade expires", func(t *testing.T) {
		defer e.use(t)()
		var mu sync.Mutex
		now := time.Now()
		clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
		h, id := e.registeredHost(hostOpts{op: e.op, now: clock})
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
