package event

import (
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
)

// Precision rules for Arabic wire text, from an audit of events coded on
// news nobody wrote for dyad. Each rule keeps the coder from an event the
// text does not state; the hooks that call them are one line each in
// args.go, coder.go, emit.go and roles.go.

// arNounSubject lists definite common nouns that stand as the overt
// subject of a VSO clause and name no actor: in "ودعا الاجتماع X إلى"
// (the meeting called on X) X is the object. Normalised, without the
// article.
var arNounSubject = set("اجتماع", "اجتماعات", "بيان", "مؤتمر", "قمه", "لقاء", "قرار", "تقرير", "مجلس", "اعلان", "اتفاق", "اتفاقيه", "وثيقه", "رساله", "خطاب", "نداء", "قانون", "مرسوم", "لجنه", "منتدى", "نص", "مشروع", "تصريح", "مذكره", "مبادره", "خطه", "برنامج", "ميثاق", "دستور", "استطلاع", "مؤتمرون", "مجتمعون")

// arNounSubjectAt reports a VSO subject at token j (the first word after
// the verb) that is one of arNounSubject, with the article and outside
// any actor mention; adjectives after it (البيان الختامي) may follow, but
// not a country adjective, which makes the phrase an actor (المجلس
// العسكري السوداني) the entity rules read.
func (c *coder) arNounSubjectAt(j int, s doc.Sentence) bool {
	k := c.an.toks[j]
	if k.punct || k.ment >= 0 || !k.det || k.prep != "" || !arNounSubject[k.w.stemKey] {
		return false
	}
	for n := j + 1; n < s.EndToken && n < j+4; n++ {
		kn := c.an.toks[n]
		if kn.ment >= 0 {
			return c.an.ments[kn.ment].typ != "ADJ"
		}
		if kn.punct || !kn.det || kn.prep != "" {
			return true
		}
	}
	return true
}

// arObjectPronounNonActor reports a verb with an attached object pronoun
// (تساندهم، ترافقه) followed by a plain noun: with its object attached,
// the noun after the verb is its overt subject ("تساندهم رشاشات
// المروحيات", backed by helicopter guns), which names no actor; neither
// an actor before the verb nor a dropped subject is its subject.
func (c *coder) arObjectPronounNonActor(t *trig) bool {
	// a past form with a pronoun after a noun is often a masdar with its
	// possessor (أعلنت حماس رفضها البحث, its rejection of): a past form
	// only where it opens its clause
	if !t.verb || t.rd.obj == "" || !c.overtNonActor(t) {
		return false
	}
	p := t.i - 1
	return t.rd.present || t.rd.conj != "" || p < 0 || c.an.toks[p].punct
}

// arPersonalSuffix reports a first or second person pronoun: a verb
// reading with one (ضمني "implicit" read as ضم + ني, أسرتك "your family"
// read as أسر + ك) names no third party the focus could give.
func arPersonalSuffix(suffix string) bool {
	switch suffix {
	case "ني", "نا", "ك", "كم":
		return true
	}
	return false
}

// arMasdarGenitive reports a word right after a masdar in construct that
// carries a preposition (بمراجعة تعاونها، لمتابعة عدوانها): the word is
// the masdar's genitive, a noun, not a verb.
func (c *coder) arMasdarGenitive(i int) bool {
	p := i - 1
	if p < 0 || c.an.toks[p].punct || c.an.toks[p].ment >= 0 || c.an.toks[p].prep == "" {
		return false
	}
	txt := c.an.d.Tokens[p].Text
	return strings.HasSuffix(txt, "ة")
}

// arDualConstruct reports a word right after a feminine dual noun in
// construct (عمليتي توغل "two incursion operations"): its genitive, a noun.
func (c *coder) arDualConstruct(i int) bool {
	p := i - 1
	if p < 0 || c.an.toks[p].punct || c.an.toks[p].ment >= 0 || c.an.toks[p].det {
		return false
	}
	txt := c.an.d.Tokens[p].Text
	return strings.HasSuffix(txt, "تي") && len([]rune(txt)) >= 5
}

// arCueGenitive reports an actor at token j that is the genitive of the
// verb's first cue noun standing right after the verb ("نزع سلاح X", the
// disarming of X's weapons): not the verb's subject, for VSO puts the
// subject before the object.
func (c *coder) arCueGenitive(t *trig, j int) bool {
	return t != nil && t.verb && len(t.cues) > 0 && t.cues[0] == t.i+1 && j == t.cues[0]+1 && c.an.toks[j].prep == "" && !c.isPrep(t.cues[0])
}

// arMasdarReading reports a verb form with a cue noun right after it and
// the cue's genitive actor after that, that does not open its clause:
// after a noun or an adverb (إمكانية نزع سلاح X، وخصوصا نزع سلاح X) it is
// a masdar, a bare noun the rules do not code.
func (c *coder) arMasdarReading(t *trig, s doc.Sentence) bool {
	if len(t.cues) == 0 || t.cues[0]+1 >= s.EndToken || !c.arCueGenitive(t, t.cues[0]+1) || c.an.toks[t.cues[0]+1].ment < 0 {
		return false
	}
	if t.rd.conj != "" || t.rd.present || t.rd.future {
		return false // وقصف مواقع X: a clause of its own
	}
	p := t.i - 1
	if p < s.FirstToken || c.an.toks[p].punct || c.inSet(wsSkipLeft, p) {
		return false
	}
	return c.an.toks[p].ment < 0
}

// arProposalNoun lists nouns whose complement (بأن، أن) is only proposed,
// asked or offered: "رفضت X اقتراحا بأن تتعهد Y" states no pledge.
var arProposalNoun = set("اقتراح", "مقترح", "عرض", "طلب", "مطالبه", "مطالب", "فكره", "مبادره", "شرط", "شروط", "دعوه", "خطه", "مشروع", "اقتراحات")

// arBeliefVerb lists belief and doubt verbs: their complement is an
// opinion, not a fact ("لا تعتقد باريس أن ...", "يعتقد أن القوات اعتقلتهم").
var arBeliefVerb = set("اعتقد", "يعتقد", "تعتقد", "نعتقد", "اعتقدت", "يعتقدون", "ظن", "يظن", "تظن", "نظن", "يشك", "تشك", "نشك", "شكك", "يشكك", "تشكك", "خشي", "يخشى", "تخشى", "نخشى", "رجح", "رجحت", "يرجح", "ترجح", "يبدو", "بدا", "يبد", "يستبعد", "تستبعد", "يفترض", "يتصور", "تتصور")

// arModal lists modal verbs that make the noun phrase before them a
// possibility ("أن نزع السلاح يمكن أن يتحقق"): the event noun is not a fact.
var arModal = set("يمكن", "يمكنه", "يمكنها", "يجب", "ينبغي", "يتعين", "بالإمكان")

// arScheduled lists words that put an act ahead as planned or expected
// (ينتظر أن يبحث، من المقرر أن تزور): intent, not a fact.
var arScheduled = set("ينتظر", "المقرر", "مقرر", "المنتظر", "منتظر", "يرتقب", "المرتقب")

// arEmbeddedMood reads what governs trigger t from outside its clause: a
// proposal noun or a belief verb whose complement holds it (a condition:
// not coded), a modal right after an event noun (a condition), a
// scheduling word before its complementiser (intent). It updates md.
func (c *coder) arEmbeddedMood(t *trig, s doc.Sentence, md *mood) {
	// the nearest complementiser before the trigger, within its sentence
	comp := -1
	for j := t.i - 1; j >= s.FirstToken && j > t.i-16; j-- {
		if c.inWords(arComplementiser, j) {
			comp = j
			break
		}
		if c.an.toks[j].punct && c.isBreak(j, false) {
			break
		}
	}
	if comp >= 0 {
		for j := comp - 1; j >= s.FirstToken && j >= comp-6; j-- {
			k := c.an.toks[j]
			if k.punct && c.isBreak(j, false) {
				break
			}
			switch {
			case !k.punct && k.ment < 0 && arProposalNoun[k.w.stemKey]:
				md.cond, md.why = true, "proposal "+c.an.d.Tokens[j].Text
				return
			case c.inWords(arBeliefVerb, j):
				md.cond, md.why = true, "belief "+c.an.d.Tokens[j].Text
				return
			case j >= comp-2 && c.inWords(arScheduled, j):
				md.intent, md.why = true, "scheduled "+c.an.d.Tokens[j].Text
				return
			}
		}
	}
	// a modal right before ("ويتعين منحهما الفرصة") or a question word in
	// the clause ("متى سيتنحى")
	if p := t.i - 1; p >= s.FirstToken && c.inWords(arModal, p) && t.e != obligationEntry {
		// (يجب على X is itself the obligation arObligation codes)
		md.cond, md.why = true, "modal "+c.an.d.Tokens[p].Text
		return
	}
	for j := t.i - 1; j >= s.FirstToken && j >= t.i-4; j-- {
		if c.an.toks[j].punct && c.isBreak(j, false) {
			break
		}
		if c.inWords(arInterrogative, j) {
			md.cond, md.why = true, "question "+c.an.d.Tokens[j].Text
			return
		}
	}
	// an event noun (or a masdar-like verb form) as the subject of a modal
	end := t.end
	for j := end + 1; j < s.EndToken && j <= end+5; j++ {
		if c.an.toks[j].punct && c.isBreak(j, false) {
			break
		}
		if c.inWords(arModal, j) {
			if comp >= 0 || !t.verb {
				md.cond, md.why = true, "modal "+c.an.d.Tokens[j].Text
			}
			return
		}
		if c.an.isWord(j) && c.an.toks[j].ment < 0 && c.an.toks[j].w.cand != nil && c.an.toks[j].w.cand.arVerbs != nil && j > end+1 {
			return // another verb: the modal is not this noun's
		}
	}
}

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

// roleCountry returns the country of a bare role noun at token i (الحكومة،
// the government) that names none: the article's home country, unless
// the actors before the role noun in its sentence are of one other
// country only and the sentence names none of the home country ("تتهم
// الشيخة حسينة الحكومة" in an article mostly about another country: her
// own government). Actors of several other countries before it leave it
// unresolved ("").
func (c *coder) roleCountry(i int, home string) string {
	si := c.an.d.Tokens[i].Sentence
	s := c.an.d.Sentences[si]
	other, several := "", false
	for j := s.FirstToken; j < s.EndToken; j++ {
		m := c.an.toks[j].ment
		if m < 0 || !c.an.toks[j].first {
			continue
		}
		a := c.an.ments[m].actor
		if len(a) < 3 || strings.HasPrefix(a, "IGO") || strings.HasPrefix(a, "NGO") || strings.HasPrefix(a, "MNC") {
			continue
		}
		switch cc := a[:3]; {
		case cc == home:
			return home
		case j > i:
			// only an actor before the role noun is the one in focus
			// ("Police arrested American X" is about the home police)
		case (c.an.ments[m].typ == "PER" && arStateRole(a) || c.an.ments[m].typ == "ADJ") && c.an.lang == "ar" && c.arObjectPosition(i):
			// "وصف لودريان المجلس العسكري": a state official's object is
			// no institution of the official's own state (nor of the
			// title's nationality adjective: الوزير القطري); an
			// opposition leader's is (تتهم زعيمة المعارضة الحكومة)
		case other == "":
			other = cc
		case other != cc:
			several = true
		}
	}
	switch {
	case several:
		return ""
	case other != "":
		return other
	}
	return home
}

// arStateRole reports an actor code of a state official (GOV ELI MIL).
func arStateRole(a string) bool {
	return len(a) >= 6 && (a[3:6] == "GOV" || a[3:6] == "ELI" || a[3:6] == "MIL")
}

// arObjectPosition reports an Arabic role noun at token i that stands
// where an object stands: right after a lexicon verb, or right after a
// person's name (the VSO subject: "وصف الوزير X الجيش").
func (c *coder) arObjectPosition(i int) bool {
	if i == 0 || c.an.toks[i-1].punct {
		return false
	}
	p := c.an.toks[i-1]
	if p.ment >= 0 {
		return c.an.ments[p.ment].typ == "PER"
	}
	return p.w.cand != nil && len(p.w.cand.arVerbs) > 0
}

// institutionRole maps nouns of institutions that are often named after a
// person or a city (جامعة السلطان قابوس، مستشفى الملك فيصل، Cairo
// University) to the CAMEO role of the institution, "" for a thing that is
// no actor (a street, a mosque, a prize). Places that are targets of
// attacks (an airport, a port) are left to the place rules. Arabic nouns in construct
// before the name, English capitalised nouns after it.
var institutionRole = normKeys(map[string]string{
	"جامعه": "EDU", "كليه": "EDU", "مدرسه": "EDU", "معهد": "EDU", "اكاديميه": "EDU",
	"مستشفى": "HLH", "مستشفي": "HLH", "مستوصف": "HLH",
	"شركه": "BUS", "مصرف": "BUS", "بنك": "BUS",
	"شارع": "", "ملعب": "", "استاد": "", "قاعه": "", "مسجد": "", "جامع": "", "جائزه": "", "نادي": "", "مؤسسه": "", "مكتبه": "", "متحف": "",
	"university": "EDU", "college": "EDU", "school": "EDU", "institute": "EDU", "academy": "EDU",
	"hospital": "HLH", "clinic": "HLH",
	"street": "", "stadium": "", "mosque": "", "prize": "", "award": "", "foundation": "", "library": "", "museum": "",
})

// normKeys returns m with its keys normalised as lexicon words (normWord).
func normKeys(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[normWord(k)] = v
	}
	return out
}

// institutionNames reads a person or a place named inside an institution's
// name (جامعة السلطان قابوس، مسجد عمر، Cairo University) as the
// institution: a school, a hospital or a company takes the country of the
// name with its role (OMNEDU), anything else is no actor. A university
// named after a ruler is not his government. It runs before the implicit
// actors are added.
func (c *coder) institutionNames() {
	an := c.an
	ar := c.ar()
	for mi := range an.ments {
		m := &an.ments[mi]
		if strings.HasPrefix(m.actor, "IGO") || strings.HasPrefix(m.actor, "NGO") {
			continue
		}
		noun := -1
		if ar {
			// a noun in construct: no article (a preposition may stand on it)
			if p := m.start - 1; p >= 0 && !an.toks[p].punct && an.toks[p].ment < 0 && !an.toks[p].det {
				noun = p
			}
		} else if n := m.end; n < len(an.toks) && an.toks[n].ment < 0 && !an.toks[n].punct && isUpperWord(an.d.Tokens[n].Text) {
			noun = n
		}
		if noun < 0 {
			continue
		}
		key := an.toks[noun].norm
		if ar {
			key = arNounKey(an.toks[noun].stem)
		}
		role, ok := institutionRole[key]
		if !ok {
			continue
		}
		if role != "" && len(m.actor) >= 3 {
			m.actor = m.actor[:3] + role
			s, e := min(noun, m.start), max(noun+1, m.end)
			m.name = an.text(an.d.Tokens[s].Start, an.d.Tokens[e-1].End)
			m.typ = "ORG"
			continue
		}
		for ti := m.start; ti < m.end; ti++ {
			an.toks[ti].ment, an.toks[ti].first = -1, false
		}
		m.actor = ""
	}
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

// arNominalMark reports a word that carries a noun's mark: a final ta
// marbuta (صادرة، مساعدة) or tanween (دعماً): a noun, an adjective or a
// participle, never a finite verb.
func (c *coder) arNominalMark(i int) bool {
	txt := c.an.d.Tokens[i].Text
	return strings.HasSuffix(txt, "ة") || strings.ContainsAny(txt, "\u064B\u064C\u064D")
}

// arAfterIndefinite reports a verb right after an indefinite common noun
// with a ta marbuta ("في تظاهرة نظمت": a demonstration that was
// organised): a relative clause of that noun, whose subject no dropped
// subject gives.
func (c *coder) arAfterIndefinite(t *trig, s doc.Sentence) bool {
	p := t.i - 1
	if p < s.FirstToken || t.rd.conj != "" {
		return false
	}
	k := c.an.toks[p]
	return !k.punct && k.ment < 0 && !k.det && strings.HasSuffix(c.an.d.Tokens[p].Text, "ة")
}

// arInterrogative lists question words: a predicate in their clause is
// asked about ("متى سيتنحى"), not stated.
var arInterrogative = set("متى", "هل", "كيف", "لماذا", "ماذا", "أين")

// arCoordinatedPronounVerb reports a verb coordinated with و that carries
// an object pronoun (واتهمها): the pronoun is its direct object, and an
// actor after it is not. Not after a noun with the same pronoun ("شجبه
// وإدانته", his condemnation): a coordinated masdar.
func (c *coder) arCoordinatedPronounVerb(t *trig, s doc.Sentence) bool {
	if !t.verb || t.rd.conj != "و" || t.rd.obj == "" || arPersonalSuffix(t.rd.obj) || !hasSlot(t.e, "obj") {
		return false
	}
	p := t.i - 1
	if p >= s.FirstToken && !c.an.toks[p].punct && c.an.toks[p].ment < 0 && strings.HasSuffix(c.an.toks[p].norm, t.rd.obj) {
		return false
	}
	return true
}

// arVerbalAttack reports "شن هجوما على" (launched an attack on) by a
// person on a person or a body that is no place and no armed force: a
// verbal attack ("شن المندوب هجوما عنيفا على الأمين العام"), 111, as
// English "X attacked Y" between persons is.
func (c *coder) arVerbalAttack(t *trig, src, tgt *doc.ActorRef) bool {
	if !c.ar() || t.e.Trigger != "شن" || src == nil || tgt == nil || c.typeOf(src) != "PER" {
		return false
	}
	if typ := c.typeOf(tgt); typ == "LOC" || typ == "" && len(tgt.Actor) == 3 {
		return false
	}
	role := ""
	if len(tgt.Actor) >= 6 {
		role = tgt.Actor[3:6]
	}
	return role != "MIL" && role != "REB" && role != "INS" && role != "COP"
}
