package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/chain/devnode"
	"github.com/datatrade/datatrade/market"
)

// defaultRPC is where `datatrade node` serves JSON-RPC by default.
const defaultRPC = "http://127.0.0.1:8545"

// chainFlags are the flags of every command that talks to the chain.
type chainFlags struct {
	rpc            string
	home           string
	deployment     string
	account        string
	keystore       string
	passphraseFile string
	confirmations  uint64
	timeout        time.Duration
	dryRun         bool
}

// addChainFlags adds the chain flags to cmd. withAccount adds the flags that
// choose the sending account and --dry-run.
func (a *app) addChainFlags(cmd *cobra.Command, f *chainFlags, withAccount bool) {
	fs := cmd.Flags()
	fs.StringVar(&f.rpc, "rpc", envOr("DATATRADE_RPC", defaultRPC), "JSON-RPC URL of the chain (env DATATRADE_RPC); `datatrade node` serves "+defaultRPC)
	fs.StringVar(&f.home, "home", envOr("DATATRADE_HOME", ""), "datatrade's directory for deployments and keys (env DATATRADE_HOME; default ~/.datatrade)")
	fs.StringVar(&f.deployment, "deployment", "", "deployment file written by `datatrade deploy` (default <home>/deployments/<chain id>.json)")
	fs.Uint64Var(&f.confirmations, "confirmations", 0, "blocks to wait on top of a transaction's block")
	fs.DurationVar(&f.timeout, "timeout", 2*time.Minute, "give up waiting for the chain after this long")
	if withAccount {
		fs.StringVar(&f.account, "account", envOr("DATATRADE_ACCOUNT", ""), "sending account: an address in the keystore, or dev:N for the dev chain's public test key N (env DATATRADE_ACCOUNT)")
		fs.StringVar(&f.keystore, "keystore", "", "keystore directory (default <home>/keystore)")
		fs.StringVar(&f.passphraseFile, "passphrase-file", "", "file holding the account's passphrase (else env DATATRADE_PASSPHRASE, else a prompt)")
		fs.BoolVar(&f.dryRun, "dry-run", false, "print the estimated gas and fee instead of sending")
	}
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// homeDir returns datatrade's directory.
func (f *chainFlags) homeDir() (string, error) {
	if f.home != "" {
		return f.home, nil
	}
	h, err := os.UserHomeDir()
	if err != nil {
		return "", datatrade.Errorf(datatrade.EINVALID, "cannot find your home directory: pass --home")
	}
	return filepath.Join(h, ".datatrade"), nil
}

// deploymentPath returns where the deployment for chainID is kept.
func (f *chainFlags) deploymentPath(chainID uint64) (string, error) {
	if f.deployment != "" {
		return f.deployment, nil
	}
	home, err := f.homeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, "deployments", strconv.FormatUint(chainID, 10)+".json"), nil
}

// connect dials the chain.
func (a *app) connect(ctx context.Context, f *chainFlags) (*chain.Client, error) {
	c, err := chain.Dial(ctx, f.rpc, chain.WithConfirmations(f.confirmations), chain.WithLogger(a.log))
	if err != nil {
		return nil, err
	}
	return c, nil
}

// openMarket dials the chain and loads the deployment for its chain id.
func (a *app) openMarket(ctx context.Context, f *chainFlags) (*market.Client, error) {
	c, err := a.connect(ctx, f)
	if err != nil {
		return nil, err
	}
	id, err := c.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	path, err := f.deploymentPath(id.Uint64())
	if err != nil {
		return nil, err
	}
	d, err := market.LoadDeployment(path)
	if err != nil {
		return nil, err
	}
	if d.ChainID != id.Uint64() {
		return nil, datatrade.Errorf(datatrade.EINVALID, "deployment %s is for chain %d but --rpc serves chain %d", path, d.ChainID, id)
	}
	code, err := c.Backend().CodeAt(ctx, d.Escrow, nil)
	if err != nil {
		return nil, fmt.Errorf("check deployment: %w", err)
	}
	if len(code) == 0 {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "the chain at --rpc has no Escrow at %s, as %s says (was the chain reset?): run `datatrade deploy` again", d.Escrow, path)
	}
	return market.New(c, d), nil
}

// signer returns the account that signs this command's transactions.
func (a *app) signer(ctx context.Context, f *chainFlags, c *chain.Client) (*chain.Account, error) {
	spec := strings.TrimSpace(f.account)
	if spec == "" {
		return nil, datatrade.Errorf(datatrade.EINVALID, "no account: pass --account ADDRESS (from `datatrade account list`) or --account dev:N on the dev chain")
	}
	if n, ok := strings.CutPrefix(spec, "dev:"); ok {
		i, err := strconv.Atoi(n)
		if err != nil || i < 0 || i >= 1000 {
			return nil, datatrade.Errorf(datatrade.EINVALID, "--account %s: dev accounts are dev:0 … dev:999", spec)
		}
		id, err := c.ChainID(ctx)
		if err != nil {
			return nil, err
		}
		if id.Uint64() != devnode.DefaultChainID {
			a.warn("WARNING: dev:%d is a PUBLIC test key; chain %d is not the dev chain (%d). Anyone can spend what it holds.", i, id, devnode.DefaultChainID)
		}
		return chain.NewAccount(devnode.DevKey(i)), nil
	}
	if !common.IsHexAddress(spec) {
		return nil, datatrade.Errorf(datatrade.EINVALID, "--account %q is neither an address (0x + 40 hex digits) nor dev:N", spec)
	}
	return a.unlock(f, common.HexToAddress(spec))
}

// warn prints a warning on stderr, even with --quiet and --json.
func (a *app) warn(format string, args ...any) {
	fmt.Fprintf(a.stderr, format+"\n", args...)
}

// commandContext bounds a command's chain work by --timeout.
func commandContext(cmd *cobra.Command, f *chainFlags) (context.Context, context.CancelFunc) {
	if f.timeout <= 0 {
		return context.WithCancel(cmd.Context())
	}
	return context.WithTimeout(cmd.Context(), f.timeout)
}
