package job_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/datatrade/datatrade/compute/internal/guests"
)

// The example guests are built once per test binary, from the committed
// sources in compute/examples, into a temporary directory.
var builder *guests.Builder

// goGuests are the Go example guests built here. Go guests take seconds to
// meter and compile, so the tests run only join, the one that reads several
// datasets; groupby is built to keep it compiling, and computes what
// analysis.GroupBy computes natively, which the C groupby is checked
// against.
var goGuests = []string{"join", "groupby"}

// cGuests are the C example guests (files under compute/examples/c).
var cGuests = []string{"stats", "regress", "groupby", "join", "rawdump", "spin", "hog"}

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "job-guests")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	builder = guests.New(dir, "../examples", goGuests, cGuests)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func goGuest(t testing.TB, name string) []byte { return builder.Go(t, name) }

func cGuest(t testing.TB, name string) []byte { return builder.C(t, name) }

func cGuestWith(t testing.TB, name string, flags ...string) []byte {
	return builder.CWith(t, name, flags...)
}
