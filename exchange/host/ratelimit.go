package host

import (
	"sync"
	"time"
)

// rateLimiter is a token bucket per client key (the client's IP): each
// bucket holds up to perMinute tokens and refills at perMinute per minute.
type rateLimiter struct {
	perMinute int
	now       func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	at     time.Time
}

// maxBuckets bounds the limiter's memory; full buckets are dropped first.
const maxBuckets = 10_000

func newRateLimiter(perMinute int, now func() time.Time) *rateLimiter {
	return &rateLimiter{perMinute: perMinute, now: now, buckets: map[string]*bucket{}}
}

// allow takes a token for key. When none is left it returns false and how
// long until the next token. A limiter with perMinute < 0 allows all.
func (r *rateLimiter) allow(key string) (bool, time.Duration) {
	if r.perMinute < 0 {
		return true, 0
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.now()
	rate := float64(r.perMinute) / float64(time.Minute) // tokens per nanosecond
	b, ok := r.buckets[key]
	if !ok {
		if len(r.buckets) >= maxBuckets {
			r.prune(now, rate)
		}
		b = &bucket{tokens: float64(r.perMinute), at: now}
		r.buckets[key] = b
	}
	if d := now.Sub(b.at); d > 0 {
		b.tokens = min(float64(r.perMinute), b.tokens+float64(d)*rate)
		b.at = now
	}
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	if rate == 0 {
		return false, time.Minute
	}
	return false, time.Duration((1 - b.tokens) / rate)
}

// prune drops buckets that have refilled (they carry no information).
func (r *rateLimiter) prune(now time.Time, rate float64) {
	for k, b := range r.buckets {
		if b.tokens+float64(now.Sub(b.at))*rate >= float64(r.perMinute) {
			delete(r.buckets, k)
		}
	}
	if len(r.buckets) >= maxBuckets { // all busy: forget the lot rather than grow
		clear(r.buckets)
	}
}
