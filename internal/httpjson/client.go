package httpjson

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/datatrade/datatrade"
)

// maxErrorMessage bounds the server message an error carries.
const maxErrorMessage = 1024

// Client sends requests to one service's API and reads its answers, at
// most a fixed number of bytes each. Error answers arrive as
// *datatrade.Error with the server's code and message (ResponseError). It
// is safe for concurrent use.
type Client struct {
	name, base string
	hc         *http.Client
	max        int64
}

// NewClient returns a client of the API at baseURL (a trailing slash is
// dropped). name says who answers in error messages ("the exchange");
// hc nil means http.DefaultClient; maxResponse bounds every answer read.
func NewClient(name, baseURL string, hc *http.Client, maxResponse int64) *Client {
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Client{name: name, base: strings.TrimRight(baseURL, "/"), hc: hc, max: maxResponse}
}

// BaseURL returns the API's base URL.
func (c *Client) BaseURL() string { return c.base }

// Do sends in as JSON (nil: no body) to path and decodes a successful
// JSON answer into out (nil: discard it). Errors: the server's, as
// *datatrade.Error; EUNAVAILABLE when it cannot be reached; EINTEGRITY
// for an answer over the size bound or not the expected JSON; the
// context's error when ctx ends first.
func (c *Client) Do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	contentType := ""
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return fmt.Errorf("encode request: %w", err)
		}
		body, contentType = bytes.NewReader(b), "application/json"
	}
	return c.Upload(ctx, method, path, contentType, body, out)
}

// Upload is Do with a raw body of contentType.
func (c *Client) Upload(ctx context.Context, method, path, contentType string, body io.Reader, out any) error {
	b, err := c.Send(ctx, method, path, contentType, body)
	if err != nil || out == nil {
		return err
	}
	if err := json.Unmarshal(b, out); err != nil {
		return datatrade.Errorf(datatrade.EINTEGRITY, "%s's answer is not the expected JSON", c.name)
	}
	return nil
}

// Send sends body of contentType (nil body: none) and returns a
// successful (2xx) answer's bytes. Its errors are those of Do.
func (c *Client) Send(ctx context.Context, method, path, contentType string, body io.Reader) ([]byte, error) {
	resp, err := c.roundTrip(ctx, method, path, contentType, body)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := c.read(resp)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, ResponseError(c.name, resp.StatusCode, b)
	}
	return b, nil
}

// Open sends a request without a body and returns a successful (2xx)
// answer for the caller to stream (and close); any other answer becomes
// its error, as in Do. The answer's size is not bounded.
func (c *Client) Open(ctx context.Context, method, path string) (*http.Response, error) {
	resp, err := c.roundTrip(ctx, method, path, "", nil)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		defer resp.Body.Close()
		return nil, c.ErrorFrom(resp)
	}
	return resp, nil
}

// ErrorFrom reads resp's body (bounded; the caller closes it) and returns
// the error it stands for: ResponseError of its status and body.
func (c *Client) ErrorFrom(resp *http.Response) error {
	b, err := c.read(resp)
	if err != nil {
		return err
	}
	return ResponseError(c.name, resp.StatusCode, b)
}

func (c *Client) roundTrip(ctx context.Context, method, path, contentType string, body io.Reader) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "the URL of %s is not valid: %s", c.name, strconv.Quote(clip(c.base, 80)))
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		var ue *url.Error
		if errors.As(err, &ue) && ue.Timeout() {
			return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "%s at %s did not answer in time", c.name, c.base)
		}
		return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "cannot reach %s at %s", c.name, c.base)
	}
	return resp, nil
}

// read reads an answer of at most c.max bytes.
func (c *Client) read(resp *http.Response) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(resp.Body, c.max+1))
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "reading %s's answer failed", c.name)
	}
	if int64(len(b)) > c.max {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "%s's answer is larger than %d bytes", c.name, c.max)
	}
	return b, nil
}

// codeOf maps HTTP statuses to error codes: statusOf's inverse (403 is
// EUNAUTHORIZED), and 429 Too Many Requests is EUNAVAILABLE.
var codeOf = map[int]string{
	http.StatusBadRequest:          datatrade.EINVALID,
	http.StatusForbidden:           datatrade.EUNAUTHORIZED,
	http.StatusNotFound:            datatrade.ENOTFOUND,
	http.StatusConflict:            datatrade.ECONFLICT,
	http.StatusGone:                datatrade.EEXPIRED,
	http.StatusPaymentRequired:     datatrade.EFUNDS,
	http.StatusUnprocessableEntity: datatrade.EINTEGRITY,
	http.StatusServiceUnavailable:  datatrade.EUNAVAILABLE,
	http.StatusTooManyRequests:     datatrade.EUNAVAILABLE,
	http.StatusInternalServerError: datatrade.EINTERNAL,
}

// ResponseError turns an error answer from name (e.g. "the exchange")
// into a *datatrade.Error: the server's code and message (valid UTF-8, at
// most 1024 bytes) when body is an ErrorBody with a known code, and
// otherwise a code from the status (EINTERNAL for statuses without one)
// and the message "<name> answered HTTP <status>". It decodes untrusted
// bytes and never fails.
func ResponseError(name string, status int, body []byte) error {
	var eb ErrorBody
	if json.Unmarshal(body, &eb) == nil && KnownCode(eb.Code) {
		return datatrade.Errorf(eb.Code, "%s", clip(eb.Message, maxErrorMessage))
	}
	code, ok := codeOf[status]
	if !ok {
		code = datatrade.EINTERNAL
	}
	return datatrade.Errorf(code, "%s answered HTTP %d", name, status)
}
