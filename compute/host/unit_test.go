package host

import (
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/datatrade/datatrade"
)

// FuzzResponseError feeds the client's decoder of error answers arbitrary
// bodies: it always yields a *datatrade.Error with a known code.
func FuzzResponseError(f *testing.F) {
	f.Add(404, []byte(`{"code":"not_found","message":"job 9 is not known to this node"}`))
	f.Add(500, []byte(`{"code":"bogus","message":"x"}`))
	f.Add(429, []byte(`not json`))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		err := responseError(status, body)
		var e *datatrade.Error
		if !errors.As(err, &e) {
			t.Fatalf("got %T, want *datatrade.Error", err)
		}
		if _, ok := httpStatus[e.Code]; !ok {
			t.Fatalf("unknown code %q", e.Code)
		}
	})
}

func TestResponseError(t *testing.T) {
	tests := []struct {
		status int
		body   string
		code   string
	}{
		{404, `{"code":"not_found","message":"m"}`, datatrade.ENOTFOUND},
		{409, `garbage`, datatrade.ECONFLICT},
		{http.StatusTooManyRequests, ``, datatrade.EUNAVAILABLE},
		{500, `{"code":"made-up","message":"m"}`, datatrade.EINTERNAL},
	}
	for _, tc := range tests {
		if got := datatrade.ErrorCode(responseError(tc.status, []byte(tc.body))); got != tc.code {
			t.Errorf("status %d body %q: got %s, want %s", tc.status, tc.body, got, tc.code)
		}
	}
}

func TestLimiter(t *testing.T) {
	now := time.Unix(1000, 0)
	l := newLimiter(2, func() time.Time { return now })
	for i, want := range []bool{true, true, false} {
		if ok, _ := l.allow("a"); ok != want {
			t.Fatalf("request %d: allowed %v, want %v", i, ok, want)
		}
	}
	if ok, _ := l.allow("b"); !ok {
		t.Fatal("another address is limited too")
	}
	now = now.Add(30 * time.Second)
	if ok, wait := l.allow("a"); ok || wait != 30*time.Second {
		t.Fatalf("within the window: allowed %v, wait %s; want refused, 30s", ok, wait)
	}
	now = now.Add(31 * time.Second)
	if ok, _ := l.allow("a"); !ok {
		t.Fatal("a new window is still limited")
	}
	if ok, _ := newLimiter(-1, time.Now).allow("a"); !ok {
		t.Fatal("a negative limit refuses")
	}
}

func TestJobRecState(t *testing.T) {
	tests := []struct {
		name string
		r    jobRec
		want string
	}{
		{"new", jobRec{}, StateWaitingModule},
		{"module, no data", jobRec{JobStatus: JobStatus{Opened: true, ModuleLoaded: true, Listings: []ListingStatus{{ListingID: 1, KeyHandedOver: true}}}}, StateWaitingData},
		{"all in", jobRec{JobStatus: JobStatus{Opened: true, ModuleLoaded: true, Listings: []ListingStatus{{ListingID: 1, KeyHandedOver: true, DataChecked: true}}}}, StateRunning},
		{"data, no module", jobRec{JobStatus: JobStatus{Opened: true, Listings: []ListingStatus{{ListingID: 1, KeyHandedOver: true, DataChecked: true}}}}, StateWaitingModule},
		{"failed stays", jobRec{JobStatus: JobStatus{State: StateFailed, ModuleLoaded: true}}, StateFailed},
	}
	for _, tc := range tests {
		tc.r.recompute()
		if tc.r.State != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, tc.r.State, tc.want)
		}
	}
}
