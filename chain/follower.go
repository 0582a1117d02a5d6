package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
)

// BlockRef names a block by number and hash.
type BlockRef struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

// Checkpoint is where a Follower stands: the last block whose logs it has
// delivered in full, and the recent delivered blocks it remembers to detect
// reorganisations after a restart (oldest first, ending with the last).
type Checkpoint struct {
	BlockRef
	Recent []BlockRef `json:"recent,omitempty"`
}

// CheckpointStore keeps a Follower's checkpoint across restarts.
type CheckpointStore interface {
	// Load returns the saved checkpoint; ok is false when none was saved.
	Load(ctx context.Context) (cp Checkpoint, ok bool, err error)
	// Save replaces the saved checkpoint. It must be atomic: after a crash
	// Load returns either the old or the new checkpoint.
	Save(ctx context.Context, cp Checkpoint) error
}

// FileCheckpoint is a CheckpointStore in one JSON file, replaced atomically
// (temporary file, fsync, rename) on every Save.
type FileCheckpoint struct {
	Path string
}

var _ CheckpointStore = (*FileCheckpoint)(nil)

// maxCheckpointSize bounds what Load reads.
const maxCheckpointSize = 1 << 20

// Load reads the checkpoint file. A missing file means no checkpoint; a
// file that is not a valid checkpoint gives an EINTEGRITY error.
func (f *FileCheckpoint) Load(ctx context.Context) (Checkpoint, bool, error) {
	file, err := os.Open(f.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return Checkpoint{}, false, nil
	}
	if err != nil {
		return Checkpoint{}, false, fmt.Errorf("open checkpoint: %w", err)
	}
	defer file.Close()
	blob, err := io.ReadAll(io.LimitReader(file, maxCheckpointSize+1))
	if err != nil {
		return Checkpoint{}, false, fmt.Errorf("read checkpoint: %w", err)
	}
	cp, err := decodeCheckpoint(blob)
	if err != nil {
		return Checkpoint{}, false, datatrade.Errorf(datatrade.EINTEGRITY, "checkpoint file %s is damaged (%v); remove it to follow again from the start block", f.Path, err)
	}
	return cp, true, nil
}

// decodeCheckpoint parses and checks a checkpoint file's content.
func decodeCheckpoint(blob []byte) (Checkpoint, error) {
	if len(blob) > maxCheckpointSize {
		return Checkpoint{}, errors.New("too large")
	}
	var cp Checkpoint
	if err := json.Unmarshal(blob, &cp); err != nil {
		return Checkpoint{}, errors.New("not valid JSON")
	}
	if cp.Hash == (common.Hash{}) {
		return Checkpoint{}, errors.New("no block hash")
	}
	for i, r := range cp.Recent {
		if r.Hash == (common.Hash{}) {
			return Checkpoint{}, errors.New("recent block without hash")
		}
		if i > 0 && r.Number <= cp.Recent[i-1].Number {
			return Checkpoint{}, errors.New("recent blocks out of order")
		}
	}
	if n := len(cp.Recent); n > 0 && cp.Recent[n-1] != cp.BlockRef {
		return Checkpoint{}, errors.New("recent blocks do not end at the checkpoint")
	}
	return cp, nil
}

// Save writes the checkpoint atomically.
func (f *FileCheckpoint) Save(ctx context.Context, cp Checkpoint) error {
	blob, err := json.Marshal(cp)
	if err != nil {
		return err
	}
	return writeFileAtomic(f.Path, blob, 0o644)
}

// FollowerBackend is what a Follower reads from the chain.
type FollowerBackend interface {
	ethereum.BlockNumberReader
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	ethereum.LogFilterer
}

var _ FollowerBackend = Backend(nil)

// FollowerConfig configures a Follower.
type FollowerConfig struct {
	// Addresses and Topics select the logs, as in ethereum.FilterQuery.
	Addresses []common.Address
	Topics    [][]common.Hash
	// StartBlock is the first block read when there is no checkpoint.
	StartBlock uint64
	// Confirmations holds back the newest blocks: a block is delivered once
	// this many blocks are built on it.
	Confirmations uint64
	// PollInterval is how often Run polls (default 1 s).
	PollInterval time.Duration
	// Checkpoints keeps the position across restarts; nil keeps it in
	// memory only.
	Checkpoints CheckpointStore
	// MaxRange is the most blocks one log query spans (default 1000).
	MaxRange uint64
	// History is how many delivered blocks are remembered to handle a
	// reorganisation (default 128); a deeper one is an error.
	History int
	// Logger (default: discard).
	Logger *slog.Logger
}

// LogHandler receives a Follower's logs. Logs come in chain order; when a
// reorganisation removes delivered blocks, their logs come again with
// Removed set, newest first, before the logs of the new branch. Delivery is
// at least once: after an error or a crash, logs after the last saved
// checkpoint are delivered again, so handlers must be idempotent.
type LogHandler func(ctx context.Context, l types.Log) error

// Follower delivers the logs of chosen contracts in order, with a
// confirmation depth, resuming after a restart from its checkpoint and
// handling reorganisations. It polls with eth_getLogs, so it works over
// HTTP as well as WebSocket. A Follower is not safe for concurrent use:
// one goroutine calls Sync or Run.
type Follower struct {
	b   FollowerBackend
	cfg FollowerConfig
	log *slog.Logger

	loaded bool
	next   uint64 // the next block to read
	recent []deliveredBlock
}

// deliveredBlock is a delivered block; logs is nil when unknown (the block
// came from a saved checkpoint).
type deliveredBlock struct {
	BlockRef
	logs  []types.Log
	known bool
}

// NewFollower returns a Follower reading from b.
func NewFollower(b FollowerBackend, cfg FollowerConfig) *Follower {
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 1000
	}
	if cfg.History <= 0 {
		cfg.History = 128
	}
	lg := cfg.Logger
	if lg == nil {
		lg = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return &Follower{b: b, cfg: cfg, log: lg}
}

// Checkpoint returns the Follower's current position; ok is false before
// anything was delivered or loaded.
func (f *Follower) Checkpoint() (cp Checkpoint, ok bool) {
	if len(f.recent) == 0 {
		return Checkpoint{}, false
	}
	cp.BlockRef = f.recent[len(f.recent)-1].BlockRef
	for _, d := range f.recent {
		cp.Recent = append(cp.Recent, d.BlockRef)
	}
	return cp, true
}

// Run calls Sync every poll interval until ctx ends or Sync fails, and
// returns the error (ctx's error when it ended).
func (f *Follower) Run(ctx context.Context, h LogHandler) error {
	ticker := time.NewTicker(f.cfg.PollInterval)
	defer ticker.Stop()
	for {
		if err := f.Sync(ctx, h); err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ticker.C:
		}
	}
}

func (f *Follower) load(ctx context.Context) error {
	if f.loaded {
		return nil
	}
	f.next = f.cfg.StartBlock
	if f.cfg.Checkpoints != nil {
		cp, ok, err := f.cfg.Checkpoints.Load(ctx)
		if err != nil {
			return err
		}
		if ok {
			f.next = cp.Number + 1
			refs := cp.Recent
			if len(refs) == 0 {
				refs = []BlockRef{cp.BlockRef}
			}
			for _, r := range refs {
				f.recent = append(f.recent, deliveredBlock{BlockRef: r})
			}
			f.log.Info("follower resumes", "block", cp.Number, "hash", cp.Hash.Hex())
		}
	}
	f.loaded = true
	return nil
}

func (f *Follower) save(ctx context.Context) error {
	if f.cfg.Checkpoints == nil {
		return nil
	}
	cp, ok := f.Checkpoint()
	if !ok {
		return nil
	}
	if err := f.cfg.Checkpoints.Save(ctx, cp); err != nil {
		return fmt.Errorf("save follower checkpoint: %w", err)
	}
	return nil
}

// Sync delivers everything available now: first the removal of blocks a
// reorganisation replaced, then the logs of the confirmed blocks after the
// checkpoint. It saves the checkpoint after each range of blocks.
func (f *Follower) Sync(ctx context.Context, h LogHandler) error {
	if err := f.load(ctx); err != nil {
		return err
	}
	for {
		head, err := f.b.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("read the latest block number: %w", err)
		}
		if err := f.checkReorg(ctx, h); err != nil {
			return err
		}
		if head < f.cfg.Confirmations {
			return nil
		}
		target := head - f.cfg.Confirmations
		if f.next > target {
			return nil
		}
		to := min(target, f.next+f.cfg.MaxRange-1)
		done, err := f.deliverRange(ctx, h, f.next, to)
		if err != nil {
			return err
		}
		if !done {
			continue // the chain changed under the query: check again
		}
		if to == target {
			return nil
		}
	}
}

// header returns the canonical header at n, or nil when the chain is
// shorter than n.
func (f *Follower) header(ctx context.Context, n uint64) (*types.Header, error) {
	hd, err := f.b.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) || (err == nil && hd == nil) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read block %d: %w", n, err)
	}
	return hd, nil
}

// checkReorg compares the newest delivered block with the chain and, when
// it was replaced, delivers the removal of every delivered block after the
// fork point, newest first.
func (f *Follower) checkReorg(ctx context.Context, h LogHandler) error {
	if len(f.recent) == 0 {
		return nil
	}
	last := f.recent[len(f.recent)-1]
	hd, err := f.header(ctx, last.Number)
	if err != nil {
		return err
	}
	if hd != nil && hd.Hash() == last.Hash {
		return nil
	}
	// Find the newest remembered block still on the chain.
	fork := -1
	for i := len(f.recent) - 2; i >= 0; i-- {
		hd, err := f.header(ctx, f.recent[i].Number)
		if err != nil {
			return err
		}
		if hd != nil && hd.Hash() == f.recent[i].Hash {
			fork = i
			break
		}
	}
	if fork < 0 {
		return datatrade.Errorf(datatrade.EINTEGRITY,
			"chain reorganisation deeper than the %d blocks the follower remembers (below block %d); follow again from an earlier block",
			len(f.recent), f.recent[0].Number)
	}
	f.log.Warn("chain reorganisation", "fork", f.recent[fork].Number, "removed", len(f.recent)-1-fork)
	for len(f.recent)-1 > fork {
		gone := f.recent[len(f.recent)-1]
		logs := gone.logs
		if !gone.known {
			hash := gone.Hash
			logs, err = f.b.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash, Addresses: f.cfg.Addresses, Topics: f.cfg.Topics})
			if err != nil {
				return fmt.Errorf("read the logs of replaced block %d: %w", gone.Number, err)
			}
		}
		for i := len(logs) - 1; i >= 0; i-- {
			l := logs[i]
			l.Removed = true
			if err := h(ctx, l); err != nil {
				return err
			}
		}
		f.recent = f.recent[:len(f.recent)-1]
		f.next = f.recent[len(f.recent)-1].Number + 1
		if err := f.save(ctx); err != nil {
			return err
		}
	}
	return nil
}

// deliverRange delivers the logs of blocks from..to. It returns done false
// without delivering anything when the chain changed during the query.
func (f *Follower) deliverRange(ctx context.Context, h LogHandler, from, to uint64) (done bool, err error) {
	toHeader, err := f.header(ctx, to)
	if err != nil || toHeader == nil {
		return false, err
	}
	if len(f.recent) > 0 {
		first, err := f.header(ctx, from)
		if err != nil || first == nil {
			return false, err
		}
		if first.ParentHash != f.recent[len(f.recent)-1].Hash && from == f.recent[len(f.recent)-1].Number+1 {
			return false, nil // reorganised since checkReorg
		}
	}
	logs, err := f.b.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: f.cfg.Addresses,
		Topics:    f.cfg.Topics,
	})
	if err != nil {
		return false, fmt.Errorf("read logs of blocks %d to %d: %w", from, to, err)
	}
	again, err := f.header(ctx, to)
	if err != nil || again == nil || again.Hash() != toHeader.Hash() {
		return false, err
	}
	// Group by block and check the answer hangs together.
	var blocks []deliveredBlock
	for _, l := range logs {
		if l.BlockNumber < from || l.BlockNumber > to || (l.BlockNumber == to && l.BlockHash != toHeader.Hash()) {
			return false, nil
		}
		n := len(blocks)
		if n > 0 && blocks[n-1].Number == l.BlockNumber {
			if blocks[n-1].Hash != l.BlockHash {
				return false, nil
			}
			blocks[n-1].logs = append(blocks[n-1].logs, l)
			continue
		}
		if n > 0 && blocks[n-1].Number > l.BlockNumber {
			return false, nil
		}
		blocks = append(blocks, deliveredBlock{BlockRef: BlockRef{l.BlockNumber, l.BlockHash}, logs: []types.Log{l}, known: true})
	}
	if n := len(blocks); n == 0 || blocks[n-1].Number != to {
		blocks = append(blocks, deliveredBlock{BlockRef: BlockRef{to, toHeader.Hash()}, known: true})
	}
	for _, b := range blocks {
		for _, l := range b.logs {
			if err := h(ctx, l); err != nil {
				// Keep what was delivered in full, so a retry resumes there.
				if serr := f.save(ctx); serr != nil {
					f.log.Error("saving checkpoint after a handler error", "err", serr)
				}
				return false, err
			}
		}
		f.recent = append(f.recent, b)
		f.next = b.Number + 1
	}
	if over := len(f.recent) - f.cfg.History; over > 0 {
		f.recent = append(f.recent[:0:0], f.recent[over:]...)
	}
	if err := f.save(ctx); err != nil {
		return false, err
	}
	return true, nil
}
