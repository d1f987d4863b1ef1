package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/dyad-news/dyad/internal/search"
)

// The SQLite search index (migration step 3): doc_index is an FTS5
// table whose rowid is the document's order key (ord.go), with three
// columns: body (stemmed terms of title and text), names (folded terms of
// the linked entities' names) and tags (facet values and actor-code
// prefixes, tagsOf). A search is then one FTS5 query: the words, and
// every filter but the date as a tags term, with the date range as a
// rowid range. FTS5 walks its postings newest first (ORDER BY rowid DESC)
// and stops at the LIMIT, so the first page and the newest hits that the
// facets count never need the whole hit set sorted; only the total walks
// all hits, without reading any row. doc_tags (ord → facet tags) gives the
// facet values of those newest hits.

// indexMatch returns the FTS5 query for q and the filters of f other than
// the dates and the document ("" when there is none).
func indexMatch(q search.Query, f Filter) string {
	var parts []string
	if !q.Empty() {
		parts = append(parts, q.FTS5())
	}
	tag := func(t string) { parts = append(parts, `tags : "`+t+`"`) }
	if f.Lang != "" {
		tag("l" + alnum(f.Lang))
	}
	if f.Actor != "" {
		tag("a" + strings.TrimSuffix(codePrefix(f.Actor), "%"))
	}
	if f.Country != "" {
		tag("c" + alnum(f.Country))
	}
	if f.Root != "" {
		tag("r" + alnum(f.Root))
	}
	if f.Quad != 0 {
		tag("q" + string(rune('0'+f.Quad%10)))
	}
	return strings.Join(parts, " AND ")
}

// indexQuery is a search over the index: the FTS5 query (or none) and
// the rowid range.
type indexQuery struct {
	match  string
	lo, hi int64
}

// newIndexQuery returns the index query for q and f; ok is false when
// nothing can match (a filter on a document that is not stored, an
// actor filter with no letters).
func (s *sqlStore) newIndexQuery(ctx context.Context, q search.Query, f Filter) (iq indexQuery, ok bool, err error) {
	if f.Actor != "" && codePrefix(f.Actor) == "%" {
		// matched every document with an actor before; keep that
		f.Actor = ""
	}
	for _, v := range []string{f.Lang, f.Country, f.Root} {
		if alnum(v) != v {
			return iq, false, nil // tags hold letters and digits only
		}
	}
	iq.match = indexMatch(q, f)
	iq.lo, iq.hi = ordRange(f)
	if f.Document != "" {
		var ord int64
		err := s.db.QueryRowContext(ctx, `SELECT ord FROM documents WHERE key = ?`, f.Document).Scan(&ord)
		if errors.Is(err, sql.ErrNoRows) {
			return iq, false, nil
		}
		if err != nil {
			return iq, false, fmt.Errorf("store: %w", err)
		}
		iq.lo, iq.hi = max(iq.lo, ord), min(iq.hi, ord+1)
	}
	return iq, iq.lo < iq.hi, nil
}

// count returns the number of documents that match.
func (s *sqlStore) countIndex(ctx context.Context, iq indexQuery) (int, error) {
	var n int
	var err error
	if iq.match == "" {
		err = s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM doc_tags WHERE ord >= ? AND ord < ?`, iq.lo, iq.hi).Scan(&n)
	} else {
		err = s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM doc_index WHERE doc_index MATCH ? AND rowid >= ? AND rowid < ?`, iq.match, iq.lo, iq.hi).Scan(&n)
	}
	if err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	return n, nil
}

// newest returns the order keys of the newest matches, skipping offset
// and returning at most limit; with facets, it also counts the facet
// tags of the first facets of them (see countFacets) into counts.
func (s *sqlStore) newest(ctx context.Context, iq indexQuery, offset, limit, facets int, counts *facetCounts) ([]int64, error) {
	var q string
	tags := counts != nil
	switch {
	case iq.match == "" && tags:
		q = `SELECT ord, tags FROM doc_tags WHERE ord >= ? AND ord < ? ORDER BY ord DESC LIMIT ? OFFSET ?`
	case iq.match == "":
		q = `SELECT ord FROM doc_tags WHERE ord >= ? AND ord < ? ORDER BY ord DESC LIMIT ? OFFSET ?`
	case tags:
		q = `SELECT t.ord, t.tags FROM doc_index i CROSS JOIN doc_tags t ON t.ord = i.rowid
			WHERE doc_index MATCH ? AND i.rowid >= ? AND i.rowid < ? ORDER BY i.rowid DESC LIMIT ? OFFSET ?`
	default:
		q = `SELECT rowid FROM doc_index WHERE doc_index MATCH ? AND rowid >= ? AND rowid < ? ORDER BY rowid DESC LIMIT ? OFFSET ?`
	}
	args := []any{iq.lo, iq.hi, limit, offset}
	if iq.match != "" {
		args = append([]any{iq.match}, args...)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	var ords []int64
	var ord int64
	var t sql.RawBytes
	dest := []any{&ord}
	if tags {
		dest = append(dest, &t)
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		ords = append(ords, ord)
		if tags && len(ords) <= facets {
			counts.add(t)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return ords, nil
}

// summaries returns the summaries of the documents with the order keys
// ords, in that order.
func (s *sqlStore) summaries(ctx context.Context, ords []int64) ([]DocSummary, error) {
	if len(ords) == 0 {
		return []DocSummary{}, nil
	}
	args := make([]any, len(ords))
	for i, o := range ords {
		args[i] = o
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+summaryColumns+` FROM documents d WHERE d.ord IN (`+placeholders(len(ords))+`) ORDER BY d.ord DESC`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return scanSummaries(rows)
}

// documentsIndex lists documents through the index (Documents).
func (s *sqlStore) documentsIndex(ctx context.Context, f Filter, p Page) ([]DocSummary, error) {
	iq, ok, err := s.newIndexQuery(ctx, search.Query{}, f)
	if err != nil || !ok {
		return []DocSummary{}, err
	}
	ords, err := s.newest(ctx, iq, p.Offset, p.Limit, 0, nil)
	if err != nil {
		return nil, err
	}
	return s.summaries(ctx, ords)
}

// searchIndex is Search over the index.
func (s *sqlStore) searchIndex(ctx context.Context, q search.Query, f Filter, p Page) (SearchResult, error) {
	res := SearchResult{Hits: []DocSummary{}, Facets: map[string][]Facet{"lang": {}, "root": {}, "quad": {}, "country": {}}}
	iq, ok, err := s.newIndexQuery(ctx, q, f)
	if err != nil || !ok {
		return res, err
	}
	// the newest n hits first: when fewer match, they are the total
	n := max(p.Offset+p.Limit, facetDocs)
	counted := facetDocs
	if facetDocs <= 0 {
		n, counted = 1<<62, 1<<62
	}
	counts := facetCounts{}
	ords, err := s.newest(ctx, iq, 0, n, counted, &counts)
	if err != nil {
		return res, err
	}
	res.Total = len(ords)
	if len(ords) == n {
		if res.Total, err = s.countIndex(ctx, iq); err != nil {
			return res, err
		}
	}
	res.FacetDocs = min(len(ords), counted)
	res.Facets = counts.facets()
	if p.Offset < len(ords) {
		res.Hits, err = s.summaries(ctx, ords[p.Offset:min(len(ords), p.Offset+p.Limit)])
	}
	return res, err
}

// facetName returns the facet of a tag by its first letter ("" when the
// tag is not a facet's).
func facetName(first byte) string {
	switch first {
	case 'l':
		return "lang"
	case 'r':
		return "root"
	case 'q':
		return "quad"
	case 'c':
		return "country"
	}
	return ""
}

// facetCounts counts facet tags (see tagsOf) by facet and value.
type facetCounts map[string]int

// add counts the tags of one document, a space-separated list.
func (c facetCounts) add(tags []byte) {
	for len(tags) > 0 {
		tok := tags
		if i := bytes.IndexByte(tags, ' '); i >= 0 {
			tok, tags = tags[:i], tags[i+1:]
		} else {
			tags = nil
		}
		if len(tok) > 0 && facetName(tok[0]) != "" {
			c[string(tok)]++ // no allocation when the tag is counted already
		}
	}
}

// facets returns the counts by facet: each facet's values by count
// (then value), the first maxFacetValues of them.
func (c facetCounts) facets() map[string][]Facet {
	out := map[string][]Facet{"lang": {}, "root": {}, "quad": {}, "country": {}}
	for tag, n := range c {
		name := facetName(tag[0])
		out[name] = append(out[name], Facet{Value: tag[1:], Count: n})
	}
	for name, fs := range out {
		sortFacets(fs)
		out[name] = fs[:min(len(fs), maxFacetValues)]
	}
	return out
}

// sortFacets orders facet values by count, then value.
func sortFacets(fs []Facet) {
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].Count != fs[j].Count {
			return fs[i].Count > fs[j].Count
		}
		return fs[i].Value < fs[j].Value
	})
}
