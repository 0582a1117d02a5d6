// Package progress draws a one-line progress bar for long work on a
// terminal: bytes done, percentage, rate and time left. It draws nothing
// when disabled, so callers can always use it.
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
)

// IsTerminal reports whether w is a terminal, where a bar can be redrawn.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// Options configure a Bar.
type Options struct {
	// Enabled turns drawing on; callers set it from IsTerminal and their
	// --quiet flag.
	Enabled bool
	// Now is the clock (time.Now if nil).
	Now func() time.Time
	// Interval is the least time between redraws (100ms if zero).
	Interval time.Duration
	// Width is the width of the bar itself in characters (30 if zero).
	Width int
}

// Bar is a progress bar for a job of a known (or, with total ≤ 0, unknown)
// number of bytes. It is safe for concurrent use.
type Bar struct {
	mu      sync.Mutex
	w       io.Writer
	label   string
	total   int64
	done    int64
	opts    Options
	start   time.Time
	last    time.Time
	lineLen int
	ended   bool
}

// New returns a Bar that draws on w.
func New(w io.Writer, label string, total int64, opts Options) *Bar {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Interval == 0 {
		opts.Interval = 100 * time.Millisecond
	}
	if opts.Width == 0 {
		opts.Width = 30
	}
	now := opts.Now()
	return &Bar{w: w, label: label, total: total, opts: opts, start: now}
}

// Add records n more bytes done and redraws if the interval has passed.
func (b *Bar) Add(n int64) {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.done += n
	if !b.opts.Enabled || b.ended {
		return
	}
	if now := b.opts.Now(); now.Sub(b.last) >= b.opts.Interval {
		b.last = now
		b.draw(now)
	}
}

// Done draws the final state and ends the line.
func (b *Bar) Done() {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.opts.Enabled || b.ended {
		b.ended = true
		return
	}
	b.ended = true
	b.draw(b.opts.Now())
	fmt.Fprintln(b.w)
}

// Line renders the bar's current line (what draw prints after "\r").
func (b *Bar) Line() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.line(b.opts.Now())
}

func (b *Bar) draw(now time.Time) {
	line := b.line(now)
	pad := ""
	if n := b.lineLen - len(line); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	b.lineLen = len(line)
	fmt.Fprintf(b.w, "\r%s%s", line, pad)
}

func (b *Bar) line(now time.Time) string {
	elapsed := now.Sub(b.start).Seconds()
	rate := 0.0
	if elapsed > 0 {
		rate = float64(b.done) / elapsed
	}
	var sb strings.Builder
	sb.WriteString(b.label)
	if b.total > 0 {
		frac := min(float64(b.done)/float64(b.total), 1)
		filled := int(frac * float64(b.opts.Width))
		sb.WriteString(" [")
		sb.WriteString(strings.Repeat("=", filled))
		if filled < b.opts.Width {
			sb.WriteString(">")
			sb.WriteString(strings.Repeat(" ", b.opts.Width-filled-1))
		}
		fmt.Fprintf(&sb, "] %3.0f%% %s/%s", frac*100, Bytes(b.done), Bytes(b.total))
	} else {
		fmt.Fprintf(&sb, " %s", Bytes(b.done))
	}
	fmt.Fprintf(&sb, " %s/s", Bytes(int64(rate)))
	if b.total > 0 && rate > 0 && b.done < b.total {
		left := time.Duration(float64(b.total-b.done) / rate * float64(time.Second)).Round(time.Second)
		fmt.Fprintf(&sb, " %s left", left)
	}
	return sb.String()
}

// Bytes formats n bytes with a binary unit.
func Bytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit && exp < 4; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTP"[exp])
}

// Reader returns r counting what is read into b.
func (b *Bar) Reader(r io.Reader) io.Reader { return &reader{r: r, b: b} }

// Writer returns w counting what is written into b.
func (b *Bar) Writer(w io.Writer) io.Writer { return &writer{w: w, b: b} }

type reader struct {
	r io.Reader
	b *Bar
}

func (r *reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	r.b.Add(int64(n))
	return n, err
}

type writer struct {
	w io.Writer
	b *Bar
}

func (w *writer) Write(p []byte) (int, error) {
	n, err := w.w.Write(p)
	w.b.Add(int64(n))
	return n, err
}
