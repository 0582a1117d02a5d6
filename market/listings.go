package market

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/contracts"
)

// PublishParams is what a seller commits to when it lists a dataset.
type PublishParams struct {
	ContentCID        string
	Root              common.Hash
	Size              uint64
	ChunkCount        uint32
	Fingerprint       common.Hash
	MetadataCID       string
	Price             *big.Int
	Licence           datatrade.Licence
	PerUsePrice       *big.Int
	AcceptedExchanges []uint64
}

// PublishTx lists a dataset as a new token owned by the sender.
func (m *Client) PublishTx(p PublishParams) (Tx, error) {
	if err := positive("price", p.Price); err != nil {
		return Tx{}, err
	}
	data, err := m.market.TryPackPublish(contracts.MarketListingParams{
		ContentCid: p.ContentCID, Root: p.Root, Size: p.Size, ChunkCount: p.ChunkCount,
		Fingerprint: p.Fingerprint, MetadataCid: p.MetadataCID, Price: p.Price, Licence: uint8(p.Licence),
		PerUsePrice: weiOrZero(p.PerUsePrice), AcceptedExchanges: u256s(p.AcceptedExchanges),
	})
	if err != nil {
		return Tx{}, packErr("publish", err)
	}
	return Tx{To: m.d.Market, Data: data, What: "publish listing"}, nil
}

// Publish lists a dataset and returns the new listing's id.
func (m *Client) Publish(ctx context.Context, from *chain.Account, p PublishParams) (uint64, *types.Receipt, error) {
	tx, err := m.PublishTx(p)
	return sendCreating(ctx, m, from, tx, err, m.d.Market, m.market.UnpackListingPublishedEvent,
		func(e *contracts.MarketListingPublished) *big.Int { return e.Id })
}

// UpdatePriceTx changes a listing's prices (seller only).
func (m *Client) UpdatePriceTx(id uint64, price, perUse *big.Int) (Tx, error) {
	if err := positive("price", price); err != nil {
		return Tx{}, err
	}
	return Tx{To: m.d.Market, Data: m.market.PackUpdatePrice(u256(id), price, weiOrZero(perUse)), What: fmt.Sprintf("update price of listing %d", id)}, nil
}

// DelistTx withdraws a listing from sale (seller only; not while locked).
func (m *Client) DelistTx(id uint64) Tx {
	return Tx{To: m.d.Market, Data: m.market.PackDelist(u256(id)), What: fmt.Sprintf("delist listing %d", id)}
}

// RelistTx puts a delisted listing back on sale (seller only).
func (m *Client) RelistTx(id uint64) Tx {
	return Tx{To: m.d.Market, Data: m.market.PackRelist(u256(id)), What: fmt.Sprintf("relist listing %d", id)}
}

// FixSampleTx fixes a listing's sample set from a block hash; anyone may send it.
func (m *Client) FixSampleTx(id uint64) Tx {
	return Tx{To: m.d.Market, Data: m.market.PackFixSample(u256(id)), What: fmt.Sprintf("fix sample of listing %d", id)}
}

// Listing reads a listing.
func (m *Client) Listing(ctx context.Context, id uint64) (*datatrade.Listing, error) {
	if err := mustExist(ctx, "listing", id, m.ListingCount); err != nil {
		return nil, err
	}
	out, err := m.call(ctx, m.d.Market, m.market.PackGetListing(u256(id)))
	if err != nil {
		return nil, fmt.Errorf("read listing %d: %w", id, err)
	}
	l, err := m.market.UnpackGetListing(out)
	if err != nil {
		return nil, fmt.Errorf("decode listing %d: %w", id, err)
	}
	owner, err := m.call(ctx, m.d.Market, m.market.PackOwnerOf(u256(id)))
	if err != nil {
		return nil, fmt.Errorf("read owner of listing %d: %w", id, err)
	}
	ownerAddr, err := m.market.UnpackOwnerOf(owner)
	if err != nil {
		return nil, fmt.Errorf("decode owner of listing %d: %w", id, err)
	}
	return &datatrade.Listing{
		ID: id, Owner: ownerAddr, ContentCID: l.ContentCid, Root: l.Root, Size: l.Size, ChunkCount: l.ChunkCount,
		Fingerprint: l.Fingerprint, MetadataCID: l.MetadataCid, Price: l.Price, Licence: datatrade.Licence(l.Licence),
		PerUsePrice: l.PerUsePrice, AcceptedExchanges: u64s(l.AcceptedExchanges), PublishedBlock: l.PublishedBlock,
		SampleSeed: l.SampleSeed, Active: l.Active, Locked: l.Locked,
	}, nil
}

// ListingCount returns how many listings were ever published (ids 1..n).
func (m *Client) ListingCount(ctx context.Context) (uint64, error) {
	return m.count(ctx, m.d.Market, m.market.PackListingCount(), m.market.UnpackListingCount)
}

// Listings returns every listing, optionally only those owned by owner.
func (m *Client) Listings(ctx context.Context, owner *common.Address) ([]*datatrade.Listing, error) {
	n, err := m.ListingCount(ctx)
	if err != nil {
		return nil, err
	}
	var out []*datatrade.Listing
	for id := uint64(1); id <= n; id++ {
		l, err := m.Listing(ctx, id)
		if err != nil {
			return nil, err
		}
		if owner == nil || l.Owner == *owner {
			out = append(out, l)
		}
	}
	return out, nil
}

// SampleIndices returns the chunk indices of a listing's fixed sample set.
func (m *Client) SampleIndices(ctx context.Context, id uint64) ([]uint32, error) {
	out, err := m.call(ctx, m.d.Market, m.market.PackSampleIndices(u256(id)))
	if err != nil {
		return nil, fmt.Errorf("read sample of listing %d: %w", id, err)
	}
	return m.market.UnpackSampleIndices(out)
}

// ---- Demands and offers ----

// DemandParams is what a buyer asks for.
type DemandParams struct {
	// Spec is a CID of a specification document or an expression.
	Spec        string
	MaxPrice    *big.Int
	BuyerPubKey []byte
	Deadline    time.Time
}

// PostDemandTx posts a demand from the sender.
func (m *Client) PostDemandTx(p DemandParams) (Tx, error) {
	if err := positive("max price", p.MaxPrice); err != nil {
		return Tx{}, err
	}
	data, err := m.market.TryPackPostDemand(p.Spec, p.MaxPrice, p.BuyerPubKey, uint64(p.Deadline.Unix()))
	if err != nil {
		return Tx{}, packErr("post demand", err)
	}
	return Tx{To: m.d.Market, Data: data, What: "post demand"}, nil
}

// PostDemand posts a demand and returns its id.
func (m *Client) PostDemand(ctx context.Context, from *chain.Account, p DemandParams) (uint64, *types.Receipt, error) {
	tx, err := m.PostDemandTx(p)
	return sendCreating(ctx, m, from, tx, err, m.d.Market, m.market.UnpackDemandPostedEvent,
		func(e *contracts.MarketDemandPosted) *big.Int { return e.Id })
}

// CancelDemandTx closes a demand (its buyer only).
func (m *Client) CancelDemandTx(id uint64) Tx {
	return Tx{To: m.d.Market, Data: m.market.PackCancelDemand(u256(id)), What: fmt.Sprintf("cancel demand %d", id)}
}

// Demand reads a demand.
func (m *Client) Demand(ctx context.Context, id uint64) (*datatrade.Demand, error) {
	demands := func(ctx context.Context) (uint64, error) {
		return m.count(ctx, m.d.Market, m.market.PackDemandCount(), m.market.UnpackDemandCount)
	}
	if err := mustExist(ctx, "demand", id, demands); err != nil {
		return nil, err
	}
	out, err := m.call(ctx, m.d.Market, m.market.PackGetDemand(u256(id)))
	if err != nil {
		return nil, fmt.Errorf("read demand %d: %w", id, err)
	}
	d, err := m.market.UnpackGetDemand(out)
	if err != nil {
		return nil, fmt.Errorf("decode demand %d: %w", id, err)
	}
	return &datatrade.Demand{ID: id, Buyer: d.Buyer, Spec: d.Spec, MaxPrice: d.MaxPrice, BuyerPubKey: d.BuyerPubKey, Deadline: unix(d.Deadline), Open: d.Open}, nil
}

// MakeOfferTx offers a listing at a price on a demand (the listing's owner only).
func (m *Client) MakeOfferTx(demandID, listingID uint64, price *big.Int) (Tx, error) {
	if err := positive("price", price); err != nil {
		return Tx{}, err
	}
	return Tx{To: m.d.Market, Data: m.market.PackMakeOffer(u256(demandID), u256(listingID), price), What: fmt.Sprintf("offer listing %d on demand %d", listingID, demandID)}, nil
}

// MakeOffer makes an offer and returns its index among the demand's offers.
func (m *Client) MakeOffer(ctx context.Context, from *chain.Account, demandID, listingID uint64, price *big.Int) (uint64, *types.Receipt, error) {
	tx, err := m.MakeOfferTx(demandID, listingID, price)
	return sendCreating(ctx, m, from, tx, err, m.d.Market, m.market.UnpackOfferMadeEvent,
		func(e *contracts.MarketOfferMade) *big.Int { return e.OfferIndex })
}

// Offers returns a demand's offers; an offer's ID is its index.
func (m *Client) Offers(ctx context.Context, demandID uint64) ([]datatrade.Offer, error) {
	if _, err := m.Demand(ctx, demandID); err != nil {
		return nil, err
	}
	out, err := m.call(ctx, m.d.Market, m.market.PackGetOffers(u256(demandID)))
	if err != nil {
		return nil, fmt.Errorf("read offers of demand %d: %w", demandID, err)
	}
	os, err := m.market.UnpackGetOffers(out)
	if err != nil {
		return nil, fmt.Errorf("decode offers of demand %d: %w", demandID, err)
	}
	res := make([]datatrade.Offer, len(os))
	for i, o := range os {
		res[i] = datatrade.Offer{ID: uint64(i), DemandID: demandID, ListingID: o.ListingId.Uint64(), Seller: o.Seller, Price: o.Price}
	}
	return res, nil
}
