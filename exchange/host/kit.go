package host

import (
	"log/slog"
	"net/http"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/enclave"
	"github.com/datatrade/datatrade/internal/httpjson"
)

// The plumbing below is shared by every host of an enclave that follows
// the chain through a light client: this package's exchange and
// compute/host's compute node.

// AttestHandler serves POST /v1/attest (body AttestRequest, answer the
// enclave.Attestation of f over the nonce), rate limited by limiter per
// client IP; errors are written with httpjson.WriteError to log.
func AttestHandler(f *enclave.Factotum, limiter *httpjson.Limiter, log *slog.Logger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if limiter.Limited(w, r, "attestation requests") {
			return
		}
		var req AttestRequest
		if err := httpjson.DecodeJSON(w, r, maxJSONBody, &req); err != nil {
			httpjson.WriteError(w, log, err)
			return
		}
		if len(req.Nonce) != len(enclave.Nonce{}) {
			httpjson.WriteError(w, log, datatrade.Errorf(datatrade.EINVALID, "the nonce must be %d bytes of hex, not %d", len(enclave.Nonce{}), len(req.Nonce)))
			return
		}
		att, err := f.Attest(r.Context(), enclave.Nonce(req.Nonce))
		if err != nil {
			httpjson.WriteError(w, log, err)
			return
		}
		httpjson.WriteJSON(w, http.StatusOK, att)
	}
}
