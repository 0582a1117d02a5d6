package market

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// ledger is the pull-payment book the Escrow, Auction, Jobs and Broker
// bindings share: what the contract owes each account, what it owes in
// all, and what it holds for running business. Each contract's balance is
// always totalCredits + totalHeld.
type ledger interface {
	PackCredit(account common.Address) []byte
	UnpackCredit(data []byte) (*big.Int, error)
	PackTotalCredits() []byte
	UnpackTotalCredits(data []byte) (*big.Int, error)
	PackTotalHeld() []byte
	UnpackTotalHeld(data []byte) (*big.Int, error)
}

// credit reads what the contract at addr (named name in errors) owes who.
func (m *Client) credit(ctx context.Context, name string, addr common.Address, l ledger, who common.Address) (*big.Int, error) {
	out, err := m.call(ctx, addr, l.PackCredit(who))
	if err != nil {
		return nil, fmt.Errorf("read %s credit: %w", name, err)
	}
	return l.UnpackCredit(out)
}

// totals reads the contract's outstanding credits and held funds.
func (m *Client) totals(ctx context.Context, name string, addr common.Address, l ledger) (credits, held *big.Int, err error) {
	out, err := m.call(ctx, addr, l.PackTotalCredits())
	if err != nil {
		return nil, nil, fmt.Errorf("read %s credits: %w", name, err)
	}
	if credits, err = l.UnpackTotalCredits(out); err != nil {
		return nil, nil, err
	}
	if out, err = m.call(ctx, addr, l.PackTotalHeld()); err != nil {
		return nil, nil, fmt.Errorf("read %s held funds: %w", name, err)
	}
	held, err = l.UnpackTotalHeld(out)
	return credits, held, err
}
