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
