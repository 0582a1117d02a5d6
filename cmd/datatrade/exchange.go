package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/market"
)

func (a *app) newExchangeCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "exchange",
		Short: "Register and manage trusted exchanges in the registry",
	}
	cmd.AddCommand(a.newExchangeRegisterCmd(), a.newExchangeListCmd(), a.newExchangeStakeCmd(),
		a.newExchangeWithdrawStakeCmd(), a.newExchangeDeregisterCmd())
	cmd.AddCommand(a.newExchangeServeCmd())
	return cmd
}

// exchangeFlags are the registry fields of an exchange.
type exchangeFlags struct {
	endpoint, measurement, signer, evidence, authenticator, authority string
	enclave                                                           string
	fee                                                               amountFlag
}

func (x *exchangeFlags) add(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&x.endpoint, "endpoint", "", "URL where the exchange's host serves its API")
	fl.Var(&x.fee, "fee", "fee per trade (e.g. 0.01eth)")
	fl.StringVar(&x.measurement, "measurement", "", "enclave measurement id (32 bytes hex)")
	fl.StringVar(&x.signer, "enclave-signer", "", "address of the enclave's signing key")
	fl.StringVar(&x.evidence, "evidence-cid", "", "CID of the enclave's attestation evidence")
	fl.StringVar(&x.authenticator, "authenticator", "authority", "header authenticator of the chain the enclave follows: authority or dev")
	fl.StringVar(&x.authority, "authority", "", "address of the chain's header-signing authority key")
	fl.StringVar(&x.enclave, "enclave", "", "URL of a running `exchange serve`: fills --measurement, --enclave-signer, --authority and --endpoint from it")
}

func (x *exchangeFlags) params() (market.ExchangeParams, error) {
	var p market.ExchangeParams
	if err := requireAmount("fee", &x.fee); err != nil {
		return p, err
	}
	var err error
	if p.Measurement, err = parseHash("--measurement", x.measurement); err != nil {
		return p, err
	}
	if !common.IsHexAddress(x.signer) {
		return p, usagef("--enclave-signer must be an address (0x + 40 hex digits)")
	}
	switch x.authenticator {
	case "dev":
		p.Authenticator = 0
	case "authority":
		p.Authenticator = 1
		if !common.IsHexAddress(x.authority) {
			return p, usagef("--authority must be the address of the chain's authority key (see `datatrade node`)")
		}
		p.AuthorityKey = common.HexToAddress(x.authority)
	default:
		return p, usagef("--authenticator must be authority or dev")
	}
	p.Endpoint, p.Fee, p.EnclaveSigner, p.EvidenceCID = x.endpoint, x.fee.v, common.HexToAddress(x.signer), x.evidence
	return p, nil
}

func (a *app) newExchangeRegisterCmd() *cobra.Command {
	var (
		x     exchangeFlags
		stake amountFlag
	)
	cmd := &cobra.Command{
		Use:   "register",
		Short: "Register an exchange with its enclave's identity and a stake",
		Long: `Register an exchange owned by the sending account. The stake backs the trades the
exchange serves: each open trade locks stake equal to its price, and a buyer whose
key is never revealed after a commit is compensated from it.`,
		Example: `  datatrade exchange register --endpoint http://127.0.0.1:7400 --fee 0.01eth --stake 5eth \
    --measurement 0x… --enclave-signer 0x… --authority 0x… --account dev:1`,
		Args: cobra.NoArgs,
	}
	x.add(cmd)
	cmd.Flags().Var(&stake, "stake", "initial stake")
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		if err := a.fillFromEnclave(ctx, &x); err != nil {
			return err
		}
		p, err := x.params()
		if err != nil {
			return err
		}
		tx, err := s.m.RegisterExchangeTx(p, stake.v)
		if err != nil {
			return err
		}
		return a.sendCreating(ctx, s, tx, func() (uint64, *typesReceipt, error) { return s.m.RegisterExchange(ctx, s.from, p, stake.v) })
	})
}

func (a *app) newExchangeListCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "list", Short: "List registered exchanges", Args: cobra.NoArgs}
	return a.chainCmd(cmd, false, func(ctx context.Context, s *session, args []string) error {
		n, err := s.m.ExchangeCount(ctx)
		if err != nil {
			return err
		}
		xs := []*datatrade.Exchange{}
		for id := uint64(1); id <= n; id++ {
			x, err := s.m.Exchange(ctx, id)
			if err != nil {
				return err
			}
			xs = append(xs, x)
		}
		return a.emit(xs, func(w io.Writer) {
			if len(xs) == 0 {
				fmt.Fprintln(w, "no exchanges registered")
				return
			}
			tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tACTIVE\tFEE\tSTAKE\tLOCKED\tSIGNER\tENDPOINT")
			for _, x := range xs {
				fmt.Fprintf(tw, "%d\t%v\t%s\t%s\t%s\t%s\t%s\n", x.ID, x.Active, datatrade.FormatAmount(x.Fee),
					datatrade.FormatAmount(x.Stake), datatrade.FormatAmount(x.LockedStake), x.EnclaveSigner, x.Endpoint)
			}
			tw.Flush()
		})
	})
}

func (a *app) newExchangeStakeCmd() *cobra.Command {
	var amount amountFlag
	cmd := &cobra.Command{Use: "stake EXCHANGE", Short: "Add stake to an exchange", Args: cobra.ExactArgs(1)}
	cmd.Flags().Var(&amount, "amount", "stake to add")
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("EXCHANGE", args[0])
		if err != nil {
			return err
		}
		if err := requireAmount("amount", &amount); err != nil {
			return err
		}
		return a.sendTx(ctx, s, s.m.DepositStakeTx(id, amount.v))
	})
}

func (a *app) newExchangeWithdrawStakeCmd() *cobra.Command {
	var amount amountFlag
	cmd := &cobra.Command{Use: "withdraw-stake EXCHANGE", Short: "Withdraw stake not backing open trades", Args: cobra.ExactArgs(1)}
	cmd.Flags().Var(&amount, "amount", "stake to withdraw")
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("EXCHANGE", args[0])
		if err != nil {
			return err
		}
		if err := requireAmount("amount", &amount); err != nil {
			return err
		}
		tx, err := s.m.WithdrawStakeTx(id, amount.v)
		if err != nil {
			return err
		}
		return a.sendTx(ctx, s, tx)
	})
}

func (a *app) newExchangeDeregisterCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "deregister EXCHANGE", Short: "Deactivate an exchange (running trades keep their snapshot)", Args: cobra.ExactArgs(1)}
	return a.chainCmd(cmd, true, func(ctx context.Context, s *session, args []string) error {
		id, err := parseID("EXCHANGE", args[0])
		if err != nil {
			return err
		}
		return a.sendTx(ctx, s, s.m.DeregisterExchangeTx(id))
	})
}
