package event

import (
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
)

// Arabic clause rules of the code stage (emit.go): masdars read as verb
// forms, relative clauses, obligations, domestic events and the checks
// they share.

// arBareForm reports an Arabic verb trigger written as its bare lemma
// (no conjunction, suffix or prefix): قطع، دعم، ضرب can be masdars.
func (c *coder) arBareForm(t *trig) bool {
	return t.verb && t.rd.conj == "" && t.rd.obj == "" && !t.rd.present && t.rd.num == 's' && !t.rd.fem && c.an.toks[t.i].norm == t.rd.lemma
}

// arIncludes reports ضم in the sense "comprised": a relative clause on an
// indefinite noun (اجتماعا ضم وزراء) or an object headed by a group noun
// (ضم وزراء خارجية الأردن ومصر، ضم ممثلين عن): people are included, not
// annexed.
func (c *coder) arIncludes(t *trig) bool {
	if p := t.i - 1; p >= 0 && c.arIndefinite(p) {
		return true
	}
	n := t.end + 1
	return n < len(c.an.toks) && c.an.toks[n].ment < 0 && (arGroup[c.an.toks[n].stem] || arGroup[c.an.toks[n].w.stemKey] || officials[c.an.toks[n].norm])
}

// arIndefinite reports an indefinite accusative noun (tanween alif:
// اجتماعا، فريقا، بيانا) at token p: a verb right after it opens its
// relative clause.
func (c *coder) arIndefinite(p int) bool {
	k := c.an.toks[p]
	return k.ment < 0 && !k.det && !k.punct && strings.HasSuffix(k.norm, "ا") && !strings.HasSuffix(k.norm, "وا") && len([]rune(k.norm)) >= 4
}

// citizenSource reports an actor that stands apart from its country's
// state: a non-state role (OPP, CVL, PTY ...), or a person or an
// organisation with a bare country code.
func (c *coder) citizenSource(r *doc.ActorRef) bool {
	if len(r.Actor) > 3 {
		return len(r.Actor) >= 6 && nonState[r.Actor[3:6]]
	}
	t := c.typeOf(r)
	return len(r.Actor) == 3 && (t == "PER" || t == "ORG")
}

// allParties reports "جميع الأطراف", "كل الأطراف", "الأطراف" as the object
// right after trigger t or its VSO subject.
func (c *coder) allParties(t *trig, s doc.Sentence) bool {
	from := max(t.i+1, t.vsoEnd)
	for j := from; j < s.EndToken && j <= from+2; j++ {
		if k := c.an.toks[j]; k.stem == "اطراف" && (k.det || j > t.i+1 && (c.an.toks[j-1].norm == "جميع" || c.an.toks[j-1].norm == "كل")) {
			return true
		}
		if c.isBreak(j, true) {
			return false
		}
	}
	return false
}

// arBareNoun reports an indefinite noun without clitics at token p
// (محادثات، اتفاق، اجتماعا): no actor, article, preposition or clause word.
func (c *coder) arBareNoun(p int) bool {
	k := c.an.toks[p]
	return k.ment < 0 && !k.det && !k.punct && k.prep == "" && k.conj == "" && !c.isPrep(p) && !c.isClauseWord(p) && !c.inSet(wsSkipLeft, p) && !arTimeWord[k.stem] && len([]rune(k.norm)) >= 4 && !c.inWords(arThingPronoun, p) && c.arEventNoun(p)
}

// arEventNoun reports a noun that names an event or a deal (a thing noun
// or an event-noun entry): محادثات، اتفاق، اجتماع، هجوم.
func (c *coder) arEventNoun(p int) bool {
	k := c.an.toks[p]
	key := k.w.stemKey
	return arThingNouns[key] || c.lex.nouns["ar"][key] != nil || k.w.cand != nil && k.w.cand.arNouns != nil
}

// arQad lists the particle قد with its clitics: before a past verb it
// asserts ("had already"), before a present one it is a hypothesis.
var arQad = set("قد", "وقد", "فقد", "لقد")

// arTerritory lists nouns for a territory a state may annex.
var arTerritory = set("مناطق", "منطقه", "اراضي", "اقاليم", "اقليم", "مقاطعات", "مقاطعه", "جزيره", "شبه", "اجزاء", "اراض")

// arTerritoryAfter reports a territory noun as the object of trigger t
// (after a number): "روسيا تضم 4 مناطق أوكرانية" (a headline's present is
// a past act), not "لجنة تضم وزراء".
func (c *coder) arTerritoryAfter(t *trig) bool {
	for j := t.end + 1; j < len(c.an.toks) && j <= t.end+2; j++ {
		k := c.an.toks[j]
		if arTerritory[k.stem] || arTerritory[k.w.stemKey] {
			return true
		}
		if k.punct || k.ment >= 0 || !isDigits(k.norm) {
			return false
		}
	}
	return false
}

// isDigits reports a token of digits (Western or Arabic-Indic).
func isDigits(s string) bool {
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= '٠' && r <= '٩') {
			return false
		}
	}
	return s != ""
}

// arAdjective reports a mention that is a country adjective (a nisba
// with the article: الإسرائيلي، الإثيوبية).
func (c *coder) arAdjective(m int) bool {
	mt := c.an.ments[m]
	if mt.typ == "ADJ" {
		return true
	}
	k := c.an.toks[mt.start]
	return mt.end == mt.start+1 && k.det && (strings.HasSuffix(k.stem, "ي") || strings.HasSuffix(k.stem, "يه"))
}

// arThingAfter reports a thing noun in the ل/ب-phrase right after the
// event noun t and its genitive (تأييد التحالف للهدنة، دعمه للقرار).
func (c *coder) arThingAfter(t *trig, s doc.Sentence) bool {
	for j := t.end + 1; j < s.EndToken && j <= t.end+4; j++ {
		k := c.an.toks[j]
		if c.isBreak(j, true) {
			return false
		}
		if (k.prep == "ل" || k.prep == "ب") && k.det && arThingNouns[k.w.stemKey] {
			return true
		}
	}
	return false
}

var obligationEntry = &Entry{Lang: "ar", Kind: Verb, Trigger: "على", Code: "100", Pattern: "قال X إن على Y (obligation rule)", Source: "rule", Flags: map[string]bool{}}

// arObligation codes an obligation laid on an actor in the complement of
// a speech verb, "قال X إن على Y الحفاظ على ...", "... إنه يجب على Y",
// "إن المطلوب من Y", as the speaker's demand (100) to Y.
func (c *coder) arObligation(si int, s doc.Sentence, i int, a actor) {
	j := i + 1
	for ; j < s.EndToken && j < i+8 && !c.inWords(arComplementiser, j); j++ {
		if c.an.toks[j].punct && c.isBreak(j, false) {
			return
		}
	}
	if j >= s.EndToken || !c.inWords(arComplementiser, j) {
		return
	}
	j++
	if j < s.EndToken && c.an.toks[j].norm == "يجب" {
		j++
	}
	if j+1 < s.EndToken && c.an.toks[j].norm == "المطلوب" && c.an.toks[j+1].norm == "من" {
		j++ // "إن المطلوب من قطر «التزام واضح»"
	} else if j+1 >= s.EndToken || c.an.toks[j].norm != "علي" {
		return
	}
	m := c.mentionAt(j + 1)
	if m < 0 || a.m < 0 || c.isSubject(m, a) {
		return
	}
	t := &trig{i: j, e: obligationEntry, verb: true, end: j, subjEnd: -1}
	if md := c.truth(t, s); md.cond || md.claim || md.negated {
		return
	}
	c.emit(si, s, t, c.ref(a.m), c.ref(c.phrase(m, s.EndToken).best), mood{}, "OBLIGATION speaker="+c.mtext(a.m), "على")
}

// arObligated reports a masdar right after "على + actor" that follows a
// complementiser or يجب: the act laid on the actor as an obligation.
func (c *coder) arObligated(t *trig, s doc.Sentence) bool {
	p := t.i - 1
	if p < s.FirstToken || c.an.toks[p].ment < 0 {
		return false
	}
	p = c.an.ments[c.an.toks[p].ment].start - 1
	if p <= s.FirstToken || c.an.toks[p].norm != "علي" {
		return false
	}
	return c.inWords(arComplementiser, p-1) || c.an.toks[p-1].norm == "يجب"
}

// arAssertLemmas lists verbs that take a masdar as their object: "أكد
// الملك رفض الأردن" (stressed Jordan's rejection).
var arAssertLemmas = set("اكد", "جدد", "ابدى", "اوضح")

// arAssertedMasdar reports a bare verb form right after "assert-verb +
// NP": the form is a masdar object, not a verb with an SVO subject.
func (c *coder) arAssertedMasdar(t *trig, s doc.Sentence) bool {
	p := t.i - 1
	if p <= s.FirstToken {
		return false
	}
	if m := c.an.toks[p].ment; m >= 0 {
		p = c.an.ments[m].start - 1
	} else if c.an.toks[p].det {
		p-- // a title noun (الملك، الرئيس)
	} else {
		return false
	}
	if p < s.FirstToken {
		return false
	}
	_, ok := c.arReading(p, lsAssert)
	return ok
}

var characterisationEntry = &Entry{Lang: "ar", Kind: Verb, Trigger: "قال", Code: "111", Pattern: "قال X إن Y «انقلاب» (characterisation rule)", Source: "rule", Flags: map[string]bool{}}

// arBareComplementiser lists إن/أن without a pronoun.
var arBareComplementiser = set("ان", "بان", "وان")

// arCondemnNoun lists indefinite nouns that, as the predicate of a
// reported nominal sentence, condemn its subject: "إن ما جرى «انقلاب»".
var arCondemnNoun = set("انقلاب", "جريمه", "جرايم", "عدوان", "ارهاب", "انتهاك", "خرق", "مجزره", "اعتداء", "احتلال")

// arCharacterisation codes a condemning characterisation in reported
// speech, "قال X إن ما جرى «انقلاب»", as X's disapproval (111) of the
// actor named in the complement, else (what happened) of the owner of the
// decision in focus, else with an open target. The noun must be the indefinite
// predicate right after a short subject (not "يحارب الإرهاب").
func (c *coder) arCharacterisation(si int, s doc.Sentence, i int, a actor) {
	if a.m < 0 {
		return
	}
	j := i + 1
	for ; j < s.EndToken && j < i+8 && !c.inWords(arComplementiser, j); j++ {
		if c.an.toks[j].punct && c.isBreak(j, false) {
			return
		}
	}
	if j >= s.EndToken || !c.inWords(arComplementiser, j) || !arBareComplementiser[c.an.toks[j].norm] {
		return // (إنه/إنها: a subject pronoun the rule cannot resolve)
	}
	tgt := -1
	found, what := false, false
	for g, n := j+1, 0; g < s.EndToken && n < 4; g++ {
		k := c.an.toks[g]
		if k.quote {
			continue
		}
		if k.norm == "ما" && g == j+1 && g+1 < s.EndToken {
			g++ // "ما جرى", "ما حدث": what happened
			what = true
			continue
		}
		if k.punct || c.isBreak(g, false) {
			return
		}
		if m := k.ment; m >= 0 {
			if tgt < 0 && !c.isSubject(m, a) && k.prep == "" && !c.isPrep(g-1) {
				tgt = m // (not a place: "ما يحدث في غزة جريمة")
			}
			g = c.an.ments[m].end - 1
			n++
			continue
		}
		if !k.det && k.prep == "" && arCondemnNoun[k.w.stemKey] {
			found = true
			break
		}
		if k.w.cand != nil && len(k.w.cand.arVerbs) > 0 {
			return // a verbal sentence: the noun would be its object
		}
		n++
	}
	if !found {
		return
	}
	t := &trig{i: i, e: characterisationEntry, verb: true, end: i, subjEnd: -1}
	if md := c.truth(t, s); md.cond || md.claim || md.negated {
		return
	}
	var r *doc.ActorRef
	how := "open"
	switch own := c.decisionOwner; {
	case tgt >= 0:
		r, how = c.ref(tgt), "complement"
	case what && own >= 0 && own != a.m && (!sameCountry(c.an.ments[own].actor, c.an.ments[a.m].actor) || c.citizenSource(c.ref(a.m)) && !c.citizenSource(c.ref(own))):
		r, how = c.ref(own), "the decision of "+c.mtext(own)
	}
	c.emit(si, s, t, c.ref(a.m), r, mood{}, "CHARACTERISATION speaker="+c.mtext(a.m), how)
}
