package event

import (
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
)

// Arabic subjects: the verb-first and subject-first subject of a trigger,
// titles and their holders, possessors, coordinated speakers.

var arSkipLeft = set("قد", "لقد", "وقد", "فقد", "لم", "لن", "لا", "ما", "ثم", "أيضا", "ايضا", "كان", "كانت", "سوف", "بدوره", "بدورها", "بدورهم", "جهته", "جهتها", "من")

// arPronSubj maps complementisers carrying a subject pronoun (إنها "that
// she") to the focus type they refer to.
var arPronSubj = map[string]string{
	"انها": "NON", "انه": "PER", "انهم": "ANY", "انهما": "ANY", "لانها": "NON", "لانه": "PER", "بانها": "NON", "بانه": "PER", "وانها": "NON", "وانه": "PER", "فانها": "NON", "فانه": "PER",
}

// arRelative lists relative pronouns: the verb after one takes the noun
// before it as its subject.
var arRelative = set("الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي")

// arDocNoun lists nouns for a document an actor issues: an indefinite
// one right before a verb opens a relative clause whose subject is the
// document's issuer (أصدر X بيانا يدين Y، تبنى المجلس قرارا يطالب Y).
var arDraft = set("مشروع", "مسوده", "مقترح")

var arDocNoun = set("قرار", "بيان", "رساله", "مذكره", "تقرير", "اعلان", "تصريح", "خطاب", "مرسوم", "قانون", "وثيقه", "نداء", "اتفاق")

func (c *coder) arSubject(i int, s doc.Sentence, t *trig) actor {
	if t != nil && t.part {
		// a circumstantial participle shares the subject of its sentence's
		// main verb (the speaker of قال ...، متوعدا)
		si := c.an.d.Tokens[i].Sentence
		if c.lastSubj >= 0 && c.lastSubjSent == si {
			m := c.lastSubj
			return actor{m: m, ms: []int{m}, ref: c.ref(m), how: "PARTICIPLE", text: c.mtext(m)}
		}
		if n := len(c.focus); n > 0 {
			m := c.focus[n-1]
			if c.an.d.Tokens[c.an.ments[m].start].Sentence == si && c.an.ments[m].start < i {
				return actor{m: m, ms: []int{m}, ref: c.ref(m), how: "PARTICIPLE", text: c.mtext(m)}
			}
		}
		// "وظهر الكاظمي ... وقال: «...»، داعيا": the sentence's first actor
		// outside a prepositional phrase (the subject of its opening verb)
		for j := s.FirstToken; j < i; j++ {
			if m := c.an.toks[j].ment; m >= 0 && c.an.toks[j].first && c.an.ments[m].typ == "PER" && c.an.toks[j].prep == "" && !c.isPrep(j-1) {
				return actor{m: m, ms: []int{m}, ref: c.ref(m), how: "PARTICIPLE (sentence subject)", text: c.mtext(m)}
			}
		}
		return actor{m: -3}
	}
	if p := i - 1; p > s.FirstToken && c.an.toks[p].ment < 0 && !c.an.toks[p].det && c.an.toks[p].prep == "" && arDocNoun[c.an.toks[p].w.stemKey] {
		draft := c.inSet(wsDraft, p-1)
		// the issuer: the nearest actor before the noun that is not in a
		// prepositional phrase, inside the clause (past an apposition
		// between commas: "وزعت تونس، العضو العربي في المجلس، مشروع قرار")
		for j := p - 1; j >= s.FirstToken && j > p-16; j-- {
			if c.isBreak(j, true) {
				if g := c.arAppositionStart(j, s); g >= 0 && j >= p-3 {
					j = g
					continue
				}
				break
			}
			m := c.an.toks[j].ment
			if m < 0 {
				continue
			}
			st := c.an.ments[m].start
			if c.an.toks[st].prep != "" || c.isPrep(st-1) {
				j = st
				continue
			}
			// walk left over coordinated conjuncts (X وY وZ)
			for st > s.FirstToken && c.an.toks[st].conj == "و" && c.an.toks[st-1].ment >= 0 {
				st = c.an.ments[c.an.toks[st-1].ment].start
			}
			p := c.phrase(c.mentionAt(st), i)
			if p.best < 0 {
				break
			}
			if draft && !c.arDraftTabled(st, s) {
				return actor{m: -3} // "تدرس X تقديم مشروع قرار ينتقد": a draft not yet tabled says what may be
			}
			return actor{m: p.best, ms: p.ms, ref: c.ref(p.best), how: "DOCUMENT-RELATIVE " + c.an.d.Tokens[i-1].Text, text: c.mtext(p.best)}
		}
		if draft {
			return actor{m: -3}
		}
	}
	// SVO: the NP that ends right before the verb (particles allowed)
	j := i - 1
	for n := 0; j >= s.FirstToken && n < 3 && !c.an.toks[j].punct && c.an.toks[j].ment < 0 && c.inSet(wsSkipLeft, j); n++ {
		j--
	}
	if j >= s.FirstToken && !c.an.toks[j].punct {
		if want, ok := arPronSubj[c.an.toks[j].norm]; ok {
			if c.arPronounOfNonActorSpeaker(j, s) {
				return actor{m: -3} // "وأشار البنك إلى أنه منح" (subject.go)
			}
			if m := c.fromFocus(want); m >= 0 {
				return actor{m: m, ref: c.ref(m), how: "PRONOUN " + c.an.d.Tokens[j].Text, text: c.mtext(m)}
			}
			return actor{m: -3}
		}
		if c.an.toks[j].ment < 0 && (j == s.FirstToken || c.an.toks[j-1].punct || c.inWords(arComplementiser, j-1)) {
			// "إن طائراته قصفت": an agent noun with a possessive pronoun
			// opening its clause stands for its possessor
			if m := c.arPossessor(j, s); m >= 0 {
				return actor{m: m, ms: []int{m}, ref: c.ref(m), how: "POSSESSOR " + c.an.d.Tokens[j].Text, text: c.mtext(m)}
			}
		}
		if c.inSet(wsRelative, j) {
			if t != nil && t.verb && t.rd.obj != "" && !arPersonalSuffix(t.rd.obj) {
				// a resumptive object pronoun ("ماليزيا التي زارها"): the
				// antecedent is the object, the subject unknown (precision.go)
				return actor{m: -3}
			}
			// the antecedent right before the relative pronoun
			if p := j - 1; p >= s.FirstToken && c.an.toks[p].ment >= 0 {
				m := c.an.toks[p].ment
				return actor{m: m, ms: []int{m}, ref: c.ref(m), how: "RELATIVE", text: c.mtext(m)}
			}
			return actor{m: -3}
		}
	}
	if j >= s.FirstToken && c.an.toks[j].ment < 0 && !c.an.toks[j].punct && c.an.toks[j].prep == "" && arUnknownAgent[c.an.toks[j].stem] {
		// "برصاص مسلحين أطلقوا النار": the unnamed agents' relative clause
		return actor{m: -4, how: "UNKNOWN AGENT " + c.an.d.Tokens[j].Text}
	}
	if j >= s.FirstToken && c.an.toks[j].ment >= 0 && !c.arNotSVOSubject(i, c.an.ments[c.an.toks[j].ment].start, j, s) {
		m := c.an.toks[j].ment
		st := c.an.ments[m].start
		// walk to the NP's first conjunct / title mention
		for st > s.FirstToken {
			p := st - 1
			if c.an.toks[p].ment >= 0 && c.an.toks[st].conj == "" {
				st = c.an.ments[c.an.toks[p].ment].start
				continue
			}
			if c.an.toks[st].conj == "و" && c.an.toks[p].ment >= 0 {
				st = c.an.ments[c.an.toks[p].ment].start
				continue
			}
			if c.plain(p) && p-1 >= s.FirstToken && c.an.toks[p-1].ment >= 0 {
				st = c.an.ments[c.an.toks[p-1].ment].start
				continue
			}
			break
		}
		first := c.mentionAt(st)
		if first >= 0 && c.an.toks[st].prep == "" && !c.isPrep(st-1) {
			p := c.phrase(first, i)
			return actor{m: p.best, ms: p.ms, ref: c.ref(p.best), how: "SVO", text: c.mtext(p.best)}
		}
		// "الأمين العام للأمم المتحدة أنطونيو غوتيريش اعتبر": the walk
		// reached the title's prepositional phrase; the name before the
		// verb is the subject
		if ms := c.an.ments[m].start; st != ms && c.an.toks[st].prep == "ل" && c.an.toks[ms].prep == "" && c.an.toks[ms].conj == "" && !c.isPrep(ms-1) {
			p := c.phrase(m, i)
			return actor{m: p.best, ms: p.ms, ref: c.ref(p.best), how: "SVO", text: c.mtext(p.best)}
		}
	}
	// "وكان مجلس النواب، ومقره ...، قد منح": the noun after كان (subject.go)
	if t != nil {
		if km, ok := c.arKanaSubject(t, s); ok {
			if km < 0 {
				return actor{m: -3, how: "كان X قد"}
			}
			p := c.phrase(km, i)
			return actor{m: p.best, ms: p.ms, ref: c.ref(p.best), how: "SVO كان X قد", text: c.mtext(p.best)}
		}
	}
	// VSO: the first actor after the verb before any preposition
	end := min(s.EndToken, i+8)
	from := i + 1
	if t != nil && t.end > i && !t.verb {
		from = t.end + 1
	}
	// "قال المتحدث X إن ...، ودعا التحالف الدولي إلى ...": a masculine
	// verb coordinated after a comma continues its sentence's person
	// subject, and a body or country right after it is its object
	if a, ok := c.arCoordinatedSpeaker(i, from, s, t); ok {
		return a
	}
	// "رفض حزب قلب تونس القرارات": a party named after its country is
	// that country's party, not the country
	if a, ok := c.arPartySubject(from, s); ok {
		return a
	}
	// a title heading the subject NP with its genitive organisation:
	// "ناشد الأمين العام للأمم المتحدة أنطونيو غوتيريش ..." → the holder
	// named after it, else the organisation
	if a, ok := c.arTitleSubject(from, s); ok {
		return a
	}
	for j := from; j < end; j++ {
		k := c.an.toks[j]
		if j == from && c.arPronounPP(j) {
			continue // "ودعا إليه وزير الداخلية": the subject follows (subject.go)
		}
		if k.ment < 0 && k.prep != "" && !k.punct && !c.inSet(wsSkipLeft, j) && !c.arPronounPP(j) {
			break // "واتهمها بتدمير لبنان": a PP, and the actor after it its genitive (subject.go)
		}
		if c.isBreak(j, true) || c.isPrep(j) || c.arCueGenitive(t, j) {
			break
		}
		if j == from && c.arNounSubjectAt(j, s) {
			return actor{m: -3, how: "NOUN SUBJECT " + c.an.d.Tokens[j].Text} // precision.go
		}
		if k.ment >= 0 && k.first {
			if k.prep != "" {
				break
			}
			// agreement: a masculine verb does not take a (feminine)
			// country or city as its subject: ودعا بكين إلى → object
			if t != nil && j == from && t.rd.num == 's' && !t.rd.fem && c.an.ments[k.ment].typ == "LOC" && !c.an.toks[j].det {
				break
			}
			if t != nil && j == from && c.arFeminineHeadAfterMasc(t, j) {
				break // "واتهم الحكومة الإسرائيلية": the body is the object (arintent.go)
			}
			// a pair noun is handled below
			p := c.phrase(k.ment, s.EndToken)
			head := ""
			if j > from && c.an.toks[from].det {
				head = c.an.toks[from].stem
			}
			return actor{m: p.best, ms: p.ms, ref: c.ref(p.best), how: "VSO", text: c.mtext(p.best), head: head}
		}
		// only the nominative dual (الطرفان) is a subject: الطرفين after
		// the verb is its object ("وحث الطرفين على")
		if (arPair[k.norm] || arPair[k.stem]) && strings.HasSuffix(k.norm, "ان") {
			return actor{m: -2, how: "PAIR", text: c.an.d.Tokens[j].Text}
		}
		if j == from && k.ment < 0 && (arPartitive[k.norm] || arPartitive[k.stem]) {
			// "واقتحم بعضهم": some of them, the latest subject of the sentence
			if si := c.an.d.Tokens[i].Sentence; c.lastSubj >= 0 && c.lastSubjSent == si {
				m := c.lastSubj
				return actor{m: m, ms: []int{m}, ref: c.ref(m), how: "PARTITIVE " + c.an.d.Tokens[j].Text, text: c.mtext(m)}
			}
			return actor{m: -3}
		}
		if j == from && k.ment < 0 && arUnknownAgent[k.stem] {
			// "هاجم مسلحون مجهولون": an agent the text does not name
			return actor{m: -4, how: "UNKNOWN AGENT " + c.an.d.Tokens[j].Text}
		}
		if j == from && k.ment < 0 {
			// "قصفت طائراته ومدفعيته": an agent noun with a possessive
			// pronoun stands for its possessor
			if m := c.arPossessor(j, s); m >= 0 {
				return actor{m: m, ms: []int{m}, ref: c.ref(m), how: "POSSESSOR " + c.an.d.Tokens[j].Text, text: c.mtext(m)}
			}
		}
	}
	return actor{m: -1}
}

// arTitle lists title nouns (stems, without the article) that head a
// subject NP whose holder or organisation follows in a genitive or ل-phrase.
var arTitle = set("امين", "مستشار", "مستشاره", "مبعوث", "مبعوثه", "ممثل", "ممثله", "متحدث", "متحدثه", "ناطق", "ناطقه", "رييس", "رييسه", "وزير", "وزيره", "سفير", "سفيره", "مندوب", "مندوبه", "مدير", "مديره", "قايد", "زعيم", "نايب", "مفوض", "مفوضه", "منسق", "منسقه", "مقرر", "مقرره", "مدعي", "رييسه")

// arGroup lists group nouns, definite or not, heading a subject NP whose
// organisation follows (ممثلون عن الجيش، وفد من الحكومة، مسؤولون في X).
var arGroup = set("ممثلون", "ممثلو", "ممثلين", "وفد", "وفود", "مسؤولون", "مسؤولو", "قاده", "قادة", "مندوبون", "مندوبو", "وحدات", "عناصر", "افراد", "دوريات")

// arTitleSubject reads a VSO subject that opens with a definite title noun
// (المستشارة الخاصة للأمين العام للأمم المتحدة ستيفاني ويليامز): the first
// person named in the NP (before any comma or clause word), else the first
// organisation or country of its genitive phrases.
func (c *coder) arTitleSubject(from int, s doc.Sentence) (actor, bool) {
	if from >= s.EndToken {
		return actor{}, false
	}
	k := c.an.toks[from]
	// a bare title word the entity stage linked to someone (المستشارة →
	// a person named earlier) yields to the holder named in its own NP
	titleMention := k.ment >= 0 && c.an.ments[k.ment].end == from+1 && k.det && arTitle[k.stem]
	if k.ment >= 0 && !titleMention || k.prep != "" || !(k.det && arTitle[k.stem] || arGroup[k.stem]) {
		return actor{}, false
	}
	org := -1
	for j := from + 1; j < s.EndToken && j < from+14; j++ {
		if c.isBreak(j, true) {
			break
		}
		m := c.mentionAt(j)
		if m < 0 {
			continue
		}
		if c.an.ments[m].typ == "PER" {
			if c.an.toks[j].prep != "" {
				break // للرئيس X: the title's own genitive person, not the holder
			}
			if titleMention && c.an.ments[m].name == c.an.ments[k.ment].name {
				return actor{}, false // the title is the holder's own mention
			}
			p := c.phrase(m, s.EndToken)
			return actor{m: p.best, ms: p.ms, ref: c.ref(p.best), how: "VSO title+holder", text: c.mtext(p.best)}, true
		}
		// the title's organisation stands in its genitive (للأمم المتحدة،
		// الأمين العام الأمم...); another bare actor is the object
		if c.an.toks[j].prep == "ل" || c.isPrep(j-1) && c.an.toks[j-1].norm != "في" || c.an.toks[j-1].norm == "باسم" || c.an.toks[j].prep == "" && j <= from+2 {
			if org < 0 {
				org = m
			}
		} else {
			break
		}
		j = c.an.ments[m].end - 1
	}
	if org >= 0 && !titleMention {
		p := c.phrase(org, s.EndToken)
		return actor{m: p.best, ms: p.ms, ref: c.ref(p.best), how: "VSO title+organisation", text: c.mtext(p.best)}, true
	}
	return actor{}, false
}

// arPossessor resolves the possessive pronoun of an agent noun at token j
// (طائراته، قواتها، جيشه): the latest actor before it in its sentence that
// is not inside a prepositional phrase, else the previous sentence's.
func (c *coder) arPossessor(j int, s doc.Sentence) int {
	k := c.an.toks[j]
	w := strings.TrimPrefix(k.norm, k.conj)
	var base string
	for _, suf := range []string{"هم", "ها", "ه"} {
		if strings.HasSuffix(w, suf) && len([]rune(w)) > len([]rune(suf))+2 {
			base = strings.TrimSuffix(w, suf)
			break
		}
	}
	// a ta marbuta (حكومة) folds to ه: only a written ه is a pronoun
	if base == "" || k.det || !strings.HasSuffix(c.an.d.Tokens[j].Text, "ه") && !strings.HasSuffix(c.an.d.Tokens[j].Text, "ها") && !strings.HasSuffix(c.an.d.Tokens[j].Text, "هم") {
		return -1
	}
	// طائراته → طائرات; قواته → قوات; جيشه → جيش; مدفعيته → مدفعيه
	if !arAgentNoun[base] && !arAgentNoun[base+"ه"] && !arAgentNoun[strings.TrimSuffix(base, "ت")+"ه"] {
		return -1
	}
	// the subject in focus, else the latest actor outside a prepositional
	// phrase
	si := c.an.d.Tokens[j].Sentence
	if m := c.fromFocus("ANY"); m >= 0 && c.sameOrPrevSentence(m, si) && (c.an.ments[m].typ != "PER" || strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "ها")) {
		return m
	}
	lo := s.FirstToken
	if si > 0 {
		lo = c.an.d.Sentences[si-1].FirstToken
	}
	for g := j - 1; g >= lo; g-- {
		m := c.an.toks[g].ment
		if m < 0 || !c.an.toks[g].first {
			continue
		}
		if c.an.toks[g].prep != "" || c.isPrep(g-1) || c.an.ments[m].typ == "PER" && !strings.HasSuffix(c.an.ments[m].actor, "MIL") && !strings.HasSuffix(c.an.ments[m].actor, "GOV") {
			continue
		}
		return m
	}
	return -1
}

// Unknown agents: nouns for attackers the text does not name.
var (
	arUnknownAgent = set("مسلحون", "مسلحين", "مجهولون", "مجهولين", "ملثمون", "مهاجمون", "خاطفون")
	enUnknownAgent = set("gunmen", "assailants", "attackers", "kidnappers", "abductors")
)

// arCoordinatedSpeaker reads "، ودعا X إلى" after a sentence whose subject
// is a person: X (a body or a country) is the object of the same person.
func (c *coder) arCoordinatedSpeaker(i, from int, s doc.Sentence, t *trig) (actor, bool) {
	if t == nil || t.rd.conj != "و" || t.rd.fem || t.rd.num != 's' || i == 0 || !(c.an.toks[i-1].norm == "،" || c.an.toks[i-1].norm == ",") {
		return actor{}, false
	}
	if !hasSlot(t.e, "obj") || len(t.e.Targets) < 2 {
		return actor{}, false
	}
	m := c.mentionAt(from)
	if m < 0 || c.an.ments[m].typ == "PER" || c.an.toks[from].prep != "" {
		return actor{}, false
	}
	si := c.an.d.Tokens[i].Sentence
	sp := -1
	if c.lastSubj >= 0 && c.lastSubjSent == si {
		sp = c.lastSubj
	} else if n := len(c.focus); n > 0 {
		sp = c.focus[n-1]
	}
	if sp < 0 || c.an.ments[sp].typ != "PER" || c.an.ments[sp].start >= i || c.an.d.Tokens[c.an.ments[sp].start].Sentence != si {
		return actor{}, false
	}
	return actor{m: sp, ms: []int{sp}, ref: c.ref(sp), how: "COORDINATED-VERB person subject", text: c.mtext(sp)}, true
}
