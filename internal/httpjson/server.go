// Package httpjson is the JSON-over-HTTP plumbing the datatrade services
// share: on the server side, one table from datatrade error codes to HTTP
// statuses, JSON answers and error bodies ({"code", "message"}) that never
// carry internal detail, bounded request decoding with messages safe to
// show, the client's IP and a per-IP token-bucket rate limit answered with
// 429 and Retry-After; on the client side, a Client that sends JSON or raw
// bodies, bounds what it reads, and turns error answers back into
// *datatrade.Error with the server's code and message.
//
// Limiter and Client are safe for concurrent use; everything else is
// stateless.
package httpjson

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"

	"github.com/datatrade/datatrade"
)

// ErrorBody is the JSON body of every error answer.
type ErrorBody struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// statusOf maps error codes to HTTP statuses. It is the one table of the
// mapping; codeOf is its inverse.
var statusOf = map[string]int{
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

// StatusOf returns the HTTP status of an error code: 500 for a code it
// does not know.
func StatusOf(code string) int {
	if s, ok := statusOf[code]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// KnownCode reports whether code is one of the datatrade error codes.
func KnownCode(code string) bool {
	_, ok := statusOf[code]
	return ok
}

// internalBody is what WriteJSON sends when v cannot be encoded.
const internalBody = `{"code":"` + datatrade.EINTERNAL + `","message":"internal error"}`

// WriteJSON answers with status and v as JSON (one line). When v cannot be
// encoded it answers 500 with an internal error body instead.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(internalBody)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

// WriteError answers with err's code, its status (StatusOf) and its
// user-safe message. A cancelled or timed-out request is EUNAVAILABLE;
// anything else that is not a *datatrade.Error is logged to log (nil: not
// logged) and answered as EINTERNAL without its message, which may carry
// internal detail.
func WriteError(w http.ResponseWriter, log *slog.Logger, err error) {
	var e *datatrade.Error
	if !errors.As(err, &e) {
		switch {
		case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
			e = datatrade.Errorf(datatrade.EUNAVAILABLE, "the request was cancelled or timed out")
		default:
			if log != nil {
				log.Error("request failed", "err", err)
			}
			e = datatrade.Errorf(datatrade.EINTERNAL, "internal error (see the server's log)")
		}
	}
	WriteJSON(w, StatusOf(e.Code), ErrorBody{Code: e.Code, Message: e.Message})
}

// DecodeJSON reads one JSON value of at most limit bytes from r's body
// into v, refusing unknown fields and trailing data. Its errors are
// EINVALID with a message that says what is wrong without echoing the
// body. w may be nil; when given, an oversize body also closes the
// connection after the answer (http.MaxBytesReader).
func DecodeJSON(w http.ResponseWriter, r *http.Request, limit int64, v any) error {
	body := http.MaxBytesReader(w, r.Body, limit)
	tooBig := func(err error) bool {
		var mbe *http.MaxBytesError
		return errors.As(err, &mbe)
	}
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		if tooBig(err) {
			return datatrade.Errorf(datatrade.EINVALID, "the request body is larger than %d bytes", limit)
		}
		return datatrade.Errorf(datatrade.EINVALID, "the request body is not the expected JSON: %s", jsonProblem(err))
	}
	// The rest must be JSON whitespace, and the whole body within limit.
	rest, err := io.ReadAll(io.MultiReader(dec.Buffered(), body))
	switch {
	case tooBig(err):
		return datatrade.Errorf(datatrade.EINVALID, "the request body is larger than %d bytes", limit)
	case err != nil:
		return datatrade.Errorf(datatrade.EINVALID, "reading the request body failed")
	case len(bytes.Trim(rest, " \t\r\n")) > 0:
		return datatrade.Errorf(datatrade.EINVALID, "the request body has data after the JSON value")
	}
	return nil
}

// jsonProblem describes a JSON decoding error without echoing the input
// beyond a field name, in at most about 120 bytes of valid UTF-8.
func jsonProblem(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("syntax error at byte %d", syn.Offset)
	case errors.As(err, &typ) && typ.Field == "":
		return fmt.Sprintf("a JSON %s where a different type is expected", typ.Value)
	case errors.As(err, &typ):
		return fmt.Sprintf("field %q has the wrong type", clip(typ.Field, 60))
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "empty or truncated body"
	}
	return clip(strings.TrimPrefix(err.Error(), "json: "), 120)
}

// clip cuts s to at most n bytes and makes it valid UTF-8.
func clip(s string, n int) string {
	if len(s) > n {
		s = s[:n] + "…"
	}
	return strings.ToValidUTF8(s, "?")
}

// ClientIP returns the IP of r's peer (r.RemoteAddr without the port). It
// does not trust forwarding headers.
func ClientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
