package host

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"strconv"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/internal/httpjson"
	"github.com/datatrade/datatrade/lightclient"
	"github.com/datatrade/datatrade/store"
)

// Request body limits.
const (
	maxJSONBody     = 1 << 20
	maxEvidenceBody = lightclient.MaxEvidenceBytes/3*4 + 4096 // base64 of the largest evidence
)

// Evidence kinds of POST /v1/trades/{id}/evidence.
const (
	EvidenceOpened    = "opened"
	EvidenceSample    = "sample"
	EvidencePaid      = "paid"
	EvidenceCommitted = "committed"
)

// ErrorBody is the JSON body of every error response.
type ErrorBody = httpjson.ErrorBody

// AttestRequest is the body of POST /v1/attest.
type AttestRequest struct {
	Nonce hexutil.Bytes `json:"nonce"` // 32 bytes, hex
}

// EvidenceRequest is the body of POST /v1/trades/{id}/evidence.
type EvidenceRequest struct {
	Kind     string `json:"kind"`     // opened | sample | paid | committed
	Evidence []byte `json:"evidence"` // lightclient.Evidence.Encode, base64
}

// HandOverRequest is the body of POST /v1/trades/{id}/handover.
type HandOverRequest struct {
	Wrapped   []byte `json:"wrapped"`   // exchange.WrapSecrets output, base64
	Signature []byte `json:"signature"` // the listing owner's signature, base64
}

// BlobResponse is the body of PUT /v1/blobs.
type BlobResponse struct {
	CID  string `json:"cid"`
	Size int64  `json:"size"`
}

// RevealResponse is the body of GET /v1/trades/{id}/reveal.
type RevealResponse struct {
	WrappedKey []byte `json:"wrapped_key"` // base64
}

// Handler returns the HTTP API (docs/exchange-api.md).
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/info", func(w http.ResponseWriter, r *http.Request) { httpjson.WriteJSON(w, http.StatusOK, s.Info()) })
	mux.HandleFunc("POST /v1/attest", AttestHandler(s.f, s.limiter, s.log))
	mux.HandleFunc("PUT /v1/blobs", s.handlePutBlob)
	mux.HandleFunc("GET /v1/blobs/{cid}", s.handleGetBlob)
	mux.HandleFunc("GET /v1/trades/{id}", s.tradeHandler(s.handleStatus))
	mux.HandleFunc("POST /v1/trades/{id}/open", s.tradeHandler(s.handleOpen))
	mux.HandleFunc("POST /v1/trades/{id}/evidence", s.tradeHandler(s.handleEvidence))
	mux.HandleFunc("POST /v1/trades/{id}/handover", s.tradeHandler(s.handleHandOver))
	mux.HandleFunc("GET /v1/trades/{id}/sample", s.tradeHandler(s.handleSample))
	mux.HandleFunc("GET /v1/trades/{id}/ready", s.tradeHandler(s.handleReady))
	mux.HandleFunc("GET /v1/trades/{id}/prepared", s.tradeHandler(s.handlePrepared))
	mux.HandleFunc("GET /v1/trades/{id}/delivery", s.tradeHandler(s.handleDelivery))
	mux.HandleFunc("GET /v1/trades/{id}/reveal", s.tradeHandler(s.handleReveal))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, datatrade.Errorf(datatrade.ENOTFOUND, "no such API route: %s %s (see docs/exchange-api.md)", r.Method, printable(r.URL.Path)))
	})
	return mux
}

// Server returns an http.Server for the API on addr with conservative
// timeouts (large blob transfers get a longer write timeout).
func (s *Service) Server(addr string) *http.Server { return APIServer(addr, s.Handler()) }

func printable(s string) string { return Printable(s) }

// writeError answers with err (httpjson.WriteError, logged to the
// service's log when internal).
func (s *Service) writeError(w http.ResponseWriter, err error) {
	httpjson.WriteError(w, s.log, err)
}

func (s *Service) handlePutBlob(w http.ResponseWriter, r *http.Request) {
	if s.uploads.Limited(w, r, "uploads") {
		return
	}
	c, n, err := s.store.Put(r.Context(), http.MaxBytesReader(w, r.Body, s.opts.MaxBlobSize))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			err = datatrade.Errorf(datatrade.EINVALID, "the blob is larger than this exchange takes (%d bytes)", s.opts.MaxBlobSize)
		}
		s.writeError(w, err)
		return
	}
	httpjson.WriteJSON(w, http.StatusCreated, BlobResponse{CID: c.String(), Size: n})
}

func (s *Service) handleGetBlob(w http.ResponseWriter, r *http.Request) {
	c, err := store.ParseCID(r.PathValue("cid"))
	if err != nil {
		s.writeError(w, err)
		return
	}
	rc, err := s.store.Get(r.Context(), c)
	if err != nil {
		s.writeError(w, err)
		return
	}
	defer rc.Close()
	// Read the first byte before the status goes out, so a missing or
	// unreadable blob still gets a proper error.
	var first [1]byte
	n, err := io.ReadFull(rc, first[:])
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		s.writeError(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.WriteHeader(http.StatusOK)
	if _, err := w.Write(first[:n]); err != nil {
		return
	}
	if _, err := io.Copy(w, rc); err != nil {
		s.log.Warn("blob transfer failed", "cid", c.String(), "err", err)
		// Abort the connection so the client cannot take a truncated or
		// corrupt blob for a complete one (net/http's documented way).
		panic(http.ErrAbortHandler)
	}
}

// tradeHandler parses the trade id.
func (s *Service) tradeHandler(h func(w http.ResponseWriter, r *http.Request, id uint64) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
		if err != nil || id == 0 {
			s.writeError(w, datatrade.Errorf(datatrade.EINVALID, "trade id %s is not a positive integer", printable(r.PathValue("id"))))
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

func (s *Service) known(id uint64) (*trade, error) {
	t, ok := s.snapshot(id)
	if !ok {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "trade %d is not known to this exchange (open it first: POST /v1/trades/%d/open)", id, id)
	}
	return t, nil
}

func (s *Service) handleStatus(w http.ResponseWriter, r *http.Request, id uint64) (any, error) {
	t, err := s.known(id)
	if err != nil {
		return nil, err
	}
	return t.status(), nil
}

func (s *Service) handleOpen(w http.ResponseWriter, r *http.Request, id uint64) (any, error) {
	if t, ok := s.snapshot(id); ok && t.Record != nil {
		return t.Record, nil
	}
	defer s.lock(id)()
	if err := s.open(r.Context(), id, nil); err != nil {
		return nil, err
	}
	s.wake()
	t, err := s.known(id)
	if err != nil {
		return nil, err
	}
	return t.Record, nil
}

func (s *Service) handleEvidence(w http.ResponseWriter, r *http.Request, id uint64) (any, error) {
	var req EvidenceRequest
	if err := httpjson.DecodeJSON(w, r, maxEvidenceBody, &req); err != nil {
		return nil, err
	}
	ev := func(context.Context) ([]byte, error) { return req.Evidence, nil }
	defer s.lock(id)()
	var err error
	switch req.Kind {
	case EvidenceOpened:
		err = s.open(r.Context(), id, ev)
	case EvidenceSample:
		err = s.fixSeed(r.Context(), id, ev)
	case EvidencePaid:
		err = s.commit(r.Context(), id, ev)
	case EvidenceCommitted:
		err = s.reveal(r.Context(), id, ev)
	default:
		err = datatrade.Errorf(datatrade.EINVALID, "evidence kind must be opened, sample, paid or committed, not %s", printable(req.Kind))
	}
	if err != nil {
		return nil, err
	}
	s.wake()
	t, err := s.known(id)
	if err != nil {
		return nil, err
	}
	return t.status(), nil
}

func (s *Service) handleHandOver(w http.ResponseWriter, r *http.Request, id uint64) (any, error) {
	var req HandOverRequest
	if err := httpjson.DecodeJSON(w, r, maxJSONBody, &req); err != nil {
		return nil, err
	}
	if len(req.Wrapped) == 0 || len(req.Signature) == 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "a hand-over needs the wrapped secrets and the owner's signature")
	}
	res, err := s.handOver(r.Context(), id, req.Wrapped, req.Signature)
	if err != nil {
		return nil, err
	}
	s.wake()
	return res, nil
}

func (s *Service) handleSample(w http.ResponseWriter, r *http.Request, id uint64) (any, error) {
	defer s.lock(id)()
	t, err := s.known(id)
	if err != nil {
		return nil, err
	}
	if t.State != StateVerified && t.State != StateCommitted {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "trade %d is %s: the sample needs data verified against R", id, t.State)
	}
	if !t.SeedFixed {
		if err := s.fixSeed(r.Context(), id, nil); err != nil {
			return nil, err
		}
	}
	switch {
	case t.State == StateVerified:
		if err := s.ensureChecked(r.Context(), id); err != nil {
			return nil, err
		}
	case !s.isChecked(id):
		// Committed before a restart: the enclave no longer holds the
		// plaintext the sample is cut from (and the buyer has paid).
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "trade %d is committed; its sample is no longer served", id)
	}
	sample, err := s.prog.Sample(id)
	if err != nil {
		return nil, err
	}
	rcpt := sample.Receipt
	if err := s.update(id, func(t *trade) { t.SampleReceipt = &rcpt }); err != nil {
		return nil, err
	}
	return sample, nil
}

func (s *Service) handleReady(w http.ResponseWriter, r *http.Request, id uint64) (any, error) {
	t, err := s.known(id)
	if err != nil {
		return nil, err
	}
	if t.Ready == nil {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "trade %d is %s: no verified data, so no ready statement", id, t.State)
	}
	return t.Ready, nil
}

func (s *Service) handleDelivery(w http.ResponseWriter, r *http.Request, id uint64) (any, error) {
	t, err := s.known(id)
	if err != nil {
		return nil, err
	}
	if t.Delivery == nil {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "trade %d is %s: no delivery yet (it follows the verified payment)", id, t.State)
	}
	return t.Delivery, nil
}

func (s *Service) handleReveal(w http.ResponseWriter, r *http.Request, id uint64) (any, error) {
	t, err := s.known(id)
	if err != nil {
		return nil, err
	}
	if t.Wrapped == nil {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "trade %d is %s: the key is released only after this exchange's commit is final", id, t.State)
	}
	return RevealResponse{WrappedKey: bytes.Clone(t.Wrapped)}, nil
}
