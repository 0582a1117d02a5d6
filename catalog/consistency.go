package catalog

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/fingerprint"
)

// Threshold returns the similarity at or above which two fingerprints count
// as the same data (the near-duplicate threshold of the publish check).
func (c *Catalog) Threshold() fingerprint.Score { return c.cfg.Threshold }

// Compare is the broker path's fingerprint consistency check: it returns
// the similarity between fp (what a buyer computed from the data it
// received, or what a seller uploaded in a dispute) and the fingerprint the
// seller registered for listing id. Only the score leaves the catalog,
// never the stored fingerprint. Errors: ENOTFOUND when the listing has no
// registered fingerprint matching its on-chain commitment, EINVALID for a
// malformed fp or a fingerprint of another kind.
func (c *Catalog) Compare(ctx context.Context, id uint64, fp *fingerprint.Fingerprint) (fingerprint.Score, error) {
	if _, _, err := checkFingerprint(fp); err != nil {
		return 0, err
	}
	stored, err := c.registered(ctx, id)
	if err != nil {
		return 0, err
	}
	if stored.Kind != fp.Kind {
		return 0, datatrade.Errorf(datatrade.EINVALID, "the fingerprint is of %s data, listing %d holds %s data", fp.Kind, id, stored.Kind)
	}
	return fingerprint.Similarity(stored, fp), nil
}

// Kind returns the kind of data (image, tabular, text, binary) of the
// fingerprint registered for listing id, so that a buyer fingerprints what
// it received the same way. The kind is not secret; the fingerprint stays
// in the catalog. Errors: ENOTFOUND when none is registered.
func (c *Catalog) Kind(ctx context.Context, id uint64) (fingerprint.Kind, error) {
	fp, err := c.registered(ctx, id)
	if err != nil {
		return 0, err
	}
	return fp.Kind, nil
}

// registered returns the fingerprint registered for listing id (matching
// its on-chain commitment). Errors: ENOTFOUND.
func (c *Catalog) registered(ctx context.Context, id uint64) (*fingerprint.Fingerprint, error) {
	var gotID uint64
	var blob []byte
	err := c.db.QueryRowContext(ctx, c.d.q(effectiveFingerprints+` WHERE f.listing_id = ?`), id).Scan(&gotID, &blob)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "listing %d has no registered fingerprint", id)
	}
	if err != nil {
		return nil, fmt.Errorf("read fingerprint of listing %d: %w", id, err)
	}
	fp, err := fingerprint.Decode(blob)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.ENOTFOUND, "listing %d's registered fingerprint is of an older version: the seller must register again", id)
	}
	return fp, nil
}
