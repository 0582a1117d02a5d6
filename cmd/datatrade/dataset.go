package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/envelope"
	"github.com/datatrade/datatrade/market"
	"github.com/datatrade/datatrade/store"
)

// sellerSecrets are what only the seller (and, later, the attested
// exchanges it hands them to) may know about a listing's data.
type sellerSecrets struct {
	ContentCID  string `json:"contentCid"`
	DataKey     string `json:"dataKey"`
	ListingSalt string `json:"listingSalt"`
	ChunkSize   int    `json:"chunkSize"`
}

// prepareDataset encrypts r under a fresh data key into st, commits to the
// salted Merkle root of the plaintext chunks, and returns the listing's
// public commitments and the secrets. It reads r once, in constant memory.
func prepareDataset(ctx context.Context, st store.Store, r io.Reader, chunkSize int) (market.PublishParams, sellerSecrets, error) {
	var pp market.PublishParams
	salt, err := envelope.NewListingSalt(rand.Reader)
	if err != nil {
		return pp, sellerSecrets{}, err
	}
	key, err := envelope.NewDataKey(rand.Reader)
	if err != nil {
		return pp, sellerSecrets{}, err
	}
	committer, err := envelope.NewCommitter(salt, chunkSize, false)
	if err != nil {
		return pp, sellerSecrets{}, err
	}
	pr, pw := io.Pipe()
	sealer, err := envelope.NewWriter(pw, key, envelope.WriterOptions{ChunkSize: chunkSize, Rand: rand.Reader})
	if err != nil {
		return pp, sellerSecrets{}, err
	}
	go func() {
		_, err := io.Copy(io.MultiWriter(committer, sealer), r)
		if err == nil {
			err = sealer.Close()
		}
		pw.CloseWithError(err)
	}()
	id, _, err := st.Put(ctx, pr)
	pr.CloseWithError(err) // unblocks the copier if Put failed early
	if err != nil {
		return pp, sellerSecrets{}, fmt.Errorf("encrypt and store dataset: %w", err)
	}
	com, err := committer.Commitment()
	if err != nil {
		return pp, sellerSecrets{}, err
	}
	pp = market.PublishParams{ContentCID: id.String(), Root: com.Root, Size: com.Size, ChunkCount: uint32(com.Leaves())}
	sec := sellerSecrets{ContentCID: id.String(), DataKey: hex.EncodeToString(key[:]), ListingSalt: hex.EncodeToString(salt[:]), ChunkSize: com.ChunkSize}
	return pp, sec, nil
}

// saveSecrets writes a listing's secrets to dir/<cid>.json, readable by the
// owner only.
func saveSecrets(dir string, sec sellerSecrets) (string, error) {
	b, err := json.MarshalIndent(sec, "", "  ")
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("secrets dir: %w", err)
	}
	path := filepath.Join(dir, sec.ContentCID+".json")
	if err := envelope.WriteFileAtomic(path, b, 0o600); err != nil {
		return "", err
	}
	return path, nil
}

// parseHash parses a 32-byte hex value.
func parseHash(what, s string) (common.Hash, error) {
	b, err := hex.DecodeString(trim0x(s))
	if err != nil || len(b) != 32 {
		return common.Hash{}, datatrade.Errorf(datatrade.EINVALID, "%s must be 32 bytes in hex (64 hex digits), got %q", what, s)
	}
	return common.BytesToHash(b), nil
}

func trim0x(s string) string {
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		return s[2:]
	}
	return s
}
