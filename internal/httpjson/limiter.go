package httpjson

import (
	"fmt"
	"math"
	"net/http"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/datatrade/datatrade"
)

// Limiter is a token bucket per key (a client's IP): each bucket holds up
// to perMinute tokens and refills at perMinute per minute. It is safe for
// concurrent use, and its memory is bounded (maxBuckets).
type Limiter struct {
	perMinute int
	now       func() time.Time

	mu      sync.Mutex
	buckets map[string]*rate.Limiter
}

// maxBuckets bounds a Limiter's memory; full buckets are dropped first.
const maxBuckets = 10_000

// NewLimiter returns a limiter of perMinute requests per key and minute
// that reads the time from now. perMinute < 0 allows everything; 0 allows
// nothing.
func NewLimiter(perMinute int, now func() time.Time) *Limiter {
	return &Limiter{perMinute: perMinute, now: now, buckets: map[string]*rate.Limiter{}}
}

// PerMinute returns the limit the limiter was made with.
func (l *Limiter) PerMinute() int { return l.perMinute }

// Allow takes a token for key. When none is left it returns false and how
// long until the next token.
func (l *Limiter) Allow(key string) (bool, time.Duration) {
	if l.perMinute < 0 {
		return true, 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= maxBuckets {
			l.prune(now)
		}
		b = rate.NewLimiter(rate.Limit(float64(l.perMinute)/60), l.perMinute)
		l.buckets[key] = b
	}
	if b.AllowN(now, 1) {
		return true, 0
	}
	if l.perMinute == 0 {
		return false, time.Minute
	}
	missing := max(0, 1-b.TokensAt(now))
	return false, time.Duration(math.Ceil(missing * float64(time.Minute) / float64(l.perMinute)))
}

// prune drops the buckets that have refilled (they carry no information),
// and all of them when every one is in use, rather than grow.
func (l *Limiter) prune(now time.Time) {
	for k, b := range l.buckets {
		if b.TokensAt(now) >= float64(l.perMinute) {
			delete(l.buckets, k)
		}
	}
	if len(l.buckets) >= maxBuckets {
		clear(l.buckets)
	}
}

// Limited takes a token for r's client IP and reports whether there was
// none; then it has answered 429 with Retry-After (whole seconds, at least
// 1) and an EUNAVAILABLE body "too many <what> from your address (limit N
// per minute); retry in S s".
func (l *Limiter) Limited(w http.ResponseWriter, r *http.Request, what string) bool {
	ok, wait := l.Allow(ClientIP(r))
	if ok {
		return false
	}
	secs := max(1, int(math.Ceil(wait.Seconds())))
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	WriteJSON(w, http.StatusTooManyRequests, ErrorBody{Code: datatrade.EUNAVAILABLE,
		Message: fmt.Sprintf("too many %s from your address (limit %d per minute); retry in %d s", what, l.perMinute, secs)})
	return true
}
