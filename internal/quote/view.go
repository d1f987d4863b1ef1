package quote

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/lexicon"
)

// tk is the stage's view of one token.
type tk struct {
	s, e   int
	text   string
	n      string // folded
	word   bool
	num    bool
	ar     bool
	prefix string // the text layer's proclitics, when it gives them
	sent   int    // sentence index of the stage's own segmentation
	para   int
	q      int // index of the direct quotation the token lies in, or -1
	ment   int // index in view.ments of the mention starting at or covering the token, or -1
}

// mention is one entity mention flattened for lookup.
type mention struct {
	ent      int // index in Document.Entities
	idx      int // index in the entity's Mentions
	s, e     int
	t0, t1   int // token range [t0, t1)
	typ      string
	inQuote  bool
	prepless bool // not inside a prepositional phrase (Arabic, or English of place: in Niger)
}

// view is one document as the stage reads it.
type view struct {
	lx    *Lexicon
	names *lexicon.Lexicon
	d     *doc.Document
	rs    []rune
	paras [][2]int
	toks  []tk
	qs    []dquote
	qName []bool // quotation is a name or title, not speech
	ments []mention
	sents [][2]int // token ranges
	atts  []*attrib
	// cueMemo caches cueAt: 0 not read, 1 no cue, 2 cueVal holds the cue
	cueMemo []uint8
	cueVal  []cue
}

var viewPool = sync.Pool{New: func() any { return new(view) }}

// newView reads d into a view taken from the pool; release returns it.
func newView(lx *Lexicon, d *doc.Document) *view {
	v := viewPool.Get().(*view)
	v.lx, v.d = lx, d
	v.rs = d.RuneText() // shared with d: read only
	v.paras = paragraphs(v.rs, v.paras[:0])
	v.qs = findQuotes(v.rs, v.paras, v.qs[:0])
	v.atts = v.atts[:0]
	v.buildTokens()
	v.buildMentions()
	v.markNames()
	return v
}

// release returns v to the pool.
func (v *view) release() {
	v.d, v.names, v.rs = nil, nil, nil
	clear(v.atts)
	viewPool.Put(v)
}

func (v *view) buildTokens() {
	v.toks = v.toks[:0]
	v.sents = v.sents[:0]
	pi, qi := 0, 0
	n := len(v.rs)
	for _, t := range v.d.Tokens {
		if t.Start < 0 || t.End > n || t.Start >= t.End {
			continue
		}
		for pi < len(v.paras)-1 && t.Start >= v.paras[pi][1] {
			pi++
		}
		for qi < len(v.qs) && v.qEnd(qi) <= t.Start {
			qi++
		}
		q := -1
		if qi < len(v.qs) && t.Start > v.qs[qi].open && t.Start < v.qEnd(qi) {
			q = qi
		}
		text := t.Text
		if text == "" {
			text = string(v.rs[t.Start:t.End])
		}
		n := t.Norm
		if n == "" {
			n = text
		}
		word := t.Kind == doc.Word
		v.toks = append(v.toks, tk{s: t.Start, e: t.End, text: text, n: fold(n), word: word,
			num: t.Kind == doc.Number, ar: word && isArabic(firstRune(text)), prefix: t.Prefix, para: pi, q: q, ment: -1})
	}
	v.splitSentences()
	v.cueMemo = slices.Grow(v.cueMemo[:0], len(v.toks))[:len(v.toks)]
	clear(v.cueMemo)
	v.cueVal = slices.Grow(v.cueVal[:0], len(v.toks))[:len(v.toks)]
}

// qEnd is the offset where quotation i ends, its closing mark included.
func (v *view) qEnd(i int) int {
	if v.qs[i].close >= 0 {
		return v.qs[i].close + 1
	}
	return v.qs[i].e
}

// splitSentences gives every token a sentence index: sentences end at a
// paragraph break, at . ! ? ؟ outside quotations (not after an
// abbreviation or an initial), and after a closing quotation mark that
// follows such a stop.
func (v *view) splitSentences() {
	sent, start := 0, 0
	for i := range v.toks {
		t := &v.toks[i]
		if i > 0 && t.para != v.toks[i-1].para {
			v.sents = append(v.sents, [2]int{start, i})
			sent++
			start = i
		}
		t.sent = sent
		if i+1 < len(v.toks) && v.endsSentence(i) {
			v.sents = append(v.sents, [2]int{start, i + 1})
			sent++
			start = i + 1
		}
	}
	if start < len(v.toks) {
		v.sents = append(v.sents, [2]int{start, len(v.toks)})
	}
}

func isStop(s string) bool { return s == "." || s == "!" || s == "?" || s == "؟" || s == "…" }

func (v *view) endsSentence(i int) bool {
	t := v.toks[i]
	next := v.toks[i+1]
	if next.s == t.e && !isQuoteMark(v.rs[next.s]) {
		return false // 2.5, U.S.
	}
	if t.q >= 0 {
		// inside a quotation, only its closing mark after a stop ends the
		// sentence, and only before a capitalised word: amounted to a
		// "declaration of war." Experts said ...
		return v.qs[t.q].close == t.s && v.stopBefore(t.s) && next.word && !next.ar && unicode.IsUpper(firstRune(next.text))
	}
	if isStop(t.text) {
		if i > 0 {
			p := v.toks[i-1]
			if p.e == t.s && p.word && !p.ar {
				if v.lx.has(p.n, wAbbrev) || (len([]rune(p.text)) == 1 && unicode.IsUpper([]rune(p.text)[0])) {
					return false
				}
			}
		}
		return !(isQuoteMark(v.rs[next.s]) && v.isClosing(next.s))
	}
	if len(t.text) == 1 || len(t.text) == 2 {
		if r := []rune(t.text)[0]; isQuoteMark(r) && v.isClosing(t.s) && t.s > 0 {
			return v.stopBefore(t.s)
		}
	}
	return false
}

// stopBefore reports whether the text before the closing mark at offset o,
// other marks skipped, ends in a stop.
func (v *view) stopBefore(o int) bool {
	k := o - 1
	for k > 0 && isQuoteMark(v.rs[k]) {
		k--
	}
	return k >= 0 && isStop(string(v.rs[k]))
}

// isClosing reports whether the mark at offset o closes a quotation.
func (v *view) isClosing(o int) bool {
	i := sort.Search(len(v.qs), func(i int) bool { return v.qs[i].close >= o || (v.qs[i].close < 0 && v.qs[i].e >= o) })
	for ; i < len(v.qs); i++ {
		if v.qs[i].close == o || v.qs[i].close == o-1 {
			return true
		}
		if v.qs[i].open > o {
			break
		}
	}
	return false
}

func (v *view) buildMentions() {
	n := 0
	for _, e := range v.d.Entities {
		n += len(e.Mentions)
	}
	v.ments = slices.Grow(v.ments[:0], n)
	for ei, e := range v.d.Entities {
		if e.Type == "MISC" || e.Name == "" {
			continue
		}
		for mi, m := range e.Mentions {
			if m.Start < 0 || m.End > len(v.rs) || m.Start >= m.End {
				continue
			}
			v.ments = append(v.ments, mention{ent: ei, idx: mi, s: m.Start, e: m.End, typ: e.Type})
		}
	}
	slices.SortFunc(v.ments, func(a, b mention) int {
		if a.s != b.s {
			return a.s - b.s
		}
		if a.e != b.e {
			return b.e - a.e
		}
		return a.ent - b.ent
	})
	// drop mentions nested in a longer one
	out := v.ments[:0]
	lastEnd := -1
	for _, m := range v.ments {
		if m.s < lastEnd {
			continue
		}
		out = append(out, m)
		lastEnd = m.e
	}
	v.ments = out
	ti := 0
	for mi := range v.ments {
		m := &v.ments[mi]
		for ti < len(v.toks) && v.toks[ti].e <= m.s {
			ti++
		}
		m.t0 = ti
		k := ti
		for k < len(v.toks) && v.toks[k].s < m.e {
			if v.toks[k].ment < 0 {
				v.toks[k].ment = mi
			}
			k++
		}
		m.t1 = k
		if m.t0 < len(v.toks) {
			m.inQuote = v.toks[m.t0].q >= 0
		}
		m.prepless = !v.inPP(m)
	}
}

// inPP reports whether an Arabic mention is the object of a preposition
// (لوكالة رويترز، عن لافروف، في إسلام آباد), so that it cannot be a subject.
func (v *view) inPP(m *mention) bool {
	if m.t0 >= len(v.toks) {
		return false
	}
	t := v.toks[m.t0]
	if t.ar {
		p := t.prefix
		if m.s == t.s && (m.t1-m.t0 > 1 || v.d.Entities[m.ent].Name != v.mentionText(*m)) {
			// the mention holds the word's first letters: they are the
			// name's (بنيامين نتنياهو، بكين), when the name is known or
			// longer than the one word
			p = ""
		} else if p == "" {
			p = string(v.rs[t.s:m.s])
		}
		p = strings.TrimSuffix(fold(p), "ال")
		if strings.ContainsAny(p, "لبك") {
			return true
		}
		if m.t0 > 0 && v.toks[m.t0-1].ar && v.lx.has(v.toks[m.t0-1].n, wPrep) {
			return true
		}
		return false
	}
	// English: a place or body after a preposition of place or motion
	// (the junta in Niger, talks with Iran); "of", "for" and "by" lead to
	// the body a speaker serves or acts for (a spokesman for the UN)
	k := m.t0 - 1
	if k >= 0 && v.toks[k].n == "the" {
		k--
	}
	return k >= 0 && enPlacePreps[v.toks[k].n]
}

// enPlacePreps put an English mention in a prepositional phrase that is
// never the subject.
var enPlacePreps = map[string]bool{"in": true, "at": true, "from": true, "to": true, "into": true, "near": true, "on": true,
	"against": true, "across": true, "inside": true, "outside": true, "toward": true, "towards": true, "within": true,
	"throughout": true, "with": true, "over": true, "between": true, "among": true}

// markNames flags quotations that are names or titles rather than speech:
// those an entity mention covers for the most part, and short Arabic ones
// that follow a noun directly (الرئيس "رجب طيب أردوغان").
func (v *view) markNames() {
	v.qName = slices.Grow(v.qName[:0], len(v.qs))[:len(v.qs)]
	clear(v.qName)
	mi := 0
	for qi, q := range v.qs {
		for mi < len(v.ments) && v.ments[mi].e <= q.s {
			mi++
		}
		covered, lead := 0, false
		for k := mi; k < len(v.ments) && v.ments[k].s < q.e; k++ {
			s, e := max(v.ments[k].s, q.s), min(v.ments[k].e, q.e)
			if e > s {
				covered += e - s
			}
			lead = lead || v.ments[k].s <= q.s || !v.wordBetween(q.s, v.ments[k].s)
		}
		// a name begins the quotation («الحزب الجمهوري»); a word before
		// the name makes it a phrase («وقوف المملكة العربية السعودية التام»)
		if covered*2 >= q.e-q.s && q.words <= 6 && (lead || q.words <= 2) {
			v.qName[qi] = true
			continue
		}
		if q.words <= 3 && q.open > 0 {
			k := q.open - 1
			for k > 0 && v.rs[k] == ' ' {
				k--
			}
			if k >= 0 && isArabic(v.rs[k]) && k < q.open-1 {
				ti := v.tokenAt(k)
				if ti >= 0 {
					t := v.toks[ti]
					titled := v.lx.has(stemAr(t.n), wTitle)
					if mi := t.ment; mi >= 0 && v.ments[mi].typ != "PER" {
						titled = true
					}
					if _, isCue := v.cueAt(ti); titled && !isCue {
						v.qName[qi] = true
					}
				}
			}
		}
	}
}

// wordBetween reports whether a letter of a word lies in offsets [s, e)
// (a prefix such as و or ال written on the name does not count: it is
// part of the name's first token).
func (v *view) wordBetween(s, e int) bool {
	for o := s; o < e; o++ {
		if unicode.IsSpace(v.rs[o]) {
			return true
		}
	}
	return false
}

// tokenAt returns the index of the token covering offset o, or -1.
func (v *view) tokenAt(o int) int {
	i := sort.Search(len(v.toks), func(i int) bool { return v.toks[i].e > o })
	if i < len(v.toks) && v.toks[i].s <= o {
		return i
	}
	return -1
}

// tokenFrom returns the index of the first token starting at or after o.
func (v *view) tokenFrom(o int) int {
	return sort.Search(len(v.toks), func(i int) bool { return v.toks[i].s >= o })
}

// bareAr strips a leading و or ف conjunction from a folded Arabic word.
func bareAr(n string) string {
	if len(n) > 4 && (strings.HasPrefix(n, "و") || strings.HasPrefix(n, "ف")) {
		return n[len("و"):]
	}
	return n
}

// stemAr strips the conjunction and the article from a folded word.
func stemAr(n string) string {
	n = bareAr(n)
	if strings.HasPrefix(n, "ال") && len([]rune(n)) > 3 {
		return n[len("ال"):]
	}
	return n
}

// isComplementizer reports whether a bare folded word is إن/أن, with an
// optional ب and attached pronoun (إنها، بأنه).
func isComplementizer(n string) bool {
	n = strings.TrimPrefix(n, "ب")
	if !strings.HasPrefix(n, "ان") {
		return false
	}
	switch n[len("ان"):] {
	case "", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "ك", "كم":
		return true
	}
	return false
}
