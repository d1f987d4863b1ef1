package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/search"
)

// where gathers SQL conditions and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// addArgs is add with the arguments as a slice.
func (w *where) addArgs(cond string, args []any) { w.add(cond, args...) }

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// codePrefix turns an actor or country filter into a LIKE pattern; codes
// are letters only, so nothing in them needs escaping.
func codePrefix(s string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(s) {
		if (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String() + "%"
}

// docWhere filters documents (alias d).
func docWhere(f Filter) *where { return docWhereBy(f, false) }

// docWhereBy filters documents (alias d); probe says that another
// condition selects few documents, so that the facet filters should be
// checked per document (EXISTS) rather than list their documents (IN).
func docWhereBy(f Filter, probe bool) *where {
	facet := func(name string) string {
		if probe {
			return "EXISTS (SELECT 1 FROM doc_facets x WHERE x.doc_key = d.key AND x.facet = '" + name + "' AND x.value = ?)"
		}
		return "d.key IN (SELECT x.doc_key FROM doc_facets x WHERE x.facet = '" + name + "' AND x.value = ?)"
	}
	w := &where{}
	if f.Document != "" {
		w.add("d.key = ?", f.Document)
	}
	if f.Lang != "" {
		w.add("d.lang = ?", f.Lang)
	}
	if f.Since != "" {
		w.add("d.published >= ?", f.Since)
	}
	if f.Until != "" {
		w.add("d.published <= ?", f.Until)
	}
	if f.Actor != "" {
		p := codePrefix(f.Actor)
		w.add("(EXISTS (SELECT 1 FROM entities x WHERE x.doc_key = d.key AND x.actor LIKE ?) OR EXISTS (SELECT 1 FROM events x WHERE x.doc_key = d.key AND (x.src_actor LIKE ? OR x.tgt_actor LIKE ?)))", p, p, p)
	}
	// doc_facets holds entities' countries and the roots and quads of
	// events that are not negated (see facetSchema)
	if f.Country != "" {
		w.add(facet("country"), strings.ToUpper(f.Country))
	}
	if f.Root != "" {
		w.add(facet("root"), f.Root)
	}
	if f.Quad != 0 {
		w.add(facet("quad"), strconv.Itoa(f.Quad))
	}
	return w
}

// prefix returns a condition true when column col holds an actor code
// that starts with code (as codePrefix reads it), and its arguments. In
// SQLite it is a range, which the column's index serves (LIKE would
// scan: SQLite's LIKE is case-insensitive); codes are upper case.
func (s *sqlStore) prefix(col, code string) (string, []any) {
	p := codePrefix(code)
	if !s.index {
		return col + " LIKE ?", []any{p}
	}
	p = strings.TrimSuffix(p, "%")
	if p == "" {
		return "1 = 1", nil
	}
	return "(" + col + " >= ? AND " + col + " < ?)", []any{p, p[:len(p)-1] + string(p[len(p)-1]+1)}
}

// eitherActor returns a condition true when an event's source or
// target code starts with code.
func (s *sqlStore) eitherActor(code string) (string, []any) {
	a, aa := s.prefix("e.src_actor", code)
	b, ba := s.prefix("e.tgt_actor", code)
	return "(" + a + " OR " + b + ")", append(aa, ba...)
}

// eventsFrom is the FROM clause of event queries: events e, joined with
// their documents d only when f filters on the document's language.
func eventsFrom(f Filter) string {
	if f.Lang != "" {
		return " FROM events e JOIN documents d ON d.key = e.doc_key"
	}
	return " FROM events e"
}

// eventWhere filters events (alias e, joined with documents d when
// eventsFrom says so).
func (s *sqlStore) eventWhere(f Filter) *where {
	w := &where{}
	w.add("e.negated = 0")
	if f.Document != "" {
		w.add("e.doc_key = ?", f.Document)
	}
	if f.Lang != "" {
		w.add("d.lang = ?", f.Lang)
	}
	if f.Since != "" {
		w.add("e.date >= ?", f.Since)
	}
	if f.Until != "" {
		w.add("e.date <= ?", f.Until)
	}
	if f.Actor != "" {
		w.addArgs(s.eitherActor(f.Actor))
	}
	if f.Country != "" {
		w.addArgs(s.eitherActor(f.Country))
	}
	if f.Source != "" {
		w.addArgs(s.prefix("e.src_actor", f.Source))
	}
	if f.Target != "" {
		w.addArgs(s.prefix("e.tgt_actor", f.Target))
	}
	if f.Root != "" {
		w.add("e.root = ?", f.Root)
	}
	if f.Quad != 0 {
		w.add("e.quad = ?", f.Quad)
	}
	return w
}

func (s *sqlStore) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	rows, err := s.db.QueryContext(ctx, s.d.rebind(q), args...)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return rows, nil
}

// Generation returns the count of writes of documents.
func (s *sqlStore) Generation(ctx context.Context) (int64, error) {
	var n int64
	if err := s.db.QueryRowContext(ctx, `SELECT n FROM store_generation WHERE id = 1`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	return n, nil
}

// DocumentJSON returns the stored JSON of a document (what Put
// marshalled: the same as marshalling what Document returns).
func (s *sqlStore) DocumentJSON(ctx context.Context, id string) ([]byte, error) {
	var body []byte
	err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT body FROM documents WHERE key = ?`), id).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return body, nil
}

// Document returns the stored coded document.
func (s *sqlStore) Document(ctx context.Context, id string) (*doc.Document, error) {
	body, err := s.DocumentJSON(ctx, id)
	if err != nil {
		return nil, err
	}
	d := doc.New()
	if err := json.Unmarshal(body, d); err != nil {
		return nil, fmt.Errorf("store: document %q: %w", id, err)
	}
	return d, nil
}

const summaryColumns = `d.key, d.title, d.lang, d.published, d.source, d.url, d.snippet, d.nevents`

func scanSummaries(rows *sql.Rows) ([]DocSummary, error) {
	defer rows.Close()
	out := []DocSummary{}
	for rows.Next() {
		var s DocSummary
		if err := rows.Scan(&s.ID, &s.Title, &s.Lang, &s.Published, &s.Source, &s.URL, &s.Snippet, &s.Events); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// Documents lists documents, newest first.
func (s *sqlStore) Documents(ctx context.Context, f Filter, p Page) ([]DocSummary, error) {
	p = p.norm()
	if s.index {
		return s.documentsIndex(ctx, f, p)
	}
	w := docWhere(f)
	rows, err := s.query(ctx, `SELECT `+summaryColumns+` FROM documents d`+w.sql()+
		` ORDER BY d.ord DESC LIMIT ? OFFSET ?`, append(w.args, p.Limit, p.Offset)...)
	if err != nil {
		return nil, err
	}
	return scanSummaries(rows)
}

// facetDocs bounds the hits that facets are counted over to the newest
// facetDocs of them (0: all): counting costs some microseconds a hit, so
// facets over tens of thousands of hits would take most of a second.
// The total is always exact.
var facetDocs = 1000

// Search finds documents by words and filters, with facet counts.
func (s *sqlStore) Search(ctx context.Context, query string, f Filter, p Page) (SearchResult, error) {
	p = p.norm()
	return cached(ctx, s, searchKey(query, f, p), func() (SearchResult, error) { return s.search(ctx, query, f, p) }, copySearch)
}

func (s *sqlStore) search(ctx context.Context, query string, f Filter, p Page) (SearchResult, error) {
	q := search.ParseQuery(query)
	if s.index {
		return s.searchIndex(ctx, q, f, p)
	}
	w := docWhereBy(f, !q.Empty())
	if !q.Empty() {
		w.add(`d.key IN (SELECT key FROM doc_fts WHERE tsv @@ to_tsquery('simple', ?))`, q.TSQuery())
	}
	res := SearchResult{Hits: []DocSummary{}, Facets: map[string][]Facet{}}
	var err error
	if res.Total, res.FacetDocs, res.Facets, err = s.facets(ctx, w); err != nil || res.Total == 0 {
		return res, err
	}
	rows, err := s.query(ctx, `SELECT `+summaryColumns+` FROM documents d`+w.sql()+
		` ORDER BY d.ord DESC LIMIT ? OFFSET ?`, append(w.args, p.Limit, p.Offset)...)
	if err != nil {
		return res, err
	}
	res.Hits, err = scanSummaries(rows)
	return res, err
}

// facetQuery counts the facets of the hits in one statement with the
// total, so that the full-text match is evaluated once for the facets:
// "hits" is the keys of the documents counted. doc_facets has one row
// per document and facet value, so COUNT(*) counts documents.
const facetQuery = `
UNION ALL SELECT 'counted', '', COUNT(*) FROM hits
UNION ALL SELECT f.facet, f.value, COUNT(*) FROM hits h JOIN doc_facets f ON f.doc_key = h.key GROUP BY f.facet, f.value`

// maxFacetValues is how many values of each facet a search returns.
const maxFacetValues = 20

// facets returns the number of documents that match w, how many of
// them (the newest) the facets count (see facetDocs), and the facet
// counts, each facet's values by count (then value), the first
// maxFacetValues of them.
func (s *sqlStore) facets(ctx context.Context, w *where) (int, int, map[string][]Facet, error) {
	hits, count, args := `SELECT d.key FROM documents d`+w.sql(), `SELECT COUNT(*) FROM hits`, w.args
	if facetDocs > 0 {
		hits += ` ORDER BY d.ord DESC LIMIT ` + strconv.Itoa(facetDocs)
		count = `SELECT COUNT(*) FROM documents d` + w.sql()
		args = append(append([]any{}, w.args...), w.args...)
	}
	rows, err := s.query(ctx, `WITH hits AS MATERIALIZED (`+hits+`) SELECT 'total', '', (`+count+`)`+facetQuery, args...)
	if err != nil {
		return 0, 0, nil, err
	}
	defer rows.Close()
	total, counted := 0, 0
	out := map[string][]Facet{"lang": {}, "root": {}, "quad": {}, "country": {}}
	for rows.Next() {
		var name string
		var f Facet
		if err := rows.Scan(&name, &f.Value, &f.Count); err != nil {
			return 0, 0, nil, fmt.Errorf("store: %w", err)
		}
		switch name {
		case "total":
			total = f.Count
		case "counted":
			counted = f.Count
		default:
			out[name] = append(out[name], f)
		}
	}
	if err := rows.Err(); err != nil {
		return 0, 0, nil, fmt.Errorf("store: %w", err)
	}
	for name, fs := range out {
		sortFacets(fs)
		out[name] = fs[:min(len(fs), maxFacetValues)]
	}
	return total, counted, out, nil
}

// Events lists events, newest first.
func (s *sqlStore) Events(ctx context.Context, f Filter, p Page) ([]EventRow, error) {
	p = p.norm()
	w := s.eventWhere(f)
	rows, err := s.query(ctx, `SELECT e.doc_key, e.body`+eventsFrom(f)+w.sql()+
		` ORDER BY e.date DESC, e.id LIMIT ? OFFSET ?`, append(w.args, p.Limit, p.Offset)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []EventRow{}
	for rows.Next() {
		var r EventRow
		var body string
		if err := rows.Scan(&r.Document, &body); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		if err := json.Unmarshal([]byte(body), &r.Event); err != nil {
			return nil, fmt.Errorf("store: event of %s: %w", r.Document, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Entities lists entities by the number of documents naming them.
func (s *sqlStore) Entities(ctx context.Context, f Filter, p Page) ([]EntityRow, error) {
	p = p.norm()
	w := &where{}
	if f.Actor != "" {
		w.addArgs(s.prefix("x.actor", f.Actor))
	}
	if f.Country != "" {
		w.add("x.country = ?", strings.ToUpper(f.Country))
	}
	if f.Document != "" {
		w.add("x.doc_key = ?", f.Document)
	}
	if f.Speaker != "" { // reused as a name filter
		w.add("x.name = ?", f.Speaker)
	}
	rows, err := s.query(ctx, `SELECT x.name, x.type, MAX(x.country), MAX(x.actor), COUNT(DISTINCT x.doc_key), SUM(x.mentions)
		FROM entities x`+w.sql()+` GROUP BY x.name, x.type ORDER BY 5 DESC, 6 DESC, 1 LIMIT ? OFFSET ?`, append(w.args, p.Limit, p.Offset)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []EntityRow{}
	for rows.Next() {
		var r EntityRow
		if err := rows.Scan(&r.Name, &r.Type, &r.Country, &r.Actor, &r.Documents, &r.Mentions); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Quotes lists quotes, filtered by speaker name or actor prefix.
func (s *sqlStore) Quotes(ctx context.Context, f Filter, p Page) ([]QuoteRow, error) {
	p = p.norm()
	w := &where{}
	if f.Speaker != "" {
		c, args := s.prefix("q.speaker_actor", f.Speaker)
		w.add("(q.speaker = ? OR "+c+")", append([]any{f.Speaker}, args...)...)
	}
	if f.Actor != "" {
		w.addArgs(s.prefix("q.speaker_actor", f.Actor))
	}
	if f.Document != "" {
		w.add("q.doc_key = ?", f.Document)
	}
	if f.Lang != "" {
		w.add("d.lang = ?", f.Lang)
	}
	rows, err := s.query(ctx, `SELECT q.doc_key, q.body FROM quotes q JOIN documents d ON d.key = q.doc_key`+w.sql()+
		` ORDER BY d.ord DESC, q.id LIMIT ? OFFSET ?`, append(w.args, p.Limit, p.Offset)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []QuoteRow{}
	for rows.Next() {
		var r QuoteRow
		var body string
		if err := rows.Scan(&r.Document, &body); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		if err := json.Unmarshal([]byte(body), &r.Quote); err != nil {
			return nil, fmt.Errorf("store: quote of %s: %w", r.Document, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Stats counts rows.
func (s *sqlStore) Stats(ctx context.Context) (Stats, error) {
	return cached(ctx, s, "stats", func() (Stats, error) { return s.stats(ctx) }, same)
}

func (s *sqlStore) stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM entities),
		(SELECT COUNT(*) FROM quotes), (SELECT COUNT(*) FROM events WHERE negated = 0)`).Scan(&st.Documents, &st.Entities, &st.Quotes, &st.Events)
	if err != nil {
		return st, fmt.Errorf("store: %w", err)
	}
	return st, nil
}

// State returns a saved value, or "" when there is none.
func (s *sqlStore) State(ctx context.Context, key string) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT value FROM state WHERE key = ?`), key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store: %w", err)
	}
	return v, nil
}

// SetState saves a value.
func (s *sqlStore) SetState(ctx context.Context, key, value string) error {
	_, err := s.w.ExecContext(ctx, s.d.rebind(`INSERT INTO state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`), key, value)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	return nil
}
