package market

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/contracts"
	"github.com/datatrade/datatrade/spatial"
)

// Spatial is the typed API over a deployment's SpatialRegistry: the hashid
// (spatial.HashID: hash of time, footprint and attributes) of a listing,
// recorded once by its owner.
type Spatial struct {
	m    *Client
	r    *contracts.SpatialRegistry
	addr common.Address
}

// Spatial returns the hashid registry API of the deployment; ENOTFOUND when
// the deployment has none (deploy again).
func (m *Client) Spatial() (*Spatial, error) {
	if m.d.Spatial == (common.Address{}) {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "this deployment has no SpatialRegistry contract: run `datatrade deploy` again")
	}
	r := contracts.NewSpatialRegistry()
	ab := r.GetABI()
	m.c.RegisterErrors(&ab)
	return &Spatial{m: m, r: r, addr: m.d.Spatial}, nil
}

// Address returns the SpatialRegistry's address.
func (s *Spatial) Address() common.Address { return s.addr }

// RecordHashIDTx records hashid for a listing (its owner only, once).
func (s *Spatial) RecordHashIDTx(listingID uint64, hashID common.Hash) (Tx, error) {
	if hashID == (common.Hash{}) {
		return Tx{}, datatrade.Errorf(datatrade.EINVALID, "hashid must not be zero")
	}
	return Tx{To: s.addr, Data: s.r.PackRecord(u256(listingID), hashID), What: fmt.Sprintf("record hashid of listing %d", listingID)}, nil
}

// RecordItem computes it.HashID() and records it for listing it.ID.
func (s *Spatial) RecordItem(ctx context.Context, from *chain.Account, it spatial.Item) (common.Hash, *types.Receipt, error) {
	h, err := it.HashID()
	if err != nil {
		return common.Hash{}, nil, err
	}
	rcpt, err := s.RecordHashID(ctx, from, it.ID, h)
	return h, rcpt, err
}

// RecordHashID records hashid for a listing.
func (s *Spatial) RecordHashID(ctx context.Context, from *chain.Account, listingID uint64, hashID common.Hash) (*types.Receipt, error) {
	tx, err := s.RecordHashIDTx(listingID, hashID)
	if err != nil {
		return nil, err
	}
	return s.m.send(ctx, from, tx, auctionHints, escrowHints)
}

// HashIDRecord is a listing's recorded hashid.
type HashIDRecord struct {
	Listing uint64         `json:"listing"`
	HashID  common.Hash    `json:"hashId"`
	Owner   common.Address `json:"owner"`
	At      time.Time      `json:"at"`
}

// HashID returns the hashid recorded for a listing; ENOTFOUND when none is.
func (s *Spatial) HashID(ctx context.Context, listingID uint64) (*HashIDRecord, error) {
	out, err := s.m.call(ctx, s.addr, s.r.PackHashIdOf(u256(listingID)))
	if err != nil {
		return nil, err
	}
	h, err := s.r.UnpackHashIdOf(out)
	if err != nil {
		return nil, fmt.Errorf("decode hashid: %w", err)
	}
	if h == ([32]byte{}) {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "listing %d has no hashid on chain", listingID)
	}
	if out, err = s.m.call(ctx, s.addr, s.r.PackGetRecord(u256(listingID))); err != nil {
		return nil, err
	}
	rec, err := s.r.UnpackGetRecord(out)
	if err != nil {
		return nil, fmt.Errorf("decode hashid record: %w", err)
	}
	return &HashIDRecord{Listing: listingID, HashID: rec.HashId, Owner: rec.Owner, At: unix(rec.At)}, nil
}

// Verify checks that the hashid recorded for it.ID is it.HashID(): the
// listing's spatial metadata is what its owner committed to. It returns an
// EINTEGRITY error when they differ and ENOTFOUND when none is recorded.
func (s *Spatial) Verify(ctx context.Context, it spatial.Item) error {
	want, err := it.HashID()
	if err != nil {
		return err
	}
	rec, err := s.HashID(ctx, it.ID)
	if err != nil {
		return err
	}
	if rec.HashID != want {
		return datatrade.Errorf(datatrade.EINTEGRITY, "listing %d: metadata hashes to %s but %s is on chain", it.ID, want.Hex(), rec.HashID.Hex())
	}
	return nil
}
