package event

import (
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
)

// Arabic subject and speaker rules from the precision audit (see
// precision.go): when a dropped subject may be resolved and to whom, the
// subject of a clause opened by كان ... قد, appositions after a name,
// pronoun speakers, and the country of an unknown person.
// arHisCountry lists "his/her/their country": in the complement of a
// speaker (قال السفير إن بلاده تدعم ...) the speaker's country.
var arHisCountry = set("بلاده", "بلادها", "بلادهم", "بلده", "بلدها", "دولته", "دولتها")

// arOvertSubjectBefore reports a definite common noun that opens the
// verb's clause right before it (after a complementiser or a break:
// "أن الطيران أغار"): the clause has its own overt subject, which names no
// actor, so no dropped subject is to be found for it.
func (c *coder) arOvertSubjectBefore(t *trig, s doc.Sentence) bool {
	j := c.skipParticlesLeft(t.i-1, s)
	if j < s.FirstToken {
		return false
	}
	k := c.an.toks[j]
	if k.punct || k.ment >= 0 || !k.det || k.prep != "" || k.conj != "" || arHisCountry[k.norm] {
		return false
	}
	p := j - 1
	return p < s.FirstToken || c.an.toks[p].punct && c.isBreak(p, true) || c.inWords(arComplementiser, p)
}

// arGoverningSubject checks the antecedent m the focus gave a dropped
// subject (want: the verb's agreement) against the verb's own sentence.
// ok is false when the verb must not be coded: its clause has an overt
// subject that is no actor, or the sentence has a main subject of its
// own that the verb does not agree with and m comes from an earlier
// sentence (وقال السفير إن بلاده ... وتعتبر: not a country named before),
// for a verb that opens its clause.
// When "بلاده" (his country) stands before the verb in that sentence, ref
// is the main subject's country. how names the rule.
func (c *coder) arGoverningSubject(t *trig, s doc.Sentence, si, m int) (ref *doc.ActorRef, how string, ok bool) {
	if p := c.skipParticlesLeft(t.i-1, s); p >= s.FirstToken && c.arHisCountryAt(p) {
		// "إن بلاده دعت": the overt subject is the speaker's country
		r := c.speakerCountry(si)
		return r, "his country", r != nil
	}
	if c.arOvertSubjectBefore(t, s) || c.arAfterIndefinite(t, s) {
		return nil, "", false
	}
	if c.mainSubjSent != si || c.mainSubj < 0 || m >= 0 && c.an.d.Tokens[c.an.ments[m].start].Sentence == si {
		return nil, "", true
	}
	// only a verb that opens its clause (وتعتبر، ، تعتبر): after a noun
	// (أمير البلاد نقل) the clause has a subject the entities left unnamed
	if p := t.i - 1; t.rd.conj == "" && p >= s.FirstToken && !c.an.toks[p].punct {
		return nil, "", true
	}
	if m == c.mainSubj {
		return nil, "", true
	}
	for j := s.FirstToken; j < t.i; j++ {
		if c.arHisCountryAt(j) {
			r := c.speakerCountry(si)
			return r, "his country", r != nil
		}
	}
	return nil, "", false
}

func (c *coder) arHisCountryAt(j int) bool {
	return arHisCountry[c.an.toks[j].norm] || arHisCountry[c.an.toks[j].stem]
}

// skipParticlesLeft returns the first token at or before j that is not a
// particle (قد، لم ...) outside a mention.
func (c *coder) skipParticlesLeft(j int, s doc.Sentence) int {
	for n := 0; j >= s.FirstToken && n < 3 && c.an.toks[j].ment < 0 && c.inSet(wsSkipLeft, j); n++ {
		j--
	}
	return j
}

// speakerCountry is the country of sentence si's main subject (the
// speaker of "قال ... إن بلاده"), as a bare country actor, or nil.
func (c *coder) speakerCountry(si int) *doc.ActorRef {
	if c.mainSubjSent != si || c.mainSubj < 0 {
		return nil
	}
	a := c.an.ments[c.mainSubj].actor
	if len(a) < 3 || strings.HasPrefix(a, "IGO") || strings.HasPrefix(a, "NGO") {
		return nil
	}
	name := countryName(a[:3])
	if name == "" {
		name = a[:3]
	}
	return &doc.ActorRef{Name: name, Actor: a[:3], Entity: -1}
}

// arAppositionTitle lists title nouns that open an apposition after a
// person's name: "X مدير برنامج الغذاء العالمي" (X, director of the WFP).
var arAppositionTitle = set("مدير", "رئيس", "وزير", "سفير", "مندوب", "ممثل", "متحدث", "ناطق", "عضو", "امين", "نائب", "مستشار", "قائد", "زعيم", "منسق", "مبعوث", "مفوض", "محافظ", "رئيسه", "وزيره", "مديره")

// arApposition returns the mention of the organisation or country in an
// apposition right after person mention m (ending at token j): a title
// noun, up to two more plain words, then the mention ("X مدير برنامج الغذاء
// العالمي", "X سفير الصين"), and the token after it; -1 when there is
// none. Only for a person the lexicon does not place, or places in the
// mention's own country, or for an international body. The organisation belongs to the person's noun phrase: it is
// neither the verb's object nor another subject.
func (c *coder) arApposition(m, j, limit int) (int, int) {
	if !c.ar() || c.an.ments[m].typ != "PER" || j >= limit || !c.plain(j) || !arAppositionTitle[c.an.toks[j].w.stemKey] {
		return -1, j
	}
	g := j + 1
	for n := 0; n < 2 && g < limit && c.plain(g); n++ {
		g++ // "X نائب وزير خارجية روسيا"
	}
	n := c.mentionAt(g)
	if g >= limit || n < 0 || c.an.toks[g].conj != "" || c.an.toks[g].prep != "" && c.an.toks[g].prep != "ل" || c.an.ments[n].typ == "PER" {
		return -1, j
	}
	// a person the lexicon places in another country heads no apposition
	// of this one: "استقبل بوتين وزير خارجية الهند" names two people
	if e := c.an.ments[m].ent; e >= 0 && c.an.d.Entities[e].Actor != "" {
		if ca, cn := actorCountry(c.an.ments[m].actor), actorCountry(c.an.ments[n].actor); ca != cn && cn != "" {
			return -1, j
		}
	}
	return n, c.an.ments[n].end
}

// arNotSVOSubject reports an actor noun phrase starting at token st and
// ending at token j right before the verb at i (particles between) that
// is not the verb's subject:
//   - the verb or the particle before it carries و ("عجرفة إسرائيل
//     واتهمها"): a subject would stand after the conjunction, so the noun
//     phrase belongs to the clause before;
//   - the noun phrase is inside a fronted prepositional phrase that opens
//     the clause ("وفي قضاء المسيب جنوب بغداد اعتقلت قوات ..."), not after
//     "من جهته، من جانبها" and the like.
func (c *coder) arNotSVOSubject(i, st, j int, s doc.Sentence) bool {
	if j+1 < len(c.an.toks) && j+1 <= i && c.an.toks[j+1].conj == "و" {
		return true
	}
	cs := c.clauseStart(i, s, true)
	if cs >= st || !(c.isPrep(cs) || c.an.toks[cs].prep == "ب" || c.an.toks[cs].prep == "ل") {
		return false
	}
	for g := cs; g < st; g++ {
		if c.an.toks[g].punct || c.inSet(wsSkipLeft, g) || c.isClauseWord(g) || arSideNoun[c.an.toks[g].stem] || arSideNoun[c.an.toks[g].norm] {
			return false
		}
	}
	return true
}

// arSideNoun lists "on his part" nouns (من جانبه، من ناحيتها): the PP
// they open is no place phrase.
var arSideNoun = set("جانبه", "جانبها", "جانبهم", "ناحيته", "ناحيتها", "ناحيتهم", "طرفه", "طرفها", "ومن")

// arPronounPP reports a preposition with an attached pronoun (إليه، له،
// عليه، معه) at token j: between a verb and its subject ("ودعا إليه وزير
// الداخلية") it does not end the search for a VSO subject.
func (c *coder) arPronounPP(j int) bool {
	k := c.an.toks[j]
	if k.punct || k.ment >= 0 {
		return false
	}
	switch k.norm {
	case "اليه", "اليها", "اليهم", "له", "لها", "لهم", "عليه", "عليها", "عليهم", "معه", "معها", "معهم", "فيه", "فيها", "منه", "منها", "عنه", "عنها", "به", "بها":
		return true
	}
	return false
}

// personCountryBefore returns the country of an actor mention right
// before a person the lexicon does not know ("ممثل اليابان كنزو اوشيما",
// the representative of Japan: a Japanese), or "".
func (an *docAn) personCountryBefore(st int) string {
	p := st - 1
	if p < 0 || an.toks[p].ment < 0 || an.toks[p].punct {
		return ""
	}
	m := an.ments[an.toks[p].ment]
	if m.typ != "LOC" || len(m.actor) < 3 || strings.HasPrefix(m.actor, "IGO") {
		return ""
	}
	// a title noun in construct before the country (سفير الصين، ممثل اليابان)
	if q := m.start - 1; q < 0 || an.toks[q].punct || an.toks[q].ment >= 0 || an.toks[q].det || !arAppositionTitle[arNounKey(an.toks[q].stem)] {
		return ""
	}
	return m.actor[:3]
}

// personCountryAfter returns the country of a nationality adjective in an
// apposition right after a person the lexicon does not know, ending at
// token en ("أميتاب باتشان نجم السينما الهندية", "X وزير الخارجية
// السوري"): an indefinite head noun, then up to two words, then the
// adjective; or "".
func (an *docAn) personCountryAfter(en int) string {
	if en >= len(an.toks) || an.lang != "ar" {
		return ""
	}
	if k := an.toks[en]; k.punct || k.ment >= 0 || k.det || k.prep != "" || k.conj != "" {
		return ""
	}
	for g := en + 1; g < len(an.toks) && g <= en+3; g++ {
		k := an.toks[g]
		if k.punct || k.ment >= 0 && an.ments[k.ment].typ != "ADJ" {
			return ""
		}
		if an.maybeDemonym(g) {
			if code := demonymCountry(an.d.Tokens[g].Text); code != "" {
				return code // (الخارجية has the shape of one, and no country)
			}
		}
	}
	return ""
}

// arKanaSubject returns the overt subject of a verb after "قد" in a
// "كان X ... قد فعل" clause ("وكان مجلس النواب، ومقره شرق البلاد، قد منح"):
// the noun right after كان, as a mention (or -1 when it names no actor);
// found is false when the verb stands in no such clause.
func (c *coder) arKanaSubject(t *trig, s doc.Sentence) (m int, found bool) {
	j := t.i - 1
	if j < s.FirstToken || c.an.toks[j].norm != "قد" && c.an.toks[j].norm != "لقد" {
		return -1, false
	}
	for g := j - 1; g >= s.FirstToken && g > j-14; g-- {
		k := c.an.toks[g]
		if !k.punct && (k.stem == "كان" || k.stem == "كانت" || k.norm == "وكان" || k.norm == "وكانت") {
			if g+1 >= j || c.an.toks[g+1].punct {
				return -1, false
			}
			return c.mentionAt(g + 1), true
		}
		if !k.punct && (c.isClauseWord(g) || c.isSay(g)) {
			return -1, false
		}
	}
	return -1, false
}

// arPronounOfNonActorSpeaker reports a complementiser with a subject
// pronoun at token j (أنه، إنها) in the complement of a speech verb whose
// overt subject is a common noun ("وأشار البنك إلى أنه منح"): the pronoun
// stands for that noun, not for an actor in focus.
func (c *coder) arPronounOfNonActorSpeaker(j int, s doc.Sentence) bool {
	for g := j - 1; g >= s.FirstToken && g >= j-4; g-- {
		if c.an.toks[g].punct {
			return false
		}
		if c.isSay(g) {
			n := g + 1
			if n >= j {
				return false
			}
			k := c.an.toks[n]
			return k.ment < 0 && k.det && !k.punct && k.prep == ""
		}
	}
	return false
}
