package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
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

// prepareDataset encrypts r under a fresh data key into st, commits to the
// salted Merkle root of the plaintext chunks, and returns the listing's
// public commitments and the secrets. It reads r once, in constant memory.
func prepareDataset(ctx context.Context, st store.Store, r io.Reader, chunkSize int) (market.PublishParams, envelope.Secrets, error) {
	var pp market.PublishParams
	salt, err := envelope.NewListingSalt(rand.Reader)
	if err != nil {
		return pp, envelope.Secrets{}, err
	}
	key, err := envelope.NewDataKey(rand.Reader)
	if err != nil {
		return pp, envelope.Secrets{}, err
	}
	committer, err := envelope.NewCommitter(salt, chunkSize, false)
	if err != nil {
		return pp, envelope.Secrets{}, err
	}
	pr, pw := io.Pipe()
	sealer, err := envelope.NewWriter(pw, key, envelope.WriterOptions{ChunkSize: chunkSize, Rand: rand.Reader})
	if err != nil {
		return pp, envelope.Secrets{}, err
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
		return pp, envelope.Secrets{}, fmt.Errorf("encrypt and store dataset: %w", err)
	}
	com, err := committer.Commitment()
	if err != nil {
		return pp, envelope.Secrets{}, err
	}
	pp = market.PublishParams{ContentCID: id.String(), Root: com.Root, Size: com.Size, ChunkCount: uint32(com.Leaves())}
	return pp, envelope.Secrets{DataKey: key, ListingSalt: salt}, nil
}

// saveSecrets writes a listing's secrets to dir/<cid>.json, readable by the
// owner only, in the format `datatrade data decrypt --secrets` reads.
func saveSecrets(dir, contentCID string, sec envelope.Secrets) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("secrets dir: %w", err)
	}
	path := filepath.Join(dir, contentCID+".json")
	return path, writeSecrets(path, sec)
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
