package privateapi

import (
	"bytes"
	"crypto/rand"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/enclave/sim"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/spatial/private"
	"github.com/datatrade/datatrade/spatial/query"
)

// FuzzClientReply feeds the client's reply path — status check, error
// body decoding, then opening the reply — arbitrary bytes from a hostile
// host: it must return a *datatrade.Error, never panic, and never accept a
// reply it cannot authenticate.
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
	f.Add(200, []byte{})
	f.Add(200, make([]byte, 2000))
	f.Add(400, []byte(`{"code":"invalid","message":"bad"}`))
	f.Add(429, []byte(`{"code":"unavailable","message":"slow down"}`))
	f.Add(500, []byte(`{"code":"ENOPE","message":"x"}`))
	f.Add(302, []byte(`not json`))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		pending, _, err := private.NewRequest(fa.PublicKeys(), query.Query{Text: "berg"})
		if err != nil {
			t.Fatal(err)
		}
		b, err := checkResponse(status, body)
		if err != nil {
			var de *datatrade.Error
			if !errors.As(err, &de) {
				t.Fatalf("status %d: error %v is not a *datatrade.Error", status, err)
			}
			if status >= 200 && status < 300 && len(body) <= maxReply {
				t.Fatalf("status %d refused: %v", status, err)
			}
			return
		}
		if status < 200 || status >= 300 {
			t.Fatalf("status %d accepted", status)
		}
		if r, err := pending.Open(b); err == nil {
			t.Fatalf("a forged reply opened: %+v", r)
		} else if c := datatrade.ErrorCode(err); c != datatrade.EINTEGRITY && c != datatrade.EINVALID {
			t.Fatalf("reply refused with %v, want EINTEGRITY or EINVALID", err)
		}
	})
}

// TestCheckResponse maps statuses and bodies to errors.
func TestCheckResponse(t *testing.T) {
	cases := []struct {
		status int
		body   string
		code   string
		msg    string
	}{
		{200, "abc", "", ""},
		{422, `{"code":"integrity","message":"message cannot be decrypted by this enclave"}`, datatrade.EINTEGRITY, "cannot be decrypted"},
		{403, `{"code":"EWHAT","message":"x"}`, datatrade.EINVALID, "HTTP 403"},
		{http.StatusTooManyRequests, `busy`, datatrade.EUNAVAILABLE, "HTTP 429"},
		{404, ``, datatrade.ENOTFOUND, "HTTP 404"},
		{502, `<html>`, datatrade.EINTERNAL, "HTTP 502"},
	}
	for _, tc := range cases {
		b, err := checkResponse(tc.status, []byte(tc.body))
		if datatrade.ErrorCode(err) != tc.code || (err != nil && !strings.Contains(datatrade.ErrorMessage(err), tc.msg)) || (err == nil && string(b) != tc.body) {
			t.Errorf("HTTP %d %q: got %q, %v; want code %q mentioning %q", tc.status, tc.body, b, err, tc.code, tc.msg)
		}
	}
}
