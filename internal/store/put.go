package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/search"
	"github.com/jackc/pgx/v5/pgconn"
)

// sqlStore implements Store over database/sql.
type sqlStore struct {
	// db answers queries; w writes (in SQLite a pool of one connection,
	// so that writers queue in Go rather than in SQLite's busy handler,
	// beside a pool of readers that WAL lets run alongside it; in
	// PostgreSQL both are the same pool).
	db, w *sql.DB
	d     dialect
	// index says that the documents are indexed in doc_index and
	// doc_tags (SQLite, migration step 3), not doc_fts and doc_facets.
	index bool

	mu       sync.Mutex
	stmts    map[string]*sql.Stmt // prepared on w, by query
	prepared bool                 // the INSERTs are in stmts

	answers  answers
	combiner combiner
}

func (s *sqlStore) Close() error {
	err := s.db.Close()
	if s.w != s.db {
		err = errors.Join(err, s.w.Close())
	}
	return err
}

// ContentHash is the hash that versions a document: its title,
// publication date and text.
func ContentHash(d *doc.Document) string {
	h := sha256.New()
	title := ""
	if d.Title != nil {
		title = *d.Title
	}
	for _, part := range []string{title, d.Published, d.Text} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (s *sqlStore) exec(ctx context.Context, tx *sql.Tx, q string, args ...any) error {
	_, err := tx.ExecContext(ctx, s.d.rebind(q), args...)
	return err
}

// stmt returns the INSERT q, prepared on the writer by prepareInserts,
// for use within tx (or prepared within tx when it was not).
func (s *sqlStore) stmt(ctx context.Context, tx *sql.Tx, q string) (*sql.Stmt, error) {
	q = s.d.rebind(q)
	s.mu.Lock()
	st := s.stmts[q]
	s.mu.Unlock()
	if st == nil {
		return tx.PrepareContext(ctx, q)
	}
	return tx.StmtContext(ctx, st), nil
}

// prepareInserts prepares the INSERT statements of every table and size
// (insertSizes) on the writer, once; the writer's connection must be
// free (no transaction open).
func (s *sqlStore) prepareInserts(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.prepared {
		return nil
	}
	for _, r := range s.newRowSets() {
		if r == nil {
			continue
		}
		for _, size := range insertSizes {
			if size*r.width > s.d.maxParams() {
				continue
			}
			q := s.d.rebind(r.insertSQL(size))
			st, err := s.w.PrepareContext(ctx, q)
			if err != nil {
				return fmt.Errorf("store: %w", err)
			}
			s.stmts[q] = st
		}
	}
	s.prepared = true
	return nil
}

// Put stores d (in SQLite together with the documents of concurrent
// Puts: see combiner).
func (s *sqlStore) Put(ctx context.Context, d *doc.Document) (PutResult, error) {
	if s.index {
		if d.ID == "" {
			return 0, errors.New("store: document has no id")
		}
		return s.combiner.put(ctx, s, d)
	}
	rs, err := s.PutMany(ctx, []*doc.Document{d})
	if err != nil {
		return 0, err
	}
	return rs[0], nil
}

// stored is what a transaction knows of a stored document.
type stored struct {
	hash    string
	ord     int64
	pending bool // not yet inserted (in the batch of PutMany)
}

// PutMany stores docs in one transaction, each as Put would, and returns
// what it did with each; on an error nothing is stored. The rows of
// the new documents are inserted together, a few statements per table.
// In PostgreSQL, where writers run concurrently, a transaction that
// lost a race for the same key or content (a unique violation) is run
// again.
func (s *sqlStore) PutMany(ctx context.Context, docs []*doc.Document) ([]PutResult, error) {
	for attempt := 0; ; attempt++ {
		out, err := s.putMany(ctx, docs)
		var pgErr *pgconn.PgError
		if attempt < 3 && errors.As(err, &pgErr) && pgErr.Code == "23505" {
			continue
		}
		return out, err
	}
}

func (s *sqlStore) putMany(ctx context.Context, docs []*doc.Document) ([]PutResult, error) {
	for _, d := range docs {
		if d.ID == "" {
			return nil, errors.New("store: document has no id")
		}
	}
	hashes := make([]string, len(docs))
	for i, d := range docs {
		hashes[i] = ContentHash(d)
	}
	if err := s.prepareInserts(ctx); err != nil {
		return nil, err
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	defer tx.Rollback()
	byKey, byHash, err := s.lookup(ctx, tx, docs, hashes)
	if err != nil {
		return nil, err
	}
	out := make([]PutResult, len(docs))
	var batch []*doc.Document
	var batchHashes []string
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		ords, err := s.insert(ctx, tx, batch, batchHashes)
		if err != nil {
			return err
		}
		for i, d := range batch {
			byKey[d.ID].ord, byKey[d.ID].pending = ords[i], false
		}
		batch, batchHashes = batch[:0], batchHashes[:0]
		return nil
	}
	for i, d := range docs {
		h := hashes[i]
		if _, ok := byHash[h]; ok {
			out[i] = Unchanged
			continue
		}
		out[i] = Inserted
		if old := byKey[d.ID]; old != nil {
			out[i] = Replaced
			if old.pending {
				if err := flush(); err != nil {
					return nil, err
				}
			}
			if err := s.remove(ctx, tx, d.ID, old.ord); err != nil {
				return nil, fmt.Errorf("store: replacing %s: %w", d.ID, err)
			}
			delete(byHash, old.hash)
		}
		byKey[d.ID] = &stored{hash: h, pending: true}
		byHash[h] = d.ID
		batch, batchHashes = append(batch, d), append(batchHashes, h)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	for _, r := range out {
		if r != Unchanged {
			if err := s.exec(ctx, tx, `UPDATE store_generation SET n = n + 1 WHERE id = 1`); err != nil {
				return nil, fmt.Errorf("store: %w", err)
			}
			break
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return out, nil
}

// lookup returns the stored documents that have the keys or the hashes
// of docs.
func (s *sqlStore) lookup(ctx context.Context, tx *sql.Tx, docs []*doc.Document, hashes []string) (map[string]*stored, map[string]string, error) {
	byKey, byHash := map[string]*stored{}, map[string]string{}
	keys := make([]string, len(docs))
	for i, d := range docs {
		keys[i] = d.ID
	}
	for _, c := range []struct {
		col  string
		vals []string
	}{{"key", keys}, {"hash", hashes}} {
		for from := 0; from < len(c.vals); from += 500 {
			part := c.vals[from:min(len(c.vals), from+500)]
			args := make([]any, len(part))
			for i, v := range part {
				args[i] = v
			}
			rows, err := tx.QueryContext(ctx, s.d.rebind(`SELECT key, hash, ord FROM documents WHERE `+c.col+` IN (`+placeholders(len(part))+`)`), args...)
			if err != nil {
				return nil, nil, fmt.Errorf("store: %w", err)
			}
			for rows.Next() {
				var key, hash string
				var ord int64
				if err := rows.Scan(&key, &hash, &ord); err != nil {
					rows.Close()
					return nil, nil, fmt.Errorf("store: %w", err)
				}
				byKey[key] = &stored{hash: hash, ord: ord}
				byHash[hash] = key
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return nil, nil, fmt.Errorf("store: %w", err)
			}
		}
	}
	return byKey, byHash, nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// remove deletes the document key (order key ord) and its codings.
func (s *sqlStore) remove(ctx context.Context, tx *sql.Tx, key string, ord int64) error {
	tables := []string{"entities", "events", "quotes", "documents"}
	if s.index {
		if err := s.exec(ctx, tx, `DELETE FROM doc_index WHERE rowid = ?`, ord); err != nil {
			return err
		}
		if err := s.exec(ctx, tx, `DELETE FROM doc_tags WHERE ord = ?`, ord); err != nil {
			return err
		}
	} else {
		tables = append([]string{"doc_fts", "doc_facets"}, tables...)
	}
	for _, t := range tables {
		if err := s.exec(ctx, tx, `DELETE FROM `+t+` WHERE `+keyColumn(t)+` = ?`, key); err != nil {
			return err
		}
	}
	return nil
}

func keyColumn(table string) string {
	switch table {
	case "documents", "doc_fts":
		return "key"
	}
	return "doc_key"
}

// seqs returns n new sequence numbers (the low part of order keys).
func (s *sqlStore) seqs(ctx context.Context, tx *sql.Tx, n int) ([]int64, error) {
	out := make([]int64, 0, n)
	if s.index {
		// in SQLite the sequence number is the document's rowid
		var last int64
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(rowid), 0) FROM documents`).Scan(&last); err != nil {
			return nil, err
		}
		for i := range n {
			out = append(out, last+1+int64(i))
		}
		return out, nil
	}
	rows, err := tx.QueryContext(ctx, s.d.rebind(`SELECT nextval('documents_seq') FROM generate_series(1, ?)`), n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) != n {
		return nil, fmt.Errorf("%d sequence numbers, want %d", len(out), n)
	}
	return out, nil
}

// rowSet gathers the rows of one table for a multi-row INSERT.
type rowSet struct {
	table, cols, row string // row: one row's VALUES tuple, e.g. "(?, ?)"
	width            int    // placeholders in row
	args             []any
}

func newRows(table, cols, row string) *rowSet {
	return &rowSet{table: table, cols: cols, row: row, width: strings.Count(row, "?")}
}

func (r *rowSet) add(args ...any) { r.args = append(r.args, args...) }

// insertSQL returns the INSERT of size rows.
func (r *rowSet) insertSQL(size int) string {
	return `INSERT INTO ` + r.table + `(` + r.cols + `) VALUES ` + strings.TrimSuffix(strings.Repeat(r.row+", ", size), ", ")
}

// newRowSets returns the empty row sets of the tables a document is
// stored in: documents, entities, events, quotes, its text index and,
// in SQLite, doc_tags, in PostgreSQL doc_facets.
func (s *sqlStore) newRowSets() [6]*rowSet {
	documents := newRows("documents", "key, hash, source, url, title, lang, published, snippet, nevents, body, ingested, ord", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
	if s.index {
		documents = newRows("documents", "key, hash, source, url, title, lang, published, snippet, nevents, body, ingested, ord, rowid", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
	}
	entities := newRows("entities", "doc_key, name, type, country, actor, mentions", "(?, ?, ?, ?, ?, ?)")
	events := newRows("events", "doc_key, src_name, src_actor, tgt_name, tgt_actor, code, root, quad, goldstein, date, negated, body", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
	quotes := newRows("quotes", "doc_key, speaker, speaker_actor, body", "(?, ?, ?, ?)")
	if s.index {
		return [6]*rowSet{documents, entities, events, quotes,
			newRows("doc_index", "rowid, body, names, tags", "(?, ?, ?, ?)"), newRows("doc_tags", "ord, tags", "(?, ?)")}
	}
	return [6]*rowSet{documents, entities, events, quotes,
		newRows("doc_fts", "key, tsv", "(?, to_tsvector('simple', ?))"), newRows("doc_facets", "doc_key, facet, value", "(?, ?, ?)")}
}

// insertSizes are the numbers of rows one INSERT statement carries, so
// that a few prepared statements serve every batch.
var insertSizes = []int{256, 64, 16, 4, 1}

// write inserts the rows of r with as few prepared statements as
// insertSizes allow.
func (s *sqlStore) write(ctx context.Context, tx *sql.Tx, r *rowSet) error {
	n := len(r.args) / r.width
	for done := 0; done < n; {
		size := 1
		for _, z := range insertSizes {
			if z <= n-done && z*r.width <= s.d.maxParams() {
				size = z
				break
			}
		}
		st, err := s.stmt(ctx, tx, r.insertSQL(size))
		if err != nil {
			return fmt.Errorf("%s: %w", r.table, err)
		}
		if _, err := st.ExecContext(ctx, r.args[done*r.width:(done+size)*r.width]...); err != nil {
			return fmt.Errorf("%s: %w", r.table, err)
		}
		done += size
	}
	return nil
}

// insert stores new documents (none of their keys or hashes stored) and
// returns their order keys.
func (s *sqlStore) insert(ctx context.Context, tx *sql.Tx, docs []*doc.Document, hashes []string) ([]int64, error) {
	seqs, err := s.seqs(ctx, tx, len(docs))
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	sets := s.newRowSets()
	documents, entities, events, quotes, text, tags := sets[0], sets[1], sets[2], sets[3], sets[4], sets[5]
	now := time.Now().UTC().Format(time.RFC3339)
	ords := make([]int64, len(docs))
	for i, d := range docs {
		ords[i] = dateKey(d.Published)*ordShift + seqs[i]
		evJSON := make([][]byte, len(d.Events))
		for k, e := range d.Events {
			if evJSON[k], err = json.Marshal(e); err != nil {
				return nil, err
			}
			events.add(d.ID, refName(e.Source), refActor(e.Source), refName(e.Target), refActor(e.Target),
				e.Code, root(e.Code), e.Quad, e.Goldstein, e.Date, boolInt(e.Negated), string(evJSON[k]))
		}
		qJSON := make([][]byte, len(d.Quotes))
		for k, q := range d.Quotes {
			if qJSON[k], err = json.Marshal(q); err != nil {
				return nil, err
			}
			quotes.add(d.ID, refName(q.Speaker), refActor(q.Speaker), string(qJSON[k]))
		}
		body, err := docJSON(d, evJSON, qJSON)
		if err != nil {
			return nil, fmt.Errorf("store: storing %s: %w", d.ID, err)
		}
		row := []any{d.ID, hashes[i], d.Source, d.URL, titleOf(d), d.Lang, d.Published, snippet(d.Text), countEvents(d), body, now, ords[i]}
		if s.index {
			row = append(row, seqs[i])
		}
		documents.add(row...)
		var names strings.Builder
		for _, e := range d.Entities {
			names.WriteString(strings.Join(search.NameTerms(e.Name), " "))
			for _, m := range e.Mentions {
				names.WriteByte(' ')
				names.WriteString(strings.Join(search.NameTerms(m.Text), " "))
			}
			names.WriteByte(' ')
			entities.add(d.ID, e.Name, e.Type, e.Country, e.Actor, len(e.Mentions))
		}
		bodyTerms := strings.Join(search.Terms(titleOf(d)+"\n"+d.Text), " ")
		if s.index {
			fs, filters := tagsOf(d)
			text.add(ords[i], bodyTerms, names.String(), filters)
			tags.add(ords[i], fs)
			continue
		}
		// PostgreSQL: names are n_-prefixed lexemes beside the body's,
		// so that one tsvector serves both (see search.Query.TSQuery)
		var nb strings.Builder
		for _, w := range strings.Fields(names.String()) {
			nb.WriteString(" n_")
			nb.WriteString(w)
		}
		text.add(d.ID, bodyTerms+nb.String())
		for _, v := range facetValues(d) {
			tags.add(d.ID, v[0], v[1])
		}
	}
	for _, r := range sets {
		if err := s.write(ctx, tx, r); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
	}
	return ords, nil
}

// docJSON returns the JSON of d, as json.Marshal, with the JSON of its
// events and quotes already marshalled (they are stored apart too).
func docJSON(d *doc.Document, events, quotes [][]byte) (string, error) {
	c := *d
	c.Events, c.Quotes = nil, nil
	b, err := json.Marshal(&c)
	if err != nil {
		return "", err
	}
	// Entities, Quotes, Events, Dates are marshalled in this order; a
	// string value cannot hold the unescaped quotes of the marker.
	const marker = `,"quotes":null,"events":null,"dates":`
	at := bytes.LastIndex(b, []byte(marker))
	if at < 0 {
		return "", errors.New("unexpected document JSON")
	}
	var out strings.Builder
	out.Grow(len(b) + 64 + 256*len(events) + 256*len(quotes))
	out.Write(b[:at])
	list := func(name string, v any, items [][]byte) {
		out.WriteString(`,"` + name + `":`)
		if v == nil {
			out.WriteString("null")
			return
		}
		out.WriteByte('[')
		for i, it := range items {
			if i > 0 {
				out.WriteByte(',')
			}
			out.Write(it)
		}
		out.WriteByte(']')
	}
	var qv, ev any
	if d.Quotes != nil {
		qv = d.Quotes
	}
	if d.Events != nil {
		ev = d.Events
	}
	list("quotes", qv, quotes)
	list("events", ev, events)
	out.Write(b[at+len(marker)-len(`,"dates":`):])
	return out.String(), nil
}

// facetValues returns the facet rows of d as facet, value pairs, each
// once: what migration step 2 backfills (see facetSchema).
func facetValues(d *doc.Document) [][2]string {
	seen := map[[2]string]bool{}
	var out [][2]string
	add := func(facet, value string) {
		k := [2]string{facet, value}
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	add("lang", d.Lang)
	for _, e := range d.Events {
		if !e.Negated {
			add("root", root(e.Code))
			add("quad", strconv.Itoa(e.Quad))
		}
	}
	for _, e := range d.Entities {
		if e.Country != "" {
			add("country", e.Country)
		}
	}
	return out
}

func titleOf(d *doc.Document) string {
	if d.Title == nil {
		return ""
	}
	return *d.Title
}

func snippet(text string) string {
	r := []rune(text)
	if len(r) > 240 {
		return string(r[:240]) + "…"
	}
	return text
}

func countEvents(d *doc.Document) int {
	n := 0
	for _, e := range d.Events {
		if !e.Negated {
			n++
		}
	}
	return n
}

func refName(a *doc.ActorRef) string {
	if a == nil {
		return ""
	}
	return a.Name
}

func refActor(a *doc.ActorRef) string {
	if a == nil {
		return ""
	}
	return a.Actor
}

func root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
