// Package market is the typed Go API over datatrade's contracts: the
// exchange registry, the market of listings, demands and offers, the escrow
// that runs trades, and reviews. It turns domain values into transactions
// sent through package chain and contract state back into domain values.
//
// A *Client is safe for concurrent use; transactions from one account are
// ordered by chain's nonce manager.
package market

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/contracts"
)

// Deployment records where the contracts of one datatrade deployment live.
// It is written by Deploy and read by every command that talks to the chain.
type Deployment struct {
	ChainID  uint64         `json:"chainId"`
	Registry common.Address `json:"registry"`
	Market   common.Address `json:"market"`
	Escrow   common.Address `json:"escrow"`
	Reviews  common.Address `json:"reviews"`
	// Auction holds sealed-bid auctions of listings (zero in deployments made before it existed).
	Auction common.Address `json:"auction,omitempty"`
	// Spatial is the SpatialRegistry of listings' hashids (zero likewise).
	Spatial common.Address `json:"spatial,omitempty"`
	// Jobs runs compute jobs (zero in deployments made before it existed).
	Jobs common.Address `json:"jobs,omitempty"`
	// Broker runs broker trades without a TEE and per-query use rights; BoardAnchor anchors the
	// send-receive board's checkpoints (both zero in deployments made before they existed).
	Broker      common.Address `json:"broker,omitempty"`
	BoardAnchor common.Address `json:"boardAnchor,omitempty"`
	// Salt is the per-deployment EIP-712 domain salt: statements signed for
	// one deployment are worthless on any other, even at the same addresses.
	Salt common.Hash `json:"salt"`
	// Block is the block of the first deployment transaction; event
	// followers start there.
	Block             uint64         `json:"block"`
	RevealWindow      uint64         `json:"revealWindowSeconds"`
	SampleClaimWindow uint64         `json:"sampleClaimWindowSeconds"`
	Admin             common.Address `json:"admin"`
}

// DeployOptions tunes a deployment. The zero value gives the defaults.
type DeployOptions struct {
	// Salt is the EIP-712 domain salt; zero means a fresh random salt.
	Salt common.Hash
	// RevealWindow is how long an exchange has to reveal the buyer's key
	// after its commit before the buyer can claim compensation (default 1h).
	RevealWindow time.Duration
	// SampleClaimWindow is how long after a cancel an exchange may still
	// record that it served the sample (default 10m).
	SampleClaimWindow time.Duration
}

// DeploySteps is the number of transactions Deploy sends, each reported once
// to its progress callback: nine contract creations (ExchangeRegistry,
// Market, Escrow, Reviews, Auction, SpatialRegistry, Jobs, Broker,
// BoardAnchor) and two wiring calls (registry and market to escrow).
const DeploySteps = 11

// Deploy deploys every contract from admin's account (the admin of the
// registry and the Broker's platform) and wires them together. progress, if
// not nil, is called with each of the DeploySteps transactions' receipts.
func Deploy(ctx context.Context, c *chain.Client, admin *chain.Account, opts DeployOptions, progress func(step string, rcpt *types.Receipt)) (*Deployment, error) {
	if opts.Salt == (common.Hash{}) {
		if _, err := rand.Read(opts.Salt[:]); err != nil {
			return nil, fmt.Errorf("deployment salt: %w", err)
		}
	}
	if opts.RevealWindow == 0 {
		opts.RevealWindow = time.Hour
	}
	if opts.SampleClaimWindow == 0 {
		opts.SampleClaimWindow = 10 * time.Minute
	}
	if progress == nil {
		progress = func(string, *types.Receipt) {}
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	d := &Deployment{
		ChainID:           id.Uint64(),
		Salt:              opts.Salt,
		RevealWindow:      uint64(opts.RevealWindow / time.Second),
		SampleClaimWindow: uint64(opts.SampleClaimWindow / time.Second),
		Admin:             admin.Address,
	}
	deploy := func(name string, meta *bind.MetaData, args []byte) (common.Address, *types.Receipt, error) {
		code := append(common.FromHex(meta.Bin), args...)
		rcpt, err := c.Send(ctx, admin, nil, code, nil)
		if err != nil {
			return common.Address{}, nil, fmt.Errorf("deploy %s: %w", name, err)
		}
		progress("deployed "+name, rcpt)
		return rcpt.ContractAddress, rcpt, nil
	}
	var rcpt *types.Receipt
	if d.Registry, rcpt, err = deploy("ExchangeRegistry", &contracts.ExchangeRegistryMetaData, contracts.NewExchangeRegistry().PackConstructor(admin.Address)); err != nil {
		return nil, err
	}
	d.Block = rcpt.BlockNumber.Uint64()
	if d.Market, _, err = deploy("Market", &contracts.MarketMetaData, contracts.NewMarket().PackConstructor(admin.Address)); err != nil {
		return nil, err
	}
	if d.Escrow, _, err = deploy("Escrow", &contracts.EscrowMetaData, contracts.NewEscrow().PackConstructor(d.Registry, d.Market, d.Salt, d.RevealWindow, d.SampleClaimWindow)); err != nil {
		return nil, err
	}
	if d.Reviews, _, err = deploy("Reviews", &contracts.ReviewsMetaData, contracts.NewReviews().PackConstructor(d.Escrow)); err != nil {
		return nil, err
	}
	if d.Auction, _, err = deploy("Auction", &contracts.AuctionMetaData, contracts.NewAuction().PackConstructor(d.Market)); err != nil {
		return nil, err
	}
	if d.Spatial, _, err = deploy("SpatialRegistry", &contracts.SpatialRegistryMetaData, contracts.NewSpatialRegistry().PackConstructor(d.Market)); err != nil {
		return nil, err
	}
	if d.Jobs, rcpt, err = deployJobs(ctx, c, admin, d); err != nil {
		return nil, err
	}
	progress("deployed Jobs", rcpt)
	if err = DeployBroker(ctx, c, admin, d, admin.Address, BrokerOptions{}, progress); err != nil {
		return nil, err
	}
	if rcpt, err = c.Send(ctx, admin, &d.Registry, contracts.NewExchangeRegistry().PackSetEscrow(d.Escrow), nil); err != nil {
		return nil, fmt.Errorf("wire registry to escrow: %w", err)
	}
	progress("registry wired to escrow", rcpt)
	if rcpt, err = c.Send(ctx, admin, &d.Market, contracts.NewMarket().PackSetEscrow(d.Escrow), nil); err != nil {
		return nil, fmt.Errorf("wire market to escrow: %w", err)
	}
	progress("market wired to escrow", rcpt)
	return d, nil
}

// Save writes the deployment as JSON, atomically.
func (d *Deployment) Save(path string) error {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("save deployment: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".deployment-*")
	if err != nil {
		return fmt.Errorf("save deployment: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("save deployment: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("save deployment: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("save deployment: %w", err)
	}
	return os.Rename(tmp.Name(), path)
}

// LoadDeployment reads a deployment written by Save.
func LoadDeployment(path string) (*Deployment, error) {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "no deployment at %s: run `datatrade deploy` first or pass --deployment", path)
	} else if err != nil {
		return nil, fmt.Errorf("load deployment: %w", err)
	}
	var d Deployment
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "deployment file %s is not valid JSON: %v", path, err)
	}
	if d.Escrow == (common.Address{}) || d.Market == (common.Address{}) || d.Registry == (common.Address{}) || d.Reviews == (common.Address{}) {
		return nil, datatrade.Errorf(datatrade.EINVALID, "deployment file %s lacks contract addresses", path)
	}
	return &d, nil
}

// weiPtr returns v, or zero for nil, so that callers never mutate shared values.
func weiOrZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
