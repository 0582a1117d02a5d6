package devnode

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// apiNamespace is the JSON-RPC namespace of the methods below.
const apiNamespace = "datatrade"

// maxIncrease bounds datatrade_increaseTime: ten years.
const maxIncrease = 10 * 365 * 24 * 3600

// api is the datatrade JSON-RPC namespace. Method names are the Go names
// with a lower-case first letter, prefixed with "datatrade_".
type api struct{ n *Node }

// Authority returns the address whose key signs block hashes
// (datatrade_authority).
func (a *api) Authority() common.Address { return a.n.AuthorityAddress() }

// Fork returns the newest fork active at the head (datatrade_fork).
func (a *api) Fork() string { return a.n.Fork() }

// HeaderSignature returns the authority's signature over the hash of the
// given block, by number, tag or hash (datatrade_headerSignature).
func (a *api) HeaderSignature(ctx context.Context, block rpc.BlockNumberOrHash) (*HeaderSignature, error) {
	h, err := a.header(block)
	if err != nil {
		return nil, err
	}
	return a.n.signer.headerSignature(h)
}

func (a *api) header(block rpc.BlockNumberOrHash) (*types.Header, error) {
	bc := a.n.eth.BlockChain()
	if hash, ok := block.Hash(); ok {
		h := bc.GetHeaderByHash(hash)
		if h == nil {
			return nil, fmt.Errorf("block %s not found", hash)
		}
		if block.RequireCanonical && bc.GetCanonicalHash(h.Number.Uint64()) != hash {
			return nil, fmt.Errorf("block %s is not canonical", hash)
		}
		return h, nil
	}
	number, ok := block.Number()
	if !ok {
		return nil, errors.New("give a block number, tag or hash")
	}
	var h *types.Header
	switch number {
	case rpc.LatestBlockNumber, rpc.PendingBlockNumber:
		h = bc.CurrentHeader()
	case rpc.SafeBlockNumber:
		h = bc.CurrentSafeBlock()
	case rpc.FinalizedBlockNumber:
		h = bc.CurrentFinalBlock()
	case rpc.EarliestBlockNumber:
		h = bc.GetHeaderByNumber(0)
	default:
		if number < 0 {
			return nil, fmt.Errorf("unsupported block tag %d", number)
		}
		h = bc.GetHeaderByNumber(uint64(number))
	}
	if h == nil {
		return nil, fmt.Errorf("block %s not found", number)
	}
	return h, nil
}

// TimeResult is the block sealed by datatrade_increaseTime.
type TimeResult struct {
	Number    hexutil.Uint64 `json:"number"`
	Hash      common.Hash    `json:"hash"`
	Timestamp hexutil.Uint64 `json:"timestamp"`
}

// IncreaseTime seals a block whose timestamp is seconds after the head's
// (datatrade_increaseTime; seconds is a JSON number). Dev chain only.
func (a *api) IncreaseTime(ctx context.Context, seconds uint64) (*TimeResult, error) {
	if seconds == 0 || seconds > maxIncrease {
		return nil, fmt.Errorf("seconds must be between 1 and %d", maxIncrease)
	}
	h, err := a.n.IncreaseTime(ctx, time.Duration(seconds)*time.Second)
	if err != nil {
		return nil, err
	}
	return &TimeResult{Number: hexutil.Uint64(h.Number.Uint64()), Hash: h.Hash(), Timestamp: hexutil.Uint64(h.Time)}, nil
}
