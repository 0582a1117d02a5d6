package catalog

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	// The two database drivers: SQLite (pure Go) and PostgreSQL.
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/ethereum/go-ethereum/common"

	"github.com/datatrade/datatrade"
	"github.com/datatrade/datatrade/chain"
)

// Drivers Config.Driver accepts.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

// dialect is what differs between the two databases.
type dialect struct {
	name   string // SQLite or Postgres
	driver string // database/sql driver name
	blob   string // column type for bytes
}

var dialects = map[string]dialect{
	SQLite:   {name: SQLite, driver: "sqlite", blob: "BLOB"},
	Postgres: {name: Postgres, driver: "pgx", blob: "BYTEA"},
}

// q rewrites the ? placeholders of query for the dialect: PostgreSQL
// numbers them ($1, $2, …). Queries never contain a literal '?'.
func (d dialect) q(query string) string {
	if d.name != Postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// migration is one schema step; migrations are applied in order, once
// each, and recorded in schema_migrations. They are only ever appended to.
type migration func(d dialect) []string

var migrations = []migration{
	// 1: listings, registered fingerprints, recorded events, checkpoints.
	func(d dialect) []string {
		s := []string{
			`CREATE TABLE listings (
				id BIGINT PRIMARY KEY,
				owner TEXT NOT NULL,
				seller TEXT NOT NULL,
				content_cid TEXT NOT NULL,
				metadata_cid TEXT NOT NULL,
				root TEXT NOT NULL,
				price TEXT NOT NULL,
				per_use_price TEXT NOT NULL,
				licence SMALLINT NOT NULL,
				commitment TEXT NOT NULL,
				active SMALLINT NOT NULL,
				published_block BIGINT NOT NULL
			)`,
			`CREATE INDEX listings_owner ON listings (owner)`,
			`CREATE TABLE fingerprints (
				listing_id BIGINT PRIMARY KEY,
				kind SMALLINT NOT NULL,
				version INTEGER NOT NULL,
				data ` + d.blob + ` NOT NULL,
				commitment TEXT NOT NULL,
				description TEXT NOT NULL,
				registered_at TEXT NOT NULL
			)`,
			`CREATE TABLE events (
				block_hash TEXT NOT NULL,
				log_index BIGINT NOT NULL,
				block_number BIGINT NOT NULL,
				listing_id BIGINT NOT NULL,
				kind TEXT NOT NULL,
				data TEXT NOT NULL,
				PRIMARY KEY (block_hash, log_index)
			)`,
			`CREATE INDEX events_listing ON events (listing_id, block_number, log_index)`,
			`CREATE TABLE checkpoints (
				name TEXT PRIMARY KEY,
				data TEXT NOT NULL
			)`,
		}
		if d.name == Postgres {
			return append(s, `CREATE INDEX fingerprints_description ON fingerprints USING GIN (to_tsvector('simple', description))`)
		}
		return append(s, `CREATE VIRTUAL TABLE descriptions USING fts5 (description)`)
	},
	// 2: spatial listings (spatial.go).
	spatialMigration,
}

// SchemaVersion is the schema version this package migrates to.
func SchemaVersion() int { return len(migrations) }

// openDB opens the database and migrates it.
func openDB(ctx context.Context, d dialect, dsn string, now func() time.Time) (*sql.DB, error) {
	if d.name == SQLite {
		// One connection: SQLite serialises writers anyway, and a single
		// connection keeps transactions from failing with SQLITE_BUSY.
		dsn = sqliteDSN(dsn)
	}
	db, err := sql.Open(d.driver, dsn)
	if err != nil {
		return nil, datatrade.Errorf(datatrade.EINVALID, "catalog database: %v", err)
	}
	if d.name == SQLite {
		db.SetMaxOpenConns(1)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, datatrade.Errorf(datatrade.EUNAVAILABLE, "cannot reach the catalog database (%s)", d.name)
	}
	if err := migrate(ctx, db, d, now); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// sqliteDSN turns a file path into a DSN with a busy timeout, foreign
// keys, and the write-ahead log.
func sqliteDSN(path string) string {
	if strings.HasPrefix(path, "file:") {
		return path
	}
	return "file:" + path + "?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
}

// migrate applies the migrations not yet recorded, each in a transaction.
func migrate(ctx context.Context, db *sql.DB, d dialect, now func() time.Time) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	var have int
	if err := db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if have > len(migrations) {
		return datatrade.Errorf(datatrade.ECONFLICT, "catalog database has schema version %d, newer than this program's %d", have, len(migrations))
	}
	for v := have + 1; v <= len(migrations); v++ {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migration %d: %w", v, err)
		}
		for _, stmt := range migrations[v-1](d) {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				tx.Rollback()
				return fmt.Errorf("migration %d: %w", v, err)
			}
		}
		if _, err := tx.ExecContext(ctx, d.q(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`), v, now().UTC().Format(time.RFC3339)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", v, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %d: %w", v, err)
		}
	}
	return nil
}

// dbCheckpoints keeps a follower's checkpoint in the checkpoints table.
type dbCheckpoints struct {
	db   *sql.DB
	d    dialect
	name string
}

var _ chain.CheckpointStore = (*dbCheckpoints)(nil)

// Load returns the saved checkpoint.
func (s *dbCheckpoints) Load(ctx context.Context) (chain.Checkpoint, bool, error) {
	var blob string
	err := s.db.QueryRowContext(ctx, s.d.q(`SELECT data FROM checkpoints WHERE name = ?`), s.name).Scan(&blob)
	if err == sql.ErrNoRows {
		return chain.Checkpoint{}, false, nil
	}
	if err != nil {
		return chain.Checkpoint{}, false, fmt.Errorf("load checkpoint: %w", err)
	}
	var cp chain.Checkpoint
	if err := json.Unmarshal([]byte(blob), &cp); err != nil || cp.Hash == (common.Hash{}) {
		return chain.Checkpoint{}, false, datatrade.Errorf(datatrade.EINTEGRITY, "catalog checkpoint %q is damaged; delete it to index again from the start block", s.name)
	}
	return cp, true, nil
}

// Save replaces the checkpoint in one statement, so it is atomic.
func (s *dbCheckpoints) Save(ctx context.Context, cp chain.Checkpoint) error {
	blob, err := json.Marshal(cp)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, s.d.q(`INSERT INTO checkpoints (name, data) VALUES (?, ?)
		ON CONFLICT (name) DO UPDATE SET data = excluded.data`), s.name, string(blob))
	if err != nil {
		return fmt.Errorf("save checkpoint: %w", err)
	}
	return nil
}
