package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
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
func docWhere(f Filter) *where {
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
	if f.Country != "" {
		w.add("EXISTS (SELECT 1 FROM entities x WHERE x.doc_key = d.key AND x.country = ?)", strings.ToUpper(f.Country))
	}
	if f.Root != "" {
		w.add("EXISTS (SELECT 1 FROM events x WHERE x.doc_key = d.key AND x.root = ? AND x.negated = 0)", f.Root)
	}
	if f.Quad != 0 {
		w.add("EXISTS (SELECT 1 FROM events x WHERE x.doc_key = d.key AND x.quad = ? AND x.negated = 0)", f.Quad)
	}
	return w
}

// eventWhere filters events (alias e, joined with documents d).
func eventWhere(f Filter) *where {
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
		p := codePrefix(f.Actor)
		w.add("(e.src_actor LIKE ? OR e.tgt_actor LIKE ?)", p, p)
	}
	if f.Country != "" {
		p := codePrefix(f.Country)
		w.add("(e.src_actor LIKE ? OR e.tgt_actor LIKE ?)", p, p)
	}
	if f.Source != "" {
		w.add("e.src_actor LIKE ?", codePrefix(f.Source))
	}
	if f.Target != "" {
		w.add("e.tgt_actor LIKE ?", codePrefix(f.Target))
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

// Document returns the stored coded document.
func (s *sqlStore) Document(ctx context.Context, id string) (*doc.Document, error) {
	var body string
	err := s.db.QueryRowContext(ctx, s.d.rebind(`SELECT body FROM documents WHERE key = ?`), id).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	d := doc.New()
	if err := json.Unmarshal([]byte(body), d); err != nil {
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
	w := docWhere(f)
	rows, err := s.query(ctx, `SELECT `+summaryColumns+` FROM documents d`+w.sql()+
		` ORDER BY d.published DESC, d.key LIMIT ? OFFSET ?`, append(w.args, p.Limit, p.Offset)...)
	if err != nil {
		return nil, err
	}
	return scanSummaries(rows)
}

// Search finds documents by words and filters, with facet counts.
func (s *sqlStore) Search(ctx context.Context, query string, f Filter, p Page) (SearchResult, error) {
	p = p.norm()
	w := docWhere(f)
	if q := search.ParseQuery(query); !q.Empty() {
		match, args := s.d.matchKeys(q)
		w.add("d.key IN ("+match+")", args...)
	}
	res := SearchResult{Hits: []DocSummary{}, Facets: map[string][]Facet{}}
	var err error
	if res.Total, res.Facets, err = s.facets(ctx, `SELECT d.key FROM documents d`+w.sql(), w.args); err != nil || res.Total == 0 {
		return res, err
	}
	rows, err := s.query(ctx, `SELECT `+summaryColumns+` FROM documents d`+w.sql()+
		` ORDER BY d.published DESC, d.key LIMIT ? OFFSET ?`, append(w.args, p.Limit, p.Offset)...)
	if err != nil {
		return res, err
	}
	res.Hits, err = scanSummaries(rows)
	return res, err
}

// facetQuery counts the matched documents and their facets in one
// statement, so that the full-text match is evaluated once for all of
// them: "hits" is the matched keys.
const facetQuery = `
SELECT 'total', '', COUNT(*) FROM hits
UNION ALL SELECT 'lang', d.lang, COUNT(*) FROM documents d JOIN hits h ON h.key = d.key GROUP BY d.lang
UNION ALL SELECT 'root', x.root, COUNT(DISTINCT x.doc_key) FROM events x JOIN hits h ON h.key = x.doc_key WHERE x.negated = 0 GROUP BY x.root
UNION ALL SELECT 'quad', CAST(x.quad AS TEXT), COUNT(DISTINCT x.doc_key) FROM events x JOIN hits h ON h.key = x.doc_key WHERE x.negated = 0 GROUP BY x.quad
UNION ALL SELECT 'country', x.country, COUNT(DISTINCT x.doc_key) FROM entities x JOIN hits h ON h.key = x.doc_key WHERE x.country <> '' GROUP BY x.country`

// maxFacetValues is how many values of each facet a search returns.
const maxFacetValues = 20

// facets returns the number of documents that matched selects and the
// facet counts over them, each facet's values by count (then value),
// the first maxFacetValues of them.
func (s *sqlStore) facets(ctx context.Context, matched string, args []any) (int, map[string][]Facet, error) {
	rows, err := s.query(ctx, `WITH hits AS MATERIALIZED (`+matched+`)`+facetQuery, args...)
	if err != nil {
		return 0, nil, err
	}
	defer rows.Close()
	total := 0
	out := map[string][]Facet{"lang": {}, "root": {}, "quad": {}, "country": {}}
	for rows.Next() {
		var name string
		var f Facet
		if err := rows.Scan(&name, &f.Value, &f.Count); err != nil {
			return 0, nil, fmt.Errorf("store: %w", err)
		}
		if name == "total" {
			total = f.Count
			continue
		}
		out[name] = append(out[name], f)
	}
	if err := rows.Err(); err != nil {
		return 0, nil, fmt.Errorf("store: %w", err)
	}
	for name, fs := range out {
		sort.Slice(fs, func(i, j int) bool {
			if fs[i].Count != fs[j].Count {
				return fs[i].Count > fs[j].Count
			}
			return fs[i].Value < fs[j].Value
		})
		out[name] = fs[:min(len(fs), maxFacetValues)]
	}
	return total, out, nil
}

// Events lists events, newest first.
func (s *sqlStore) Events(ctx context.Context, f Filter, p Page) ([]EventRow, error) {
	p = p.norm()
	w := eventWhere(f)
	rows, err := s.query(ctx, `SELECT e.doc_key, e.body FROM events e JOIN documents d ON d.key = e.doc_key`+w.sql()+
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
		w.add("x.actor LIKE ?", codePrefix(f.Actor))
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
		w.add("(q.speaker = ? OR q.speaker_actor LIKE ?)", f.Speaker, codePrefix(f.Speaker))
	}
	if f.Actor != "" {
		w.add("q.speaker_actor LIKE ?", codePrefix(f.Actor))
	}
	if f.Document != "" {
		w.add("q.doc_key = ?", f.Document)
	}
	if f.Lang != "" {
		w.add("d.lang = ?", f.Lang)
	}
	rows, err := s.query(ctx, `SELECT q.doc_key, q.body FROM quotes q JOIN documents d ON d.key = q.doc_key`+w.sql()+
		` ORDER BY d.published DESC, q.id LIMIT ? OFFSET ?`, append(w.args, p.Limit, p.Offset)...)
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
	_, err := s.db.ExecContext(ctx, s.d.rebind(`INSERT INTO state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`), key, value)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	return nil
}
