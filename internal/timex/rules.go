package timex

import (
	"strings"
	"time"
	"unicode/utf8"
)

// matcher finds time expressions in one text.
type matcher struct {
	toks   []token
	rs     []rune // the text
	pub    time.Time
	hasPub bool
	// lastYear is the last year the text stated outright, for "the next
	// year"; 0 when none.
	lastYear int
	// latin is set when the text is mostly in Latin script.
	latin bool
}

// match is one expression found: tokens [start, end) and its value.
type match struct {
	start, end int
	value      string
	// year is the year stated outright in the expression, or 0.
	year int
	// kind says which rule read a day the article's context may adjust
	// (see anchor.go); plainDay for the others.
	kind dayKind
}

// w returns the norm of token i, or "" outside the text.
func (m *matcher) w(i int) string {
	if i < 0 || i >= len(m.toks) {
		return ""
	}
	return m.toks[i].norm
}

// in reports whether token i, perhaps with one or two Arabic proclitics
// (و ف ب ل ك), is in set.
func (m *matcher) in(i int, set wordSet) bool {
	return i >= 0 && i < len(m.toks) && m.toks[i].sets&set != 0
}

// cliticForms returns w and w without its leading Arabic clitics ("وأمس"
// → "امس", "لعام" → "عام", "للعام" → "العام"), at most three forms.
func cliticForms(w string) (forms [3]string, n uint8) {
	forms[0], n = w, 1
	s := w
	for range 2 {
		r, size := utf8.DecodeRuneInString(s)
		if !isProclitic(r) || !hasRunes(s, 3) {
			break
		}
		if r == 'ل' && strings.HasPrefix(s[size:], "ل") {
			forms[n] = "ا" + s[size:] // للعام = ل + العام
			n++
			break
		}
		s = s[size:]
		forms[n] = s
		n++
	}
	return forms, n
}

// hasRunes reports whether s has at least n code points.
func hasRunes(s string, n int) bool {
	for range s {
		if n--; n <= 0 {
			return true
		}
	}
	return n <= 0
}

// isProclitic reports one of the proclitic letters و ف ب ل ك.
func isProclitic(r rune) bool {
	switch r {
	case 'و', 'ف', 'ب', 'ل', 'ك':
		return true
	}
	return false
}

// lookup calls ok on each form of token i until it returns true.
func (m *matcher) lookup(i int, ok func(string) bool) bool {
	if i < 0 || i >= len(m.toks) || !m.toks[i].known {
		return false
	}
	t := &m.toks[i]
	for _, f := range t.forms[:t.nforms] {
		if ok(f) {
			return true
		}
	}
	return false
}

func (m *matcher) is(i int, words ...string) bool {
	w := m.w(i)
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

func (m *matcher) punct(i int, p string) bool {
	return i >= 0 && i < len(m.toks) && m.toks[i].punct && m.toks[i].norm == p
}

// weekdayAt returns the weekday named by token i.
func (m *matcher) weekdayAt(i int) (time.Weekday, bool) {
	var wd time.Weekday
	ok := m.lookup(i, func(s string) bool {
		d, found := weekdays[s]
		wd = d
		return found
	})
	if ok && m.isLatin(i) && !m.toks[i].upper {
		return 0, false // English weekdays are capitalised
	}
	return wd, ok
}

func (m *matcher) isLatin(i int) bool {
	w := m.w(i)
	return w != "" && w[0] < 0x80
}

// dayAt returns a day of month (1-31) at token i: "19", "19th", "1st".
func (m *matcher) dayAt(i int) (int, bool) {
	if i < 0 || i >= len(m.toks) {
		return 0, false
	}
	t := m.toks[i]
	if t.num >= 1 && t.num <= 31 && t.ndigits <= 2 {
		return t.num, true
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(t.norm, suf); ok && len(n) >= 1 && len(n) <= 2 && isDigits(n) {
			d := atoi(n)
			return d, d >= 1 && d <= 31
		}
	}
	return 0, false
}

// yearAt returns a Gregorian year (1000-2999) at token i, with its end:
// "2022", "2022م", "2022 م".
func (m *matcher) yearAt(i int) (y, end int, ok bool) {
	if i < 0 || i >= len(m.toks) {
		return 0, i, false
	}
	t := m.toks[i]
	switch {
	case t.num >= 1000 && t.num <= 2999 && t.ndigits == 4:
		y, end = t.num, i+1
		if m.is(end, "م", "ميلادي", "ميلاديه") {
			end++
		}
		return y, end, true
	case strings.HasSuffix(t.norm, "م") && len(t.norm) == 6 && isDigits(t.norm[:4]):
		return atoi(t.norm[:4]), i + 1, true
	}
	return 0, i, false
}

// monthAt reads a Gregorian month name at token i, perhaps of two words
// ("كانون الثاني"), perhaps paired with another name ("نيسان/أبريل",
// "أبريل (نيسان)"), and perhaps abbreviated with a dot ("Nov."). strong
// is set when the name is not also a common word or is paired.
func (m *matcher) monthAt(i int) (month, end int, strong, abbr, ok bool) {
	month, end, weak, abbr, ok := m.nameAt(i, months)
	if !ok {
		return 0, i, false, false, false
	}
	strong = !weak
	if m.isLatin(i) {
		if !m.toks[i].upper {
			return 0, i, false, false, false // English month names are capitalised
		}
		if abbr && m.punct(end, ".") {
			end++
		}
	}
	// A paired name: "سبتمبر/أيلول", "أبريل (نيسان)", "نيسان - أبريل".
	if m.punct(end, "/") || m.punct(end, "-") {
		if m2, e2, _, _, ok2 := m.nameAt(end+1, months); ok2 && m2 == month {
			return month, e2, true, abbr, true
		}
	}
	if m.punct(end, "(") {
		if m2, e2, _, _, ok2 := m.nameAt(end+1, months); ok2 && m2 == month && m.punct(e2, ")") {
			return month, e2 + 1, true, abbr, true
		}
	}
	return month, end, strong, abbr, true
}

// nameAt reads a month name of the table at token i.
func (m *matcher) nameAt(i int, table map[string][]monthName) (month, end int, weak, abbr, ok bool) {
	var cands []monthName
	m.lookup(i, func(s string) bool {
		c, found := table[s]
		cands = c
		return found
	})
	for _, c := range cands {
		if c.second != "" {
			if m.w(i+1) == c.second {
				return c.month, i + 2, false, false, true
			}
			continue
		}
		return c.month, i + 1, c.weak, c.abbr, true
	}
	return 0, i, false, false, false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// yearDir reads the year direction of a date without a year that spans
// tokens [start, end): the past/next/this word at end, which then joins
// the expression (end is returned one further), else the clause's tense.
// The direction is yearOfMonth's and hijriYearOf's: -1 the last such
// date, 1 the next, 3 this or the next (future clause), 0 the nearest.
func (m *matcher) yearDir(start, end int) (dir, newEnd int) {
	dir = m.relDir(end)
	if dir != 0 {
		end++
	}
	if dir == 2 {
		dir = 0
	} else if dir == 0 && m.futureBefore(start) {
		dir = 3
	}
	return dir, end
}

// relDir reads a past/next/this word after a unit or name at token i:
// -1 for "الماضي", +1 for "المقبل", 2 for "الجاري", 0 for none.
func (m *matcher) relDir(i int) int {
	switch {
	case m.in(i, pastWords):
		return -1
	case m.in(i, nextWords):
		return 1
	case m.in(i, thisWords):
		return 2
	}
	return 0
}
