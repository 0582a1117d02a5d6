package catalog_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/datatrade/datatrade/catalog"
	"github.com/datatrade/datatrade/fingerprint"
)

// benchCatalog publishes and registers n image listings on SQLite and
// returns the env and the fingerprints.
func benchCatalog(b *testing.B, n int) (*env, []*fingerprint.Fingerprint) {
	b.Helper()
	e := newEnv(b, catalog.Config{DSN: filepath.Join(b.TempDir(), "c.db")})
	descriptions := make([]string, n)
	for i := range descriptions {
		descriptions[i] = fmt.Sprintf("bench dataset %d of photos", i)
	}
	_, fps := e.registered(b, 1000, 96, descriptions)
	return e, fps
}

// BenchmarkCheck measures the publish check against 200 registered
// listings (a near-duplicate found and refused).
func BenchmarkCheck(b *testing.B) {
	e, fps := benchCatalog(b, 200)
	ctx := b.Context()
	for i := 0; b.Loop(); i++ {
		if _, err := e.cat.Check(ctx, e.pirate.Address, fps[i%len(fps)]); err == nil {
			b.Fatal("a copy was approved")
		}
	}
}

// BenchmarkSearchDescription measures a two-word full-text search over
// 200 registered listings.
func BenchmarkSearchDescription(b *testing.B) {
	e, _ := benchCatalog(b, 200)
	ctx := b.Context()
	for b.Loop() {
		if _, err := e.cat.SearchDescription(ctx, "dataset photos", 20); err != nil {
			b.Fatal(err)
		}
	}
}
