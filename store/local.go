package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/ipfs/go-cid"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/store/unixfs"
)

// Local is a Store kept in a directory: dir/blobs/xx/<cid> holds each blob's
// bytes, dir/tmp holds writes in progress. A blob appears under its name only
// by an atomic rename after its bytes are synced, so no partial blob is ever
// visible, also after a crash mid-write; OpenLocal removes leftovers.
//
// A Local is safe for concurrent use, also by several processes.
type Local struct {
	dir string
	p   Params
	log *slog.Logger
}

var _ Store = (*Local)(nil)

// LocalOptions configure OpenLocal. The zero value is the default.
type LocalOptions struct {
	// Params are the import settings; the zero value means DefaultParams.
	Params Params
	// Logger receives integrity failures and cleanup notes; nil discards.
	Logger *slog.Logger
}

// OpenLocal opens (creating if needed, mode 0700) the store in dir and
// removes writes left unfinished by a crash.
func OpenLocal(dir string, opts LocalOptions) (*Local, error) {
	p := opts.Params
	if p == (Params{}) {
		p = DefaultParams
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	for _, d := range []string{dir, filepath.Join(dir, "blobs"), filepath.Join(dir, "tmp")} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "cannot create store directory %s", d)
		}
	}
	s := &Local{dir: dir, p: p, log: log}
	leftovers, err := os.ReadDir(filepath.Join(dir, "tmp"))
	if err != nil {
		return nil, fmt.Errorf("read store tmp dir: %w", err)
	}
	for _, e := range leftovers {
		if strings.HasPrefix(e.Name(), "put-") {
			log.Info("removing unfinished write", "file", e.Name())
			if err := os.Remove(filepath.Join(dir, "tmp", e.Name())); err != nil {
				return nil, fmt.Errorf("remove unfinished write: %w", err)
			}
		}
	}
	return s, nil
}

// Params returns the store's import settings.
func (s *Local) Params() Params { return s.p }

// path returns the file of blob c.
func (s *Local) path(c cid.Cid) string {
	name := Name(c).String()
	return filepath.Join(s.dir, "blobs", name[len(name)-2:], name)
}

// Put implements Store.
func (s *Local) Put(ctx context.Context, r io.Reader) (cid.Cid, int64, error) {
	tmp, err := os.CreateTemp(filepath.Join(s.dir, "tmp"), "put-*")
	if err != nil {
		return cid.Undef, 0, fmt.Errorf("create temp blob: %w", err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	b := newDAGBuilder(s.p, nil)
	n, err := copyCtx(ctx, io.MultiWriter(tmp, b), r)
	if err != nil {
		return cid.Undef, 0, fmt.Errorf("write blob: %w", err)
	}
	root, _, err := b.Sum()
	if err != nil {
		return cid.Undef, 0, err
	}
	if err := tmp.Sync(); err != nil {
		return cid.Undef, 0, fmt.Errorf("sync blob: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return cid.Undef, 0, fmt.Errorf("close blob: %w", err)
	}
	name := Name(root)
	final := s.path(name)
	if err := os.MkdirAll(filepath.Dir(final), 0o700); err != nil {
		return cid.Undef, 0, fmt.Errorf("create blob dir: %w", err)
	}
	if err := os.Rename(tmp.Name(), final); err != nil {
		return cid.Undef, 0, fmt.Errorf("publish blob: %w", err)
	}
	done = true
	if err := syncDir(filepath.Dir(final)); err != nil {
		return cid.Undef, 0, err
	}
	return name, n, nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("open dir for sync: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync dir: %w", err)
	}
	return nil
}

// Get implements Store.
func (s *Local) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f, err := os.Open(s.path(c))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "blob %s not found", Name(c))
	} else if err != nil {
		return nil, fmt.Errorf("open blob: %w", err)
	}
	return &verifyingReader{f: f, b: newDAGBuilder(s.p, nil), want: Name(c), log: s.log}, nil
}

// Stat returns the size of blob c, or an ENOTFOUND error.
func (s *Local) Stat(ctx context.Context, c cid.Cid) (int64, error) {
	fi, err := os.Stat(s.path(c))
	if errors.Is(err, fs.ErrNotExist) {
		return 0, datatrade.Errorf(datatrade.ENOTFOUND, "blob %s not found", Name(c))
	} else if err != nil {
		return 0, fmt.Errorf("stat blob: %w", err)
	}
	return fi.Size(), nil
}

// Verify reads blob c and checks it against its name: an EINTEGRITY error
// if it does not match, ENOTFOUND if it is absent.
func (s *Local) Verify(ctx context.Context, c cid.Cid) error {
	r, err := s.Get(ctx, c)
	if err != nil {
		return err
	}
	defer r.Close()
	_, err = copyCtx(ctx, io.Discard, r)
	return err
}

// Has implements Store.
func (s *Local) Has(ctx context.Context, c cid.Cid) (bool, error) {
	_, err := s.Stat(ctx, c)
	if datatrade.ErrorCode(err) == datatrade.ENOTFOUND {
		return false, nil
	}
	return err == nil, err
}

// Delete implements Store.
func (s *Local) Delete(ctx context.Context, c cid.Cid) error {
	err := os.Remove(s.path(c))
	if errors.Is(err, fs.ErrNotExist) {
		return datatrade.Errorf(datatrade.ENOTFOUND, "blob %s not found", Name(c))
	} else if err != nil {
		return fmt.Errorf("delete blob: %w", err)
	}
	return nil
}

// verifyingReader recomputes the CID of what it reads and reports a
// mismatch in place of io.EOF.
type verifyingReader struct {
	f    *os.File
	b    *unixfs.Builder
	want cid.Cid
	log  *slog.Logger
	err  error // sticky final result
}

func (v *verifyingReader) Read(p []byte) (int, error) {
	if v.err != nil {
		return 0, v.err
	}
	n, err := v.f.Read(p)
	if n > 0 {
		v.b.Write(p[:n]) // never fails without an emit function
	}
	if err == io.EOF {
		root, _, serr := v.b.Sum()
		switch {
		case serr != nil:
			v.err = serr
		case !Name(root).Equals(v.want):
			v.log.Error("blob failed its integrity check", "cid", v.want.String(), "computed", Name(root).String())
			v.err = datatrade.Errorf(datatrade.EINTEGRITY, "blob %s is corrupted on disk (its bytes no longer match its CID)", v.want)
		default:
			v.err = io.EOF
		}
		return n, v.err
	}
	return n, err
}

// WriteTo copies the blob to w in 1 MiB reads, with the same final check.
func (v *verifyingReader) WriteTo(w io.Writer) (int64, error) {
	buf := make([]byte, 1<<20)
	var total int64
	for {
		n, err := v.Read(buf)
		if n > 0 {
			if _, werr := w.Write(buf[:n]); werr != nil {
				return total, werr
			}
			total += int64(n)
		}
		if err == io.EOF {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}

func (v *verifyingReader) Close() error { return v.f.Close() }
