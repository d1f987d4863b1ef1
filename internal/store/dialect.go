package store

import (
	"strconv"
	"strings"

	"github.com/dyad-news/dyad/internal/search"
)

// dialect holds what differs between the SQL databases.
type dialect interface {
	name() string
	// rebind turns ? placeholders into the database's own.
	rebind(q string) string
	// migrations returns the schema steps, in order.
	migrations() []string
	// indexText stores the search terms of a document.
	indexText(key, body, names string) (query string, args []any)
	// matchKeys returns a query selecting the keys of documents that
	// match the search query, and its arguments.
	matchKeys(q search.Query) (string, []any)
}

type sqliteDialect struct{}

func (sqliteDialect) name() string           { return "sqlite" }
func (sqliteDialect) rebind(q string) string { return q }

func (sqliteDialect) migrations() []string {
	return []string{
		commonSchema("INTEGER PRIMARY KEY AUTOINCREMENT") + `
CREATE VIRTUAL TABLE doc_fts USING fts5(key UNINDEXED, body, names, tokenize = 'unicode61 remove_diacritics 0');`,
	}
}

func (sqliteDialect) indexText(key, body, names string) (string, []any) {
	return `INSERT INTO doc_fts(key, body, names) VALUES (?, ?, ?)`, []any{key, body, names}
}

func (sqliteDialect) matchKeys(q search.Query) (string, []any) {
	return `SELECT key FROM doc_fts WHERE doc_fts MATCH ?`, []any{q.FTS5()}
}

type postgresDialect struct{}

func (postgresDialect) name() string { return "postgres" }

func (postgresDialect) rebind(q string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

func (postgresDialect) migrations() []string {
	return []string{
		commonSchema("BIGSERIAL PRIMARY KEY") + `
CREATE TABLE doc_fts (key TEXT PRIMARY KEY REFERENCES documents(key) ON DELETE CASCADE, tsv TSVECTOR NOT NULL);
CREATE INDEX doc_fts_tsv ON doc_fts USING GIN (tsv);`,
	}
}

func (postgresDialect) indexText(key, body, names string) (string, []any) {
	// names are stored as n_-prefixed lexemes beside the body's, so that
	// one tsvector serves both fields (see search.Query.TSQuery).
	var nb strings.Builder
	for _, w := range strings.Fields(names) {
		nb.WriteString(" n_")
		nb.WriteString(w)
	}
	return `INSERT INTO doc_fts(key, tsv) VALUES (?, to_tsvector('simple', ?))`, []any{key, body + nb.String()}
}

func (postgresDialect) matchKeys(q search.Query) (string, []any) {
	return `SELECT key FROM doc_fts WHERE tsv @@ to_tsquery('simple', ?)`, []any{q.TSQuery()}
}

// commonSchema is the schema both databases share; id is the type of an
// auto-increment primary key.
func commonSchema(id string) string {
	return `
CREATE TABLE documents (
  key TEXT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  lang TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL DEFAULT '',
  snippet TEXT NOT NULL DEFAULT '',
  nevents INTEGER NOT NULL DEFAULT 0,
  body TEXT NOT NULL,
  ingested TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE TABLE entities (
  id ` + id + `,
  doc_key TEXT NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
  name TEXT NOT NULL, type TEXT NOT NULL, country TEXT NOT NULL DEFAULT '',
  actor TEXT NOT NULL DEFAULT '', mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_doc ON entities(doc_key);
CREATE INDEX entities_name ON entities(name);
CREATE INDEX entities_actor ON entities(actor);
CREATE TABLE events (
  id ` + id + `,
  doc_key TEXT NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
  src_name TEXT NOT NULL DEFAULT '', src_actor TEXT NOT NULL DEFAULT '',
  tgt_name TEXT NOT NULL DEFAULT '', tgt_actor TEXT NOT NULL DEFAULT '',
  code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein DOUBLE PRECISION NOT NULL,
  date TEXT NOT NULL DEFAULT '', negated INTEGER NOT NULL DEFAULT 0,
  body TEXT NOT NULL
);
CREATE INDEX events_doc ON events(doc_key);
CREATE INDEX events_src ON events(src_actor);
CREATE INDEX events_tgt ON events(tgt_actor);
CREATE INDEX events_date ON events(date);
CREATE TABLE quotes (
  id ` + id + `,
  doc_key TEXT NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
  speaker TEXT NOT NULL DEFAULT '', speaker_actor TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL
);
CREATE INDEX quotes_doc ON quotes(doc_key);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);`
}
