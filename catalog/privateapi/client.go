package privateapi

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/internal/httpjson"
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
	api       *httpjson.Client
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
	cfg := EnclaveConfig(d)
	policy.ConfigHash, policy.CheckConfig, policy.AllowDevHeaders = cfg.Hash(), nil, true
	return &Client{api: httpjson.NewClient("the private query service", baseURL, hc, maxReply), verifiers: verifiers, policy: policy}
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

// do sends body (nil: none) of contentType and returns a successful
// answer's body, at most maxReply bytes; error answers arrive as the
// service's *datatrade.Error (httpjson.ResponseError).
func (c *Client) do(ctx context.Context, method, path, contentType string, body []byte) ([]byte, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	return c.api.Send(ctx, method, path, contentType, rd)
}

// String names the client's service.
func (c *Client) String() string { return fmt.Sprintf("private query service %s", c.api.BaseURL()) }
