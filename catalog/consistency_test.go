package catalog_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/catalog"
	"github.com/datatrade/datatrade/fingerprint"
)

func csvFP(t testing.TB, text string) *fingerprint.Fingerprint {
	t.Helper()
	fp, err := fingerprint.Compute(testCtx(t), strings.NewReader(text), fingerprint.Hint{Name: "data.csv"})
	if err != nil {
		t.Fatalf("fingerprint: %v", err)
	}
	return fp
}

func table(rows int, seed int) string {
	var b strings.Builder
	b.WriteString("city,year,value\n")
	for i := range rows {
		fmt.Fprintf(&b, "c%d,%d,%d\n", (i*7+seed)%50, 2000+i%20, (i*31+seed*17)%1000)
	}
	return b.String()
}

// TestCompare: the consistency check scores what a buyer received against the
// seller's registered fingerprint; only a score leaves the catalog.
func TestCompare(t *testing.T) {
	e := newEnv(t, catalog.Config{DSN: filepath.Join(t.TempDir(), "c.db")})
	ctx := testCtx(t)
	original := table(400, 1)
	fp := csvFP(t, original)
	id := e.publish(t, e.seller, fp, "bafy-table")
	unregistered := e.publish(t, e.seller, csvFP(t, table(400, 2)), "bafy-other")
	e.sync(t, e.cat)
	if err := e.cat.Register(ctx, id, fp, "yearly values per city"); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(original), "\n")
	edited := strings.Join(lines[:len(lines)-4], "\n") + "\n" // four rows dropped
	cases := []struct {
		name     string
		fp       *fingerprint.Fingerprint
		sameData bool
	}{
		{"identical", csvFP(t, original), true},
		{"rows dropped", csvFP(t, edited), true},
		{"other data", csvFP(t, table(400, 9)), false},
	}
	for _, c := range cases {
		score, err := e.cat.Compare(ctx, id, c.fp)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := score >= e.cat.Threshold(); got != c.sameData {
			t.Errorf("%s: score %s against threshold %s: same data %v, want %v", c.name, score, e.cat.Threshold(), got, c.sameData)
		}
	}
	if score, _ := e.cat.Compare(ctx, id, csvFP(t, original)); score != fingerprint.One {
		t.Errorf("identical data scores %s, want %s", score, fingerprint.One)
	}
	if _, err := e.cat.Compare(ctx, unregistered, fp); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
		t.Errorf("unregistered listing: %v, want not found", err)
	}
	if _, err := e.cat.Compare(ctx, id, imageFP(t, photo(1, 64, 48))); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Errorf("image against a table: %v, want invalid", err)
	}
	if k, err := e.cat.Kind(ctx, id); err != nil || k != fingerprint.KindTabular {
		t.Errorf("Kind = %v, %v; want tabular", k, err)
	}
	if _, err := e.cat.Kind(ctx, unregistered); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
		t.Errorf("Kind of an unregistered listing: %v, want not found", err)
	}
	if _, err := e.cat.Compare(ctx, id, nil); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Errorf("no fingerprint: %v, want invalid", err)
	}
}
