package host

import (
	"errors"
	"io"
	"net/http"
	"strconv"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/compute/job"
	xhost "github.com/datatrade/datatrade/exchange/host"
	"github.com/datatrade/datatrade/internal/httpjson"
)

// Request body limits.
const (
	maxJSONBody = 1 << 20
	// maxModuleBody bounds POST /v1/jobs/{id}/module (base64 of a module).
	maxModuleBody = 96 << 20
)

// ErrorBody is the JSON body of every error response.
type ErrorBody = httpjson.ErrorBody

// AttestRequest is the body of POST /v1/attest (exchange/host's: the
// same handler serves it).
type AttestRequest = xhost.AttestRequest

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

// Handler returns the HTTP API (see the package documentation).
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/info", func(w http.ResponseWriter, r *http.Request) { httpjson.WriteJSON(w, http.StatusOK, s.Info()) })
	mux.HandleFunc("POST /v1/attest", xhost.AttestHandler(s.f, s.limiter, s.log))
	mux.HandleFunc("PUT /v1/blobs", s.handlePutBlob)
	mux.HandleFunc("GET /v1/results/{cid}", s.handleResult)
	mux.HandleFunc("GET /v1/jobs/{id}", s.jobHandler(func(_ http.ResponseWriter, _ *http.Request, id uint64) (any, error) { return s.Status(id) }))
	mux.HandleFunc("POST /v1/jobs/{id}/module", s.jobHandler(func(w http.ResponseWriter, r *http.Request, id uint64) (any, error) {
		var req ModuleRequest
		if err := httpjson.DecodeJSON(w, r, maxModuleBody, &req); err != nil {
			return nil, err
		}
		return s.LoadModule(r.Context(), id, req)
	}))
	mux.HandleFunc("POST /v1/jobs/{id}/handover", s.jobHandler(func(w http.ResponseWriter, r *http.Request, id uint64) (any, error) {
		var req HandOverRequest
		if err := httpjson.DecodeJSON(w, r, maxJSONBody, &req); err != nil {
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
func (s *Service) Server(addr string) *http.Server { return xhost.APIServer(addr, s.Handler()) }

func printable(s string) string { return xhost.Printable(s) }

// writeError answers with err's code and user-safe message.
func (s *Service) writeError(w http.ResponseWriter, err error) { httpjson.WriteError(w, s.log, err) }

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
	httpjson.WriteJSON(w, http.StatusCreated, BlobResponse{CID: c.String(), Size: n})
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
func (s *Service) jobHandler(h func(w http.ResponseWriter, r *http.Request, id uint64) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
		if err != nil || id == 0 {
			s.writeError(w, datatrade.Errorf(datatrade.EINVALID, "job id %s is not a positive integer", printable(r.PathValue("id"))))
			return
		}
		v, err := h(w, r, id)
		if err != nil {
			s.writeError(w, err)
			return
		}
		httpjson.WriteJSON(w, http.StatusOK, v)
	}
}
