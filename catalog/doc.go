// Package catalog is the platform's data-contract table (the tracking
// paper's "data-contract" table): every listing of the Market contract
// with its owner, prices and state, kept current by an Indexer that
// follows the contract's events, plus what sellers register off chain —
// the listing's fingerprint and description.
//
// The store is SQLite by default (pure Go, one file) and PostgreSQL by
// configuration; both run the same SQL apart from placeholders, a few
// column types and the full-text search (SQLite's FTS5, PostgreSQL's
// to_tsvector with the 'simple' configuration). The tables:
//
//   - listings: one row per listing on chain (id, owner, seller, content
//     and metadata CIDs, root, prices in wei as decimal text, licence, the
//     on-chain fingerprint commitment, active, publication block), derived
//     from the events;
//   - fingerprints: what the seller registered for a listing (kind,
//     version, canonical encoding, commitment, description); it counts
//     only while its commitment equals the listing's;
//   - events: the indexed events, keyed by block hash and log index;
//   - checkpoints: the event follower's position;
//   - spatial_listings: what sellers registered about a listing's data in
//     space and time (time, footprint, GeoHash, attributes, keywords,
//     hashid), with its keywords' full-text index (spatial_text on SQLite)
//     and an in-memory R-tree rebuilt by Open; see SearchSpatial;
//   - schema_migrations: the applied schema versions.
//
// # Publish check
//
// Before a seller publishes, Check compares its fingerprint with every
// other owner's registered fingerprints through an in-memory
// fingerprint/index (rebuilt from the database by Open). A near-duplicate
// (combined similarity at or above the threshold) is refused with an
// ECONFLICT error naming the listing it copies; otherwise the platform
// signs an Approval that anyone can verify with the platform's address.
// After publishing, the seller registers the fingerprint with Register,
// which checks it against the listing's on-chain commitment and repeats
// the near-duplicate check. A Transfer of the listing token changes the
// owner in the table, so the new owner (a buyer, or the platform as a
// reseller) may republish the data without being refused.
//
// # Reorganisations
//
// The Indexer records each event it is given, keyed by block hash and log
// index, and derives a listing's row from that listing's recorded events
// in chain order. Handling a log twice changes nothing; a log delivered
// again with Removed set deletes its record and derives the row again, so
// a reorganisation undoes exactly what the removed blocks did. The
// follower's checkpoint lives in the same database.
//
// # Privacy
//
// Stored fingerprints never leave the catalog: search results carry
// listing ids, public listing fields and scores only.
//
// A Catalog is safe for concurrent use.
package catalog
