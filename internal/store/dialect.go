package store

import (
	"strconv"
	"strings"
)

// dialect holds what differs between the SQL databases.
type dialect interface {
	name() string
	// rebind turns ? placeholders into the database's own.
	rebind(q string) string
	// migrations returns the schema steps, in order.
	migrations() []string
	// maxParams is the most placeholders one statement may have.
	maxParams() int
}

type sqliteDialect struct{}

func (sqliteDialect) name() string           { return "sqlite" }
func (sqliteDialect) rebind(q string) string { return q }
func (sqliteDialect) maxParams() int         { return 32000 }

func (sqliteDialect) migrations() []string {
	return []string{
		commonSchema("INTEGER PRIMARY KEY AUTOINCREMENT") + `
CREATE VIRTUAL TABLE doc_fts USING fts5(key UNINDEXED, body, names, tokenize = 'unicode61 remove_diacritics 0');`,
		facetSchema(" WITHOUT ROWID") + `;
ALTER TABLE documents ADD COLUMN fts_id INTEGER;
UPDATE documents SET fts_id = m.rid FROM (SELECT rowid AS rid, key FROM doc_fts) AS m WHERE m.key = documents.key;
CREATE INDEX documents_fts ON documents(fts_id, published, key);
CREATE INDEX documents_key_cover ON documents(key, fts_id, published, lang)`,
		sqliteIndexSchema,
	}
}

// sqliteIndexSchema is SQLite's migration step 3: documents get their
// order key (documents.ord, see ord.go); the full-text index becomes
// doc_index, contentless, keyed by ord, with a third column of tags
// (facet values and actor-code prefixes, see tagsOf) so that every filter
// but the date is a full-text condition and a date range is a rowid
// range; doc_tags keeps each document's facet values for the facet
// counts. doc_fts, doc_facets and the indexes that served them go.
// Existing documents are backfilled from the old tables.
var sqliteIndexSchema = `
ALTER TABLE documents ADD COLUMN ord INTEGER;
UPDATE documents SET ord = ` + dateKeySQL(func(col, p string) string { return col + " GLOB '" + p + "*'" }) + ` * 4294967296 + rowid;
CREATE UNIQUE INDEX documents_ord ON documents(ord);
DROP INDEX documents_fts;
DROP INDEX documents_key_cover;
DROP INDEX documents_published;
DROP INDEX documents_lang;
CREATE TABLE doc_tags (ord INTEGER PRIMARY KEY, tags TEXT NOT NULL);
INSERT INTO doc_tags(ord, tags)
  SELECT d.ord, COALESCE((SELECT group_concat(CASE f.facet WHEN 'lang' THEN 'l' WHEN 'root' THEN 'r' WHEN 'quad' THEN 'q' ELSE 'c' END || f.value, ' ')
    FROM doc_facets f WHERE f.doc_key = d.key), '') FROM documents d;
CREATE VIRTUAL TABLE doc_index USING fts5(body, names, tags, content = '', contentless_delete = 1, detail = column, tokenize = 'unicode61 remove_diacritics 0');
WITH RECURSIVE codes(doc_key, code) AS (
    SELECT doc_key, upper(actor) FROM entities WHERE actor <> ''
    UNION SELECT doc_key, upper(src_actor) FROM events WHERE src_actor <> ''
    UNION SELECT doc_key, upper(tgt_actor) FROM events WHERE tgt_actor <> ''),
  prefixes(doc_key, code, n) AS (
    SELECT doc_key, code, 1 FROM codes
    UNION ALL SELECT doc_key, code, n + 1 FROM prefixes WHERE n < length(code)),
  actors(doc_key, toks) AS (
    SELECT doc_key, group_concat(tok, ' ') FROM (SELECT DISTINCT doc_key, 'a' || substr(code, 1, n) AS tok FROM prefixes) GROUP BY doc_key)
  INSERT INTO doc_index(rowid, body, names, tags) SELECT d.ord, f.body, f.names, t.tags || COALESCE(' ' || a.toks, '')
  FROM documents d JOIN doc_fts f ON f.rowid = d.fts_id JOIN doc_tags t ON t.ord = d.ord LEFT JOIN actors a ON a.doc_key = d.key;
DROP TABLE doc_fts;
DROP TABLE doc_facets;
` + generationSchema

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
		`
CREATE SEQUENCE documents_seq;
ALTER TABLE documents ADD COLUMN ord BIGINT;
UPDATE documents SET ord = ` + dateKeySQL(func(col, p string) string { return col + " SIMILAR TO '" + p + "%'" }) + ` * 4294967296 + nextval('documents_seq');
CREATE UNIQUE INDEX documents_ord ON documents(ord);
DROP INDEX documents_published;
DROP INDEX documents_lang;
CREATE INDEX documents_lang ON documents(lang, ord);
` + generationSchema,
	}
}

func (postgresDialect) maxParams() int { return 60000 }

// generationSchema (in step 3) holds the store's generation, a number
// that every write of documents increments (Store.Generation).
const generationSchema = `CREATE TABLE store_generation (id INTEGER PRIMARY KEY, n BIGINT NOT NULL);
INSERT INTO store_generation(id, n) VALUES (1, 0)`

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
