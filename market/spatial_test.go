package market_test

import (
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/spatial"
)

// TestSpatialHashID: the owner records a listing's hashid; it reads back, verifies against the metadata,
// and altered metadata, a second record and a stranger are refused.
func TestSpatialHashID(t *testing.T) {
	e := newEnv(t)
	ctx := testCtx(t)
	listing := e.publishListing(t, e.seller)
	sp, err := e.m.Spatial()
	if err != nil {
		t.Fatal(err)
	}
	it := spatial.Item{ID: listing, Time: time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC),
		Footprint: spatial.Box{MinLon: 2.29, MinLat: 48.85, MaxLon: 2.30, MaxLat: 48.86}, Attrs: map[string]string{"kind": "lidar"}}

	if _, err := sp.HashID(ctx, listing); datatrade.ErrorCode(err) != datatrade.ENOTFOUND {
		t.Fatalf("hashid before record: %v, want ENOTFOUND", err)
	}
	if _, _, err := sp.RecordItem(ctx, e.buyer, it); datatrade.ErrorCode(err) != datatrade.ECONFLICT || !strings.Contains(datatrade.ErrorMessage(err), "only the owner of listing") {
		t.Fatalf("record by a stranger: %v, want refused in words", err)
	}
	h, _, err := sp.RecordItem(ctx, e.seller, it)
	if err != nil {
		t.Fatalf("RecordItem: %v", err)
	}
	want, _ := spatial.HashID(it.Time, it.Footprint, it.Attrs)
	if h != want {
		t.Fatalf("recorded %s, spatial.HashID %s", h, want)
	}
	rec, err := sp.HashID(ctx, listing)
	if err != nil {
		t.Fatal(err)
	}
	if rec.HashID != want || rec.Owner != e.seller.Address || rec.Listing != listing || rec.At.IsZero() {
		t.Fatalf("record %+v", rec)
	}
	if err := sp.Verify(ctx, it); err != nil {
		t.Fatalf("Verify: %v", err)
	}
	moved := it
	moved.Footprint.MaxLat = 48.87
	if err := sp.Verify(ctx, moved); datatrade.ErrorCode(err) != datatrade.EINTEGRITY {
		t.Fatalf("Verify of altered metadata: %v, want EINTEGRITY", err)
	}
	if _, err := sp.RecordHashID(ctx, e.seller, listing, common.Hash{1}); datatrade.ErrorCode(err) != datatrade.ECONFLICT || !strings.Contains(datatrade.ErrorMessage(err), "already has a hashid") {
		t.Fatalf("second record: %v", err)
	}
	if _, err := sp.RecordHashIDTx(listing, common.Hash{}); datatrade.ErrorCode(err) != datatrade.EINVALID {
		t.Fatalf("zero hashid: %v, want EINVALID", err)
	}
}
