package datatrade

import (
	"errors"
	"fmt"
)

// Error codes. Codes leave the process (CLI exit messages, API JSON), so they
// are only ever added to, never renamed.
const (
	ECONFLICT     = "conflict"     // the object is in the wrong state for the action
	EINTERNAL     = "internal"     // anything unexpected; details are logged, never shown
	EINVALID      = "invalid"      // the input is malformed or out of range
	ENOTFOUND     = "not_found"    // the object does not exist
	EUNAUTHORIZED = "unauthorized" // the caller may not do this
	EFUNDS        = "insufficient" // the account cannot pay for the action
	EEXPIRED      = "expired"      // a deadline has passed
	EUNAVAILABLE  = "unavailable"  // a dependency (chain, store, enclave) could not be reached
	EINTEGRITY    = "integrity"    // data failed a cryptographic check
	EINSECURE     = "insecure"     // the action needs an explicit opt-in to an insecure mode
)

// Error is the one error type whose message is safe to show to users.
// Everything that is not an *Error is internal: it is logged, and users see
// only "internal error".
type Error struct {
	// Code is one of the E… constants above.
	Code string
	// Message is safe to show: it never carries keys, passphrases or URLs
	// with credentials.
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string {
	return fmt.Sprintf("datatrade error: code=%s message=%s", e.Code, e.Message)
}

// Errorf returns an *Error with the given code and a formatted message.
// Callers must not format secrets into the message.
func Errorf(code string, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-safe message of the first *Error in err's
// chain, "internal error" for any other non-nil error, and "" for nil.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
