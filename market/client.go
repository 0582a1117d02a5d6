package market

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/contracts"
)

// Client reads and writes one deployment's contracts.
type Client struct {
	c        *chain.Client
	d        Deployment
	registry *contracts.ExchangeRegistry
	market   *contracts.Market
	escrow   *contracts.Escrow
	reviews  *contracts.Reviews
}

// New returns a Client for deployment d over c. It registers the contracts'
// custom errors with c so that reverts read as clear messages.
func New(c *chain.Client, d *Deployment) *Client {
	m := &Client{
		c:        c,
		d:        *d,
		registry: contracts.NewExchangeRegistry(),
		market:   contracts.NewMarket(),
		escrow:   contracts.NewEscrow(),
		reviews:  contracts.NewReviews(),
	}
	ra, ma, ea, va := m.registry.GetABI(), m.market.GetABI(), m.escrow.GetABI(), m.reviews.GetABI()
	c.RegisterErrors(&ra, &ma, &ea, &va)
	return m
}

// Deployment returns the deployment this client talks to.
func (m *Client) Deployment() Deployment { return m.d }

// Chain returns the underlying chain client.
func (m *Client) Chain() *chain.Client { return m.c }

// Tx is one contract call ready to be estimated (for --dry-run) or sent.
type Tx struct {
	To    common.Address
	Data  []byte
	Value *big.Int
	// What says in a few words what the transaction does.
	What string
}

// Estimate returns the gas and fee that tx would cost from; a refusal by
// the Market or Escrow comes back explained, before anything is sent.
func (m *Client) Estimate(ctx context.Context, from common.Address, tx Tx) (chain.Estimate, error) {
	return m.estimate(ctx, from, tx, escrowHints)
}

// estimate returns what tx would cost from, explaining a refusal by the
// first of the hint tables that knows it.
func (m *Client) estimate(ctx context.Context, from common.Address, tx Tx, tables ...hintTable) (chain.Estimate, error) {
	est, err := m.c.Estimate(ctx, from, &tx.To, tx.Data, tx.Value)
	if err != nil {
		return est, fmt.Errorf("%s: %w", tx.What, explainAny(err, tables...))
	}
	return est, nil
}

// gasHeadroom is added to every estimate. Escrow keeps shared totals (held
// funds, credits) that other trades move between our estimate and our
// inclusion; a slot flipping from zero to non-zero costs 20000 gas more
// than the estimate saw, and a transaction touches at most two such slots.
// Unused gas is refunded, so the headroom costs nothing.
const gasHeadroom = 2 * 20_000

// Send sends tx from the account and waits for its receipt; a revert comes
// back as a clear error.
func (m *Client) Send(ctx context.Context, from *chain.Account, tx Tx) (*types.Receipt, error) {
	return m.send(ctx, from, tx, escrowHints)
}

// send estimates, sends and waits for tx, explaining a refusal by the first
// of the hint tables that knows it.
func (m *Client) send(ctx context.Context, from *chain.Account, tx Tx, tables ...hintTable) (*types.Receipt, error) {
	est, err := m.c.Estimate(ctx, from.Address, &tx.To, tx.Data, tx.Value)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", tx.What, explainAny(err, tables...))
	}
	sent, err := m.c.TransactRequest(ctx, from, chain.TxRequest{To: &tx.To, Data: tx.Data, Value: tx.Value, Gas: est.Gas + gasHeadroom})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", tx.What, explainAny(err, tables...))
	}
	rcpt, err := m.c.Wait(ctx, sent)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", tx.What, explainAny(err, tables...))
	}
	return rcpt, nil
}

func (m *Client) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	return m.c.Call(ctx, common.Address{}, to, data)
}

func u256(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

func u256s(vs []uint64) []*big.Int {
	out := make([]*big.Int, len(vs))
	for i, v := range vs {
		out[i] = u256(v)
	}
	return out
}

func u64s(vs []*big.Int) []uint64 {
	out := make([]uint64, len(vs))
	for i, v := range vs {
		out[i] = v.Uint64()
	}
	return out
}

func packErr(what string, err error) error {
	return datatrade.Errorf(datatrade.EINVALID, "%s: invalid arguments: %v", what, err)
}

func unix(t uint64) time.Time {
	if t == 0 {
		return time.Time{}
	}
	return time.Unix(int64(t), 0).UTC()
}

// positive checks that an amount is set and not negative.
func positive(what string, v *big.Int) error {
	if v == nil || v.Sign() < 0 {
		return datatrade.Errorf(datatrade.EINVALID, "%s must be a non-negative amount in wei", what)
	}
	return nil
}

// ---- Exchange registry ----

// ExchangeParams is what an exchange registers or updates.
type ExchangeParams struct {
	Endpoint      string
	Fee           *big.Int
	Measurement   common.Hash
	EnclaveSigner common.Address
	EvidenceCID   string
	// Authenticator is the chain's header authenticator: 0 dev, 1 authority.
	Authenticator uint8
	AuthorityKey  common.Address
}

// RegisterExchangeTx registers an exchange owned by the sender with stake.
func (m *Client) RegisterExchangeTx(p ExchangeParams, stake *big.Int) (Tx, error) {
	if err := positive("fee", p.Fee); err != nil {
		return Tx{}, err
	}
	data, err := m.registry.TryPackRegister(p.Endpoint, p.Fee, p.Measurement, p.EnclaveSigner, p.EvidenceCID, p.Authenticator, p.AuthorityKey)
	if err != nil {
		return Tx{}, packErr("register exchange", err)
	}
	return Tx{To: m.d.Registry, Data: data, Value: weiOrZero(stake), What: "register exchange"}, nil
}

// RegisterExchange registers an exchange and returns its id.
func (m *Client) RegisterExchange(ctx context.Context, from *chain.Account, p ExchangeParams, stake *big.Int) (uint64, *types.Receipt, error) {
	tx, err := m.RegisterExchangeTx(p, stake)
	return sendCreating(ctx, m, from, tx, err, m.d.Registry, m.registry.UnpackExchangeRegisteredEvent,
		func(e *contracts.ExchangeRegistryExchangeRegistered) *big.Int { return e.Id })
}

// UpdateExchangeTx changes an exchange's configuration (owner only).
func (m *Client) UpdateExchangeTx(id uint64, p ExchangeParams) (Tx, error) {
	if err := positive("fee", p.Fee); err != nil {
		return Tx{}, err
	}
	data, err := m.registry.TryPackUpdate(u256(id), p.Endpoint, p.Fee, p.Measurement, p.EnclaveSigner, p.EvidenceCID, p.Authenticator, p.AuthorityKey)
	if err != nil {
		return Tx{}, packErr("update exchange", err)
	}
	return Tx{To: m.d.Registry, Data: data, What: fmt.Sprintf("update exchange %d", id)}, nil
}

// DeregisterExchangeTx deactivates an exchange (owner only).
func (m *Client) DeregisterExchangeTx(id uint64) Tx {
	return Tx{To: m.d.Registry, Data: m.registry.PackDeregister(u256(id)), What: fmt.Sprintf("deregister exchange %d", id)}
}

// DepositStakeTx adds stake to an exchange.
func (m *Client) DepositStakeTx(id uint64, amount *big.Int) Tx {
	return Tx{To: m.d.Registry, Data: m.registry.PackDepositStake(u256(id)), Value: weiOrZero(amount), What: fmt.Sprintf("deposit stake to exchange %d", id)}
}

// WithdrawStakeTx withdraws free stake (owner only).
func (m *Client) WithdrawStakeTx(id uint64, amount *big.Int) (Tx, error) {
	if err := positive("amount", amount); err != nil {
		return Tx{}, err
	}
	return Tx{To: m.d.Registry, Data: m.registry.PackWithdrawStake(u256(id), amount), What: fmt.Sprintf("withdraw stake from exchange %d", id)}, nil
}

// RevokeMeasurementTx adds a measurement to the revocation list (admin only).
func (m *Client) RevokeMeasurementTx(measurement common.Hash) Tx {
	return Tx{To: m.d.Registry, Data: m.registry.PackRevokeMeasurement(measurement), What: "revoke measurement"}
}

// Exchange reads an exchange from the registry.
func (m *Client) Exchange(ctx context.Context, id uint64) (*datatrade.Exchange, error) {
	out, err := m.call(ctx, m.d.Registry, m.registry.PackGetExchange(u256(id)))
	if err != nil {
		return nil, fmt.Errorf("read exchange %d: %w", id, err)
	}
	x, err := m.registry.UnpackGetExchange(out)
	if err != nil {
		return nil, fmt.Errorf("decode exchange %d: %w", id, err)
	}
	return &datatrade.Exchange{
		ID: id, Owner: x.Owner, Endpoint: x.Endpoint, Fee: x.Fee, Measurement: x.Measurement,
		EnclaveSigner: x.EnclaveSigner, EvidenceCID: x.EvidenceCid, Authenticator: x.Authenticator,
		AuthorityKey: x.AuthorityKey, Stake: x.Stake, LockedStake: x.LockedStake, Active: x.Active,
	}, nil
}

// ExchangeCount returns how many exchanges were ever registered (ids 1..n).
func (m *Client) ExchangeCount(ctx context.Context) (uint64, error) {
	return m.count(ctx, m.d.Registry, m.registry.PackExchangeCount(), m.registry.UnpackExchangeCount)
}

// mustExist returns ENOTFOUND unless id is between 1 and the count that
// count reads (ids run from 1).
func mustExist(ctx context.Context, what string, id uint64, count func(context.Context) (uint64, error)) error {
	n, err := count(ctx)
	if err != nil {
		return fmt.Errorf("read %s %d: %w", what, id, err)
	}
	if id == 0 || id > n {
		return datatrade.Errorf(datatrade.ENOTFOUND, "%s %d does not exist (there are %d)", what, id, n)
	}
	return nil
}

func (m *Client) count(ctx context.Context, to common.Address, data []byte, unpack func([]byte) (*big.Int, error)) (uint64, error) {
	out, err := m.call(ctx, to, data)
	if err != nil {
		return 0, err
	}
	n, err := unpack(out)
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// sendCreating sends tx (unless building it failed) and returns the id that
// the first log of the contract at addr decoded by unpack carries.
func sendCreating[E any](ctx context.Context, m *Client, from *chain.Account, tx Tx, err error,
	addr common.Address, unpack func(*types.Log) (*E, error), id func(*E) *big.Int) (uint64, *types.Receipt, error) {
	if err != nil {
		return 0, nil, err
	}
	rcpt, err := m.Send(ctx, from, tx)
	if err != nil {
		return 0, nil, err
	}
	v, err := eventID(rcpt, addr, unpack, id)
	if err != nil {
		return 0, rcpt, fmt.Errorf("%s: %w", tx.What, err)
	}
	return v, rcpt, nil
}

// eventID returns the id carried by the first log of addr that unpack decodes.
func eventID[E any](rcpt *types.Receipt, addr common.Address, unpack func(*types.Log) (*E, error), id func(*E) *big.Int) (uint64, error) {
	for _, l := range rcpt.Logs {
		if l.Address != addr {
			continue
		}
		if ev, err := unpack(l); err == nil {
			return id(ev).Uint64(), nil
		}
	}
	return 0, fmt.Errorf("no matching event in receipt %s", rcpt.TxHash)
}
