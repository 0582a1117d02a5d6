package guard_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/datatrade/datatrade/internal/guard"
)

// recorder collects what Check reports instead of failing the test.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.TB.Fatalf(format, args...)
}

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rules guard.Rules
		want  []string // substrings of the reported errors; none when empty
	}{
		{"a pure package passes", guard.Rules{Packages: []string{guard.Module + "/store/unixfs"}, Own: []string{"", "store/unixfs"},
			Forbidden: guard.HostPackages, ForbiddenDirect: []string{"net", "os"}}, nil},
		{"an HTTP package is caught", guard.Rules{Packages: []string{guard.Module + "/internal/httpjson"}, Own: []string{""},
			Forbidden: guard.HostPackages, ForbiddenDirect: []string{"net"}},
			[]string{"imports net/http directly", "depends on net/http,", "depends on " + guard.Module + "/internal/httpjson, a host package"}},
		{"exact leaves the packages below", guard.Rules{Packages: []string{guard.Module + "/internal/httpjson"}, Own: []string{"", "internal/httpjson"},
			ForbiddenExact: []string{"net/textproto"}}, []string{"depends on net/textproto,"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &recorder{TB: t}
			guard.Check(r, tc.rules)
			all := strings.Join(r.errs, "\n")
			if len(tc.want) == 0 && len(r.errs) > 0 {
				t.Errorf("errors %q, want none", r.errs)
			}
			for _, w := range tc.want {
				if !strings.Contains(all, w) {
					t.Errorf("errors %q, want one containing %q", r.errs, w)
				}
			}
		})
	}
}
