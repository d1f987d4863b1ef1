package event

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/dyad-news/dyad/internal/doc"
)

// tok is the event stage's view of a token.
type tok struct {
	norm  string // folded word (Arabic arNorm, English lower case)
	stem  string // without proclitics (Arabic)
	conj  string // و ف
	prep  string // ب ل ك
	det   bool   // ال
	punct bool
	quote bool     // a quotation mark
	keys  []string // Arabic: the word's matching forms (clitics off, noun keys)
	ment  int      // index into an.ments, or -1
	first bool     // first token of its mention

	w        *wordInfo // the word type's analysis (shared, read-only)
	bits     uint32    // inSet's answer per wordSet, in the document's language
	stop     bool      // a cue scan stops here (coder.stopsCue)
	consumed bool      // a cue of a matched trigger
	// timeComma: an Arabic comma that sets off a time expression
	// ("أمهلت مالي، أمس الاثنين، السفير"): it ends no clause
	timeComma bool
}

// ment is an actor mention.
type ment struct {
	ent        int
	start, end int // token range [start, end)
	actor      string
	name       string
	typ        string
	text       string // the mention's text, once hasText (coder.mtext)
	hasText    bool
}

// docAn is the per-document analysis the clause rules read.
type docAn struct {
	d     *doc.Document
	lang  string
	toks  []tok
	ments []ment
	runes []rune
}

// prepBuf is memory that the stage reuses from one document to the
// next (its largest allocations): tokens, mentions and candidates.
type prepBuf struct {
	toks  []tok
	ments []ment
	cands []candidate
}

var prepPool = sync.Pool{New: func() any { return new(prepBuf) }}

// maxPooled bounds the token count whose buffers go back to prepPool;
// larger ones are left to the garbage collector.
const maxPooled = 1 << 16

// release clears an's buffers and cands (so that the pool holds no
// string of the document) and returns them to prepPool; an and cands
// must not be used after.
func (an *docAn) release(cands []candidate) {
	if cap(an.toks) > maxPooled || cap(an.ments) > maxPooled || cap(cands) > maxPooled {
		return
	}
	toks, ments := an.toks[:cap(an.toks)], an.ments[:cap(an.ments)]
	cands = cands[:cap(cands)]
	clear(toks)
	clear(ments)
	clear(cands)
	prepPool.Put(&prepBuf{toks: toks[:0], ments: ments[:0], cands: cands[:0]})
	an.toks, an.ments = nil, nil
}

const quoteChars = "\"“”«»„‟'‘’"

// actorOf returns the actor code a mention gives: its Role, else the
// entity's Actor, else a country code for places and country-bound
// organisations.
func actorOf(e *doc.Entity, m *doc.Mention) string {
	if e.Type == "MISC" {
		return "" // events, eras, works: never actors
	}
	if m.Role != "" {
		return m.Role
	}
	if e.Actor != "" {
		return e.Actor
	}
	if e.Country != "" && (e.Type == "LOC" || e.Type == "ORG" || e.Type == "PER") {
		return e.Country
	}
	return ""
}

func prepare(d *doc.Document, l *Lexicon) *docAn {
	return prepareInto(d, l, nil)
}

// prepareInto is prepare reusing buf's memory (cleared, as release
// leaves it), or allocating when buf is nil or too small. Word types are
// read through l's word caches.
func prepareInto(d *doc.Document, l *Lexicon, buf *prepBuf) *docAn {
	an := &docAn{d: d, lang: d.Lang, runes: d.RuneText()}
	if an.lang == "" {
		an.lang = "en"
		if isArabic(d.Text) {
			an.lang = "ar"
		}
	}
	ar := an.lang == "ar"
	if buf != nil {
		an.ments = buf.ments[:0]
	}
	if buf != nil && cap(buf.toks) >= len(d.Tokens) {
		an.toks = buf.toks[:len(d.Tokens)]
	} else {
		an.toks = make([]tok, len(d.Tokens))
	}
	// the text layer segments clitics (with a list of protected words such
	// as وزير and التقى); a plain tokenizer leaves Prefix empty, and then
	// the stage segments by itself
	useTL := false
	for i := range d.Tokens {
		if d.Tokens[i].Prefix != "" {
			useTL = true
			break
		}
	}
	wc := l.acquireWords()
	for i := range d.Tokens {
		w := wc.info(l, &d.Tokens[i], useTL)
		k := &an.toks[i]
		*k = tok{norm: w.norm, stem: w.stem, conj: w.conj, prep: w.prep, det: w.det, punct: w.punct, quote: w.quote, keys: w.keys, ment: -1, w: w, bits: w.enBits}
		if ar {
			k.bits = w.arBits
		}
	}
	wc.mu.Unlock()
	// mentions → token ranges; with token ends in order (as the text
	// layer makes them) the scan starts at a binary search
	sorted := true
	for i := 1; i < len(d.Tokens); i++ {
		if d.Tokens[i].End < d.Tokens[i-1].End {
			sorted = false
			break
		}
	}
	for ei := range d.Entities {
		e := &d.Entities[ei]
		for mi := range e.Mentions {
			m := &e.Mentions[mi]
			a := actorOf(e, m)
			if a == "" {
				continue
			}
			s, en := -1, -1
			from := 0
			if sorted {
				// the first token that ends after the mention starts
				from = sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > m.Start })
			}
			for ti := from; ti < len(d.Tokens); ti++ {
				t := &d.Tokens[ti]
				if t.End <= m.Start {
					continue
				}
				if t.Start >= m.End {
					break
				}
				if s < 0 {
					s = ti
				}
				en = ti + 1
			}
			if s < 0 {
				continue
			}
			// a longer mention already covering these tokens wins
			clash := false
			for ti := s; ti < en; ti++ {
				if o := an.toks[ti].ment; o >= 0 {
					om := an.ments[o]
					if om.end-om.start >= en-s {
						clash = true
					}
				}
			}
			if clash {
				continue
			}
			idx := len(an.ments)
			an.ments = append(an.ments, ment{ent: ei, start: s, end: en, actor: a, name: e.Name, typ: e.Type})
			for ti := s; ti < en; ti++ {
				an.toks[ti].ment = idx
			}
			an.toks[s].first = true
			// clitics before the mention inside its first token
			t := &d.Tokens[s]
			if isArabic(t.Text) {
				if m.Start > t.Start {
					pre := arNorm(string(an.runes[t.Start:min(m.Start, t.End)]))
					an.toks[s].conj, an.toks[s].prep = splitPrefix(pre)
				} else if t.Prefix != "" {
					an.toks[s].conj, an.toks[s].prep = splitPrefix(arNorm(t.Prefix))
				} else {
					// a mention that starts at the token start keeps its letters
					an.toks[s].conj, an.toks[s].prep = "", ""
				}
			}
		}
	}
	// drop mentions made stale by a longer later one
	for ti := range an.toks {
		if o := an.toks[ti].ment; o >= 0 && (ti < an.ments[o].start || ti >= an.ments[o].end) {
			an.toks[ti].ment = -1
		}
	}
	if ar && sorted && len(d.Dates) > 0 {
		an.markTimeCommas()
	}
	return an
}

// markTimeCommas marks the two commas that enclose a time expression
// alone ("، أمس الاثنين 31 جانفي،"): a parenthetical date, which ends no
// clause. Tokens must be in text order.
func (an *docAn) markTimeCommas() {
	toks := an.d.Tokens
	isComma := func(i int) bool {
		return i >= 0 && i < len(an.toks) && an.toks[i].punct && (an.toks[i].norm == "،" || an.toks[i].norm == ",")
	}
	for _, dt := range an.d.Dates {
		a := sort.Search(len(toks), func(i int) bool { return toks[i].End > dt.Start })
		b := a
		for b < len(toks) && toks[b].Start < dt.End {
			b++
		}
		if a == b || !isComma(a-1) || !isComma(b) {
			continue
		}
		an.toks[a-1].timeComma, an.toks[b].timeComma = true, true
	}
}

// parsePrefix reads a text-layer proclitic string: conjunction,
// preposition and article.
func parsePrefix(p string) (conj, prep string, det bool) {
	conj, prep = splitPrefix(p)
	det = strings.HasSuffix(p, "ال") || strings.HasSuffix(p, "لل")
	return conj, prep, det
}

// splitPrefix reads a proclitic string such as "وال", "بال", "ول", "لل".
func splitPrefix(p string) (conj, prep string) {
	r := []rune(p)
	i := 0
	if i < len(r) && (r[i] == 'و' || r[i] == 'ف') {
		conj = string(r[i])
		i++
	}
	if i < len(r) && (r[i] == 'ب' || r[i] == 'ل' || r[i] == 'ك') {
		if !(r[i] == 'ل' && i+1 < len(r) && r[i-0] == 'ل' && i > 0 && r[i-1] == 'ا') {
			prep = string(r[i])
		}
	}
	return conj, prep
}

// isWordTok reports whether token i is a word.
func (an *docAn) isWord(i int) bool {
	return i >= 0 && i < len(an.toks) && !an.toks[i].punct
}

// text returns d.Text between code point offsets.
func (an *docAn) text(s, e int) string {
	if s < 0 {
		s = 0
	}
	if e > len(an.runes) {
		e = len(an.runes)
	}
	if s >= e {
		return ""
	}
	return string(an.runes[s:e])
}

// word returns the stem of token i for closed-class matching.
func (an *docAn) w(i int) string {
	if i < 0 || i >= len(an.toks) {
		return ""
	}
	return an.toks[i].stem
}

func isUpperWord(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}
