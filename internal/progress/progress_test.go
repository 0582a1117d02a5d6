package progress

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"
)

// fakeClock advances by step on every reading.
type fakeClock struct {
	t    time.Time
	step time.Duration
}

func (c *fakeClock) now() time.Time { c.t = c.t.Add(c.step); return c.t }

func TestBarDraws(t *testing.T) {
	var out bytes.Buffer
	clk := &fakeClock{t: time.Unix(0, 0), step: time.Second}
	b := New(&out, "encrypt", 4<<20, Options{Enabled: true, Now: clk.now, Width: 10})
	io.Copy(io.Discard, b.Reader(bytes.NewReader(make([]byte, 2<<20))))
	line := b.Line()
	for _, want := range []string{"encrypt [=====>    ]", " 50%", "2.0 MiB/4.0 MiB", "left"} {
		if !strings.Contains(line, want) {
			t.Errorf("line %q lacks %q", line, want)
		}
	}
	b.Add(2 << 20)
	b.Done()
	if !strings.Contains(out.String(), "100%") || !strings.HasSuffix(out.String(), "\n") {
		t.Errorf("final output %q: want 100%% and a newline", out.String())
	}
	if !strings.HasPrefix(out.String(), "\r") {
		t.Errorf("output %q does not redraw with \\r", out.String())
	}
}

func TestBarDisabledDrawsNothing(t *testing.T) {
	var out bytes.Buffer
	b := New(&out, "x", 10, Options{})
	b.Writer(io.Discard).Write(make([]byte, 10))
	b.Done()
	if out.Len() != 0 {
		t.Errorf("disabled bar wrote %q", out.String())
	}
	var nilBar *Bar
	nilBar.Add(1) // a nil bar is a no-op
	nilBar.Done()
	if IsTerminal(&out) {
		t.Error("a buffer is not a terminal")
	}
}

func TestBarThrottles(t *testing.T) {
	var out bytes.Buffer
	clk := &fakeClock{t: time.Unix(0, 0), step: time.Millisecond}
	b := New(&out, "x", 1000, Options{Enabled: true, Now: clk.now})
	for range 1000 {
		b.Add(1)
	}
	if n := strings.Count(out.String(), "\r"); n > 15 {
		t.Errorf("%d redraws for 1 s of 1 ms steps, want at most about 10", n)
	}
}

func TestBytes(t *testing.T) {
	for n, want := range map[int64]string{0: "0 B", 1023: "1023 B", 1024: "1.0 KiB", 3 << 20: "3.0 MiB", 5 << 30: "5.0 GiB"} {
		if got := Bytes(n); got != want {
			t.Errorf("Bytes(%d) = %q, want %q", n, got, want)
		}
	}
}
