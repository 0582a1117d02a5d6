package host

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/enclave"
	xhost "github.com/datatrade/datatrade/exchange/host"
	"github.com/datatrade/datatrade/internal/httpjson"
)

// maxResponse bounds the responses the client reads.
const maxResponse = 64 << 20

// Client is the Go client of a compute node's HTTP API. Errors from the
// server arrive as *datatrade.Error with the server's code and message.
type Client struct {
	c  *httpjson.Client
	hc *http.Client
}

// NewClient returns a client of the API at baseURL (e.g.
// http://127.0.0.1:8620). hc nil means http.DefaultClient; give one with a
// timeout for anything but tests.
func NewClient(baseURL string, hc *http.Client) *Client {
	if hc == nil {
		hc = http.DefaultClient
	}
	return &Client{c: httpjson.NewClient("the compute node", baseURL, hc, maxResponse), hc: hc}
}

// BaseURL returns the API's base URL.
func (c *Client) BaseURL() string { return c.c.BaseURL() }

func jobPath(id uint64, rest string) string { return "/v1/jobs/" + strconv.FormatUint(id, 10) + rest }

// Info returns the node's identity and configuration (GET /v1/info). It is
// not attested: use Verify.
func (c *Client) Info(ctx context.Context) (*Info, error) {
	var out Info
	if err := c.c.Do(ctx, http.MethodGet, "/v1/info", nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Attest asks the enclave for evidence over its keys, configuration and
// nonce (POST /v1/attest).
func (c *Client) Attest(ctx context.Context, nonce enclave.Nonce) (*enclave.Attestation, error) {
	var raw json.RawMessage
	if err := c.c.Do(ctx, http.MethodPost, "/v1/attest", AttestRequest{Nonce: nonce[:]}, &raw); err != nil {
		return nil, err
	}
	return enclave.DecodeAttestation(raw)
}

// PutBlob uploads a listing's ciphertext to the node's store (PUT
// /v1/blobs) and returns its CID.
func (c *Client) PutBlob(ctx context.Context, r io.Reader) (string, error) {
	var out BlobResponse
	if err := c.c.Upload(ctx, http.MethodPut, "/v1/blobs", "application/octet-stream", r, &out); err != nil {
		return "", err
	}
	if out.CID == "" {
		return "", datatrade.Errorf(datatrade.EINTEGRITY, "the compute node named no CID for the blob")
	}
	return out.CID, nil
}

// SendModule sends this node's part of the buyer's module bundle for job
// id (POST /v1/jobs/{id}/module).
func (c *Client) SendModule(ctx context.Context, id uint64, req ModuleRequest) (*JobStatus, error) {
	var out JobStatus
	if err := c.c.Do(ctx, http.MethodPost, jobPath(id, "/module"), req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// HandOver sends a seller's wrapped data key for one listing of job id
// (POST /v1/jobs/{id}/handover).
func (c *Client) HandOver(ctx context.Context, id uint64, req HandOverRequest) (*JobStatus, error) {
	var out JobStatus
	if err := c.c.Do(ctx, http.MethodPost, jobPath(id, "/handover"), req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Status returns job id's state on the node (GET /v1/jobs/{id}).
func (c *Client) Status(ctx context.Context, id uint64) (*JobStatus, error) {
	var out JobStatus
	if err := c.c.Do(ctx, http.MethodGet, jobPath(id, ""), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Result fetches a sealed result (GET /v1/results/{cid}). Open it with
// job.OpenResult, which checks it against the agreed hash.
func (c *Client) Result(ctx context.Context, cid string) ([]byte, error) {
	return c.c.Send(ctx, http.MethodGet, "/v1/results/"+url.PathEscape(cid), "", nil)
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
	xi, claims, err := xhost.Verify(ctx, xhost.NewClient(c.BaseURL(), c.hc), verifiers, policy, want)
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
			return nil, fmt.Errorf("send the module of job %d to %s: %w", id, c.BaseURL(), err)
		}
		out[i] = st
	}
	return out, nil
}
