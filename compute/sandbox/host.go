package sandbox

import (
	"bytes"
	"context"
	"io"
	"math/rand/v2"
	"time"

	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/sys"
)

// refillSlice is how much budget the guest gets at a time. The guest calls
// back (meter.RefillName) each time it has used a slice, which is when the
// wall-time safety net and the caller's context are checked and when the Go
// runtime can preempt the goroutine. The slicing does not change the cost.
const refillSlice = 1 << 22

// hostMeter hands the job's budget to the guest in slices and charges host
// I/O to it. It is used only on the goroutine running the guest.
type hostMeter struct {
	g        api.MutableGlobal // the guest's count of units left in the slice
	budget   int64
	handed   int64 // units given to the guest so far
	ctx      context.Context
	now      func() time.Time
	deadline time.Time
	expired  Reason // ReasonWallTime or ReasonCanceled once the safety net fired
}

func (m *hostMeter) start(g api.MutableGlobal, budget int64) {
	m.g, m.budget = g, budget
	m.handed = min(budget, refillSlice)
	g.Set(uint64(m.handed))
}

// charge subtracts n bytes' worth of units. The count may go negative here;
// the guest's next charge point then asks for a refill.
func (m *hostMeter) charge(n int) {
	if m.g == nil || n <= 0 {
		return
	}
	m.g.Set(uint64(int64(m.g.Get()) - int64(n>>IOChargeShift)))
}

// refill is the meter.RefillName host function. Leaving the count negative
// makes the guest trap at once.
func (m *hostMeter) refill() {
	left := int64(m.g.Get())
	if left >= 0 || m.expired != "" {
		return
	}
	switch {
	case m.ctx.Err() != nil:
		m.expired = ReasonCanceled
		return
	case !m.now().Before(m.deadline):
		m.expired = ReasonWallTime
		return
	}
	need, pool := -left, m.budget-m.handed
	if need > pool {
		return // budget used up
	}
	give := min(pool, need+refillSlice)
	m.handed += give
	m.g.Set(uint64(left + give))
}

// consumed returns the units used so far; more than the budget means the
// budget ran out.
func (m *hostMeter) consumed() int64 {
	return m.handed - int64(m.g.Get())
}

// meterKey carries the run's *hostMeter to the refill function.
type meterKey struct{}

func refillFunc(ctx context.Context, _ api.Module) {
	if m, ok := ctx.Value(meterKey{}).(*hostMeter); ok {
		m.refill()
	}
}

type stdinReader struct {
	m *hostMeter
	r *bytes.Reader
}

func (s *stdinReader) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	s.m.charge(n)
	return n, err
}

// stdoutWriter keeps the output and stops the guest, deterministically at
// the offending write, once it exceeds max.
type stdoutWriter struct {
	m        *hostMeter
	buf      bytes.Buffer
	max      int64
	exceeded bool
}

func (w *stdoutWriter) Write(p []byte) (int, error) {
	w.m.charge(len(p))
	if int64(w.buf.Len())+int64(len(p)) > w.max {
		w.exceeded = true
		// Unwinds the guest like proc_exit does; Run tells it apart by
		// the exceeded flag.
		panic(sys.NewExitError(exitOutputLimit))
	}
	return w.buf.Write(p)
}

// stderrWriter keeps the first max bytes and drops the rest.
type stderrWriter struct {
	m         *hostMeter
	buf       bytes.Buffer
	max       int
	truncated bool
}

func (w *stderrWriter) Write(p []byte) (int, error) {
	w.m.charge(len(p))
	if room := w.max - w.buf.Len(); room < len(p) {
		w.truncated = true
		w.buf.Write(p[:max(room, 0)])
		return len(p), nil
	}
	return w.buf.Write(p)
}

type randReader struct {
	m *hostMeter
	r *rand.ChaCha8
}

func (r *randReader) Read(p []byte) (int, error) {
	r.m.charge(len(p))
	return r.r.Read(p)
}

var (
	_ io.Reader = (*stdinReader)(nil)
	_ io.Writer = (*stdoutWriter)(nil)
	_ io.Writer = (*stderrWriter)(nil)
	_ io.Reader = (*randReader)(nil)
)

// virtualClock is the guest's only notion of time: it starts at
// VirtualEpoch, advances one microsecond per reading (so that loops waiting
// for time to pass end) and by the requested duration on sleep. It depends
// only on what the guest does, so it is the same on every node.
type virtualClock struct {
	ns int64
}

func (c *virtualClock) nanotime() int64 {
	c.ns += 1000
	return c.ns
}

func (c *virtualClock) walltime() (int64, int32) {
	c.ns += 1000
	return VirtualEpoch + c.ns/1e9, int32(c.ns % 1e9)
}

func (c *virtualClock) sleep(ns int64) {
	if ns > 0 {
		c.ns += ns
	}
}
