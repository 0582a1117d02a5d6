package board

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/transparency-dev/merkle/compact"
	"github.com/transparency-dev/merkle/proof"
	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"github.com/datatrade/datatrade"
)

// Config configures a Log.
type Config struct {
	// Path is the SQLite database file; it is created if missing.
	Path string
	// Platform signs checkpoints. Required.
	Platform Signer
	// Now is the clock stamped on checkpoints; time.Now if nil.
	Now func() time.Time
	// Logger; slog.Default() if nil.
	Logger *slog.Logger
}

// Log is the append-only board, stored in SQLite. Every entry is a leaf
// of an RFC 6962 Merkle tree; every complete subtree's hash is stored, so
// proofs are read, not recomputed. It is safe for concurrent use.
type Log struct {
	db   *sql.DB
	cfg  Config
	rf   compact.RangeFactory
	mu   sync.RWMutex   // guards rng and writes
	rng  *compact.Range // the compact range [0, size)
	size uint64
}

const schema = `
CREATE TABLE IF NOT EXISTS entries (
	idx INTEGER PRIMARY KEY,
	data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS nodes (
	level INTEGER NOT NULL,
	idx INTEGER NOT NULL,
	hash BLOB NOT NULL,
	PRIMARY KEY (level, idx)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS entries_data ON entries (data);
`

// Open opens (or creates) the log at cfg.Path and restores its tree.
func Open(ctx context.Context, cfg Config) (*Log, error) {
	if cfg.Path == "" {
		return nil, datatrade.Errorf(datatrade.EINVALID, "board: no database path")
	}
	if cfg.Platform == nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "board: no platform signer")
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	dsn := cfg.Path
	if !strings.HasPrefix(dsn, "file:") {
		dsn = "file:" + dsn + "?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "board database: %v", err)
	}
	db.SetMaxOpenConns(1) // SQLite serialises writers; one connection avoids SQLITE_BUSY
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "cannot open the board database")
	}
	l := &Log{db: db, cfg: cfg, rf: compact.RangeFactory{Hash: hasher().HashChildren}}
	if err := l.load(ctx); err != nil {
		db.Close()
		return nil, err
	}
	cfg.Logger.Debug("board opened", "size", l.size)
	return l, nil
}

// load restores size and the compact range from the stored nodes.
func (l *Log) load(ctx context.Context) error {
	var n int64
	if err := l.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM entries`).Scan(&n); err != nil {
		return fmt.Errorf("board: count entries: %w", err)
	}
	size := uint64(n)
	ids := compact.RangeNodes(0, size, nil)
	hs, err := l.nodeHashes(ctx, ids)
	if err != nil {
		return err
	}
	rng, err := l.rf.NewRange(0, size, hs)
	if err != nil {
		return fmt.Errorf("board: restore tree: %w", err)
	}
	l.rng, l.size = rng, size
	return nil
}

// Close closes the database.
func (l *Log) Close() error { return l.db.Close() }

// Size returns the number of entries.
func (l *Log) Size() uint64 {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.size
}

// Append verifies e's signature and appends it, returning its index. An
// entry whose signature does not recover to its party is refused with
// EUNAUTHORIZED, a malformed one with EINVALID, and one already on the
// board (a replay) with ECONFLICT.
func (l *Log) Append(ctx context.Context, e Entry) (uint64, error) {
	if err := e.Verify(); err != nil {
		return 0, err
	}
	data, err := e.Marshal()
	if err != nil {
		return 0, err
	}
	leaf := hasher().HashLeaf(data)

	l.mu.Lock()
	defer l.mu.Unlock()
	var dup int
	switch err := l.db.QueryRowContext(ctx, `SELECT 1 FROM entries WHERE data = ?`, data).Scan(&dup); {
	case err == nil:
		return 0, datatrade.Errorf(datatrade.ECONFLICT, "board: this entry is already on the board")
	case !errors.Is(err, sql.ErrNoRows):
		return 0, fmt.Errorf("board: look up entry: %w", err)
	}
	idx := l.size
	// A copy: Append may overwrite the hashes slice in place.
	next, err := l.rf.NewRange(0, l.rng.End(), slices.Clone(l.rng.Hashes()))
	if err != nil {
		return 0, fmt.Errorf("board: copy tree: %w", err)
	}
	type node struct {
		id   compact.NodeID
		hash []byte
	}
	var nodes []node // the leaf and every subtree it completes
	if err := next.Append(leaf, func(id compact.NodeID, h []byte) {
		nodes = append(nodes, node{id, h})
	}); err != nil {
		return 0, fmt.Errorf("board: append to tree: %w", err)
	}
	tx, err := l.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("board: begin: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO entries (idx, data) VALUES (?, ?)`, int64(idx), data); err != nil {
		return 0, fmt.Errorf("board: store entry: %w", err)
	}
	for _, n := range nodes {
		if _, err := tx.ExecContext(ctx, `INSERT INTO nodes (level, idx, hash) VALUES (?, ?, ?)`, int64(n.id.Level), int64(n.id.Index), n.hash); err != nil {
			return 0, fmt.Errorf("board: store node: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("board: commit: %w", err)
	}
	l.rng, l.size = next, idx+1
	return idx, nil
}

// Entry returns the entry at index.
func (l *Log) Entry(ctx context.Context, index uint64) (Entry, error) {
	var data []byte
	err := l.db.QueryRowContext(ctx, `SELECT data FROM entries WHERE idx = ?`, int64(index)).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return Entry{}, datatrade.Errorf(datatrade.ENOTFOUND, "board has no entry %d", index)
	}
	if err != nil {
		return Entry{}, fmt.Errorf("board: read entry: %w", err)
	}
	return UnmarshalEntry(data)
}

// Checkpoint returns the current size and root, signed by the platform.
func (l *Log) Checkpoint(ctx context.Context) (Checkpoint, error) {
	l.mu.RLock()
	size := l.size
	root, err := l.rng.GetRootHash(nil)
	l.mu.RUnlock()
	if err != nil {
		return Checkpoint{}, fmt.Errorf("board: root: %w", err)
	}
	cp := Checkpoint{Size: size, Root: emptyRoot(), Time: l.cfg.Now().UTC()}
	if size > 0 {
		cp.Root = common.BytesToHash(root)
	}
	sig, err := l.cfg.Platform.SignHash(cp.Hash())
	if err != nil {
		return Checkpoint{}, fmt.Errorf("board: sign checkpoint: %w", err)
	}
	cp.Signature = sig
	return cp, nil
}

// Publish makes a checkpoint and hands it to a, which anchors it where the
// operator cannot rewrite it.
func (l *Log) Publish(ctx context.Context, a Anchor) (Checkpoint, error) {
	cp, err := l.Checkpoint(ctx)
	if err != nil {
		return Checkpoint{}, err
	}
	if err := a.AnchorCheckpoint(ctx, cp); err != nil {
		return Checkpoint{}, fmt.Errorf("board: anchor checkpoint of size %d: %w", cp.Size, err)
	}
	return cp, nil
}

// InclusionProof proves that the entry at index is in the tree of size,
// which must not exceed the log's size.
func (l *Log) InclusionProof(ctx context.Context, index, size uint64) (InclusionProof, error) {
	if size > l.Size() || index >= size {
		return InclusionProof{}, datatrade.Errorf(datatrade.EINVALID, "no inclusion proof for entry %d in a log of size %d (board size %d)", index, size, l.Size())
	}
	nodes, err := proof.Inclusion(index, size)
	if err != nil {
		return InclusionProof{}, datatrade.Errorf(datatrade.EINVALID, "inclusion proof: %v", err)
	}
	hs, err := l.proofHashes(ctx, nodes)
	if err != nil {
		return InclusionProof{}, err
	}
	return InclusionProof{Index: index, Size: size, Hashes: hs}, nil
}

// ConsistencyProof proves that the tree of size1 is a prefix of the tree
// of size2; 0 < size1 <= size2 <= the log's size. (From size 0 the proof
// is empty.)
func (l *Log) ConsistencyProof(ctx context.Context, size1, size2 uint64) (ConsistencyProof, error) {
	if size1 > size2 || size2 > l.Size() {
		return ConsistencyProof{}, datatrade.Errorf(datatrade.EINVALID, "no consistency proof from size %d to %d (board size %d)", size1, size2, l.Size())
	}
	p := ConsistencyProof{Size1: size1, Size2: size2, Hashes: []common.Hash{}}
	if size1 == 0 {
		return p, nil
	}
	nodes, err := proof.Consistency(size1, size2)
	if err != nil {
		return ConsistencyProof{}, datatrade.Errorf(datatrade.EINVALID, "consistency proof: %v", err)
	}
	if p.Hashes, err = l.proofHashes(ctx, nodes); err != nil {
		return ConsistencyProof{}, err
	}
	return p, nil
}

// proofHashes reads the stored nodes of a proof and rehashes its
// ephemeral node.
func (l *Log) proofHashes(ctx context.Context, nodes proof.Nodes) ([]common.Hash, error) {
	hs, err := l.nodeHashes(ctx, nodes.IDs)
	if err != nil {
		return nil, err
	}
	hs, err = nodes.Rehash(hs, hasher().HashChildren)
	if err != nil {
		return nil, fmt.Errorf("board: rehash proof: %w", err)
	}
	return toHashes(hs)
}

// nodeHashes reads the hashes of stored tree nodes, in order.
func (l *Log) nodeHashes(ctx context.Context, ids []compact.NodeID) ([][]byte, error) {
	out := make([][]byte, len(ids))
	for i, id := range ids {
		err := l.db.QueryRowContext(ctx, `SELECT hash FROM nodes WHERE level = ? AND idx = ?`, int64(id.Level), int64(id.Index)).Scan(&out[i])
		if err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return nil, datatrade.Errorf(datatrade.EINTEGRITY, "board: tree node (%d, %d) missing", id.Level, id.Index)
			}
			return nil, fmt.Errorf("board: read node: %w", err)
		}
	}
	return out, nil
}

// Audit recomputes the tree from the stored entries and compares it with
// the stored tree and the in-memory root. It returns an EINTEGRITY error
// naming the first entry whose stored leaf hash does not match its bytes,
// or the root if the tree differs. It reads the whole log.
func (l *Log) Audit(ctx context.Context) error {
	l.mu.RLock()
	defer l.mu.RUnlock()
	rows, err := l.db.QueryContext(ctx, `SELECT e.idx, e.data, n.hash FROM entries e LEFT JOIN nodes n ON n.level = 0 AND n.idx = e.idx ORDER BY e.idx`)
	if err != nil {
		return fmt.Errorf("board: audit: %w", err)
	}
	defer rows.Close()
	rng := l.rf.NewEmptyRange(0)
	var want uint64
	for rows.Next() {
		var idx int64
		var data, stored []byte
		if err := rows.Scan(&idx, &data, &stored); err != nil {
			return fmt.Errorf("board: audit: %w", err)
		}
		if uint64(idx) != want {
			return datatrade.Errorf(datatrade.EINTEGRITY, "board audit: entry %d is missing", want)
		}
		want++
		if _, err := UnmarshalEntry(data); err != nil {
			return datatrade.Errorf(datatrade.EINTEGRITY, "board audit: entry %d does not decode", idx)
		}
		leaf := hasher().HashLeaf(data)
		if !bytes.Equal(leaf, stored) {
			return datatrade.Errorf(datatrade.EINTEGRITY, "board audit: entry %d does not match its leaf hash", idx)
		}
		if err := rng.Append(leaf, nil); err != nil {
			return fmt.Errorf("board: audit: %w", err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("board: audit: %w", err)
	}
	if want != l.size || !rng.Equal(l.rng) {
		return datatrade.Errorf(datatrade.EINTEGRITY, "board audit: the stored tree does not match the entries")
	}
	return nil
}
