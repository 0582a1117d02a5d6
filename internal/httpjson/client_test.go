package httpjson

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/datatrade/datatrade"
)

func TestResponseError(t *testing.T) {
	long := strings.Repeat("é", 1000)
	for _, tc := range []struct {
		status int
		body   string
		code   string
		msg    string
	}{
		{404, `{"code":"not_found","message":"trade 9 is not known"}`, datatrade.ENOTFOUND, "trade 9 is not known"},
		{409, `{"code":"conflict","message":"not final"}`, datatrade.ECONFLICT, "not final"},
		{429, `{"code":"unavailable","message":"too many"}`, datatrade.EUNAVAILABLE, "too many"},
		{422, `{"code":"integrity","message":"message cannot be decrypted by this enclave"}`, datatrade.EINTEGRITY, "message cannot be decrypted by this enclave"},
		{500, `{"code":"insecure","message":"sim"}`, datatrade.EINSECURE, "sim"},
		{429, `rate limited`, datatrade.EUNAVAILABLE, "the exchange answered HTTP 429"},
		{405, `Method Not Allowed`, datatrade.EINTERNAL, "the exchange answered HTTP 405"},
		{400, `{"code":"made-up","message":"x"}`, datatrade.EINVALID, "the exchange answered HTTP 400"},
		{403, `{"code":"EWHAT","message":"x"}`, datatrade.EUNAUTHORIZED, "the exchange answered HTTP 403"},
		{404, ``, datatrade.ENOTFOUND, "the exchange answered HTTP 404"},
		{410, `gone`, datatrade.EEXPIRED, "the exchange answered HTTP 410"},
		{503, `<html>`, datatrade.EUNAVAILABLE, "the exchange answered HTTP 503"},
		{502, ``, datatrade.EINTERNAL, "the exchange answered HTTP 502"},
		{302, `{"code":""}`, datatrade.EINTERNAL, "the exchange answered HTTP 302"},
		{400, `{"code":"invalid","message":"bad \ud800 surrogate"}`, datatrade.EINVALID, "bad \uFFFD surrogate"},
		{400, `{"code":"invalid","message":"` + long + `"}`, datatrade.EINVALID, long[:maxErrorMessage] + "…"},
	} {
		err := ResponseError("the exchange", tc.status, []byte(tc.body))
		var e *datatrade.Error
		if !errors.As(err, &e) || e.Code != tc.code || e.Message != tc.msg {
			t.Errorf("HTTP %d %.40q: got %v, want code %s message %.60q", tc.status, tc.body, err, tc.code, tc.msg)
		}
	}
}

// FuzzResponseError feeds arbitrary error answers to the client's error
// decoding: it must return a *datatrade.Error with a known code and a
// short, valid UTF-8 message, never panic.
func FuzzResponseError(f *testing.F) {
	f.Add(404, []byte(`{"code":"not_found","message":"x"}`))
	f.Add(500, []byte(`{"code":`))
	f.Add(429, []byte{0xff, 0})
	f.Add(400, []byte(`{"code":"invalid","message":"\ud800"}`))
	f.Add(200, []byte(`{"code":"made-up"}`))
	f.Add(-1, []byte(`[]`))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		var e *datatrade.Error
		if !errors.As(ResponseError("the service", status, body), &e) {
			t.Fatal("not a *datatrade.Error")
		}
		if !KnownCode(e.Code) {
			t.Errorf("unknown code %q", e.Code)
		}
		if !utf8.ValidString(e.Message) || len(e.Message) > maxErrorMessage+len("…") {
			t.Errorf("message %q: invalid UTF-8 or over %d bytes", e.Message, maxErrorMessage)
		}
	})
}

// testAPI is a small API on httptest: echo, error, big and raw routes.
func testAPI(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	type echo struct {
		Name string `json:"name"`
	}
	mux.HandleFunc("POST /echo", func(w http.ResponseWriter, r *http.Request) {
		var in echo
		if err := DecodeJSON(w, r, 1<<10, &in); err != nil {
			WriteError(w, nil, err)
			return
		}
		WriteJSON(w, http.StatusOK, echo{Name: in.Name + "!"})
	})
	mux.HandleFunc("GET /missing", func(w http.ResponseWriter, r *http.Request) {
		WriteError(w, nil, datatrade.Errorf(datatrade.ENOTFOUND, "trade 7 is not known"))
	})
	mux.HandleFunc("GET /internal", func(w http.ResponseWriter, r *http.Request) {
		WriteError(w, nil, errors.New("secret detail"))
	})
	mux.HandleFunc("GET /big", func(w http.ResponseWriter, r *http.Request) {
		WriteJSON(w, http.StatusOK, strings.Repeat("x", 300))
	})
	mux.HandleFunc("GET /notjson", func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte("<html>"))
	})
	mux.HandleFunc("PUT /raw", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		WriteJSON(w, http.StatusCreated, map[string]any{"size": len(b), "type": r.Header.Get("Content-Type")})
	})
	mux.HandleFunc("GET /stream", func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write(bytes.Repeat([]byte{1}, 1000)) // over the client's bound: Open does not bound
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestClient(t *testing.T) {
	srv := testAPI(t)
	c := NewClient("the test service", srv.URL+"/", srv.Client(), 256)
	ctx := context.Background()
	if c.BaseURL() != srv.URL {
		t.Errorf("BaseURL %q, want %q without the slash", c.BaseURL(), srv.URL)
	}

	var out struct {
		Name string `json:"name"`
	}
	if err := c.Do(ctx, http.MethodPost, "/echo", map[string]string{"name": "a"}, &out); err != nil || out.Name != "a!" {
		t.Fatalf("Do: got %+v, %v; want a!", out, err)
	}
	if err := c.Do(ctx, http.MethodPost, "/echo", map[string]string{"name": "a"}, nil); err != nil {
		t.Fatalf("Do discarding the answer: %v", err)
	}
	var raw struct {
		Size int    `json:"size"`
		Type string `json:"type"`
	}
	if err := c.Upload(ctx, http.MethodPut, "/raw", "application/octet-stream", strings.NewReader("12345"), &raw); err != nil || raw.Size != 5 || raw.Type != "application/octet-stream" {
		t.Fatalf("Upload: got %+v, %v; want 5 bytes of application/octet-stream", raw, err)
	}
	if b, err := c.Send(ctx, http.MethodGet, "/notjson", "", nil); err != nil || string(b) != "<html>" {
		t.Fatalf("Send: got %q, %v; want the raw answer", b, err)
	}
	resp, err := c.Open(ctx, http.MethodGet, "/stream")
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	n, _ := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if n != 1000 {
		t.Errorf("Open streamed %d bytes, want 1000", n)
	}

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	for _, tc := range []struct {
		name string
		call func() error
		code string
		msg  string
	}{
		{"server error", func() error { return c.Do(ctx, http.MethodGet, "/missing", nil, &out) }, datatrade.ENOTFOUND, "trade 7 is not known"},
		{"internal error", func() error { return c.Do(ctx, http.MethodGet, "/internal", nil, &out) }, datatrade.EINTERNAL, "internal error"},
		{"bad request", func() error { return c.Do(ctx, http.MethodPost, "/echo", map[string]int{"name": 1}, &out) }, datatrade.EINVALID, `field "name" has the wrong type`},
		{"no route", func() error { return c.Do(ctx, http.MethodGet, "/nothing", nil, &out) }, datatrade.ENOTFOUND, "the test service answered HTTP 404"},
		{"oversize answer", func() error { return c.Do(ctx, http.MethodGet, "/big", nil, &out) }, datatrade.EINTEGRITY, "the test service's answer is larger than 256 bytes"},
		{"not JSON", func() error { return c.Do(ctx, http.MethodGet, "/notjson", nil, &out) }, datatrade.EINTEGRITY, "the test service's answer is not the expected JSON"},
		{"open error", func() error { _, err := c.Open(ctx, http.MethodGet, "/missing"); return err }, datatrade.ENOTFOUND, "trade 7 is not known"},
		{"unreachable", func() error {
			return NewClient("the dead service", "http://127.0.0.1:1", nil, 256).Do(ctx, http.MethodGet, "/", nil, nil)
		}, datatrade.EUNAVAILABLE, "cannot reach the dead service at http://127.0.0.1:1"},
		{"bad URL", func() error {
			return NewClient("the odd service", "http://bad host\x7f", nil, 256).Do(ctx, http.MethodGet, "/", nil, nil)
		}, datatrade.EINVALID, "the URL of the odd service is not valid"},
		{"unencodable request", func() error { return c.Do(ctx, http.MethodPost, "/echo", make(chan int), nil) }, datatrade.EINTERNAL, "internal error"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			if datatrade.ErrorCode(err) != tc.code || !strings.Contains(datatrade.ErrorMessage(err), tc.msg) {
				t.Errorf("got %v, want %s mentioning %q", err, tc.code, tc.msg)
			}
			if strings.Contains(datatrade.ErrorMessage(err), "secret") {
				t.Errorf("the error %v leaks the server's internal detail", err)
			}
		})
	}
	if err := c.Do(cancelled, http.MethodGet, "/missing", nil, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: got %v, want context.Canceled", err)
	}
}
