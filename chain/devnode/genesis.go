package devnode

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/datatrade/datatrade"
)

// Fork is the newest fork the dev chain enables from genesis. Benchmark
// figures measured on the embedded chain must say that they use it.
//
// go-ethereum's own --dev config enables the experimental Bogota fork
// (Amsterdam's instruction set with EIP-8037 state-gas metering); the
// embedded chain stops at Osaka (Fusaka), the latest fork live on mainnet, so
// gas costs match what contracts pay there.
const Fork = "osaka"

// DefaultChainID is the chain id of a new dev chain unless Config.ChainID
// says otherwise (the same as go-ethereum's and Ganache's dev chains).
const DefaultChainID = 1337

// devBalance is the genesis balance of every dev account: 1,000,000 ether.
// It is never modified; DevBalance hands out copies.
var devBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// DevBalance returns the genesis balance of every dev account, in wei.
func DevBalance() *big.Int { return new(big.Int).Set(devBalance) }

// metaFile is the name, inside the data dir, of the file that records the
// parameters a chain was created with, so that a restart rebuilds the same
// genesis whatever its configuration says.
const metaFile = "datatrade-chain.json"

// chainMeta is what a data dir records about its chain.
type chainMeta struct {
	ChainID     uint64         `json:"chainId"`
	DevAccounts int            `json:"devAccounts"`
	GasLimit    uint64         `json:"gasLimit"`
	Fork        string         `json:"fork"`
	Authority   common.Address `json:"authority"`
	// GenesisTime is the genesis block's timestamp (Unix seconds): the time
	// the chain was created, so that its clock starts near the wall clock.
	GenesisTime uint64 `json:"genesisTime"`
}

// chainConfig returns the dev chain's config: every fork up to Osaka active
// at genesis, merged (post-merge consensus driven by the simulated beacon).
func chainConfig(chainID uint64) *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.ChainID = new(big.Int).SetUint64(chainID)
	cfg.AmsterdamTime = nil
	cfg.BogotaTime = nil
	return &cfg
}

// genesis returns the dev chain's genesis block for m. It is a pure function
// of m, so a restart with the recorded meta rebuilds the same genesis hash.
func genesis(m chainMeta) *core.Genesis {
	g := core.DeveloperGenesisBlock(m.GasLimit, nil)
	g.Config = chainConfig(m.ChainID)
	g.Timestamp = m.GenesisTime
	for _, a := range addresses(DevKeys(m.DevAccounts)) {
		g.Alloc[a] = types.Account{Balance: DevBalance()}
	}
	return g
}

// forkName returns the lower-case name of the newest fork cfg enables at time.
func forkName(cfg *params.ChainConfig, time uint64) string {
	return strings.ToLower(cfg.LatestFork(time).String())
}

// readMeta reads the chain meta of dataDir; ok is false when there is none.
func readMeta(dataDir string) (m chainMeta, ok bool, err error) {
	b, err := os.ReadFile(filepath.Join(dataDir, metaFile))
	if errors.Is(err, fs.ErrNotExist) {
		return chainMeta{}, false, nil
	} else if err != nil {
		return chainMeta{}, false, fmt.Errorf("read chain meta: %w", err)
	}
	m, err = parseMeta(b)
	if err != nil {
		return chainMeta{}, false, err
	}
	return m, true, nil
}

// parseMeta decodes and checks a chain meta file.
func parseMeta(b []byte) (chainMeta, error) {
	var m chainMeta
	if err := json.Unmarshal(b, &m); err != nil {
		return chainMeta{}, datatrade.Errorf(datatrade.EINVALID, "%s in the data dir is not valid JSON", metaFile)
	}
	if m.ChainID == 0 || m.GasLimit < params.MinGasLimit || m.GasLimit > params.MaxGasLimit ||
		m.DevAccounts < 1 || m.DevAccounts > maxDevAccounts {
		return chainMeta{}, datatrade.Errorf(datatrade.EINVALID, "%s in the data dir has out-of-range values", metaFile)
	}
	return m, nil
}

// writeMeta records m in dataDir, atomically.
func writeMeta(dataDir string, m chainMeta) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("encode chain meta: %w", err)
	}
	return writeFileAtomic(filepath.Join(dataDir, metaFile), append(b, '\n'), 0o644)
}

// writeFileAtomic writes data to a temporary file beside path, syncs it and
// renames it over path, so that path is either absent, old or complete.
func writeFileAtomic(path string, data []byte, perm fs.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	return nil
}
