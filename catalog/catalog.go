package catalog

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
	"github.com/datatrade/datatrade/fingerprint"
	"github.com/datatrade/datatrade/fingerprint/index"
	"github.com/datatrade/datatrade/spatial"
)

// DefaultThreshold is the combined similarity at or above which a
// fingerprint counts as a near-duplicate: the threshold the fingerprint
// package's weights were tuned at (precision 99.7% at 95% recall on
// photographs and their modified copies; see fingerprint/README.md). For
// the MinHash kinds it is an estimated Jaccard similarity of 0.768, within
// the range where the index's LSH search is exact.
const DefaultThreshold fingerprint.Score = 768_000

// MaxDescription is the longest description Register accepts, in bytes.
const MaxDescription = 4096

// Config configures a Catalog.
type Config struct {
	// Driver is SQLite or Postgres; empty means Postgres for a DSN that
	// is a postgres:// or postgresql:// URL, else SQLite.
	Driver string
	// DSN is the SQLite database file, or a PostgreSQL connection string
	// (URL or key=value form).
	DSN string
	// Signer is the platform key that signs approvals; nil disables Check.
	Signer Signer
	// Threshold is the near-duplicate threshold; 0 means DefaultThreshold.
	Threshold fingerprint.Score
	// Index configures the in-memory fingerprint index.
	Index index.Config
	// Now is the clock (default time.Now).
	Now func() time.Time
	// Logger (default: discard).
	Logger *slog.Logger
}

// Catalog is the data-contract table: listings as the Market contract
// records them, with the fingerprints and descriptions their sellers
// registered. It is safe for concurrent use.
type Catalog struct {
	db  *sql.DB
	d   dialect
	cfg Config
	log *slog.Logger
	idx *index.Index
	// sx is the R-tree of spatial listings' footprints (spatial.go).
	sx *spatial.Index

	// mu serialises writes, so that the index always matches the
	// database's registered fingerprints of current listings.
	mu sync.Mutex
}

// Listing is a row of the table: the public fields of a listing as the
// indexed events left it, and the seller's description. It never
// carries the registered fingerprint.
type Listing struct {
	ID          uint64            `json:"id"`
	Owner       common.Address    `json:"owner"`
	Seller      common.Address    `json:"seller"`
	ContentCID  string            `json:"contentCid"`
	MetadataCID string            `json:"metadataCid"`
	Root        common.Hash       `json:"root"`
	Price       *big.Int          `json:"price"`
	PerUsePrice *big.Int          `json:"perUsePrice"`
	Licence     datatrade.Licence `json:"licence"`
	// Commitment is the on-chain fingerprint commitment (public on chain).
	Commitment     common.Hash `json:"fingerprintCommitment"`
	Active         bool        `json:"active"`
	PublishedBlock uint64      `json:"publishedBlock"`
	// Registered says whether the seller registered a fingerprint that
	// matches the commitment; Description is set only then.
	Registered  bool   `json:"registered"`
	Description string `json:"description,omitempty"`
}

// Open opens (creating and migrating when needed) the catalog database
// and rebuilds the fingerprint index from it. Errors: EINVALID for an
// unknown driver or a bad DSN, EUNAVAILABLE when the database cannot be
// reached, ECONFLICT when its schema is newer than this program's.
func Open(ctx context.Context, cfg Config) (*Catalog, error) {
	if cfg.Driver == "" {
		cfg.Driver = SQLite
		if strings.HasPrefix(cfg.DSN, "postgres://") || strings.HasPrefix(cfg.DSN, "postgresql://") {
			cfg.Driver = Postgres
		}
	}
	d, ok := dialects[cfg.Driver]
	if !ok {
		return nil, datatrade.Errorf(datatrade.EINVALID, "unknown catalog driver %q: use %s or %s", cfg.Driver, SQLite, Postgres)
	}
	if cfg.DSN == "" {
		return nil, datatrade.Errorf(datatrade.EINVALID, "no catalog database given")
	}
	if cfg.Threshold == 0 {
		cfg.Threshold = DefaultThreshold
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	lg := cfg.Logger
	if lg == nil {
		lg = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	db, err := openDB(ctx, d, cfg.DSN, cfg.Now)
	if err != nil {
		return nil, err
	}
	c := &Catalog{db: db, d: d, cfg: cfg, log: lg, idx: index.New(cfg.Index), sx: spatial.NewIndex()}
	if err := c.rebuild(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := c.rebuildSpatial(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return c, nil
}

// Close closes the database.
func (c *Catalog) Close() error { return c.db.Close() }

// Checkpoints returns a store for a follower's checkpoint in the catalog
// database, under name.
func (c *Catalog) Checkpoints(name string) chain.CheckpointStore {
	return &dbCheckpoints{db: c.db, d: c.d, name: name}
}

// IndexLen returns how many fingerprints the in-memory index holds.
func (c *Catalog) IndexLen() int { return c.idx.Len() }

// effectiveFingerprints selects the registered fingerprints whose listing
// exists with the same commitment; extra filters are appended.
const effectiveFingerprints = `SELECT f.listing_id, f.data FROM fingerprints f
	JOIN listings l ON l.id = f.listing_id AND l.commitment = f.commitment`

// rebuild fills the index from the database.
func (c *Catalog) rebuild(ctx context.Context) error {
	rows, err := c.db.QueryContext(ctx, effectiveFingerprints+` ORDER BY f.listing_id`)
	if err != nil {
		return fmt.Errorf("read fingerprints: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id uint64
		var blob []byte
		if err := rows.Scan(&id, &blob); err != nil {
			return fmt.Errorf("read fingerprints: %w", err)
		}
		fp, err := fingerprint.Decode(blob)
		if err != nil {
			// An older fingerprint version: the seller must register again.
			c.log.Warn("stored fingerprint not usable; skipped", "listing", id, "err", err)
			continue
		}
		if err := c.idx.Add(id, fp); err != nil {
			return fmt.Errorf("index listing %d: %w", id, err)
		}
	}
	return rows.Err()
}

// syncIndex makes the index entry of listing id match the database.
// Callers hold c.mu.
func (c *Catalog) syncIndex(ctx context.Context, id uint64) error {
	var gotID uint64
	var blob []byte
	err := c.db.QueryRowContext(ctx, c.d.q(effectiveFingerprints+` WHERE f.listing_id = ?`), id).Scan(&gotID, &blob)
	c.idx.Remove(id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read fingerprint of listing %d: %w", id, err)
	}
	fp, err := fingerprint.Decode(blob)
	if err != nil {
		c.log.Warn("stored fingerprint not usable; skipped", "listing", id, "err", err)
		return nil
	}
	return c.idx.Add(id, fp)
}

const listingColumns = `l.id, l.owner, l.seller, l.content_cid, l.metadata_cid, l.root, l.price, l.per_use_price,
	l.licence, l.commitment, l.active, l.published_block, f.description`

// listingFrom joins a listing with its registration when it matches.
const listingFrom = ` FROM listings l LEFT JOIN fingerprints f ON f.listing_id = l.id AND f.commitment = l.commitment`

type scanner interface{ Scan(dest ...any) error }

func scanListing(s scanner, extra ...any) (*Listing, error) {
	var (
		l                                  Listing
		owner, seller, root, price, perUse string
		commitment                         string
		licence, active                    int
		published                          int64
		description                        sql.NullString
	)
	dest := append([]any{&l.ID, &owner, &seller, &l.ContentCID, &l.MetadataCID, &root, &price, &perUse,
		&licence, &commitment, &active, &published, &description}, extra...)
	if err := s.Scan(dest...); err != nil {
		return nil, err
	}
	l.Owner, l.Seller = common.HexToAddress(owner), common.HexToAddress(seller)
	l.Root, l.Commitment = common.HexToHash(root), common.HexToHash(commitment)
	var ok1, ok2 bool
	l.Price, ok1 = new(big.Int).SetString(price, 10)
	l.PerUsePrice, ok2 = new(big.Int).SetString(perUse, 10)
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("listing %d: malformed price in the database", l.ID)
	}
	l.Licence, l.Active, l.PublishedBlock = datatrade.Licence(licence), active != 0, uint64(published)
	l.Registered, l.Description = description.Valid, description.String
	return &l, nil
}

// Listing returns listing id as the table holds it. Errors: ENOTFOUND
// when the indexer has not seen it.
func (c *Catalog) Listing(ctx context.Context, id uint64) (*Listing, error) {
	row := c.db.QueryRowContext(ctx, c.d.q(`SELECT `+listingColumns+listingFrom+` WHERE l.id = ?`), id)
	l, err := scanListing(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "listing %d is not in the catalog", id)
	}
	if err != nil {
		return nil, fmt.Errorf("read listing %d: %w", id, err)
	}
	return l, nil
}

// Listings returns every listing in the table, by id; with owner set,
// only that owner's.
func (c *Catalog) Listings(ctx context.Context, owner *common.Address) ([]*Listing, error) {
	query, args := `SELECT `+listingColumns+listingFrom, []any{}
	if owner != nil {
		query += ` WHERE l.owner = ?`
		args = append(args, addrKey(*owner))
	}
	rows, err := c.db.QueryContext(ctx, c.d.q(query+` ORDER BY l.id`), args...)
	if err != nil {
		return nil, fmt.Errorf("read listings: %w", err)
	}
	defer rows.Close()
	var out []*Listing
	for rows.Next() {
		l, err := scanListing(rows)
		if err != nil {
			return nil, fmt.Errorf("read listings: %w", err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// addrKey is an address as the table stores it: lower-case hex.
func addrKey(a common.Address) string { return strings.ToLower(a.Hex()) }

// checkFingerprint rejects fingerprints the index cannot hold.
func checkFingerprint(fp *fingerprint.Fingerprint) ([]byte, fingerprint.Commitment, error) {
	if fp == nil {
		return nil, fingerprint.Commitment{}, datatrade.Errorf(datatrade.EINVALID, "no fingerprint given")
	}
	blob, err := fp.MarshalBinary()
	if err != nil {
		return nil, fingerprint.Commitment{}, err
	}
	commit, err := fp.Commit()
	return blob, commit, err
}

// duplicateOf returns the first listing, best match first, whose
// registered fingerprint is a near-duplicate of fp and whose owner is not
// owner; skip is a listing id to ignore (0: none). It returns an
// ECONFLICT error naming the listing and score, or nil.
func (c *Catalog) duplicateOf(ctx context.Context, owner common.Address, fp *fingerprint.Fingerprint, skip uint64) error {
	for _, hit := range c.idx.Search(fp, 0, c.cfg.Threshold) {
		if hit.ID == skip {
			continue
		}
		var holder string
		err := c.db.QueryRowContext(ctx, c.d.q(`SELECT owner FROM listings WHERE id = ?`), hit.ID).Scan(&holder)
		if errors.Is(err, sql.ErrNoRows) {
			continue // removed by a reorganisation since the search
		}
		if err != nil {
			return fmt.Errorf("read owner of listing %d: %w", hit.ID, err)
		}
		if holder == addrKey(owner) {
			continue
		}
		return datatrade.Errorf(datatrade.ECONFLICT,
			"refused: the data is a near-duplicate of listing %d, owned by another account (similarity %s, threshold %s)",
			hit.ID, hit.Score, c.cfg.Threshold)
	}
	return nil
}

// Check is the publish check: it compares fp with the registered
// fingerprints of every listing that owner does not own. A near-duplicate
// (similarity at or above the threshold) is refused with an ECONFLICT
// error naming the listing and the score; otherwise Check returns an
// Approval for (owner, fp's commitment) signed by the platform. Data the
// owner already holds — its own listings, or ones it bought — never
// counts against it. Errors: EINVALID for a malformed fingerprint,
// EUNAVAILABLE when no platform key is configured.
func (c *Catalog) Check(ctx context.Context, owner common.Address, fp *fingerprint.Fingerprint) (Approval, error) {
	_, commit, err := checkFingerprint(fp)
	if err != nil {
		return Approval{}, err
	}
	if c.cfg.Signer == nil {
		return Approval{}, datatrade.Errorf(datatrade.EUNAVAILABLE, "the catalog has no platform key to sign approvals")
	}
	if err := c.duplicateOf(ctx, owner, fp, 0); err != nil {
		return Approval{}, err
	}
	a := Approval{Owner: owner, FingerprintCommitment: common.Hash(commit), IssuedAt: c.cfg.Now().UTC().Truncate(time.Second)}
	sig, err := c.cfg.Signer.SignHash(a.ApprovalDigest())
	if err != nil {
		return Approval{}, fmt.Errorf("sign approval: %w", err)
	}
	a.Signature = sig
	c.log.Info("publish approved", "owner", owner.Hex(), "commitment", a.FingerprintCommitment.Hex())
	return a, nil
}

// Register records the fingerprint and description the seller of listing
// id gives the platform off chain. The fingerprint must match the
// listing's on-chain commitment (fp.Commit() == commitment), and must not
// be a near-duplicate of another owner's registered data. Registering the
// same fingerprint again replaces the description. Errors: ENOTFOUND when
// the indexer has not seen the listing, EINTEGRITY when fp does not match
// the commitment, ECONFLICT for a near-duplicate, EINVALID for a
// malformed fingerprint or description.
func (c *Catalog) Register(ctx context.Context, id uint64, fp *fingerprint.Fingerprint, description string) error {
	blob, commit, err := checkFingerprint(fp)
	if err != nil {
		return err
	}
	if len(description) > MaxDescription || !utf8.ValidString(description) || strings.ContainsRune(description, 0) {
		return datatrade.Errorf(datatrade.EINVALID, "description must be valid UTF-8 text of at most %d bytes", MaxDescription)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	l, err := c.Listing(ctx, id)
	if err != nil {
		return err
	}
	if common.Hash(commit) != l.Commitment {
		return datatrade.Errorf(datatrade.EINTEGRITY, "the fingerprint does not match listing %d's on-chain commitment", id)
	}
	if err := c.duplicateOf(ctx, l.Owner, fp, id); err != nil {
		return err
	}
	err = c.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, c.d.q(`INSERT INTO fingerprints (listing_id, kind, version, data, commitment, description, registered_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (listing_id) DO UPDATE SET kind = excluded.kind, version = excluded.version, data = excluded.data,
				commitment = excluded.commitment, description = excluded.description, registered_at = excluded.registered_at`),
			id, int(fp.Kind), int(fp.Version), blob, l.Commitment.Hex(), description, c.cfg.Now().UTC().Format(time.RFC3339)); err != nil {
			return err
		}
		if c.d.name == SQLite {
			if _, err := tx.ExecContext(ctx, `DELETE FROM descriptions WHERE rowid = ?`, id); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO descriptions (rowid, description) VALUES (?, ?)`, id, description); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("register fingerprint of listing %d: %w", id, err)
	}
	c.log.Info("fingerprint registered", "listing", id, "kind", fp.Kind)
	return c.syncIndex(ctx, id)
}

// inTx runs fn in a transaction, committing when it returns nil.
func (c *Catalog) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := c.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}
