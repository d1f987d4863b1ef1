package timex

import (
	"time"

	"github.com/dyad-news/dyad/internal/doc"
)

// dayKind marks the days whose value the article's other dates may
// correct (anchorDays).
type dayKind uint8

const (
	// plainDay is any other expression: its value stands.
	plainDay dayKind = iota
	// weekdayDay is a weekday resolved against publication ("on Thursday").
	weekdayDay
	// hijriDay is a Hijri day converted by the tabular calendar.
	hijriDay
	// speechDay is "today" (اليوم) inside a quotation: the day the
	// speaker spoke.
	speechDay
)

// anchorDays corrects the days of out (found as ms, in text order) by the
// article's other dates:
//
//   - a quoted "today" is the day the speaker spoke, which the narrative
//     names before the quotation ("أعلنت الجزائر الثلاثاء ... وقال: «ابتداء
//     من اليوم»"): the last day named outside quotation marks before it,
//     else publication;
//   - the end of a range of weekdays ("from Thursday to Sunday", "من الخميس
//     إلى الأحد") is not before its start: a week later;
//   - a Hijri day in apposition to a Gregorian day or weekday ("مساء
//     السبت، الأول من رمضان", "الأول من رمضان الموافق 2 نيسان") is that
//     day when the tabular conversion is at most two days from it: months
//     begin by sighting or by the Umm al-Qura calendar, often a day or two
//     from the tabular one.
func (m *matcher) anchorDays(out []doc.DateExpr, ms []match) {
	narrative := ""
	for k := range out {
		mt := ms[k]
		switch mt.kind {
		case speechDay:
			if narrative != "" {
				out[k].Value = narrative
			}
		case weekdayDay:
			if k > 0 && ms[k-1].kind == weekdayDay && m.rangeBetween(ms[k-1].end, mt.start) && out[k].Value < out[k-1].Value {
				if t, err := time.Parse("2006-01-02", out[k].Value); err == nil {
					out[k].Value = fmtDay(t.AddDate(0, 0, 7))
				}
			}
		case hijriDay:
			for _, n := range [2]int{k - 1, k + 1} {
				if n < 0 || n >= len(out) || ms[n].kind == hijriDay || !m.apposed(ms, n, k) {
					continue
				}
				if daysApart(out[n].Value, out[k].Value) <= 2 {
					out[k].Value = out[n].Value
					break
				}
			}
		}
		if mt.kind != speechDay && len(out[k].Value) == len("2006-01-02") && !m.toks[mt.start].quoted {
			narrative = out[k].Value
		}
	}
}

// rangeBetween reports whether tokens [a, b) are one word or dash that
// joins the two ends of a range: to, until, through, إلى, حتى, "-".
func (m *matcher) rangeBetween(a, b int) bool {
	return b == a+1 && (m.is(a, "to", "until", "till", "through", "الي", "حتي", "-", "–"))
}

// apposed reports whether matches n and k are set side by side as two
// names of one day: only commas, brackets or الموافق between them.
func (m *matcher) apposed(ms []match, n, k int) bool {
	a, b := ms[n].end, ms[k].start
	if n > k {
		a, b = ms[k].end, ms[n].start
	}
	if b-a > 2 {
		return false
	}
	for j := a; j < b; j++ {
		if !(m.punct(j, ",") || m.punct(j, "،") || m.punct(j, "(") || m.punct(j, ")") || m.is(j, "الموافق", "الموافقه")) {
			return false
		}
	}
	return true
}

// daysApart returns how many days lie between two YYYY-MM-DD values, or a
// large number when either is not a day.
func daysApart(a, b string) int {
	ta, err1 := time.Parse("2006-01-02", a)
	tb, err2 := time.Parse("2006-01-02", b)
	if err1 != nil || err2 != nil {
		return 1 << 30
	}
	d := int(ta.Sub(tb).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}
