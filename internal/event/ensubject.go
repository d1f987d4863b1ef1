package event

import (
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
)

// English subjects: the subject of a trigger past appositions, relative
// clauses and lists, and the addressee of a quote.

var enSubordinator = set("after", "before", "since", "until", "as", "when", "while", "once", "because", "though", "although")

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
