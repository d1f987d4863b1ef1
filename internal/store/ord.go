package store

import (
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
)

// A document's order key (documents.ord, from migration step 3) sorts
// documents newest first by a single integer: its publication date in the
// high bits and a sequence number, unique in the store, in the low 32
// bits. ORDER BY ord DESC is "published DESC, then the most recently
// stored first", and a date range is a range of ord. In SQLite the
// full-text index uses ord as its rowid, so that the newest hits of a
// query come out of the index first and a date filter is a rowid range.
const ordShift = 1 << 32

// dateKey maps a publication date to the high part of its order key,
// preserving the string order of the dates dyad stores: YYYY-MM-DD is
// YYYYMMDD, YYYY-MM is YYYYMM00, YYYY is YYYY0000, anything else 0 (as
// the empty date: oldest). dateKeySQL computes the same in SQL.
func dateKey(published string) int64 {
	digits := func(s string) (int64, bool) {
		var n int64
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int64(s[i]-'0')
		}
		return n, true
	}
	p := published
	y, ok := digits(p[:min(4, len(p))])
	if !ok || len(p) < 4 {
		return 0
	}
	key := y * 10000
	if len(p) >= 7 && p[4] == '-' {
		if m, ok := digits(p[5:7]); ok {
			key += m * 100
			if len(p) >= 10 && p[7] == '-' {
				if d, ok := digits(p[8:10]); ok {
					key += d
				}
			}
		}
	}
	return key
}

// dateKeySQL is dateKey over the column published, in SQL both
// databases understand (GLOB in SQLite, SIMILAR TO in PostgreSQL are
// passed as the dialect's pattern operator).
func dateKeySQL(like func(col, pattern string) string) string {
	d := "[0-9]"
	return `(CASE
  WHEN ` + like("published", d+d+d+d+"-"+d+d+"-"+d+d) + ` THEN CAST(substr(published, 1, 4) || substr(published, 6, 2) || substr(published, 9, 2) AS BIGINT)
  WHEN ` + like("published", d+d+d+d+"-"+d+d) + ` THEN CAST(substr(published, 1, 4) || substr(published, 6, 2) || '00' AS BIGINT)
  WHEN ` + like("published", d+d+d+d) + ` THEN CAST(substr(published, 1, 4) || '0000' AS BIGINT)
  ELSE 0 END)`
}

// ordRange returns the order keys [lo, hi) of the documents published
// within f's Since and Until (YYYY-MM-DD, inclusive).
func ordRange(f Filter) (lo, hi int64) {
	lo, hi = 0, 1<<62
	if f.Since != "" {
		lo = dateKey(f.Since) * ordShift
	}
	if f.Until != "" {
		hi = (dateKey(f.Until) + 1) * ordShift
	}
	return lo, hi
}

// tagsOf returns the two tag strings of d (see the search index in
// dialect.go): facets, the facet values counted for search results
// ("l" lang, "r" root and "q" quad of its events that are not negated,
// "c" country of its entities, each once), and filters, the facet tokens
// again and every prefix of every actor code of its entities and events
// ("a" + prefix), which the actor filter matches exactly. Values keep
// only letters and digits (codes are made of them).
func tagsOf(d *doc.Document) (facets, filters string) {
	seen := map[string]bool{}
	var fb, ab strings.Builder
	add := func(b *strings.Builder, tok string) {
		if !seen[tok] {
			seen[tok] = true
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(tok)
		}
	}
	add(&fb, "l"+alnum(d.Lang))
	for _, e := range d.Events {
		if !e.Negated {
			add(&fb, "r"+alnum(root(e.Code)))
			add(&fb, "q"+string(rune('0'+e.Quad%10)))
		}
	}
	for _, e := range d.Entities {
		if e.Country != "" {
			add(&fb, "c"+alnum(e.Country))
		}
	}
	actor := func(code string) {
		code = strings.ToUpper(alnum(code))
		for i := 1; i <= len(code); i++ {
			add(&ab, "a"+code[:i])
		}
	}
	for _, e := range d.Entities {
		actor(e.Actor)
	}
	for _, e := range d.Events {
		if e.Source != nil {
			actor(e.Source.Actor)
		}
		if e.Target != nil {
			actor(e.Target.Actor)
		}
	}
	facets = fb.String()
	if ab.Len() == 0 {
		return facets, facets
	}
	return facets, facets + " " + ab.String()
}

// alnum keeps the ASCII letters and digits of s.
func alnum(s string) string {
	ok := true
	for i := 0; i < len(s); i++ {
		if !isAlnum(s[i]) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if isAlnum(s[i]) {
			b = append(b, s[i])
		}
	}
	return string(b)
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
