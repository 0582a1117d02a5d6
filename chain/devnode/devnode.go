// Package devnode runs the embedded Ethereum chain: an in-process
// go-ethereum node with the eth service and a simulated beacon driving it,
// assembled the way `geth --dev` assembles them, but persistent.
//
// It is the only package of datatrade that imports go-ethereum's node, eth
// and core internals. Everything else talks to the chain over JSON-RPC
// (Node.Client, Node.HTTPURL, Node.WSURL), so that any EVM chain can stand in
// for it.
//
// What the node guarantees:
//
//   - Persistence. State is kept in the hash scheme without pruning (archive
//     mode), so the state of every block is written to disk when the block is
//     made; nothing lives only in memory. The key-value store is LevelDB,
//     whose writes reach the operating system before they return, so a killed
//     process (kill -9) loses no block that a client has seen. A power loss
//     can still lose the last writes. The genesis is written once; its
//     parameters are recorded in the data dir (datatrade-chain.json), and a
//     restart rebuilds the same genesis whatever the new Config says.
//   - Mining. With Period 0 a block is sealed as soon as transactions are
//     executable, and blocks keep being sealed while any remain (a burst is
//     packed into as few blocks as the gas limit allows). With Period > 0 a
//     block, empty or not, is sealed every Period.
//   - Authority signatures. The node signs the hash of every canonical block
//     with its authority key and stores the signatures in its database; see
//     package authsig for the format and RPC shapes.
//   - Dev-only time control (datatrade_increaseTime, Node.IncreaseTime).
//
// JSON-RPC namespaces served over HTTP and WebSocket: eth, net, web3,
// txpool and datatrade. The datatrade namespace:
//
//	datatrade_authority()                    -> "0x…" (address)
//	datatrade_fork()                         -> "osaka"
//	datatrade_headerSignature(numberOrHash)  -> {"number","hash","parentHash","signature"}
//	datatrade_increaseTime(seconds)          -> {"number","hash","timestamp"}   (dev chain only)
//
// Block timestamps are whole seconds and strictly increasing, so in instant
// mode (Period 0) under load the chain's clock runs ahead of the wall clock
// by up to one second per block. Deadlines must be computed from the latest
// block's timestamp, never from the local clock.
package devnode

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/datatrade/datatrade"
)

// Defaults applied by Start to zero Config fields.
const (
	// DefaultGasLimit is the block gas limit, set both in the genesis and as
	// the miner's gas ceiling: about 2,850 plain transfers per block.
	DefaultGasLimit = 60_000_000
	// DefaultDevAccounts is the number of pre-funded dev accounts.
	DefaultDevAccounts = 10
	// DefaultHTTPAddr is the interface the RPC servers listen on.
	DefaultHTTPAddr = "127.0.0.1"

	maxDevAccounts = 100_000
)

// Transaction pool sizes, raised from go-ethereum's defaults (16 executable
// slots per account, 5,120 in all, 64 and 1,024 queued) so that bursts from
// a few senders are kept rather than truncated.
//
// When the pool overflows anyway: a transaction that would push the pool
// past GlobalSlots+GlobalQueue is rejected with "txpool is full" or
// "transaction underpriced" if it pays less than the cheapest one held; if it
// pays more, the cheapest transactions of other senders are evicted without
// any error to them. When more than GlobalSlots are executable, accounts
// holding more than AccountSlots lose their highest-nonce transactions, and
// queued (future-nonce) transactions beyond the limits are dropped, also
// silently. Local-transaction tracking is off, so nothing is resubmitted: a
// sender must keep a window of unconfirmed transactions, watch for missing
// receipts and resubmit, since one lost nonce stalls every later transaction
// of that sender.
const (
	TxPoolAccountSlots = 4096
	TxPoolGlobalSlots  = 65536
	TxPoolAccountQueue = 1024
	TxPoolGlobalQueue  = 16384
)

// Config configures a node. The zero value of each field selects its
// default.
type Config struct {
	// DataDir holds the chain. Empty means DefaultDataDir().
	DataDir string
	// Period is the block period; 0 seals a block as soon as transactions are
	// pending. Timestamps have whole-second resolution.
	Period time.Duration
	// HTTPAddr is the interface for HTTP and WebSocket JSON-RPC; empty means
	// 127.0.0.1.
	HTTPAddr string
	// HTTPPort and WSPort are the JSON-RPC ports; 0 picks a free port. When
	// both are 0, WebSocket is served on the HTTP port.
	HTTPPort int
	WSPort   int
	// CORSDomains lists the browser origins allowed to call the HTTP and
	// WebSocket endpoints (e.g. a wallet's or the web UI's origin). Empty
	// allows none beyond go-ethereum's defaults.
	CORSDomains []string
	// GasLimit is the block gas limit (genesis and miner ceiling); 0 means
	// DefaultGasLimit. On a restart the genesis keeps the recorded limit and
	// the chain moves toward the new ceiling by 1/1024 per block.
	GasLimit uint64
	// DevAccounts is the number of pre-funded dev accounts created with the
	// genesis; 0 means DefaultDevAccounts. On a restart the recorded number
	// is used.
	DevAccounts int
	// ChainID is the chain id of a new chain; 0 means DefaultChainID. On a
	// restart the recorded chain id is used.
	ChainID uint64
	// AuthorityKey signs block hashes. Nil means the key stored in the data
	// dir (authority.key), or on a new data dir DevAuthorityKey(). The key in
	// use is stored in the data dir (mode 0600) and never logged; a data dir
	// refuses to start with another authority than the one it was made with.
	AuthorityKey *ecdsa.PrivateKey
	// Logger receives the node's logs, go-ethereum's node logs included
	// (demoted by one level: its warnings are our information). Nil discards
	// them.
	Logger *slog.Logger
	// Now is the clock that dates a new chain's genesis; nil means time.Now.
	Now func() time.Time
}

// Node is a running embedded chain. Its methods are safe for concurrent use.
type Node struct {
	stack   *node.Node
	eth     *eth.Ethereum
	beacon  *catalyst.SimulatedBeacon
	rpc     *rpc.Client
	client  *ethclient.Client
	signer  *signer
	log     *slog.Logger
	meta    chainMeta
	dataDir string
	period  time.Duration

	// sealMu serialises every call into the simulated beacon, which is not
	// safe for concurrent sealing.
	sealMu sync.Mutex

	quit      chan struct{}
	wg        sync.WaitGroup
	closeOnce sync.Once
	closeErr  error
}

// DefaultDataDir returns the default data dir, ~/.datatrade/chain.
func DefaultDataDir() (string, error) {
	home, err := os.UserHomeDir()
	if err != nil {
		return "", datatrade.Errorf(datatrade.EINVALID, "cannot find the home directory; give a data dir")
	}
	return filepath.Join(home, ".datatrade", "chain"), nil
}

// authorityKeyFile is the name of the authority key file in the data dir.
const authorityKeyFile = "authority.key"

// Start opens (or creates) the chain in cfg.DataDir and starts the node, its
// RPC servers, its miner and its authority signer. ctx bounds the start-up
// only; the node runs until Close.
//
// Errors: EINVALID for a bad Config, ECONFLICT when the data dir is in use by
// another node or was made with another authority, EUNAVAILABLE when a port
// is taken; anything else is internal.
func Start(ctx context.Context, cfg Config) (*Node, error) {
	cfg, err := withDefaults(cfg)
	if err != nil {
		return nil, err
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "cannot create the data dir %s", cfg.DataDir)
	}
	meta, existing, err := readMeta(cfg.DataDir)
	if err != nil {
		return nil, err
	}
	if !existing {
		meta = chainMeta{ChainID: cfg.ChainID, DevAccounts: cfg.DevAccounts, GasLimit: cfg.GasLimit, Fork: Fork,
			GenesisTime: uint64(max(cfg.Now().Unix(), 0))}
	}
	key, err := authorityKey(cfg, meta, existing)
	if err != nil {
		return nil, err
	}
	meta.Authority = crypto.PubkeyToAddress(key.PublicKey)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	stack, err := node.New(nodeConfig(cfg, logger))
	if err != nil {
		if errors.Is(err, node.ErrDatadirUsed) {
			return nil, datatrade.Errorf(datatrade.ECONFLICT, "the data dir %s is in use by another node", cfg.DataDir)
		}
		return nil, fmt.Errorf("create node: %w", err)
	}
	n, err := assemble(stack, cfg, meta, key, logger)
	if err != nil {
		stack.Close()
		return nil, err
	}
	if !existing {
		if err := writeMeta(cfg.DataDir, meta); err != nil {
			n.Close()
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		n.Close()
		return nil, err
	}
	n.log.Info("chain started", "datadir", cfg.DataDir, "http", n.HTTPURL(), "ws", n.WSURL(),
		"chainID", meta.ChainID, "fork", n.Fork(), "authority", meta.Authority, "head", n.eth.BlockChain().CurrentHeader().Number)
	return n, nil
}

func withDefaults(cfg Config) (Config, error) {
	if cfg.DataDir == "" {
		d, err := DefaultDataDir()
		if err != nil {
			return cfg, err
		}
		cfg.DataDir = d
	}
	abs, err := filepath.Abs(cfg.DataDir)
	if err != nil {
		return cfg, datatrade.Errorf(datatrade.EINVALID, "bad data dir %q", cfg.DataDir)
	}
	cfg.DataDir = abs
	if cfg.Period < 0 {
		return cfg, datatrade.Errorf(datatrade.EINVALID, "block period %s is negative", cfg.Period)
	}
	if cfg.HTTPAddr == "" {
		cfg.HTTPAddr = DefaultHTTPAddr
	}
	if cfg.HTTPPort < 0 || cfg.HTTPPort > 65535 || cfg.WSPort < 0 || cfg.WSPort > 65535 {
		return cfg, datatrade.Errorf(datatrade.EINVALID, "ports must be between 0 and 65535")
	}
	if cfg.HTTPPort != 0 && cfg.HTTPPort == cfg.WSPort {
		return cfg, datatrade.Errorf(datatrade.EINVALID, "the HTTP and WebSocket ports must differ")
	}
	if cfg.GasLimit == 0 {
		cfg.GasLimit = DefaultGasLimit
	}
	if cfg.GasLimit < params.MinGasLimit || cfg.GasLimit > params.MaxGasLimit {
		return cfg, datatrade.Errorf(datatrade.EINVALID, "gas limit %d is out of range [%d, %d]", cfg.GasLimit, params.MinGasLimit, uint64(params.MaxGasLimit))
	}
	if cfg.DevAccounts == 0 {
		cfg.DevAccounts = DefaultDevAccounts
	}
	if cfg.DevAccounts < 0 || cfg.DevAccounts > maxDevAccounts {
		return cfg, datatrade.Errorf(datatrade.EINVALID, "dev accounts must be between 1 and %d", maxDevAccounts)
	}
	if cfg.ChainID == 0 {
		cfg.ChainID = DefaultChainID
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return cfg, nil
}

// authorityKey picks the authority key: the configured one, else the one in
// the data dir, else the dev authority key; and stores it in the data dir
// when none is there yet. It refuses a key that differs from the data dir's.
func authorityKey(cfg Config, meta chainMeta, existing bool) (*ecdsa.PrivateKey, error) {
	path := filepath.Join(cfg.DataDir, authorityKeyFile)
	var stored *ecdsa.PrivateKey
	if _, err := os.Stat(path); err == nil {
		k, err := crypto.LoadECDSA(path)
		if err != nil {
			// The loader's message may quote key characters: do not wrap it.
			return nil, datatrade.Errorf(datatrade.EINVALID, "%s in the data dir is not a hex secp256k1 key", authorityKeyFile)
		}
		stored = k
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("read authority key: %w", err)
	}
	key := cfg.AuthorityKey
	switch {
	case key == nil && stored != nil:
		key = stored
	case key == nil:
		key = DevAuthorityKey()
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if stored != nil && crypto.PubkeyToAddress(stored.PublicKey) != addr {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "the data dir's authority is %s, not the configured %s", keyAddress(stored), addr)
	}
	if existing && meta.Authority != (common.Address{}) && meta.Authority != addr {
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "the data dir's authority is %s, not %s", meta.Authority, addr)
	}
	if stored == nil {
		if err := writeFileAtomic(path, []byte(fmt.Sprintf("%x", crypto.FromECDSA(key))), 0o600); err != nil {
			return nil, err
		}
	}
	return key, nil
}

// rpcModules are the namespaces served over HTTP and WebSocket.
var rpcModules = []string{"eth", "net", "web3", "txpool", apiNamespace}

func nodeConfig(cfg Config, logger *slog.Logger) *node.Config {
	nc := node.DefaultConfig
	nc.Name = "geth"
	nc.DataDir = cfg.DataDir
	nc.IPCPath = ""
	nc.HTTPHost = cfg.HTTPAddr
	nc.HTTPPort = cfg.HTTPPort
	nc.HTTPModules = rpcModules
	nc.HTTPCors = cfg.CORSDomains
	nc.WSHost = cfg.HTTPAddr
	nc.WSPort = cfg.WSPort
	nc.WSModules = rpcModules
	nc.WSOrigins = cfg.CORSDomains
	nc.AuthAddr = cfg.HTTPAddr
	nc.AuthPort = 0
	nc.P2P = p2p.Config{NoDiscovery: true, NoDial: true, MaxPeers: 0, ListenAddr: ""}
	nc.DBEngine = rawdb.DBLeveldb
	nc.UseLightweightKDF = true
	nc.Logger = gethlog.NewLogger(demoted{logger.Handler()})
	return &nc
}

func ethConfig(cfg Config, meta chainMeta) *ethconfig.Config {
	ec := ethconfig.Defaults
	ec.Genesis = genesis(meta)
	ec.NetworkId = meta.ChainID
	ec.SyncMode = ethconfig.FullSync

	// Persistence: hash scheme, no pruning: every block's state is committed
	// to disk as the block is written. No snapshot layer, whose recent diffs
	// live in memory (the trie is the source of truth either way).
	ec.StateScheme = rawdb.HashScheme
	ec.NoPruning = true
	ec.SnapshotCache = 0
	ec.TrieDirtyCache = 0
	ec.TrieCleanCache = 128
	ec.DatabaseCache = 128
	ec.DatabaseHandles = 256
	ec.TransactionHistory = 0 // index every transaction
	ec.TxLookupLimit = 0

	// Mining: the block gas limit in the genesis and as the miner's ceiling;
	// accept any tip of at least 1 wei (as geth --dev does), the same floor as
	// the pool's, so that no executable transaction is left unmined.
	ec.Miner.GasCeil = cfg.GasLimit
	ec.Miner.GasPrice = big.NewInt(1)

	ec.TxPool.NoLocals = true
	ec.TxPool.Journal = ""
	ec.TxPool.PriceLimit = 1
	ec.TxPool.AccountSlots = TxPoolAccountSlots
	ec.TxPool.GlobalSlots = TxPoolGlobalSlots
	ec.TxPool.AccountQueue = TxPoolAccountQueue
	ec.TxPool.GlobalQueue = TxPoolGlobalQueue
	return &ec
}

// assemble registers the eth service, the filter and datatrade APIs and the
// simulated beacon on stack, starts it, and starts the signer and miner.
func assemble(stack *node.Node, cfg Config, meta chainMeta, key *ecdsa.PrivateKey, logger *slog.Logger) (*Node, error) {
	backend, err := eth.New(stack, ethConfig(cfg, meta))
	if err != nil {
		return nil, fmt.Errorf("create eth service: %w", err)
	}
	n := &Node{
		stack:   stack,
		eth:     backend,
		log:     logger,
		meta:    meta,
		dataDir: cfg.DataDir,
		period:  cfg.Period,
		quit:    make(chan struct{}),
	}
	n.signer = newSigner(key, backend.BlockChain(), backend.ChainDb())

	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{
		{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)},
		{Namespace: apiNamespace, Service: &api{n: n}},
	})
	// The beacon is driven by this package's own loops (mine.go), never by
	// its lifecycle, so that every seal goes through sealMu. Period 0 here
	// means "seal only when asked".
	n.beacon, err = catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		return nil, fmt.Errorf("create simulated beacon: %w", err)
	}
	if err := stack.Start(); err != nil {
		n.beacon.Stop()
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "an RPC port (HTTP %d, WebSocket %d) is already in use", cfg.HTTPPort, cfg.WSPort)
		}
		return nil, fmt.Errorf("start node: %w", err)
	}
	// Sign whatever the data dir holds unsigned (a node killed between
	// writing a block and its signature), then follow new heads.
	if err := n.signer.signUpTo(backend.BlockChain().CurrentHeader().Number.Uint64()); err != nil {
		n.beacon.Stop()
		return nil, fmt.Errorf("sign existing blocks: %w", err)
	}
	n.rpc = stack.Attach()
	n.client = ethclient.NewClient(n.rpc)
	n.wg.Add(2)
	go n.signLoop()
	go n.mineLoop()
	return n, nil
}

// Close stops the node and closes its database. It is safe to call more
// than once; later calls return the first result.
func (n *Node) Close() error {
	n.closeOnce.Do(func() {
		close(n.quit)
		n.wg.Wait()
		n.sealMu.Lock()
		n.beacon.Stop()
		n.sealMu.Unlock()
		n.client.Close()
		n.closeErr = n.stack.Close()
		if n.closeErr != nil {
			n.closeErr = fmt.Errorf("close node: %w", n.closeErr)
		}
		n.log.Info("chain stopped", "datadir", n.dataDir)
	})
	return n.closeErr
}

// HTTPURL returns the JSON-RPC over HTTP endpoint, e.g. http://127.0.0.1:8545.
func (n *Node) HTTPURL() string { return n.stack.HTTPEndpoint() }

// WSURL returns the JSON-RPC over WebSocket endpoint, e.g. ws://127.0.0.1:8546.
func (n *Node) WSURL() string { return n.stack.WSEndpoint() }

// Client returns an ethclient attached in process. It is owned by the Node
// and closed by Close.
func (n *Node) Client() *ethclient.Client { return n.client }

// RPC returns the in-process JSON-RPC client under Client, for calls outside
// ethclient (e.g. the datatrade namespace). It is closed by Close.
func (n *Node) RPC() *rpc.Client { return n.rpc }

// DevKeys returns the keys of the chain's pre-funded dev accounts: public
// test keys (see DevSeed). Each call returns fresh copies.
func (n *Node) DevKeys() []*ecdsa.PrivateKey { return DevKeys(n.meta.DevAccounts) }

// DevAddresses returns the addresses of the dev accounts.
func (n *Node) DevAddresses() []common.Address { return addresses(n.DevKeys()) }

// AuthorityAddress returns the address of the key that signs block hashes.
func (n *Node) AuthorityAddress() common.Address { return n.signer.addr }

// ChainID returns the chain id.
func (n *Node) ChainID() *big.Int { return new(big.Int).SetUint64(n.meta.ChainID) }

// Fork returns the newest fork active at the head, in lower case ("osaka").
func (n *Node) Fork() string {
	bc := n.eth.BlockChain()
	return forkName(bc.Config(), bc.CurrentHeader().Time)
}

// DataDir returns the absolute data dir.
func (n *Node) DataDir() string { return n.dataDir }

// Head returns the current head header.
func (n *Node) Head() *types.Header { return n.eth.BlockChain().CurrentHeader() }

// HeaderSignature returns the authority's signature record for the
// canonical block number, signing it first if the signer has not reached it
// yet. It returns ENOTFOUND for a block the chain does not have.
func (n *Node) HeaderSignature(number uint64) (*HeaderSignature, error) {
	h := n.eth.BlockChain().GetHeaderByNumber(number)
	if h == nil {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "block %d does not exist", number)
	}
	return n.signer.headerSignature(h)
}

// demoted lowers the level of go-ethereum's node logs by one step (warn to
// info, info to debug): messages such as "P2P server will be useless" are
// expected on a node without peers.
type demoted struct{ h slog.Handler }

var _ slog.Handler = demoted{}

func (d demoted) Enabled(ctx context.Context, l slog.Level) bool {
	return d.h.Enabled(ctx, l-4)
}

func (d demoted) Handle(ctx context.Context, r slog.Record) error {
	r.Level -= 4
	return d.h.Handle(ctx, r)
}

func (d demoted) WithAttrs(attrs []slog.Attr) slog.Handler { return demoted{d.h.WithAttrs(attrs)} }

func (d demoted) WithGroup(name string) slog.Handler { return demoted{d.h.WithGroup(name)} }
