package event

import (
	"strings"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/doc"
)

// coder codes one document.
type coder struct {
	an   *docAn
	lex  *Lexicon
	opts Options

	focus []int // mentions that were subjects, most recent last
	// lastSubj is the subject of the latest verb, in sentence lastSubjSent
	lastSubj, lastSubjSent int
	// mainSubj is the latest subject of a main clause (a verb outside a
	// reported-speech complement), in sentence mainSubjSent: an Arabic
	// dropped subject continues it
	mainSubj, mainSubjSent int
	// home is the article's home country (see homeCountry), or "";
	// homeStrong: it dominates the article
	home       string
	homeStrong bool
	// decisionOwner is the actor whose decision/move was last named (English)
	decisionOwner int
	// leadEvents holds the sources of the first coded event of each
	// class ("attack", "sanction") in the document: reactions to "the
	// strikes", "the measures" address the story's lead event
	leadEvents map[string][]*doc.ActorRef
	leadTok    map[string]int
	pair       [2]int // the pair in focus ("the two sides")
	hasPair    bool
	pairCoord  bool // the pair is the coordinated subject of the latest event
	// sides is the latest pair of a source and its target (the two sides
	// of a conflict or a talk), kept when a coordinated subject takes pair
	sides    [2]int
	hasSides bool
	out      []candidate
	// sports marks the tokens of the sports register (register.go)
	sports []bool
	// sentText holds the text of sentences that gave an event, by their
	// code point range
	sentText map[[2]int]string
}

// trig is a matched predicate.
type trig struct {
	i       int
	e       *Entry
	rd      verbReading
	verb    bool
	cues    []int
	passive bool
	end     int  // last token of the pattern
	subjEnd int  // one past the subject's last token when it stands before the verb, else -1
	vsoEnd  int  // Arabic: one past the subject NP when it stands after the verb, else 0
	part    bool // an Arabic circumstantial participle (حال): متوعدا، داعيا
}

// actor is a resolved argument.
type actor struct {
	head string // Arabic VSO: the common noun heading the subject NP, if any
	ms   []int  // coordinated mentions
	m    int    // mention index, or -1
	ref  *doc.ActorRef
	how  string // rule that found it
	text string
	span int // one past the subject NP when only ref is set (a party named after a country), else 0
}

func (c *coder) run() []candidate {
	c.leadEvents = map[string][]*doc.ActorRef{}
	c.leadTok = map[string]int{}
	c.lastSubj, c.lastSubjSent = -1, -1
	c.mainSubj, c.mainSubjSent = -1, -1
	c.decisionOwner = -1
	c.institutionNames() // institution.go
	c.addImplicitActors()
	for i := range c.an.toks {
		c.an.toks[i].stop = c.stopsCue(i)
	}
	c.sports = c.sportsTokens()
	for si := range c.an.d.Sentences {
		c.sentence(si)
	}
	return c.out
}

func (c *coder) ar() bool { return c.an.lang == "ar" }

// sentence codes one sentence.
func (c *coder) sentence(si int) {
	s := c.an.d.Sentences[si]
	var trigs []*trig
	var says []saidVerb
	for i := s.FirstToken; i < s.EndToken; i++ {
		if !c.an.isWord(i) || c.an.toks[i].ment >= 0 || c.an.toks[i].consumed || c.sports != nil && c.sports[i] {
			continue // (a word of a sports report codes no event: register.go)
		}
		if t := c.match(i, s.EndToken); t != nil {
			trigs = append(trigs, t)
			for _, j := range t.cues {
				c.an.toks[j].consumed = true
			}
			continue
		}
		if c.isSay(i) {
			if a := c.subject(i, s, nil); a.m >= 0 {
				c.pushFocus(a.m)
				if !c.inComplement(i, s) {
					c.mainSubj, c.mainSubjSent = a.m, si
				}
				says = append(says, saidVerb{i, a})
			}
		}
	}
	// triggers that gave an event; that assert one; that assert one as
	// having happened (not negated)
	var coded, asserted, happened []*trig
	for _, t := range trigs {
		n := len(c.out)
		c.code(si, s, t)
		if len(c.out) > n {
			coded = append(coded, t)
		}
		if md := c.truth(t, s); t.verb && !md.cond && !md.claim {
			asserted = append(asserted, t)
			if !md.negated {
				happened = append(happened, t)
			}
		}
	}
	// "X said (that) it did Y" reports an event: Y is coded, and the
	// statement rule (010) only applies to a complement that codes none
	// and is not the speaker's report of its own act ("said its air force
	// had shot down ...")
	c.evaluations(si, s)
	c.mediations(si, s)
	c.aidThreats(si, s, says)
	concerned := c.concern(si, s, says)
	for _, sv := range says {
		if !concerned && !c.complementHasTrigger(sv.i, s, coded) && !c.complementHasTrigger(sv.i, s, happened) && !(c.selfReport(sv.i, s) && c.complementHasTrigger(sv.i, s, asserted)) {
			c.statement(si, s, sv.i, sv.a)
		}
		if c.ar() {
			c.arObligation(si, s, sv.i, sv.a)
			c.arCharacterisation(si, s, sv.i, sv.a)
		}
	}
	if !c.ar() {
		c.noteDecision(s)
	} else {
		c.arNoteDecision(si, s)
	}
}

// complementHasTrigger reports a predicate trigger in the complement of
// the speech verb at i (up to the end of its sentence or a direct quote).
func (c *coder) complementHasTrigger(i int, s doc.Sentence, trigs []*trig) bool {
	end := s.EndToken
	for j := i + 1; j < s.EndToken; j++ {
		k := c.an.toks[j]
		if k.quote || c.isSay(j) || k.norm == ";" || k.norm == ":" || j > i+1 && k.norm != "that" && enClauseWords[k.norm] {
			end = j
			break
		}
	}
	for _, t := range trigs {
		if t.i > i && t.i < end && t.verb {
			return true
		}
	}
	return false
}

// selfReport reports a complement of the speech verb at i that opens
// with a pronoun standing for the speaker (said it/its/they/we ...).
func (c *coder) selfReport(i int, s doc.Sentence) bool {
	j := i + 1
	if j < s.EndToken && (c.an.toks[j].norm == "that" || c.an.toks[j].norm == "on") {
		j++
	}
	for ; j < s.EndToken && j < i+5 && c.an.d.Tokens[j].Kind == doc.Word && !c.an.toks[j].punct; j++ {
		switch c.an.toks[j].norm {
		case "it", "its", "they", "their", "we", "our", "he", "his", "she", "her":
			return true
		}
		if c.an.toks[j].ment >= 0 || c.isClauseWord(j) {
			return false
		}
	}
	return false
}

func (c *coder) isSay(i int) bool { return c.inSet(wsSay, i) }

// inSet checks a closed-class word (Arabic: with a leading و/ف allowed),
// as wordInfo.inSet computed it for the token's type. isSay, isPrep and
// isClauseWord read the English lists in an English document.
func (c *coder) inSet(s wordSet, i int) bool {
	return i >= 0 && i < len(c.an.toks) && c.an.toks[i].bits&(1<<s) != 0
}

// inWords reports whether token i's word (or, in Arabic, the word
// without a leading و/ف) is in m: wordInfo.inSet's test for the word lists
// that are not among the closed classes inSet keeps per word type.
func (c *coder) inWords(m map[string]bool, i int) bool {
	return i >= 0 && i < len(c.an.toks) && c.an.toks[i].w.inSet(m, c.ar())
}

// arReading is arReadingOf for token i and the lemmas of set ls; a word
// type with no reading in the set answers from its wordInfo at once.
func (c *coder) arReading(i int, ls lemmaSet) (verbReading, bool) {
	if i < 0 || i >= len(c.an.toks) || c.an.toks[i].w.arLemmas&(1<<ls) == 0 {
		return verbReading{}, false
	}
	return arReadingOf(c.an.toks[i].norm, arLemmaSets[ls])
}

func (c *coder) isPrep(i int) bool { return c.inSet(wsPrep, i) }

func (c *coder) isClauseWord(i int) bool { return c.inSet(wsClause, i) }

// isBreak reports a token that ends a clause: strong punctuation, a quote
// mark, a subordinator; commas too when comma is set.
func (c *coder) isBreak(i int, comma bool) bool {
	k := c.an.toks[i]
	if k.punct {
		if k.quote {
			// quotes around a name ("رجب طيب أردوغان") do not end a clause
			near := func(j int) bool { return j >= 0 && j < len(c.an.toks) && c.an.toks[j].ment >= 0 }
			return !near(i-1) && !near(i+1)
		}
		switch k.norm {
		case ",", "،":
			return comma && !k.timeComma
		case "-", "–", "—":
			return comma // a dash parenthesis ends a clause like a comma
		case "'", "’", "/", "&", "%":
			return false
		case ".", "…":
			// an ellipsis inside a quote ("we will ask... the ICC")
			if i+1 < len(c.an.toks) && (c.an.toks[i+1].norm == "." || c.an.toks[i+1].norm == "…") || i > 0 && c.an.toks[i-1].norm == "." || k.norm == "…" {
				return false
			}
		}
		return true
	}
	return c.isClauseWord(i)
}

// --- trigger matching ---

// cueMatch reports whether token j matches cue m.
func (c *coder) cueMatch(m *cue, j int) bool {
	k := &c.an.toks[j]
	if k.punct {
		return false
	}
	if c.ar() {
		if k.prep != "" && !strings.HasPrefix(m.word, k.prep) {
			return false // "أعلن تأييده للهدنة": a noun in a ل/ب-phrase is not the pattern's object
		}
		if !m.pre {
			if k.w.bloom&m.bloom == 0 {
				return false
			}
			for _, v := range k.keys {
				if v == m.word || v == m.key {
					return true
				}
			}
			return false
		}
		for _, v := range k.keys {
			if strings.HasPrefix(v, m.word) {
				return true
			}
		}
		return false
	}
	w := k.w.enBase
	if m.pre {
		return strings.HasPrefix(w, m.word)
	}
	return w == m.word || w == m.plural[0] || w == m.plural[1] || m.ies && w == m.plural[2]
}

// appendArVariants appends a word (norm, valid UTF-8) and its stem, then
// the word with up to two proclitic letters removed.
func appendArVariants(out []string, norm, stem string) []string {
	out = append(out, norm, stem)
	rest, n := norm, 0
	for n < 2 && utf8.RuneCountInString(rest) >= 3 {
		r, size := utf8.DecodeRuneInString(rest)
		if !strings.ContainsRune("وفبلك", r) {
			break
		}
		rest, n = rest[size:], n+1
		out = append(out, rest)
	}
	return out
}

// stopsCue reports a token where the search for a cue ends: a break
// (punctuation, quote mark, subordinator), or a clause word other than
// ان, for the cue must stand in the trigger's clause.
func (c *coder) stopsCue(j int) bool {
	if c.an.toks[j].punct && c.isBreak(j, false) {
		return true
	}
	return c.isClauseWord(j) && c.an.toks[j].norm != "ان"
}

// cuesAt matches e's cues after token i, in order, each within 14 words
// of the previous one and before the clause ends (a token where a cue
// matches ends no clause); it returns the cue tokens.
func (c *coder) cuesAt(e *Entry, i, end int) ([]int, bool) {
	if len(e.Cues) == 0 {
		return nil, true
	}
	var got []int
	j := i + 1
	closing := -1 // the closing mark of a short quoted span being read
	for ci := range e.cues {
		m := &e.cues[ci]
		if m.article {
			// optional, read over but not counted (one append site keeps
			// got off the heap until it is returned)
			if j < end && !c.an.toks[j].punct && enArticle[c.an.toks[j].norm] {
				j++
			}
			continue // "declared a nationwide state of emergency", "declared martial law"
		}
		found := false
		for lim := 0; j < end && lim < 14; j++ {
			k := &c.an.toks[j]
			if k.punct {
				if k.quote && !c.ar() && j == i+1 && ci == 0 && (i >= 2 && c.an.toks[i-2].quote || i >= 1 && c.an.toks[i-1].quote) {
					continue // “temporarily dissolving” Congress: the trigger closes a quote
				}
				if k.quote && !c.ar() {
					if j == closing {
						continue
					}
					// respond "immediately and firmly" to, agreed to a
					// "permanent cessation": a short quoted span is read through
					if q := c.enScareQuoteEnd(j, end); q > j {
						closing = q
						continue
					}
				}
				if k.stop && !(k.quote && j > 0 && c.inWords(arCharacterise, j-1)) {
					return nil, false
				}
				continue // (a quoted characterisation: وصفه بأنه «عمل إرهابي»)
			}
			if c.cueMatch(m, j) {
				got = append(got, j)
				found = true
				j++
				break
			}
			if g := c.arParenRelative(j, end); g > j {
				j = g // "حثت X، التي قدمت إحاطة، الدول على ...": past the aside
				continue
			}
			if k.stop {
				return nil, false
			}
			if ci == 0 && !c.ar() && enCallParticle[m.word] && e.Trigger == "call" && k.ment >= 0 {
				return nil, false // "called Aliyev on Tuesday" is a phone call, no "call on"
			}
			lim++
			if ci == 0 && lim > 1 && !c.ar() && enCallParticle[m.word] && e.Trigger == "call" {
				return nil, false // "called the decision positive for exporters" is no "call for"
			}
		}
		if !found {
			return nil, false
		}
	}
	return got, true
}

// enCallParticle lists the particles of the phrasal verbs of "call" (call
// for, call on, call off, call up): the particle stands right after the
// verb (one adverb may come between), never after an object.
var enCallParticle = set("for", "on", "off", "up", "upon")

// enScareQuoteEnd returns the closing quote mark of a short quoted span
// opening at j (at most four words, no clause break inside: respond
// “immediately and intractably” to), or -1.
func (c *coder) enScareQuoteEnd(j, end int) int {
	for g := j + 1; g < end && g <= j+5; g++ {
		k := c.an.toks[g]
		if k.quote {
			if g == j+1 {
				return -1
			}
			return g
		}
		if k.punct && k.norm != "," || c.isClauseWord(g) {
			return -1
		}
	}
	return -1
}

func (c *coder) match(i, end int) *trig {
	k := &c.an.toks[i]
	cand := k.w.cand
	if cand == nil {
		return nil // the word triggers nothing: every rule below gives nil
	}
	var best *trig
	try := func(list []*Entry, verb bool, rd verbReading) {
		for n, e := range list {
			cues, ok := c.cuesAt(e, i, end)
			if !ok {
				continue
			}
			if c.ar() {
				// of patterns with as many cues, one whose cues are
				// written as in the text wins: "استدعى سفيرها" (its own
				// ambassador: recall) over "استدعى السفير" (summon)
				for _, o := range list[n+1:] {
					if len(o.Cues) != len(e.Cues) {
						break
					}
					if oc, ok := c.cuesAt(o, i, end); ok && c.arExactCues(o, oc) > c.arExactCues(e, cues) {
						e, cues = o, oc
					}
				}
			}
			if best == nil || len(cues) > len(best.cues) {
				t := &trig{i: i, e: e, rd: rd, verb: verb, cues: cues, end: i, subjEnd: -1}
				if len(cues) > 0 {
					t.end = cues[len(cues)-1]
				}
				best = t
			}
			return
		}
	}
	if c.ar() {
		// a time word (فجر يوم الجمعة "at dawn on Friday") is no verb
		nounish := k.prep != "" || c.isPrep(i-1) || arTimeWord[k.stem] && i+1 < len(c.an.toks) && arTimeWord[c.an.toks[i+1].stem] || c.arMasdarGenitive(i) || c.arDualConstruct(i)
		if !nounish {
			for _, vc := range cand.arVerbs {
				if k.det && !strings.HasPrefix(vc.rd.lemma, "ال") || c.arNominalMark(i) || c.isSay(i-1) {
					continue // a noun's mark, or the object of a speech verb (تعلن دعمها): precision.go
				}
				if vc.rd.obj == "ه" && strings.HasSuffix(c.an.d.Tokens[i].Text, "ة") {
					continue // a written ta marbuta is no pronoun: وزارة is not و+زار+ه
				}
				if c.arNounReading(i, vc.rd) {
					continue // a noun with a possessive: رحلته، أسرته (nouns.go)
				}
				try(vc.list, true, vc.rd)
			}
		}
		if best == nil && !nounish {
			// a circumstantial participle after a comma (، متوعدا بالرد،
			// محذرا من): read as its verb, sharing the sentence's subject
			for _, pc := range cand.arParts {
				if i == 0 || !(c.an.toks[i-1].norm == "،" || c.an.toks[i-1].norm == ",") {
					continue
				}
				try(pc.list, true, pc.rd)
				if best != nil {
					best.part = true
					return best
				}
			}
		}
		if best == nil && cand.arNouns != nil {
			try(cand.arNouns, false, verbReading{})
		}
		return best
	}
	// English
	prev := ""
	if i > 0 {
		prev = c.an.toks[i-1].norm
	}
	// after a determiner, a possessive or a preposition a verb form is a
	// noun or an adjective ("occupied Palestinian land", "including calling")
	nounish := i > 0 && (enDet[prev] || prev == "'s" || prev == "s" && i > 1 && c.an.toks[i-2].punct ||
		enPreps[prev] && prev != "to" && prev != "by" || prev == "including")
	// a capitalised word inside a name ("White House Press Secretary")
	if !nounish && c.inName(i) {
		return nil
	}
	// an auxiliary have/has/had before a participle is not "have talks"
	if enHave[k.norm] && i+1 < len(c.an.toks) {
		n := c.an.toks[i+1].norm
		if n == "been" || n == "not" || n == "already" || strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "en") {
			return nil
		}
	}
	if c.enNounCompound(i) || c.enModifierForm(i) || i > 0 && c.an.toks[i-1].ment >= 0 && c.an.ments[c.an.toks[i-1].ment].typ == "ADJ" {
		nounish = true // "the American demand that"
	}
	if !nounish && c.enPluralNoun(i) {
		nounish = true // "months of anti-government protests", "the strikes"
	}
	if !nounish && c.enFightNoun(i) {
		nounish = true // "fighting broke out between", "clashes erupted between"
	}
	if !nounish {
		for _, vc := range cand.enVerbs {
			try(vc.list, true, vc.rd)
		}
	}
	if best != nil {
		// only a verb that takes a direct object has a passive ("arrived in
		// Turkey" is active)
		best.passive = c.enPassive(i, best.e.Trigger) && !best.e.has("psych") && hasSlot(best.e, "obj")
		return best
	}
	try(cand.enNouns, false, verbReading{})
	return best
}

// inName reports a capitalised English word next to another capitalised
// word, inside a sentence that is not a title-case headline.
func (c *coder) inName(i int) bool {
	d := c.an.d
	t := d.Tokens[i]
	if !isUpperWord(t.Text) {
		return false
	}
	s := d.Sentences[t.Sentence]
	if i == s.FirstToken {
		return false
	}
	caps, words := 0, 0
	for j := s.FirstToken; j < s.EndToken; j++ {
		if c.an.toks[j].punct {
			continue
		}
		words++
		if isUpperWord(d.Tokens[j].Text) {
			caps++
		}
	}
	if words > 0 && caps*2 > words {
		return false // headline
	}
	up := func(j int) bool {
		return j >= s.FirstToken && j < s.EndToken && !c.an.toks[j].punct && isUpperWord(d.Tokens[j].Text)
	}
	return up(i-1) || up(i+1)
}

// enPassive: a participle after a form of be/get (adverbs and not
// between), or a reduced passive ("service members killed in a crash").
func (c *coder) enPassive(i int, lemma string) bool {
	w := c.an.toks[i].norm
	if w == lemma || strings.HasSuffix(w, "ing") || w == lemma+"s" || w == lemma+"es" {
		return false
	}
	if i+1 < len(c.an.toks) && i > 0 && !c.an.toks[i-1].punct {
		switch c.an.toks[i+1].norm {
		case "in", "at", "during", "near", "by", "while", "when", "after", "over":
			if _, pron := enPron[c.an.toks[i-1].norm]; !pron && !enHave[c.an.toks[i-1].norm] {
				return true
			}
		}
	}
	for j, n := i-1, 0; j >= 0 && n < 3; j-- {
		p := c.an.toks[j]
		if p.punct {
			return false
		}
		if enAux[p.norm] {
			return true
		}
		if strings.HasSuffix(p.norm, "ly") || p.norm == "not" || p.norm == "never" || p.norm == "also" || p.norm == "reportedly" {
			n++
			continue
		}
		return false
	}
	return false
}

// enNounDet lists the words after which an -s form is a plural noun,
// never a finite verb ("the protests", "months of protests").
var enNounDet = set("the", "these", "those", "its", "their", "his", "our", "of", "such", "many", "several", "new", "more")

// enPluralNoun reports an -s form that can only be a plural noun: after
// a determiner, "of" or a hyphenated modifier ("anti-government protests",
// "pro-democracy rallies").
func (c *coder) enPluralNoun(i int) bool {
	if i == 0 || !strings.HasSuffix(c.an.toks[i].norm, "s") {
		return false
	}
	p := &c.an.toks[i-1]
	if p.punct || p.ment >= 0 {
		return false
	}
	return enNounDet[p.norm] || strings.Contains(p.norm, "-") && !isUpperWord(c.an.d.Tokens[i-1].Text)
}

// enNounCompound reports a bare verb form that is the first noun of a
// compound in a coordinated object: "asset freezes and travel bans",
// "sanctions and trade curbs" (a base form after and/or, before a
// lower-case plural).
func (c *coder) enNounCompound(i int) bool {
	if i < 2 || i+1 >= len(c.an.toks) {
		return false
	}
	p, n := c.an.toks[i-1].norm, c.an.toks[i+1]
	if p != "and" && p != "or" || c.an.toks[i-2].punct || n.punct || n.ment >= 0 {
		return false
	}
	w := c.an.toks[i].norm
	base := false
	for _, l := range c.lex.enForms[w] {
		if l == w {
			base = true
		}
	}
	return base && strings.HasSuffix(n.norm, "s") && !strings.HasSuffix(n.norm, "ss") && !enPreps[n.norm] && !enDet[n.norm] && !isUpperWord(c.an.d.Tokens[i+1].Text)
}

// arExactCues counts the cues of e found at tokens got as written (the
// word without a leading و/ف), not only by their noun key or prefix.
func (c *coder) arExactCues(e *Entry, got []int) int {
	n := 0
	for ci, j := range got {
		w := c.an.toks[j].norm
		if c.an.toks[j].conj != "" {
			w = strings.TrimPrefix(w, c.an.toks[j].conj)
		}
		if ci < len(e.cues) && w == e.cues[ci].word {
			n++
		}
	}
	return n
}

// arParenRelative returns the closing comma of a relative clause set off
// by commas that opens at token j ("، التي قدمت إحاطة للمجلس،"), or j when
// there is none: the clause is an aside about the noun before it.
func (c *coder) arParenRelative(j, end int) int {
	if !c.ar() || j == 0 || !c.inSet(wsRelative, j) || !(c.an.toks[j-1].norm == "،" || c.an.toks[j-1].norm == ",") {
		return j
	}
	for g := j + 1; g < end && g < j+12; g++ {
		switch k := c.an.toks[g]; {
		case k.norm == "،" || k.norm == ",":
			return g
		case k.punct && c.isBreak(g, false) || c.isClauseWord(g):
			return j
		}
	}
	return j
}

// arCharacterise lists the words that introduce a characterisation, often
// quoted: وصف X بأنه «...».
var arCharacterise = set("بانه", "بانها", "بانهم", "بانهما")
