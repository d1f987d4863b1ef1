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
	// linkText, when not "", runs right after indexText with the
	// document's key (SQLite: records the index row's id on documents).
	linkText() string
	// deleteText deletes the search terms of the document whose key is
	// its one argument; it runs before the document's row is deleted.
	deleteText() string
	// hitsJoin joins the matched keys (hits h) to doc_facets f: SQLite
	// is told to read hits first, never to scan doc_facets.
	hitsJoin() string
	// matchDocs returns a condition on documents (alias d) true for those
	// that match the search query, and its arguments.
	matchDocs(q search.Query) (string, []any)
}

type sqliteDialect struct{}

func (sqliteDialect) name() string           { return "sqlite" }
func (sqliteDialect) rebind(q string) string { return q }

func (sqliteDialect) migrations() []string {
	return []string{
		commonSchema("INTEGER PRIMARY KEY AUTOINCREMENT") + `
CREATE VIRTUAL TABLE doc_fts USING fts5(key UNINDEXED, body, names, tokenize = 'unicode61 remove_diacritics 0');`,
		facetSchema(" WITHOUT ROWID") + `;
ALTER TABLE documents ADD COLUMN fts_id INTEGER;
UPDATE documents SET fts_id = m.rid FROM (SELECT rowid AS rid, key FROM doc_fts) AS m WHERE m.key = documents.key;
CREATE INDEX documents_fts ON documents(fts_id, published, key);
CREATE INDEX documents_key_cover ON documents(key, fts_id, published, lang)`,
	}
}

func (sqliteDialect) indexText(key, body, names string) (string, []any) {
	return `INSERT INTO doc_fts(key, body, names) VALUES (?, ?, ?)`, []any{key, body, names}
}

// From migration step 2, documents.fts_id is the rowid of the
// document's doc_fts row, so that a match joins documents by an index
// without reading the FTS table's content rows (nor scanning them to
// delete: key is not indexed there).
func (sqliteDialect) linkText() string {
	return `UPDATE documents SET fts_id = last_insert_rowid() WHERE key = ?`
}

func (sqliteDialect) deleteText() string {
	return `DELETE FROM doc_fts WHERE rowid = (SELECT fts_id FROM documents WHERE key = ?)`
}

func (sqliteDialect) hitsJoin() string { return "hits h CROSS JOIN doc_facets f" }

func (sqliteDialect) matchDocs(q search.Query) (string, []any) {
	return `d.fts_id IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?)`, []any{q.FTS5()}
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
		facetSchema(""),
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

func (postgresDialect) linkText() string { return "" }

func (postgresDialect) deleteText() string { return `DELETE FROM doc_fts WHERE key = ?` }

func (postgresDialect) hitsJoin() string { return "hits h JOIN doc_facets f" }

func (postgresDialect) matchDocs(q search.Query) (string, []any) {
	return `d.key IN (SELECT key FROM doc_fts WHERE tsv @@ to_tsquery('simple', ?))`, []any{q.TSQuery()}
}

// facetSchema is migration step 2: the facet values of each document
// (lang; root and quad of its events that are not negated; country of its
// entities), so that facet counts and the root, quad and country filters
// read one narrow table instead of events and entities. Existing
// documents are backfilled. table is a clause after CREATE TABLE (SQLite:
// WITHOUT ROWID, the primary key being the covering index).
func facetSchema(table string) string {
	return `
CREATE TABLE doc_facets (
  doc_key TEXT NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
  facet TEXT NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY (doc_key, facet, value)
)` + table + `;
CREATE INDEX doc_facets_value ON doc_facets(facet, value, doc_key);
CREATE INDEX documents_lang ON documents(lang, published, key);
INSERT INTO doc_facets(doc_key, facet, value) SELECT key, 'lang', lang FROM documents;
INSERT INTO doc_facets(doc_key, facet, value) SELECT DISTINCT doc_key, 'root', root FROM events WHERE negated = 0;
INSERT INTO doc_facets(doc_key, facet, value) SELECT DISTINCT doc_key, 'quad', CAST(quad AS TEXT) FROM events WHERE negated = 0;
INSERT INTO doc_facets(doc_key, facet, value) SELECT DISTINCT doc_key, 'country', country FROM entities WHERE country <> ''`
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
