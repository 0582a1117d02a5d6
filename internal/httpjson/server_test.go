package httpjson

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/datatrade/datatrade"
)

func TestStatusOf(t *testing.T) {
	for _, tc := range []struct {
		code string
		want int
	}{
		{datatrade.EINVALID, 400},
		{datatrade.EUNAUTHORIZED, 403},
		{datatrade.EINSECURE, 403},
		{datatrade.ENOTFOUND, 404},
		{datatrade.ECONFLICT, 409},
		{datatrade.EEXPIRED, 410},
		{datatrade.EFUNDS, 402},
		{datatrade.EINTEGRITY, 422},
		{datatrade.EUNAVAILABLE, 503},
		{datatrade.EINTERNAL, 500},
		{"made-up", 500},
		{"", 500},
	} {
		if got := StatusOf(tc.code); got != tc.want {
			t.Errorf("StatusOf(%q) = %d, want %d", tc.code, got, tc.want)
		}
	}
}

func decodeBody(t *testing.T, w *httptest.ResponseRecorder) ErrorBody {
	t.Helper()
	var eb ErrorBody
	if err := json.Unmarshal(w.Body.Bytes(), &eb); err != nil {
		t.Fatalf("error body %q: %v", w.Body.String(), err)
	}
	return eb
}

func TestWriteError(t *testing.T) {
	for _, tc := range []struct {
		name    string
		err     error
		status  int
		code    string
		msg     string
		logged  bool
		private string // must appear in neither the answer nor, if "", anywhere
	}{
		{"user error", datatrade.Errorf(datatrade.ENOTFOUND, "trade 9 is not known"), 404, datatrade.ENOTFOUND, "trade 9 is not known", false, ""},
		{"wrapped user error", fmt.Errorf("open: %w", datatrade.Errorf(datatrade.ECONFLICT, "not final")), 409, datatrade.ECONFLICT, "not final", false, ""},
		{"insecure", datatrade.Errorf(datatrade.EINSECURE, "simulation refused"), 403, datatrade.EINSECURE, "simulation refused", false, ""},
		{"unknown code", &datatrade.Error{Code: "odd", Message: "x"}, 500, "odd", "x", false, ""},
		{"cancelled", fmt.Errorf("rpc: %w", context.Canceled), 503, datatrade.EUNAVAILABLE, "cancelled or timed out", false, ""},
		{"deadline", context.DeadlineExceeded, 503, datatrade.EUNAVAILABLE, "cancelled or timed out", false, ""},
		{"internal", errors.New("dial http://rpc.example/key=SECRET failed"), 500, datatrade.EINTERNAL, "internal error", true, "SECRET"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var logBuf bytes.Buffer
			log := slog.New(slog.NewTextHandler(&logBuf, nil))
			w := httptest.NewRecorder()
			WriteError(w, log, tc.err)
			eb := decodeBody(t, w)
			if w.Code != tc.status || eb.Code != tc.code || !strings.Contains(eb.Message, tc.msg) {
				t.Errorf("got HTTP %d %+v, want %d %s %q", w.Code, eb, tc.status, tc.code, tc.msg)
			}
			if ct := w.Header().Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q, want application/json", ct)
			}
			if tc.private != "" && strings.Contains(w.Body.String(), tc.private) {
				t.Errorf("the answer %q leaks %q", w.Body.String(), tc.private)
			}
			if got := logBuf.Len() > 0; got != tc.logged {
				t.Errorf("logged %v (%q), want %v", got, logBuf.String(), tc.logged)
			}
			if tc.logged && !strings.Contains(logBuf.String(), tc.private) {
				t.Errorf("the log %q lacks the internal detail %q", logBuf.String(), tc.private)
			}
		})
	}
	// A nil logger is allowed.
	w := httptest.NewRecorder()
	WriteError(w, nil, errors.New("boom"))
	if eb := decodeBody(t, w); w.Code != 500 || eb.Code != datatrade.EINTERNAL || strings.Contains(eb.Message, "boom") {
		t.Errorf("nil logger: got HTTP %d %+v, want 500 internal without the detail", w.Code, eb)
	}
}

func TestWriteJSON(t *testing.T) {
	for _, tc := range []struct {
		name   string
		status int
		v      any
		want   int
		body   string
	}{
		{"object", 201, map[string]int{"size": 3}, 201, `{"size":3}` + "\n"},
		{"unencodable", 200, map[string]any{"c": make(chan int)}, 500, internalBody + "\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			WriteJSON(w, tc.status, tc.v)
			if w.Code != tc.want || w.Body.String() != tc.body {
				t.Errorf("got HTTP %d %q, want %d %q", w.Code, w.Body.String(), tc.want, tc.body)
			}
		})
	}
	if eb := (ErrorBody{}); json.Unmarshal([]byte(internalBody), &eb) != nil || eb.Code != datatrade.EINTERNAL {
		t.Errorf("the fallback body %s does not carry code %s", internalBody, datatrade.EINTERNAL)
	}
}

func TestDecodeJSON(t *testing.T) {
	type req struct {
		Name string `json:"name"`
		N    int    `json:"n"`
	}
	for _, tc := range []struct {
		name, body string
		limit      int64
		want       req
		msg        string // "" means success
		notEcho    string
	}{
		{"valid", `{"name":"a","n":2}`, 100, req{"a", 2}, "", ""},
		{"valid with spaces after", `{"name":"a"}  ` + "\n", 100, req{Name: "a"}, "", ""},
		{"syntax", `{"name":`, 100, req{}, "empty or truncated body", ""},
		{"bad character", `{"name": secret}`, 100, req{}, "syntax error at byte 10", "secret"},
		{"wrong type", `{"n":"x"}`, 100, req{}, `field "n" has the wrong type`, ""},
		{"not an object", `[1,2]`, 100, req{}, "a JSON array where a different type is expected", ""},
		{"unknown field", `{"name":"a","evil":1}`, 100, req{}, `unknown field "evil"`, ""},
		{"empty", ``, 100, req{}, "empty or truncated body", ""},
		{"trailing data", `{"name":"a"}{"name":"b"}`, 100, req{}, "data after the JSON value", ""},
		{"trailing garbage", `{"name":"a"} x`, 100, req{}, "data after the JSON value", ""},
		{"spaces past the limit", `{"name":"a"}` + strings.Repeat(" ", 100), 100, req{}, "the request body is larger than 100 bytes", ""},
		{"oversize", `{"name":"` + strings.Repeat("A", 200) + `"}`, 100, req{}, "the request body is larger than 100 bytes", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(tc.body))
			var got req
			err := DecodeJSON(httptest.NewRecorder(), r, tc.limit, &got)
			if tc.msg == "" {
				if err != nil || got != tc.want {
					t.Fatalf("got %+v, %v; want %+v", got, err, tc.want)
				}
				return
			}
			if datatrade.ErrorCode(err) != datatrade.EINVALID || !strings.Contains(datatrade.ErrorMessage(err), tc.msg) {
				t.Fatalf("got %v, want EINVALID mentioning %q", err, tc.msg)
			}
			if tc.notEcho != "" && strings.Contains(datatrade.ErrorMessage(err), tc.notEcho) {
				t.Errorf("the message %q echoes the body", datatrade.ErrorMessage(err))
			}
		})
	}
}

func TestClientIP(t *testing.T) {
	for _, tc := range []struct{ remote, want string }{
		{"10.0.0.1:5000", "10.0.0.1"},
		{"[::1]:80", "::1"},
		{"no-port", "no-port"},
	} {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.RemoteAddr = tc.remote
		r.Header.Set("X-Forwarded-For", "192.0.2.1")
		if got := ClientIP(r); got != tc.want {
			t.Errorf("ClientIP(%q) = %q, want %q", tc.remote, got, tc.want)
		}
	}
}

func TestLimiter(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	l := NewLimiter(3, func() time.Time { return now })
	for i := range 3 {
		if ok, _ := l.Allow("10.0.0.1"); !ok {
			t.Fatalf("request %d refused, want the first 3 allowed", i+1)
		}
	}
	ok, wait := l.Allow("10.0.0.1")
	if ok || wait != 20*time.Second {
		t.Errorf("4th request: allowed %v, wait %v; want refused with 20s to wait (3 per minute)", ok, wait)
	}
	if ok, _ := l.Allow("10.0.0.2"); !ok {
		t.Error("another address is limited by the first one's requests")
	}
	now = now.Add(10 * time.Second)
	if ok, wait := l.Allow("10.0.0.1"); ok || wait != 10*time.Second {
		t.Errorf("after 10 s: allowed %v, wait %v; want refused with 10s to wait", ok, wait)
	}
	now = now.Add(10 * time.Second)
	if ok, _ := l.Allow("10.0.0.1"); !ok {
		t.Error("no token after 20 s, want one refilled")
	}
	if ok, _ := l.Allow("10.0.0.1"); ok {
		t.Error("two tokens after 20 s, want one")
	}
	now = now.Add(time.Hour)
	for i := range 4 {
		ok, _ := l.Allow("10.0.0.1")
		if want := i < 3; ok != want {
			t.Errorf("after an hour, request %d allowed %v, want %v (the bucket holds at most 3)", i+1, ok, want)
		}
	}
	off := NewLimiter(-1, func() time.Time { return now })
	for range 100 {
		if ok, _ := off.Allow("x"); !ok {
			t.Fatal("a disabled limiter refused a request")
		}
	}
	closed := NewLimiter(0, func() time.Time { return now })
	if ok, wait := closed.Allow("x"); ok || wait != time.Minute {
		t.Errorf("a zero limiter: allowed %v, wait %v; want refused with a minute to wait", ok, wait)
	}
}

func TestLimiterBoundsMemory(t *testing.T) {
	now := time.Unix(0, 0)
	l := NewLimiter(1, func() time.Time { return now })
	for i := range maxBuckets + 10 {
		l.Allow(fmt.Sprint(i))
	}
	if n := len(l.buckets); n > maxBuckets {
		t.Errorf("%d buckets, want at most %d", n, maxBuckets)
	}
	// Once the buckets have refilled, pruning keeps only the new one.
	now = now.Add(time.Minute)
	l.Allow("new")
	if n := len(l.buckets); n > maxBuckets {
		t.Errorf("%d buckets after a refill, want at most %d", n, maxBuckets)
	}
}

func TestLimited(t *testing.T) {
	for _, tc := range []struct {
		perMinute  int
		what       string
		retryAfter string
	}{
		{1, "uploads", "60"},
		{3, "attestation requests", "20"},
		{7, "private queries", "9"}, // 8.57 s rounds up
		{600, "queries", "1"},       // 0.1 s: at least 1
	} {
		t.Run(tc.what, func(t *testing.T) {
			now := time.Unix(0, 0)
			l := NewLimiter(tc.perMinute, func() time.Time { return now })
			req := httptest.NewRequest(http.MethodPut, "/v1/blobs", nil)
			req.RemoteAddr = "10.1.1.1:5000"
			for i := range tc.perMinute {
				if l.Limited(httptest.NewRecorder(), req, tc.what) {
					t.Fatalf("request %d limited", i+1)
				}
			}
			w := httptest.NewRecorder()
			if !l.Limited(w, req, tc.what) {
				t.Fatal("a request over the limit not limited")
			}
			eb := decodeBody(t, w)
			wantMsg := fmt.Sprintf("too many %s from your address (limit %d per minute); retry in %s s", tc.what, tc.perMinute, tc.retryAfter)
			if w.Code != http.StatusTooManyRequests || w.Header().Get("Retry-After") != tc.retryAfter || eb.Code != datatrade.EUNAVAILABLE || eb.Message != wantMsg {
				t.Errorf("got HTTP %d, Retry-After %q, %+v; want 429, %s and %q", w.Code, w.Header().Get("Retry-After"), eb, tc.retryAfter, wantMsg)
			}
			req.RemoteAddr = "10.1.1.2:5000"
			if l.Limited(httptest.NewRecorder(), req, tc.what) {
				t.Error("another address limited")
			}
		})
	}
}
