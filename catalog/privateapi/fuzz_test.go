package privateapi

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/spatial/private"
	"github.com/datatrade/datatrade/spatial/query"
)

// replayServer answers every request with the status and body last set.
type replayServer struct {
	mu     sync.Mutex
	status int
	body   []byte
}

func (rs *replayServer) set(status int, body []byte) {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	rs.status, rs.body = status, body
}

func (rs *replayServer) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	w.WriteHeader(rs.status)
	_, _ = w.Write(rs.body)
}

// replayClient returns a client of a replayServer on 127.0.0.1.
func replayClient(tb testing.TB) (*Client, *replayServer) {
	tb.Helper()
	rs := &replayServer{status: http.StatusOK}
	srv := httptest.NewServer(rs)
	tb.Cleanup(srv.Close)
	d := market.Deployment{ChainID: 1337}
	return NewClient(srv.URL, srv.Client(), enclave.Verifiers{sim.Verifier{}}, enclave.Policy{AllowSimulation: true}, d), rs
}

// FuzzClientReply feeds the client's reply path — status check, error
// body decoding, then opening the reply — arbitrary answers from a
// hostile host over real HTTP: it must return a *datatrade.Error, never
// panic, and never accept a reply it cannot authenticate.
func FuzzClientReply(f *testing.F) {
	b, err := sim.New(sim.Options{Code: []byte(SimCode), PlatformSecret: bytes.Repeat([]byte{7}, 32), Rand: rand.Reader})
	if err != nil {
		f.Fatal(err)
	}
	d := market.Deployment{ChainID: 1337, Registry: common.HexToAddress("0x01"), Market: common.HexToAddress("0x02"), Escrow: common.HexToAddress("0x03")}
	fa, err := enclave.NewFactotum(b, EnclaveConfig(d), rand.Reader)
	if err != nil {
		f.Fatal(err)
	}
	cl, rs := replayClient(f)
	f.Add(200, []byte{})
	f.Add(200, make([]byte, 2000))
	f.Add(400, []byte(`{"code":"invalid","message":"bad"}`))
	f.Add(429, []byte(`{"code":"unavailable","message":"slow down"}`))
	f.Add(500, []byte(`{"code":"ENOPE","message":"x"}`))
	f.Add(302, []byte(`not json`))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		status = 200 + (status%400+400)%400 // a status the test server can send: 200..599
		if status == http.StatusNoContent || status == http.StatusNotModified || (status >= 300 && status < 400) {
			status = http.StatusOK // no body allowed, or a redirect the client would follow
		}
		pending, req, err := private.NewRequest(fa.PublicKeys(), query.Query{Text: "berg"})
		if err != nil {
			t.Fatal(err)
		}
		rs.set(status, body)
		b, err := cl.do(context.Background(), http.MethodPost, "/v1/query", "application/octet-stream", req)
		if err != nil {
			var de *datatrade.Error
			if !errors.As(err, &de) {
				t.Fatalf("status %d: error %v is not a *datatrade.Error", status, err)
			}
			if status < 300 && len(body) <= maxReply {
				t.Fatalf("status %d refused: %v", status, err)
			}
			return
		}
		if status >= 300 {
			t.Fatalf("status %d accepted", status)
		}
		if r, err := pending.Open(b); err == nil {
			t.Fatalf("a forged reply opened: %+v", r)
		} else if c := datatrade.ErrorCode(err); c != datatrade.EINTEGRITY && c != datatrade.EINVALID {
			t.Fatalf("reply refused with %v, want EINTEGRITY or EINVALID", err)
		}
	})
}

// TestClientAnswers maps the service's statuses and bodies to errors.
func TestClientAnswers(t *testing.T) {
	cl, rs := replayClient(t)
	cases := []struct {
		status int
		body   string
		code   string
		msg    string
	}{
		{200, "abc", "", ""},
		{422, `{"code":"integrity","message":"message cannot be decrypted by this enclave"}`, datatrade.EINTEGRITY, "cannot be decrypted"},
		{403, `{"code":"EWHAT","message":"x"}`, datatrade.EUNAUTHORIZED, "the private query service answered HTTP 403"},
		{http.StatusTooManyRequests, `busy`, datatrade.EUNAVAILABLE, "HTTP 429"},
		{404, ``, datatrade.ENOTFOUND, "HTTP 404"},
		{502, `<html>`, datatrade.EINTERNAL, "HTTP 502"},
		{200, strings.Repeat("x", maxReply+1), datatrade.EINTEGRITY, fmt.Sprintf("larger than %d bytes", maxReply)},
	}
	for _, tc := range cases {
		rs.set(tc.status, []byte(tc.body))
		b, err := cl.do(context.Background(), http.MethodPost, "/v1/query", "application/octet-stream", []byte{1})
		if datatrade.ErrorCode(err) != tc.code || (err != nil && !strings.Contains(datatrade.ErrorMessage(err), tc.msg)) || (err == nil && string(b) != tc.body) {
			t.Errorf("HTTP %d %.20q: got %.20q, %v; want code %q mentioning %q", tc.status, tc.body, b, err, tc.code, tc.msg)
		}
	}
}
