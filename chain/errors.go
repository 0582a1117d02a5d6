package chain

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/url"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/datatrade/datatrade"
)

// codedError carries a user-safe *datatrade.Error together with the error
// that caused it, so that errors.Is and errors.As find both. Its message is
// the safe one only: the cause may carry details (an RPC URL) that must not
// be shown.
type codedError struct {
	safe  *datatrade.Error
	cause error
}

func (e *codedError) Error() string   { return e.safe.Error() }
func (e *codedError) Unwrap() []error { return []error{e.safe, e.cause} }

func withCause(safe *datatrade.Error, cause error) error {
	if cause == nil {
		return safe
	}
	return &codedError{safe: safe, cause: cause}
}

// netReason describes a transport failure without its text (which may name
// the endpoint's URL); ok is false when err is not a transport failure.
func netReason(err error) (reason string, ok bool) {
	var (
		dnsErr  *net.DNSError
		httpErr rpc.HTTPError
		netErr  net.Error
		urlErr  *url.Error
		opErr   *net.OpError
		certErr *x509.UnknownAuthorityError
		hostErr x509.HostnameError
	)
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused", true
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
		return "connection reset", true
	case errors.As(err, &dnsErr):
		return "host not found", true
	case errors.As(err, &certErr), errors.As(err, &hostErr):
		return "TLS certificate not accepted", true
	case errors.As(err, &httpErr):
		return fmt.Sprintf("HTTP status %d", httpErr.StatusCode), true
	case errors.As(err, &netErr) && netErr.Timeout():
		return "timed out", true
	case errors.Is(err, rpc.ErrClientQuit), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "connection closed", true
	case errors.As(err, &opErr), errors.As(err, &urlErr):
		return "network error", true
	}
	return "", false
}

// unavailable is the error for an endpoint that did not answer at all.
func unavailable(where string, err error) error {
	reason, ok := netReason(err)
	if !ok {
		if errors.Is(err, context.DeadlineExceeded) {
			reason = "no answer before the deadline"
		} else {
			reason = "no valid answer"
		}
	}
	return datatrade.Errorf(datatrade.EUNAVAILABLE,
		"cannot reach the chain RPC endpoint %s (%s); check --rpc and that the node is running", where, reason)
}

// rpcError turns an error from the backend into one fit to return: transport
// failures become EUNAVAILABLE without their text, context ends keep their
// cause for errors.Is, anything else is wrapped as internal.
func (c *Client) rpcError(action string, err error) error {
	if err == nil {
		return nil
	}
	var de *datatrade.Error
	if errors.As(err, &de) {
		return err
	}
	if reason, ok := netReason(err); ok {
		return datatrade.Errorf(datatrade.EUNAVAILABLE,
			"cannot reach the chain RPC endpoint (%s) trying to %s; check --rpc and that the node is running", reason, action)
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return withCause(datatrade.Errorf(datatrade.EEXPIRED, "deadline passed trying to %s", action), err)
	}
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("%s: %w", action, err)
	}
	return fmt.Errorf("%s: %w", action, err)
}

// Node error texts, lower-cased. geth and Besu share most; Ganache words
// them its own way.
var (
	msgNonceTooLow = []string{"nonce too low", "correct nonce", "nonce is too low"}
	msgKnown       = []string{"already known", "known transaction", "already imported"}
	msgUnderpriced = []string{"replacement transaction underpriced", "replacement underpriced"}
	msgFunds       = []string{"insufficient funds", "enough funds", "upfront cost exceeds"}
	msgFeeTooLow   = []string{"max fee per gas less than block base fee", "fee cap less than block base fee", "less than the block's basefee"}
)

func errContains(err error, needles []string) bool {
	if err == nil {
		return false
	}
	s := strings.ToLower(err.Error())
	for _, n := range needles {
		if strings.Contains(s, n) {
			return true
		}
	}
	return false
}

// fundsError is the EFUNDS error for an account that cannot pay value plus
// gas × maximum fee. It names the amounts, never keys.
func fundsError(from common.Address, balance, value *big.Int, gas uint64, feeCap *big.Int) *datatrade.Error {
	need := new(big.Int).Mul(new(big.Int).SetUint64(gas), feeCap)
	need.Add(need, value)
	if balance == nil {
		return datatrade.Errorf(datatrade.EFUNDS,
			"account %s cannot pay %s wei (value %s + gas %d × max fee %s wei)", from.Hex(), need, value, gas, feeCap)
	}
	return datatrade.Errorf(datatrade.EFUNDS,
		"account %s has %s wei but needs %s wei (value %s + gas %d × max fee %s wei)", from.Hex(), balance, need, value, gas, feeCap)
}
