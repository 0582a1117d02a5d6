package enclave

import (
	"crypto/sha256"
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
)

// Header authenticators named in Config.HeaderAuth.
const (
	// HeaderAuthAuthority: every header hash is signed by the authority key
	// pinned in Config.Authority.
	HeaderAuthAuthority = "authority"
	// HeaderAuthDev: no consensus proof at all; the host can feed the enclave
	// any chain. Clients refuse it unless Policy.AllowDevHeaders is set.
	HeaderAuthDev = "dev"
)

// DefaultHeaderWindow is the default number of headers the enclave's light
// client keeps.
const DefaultHeaderWindow = 256

// Domain is the EIP-712 domain the enclave signs under, apart from chainId
// (Config.ChainID) and verifyingContract (Config.Escrow).
type Domain struct {
	Name    string      `json:"name"`
	Version string      `json:"version"`
	Salt    common.Hash `json:"salt"`
}

// Checkpoint is the block the enclave's light client trusts without proof.
type Checkpoint struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

// Config is the enclave's attested configuration: everything that decides
// which chain and which contracts the enclave believes. Its Hash is bound
// into every attestation's report data, so a host cannot start an attested
// enclave against another chain, other contracts or a weaker header
// authenticator without clients seeing it.
type Config struct {
	ChainID  uint64         `json:"chain_id"`
	Registry common.Address `json:"registry"`
	Market   common.Address `json:"market"`
	Escrow   common.Address `json:"escrow"`
	// Domain is the EIP-712 domain of statements the enclave signs.
	Domain Domain `json:"domain"`
	// Checkpoint anchors the light client.
	Checkpoint Checkpoint `json:"checkpoint"`
	// HeaderAuth is HeaderAuthAuthority or HeaderAuthDev.
	HeaderAuth string `json:"header_auth"`
	// Authority is the address of the secp256k1 key that signs header
	// hashes when HeaderAuth is "authority"; zero for "dev".
	Authority common.Address `json:"authority"`
	// HeaderWindow is the number of headers the light client keeps.
	HeaderWindow uint32 `json:"header_window"`
	// Confirmations is the number of blocks on top of a block before the
	// enclave treats its events as final.
	Confirmations uint32 `json:"confirmations"`
}

// configDomain separates the configuration encoding from every other hash.
const configDomain = "datatrade/enclave/config/v1"

// maxConfigString bounds the EIP-712 domain name and version.
const maxConfigString = 256

// Validate returns an EINVALID error describing the first field that is
// missing or inconsistent.
func (c *Config) Validate() error {
	switch {
	case c.ChainID == 0:
		return datatrade.Errorf(datatrade.EINVALID, "enclave config: chain id is zero")
	case c.Registry == (common.Address{}) || c.Market == (common.Address{}) || c.Escrow == (common.Address{}):
		return datatrade.Errorf(datatrade.EINVALID, "enclave config: registry, market and escrow addresses are required")
	case c.Domain.Name == "" || c.Domain.Version == "":
		return datatrade.Errorf(datatrade.EINVALID, "enclave config: EIP-712 domain name and version are required")
	case len(c.Domain.Name) > maxConfigString || len(c.Domain.Version) > maxConfigString:
		return datatrade.Errorf(datatrade.EINVALID, "enclave config: EIP-712 domain name or version too long")
	case c.Checkpoint.Hash == (common.Hash{}):
		return datatrade.Errorf(datatrade.EINVALID, "enclave config: checkpoint hash is required")
	case c.HeaderWindow == 0:
		return datatrade.Errorf(datatrade.EINVALID, "enclave config: header window must be at least 1")
	case c.Confirmations >= c.HeaderWindow:
		return datatrade.Errorf(datatrade.EINVALID, "enclave config: confirmations (%d) must be below the header window (%d)", c.Confirmations, c.HeaderWindow)
	}
	switch c.HeaderAuth {
	case HeaderAuthAuthority:
		if c.Authority == (common.Address{}) {
			return datatrade.Errorf(datatrade.EINVALID, "enclave config: header authenticator \"authority\" needs an authority address")
		}
	case HeaderAuthDev:
		if c.Authority != (common.Address{}) {
			return datatrade.Errorf(datatrade.EINVALID, "enclave config: header authenticator \"dev\" takes no authority address")
		}
	default:
		return datatrade.Errorf(datatrade.EINVALID, "enclave config: unknown header authenticator %q", printable(c.HeaderAuth))
	}
	return nil
}

// Encode returns the canonical encoding of c: a domain tag, then every field
// in declaration order, integers big-endian, addresses and hashes raw,
// strings with a 4-byte length. Encode does not validate c.
func (c *Config) Encode() []byte {
	b := make([]byte, 0, 256)
	b = appendString(b, configDomain)
	b = binary.BigEndian.AppendUint64(b, c.ChainID)
	b = append(b, c.Registry[:]...)
	b = append(b, c.Market[:]...)
	b = append(b, c.Escrow[:]...)
	b = appendString(b, c.Domain.Name)
	b = appendString(b, c.Domain.Version)
	b = append(b, c.Domain.Salt[:]...)
	b = binary.BigEndian.AppendUint64(b, c.Checkpoint.Number)
	b = append(b, c.Checkpoint.Hash[:]...)
	b = appendString(b, c.HeaderAuth)
	b = append(b, c.Authority[:]...)
	b = binary.BigEndian.AppendUint32(b, c.HeaderWindow)
	b = binary.BigEndian.AppendUint32(b, c.Confirmations)
	return b
}

// Hash returns SHA-256 of the canonical encoding, the value bound into
// report data and compared with Policy.ConfigHash.
func (c *Config) Hash() [32]byte { return sha256.Sum256(c.Encode()) }

// appendString appends s with a big-endian 4-byte length prefix.
func appendString(b []byte, s string) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(s)))
	return append(b, s...)
}
