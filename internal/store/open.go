package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // PostgreSQL driver "pgx"
	_ "modernc.org/sqlite"             // pure-Go SQLite driver "sqlite"
)

// Open opens the store named by dsn: a postgres:// or postgresql:// URL,
// or else a data folder in which the SQLite database dyad.db lives
// (created with its parents when missing). The schema is migrated to the
// current version.
func Open(ctx context.Context, dsn string) (Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			return nil, fmt.Errorf("store: opening PostgreSQL: %w", err)
		}
		db.SetMaxOpenConns(16)
		return newSQLStore(ctx, db, postgresDialect{})
	}
	if err := os.MkdirAll(dsn, 0o755); err != nil {
		return nil, fmt.Errorf("store: data folder: %w", err)
	}
	path := filepath.Join(dsn, "dyad.db")
	// One writer connection (transactions begin IMMEDIATE: they take the
	// write lock at once) and a pool of readers, which WAL lets read
	// while the writer writes. Each connection has a 32 MiB page cache;
	// the file is also memory-mapped (256 MiB).
	common := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-32768)&_pragma=mmap_size(268435456)"
	w, err := sql.Open("sqlite", common+"&_txlock=immediate&_pragma=foreign_keys(1)")
	if err != nil {
		return nil, fmt.Errorf("store: opening %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	s := &sqlStore{w: w, db: w, d: sqliteDialect{}, stmts: map[string]*sql.Stmt{}}
	if err := s.migrate(ctx); err != nil {
		w.Close()
		return nil, err
	}
	r, err := sql.Open("sqlite", common+"&_pragma=query_only(1)")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("store: opening %s: %w", path, err)
	}
	r.SetMaxOpenConns(max(4, 2*runtime.GOMAXPROCS(0)))
	r.SetMaxIdleConns(max(4, 2*runtime.GOMAXPROCS(0)))
	s.db, s.index = r, true
	return s, nil
}

// DefaultDataDir is where dyad keeps its database when --data is not
// given: $DYAD_DATA, else the user's data folder (XDG_DATA_HOME or
// ~/.local/share on Unix, %AppData% on Windows) + /dyad.
func DefaultDataDir() string {
	if d := os.Getenv("DYAD_DATA"); d != "" {
		return d
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "dyad")
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".local", "share", "dyad")
	}
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "dyad")
	}
	return "dyad-data"
}

func newSQLStore(ctx context.Context, db *sql.DB, d dialect) (*sqlStore, error) {
	s := &sqlStore{db: db, w: db, d: d, stmts: map[string]*sql.Stmt{}}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// migrate applies the schema steps that the database has not seen, each
// in a transaction with its version row.
func (s *sqlStore) migrate(ctx context.Context) error {
	return s.migrateTo(ctx, len(s.d.migrations()))
}

// migrateTo applies the schema steps up to version last.
func (s *sqlStore) migrateTo(ctx context.Context, last int) error {
	if _, err := s.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)`); err != nil {
		return fmt.Errorf("store: migrations table: %w", err)
	}
	var have int
	if err := s.w.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&have); err != nil {
		return fmt.Errorf("store: schema version: %w", err)
	}
	for i, step := range s.d.migrations() {
		v := i + 1
		if v <= have || v > last {
			continue
		}
		tx, err := s.w.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("store: migration %d: %w", v, err)
		}
		for _, stmt := range strings.Split(step, ";") {
			if strings.TrimSpace(stmt) == "" {
				continue
			}
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				tx.Rollback()
				return fmt.Errorf("store: migration %d: %w", v, err)
			}
		}
		if _, err := tx.ExecContext(ctx, s.d.rebind(`INSERT INTO schema_migrations(version) VALUES (?)`), v); err != nil {
			tx.Rollback()
			return fmt.Errorf("store: migration %d: %w", v, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("store: migration %d: %w", v, err)
		}
	}
	return nil
}
