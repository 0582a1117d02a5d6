package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
)

// maxTxGas is the per-transaction gas cap of EIP-7825 (Osaka). The safety
// margin never lifts an estimate above it.
const maxTxGas = 1 << 24

// TxRequest is one transaction to send: a call (To set), a contract creation
// (To nil) or a plain transfer (To set, Data empty).
type TxRequest struct {
	To    *common.Address
	Data  []byte
	Value *big.Int // wei; nil means 0
	// Gas is the gas limit; 0 means the node's estimate plus the Client's
	// safety margin.
	Gas uint64
}

// Estimate is what a transaction would cost, for --dry-run.
type Estimate struct {
	// Gas is the gas limit the transaction would get (estimate plus margin).
	Gas uint64 `json:"gas"`
	// GasTipCap and GasFeeCap are the EIP-1559 fees per gas in wei; on a
	// chain without a base fee both are the legacy gas price.
	GasTipCap *big.Int `json:"gasTipCap"`
	GasFeeCap *big.Int `json:"gasFeeCap"`
	// MaxFee is Gas × GasFeeCap: the most the transaction can pay in fees.
	MaxFee *big.Int `json:"maxFee"`
	// Legacy is true when the chain has no base fee and a legacy gas price
	// is used.
	Legacy bool `json:"legacy,omitempty"`
}

// fees are the fee parameters of a transaction. gasPrice is set on chains
// without a base fee (legacy transactions); tip and feeCap otherwise.
// The values are shared: never modify them.
type fees struct {
	tip, feeCap, gasPrice *big.Int
}

func (f fees) cap() *big.Int {
	if f.gasPrice != nil {
		return f.gasPrice
	}
	return f.feeCap
}

type cachedFee struct {
	f  fees
	at time.Time
}

// suggestFees returns EIP-1559 fees (tip from the node, fee cap = 2 × base
// fee + tip) or, when the latest header has no base fee, the node's legacy
// gas price. With fresh set it ignores the fee cache.
func (c *Client) suggestFees(ctx context.Context, fresh bool) (fees, error) {
	if c.feeTTL > 0 && !fresh {
		c.feeMu.Lock()
		cf := c.fee
		c.feeMu.Unlock()
		if cf != nil && c.clock.Now().Sub(cf.at) < c.feeTTL {
			return cf.f, nil
		}
	}
	head, err := c.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return fees{}, c.rpcError("read the latest block", err)
	}
	var f fees
	if head.BaseFee == nil {
		gp, err := c.b.SuggestGasPrice(ctx)
		if err != nil {
			return fees{}, c.rpcError("read the gas price", err)
		}
		f.gasPrice = gp
	} else {
		tip, err := c.b.SuggestGasTipCap(ctx)
		if err != nil {
			if _, isNet := netReason(err); isNet || ctx.Err() != nil {
				return fees{}, c.rpcError("read the gas tip", err)
			}
			// Some nodes lack eth_maxPriorityFeePerGas: fall back to 1 gwei.
			c.log.Debug("no gas tip suggestion; using 1 gwei", "err", err)
			tip = big.NewInt(1_000_000_000)
		}
		f.tip = tip
		f.feeCap = new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	}
	if c.feeTTL > 0 {
		c.feeMu.Lock()
		c.fee = &cachedFee{f: f, at: c.clock.Now()}
		c.feeMu.Unlock()
	}
	return f, nil
}

// pendingEstimator is implemented by backends that can estimate against
// the pending block (*ethclient.Client does).
type pendingEstimator interface {
	EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) (uint64, error)
}

// pendingBlock is the JSON-RPC "pending" block number.
var pendingBlock = big.NewInt(-1)

// estimateGas asks the node for the gas of msg and adds the safety margin.
// It estimates against the pending block where the backend can: that is
// the block the transaction will join, with the time a deadline is judged
// by, whereas the latest block may be far in the past on a chain that seals
// only when transactions arrive.
func (c *Client) estimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	var (
		gas uint64
		err error
	)
	if pe, ok := c.b.(pendingEstimator); ok {
		gas, err = pe.EstimateGasAtBlock(ctx, msg, pendingBlock)
	} else {
		gas, err = c.b.EstimateGas(ctx, msg)
	}
	if err != nil {
		if rerr := c.revertFromCallError(err); rerr != nil {
			return 0, rerr
		}
		if errContains(err, msgFunds) {
			bal, berr := c.b.BalanceAt(ctx, msg.From, nil)
			if berr != nil {
				bal = nil
			}
			value := msg.Value
			if value == nil {
				value = new(big.Int)
			}
			if bal != nil {
				return 0, withCause(datatrade.Errorf(datatrade.EFUNDS,
					"account %s has %s wei but the transaction sends %s wei, before gas", msg.From.Hex(), bal, value), err)
			}
			return 0, withCause(datatrade.Errorf(datatrade.EFUNDS,
				"account %s cannot pay the %s wei the transaction sends", msg.From.Hex(), value), err)
		}
		return 0, c.rpcError("estimate gas", err)
	}
	withMargin := gas + gas*c.gasMargin/100
	if withMargin > maxTxGas && gas <= maxTxGas {
		withMargin = maxTxGas
	}
	return withMargin, nil
}

func valueOrZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// Estimate returns the gas and fees a transaction from the address from
// would get, without sending anything. A call the contract would refuse
// returns the decoded revert error (ECONFLICT); an account that cannot pay
// the value returns EFUNDS.
func (c *Client) Estimate(ctx context.Context, from common.Address, to *common.Address, data []byte, value *big.Int) (Estimate, error) {
	f, err := c.suggestFees(ctx, false)
	if err != nil {
		return Estimate{}, err
	}
	gas, err := c.estimateGas(ctx, ethereum.CallMsg{From: from, To: to, Data: data, Value: valueOrZero(value)})
	if err != nil {
		return Estimate{}, err
	}
	e := Estimate{Gas: gas, Legacy: f.gasPrice != nil}
	if e.Legacy {
		e.GasTipCap, e.GasFeeCap = new(big.Int).Set(f.gasPrice), new(big.Int).Set(f.gasPrice)
	} else {
		e.GasTipCap, e.GasFeeCap = new(big.Int).Set(f.tip), new(big.Int).Set(f.feeCap)
	}
	e.MaxFee = new(big.Int).Mul(new(big.Int).SetUint64(gas), e.GasFeeCap)
	return e, nil
}

// Transact signs and sends a transaction from the account from: a call of
// to with data and value, or a contract creation when to is nil. It returns
// once the node has accepted the transaction into its pool; use Wait for the
// receipt. Gas is estimated (plus the safety margin) and fees are EIP-1559
// (legacy on chains without a base fee).
//
// Errors: ECONFLICT with the decoded reason when the contract would refuse
// the call; EFUNDS when the account cannot pay value + gas × fee;
// EUNAVAILABLE when the node cannot be reached.
func (c *Client) Transact(ctx context.Context, from *Account, to *common.Address, data []byte, value *big.Int) (*types.Transaction, error) {
	return c.TransactRequest(ctx, from, TxRequest{To: to, Data: data, Value: value})
}

// TransactRequest is Transact for a TxRequest, which can also fix the gas
// limit instead of estimating it.
func (c *Client) TransactRequest(ctx context.Context, from *Account, req TxRequest) (*types.Transaction, error) {
	if from == nil || from.key == nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "no sending account")
	}
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	value := valueOrZero(req.Value)
	if value.Sign() < 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "negative value %s wei", value)
	}
	f, err := c.suggestFees(ctx, false)
	if err != nil {
		return nil, err
	}
	gas := req.Gas
	if gas == 0 {
		gas, err = c.estimateGas(ctx, ethereum.CallMsg{From: from.Address, To: req.To, Data: req.Data, Value: value})
		if err != nil {
			return nil, err
		}
	}

	st := c.nonceState(from.Address)
	if err := st.lock(ctx); err != nil {
		return nil, c.rpcError("wait to send from "+from.Address.Hex(), err)
	}
	defer st.unlock()

	const attempts = 5
	for range attempts {
		nonce, err := c.nextNonce(ctx, from.Address, st)
		if err != nil {
			return nil, err
		}
		var inner types.TxData
		if f.gasPrice != nil {
			inner = &types.LegacyTx{Nonce: nonce, GasPrice: f.gasPrice, Gas: gas, To: req.To, Value: value, Data: req.Data}
		} else {
			inner = &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: f.tip, GasFeeCap: f.feeCap, Gas: gas, To: req.To, Value: value, Data: req.Data}
		}
		tx, err := from.SignTx(types.NewTx(inner), chainID)
		if err != nil {
			return nil, fmt.Errorf("sign transaction: %w", err)
		}
		err = c.b.SendTransaction(ctx, tx)
		switch {
		case err == nil, errContains(err, msgKnown):
			st.accepted(tx)
			c.log.Debug("transaction sent", "account", from.Address.Hex(), "nonce", nonce, "tx", tx.Hash().Hex())
			return tx, nil
		case errContains(err, msgNonceTooLow), errContains(err, msgUnderpriced):
			if rerr := c.resync(ctx, from.Address, st, nonce); rerr != nil {
				return nil, rerr
			}
		case errContains(err, msgFeeTooLow):
			if f, err = c.suggestFees(ctx, true); err != nil {
				return nil, err
			}
		case errContains(err, msgFunds):
			bal, berr := c.b.BalanceAt(ctx, from.Address, nil)
			if berr != nil {
				bal = nil
			}
			return nil, withCause(fundsError(from.Address, bal, value, gas, f.cap()), err)
		default:
			if _, isNet := netReason(err); isNet || ctx.Err() != nil {
				// The node may or may not have the transaction.
				st.forget()
			}
			return nil, c.rpcError("send transaction", err)
		}
	}
	return nil, datatrade.Errorf(datatrade.ECONFLICT,
		"could not find a free nonce for %s after %d attempts: another program is sending from this account", from.Address.Hex(), attempts)
}

// Send is Transact followed by Wait. When the transaction was mined but
// failed, it returns the receipt together with the decoded revert error.
func (c *Client) Send(ctx context.Context, from *Account, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	tx, err := c.Transact(ctx, from, to, data, value)
	if err != nil {
		return nil, err
	}
	return c.Wait(ctx, tx)
}

// Transfer sends amount wei from the account from to the address to and
// waits for the receipt.
func (c *Client) Transfer(ctx context.Context, from *Account, to common.Address, amount *big.Int) (*types.Receipt, error) {
	return c.Send(ctx, from, &to, nil, amount)
}

// Wait waits until tx has a receipt and the Client's number of
// confirmations, polling the node. While the receipt is missing it
// periodically broadcasts tx again (and the transactions with lower nonces
// that this Client sent from the same account), so a transaction dropped
// from the node's pool does not hang, nor stall the account's later ones.
//
// Outcomes:
//   - the receipt and nil when tx succeeded;
//   - the receipt and the decoded revert error (ECONFLICT) when it was
//     mined but failed;
//   - an EEXPIRED error naming the transaction hash when ctx's deadline
//     passes first (the transaction may still be mined later);
//   - an ECONFLICT error when another transaction with the same nonce was
//     mined instead.
func (c *Client) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "transaction %s is not signed", tx.Hash().Hex())
	}
	hash := tx.Hash()
	ticker := time.NewTicker(c.poll)
	defer ticker.Stop()

	var (
		lastHead   uint64
		first      = true
		lastSent   = c.clock.Now()
		failures   int
		rcpt       *types.Receipt
		checkAgain bool
	)
	for {
		head, err := c.headNumber(ctx)
		if err == nil && (first || head != lastHead || checkAgain) {
			first, lastHead, checkAgain = false, head, false
			rcpt, err = c.b.TransactionReceipt(ctx, hash)
			if errors.Is(err, ethereum.NotFound) {
				rcpt, err = nil, nil
			}
		}
		switch {
		case err != nil && ctx.Err() != nil:
			return nil, c.waitExpired(ctx, tx, rcpt)
		case err != nil:
			failures++
			c.log.Debug("polling for receipt failed", "tx", hash.Hex(), "err", err)
			if failures >= 10 {
				return nil, c.rpcError("wait for transaction "+hash.Hex(), err)
			}
		case rcpt != nil:
			failures = 0
			if rcpt.BlockNumber != nil && rcpt.BlockNumber.Uint64()+c.confirmations <= head {
				ok, err := c.stillCanonical(ctx, rcpt)
				if err != nil && ctx.Err() != nil {
					return nil, c.waitExpired(ctx, tx, rcpt)
				}
				if err == nil && ok {
					if st := c.existingNonceState(from); st != nil {
						st.mined(tx.Nonce())
					}
					if rcpt.Status != types.ReceiptStatusSuccessful {
						return rcpt, c.minedFailure(ctx, tx, from, rcpt)
					}
					return rcpt, nil
				}
				rcpt = nil // reorganised away: look again
			}
		default:
			failures = 0
			if now := c.clock.Now(); now.Sub(lastSent) >= c.resubmitAfter {
				lastSent = now
				again, err := c.recoverMissing(ctx, tx, from)
				if err != nil {
					return nil, err
				}
				checkAgain = again
			}
		}
		select {
		case <-ctx.Done():
			return nil, c.waitExpired(ctx, tx, rcpt)
		case <-ticker.C:
		}
	}
}

// stillCanonical reports whether rcpt's block is still on the canonical
// chain; only checked when confirmations are asked for.
func (c *Client) stillCanonical(ctx context.Context, rcpt *types.Receipt) (bool, error) {
	if c.confirmations == 0 {
		return true, nil
	}
	h, err := c.b.HeaderByNumber(ctx, rcpt.BlockNumber)
	if err != nil {
		return false, err
	}
	return h.Hash() == rcpt.BlockHash, nil
}

func (c *Client) waitExpired(ctx context.Context, tx *types.Transaction, rcpt *types.Receipt) error {
	err := ctx.Err()
	if !errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("wait for transaction %s: %w", tx.Hash().Hex(), err)
	}
	if rcpt != nil && rcpt.BlockNumber != nil {
		return withCause(datatrade.Errorf(datatrade.EEXPIRED,
			"transaction %s was mined in block %s but had fewer than %d confirmations before the deadline; check it later by its hash",
			tx.Hash().Hex(), rcpt.BlockNumber, c.confirmations), err)
	}
	return withCause(datatrade.Errorf(datatrade.EEXPIRED,
		"no receipt for transaction %s before the deadline; it may still be mined: check it later by its hash", tx.Hash().Hex()), err)
}

// recoverMissing handles a transaction that has had no receipt for a while.
// If its nonce is already used on chain, it reports whether a receipt may
// have appeared meanwhile (again) or returns ECONFLICT when another
// transaction took the nonce. Otherwise it broadcasts the transaction again,
// together with the lower-nonce transactions of the same account that this
// Client sent and has not seen mined, so one lost nonce does not stall the
// rest. Broadcasting a transaction the node still has is harmless.
func (c *Client) recoverMissing(ctx context.Context, tx *types.Transaction, from common.Address) (again bool, err error) {
	minedNonce, err := c.b.NonceAt(ctx, from, nil)
	if err != nil {
		c.log.Debug("reading nonce failed", "account", from.Hex(), "err", err)
		return false, nil
	}
	if tx.Nonce() < minedNonce {
		rcpt, err := c.b.TransactionReceipt(ctx, tx.Hash())
		if err == nil && rcpt != nil {
			return true, nil
		}
		if errors.Is(err, ethereum.NotFound) {
			return false, datatrade.Errorf(datatrade.ECONFLICT,
				"transaction %s was replaced: another transaction with nonce %d from %s was mined instead",
				tx.Hash().Hex(), tx.Nonce(), from.Hex())
		}
		return false, nil
	}
	resend := []*types.Transaction{}
	if st := c.existingNonceState(from); st != nil {
		st.mu.Lock()
		now := c.clock.Now()
		if now.Sub(st.lastRebcast) >= c.resubmitAfter/2 {
			st.lastRebcast = now
			for n := minedNonce; n < tx.Nonce(); n++ {
				if prev, ok := st.sent[n]; ok {
					resend = append(resend, prev)
				}
			}
		}
		for n := range st.sent {
			if n < minedNonce {
				delete(st.sent, n)
			}
		}
		st.mu.Unlock()
	}
	resend = append(resend, tx)
	for _, t := range resend {
		err := c.b.SendTransaction(ctx, t)
		switch {
		case err == nil:
			c.log.Info("transaction sent again", "account", from.Hex(), "nonce", t.Nonce(), "tx", t.Hash().Hex())
			if st := c.existingNonceState(from); st != nil {
				st.mu.Lock()
				st.rebroadcasted++
				st.mu.Unlock()
			}
		case errContains(err, msgKnown), errContains(err, msgNonceTooLow), errContains(err, msgUnderpriced):
			// Still in the pool, or mined, or replaced: nothing to do.
		default:
			c.log.Debug("sending again failed", "tx", t.Hash().Hex(), "err", err)
		}
	}
	return false, nil
}
