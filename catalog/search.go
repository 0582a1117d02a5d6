package catalog

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/fingerprint"
)

// DefaultLimit is how many results a search returns when asked for 0.
const DefaultLimit = 20

// MaxLimit is the most results a search returns.
const MaxLimit = 1000

// Result is one search hit: a listing on sale and how well it matches.
// It carries no fingerprint.
type Result struct {
	Listing *Listing `json:"listing"`
	// Score is the fingerprint similarity, for a search by fingerprint.
	Score fingerprint.Score `json:"score,omitempty"`
	// Relevance ranks a search by description, higher first.
	Relevance float64 `json:"relevance,omitempty"`
}

func clampLimit(limit int) int {
	if limit <= 0 {
		return DefaultLimit
	}
	return min(limit, MaxLimit)
}

// searchWords splits a query into words (letters and digits), lower-cased;
// everything else separates words, so no query syntax reaches the
// database.
func searchWords(query string) []string {
	return strings.FieldsFunc(strings.ToLower(query), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// SearchDescription returns the active listings whose registered
// description contains every word of query, most relevant first, at most
// limit of them (0: DefaultLimit). Errors: EINVALID for a query without
// words.
func (c *Catalog) SearchDescription(ctx context.Context, query string, limit int) ([]Result, error) {
	words := searchWords(query)
	if len(words) == 0 {
		return nil, datatrade.Errorf(datatrade.EINVALID, "the search needs at least one word")
	}
	if len(words) > 32 {
		words = words[:32]
	}
	var (
		sqlText string
		args    []any
	)
	if c.d.name == Postgres {
		q := strings.Join(words, " ")
		sqlText = `SELECT ` + listingColumns + `, ts_rank(to_tsvector('simple', f.description), plainto_tsquery('simple', ?)) AS rank
			FROM listings l JOIN fingerprints f ON f.listing_id = l.id AND f.commitment = l.commitment
			WHERE l.active = 1 AND to_tsvector('simple', f.description) @@ plainto_tsquery('simple', ?)
			ORDER BY rank DESC, l.id LIMIT ?`
		args = []any{q, q, clampLimit(limit)}
	} else {
		quoted := make([]string, len(words))
		for i, w := range words {
			quoted[i] = `"` + w + `"`
		}
		sqlText = `SELECT ` + listingColumns + `, -bm25(descriptions) AS rank
			FROM descriptions JOIN listings l ON l.id = descriptions.rowid
			JOIN fingerprints f ON f.listing_id = l.id AND f.commitment = l.commitment
			WHERE descriptions MATCH ? AND l.active = 1
			ORDER BY rank DESC, l.id LIMIT ?`
		args = []any{strings.Join(quoted, " "), clampLimit(limit)}
	}
	rows, err := c.db.QueryContext(ctx, c.d.q(sqlText), args...)
	if err != nil {
		return nil, fmt.Errorf("search descriptions: %w", err)
	}
	defer rows.Close()
	out := []Result{}
	for rows.Next() {
		var r Result
		l, err := scanListing(rows, &r.Relevance)
		if err != nil {
			return nil, fmt.Errorf("search descriptions: %w", err)
		}
		r.Listing = l
		out = append(out, r)
	}
	return out, rows.Err()
}

// SearchFingerprint returns the active listings whose registered
// fingerprint is at least min similar to sample's (0: the near-duplicate
// threshold), best first, at most limit (0: DefaultLimit). The buyer
// learns listing ids, public fields and scores, never a stored
// fingerprint. Errors: EINVALID for a malformed sample.
func (c *Catalog) SearchFingerprint(ctx context.Context, sample *fingerprint.Fingerprint, min fingerprint.Score, limit int) ([]Result, error) {
	if _, _, err := checkFingerprint(sample); err != nil {
		return nil, err
	}
	if min == 0 {
		min = c.cfg.Threshold
	}
	limit = clampLimit(limit)
	out := []Result{}
	for _, hit := range c.idx.Search(sample, 0, min) {
		l, err := c.Listing(ctx, hit.ID)
		if datatrade.ErrorCode(err) == datatrade.ENOTFOUND {
			continue // removed by a reorganisation since the search
		}
		if err != nil {
			return nil, err
		}
		if !l.Active || !l.Registered {
			continue
		}
		out = append(out, Result{Listing: l, Score: hit.Score})
		if len(out) == limit {
			break
		}
	}
	return out, nil
}
