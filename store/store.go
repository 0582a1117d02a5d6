package store

import (
	"context"
	"io"

	"github.com/ipfs/go-cid"

	"github.com/datatrade/datatrade"
)

// Store is a content-addressed blob store. Blobs are named by their CID
// (see Name and DefaultParams); a name always denotes the same bytes.
//
// Implementations are safe for concurrent use.
type Store interface {
	// Put stores the bytes of r and returns their CID and size. Storing
	// bytes that are already present succeeds and returns the same CID.
	// A failed or cancelled Put leaves nothing visible.
	Put(ctx context.Context, r io.Reader) (cid.Cid, int64, error)
	// Get opens the blob named c. The reader checks the bytes against c as
	// they are read: after the last byte it returns an error with code
	// EINTEGRITY instead of io.EOF if they do not match, so a caller must
	// not treat what it read as complete before Read returned io.EOF.
	// Get returns an ENOTFOUND error if the blob is absent.
	Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error)
	// Has reports whether the blob named c is present.
	Has(ctx context.Context, c cid.Cid) (bool, error)
	// Delete removes the blob named c, or returns an ENOTFOUND error.
	Delete(ctx context.Context, c cid.Cid) error
}

// Sum returns the CID that a store with import settings p gives to the bytes
// of r, and their size, without storing them.
func Sum(ctx context.Context, r io.Reader, p Params) (cid.Cid, int64, error) {
	if err := p.Validate(); err != nil {
		return cid.Undef, 0, err
	}
	b := newDAGBuilder(p, nil)
	if _, err := copyCtx(ctx, b, r); err != nil {
		return cid.Undef, 0, err
	}
	root, size, err := b.Sum()
	if err != nil {
		return cid.Undef, 0, err
	}
	return Name(root), int64(size), nil
}

// ParseCID parses a CID string as users type it (any multibase, version 0
// or 1) and returns it as a store name, with a user-safe error.
func ParseCID(s string) (cid.Cid, error) {
	c, err := cid.Decode(s)
	if err != nil {
		return cid.Undef, datatrade.Errorf(datatrade.EINVALID, "%q is not a valid CID", truncate(s, 80))
	}
	return Name(c), nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// copyCtx copies r to w in 1 MiB steps, stopping when ctx is done.
func copyCtx(ctx context.Context, w io.Writer, r io.Reader) (int64, error) {
	buf := make([]byte, 1<<20)
	var total int64
	for {
		if err := ctx.Err(); err != nil {
			return total, err
		}
		n, err := io.ReadFull(r, buf)
		if n > 0 {
			if _, werr := w.Write(buf[:n]); werr != nil {
				return total, werr
			}
			total += int64(n)
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}
