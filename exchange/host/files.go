package host

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/datatrade/datatrade"
)

// maxStateFile bounds what the service reads back from its own files.
const maxStateFile = 256 << 20

// writeAtomic replaces path with data: a temporary file in the same
// directory, synced, then renamed over path, so that after a crash the file
// holds either the old or the new content.
func writeAtomic(path string, data []byte, perm os.FileMode) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("create temporary file: %w", err)
	}
	tmp := f.Name()
	fail := func(err error) error {
		_ = f.Close()
		_ = os.Remove(tmp)
		return err
	}
	if err := f.Chmod(perm); err != nil {
		return fail(fmt.Errorf("set permissions: %w", err))
	}
	if _, err := f.Write(data); err != nil {
		return fail(fmt.Errorf("write %s: %w", tmp, err))
	}
	if err := f.Sync(); err != nil {
		return fail(fmt.Errorf("sync %s: %w", tmp, err))
	}
	if err := f.Close(); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("close %s: %w", tmp, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("rename into %s: %w", path, err)
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync() // best effort: not every filesystem syncs directories
		_ = d.Close()
	}
	return nil
}

// readOptional reads path; ok is false when it does not exist.
func readOptional(path string) (data []byte, ok bool, err error) {
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("stat %s: %w", path, err)
	}
	if st.Size() > maxStateFile {
		return nil, false, datatrade.Errorf(datatrade.EINTEGRITY, "%s is larger than %d bytes", path, maxStateFile)
	}
	data, err = os.ReadFile(path)
	if err != nil {
		return nil, false, fmt.Errorf("read %s: %w", path, err)
	}
	return data, true, nil
}

// readJSON decodes path into v; ok is false when it does not exist.
func readJSON(path string, v any) (ok bool, err error) {
	data, ok, err := readOptional(path)
	if err != nil || !ok {
		return ok, err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return false, datatrade.Errorf(datatrade.EINTEGRITY, "%s is damaged: not valid JSON", path)
	}
	return true, nil
}
