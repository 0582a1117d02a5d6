package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ipfs/go-cid"
	"github.com/spf13/cobra"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/internal/progress"
	"github.com/datatrade/datatrade/store"
)

func (a *app) newDataCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "data",
		Short: "Seal, commit to, prove and store datasets",
		Long: `The data plane: seal a dataset in authenticated chunks under a data key, commit to
it with a salted Merkle root, prove single chunks against the root, wrap keys to a
party's key pair with HPKE, and keep blobs in a content-addressed store named by
IPFS CIDs (with CAR export and import for IPFS nodes).

Secrets never go on the command line: passphrases come from --passphrase-file or
DATATRADE_PASSPHRASE, data keys and listing salts live in files of mode 0600.`,
		Example: `  datatrade data keygen --out me.key --passphrase-file pass.txt
  datatrade data encrypt --in data.csv --out data.sealed --secrets-out data.secrets
  datatrade data decrypt --in data.sealed --out data.csv --secrets data.secrets
  datatrade data commit --in data.csv --secrets data.secrets
  datatrade data prove --in data.csv --secrets data.secrets --index 3 --out p3.json
  datatrade data verify --commitment c.json --proof p3.json --in data.csv
  datatrade data put data.sealed`,
	}
	cmd.AddCommand(a.newDataKeygenCmd(), a.newDataEncryptCmd(), a.newDataDecryptCmd(),
		a.newDataCommitCmd(), a.newDataProveCmd(), a.newDataVerifyCmd(),
		a.newDataPutCmd(), a.newDataGetCmd(), a.newDataExportCARCmd(), a.newDataImportCARCmd())
	return cmd
}

// bar returns a progress bar on stderr, drawn only on a terminal and
// without --quiet.
func (a *app) bar(label string, total int64) *progress.Bar {
	return progress.New(a.stderr, label, total, progress.Options{Enabled: !a.quiet && progress.IsTerminal(a.stderr)})
}

// readPassphrase reads the passphrase from file, DATATRADE_PASSPHRASE, or
// a prompt on a terminal.
func readPassphrase(file string) ([]byte, error) {
	p, err := chain.ReadPassphrase(chain.PassphraseSource{File: file}, "Passphrase: ", false)
	return []byte(p), err
}

// secretsFile is the JSON form of a dataset's secrets on disk (mode 0600).
type secretsFile struct {
	DataKey     string `json:"dataKey"`
	ListingSalt string `json:"listingSalt"`
}

func writeSecrets(path string, s envelope.Secrets) error {
	b, _ := json.MarshalIndent(secretsFile{DataKey: hex.EncodeToString(s.DataKey[:]), ListingSalt: hex.EncodeToString(s.ListingSalt[:])}, "", "  ")
	if _, err := os.Lstat(path); err == nil {
		return datatrade.Errorf(datatrade.ECONFLICT, "%s already exists; refusing to overwrite a secrets file", path)
	}
	return envelope.WriteFileAtomic(path, append(b, '\n'), 0o600)
}

func readSecrets(path string) (envelope.Secrets, error) {
	var s envelope.Secrets
	b, err := os.ReadFile(path)
	if err != nil {
		return s, datatrade.Errorf(datatrade.EINVALID, "cannot read the secrets file %s", path)
	}
	var f secretsFile
	bad := datatrade.Errorf(datatrade.EINVALID, "%s is not a datatrade secrets file", path)
	if json.Unmarshal(b, &f) != nil {
		return s, bad
	}
	k, err1 := hex.DecodeString(f.DataKey)
	salt, err2 := hex.DecodeString(f.ListingSalt)
	if err1 != nil || err2 != nil || len(k) != 32 || len(salt) != 32 {
		return s, bad
	}
	copy(s.DataKey[:], k)
	copy(s.ListingSalt[:], salt)
	return s, nil
}

// wrapFlags are the HPKE context flags shared by encrypt and decrypt.
type wrapFlags struct {
	chainID  uint64
	contract string
	tradeID  string
	purpose  string
}

func (w *wrapFlags) add(cmd *cobra.Command) {
	f := cmd.Flags()
	f.Uint64Var(&w.chainID, "chain-id", 0, "chain id the wrapped key is bound to")
	f.StringVar(&w.contract, "contract", "", "contract address (0x + 40 hex) the wrapped key is bound to")
	f.StringVar(&w.tradeID, "trade-id", "0", "trade id (decimal or 0x hex) the wrapped key is bound to")
	f.StringVar(&w.purpose, "purpose", "", "purpose label the wrapped key is bound to")
}

func (w *wrapFlags) context() (envelope.WrapContext, error) {
	c := envelope.WrapContext{ChainID: w.chainID, Purpose: w.purpose}
	if w.contract != "" {
		b, err := hex.DecodeString(strings.TrimPrefix(w.contract, "0x"))
		if err != nil || len(b) != 20 {
			return c, usagef("--contract must be 0x followed by 40 hex digits")
		}
		copy(c.Contract[:], b)
	}
	id, ok := new(big.Int).SetString(w.tradeID, 0)
	if !ok || id.Sign() < 0 || id.BitLen() > 256 {
		return c, usagef("--trade-id must be a non-negative 256-bit integer")
	}
	id.FillBytes(c.TradeID[:])
	return c, nil
}

// readPublicKey takes a hex public key or a key file path.
func readPublicKey(s string) (*envelope.PublicKey, error) {
	if b, err := os.ReadFile(s); err == nil {
		if pk, err := envelope.PublicKeyOfFile(b); err == nil {
			return pk, nil
		}
		return envelope.ParsePublicKeyHex(string(b))
	}
	return envelope.ParsePublicKeyHex(s)
}

// atomicOut is an output file written through a temp file in the same
// directory and renamed into place only by commit.
type atomicOut struct {
	f    *os.File
	path string
	done bool
}

func createAtomic(path string) (*atomicOut, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".partial-*")
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "cannot create %s", path)
	}
	return &atomicOut{f: f, path: path}, nil
}

func (o *atomicOut) Write(p []byte) (int, error) { return o.f.Write(p) }

// commit syncs and renames the file into place.
func (o *atomicOut) commit(mode fs.FileMode) error {
	if err := o.f.Chmod(mode); err != nil {
		return fmt.Errorf("chmod output: %w", err)
	}
	if err := o.f.Sync(); err != nil {
		return fmt.Errorf("sync output: %w", err)
	}
	if err := o.f.Close(); err != nil {
		return fmt.Errorf("close output: %w", err)
	}
	if err := os.Rename(o.f.Name(), o.path); err != nil {
		return fmt.Errorf("rename output: %w", err)
	}
	o.done = true
	return nil
}

// abort removes the temp file unless committed.
func (o *atomicOut) abort() {
	if !o.done {
		o.f.Close()
		os.Remove(o.f.Name())
	}
}

// openIn opens an input file and returns it with its size.
func openIn(path string) (*os.File, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, datatrade.Errorf(datatrade.EINVALID, "cannot open %s", path)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, fmt.Errorf("stat input: %w", err)
	}
	return f, fi.Size(), nil
}

func (a *app) newDataKeygenCmd() *cobra.Command {
	var out, kemName, passFile string
	var kdf envelope.KDFParams
	cmd := &cobra.Command{
		Use:   "keygen",
		Short: "Make a party key pair for HPKE key wrapping, stored encrypted under a passphrase",
		Long: `Make an HPKE key pair (ML-KEM-768 + X25519 hybrid by default, or X25519) and store
it in --out, mode 0600, with the private key encrypted by AES-256-GCM under an
argon2id hash of the passphrase. Prints the public key (hex) that others wrap to.`,
		Example: `  datatrade data keygen --out me.key --passphrase-file pass.txt
  DATATRADE_PASSPHRASE=... datatrade data keygen --out me.key --kem x25519 --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return usagef("--out is required")
			}
			kem, err := envelope.ParseKEM(kemName)
			if err != nil {
				return err
			}
			pass, err := readPassphrase(passFile)
			if err != nil {
				return err
			}
			k, err := envelope.GenerateKey(rand.Reader, kem)
			if err != nil {
				return err
			}
			b, err := envelope.MarshalKeyFile(rand.Reader, k, pass, kdf)
			if err != nil {
				return err
			}
			if err := envelope.WriteKeyFile(out, b); err != nil {
				return err
			}
			res := map[string]string{"keyFile": out, "kem": kem.String(), "publicKey": k.Public().String()}
			return a.emit(res, func(w io.Writer) {
				fmt.Fprintf(w, "key pair (%s) written to %s\npublic key: %s\n", kem, out, k.Public())
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&out, "out", "", "key file to create (refuses to overwrite)")
	f.StringVar(&kemName, "kem", envelope.DefaultKEM.String(), "KEM: mlkem768-x25519 or x25519")
	f.StringVar(&passFile, "passphrase-file", "", "file holding the passphrase (else DATATRADE_PASSPHRASE)")
	f.Uint32Var(&kdf.Time, "kdf-time", envelope.DefaultKDFParams.Time, "argon2id passes")
	f.Uint32Var(&kdf.MemoryKiB, "kdf-memory-kib", envelope.DefaultKDFParams.MemoryKiB, "argon2id memory in KiB")
	f.Uint8Var(&kdf.Threads, "kdf-threads", envelope.DefaultKDFParams.Threads, "argon2id threads")
	return cmd
}

type encryptResult struct {
	Sealed     string              `json:"sealed"`
	DatasetID  string              `json:"datasetId"`
	ChunkSize  int                 `json:"chunkSize"`
	Plaintext  int64               `json:"plaintextBytes"`
	SealedSize int64               `json:"sealedBytes"`
	Secrets    string              `json:"secretsFile,omitempty"`
	Wrapped    string              `json:"wrappedFile,omitempty"`
	Commitment envelope.Commitment `json:"commitment"`
}

func (a *app) newDataEncryptCmd() *cobra.Command {
	var in, out, secretsIn, secretsOut, to, wrappedOut string
	var chunkSize int
	var wf wrapFlags
	cmd := &cobra.Command{
		Use:   "encrypt",
		Short: "Seal a file in authenticated chunks and commit to its plaintext",
		Long: `Seal --in into --out (AES-256-GCM per chunk, bound to dataset id, index and a
last-chunk flag) and, in the same pass, compute the salted Merkle commitment of the
plaintext. The data key and listing salt come from --secrets, or are drawn fresh and
written to --secrets-out (mode 0600). With --to they are also HPKE-wrapped to that
public key (hex, or a key file) under the --chain-id/--contract/--trade-id/--purpose
context and written to --wrapped-out.`,
		Example: `  datatrade data encrypt --in data.csv --out data.sealed --secrets-out data.secrets
  datatrade data encrypt --in data.csv --out data.sealed --secrets data.secrets \
      --to exchange.pub --chain-id 1337 --contract 0x5FbDB2315678afecb367f032d93F642f64180aa3 \
      --trade-id 7 --wrapped-out trade7.wrapped`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if in == "" || out == "" {
				return usagef("--in and --out are required")
			}
			if (secretsIn == "") == (secretsOut == "") {
				return usagef("give exactly one of --secrets (existing) or --secrets-out (new)")
			}
			if (to == "") != (wrappedOut == "") {
				return usagef("--to and --wrapped-out go together")
			}
			var s envelope.Secrets
			var err error
			if secretsIn != "" {
				if s, err = readSecrets(secretsIn); err != nil {
					return err
				}
			} else {
				if s.DataKey, err = envelope.NewDataKey(rand.Reader); err != nil {
					return err
				}
				if s.ListingSalt, err = envelope.NewListingSalt(rand.Reader); err != nil {
					return err
				}
			}
			var wrapped []byte
			if to != "" {
				pk, err := readPublicKey(to)
				if err != nil {
					return err
				}
				wc, err := wf.context()
				if err != nil {
					return err
				}
				secret, _ := s.MarshalBinary()
				if wrapped, err = envelope.Wrap(pk, wc, secret); err != nil {
					return err
				}
			}
			src, size, err := openIn(in)
			if err != nil {
				return err
			}
			defer src.Close()
			committer, err := envelope.NewCommitter(s.ListingSalt, chunkSize, false)
			if err != nil {
				return err
			}
			dst, err := createAtomic(out)
			if err != nil {
				return err
			}
			defer dst.abort()
			bar := a.bar("encrypt", size)
			h, n, err := envelope.Encrypt(cmd.Context(), dst, io.TeeReader(bar.Reader(src), committer), s.DataKey,
				envelope.WriterOptions{ChunkSize: chunkSize, Rand: rand.Reader})
			bar.Done()
			if err != nil {
				return fmt.Errorf("encrypt: %w", err)
			}
			c, err := committer.Commitment()
			if err != nil {
				return err
			}
			if err := dst.commit(0o644); err != nil {
				return err
			}
			if secretsOut != "" {
				if err := writeSecrets(secretsOut, s); err != nil {
					return err
				}
			}
			if wrapped != nil {
				if err := envelope.WriteFileAtomic(wrappedOut, wrapped, 0o644); err != nil {
					return err
				}
			}
			res := encryptResult{Sealed: out, DatasetID: hex.EncodeToString(h.DatasetID[:]), ChunkSize: h.ChunkSize,
				Plaintext: n, SealedSize: envelope.SealedSize(n, h.ChunkSize), Secrets: secretsOut, Wrapped: wrappedOut, Commitment: c}
			return a.emit(res, func(w io.Writer) {
				fmt.Fprintf(w, "sealed %d bytes into %s (dataset %s, %d-byte chunks)\nroot %x over %d chunks\n",
					n, out, res.DatasetID, h.ChunkSize, c.Root, c.Leaves())
				if secretsOut != "" {
					fmt.Fprintf(w, "secrets (data key, listing salt) in %s: keep them private\n", secretsOut)
				}
				if wrappedOut != "" {
					fmt.Fprintf(w, "secrets wrapped to the recipient in %s\n", wrappedOut)
				}
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&in, "in", "", "plaintext file")
	f.StringVar(&out, "out", "", "sealed file to write")
	f.StringVar(&secretsIn, "secrets", "", "existing secrets file (data key, listing salt)")
	f.StringVar(&secretsOut, "secrets-out", "", "new secrets file to create (mode 0600)")
	f.IntVar(&chunkSize, "chunk-size", envelope.DefaultChunkSize, "plaintext bytes per chunk")
	f.StringVar(&to, "to", "", "wrap the secrets to this public key (hex) or key file")
	f.StringVar(&wrappedOut, "wrapped-out", "", "file for the wrapped secrets")
	wf.add(cmd)
	return cmd
}

// secretsFrom loads the secrets from a secrets file or by unwrapping.
func secretsFrom(secretsIn, identity, wrappedIn, passFile string, wf *wrapFlags) (envelope.Secrets, error) {
	var s envelope.Secrets
	switch {
	case secretsIn != "" && identity == "" && wrappedIn == "":
		return readSecrets(secretsIn)
	case secretsIn == "" && identity != "" && wrappedIn != "":
	default:
		return s, usagef("give --secrets, or --identity with --wrapped")
	}
	k, err := readKeyFile(identity, passFile)
	if err != nil {
		return s, err
	}
	wrapped, err := os.ReadFile(wrappedIn)
	if err != nil {
		return s, datatrade.Errorf(datatrade.EINVALID, "cannot read the wrapped key %s", wrappedIn)
	}
	wc, err := wf.context()
	if err != nil {
		return s, err
	}
	secret, err := envelope.Unwrap(k, wc, wrapped)
	if err != nil {
		return s, err
	}
	err = s.UnmarshalBinary(secret)
	return s, err
}

func (a *app) newDataDecryptCmd() *cobra.Command {
	var in, out, secretsIn, identity, wrappedIn, passFile, root string
	var wf wrapFlags
	cmd := &cobra.Command{
		Use:   "decrypt",
		Short: "Open a sealed file; the output appears only once every chunk authenticated",
		Long: `Open --in into --out. Plaintext goes to a temporary file that is renamed to --out
only after the last chunk authenticated (and, with --root, the Merkle root of the
plaintext matched): a truncated, reordered, tampered or foreign file leaves no output.
The secrets come from --secrets, or from --wrapped unwrapped with the key pair in
--identity under the same context flags used to wrap.`,
		Example: `  datatrade data decrypt --in data.sealed --out data.csv --secrets data.secrets
  datatrade data decrypt --in data.sealed --out data.csv --identity me.key --wrapped trade7.wrapped \
      --chain-id 1337 --contract 0x5FbDB2315678afecb367f032d93F642f64180aa3 --trade-id 7 --root 3f…`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if in == "" || out == "" {
				return usagef("--in and --out are required")
			}
			s, err := secretsFrom(secretsIn, identity, wrappedIn, passFile, &wf)
			if err != nil {
				return err
			}
			src, size, err := openIn(in)
			if err != nil {
				return err
			}
			defer src.Close()
			dst, err := createAtomic(out)
			if err != nil {
				return err
			}
			defer dst.abort()
			r, err := envelope.NewReader(src, s.DataKey)
			if err != nil {
				return err
			}
			committer, err := envelope.NewCommitter(s.ListingSalt, r.Header().ChunkSize, false)
			if err != nil {
				return err
			}
			bar := a.bar("decrypt", size)
			n, err := r.WriteTo(bar.Writer(io.MultiWriter(dst, committer)))
			bar.Done()
			if err != nil {
				return err
			}
			c, err := committer.Commitment()
			if err != nil {
				return err
			}
			if root != "" && hex.EncodeToString(c.Root[:]) != strings.ToLower(strings.TrimPrefix(root, "0x")) {
				return datatrade.Errorf(datatrade.EINTEGRITY, "the plaintext does not match the expected Merkle root")
			}
			if err := dst.commit(0o600); err != nil {
				return err
			}
			res := map[string]any{"out": out, "plaintextBytes": n, "commitment": c, "rootChecked": root != ""}
			return a.emit(res, func(w io.Writer) {
				fmt.Fprintf(w, "opened %d bytes into %s; root %x\n", n, out, c.Root)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&in, "in", "", "sealed file")
	f.StringVar(&out, "out", "", "plaintext file to write")
	f.StringVar(&secretsIn, "secrets", "", "secrets file")
	f.StringVar(&identity, "identity", "", "your key file, to unwrap --wrapped")
	f.StringVar(&wrappedIn, "wrapped", "", "wrapped secrets file")
	f.StringVar(&passFile, "passphrase-file", "", "file holding the key file's passphrase (else DATATRADE_PASSPHRASE)")
	f.StringVar(&root, "root", "", "expected Merkle root (hex) of the plaintext")
	wf.add(cmd)
	return cmd
}

func (a *app) newDataCommitCmd() *cobra.Command {
	var in, secretsIn, out string
	var chunkSize int
	cmd := &cobra.Command{
		Use:   "commit",
		Short: "Compute the salted Merkle commitment (root, size, chunk size) of a plaintext file",
		Example: `  datatrade data commit --in data.csv --secrets data.secrets --out c.json
  datatrade data commit --in data.csv --secrets data.secrets --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, src, size, err := plainInput(in, secretsIn)
			if err != nil {
				return err
			}
			defer src.Close()
			bar := a.bar("commit", size)
			c, err := envelope.Commit(cmd.Context(), bar.Reader(src), s.ListingSalt, chunkSize)
			bar.Done()
			if err != nil {
				return err
			}
			if out != "" {
				if err := writeJSONFile(out, c); err != nil {
					return err
				}
			}
			return a.emit(c, func(w io.Writer) {
				fmt.Fprintf(w, "root %x\nsize %d bytes, %d chunks of %d bytes\n", c.Root, c.Size, c.Leaves(), c.ChunkSize)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&in, "in", "", "plaintext file")
	f.StringVar(&secretsIn, "secrets", "", "secrets file (for the listing salt)")
	f.StringVar(&out, "out", "", "also write the commitment JSON to this file")
	f.IntVar(&chunkSize, "chunk-size", envelope.DefaultChunkSize, "plaintext bytes per chunk")
	return cmd
}

// plainInput reads --secrets and opens the plaintext --in, for commit and prove.
func plainInput(in, secretsIn string) (envelope.Secrets, *os.File, int64, error) {
	if in == "" || secretsIn == "" {
		return envelope.Secrets{}, nil, 0, usagef("--in and --secrets are required")
	}
	s, err := readSecrets(secretsIn)
	if err != nil {
		return s, nil, 0, err
	}
	f, size, err := openIn(in)
	return s, f, size, err
}

// writeJSONFile writes v as indented JSON to path, atomically.
func writeJSONFile(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return envelope.WriteFileAtomic(path, append(b, '\n'), 0o644)
}

// chunkOf reads chunk i of a plaintext file.
func chunkOf(f *os.File, size int64, c envelope.Commitment, i uint64) ([]byte, error) {
	if i >= c.Leaves() {
		return nil, datatrade.Errorf(datatrade.EINVALID, "chunk %d out of range (the dataset has %d)", i, c.Leaves())
	}
	off := int64(i) * int64(c.ChunkSize)
	n := min(int64(c.ChunkSize), size-off)
	if n < 0 {
		n = 0
	}
	b := make([]byte, n)
	if _, err := f.ReadAt(b, off); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("read chunk: %w", err)
	}
	return b, nil
}

type proveResult struct {
	Commitment envelope.Commitment `json:"commitment"`
	Proof      envelope.Proof      `json:"proof"`
}

func (a *app) newDataProveCmd() *cobra.Command {
	var in, secretsIn, out, chunkOut string
	var chunkSize int
	var index uint64
	cmd := &cobra.Command{
		Use:     "prove",
		Short:   "Make an inclusion proof (index, chunk salt, audit path) for one chunk",
		Example: `  datatrade data prove --in data.csv --secrets data.secrets --index 3 --out p3.json --chunk-out c3.bin`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, src, size, err := plainInput(in, secretsIn)
			if err != nil {
				return err
			}
			defer src.Close()
			bar := a.bar("prove", size)
			tree, err := envelope.BuildTree(cmd.Context(), bar.Reader(src), s.ListingSalt, chunkSize)
			bar.Done()
			if err != nil {
				return err
			}
			p, err := tree.Prove(index)
			if err != nil {
				return err
			}
			res := proveResult{Commitment: tree.Commitment(), Proof: p}
			if out != "" {
				if err := writeJSONFile(out, res); err != nil {
					return err
				}
			}
			if chunkOut != "" {
				ch, err := chunkOf(src, size, res.Commitment, index)
				if err != nil {
					return err
				}
				if err := envelope.WriteFileAtomic(chunkOut, ch, 0o644); err != nil {
					return err
				}
			}
			return a.emit(res, func(w io.Writer) {
				fmt.Fprintf(w, "proof for chunk %d of %d (path of %d hashes) against root %x\n", index, res.Commitment.Leaves(), len(p.Path), res.Commitment.Root)
				if out != "" {
					fmt.Fprintf(w, "written to %s\n", out)
				}
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&in, "in", "", "plaintext file")
	f.StringVar(&secretsIn, "secrets", "", "secrets file (for the listing salt)")
	f.Uint64Var(&index, "index", 0, "chunk index")
	f.StringVar(&out, "out", "", "write commitment and proof JSON to this file")
	f.StringVar(&chunkOut, "chunk-out", "", "also write the chunk's bytes to this file")
	f.IntVar(&chunkSize, "chunk-size", envelope.DefaultChunkSize, "plaintext bytes per chunk")
	return cmd
}

func (a *app) newDataVerifyCmd() *cobra.Command {
	var commitFile, proofFile, chunkFile, in, root string
	var size uint64
	var chunkSize int
	cmd := &cobra.Command{
		Use:   "verify",
		Short: "Check one chunk against a commitment with an inclusion proof",
		Long: `Check that a chunk is chunk <index> of the committed dataset. The commitment comes
from --commitment (JSON from commit or prove) or --root/--size/--chunk-size; the
proof from --proof (JSON from prove); the chunk from --chunk (its bytes) or --in (a
plaintext file the chunk is cut from). Exits non-zero unless the chunk verifies.`,
		Example: `  datatrade data verify --proof p3.json --chunk c3.bin
  datatrade data verify --root 3f… --size 10485760 --proof p3.json --in data.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if proofFile == "" || (chunkFile == "") == (in == "") {
				return usagef("--proof and one of --chunk or --in are required")
			}
			pb, err := os.ReadFile(proofFile)
			if err != nil {
				return datatrade.Errorf(datatrade.EINVALID, "cannot read the proof %s", proofFile)
			}
			var pr struct {
				Commitment *envelope.Commitment `json:"commitment"`
				Proof      *envelope.Proof      `json:"proof"`
			}
			if err := json.Unmarshal(pb, &pr); err != nil {
				return datatrade.Errorf(datatrade.EINVALID, "%s is not a proof file: %s", proofFile, datatrade.ErrorMessage(err))
			}
			if pr.Proof == nil {
				return datatrade.Errorf(datatrade.EINVALID, "%s holds no proof", proofFile)
			}
			var c envelope.Commitment
			switch {
			case commitFile != "":
				cb, err := os.ReadFile(commitFile)
				if err != nil {
					return datatrade.Errorf(datatrade.EINVALID, "cannot read the commitment %s", commitFile)
				}
				if err := json.Unmarshal(cb, &c); err != nil {
					return datatrade.Errorf(datatrade.EINVALID, "%s is not a commitment: %s", commitFile, datatrade.ErrorMessage(err))
				}
			case root != "":
				rb, err := hex.DecodeString(strings.TrimPrefix(root, "0x"))
				if err != nil || len(rb) != 32 {
					return usagef("--root must be 64 hex digits")
				}
				c = envelope.Commitment{Size: size, ChunkSize: chunkSize}
				copy(c.Root[:], rb)
			case pr.Commitment != nil:
				// Only the proof file's own commitment: say so, it proves
				// consistency, not that this is the published root.
				c = *pr.Commitment
				a.say("note: checking against the commitment inside %s; pass --commitment or --root to check against the published one", proofFile)
			default:
				return usagef("give --commitment or --root with --size")
			}
			var chunk []byte
			if chunkFile != "" {
				if chunk, err = os.ReadFile(chunkFile); err != nil {
					return datatrade.Errorf(datatrade.EINVALID, "cannot read the chunk %s", chunkFile)
				}
			} else {
				f, sz, err := openIn(in)
				if err != nil {
					return err
				}
				defer f.Close()
				if chunk, err = chunkOf(f, sz, c, pr.Proof.Index); err != nil {
					return err
				}
			}
			if err := c.Verify(*pr.Proof, chunk); err != nil {
				return err
			}
			res := map[string]any{"ok": true, "index": pr.Proof.Index, "root": hex.EncodeToString(c.Root[:])}
			return a.emit(res, func(w io.Writer) {
				fmt.Fprintf(w, "ok: chunk %d matches root %x\n", pr.Proof.Index, c.Root)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&commitFile, "commitment", "", "commitment JSON file")
	f.StringVar(&root, "root", "", "Merkle root (hex), with --size and --chunk-size")
	f.Uint64Var(&size, "size", 0, "plaintext size in bytes, with --root")
	f.IntVar(&chunkSize, "chunk-size", envelope.DefaultChunkSize, "chunk size, with --root")
	f.StringVar(&proofFile, "proof", "", "proof JSON file (from prove)")
	f.StringVar(&chunkFile, "chunk", "", "file holding the chunk's bytes")
	f.StringVar(&in, "in", "", "plaintext file to cut the chunk from")
	return cmd
}

// storeFlag adds --store and returns a function that opens the store.
func (a *app) storeFlag(cmd *cobra.Command) func() (*store.Local, error) {
	var dir string
	cmd.Flags().StringVar(&dir, "store", "", "store directory (default $DATATRADE_STORE, else ~/.datatrade/store)")
	return func() (*store.Local, error) {
		if dir == "" {
			dir = os.Getenv("DATATRADE_STORE")
		}
		if dir == "" {
			home, err := os.UserHomeDir()
			if err != nil {
				return nil, usagef("no home directory: give --store")
			}
			dir = filepath.Join(home, ".datatrade", "store")
		}
		return store.OpenLocal(dir, store.LocalOptions{Logger: a.log})
	}
}

func (a *app) newDataPutCmd() *cobra.Command {
	var open func() (*store.Local, error)
	cmd := &cobra.Command{
		Use:   "put FILE",
		Short: "Store a file in the content-addressed store and print its CID",
		Long: `Store FILE and print its CID: the CIDv1 that IPFS gives the same bytes under the
pinned import settings (` + store.DefaultParams.String() + `),
i.e. the version-1 form of what a plain 'ipfs add' prints.`,
		Example: `  datatrade data put data.sealed
  datatrade data put --store /var/lib/datatrade/store data.sealed --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := open()
			if err != nil {
				return err
			}
			f, size, err := openIn(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			bar := a.bar("put", size)
			c, n, err := s.Put(cmd.Context(), bar.Reader(f))
			bar.Done()
			if err != nil {
				return err
			}
			return a.emit(map[string]any{"cid": c.String(), "size": n}, func(w io.Writer) { fmt.Fprintln(w, c) })
		},
	}
	open = a.storeFlag(cmd)
	return cmd
}

func (a *app) newDataGetCmd() *cobra.Command {
	var open func() (*store.Local, error)
	var out string
	cmd := &cobra.Command{
		Use:   "get CID",
		Short: "Copy a blob out of the store, checked against its CID",
		Long: `Write the blob named CID to --out. The bytes are checked against the CID as they
are copied; --out appears only if they match (a blob corrupted on disk is reported
and nothing is written).`,
		Example: `  datatrade data get bafybei… --out data.sealed`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, n, err := a.blobToFile(cmd.Context(), open, args[0], out, "get",
				func(ctx context.Context, s *store.Local, c cid.Cid, dst io.Writer, bar *progress.Bar) (int64, error) {
					r, err := s.Get(ctx, c)
					if err != nil {
						return 0, err
					}
					defer r.Close()
					return io.Copy(bar.Writer(dst), r)
				})
			if err != nil {
				return err
			}
			return a.emit(map[string]any{"cid": c.String(), "out": out, "size": n}, func(w io.Writer) {
				fmt.Fprintf(w, "%s: %d bytes written to %s\n", c, n, out)
			})
		},
	}
	open = a.storeFlag(cmd)
	cmd.Flags().StringVar(&out, "out", "", "file to write")
	return cmd
}

func (a *app) newDataExportCARCmd() *cobra.Command {
	var open func() (*store.Local, error)
	var out string
	cmd := &cobra.Command{
		Use:   "export-car CID",
		Short: "Export a blob as a CAR file that any IPFS node can import and pin",
		Example: `  datatrade data export-car bafybei… --out data.car
  ipfs dag import data.car`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, blocks, err := a.blobToFile(cmd.Context(), open, args[0], out, "export",
				func(ctx context.Context, s *store.Local, c cid.Cid, dst io.Writer, bar *progress.Bar) (int64, error) {
					n, err := store.ExportCAR(ctx, progressGetter{s, bar}, c, s.Params(), dst)
					return int64(n), err
				})
			if err != nil {
				return err
			}
			return a.emit(map[string]any{"cid": c.String(), "out": out, "blocks": blocks}, func(w io.Writer) {
				fmt.Fprintf(w, "%s: %d blocks written to %s\n", c, blocks, out)
			})
		},
	}
	open = a.storeFlag(cmd)
	cmd.Flags().StringVar(&out, "out", "", "CAR file to write")
	return cmd
}

// blobToFile writes what write makes of blob cidArg to out, through a
// temporary file renamed into place only on success, with a progress bar
// sized by the blob. It returns the blob's CID and write's count.
func (a *app) blobToFile(ctx context.Context, open func() (*store.Local, error), cidArg, out, label string,
	write func(ctx context.Context, s *store.Local, c cid.Cid, dst io.Writer, bar *progress.Bar) (int64, error)) (cid.Cid, int64, error) {
	if out == "" {
		return cid.Undef, 0, usagef("--out is required")
	}
	c, err := store.ParseCID(cidArg)
	if err != nil {
		return cid.Undef, 0, err
	}
	s, err := open()
	if err != nil {
		return cid.Undef, 0, err
	}
	size, err := s.Stat(ctx, c)
	if err != nil {
		return cid.Undef, 0, err
	}
	dst, err := createAtomic(out)
	if err != nil {
		return cid.Undef, 0, err
	}
	defer dst.abort()
	bar := a.bar(label, size)
	n, err := write(ctx, s, c, dst, bar)
	bar.Done()
	if err != nil {
		return cid.Undef, 0, err
	}
	return c, n, dst.commit(0o644)
}

// progressGetter counts what is read from a store into a bar.
type progressGetter struct {
	s   store.Getter
	bar *progress.Bar
}

func (g progressGetter) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	r, err := g.s.Get(ctx, c)
	if err != nil {
		return nil, err
	}
	return struct {
		io.Reader
		io.Closer
	}{g.bar.Reader(r), r}, nil
}

func (a *app) newDataImportCARCmd() *cobra.Command {
	var open func() (*store.Local, error)
	cmd := &cobra.Command{
		Use:   "import-car FILE",
		Short: "Import a CAR file holding one UnixFS file into the store",
		Long: `Import a CAR (version 1 or 2) holding one UnixFS file, as 'ipfs dag export' writes
it. Every block is checked against its CID and the file is reassembled and stored;
its CID must be the CAR's root under the store's import settings.`,
		Example: `  ipfs dag export bafybei… > data.car
  datatrade data import-car data.car`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := open()
			if err != nil {
				return err
			}
			f, size, err := openIn(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			bar := a.bar("import", size)
			c, err := store.ImportCAR(cmd.Context(), s, bar.Reader(f), store.ImportOptions{Params: s.Params()})
			bar.Done()
			if err != nil {
				return err
			}
			return a.emit(map[string]any{"cid": c.String()}, func(w io.Writer) { fmt.Fprintln(w, c) })
		},
	}
	open = a.storeFlag(cmd)
	return cmd
}
