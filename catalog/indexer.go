package catalog

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/contracts"
)

// ListingReader reads a listing from the chain; market.Client is one.
// The indexer uses it for the fingerprint commitment, which the
// ListingPublished event does not carry.
type ListingReader interface {
	Listing(ctx context.Context, id uint64) (*datatrade.Listing, error)
}

// IndexerConfig configures an Indexer.
type IndexerConfig struct {
	// Market is the Market contract's address.
	Market common.Address
	// StartBlock is the first block read on the first run (the
	// deployment's block).
	StartBlock uint64
	// Confirmations, PollInterval, MaxRange and History are passed to the
	// chain.Follower.
	Confirmations uint64
	PollInterval  time.Duration
	MaxRange      uint64
	History       int
	// Name keys the checkpoint in the database (default "market").
	Name string
	// Logger (default: the catalog's).
	Logger *slog.Logger
}

// Indexer keeps the catalog's listings current from the Market contract's
// events (ListingPublished, Transfer, ListingDelisted, ListingRelisted,
// ListingPriceUpdated), through a chain.Follower whose checkpoint lives in
// the catalog database. Like the Follower, it is not safe for concurrent
// use: one goroutine calls Sync or Run.
type Indexer struct {
	c      *Catalog
	reader ListingReader
	f      *chain.Follower
	abi    *contracts.Market
	log    *slog.Logger
	retry  time.Duration
}

// Event kinds as the events table records them.
const (
	evPublished = "published"
	evTransfer  = "transfer"
	evDelisted  = "delisted"
	evRelisted  = "relisted"
	evPrice     = "price"
)

// eventData is the recorded content of an event; fields by kind.
type eventData struct {
	Seller      *common.Address `json:"seller,omitempty"`
	Root        *common.Hash    `json:"root,omitempty"`
	Commitment  *common.Hash    `json:"commitment,omitempty"`
	ContentCID  string          `json:"contentCid,omitempty"`
	MetadataCID string          `json:"metadataCid,omitempty"`
	Licence     uint8           `json:"licence,omitempty"`
	Price       *big.Int        `json:"price,omitempty"`
	PerUsePrice *big.Int        `json:"perUsePrice,omitempty"`
	To          *common.Address `json:"to,omitempty"`
}

// NewIndexer returns an Indexer that reads logs from b and listings from r.
func (c *Catalog) NewIndexer(b chain.FollowerBackend, r ListingReader, cfg IndexerConfig) *Indexer {
	if cfg.Name == "" {
		cfg.Name = "market"
	}
	lg := cfg.Logger
	if lg == nil {
		lg = c.log
	}
	m := contracts.NewMarket()
	events := m.GetABI().Events
	topics := []common.Hash{
		events[contracts.MarketListingPublishedEventName].ID,
		events[contracts.MarketTransferEventName].ID,
		events[contracts.MarketListingDelistedEventName].ID,
		events[contracts.MarketListingRelistedEventName].ID,
		events[contracts.MarketListingPriceUpdatedEventName].ID,
	}
	f := chain.NewFollower(b, chain.FollowerConfig{
		Addresses:     []common.Address{cfg.Market},
		Topics:        [][]common.Hash{topics},
		StartBlock:    cfg.StartBlock,
		Confirmations: cfg.Confirmations,
		PollInterval:  cfg.PollInterval,
		Checkpoints:   c.Checkpoints(cfg.Name),
		MaxRange:      cfg.MaxRange,
		History:       cfg.History,
		Logger:        lg,
	})
	retry := cfg.PollInterval
	if retry <= 0 {
		retry = time.Second
	}
	return &Indexer{c: c, reader: r, f: f, abi: m, log: lg, retry: retry}
}

// Sync applies every event available now and returns.
func (x *Indexer) Sync(ctx context.Context) error { return x.f.Sync(ctx, x.Handle) }

// Run applies events as they come until ctx ends, and returns ctx's
// error. A failure to read the chain or write the database is logged and
// retried after the poll interval, resuming from the stored checkpoint; an
// EINTEGRITY error (a reorganisation deeper than the follower remembers,
// a damaged checkpoint) needs an operator and is returned.
func (x *Indexer) Run(ctx context.Context) error {
	for {
		err := x.f.Run(ctx, x.Handle)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if datatrade.ErrorCode(err) == datatrade.EINTEGRITY {
			return err
		}
		x.log.Warn("catalog indexer failed; retrying", "err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(x.retry):
		}
	}
}

// Handle applies one log: it records the event (or, for a removed log,
// deletes the record) and derives the listing's row again from its
// recorded events. Handling a log twice has no further effect.
func (x *Indexer) Handle(ctx context.Context, l types.Log) error {
	x.c.mu.Lock()
	defer x.c.mu.Unlock()
	key := []any{l.BlockHash.Hex(), l.Index}
	if l.Removed {
		var id uint64
		err := x.c.db.QueryRowContext(ctx, x.c.d.q(`SELECT listing_id FROM events WHERE block_hash = ? AND log_index = ?`), key...).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			return nil // never applied
		}
		if err != nil {
			return fmt.Errorf("read event: %w", err)
		}
		x.log.Info("catalog event removed by reorganisation", "listing", id, "block", l.BlockNumber)
		return x.apply(ctx, id, `DELETE FROM events WHERE block_hash = ? AND log_index = ?`, key...)
	}
	kind, id, data, err := x.decode(ctx, &l)
	if err != nil || kind == "" {
		return err
	}
	blob, err := json.Marshal(data)
	if err != nil {
		return err
	}
	return x.apply(ctx, id, `INSERT INTO events (block_hash, log_index, block_number, listing_id, kind, data)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (block_hash, log_index) DO NOTHING`,
		l.BlockHash.Hex(), l.Index, l.BlockNumber, id, kind, string(blob))
}

// apply runs stmt and derives listing id again, in one transaction, then
// brings the index in line. Callers hold c.mu.
func (x *Indexer) apply(ctx context.Context, id uint64, stmt string, args ...any) error {
	err := x.c.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, x.c.d.q(stmt), args...); err != nil {
			return err
		}
		return x.derive(ctx, tx, id)
	})
	if err != nil {
		return fmt.Errorf("apply event of listing %d: %w", id, err)
	}
	return x.c.syncIndex(ctx, id)
}

// decode reads a log's kind, listing id and data; kind is "" for a log
// the indexer does not use.
func (x *Indexer) decode(ctx context.Context, l *types.Log) (string, uint64, eventData, error) {
	if ev, err := x.abi.UnpackListingPublishedEvent(l); err == nil {
		id := ev.Id.Uint64()
		on, err := x.reader.Listing(ctx, id)
		if err != nil {
			return "", 0, eventData{}, fmt.Errorf("read listing %d: %w", id, err)
		}
		if on.Root != ev.Root || on.ContentCID != ev.ContentCid || on.MetadataCID != ev.MetadataCid {
			// The chain moved to another branch between the log and the read:
			// fail, and the follower handles the reorganisation first.
			return "", 0, eventData{}, datatrade.Errorf(datatrade.EUNAVAILABLE, "listing %d on chain differs from its event; the chain is reorganising, try again", id)
		}
		root := common.Hash(ev.Root)
		return evPublished, id, eventData{Seller: &ev.Seller, Root: &root, Commitment: &on.Fingerprint,
			ContentCID: ev.ContentCid, MetadataCID: ev.MetadataCid, Licence: ev.Licence,
			Price: ev.Price, PerUsePrice: ev.PerUsePrice}, nil
	}
	if ev, err := x.abi.UnpackTransferEvent(l); err == nil {
		return evTransfer, ev.TokenId.Uint64(), eventData{To: &ev.To}, nil
	}
	if ev, err := x.abi.UnpackListingDelistedEvent(l); err == nil {
		return evDelisted, ev.Id.Uint64(), eventData{}, nil
	}
	if ev, err := x.abi.UnpackListingRelistedEvent(l); err == nil {
		return evRelisted, ev.Id.Uint64(), eventData{}, nil
	}
	if ev, err := x.abi.UnpackListingPriceUpdatedEvent(l); err == nil {
		return evPrice, ev.Id.Uint64(), eventData{Price: ev.Price, PerUsePrice: ev.PerUsePrice}, nil
	}
	x.log.Warn("catalog ignores an undecodable log", "block", l.BlockNumber, "index", l.Index)
	return "", 0, eventData{}, nil
}

// derive computes listing id's row from its recorded events in chain
// order: deleted when no ListingPublished remains, else written whole.
func (x *Indexer) derive(ctx context.Context, tx *sql.Tx, id uint64) error {
	rows, err := tx.QueryContext(ctx, x.c.d.q(`SELECT kind, data, block_number FROM events WHERE listing_id = ? ORDER BY block_number, log_index`), id)
	if err != nil {
		return err
	}
	var (
		pub       *eventData
		published uint64
		owner     *common.Address
		active    = true
		price     *big.Int
		perUse    *big.Int
	)
	for rows.Next() {
		var kind, blob string
		var block uint64
		if err := rows.Scan(&kind, &blob, &block); err != nil {
			rows.Close()
			return err
		}
		var ev eventData
		if err := json.Unmarshal([]byte(blob), &ev); err != nil {
			rows.Close()
			return fmt.Errorf("recorded event of listing %d: %w", id, err)
		}
		switch kind {
		case evPublished:
			pub, published, active = &ev, block, true
			price, perUse = ev.Price, ev.PerUsePrice
		case evTransfer:
			owner = ev.To
		case evDelisted:
			active = false
		case evRelisted:
			active = true
		case evPrice:
			price, perUse = ev.Price, ev.PerUsePrice
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if pub == nil || pub.Seller == nil || pub.Root == nil || pub.Commitment == nil {
		_, err := tx.ExecContext(ctx, x.c.d.q(`DELETE FROM listings WHERE id = ?`), id)
		return err
	}
	if owner == nil {
		owner = pub.Seller
	}
	if price == nil {
		price = new(big.Int)
	}
	if perUse == nil {
		perUse = new(big.Int)
	}
	activeInt := 0
	if active {
		activeInt = 1
	}
	_, err = tx.ExecContext(ctx, x.c.d.q(`INSERT INTO listings (id, owner, seller, content_cid, metadata_cid, root, price, per_use_price, licence, commitment, active, published_block)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, seller = excluded.seller, content_cid = excluded.content_cid,
			metadata_cid = excluded.metadata_cid, root = excluded.root, price = excluded.price, per_use_price = excluded.per_use_price,
			licence = excluded.licence, commitment = excluded.commitment, active = excluded.active, published_block = excluded.published_block`),
		id, addrKey(*owner), addrKey(*pub.Seller), pub.ContentCID, pub.MetadataCID, pub.Root.Hex(), price.String(), perUse.String(),
		int(pub.Licence), pub.Commitment.Hex(), activeInt, published)
	return err
}
