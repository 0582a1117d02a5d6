package sandbox

import (
	"bytes"
	"io"
	"math"
	"math/rand/v2"
	"sync"

	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/sys"
)

// hostMeter is the host's handle on the guest's meter: it charges host I/O
// to the budget, and the watchdog empties it to stop a run. The guest's
// compiled code reads and writes the same global without the lock; the lock
// orders the Go side (I/O charges on the run's goroutine, the watchdog on its
// own). Before start (during instantiation) nothing is charged.
type hostMeter struct {
	mu      sync.Mutex
	g       api.MutableGlobal
	expired Reason
	left    int64 // remaining budget when the watchdog fired
}

// drained is what the watchdog leaves in the meter: negative, so the next
// charge point traps, and far from overflow whatever the guest subtracts.
const drained int64 = math.MinInt64 / 2

func (m *hostMeter) start(g api.MutableGlobal, budget uint64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.g = g
	g.Set(budget)
}

// charge subtracts n bytes' worth of units. The budget may go negative here;
// the guest's next charge point then traps, and Run reports
// ReasonInstructionLimit.
func (m *hostMeter) charge(n int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.g == nil || n <= 0 || m.expired != "" {
		return
	}
	m.g.Set(uint64(int64(m.g.Get()) - int64(n>>IOChargeShift)))
}

// expire stops the guest at its next charge point.
func (m *hostMeter) expire(reason Reason) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.expired = reason
	m.left = int64(m.g.Get())
	d := drained
	m.g.Set(uint64(d))
}

// finish returns the remaining budget and why the watchdog fired, if it did.
func (m *hostMeter) finish() (int64, Reason) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.expired != "" {
		return max(m.left, 0), m.expired
	}
	return int64(m.g.Get()), ""
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
