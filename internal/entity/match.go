package entity

import (
	"unicode"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/lexicon"
)

// state is the working memory of one Recognize call.
type state struct {
	lex   *lexicon.Lexicon
	runes []rune
	words []lexicon.Word
	date  string
	lang  string
	// cover maps a word to the span covering it, or nil.
	cover []*span
	spans []*span
	roles []roleHit
	dems  []demHit
	// used marks words of role phrases and demonyms: not names.
	used []bool
	// sentStart marks words that begin a sentence.
	sentStart []bool
	// lowerSeen holds English folds written in lower case somewhere in
	// the document (so a capitalised one is a common word there).
	lowerSeen map[string]bool
	// headline marks paragraphs written in title case.
	headline map[int]bool
}

// roleHit is a matched role phrase on words [s, e).
type roleHit struct {
	s, e int
	rp   *lexicon.RolePhrase
}

// demHit is a matched demonym on words [s, e).
type demHit struct {
	s, e   int
	entry  *lexicon.Entry
	plural bool
}

func newState(lex *lexicon.Lexicon, text, lang, date string) *state {
	st := &state{lex: lex, runes: []rune(text), words: lexicon.Prepare(text), date: date, lang: lang,
		lowerSeen: map[string]bool{}, headline: map[int]bool{}}
	n := len(st.words)
	st.cover = make([]*span, n)
	st.used = make([]bool, n)
	st.sentStart = make([]bool, n)
	upper, long := map[int]int{}, map[int]int{}
	prevPara := -1
	prevEnd := true
	for i := range st.words {
		w := &st.words[i]
		if w.Para != prevPara {
			prevEnd = true
			prevPara = w.Para
		}
		if w.Word {
			st.sentStart[i] = prevEnd
			prevEnd = false
			if w.Analyses == nil && !w.Upper {
				st.lowerSeen[w.Fold] = true
			}
			if w.Analyses == nil && utf8.RuneCountInString(w.Text) > 3 && !enConnectors[w.Fold] {
				long[w.Para]++
				if w.Upper {
					upper[w.Para]++
				}
			}
			continue
		}
		switch w.Text {
		case ".", "!", "?", "؟", ":", "•":
			prevEnd = true
		case "\"", "“", "”", "«", "»", "(", ")", "'", "‘", "’", "[", "]":
		default:
			if !prevEnd {
				prevEnd = false
			}
		}
	}
	for p, l := range long {
		if l >= 3 && upper[p]*10 >= l*7 {
			st.headline[p] = true
		}
	}
	return st
}

// arabic reports whether word i is Arabic.
func (st *state) arabic(i int) bool { return st.words[i].Analyses != nil }

// mentionStart returns the code point where a mention beginning at word i
// with the reading a starts: after the proclitics of a.
func (st *state) mentionStart(i int, a lexicon.Analysis) int {
	w := &st.words[i]
	n := utf8.RuneCountInString(a.Pre)
	p := w.Start
	for n > 0 && p < w.End {
		if !unicode.Is(unicode.Mn, st.runes[p]) && st.runes[p] != 'ـ' {
			n--
		}
		p++
	}
	for p < w.End && (unicode.Is(unicode.Mn, st.runes[p]) || st.runes[p] == 'ـ') {
		p++
	}
	return p
}

// add records a span over words [s, e) and covers them.
func (st *state) add(sp *span) *span {
	if sp.start == 0 && sp.end == 0 {
		sp.start, sp.end = st.words[sp.s].Start, st.words[sp.e-1].End
	}
	st.spans = append(st.spans, sp)
	for k := sp.s; k < sp.e; k++ {
		if st.cover[k] == nil {
			st.cover[k] = sp
		}
	}
	return sp
}

// free reports whether words [s, e) are all uncovered.
func (st *state) free(s, e int) bool {
	if s < 0 || e > len(st.words) {
		return false
	}
	for k := s; k < e; k++ {
		if st.cover[k] != nil {
			return false
		}
	}
	return true
}

// lexiconPass matches lexicon names, role phrases and demonyms, longest
// first, left to right.
func (st *state) lexiconPass() {
	for i := 0; i < len(st.words); {
		if !st.words[i].Word {
			i++
			continue
		}
		name := st.bestName(i)
		var role *lexicon.Hit
		if hs := st.lex.MatchAt(lexicon.RolePhrases, st.words, i); len(hs) > 0 {
			role = &hs[0]
		}
		var dem *lexicon.Hit
		if hs := st.lex.MatchAt(lexicon.Demonyms, st.words, i); len(hs) > 0 && st.demonymOK(hs[0]) {
			dem = &hs[0]
		}
		ln := func(h *lexicon.Hit) int {
			if h == nil {
				return 0
			}
			return h.End - h.Start
		}
		switch {
		case name != nil && ln(name) >= ln(role) && ln(name) >= ln(dem):
			e := name.Ref.Entry
			sp := &span{s: i, e: name.End, entry: e, typ: e.Type, name: e.Name, country: e.Country}
			sp.start, sp.end = st.mentionStart(i, name.First), st.words[name.End-1].End
			st.add(sp)
			i = name.End
		case role != nil && ln(role) >= ln(dem):
			st.roles = append(st.roles, roleHit{s: i, e: role.End, rp: role.Ref.Role})
			st.markUsed(i, role.End)
			i = role.End
		case dem != nil:
			st.dems = append(st.dems, demHit{s: i, e: dem.End, entry: dem.Ref.Entry, plural: dem.Ref.Plural})
			st.markUsed(i, dem.End)
			i = dem.End
		default:
			i++
		}
	}
}

// demonymOK filters demonym hits: English ones must be capitalised.
func (st *state) demonymOK(h lexicon.Hit) bool {
	w := &st.words[h.Start]
	return w.Analyses != nil || w.Upper
}

// bestName returns the preferred acceptable name hit at word i, or nil.
func (st *state) bestName(i int) *lexicon.Hit {
	hits := st.lex.MatchAt(lexicon.Names, st.words, i)
	var best *lexicon.Hit
	bestRank := -1.0
	for k := range hits {
		h := &hits[k]
		if best != nil && h.End-h.Start < best.End-best.Start {
			break
		}
		if !st.nameOK(h) {
			continue
		}
		r := st.rank(h)
		if best == nil || h.End-h.Start > best.End-best.Start || r > bestRank {
			best, bestRank = h, r
		}
	}
	return best
}

// nameOK applies the guards against common words read as names.
func (st *state) nameOK(h *lexicon.Hit) bool {
	w := &st.words[h.Start]
	single := h.End-h.Start == 1
	if w.Analyses != nil {
		if !single {
			return true
		}
		if utf8.RuneCountInString(h.First.Stem) < 3 && h.First.Pre != "" {
			return false
		}
		if h.Ref.Entry.Kind != lexicon.Country && (arClass[w.Fold] == "common" || arClass[h.First.Stem] == "common" ||
			arClass["ال"+h.First.Stem] == "common") {
			return false
		}
		return true
	}
	if single && st.sentStart[h.Start] && enCommon[w.Fold] {
		return false
	}
	if single && h.Ref.Entry.Kind == lexicon.Person && !w.Upper {
		return false
	}
	return true
}

// rank orders records that share a name: countries, then people in
// office at the date, organisations, capitals, then places by population.
func (st *state) rank(h *lexicon.Hit) float64 {
	e := h.Ref.Entry
	r := 0.0
	switch e.Kind {
	case lexicon.Country:
		r = 100
	case lexicon.Person:
		r = 60
		for _, ro := range e.Roles {
			if ro.Covers(st.date) {
				r = 90
			}
		}
	case lexicon.Org:
		r = 80
	case lexicon.Place:
		r = 50
		if e.SubKind == "capital" || e.SubKind == "seat" {
			r = 85
		}
		if e.Population > 0 {
			r += 10 * (1 - 1/float64(1+e.Population/100000))
		}
	}
	// a reading that strips fewer letters is more likely
	r -= float64(len(h.First.Pre))
	return r
}

// fuzzyPass links uncovered words to persons by skeleton.
func (st *state) fuzzyPass() {
	for i := 0; i < len(st.words); i++ {
		if !st.words[i].Word || st.cover[i] != nil {
			continue
		}
		for n := 3; n >= 1; n-- {
			if !st.free(i, i+n) || !st.nameish(i, i+n) {
				continue
			}
			ref, an := st.lex.FuzzyAt(st.words, i, i+n)
			if ref == nil {
				continue
			}
			if n == 1 && (st.words[i].Analyses == nil || utf8.RuneCountInString(an.Stem) < 5 ||
				utf8.RuneCountInString(lexicon.Skeleton(an.Stem)) < 4) {
				continue
			}
			e := ref.Entry
			start := st.mentionStart(i, an)
			st.add(&span{s: i, e: i + n, start: start, end: st.words[i+n-1].End, entry: e, typ: e.Type, name: e.Name, country: e.Country})
			i += n - 1
			break
		}
	}
}

// nameish reports whether words [s, e) could be a name: words, not
// common, English ones capitalised.
func (st *state) nameish(s, e int) bool {
	for k := s; k < e; k++ {
		w := &st.words[k]
		if !w.Word || (k > s && w.Para != st.words[s].Para) {
			return false
		}
		if w.Analyses != nil {
			if arClass[w.Fold] == "common" {
				return false
			}
			continue
		}
		if !w.Upper || enCommon[w.Fold] || enTime[w.Fold] {
			return false
		}
	}
	return true
}

func (st *state) markUsed(s, e int) {
	for k := s; k < e; k++ {
		st.used[k] = true
	}
}
