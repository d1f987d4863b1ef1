package quote

import "strings"

// attrEnglish reads an English cue: subject before the verb ("Esper
// said"), after it ("said Esper", after a quotation or a comma), elided
// ("and said", "saying"), or passive ("it was announced"); then the
// speech: a quotation after it, a "that" clause, a bare clause ("said he
// would"), or the sentence before it (", officials said.").
func (v *view) attrEnglish(a *attrib, f *focus) bool {
	c := a.c
	i := c.i
	ss, se := v.sentStart(i), v.sentEnd(i)
	prev := ""
	if i > ss {
		prev = v.toks[i-1].n
	}
	after := c.j
	leftBound := false // the subject is bounded on its left by a comma or a quotation
	vs := false        // the subject follows the verb
	switch {
	case c.ent.form == formParticiple:
		a.spk = v.elided(a, v.prevAttrib(), f)
	case v.lx.has(prev, wPassive) && c.ent.kind != kindTell:
		a.spk = nil // it was announced
	case prev == "and" || prev == "but" || prev == "then":
		a.spk = v.elided(a, v.prevAttrib(), f)
	case i > ss && (v.isCloseMark(i-1) && v.punctBefore(i-1) || prev == "," && i-2 >= ss && v.isCloseMark(i-2)) && c.ent.kind != kindTell && v.subjectAfter(a, f) != nil,
		i > ss && prev == "," && c.ent.kind != kindTell && v.vsAfterComma(a, f):
		// said Esper, ...
		e := c.j
		for e < se && e < c.j+enRegionMax && v.toks[e].text != "," && !isStop(v.toks[e].text) && v.opensQuote(e) < 0 {
			e++
		}
		a.spk = v.subjectFrom(c.j, e, false, false, f)
		if len(a.spk) == 0 || a.spk[0].typ != "PER" {
			// said the AU's envoy, former President Olusegun Obasanjo,
			if spk, end := v.appositiveName(e, se); spk != nil {
				a.spk, e = spk, end
			}
		}
		after = e
		leftBound = i > ss
		vs = true
	default:
		var lb bool
		a.spk, lb = v.enSubjectBefore(a, f)
		leftBound = lb
	}
	v.enClause(a, after, se, leftBound)
	if vs && leftBound && a.compS < 0 && !a.preQuote && !a.post && a.spk != nil && v.appositionOnly(after, se) {
		// ..., said Hans Grundberg, the UN envoy for Yemen.
		a.post = true
		a.postS = v.sentStart(i)
		a.postE = v.postEnd(i)
	}
	if a.compS < 0 && !a.preQuote && !a.post && c.ent.kind != kindDirect {
		return a.spk != nil
	}
	return true
}

// inRelative reports whether the English verb at token i opens a
// relative clause (Beijing, which responded by ...): what came before it
// is not its speech.
func (v *view) inRelative(i int) bool {
	if i == 0 {
		return false
	}
	n := v.toks[i-1].n
	return n == "which" || n == "who" || n == "whom"
}

// appositionOnly reports whether tokens [p, se) are only a description
// set off after a postposed subject (", the UN envoy for Yemen."): a
// comma, then words with no quotation, "that" or verb of saying.
func (v *view) appositionOnly(p, se int) bool {
	if p >= se || v.toks[p].text != "," {
		return false
	}
	for k := p + 1; k < se; k++ {
		t := v.toks[k]
		if t.q >= 0 || v.opensQuote(k) >= 0 || t.n == "that" || t.text == "," || t.text == ";" || t.text == ":" {
			return false
		}
		if _, ok := v.cueAt(k); ok {
			return false
		}
	}
	return true
}

// punctBefore reports whether the quotation closed by mark token k ends
// with a comma or a stop inside its marks ("...," said X), as a quotation
// that a following verb attributes does.
func (v *view) punctBefore(k int) bool {
	o := v.toks[k].s - 1
	for o >= 0 && isQuoteMark(v.rs[o]) {
		o--
	}
	if o < 0 {
		return false
	}
	switch v.rs[o] {
	case ',', '.', '!', '?', '،', '؟', '…', '-', '—':
		return true
	}
	return false
}

// subjectAfter resolves the subject written after an English verb
// (said Esper, ...).
func (v *view) subjectAfter(a *attrib, f *focus) []speaker {
	c := a.c
	se := v.sentEnd(c.i)
	e := c.j
	for e < se && e < c.j+enRegionMax && v.toks[e].text != "," && !isStop(v.toks[e].text) && v.opensQuote(e) < 0 {
		e++
	}
	return v.subjectFrom(c.j, e, false, false, f)
}

// appositiveName reads a person named in apposition after a postposed
// subject, from the comma at token k (", former Nigerian President
// Olusegun Obasanjo,"): a person mention within a few capitalised or
// title words, closed by a comma or the sentence's end. It returns the
// person and the token after the mention, or nil.
func (v *view) appositiveName(k, se int) ([]speaker, int) {
	if k >= se || v.toks[k].text != "," {
		return nil, k
	}
	for j := k + 1; j < se && j <= k+6; j++ {
		t := v.toks[j]
		if mi := t.ment; mi >= 0 && v.ments[mi].t0 == j {
			m := v.ments[mi]
			if m.typ != "PER" {
				if m.typ == "LOC" && m.t1 < se {
					j = m.t1 - 1 // former Nigerian President: a demonym
					continue
				}
				return nil, k
			}
			if m.t1 < se && v.toks[m.t1].text != "," && !isStop(v.toks[m.t1].text) {
				return nil, k
			}
			return []speaker{v.fromMention(m)}, m.t1
		}
		if !t.word || !(isUpperWord(t.text) || v.lx.has(t.n, wTitle) || determiners[t.n] || t.n == "former") {
			return nil, k
		}
	}
	return nil, k
}

// vsAfterComma reports whether a verb after a comma has no subject
// before it ("..., said the minister"), so that its subject follows.
func (v *view) vsAfterComma(a *attrib, f *focus) bool {
	spk, _ := v.enSubjectBefore(a, f)
	if spk != nil {
		return false
	}
	i := a.c.j
	if !(i < len(v.toks) && v.toks[i].word && (isUpperWord(v.toks[i].text) || determiners[v.toks[i].n])) {
		return false
	}
	if v.subjectAfter(a, f) == nil {
		return false
	}
	se := v.sentEnd(i)
	for k := i; k < se && k < i+8; k++ {
		if v.toks[k].text == "," || isStop(v.toks[k].text) {
			return true
		}
	}
	return i+8 >= se
}

// isCloseMark reports whether token k is a closing quotation mark.
func (v *view) isCloseMark(k int) bool {
	if k < 0 || k >= len(v.toks) {
		return false
	}
	t := v.toks[k]
	return isQuoteMark(firstRune(t.text)) && v.isClosing(t.s)
}

// enSubjectBefore resolves the subject written before an English verb.
// It reads leftwards over auxiliaries and adverbs ("has also", ",
// however,") to the nearest boundary; an apposition ("Eric Reeves, one
// of ..., said") or a relative clause ("the source, who ..., told")
// sends it one segment further. leftBound reports whether the subject
// follows a comma or a quotation, so that the cue may close its sentence.
func (v *view) enSubjectBefore(a *attrib, f *focus) (spk []speaker, leftBound bool) {
	i := a.c.i
	ss := v.sentStart(i)
	k := i - 1
	for k >= ss {
		t := v.toks[k]
		if t.word && t.ment < 0 && v.lx.has(t.n, wAux|wAdverb) {
			k--
			continue
		}
		if t.text == "," && k-1 >= ss && k+1 < i && v.lx.has(v.toks[k+1].n, wAdverb) {
			k--
			continue
		}
		if t.text == "," && k-1 >= ss && v.toks[k-1].word && v.lx.has(v.toks[k-1].n, wAdverb) && v.toks[k-1].ment < 0 {
			// ", however," ending just before the verb
			k -= 2
			if k >= ss && v.toks[k].text == "," {
				k--
			}
			continue
		}
		break
	}
	segEnd := k + 1
	if k > ss && v.toks[k].text == "," {
		// an aside between commas before the verb (the ambassadors,
		// including the United States and Britain, said) is no subject
		for w := k - 1; w > ss && w >= k-12; w-- {
			if v.toks[w].text == "," {
				break
			}
			if v.lx.has(v.toks[w].n, wAside) && v.toks[w-1].text == "," {
				segEnd = w
				break
			}
		}
	}
	type seg struct{ s, e, stop int }
	var segs []seg
	for len(segs) < 4 {
		j := segEnd - 1
		for j >= ss {
			t := v.toks[j]
			if t.ment >= 0 && !v.ments[t.ment].inQuote {
				j = v.ments[t.ment].t0 - 1
				continue
			}
			if !t.word {
				if (t.text == "-" || t.text == "‐") && j > ss && v.toks[j-1].e < t.s {
					break // a spaced dash ends a dateline (RABAT - The kingdom said)
				}
				if t.num || t.text == "-" || t.text == "‐" || t.text == "'s" || t.text == "’s" || t.text == "." || t.text == "'" || t.text == "’" && !v.isCloseMark(j) ||
					v.bracketedMention(j) {
					j--
					continue
				}
				break
			}
			if (t.n == "who" || t.n == "which") && j > ss && v.toks[j-1].word && v.toks[j-1].ment < 0 && j < i-1 && !v.isCueWord(j+1) {
				j-- // a relative clause inside a description: a schoolteacher who took office in 2021
				continue
			}
			if v.lx.has(t.n, wBoundary) || t.n == "and" {
				break
			}
			if _, isCue := v.cueAt(j); isCue && j < i-1 {
				break
			}
			j--
		}
		segs = append(segs, seg{j + 1, segEnd, j})
		if j-1 >= ss && (v.toks[j].n == "who" || v.toks[j].n == "which") && v.toks[j-1].text == "," {
			// NAME, who leads the campaign, said: go on past the relative
			segs = append(segs, seg{j, j, j - 1})
			segEnd = j - 1
			continue
		}
		if j < ss || v.toks[j].text != "," {
			break
		}
		segEnd = j
	}
	isRel := func(sg seg) bool {
		return sg.stop >= ss && (v.toks[sg.stop].n == "who" || v.toks[sg.stop].n == "which")
	}
	commaStop := func(sg seg) bool {
		return sg.stop >= ss && (v.toks[sg.stop].text == "," || v.isCloseMark(sg.stop) || v.toks[sg.stop].text == "—")
	}
	s0 := segs[0]
	// coordination: "The United Nations and European Union said"
	if s0.stop >= ss && v.toks[s0.stop].n == "and" {
		ms := v.mentionsIn(s0.s, s0.e, false)
		if len(ms) == 1 {
			j := s0.stop - 1
			if j >= ss {
				if mi := v.toks[j].ment; mi >= 0 && v.ments[mi].typ == v.ments[ms[0]].typ {
					m := v.ments[mi]
					if m.t0 == ss || (m.t0 > ss && (v.toks[m.t0-1].n == "the" || !v.toks[m.t0-1].word)) {
						return []speaker{v.fromMention(m), v.fromMention(v.ments[ms[0]])}, false
					}
				}
			}
		}
	}
	if isRel(s0) && s0.s < s0.e {
		// "which it said", "who said": a relative clause with its own
		// subject speaks for itself; with none, for the antecedent
		hasWord := false
		for k := s0.s; k < s0.e; k++ {
			if v.toks[k].word {
				hasWord = true
			}
		}
		if !hasWord && s0.stop > ss {
			return v.subjectFrom(ss, s0.stop, true, false, f), false
		}
		return v.subjectFrom(s0.s, s0.e, true, false, f), false
	}
	// the nearest segment that can hold a subject: not empty, not a
	// relative clause set off by commas
	si := 0
	for si < len(segs) && (!v.hasWord(segs[si].s, segs[si].e) || (si > 0 && isRel(segs[si]))) {
		si++ // empty, a number (Osama Hamdan, 55, told) or a relative clause
	}
	if si >= len(segs) {
		return nil, false
	}
	sg := segs[si]
	ms := v.mentionsIn(sg.s, sg.e, false)
	hasPer := false
	for _, mi := range ms {
		if v.ments[mi].typ == "PER" {
			hasPer = true
		}
	}
	if si+1 < len(segs) && commaStop(sg) && len(ms) == 0 && v.onlyName(sg.s, sg.e) && !v.descriptive(sg.s) {
		// a name set off after its description: An AU spokeswoman,
		// Ebba Kalondo, said
		if spk := v.nameFallback(sg.s, sg.e); spk != nil {
			return spk, commaStop(segs[si+1])
		}
	}
	if hasPer && si+1 < len(segs) && commaStop(sg) && v.descriptive(sg.s) {
		// NAME, a spokesman for President X, said: the name speaks, not
		// the person the description mentions
		s1 := segs[si+1]
		if s1.e > s1.s {
			if mi := v.toks[s1.e-1].ment; mi >= 0 && v.ments[mi].typ == "PER" && v.ments[mi].t1 == s1.e {
				return []speaker{v.fromMention(v.ments[mi])}, commaStop(s1)
			}
		}
	}
	if !hasPer && si+1 < len(segs) && commaStop(sg) && (!v.subjectNoun(sg.s, sg.e) || v.descriptive(sg.s)) {
		// apposition: NAME, description, said (a role noun in the
		// description too: Han, leader of the party, said)
		s1 := segs[si+1]
		if s1.e > s1.s {
			if mi := v.toks[s1.e-1].ment; mi >= 0 && v.ments[mi].typ == "PER" && v.ments[mi].t1 == s1.e {
				return []speaker{v.fromMention(v.ments[mi])}, commaStop(s1)
			}
		}
	}
	if !hasPer && si+1 < len(segs) && commaStop(sg) && !v.subjectNoun(sg.s, sg.e) {
		s1 := segs[si+1]
		if s1.e > s1.s {
			if len(ms) == 0 || v.descriptive(sg.s) && v.onlyName(s1.s, s1.e) {
				if spk := v.nameFallback(s1.s, s1.e); spk != nil {
					return spk, commaStop(s1)
				}
			}
		}
	}
	spk = v.subjectFrom(sg.s, sg.e, true, false, f)
	if spk != nil && len(ms) > 0 {
		for k := sg.s; k < sg.e; k++ {
			if v.lx.has(v.toks[k].n, wGroup) {
				a.groupSubj = true
			}
		}
	}
	return spk, commaStop(sg)
}

// isCueWord reports whether token k is a verb of saying.
func (v *view) isCueWord(k int) bool {
	_, ok := v.cueAt(k)
	return ok
}

// bracketedMention reports whether token j is a bracket around a
// mention (the Economic Community of West African States (ECOWAS) said).
func (v *view) bracketedMention(j int) bool {
	switch v.toks[j].text {
	case ")":
		return j > 0 && v.toks[j-1].ment >= 0
	case "(":
		return j+1 < len(v.toks) && v.toks[j+1].ment >= 0
	}
	return false
}

// hasWord reports whether tokens [s, e) hold a word.
func (v *view) hasWord(s, e int) bool {
	for k := s; k < e; k++ {
		if v.toks[k].word {
			return true
		}
	}
	return false
}

// onlyName reports whether tokens [s, e) are a capitalised name and
// nothing else (titles and marks aside).
func (v *view) onlyName(s, e int) bool {
	n := 0
	for k := s; k < e; k++ {
		t := v.toks[k]
		if !t.word {
			continue
		}
		if !isUpperWord(t.text) && !v.lx.has(t.n, wTitle) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 5
}

// descriptive reports whether the segment starting at token k reads as
// a description set off after a name (chief executive of ..., a senior
// fellow at ...): it opens with a lower-case word or an article.
func (v *view) descriptive(k int) bool {
	t := v.toks[k]
	return t.word && !t.ar && (determiners[t.n] || !isUpperWord(t.text))
}

// subjectNoun reports whether tokens [s, e) hold an anonymous or group
// noun (a source, officials), which is a subject of its own.
func (v *view) subjectNoun(s, e int) bool {
	for k := s; k < e; k++ {
		if v.lx.has(v.toks[k].n, wUnknown|wGroup|wAuthority|wPronPer|wPronOrg|wPronAny) {
			return true
		}
	}
	return false
}

// timeNouns are the words of a time phrase between a verb of saying and
// its "that" (said late Thursday that, announced about three hours later
// that).
var timeNouns = map[string]bool{"years": true, "months": true, "weeks": true, "days": true, "year": true, "month": true,
	"week": true, "day": true, "time": true, "night": true, "morning": true, "evening": true, "afternoon": true,
	"for": true, "the": true, "a": true, "statement": true, "interview": true, "past": true, "next": true,
	"hours": true, "hour": true, "minutes": true, "about": true, "nearly": true, "some": true, "later": true, "earlier": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "several": true, "few": true}

// enClause finds the speech after an English cue whose subject ends
// before token p.
func (v *view) enClause(a *attrib, p, se int, leftBound bool) {
	c := a.c
	if p+1 < se && v.toks[p].text == "," && (v.toks[p+1].n == "citing" || v.toks[p+1].n == "quoting" || v.startsAccording(p+1)) {
		// reported, citing US officials, that: the aside is no clause
		for k := p + 2; k < se && k < p+12; k++ {
			if v.toks[k].text == "," {
				p = k + 1
				break
			}
		}
	}
	if c.ent.kind == kindTell {
		// the addressee: told Reuters that / told the BBC.
		p0 := p
		for p < se && p < c.j+10 && v.toks[p].n != "that" && v.toks[p].text != "," && v.toks[p].text != ":" && v.opensQuote(p) < 0 {
			p++
		}
		if c.ent.bare && (p >= se || v.toks[p].n != "that") {
			// told the Security Council the truce was holding: a bare
			// clause after a one-word or named addressee
			if k := v.afterAddressee(p0, se); k > 0 {
				a.compS = k
				return
			}
		}
	}
	if p < se && (v.toks[p].text == "," || v.toks[p].text == ":") && p+1 < se && v.opensQuote(p+1) >= 0 {
		p++
	}
	if p < se && v.opensQuote(p) >= 0 {
		a.preQuote = true
		return
	}
	// that, after a few adverbial words (said late Thursday that)
	for k := p; k < se && k < p+7; k++ {
		t := v.toks[k]
		if t.n == "that" {
			a.compS = k + 1
			return
		}
		if !(v.lx.has(t.n, wAdverbial) || timeNouns[t.n] || t.num) {
			break
		}
	}
	if p < se && v.lx.has(v.toks[p].n, wAdverbial) {
		if k := v.afterPhrase(p, se, c.ent.bare && c.ent.kind == kindSay); k > 0 {
			a.compS = k
			return
		}
	}
	if p >= se || isStop(v.toks[p].text) || v.lx.has(v.toks[p].n, wAdverbial) || v.toks[p].text == "," || c.ent.kind == kindTell {
		// adverbials up to a comma and a quotation, or the sentence's end
		k := p
		for k < se && v.toks[k].text != "," && v.opensQuote(k) < 0 && v.toks[k].text != ";" {
			k++
		}
		if k < se && v.toks[k].text == "," && k+1 < se && v.opensQuote(k+1) >= 0 {
			a.preQuote = true
			return
		}
		if leftBound && (k >= se || isStop(v.toks[k].text) || v.toks[k].text == "," && (v.startsAccording(k+1) || v.participleCue(k+1))) && !v.inRelative(c.i) {
			a.post = true
			a.postS = v.sentStart(c.i)
			a.postE = v.postEnd(c.i)
		}
		return
	}
	if c.ent.bare && c.ent.kind == kindSay && (c.ent.lemma == "say" || v.finiteAhead(p, se)) {
		a.compS = p
	}
}

// participleCue reports whether token k is a participle of saying that
// goes on with the speaker's next claim (..., X said, adding that ...).
func (v *view) participleCue(k int) bool {
	c, ok := v.cueAt(k)
	return ok && c.ent.form == formParticiple && c.ent.kind != kindDirect
}

// afterAddressee returns the first token of a bare clause after the
// addressee of a verb of telling that starts at token p (told reporters
// the ..., told the Security Council the ...), or -1: the addressee is
// one word or a mention (after "the"), and a clause follows it.
func (v *view) afterAddressee(p, se int) int {
	k := p
	if k < se && v.toks[k].n == "the" {
		k++
	}
	if k >= se || !v.toks[k].word {
		return -1
	}
	if mi := v.toks[k].ment; mi >= 0 && v.ments[mi].t0 == k {
		k = v.ments[mi].t1
	} else {
		k++
	}
	if k >= se || !v.toks[k].word {
		return -1
	}
	if t := v.toks[k]; (clauseStarters[t.n] || determiners[t.n] || isUpperWord(t.text)) && v.finiteAhead(k, se) {
		return k
	}
	return -1
}

// finiteAhead reports whether tokens from p read as a clause rather than
// a noun phrase (reiterated his call for calm): they open with a
// personal pronoun, or a verb form (an auxiliary, a be-form, a word in
// -ed or -s) comes within a few words, before a comma.
func (v *view) finiteAhead(p, se int) bool {
	if p < se && clauseStarters[v.toks[p].n] && v.toks[p].n != "the" && v.toks[p].n != "there" {
		return true
	}
	afterPrep := false
	for k := p; k < se && k < p+8; k++ {
		t := v.toks[k]
		if t.text == "," || t.text == ";" || t.q >= 0 {
			return false
		}
		if !t.word || t.ar {
			continue
		}
		if v.lx.has(t.n, wAux|wPassive) {
			return true
		}
		if enPreps[t.n] {
			afterPrep = true // a form in -s after a preposition is a noun's (his appeal for air defence systems)
		}
		if !afterPrep && k > p && k < p+4 && (strings.HasSuffix(t.n, "ed") || strings.HasSuffix(t.n, "s") && !strings.HasSuffix(t.n, "ss") && t.ment < 0) {
			return true
		}
	}
	return false
}

// enPreps are English prepositions that end a subject read by finiteAhead.
var enPreps = map[string]bool{"for": true, "of": true, "in": true, "on": true, "at": true, "with": true, "to": true, "by": true, "from": true, "about": true}

// clauseStarters open a bare reported clause after a time phrase (said on
// Wednesday it would ...).
var clauseStarters = map[string]bool{"it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "the": true, "there": true}

// timeHeads end a time phrase (on Wednesday, late Tuesday night).
var timeHeads = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true, "tonight": true, "night": true, "morning": true,
	"evening": true, "afternoon": true, "week": true, "month": true, "year": true, "weekend": true}

// afterPhrase reads an adverbial phrase from token p (in a televised
// address on Tuesday night, on Wednesday) and returns the first token of
// the reported clause after it: after "that", or, for a verb that takes
// a bare clause, at a pronoun or article right after a time phrase. It
// returns -1 at a comma, a quotation, another cue or a relative "that"
// (a statement that was).
func (v *view) afterPhrase(p, se int, bare bool) int {
	timeOnly := true
	for k := p; k < se && k < p+12; k++ {
		t := v.toks[k]
		if !t.word && !t.num && t.text != "'s" && t.text != "’s" || t.q >= 0 {
			return -1
		}
		if t.n == "that" {
			if k+1 < se && (v.lx.has(v.toks[k+1].n, wAux|wPassive) || !v.toks[k+1].word && !v.toks[k+1].num && v.opensQuote(k+1) < 0) {
				return -1
			}
			return k + 1
		}
		if k > p {
			if _, ok := v.cueAt(k); ok {
				return -1
			}
		}
		if bare && timeOnly && k > p && (timeHeads[v.toks[k-1].n] || v.toks[k-1].num) &&
			(clauseStarters[t.n] || (determiners[t.n] || isUpperWord(t.text) || t.ment >= 0) && v.finiteAhead(k, se)) {
			return k // said on Tuesday its jets had struck
		}
		if !(v.lx.has(t.n, wAdverbial) || timeNouns[t.n] || t.num) {
			timeOnly = false
		}
	}
	return -1
}

// startsAccording reports whether "according to" starts at token k.
func (v *view) startsAccording(k int) bool {
	if k >= len(v.toks) {
		return false
	}
	c, ok := v.accordingAt(k)
	return ok && c.ent.kind == kindAccording
}

// postEnd finds where the text attributed by a postposed cue ends: the
// comma or quotation mark before the cue's subject.
func (v *view) postEnd(i int) int {
	ss := v.sentStart(i)
	for k := i - 1; k > ss; k-- {
		if v.toks[k].text == "," || v.isCloseMark(k) {
			return k
		}
	}
	return ss
}
