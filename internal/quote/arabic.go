package quote

import "strings"

// attrArabic reads an Arabic cue. The verb comes first and its subject
// follows (وقال لافروف إن ...), or the subject is dropped (وقال إن ...)
// or written before it (لافروف قال ...); the speech opens with إن/أن
// (with an attached pronoun it stays in the quote: إنها ...), with إلى
// for أشار إلى, with a colon, or with a quotation mark.
func (v *view) attrArabic(a *attrib, f *focus) bool {
	c := a.c
	se := v.sentEnd(c.i)
	if c.ent.form == formNoun {
		// عن لافروف قوله: the speaker is named just before
		for k := c.i - 1; k >= c.i-3 && k >= v.sentStart(c.i); k-- {
			if mi := v.toks[k].ment; mi >= 0 && !v.ments[mi].inQuote {
				a.spk = []speaker{v.fromMention(v.ments[mi])}
				break
			}
		}
		return v.arClause(a, c.j, se, 6)
	}
	if c.ent.form == formParticiple {
		if c.ent == byQawlEntry {
			a.spk = v.byQawlSubject(c)
		}
		if a.spk == nil {
			a.spk = v.elided(a, v.prevAttrib(), f)
		}
		return v.arClause(a, c.j, se, 3)
	}
	relSpk, rel := v.arRelative(c.i)
	// the subject region after the verb
	k := c.j
	lim := min(se, c.j+arRegionMax)
	for ; k < lim; k++ {
		t := v.toks[k]
		if t.q >= 0 && !v.qName[t.q] || v.opensQuote(k) >= 0 || t.text == ":" {
			break
		}
		if t.ar && isComplementizer(bareAr(t.n)) {
			break
		}
		if t.ar && c.ent.comp != "" && t.n == c.ent.comp && !v.laterComp(c, k, lim) {
			break
		}
		if ce, ok := v.cueAt(k); ok && k > c.j {
			if ce.ent.form == formNoun {
				return false // نقلت وسائل الإعلام عن X قوله: the noun speaks
			}
			if ce.ent.kind != kindAccording {
				break // another verb of saying starts its own attribution
			}
		}
	}
	regionEnd := k
	if c.ent.kind == kindIn {
		// جاء في بيان لوزارة الخارجية أن: the body the document names,
		// else the issuer of the statement in focus
		a.spk = v.subjectFrom(c.j, regionEnd, false, true, f)
		return regionEnd > c.j && v.arClause(a, regionEnd, se, 1) && (a.compS >= 0 || a.preQuote)
	}
	if c.ent.kind == kindTransmit {
		// نقل عن X أن: the speaker follows عن
		for j := c.j; j < regionEnd; j++ {
			if v.toks[j].n == "عن" {
				a.spk = v.subjectFrom(j+1, regionEnd, false, true, f)
				return v.arClause(a, regionEnd, se, 1)
			}
		}
		return false
	}
	switch {
	case rel:
		a.spk = relSpk // X الذي قال إن: X speaks
	case v.impersonal(c, regionEnd):
		a.spk = nil // يذكر أن، يشار إلى أن: no one speaks
	default:
		a.spk = v.arSubject(a, c.j, regionEnd, f)
	}
	if regionEnd >= lim && regionEnd == se && regionEnd-c.j <= 5 && c.ent.kind == kindSay {
		// “...”. قال لافروف.
		a.post = true
		return true
	}
	return v.arClause(a, regionEnd, se, 1)
}

// byQawlSubject returns the subject of the verb before بالقول at cue c
// when that verb is joined by و with its subject dropped: the last person
// or body named before it in the sentence (لم تؤكد الحكومة ذلك، واكتفت
// بالقول إن). Else nil.
func (v *view) byQawlSubject(c cue) []speaker {
	ss := v.sentStart(c.i)
	if c.i-1 <= ss || !v.toks[c.i-1].ar || v.toks[c.i-1].ment >= 0 || !strings.HasPrefix(v.toks[c.i-1].n, "و") {
		return nil
	}
	ms := v.mentionsIn(ss, c.i-1, false)
	if len(ms) == 0 {
		return nil
	}
	if m := v.ments[ms[len(ms)-1]]; !m.inQuote && m.typ != "LOC" {
		return []speaker{v.fromMention(m)}
	}
	return nil
}

// arPrepPronouns are prepositions with an attached pronoun (حث فيه على،
// قال له إن): never a subject.
var arPrepPronouns = map[string]bool{"فيه": true, "فيها": true, "فيهم": true, "عليه": true, "عليها": true, "عليهم": true,
	"له": true, "لها": true, "لهم": true, "منه": true, "منها": true, "عنه": true, "عنها": true, "معه": true, "معها": true,
	"اليه": true, "اليها": true, "به": true, "بها": true}

// arContrast before أن make a connective of contrast (however), which
// opens no speech.
var arContrast = map[string]bool{"غير": true, "الا": true, "بيد": true}

// joinedByWa reports whether Arabic token i is written with the
// conjunction و (ووصفت، وقالت), not a word that starts with the letter
// (وصفت).
func (v *view) joinedByWa(i int) bool {
	t := v.toks[i]
	if t.prefix != "" {
		return strings.HasPrefix(t.prefix, "و")
	}
	if strings.HasPrefix(t.n, "وو") {
		return true
	}
	c, ok := v.cueAt(i)
	return ok && strings.HasPrefix(t.n, "و") && !strings.HasPrefix(c.ent.lemma, "و")
}

// laterComp reports whether the particle of cue c at token k opens a
// prepositional phrase of the subject (المبعوث الأممي إلى اليمن) rather
// than the clause: it is not followed by إن/أن, and the same particle
// followed by إن/أن comes later, before lim and before another cue.
func (v *view) laterComp(c cue, k, lim int) bool {
	if k+1 < lim && isComplementizer(bareAr(v.toks[k+1].n)) {
		return false
	}
	for j := k + 1; j+1 < lim; j++ {
		t := v.toks[j]
		if t.q >= 0 || t.text == ":" || t.ar && isComplementizer(bareAr(t.n)) {
			return false
		}
		if _, ok := v.cueAt(j); ok {
			return false
		}
		if t.n == c.ent.comp && isComplementizer(bareAr(v.toks[j+1].n)) {
			return true
		}
	}
	return false
}

// arClause finds where the speech starts at or after token k (within
// maxSkip tokens): after إن/أن, إلى (أن), a colon or at a quotation mark.
func (v *view) arClause(a *attrib, k, se, maxSkip int) bool {
	for j := k; j < se && j < k+maxSkip; j++ {
		t := v.toks[j]
		if v.opensQuote(j) >= 0 {
			a.preQuote = true
			return true
		}
		if t.text == ":" {
			a.preQuote = true
			if j+1 < se && v.opensQuote(j+1) < 0 {
				a.compS = j + 1
			}
			return true
		}
		if !t.ar {
			continue
		}
		b := bareAr(t.n)
		if isComplementizer(b) && j > 0 && arContrast[v.toks[j-1].n] {
			return false // غير أن ...: a contrast, not the speech
		}
		if isComplementizer(b) {
			if b == "ان" || b == "بان" {
				a.compS = j + 1
			} else {
				a.compS = j
			}
			return true
		}
		if a.c.ent.comp != "" && t.n == a.c.ent.comp {
			if j+1 < se && isComplementizer(bareAr(v.toks[j+1].n)) {
				n := bareAr(v.toks[j+1].n)
				if n == "ان" || n == "بان" {
					a.compS = j + 2
				} else {
					a.compS = j + 1
				}
			} else {
				a.compS = j + 1
			}
			return true
		}
	}
	if a.c.ent.kind == kindDirect || a.c.ent.kind == kindSay {
		return a.spk != nil // may still attribute a quotation close by
	}
	return false
}

// arSubject resolves the subject written in tokens [s, e) after an
// Arabic verb, or the dropped one.
func (v *view) arSubject(a *attrib, s, e int, f *focus) []speaker {
	first := -1
	for k := s; k < e; k++ {
		t := v.toks[k]
		if !t.word {
			continue
		}
		if v.lx.has(t.n, wAdverb) || v.lx.has(bareAr(t.n), wAdverb) {
			continue
		}
		if c, ok := v.cueAt(k); ok && c.ent.form == formParticiple {
			continue // وحذر قائلا: no subject written
		}
		first = k
		break
	}
	if ms := v.mentionsIn(s, e, false); len(ms) > 0 {
		return v.subjectFrom(s, e, false, false, f)
	}
	dropped := first < 0
	if !dropped {
		t := v.toks[first]
		b := bareAr(t.n)
		p := t.prefix
		dropped = v.lx.has(t.n, wPrep) || v.lx.has(b, wPrep) || hasPPPrefix(p, b) || v.toks[first].q >= 0 && !v.qName[v.toks[first].q]
		if !dropped && v.lx.has(stemAr(t.n), wAdverb) {
			dropped = true
		}
	}
	if !dropped && arPrepPronouns[v.toks[first].n] {
		// حثه فيه على «...»: a preposition with a pronoun, no subject
		// written; the person the sentence names before the verb, if any
		if mi := v.firstMention(v.sentStart(a.c.i), a.c.i, true, false); mi >= 0 {
			return []speaker{v.fromMention(v.ments[mi])}
		}
		return nil
	}
	if !dropped {
		if spk := v.surname(first); spk != nil {
			return spk // قال إسلامي: a surname of a person named before
		}
		spk := v.subjectFrom(s, e, false, false, f)
		if spk == nil {
			// وكان الوزير قد قال مطلع الشهر إن: words after the verb that
			// name no one, the subject before it
			spk = v.kanaQadSubject(a.c.i, f)
		}
		if spk != nil || a.c.ent.kind != kindDirect || !v.joinedByWa(a.c.i) ||
			v.lx.has(stemAr(v.toks[first].n), wUnknown|wGroup|wAuthority) {
			return spk
		}
		// ووصفت الهجوم بأنه «...»: a verb joined by و that takes an
		// object (وصف، حث، دعا), with a noun that is no speaker after it,
		// has its subject dropped
	}
	// لافروف قال: a subject before the verb
	i := a.c.i
	if i > v.sentStart(i) {
		if t := v.toks[i-1]; t.ar && t.word && t.ment < 0 {
			// دبلوماسيين قالوا: an anonymous or group noun before the verb
			if spk, ok := v.resolveWord(stemAr(t.n), i-1, f); ok && v.lx.has(stemAr(t.n), wUnknown|wGroup|wAuthority) {
				return spk
			}
		}
	}
	if spk := v.kanaQadSubject(i, f); spk != nil {
		return spk
	}
	if i > v.sentStart(i) {
		if mi := v.toks[i-1].ment; mi >= 0 && v.ments[mi].t1 == i && v.ments[mi].prepless && !v.ments[mi].inQuote {
			return []speaker{v.fromMention(v.ments[mi])}
		}
	}
	return v.focusPerson(i, f)
}

// kanaQadSubject returns the subject written between كان and قد before
// the verb at token i (وكانت الوكالة قد أفادت), or nil.
func (v *view) kanaQadSubject(i int, f *focus) []speaker {
	if i-1 <= v.sentStart(i) || v.toks[i-1].n != "قد" {
		return nil
	}
	for j := i - 2; j >= v.sentStart(i) && j >= i-8; j-- {
		if n := bareAr(v.toks[j].n); n == "كان" || n == "كانت" {
			if j+1 < i-1 {
				return v.subjectFrom(j+1, i-1, false, false, f)
			}
			return nil
		}
	}
	return nil
}

// surname resolves an Arabic word that is no mention but repeats the
// last word of a person named earlier (محمد إسلامي ... قال إسلامي) to
// that person.
func (v *view) surname(k int) []speaker {
	t := v.toks[k]
	if !t.ar || t.ment >= 0 || len([]rune(t.n)) < 3 {
		return nil
	}
	for mi := len(v.ments) - 1; mi >= 0; mi-- {
		m := v.ments[mi]
		if m.t0 >= k || m.typ != "PER" || m.inQuote || m.t1-m.t0 < 2 {
			continue
		}
		if last := v.toks[m.t1-1]; last.ar && (last.n == t.n || last.n == bareAr(t.n)) {
			return []speaker{v.fromMention(m)}
		}
	}
	return nil
}

// hasPPPrefix reports whether a word starts with a preposition joined to
// it (للصحفيين، لوكالة، بالقول): from the text layer's prefix when given,
// else from the letters.
func hasPPPrefix(prefix, bare string) bool {
	if prefix != "" {
		p := strings.TrimSuffix(fold(prefix), "ال")
		return strings.ContainsAny(p, "لبك")
	}
	r := []rune(bare)
	if len(r) < 4 {
		return false
	}
	return string(r[:2]) == "لل" || string(r[:3]) == "بال" || (r[0] == 'ل' && r[1] != 'ا' && len(r) > 4)
}

var arRelatives = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللتين": true, "اللذان": true, "اللتان": true}

// arRelative reads a verb after a relative pronoun (لافروف، الذي قال إن):
// the speaker is the mention just before the pronoun, if any.
func (v *view) arRelative(i int) ([]speaker, bool) {
	if i < 1 || !arRelatives[fold(v.toks[i-1].text)] && !arRelatives[v.toks[i-1].n] {
		return nil, false
	}
	for k := i - 2; k >= i-4 && k >= v.sentStart(i); k-- {
		t := v.toks[k]
		if t.text == "،" || t.text == "," || t.text == "-" || t.text == "–" {
			continue
		}
		if mi := t.ment; mi >= 0 && !v.ments[mi].inQuote {
			return []speaker{v.fromMention(v.ments[mi])}, true
		}
		break
	}
	return nil, true
}

// impersonal reports whether an Arabic present-tense verb opens its
// sentence, without a conjunction, right before its clause: the formula
// يذكر أن / يشار إلى أن ("it is noted that"), which has no speaker.
func (v *view) impersonal(c cue, regionEnd int) bool {
	t := v.toks[c.i]
	if c.i != v.sentStart(c.i) || regionEnd != c.j || bareAr(t.n) != t.n {
		return false
	}
	return strings.HasPrefix(t.n, "ي")
}
