package chain

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/datatrade/datatrade"
)

// Selectors of Solidity's built-in revert payloads.
var (
	selectorError = [4]byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	selectorPanic = [4]byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// panicReasons are the meanings of Solidity's panic codes.
var panicReasons = map[uint64]string{
	0x00: "generic compiler panic",
	0x01: "assertion failed",
	0x11: "arithmetic overflow or underflow",
	0x12: "division or modulo by zero",
	0x21: "invalid enum value",
	0x22: "corrupt storage byte array",
	0x31: "pop from an empty array",
	0x32: "array index out of bounds",
	0x41: "out of memory",
	0x51: "call to an uninitialised function",
}

// RevertError is a contract's refusal, decoded. It unwraps to a
// *datatrade.Error with code ECONFLICT whose message names the reason, so
// datatrade.ErrorCode and errors.As both work.
type RevertError struct {
	// Name is "Error" for require/revert with a message, "Panic" for a
	// Solidity panic, the custom error's name (e.g. "TradeNotPaid"), or ""
	// when the revert carried no data or unknown data.
	Name string
	// Reason is the message of Error(string).
	Reason string
	// PanicCode is the code of Panic(uint256).
	PanicCode *big.Int
	// Args are a custom error's decoded arguments, in order, named by ArgNames.
	Args     []any
	ArgNames []string
	// Data is the raw revert data.
	Data []byte
	// TxHash is the failed transaction, zero when the refusal was found
	// before sending (estimating gas or calling).
	TxHash common.Hash

	safe *datatrade.Error
}

// Error returns the user-safe message.
func (e *RevertError) Error() string { return e.safe.Error() }

// Unwrap returns the *datatrade.Error (ECONFLICT).
func (e *RevertError) Unwrap() error { return e.safe }

// Signature is the decoded reason in Solidity-like form, e.g.
// `TradeNotPaid(tradeId=3)`, `Error("x must be zero")` or `Panic(0x12)`.
func (e *RevertError) Signature() string {
	switch e.Name {
	case "":
		if len(e.Data) == 0 {
			return "revert()"
		}
		return "unknown(0x" + hex.EncodeToString(e.Data[:min(4, len(e.Data))]) + ")"
	case "Error":
		return fmt.Sprintf("Error(%q)", e.Reason)
	case "Panic":
		return fmt.Sprintf("Panic(0x%x)", e.PanicCode)
	}
	var b strings.Builder
	b.WriteString(e.Name)
	b.WriteByte('(')
	for i, a := range e.Args {
		if i > 0 {
			b.WriteString(", ")
		}
		if i < len(e.ArgNames) && e.ArgNames[i] != "" {
			b.WriteString(e.ArgNames[i])
			b.WriteByte('=')
		}
		b.WriteString(formatArg(a))
	}
	b.WriteByte(')')
	return b.String()
}

// describe is the human part of the message.
func (e *RevertError) describe() string {
	switch e.Name {
	case "":
		if len(e.Data) == 0 {
			return "the contract refused without giving a reason"
		}
		return fmt.Sprintf("the contract refused with an unknown error 0x%x (register the contract's ABI to decode it)", e.Data[:min(4, len(e.Data))])
	case "Error":
		return "the contract refused: " + e.Reason
	case "Panic":
		meaning, ok := panicReasons[e.PanicCode.Uint64()]
		if !ok || !e.PanicCode.IsUint64() {
			meaning = "unknown panic"
		}
		return fmt.Sprintf("the contract panicked: %s (panic code 0x%x)", meaning, e.PanicCode)
	}
	return "the contract refused: " + e.Signature()
}

func (e *RevertError) finish() *RevertError {
	msg := e.describe()
	if e.TxHash != (common.Hash{}) {
		msg = fmt.Sprintf("transaction %s failed: %s", e.TxHash.Hex(), msg)
	}
	e.safe = datatrade.Errorf(datatrade.ECONFLICT, "%s", msg)
	return e
}

// formatArg prints one decoded ABI value compactly.
func formatArg(v any) string {
	switch x := v.(type) {
	case *big.Int:
		return x.String()
	case common.Address:
		return x.Hex()
	case string:
		return fmt.Sprintf("%q", x)
	case []byte:
		return hexutil.Encode(x)
	case [32]byte:
		return hexutil.Encode(x[:])
	case bool:
		return fmt.Sprint(x)
	}
	return fmt.Sprint(v)
}

// DecodeRevert decodes revert data: Error(string), Panic(uint256), a custom
// error registered with RegisterErrors, or unknown data (Name ""). It never
// fails: malformed data yields a RevertError with Name "".
func (c *Client) DecodeRevert(data []byte) *RevertError {
	e := &RevertError{Data: bytes.Clone(data)}
	if len(data) < 4 {
		return e.finish()
	}
	var sel [4]byte
	copy(sel[:], data[:4])
	switch sel {
	case selectorError:
		if reason, err := abi.UnpackRevert(data); err == nil {
			e.Name, e.Reason = "Error", sanitizeReason(reason)
		}
		return e.finish()
	case selectorPanic:
		if len(data) == 4+32 {
			e.Name, e.PanicCode = "Panic", new(big.Int).SetBytes(data[4:])
		}
		return e.finish()
	}
	c.errMu.RLock()
	ae, ok := c.errors[sel]
	c.errMu.RUnlock()
	if !ok {
		return e.finish()
	}
	vals, err := ae.Inputs.Unpack(data[4:])
	if err != nil {
		return e.finish()
	}
	e.Name, e.Args = ae.Name, vals
	for _, in := range ae.Inputs {
		e.ArgNames = append(e.ArgNames, in.Name)
	}
	return e.finish()
}

// sanitizeReason keeps a contract's message printable and short: it comes
// from the chain and is shown to users.
func sanitizeReason(s string) string {
	const maxLen = 256
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == 0xfffd {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, ""))
	if len(s) > maxLen {
		s = strings.ToValidUTF8(s[:maxLen], "") + "…"
	}
	return s
}

// revertData extracts revert data from an eth_call or eth_estimateGas error.
// ok is false when err is not a revert.
func revertData(err error) (data []byte, ok bool) {
	var de rpc.DataError
	if errors.As(err, &de) {
		if d, found := dataFromErrorData(de.ErrorData()); found {
			return d, true
		}
	}
	msg := strings.ToLower(err.Error())
	if strings.Contains(msg, "execution reverted") || strings.Contains(msg, "vm exception while processing transaction: revert") {
		return nil, true
	}
	return nil, false
}

// dataFromErrorData reads the hex revert data geth, Besu and Ganache put in
// a JSON-RPC error's data field (a string, or an object holding one).
func dataFromErrorData(v any) ([]byte, bool) {
	switch x := v.(type) {
	case string:
		if d, err := hexutil.Decode(x); err == nil {
			return d, true
		}
	case map[string]any:
		for _, k := range []string{"data", "result", "return"} {
			if d, ok := dataFromErrorData(x[k]); ok {
				return d, true
			}
		}
	}
	return nil, false
}

// revertFromCallError returns the decoded *RevertError when err (from a call
// or a gas estimate) is a revert, and nil otherwise.
func (c *Client) revertFromCallError(err error) error {
	data, ok := revertData(err)
	if !ok {
		return nil
	}
	return c.DecodeRevert(data)
}

// Call runs a read-only call of to with data as the address from at the
// latest block and returns its output. A revert returns the decoded
// *RevertError (ECONFLICT).
func (c *Client) Call(ctx context.Context, from common.Address, to common.Address, data []byte) ([]byte, error) {
	out, err := c.b.CallContract(ctx, ethereum.CallMsg{From: from, To: &to, Data: data}, nil)
	if err != nil {
		if rerr := c.revertFromCallError(err); rerr != nil {
			return nil, rerr
		}
		return nil, c.rpcError("call "+to.Hex(), err)
	}
	return out, nil
}

// minedFailure explains a mined transaction whose status is failed: it
// replays the call on the state before the transaction's block to recover
// the revert reason. It always returns an ECONFLICT error.
func (c *Client) minedFailure(ctx context.Context, tx *types.Transaction, from common.Address, rcpt *types.Receipt) error {
	if rcpt.GasUsed >= tx.Gas() {
		return datatrade.Errorf(datatrade.ECONFLICT,
			"transaction %s failed: it ran out of gas (limit %d)", tx.Hash().Hex(), tx.Gas())
	}
	msg := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	// Replay on the state before the block, then on the state after it
	// (which includes the block's earlier transactions, one of which may be
	// why this one failed; the failed transaction itself changed nothing).
	var blocks []*big.Int
	if rcpt.BlockNumber != nil && rcpt.BlockNumber.Sign() > 0 {
		blocks = append(blocks, new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1)), rcpt.BlockNumber)
	}
	for _, at := range blocks {
		_, err := c.b.CallContract(ctx, msg, at)
		if err == nil {
			continue
		}
		if data, ok := revertData(err); ok {
			e := c.DecodeRevert(data)
			e.TxHash = tx.Hash()
			return e.finish()
		}
		c.log.Debug("replaying failed transaction", "tx", tx.Hash().Hex(), "block", at, "err", err)
	}
	return datatrade.Errorf(datatrade.ECONFLICT,
		"transaction %s failed in block %s; replaying it gives no reason (it may have depended on another transaction in the same block)",
		tx.Hash().Hex(), rcpt.BlockNumber)
}
