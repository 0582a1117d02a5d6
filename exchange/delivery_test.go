package exchange_test

import (
	"bytes"
	"testing"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/exchange"
)

// forgetOnWrite forgets the trade at the first write, as a host could
// between two chunks.
type forgetOnWrite struct {
	p  *exchange.Program
	id uint64
	n  int
}

func (f *forgetOnWrite) Write(b []byte) (int, error) {
	f.p.Forget(f.id)
	f.n += len(b)
	return len(b), nil
}

// TestWriteDelivery: the streamed ciphertext is byte for byte the one
// Commit returned, and only committed trades whose data is held stream.
func TestWriteDelivery(t *testing.T) {
	w := newWorld(t)
	x := w.newExchange(w.op1, fee1)
	l := w.publish(dataset(0))
	tr := w.open(w.buyer, l, x)
	w.prepare(x, tr, l)
	var buf bytes.Buffer
	if _, err := x.p.WriteDelivery(w.ctx, tr.id, &buf); errCode(err) != datatrade.ECONFLICT {
		t.Errorf("WriteDelivery before the commit: %v, want ECONFLICT", err)
	}
	if _, err := x.p.WriteDelivery(w.ctx, tr.id+1, &buf); errCode(err) != datatrade.ENOTFOUND {
		t.Errorf("WriteDelivery of an unknown trade: %v, want ENOTFOUND", err)
	}
	ct, _ := w.deliver(x, tr, w.pay(tr))
	buf.Reset()
	n, err := x.p.WriteDelivery(w.ctx, tr.id, &buf)
	if err != nil || n != int64(len(ct)) || !bytes.Equal(buf.Bytes(), ct) {
		t.Fatalf("WriteDelivery wrote %d bytes (err %v), equal to Commit's %d: %v", n, err, len(ct), bytes.Equal(buf.Bytes(), ct))
	}
	fw := &forgetOnWrite{p: x.p, id: tr.id}
	if _, err := x.p.WriteDelivery(w.ctx, tr.id, fw); errCode(err) != datatrade.ECONFLICT || fw.n >= len(ct) {
		t.Errorf("trade forgotten mid-stream: %v after %d of %d bytes, want ECONFLICT early", err, fw.n, len(ct))
	}
	if _, err := x.p.WriteDelivery(w.ctx, tr.id, &buf); errCode(err) != datatrade.ENOTFOUND {
		t.Errorf("WriteDelivery after Forget: %v, want ENOTFOUND", err)
	}
}
