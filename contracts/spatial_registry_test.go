package contracts_test

import (
	"math"
	"math/big"
	mrand "math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/datatrade/datatrade/contracts"
	"github.com/datatrade/datatrade/spatial"
)

// TestSpatialHashIDMatchesGo: the registry's computeHashId equals spatial.HashID on points, boxes, negative
// coordinates and times, and attribute sets.
func TestSpatialHashIDMatchesGo(t *testing.T) {
	a := newAuctionEnv(t)
	if got := call(a.env, a.spatial, a.sr.PackHASHIDTYPE(), a.sr.UnpackHASHIDTYPE); got != spatial.HashIDType {
		t.Fatalf("HASHID_TYPE %q, want spatial.HashIDType %q", got, spatial.HashIDType)
	}
	type item struct {
		t     time.Time
		box   spatial.Box
		attrs map[string]string
	}
	items := []item{
		{time.Unix(0, 0), spatial.Box{MinLon: 0, MinLat: 0, MaxLon: 0, MaxLat: 0}, nil},
		{time.Unix(-86400*365, 0), spatial.Box{MinLon: -180, MinLat: -90, MaxLon: 180, MaxLat: 90}, map[string]string{"kind": "dem"}},
		{time.Date(2026, 11, 21, 12, 0, 0, 0, time.UTC), spatial.Box{MinLon: 2.2241, MinLat: 48.8156, MaxLon: 2.4699, MaxLat: 48.9022},
			map[string]string{"kind": "traffic", "city": "Paris", "res": "10m"}},
	}
	r := mrand.New(mrand.NewPCG(4, 4))
	for range 10 {
		lon, lat := r.Float64()*340-170, r.Float64()*160-80
		items = append(items, item{
			t:     time.Unix(r.Int64N(4e9)-1e9, 0),
			box:   spatial.Box{MinLon: lon, MinLat: lat, MaxLon: lon + r.Float64()*10, MaxLat: lat + r.Float64()*10},
			attrs: map[string]string{"k": string(rune('a' + r.IntN(26))), "n": string(rune('0' + r.IntN(10)))},
		})
	}
	fixed := func(deg float64) int32 { return int32(math.Round(deg * spatial.CoordScale)) }
	for i, it := range items {
		want, err := spatial.HashID(it.t, it.box, it.attrs)
		if err != nil {
			t.Fatalf("item %d: %v", i, err)
		}
		gh, err := spatial.FootprintGeoHash(it.box)
		if err != nil {
			t.Fatal(err)
		}
		ah, err := spatial.AttributesHash(it.attrs)
		if err != nil {
			t.Fatal(err)
		}
		got := call(a.env, a.spatial, a.sr.PackComputeHashId(it.t.Unix(), gh, fixed(it.box.MinLon), fixed(it.box.MinLat),
			fixed(it.box.MaxLon), fixed(it.box.MaxLat), ah), a.sr.UnpackComputeHashId)
		if common.Hash(got) != want {
			t.Errorf("item %d: contract hashid %x, spatial.HashID %x", i, got, want)
		}
	}
}

// TestSpatialRegistryRecord: the owner records a listing's hashid once; the record, the view and the event
// carry it; every refusal has its exact error.
func TestSpatialRegistryRecord(t *testing.T) {
	a := newAuctionEnv(t)
	l := a.listing
	h := crypto.Keccak256Hash([]byte("hashid of listing 1"))
	missing := big.NewInt(42)

	a.revertA(a.seller, a.spatial, a.sr.PackRecord(missing, h), nil, &contracts.SpatialRegistryUnknownListing{Id: missing})
	a.revertA(a.seller, a.spatial, a.sr.PackRecord(big.NewInt(0), h), nil, &contracts.SpatialRegistryUnknownListing{Id: big.NewInt(0)})
	a.revertA(a.buyer, a.spatial, a.sr.PackRecord(l, h), nil, &contracts.SpatialRegistryNotListingOwner{ListingId: l, Caller: a.buyer.addr})
	a.revertA(a.seller, a.spatial, a.sr.PackRecord(l, [32]byte{}), nil, &contracts.SpatialRegistryZeroHashId{})
	_, err := bind.Call(a.spatial, nil, a.sr.PackGetRecord(l), a.sr.UnpackGetRecord)
	a.wantErrFrom(err, &contracts.SpatialRegistryNotRecorded{ListingId: l}, a.spatial)
	if got := call(a.env, a.spatial, a.sr.PackHashIdOf(l), a.sr.UnpackHashIdOf); got != ([32]byte{}) {
		t.Fatalf("hashIdOf before record %x, want zero", got)
	}

	r := a.send(a.seller, a.spatial, a.sr.PackRecord(l, h), nil)
	ev, err := a.sr.UnpackHashIdRecordedEvent(r.Logs[0])
	if err != nil || ev.ListingId.Cmp(l) != 0 || ev.Owner != a.seller.addr || ev.HashId != h {
		t.Fatalf("HashIdRecorded %+v (%v), want listing %s owner %s hashid %x", ev, err, l, a.seller.addr, h)
	}
	rec := call(a.env, a.spatial, a.sr.PackGetRecord(l), a.sr.UnpackGetRecord)
	if rec.HashId != h || rec.Owner != a.seller.addr || rec.At != a.now() {
		t.Fatalf("record %+v, want hashid %x by %s at %d", rec, h, a.seller.addr, a.now())
	}
	if got := call(a.env, a.spatial, a.sr.PackHashIdOf(l), a.sr.UnpackHashIdOf); got != h {
		t.Fatalf("hashIdOf %x, want %x", got, h)
	}
	if n := call(a.env, a.spatial, a.sr.PackRecordCount(), a.sr.UnpackRecordCount); n.Int64() != 1 {
		t.Fatalf("recordCount %s, want 1", n)
	}
	a.revertA(a.seller, a.spatial, a.sr.PackRecord(l, crypto.Keccak256Hash([]byte("other"))), nil,
		&contracts.SpatialRegistryAlreadyRecorded{ListingId: l, HashId: h})
}
