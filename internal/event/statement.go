package event

import (
	"github.com/dyad-news/dyad/internal/doc"
)

// Statements and decisions: the statement event of a speech verb, the
// decision nouns and their owners, the dateline.

// statementVerbs are the speech verbs whose institutional speaker is
// coded as making a statement about the actor its complement names.
var statementVerbs = set("said", "says", "stressed", "stresses", "reiterated", "reiterates", "insisted", "noted", "argued", "warned", "emphasised", "emphasized", "underlined")

var statementEntry = &Entry{Lang: "en", Kind: Verb, Trigger: "said", Code: "010", Pattern: "say (statement rule)", Source: "rule", Flags: map[string]bool{}}

// statement codes "ORG/COUNTRY said (that) ... ACTOR ..." as 010 from the
// speaker to the first actor of the complement. Only institutions and
// countries (not persons), only English, only when the verb precedes its
// complement and the complement is not a direct quote.
func (c *coder) statement(si int, s doc.Sentence, i int, a actor) {
	if c.ar() || !statementVerbs[c.an.toks[i].norm] || a.m < 0 || c.an.ments[a.m].typ == "PER" {
		return
	}
	if c.an.ments[a.m].end > i {
		return // "said X" after a quote
	}
	if p := i - 1; p >= s.FirstToken && (c.an.toks[p].quote || c.an.toks[p].norm == "," && p-1 >= s.FirstToken && c.an.toks[p-1].quote) {
		return // "…," said the envoy, former President X: the speaker follows, no complement
	}
	speakers := a.ms
	if len(speakers) == 0 {
		speakers = []int{a.m}
	}
	say := func(tgt *doc.ActorRef, how string) {
		t := &trig{i: i, e: statementEntry, verb: true, end: i, subjEnd: -1}
		md := c.truth(t, s)
		if md.cond || md.claim {
			return
		}
		for _, sp := range speakers {
			if tgt != nil && tgt.Name == c.an.ments[sp].name || c.an.ments[sp].typ == "PER" {
				continue
			}
			c.emit(si, s, t, c.ref(sp), tgt, mood{}, "STATEMENT speaker="+c.mtext(sp), how)
		}
	}
	for j := i + 1; j < s.EndToken && j < i+25; j++ {
		k := c.an.toks[j]
		if k.quote && j > i+2 || k.punct && (k.norm == ";" || k.norm == ":") || k.norm != "that" && enClauseWords[k.norm] && j > i+1 {
			return
		}
		if m := c.mentionAt(j); m >= 0 {
			if c.an.ments[m].name == c.an.ments[a.m].name || c.an.ments[m].ent < 0 {
				continue // the speaker again; an implicit actor (police, Israeli)
			}
			if selfDyad(c.an.ments[a.m].actor, c.an.ments[m].actor) {
				// "the Foreign Office reiterated that Britain's position ...":
				// a statement about itself names no other actor
				say(nil, "complement names the speaker's own country")
				return
			}
			say(c.ref(m), "complement")
			return
		}
		// "the decision", "any decision": the owner of the decision in focus
		if enDecision[k.norm] && c.decisionOwner >= 0 && j > 0 && (c.an.toks[j-1].norm == "the" || c.an.toks[j-1].norm == "any" || c.an.toks[j-1].norm == "this") {
			say(c.ref(c.decisionOwner), "complement: the decision of "+c.mtext(c.decisionOwner))
			return
		}
	}
}

// enDecision lists nouns for a decision whose owner is kept in focus.
var enDecision = set("decision", "move", "announcement", "step", "shift")

// noteDecision records the owner of "X's decision", "the US decision", "its
// decision" (its = the sentence's subject) in sentence s.
func (c *coder) noteDecision(s doc.Sentence) {
	for j := s.FirstToken + 1; j < s.EndToken; j++ {
		if !enDecision[c.an.toks[j].norm] {
			continue
		}
		// the owner: a mention right before (US decision, Washington's move;
		// adjectives such as "policy", "unilateral" may stand between)
		for g := j - 1; g >= s.FirstToken && g >= j-3; g-- {
			if m := c.an.toks[g].ment; m >= 0 {
				c.decisionOwner = m
				break
			}
			if w := c.an.toks[g].norm; c.lex.enForms[w] != nil || c.an.toks[g].punct {
				break // "the Kremlin rejected the move": the subject of a verb, not the owner
			}
			if w := c.an.toks[g].norm; w == "its" || w == "their" {
				if c.lastSubj >= 0 && c.lastSubjSent == c.an.d.Tokens[j].Sentence {
					c.decisionOwner = c.lastSubj
				} else if m := c.firstMention(s); m >= 0 {
					c.decisionOwner = m
				}
				break
			}
		}
	}
}

// arNoteDecision records the owner of "القرار" named in sentence si: the
// actor right after قرار (قرار مجلس الأمن), else the sentence's main
// subject when the sentence decides (قرر) or speaks of the decision
// (أعلن X أن القرار يسري).
func (c *coder) arNoteDecision(si int, s doc.Sentence) {
	decides := false
	for j := s.FirstToken; j < s.EndToken; j++ {
		k := c.an.toks[j]
		if k.w.stemKey == "قرار" || k.w.stemKey == "قرارات" {
			if m := c.mentionAt(j + 1); m >= 0 && j+1 < s.EndToken && c.an.toks[j+1].prep == "" {
				c.decisionOwner = m
				return
			}
			decides = true
		}
		if _, ok := c.arReading(j, lsDecide); ok && k.ment < 0 {
			decides = true
		}
	}
	if decides && c.mainSubj >= 0 && c.mainSubjSent == si {
		c.decisionOwner = c.mainSubj
	}
}

// firstMention returns the first actor mention of sentence s, or -1.
func (c *coder) firstMention(s doc.Sentence) int {
	for j := s.FirstToken; j < s.EndToken; j++ {
		if m := c.mentionAt(j); m >= 0 {
			return m
		}
	}
	return -1
}

// dateline returns the place mention of a wire dateline ("HANOI, Vietnam
// (AP) —", "بكين –") opening one of the first two paragraphs, or -1.
func (c *coder) dateline() int {
	for _, p := range c.an.d.Paragraphs[:min(3, len(c.an.d.Paragraphs))] {
		last := -1
		for i := range c.an.d.Tokens {
			t := c.an.d.Tokens[i]
			if t.Start < p.Start {
				continue
			}
			if t.Start >= p.End || i-firstTok(c, p.Start) > 6 {
				break
			}
			k := c.an.toks[i]
			if m := k.ment; m >= 0 && c.an.ments[m].typ == "LOC" {
				last = m
				continue
			}
			if k.punct && (k.norm == "(" || isDash(k.norm)) && last >= 0 {
				return last
			}
		}
	}
	return -1
}

func firstTok(c *coder, pos int) int {
	for i, t := range c.an.d.Tokens {
		if t.Start >= pos {
			return i
		}
	}
	return 0
}
