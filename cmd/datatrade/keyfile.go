package main

import (
	"os"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/envelope"
)

// readKeyFile reads an HPKE key file (made by `datatrade data keygen`) and
// opens it with the passphrase from passFile, else env DATATRADE_PASSPHRASE,
// else a prompt. The passphrase is cleared after use and never appears in an
// error. Errors: EINVALID for a file it cannot read; envelope.ParseKeyFile's
// for a malformed file or a wrong passphrase.
func readKeyFile(path, passFile string) (*envelope.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "cannot read the key file %s: %v", path, pathErr(err))
	}
	pass, err := readPassphrase(passFile)
	if err != nil {
		return nil, err
	}
	defer clear(pass)
	return envelope.ParseKeyFile(b, pass)
}
