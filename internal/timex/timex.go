// Package timex is dyad's time-expression stage: it finds dates, weekdays,
// relative days, weeks, months and years in a document's text, in Arabic
// and English, and resolves them against the publication date.
//
// Values are YYYY-MM-DD, YYYY-Www (ISO week), YYYY-MM or YYYY. A weekday
// named plainly is the most recent such day on or before publication
// ("يوم الثلاثاء", "on Tuesday"), or on or after it when a future marker
// ("will", "سوف") comes just before; "last"/"الماضي" take the one strictly
// before, "next"/"المقبل" the one strictly after. A month named without a
// year is the nearest such month, or the last/next one with
// "الماضي"/"المقبل". Vague expressions (recently, مؤخرا, decades) are left
// out. Expressions that need the publication date are skipped when it is
// unknown.
package timex

import (
	"context"
	"fmt"
	"time"

	"github.com/dyad-news/dyad/internal/doc"
)

// Stage is the pipeline stage that appends the document's time
// expressions to Document.Dates.
type Stage struct{}

// Name returns "timex".
func (Stage) Name() string { return "timex" }

// Process finds the time expressions of d.Text resolved against
// d.Published. A malformed publication date is an error.
func (Stage) Process(ctx context.Context, d *doc.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	dates, err := Find(d.Text, d.Published)
	if err != nil {
		return err
	}
	d.Dates = append(d.Dates, dates...)
	return nil
}

// Find returns the time expressions of text in order, resolved against
// published (YYYY-MM-DD, or "" when unknown), with code point offsets.
func Find(text, published string) ([]doc.DateExpr, error) {
	m := &matcher{}
	if published != "" {
		p := published
		if len(p) > 10 {
			p = p[:10] // a timestamp: keep its date
		}
		t, err := time.Parse("2006-01-02", p)
		if err != nil {
			return nil, fmt.Errorf("timex: publication date %q: %w", published, err)
		}
		m.pub, m.hasPub = t, true
	}
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	sc.runes = appendRunes(sc.runes[:0], text)
	rs := sc.runes
	m.toks = tokenize(rs, sc)
	m.latin = latinText(m.toks)
	out := []doc.DateExpr{}
	for i := 0; i < len(m.toks); {
		mt, ok := m.at(i)
		if !ok {
			i++
			continue
		}
		start, end := m.toks[mt.start].start, m.toks[mt.end-1].end
		out = append(out, doc.DateExpr{Start: start, End: end, Text: string(rs[start:end]), Value: mt.value})
		if mt.year != 0 {
			m.lastYear = mt.year
		}
		i = mt.end
	}
	return out, nil
}

// appendRunes appends the code points of s to rs, as []rune(s) does.
func appendRunes(rs []rune, s string) []rune {
	for _, r := range s {
		rs = append(rs, r)
	}
	return rs
}

// at tries every rule at token i.
func (m *matcher) at(i int) (match, bool) {
	for _, r := range rules {
		if mt, ok := r(m, i); ok && mt.end > i {
			return mt, true
		}
	}
	return match{}, false
}

// latinText reports whether most word tokens are in Latin script.
func latinText(toks []token) bool {
	lat, other := 0, 0
	for _, t := range toks {
		if t.punct || t.num >= 0 || t.norm == "" {
			continue
		}
		if t.norm[0] < 0x80 {
			lat++
		} else {
			other++
		}
	}
	return lat > other
}

// futureBefore reports whether a future marker ("will", "سوف", "من
// المقرر") comes among the few tokens before token i in its sentence.
func (m *matcher) futureBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := m.toks[k]
		if t.punct && (t.norm == "." || t.norm == "!" || t.norm == "?" || t.norm == "؟" || t.norm == ";" || t.norm == "؛") {
			return false
		}
		if m.in(k, futureMarkers) || (t.norm == "ll" && m.punct(k-1, "'")) {
			return true
		}
	}
	return false
}

var futureMarkers = foldedSet("will", "shall", "سوف", "المقرر", "المنتظر", "المرتقب")
