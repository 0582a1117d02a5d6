package catalog

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/spatial"
	"github.com/datatrade/datatrade/spatial/query"
	"github.com/datatrade/datatrade/spatial/require"
)

// Spatial listings
//
// A seller registers a listing's spatial metadata off chain, as it does its
// fingerprint: when the data was produced, its footprint (a point or a
// box), its attributes and keywords. The catalog stores it in the
// spatial_listings table with the footprint's GeoHash and the listing's
// hashid (spatial.HashID), keeps an R-tree (spatial.Index) of the
// footprints in memory, rebuilt by Open, and a full-text index of the
// keywords: SQLite's FTS5 table spatial_text, or on PostgreSQL a GIN index
// over to_tsvector('simple', words). Keywords are reduced to their words
// (query.Words: lower-case runs of letters and digits) before either sees
// them, and FTS5 keeps diacritics (remove_diacritics 0), so the database
// matches a word exactly as query.Engine does in memory.
//
// SearchSpatial answers a query.Query over the listings still on sale; the
// private-query enclave answers the same queries over SpatialEntries.

// spatialMigration is schema version 2: spatial listings, their keywords'
// full-text index, and an index on listings.active for the searches'
// "still on sale" test.
func spatialMigration(d dialect) []string {
	s := []string{
		`CREATE TABLE spatial_listings (
			listing_id BIGINT PRIMARY KEY,
			time_unix BIGINT NOT NULL,
			min_lon DOUBLE PRECISION NOT NULL,
			min_lat DOUBLE PRECISION NOT NULL,
			max_lon DOUBLE PRECISION NOT NULL,
			max_lat DOUBLE PRECISION NOT NULL,
			geohash TEXT NOT NULL,
			attrs TEXT NOT NULL,
			keywords TEXT NOT NULL,
			words TEXT NOT NULL,
			hashid TEXT NOT NULL,
			registered_at TEXT NOT NULL
		)`,
		`CREATE INDEX spatial_listings_geohash ON spatial_listings (geohash)`,
		`CREATE INDEX listings_active ON listings (active)`,
	}
	if d.name == Postgres {
		return append(s, `CREATE INDEX spatial_listings_words ON spatial_listings USING GIN (to_tsvector('simple', words))`)
	}
	return append(s, `CREATE VIRTUAL TABLE spatial_text USING fts5 (words, tokenize = "unicode61 remove_diacritics 0")`)
}

// SpatialRegistration is what a seller registers for a spatial listing.
type SpatialRegistration struct {
	// Time is when the data was produced; it is kept to the second (as
	// the hashid is).
	Time time.Time `json:"time"`
	// Footprint is a point (a degenerate box) or a box.
	Footprint spatial.Box `json:"footprint"`
	// Attrs are the listing's other attributes (at most require.MaxAttrs,
	// each of at most require.MaxAttrBytes).
	Attrs map[string]string `json:"attrs,omitempty"`
	// Keywords are what keyword searches match (at most MaxDescription
	// bytes of UTF-8).
	Keywords string `json:"keywords,omitempty"`
	// HashID, when not zero, is the hashid the listing carries on chain;
	// registration fails unless the metadata hashes to it.
	HashID common.Hash `json:"hashId,omitzero"`
}

// SpatialResult is one spatial listing: its catalog row, its spatial
// metadata, and for a nearest-neighbour search its distance.
type SpatialResult struct {
	Listing  *Listing     `json:"listing"`
	Item     spatial.Item `json:"item"`
	Keywords string       `json:"keywords,omitempty"`
	GeoHash  string       `json:"geohash"`
	HashID   common.Hash  `json:"hashId"`
	Meters   float64      `json:"meters,omitempty"`
}

// SpatialAnswer is the answer of SearchSpatial.
type SpatialAnswer struct {
	Kind    query.Kind      `json:"kind"`
	Results []SpatialResult `json:"results"`
	// Total is how many listings matched before the limit.
	Total int `json:"total"`
}

func (r *SpatialRegistration) check() error {
	if err := r.Footprint.Validate(); err != nil {
		return err
	}
	if len(r.Keywords) > MaxDescription || !utf8.ValidString(r.Keywords) || strings.ContainsRune(r.Keywords, 0) {
		return datatrade.Errorf(datatrade.EINVALID, "keywords must be valid UTF-8 text of at most %d bytes", MaxDescription)
	}
	if len(r.Attrs) > require.MaxAttrs {
		return datatrade.Errorf(datatrade.EINVALID, "a listing has at most %d attributes, got %d", require.MaxAttrs, len(r.Attrs))
	}
	for k, v := range r.Attrs {
		if k == "" || len(k) > require.MaxAttrBytes || len(v) > require.MaxAttrBytes || !utf8.ValidString(k) || !utf8.ValidString(v) {
			return datatrade.Errorf(datatrade.EINVALID, "attribute names and values must be UTF-8 text of 1 to %d bytes", require.MaxAttrBytes)
		}
	}
	return nil
}

// RegisterSpatial records the spatial metadata of listing id, replacing
// what was registered before. Errors: ENOTFOUND when the indexer has not
// seen the listing, EINVALID for an invalid footprint, attribute or
// keywords, EINTEGRITY when reg.HashID is set and differs from the
// metadata's hashid.
func (c *Catalog) RegisterSpatial(ctx context.Context, id uint64, reg SpatialRegistration) error {
	if err := reg.check(); err != nil {
		return err
	}
	it := spatial.Item{ID: id, Time: time.Unix(reg.Time.Unix(), 0).UTC(), Footprint: reg.Footprint, Attrs: reg.Attrs}
	hid, err := it.HashID()
	if err != nil {
		return err
	}
	if reg.HashID != (common.Hash{}) && reg.HashID != hid {
		return datatrade.Errorf(datatrade.EINTEGRITY, "the spatial metadata hashes to %s, not to listing %d's hashid %s", hid.Hex(), id, reg.HashID.Hex())
	}
	gh, err := it.GeoHash()
	if err != nil {
		return err
	}
	attrs, err := json.Marshal(orEmpty(reg.Attrs))
	if err != nil {
		return err
	}
	words := strings.Join(query.Words(reg.Keywords), " ")
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := c.Listing(ctx, id); err != nil {
		return err
	}
	fp := it.Footprint
	err = c.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, c.d.q(`INSERT INTO spatial_listings (listing_id, time_unix, min_lon, min_lat, max_lon, max_lat,
				geohash, attrs, keywords, words, hashid, registered_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (listing_id) DO UPDATE SET time_unix = excluded.time_unix, min_lon = excluded.min_lon,
				min_lat = excluded.min_lat, max_lon = excluded.max_lon, max_lat = excluded.max_lat, geohash = excluded.geohash,
				attrs = excluded.attrs, keywords = excluded.keywords, words = excluded.words, hashid = excluded.hashid,
				registered_at = excluded.registered_at`),
			id, it.Time.Unix(), fp.MinLon, fp.MinLat, fp.MaxLon, fp.MaxLat, gh, string(attrs), reg.Keywords, words, hid.Hex(),
			c.cfg.Now().UTC().Format(time.RFC3339)); err != nil {
			return err
		}
		if c.d.name == SQLite {
			if _, err := tx.ExecContext(ctx, `DELETE FROM spatial_text WHERE rowid = ?`, id); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO spatial_text (rowid, words) VALUES (?, ?)`, id, words); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("register spatial metadata of listing %d: %w", id, err)
	}
	c.sx.Delete(id)
	if err := c.sx.Insert(it); err != nil {
		return fmt.Errorf("index listing %d: %w", id, err)
	}
	c.log.Info("spatial metadata registered", "listing", id, "geohash", gh)
	return nil
}

func orEmpty(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}

const spatialColumns = `s.listing_id, s.time_unix, s.min_lon, s.min_lat, s.max_lon, s.max_lat, s.geohash, s.attrs, s.keywords, s.hashid`

// scanSpatial reads spatialColumns into a result (without its listing).
func scanSpatial(s scanner, extra ...any) (*SpatialResult, error) {
	var (
		r            SpatialResult
		unix         int64
		attrs, hexID string
		fp           spatial.Box
	)
	dest := append([]any{&r.Item.ID, &unix, &fp.MinLon, &fp.MinLat, &fp.MaxLon, &fp.MaxLat, &r.GeoHash, &attrs, &r.Keywords, &hexID}, extra...)
	if err := s.Scan(dest...); err != nil {
		return nil, err
	}
	r.Item.Time, r.Item.Footprint, r.HashID = time.Unix(unix, 0).UTC(), fp, common.HexToHash(hexID)
	if err := json.Unmarshal([]byte(attrs), &r.Item.Attrs); err != nil {
		return nil, fmt.Errorf("listing %d: malformed attributes in the database", r.Item.ID)
	}
	if len(r.Item.Attrs) == 0 {
		r.Item.Attrs = nil
	}
	return &r, nil
}

// rebuildSpatial fills the R-tree from the database.
func (c *Catalog) rebuildSpatial(ctx context.Context) error {
	rows, err := c.db.QueryContext(ctx, `SELECT `+spatialColumns+` FROM spatial_listings s ORDER BY s.listing_id`)
	if err != nil {
		return fmt.Errorf("read spatial listings: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		r, err := scanSpatial(rows)
		if err != nil {
			return fmt.Errorf("read spatial listings: %w", err)
		}
		if err := c.sx.Insert(r.Item); err != nil {
			return fmt.Errorf("index listing %d: %w", r.Item.ID, err)
		}
	}
	return rows.Err()
}

// SpatialListing returns listing id with its spatial metadata. Errors:
// ENOTFOUND when the listing is not in the catalog or has no spatial
// metadata.
func (c *Catalog) SpatialListing(ctx context.Context, id uint64) (*SpatialResult, error) {
	row := c.db.QueryRowContext(ctx, c.d.q(`SELECT `+spatialColumns+` FROM spatial_listings s WHERE s.listing_id = ?`), id)
	r, err := scanSpatial(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "listing %d has no spatial metadata in the catalog", id)
	}
	if err != nil {
		return nil, fmt.Errorf("read spatial listing %d: %w", id, err)
	}
	if r.Listing, err = c.Listing(ctx, id); err != nil {
		return nil, err
	}
	return r, nil
}

// SpatialLen returns how many footprints the in-memory R-tree holds.
func (c *Catalog) SpatialLen() int { return c.sx.Len() }

// SearchSpatial answers q over the spatial listings on sale (active): the
// keywords through the full-text index, everything else through the
// R-tree with every filter applied inside the spatial search (see package
// spatial/query), the requirement evaluated at each listing's price.
// Results come as query.Run orders them. Errors: EINVALID for an invalid
// query.
func (c *Catalog) SearchSpatial(ctx context.Context, q query.Query) (*SpatialAnswer, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	var matched map[uint64]bool
	if words := query.Words(q.Text); len(words) > 0 {
		var err error
		if matched, err = c.matchWords(ctx, words); err != nil {
			return nil, err
		}
	}
	excluded, err := c.idSet(ctx, `SELECT id FROM listings WHERE active = 0`)
	if err != nil {
		return nil, err
	}
	prices := map[uint64]*big.Int{}
	var priceErr error
	price := func(id uint64) *big.Int {
		if p, ok := prices[id]; ok {
			return p
		}
		l, err := c.Listing(ctx, id)
		if err != nil {
			if datatrade.ErrorCode(err) != datatrade.ENOTFOUND && priceErr == nil {
				priceErr = err
			}
			return nil
		}
		prices[id] = l.Price
		return l.Price
	}
	keep := func(it *spatial.Item) bool {
		return !excluded[it.ID] && (matched == nil || matched[it.ID])
	}
	// A spatial row whose listing a reorganisation removed is excluded
	// and the query run again, so that k-nearest answers stay complete.
	for {
		ans, err := query.Run(c.sx, &q, query.Env{Keep: keep, Price: price})
		if err != nil {
			return nil, err
		}
		if priceErr != nil {
			return nil, priceErr
		}
		out := &SpatialAnswer{Kind: ans.Kind, Results: make([]SpatialResult, 0, len(ans.Hits)), Total: ans.Total}
		orphans := 0
		for _, h := range ans.Hits {
			r, err := c.SpatialListing(ctx, h.ID)
			if datatrade.ErrorCode(err) == datatrade.ENOTFOUND {
				excluded[h.ID] = true
				orphans++
				continue
			}
			if err != nil {
				return nil, err
			}
			r.Meters = h.Meters
			out.Results = append(out.Results, *r)
		}
		if orphans == 0 {
			return out, nil
		}
	}
}

// matchWords returns the spatial listings whose keywords hold every word.
func (c *Catalog) matchWords(ctx context.Context, words []string) (map[uint64]bool, error) {
	if c.d.name == Postgres {
		return c.idSet(ctx, `SELECT listing_id FROM spatial_listings
			WHERE to_tsvector('simple', words) @@ plainto_tsquery('simple', ?)`, strings.Join(words, " "))
	}
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = `"` + w + `"`
	}
	return c.idSet(ctx, `SELECT rowid FROM spatial_text WHERE spatial_text MATCH ?`, strings.Join(quoted, " "))
}

// idSet runs a query returning ids.
func (c *Catalog) idSet(ctx context.Context, sqlText string, args ...any) (map[uint64]bool, error) {
	rows, err := c.db.QueryContext(ctx, c.d.q(sqlText), args...)
	if err != nil {
		return nil, fmt.Errorf("search spatial listings: %w", err)
	}
	defer rows.Close()
	set := map[uint64]bool{}
	for rows.Next() {
		var id uint64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("search spatial listings: %w", err)
		}
		set[id] = true
	}
	return set, rows.Err()
}

// SpatialEntries returns every spatial listing whose listing is in the
// catalog, by id, as query entries (keywords as text, the listing's price
// and active flag): what a private-query enclave is loaded with.
func (c *Catalog) SpatialEntries(ctx context.Context) ([]query.Entry, error) {
	rows, err := c.db.QueryContext(ctx, `SELECT `+spatialColumns+`, l.price, l.active
		FROM spatial_listings s JOIN listings l ON l.id = s.listing_id ORDER BY s.listing_id`)
	if err != nil {
		return nil, fmt.Errorf("read spatial listings: %w", err)
	}
	defer rows.Close()
	var out []query.Entry
	for rows.Next() {
		var (
			price  string
			active int
		)
		r, err := scanSpatial(rows, &price, &active)
		if err != nil {
			return nil, fmt.Errorf("read spatial listings: %w", err)
		}
		p, ok := new(big.Int).SetString(price, 10)
		if !ok {
			return nil, fmt.Errorf("listing %d: malformed price in the database", r.Item.ID)
		}
		out = append(out, query.Entry{Item: r.Item, Text: r.Keywords, Price: p, Active: active != 0})
	}
	return out, rows.Err()
}

// MatchRequirement is a seller's client answering a demand: it returns
// owner's spatial listings on sale that meet r at their listed price, by
// id. A listing on which r fails to evaluate (a missing attribute, say)
// does not meet it.
func (c *Catalog) MatchRequirement(ctx context.Context, r *require.Requirement, owner common.Address) ([]SpatialResult, error) {
	ls, err := c.Listings(ctx, &owner)
	if err != nil {
		return nil, err
	}
	out := []SpatialResult{}
	for _, l := range ls {
		if !l.Active {
			continue
		}
		s, err := c.SpatialListing(ctx, l.ID)
		if datatrade.ErrorCode(err) == datatrade.ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, err
		}
		ok, err := r.Evaluate(require.Listing{Item: s.Item, Price: l.Price})
		if err != nil || !ok {
			continue
		}
		out = append(out, *s)
	}
	return out, nil
}
