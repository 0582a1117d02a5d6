package chain

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/datatrade/datatrade"
)

// Backend is what a Client needs from a chain connection. *ethclient.Client
// (from Dial) and the client of go-ethereum's ethclient/simulated backend
// satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
	ethereum.BlockNumberReader

	// BalanceAt returns the balance of account at blockNumber (nil: latest).
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	// NonceAt returns the nonce of account at blockNumber (nil: latest).
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

var _ Backend = (*ethclient.Client)(nil)

// Clock tells the time. Clients and followers take one so tests can control
// time; the default is the system clock.
type Clock interface {
	Now() time.Time
}

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

// Defaults for the Client options.
const (
	DefaultPollInterval  = 100 * time.Millisecond
	DefaultResubmitAfter = 3 * time.Second
	DefaultGasMargin     = 20 // percent added to the node's gas estimate
	DefaultWindow        = 64 // unconfirmed transactions per sender in a Pipeline
)

// Option configures a Client.
type Option func(*Client)

// WithConfirmations makes Wait return only once n blocks have been built on
// top of the block holding the transaction. The default, 0, returns as soon
// as the receipt exists, which suits the instant dev chain.
func WithConfirmations(n uint64) Option { return func(c *Client) { c.confirmations = n } }

// WithPollInterval sets how often Wait and the Pipeline poll for receipts
// (default DefaultPollInterval).
func WithPollInterval(d time.Duration) Option {
	return func(c *Client) {
		if d > 0 {
			c.poll = d
		}
	}
}

// WithResubmitAfter sets how long Wait lets a transaction go without a
// receipt before it checks whether the node still has it and broadcasts it
// again with the same nonce (default DefaultResubmitAfter).
func WithResubmitAfter(d time.Duration) Option {
	return func(c *Client) {
		if d > 0 {
			c.resubmitAfter = d
		}
	}
}

// WithGasMargin sets the percentage added to the node's gas estimate
// (default DefaultGasMargin).
func WithGasMargin(percent uint64) Option { return func(c *Client) { c.gasMargin = percent } }

// WithFeeCache lets Transact reuse suggested fees for up to ttl instead of
// asking the node before every transaction. Useful for bursts; the default,
// 0, asks every time.
func WithFeeCache(ttl time.Duration) Option { return func(c *Client) { c.feeTTL = ttl } }

// WithLogger sets the logger (default: discard).
func WithLogger(l *slog.Logger) Option {
	return func(c *Client) {
		if l != nil {
			c.log = l
		}
	}
}

// WithClock sets the clock (default: the system clock).
func WithClock(clk Clock) Option {
	return func(c *Client) {
		if clk != nil {
			c.clock = clk
		}
	}
}

// Client sends transactions and reads chain state through a Backend.
// It keeps one nonce manager per sending account. A Client is safe for
// concurrent use; use one Client per chain connection so that every
// transaction of an account goes through the same nonce manager.
type Client struct {
	b             Backend
	confirmations uint64
	poll          time.Duration
	resubmitAfter time.Duration
	gasMargin     uint64
	feeTTL        time.Duration
	log           *slog.Logger
	clock         Clock

	chainIDOnce sync.Mutex
	chainID     *big.Int

	mu       sync.Mutex
	accounts map[common.Address]*nonceState

	errMu  sync.RWMutex
	errors map[[4]byte]abi.Error

	feeMu sync.Mutex
	fee   *cachedFee

	headMu sync.Mutex
	head   cachedHead
}

// NewClient returns a Client that works through b.
func NewClient(b Backend, opts ...Option) *Client {
	c := &Client{
		b:             b,
		poll:          DefaultPollInterval,
		resubmitAfter: DefaultResubmitAfter,
		gasMargin:     DefaultGasMargin,
		log:           slog.New(slog.NewTextHandler(io.Discard, nil)),
		clock:         systemClock{},
		accounts:      make(map[common.Address]*nonceState),
		errors:        make(map[[4]byte]abi.Error),
	}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Dial connects to the JSON-RPC endpoint at rawURL (http://, https://,
// ws:// or wss://) and checks that it answers. The endpoint's credentials
// (user info, path, query) never appear in errors or logs, since they may
// carry API keys. It returns an EINVALID error for a malformed URL and an
// EUNAVAILABLE error when the endpoint does not answer.
func Dial(ctx context.Context, rawURL string, opts ...Option) (*Client, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "malformed RPC URL; check --rpc")
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https", "ws", "wss":
	default:
		return nil, datatrade.Errorf(datatrade.EINVALID, "unsupported RPC URL scheme %q; check --rpc (use http://, https://, ws:// or wss://)", u.Scheme)
	}
	if u.Host == "" {
		return nil, datatrade.Errorf(datatrade.EINVALID, "RPC URL has no host; check --rpc")
	}
	where := redactURL(u)
	rc, err := rpc.DialContext(ctx, rawURL)
	if err != nil {
		return nil, unavailable(where, err)
	}
	ec := ethclient.NewClient(rc)
	c := NewClient(ec, opts...)
	id, err := ec.ChainID(ctx)
	if err != nil {
		ec.Close()
		return nil, unavailable(where, err)
	}
	c.chainID = id
	return c, nil
}

// redactURL keeps only the scheme and host of u: user info, path and query
// may carry API keys.
func redactURL(u *url.URL) string {
	return (&url.URL{Scheme: strings.ToLower(u.Scheme), Host: u.Host}).String()
}

// Backend returns the backend the Client works through.
func (c *Client) Backend() Backend { return c.b }

// Close closes the backend connection if the backend can be closed (a Client
// from Dial). The Client must not be used afterwards.
func (c *Client) Close() {
	if cl, ok := c.b.(interface{ Close() }); ok {
		cl.Close()
	}
}

// ChainID returns the chain id, asking the node once and remembering it.
// The returned value is a copy the caller may modify.
func (c *Client) ChainID(ctx context.Context) (*big.Int, error) {
	c.chainIDOnce.Lock()
	defer c.chainIDOnce.Unlock()
	if c.chainID == nil {
		id, err := c.b.ChainID(ctx)
		if err != nil {
			return nil, c.rpcError("read the chain id", err)
		}
		c.chainID = new(big.Int).Set(id)
	}
	return new(big.Int).Set(c.chainID), nil
}

// Balance returns the balance of addr in wei at the latest block.
func (c *Client) Balance(ctx context.Context, addr common.Address) (*big.Int, error) {
	bal, err := c.b.BalanceAt(ctx, addr, nil)
	if err != nil {
		return nil, c.rpcError("read the balance of "+addr.Hex(), err)
	}
	return bal, nil
}

// RegisterErrors makes the custom Solidity errors declared in abis decodable:
// a revert with one of them becomes an error naming it with its arguments,
// e.g. "TradeNotPaid(tradeId=3)". Safe for concurrent use.
func (c *Client) RegisterErrors(abis ...*abi.ABI) {
	c.errMu.Lock()
	defer c.errMu.Unlock()
	for _, a := range abis {
		if a == nil {
			continue
		}
		for _, e := range a.Errors {
			var sel [4]byte
			copy(sel[:], e.ID[:4])
			c.errors[sel] = e
		}
	}
}

// cachedHead is the latest block number seen, shared by concurrent waiters so
// that they do not each poll the node.
type cachedHead struct {
	number uint64
	at     time.Time
}

// headNumber returns the latest block number, asking the node at most about
// twice per poll interval however many goroutines wait.
func (c *Client) headNumber(ctx context.Context) (uint64, error) {
	c.headMu.Lock()
	defer c.headMu.Unlock()
	now := c.clock.Now()
	if !c.head.at.IsZero() && now.Sub(c.head.at) < c.poll/2 {
		return c.head.number, nil
	}
	n, err := c.b.BlockNumber(ctx)
	if err != nil {
		return 0, err
	}
	c.head = cachedHead{number: n, at: now}
	return n, nil
}
