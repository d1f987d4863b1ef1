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
