package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/market"
)

// session is what a chain command works with: the market client and the
// sending account (nil for read-only commands).
type session struct {
	m    *market.Client
	from *chain.Account
	f    *chainFlags
}

// open connects to the chain, loads the deployment and, when withAccount,
// unlocks the sending account.
func (a *app) open(ctx context.Context, f *chainFlags, withAccount bool) (*session, error) {
	m, err := a.openMarket(ctx, f)
	if err != nil {
		return nil, err
	}
	s := &session{m: m, f: f}
	if withAccount {
		if s.from, err = a.signer(ctx, f, m.Chain()); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// dryRunResult is what --dry-run prints.
type dryRunResult struct {
	DryRun bool           `json:"dryRun"`
	What   string         `json:"what"`
	From   common.Address `json:"from"`
	To     common.Address `json:"to"`
	Value  *big.Int       `json:"value"`
	chain.Estimate
}

// txResult is what a sent transaction prints.
type txResult struct {
	What    string      `json:"what"`
	TxHash  common.Hash `json:"txHash"`
	Block   uint64      `json:"block"`
	GasUsed uint64      `json:"gasUsed"`
	Fee     *big.Int    `json:"fee"`
	// ID is the id of what the transaction created (listing, demand, offer
	// index, trade, exchange), when it created something.
	ID *uint64 `json:"id,omitempty"`
}

func newTxResult(what string, rcpt *types.Receipt) txResult {
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	return txResult{What: what, TxHash: rcpt.TxHash, Block: rcpt.BlockNumber.Uint64(), GasUsed: rcpt.GasUsed, Fee: fee}
}

// dryRun prints tx's estimate instead of sending it.
func (a *app) dryRun(ctx context.Context, s *session, tx market.Tx) error {
	return a.dryRunVia(ctx, s, s.m, tx)
}

// dryRunVia prints tx's estimate by to, which explains its own contract's
// refusals, instead of sending it.
func (a *app) dryRunVia(ctx context.Context, s *session, to txSender, tx market.Tx) error {
	est, err := to.Estimate(ctx, s.from.Address, tx)
	if err != nil {
		return err
	}
	v := tx.Value
	if v == nil {
		v = new(big.Int)
	}
	res := dryRunResult{DryRun: true, What: tx.What, From: s.from.Address, To: tx.To, Value: v, Estimate: est}
	return a.emit(res, func(w io.Writer) {
		fmt.Fprintf(w, "dry run: %s\n  from %s to %s, value %s\n  gas %d, max fee per gas %s wei, at most %s in fees\n",
			tx.What, s.from.Address, tx.To, datatrade.FormatAmount(v), est.Gas, est.GasFeeCap, datatrade.FormatAmount(est.MaxFee))
	})
}

// sendTx sends tx, or prints its estimate with --dry-run.
func (a *app) sendTx(ctx context.Context, s *session, tx market.Tx) error {
	return a.sendVia(ctx, s, s.m, tx)
}

// txSender estimates and sends a transaction, explaining its contract's
// refusals: *market.Client (Escrow and Market), *market.Auctions,
// *market.Jobs and *market.Broker.
type txSender interface {
	Estimate(ctx context.Context, from common.Address, tx market.Tx) (chain.Estimate, error)
	Send(ctx context.Context, from *chain.Account, tx market.Tx) (*types.Receipt, error)
}

var (
	_ txSender = (*market.Client)(nil)
	_ txSender = (*market.Auctions)(nil)
	_ txSender = (*market.Jobs)(nil)
	_ txSender = (*market.Broker)(nil)
)

// sendVia sends tx through to, or prints its estimate with --dry-run.
func (a *app) sendVia(ctx context.Context, s *session, to txSender, tx market.Tx) error {
	if s.f.dryRun {
		return a.dryRunVia(ctx, s, to, tx)
	}
	rcpt, err := to.Send(ctx, s.from, tx)
	if err != nil {
		return err
	}
	return a.printTx(newTxResult(tx.What, rcpt))
}

// sendCreating sends tx through create, which also returns the id of what
// it made; with --dry-run it prints tx's estimate.
func (a *app) sendCreating(ctx context.Context, s *session, tx market.Tx, create func() (uint64, *types.Receipt, error)) error {
	if s.f.dryRun {
		return a.dryRun(ctx, s, tx)
	}
	id, rcpt, err := create()
	if err != nil {
		return err
	}
	res := newTxResult(tx.What, rcpt)
	res.ID = &id
	return a.printTx(res)
}

func (a *app) printTx(res txResult) error {
	return a.emit(res, func(w io.Writer) {
		if res.ID != nil {
			fmt.Fprintf(w, "%s: id %d\n", res.What, *res.ID)
		} else {
			fmt.Fprintf(w, "%s: done\n", res.What)
		}
		fmt.Fprintf(w, "  tx %s in block %d, gas %d, fee %s\n", res.TxHash, res.Block, res.GasUsed, datatrade.FormatAmount(res.Fee))
	})
}

// parseID parses a positive id argument.
func parseID(what, s string) (uint64, error) {
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil || v == 0 {
		return 0, usagef("%s must be a positive whole number, got %q", what, s)
	}
	return v, nil
}

// parseIDs parses a comma-separated list of ids.
func parseIDs(what string, ss []string) ([]uint64, error) {
	out := make([]uint64, 0, len(ss))
	for _, s := range ss {
		v, err := parseID(what, s)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// amountFlag is a flag holding an amount of ether ("1.5eth", "20gwei", wei).
type amountFlag struct{ v *big.Int }

func (f *amountFlag) String() string {
	if f.v == nil {
		return ""
	}
	return f.v.String()
}

func (f *amountFlag) Set(s string) error {
	v, err := datatrade.ParseAmount(s)
	if err != nil {
		return fmt.Errorf("%s", datatrade.ErrorMessage(err))
	}
	f.v = v
	return nil
}

func (f *amountFlag) Type() string { return "amount" }

// requireAmount fails when a required amount flag was not given.
func requireAmount(name string, f *amountFlag) error {
	if f.v == nil {
		return usagef("--%s is required (e.g. --%s 1.5eth)", name, name)
	}
	return nil
}

// chainCmd builds a command that talks to the chain: it adds the chain
// flags and runs fn with a session bounded by --timeout.
func (a *app) chainCmd(cmd *cobra.Command, withAccount bool, fn func(ctx context.Context, s *session, args []string) error) *cobra.Command {
	var f chainFlags
	a.addChainFlags(cmd, &f, withAccount)
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		ctx, cancel := commandContext(cmd, &f)
		defer cancel()
		s, err := a.open(ctx, &f, withAccount)
		if err != nil {
			return err
		}
		defer s.m.Chain().Close()
		return fn(ctx, s, args)
	}
	return cmd
}

// typesReceipt shortens the receipt type in command closures.
type typesReceipt = types.Receipt
