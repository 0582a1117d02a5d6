package main

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
)

// unlock opens a keystore account with its passphrase.
func (a *app) unlock(f *chainFlags, addr common.Address) (*chain.Account, error) {
	return nil, datatrade.Errorf(datatrade.EINVALID, "keystore accounts are not available yet: use --account dev:N")
}
