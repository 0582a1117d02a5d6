package main

import (
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/chain/devnode"
)

// keystoreDir returns the keystore directory for the flags.
func (f *chainFlags) keystoreDir() (string, error) {
	if f.keystore != "" {
		return f.keystore, nil
	}
	home, err := f.homeDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, "keystore"), nil
}

// passphrase reads the account passphrase: --passphrase-file, then
// DATATRADE_PASSPHRASE, then a prompt on a terminal.
func (a *app) passphrase(f *chainFlags, prompt string, confirm bool) (string, error) {
	return chain.ReadPassphrase(chain.PassphraseSource{File: f.passphraseFile, Prompt: a.stderr}, prompt, confirm)
}

// unlock opens a keystore account with its passphrase.
func (a *app) unlock(f *chainFlags, addr common.Address) (*chain.Account, error) {
	dir, err := f.keystoreDir()
	if err != nil {
		return nil, err
	}
	ks, err := chain.OpenKeystore(dir)
	if err != nil {
		return nil, err
	}
	pass, err := a.passphrase(f, fmt.Sprintf("Passphrase for %s: ", addr), false)
	if err != nil {
		return nil, err
	}
	return ks.Unlock(addr, pass)
}

func (a *app) newAccountCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "account",
		Short: "Create, import and list keystore accounts (go-ethereum keystore format)",
		Long: `Accounts live in <home>/keystore in go-ethereum's keystore format, each key
encrypted under its passphrase (scrypt + AES-128-CTR), so geth and wallets read
them too. Passphrases come from --passphrase-file, DATATRADE_PASSPHRASE, or a
prompt; they are never logged. On the dev chain, --account dev:N selects the
chain's public test keys instead.`,
	}
	cmd.AddCommand(a.newAccountNewCmd(), a.newAccountImportCmd(), a.newAccountListCmd(), a.newAccountDevCmd())
	return cmd
}

// keystoreFlags adds the keystore flags to a local command.
func keystoreFlags(cmd *cobra.Command, f *chainFlags) {
	fs := cmd.Flags()
	fs.StringVar(&f.home, "home", envOr("DATATRADE_HOME", ""), "datatrade's directory (env DATATRADE_HOME; default ~/.datatrade)")
	fs.StringVar(&f.keystore, "keystore", "", "keystore directory (default <home>/keystore)")
	fs.StringVar(&f.passphraseFile, "passphrase-file", "", "file holding the passphrase (else env DATATRADE_PASSPHRASE, else a prompt)")
}

func (a *app) newAccountNewCmd() *cobra.Command {
	var f chainFlags
	cmd := &cobra.Command{
		Use:   "new",
		Short: "Create a new account in the keystore",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ks, err := a.keystore(&f)
			if err != nil {
				return err
			}
			pass, err := a.passphrase(&f, "Passphrase for the new account: ", true)
			if err != nil {
				return err
			}
			addr, err := ks.NewKey(pass)
			if err != nil {
				return err
			}
			return a.emit(map[string]any{"address": addr, "keystore": ks.Dir()}, func(w io.Writer) {
				fmt.Fprintf(w, "new account %s in %s\n", addr, ks.Dir())
			})
		},
	}
	keystoreFlags(cmd, &f)
	return cmd
}

func (a *app) newAccountImportCmd() *cobra.Command {
	var f chainFlags
	cmd := &cobra.Command{
		Use:   "import KEYFILE",
		Short: "Import a raw secp256k1 private key (hex in a file) into the keystore",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			b, err := os.ReadFile(args[0])
			if err != nil {
				return datatrade.Errorf(datatrade.EINVALID, "cannot read %s: %v", args[0], pathErr(err))
			}
			key, err := crypto.HexToECDSA(trim0x(strings.TrimSpace(string(b))))
			if err != nil {
				// The parser's message may quote key material: do not show it.
				return datatrade.Errorf(datatrade.EINVALID, "%s does not hold a hex secp256k1 private key (64 hex digits)", args[0])
			}
			ks, err := a.keystore(&f)
			if err != nil {
				return err
			}
			pass, err := a.passphrase(&f, "Passphrase to encrypt the key: ", true)
			if err != nil {
				return err
			}
			addr, err := ks.ImportKey(key, pass)
			if err != nil {
				return err
			}
			return a.emit(map[string]any{"address": addr, "keystore": ks.Dir()}, func(w io.Writer) {
				fmt.Fprintf(w, "imported account %s into %s\n", addr, ks.Dir())
			})
		},
	}
	keystoreFlags(cmd, &f)
	return cmd
}

func (a *app) keystore(f *chainFlags) (*chain.Keystore, error) {
	dir, err := f.keystoreDir()
	if err != nil {
		return nil, err
	}
	return chain.OpenKeystore(dir)
}

func (a *app) newAccountListCmd() *cobra.Command {
	var f chainFlags
	var balances bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the keystore's accounts (with --balances, their balances on --rpc)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ks, err := a.keystore(&f)
			if err != nil {
				return err
			}
			addrs, err := ks.Accounts()
			if err != nil {
				return err
			}
			type entry struct {
				Address common.Address `json:"address"`
				Balance *big.Int       `json:"balance,omitempty"`
			}
			out := make([]entry, len(addrs))
			var c *chain.Client
			if balances {
				ctx, cancel := commandContext(cmd, &f)
				defer cancel()
				if c, err = a.connect(ctx, &f); err != nil {
					return err
				}
				defer c.Close()
				for i, addr := range addrs {
					out[i].Address = addr
					if out[i].Balance, err = c.Balance(ctx, addr); err != nil {
						return err
					}
				}
			} else {
				for i, addr := range addrs {
					out[i].Address = addr
				}
			}
			return a.emit(out, func(w io.Writer) {
				if len(out) == 0 {
					fmt.Fprintf(w, "no accounts in %s: create one with `datatrade account new`\n", ks.Dir())
				}
				for _, e := range out {
					if e.Balance != nil {
						fmt.Fprintf(w, "%s  %s\n", e.Address, datatrade.FormatAmount(e.Balance))
					} else {
						fmt.Fprintln(w, e.Address)
					}
				}
			})
		},
	}
	a.addChainFlags(cmd, &f, false)
	cmd.Flags().StringVar(&f.keystore, "keystore", "", "keystore directory (default <home>/keystore)")
	cmd.Flags().BoolVar(&balances, "balances", false, "also show each account's balance on the chain at --rpc")
	return cmd
}

func (a *app) newAccountDevCmd() *cobra.Command {
	var n int
	cmd := &cobra.Command{
		Use:   "dev",
		Short: "List the dev chain's pre-funded accounts (PUBLIC test keys: usable as --account dev:N)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			type entry struct {
				Account string         `json:"account"`
				Address common.Address `json:"address"`
			}
			out := make([]entry, n)
			for i := range out {
				out[i] = entry{Account: fmt.Sprintf("dev:%d", i), Address: crypto.PubkeyToAddress(devnode.DevKey(i).PublicKey)}
			}
			return a.emit(out, func(w io.Writer) {
				fmt.Fprintln(w, "dev chain accounts (keys derived from a published seed: never use them for real value)")
				for _, e := range out {
					fmt.Fprintf(w, "  %-7s %s\n", e.Account, e.Address)
				}
			})
		},
	}
	cmd.Flags().IntVar(&n, "count", devnode.DefaultDevAccounts, "how many to list")
	return cmd
}
