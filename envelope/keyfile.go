package envelope

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"golang.org/x/crypto/argon2"

	"github.com/datatrade/datatrade"
)

// KDFParams are the argon2id parameters that turn a passphrase into the key
// that encrypts a key file.
type KDFParams struct {
	Time      uint32 `json:"time"`
	MemoryKiB uint32 `json:"memoryKiB"`
	Threads   uint8  `json:"threads"`
}

// DefaultKDFParams follow RFC 9106's second recommended option, with one
// thread: 3 passes over 64 MiB.
var DefaultKDFParams = KDFParams{Time: 3, MemoryKiB: 64 << 10, Threads: 1}

// Bounds on KDF parameters read from a file, so that a crafted file cannot
// make decoding take unbounded memory or time.
const (
	maxKDFTime   = 16
	maxKDFMemory = 1 << 20 // KiB: 1 GiB
	maxKDFThread = 16
)

func (p KDFParams) validate() error {
	if p.Time < 1 || p.Time > maxKDFTime || p.Threads < 1 || p.Threads > maxKDFThread ||
		p.MemoryKiB < 8*uint32(p.Threads) || p.MemoryKiB > maxKDFMemory {
		return datatrade.Errorf(datatrade.EINVALID, "key file KDF parameters out of range")
	}
	return nil
}

const keyFileFormat = "datatrade-hpke-key"

// keyFile is the JSON form of a party key pair on disk. The private key is
// AES-256-GCM encrypted under argon2id(passphrase, salt); the associated data
// binds the format, version, KEM, public key and KDF parameters.
type keyFile struct {
	Format     string    `json:"format"`
	Version    int       `json:"version"`
	KEM        string    `json:"kem"`
	PublicKey  string    `json:"publicKey"`
	KDF        string    `json:"kdf"`
	KDFParams  KDFParams `json:"kdfParams"`
	Salt       string    `json:"salt"`
	Nonce      string    `json:"nonce"`
	Ciphertext string    `json:"ciphertext"`
}

func (f *keyFile) ad() []byte {
	return fmt.Appendf(nil, "%s|%d|%s|%s|argon2id|%d|%d|%d", f.Format, f.Version, f.KEM, f.PublicKey,
		f.KDFParams.Time, f.KDFParams.MemoryKiB, f.KDFParams.Threads)
}

func kdfAEAD(passphrase []byte, salt []byte, p KDFParams) (cipher.AEAD, error) {
	k := argon2.IDKey(passphrase, salt, p.Time, p.MemoryKiB, p.Threads, 32)
	defer clear(k)
	block, err := aes.NewCipher(k)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// MarshalKeyFile encrypts k under passphrase and returns the key file
// bytes. rand supplies the salt and nonce; p zero means DefaultKDFParams.
func MarshalKeyFile(rand io.Reader, k *PrivateKey, passphrase []byte, p KDFParams) ([]byte, error) {
	if len(passphrase) == 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "the passphrase must not be empty")
	}
	if p == (KDFParams{}) {
		p = DefaultKDFParams
	}
	if err := p.validate(); err != nil {
		return nil, err
	}
	salt := make([]byte, 16)
	nonce := make([]byte, 12)
	if _, err := io.ReadFull(rand, salt); err != nil {
		return nil, fmt.Errorf("draw key file salt: %w", err)
	}
	if _, err := io.ReadFull(rand, nonce); err != nil {
		return nil, fmt.Errorf("draw key file nonce: %w", err)
	}
	priv, err := k.bytes()
	if err != nil {
		return nil, fmt.Errorf("serialise private key: %w", err)
	}
	defer clear(priv)
	f := keyFile{Format: keyFileFormat, Version: 1, KEM: k.kem.String(), PublicKey: k.Public().String(),
		KDF: "argon2id", KDFParams: p, Salt: hex.EncodeToString(salt), Nonce: hex.EncodeToString(nonce)}
	aead, err := kdfAEAD(passphrase, salt, p)
	if err != nil {
		return nil, err
	}
	f.Ciphertext = hex.EncodeToString(aead.Seal(nil, nonce, priv, f.ad()))
	return json.MarshalIndent(f, "", "  ")
}

// ParseKeyFile decrypts a key file. Errors: EINVALID for a malformed file;
// EUNAUTHORIZED for a wrong passphrase (or a tampered file); EINTEGRITY if
// the private key does not match the public key the file states.
func ParseKeyFile(b []byte, passphrase []byte) (*PrivateKey, error) {
	bad := datatrade.Errorf(datatrade.EINVALID, "malformed key file")
	var f keyFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, bad
	}
	if f.Format != keyFileFormat || f.Version != 1 || f.KDF != "argon2id" {
		return nil, datatrade.Errorf(datatrade.EINVALID, "not a datatrade key file (version 1, argon2id)")
	}
	kem, err := ParseKEM(f.KEM)
	if err != nil {
		return nil, err
	}
	pub, err := ParsePublicKeyHex(f.PublicKey)
	if err != nil {
		return nil, err
	}
	if pub.kem != kem {
		return nil, bad
	}
	if err := f.KDFParams.validate(); err != nil {
		return nil, err
	}
	salt, err1 := hex.DecodeString(f.Salt)
	nonce, err2 := hex.DecodeString(f.Nonce)
	ct, err3 := hex.DecodeString(f.Ciphertext)
	if err1 != nil || err2 != nil || err3 != nil || len(salt) < 16 || len(salt) > 64 || len(nonce) != 12 || len(ct) > 4096 {
		return nil, bad
	}
	aead, err := kdfAEAD(passphrase, salt, f.KDFParams)
	if err != nil {
		return nil, err
	}
	priv, err := aead.Open(nil, nonce, ct, f.ad())
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EUNAUTHORIZED, "wrong passphrase, or the key file was tampered with")
	}
	defer clear(priv)
	k, err := parsePrivateKey(kem, priv)
	if err != nil {
		return nil, err
	}
	if !k.Public().Equal(pub) {
		return nil, datatrade.Errorf(datatrade.EINTEGRITY, "the key file's private key does not match its public key")
	}
	return k, nil
}

// PublicKeyOfFile returns the public key a key file states, without the
// passphrase (and without checking it against the private key).
func PublicKeyOfFile(b []byte) (*PublicKey, error) {
	var f keyFile
	if err := json.Unmarshal(b, &f); err != nil || f.Format != keyFileFormat {
		return nil, datatrade.Errorf(datatrade.EINVALID, "malformed key file")
	}
	return ParsePublicKeyHex(f.PublicKey)
}

// WriteKeyFile writes a key file to path with mode 0600, atomically, and
// refuses to replace an existing file (ECONFLICT).
func WriteKeyFile(path string, data []byte) error {
	if _, err := os.Lstat(path); err == nil {
		return datatrade.Errorf(datatrade.ECONFLICT, "%s already exists; refusing to overwrite a key file", path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("stat key file: %w", err)
	}
	return WriteFileAtomic(path, data, 0o600)
}

// WriteFileAtomic writes data to path through a synced temporary file in
// the same directory and a rename, so path never holds partial data.
func WriteFileAtomic(path string, data []byte, mode fs.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("create temp file: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return fmt.Errorf("chmod temp file: %w", err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write temp file: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("sync temp file: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("close temp file: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("rename temp file: %w", err)
	}
	return nil
}
