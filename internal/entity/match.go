package entity

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/entity/ner"
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
	// bits holds, per Arabic word, the union of arInfo over its readings:
	// a word with no bits is in none of the word sets.
	bits []uint16
	// cls is arClass of each Arabic word (common, name, first or "").
	cls []string
	// types holds each word's tokType.
	types []*tokType
	// scratch goes back to the pool when the document is done.
	scratch *scratch
	// demStart and demEnd index dems by first and end word (+1), once
	// indexDems has filled them.
	demStart, demEnd []int32
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

// scratch is the memory one document's state reuses from the last.
type scratch struct {
	raw       []lexicon.RawUnit
	runes     []rune
	words     []lexicon.Word
	types     []*tokType
	local     map[string]*tokType
	cover     []*span
	used      []bool
	sentStart []bool
	bits      []uint16
	cls       []string
	// spans is the memory of the document's spans (newSpan); spanPtrs,
	// roles and dems that of state's lists.
	spans    []span
	spanPtrs []*span
	roles    []roleHit
	dems     []demHit
	demStart []int32
	demEnd   []int32
	// hits is lexiconPass's match memory.
	hits [3][]lexicon.Hit
	// index, recs, firsts, counts and offs are entities' memory.
	index  map[string]int
	recs   []rec
	firsts []*span
	counts []int
	offs   []int
	// tags and nerSpans are nerPass's memory.
	nerWords []*ner.Word
	tags     []int
	nerSpans []ner.Span
}

// newSpan returns a copy of sp in the document's span memory.
func (st *state) newSpan(sp span) *span {
	sc := st.scratch
	if len(sc.spans) == cap(sc.spans) {
		sc.spans = make([]span, 0, max(64, 2*cap(sc.spans)))
	}
	sc.spans = append(sc.spans, sp)
	return &sc.spans[len(sc.spans)-1]
}

// scratchPool holds memory reused from one document to the next.
var scratchPool = sync.Pool{New: func() any { return &scratch{local: map[string]*tokType{}, index: map[string]int{}} }}

// rec is a mention of entity i (entities).
type rec struct {
	i  int
	sp *span
}

// zeroed returns buf resized to n elements, all zero.
func zeroed[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// newState prepares the matching state of text with the types of c;
// runes is []rune(text) (read only), or nil to decode it into pooled
// memory.
func newState(c *typeCache, text string, runes []rune, lang, date string) *state {
	sc := scratchPool.Get().(*scratch)
	sc.spans = sc.spans[:0]
	if runes == nil {
		sc.raw = lexicon.ScanInto(text, sc.raw[:0], &sc.runes)
		runes = sc.runes
	} else {
		sc.raw = lexicon.ScanInto(text, sc.raw[:0], nil)
	}
	st := &state{lex: c.lex, runes: runes, date: date, lang: lang, scratch: sc,
		lowerSeen: map[string]bool{}, headline: map[int]bool{},
		spans: sc.spanPtrs[:0], roles: sc.roles[:0], dems: sc.dems[:0]}
	sc.types = c.typesOf(text, sc.raw, sc.types, sc.local)
	st.types = sc.types
	n := len(sc.raw)
	words := sc.words[:0]
	sc.cls = zeroed(sc.cls, n)
	sc.bits = zeroed(sc.bits, n)
	for i := range sc.raw {
		u, t := &sc.raw[i], sc.types[i]
		w := t.word
		w.Start, w.End, w.Para = u.Start, u.End, u.Para
		words = append(words, w)
		sc.cls[i], sc.bits[i] = t.cls, t.bits
	}
	sc.words = words
	st.words, st.cls, st.bits = words, sc.cls, sc.bits
	sc.cover = zeroed(sc.cover, n)
	sc.used = zeroed(sc.used, n)
	st.cover, st.used = sc.cover, sc.used
	sc.sentStart = zeroed(sc.sentStart, n)
	st.sentStart = sc.sentStart
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

// lexiconPass matches lexicon names, longest first, left to right; role
// phrases and demonyms are recorded alongside without hiding the names
// inside them (أغلبية الحزب الجمهوري holds الحزب الجمهوري).
func (st *state) lexiconPass() {
	roleEnd, demEnd := 0, 0
	for i := 0; i < len(st.words); {
		if !st.words[i].Word || st.lex.StartMask(&st.words[i]) == 0 {
			i++ // no name, role phrase or demonym starts here
			continue
		}
		all := st.lex.MatchAllInto(st.words, i, &st.scratch.hits)
		if len(all[0])+len(all[1])+len(all[2]) == 0 {
			i++
			continue
		}
		var role *lexicon.Hit
		if hs := all[lexicon.RolePhrases]; len(hs) > 0 && i >= roleEnd && st.roleOK(hs[0]) {
			role = &hs[0]
		}
		var dem *lexicon.Hit
		if hs := all[lexicon.Demonyms]; len(hs) > 0 && i >= demEnd && st.demonymOK(hs[0]) {
			dem = &hs[0]
		}
		name := st.bestName(i, all[lexicon.Names])
		if name != nil && role != nil && role.End > name.End {
			name = nil // a role phrase that holds a name's start: وزير الخارجية
		}
		if name != nil && st.groupPhrase(name) {
			name = nil
		}
		if name != nil && role != nil && role.End <= name.End && name.End-name.Start == 1 {
			role = nil
		}
		if role != nil {
			st.roles = append(st.roles, roleHit{s: i, e: role.End, rp: role.Ref.Role})
			st.markUsed(i, role.End)
			roleEnd = role.End
		}
		if dem != nil && (name == nil || dem.End > name.End) {
			st.dems = append(st.dems, demHit{s: i, e: dem.End, entry: dem.Ref.Entry, plural: dem.Ref.Plural})
			st.markUsed(i, dem.End)
			demEnd = dem.End
			if name == nil {
				i = dem.End
				continue
			}
		}
		if name != nil {
			e := name.Ref.Entry
			sp := st.newSpan(span{s: i, e: name.End, entry: e, typ: e.Type, name: e.Name, country: e.Country})
			sp.start, sp.end = st.mentionStart(i, name.First), st.words[name.End-1].End
			if st.words[i].Fold == "the" && name.End-i > 1 {
				sp.start = st.words[i+1].Start // "the Kremlin": the mention is "Kremlin"
			}
			st.add(sp)
			st.innerBodies(sp)
			i = name.End
			continue
		}
		i++
	}
}

// innerBodies adds the body a long name says it belongs to: مجلس الأمن
// التابع للأمم المتحدة also names the United Nations; an English name
// that opens with a country's possessive (Russia's Foreign Ministry) also
// names the country.
func (st *state) innerBodies(sp *span) {
	if sp.entry.Kind == lexicon.Org && st.words[sp.s].Analyses == nil && sp.e-sp.s > 3 {
		for _, h := range st.lex.MatchAt(lexicon.Names, st.words, sp.s) {
			e := h.Ref.Entry
			if e.Kind == lexicon.Country && h.End+1 < sp.e && st.words[h.End+1].Fold == "s" &&
				(st.words[h.End].Text == "'" || st.words[h.End].Text == "’") {
				st.spans = append(st.spans, st.newSpan(span{s: sp.s, e: h.End, start: st.words[sp.s].Start, end: st.words[h.End-1].End,
					entry: e, typ: e.Type, name: e.Name, country: e.Country}))
				return
			}
		}
	}
	for k := sp.s + 1; k+1 < sp.e; k++ {
		if f := st.words[k].Fold; f != "التابع" && f != "التابعه" {
			continue
		}
		for _, h := range st.lex.MatchAt(lexicon.Names, st.words, k+1) {
			if h.End <= sp.e && h.Ref.Entry != sp.entry && h.Ref.Entry.Type != "PER" {
				e := h.Ref.Entry
				st.spans = append(st.spans, st.newSpan(span{s: k + 1, e: h.End, start: st.mentionStart(k+1, h.First),
					end: st.words[h.End-1].End, entry: e, typ: e.Type, name: e.Name, country: e.Country}))
				return
			}
		}
	}
}

// roleOK rejects an English role noun written as part of a name: "Kevin
// King" (a capitalised word before it that is no title or common word).
func (st *state) roleOK(h lexicon.Hit) bool {
	i := h.Start
	if st.words[i].Analyses != nil || i == 0 || !st.words[i].Upper {
		return true
	}
	p := &st.words[i-1]
	if !p.Word || !p.Upper || p.Para != st.words[i].Para || st.cover[i-1] != nil || st.used[i-1] {
		return true
	}
	return enCommon[p.Fold] || enTitles[p.Fold] || st.sentStart[i-1] && st.lowerSeen[p.Fold]
}

// governmentNoun reports whether a group role phrase is the noun
// "government": with a state it names the state's government, a body the
// news quotes and annotators list apart from the state.
func governmentNoun(rp *lexicon.RolePhrase) bool {
	return rp.Phrase == "حكومة" || rp.Phrase == "government"
}

// groupPhrase reports whether an organisation's name is a group role
// with a demonym or country (القوات الروسية, US military): such phrases
// are mentions of the country with a role, not organisations. A
// legislature's name is the organisation's.
func (st *state) groupPhrase(h *lexicon.Hit) bool {
	if h.Ref.Entry.Kind != lexicon.Org || h.End-h.Start < 2 || h.End-h.Start > 3 || strings.HasSuffix(h.Ref.Entry.Actor, "LEG") {
		return false // a legislature is one body: البرلمان التركي is the Grand National Assembly
	}
	for k := h.Start; k < h.End; k++ {
		for _, r := range st.lex.MatchAt(lexicon.RolePhrases, st.words, k) {
			if !r.Ref.Role.Group {
				continue
			}
			if governmentNoun(r.Ref.Role) {
				return false // a government is one body: الحكومة الصومالية is the Government of Somalia
			}
			// role then demonym, or demonym/country then role
			if k == h.Start && r.End < h.End {
				for _, d := range st.lex.MatchAt(lexicon.Demonyms, st.words, r.End) {
					if d.End == h.End {
						return true
					}
				}
			}
			if k > h.Start && r.End == h.End {
				for _, d := range st.lex.MatchAt(lexicon.Demonyms, st.words, h.Start) {
					if d.End == k {
						return true
					}
				}
				for _, d := range st.lex.MatchAt(lexicon.Names, st.words, h.Start) {
					if d.End == k && d.Ref.Entry.Kind == lexicon.Country {
						return true
					}
				}
			}
		}
	}
	return false
}

// demonymOK filters demonym hits: English ones must be capitalised.
func (st *state) demonymOK(h lexicon.Hit) bool {
	w := &st.words[h.Start]
	return w.Analyses != nil || w.Upper
}

// bestName returns the preferred acceptable name hit at word i, or nil.
func (st *state) bestName(i int, hits []lexicon.Hit) *lexicon.Hit {
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
		if h.Ref.Entry.Kind != lexicon.Country && (st.cls[h.Start] == "common" || st.commonStem(h.Start, h.First)) {
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
// office at the date, organisations, capitals, then places by population
// (a person out of office before them, except by a surname alone).
func (st *state) rank(h *lexicon.Hit) float64 {
	e := h.Ref.Entry
	r := 0.0
	switch e.Kind {
	case lexicon.Country:
		r = 100
	case lexicon.Person:
		r = 60
		if h.End-h.Start == 1 {
			r = 40 // a surname alone, of someone out of office: a place first (في باردو)
		}
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
	// a shadda written in the text tells homographs apart (عمّان is
	// Amman, عمان alone is Oman): a record spelled with one wins
	if st.hasShadda(h.Start, h.End) {
		if spelledWithShadda(e) {
			r += 200
		}
	}
	return r
}

// shadda is the Arabic gemination mark.
const shadda = '\u0651'

// hasShadda reports whether the text of words [s, e) carries a shadda.
func (st *state) hasShadda(s, e int) bool {
	for k := s; k < e; k++ {
		if strings.ContainsRune(st.words[k].Text, shadda) {
			return true
		}
	}
	return false
}

// spelledWithShadda reports whether one of the record's names is written
// with a shadda.
func spelledWithShadda(e *lexicon.Entry) bool {
	for _, n := range e.Names {
		if strings.ContainsRune(n, shadda) {
			return true
		}
	}
	return false
}

// fuzzyPass links uncovered words to persons by skeleton.
func (st *state) fuzzyPass() {
	for i := 0; i < len(st.words); i++ {
		if !st.words[i].Word || st.cover[i] != nil || st.cls[i] == "common" {
			continue
		}
		// every fuzzy name has two words or more: the next word must be
		// free and name-like (cheap) before the skeleton is computed
		if i+1 >= len(st.words) || st.cover[i+1] == nil && !st.nameish(i+1, i+2) {
			continue
		}
		if !st.mayFuzzy(i) {
			continue
		}
		// a variant first name before a known surname: سيرغي + لافروف
		if i+1 < len(st.words) && st.nameish(i, i+1) {
			if sp := st.cover[i+1]; sp != nil && sp.s == i+1 && sp.entry != nil && sp.entry.Kind == lexicon.Person {
				if ref, an := st.lex.FuzzyAt(st.words, i, sp.e); ref != nil && ref.Entry == sp.entry {
					sp.s, sp.start = i, st.mentionStart(i, an)
					st.cover[i] = sp
					continue
				}
			}
		}
		for n := 3; n >= 2; n-- { // one word is too little to match loosely
			if !st.free(i, i+n) || !st.nameish(i, i+n) {
				continue
			}
			ref, an := st.lex.FuzzyAt(st.words, i, i+n)
			if ref == nil {
				continue
			}
			e := ref.Entry
			start := st.mentionStart(i, an)
			st.add(st.newSpan(span{s: i, e: i + n, start: start, end: st.words[i+n-1].End, entry: e, typ: e.Type, name: e.Name, country: e.Country}))
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
			if st.cls[k] == "common" {
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

// mayFuzzy reports whether some reading of word i could begin a person's
// name loosely spelt.
func (st *state) mayFuzzy(i int) bool {
	t := st.types[i]
	if v, ok := t.prop(propFuzzy); ok {
		return v
	}
	return t.setProp(propFuzzy, st.mayFuzzyOf(i))
}

// mayFuzzyOf is mayFuzzy worked out.
func (st *state) mayFuzzyOf(i int) bool {
	w := &st.words[i]
	if w.Analyses == nil {
		return w.Upper && st.lex.MayFuzzy(w.Fold)
	}
	for _, a := range w.Analyses {
		if !a.Article && len(a.Pre) <= 2 && len(a.Stem) >= 6 && st.lex.MayFuzzy(a.Stem) {
			return true
		}
	}
	return false
}

// commonStem reports whether the stem of reading a of word i is a common
// word, with or without the article.
func (st *state) commonStem(i int, a lexicon.Analysis) bool {
	as := st.words[i].Analyses
	for k := range min(len(as), 31) {
		if as[k] == a {
			return st.types[i].commonStems(as)&(1<<k) != 0
		}
	}
	return commonStemOf(a.Stem)
}

func commonStemOf(stem string) bool {
	return arClass[stem] == "common" || arClass["ال"+stem] == "common"
}
