package event

import (
	"strings"
	"unicode"

	"github.com/dyad-news/dyad/internal/doc"
)

// np is a noun phrase holding actor mentions.
type np struct {
	best  int   // best mention
	ms    []int // every coordinated conjunct's best mention
	start int   // first token
	end   int   // one past the last token
}

// mentionAt returns the mention whose first token is i, or -1.
func (c *coder) mentionAt(i int) int {
	if i < 0 || i >= len(c.an.toks) {
		return -1
	}
	k := c.an.toks[i]
	if k.ment >= 0 && k.first {
		return k.ment
	}
	return -1
}

// better reports whether mention a is a better head than b: a longer
// actor code (CHNGOV over CHN), else a person, else the later one.
func (c *coder) better(a, b int) bool {
	ma, mb := c.an.ments[a], c.an.ments[b]
	if len(ma.actor) != len(mb.actor) {
		return len(ma.actor) > len(mb.actor)
	}
	if (ma.typ == "PER") != (mb.typ == "PER") {
		return ma.typ == "PER"
	}
	return true
}

// plain reports a word that may stand between a title and a name inside
// one noun phrase.
func (c *coder) plain(i int) bool {
	k := c.an.toks[i]
	if k.punct || k.ment >= 0 || c.isPrep(i) || c.isClauseWord(i) || c.an.toks[i].consumed {
		return false
	}
	if c.ar() {
		return k.conj == "" && k.prep == ""
	}
	r := []rune(c.an.d.Tokens[i].Text)
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// modifies reports whether mention a can open the noun phrase that
// mention b heads: a nationality adjective or a title-like organisation
// before a name (الرئيس الصيني شي، U.S. Defense Secretary Mark Esper),
// never two names in a row (زار بوتين بكين).
func (c *coder) modifies(a, b int) bool {
	ma, mb := c.an.ments[a], c.an.ments[b]
	if ma.typ == "PER" {
		return !c.ar() && ma.end == mb.start && mb.ent < 0 && strings.HasSuffix(mb.actor, "CVL") // "Bolsonaro supporters" (enCrowdHead)
	}
	if mb.typ == "PER" {
		return true
	}
	if ma.typ == "ADJ" || mb.typ == "ADJ" {
		return false // a bare country adjective heads no other actor's NP
	}
	t := c.an.toks[ma.end-1].norm
	if c.ar() {
		// "القوات الروسية أوكرانيا", "الحكومة المصرية إسرائيل": an actor of
		// another country after a nisba adjective is the verb's object,
		// not a name of the same NP (as the agency in "وكالة الأنباء
		// السورية سانا" is)
		if ca, cb := actorCountry(ma.actor), actorCountry(mb.actor); ca != "" && cb != "" && ca != cb {
			return false
		}
		return c.an.toks[ma.start].det && (strings.HasSuffix(t, "ي") || strings.HasSuffix(t, "يه"))
	}
	return false
}

// actorCountry is the country part of a state actor code (RUSMIL → RUS),
// or "" for codes that name no country (IGOs, NGOs, unknown).
func actorCountry(code string) string {
	if len(code) < 3 || strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "IMG") || strings.HasPrefix(code, "MNC") {
		return ""
	}
	return code[:3]
}

// phrase builds the noun phrase that starts with mention m (at its first
// token) and its coordinated conjuncts.
func (c *coder) phrase(m int, limit int) np {
	p := np{best: m, start: c.an.ments[m].start}
	cur := m
	j := c.an.ments[m].end
	for {
		// titles/names of the same NP: mentions with at most 2 plain words between
		for {
			g := j
			if st := c.an.ments[cur].start; c.ar() && j < limit && c.an.ments[cur].typ != "PER" && arTitle[c.an.toks[j].stem] && (c.an.toks[st].prep != "" || st > 0 && c.isPrep(st-1)) {
				break // "في الكرملين وزير الخارجية الإيراني": a title opens a new NP after a prepositional phrase
			}
			for g < limit && g-j < 2 && c.plain(g) {
				g++
			}
			if g < limit {
				if n := c.mentionAt(g); n >= 0 && c.an.toks[g].conj == "" && c.an.toks[g].prep == "" && c.modifies(cur, n) {
					if c.better(n, cur) || c.enCrowdHead(cur, n, g) {
						cur = n
					}
					j = c.an.ments[n].end
					continue
				}
			}
			break
		}
		if n, e := c.arApposition(cur, j, limit); n >= 0 { // subject.go
			if c.better(n, cur) {
				cur = n
			}
			j = e
		}
		p.ms = append(p.ms, cur)
		if len(p.ms) == 1 {
			p.best = cur
		}
		p.end = j
		// coordination
		if j >= limit {
			break
		}
		next := -1
		if c.ar() {
			if c.an.toks[j].conj == "و" && c.mentionAt(j) >= 0 {
				next = j
			} else if c.an.toks[j].norm == "و" && c.mentionAt(j+1) >= 0 {
				next = j + 1
			} else if k := c.an.toks[j]; k.conj == "و" && k.ment < 0 && arOrgHead[k.stem] && j+1 < limit && c.mentionAt(j+1) >= 0 {
				next = j + 1 // "الاتحاد الأفريقي ومنظمة إيغاد"
			}
		} else {
			w := c.an.toks[j].norm
			if (w == "and" || w == "&") && c.mentionAt(j+1) >= 0 {
				next = j + 1
			} else if (w == "and" || w == "&") && j+2 < limit && c.an.toks[j+1].norm == "the" && c.mentionAt(j+2) >= 0 {
				next = j + 2
			} else if w == "," && c.mentionAt(j+1) >= 0 {
				// X, Y and Z; "US, Australian hostages"
				e := c.an.ments[c.mentionAt(j+1)].end
				if e < limit && (c.an.toks[e].norm == "and" || c.an.toks[e].norm == ",") {
					next = j + 1
				} else if e < limit && !c.an.toks[e].punct && !c.isSay(e) && c.lex.enForms[c.an.toks[e].norm] == nil && !isUpperWord(c.an.d.Tokens[e].Text) {
					next = j + 1
				}
			}
		}
		if next < 0 {
			break
		}
		cur = c.mentionAt(next)
		j = c.an.ments[cur].end
	}
	return p
}

// ref makes the ActorRef of a mention.
func (c *coder) ref(m int) *doc.ActorRef {
	mm := c.an.ments[m]
	return &doc.ActorRef{Name: mm.name, Actor: mm.actor, Entity: mm.ent}
}

// mtext returns the text of mention m (decoded once per document).
func (c *coder) mtext(m int) string {
	mm := &c.an.ments[m]
	if !mm.hasText {
		t := c.an.d.Tokens
		mm.text, mm.hasText = c.an.text(t[mm.start].Start, t[mm.end-1].End), true
	}
	return mm.text
}

func (c *coder) pushFocus(m int) {
	c.focus = append(c.focus, m)
	if len(c.focus) > 16 {
		c.focus = c.focus[1:]
	}
}

// fromFocus returns the most recent subject fitting the wanted type
// ("PER", "NON" not a person, "" any).
func (c *coder) fromFocus(want string) int {
	for k := len(c.focus) - 1; k >= 0 && k >= len(c.focus)-6; k-- {
		m := c.focus[k]
		t := c.an.ments[m].typ
		if want == "" || want == "ANY" || want == "PER" && t == "PER" || want == "NON" && t != "PER" {
			return m
		}
	}
	return -1
}

// clauseStart finds where the clause of token i begins (scanning left).
func (c *coder) clauseStart(i int, s doc.Sentence, comma bool) int {
	for j := i - 1; j >= s.FirstToken; j-- {
		if c.isBreak(j, comma) || c.isSay(j) {
			return j + 1
		}
	}
	return s.FirstToken
}

// quoteSpeaker returns the speaker of a direct quote holding token i.
func (c *coder) quoteSpeaker(i int) *doc.ActorRef {
	if q := c.quoteAt(i); q != nil {
		r := *q.Speaker
		return &r
	}
	return nil
}

// quoteAt returns the quote with a speaker that holds token i, or nil.
func (c *coder) quoteAt(i int) *doc.Quote {
	pos := c.an.d.Tokens[i].Start
	for qi := range c.an.d.Quotes {
		q := &c.an.d.Quotes[qi]
		if q.Speaker != nil && q.Speaker.Actor != "" && pos >= q.Start && pos < q.End {
			return q
		}
	}
	return nil
}

// subject finds the subject of the verb at token i. For Arabic, an actor
// right before the verb in its clause (SVO) wins over one right after it
// (VSO); for English, the nearest actor to the left that is not inside a
// prepositional phrase. t may be nil (speech verbs).
func (c *coder) subject(i int, s doc.Sentence, t *trig) actor {
	if c.ar() {
		return c.arSubject(i, s, t)
	}
	return c.enSubject(i, s, t)
}

func isDash(s string) bool { return s == "-" || s == "–" || s == "—" }

var enSubordinator = set("after", "before", "since", "until", "as", "when", "while", "once", "because", "though", "although")

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

func (c *coder) enSubject(i int, s doc.Sentence, t *trig) actor {
	if t != nil && t.passive {
		// agent after "by"
		for j := t.end + 1; j < s.EndToken && j < t.end+12; j++ {
			if c.isBreak(j, true) {
				break
			}
			if c.an.toks[j].norm == "by" {
				for g := j + 1; g < s.EndToken && g < j+6; g++ {
					if m := c.mentionAt(g); m >= 0 {
						p := c.phrase(m, s.EndToken)
						return actor{m: p.best, ms: p.ms, ref: c.ref(p.best), how: "PASSIVE-BY", text: c.mtext(p.best)}
					}
					if c.isPrep(g) || c.isBreak(g, true) {
						break
					}
				}
				// an agent that names no actor ("by gunmen"): open source
				if g := j + 1; g < s.EndToken && !c.an.toks[g].punct && !strings.HasSuffix(c.an.toks[g].norm, "ing") {
					return actor{m: -4, how: "PASSIVE-BY-UNKNOWN"}
				}
				break
			}
		}
		return actor{m: -1}
	}
	lim := s.FirstToken
	// a participle clause after a comma (", killing 200 people") shares
	// the subject of the sentence's previous verb
	// ("..., while imposing", "by imposing") too
	if strings.HasSuffix(c.an.toks[i].norm, "ing") && i-1 >= lim && (c.an.toks[i-1].norm == "," || c.an.toks[i-1].norm == "while" || c.an.toks[i-1].norm == "by" && i-2 >= lim && !c.an.toks[i-2].punct && c.lex.enForms[c.an.toks[i-2].norm] != nil) {
		if c.lastSubj >= 0 && c.lastSubjSent == c.an.d.Tokens[i].Sentence {
			m := c.lastSubj
			return actor{m: m, ms: []int{m}, ref: c.ref(m), how: "PARTICIPLE", text: c.mtext(m)}
		}
		return actor{m: -3}
	}
	// a coordinated verb phrase ("... and has rejected X") takes the
	// subject of the sentence's previous verb, never the object before it
	if c.enCoordinatedVP(i, s) {
		if c.lastSubj >= 0 && c.lastSubjSent == c.an.d.Tokens[i].Sentence {
			m := c.lastSubj
			return actor{m: m, ms: []int{m}, ref: c.ref(m), how: "COORDINATED-VP", text: c.mtext(m)}
		}
		// "X said ... and called for ...": the speaker of the sentence's
		// speech verb
		if n := len(c.focus); n > 0 {
			m := c.focus[n-1]
			if c.an.d.Tokens[c.an.ments[m].start].Sentence == c.an.d.Tokens[i].Sentence && c.an.ments[m].start < i {
				return actor{m: m, ms: []int{m}, ref: c.ref(m), how: "COORDINATED-VP speaker", text: c.mtext(m)}
			}
		}
		// "Vietnam is one of ... and has accused Beijing": the actor that
		// opens the sentence
		first := s.FirstToken
		// a fronted adverbial ("In return, Sudan will ...")
		for j := s.FirstToken; j < s.FirstToken+6 && j < i; j++ {
			if c.an.toks[j].norm == "," {
				first = j + 1
				break
			}
		}
		for j := first; j < first+3 && j < i; j++ {
			if m := c.mentionAt(j); m >= 0 {
				p := c.phrase(m, i)
				return actor{m: p.best, ms: p.ms, ref: c.ref(p.best), how: "COORDINATED-VP sentence subject", text: c.mtext(p.best)}
			}
			if !enDet[c.an.toks[j].norm] {
				break
			}
		}
		return actor{m: -3}
	}
	for j := i - 1; j >= lim && j > i-25; j-- {
		k := c.an.toks[j]
		if k.quote && j >= i-2 {
			continue // scare quotes around the verb: was “appalled”
		}
		if isDash(k.norm) {
			// "X - which ... - called": jump over the parenthetical
			for g := j - 1; g >= lim; g-- {
				if isDash(c.an.toks[g].norm) {
					if c.mentionAt(g+1) < 0 {
						j = g // "- which ... -": skipped
					}
					break // "- Egypt and Jordan -": an apposition, read on
				}
			}
			continue
		}
		if k.punct && c.isBreak(j, false) {
			break
		}
		// "France, which has a large Armenian diaspora, called": the
		// relative clause that closes right before the verb is skipped
		// whole, so no actor inside it is the subject
		if k.norm == "," && (j == i-1 || j == i-2 && (c.an.toks[i-1].norm == "also" || strings.HasSuffix(c.an.toks[i-1].norm, "ly"))) {
			if g := c.enRelativeOpen(j, lim); g >= 0 {
				j = g - 1 // the loop steps to the antecedent
				continue
			}
		}
		// ", and the union, ..., called": a new clause whose subject
		// noun phrase names no actor
		if k.norm == "and" && j-1 >= lim && c.an.toks[j-1].norm == "," && c.enNounPhraseBetween(j+1, i) {
			return actor{m: -3}
		}
		// the verb's own non-restrictive relative clause: "the bill, which
		// requires ...": its subject is the antecedent, no actor when that
		// is a thing
		if (k.norm == "which" || k.norm == "who") && j-2 >= lim && c.an.toks[j-1].norm == "," && c.enOnlyAux(j+1, i) && !c.unknownPerson(c.an.toks[j-2].ment) {
			// (an antecedent with no actor of its own, a name the entity
			// stage split, is read as before: the scan goes on left)
			if m := c.an.toks[j-2].ment; m >= 0 && c.an.ments[m].end == j-1 {
				// the antecedent's whole noun phrase ("U.S. Assistant
				// Secretary of State James O'Brien, who held talks")
				st := c.an.ments[m].start
				for st > lim && (c.an.toks[st-1].ment >= 0 || c.plain(st-1)) {
					st--
				}
				if n := c.mentionAt(st); n >= 0 {
					p := c.phrase(n, j-1)
					return actor{m: p.best, ms: p.ms, ref: c.ref(p.best), how: "RELATIVE", text: c.mtext(p.best)}
				}
				return actor{m: m, ms: []int{m}, ref: c.ref(m), how: "RELATIVE", text: c.mtext(m)}
			}
			return actor{m: -3}
		}
		// a relative clause between subject and verb: "X, which ..., did"
		if (k.norm == "which" || k.norm == "who") && j-1 >= lim && (c.an.toks[j-1].norm == "," || c.an.toks[j-1].norm == "-" || c.an.toks[j-1].norm == "–") {
			j--
			continue
		}
		// a restrictive relative clause: "protesters who stormed", "the
		// troops who shelled": the antecedent right before who/which
		if (k.norm == "which" || k.norm == "who") && j == i-1 && j-1 >= lim && c.an.toks[j-1].ment >= 0 {
			m := c.an.toks[j-1].ment
			if c.an.ments[m].end == j && c.an.ments[m].typ != "LOC" {
				return actor{m: m, ms: []int{m}, ref: c.ref(m), how: "RELATIVE", text: c.mtext(m)}
			}
		}
		if !k.punct && k.ment < 0 && (c.isClauseWord(j) && k.norm != "after" && k.norm != "before" && k.norm != "since" || c.isSay(j) && j != i || enClaim[k.norm]) {
			break
		}
		// "gunmen attacked", "unidentified assailants abducted": an agent
		// the text does not name (an open source)
		if j >= i-2 && k.ment < 0 && enUnknownAgent[k.norm] {
			return actor{m: -4, how: "UNKNOWN AGENT " + k.norm}
		}
		// "said its jets struck": an agent noun with a possessive pronoun
		// right before the verb stands for its possessor
		if j == i-1 && j-1 >= lim && enAgentNoun[k.norm] && k.ment < 0 {
			if kind, ok := enPossessive[c.an.toks[j-1].norm]; ok {
				if m := c.fromFocus(kind); m >= 0 && c.sameOrPrevSentence(m, c.an.d.Tokens[i].Sentence) {
					return actor{m: m, ms: []int{m}, ref: c.ref(m), how: "POSSESSOR " + c.an.toks[j-1].norm + " " + k.norm, text: c.mtext(m)}
				}
			}
		}
		if !k.punct && k.ment < 0 {
			if kind, ok := enPron[k.norm]; ok && (k.norm != "her" && k.norm != "his" && k.norm != "its" && k.norm != "their" && k.norm != "our" && k.norm != "my" && k.norm != "us" && k.norm != "me" && k.norm != "them" && k.norm != "him") {
				if kind == "SPK" {
					if r := c.quoteSpeaker(j); r != nil {
						return actor{m: -1, ref: r, how: "PRON-SPEAKER", text: k.norm}
					}
					return actor{m: -1}
				}
				if m := c.fromFocus(kind); m >= 0 {
					return actor{m: m, ref: c.ref(m), how: "PRON(" + k.norm + ")", text: c.mtext(m)}
				}
				if kind == "PER" {
					if m := c.recentPerson(j, -1); m >= 0 {
						return actor{m: m, ref: c.ref(m), how: "PRON(" + k.norm + ") latest person", text: c.mtext(m)}
					}
				}
				return actor{m: -1}
			}
			if j > lim && (k.norm == "sides" || k.norm == "countries" || k.norm == "leaders") && (c.an.toks[j-1].norm == "two" || c.an.toks[j-1].norm == "both") {
				return actor{m: -2, how: "PAIR", text: "the two " + k.norm}
			}
		}
		if k.ment >= 0 {
			m := k.ment
			st := c.an.ments[m].start
			// extend left over a title NP and coordination
			for st > lim && (c.an.toks[st-1].ment >= 0 || c.plain(st-1)) {
				st--
			}
			for {
				if st > lim+1 && (c.an.toks[st-1].norm == "and" || c.an.toks[st-1].norm == ",") && c.an.toks[st-2].ment >= 0 {
					st = c.an.ments[c.an.toks[st-2].ment].start
					continue
				}
				if st > lim+2 && c.an.toks[st-1].norm == "the" && c.an.toks[st-2].norm == "and" && c.an.toks[st-3].ment >= 0 {
					st = c.an.ments[c.an.toks[st-3].ment].start
					continue
				}
				break
			}
			// inside a prepositional phrase, or a possessive: not the subject
			pj := st - 1
			for adj := 0; pj >= lim; pj-- {
				w := c.an.toks[pj].norm
				if enDet[w] && w != "that" || strings.HasSuffix(w, "ly") {
					continue
				}
				// up to two lower-case modifiers: "in neighboring South Sudan"
				if adj < 2 && !c.an.toks[pj].punct && !isUpperWord(c.an.d.Tokens[pj].Text) && !c.isPrep(pj) && !c.isClauseWord(pj) && !enAux[w] && !enHave[w] && c.lex.enForms[w] == nil && !enSay[w] {
					adj++
					continue
				}
				break
			}
			// an NP right before the verb is its subject even after a
			// preposition-like word (after the Taliban swapped; the head
			// of Russia said)
			adjacent := true
			for g := c.an.ments[m].end; g < i; g++ {
				w := c.an.toks[g].norm
				if !(enAux[w] || enHave[w] || strings.HasSuffix(w, "ly") || w == "also" || w == "will" || w == "would" || w == "could" || w == "had" || w == "then" || w == "not" || w == "never" || w == "still" || w == "however" || w == "reportedly") {
					adjacent = false
					break
				}
			}
			if adjacent && pj >= lim && c.isPrep(pj) && !enSubordinator[c.an.toks[pj].norm] && c.an.toks[pj].norm != "of" && c.an.toks[pj].norm != "for" {
				adjacent = false
			}
			if adjacent && pj-1 >= lim && c.an.toks[pj].norm == "of" && c.an.toks[pj-1].ment >= 0 {
				adjacent = false // "supporters of the president rallied": the genitive of an actor
			}
			// ", including A and B, called": the list right before the verb
			listSubj := c.an.ments[m].end == i || c.an.ments[m].end+1 == i && c.an.toks[i-1].norm == ","
			// "thousands of protesters rallied": a quantity heads no phrase
			quantity := pj-1 >= lim && c.an.toks[pj].norm == "of" && c.inWords(enQuantity, pj-1)
			inPP := !adjacent && pj >= lim && c.isPrep(pj) && !(listSubj && c.enListApposition(pj, lim)) && !quantity
			poss := c.an.ments[m].end < len(c.an.toks) && (c.an.toks[c.an.ments[m].end].norm == "’" || c.an.toks[c.an.ments[m].end].norm == "'") && c.an.ments[m].end+1 < i && c.an.toks[c.an.ments[m].end+1].norm == "s"
			if poss {
				// "the Jewish state's premier cheered": a possessor right
				// before its head noun and the verb stands for the subject
				gap := 0
				for g := c.an.ments[m].end + 2; g < i; g++ {
					if c.isPrep(g) || c.an.toks[g].punct && c.an.toks[g].norm != "-" {
						gap = 99
						break
					}
					gap++
				}
				if gap <= 3 && !inPP {
					return actor{m: m, ms: []int{m}, ref: c.ref(m), how: "POSSESSOR", text: c.mtext(m)}
				}
			}
			if inPP || poss {
				j = st
				continue
			}
			first := c.mentionAt(st)
			if first < 0 {
				first = m
			}
			p := c.phrase(first, i)
			return actor{m: p.best, ms: p.ms, ref: c.ref(p.best), how: "SV", text: c.mtext(p.best)}
		}
	}
	return actor{m: -1}
}

// quoteAddressee returns the actor a direct quote holding token i is
// told to ("…,” Boluarte told Congress): the mention right after its cue
// verb "told", or -1.
func (c *coder) quoteAddressee(i int) int {
	q := c.quoteAt(i)
	if q == nil || q.Cue == nil {
		return -1
	}
	for j := range c.an.toks {
		t := c.an.d.Tokens[j]
		if t.Start < q.Cue.Start || t.Start >= q.Cue.End {
			continue
		}
		if n := c.an.toks[j].norm; n == "told" || n == "tells" {
			if j+1 < len(c.an.toks) {
				return c.an.toks[j+1].ment
			}
		}
	}
	return -1
}

// recentPerson returns the latest person mentioned before token i in its
// sentence or the one before, other than the mention not (and its
// namesakes): the antecedent of he/him when no person has been a subject
// ("Congress removed him", "Castillo announced that he was ..."). -1 when
// none.
func (c *coder) recentPerson(i, not int) int {
	si := c.an.d.Tokens[i].Sentence
	for j := i - 1; j >= 0; j-- {
		if c.an.d.Tokens[j].Sentence < si-1 {
			break
		}
		m := c.an.toks[j].ment
		if m < 0 || c.an.ments[m].typ != "PER" || not >= 0 && c.an.ments[m].name == c.an.ments[not].name {
			continue
		}
		return m
	}
	return -1
}

// enQuantity lists the quantity words whose of-phrase is the real head
// of a subject ("thousands of protesters", "some of the rebels").
var enQuantity = set("thousands", "hundreds", "dozens", "scores", "millions", "tens", "some", "many", "several", "most", "all")

// enListIntro lists the words that open an appositive list of members
// (", including A, B and C", ", among them A and B", ", such as A").
var enListIntro = set("including", "among", "notably", "such")

// enListApposition reports a list opener at j right after a comma
// ("nine governments, including Argentina and Peru, called"): the list
// names the members of the noun phrase before it, which are the actors.
func (c *coder) enListApposition(j, lim int) bool {
	w := c.an.toks[j].norm
	if w == "them" || w == "as" {
		j-- // ", among them", ", such as"
	}
	return j-1 >= lim && c.inWords(enListIntro, j) && c.an.toks[j-1].norm == ","
}

// enListAfterComma returns the number of list-opener words right after
// the comma at j (", including" 1, ", among them" 2, ", such as" 2) when
// an actor follows them, else 0.
func (c *coder) enListAfterComma(j, end int) int {
	n := 0
	for g := j + 1; g < end && g <= j+2; g++ {
		if c.mentionAt(g) >= 0 {
			break
		}
		n++
		if g+1 < end && c.mentionAt(g+1) >= 0 && c.enListApposition(g, j) {
			return n
		}
	}
	return 0
}

// enNounPhraseBetween reports a determiner (a noun phrase) among the
// tokens [from, to).
func (c *coder) enNounPhraseBetween(from, to int) bool {
	for g := from; g < to; g++ {
		if w := c.an.toks[g].norm; enDet[w] && w != "that" {
			return true
		}
	}
	return false
}

// target finds the target of trigger t after its subject, in the slots
// the entry names. The second result lists coordinated targets.
func (c *coder) target(t *trig, s doc.Sentence, subj actor) ([]int, string) {
	start := t.i + 1
	end := min(s.EndToken, t.end+17)
	type slot struct {
		m     int
		prep  string
		group int
	}
	var slots []slot
	lastPrep := ""
	targetNounAt := -1 // a military target noun (مواقع، positions) of material conflict
	voice := false     // after "على لسان": the speaker the subject speaks through
	for j := start; j < end; j++ {
		k := c.an.toks[j]
		if c.ar() && k.norm == "لسان" && j > start && c.an.toks[j-1].norm == "علي" {
			voice = true
		}
		if subj.span > j {
			continue // inside a subject NP read as a whole (حزب قلب تونس)
		}
		if voice && k.ment >= 0 && k.first && !c.isBreak(j, true) {
			j = c.phrase(k.ment, end).end - 1
			continue
		}
		if c.ar() && k.ment < 0 && len(slots) == 0 && c.inWords(arNeighbour, j) {
			// "اتهمت الجزائر جارتها": its neighbour, the latest other
			// country named before
			if m := c.arNeighbourOf(t.i, subj); m >= 0 {
				slots = append(slots, slot{m, lastPrep, j})
			}
			continue
		}
		if k.ment < 0 && t.e.Code >= "15" && len(slots) == 0 && (targetNouns[k.norm] || targetNouns[k.stem] || c.ar() && targetNouns[k.w.stemKey]) {
			targetNounAt = j
		}
		if c.an.toks[j].consumed && !c.isPrep(j) && j <= t.end {
			// a cue noun is the predicate's own object: a prepositional
			// phrase before it has ended (نفت في بيان اتهامات الجيش)
			lastPrep = ""
			continue
		}
		if c.isClauseWord(j) && hasSlot(t.e, k.norm) {
			lastPrep = k.norm
			continue
		}
		if k.quote && j < t.end && !c.ar() {
			if q := c.enScareQuoteEnd(j, t.end); q > j {
				j = q // a quoted adverbial inside the pattern: respond “firmly” to
				continue
			}
		}
		if !c.ar() && k.norm == "," {
			// "from seven countries, among them A, B and C": the list
			// names the members of the slot's noun phrase
			if n := c.enListAfterComma(j, end); n > 0 {
				j += n
				continue
			}
		}
		if c.isBreak(j, true) || (j > start && c.isSay(j)) {
			break
		}
		if k.ment < 0 && c.isPrep(j) {
			lastPrep = k.stem
			if c.ar() && !arPreps[lastPrep] {
				lastPrep = string([]rune(k.norm)[1:])
			}
			continue
		}
		if c.ar() && k.ment < 0 && lastPrep != "" && c.inDate(j) {
			// a time expression ends a prepositional phrase: "دعا في خطاب
			// العرش نهاية جويلية الرئيس الجزائري" (the president is the object)
			lastPrep = ""
			continue
		}
		if c.ar() && k.ment < 0 && k.prep != "" && !k.punct {
			// a title with a clitic preposition before a name: للرئيس شي
			lastPrep = k.prep
			continue
		}
		if k.ment >= 0 && k.first && !c.ar() && j > start && c.an.toks[j-1].norm == "what" {
			// "struck what New Delhi called a camp": the subject of a
			// free relative clause, not the object
			j = c.an.ments[k.ment].end - 1
			continue
		}
		if k.ment >= 0 && k.first && subj.m >= 0 && c.an.ments[subj.m].start > t.i && j < c.an.ments[subj.m].start && c.an.toks[j].prep == "" && !c.isPrep(j-1) && strings.HasPrefix(subj.how, "VSO title") {
			continue // inside the VSO subject's title NP (a title the entity stage linked)
		}
		if k.ment >= 0 && k.first {
			p := c.phrase(k.ment, end)
			pr := lastPrep
			if c.ar() && k.prep != "" {
				pr = k.prep
			}
			if targetNounAt >= 0 && (j-targetNounAt <= 2 || j-targetNounAt == 3 && c.an.toks[j-1].norm == "the") && (pr == "" || pr == "ل" || pr == "of") {
				pr = "" // "مواقع لقوات X", "positions of X": X is the object
			}
			for _, m := range p.ms {
				if c.isSubject(m, subj) {
					continue // a coordinated subject is not its own target
				}
				slots = append(slots, slot{m, pr, j})
			}
			j = p.end - 1
			lastPrep = ""
			continue
		}
		if !c.ar() && k.ment < 0 && lastPrep == "" && len(slots) == 0 {
			switch k.norm {
			case "him", "her", "them":
				want := "PER"
				if k.norm == "them" {
					want = "ANY"
					if c.hasPair && subj.m >= 0 {
						// "urged them": the pair in focus
						for _, m := range c.pair {
							if c.an.ments[m].actor != c.an.ments[subj.m].actor {
								slots = append(slots, slot{m, "", j})
							}
						}
						if len(slots) > 0 {
							continue
						}
					}
				}
				if m := c.recentPerson(j, subj.m); want == "PER" && m >= 0 && c.an.d.Tokens[c.an.ments[m].start].Sentence == c.an.d.Tokens[j].Sentence {
					// "had called Aliyev on Tuesday and urged him": a person
					// named before in the sentence, other than the subject
					slots = append(slots, slot{m, "", j})
				} else if m := c.fromFocus(want); m >= 0 && (subj.m < 0 || c.an.ments[m].name != c.an.ments[subj.m].name) {
					slots = append(slots, slot{m, "", j})
				} else if want == "PER" && !c.ar() {
					if m := c.recentPerson(j, subj.m); m >= 0 {
						slots = append(slots, slot{m, "", j})
					}
				}
			}
		}
		if !c.ar() && (k.norm == "and" || k.norm == "or") {
			// a coordinated verb phrase starts a new clause part
			if j+1 < end && c.lex.enForms[c.an.toks[j+1].norm] != nil && !c.enNounCompound(j+1) {
				break
			}
		}
	}
	want := t.e.Targets
	if len(want) == 0 {
		want = []string{"obj", "*"}
	}
	if r := t.e.Code[:2]; (r == "11" || r == "12") && !c.enPlainObject(t) {
		// disapproval of a thing names its owner anywhere in the clause:
		// "condemned the move announced by Pompeo" (not when the object is
		// a plain noun: "criticized the council for ... held by Hamas")
		want = append(append([]string{}, want...), "*")
	}
	for _, w := range want {
		var got []int
		group := -1
		for _, sl := range slots {
			ok := false
			switch w {
			case "*":
				// any slot but a place phrase: "the majority in the House
				// blocked the package" names no owner of the package
				ok = sl.prep != "في" && sl.prep != "in"
			case "obj":
				ok = sl.prep == ""
			default:
				ok = sl.prep == w
			}
			if ok {
				if len(got) > 0 && sl.group != group {
					break
				}
				group = sl.group
				got = append(got, sl.m)
			}
		}
		if len(got) > 0 {
			return got, w
		}
	}
	return nil, ""
}

// isSubject reports a mention that names the subject or one of its
// coordinated conjuncts ("أدانت السعودية والأردن ومصر الهجوم": Jordan is
// a subject beside Saudi Arabia, not its target).
func (c *coder) isSubject(m int, subj actor) bool {
	same := func(s int) bool {
		return s >= 0 && c.an.ments[m].actor == c.an.ments[s].actor && c.an.ments[m].name == c.an.ments[s].name
	}
	if same(subj.m) {
		return true
	}
	for _, s := range subj.ms {
		if same(s) {
			return true
		}
	}
	return false
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

// enPossessive maps English possessive pronouns to the focus type they
// refer to.
var enPossessive = map[string]string{"its": "NON", "their": "ANY", "his": "PER", "her": "PER"}

// enAgentNoun lists English nouns for forces and weapons that act for
// their possessor ("its jets struck", "their forces shelled").
var enAgentNoun = set("jets", "warplanes", "aircraft", "planes", "drones", "forces", "troops", "soldiers", "army", "navy", "military", "police", "artillery", "fighters", "missiles", "ships", "warships")

// targetNouns are the objects of material conflict that name their owner
// after them: "مواقع لقوات X", "مقرات X", "X positions", "bases of X".
var targetNouns = set("مواقع", "موقع", "مقرات", "مقر", "اهداف", "معاقل", "تمركزات", "مخازن", "قواعد", "ثكنات", "مراكز",
	"positions", "position", "bases", "base", "targets", "strongholds", "camps", "outposts", "facilities", "posts", "depots")

// enPlainObject reports an English direct object right after trigger t
// that is a common noun naming no event or decision ("the council", "the
// hostages"): its clause's later actors are not the target.
func (c *coder) enPlainObject(t *trig) bool {
	if c.ar() {
		return false
	}
	for j := t.end + 1; j < len(c.an.toks) && j < t.end+5; j++ {
		k := c.an.toks[j]
		if k.punct || k.ment >= 0 || c.isPrep(j) || c.isClauseWord(j) {
			return false
		}
		if enDet[k.norm] || strings.HasSuffix(k.norm, "ly") {
			continue
		}
		w := k.norm
		if eventNouns[w] != "" || enDecision[w] || enEventish(w) {
			return false
		}
		// the head: the word before a preposition, a clause word, a
		// participle or a verb form
		if n := j + 1; n < len(c.an.toks) && !c.an.toks[n].punct && c.an.toks[n].ment < 0 && !c.isPrep(n) && !c.isClauseWord(n) && c.lex.enForms[c.an.toks[n].norm] == nil && !strings.HasSuffix(c.an.toks[n].norm, "ed") {
			continue // a modifier: read on to the head
		}
		return true
	}
	return false
}

// enEventish reports an English noun for an act or a text (nominalisation
// suffixes and a few common heads).
func enEventish(w string) bool {
	w = strings.TrimSuffix(w, "s")
	for _, suf := range []string{"tion", "sion", "ment", "ing", "ure", "al", "ance", "ence"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	switch w {
	case "plan", "plans", "policy", "policies", "law", "laws", "vote", "bill", "remarks", "comments", "statement", "stance", "position", "role", "conduct", "behaviour", "behavior", "response", "war", "crackdown", "treatment", "killing", "killings", "abuse", "abuses", "violence", "resolution", "deal", "visit", "actions", "shift", "change":
		return true
	}
	return false
}

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

// enRelativeOpen returns the "which"/"who" that opens a relative clause
// set off by commas (", which …,") closing at the comma at j, or the
// first word of an apposition set off by commas after an actor (", angry
// at …,"), when it stands within 20 words before it with no break
// between; else -1.
func (c *coder) enRelativeOpen(j, lim int) int {
	for g := j - 1; g > lim && g > j-20; g-- {
		k := &c.an.toks[g]
		if k.norm == "which" || k.norm == "who" || k.norm == "whose" {
			if c.an.toks[g-1].norm == "," {
				return g
			}
			return -1
		}
		if k.norm == "," && c.an.toks[g+1].ment >= 0 {
			return -1 // a list of actors ("including Argentina, Peru and Uruguay,")
		}
		if k.norm == "," && c.an.toks[g-1].ment >= 0 && g < j-2 && !enListIntro[c.an.toks[g+1].norm] && !isUpperWord(c.an.d.Tokens[g+1].Text) {
			// "Demonstrators, angry at the inaction, targeted": an
			// apposition after an actor (returned as if opened at g+1)
			return g + 1
		}
		if k.punct && (k.norm == "," || c.isBreak(g, false)) {
			return -1
		}
	}
	return -1
}

// enCrowdHead reports an English crowd noun (an implicit CVL actor:
// supporters, protesters, loyalists) right after a person's name, which
// is then only its modifier: "Bolsonaro supporters stormed" are citizens,
// not Bolsonaro.
func (c *coder) enCrowdHead(cur, n, g int) bool {
	if c.ar() {
		return false
	}
	a, b := c.an.ments[cur], c.an.ments[n]
	return a.typ == "PER" && a.end == g && b.ent < 0 && strings.HasSuffix(b.actor, "CVL")
}

// enOnlyAux reports tokens [from, to) that are all auxiliaries, modals,
// negation or adverbs ("has long", "had", "will not"): the verb at to is
// the first verb after from.
func (c *coder) enOnlyAux(from, to int) bool {
	for g := from; g < to; g++ {
		w := c.an.toks[g].norm
		if !(enAux[w] || enHave[w] || w == "not" || w == "also" || w == "never" || w == "will" || w == "would" || w == "could" || w == "can" || w == "may" || strings.HasSuffix(w, "ly")) {
			return false
		}
	}
	return true
}

// unknownPerson reports a person mention m whose entity the lexicon does
// not know (no actor, no country of its own: its code is the home
// country's guess).
func (c *coder) unknownPerson(m int) bool {
	if m < 0 || c.an.ments[m].typ != "PER" {
		return false
	}
	e := c.an.ments[m].ent
	return e < 0 || e < len(c.an.d.Entities) && c.an.d.Entities[e].Actor == "" && c.an.d.Entities[e].Country == ""
}
