package store

import (
	"github.com/ipfs/go-cid"

	"github.com/datatrade/datatrade/store/unixfs"
)

// Params are the UnixFS import settings that decide a blob's CID (see
// unixfs.Params).
type Params = unixfs.Params

// DefaultParams are the pinned import settings of datatrade's store: those
// of `ipfs add` (see unixfs.DefaultParams).
var DefaultParams = unixfs.DefaultParams

// Block is one IPFS block of a blob's DAG.
type Block = unixfs.Block

// Name returns the name a store gives to a DAG root: its CID in version 1
// with the same codec and multihash.
func Name(root cid.Cid) cid.Cid { return unixfs.Name(root) }

// maxBlockSize is the largest block IPFS exchanges (the bitswap limit).
const maxBlockSize = unixfs.MaxBlockSize

func newDAGBuilder(p Params, emit func(Block) error) *unixfs.Builder {
	return unixfs.NewBuilder(p, emit)
}
