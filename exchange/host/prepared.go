package host

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/store"
)

// prepare has the enclave make the buyer's ciphertext of a verified trade
// before payment (exchange.Program.Prepare), stores it under the CID the
// enclave's statement names and records the statement. The trade's lock
// is held; this process's enclave checked the data.
func (s *Service) prepare(ctx context.Context, id uint64) error {
	ct, p, err := s.prog.Prepare(ctx, id)
	if err != nil {
		return err
	}
	c, _, err := s.store.Put(ctx, bytes.NewReader(ct))
	if err != nil {
		return fmt.Errorf("store the buyer's prepared ciphertext: %w", err)
	}
	if c.String() != p.CiphertextCID {
		return datatrade.Errorf(datatrade.EINTERNAL, "trade %d: the store names the prepared ciphertext %s, the enclave %s (the store's import settings differ)", id, c, p.CiphertextCID)
	}
	s.log.Info("buyer's ciphertext prepared before payment", "trade", id, "ciphertext", p.CiphertextCID)
	return s.update(id, func(t *trade) { t.Prepared = p })
}

// refreshPrepared records the enclave's current prepared statement of a
// trade (after Commit: the committed ciphertext's) if the recorded one
// names another CID.
func (s *Service) refreshPrepared(ctx context.Context, id uint64) error {
	_, p, err := s.prog.Prepare(ctx, id)
	if err != nil {
		return err
	}
	return s.update(id, func(t *trade) {
		if t.Prepared == nil || t.Prepared.CiphertextCID != p.CiphertextCID {
			t.Prepared = p
		}
	})
}

// ensurePrepared makes sure that this process's enclave checked a
// verified trade's data (again, after a restart) and that the buyer's
// ciphertext is prepared and in the store. The trade's lock is held.
func (s *Service) ensurePrepared(ctx context.Context, id uint64) error {
	if err := s.ensureChecked(ctx, id); err != nil {
		return err
	}
	c, err := s.storedPrepared(ctx, id)
	if err != nil || c != "" {
		return err
	}
	return s.prepare(ctx, id)
}

// storedPrepared returns the CID of the trade's prepared ciphertext when
// there is a statement and the store holds its blob, else "".
func (s *Service) storedPrepared(ctx context.Context, id uint64) (string, error) {
	t, ok := s.snapshot(id)
	if !ok || t.Prepared == nil {
		return "", nil
	}
	c, err := store.ParseCID(t.Prepared.CiphertextCID)
	if err != nil {
		return "", datatrade.Errorf(datatrade.EINTERNAL, "trade %d: the prepared statement's CID does not parse", id)
	}
	has, err := s.store.Has(ctx, c)
	if err != nil || !has {
		return "", err
	}
	return t.Prepared.CiphertextCID, nil
}

func (s *Service) handlePrepared(w http.ResponseWriter, r *http.Request, id uint64) (any, error) {
	t, err := s.known(id)
	if err != nil {
		return nil, err
	}
	if t.Prepared == nil && t.State == StateVerified && t.Delivery == nil {
		// Verified before a restart and not prepared again yet (Run does
		// it soon too): check and prepare now.
		unlock := s.lock(id)
		err := s.ensurePrepared(r.Context(), id)
		unlock()
		if err != nil {
			return nil, err
		}
		if t, err = s.known(id); err != nil {
			return nil, err
		}
	}
	if t.Prepared == nil {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "trade %d is %s: the buyer's ciphertext is prepared only once the data is verified against R", id, t.State)
	}
	return t.Prepared, nil
}

// Prepared returns the enclave's signed statement naming the buyer's
// ciphertext of a verified trade, made before payment (GET
// /v1/trades/{id}/prepared). Check it with exchange.VerifyPrepared and
// fetch the blob it names before paying; FetchPrepared does both.
func (c *Client) Prepared(ctx context.Context, tradeID uint64) (*exchange.Prepared, error) {
	var out exchange.Prepared
	if err := c.do(ctx, http.MethodGet, tradePath(tradeID, "/prepared"), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// FetchPrepared is the buyer's step between the ready statement and the
// payment: it gets trade tradeID's prepared statement from the exchange
// behind c, checks it (exchange.VerifyPrepared under the attested
// configuration cfg and signing address enclaveAddr, for the trade's
// root R, and that it names this trade and exchangeID — the trade
// snapshot's exchange, not a figure from the host), downloads the blob it
// names and checks the bytes against the CID (Client.GetBlob). It writes
// the ciphertext to w only once every check passed: it is staged in a
// private temporary file meanwhile, removed before FetchPrepared returns.
// If writing to w fails, w holds a partial copy that must be discarded.
//
// Pay only after FetchPrepared succeeded, and keep what it wrote to w (a
// temporary file the caller renames into place, or the buyer's store)
// until the trade is settled: these are the bytes the Delivery will name,
// and with them the exchange can no longer withhold the data after the
// payment. After paying, check that the Delivery's CiphertextCIDHash is
// keccak256 of the returned statement's CiphertextCID: if the exchange
// restarted before the payment it prepared a new ciphertext (a new CID),
// and the buyer must fetch that one by the Delivery's CID instead.
// Errors are EINTEGRITY for a statement or bytes that do not check.
func FetchPrepared(ctx context.Context, c *Client, cfg *enclave.Config, enclaveAddr common.Address, exchangeID, tradeID uint64, root common.Hash, w io.Writer) (*exchange.Prepared, error) {
	if c == nil || cfg == nil || w == nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "fetch prepared: client, configuration and writer are required")
	}
	p, err := c.Prepared(ctx, tradeID)
	if err != nil {
		return nil, err
	}
	if p.TradeID != tradeID || p.Exchange != exchangeID {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "the prepared statement is for trade %d of exchange %d, not trade %d of exchange %d", p.TradeID, p.Exchange, tradeID, exchangeID)
	}
	if err := exchange.VerifyPrepared(cfg, enclaveAddr, root, p); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp("", "datatrade-prepared-*.part")
	if err != nil {
		return nil, fmt.Errorf("stage the prepared ciphertext: %w", err)
	}
	defer func() {
		_ = f.Close()
		_ = os.Remove(f.Name())
	}()
	// The largest ciphertext an exchange makes: the sealed size of the
	// largest data it verifies.
	limit := envelope.SealedSize(exchange.DefaultMaxDataSize, exchange.DefaultChunkSize)
	lw := &limitedWriter{w: f, left: limit}
	if err := c.GetBlob(ctx, p.CiphertextCID, lw); err != nil {
		if lw.exceeded {
			return nil, datatrade.Errorf(datatrade.EINTEGRITY, "the prepared ciphertext %s is larger than any exchange makes (%d bytes)", p.CiphertextCID, limit)
		}
		return nil, err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("read back the prepared ciphertext: %w", err)
	}
	if _, err := io.Copy(w, f); err != nil {
		return nil, fmt.Errorf("write the prepared ciphertext: %w", err)
	}
	return p, nil
}

// limitedWriter fails once more than left bytes were written.
type limitedWriter struct {
	w        io.Writer
	left     int64
	exceeded bool
}

func (l *limitedWriter) Write(b []byte) (int, error) {
	if int64(len(b)) > l.left {
		l.exceeded = true
		return 0, errors.New("blob too large")
	}
	n, err := l.w.Write(b)
	l.left -= int64(n)
	return n, err
}
