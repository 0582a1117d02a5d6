// Package unixfs computes IPFS names: the UnixFS balanced DAG and root CID
// that `ipfs add` builds for a byte stream under given import settings. It
// is pure computation (no files, no network), so the trusted side of an
// exchange can name the ciphertext it makes without any host package.
package unixfs

import (
	"crypto/sha256"
	"fmt"
	"hash"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
	"google.golang.org/protobuf/encoding/protowire"

	"github.com/datatrade/datatrade"
)

// Params are the UnixFS import settings that decide a blob's CID. The same
// bytes imported under the same Params get the same CID from IPFS itself.
type Params struct {
	// ChunkSize is the fixed chunker size in bytes ("size-N" in IPFS terms).
	ChunkSize int
	// MaxLinks is the most links a node of the balanced DAG may have.
	MaxLinks int
	// RawLeaves stores leaves as raw blocks (codec raw) instead of UnixFS
	// file nodes wrapped in dag-pb.
	RawLeaves bool
	// CIDVersion is the CID version used for links inside the DAG (as
	// `ipfs add --cid-version`): 0 or 1. Version 0 cannot name raw leaves.
	// Blobs are named by the version-1 form of the root whatever this is.
	CIDVersion int
}

// DefaultParams are the pinned import settings of datatrade's store. They
// are exactly the defaults of `ipfs add` (and of boxo's importer):
//
//   - chunker: fixed size, 262144 bytes (size-262144)
//   - layout: balanced DAG, at most 174 links per node
//   - leaves: UnixFS file nodes in dag-pb (not raw leaves)
//   - CIDs inside the DAG: version 0 (dag-pb, sha2-256)
//
// A blob's name is the version-1 form of the DAG's root (codec dag-pb,
// multihash sha2-256, base32, "bafybei..."): the same multihash as the "Qm..."
// that a plain `ipfs add` prints, converted as `ipfs cid format -v 1 -b base32`
// does. Any IPFS node with default settings therefore builds the very same
// DAG, block for block, from the same bytes.
var DefaultParams = Params{ChunkSize: 262144, MaxLinks: 174, RawLeaves: false, CIDVersion: 0}

// Name returns the name a store gives to a DAG root: its CID in version 1
// with the same codec and multihash.
func Name(root cid.Cid) cid.Cid {
	if root.Version() == 1 {
		return root
	}
	return cid.NewCidV1(root.Type(), root.Hash())
}

// MaxBlockSize is the largest block IPFS exchanges (the bitswap limit).
const MaxBlockSize = 2 << 20

// Validate reports whether p is usable.
func (p Params) Validate() error {
	switch {
	case p.ChunkSize < 1 || p.ChunkSize > MaxBlockSize-64:
		return datatrade.Errorf(datatrade.EINVALID, "chunk size must be between 1 and %d bytes", MaxBlockSize-64)
	case p.MaxLinks < 2 || p.MaxLinks > 8192:
		return datatrade.Errorf(datatrade.EINVALID, "max links per node must be between 2 and 8192")
	case p.CIDVersion != 0 && p.CIDVersion != 1:
		return datatrade.Errorf(datatrade.EINVALID, "CID version must be 0 or 1")
	case p.CIDVersion == 0 && p.RawLeaves:
		return datatrade.Errorf(datatrade.EINVALID, "CID version 0 cannot name raw leaves")
	}
	return nil
}

// String describes p the way `ipfs add` flags would.
func (p Params) String() string {
	return fmt.Sprintf("chunker=size-%d layout=balanced max-links=%d raw-leaves=%t cid-version=%d hash=sha2-256",
		p.ChunkSize, p.MaxLinks, p.RawLeaves, p.CIDVersion)
}

// Block is one IPFS block of a blob's DAG.
type Block struct {
	CID  cid.Cid
	Data []byte
}

// link is a child reference in the DAG being built.
type link struct {
	c        cid.Cid
	tsize    uint64 // cumulative encoded size of the child's sub-DAG
	filesize uint64 // file bytes below the child
}

// Builder computes the UnixFS balanced DAG of a byte stream, the same DAG
// as the IPFS importer builds, in memory bounded by the tree depth times
// MaxLinks. It emits every block through emit when that is non-nil.
// A Builder is not safe for concurrent use.
type Builder struct {
	p      Params
	emit   func(Block) error
	buf    []byte   // the chunk being filled
	levels [][]link // levels[k] holds the pending children of a node at depth k+1
	leaves int64
	size   uint64
	h      hash.Hash
}

// NewBuilder returns a Builder for p (which the caller has validated) that
// hands every block to emit, or to nobody when emit is nil.
func NewBuilder(p Params, emit func(Block) error) *Builder {
	return &Builder{p: p, emit: emit, buf: make([]byte, 0, p.ChunkSize)}
}

// Write feeds bytes of the blob. It never fails except through emit.
func (b *Builder) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		k := copy(b.buf[len(b.buf):cap(b.buf)], p)
		b.buf = b.buf[:len(b.buf)+k]
		p = p[k:]
		if len(b.buf) == cap(b.buf) {
			if err := b.flushLeaf(); err != nil {
				return n - len(p), err
			}
		}
	}
	return n, nil
}

func (b *Builder) flushLeaf() error {
	data := b.buf
	var l link
	var err error
	if b.p.RawLeaves {
		l, err = b.put(cid.Raw, data, uint64(len(data)), uint64(len(data)))
	} else {
		l, err = b.putFileLeaf(data)
	}
	if err != nil {
		return err
	}
	b.size += uint64(len(data))
	b.leaves++
	b.buf = b.buf[:0]
	return b.add(0, l)
}

// add appends l to level k, first folding a full level into a node one level up.
func (b *Builder) add(k int, l link) error {
	if k == len(b.levels) {
		b.levels = append(b.levels, make([]link, 0, b.p.MaxLinks))
	}
	if len(b.levels[k]) == b.p.MaxLinks {
		parent, err := b.node(b.levels[k])
		if err != nil {
			return err
		}
		b.levels[k] = b.levels[k][:0]
		if err := b.add(k+1, parent); err != nil {
			return err
		}
	}
	b.levels[k] = append(b.levels[k], l)
	return nil
}

// node builds an internal UnixFS file node over children.
func (b *Builder) node(children []link) (link, error) {
	var filesize, tsize uint64
	sizes := make([]uint64, len(children))
	for i, c := range children {
		sizes[i] = c.filesize
		filesize += c.filesize
		tsize += c.tsize
	}
	enc := encodePBNode(children, encodeUnixFSFile(nil, filesize, sizes))
	return b.put(cid.DagProtobuf, enc, tsize+uint64(len(enc)), filesize)
}

// putFileLeaf adds a UnixFS file leaf holding data. Without an emit
// function it hashes the encoding in pieces instead of building it, which
// saves two copies of every chunk.
func (b *Builder) putFileLeaf(data []byte) (link, error) {
	n := uint64(len(data))
	if b.emit != nil {
		enc := encodePBNode(nil, encodeUnixFSFile(data, n, nil))
		return b.put(cid.DagProtobuf, enc, uint64(len(enc)), n)
	}
	// The same bytes as encodePBNode(nil, encodeUnixFSFile(data, n, nil)):
	// PBNode.Data (field 1) holding a UnixFS Data message of type File with
	// Data (field 2) and filesize (field 3).
	var inner, head, tail []byte
	inner = protowire.AppendTag(inner, 1, protowire.VarintType)
	inner = protowire.AppendVarint(inner, TypeFile)
	inner = protowire.AppendTag(inner, 2, protowire.BytesType)
	inner = protowire.AppendVarint(inner, n)
	tail = protowire.AppendTag(tail, 3, protowire.VarintType)
	tail = protowire.AppendVarint(tail, n)
	head = protowire.AppendTag(head, 1, protowire.BytesType)
	head = protowire.AppendVarint(head, uint64(len(inner))+n+uint64(len(tail)))
	head = append(head, inner...)
	h := b.hasher()
	h.Write(head)
	h.Write(data)
	h.Write(tail)
	var sum [32]byte
	h.Sum(sum[:0])
	size := uint64(len(head)) + n + uint64(len(tail))
	return b.link(cid.DagProtobuf, sum, size, n)
}

func (b *Builder) hasher() hash.Hash {
	if b.h == nil {
		b.h = sha256.New()
	}
	b.h.Reset()
	return b.h
}

func (b *Builder) put(codec uint64, data []byte, tsize, filesize uint64) (link, error) {
	sum := sha256.Sum256(data)
	if b.emit != nil {
		l, err := b.link(codec, sum, tsize, filesize)
		if err != nil {
			return link{}, err
		}
		return l, b.emit(Block{CID: l.c, Data: data})
	}
	return b.link(codec, sum, tsize, filesize)
}

// link makes the link to a block of the given codec and SHA-256 sum.
func (b *Builder) link(codec uint64, sum [32]byte, tsize, filesize uint64) (link, error) {
	m, err := mh.Encode(sum[:], mh.SHA2_256)
	if err != nil {
		return link{}, err
	}
	var c cid.Cid
	if b.p.CIDVersion == 0 {
		c = cid.NewCidV0(m)
	} else {
		c = cid.NewCidV1(codec, m)
	}
	return link{c: c, tsize: tsize, filesize: filesize}, nil
}

// Sum finishes the DAG and returns the root CID and the blob size.
// The builder must not be used afterwards.
func (b *Builder) Sum() (cid.Cid, uint64, error) {
	if len(b.buf) > 0 || b.leaves == 0 {
		if b.leaves == 0 && len(b.buf) == 0 && !b.p.RawLeaves {
			// The empty file: one UnixFS file node without data.
			enc := encodePBNode(nil, encodeUnixFSFile(nil, 0, nil))
			l, err := b.put(cid.DagProtobuf, enc, uint64(len(enc)), 0)
			return l.c, 0, err
		}
		if err := b.flushLeaf(); err != nil {
			return cid.Undef, 0, err
		}
	}
	for k := 0; k < len(b.levels); k++ {
		if k == len(b.levels)-1 && len(b.levels[k]) == 1 {
			return b.levels[k][0].c, b.size, nil
		}
		n, err := b.node(b.levels[k])
		if err != nil {
			return cid.Undef, 0, err
		}
		if err := b.add(k+1, n); err != nil {
			return cid.Undef, 0, err
		}
	}
	return cid.Undef, 0, fmt.Errorf("dag builder: no root") // unreachable
}

// encodeUnixFSFile encodes a UnixFS Data message of type File, with the
// fields in the order and presence that the IPFS importer uses.
func encodeUnixFSFile(data []byte, filesize uint64, blocksizes []uint64) []byte {
	out := make([]byte, 0, len(data)+16+10*len(blocksizes))
	out = protowire.AppendTag(out, 1, protowire.VarintType)
	out = protowire.AppendVarint(out, TypeFile)
	if data != nil {
		out = protowire.AppendTag(out, 2, protowire.BytesType)
		out = protowire.AppendBytes(out, data)
	}
	out = protowire.AppendTag(out, 3, protowire.VarintType)
	out = protowire.AppendVarint(out, filesize)
	for _, s := range blocksizes {
		out = protowire.AppendTag(out, 4, protowire.VarintType)
		out = protowire.AppendVarint(out, s)
	}
	return out
}

// UnixFS data types used here.
const (
	TypeRaw  = 0
	TypeFile = 2
)

// encodePBNode encodes a dag-pb node: links first, then data, as the dag-pb
// specification's canonical form requires. Every link carries an empty name.
func encodePBNode(links []link, data []byte) []byte {
	out := make([]byte, 0, len(data)+8+len(links)*48)
	for _, l := range links {
		var lb []byte
		lb = protowire.AppendTag(lb, 1, protowire.BytesType)
		lb = protowire.AppendBytes(lb, l.c.Bytes())
		lb = protowire.AppendTag(lb, 2, protowire.BytesType)
		lb = protowire.AppendBytes(lb, nil)
		lb = protowire.AppendTag(lb, 3, protowire.VarintType)
		lb = protowire.AppendVarint(lb, l.tsize)
		out = protowire.AppendTag(out, 2, protowire.BytesType)
		out = protowire.AppendBytes(out, lb)
	}
	out = protowire.AppendTag(out, 1, protowire.BytesType)
	out = protowire.AppendBytes(out, data)
	return out
}

// Sum returns the store name (Name of the root) of data under p.
func Sum(data []byte, p Params) (cid.Cid, error) {
	if err := p.Validate(); err != nil {
		return cid.Undef, err
	}
	b := NewBuilder(p, nil)
	b.Write(data) // never fails without an emit function
	root, _, err := b.Sum()
	if err != nil {
		return cid.Undef, err
	}
	return Name(root), nil
}
