package envelope

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"

	"github.com/transparency-dev/merkle/compact"
	"github.com/transparency-dev/merkle/proof"
	"github.com/transparency-dev/merkle/rfc6962"

	"github.com/datatrade/datatrade"
)

// ListingSalt is the secret from which every chunk's salt is derived. It
// travels only with the data key.
type ListingSalt [32]byte

// NewListingSalt draws a fresh listing salt from rand.
func NewListingSalt(rand io.Reader) (ListingSalt, error) {
	var s ListingSalt
	if _, err := io.ReadFull(rand, s[:]); err != nil {
		return ListingSalt{}, fmt.Errorf("draw listing salt: %w", err)
	}
	return s, nil
}

const saltDomain = "datatrade merkle v1 salt"

// ChunkSalt returns salt_i = HMAC-SHA256(s, "datatrade merkle v1 salt" | i).
func (s ListingSalt) ChunkSalt(i uint64) [32]byte {
	m := hmac.New(sha256.New, s[:])
	m.Write([]byte(saltDomain))
	var ib [8]byte
	binary.BigEndian.PutUint64(ib[:], i)
	m.Write(ib[:])
	var out [32]byte
	m.Sum(out[:0])
	return out
}

// LeafHash returns SHA-256(0x00 | salt | chunk), the RFC 6962 leaf hash of
// salt | chunk.
func LeafHash(salt [32]byte, chunk []byte) [32]byte {
	h := sha256.New()
	h.Write([]byte{rfc6962.RFC6962LeafHashPrefix})
	h.Write(salt[:])
	h.Write(chunk)
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// Commitment is what a seller publishes about a dataset: the Merkle root
// over its salted chunk hashes, its plaintext size and its chunk size.
type Commitment struct {
	Root      [32]byte
	Size      uint64
	ChunkSize int
}

// Leaves returns the number of chunks (leaves): at least one, an empty
// dataset being one empty chunk.
func (c Commitment) Leaves() uint64 {
	if c.ChunkSize <= 0 {
		return 1
	}
	cs := uint64(c.ChunkSize)
	n := c.Size / cs
	if c.Size%cs != 0 {
		n++
	}
	return max(n, 1)
}

// chunkLen returns the plaintext length chunk i must have.
func (c Commitment) chunkLen(i uint64) uint64 {
	if i < c.Leaves()-1 {
		return uint64(c.ChunkSize)
	}
	return c.Size - (c.Leaves()-1)*uint64(c.ChunkSize)
}

type commitmentJSON struct {
	Root      string `json:"root"`
	Size      uint64 `json:"size"`
	ChunkSize int    `json:"chunkSize"`
	Leaves    uint64 `json:"leaves"`
}

// MarshalJSON encodes c with a hex root.
func (c Commitment) MarshalJSON() ([]byte, error) {
	return json.Marshal(commitmentJSON{Root: hex.EncodeToString(c.Root[:]), Size: c.Size, ChunkSize: c.ChunkSize, Leaves: c.Leaves()})
}

// UnmarshalJSON decodes c, rejecting malformed roots and chunk sizes.
func (c *Commitment) UnmarshalJSON(b []byte) error {
	var j commitmentJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return datatrade.Errorf(datatrade.EINVALID, "malformed commitment")
	}
	root, err := parseHash(j.Root)
	if err != nil {
		return err
	}
	if j.ChunkSize < MinChunkSize || j.ChunkSize > MaxChunkSize {
		return datatrade.Errorf(datatrade.EINVALID, "commitment chunk size must be between %d and %d", MinChunkSize, MaxChunkSize)
	}
	*c = Commitment{Root: root, Size: j.Size, ChunkSize: j.ChunkSize}
	return nil
}

func parseHash(s string) ([32]byte, error) {
	var h [32]byte
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 32 {
		return h, datatrade.Errorf(datatrade.EINVALID, "a hash must be 64 hex digits")
	}
	copy(h[:], b)
	return h, nil
}

var rangeFactory = compact.RangeFactory{Hash: rfc6962.DefaultHasher.HashChildren}

// Committer computes a Commitment over a plaintext stream written to it, in
// memory logarithmic in the dataset size, optionally keeping every leaf hash
// so that proofs can be made (see Tree). It is not safe for concurrent use.
type Committer struct {
	salt      ListingSalt
	chunkSize int
	keep      bool
	leaves    [][32]byte
	rng       *compact.Range
	h         hash.Hash
	inChunk   int
	size      uint64
	err       error
}

// NewCommitter returns a Committer over chunks of chunkSize bytes (0 means
// DefaultChunkSize). With keepLeaves it keeps 32 bytes per chunk so that
// Tree can make proofs.
func NewCommitter(salt ListingSalt, chunkSize int, keepLeaves bool) (*Committer, error) {
	if chunkSize == 0 {
		chunkSize = DefaultChunkSize
	}
	if chunkSize < MinChunkSize || chunkSize > MaxChunkSize {
		return nil, datatrade.Errorf(datatrade.EINVALID, "chunk size must be between %d and %d bytes", MinChunkSize, MaxChunkSize)
	}
	c := &Committer{salt: salt, chunkSize: chunkSize, keep: keepLeaves, rng: rangeFactory.NewEmptyRange(0), h: sha256.New()}
	c.startLeaf()
	return c, nil
}

func (c *Committer) startLeaf() {
	c.h.Reset()
	s := c.salt.ChunkSalt(c.rng.End())
	c.h.Write([]byte{rfc6962.RFC6962LeafHashPrefix})
	c.h.Write(s[:])
	c.inChunk = 0
}

func (c *Committer) endLeaf() error {
	var leaf [32]byte
	c.h.Sum(leaf[:0])
	if c.keep {
		c.leaves = append(c.leaves, leaf)
	}
	if err := c.rng.Append(leaf[:], nil); err != nil {
		return fmt.Errorf("merkle append: %w", err)
	}
	c.startLeaf()
	return nil
}

// Write implements io.Writer; it hashes without copying the data.
func (c *Committer) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	total := len(p)
	for len(p) > 0 {
		if c.inChunk == c.chunkSize {
			if c.err = c.endLeaf(); c.err != nil {
				return 0, c.err
			}
		}
		k := min(len(p), c.chunkSize-c.inChunk)
		c.h.Write(p[:k])
		c.inChunk += k
		c.size += uint64(k)
		p = p[k:]
	}
	return total, nil
}

// Commitment finishes the tree and returns the commitment. The Committer
// must not be written to afterwards.
func (c *Committer) Commitment() (Commitment, error) {
	if c.err != nil {
		return Commitment{}, c.err
	}
	if c.inChunk > 0 || c.rng.End() == 0 {
		if err := c.endLeaf(); err != nil {
			return Commitment{}, err
		}
		c.inChunk = -1 // finished
	}
	root, err := c.rng.GetRootHash(nil)
	if err != nil {
		return Commitment{}, fmt.Errorf("merkle root: %w", err)
	}
	out := Commitment{Size: c.size, ChunkSize: c.chunkSize}
	copy(out.Root[:], root)
	return out, nil
}

// Commit reads the plaintext r to its end and returns its commitment.
func Commit(ctx context.Context, r io.Reader, salt ListingSalt, chunkSize int) (Commitment, error) {
	c, err := NewCommitter(salt, chunkSize, false)
	if err != nil {
		return Commitment{}, err
	}
	if _, err := io.Copy(c, ctxReader{ctx, r}); err != nil {
		return Commitment{}, err
	}
	return c.Commitment()
}

// Tree holds a dataset's leaf hashes (32 bytes per chunk) and makes
// inclusion proofs. It is safe for concurrent use.
type Tree struct {
	c      Commitment
	salt   ListingSalt
	leaves [][32]byte
}

// BuildTree reads the plaintext r to its end and returns its tree.
func BuildTree(ctx context.Context, r io.Reader, salt ListingSalt, chunkSize int) (*Tree, error) {
	c, err := NewCommitter(salt, chunkSize, true)
	if err != nil {
		return nil, err
	}
	if _, err := io.Copy(c, ctxReader{ctx, r}); err != nil {
		return nil, err
	}
	com, err := c.Commitment()
	if err != nil {
		return nil, err
	}
	return &Tree{c: com, salt: salt, leaves: c.leaves}, nil
}

// Commitment returns the tree's commitment.
func (t *Tree) Commitment() Commitment { return t.c }

// Prove returns the inclusion proof of chunk i.
func (t *Tree) Prove(i uint64) (Proof, error) {
	n := uint64(len(t.leaves))
	if i >= n {
		return Proof{}, datatrade.Errorf(datatrade.EINVALID, "chunk %d out of range (the dataset has %d)", i, n)
	}
	nodes, err := proof.Inclusion(i, n)
	if err != nil {
		return Proof{}, fmt.Errorf("inclusion proof: %w", err)
	}
	hashes := make([][]byte, len(nodes.IDs))
	for k, id := range nodes.IDs {
		begin, end := id.Coverage()
		r := rangeFactory.NewEmptyRange(begin)
		for j := begin; j < end; j++ {
			if err := r.Append(t.leaves[j][:], nil); err != nil {
				return Proof{}, fmt.Errorf("merkle node: %w", err)
			}
		}
		// A proof node is a perfect subtree: its range is that one node.
		if hs := r.Hashes(); len(hs) == 1 {
			hashes[k] = hs[0]
		} else {
			return Proof{}, fmt.Errorf("merkle node %v is not a perfect subtree", id)
		}
	}
	path, err := nodes.Rehash(hashes, rfc6962.DefaultHasher.HashChildren)
	if err != nil {
		return Proof{}, fmt.Errorf("inclusion proof: %w", err)
	}
	p := Proof{Index: i, Salt: t.salt.ChunkSalt(i), Path: make([][32]byte, len(path))}
	for k := range path {
		copy(p.Path[k][:], path[k])
	}
	return p, nil
}

// Proof shows that a chunk is chunk Index of a committed dataset. It
// carries the chunk's salt, which reveals nothing about other chunks.
type Proof struct {
	Index uint64
	Salt  [32]byte
	Path  [][32]byte
}

// maxPath is the longest audit path: a tree of 2^64 leaves.
const maxPath = 64

const proofVersion = 1

// MarshalBinary encodes p: version (1 byte) | index (uint64 BE) | salt
// (32 bytes) | path length (1 byte) | path hashes (32 bytes each).
func (p Proof) MarshalBinary() ([]byte, error) {
	if len(p.Path) > maxPath {
		return nil, datatrade.Errorf(datatrade.EINVALID, "proof path too long")
	}
	b := make([]byte, 0, 42+32*len(p.Path))
	b = append(b, proofVersion)
	b = binary.BigEndian.AppendUint64(b, p.Index)
	b = append(b, p.Salt[:]...)
	b = append(b, byte(len(p.Path)))
	for _, h := range p.Path {
		b = append(b, h[:]...)
	}
	return b, nil
}

// UnmarshalBinary decodes the form written by MarshalBinary; errors are EINVALID.
func (p *Proof) UnmarshalBinary(b []byte) error {
	bad := datatrade.Errorf(datatrade.EINVALID, "malformed Merkle proof")
	if len(b) < 42 || b[0] != proofVersion {
		return bad
	}
	n := int(b[41])
	if n > maxPath || len(b) != 42+32*n {
		return bad
	}
	q := Proof{Index: binary.BigEndian.Uint64(b[1:9]), Path: make([][32]byte, n)}
	copy(q.Salt[:], b[9:41])
	for k := range n {
		copy(q.Path[k][:], b[42+32*k:])
	}
	*p = q
	return nil
}

type proofJSON struct {
	Index uint64   `json:"index"`
	Salt  string   `json:"salt"`
	Path  []string `json:"path"`
}

// MarshalJSON encodes p with hex hashes.
func (p Proof) MarshalJSON() ([]byte, error) {
	j := proofJSON{Index: p.Index, Salt: hex.EncodeToString(p.Salt[:]), Path: make([]string, len(p.Path))}
	for k, h := range p.Path {
		j.Path[k] = hex.EncodeToString(h[:])
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes p; errors are EINVALID.
func (p *Proof) UnmarshalJSON(b []byte) error {
	var j proofJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return datatrade.Errorf(datatrade.EINVALID, "malformed Merkle proof")
	}
	if len(j.Path) > maxPath {
		return datatrade.Errorf(datatrade.EINVALID, "malformed Merkle proof (path too long)")
	}
	q := Proof{Index: j.Index, Path: make([][32]byte, len(j.Path))}
	var err error
	if q.Salt, err = parseHash(j.Salt); err != nil {
		return err
	}
	for k, s := range j.Path {
		if q.Path[k], err = parseHash(s); err != nil {
			return err
		}
	}
	*p = q
	return nil
}

// Verify checks that chunk is chunk p.Index of the dataset committed to by c.
// Errors: EINVALID if the index is out of range; EINTEGRITY if the chunk
// has the wrong length for its index or does not match the root.
func (c Commitment) Verify(p Proof, chunk []byte) error {
	n := c.Leaves()
	if c.ChunkSize < MinChunkSize || c.ChunkSize > MaxChunkSize {
		return datatrade.Errorf(datatrade.EINVALID, "commitment chunk size must be between %d and %d", MinChunkSize, MaxChunkSize)
	}
	if p.Index >= n {
		return datatrade.Errorf(datatrade.EINVALID, "proof for chunk %d, but the dataset has %d chunks", p.Index, n)
	}
	if want := c.chunkLen(p.Index); uint64(len(chunk)) != want {
		return datatrade.Errorf(datatrade.EINTEGRITY, "chunk %d has %d bytes, the commitment says %d", p.Index, len(chunk), want)
	}
	leaf := LeafHash(p.Salt, chunk)
	path := make([][]byte, len(p.Path))
	for k := range p.Path {
		path[k] = p.Path[k][:]
	}
	if err := proof.VerifyInclusion(rfc6962.DefaultHasher, p.Index, n, leaf[:], path, c.Root[:]); err != nil {
		return datatrade.Errorf(datatrade.EINTEGRITY, "chunk %d does not match the commitment", p.Index)
	}
	return nil
}
