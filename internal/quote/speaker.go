package quote

import (
	"strings"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/lexicon"
)

// speaker is a resolved speaker: an entity, or an unlinked name (ent -1).
type speaker struct {
	name, actor string
	ent         int
	typ         string
}

// fromMention is the speaker a mention names: its entity, with the
// mention's role as actor when it has one (القوات الروسية → RUSMIL).
func (v *view) fromMention(m mention) speaker {
	e := &v.d.Entities[m.ent]
	actor := e.Actor
	r := e.Mentions[m.idx].Role
	if r == "" {
		name := e.Name
		if m.typ == "PER" && name == v.mentionText(m) {
			name = v.extendArName(m, name)
		}
		return speaker{name: name, actor: actor, ent: m.ent, typ: m.typ}
	}
	if r != actor && e.Type == "LOC" && !strings.HasSuffix(r, "GOV") {
		// a group role of a country (US military, القوات الروسية) speaks
		// as the body the lexicon knows by those words
		if name, ok := v.bodyName(v.mentionText(m), r); ok {
			return speaker{name: name, actor: r, ent: m.ent, typ: "ORG"}
		}
		if name, ok := v.bodyName(v.adjectiveForm(v.mentionText(m), e.Name), r); ok {
			return speaker{name: name, actor: r, ent: m.ent, typ: "ORG"}
		}
	}
	return speaker{name: e.Name, actor: r, ent: m.ent, typ: m.typ}
}

// adjectiveForm rewrites an English possessive of a country ("China's
// military") with the country's adjective ("Chinese military"), the way
// the lexicon names bodies; other text is returned as it is.
func (v *view) adjectiveForm(text, country string) string {
	rest, ok := strings.CutPrefix(text, country+"'s ")
	if !ok {
		rest, ok = strings.CutPrefix(text, country+"’s ")
	}
	if !ok || v.names == nil {
		return text
	}
	for _, e := range v.names.Lookup(country) {
		if e.Kind == lexicon.Country && len(e.AdjEn) > 0 {
			return e.AdjEn[0] + " " + rest
		}
	}
	return text
}

// extendArName completes an unlinked Arabic person's name that the
// entity stage cut short to a first name (المتحدث باسم قسد مصطفى بالي إن
// → مصطفى بالي): up to three more words that are no mention and no known word of the
// stage, when a clause, a preposition, a comma or a quotation follows
// them. Other names are returned as they are.
func (v *view) extendArName(m mention, name string) string {
	if m.t1 != m.t0+1 || !v.toks[m.t0].ar || v.names == nil || !v.names.IsFirstName(v.toks[m.t0].n) {
		return name // only a first name alone is a name cut short
	}
	j := m.t1
	for j < len(v.toks) && j < m.t1+3 {
		u := v.toks[j]
		if !u.ar || !u.word || u.ment >= 0 || u.sent != v.toks[m.t0].sent || v.lx.info(u.n).class != 0 || v.lx.info(bareAr(u.n)).class != 0 ||
			isComplementizer(bareAr(u.n)) || arRelatives[u.n] || ppWord(u) {
			break
		}
		if _, isCue := v.cueAt(j); isCue || !nameWord(u) {
			break
		}
		j++
		if strings.HasPrefix(u.n, "ال") && !nameLinks[v.toks[j-2].n] {
			break
		}
	}
	if j == m.t1 || j >= len(v.toks) {
		return name
	}
	// the subject ends right after: إن/أن, a colon or a quotation
	if u := v.toks[j]; !(u.ar && isComplementizer(bareAr(u.n)) || u.text == ":" || v.opensQuote(j) >= 0) {
		return name
	}
	return string(v.rs[m.s:v.toks[j-1].e])
}

// nameWord reports whether an Arabic token can be part of a person's
// name: no conjunction before it (وينتظره) and no accusative ending
// (محررا، شخصياً).
func nameWord(u tk) bool {
	if nameStops[u.n] || bareAr(u.n) != u.n || strings.HasSuffix(u.text, "ًا") || strings.HasSuffix(u.text, "اً") || strings.HasSuffix(u.n, "ا") && utf8.RuneCountInString(u.n) > 4 {
		return false
	}
	return true
}

// ppWord reports whether an Arabic token inside a name's reach is a
// preposition joined to a word (للصحفيين، لقناة، بالقول): from the text
// layer's prefix when it holds ل or ك (its ب is often a name's first
// letter: بلعيش، بنيامين), else from letters on words long enough not to
// be names (بالي).
func ppWord(u tk) bool {
	if p := strings.TrimSuffix(fold(u.prefix), "ال"); strings.ContainsAny(p, "لك") {
		return true
	}
	return utf8.RuneCountInString(u.n) >= 6 && (strings.HasPrefix(u.n, "لل") || strings.HasPrefix(u.n, "بال"))
}

// bodyName looks the words of a mention up among the lexicon's
// organisations with the given actor code and returns its canonical name.
func (v *view) bodyName(text, actor string) (string, bool) {
	if v.names == nil {
		return "", false
	}
	words := lexicon.Prepare(text)
	first, n := -1, 0
	for i := range words {
		if words[i].Word {
			if first < 0 {
				first = i
			}
			n = i + 1
		}
	}
	if first < 0 {
		return "", false
	}
	for _, h := range v.names.MatchAt(lexicon.Names, words, first) {
		if e := h.Ref.Entry; e != nil && e.Kind == lexicon.Org && e.Actor == actor && h.End >= n {
			return e.Name, true
		}
	}
	return "", false
}

// mentionText is the text of a mention.
func (v *view) mentionText(m mention) string {
	if t := v.d.Entities[m.ent].Mentions[m.idx].Text; t != "" {
		return t
	}
	return string(v.rs[m.s:m.e])
}

// focus is the discourse state read by subject drop and pronouns.
type focus struct {
	last      *attrib // the last attribution with a known speaker
	lastOther *attrib // the last one whose speaker is not a person
	group     *attrib // the last one whose subject was a group noun with a name (American officials)
	statement *attrib // the last one made in a statement (said in a statement)
}

func typeRank(t string) int {
	switch t {
	case "PER":
		return 3
	case "ORG":
		return 2
	case "LOC":
		return 1
	}
	return 0
}

// mentionsIn returns the indices of mentions whose first token lies in
// tokens [s, e), leaving out those inside a spoken quotation, Arabic
// prepositional objects unless allowPP, and person names used as
// modifiers (Obama administration officials).
func (v *view) mentionsIn(s, e int, allowPP bool) []int {
	var out []int
	for k := s; k < e && k < len(v.toks); k++ {
		mi := v.toks[k].ment
		if mi < 0 || v.ments[mi].t0 != k && k != s {
			continue
		}
		m := v.ments[mi]
		if m.t0 < s {
			continue
		}
		if m.inQuote && !v.qName[v.toks[m.t0].q] {
			continue
		}
		if !allowPP && !m.prepless {
			continue
		}
		if m.typ == "PER" && m.t1 < len(v.toks) && m.t1 < e {
			nx := v.toks[m.t1]
			if !nx.ar && v.lx.has(nx.n, wModHead) {
				continue
			}
			if (nx.text == "'s" || nx.text == "’s") && !(m.t1+1 < e && v.toks[m.t1+1].n == "office") {
				continue // a person's office speaks for them: Macron's office said
			}
		}
		out = append(out, mi)
		k = m.t1 - 1
	}
	return out
}

// pick chooses the speaker among mentions: persons before bodies before
// places, the first (Arabic order: verb, subject) or the last (English:
// subject, verb) of the best type; mentions joined by "and"/و/، to it
// with nothing else between speak with it.
func (v *view) pick(ms []int, last bool) []speaker {
	if len(ms) == 0 {
		return nil
	}
	best := -1
	for _, mi := range ms {
		if best < 0 {
			best = mi
			continue
		}
		r, rb := typeRank(v.ments[mi].typ), typeRank(v.ments[best].typ)
		if r > rb || (r == rb && last) {
			best = mi
		}
	}
	out := []speaker{v.fromMention(v.ments[best])}
	seen := map[int]bool{v.ments[best].ent: true}
	// coordination
	for _, mi := range ms {
		m := v.ments[mi]
		if mi == best || m.typ != v.ments[best].typ || seen[m.ent] {
			continue
		}
		a, b := m, v.ments[best]
		if a.t0 > b.t0 {
			a, b = b, a
		}
		if v.coordinated(a.t1, b.t0) {
			out = append(out, v.fromMention(m))
			seen[m.ent] = true
		}
	}
	return out
}

// coordinated reports whether tokens [s, e) are only a conjunction.
func (v *view) coordinated(s, e int) bool {
	if e-s < 1 || e-s > 2 {
		return false
	}
	and := false
	for k := s; k < e; k++ {
		n := v.toks[k].n
		switch {
		case n == "and" || n == "و" || n == "," || n == "،" || n == "the":
			and = and || n == "and" || n == "و"
		default:
			return false
		}
	}
	return and
}

// nameFallback finds an unlinked English name in tokens [s, e): the last
// run of two or more capitalised words, titles left out.
func (v *view) nameFallback(s, e int) []speaker {
	var best []string
	var run []string
	flush := func() {
		for len(run) > 0 && v.lx.has(strings.ToLower(strings.TrimSuffix(run[0], ".")), wTitle) {
			run = run[1:]
		}
		if len(run) >= 2 {
			best = append([]string(nil), run...)
		}
		run = run[:0]
	}
	for k := s; k < e; k++ {
		t := v.toks[k]
		if t.word && !t.ar && isUpperWord(t.text) && !(k == v.sents[t.sent][0] && v.lx.has(t.n, wTitle)) {
			run = append(run, t.text)
			continue
		}
		if t.text == "." && len(run) > 0 && t.s == v.toks[k-1].e {
			continue // Mr. Reeves
		}
		if (t.text == "-" || t.text == "‐") && len(run) > 0 && k+1 < e && t.s == v.toks[k-1].e {
			run[len(run)-1] += "-"
			continue
		}
		flush()
	}
	flush()
	if len(best) < 2 {
		return nil
	}
	name := strings.ReplaceAll(strings.Join(best, " "), "- ", "-")
	return []speaker{{name: name, ent: -1, typ: "PER"}}
}

// dominantCountry is the place the article is most about: the place
// entity with a country code and the most mentions.
func (v *view) dominantCountry() []speaker {
	best, n := -1, 0
	for ei, e := range v.d.Entities {
		if e.Type != "LOC" || e.Country == "" {
			continue
		}
		if len(e.Mentions) > n {
			best, n = ei, len(e.Mentions)
		}
	}
	if best < 0 {
		return nil
	}
	e := v.d.Entities[best]
	actor := e.Actor
	if actor == "" {
		actor = e.Country
	}
	return []speaker{{name: e.Name, actor: actor, ent: best, typ: "LOC"}}
}

// roleCoref resolves a role phrase without a name (رئيسة الوزراء
// الإيطالية، the foreign minister) to the person it named earlier in the
// document: the same words followed by a person's name.
func (v *view) roleCoref(s, e, before int) []speaker {
	var words []string
	for k := s; k < e && len(words) < 4; k++ {
		t := v.toks[k]
		if !t.word || v.lx.has(t.n, wAdverb|wPrep) {
			break
		}
		n := t.n
		if t.ar {
			n = stemAr(n)
		} else if n == "the" && len(words) == 0 {
			continue
		}
		words = append(words, n)
	}
	if len(words) < 2 {
		return nil
	}
	for k := before - 1; k >= 0; k-- {
		if k+len(words) > before {
			continue
		}
		ok := true
		for wi, w := range words {
			n := v.toks[k+wi].n
			if v.toks[k+wi].ar {
				n = stemAr(n)
			}
			if n != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		for j := k + len(words); j < k+len(words)+2 && j < len(v.toks); j++ {
			if mi := v.toks[j].ment; mi >= 0 && v.ments[mi].typ == "PER" && v.ments[mi].t0 == j {
				return []speaker{v.fromMention(v.ments[mi])}
			}
		}
	}
	return nil
}

// definite resolves "the X" to the latest earlier mention whose text
// holds X (the ministry → Russia's foreign ministry).
func (v *view) definite(head string, before int) []speaker {
	if head == "" {
		return nil
	}
	for mi := len(v.ments) - 1; mi >= 0; mi-- {
		m := v.ments[mi]
		if m.t0 >= before || m.inQuote {
			continue
		}
		for _, w := range strings.Fields(fold(v.mentionText(m))) {
			if w == head || stemAr(w) == head {
				return []speaker{v.fromMention(m)}
			}
		}
	}
	return nil
}

// firstMention returns the first mention of the given types in tokens
// [s, e), or -1.
func (v *view) firstMention(s, e int, per, other bool) int {
	for _, mi := range v.mentionsIn(s, e, false) {
		isPer := v.ments[mi].typ == "PER"
		if (isPer && per) || (!isPer && other) {
			return mi
		}
	}
	return -1
}

// focusPerson resolves a dropped subject or he/she at cue token i: a
// person named earlier in the sentence, else (Arabic) a body or place
// that is the subject of the sentence's first verb, else the speaker of the previous
// sentence, else the first person of the nearest earlier sentence that
// names one, else the last speaker.
func (v *view) focusPerson(i int, f *focus) []speaker {
	return v.focus(i, f, false)
}

// focus resolves a dropped subject (any speaker) or, with perOnly, he or
// she (a person).
func (v *view) focus(i int, f *focus, perOnly bool) []speaker {
	sent := v.toks[i].sent
	if mi := v.firstMention(v.sents[sent][0], i, true, false); mi >= 0 {
		return []speaker{v.fromMention(v.ments[mi])}
	}
	if !perOnly && v.toks[i].ar && v.joinedByWa(i) {
		// ورحبت وزارة الخارجية بالقرار، وقالت إن: a verb joined by و to
		// the sentence's first verb shares its subject, whatever it is,
		// when no other subject is written between them
		ss := v.datelineEnd(v.sents[sent][0])
		if ms := v.mentionsIn(ss, i, false); len(ms) == 1 && v.ments[ms[0]].typ != "PER" && v.ments[ms[0]].t0 <= ss+2 && v.toks[ss].ment < 0 {
			return []speaker{v.fromMention(v.ments[ms[0]])}
		}
	}
	if f.last != nil && f.last.sent >= sent-1 && f.last.para >= v.toks[i].para-1 && (!perOnly || f.last.spk[0].typ == "PER") {
		return f.last.spk
	}
	for s := sent - 1; s >= 0 && s >= sent-3; s-- {
		if mi := v.firstMention(v.sents[s][0], v.sents[s][1], true, false); mi >= 0 {
			return []speaker{v.fromMention(v.ments[mi])}
		}
	}
	if f.last != nil && (!perOnly || f.last.spk[0].typ == "PER") {
		return f.last.spk
	}
	return nil
}

// statementIssuer resolves "the statement" when no speech was
// attributed to one: the body or person named before the last earlier
// mention of a statement in the three sentences before token i (أصدرت
// وزارة الخارجية بيانا ... وجاء في البيان; The ministry issued a
// statement. The statement said).
func (v *view) statementIssuer(i int) []speaker {
	sent := v.toks[i].sent
	for k := v.sentStart(i) - 1; k >= 0 && v.toks[k].sent >= sent-3; k-- {
		t := v.toks[k]
		if !t.word || t.q >= 0 || !(v.lx.has(t.n, wStatement) || t.ar && (v.lx.has(stemAr(t.n), wStatement) || stemAr(t.n) == "بيانا")) {
			continue
		}
		ms := v.mentionsIn(v.sentStart(k), k, false)
		if len(ms) == 0 {
			return nil
		}
		return v.pick(ms, !t.ar)
	}
	return nil
}

// focusOther resolves "it": a body or place named earlier in the
// sentence, else the last speaker that was not a person.
func (v *view) focusOther(i int, f *focus) []speaker {
	sent := v.toks[i].sent
	if mi := v.firstMention(v.sents[sent][0], i, false, true); mi >= 0 {
		return []speaker{v.fromMention(v.ments[mi])}
	}
	if f.lastOther != nil {
		return f.lastOther.spk
	}
	return nil
}

// resolveWord resolves a subject with no name from its head word: a
// pronoun, an anonymous noun, a group, the authorities, a statement.
// ok is false when the word says nothing.
func (v *view) resolveWord(n string, i int, f *focus) (spk []speaker, ok bool) {
	w := v.lx.info(n).class
	switch {
	case w&wPronPer != 0:
		if v.toks[i].ar {
			return v.focusPerson(i, f), true
		}
		return v.focus(i, f, true), true
	case w&wPronOrg != 0:
		return v.focusOther(i, f), true
	case w&wPronAny != 0:
		if f.last != nil {
			return f.last.spk, true
		}
		return nil, true
	case w&wStatement != 0:
		if f.statement != nil {
			return f.statement.spk, true
		}
		return v.statementIssuer(i), true
	case w&wGroup != 0:
		if f.group != nil && f.group.para >= v.toks[i].para-6 {
			return f.group.spk, true
		}
		return nil, true
	case w&wAuthority != 0:
		return v.dominantCountry(), true
	case w&wUnknown != 0:
		return nil, true
	}
	return nil, false
}
