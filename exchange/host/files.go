package host

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/envelope"
)

// writeAtomic replaces path with data so that after a crash it holds
// either the old or the new content (a synced temporary file, renamed).
func writeAtomic(path string, data []byte, perm os.FileMode) error {
	return envelope.WriteFileAtomic(path, data, perm)
}

// maxStateFile bounds what the service reads back from its own files.
const maxStateFile = 256 << 20

func readOptional(path string) ([]byte, bool, error) { return ReadStateFile(path, maxStateFile) }
func readJSON(path string, v any) (bool, error)      { return ReadStateJSON(path, maxStateFile, v) }

// ReadStateFile reads a host's own state file; ok is false when it does
// not exist. A file larger than limit bytes is refused (EINTEGRITY).
func ReadStateFile(path string, limit int64) (data []byte, ok bool, err error) {
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("stat %s: %w", path, err)
	}
	if st.Size() > limit {
		return nil, false, datatrade.Errorf(datatrade.EINTEGRITY, "%s is larger than %d bytes", path, limit)
	}
	data, err = os.ReadFile(path)
	if err != nil {
		return nil, false, fmt.Errorf("read %s: %w", path, err)
	}
	return data, true, nil
}

// ReadStateJSON decodes a host's own JSON state file into v (as
// ReadStateFile); ok is false when it does not exist. A file that is not
// valid JSON is EINTEGRITY.
func ReadStateJSON(path string, limit int64, v any) (ok bool, err error) {
	data, ok, err := ReadStateFile(path, limit)
	if err != nil || !ok {
		return ok, err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return false, datatrade.Errorf(datatrade.EINTEGRITY, "%s is damaged: not valid JSON", path)
	}
	return true, nil
}
