package entity

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/lexicon"
)

// capitalPass finds English names outside the lexicon: runs of
// capitalised words (joined by of, for, and, bin, al ...), with titles
// and sentence-initial common words trimmed, typed by their head words
// (Party, University → ORG; Province, Sea → LOC), the word after them
// (Logar province, Hoa Lo prison → LOC), a title or a speech verb
// (→ PER), a locative preposition (in Darfur → LOC), else two or three
// plain words are a person's name. Title-case headlines are skipped.
func (st *state) capitalPass() {
	st.unplaceFirstNames()
	n := len(st.words)
	for i := 0; i < n; i++ {
		w := &st.words[i]
		if !w.Word || w.Analyses != nil || st.cover[i] != nil || !st.capital(i) || st.headline[w.Para] {
			continue
		}
		if st.used[i] {
			// a demonym may begin an organisation's name: American University of ...
			// (Korean Confederation of Trade Unions): capitalised words and
			// connectors between them, one of them a head
			if d := st.demAt(i); d != nil && !d.plural && d.e < n && st.cover[d.e] == nil && !st.used[d.e] && st.capital(d.e) {
				j, head := d.e, false
				for j < n && st.cover[j] == nil && !st.used[j] && st.words[j].Para == w.Para {
					if st.capital(j) {
						head = head || enOrgHeads[st.words[j].Fold]
						j++
						continue
					}
					if (st.words[j].Fold == "of" || st.words[j].Fold == "for") && j+1 < n && st.capital(j+1) && st.cover[j+1] == nil && !st.used[j+1] {
						j++
						continue
					}
					break
				}
				if head {
					st.sequence(i, j)
					i = j - 1
				}
			}
			continue
		}
		j := i
		inner := false // the run has "of" or "for": "and" may join inside it
		for j < n && st.words[j].Para == w.Para && st.cover[j] == nil && !st.used[j] && st.words[j].Analyses == nil {
			wj := &st.words[j]
			if !wj.Word {
				// an initial: "Donald J. Trump"
				if wj.Text == "." && j > i && utf8.RuneCountInString(st.words[j-1].Text) == 1 && st.words[j-1].Upper &&
					j+1 < n && st.words[j+1].Upper {
					j++
					continue
				}
				if st.elision(j) && j > i {
					j++ // an elided particle: "James O'Brien", "D'Souza"
					continue
				}
				break
			}
			if st.capital(j) || j > i && st.hyphenName(j) {
				j++ // a hyphenated given name: "Park An-soo", "Han Dong-hoon"
				continue
			}
			if j > i && enConnectors[wj.Fold] && (wj.Fold != "and" || inner) && j+1 < n && st.capital(j+1) &&
				st.cover[j+1] == nil && !st.used[j+1] {
				if wj.Fold == "of" || wj.Fold == "for" {
					inner = true
				}
				j++
				continue
			}
			break
		}
		if j > i {
			st.sequence(i, j)
			i = j - 1
		}
	}
}

// unplaceFirstNames drops a one-word place that is also a given name
// when a capitalised word that can be a surname follows it (his
// girlfriend, Sofia Sapega): the two are a person's name, which
// capitalPass then reads.
func (st *state) unplaceFirstNames() {
	for i := 0; i+1 < len(st.words); i++ {
		c := st.cover[i]
		if c == nil || c.s != i || c.e != i+1 || c.entry == nil || c.entry.Kind != lexicon.Place || st.words[i].Analyses != nil {
			continue
		}
		f := st.words[i].Fold
		if !enFirstNames[f] && !st.lex.IsFirstName(f) {
			continue
		}
		nx := &st.words[i+1]
		if !nx.Word || !nx.Upper || nx.Analyses != nil || st.cover[i+1] != nil || st.used[i+1] || enCommon[nx.Fold] ||
			enTitles[nx.Fold] || enOrgHeads[nx.Fold] || enLocHeads[nx.Fold] || enTime[nx.Fold] || nx.Para != st.words[i].Para {
			continue
		}
		if i+2 < len(st.words) && st.words[i+2].Word && st.words[i+2].Upper {
			continue // Sofia City Court: a longer name
		}
		st.cover[i] = nil
		st.spans = slices.DeleteFunc(st.spans, func(x *span) bool { return x == c })
	}
}

// headOf reports whether capitalised words [s, e) hold an organisation's
// head followed by "of" or "for" (Federation of Rural Workers, Office of
// the High Commissioner for Human Rights).
func (st *state) headOf(s, e int) bool {
	for k := s; k+2 < e; k++ {
		if enOrgHeads[st.words[k].Fold] && (st.words[k+1].Fold == "of" || st.words[k+1].Fold == "for") {
			return true
		}
	}
	return false
}

// hyphenName reports whether word j is a lower-case syllable joined by a
// hyphen to the capitalised word before it, of the same name ("An-soo",
// "Dong-hoon"), not a suffix of derivation ("Kremlin-backed",
// "Saudi-led").
func (st *state) hyphenName(j int) bool {
	w, prev := &st.words[j], &st.words[j-1]
	if !w.Word || w.Upper || w.Analyses != nil || !st.capital(j-1) || w.Start != prev.End+1 || st.runes[prev.End] != '-' ||
		enHyphenSuffixes[w.Fold] {
		return false
	}
	return utf8.RuneCountInString(w.Text) <= 5
}

// enHyphenSuffixes are the lower-case words that follow a name and a
// hyphen to make an adjective.
var enHyphenSuffixes = wordSet(`led backed based born run owned style era type like linked funded sponsored allied aligned
made held controlled bound wide`)

// capital reports whether word i is capitalised (or a number-bearing
// code such as G40).
// elision reports whether word j is an apostrophe written inside a name
// after a one-letter capital particle and before a capitalised word,
// with no space on either side: O'Brien, D'Souza, N'Diaye.
func (st *state) elision(j int) bool {
	w := &st.words[j]
	if w.Text != "'" && w.Text != "’" || j == 0 || j+1 >= len(st.words) {
		return false
	}
	p, nx := &st.words[j-1], &st.words[j+1]
	return p.End == w.Start && w.End == nx.Start && p.End-p.Start == 1 && st.capital(j-1) && st.capital(j+1)
}

func (st *state) capital(i int) bool {
	w := &st.words[i]
	if w.Analyses != nil || !w.Word {
		return false
	}
	return w.Upper
}

// sequence types and records the capitalised run [s, e).
func (st *state) sequence(s, e int) {
	n := len(st.words)
	titled := false
	// a title before the run ("the priest, Fidelis Mukonori" aside)
	if s > 0 && enTitles[st.words[s-1].Fold] {
		titled = true
	}
	if s > 1 && (st.words[s-1].Fold == "." || st.words[s-1].Text == ",") && enTitles[st.words[s-2].Fold] {
		titled = true // Gen. X; a spokeswoman, Ebba Kalondo,
	}
	// trim leading common words and titles (not a demonym starting an
	// organisation's name)
	for s < e && !st.used[s] {
		f := st.words[s].Fold
		if enTitles[f] {
			titled = true
			s++
			if s < e && st.words[s].Fold == "." {
				s++
			}
			continue
		}
		if enFirstNames[f] && s+1 < e && st.words[s+1].Upper {
			break // Will Moy
		}
		if enCommon[f] || enTime[f] || (st.sentStart[s] && st.lowerSeen[f]) || enConnectors[f] {
			s++
			continue
		}
		break
	}
	for e > s && (enConnectors[st.words[e-1].Fold] || enTime[st.words[e-1].Fold]) {
		e--
	}
	if e <= s {
		return
	}
	// a run may hold several names split by a common word in the middle,
	// unless it ends in an organisation's head and holds no title
	// (National Electoral Council, State Security Court)
	orgRun := enOrgHeads[st.words[e-1].Fold] && e-s <= 6
	for k := s + 1; k < e && orgRun; k++ {
		orgRun = !enTitles[st.words[k].Fold]
	}
	for k := s + 1; k < e && !orgRun; k++ {
		if enTitles[st.words[k].Fold] && e-k >= 3 && e-k <= 4 {
			// a title inside the run names the person after it: Wing
			// Commander Abhinandan Varthaman
			st.sequence(s, k)
			st.sequence(k, e)
			return
		}
		if enCommon[st.words[k].Fold] && !enConnectors[st.words[k].Fold] && !(k+1 < e && st.hyphenName(k+1)) {
			st.sequence(s, k)
			st.sequence(k+1, e)
			return
		}
	}
	last := st.words[e-1].Fold
	next := ""
	if e < n && st.words[e].Word && st.words[e].Para == st.words[s].Para {
		next = st.words[e].Fold
	}
	prev := ""
	if s > 0 && st.words[s-1].Word {
		prev = st.words[s-1].Fold
	}
	typ := ""
	single := e-s == 1
	plain := true
	for k := s; k < e; k++ {
		if st.elision(k) {
			continue
		}
		t := st.words[k].Text
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsLetter(r) || st.words[k].AllCaps && utf8.RuneCountInString(t) > 1 {
			plain = false
		}
		for _, c := range t {
			if unicode.IsDigit(c) {
				plain = false
			}
		}
	}
	switch {
	case enOrgHeads[last] && !single, st.headOf(s, e):
		typ = "ORG"
	case enLocHeads[last] && !single:
		typ = "LOC"
	case next != "" && enLocHeads[next] && !st.words[e].Upper:
		typ = "LOC"
	case next != "" && enMemberNouns[next] && !st.words[e].Upper && !st.personish(s, e) && !single:
		typ = "ORG" // Goldman Sachs analyst, Liberal Democrat leader
	case titled && e-s <= 4 && plain && !(single && enOrgHeads[last]):
		typ = "PER"
	case next != "" && enSayVerbs[next] && e-s <= 3 && plain && st.personish(s, e):
		typ = "PER"
	case prev != "" && (prev == "said" || prev == "says" || prev == "added") && e-s <= 3 && plain && st.personish(s, e):
		typ = "PER"
	case single && s > 0 && (enKin[prev] || s > 1 && st.words[s-1].Text == "," && enKin[st.words[s-2].Fold]) && plain:
		typ = "PER"
	case single && prev != "" && (prev == "in" || prev == "near" || prev == "of" && s > 1 && enLocHeads[st.words[s-2].Fold]) && plain:
		typ = "LOC"
	case !single && e-s <= 3 && plain && st.personish(s, e):
		typ = "PER"
	case !plain && e-s <= 2 && st.words[s].AllCaps == false && hasDigit(st.words[s].Text):
		typ = "ORG"
	}
	if typ == "" {
		return
	}
	if single && st.partOfPerson(st.words[s].Fold) {
		return // a surname: linked by coreference
	}
	// an organisation "of" a place: American University of Kabul
	if typ == "ORG" && e+1 < n && st.words[e].Fold == "of" {
		if c := st.cover[e+1]; c != nil && c.entry != nil && c.typ == "LOC" && c.s == e+1 {
			sp := st.newSpan(span{s: s, e: c.e, typ: typ})
			sp.name = st.surface(s, c.e)
			st.add(sp)
			return
		}
	}
	// a first name before a known person: Donald J. + Trump
	if typ == "PER" && e < n && st.cover[e] != nil && st.cover[e].typ == "PER" && st.cover[e].s == e && st.cover[e].entry != nil {
		c := st.cover[e]
		c.s, c.start = s, st.words[s].Start
		for k := s; k < e; k++ {
			st.cover[k] = c
		}
		return
	}
	if single && st.sentStart[s] && typ != "PER" && typ != "LOC" {
		return
	}
	if typ == "ORG" && s > 0 {
		// a country's name begins the body's: Kenya Medical Association
		if c := st.cover[s-1]; c != nil && c.entry != nil && c.entry.Kind == lexicon.Country && c.e == s && c.s == s-1 && c.role == "" {
			sp := st.newSpan(span{s: s - 1, e: e, typ: typ, country: c.entry.Country})
			sp.name = st.surface(s-1, e)
			st.cover[s-1] = sp
			st.spans = slices.DeleteFunc(st.spans, func(x *span) bool { return x == c })
			st.add(sp)
			return
		}
	}
	sp := st.newSpan(span{s: s, e: e, typ: typ})
	sp.name = st.surface(s, e)
	if typ == "PER" && single {
		// a lone surname: its entity is decided by coreference
		sp.key = ""
	}
	st.add(sp)
}

func hasDigit(s string) bool {
	for _, c := range s {
		if unicode.IsDigit(c) {
			return true
		}
	}
	return false
}

// corefPass links later mentions of a person by a part of their full
// name (surname, or the family name first in Chinese names: وانغ, شي) to
// the full name seen earlier; unlinked lone names of the same text merge.
func (st *state) corefPass() {
	type part struct {
		sp  *span
		pos int
	}
	parts := map[string][]part{}
	var sig stringSig // of the keys of parts
	full := func(sp *span) []string {
		var out []string
		for k := sp.s; k < sp.e; k++ {
			w := &st.words[k]
			if !w.Word {
				continue
			}
			if w.Analyses != nil {
				out = append(out, w.Analyses[0].Stem)
				continue
			}
			out = append(out, w.Fold)
		}
		return out
	}
	// spans in text order
	order := append([]*span(nil), st.spans...)
	sortSpans(order)
	for _, sp := range order {
		if sp.typ != "PER" || sp.link != nil {
			continue
		}
		ws := full(sp)
		if len(ws) >= 2 {
			for _, w := range ws {
				if enConnectors[w] || utf8.RuneCountInString(w) < 2 || w == "بن" || w == "ابو" || w == "عبد" {
					continue
				}
				parts[w] = append(parts[w], part{sp, sp.s})
				sig.add(w)
			}
			continue
		}
		if len(ws) == 1 && sp.entry == nil {
			if ps := parts[ws[0]]; len(ps) > 0 {
				sp.link = ps[0].sp.root()
			}
		}
	}
	// uncovered words naming a part of an earlier full name
	for i := range st.words {
		w := &st.words[i]
		if !w.Word || st.cover[i] != nil {
			continue
		}
		var key string
		var a lexicon.Analysis
		if w.Analyses != nil {
			if st.cls[i] == "common" {
				continue
			}
			for _, an := range w.Analyses {
				if an.Article || len(an.Pre) > 2 || !sig.may(an.Stem) {
					continue
				}
				if ps := parts[an.Stem]; len(ps) > 0 && ps[0].pos < i {
					key, a = an.Stem, an
					break
				}
			}
			if key == "" || st.cls[i] == "common" {
				continue
			}
		} else {
			if !w.Upper || (st.sentStart[i] && enCommon[w.Fold]) {
				continue
			}
			key = w.Fold
		}
		ps := parts[key]
		if len(ps) == 0 || ps[0].pos >= i {
			continue
		}
		target := ps[0].sp.root()
		sp := st.newSpan(span{s: i, e: i + 1, start: st.mentionStart(i, a), end: w.End, typ: "PER", link: target})
		st.add(sp)
	}
}

func sortSpans(sps []*span) {
	for a := 1; a < len(sps); a++ {
		for b := a; b > 0 && sps[b].s < sps[b-1].s; b-- {
			sps[b], sps[b-1] = sps[b-1], sps[b]
		}
	}
}

// mentionRoles gives capitals and seats of power used as agents their
// metonym actor (ودعا بكين, Moscow said); a place after a locative
// preposition or proclitic, or at a dateline, stays a place.
func (st *state) mentionRoles() {
	for _, sp := range st.spans {
		e := sp.entry
		if e == nil || e.Kind != lexicon.Place || e.Metonym == "" || sp.role != "" {
			continue
		}
		if st.locative(sp) {
			continue
		}
		sp.role = e.Metonym
	}
}

// locative reports whether a place mention is used as a place.
func (st *state) locative(sp *span) bool {
	n := len(st.words)
	w := &st.words[sp.s]
	if w.Analyses != nil {
		// ب (in), ل is ambiguous; a proclitic ب makes it a place
		for _, a := range w.Analyses {
			if st.mentionStart(sp.s, a) == sp.start && (containsRune(a.Pre, 'ب')) {
				return true
			}
		}
		if sp.s > 0 && st.isAr(sp.s-1, arLocPreps, bitLocPrep) {
			return true
		}
	} else {
		if sp.s > 0 && enLocPreps[st.words[sp.s-1].Fold] {
			return true
		}
		if sp.s > 1 && st.words[sp.s-1].Fold == "the" && enLocPreps[st.words[sp.s-2].Fold] {
			return true
		}
	}
	// a dateline: at a sentence's start, followed by a comma or dash
	if st.sentStart[sp.s] {
		for p := sp.end; p < len(st.runes) && p < sp.end+3; p++ {
			switch st.runes[p] {
			case ' ', '\u00a0':
				continue
			case ',', '،', '(', '–', '—', '-':
				return true
			}
			break
		}
	}
	// followed by ", Country" (Doha, Qatar)
	if sp.e+1 < n && st.words[sp.e].Text == "," {
		if c := st.cover[sp.e+1]; c != nil && c.entry != nil && c.entry.Kind == lexicon.Country {
			return true
		}
	}
	return false
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}

// aloneElsewhere reports whether word i's text is written capitalised
// elsewhere in the document, mid-sentence, without the word before it (a
// surname used alone).
func (st *state) aloneElsewhere(i int) bool {
	f := st.words[i].Fold
	for k := range st.words {
		if k == i || k == 0 || st.words[k].Fold != f || !st.words[k].Upper {
			continue
		}
		if !st.words[k-1].Upper || !st.words[k-1].Word {
			return true
		}
	}
	return false
}

// partOfPerson reports whether f is a word of a person's name found so far.
func (st *state) partOfPerson(f string) bool {
	for _, sp := range st.spans {
		if sp.typ != "PER" || sp.e-sp.s < 2 {
			continue
		}
		for k := sp.s; k < sp.e; k++ {
			if st.words[k].Fold == f {
				return true
			}
		}
		if sp.entry != nil {
			for _, n := range sp.entry.Names {
				for _, u := range lexicon.Units(n, 0) {
					if u.Fold == f && len(f) > 2 {
						return true
					}
				}
			}
		}
	}
	return false
}

// personish reports whether capitalised words [s, e) read as a person:
// a known first name first, or a last word written alone elsewhere (a
// surname); one word alone is enough before a speech verb.
func (st *state) personish(s, e int) bool {
	if e-s == 1 {
		return true
	}
	f := st.words[s].Fold
	return enFirstNames[f] || st.lex.IsFirstName(f) || st.aloneElsewhere(e-1)
}

// stringSig is a small signature of a set of strings (by length and last
// byte): may is false for strings surely not in the set.
type stringSig [4]uint64

func (g *stringSig) add(s string) {
	h := g.hash(s)
	g[h>>6] |= 1 << (h & 63)
}

func (g *stringSig) may(s string) bool {
	h := g.hash(s)
	return g[h>>6]&(1<<(h&63)) != 0
}

func (*stringSig) hash(s string) uint {
	if s == "" {
		return 0
	}
	return (uint(len(s))*7 + uint(s[len(s)-1])) & 255
}
