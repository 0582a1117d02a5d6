package lightclient

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
)

// LogCheck checks the rest of a log whose contract, topic0 and trade id
// already match, typically its data (the amount).
type LogCheck func(*types.Log) error

// MatchEvent returns the log in r emitted by contract with topic0 as its
// event signature and tradeID as its first indexed argument (topic1) that
// passes check (nil checks nothing more).
//
// The same event from any other address — a look-alike contract with the
// same code — is refused, as is the right event for another trade id.
//
// Errors: EINVALID for a trade id outside uint256, EINTEGRITY when only a
// look-alike contract emitted the event or when the contract's event fails
// check, ENOTFOUND when r has no such event at all.
func MatchEvent(r *types.Receipt, contract common.Address, topic0 common.Hash, tradeID *big.Int, check LogCheck) (*types.Log, error) {
	if tradeID == nil || tradeID.Sign() < 0 || tradeID.BitLen() > 256 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "trade id must be a uint256")
	}
	if r == nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "no receipt")
	}
	id := common.BigToHash(tradeID)
	var lookAlike *common.Address
	var checkErr error
	for _, l := range r.Logs {
		if l == nil || len(l.Topics) < 2 || l.Topics[0] != topic0 || l.Topics[1] != id {
			continue
		}
		if l.Address != contract {
			a := l.Address
			lookAlike = &a
			continue
		}
		if check != nil {
			if err := check(l); err != nil {
				checkErr = err
				continue
			}
		}
		return l, nil
	}
	switch {
	case checkErr != nil:
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "event %s for trade %s: %v", topic0, tradeID, checkErr)
	case lookAlike != nil:
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "event %s for trade %s comes from %s, not from the contract %s", topic0, tradeID, *lookAlike, contract)
	}
	return nil, datatrade.Errorf(datatrade.ENOTFOUND, "receipt has no event %s from %s for trade %s", topic0, contract, tradeID)
}

// WantWord returns a LogCheck that the index-th 32-byte word of the log's
// ABI-encoded data (its non-indexed arguments) equals the uint256 want —
// for the Escrow's TradePaid(uint256 indexed tradeId, uint256 amount),
// WantWord(0, price).
func WantWord(index int, want *big.Int) LogCheck {
	return func(l *types.Log) error {
		if want == nil || want.Sign() < 0 || want.BitLen() > 256 {
			return datatrade.Errorf(datatrade.EINVALID, "expected value must be a uint256")
		}
		if index < 0 || len(l.Data) < (index+1)*32 {
			return datatrade.Errorf(datatrade.EINTEGRITY, "log data has no word %d", index)
		}
		got := new(big.Int).SetBytes(l.Data[index*32 : (index+1)*32])
		if got.Cmp(want) != 0 {
			return datatrade.Errorf(datatrade.EINTEGRITY, "log word %d is %s, want %s", index, got, want)
		}
		return nil
	}
}
