package broker

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/board"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/market"
)

// ChainAnchor records board checkpoints in the BoardAnchor contract. It is
// the board.Anchor of a platform.
type ChainAnchor struct {
	b    *market.Broker
	from *chain.Account
}

var _ board.Anchor = (*ChainAnchor)(nil)

// NewChainAnchor returns an anchor sending from the platform's account.
func NewChainAnchor(b *market.Broker, platform *chain.Account) *ChainAnchor {
	return &ChainAnchor{b: b, from: platform}
}

// AnchorCheckpoint records cp's size and root on chain and returns once the
// transaction is mined. A checkpoint already anchored with the same root is
// accepted again without a transaction; an empty board, or one no larger
// than the last anchored size with another root, is refused (ECONFLICT).
func (a *ChainAnchor) AnchorCheckpoint(ctx context.Context, cp board.Checkpoint) error {
	if cp.Size == 0 {
		return datatrade.Errorf(datatrade.ECONFLICT, "the board is empty: nothing to anchor")
	}
	latest, err := a.b.LatestAnchored(ctx)
	switch {
	case datatrade.ErrorCode(err) == datatrade.ENOTFOUND:
	case err != nil:
		return err
	case latest.Size == cp.Size && latest.Root == cp.Root:
		return nil
	case latest.Size >= cp.Size:
		return datatrade.Errorf(datatrade.ECONFLICT, "a board checkpoint of size %d is already anchored; this one has size %d", latest.Size, cp.Size)
	}
	_, err = a.b.Send(ctx, a.from, a.b.AnchorCheckpointTx(cp.Size, cp.Root))
	return err
}

// Anchor signs the board's current checkpoint, anchors it on chain and
// keeps it for the proofs the service hands out.
func (s *Service) Anchor(ctx context.Context) (board.Checkpoint, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cp, err := s.cfg.Board.Publish(ctx, s.anchor)
	if err != nil {
		return cp, err
	}
	b, _ := json.Marshal(cp)
	if err := os.WriteFile(s.path("checkpoints", cp.Size, ".json"), b, 0o600); err != nil {
		return cp, fmt.Errorf("keep anchored checkpoint: %w", err)
	}
	s.log.Info("board anchored", "size", cp.Size, "root", cp.Root.Hex())
	return cp, nil
}

// Proof shows that a board entry is in an anchored checkpoint.
type Proof struct {
	Entry      hexutil.Bytes        `json:"entry"`
	Inclusion  board.InclusionProof `json:"inclusion"`
	Checkpoint board.Checkpoint     `json:"checkpoint"`
}

// Proof returns the entry at index with its inclusion proof in the
// smallest anchored checkpoint that holds it. Errors: ENOTFOUND for an
// index beyond the board, EUNAVAILABLE when no anchored checkpoint holds
// the entry yet.
func (s *Service) Proof(ctx context.Context, index uint64) (Proof, error) {
	e, err := s.cfg.Board.Entry(ctx, index)
	if err != nil {
		return Proof{}, err
	}
	sizes, err := s.anchoredSizes()
	if err != nil {
		return Proof{}, err
	}
	i := sort.Search(len(sizes), func(i int) bool { return sizes[i] > index })
	if i == len(sizes) {
		return Proof{}, datatrade.Errorf(datatrade.EUNAVAILABLE, "board entry %d is not in an anchored checkpoint yet: anchor the board first", index)
	}
	cp, err := s.anchoredCheckpoint(sizes[i])
	if err != nil {
		return Proof{}, err
	}
	p, err := s.cfg.Board.InclusionProof(ctx, index, cp.Size)
	if err != nil {
		return Proof{}, err
	}
	enc, err := e.Marshal()
	if err != nil {
		return Proof{}, err
	}
	return Proof{Entry: enc, Inclusion: p, Checkpoint: cp}, nil
}

func (s *Service) anchoredSizes() ([]uint64, error) {
	names, err := os.ReadDir(filepath.Join(s.cfg.Dir, "checkpoints"))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("list anchored checkpoints: %w", err)
	}
	var sizes []uint64
	for _, n := range names {
		if v, err := strconv.ParseUint(strings.TrimSuffix(n.Name(), ".json"), 10, 64); err == nil {
			sizes = append(sizes, v)
		}
	}
	sort.Slice(sizes, func(i, j int) bool { return sizes[i] < sizes[j] })
	return sizes, nil
}

// VerifyProof is the client's check: the checkpoint is the platform's, the
// entry is signed by its party and sits under the checkpoint's root, and
// the Broker's BoardAnchor holds the same root for the same size. It
// returns the entry and the anchored checkpoint. Errors: EINTEGRITY for any
// mismatch (a rewritten board, or one shown differently to this client),
// ENOTFOUND when no checkpoint of that size is anchored.
func VerifyProof(ctx context.Context, b *market.Broker, v board.Verifier, p Proof) (board.Entry, market.Anchored, error) {
	e, err := board.UnmarshalEntry(p.Entry)
	if err != nil {
		return e, market.Anchored{}, err
	}
	if err := v.VerifyInclusion(e, p.Inclusion, p.Checkpoint); err != nil {
		return e, market.Anchored{}, err
	}
	a, err := b.AnchoredOfSize(ctx, p.Checkpoint.Size)
	if err != nil {
		return e, a, err
	}
	if a.Root != p.Checkpoint.Root {
		return e, a, datatrade.Errorf(datatrade.EINTEGRITY, "the board's checkpoint of size %d has root %s, the chain anchored %s", a.Size, p.Checkpoint.Root.Hex(), a.Root.Hex())
	}
	return e, a, nil
}

// Consistency shows that the board anchored at one size is a prefix of the
// board anchored at a larger one: nothing was rewritten or dropped.
type Consistency struct {
	Old   board.Checkpoint       `json:"old"`
	New   board.Checkpoint       `json:"new"`
	Proof board.ConsistencyProof `json:"proof"`
}

// Consistency returns the proof between two anchored checkpoints (to = 0:
// the latest). Errors: ENOTFOUND when either size was not anchored by this
// service, EINVALID when from is not smaller than to.
func (s *Service) Consistency(ctx context.Context, from, to uint64) (Consistency, error) {
	sizes, err := s.anchoredSizes()
	if err != nil {
		return Consistency{}, err
	}
	if to == 0 && len(sizes) > 0 {
		to = sizes[len(sizes)-1]
	}
	if from >= to {
		return Consistency{}, datatrade.Errorf(datatrade.EINVALID, "a consistency proof goes from a smaller anchored size to a larger one, not %d to %d", from, to)
	}
	var c Consistency
	if c.Old, err = s.anchoredCheckpoint(from); err != nil {
		return c, err
	}
	if c.New, err = s.anchoredCheckpoint(to); err != nil {
		return c, err
	}
	c.Proof, err = s.cfg.Board.ConsistencyProof(ctx, from, to)
	return c, err
}

func (s *Service) anchoredCheckpoint(size uint64) (board.Checkpoint, error) {
	var cp board.Checkpoint
	raw, err := os.ReadFile(s.path("checkpoints", size, ".json"))
	if errors.Is(err, os.ErrNotExist) {
		return cp, datatrade.Errorf(datatrade.ENOTFOUND, "no board checkpoint of size %d was anchored", size)
	}
	if err != nil {
		return cp, fmt.Errorf("read anchored checkpoint: %w", err)
	}
	if err := json.Unmarshal(raw, &cp); err != nil {
		return cp, fmt.Errorf("read anchored checkpoint: %w", err)
	}
	return cp, nil
}

// VerifyConsistency is the client's check that the board was never
// rewritten between two anchors: both checkpoints are the platform's, the
// proof shows the older log is a prefix of the newer, and the chain
// anchored both roots. Errors: EINTEGRITY for any mismatch, ENOTFOUND when
// a size was not anchored.
func VerifyConsistency(ctx context.Context, b *market.Broker, v board.Verifier, c Consistency) error {
	if err := v.VerifyConsistency(c.Old, c.New, c.Proof); err != nil {
		return err
	}
	for _, cp := range []board.Checkpoint{c.Old, c.New} {
		a, err := b.AnchoredOfSize(ctx, cp.Size)
		if err != nil {
			return err
		}
		if a.Root != cp.Root {
			return datatrade.Errorf(datatrade.EINTEGRITY, "the board's checkpoint of size %d has root %s, the chain anchored %s", cp.Size, cp.Root.Hex(), a.Root.Hex())
		}
	}
	return nil
}
