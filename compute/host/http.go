package host

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/compute/job"
	"github.com/datatrade/datatrade/enclave"
)

// Request body limits.
const (
	maxJSONBody = 1 << 20
	// maxModuleBody bounds POST /v1/jobs/{id}/module (base64 of a module).
	maxModuleBody = 96 << 20
)

// ErrorBody is the JSON body of every error response.
type ErrorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// AttestRequest is the body of POST /v1/attest.
type AttestRequest struct {
	Nonce hexutil.Bytes `json:"nonce"` // 32 bytes, hex
}

// ModuleRequest is the body of POST /v1/jobs/{id}/module: this node's part
// of the buyer's job.ModuleBundle.
type ModuleRequest struct {
	// Sealed is the bundle part encrypted to this node's enclave
	// (ModuleBundle.Sealed[i]).
	Sealed []byte `json:"sealed"`
	// Module is the module in the clear, or nil when it is in Sealed.
	Module []byte `json:"module,omitempty"`
	// Signature is the buyer's signature over job.ModuleDigest.
	Signature []byte `json:"signature"`
}

// HandOverRequest is the body of POST /v1/jobs/{id}/handover: a seller
// agent's job.WrapDataKey for one listing.
type HandOverRequest struct {
	Listing   uint64    `json:"listing_id"`
	Terms     job.Terms `json:"terms"`
	Wrapped   []byte    `json:"wrapped"`
	Signature []byte    `json:"signature"` // the listing owner's
}

// BlobResponse is the body of PUT /v1/blobs.
type BlobResponse struct {
	CID  string `json:"cid"`
	Size int64  `json:"size"`
}

// httpStatus maps error codes to HTTP statuses (one table, both ways).
var httpStatus = map[string]int{
	datatrade.EINVALID:      http.StatusBadRequest,
	datatrade.EUNAUTHORIZED: http.StatusForbidden,
	datatrade.EINSECURE:     http.StatusForbidden,
	datatrade.ENOTFOUND:     http.StatusNotFound,
	datatrade.ECONFLICT:     http.StatusConflict,
	datatrade.EEXPIRED:      http.StatusGone,
	datatrade.EFUNDS:        http.StatusPaymentRequired,
	datatrade.EINTEGRITY:    http.StatusUnprocessableEntity,
	datatrade.EUNAVAILABLE:  http.StatusServiceUnavailable,
	datatrade.EINTERNAL:     http.StatusInternalServerError,
}

// Handler returns the HTTP API (see the package documentation).
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/info", func(w http.ResponseWriter, r *http.Request) { writeJSON(w, http.StatusOK, s.Info()) })
	mux.HandleFunc("POST /v1/attest", s.handleAttest)
	mux.HandleFunc("PUT /v1/blobs", s.handlePutBlob)
	mux.HandleFunc("GET /v1/results/{cid}", s.handleResult)
	mux.HandleFunc("GET /v1/jobs/{id}", s.jobHandler(func(r *http.Request, id uint64) (any, error) { return s.Status(id) }))
	mux.HandleFunc("POST /v1/jobs/{id}/module", s.jobHandler(func(r *http.Request, id uint64) (any, error) {
		var req ModuleRequest
		if err := decodeJSON(r, maxModuleBody, &req); err != nil {
			return nil, err
		}
		return s.LoadModule(r.Context(), id, req)
	}))
	mux.HandleFunc("POST /v1/jobs/{id}/handover", s.jobHandler(func(r *http.Request, id uint64) (any, error) {
		var req HandOverRequest
		if err := decodeJSON(r, maxJSONBody, &req); err != nil {
			return nil, err
		}
		return s.HandOver(r.Context(), id, req)
	}))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, datatrade.Errorf(datatrade.ENOTFOUND, "no such API route: %s %s", r.Method, printable(r.URL.Path)))
	})
	return mux
}

// Server returns an http.Server for the API on addr with conservative
// timeouts.
func (s *Service) Server(addr string) *http.Server {
	return &http.Server{
		Addr: addr, Handler: s.Handler(),
		ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 10 * time.Minute, WriteTimeout: 10 * time.Minute,
		IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10,
	}
}

func printable(s string) string {
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return strconv.Quote(s)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"code":"internal","message":"internal error"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

// writeError answers with err's code and user-safe message; anything that
// is not a *datatrade.Error is logged and shown as an internal error.
func (s *Service) writeError(w http.ResponseWriter, err error) {
	var e *datatrade.Error
	if !errors.As(err, &e) {
		switch {
		case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
			e = datatrade.Errorf(datatrade.EUNAVAILABLE, "the request was cancelled or timed out")
		default:
			s.log.Error("request failed", "err", err)
			e = datatrade.Errorf(datatrade.EINTERNAL, "internal error (see the compute node's log)")
		}
	}
	status, ok := httpStatus[e.Code]
	if !ok {
		status = http.StatusInternalServerError
	}
	writeJSON(w, status, ErrorBody{Code: e.Code, Message: e.Message})
}

// decodeJSON reads one JSON value of at most limit bytes into v, refusing
// unknown fields and trailing data.
func decodeJSON(r *http.Request, limit int64, v any) error {
	dec := json.NewDecoder(io.LimitReader(r.Body, limit+1))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if dec.InputOffset() >= limit {
			return datatrade.Errorf(datatrade.EINVALID, "the request body is larger than %d bytes", limit)
		}
		return datatrade.Errorf(datatrade.EINVALID, "the request body is not the expected JSON: %s", jsonProblem(err))
	}
	if dec.More() {
		return datatrade.Errorf(datatrade.EINVALID, "the request body has data after the JSON value")
	}
	return nil
}

// jsonProblem describes a JSON decoding error without echoing input.
func jsonProblem(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("syntax error at byte %d", syn.Offset)
	case errors.As(err, &typ):
		return fmt.Sprintf("field %q has the wrong type", typ.Field)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "empty or truncated body"
	}
	return "malformed"
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func (s *Service) handleAttest(w http.ResponseWriter, r *http.Request) {
	if ok, wait := s.limiter.allow(clientIP(r)); !ok {
		secs := int(math.Ceil(wait.Seconds()))
		w.Header().Set("Retry-After", strconv.Itoa(secs))
		writeJSON(w, http.StatusTooManyRequests, ErrorBody{Code: datatrade.EUNAVAILABLE,
			Message: fmt.Sprintf("too many attestation requests from your address (limit %d per minute); retry in %d s", s.opts.AttestPerMinute, secs)})
		return
	}
	var req AttestRequest
	if err := decodeJSON(r, maxJSONBody, &req); err != nil {
		s.writeError(w, err)
		return
	}
	if len(req.Nonce) != len(enclave.Nonce{}) {
		s.writeError(w, datatrade.Errorf(datatrade.EINVALID, "the nonce must be %d bytes of hex, not %d", len(enclave.Nonce{}), len(req.Nonce)))
		return
	}
	att, err := s.f.Attest(r.Context(), enclave.Nonce(req.Nonce))
	if err != nil {
		s.writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, att)
}

func (s *Service) handlePutBlob(w http.ResponseWriter, r *http.Request) {
	c, n, err := s.store.Put(r.Context(), http.MaxBytesReader(w, r.Body, s.opts.MaxBlobSize))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			err = datatrade.Errorf(datatrade.EINVALID, "the blob is larger than this node takes (%d bytes)", s.opts.MaxBlobSize)
		}
		s.writeError(w, err)
		return
	}
	writeJSON(w, http.StatusCreated, BlobResponse{CID: c.String(), Size: n})
}

func (s *Service) handleResult(w http.ResponseWriter, r *http.Request) {
	rc, err := s.Result(r.Context(), r.PathValue("cid"))
	if err != nil {
		s.writeError(w, err)
		return
	}
	defer rc.Close()
	// Read it whole first: results are small (bounded by the job's output
	// allowance), and a blob that fails its CID check must get an error,
	// not a truncated 200.
	b, err := io.ReadAll(rc)
	if err != nil {
		s.writeError(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(b)
}

// jobHandler parses the job id and writes h's answer as JSON.
func (s *Service) jobHandler(h func(r *http.Request, id uint64) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
		if err != nil || id == 0 {
			s.writeError(w, datatrade.Errorf(datatrade.EINVALID, "job id %s is not a positive integer", printable(r.PathValue("id"))))
			return
		}
		v, err := h(r, id)
		if err != nil {
			s.writeError(w, err)
			return
		}
		writeJSON(w, http.StatusOK, v)
	}
}
