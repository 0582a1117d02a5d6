package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// emit prints a command's result: v as JSON with --json, else the human
// text produced by human (which may be nil when there is nothing to add).
func (a *app) emit(v any, human func(w io.Writer)) error {
	if a.jsonOut {
		return writeJSON(a.stdout, v)
	}
	if human != nil {
		human(a.stdout)
	}
	return nil
}

// say prints a line of narrative or progress on stderr unless --quiet or
// --json is set, so that stdout stays clean for results.
func (a *app) say(format string, args ...any) {
	if a.quiet || a.jsonOut {
		return
	}
	fmt.Fprintf(a.stderr, format+"\n", args...)
}

// usageError marks an error as a mistake in the command line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

func isUsageError(err error) bool {
	var u *usageError
	if errors.As(err, &u) {
		return true
	}
	// cobra's own flag and argument errors.
	s := err.Error()
	return strings.HasPrefix(s, "unknown flag") || strings.HasPrefix(s, "unknown command") ||
		strings.HasPrefix(s, "invalid argument") || strings.Contains(s, "accepts ") ||
		strings.HasPrefix(s, "required flag") || strings.HasPrefix(s, "flag needs an argument")
}
