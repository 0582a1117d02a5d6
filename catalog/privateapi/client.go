package privateapi

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/spatial/private"
	"github.com/datatrade/datatrade/spatial/query"
)

// maxReply bounds a reply the client reads: the largest padded reply plus
// the HPKE overhead, or a JSON error or attestation.
const maxReply = private.MaxPlaintext + 4096

// Client is a buyer's client of a private-query service. Errors from the
// service arrive as *datatrade.Error with its code and message.
type Client struct {
	base      string
	hc        *http.Client
	verifiers enclave.Verifiers
	policy    enclave.Policy
}

// NewClient returns a client of the service at baseURL (e.g.
// http://127.0.0.1:8620) that accepts only an enclave that satisfies policy
// (its measurements; a simulated enclave only with AllowSimulation — the
// caller must then print enclave.SimulationWarning) and is configured for
// deployment d: the client pins EnclaveConfig(d)'s hash, replacing
// policy's ConfigHash and CheckConfig. The configuration's "dev" header
// authenticator is accepted because the enclave follows no chain. hc nil
// means http.DefaultClient.
func NewClient(baseURL string, hc *http.Client, verifiers enclave.Verifiers, policy enclave.Policy, d market.Deployment) *Client {
	if hc == nil {
		hc = http.DefaultClient
	}
	cfg := EnclaveConfig(d)
	policy.ConfigHash, policy.CheckConfig, policy.AllowDevHeaders = cfg.Hash(), nil, true
	return &Client{base: strings.TrimRight(baseURL, "/"), hc: hc, verifiers: verifiers, policy: policy}
}

// Receipt is what a query revealed besides its answer: who answered and
// what the host carried.
type Receipt struct {
	// Claims are the verified attestation claims of the enclave that
	// answered; Claims.Simulated means no protection at all.
	Claims *enclave.Claims `json:"claims"`
	// Keys are the attested keys the query was encrypted to.
	Keys enclave.PublicKeys `json:"keys"`
	// RequestBytes and ReplyBytes are the ciphertext sizes the host saw.
	RequestBytes int `json:"requestBytes"`
	ReplyBytes   int `json:"replyBytes"`
}

// Info returns the service's unattested description (GET /v1/info).
func (c *Client) Info(ctx context.Context) (*Info, error) {
	b, err := c.do(ctx, http.MethodGet, "/v1/info", "", nil)
	if err != nil {
		return nil, err
	}
	var out Info
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "the private query service's info is not the expected JSON")
	}
	return &out, nil
}

// Attest challenges the enclave with a fresh nonce and verifies its
// evidence against the client's policy and deployment. It returns the
// attestation, whose Keys are the only keys a query may be encrypted to.
func (c *Client) Attest(ctx context.Context) (*enclave.Attestation, *enclave.Claims, error) {
	nonce, err := enclave.NewNonce(rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	body, err := json.Marshal(AttestRequest{Nonce: nonce[:]})
	if err != nil {
		return nil, nil, err
	}
	b, err := c.do(ctx, http.MethodPost, "/v1/attest", "application/json", body)
	if err != nil {
		return nil, nil, err
	}
	att, err := enclave.DecodeAttestation(b)
	if err != nil {
		return nil, nil, err
	}
	claims, err := enclave.VerifyAttestation(ctx, c.verifiers, &c.policy, att, nonce)
	if err != nil {
		return nil, nil, err
	}
	return att, claims, nil
}

// Query attests the enclave, encrypts q to the attested keys, sends it and
// opens the reply. Errors: those of Attest; EINVALID for an invalid query
// or one the enclave refused (its message); EINTEGRITY for a reply not
// made for this request; EUNAVAILABLE when the service cannot be reached
// or limits the rate.
func (c *Client) Query(ctx context.Context, q query.Query) (*private.Reply, *Receipt, error) {
	if err := q.Validate(); err != nil {
		return nil, nil, err
	}
	att, claims, err := c.Attest(ctx)
	if err != nil {
		return nil, nil, err
	}
	pending, req, err := private.NewRequest(att.Keys, q)
	if err != nil {
		return nil, nil, err
	}
	resp, err := c.do(ctx, http.MethodPost, "/v1/query", "application/octet-stream", req)
	if err != nil {
		return nil, nil, err
	}
	reply, err := pending.Open(resp)
	if err != nil {
		return nil, nil, err
	}
	return reply, &Receipt{Claims: claims, Keys: att.Keys, RequestBytes: len(req), ReplyBytes: len(resp)}, nil
}

// do sends a request and returns a successful answer's body.
func (c *Client) do(ctx context.Context, method, path, contentType string, body []byte) ([]byte, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "bad private query service URL %q", truncate(c.base))
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
			return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "the private query service at %s did not answer in time", c.base)
		}
		return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "cannot reach the private query service at %s", c.base)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxReply+1))
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "reading the private query service's answer failed")
	}
	return checkResponse(resp.StatusCode, b)
}

// checkResponse returns body for a success, and otherwise the service's
// error: its code and message when the body is an ErrorBody with a known
// code, else a code from the status. It decodes untrusted bytes.
func checkResponse(status int, body []byte) ([]byte, error) {
	if len(body) > maxReply {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "the private query service's answer is larger than %d bytes", maxReply)
	}
	if status >= 200 && status < 300 {
		return body, nil
	}
	var eb ErrorBody
	if json.Unmarshal(body, &eb) == nil && eb.Code != "" && len(eb.Message) <= 1024 {
		if _, known := statusOf[eb.Code]; known {
			return nil, datatrade.Errorf(eb.Code, "%s", strings.ToValidUTF8(eb.Message, "?"))
		}
	}
	code := datatrade.EINTERNAL
	switch {
	case status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable:
		code = datatrade.EUNAVAILABLE
	case status == http.StatusNotFound:
		code = datatrade.ENOTFOUND
	case status >= 400 && status < 500:
		code = datatrade.EINVALID
	}
	return nil, datatrade.Errorf(code, "the private query service answered HTTP %d", status)
}

// String names the client's service.
func (c *Client) String() string { return fmt.Sprintf("private query service %s", c.base) }
