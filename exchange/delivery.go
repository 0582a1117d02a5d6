package exchange

import (
	"context"
	"io"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/envelope"
)

// WriteDelivery streams the buyer's ciphertext of a committed trade to w:
// the same bytes Commit returned (the same K_D and dataset id), sealed chunk
// by chunk straight into w. Neither side holds a second, buffered copy of
// the dataset, so the host can pipe it into its store; half the cost of
// Commit's buffered form was allocating and copying that buffer
// (`datatrade bench exchange` measures both).
//
// Security contract: it signs nothing and writes only ciphertext under the
// buyer's K_D, for a trade whose payment Commit verified. It refuses trades
// not committed (ECONFLICT) or unknown (ENOTFOUND), and trades committed
// before a restart, whose data is no longer held (ECONFLICT). The program's
// lock is held only while a chunk of plaintext is copied out, so a slow w
// stalls no other call; if the trade is forgotten meanwhile the stream
// stops with ECONFLICT and what was written must be discarded.
func (p *Program) WriteDelivery(ctx context.Context, tradeID uint64, w io.Writer) (int64, error) {
	p.mu.Lock()
	t, err := p.get(tradeID)
	var key envelope.DataKey
	var dsid envelope.DatasetID
	var size int
	if err == nil {
		if t.state != stateCommitted || t.data == nil {
			err = datatrade.Errorf(datatrade.ECONFLICT, "trade %d is not committed in this enclave (or was before a restart)", tradeID)
		} else {
			key, dsid, size = t.kd, t.dsid, len(t.data)
		}
	}
	p.mu.Unlock()
	if err != nil {
		return 0, err
	}
	defer clear(key[:])
	cw := &countingWriter{w: w}
	src := &heldData{p: p, t: t, id: tradeID, size: size}
	_, n, err := envelope.Encrypt(ctx, cw, src, key, envelope.WriterOptions{ChunkSize: p.chunkSize, DatasetID: dsid})
	if err != nil {
		return cw.n, err
	}
	if n != int64(size) {
		return cw.n, datatrade.Errorf(datatrade.ECONFLICT, "trade %d changed during the delivery", tradeID)
	}
	return cw.n, nil
}

// heldData reads a committed trade's verified plaintext, taking the
// program's lock for each read and failing once the trade is gone.
type heldData struct {
	p    *Program
	t    *pending
	id   uint64
	off  int
	size int
}

func (h *heldData) Read(b []byte) (int, error) {
	if h.off >= h.size {
		return 0, io.EOF
	}
	h.p.mu.Lock()
	defer h.p.mu.Unlock()
	if cur, ok := h.p.trades[h.id]; !ok || cur != h.t || h.t.state != stateCommitted || len(h.t.data) != h.size {
		return 0, datatrade.Errorf(datatrade.ECONFLICT, "trade %d was forgotten during the delivery", h.id)
	}
	n := copy(b, h.t.data[h.off:])
	h.off += n
	return n, nil
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}
