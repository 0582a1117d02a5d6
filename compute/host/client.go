package host

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
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/enclave"
	xhost "github.com/datatrade/datatrade/exchange/host"
)

// maxResponse bounds the responses the client reads.
const maxResponse = 64 << 20

// Client is the Go client of a compute node's HTTP API. Errors from the
// server arrive as *datatrade.Error with the server's code and message.
type Client struct {
	base string
	hc   *http.Client
}

// NewClient returns a client of the API at baseURL (e.g.
// http://127.0.0.1:8620). hc nil means http.DefaultClient; give one with a
// timeout for anything but tests.
func NewClient(baseURL string, hc *http.Client) *Client {
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Client{base: strings.TrimRight(baseURL, "/"), hc: hc}
}

// BaseURL returns the API's base URL.
func (c *Client) BaseURL() string { return c.base }

// send sends a request and returns the response body of a success.
func (c *Client) send(ctx context.Context, method, path string, body io.Reader, contentType string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "bad compute node URL %s", printable(c.base))
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
			return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "the compute node at %s did not answer in time", c.base)
		}
		return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "cannot reach the compute node at %s", c.base)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse+1))
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "reading the compute node's answer failed")
	}
	if len(b) > maxResponse {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "the compute node's answer is larger than %d bytes", maxResponse)
	}
	if resp.StatusCode >= 300 {
		return nil, responseError(resp.StatusCode, b)
	}
	return b, nil
}

// do sends in as JSON (if not nil) and decodes a JSON answer into out.
func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	ct := ""
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return fmt.Errorf("encode request: %w", err)
		}
		body, ct = bytes.NewReader(b), "application/json"
	}
	b, err := c.send(ctx, method, path, body, ct)
	if err != nil {
		return err
	}
	if out != nil && json.Unmarshal(b, out) != nil {
		return datatrade.Errorf(datatrade.EINTEGRITY, "the compute node's answer is not the expected JSON")
	}
	return nil
}

// responseError turns an error response into *datatrade.Error.
func responseError(status int, body []byte) error {
	var eb ErrorBody
	if json.Unmarshal(body, &eb) == nil && eb.Code != "" {
		if _, known := httpStatus[eb.Code]; known {
			return datatrade.Errorf(eb.Code, "%s", eb.Message)
		}
	}
	code := datatrade.EINTERNAL
	for c, s := range httpStatus {
		if s == status && c != datatrade.EINSECURE {
			code = c
		}
	}
	if status == http.StatusTooManyRequests {
		code = datatrade.EUNAVAILABLE
	}
	return datatrade.Errorf(code, "the compute node answered HTTP %d", status)
}

func jobPath(id uint64, rest string) string { return "/v1/jobs/" + strconv.FormatUint(id, 10) + rest }

// Info returns the node's identity and configuration (GET /v1/info). It is
// not attested: use Verify.
func (c *Client) Info(ctx context.Context) (*Info, error) {
	var out Info
	if err := c.do(ctx, http.MethodGet, "/v1/info", nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Attest asks the enclave for evidence over its keys, configuration and
// nonce (POST /v1/attest).
func (c *Client) Attest(ctx context.Context, nonce enclave.Nonce) (*enclave.Attestation, error) {
	var raw json.RawMessage
	if err := c.do(ctx, http.MethodPost, "/v1/attest", AttestRequest{Nonce: nonce[:]}, &raw); err != nil {
		return nil, err
	}
	return enclave.DecodeAttestation(raw)
}

// PutBlob uploads a listing's ciphertext to the node's store (PUT
// /v1/blobs) and returns its CID.
func (c *Client) PutBlob(ctx context.Context, r io.Reader) (string, error) {
	b, err := c.send(ctx, http.MethodPut, "/v1/blobs", r, "application/octet-stream")
	if err != nil {
		return "", err
	}
	var out BlobResponse
	if json.Unmarshal(b, &out) != nil || out.CID == "" {
		return "", datatrade.Errorf(datatrade.EINTEGRITY, "the compute node's answer is not the expected JSON")
	}
	return out.CID, nil
}

// SendModule sends this node's part of the buyer's module bundle for job
// id (POST /v1/jobs/{id}/module).
func (c *Client) SendModule(ctx context.Context, id uint64, req ModuleRequest) (*JobStatus, error) {
	var out JobStatus
	if err := c.do(ctx, http.MethodPost, jobPath(id, "/module"), req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// HandOver sends a seller's wrapped data key for one listing of job id
// (POST /v1/jobs/{id}/handover).
func (c *Client) HandOver(ctx context.Context, id uint64, req HandOverRequest) (*JobStatus, error) {
	var out JobStatus
	if err := c.do(ctx, http.MethodPost, jobPath(id, "/handover"), req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Status returns job id's state on the node (GET /v1/jobs/{id}).
func (c *Client) Status(ctx context.Context, id uint64) (*JobStatus, error) {
	var out JobStatus
	if err := c.do(ctx, http.MethodGet, jobPath(id, ""), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Result fetches a sealed result (GET /v1/results/{cid}). Open it with
// job.OpenResult, which checks it against the agreed hash.
func (c *Client) Result(ctx context.Context, cid string) ([]byte, error) {
	return c.send(ctx, http.MethodGet, "/v1/results/"+url.PathEscape(cid), nil, "")
}

// Verify attests the node behind c with a fresh nonce, checks the evidence
// against policy and that the attested configuration has want's chain,
// contracts and EIP-712 domain (exchange/host's Verify: a compute node's
// enclave is configured like an exchange's). It returns the node's Info
// with the attested keys and configuration. With policy.AllowSimulation it
// succeeds for the sim backend: callers must then print
// enclave.SimulationWarning.
func Verify(ctx context.Context, c *Client, verifiers enclave.Verifiers, policy *enclave.Policy, want enclave.Config) (*Info, *enclave.Claims, error) {
	info, err := c.Info(ctx)
	if err != nil {
		return nil, nil, err
	}
	xi, claims, err := xhost.Verify(ctx, xhost.NewClient(c.base, c.hc), verifiers, policy, want)
	if err != nil {
		return nil, nil, err
	}
	info.Keys, info.Config, info.Platform = xi.Keys, xi.Config, xi.Platform
	info.Measurement, info.Simulated, info.MeasurementID = xi.Measurement, xi.Simulated, xi.MeasurementID
	return info, claims, nil
}

// SendBundle sends the buyer's bundle to the job's nodes: part i
// (b.Sealed[i]) to nodes[i], which must be in the order of the keys given
// to job.PrepareModule. It returns each node's status, or the first error
// with the node's URL.
func SendBundle(ctx context.Context, id uint64, b *job.ModuleBundle, nodes []*Client) ([]*JobStatus, error) {
	if len(b.Sealed) != len(nodes) {
		return nil, datatrade.Errorf(datatrade.EINVALID, "the bundle has %d parts for %d nodes", len(b.Sealed), len(nodes))
	}
	out := make([]*JobStatus, len(nodes))
	for i, c := range nodes {
		st, err := c.SendModule(ctx, id, ModuleRequest{Sealed: b.Sealed[i], Module: b.Module, Signature: b.Signature})
		if err != nil {
			return nil, fmt.Errorf("send the module of job %d to %s: %w", id, c.base, err)
		}
		out[i] = st
	}
	return out, nil
}
