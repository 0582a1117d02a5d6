// Package authrpc fetches the embedded chain's header signatures and
// authority address from a node over JSON-RPC (the methods named in package
// authsig). It is host-side code: package authsig itself stays free of any
// network client so that light clients and enclave code can import it.
package authrpc

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain/devnode/authsig"
)

// Fetch asks a node for the header signature of block (a number, tag or
// hash) over c.
func Fetch(ctx context.Context, c *rpc.Client, block rpc.BlockNumberOrHash) (*authsig.HeaderSignature, error) {
	var hs *authsig.HeaderSignature
	if err := c.CallContext(ctx, &hs, authsig.MethodHeaderSignature, block); err != nil {
		return nil, fmt.Errorf("%s: %w", authsig.MethodHeaderSignature, err)
	}
	if hs == nil {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "the node has no header signature for that block")
	}
	return hs, nil
}

// FetchAuthority asks a node for its authority address over c.
func FetchAuthority(ctx context.Context, c *rpc.Client) (common.Address, error) {
	var a common.Address
	if err := c.CallContext(ctx, &a, authsig.MethodAuthority); err != nil {
		return common.Address{}, fmt.Errorf("%s: %w", authsig.MethodAuthority, err)
	}
	if a == (common.Address{}) {
		return common.Address{}, errors.New("node returned the zero address as authority")
	}
	return a, nil
}
