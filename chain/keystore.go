package chain

import (
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/datatrade/datatrade"
)

// Keystore is a directory of encrypted key files in go-ethereum's keystore
// format (version 3, scrypt), interchangeable with geth's keystore
// directory. It keeps no keys in memory: Unlock decrypts one key file and
// returns an Account. Safe for concurrent use by one process.
type Keystore struct {
	dir              string
	scryptN, scryptP int
	rand             io.Reader
	clock            Clock
}

// KeystoreOption configures a Keystore.
type KeystoreOption func(*Keystore)

// LightScrypt makes new key files use go-ethereum's light scrypt parameters
// (4 MB, fast), for tests. Do not use it for real keys.
func LightScrypt() KeystoreOption {
	return func(ks *Keystore) { ks.scryptN, ks.scryptP = keystore.LightScryptN, keystore.LightScryptP }
}

// KeystoreRand sets the source of randomness for new keys (default
// crypto/rand).
func KeystoreRand(r io.Reader) KeystoreOption {
	return func(ks *Keystore) {
		if r != nil {
			ks.rand = r
		}
	}
}

// KeystoreClock sets the clock that timestamps key file names.
func KeystoreClock(c Clock) KeystoreOption {
	return func(ks *Keystore) {
		if c != nil {
			ks.clock = c
		}
	}
}

// OpenKeystore opens the keystore directory dir, creating it (mode 0700) if
// needed. New key files use go-ethereum's standard scrypt parameters
// unless LightScrypt is given.
func OpenKeystore(dir string, opts ...KeystoreOption) (*Keystore, error) {
	if dir == "" {
		return nil, datatrade.Errorf(datatrade.EINVALID, "no keystore directory given")
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create keystore directory: %w", err)
	}
	ks := &Keystore{dir: dir, scryptN: keystore.StandardScryptN, scryptP: keystore.StandardScryptP, rand: rand.Reader, clock: systemClock{}}
	for _, o := range opts {
		o(ks)
	}
	return ks, nil
}

// Dir returns the keystore's directory.
func (ks *Keystore) Dir() string { return ks.dir }

// NewKey creates a new random key, stores it encrypted with passphrase and
// returns its address.
func (ks *Keystore) NewKey(passphrase string) (common.Address, error) {
	key, err := ecdsa.GenerateKey(crypto.S256(), ks.rand)
	if err != nil {
		return common.Address{}, fmt.Errorf("generate key: %w", err)
	}
	return ks.ImportKey(key, passphrase)
}

// ImportKey stores key encrypted with passphrase and returns its address.
// It returns ECONFLICT when the keystore already has that address.
func (ks *Keystore) ImportKey(key *ecdsa.PrivateKey, passphrase string) (common.Address, error) {
	addr := crypto.PubkeyToAddress(key.PublicKey)
	if files, err := ks.files(addr); err != nil {
		return common.Address{}, err
	} else if len(files) > 0 {
		return common.Address{}, datatrade.Errorf(datatrade.ECONFLICT, "the keystore already has account %s", addr.Hex())
	}
	id, err := uuid.NewRandomFromReader(ks.rand)
	if err != nil {
		return common.Address{}, fmt.Errorf("key id: %w", err)
	}
	blob, err := keystore.EncryptKey(&keystore.Key{Id: id, Address: addr, PrivateKey: key}, passphrase, ks.scryptN, ks.scryptP)
	if err != nil {
		return common.Address{}, fmt.Errorf("encrypt key: %w", err)
	}
	name := filepath.Join(ks.dir, keyFileName(addr, ks.clock.Now()))
	if err := writeFileAtomic(name, blob, 0o600); err != nil {
		return common.Address{}, fmt.Errorf("store key: %w", err)
	}
	return addr, nil
}

// keyFileName follows go-ethereum's naming: UTC--<ISO 8601 time>--<address hex>.
func keyFileName(addr common.Address, t time.Time) string {
	t = t.UTC()
	return fmt.Sprintf("UTC--%04d-%02d-%02dT%02d-%02d-%02d.%09dZ--%s",
		t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), hex.EncodeToString(addr[:]))
}

// Unlock decrypts the key of addr with passphrase. It returns ENOTFOUND when
// the keystore has no key for addr and EUNAUTHORIZED when the passphrase is
// wrong; neither error contains the passphrase.
func (ks *Keystore) Unlock(addr common.Address, passphrase string) (*Account, error) {
	files, err := ks.files(addr)
	if err != nil {
		return nil, err
	}
	switch len(files) {
	case 0:
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "no key for account %s in keystore %s", addr.Hex(), ks.dir)
	case 1:
	default:
		return nil, datatrade.Errorf(datatrade.ECONFLICT, "keystore %s has %d key files for account %s; keep one", ks.dir, len(files), addr.Hex())
	}
	blob, err := os.ReadFile(files[0])
	if err != nil {
		return nil, fmt.Errorf("read key file: %w", err)
	}
	key, err := keystore.DecryptKey(blob, passphrase)
	if errors.Is(err, keystore.ErrDecrypt) {
		return nil, datatrade.Errorf(datatrade.EUNAUTHORIZED, "wrong passphrase for account %s", addr.Hex())
	}
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "key file %s for account %s is not a valid keystore file", filepath.Base(files[0]), addr.Hex())
	}
	if key.Address != addr {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "key file %s holds the key of %s, not %s", filepath.Base(files[0]), key.Address.Hex(), addr.Hex())
	}
	return NewAccount(key.PrivateKey), nil
}

// Accounts lists the addresses in the keystore, sorted. Files that are not
// key files are ignored.
func (ks *Keystore) Accounts() ([]common.Address, error) {
	all, err := ks.scan()
	if err != nil {
		return nil, err
	}
	seen := map[common.Address]bool{}
	var out []common.Address
	for _, kf := range all {
		if !seen[kf.addr] {
			seen[kf.addr] = true
			out = append(out, kf.addr)
		}
	}
	sort.Slice(out, func(i, j int) bool { return strings.Compare(out[i].Hex(), out[j].Hex()) < 0 })
	return out, nil
}

type keyFile struct {
	path string
	addr common.Address
}

// scan reads the address of every key file in the directory.
func (ks *Keystore) scan() ([]keyFile, error) {
	entries, err := os.ReadDir(ks.dir)
	if err != nil {
		return nil, fmt.Errorf("read keystore directory: %w", err)
	}
	var out []keyFile
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") {
			continue
		}
		path := filepath.Join(ks.dir, name)
		blob, err := os.ReadFile(path)
		if err != nil || len(blob) > 1<<16 {
			continue
		}
		var head struct {
			Address string `json:"address"`
		}
		if json.Unmarshal(blob, &head) != nil || !common.IsHexAddress(head.Address) {
			continue
		}
		out = append(out, keyFile{path: path, addr: common.HexToAddress(head.Address)})
	}
	return out, nil
}

func (ks *Keystore) files(addr common.Address) ([]string, error) {
	all, err := ks.scan()
	if err != nil {
		return nil, err
	}
	var out []string
	for _, kf := range all {
		if kf.addr == addr {
			out = append(out, kf.path)
		}
	}
	return out, nil
}
