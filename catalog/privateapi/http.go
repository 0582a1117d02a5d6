package privateapi

import (
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/internal/httpjson"
)

// maxJSONBody bounds POST /v1/attest.
const maxJSONBody = 4 << 10

// ErrorBody is the JSON body of every error response.
type ErrorBody = httpjson.ErrorBody

// AttestRequest is the body of POST /v1/attest.
type AttestRequest struct {
	Nonce hexutil.Bytes `json:"nonce"` // 32 bytes, hex
}

// Handler returns the HTTP API (see the package comment).
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/info", func(w http.ResponseWriter, r *http.Request) { httpjson.WriteJSON(w, http.StatusOK, s.Info()) })
	mux.HandleFunc("POST /v1/attest", s.handleAttest)
	mux.HandleFunc("POST /v1/query", s.handleQuery)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, datatrade.Errorf(datatrade.ENOTFOUND, "no such API route: %s %s", r.Method, strconv.Quote(truncate(r.URL.Path))))
	})
	return mux
}

// Server returns an http.Server for the API on addr with conservative
// timeouts.
func (s *Service) Server(addr string) *http.Server {
	return &http.Server{Addr: addr, Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute,
		WriteTimeout: time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 16 << 10}
}

func truncate(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// writeError answers with err (httpjson.WriteError); anything internal
// is logged (it never carries a query: the host has none).
func (s *Service) writeError(w http.ResponseWriter, err error) {
	httpjson.WriteError(w, s.log, err)
}

func (s *Service) handleAttest(w http.ResponseWriter, r *http.Request) {
	if s.attest.Limited(w, r, "attestation requests") {
		return
	}
	var req AttestRequest
	if err := httpjson.DecodeJSON(w, r, maxJSONBody, &req); err != nil {
		s.writeError(w, datatrade.Errorf(datatrade.EINVALID, `the request body must be {"nonce":"0x…"} with %d bytes of hex`, len(enclave.Nonce{})))
		return
	}
	if len(req.Nonce) != len(enclave.Nonce{}) {
		s.writeError(w, datatrade.Errorf(datatrade.EINVALID, "the nonce must be %d bytes of hex, not %d", len(enclave.Nonce{}), len(req.Nonce)))
		return
	}
	att, err := s.Attest(r.Context(), enclave.Nonce(req.Nonce))
	if err != nil {
		s.writeError(w, err)
		return
	}
	httpjson.WriteJSON(w, http.StatusOK, att)
}

// handleQuery carries a ciphertext to the enclave and its reply back. The
// host logs sizes and the duration only.
func (s *Service) handleQuery(w http.ResponseWriter, r *http.Request) {
	if s.queries.Limited(w, r, "private queries") {
		return
	}
	start := s.now()
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxQueryBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			s.writeError(w, datatrade.Errorf(datatrade.EINVALID, "the query is larger than %d bytes", s.opts.MaxQueryBody))
			return
		}
		s.writeError(w, datatrade.Errorf(datatrade.EINVALID, "reading the query failed"))
		return
	}
	if len(body) == 0 {
		s.writeError(w, datatrade.Errorf(datatrade.EINVALID, "the query is empty: send the ciphertext of private.NewRequest"))
		return
	}
	reply, err := s.Answer(body)
	if err != nil {
		s.log.Info("private query refused", "request_bytes", len(body), "code", datatrade.ErrorCode(err))
		s.writeError(w, err)
		return
	}
	s.log.Info("private query", "request_bytes", len(body), "reply_bytes", len(reply), "duration", s.now().Sub(start))
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Length", strconv.Itoa(len(reply)))
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(reply)
}
