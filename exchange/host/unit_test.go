package host

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/datatrade/datatrade"
)

func TestRateLimiter(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	r := newRateLimiter(3, func() time.Time { return now })
	for i := range 3 {
		if ok, _ := r.allow("10.0.0.1"); !ok {
			t.Fatalf("request %d refused, want the first 3 allowed", i+1)
		}
	}
	ok, wait := r.allow("10.0.0.1")
	if ok || wait != 20*time.Second {
		t.Errorf("4th request: allowed %v, wait %v; want refused with 20s to wait (3 per minute)", ok, wait)
	}
	if ok, _ := r.allow("10.0.0.2"); !ok {
		t.Error("another address is limited by the first one's requests")
	}
	now = now.Add(20 * time.Second)
	if ok, _ := r.allow("10.0.0.1"); !ok {
		t.Error("no token after 20 s, want one refilled")
	}
	if ok, _ := r.allow("10.0.0.1"); ok {
		t.Error("two tokens after 20 s, want one")
	}
	now = now.Add(time.Hour)
	for i := range 4 {
		ok, _ := r.allow("10.0.0.1")
		if want := i < 3; ok != want {
			t.Errorf("after an hour, request %d allowed %v, want %v (the bucket holds at most 3)", i+1, ok, want)
		}
	}
	off := newRateLimiter(-1, func() time.Time { return now })
	for range 100 {
		if ok, _ := off.allow("x"); !ok {
			t.Fatal("a disabled limiter refused a request")
		}
	}
}

func TestRateLimiterBoundsMemory(t *testing.T) {
	now := time.Unix(0, 0)
	r := newRateLimiter(1, func() time.Time { return now })
	for i := range maxBuckets + 10 {
		r.allow(string(rune(i)))
	}
	if n := len(r.buckets); n > maxBuckets {
		t.Errorf("%d buckets, want at most %d", n, maxBuckets)
	}
}

func TestResponseError(t *testing.T) {
	for _, tc := range []struct {
		status int
		body   string
		code   string
		msg    string
	}{
		{404, `{"code":"not_found","message":"trade 9 is not known"}`, datatrade.ENOTFOUND, "trade 9 is not known"},
		{409, `{"code":"conflict","message":"not final"}`, datatrade.ECONFLICT, "not final"},
		{429, `{"code":"unavailable","message":"too many"}`, datatrade.EUNAVAILABLE, "too many"},
		{429, `rate limited`, datatrade.EUNAVAILABLE, "the exchange answered HTTP 429"},
		{405, `Method Not Allowed`, datatrade.EINTERNAL, "the exchange answered HTTP 405"},
		{400, `{"code":"made-up","message":"x"}`, datatrade.EINVALID, "the exchange answered HTTP 400"},
		{502, ``, datatrade.EINTERNAL, "the exchange answered HTTP 502"},
	} {
		err := responseError(tc.status, []byte(tc.body))
		var e *datatrade.Error
		if !asError(err, &e) || e.Code != tc.code || e.Message != tc.msg {
			t.Errorf("HTTP %d %q: got %v, want code %s message %q", tc.status, tc.body, err, tc.code, tc.msg)
		}
	}
}

func asError(err error, e **datatrade.Error) bool {
	de, ok := err.(*datatrade.Error)
	*e = de
	return ok
}

// FuzzResponseError feeds arbitrary error responses to the client: it
// must return a *datatrade.Error with a known code, never panic.
func FuzzResponseError(f *testing.F) {
	f.Add(404, []byte(`{"code":"not_found","message":"x"}`))
	f.Add(500, []byte(`{"code":`))
	f.Add(429, []byte{0xff, 0})
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		var e *datatrade.Error
		if !asError(responseError(status, body), &e) {
			t.Fatal("not a *datatrade.Error")
		}
		if _, ok := httpStatus[e.Code]; !ok {
			t.Errorf("unknown code %q", e.Code)
		}
		if status == http.StatusOK && e.Code == "" {
			t.Error("empty code")
		}
	})
}

func TestLimitedAnswers429(t *testing.T) {
	now := time.Unix(0, 0)
	l := newRateLimiter(1, func() time.Time { return now })
	req := httptest.NewRequest(http.MethodPut, "/v1/blobs", nil)
	req.RemoteAddr = "10.1.1.1:5000"
	if limited(httptest.NewRecorder(), req, l, "uploads") {
		t.Fatal("first request limited")
	}
	w := httptest.NewRecorder()
	if !limited(w, req, l, "uploads") {
		t.Fatal("second request in the same minute not limited")
	}
	var eb ErrorBody
	if err := json.Unmarshal(w.Body.Bytes(), &eb); err != nil {
		t.Fatal(err)
	}
	if w.Code != http.StatusTooManyRequests || w.Header().Get("Retry-After") != "60" || eb.Code != datatrade.EUNAVAILABLE || !strings.Contains(eb.Message, "too many uploads") {
		t.Errorf("got HTTP %d, Retry-After %q, %+v; want 429, 60 and a clear message", w.Code, w.Header().Get("Retry-After"), eb)
	}
	req.RemoteAddr = "10.1.1.2:5000"
	if limited(httptest.NewRecorder(), req, l, "uploads") {
		t.Error("another address limited")
	}
}
