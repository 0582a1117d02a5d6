package host

import (
	"sync"
	"time"
)

// limiter allows each client key (an IP) perMinute requests in each
// minute-long window; perMinute < 0 allows all. (exchange/host has a token
// bucket for the same purpose, unexported.)
type limiter struct {
	perMinute int
	now       func() time.Time

	mu     sync.Mutex
	window time.Time
	counts map[string]int
}

// maxKeys bounds the limiter's memory: past it, the window starts afresh.
const maxKeys = 10_000

func newLimiter(perMinute int, now func() time.Time) *limiter {
	return &limiter{perMinute: perMinute, now: now, counts: map[string]int{}}
}

// allow counts a request by key; when the key's window is full it returns
// false and the time until the window ends.
func (l *limiter) allow(key string) (bool, time.Duration) {
	if l.perMinute < 0 {
		return true, 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if now.Sub(l.window) >= time.Minute || now.Before(l.window) || len(l.counts) >= maxKeys {
		l.window = now
		clear(l.counts)
	}
	if l.counts[key] >= l.perMinute {
		return false, l.window.Add(time.Minute).Sub(now)
	}
	l.counts[key]++
	return true, 0
}
