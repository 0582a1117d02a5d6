package host

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strconv"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/exchange"
	"github.com/datatrade/datatrade/internal/httpjson"
	"github.com/datatrade/datatrade/store"
)

// maxResponse bounds the JSON responses the client reads.
const maxResponse = 32 << 20

// Client is the Go client of an exchange host's HTTP API. Errors from the
// server arrive as *datatrade.Error with the server's code and message.
type Client struct {
	api *httpjson.Client
}

// NewClient returns a client of the API at baseURL (e.g.
// http://127.0.0.1:8610). hc nil means http.DefaultClient; give one with a
// timeout for anything but tests.
func NewClient(baseURL string, hc *http.Client) *Client {
	return &Client{api: httpjson.NewClient("the exchange", baseURL, hc, maxResponse)}
}

// BaseURL returns the API's base URL.
func (c *Client) BaseURL() string { return c.api.BaseURL() }

// do sends in as JSON (nil: no body) and decodes a JSON answer into out
// (nil: discard).
func (c *Client) do(ctx context.Context, method, path string, in any, out any) error {
	return c.api.Do(ctx, method, path, in, out)
}

func tradePath(id uint64, rest string) string {
	return "/v1/trades/" + strconv.FormatUint(id, 10) + rest
}

// Info returns the exchange's identity and configuration (GET /v1/info).
// It is not attested: use Verify.
func (c *Client) Info(ctx context.Context) (*Info, error) {
	var out Info
	if err := c.do(ctx, http.MethodGet, "/v1/info", nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Attest asks the enclave for evidence over its keys, configuration and
// nonce (POST /v1/attest). Check it with enclave.VerifyAttestation, or use
// Verify.
func (c *Client) Attest(ctx context.Context, nonce enclave.Nonce) (*enclave.Attestation, error) {
	var raw json.RawMessage
	if err := c.do(ctx, http.MethodPost, "/v1/attest", AttestRequest{Nonce: nonce[:]}, &raw); err != nil {
		return nil, err
	}
	return enclave.DecodeAttestation(raw)
}

// PutBlob uploads a blob to the exchange's store (PUT /v1/blobs) and
// returns its CID.
func (c *Client) PutBlob(ctx context.Context, r io.Reader) (string, error) {
	var out BlobResponse
	if err := c.api.Upload(ctx, http.MethodPut, "/v1/blobs", "application/octet-stream", r, &out); err != nil {
		return "", err
	}
	return out.CID, nil
}

// GetBlob downloads blob cid into w (GET /v1/blobs/{cid}) and checks the
// bytes against the CID: EINTEGRITY if they do not match (w then holds
// bytes that must not be used).
func (c *Client) GetBlob(ctx context.Context, cid string, w io.Writer) error {
	want, err := store.ParseCID(cid)
	if err != nil {
		return err
	}
	resp, err := c.api.Open(ctx, http.MethodGet, "/v1/blobs/"+url.PathEscape(want.String()))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	pr, pw := io.Pipe()
	sum := make(chan error, 1)
	go func() {
		got, _, err := store.Sum(ctx, pr, store.DefaultParams)
		if err == nil && !got.Equals(want) {
			err = datatrade.Errorf(datatrade.EINTEGRITY, "the exchange sent bytes that do not match %s", cid)
		}
		_, _ = io.Copy(io.Discard, pr)
		sum <- err
	}()
	_, err = io.Copy(io.MultiWriter(w, pw), resp.Body)
	pw.CloseWithError(err)
	if serr := <-sum; err == nil {
		err = serr
	}
	if err != nil && datatrade.ErrorCode(err) == datatrade.EINTERNAL {
		return datatrade.Errorf(datatrade.EUNAVAILABLE, "the download of %s broke off", cid)
	}
	return err
}

// Status returns the host's view of a trade (GET /v1/trades/{id}).
func (c *Client) Status(ctx context.Context, tradeID uint64) (*TradeStatus, error) {
	var out TradeStatus
	if err := c.do(ctx, http.MethodGet, tradePath(tradeID, ""), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Open has the host verify the trade's opening in the enclave from chain
// evidence it builds itself (POST /v1/trades/{id}/open) and returns the
// enclave-signed record (check it with exchange.VerifyRecord). Idempotent.
func (c *Client) Open(ctx context.Context, tradeID uint64) (*exchange.TradeRecord, error) {
	var out exchange.TradeRecord
	if err := c.do(ctx, http.MethodPost, tradePath(tradeID, "/open"), struct{}{}, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// SubmitEvidence passes caller-built chain evidence to the enclave (POST
// /v1/trades/{id}/evidence); kind is EvidenceOpened, EvidenceSample,
// EvidencePaid or EvidenceCommitted.
func (c *Client) SubmitEvidence(ctx context.Context, tradeID uint64, kind string, ev []byte) error {
	return c.do(ctx, http.MethodPost, tradePath(tradeID, "/evidence"), EvidenceRequest{Kind: kind, Evidence: ev}, nil)
}

// HandOver gives the enclave the seller's wrapped data key and listing salt
// (exchange.WrapSecrets) and has it check the listing's ciphertext, which
// must be in the exchange's store (PutBlob first) (POST
// /v1/trades/{id}/handover).
func (c *Client) HandOver(ctx context.Context, tradeID uint64, wrapped, sig []byte) (*HandOverResult, error) {
	var out HandOverResult
	if err := c.do(ctx, http.MethodPost, tradePath(tradeID, "/handover"), HandOverRequest{Wrapped: wrapped, Signature: sig}, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Sample returns the listing's sample chunks wrapped to the buyer, with
// the enclave's sample receipt (GET /v1/trades/{id}/sample).
func (c *Client) Sample(ctx context.Context, tradeID uint64) (*exchange.Sample, error) {
	var out exchange.Sample
	if err := c.do(ctx, http.MethodGet, tradePath(tradeID, "/sample"), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Ready returns the enclave's signed statement that it holds data matching
// R (GET /v1/trades/{id}/ready); check it against exchange.ReadyDigest and
// the attested signing address.
func (c *Client) Ready(ctx context.Context, tradeID uint64) (*exchange.Signed, error) {
	var out exchange.Signed
	if err := c.do(ctx, http.MethodGet, tradePath(tradeID, "/ready"), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Delivery returns the signed delivery and the buyer's ciphertext CID
// (GET /v1/trades/{id}/delivery).
func (c *Client) Delivery(ctx context.Context, tradeID uint64) (*Delivery, error) {
	var out Delivery
	if err := c.do(ctx, http.MethodGet, tradePath(tradeID, "/delivery"), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Reveal returns the data key wrapped to the buyer, available once this
// exchange's commit is final (GET /v1/trades/{id}/reveal).
func (c *Client) Reveal(ctx context.Context, tradeID uint64) ([]byte, error) {
	var out RevealResponse
	if err := c.do(ctx, http.MethodGet, tradePath(tradeID, "/reveal"), nil, &out); err != nil {
		return nil, err
	}
	return out.WrappedKey, nil
}

// Verify attests the exchange behind c with a fresh nonce, checks the
// evidence against policy (enclave.VerifyAttestation) and that the attested
// configuration has want's chain id, contracts and EIP-712 domain (and, if
// want sets them, its header authenticator, authority and checkpoint). It
// returns the exchange's Info with the attested keys and configuration.
// With policy.AllowSimulation it succeeds for the sim backend: callers must
// then print enclave.SimulationWarning.
func Verify(ctx context.Context, c *Client, verifiers enclave.Verifiers, policy *enclave.Policy, want enclave.Config) (*Info, *enclave.Claims, error) {
	if policy == nil {
		return nil, nil, datatrade.Errorf(datatrade.EINVALID, "no attestation policy")
	}
	nonce, err := enclave.NewNonce(rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	info, err := c.Info(ctx)
	if err != nil {
		return nil, nil, err
	}
	att, err := c.Attest(ctx, nonce)
	if err != nil {
		return nil, nil, err
	}
	p := *policy
	inner := policy.CheckConfig
	p.CheckConfig = func(ctx context.Context, got *enclave.Config) error {
		if err := checkConfig(got, &want); err != nil {
			return err
		}
		if inner != nil {
			return inner(ctx, got)
		}
		return nil
	}
	claims, err := enclave.VerifyAttestation(ctx, verifiers, &p, att, nonce)
	if err != nil {
		return nil, nil, err
	}
	info.Keys, info.Config, info.Platform = att.Keys, att.Config, att.Platform
	info.Measurement, info.Simulated = claims.Measurement, claims.Simulated
	info.MeasurementID = claims.MeasurementID()
	return info, claims, nil
}

// checkConfig compares the attested configuration with what the caller
// expects; zero fields of want (authority, checkpoint) are not compared.
func checkConfig(got, want *enclave.Config) error {
	bad := func(what string, g, w any) error {
		return datatrade.Errorf(datatrade.EUNAUTHORIZED, "the enclave is configured for %s %v, not %v", what, g, w)
	}
	switch {
	case got.ChainID != want.ChainID:
		return bad("chain", got.ChainID, want.ChainID)
	case got.Registry != want.Registry:
		return bad("registry", got.Registry, want.Registry)
	case got.Market != want.Market:
		return bad("market", got.Market, want.Market)
	case got.Escrow != want.Escrow:
		return bad("escrow", got.Escrow, want.Escrow)
	case got.Domain != want.Domain:
		return bad("EIP-712 domain", got.Domain, want.Domain)
	case want.HeaderAuth != "" && got.HeaderAuth != want.HeaderAuth:
		return bad("header authenticator", got.HeaderAuth, want.HeaderAuth)
	case want.Authority != ([20]byte{}) && got.Authority != want.Authority:
		return bad("header authority", got.Authority, want.Authority)
	case want.Checkpoint.Hash != ([32]byte{}) && got.Checkpoint != want.Checkpoint:
		return bad("checkpoint", got.Checkpoint, want.Checkpoint)
	}
	return nil
}
