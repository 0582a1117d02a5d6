package store

import (
	"github.com/ipfs/go-cid"
	"google.golang.org/protobuf/encoding/protowire"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/store/unixfs"
)

// pbNode is a decoded dag-pb node: its links' targets and its data.
type pbNode struct {
	links []cid.Cid
	data  []byte
}

func errMalformed(what string) error {
	return datatrade.Errorf(datatrade.EINVALID, "the CAR holds a malformed %s", what)
}

// decodePBNode decodes a dag-pb block (links, field 2, then data, field 1).
func decodePBNode(b []byte) (pbNode, error) {
	var n pbNode
	for len(b) > 0 {
		num, typ, k := protowire.ConsumeTag(b)
		if k < 0 || typ != protowire.BytesType {
			return pbNode{}, errMalformed("dag-pb node")
		}
		b = b[k:]
		v, k := protowire.ConsumeBytes(b)
		if k < 0 {
			return pbNode{}, errMalformed("dag-pb node")
		}
		b = b[k:]
		switch num {
		case 1:
			if n.data != nil {
				return pbNode{}, errMalformed("dag-pb node")
			}
			n.data = v
		case 2:
			if n.data != nil {
				return pbNode{}, errMalformed("dag-pb node (links after data)")
			}
			c, err := decodePBLink(v)
			if err != nil {
				return pbNode{}, err
			}
			n.links = append(n.links, c)
		default:
			return pbNode{}, errMalformed("dag-pb node")
		}
	}
	return n, nil
}

func decodePBLink(b []byte) (cid.Cid, error) {
	var c cid.Cid
	for len(b) > 0 {
		num, typ, k := protowire.ConsumeTag(b)
		if k < 0 {
			return cid.Undef, errMalformed("dag-pb link")
		}
		b = b[k:]
		switch {
		case num == 1 && typ == protowire.BytesType:
			v, k := protowire.ConsumeBytes(b)
			if k < 0 {
				return cid.Undef, errMalformed("dag-pb link")
			}
			b = b[k:]
			var err error
			if c, err = cid.Cast(v); err != nil {
				return cid.Undef, errMalformed("dag-pb link")
			}
		case num == 2 && typ == protowire.BytesType:
			_, k := protowire.ConsumeBytes(b)
			if k < 0 {
				return cid.Undef, errMalformed("dag-pb link")
			}
			b = b[k:]
		case num == 3 && typ == protowire.VarintType:
			_, k := protowire.ConsumeVarint(b)
			if k < 0 {
				return cid.Undef, errMalformed("dag-pb link")
			}
			b = b[k:]
		default:
			return cid.Undef, errMalformed("dag-pb link")
		}
	}
	if !c.Defined() {
		return cid.Undef, errMalformed("dag-pb link (no hash)")
	}
	return c, nil
}

// unixfsNode is a decoded UnixFS Data message of a file or raw node.
type unixfsNode struct {
	data       []byte
	filesize   uint64
	blocksizes []uint64
}

// decodeUnixFSFile decodes the UnixFS Data of a file (or raw) node; other
// UnixFS types (directories, symlinks, HAMT shards) are refused.
func decodeUnixFSFile(b []byte) (unixfsNode, error) {
	var n unixfsNode
	typ := int64(-1)
	hasSize := false
	for len(b) > 0 {
		num, wt, k := protowire.ConsumeTag(b)
		if k < 0 {
			return unixfsNode{}, errMalformed("UnixFS node")
		}
		b = b[k:]
		switch {
		case wt == protowire.VarintType && (num == 1 || num == 3 || num == 4):
			v, k := protowire.ConsumeVarint(b)
			if k < 0 {
				return unixfsNode{}, errMalformed("UnixFS node")
			}
			b = b[k:]
			switch num {
			case 1:
				typ = int64(v)
			case 3:
				n.filesize, hasSize = v, true
			case 4:
				n.blocksizes = append(n.blocksizes, v)
			}
		case wt == protowire.BytesType && num == 2:
			v, k := protowire.ConsumeBytes(b)
			if k < 0 {
				return unixfsNode{}, errMalformed("UnixFS node")
			}
			b = b[k:]
			n.data = v
		default:
			// Optional fields this importer never writes (hashType, fanout,
			// mode, mtime) are skipped.
			k := protowire.ConsumeFieldValue(num, wt, b)
			if k < 0 {
				return unixfsNode{}, errMalformed("UnixFS node")
			}
			b = b[k:]
		}
	}
	if typ != unixfs.TypeFile && typ != unixfs.TypeRaw {
		return unixfsNode{}, datatrade.Errorf(datatrade.EINVALID, "the CAR's root is not a UnixFS file")
	}
	if !hasSize {
		n.filesize = uint64(len(n.data))
	}
	return n, nil
}
