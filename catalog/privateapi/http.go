package privateapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"golang.org/x/time/rate"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
)

// maxJSONBody bounds POST /v1/attest.
const maxJSONBody = 4 << 10

// ErrorBody is the JSON body of every error response.
type ErrorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// AttestRequest is the body of POST /v1/attest.
type AttestRequest struct {
	Nonce hexutil.Bytes `json:"nonce"` // 32 bytes, hex
}

// statusOf maps error codes to HTTP statuses.
var statusOf = map[string]int{
	datatrade.EINVALID:      http.StatusBadRequest,
	datatrade.EUNAUTHORIZED: http.StatusForbidden,
	datatrade.EINSECURE:     http.StatusForbidden,
	datatrade.ENOTFOUND:     http.StatusNotFound,
	datatrade.EINTEGRITY:    http.StatusUnprocessableEntity,
	datatrade.EUNAVAILABLE:  http.StatusServiceUnavailable,
	datatrade.EINTERNAL:     http.StatusInternalServerError,
}

// Handler returns the HTTP API (see the package comment).
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/info", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, http.StatusOK, s.Info()) })
	mux.HandleFunc("POST /v1/attest", s.handleAttest)
	mux.HandleFunc("POST /v1/query", s.handleQuery)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, datatrade.Errorf(datatrade.ENOTFOUND, "no such API route: %s %s", r.Method, strconv.Quote(truncate(r.URL.Path))))
	})
	return mux
}

// Server returns an http.Server for the API on addr with conservative
// timeouts.
func (s *Service) Server(addr string) *http.Server {
	return &http.Server{Addr: addr, Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute,
		WriteTimeout: time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 16 << 10}
}

func truncate(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"code":"EINTERNAL","message":"internal error"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

// writeError answers with err's code and user-safe message; anything else
// is logged (it never carries a query: the host has none) and shown as an
// internal error.
func (s *Service) writeError(w http.ResponseWriter, err error) {
	var e *datatrade.Error
	if !errors.As(err, &e) {
		s.log.Error("request failed", "err", err)
		e = datatrade.Errorf(datatrade.EINTERNAL, "internal error (see the private query host's log)")
	}
	status, ok := statusOf[e.Code]
	if !ok {
		status = http.StatusInternalServerError
	}
	writeJSON(w, status, ErrorBody{Code: e.Code, Message: e.Message})
}

func (s *Service) handleAttest(w http.ResponseWriter, r *http.Request) {
	if s.limited(w, r, s.attest, "attestation requests") {
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxJSONBody))
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	var req AttestRequest
	if err != nil || dec.Decode(&req) != nil || dec.More() {
		s.writeError(w, datatrade.Errorf(datatrade.EINVALID, `the request body must be {"nonce":"0x…"} with %d bytes of hex`, len(enclave.Nonce{})))
		return
	}
	if len(req.Nonce) != len(enclave.Nonce{}) {
		s.writeError(w, datatrade.Errorf(datatrade.EINVALID, "the nonce must be %d bytes of hex, not %d", len(enclave.Nonce{}), len(req.Nonce)))
		return
	}
	att, err := s.Attest(r.Context(), enclave.Nonce(req.Nonce))
	if err != nil {
		s.writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, att)
}

// handleQuery carries a ciphertext to the enclave and its reply back. The
// host logs sizes and the duration only.
func (s *Service) handleQuery(w http.ResponseWriter, r *http.Request) {
	if s.limited(w, r, s.queries, "private queries") {
		return
	}
	start := s.now()
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxQueryBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.writeError(w, datatrade.Errorf(datatrade.EINVALID, "the query is larger than %d bytes", s.opts.MaxQueryBody))
			return
		}
		s.writeError(w, datatrade.Errorf(datatrade.EINVALID, "reading the query failed"))
		return
	}
	if len(body) == 0 {
		s.writeError(w, datatrade.Errorf(datatrade.EINVALID, "the query is empty: send the ciphertext of private.NewRequest"))
		return
	}
	reply, err := s.Answer(body)
	if err != nil {
		s.log.Info("private query refused", "request_bytes", len(body), "code", datatrade.ErrorCode(err))
		s.writeError(w, err)
		return
	}
	s.log.Info("private query", "request_bytes", len(body), "reply_bytes", len(reply), "duration", s.now().Sub(start))
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Length", strconv.Itoa(len(reply)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(reply)
}

// limited answers 429 and returns true when r's address has no token left.
func (s *Service) limited(w http.ResponseWriter, r *http.Request, l *limiter, what string) bool {
	ok, wait := l.allow(clientIP(r))
	if ok {
		return false
	}
	secs := max(1, int(math.Ceil(wait.Seconds())))
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	writeJSON(w, http.StatusTooManyRequests, ErrorBody{Code: datatrade.EUNAVAILABLE,
		Message: fmt.Sprintf("too many %s from your address (limit %d per minute); retry in %d s", what, l.perMinute, secs)})
	return true
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// limiter is a token bucket per client IP: perMinute tokens, refilled at
// perMinute per minute.
type limiter struct {
	perMinute int
	now       func() time.Time

	mu      sync.Mutex
	buckets map[string]*rate.Limiter
}

// maxBuckets bounds the limiter's memory.
const maxBuckets = 10_000

func newLimiter(perMinute int, now func() time.Time) *limiter {
	return &limiter{perMinute: perMinute, now: now, buckets: map[string]*rate.Limiter{}}
}

// allow takes a token for key, or returns false and how long until the
// next one. A limiter with perMinute < 0 allows everything.
func (l *limiter) allow(key string) (bool, time.Duration) {
	if l.perMinute < 0 {
		return true, 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= maxBuckets {
			for k, old := range l.buckets { // drop the full ones: they carry no information
				if old.TokensAt(now) >= float64(l.perMinute) {
					delete(l.buckets, k)
				}
			}
			if len(l.buckets) >= maxBuckets {
				clear(l.buckets)
			}
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
	return false, time.Duration((1 - b.TokensAt(now)) / (float64(l.perMinute) / 60) * float64(time.Second))
}
