package store

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	"github.com/ipld/go-car/v2/storage"
	mh "github.com/multiformats/go-multihash"

	"github.com/datatrade/datatrade"
)

// Getter opens blobs by CID; every Store is one.
type Getter interface {
	Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error)
}

// Putter stores blobs; every Store is one.
type Putter interface {
	Put(ctx context.Context, r io.Reader) (cid.Cid, int64, error)
}

// ExportCAR writes blob c of s to w as a CARv1 stream holding every block of
// the blob's UnixFS DAG under import settings p, with c as its only root, so
// that any IPFS node can import and pin it (`ipfs dag import`). The root
// block is keyed by c itself; the other blocks by the CIDs the DAG links them
// with. It returns the number of distinct blocks written.
//
// The DAG is rebuilt from the blob's bytes in constant memory. If the bytes
// do not match c, ExportCAR returns an EINTEGRITY error and what was written
// to w must be discarded.
func ExportCAR(ctx context.Context, s Getter, c cid.Cid, p Params, w io.Writer) (int, error) {
	if err := p.Validate(); err != nil {
		return 0, err
	}
	name := Name(c)
	r, err := s.Get(ctx, name)
	if err != nil {
		return 0, err
	}
	defer r.Close()
	cw, err := storage.NewWritable(w, []cid.Cid{name}, carv2.WriteAsCarV1(true))
	if err != nil {
		return 0, fmt.Errorf("start CAR: %w", err)
	}
	// Blocks are written one step late so that the last one, the root, can
	// be keyed by the requested name.
	var pending *Block
	count := 0
	put := func(b Block) error {
		has, err := cw.Has(ctx, b.CID.KeyString())
		if err != nil || has {
			return err
		}
		count++
		return cw.Put(ctx, b.CID.KeyString(), b.Data)
	}
	b := newDAGBuilder(p, func(bl Block) error {
		if pending != nil {
			if err := put(*pending); err != nil {
				return err
			}
		}
		pending = &Block{CID: bl.CID, Data: append([]byte(nil), bl.Data...)}
		return nil
	})
	if _, err := copyCtx(ctx, b, r); err != nil {
		return 0, err
	}
	root, _, err := b.Sum()
	if err != nil {
		return 0, err
	}
	if !Name(root).Equals(name) {
		return 0, datatrade.Errorf(datatrade.EINTEGRITY, "blob %s does not match its CID under %s", name, p)
	}
	pending.CID = name
	if err := put(*pending); err != nil {
		return 0, err
	}
	return count, nil
}

// ImportOptions bound ImportCAR.
type ImportOptions struct {
	// Params are the import settings the CAR's DAG must have been built with
	// (its root must be what these settings give for the file's bytes).
	// The zero value means DefaultParams.
	Params Params
	// TempDir holds the CAR's blocks while the file is reassembled
	// (os.TempDir() if empty).
	TempDir string
	// MaxSize is the largest file accepted; 0 means 1 TiB.
	MaxSize int64
}

// ImportCAR reads a CAR (version 1 or 2) holding one UnixFS file, checks
// every block against its CID, reassembles the file, and stores it in s.
// It returns the stored blob's CID, which is the CAR's root (in version 1).
//
// Errors: EINVALID if the CAR is malformed, has not exactly one root, misses
// a block, or was built with other import settings than opts.Params (the
// blob is then not kept); EINTEGRITY if a block does not match its CID.
// Memory stays bounded: blocks wait in a temporary directory.
func ImportCAR(ctx context.Context, s Putter, r io.Reader, opts ImportOptions) (cid.Cid, error) {
	p := opts.Params
	if p == (Params{}) {
		p = DefaultParams
	}
	if opts.MaxSize <= 0 {
		opts.MaxSize = 1 << 40
	}
	br, err := carv2.NewBlockReader(r, carv2.MaxAllowedSectionSize(maxBlockSize+128), carv2.MaxAllowedHeaderSize(1<<16))
	if err != nil {
		return cid.Undef, datatrade.Errorf(datatrade.EINVALID, "not a valid CAR file")
	}
	if len(br.Roots) != 1 {
		return cid.Undef, datatrade.Errorf(datatrade.EINVALID, "the CAR must have exactly one root, it has %d", len(br.Roots))
	}
	root := br.Roots[0]
	dir, err := os.MkdirTemp(opts.TempDir, "datatrade-car-*")
	if err != nil {
		return cid.Undef, fmt.Errorf("temp dir for CAR import: %w", err)
	}
	defer os.RemoveAll(dir)
	bs := &blockDir{dir: dir}
	for {
		if err := ctx.Err(); err != nil {
			return cid.Undef, err
		}
		c, rd, size, err := br.NextReader()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return cid.Undef, datatrade.Errorf(datatrade.EINVALID, "the CAR file is malformed or truncated")
		}
		if size > maxBlockSize {
			return cid.Undef, datatrade.Errorf(datatrade.EINVALID, "a CAR block is larger than %d bytes", maxBlockSize)
		}
		data := make([]byte, size)
		if _, err := io.ReadFull(rd, data); err != nil {
			return cid.Undef, datatrade.Errorf(datatrade.EINVALID, "the CAR file is truncated")
		}
		if err := checkBlock(c, data); err != nil {
			return cid.Undef, err
		}
		if err := bs.put(c, data); err != nil {
			return cid.Undef, err
		}
	}
	if err := checkCID(root); err != nil {
		return cid.Undef, err
	}
	pr, pw := io.Pipe()
	go func() {
		_, err := reassemble(ctx, bs, root, pw, opts.MaxSize, 0)
		pw.CloseWithError(err)
	}()
	got, _, err := s.Put(ctx, pr)
	pr.CloseWithError(errors.New("import stopped"))
	if err != nil {
		return cid.Undef, err
	}
	if !got.Equals(Name(root)) {
		if d, ok := s.(interface {
			Delete(context.Context, cid.Cid) error
		}); ok && got.Defined() {
			_ = d.Delete(ctx, got) // best effort: never keep a blob under settings we did not ask for
		}
		return cid.Undef, datatrade.Errorf(datatrade.EINVALID,
			"the CAR's DAG was built with other import settings than %s (its root %s, these settings give %s)", p, Name(root), got)
	}
	return got, nil
}

// checkCID accepts only CIDs that name blocks by SHA-256, as dag-pb or raw.
func checkCID(c cid.Cid) error {
	pre := c.Prefix()
	if pre.MhType != mh.SHA2_256 || pre.MhLength != 32 || (pre.Codec != cid.DagProtobuf && pre.Codec != cid.Raw) {
		return datatrade.Errorf(datatrade.EINVALID, "unsupported CID %s: only dag-pb or raw blocks hashed with sha2-256", c)
	}
	return nil
}

// checkBlock checks that data hashes to c.
func checkBlock(c cid.Cid, data []byte) error {
	if err := checkCID(c); err != nil {
		return err
	}
	sum, err := c.Prefix().Sum(data)
	if err != nil || !sum.Equals(c) {
		return datatrade.Errorf(datatrade.EINTEGRITY, "CAR block %s does not match its CID", c)
	}
	return nil
}

// blockDir keeps blocks in files named by their multihash, so that a
// version-0 and a version-1 CID of the same block find the same file.
type blockDir struct{ dir string }

func (d *blockDir) file(c cid.Cid) string {
	return filepath.Join(d.dir, hex.EncodeToString(c.Hash())+"."+fmt.Sprint(c.Type()))
}

func (d *blockDir) put(c cid.Cid, data []byte) error {
	if err := os.WriteFile(d.file(c), data, 0o600); err != nil {
		return fmt.Errorf("keep CAR block: %w", err)
	}
	return nil
}

func (d *blockDir) get(c cid.Cid) ([]byte, error) {
	data, err := os.ReadFile(d.file(c))
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "the CAR misses block %s", c)
	}
	return data, nil
}

// maxDepth bounds DAG recursion; a balanced DAG of 174 links per node is
// 7 levels deep at 1 PiB.
const maxDepth = 32

// reassemble writes the file bytes under node c to w in order and returns
// their number, checking sizes against what each node declares.
func reassemble(ctx context.Context, bs *blockDir, c cid.Cid, w io.Writer, budget int64, depth int) (int64, error) {
	if budget < 0 {
		return 0, datatrade.Errorf(datatrade.EINVALID, "a UnixFS node of the CAR declares a wrong file size")
	}
	if depth > maxDepth {
		return 0, datatrade.Errorf(datatrade.EINVALID, "the CAR's DAG is deeper than %d levels", maxDepth)
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	if err := checkCID(c); err != nil {
		return 0, err
	}
	data, err := bs.get(c)
	if err != nil {
		return 0, err
	}
	if c.Type() == cid.Raw {
		if int64(len(data)) > budget {
			return 0, datatrade.Errorf(datatrade.EINVALID, "the CAR's file is larger than allowed")
		}
		_, err := w.Write(data)
		return int64(len(data)), err
	}
	node, err := decodePBNode(data)
	if err != nil {
		return 0, err
	}
	fsn, err := decodeUnixFSFile(node.data)
	if err != nil {
		return 0, err
	}
	if fsn.filesize > uint64(budget) || uint64(len(fsn.data)) > fsn.filesize {
		return 0, datatrade.Errorf(datatrade.EINVALID, "the CAR's file is larger than allowed")
	}
	if len(fsn.blocksizes) != len(node.links) {
		return 0, datatrade.Errorf(datatrade.EINVALID, "a UnixFS node of the CAR has %d links but %d block sizes", len(node.links), len(fsn.blocksizes))
	}
	if _, err := w.Write(fsn.data); err != nil {
		return 0, err
	}
	total := int64(len(fsn.data))
	for i, l := range node.links {
		n, err := reassemble(ctx, bs, l, w, int64(fsn.filesize)-total, depth+1)
		if err != nil {
			return 0, err
		}
		if uint64(n) != fsn.blocksizes[i] {
			return 0, datatrade.Errorf(datatrade.EINVALID, "a UnixFS node of the CAR declares wrong block sizes")
		}
		total += n
	}
	if uint64(total) != fsn.filesize {
		return 0, datatrade.Errorf(datatrade.EINVALID, "a UnixFS node of the CAR declares a wrong file size")
	}
	return total, nil
}
