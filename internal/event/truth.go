package event

import (
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
)

// Truth conditions: what governs a trigger (negation, condition, intent,
// claim, background) and whether its event is coded as happened.

// mood of a predicate occurrence.
type mood struct {
	negated bool
	cond    bool // condition or hypothesis: not coded as happened
	claim   bool // content of an allegation: not coded
	intent  bool
	why     string
}

// truth reads the truth conditions of trigger t in sentence s.
func (c *coder) truth(t *trig, s doc.Sentence) mood {
	var md mood
	i := t.i
	cs := c.clauseStart(i, s, true)
	if c.ar() {
		// negation right before the predicate
		for j, n := i-1, 0; j >= cs && n < 3; j-- {
			if c.an.toks[j].punct {
				break
			}
			if c.inSet(wsNeg, j) {
				md.negated, md.why = true, "negation "+c.an.d.Tokens[j].Text
				break
			}
			if c.inSet(wsNegVerbs, j) && !t.e.has("self") {
				md.negated, md.why = true, "negating verb "+c.an.d.Tokens[j].Text
				break
			}
			if c.an.toks[j].ment >= 0 {
				continue
			}
			n++
		}
		if t.rd.future {
			md.intent, md.why = true, "future س"
		}
		for j := i - 1; j >= cs && j > i-6; j-- {
			if c.inSet(wsIntent, j) || strings.HasPrefix(c.an.toks[j].norm, "سي") && c.lex.verbs["ar"][""] == nil && false {
				md.intent, md.why = true, "intent "+c.an.d.Tokens[j].Text
			}
		}
		// conditions: anywhere before in the sentence; قد + present only
		for j := i - 1; j >= s.FirstToken; j-- {
			if c.inSet(wsCond, j) {
				w := c.an.toks[j].norm
				if w == "قد" || w == "وقد" || w == "فقد" {
					if j == i-1 && t.rd.present {
						md.cond, md.why = true, "condition قد + present"
					}
					continue
				}
				if j >= cs || w == "اذا" || w == "لو" || w == "ولو" {
					md.cond, md.why = true, "condition "+c.an.d.Tokens[j].Text
				}
			}
			if c.an.toks[j].punct && !c.isBreak(j, false) {
				continue
			}
		}
		// allegations
		for j := i - 1; j >= s.FirstToken && j > i-12; j-- {
			if c.inSet(wsClaim, j) {
				md.claim, md.why = true, "allegation "+c.an.d.Tokens[j].Text
			}
		}
		c.arEmbeddedMood(t, s, &md) // precision.go
		return md
	}
	// English
	for j, n := i-1, 0; j >= cs && n < 4; j-- {
		k := c.an.toks[j]
		if k.punct {
			continue
		}
		if enNeg[k.norm] || k.norm == "t" && j > 0 && c.an.toks[j-1].punct {
			md.negated, md.why = true, "negation "+k.norm
			break
		}
		if enNegVerbs[k.norm] && !t.e.has("self") {
			md.negated, md.why = true, "negating verb "+k.norm
			break
		}
		n++
	}
	// "stop supporting", "cease arming": the act is ended, not done
	if i-1 >= s.FirstToken && enStop[c.an.toks[i-1].norm] && strings.HasSuffix(c.an.toks[i].norm, "ing") && !md.negated {
		md.negated, md.why = true, "ended "+c.an.toks[i-1].norm
	}
	// "to" + verb: a purpose or a wish, unless an intent word governs it
	// ("agreed to meet" is intent; "a mission to free them" is not coded)
	if i-1 >= s.FirstToken && c.an.toks[i-1].norm == "to" {
		gov := ""
		if i-2 >= s.FirstToken {
			gov = c.an.toks[i-2].norm
		}
		if enIntentWords[gov] || gov == "ready" || gov == "going" {
			md.intent, md.why = true, "intent "+gov+" to"
		} else if enAspect[gov] {
			// "continued to strike", "began to withdraw": the act itself
		} else if !enSay[gov] {
			md.cond, md.why = true, "purpose to + verb"
		}
	}
	hasSay := false
	for j := s.FirstToken; j < i; j++ {
		if c.isSay(j) {
			hasSay = true
		}
	}
	lo, maxN := cs, 5
	if t.subjEnd >= 0 && t.subjEnd <= i {
		// the modal stands between the subject and its verb, however far
		lo, maxN = t.subjEnd, 40
	}
	for j, n := i-1, 0; j >= lo && n < maxN; j-- {
		k := c.an.toks[j]
		if isDash(k.norm) {
			// a parenthesis between subject and verb says nothing of it
			for g := j - 1; g >= lo; g-- {
				if isDash(c.an.toks[g].norm) {
					j = g
					break
				}
			}
			continue
		}
		if k.punct {
			continue
		}
		n++
		switch {
		case k.norm == "would" && hasSay:
			md.intent, md.why = true, "future-in-past would"
		case enIntentWords[k.norm] && !(k.norm == "set" && j+1 < len(c.an.toks) && c.an.toks[j+1].norm != "to"):
			md.intent, md.why = true, "intent "+k.norm
		case enCond[k.norm]:
			md.cond, md.why = true, "hypothesis "+k.norm
		}
	}
	// "warned that Washington could impose sanctions": see below
	warnThreat := md.cond && strings.HasPrefix(md.why, "hypothesis ") && enModal[strings.TrimPrefix(md.why, "hypothesis ")] && enThreatRoots[t.e.Code[:2]] && c.enWarnedThat(i, s)
	// "a policy under which Washington recognizes ...", "a deal whereby
	// X limits ...": the terms of a policy or a deal, not an act
	for j := i - 1; j > cs-3 && j > s.FirstToken; j-- {
		if w := c.an.toks[j].norm; w == "whereby" || w == "which" && c.an.toks[j-1].norm == "under" {
			md.cond, md.why = true, "terms "+w
			break
		}
	}
	// if/unless: in the verb's own segment, or fronted ("If X, Y")
	for j := i - 1; j >= s.FirstToken; j-- {
		w := c.an.toks[j].norm
		if w == "if" || w == "unless" || w == "whether" {
			if j == s.FirstToken || j >= c.clauseStart(i, s, true) {
				md.cond, md.why = true, "condition "+w
			}
		}
	}
	coord := c.enCoordinatedVP(i, s)
	for j := i - 1; j >= s.FirstToken && j > i-14; j-- {
		if coord && c.an.toks[j].norm == "and" {
			break // "denied any role and accused India": a sibling, not a complement
		}
		if enClaim[c.an.toks[j].norm] {
			md.claim, md.why = true, "allegation "+c.an.toks[j].norm
			break
		}
		if c.an.toks[j].punct && c.isBreak(j, false) {
			break
		}
	}
	// "O'Brien warned that Washington could impose sanctions": a
	// coercive act of the warner's own side under a modal, in the
	// complement of a warning, is a threat (intent codes it 13x), neither
	// a hypothesis nor a claim (evaluation.go)
	if warnThreat && (md.claim || md.cond) {
		md.cond, md.claim, md.intent, md.why = false, false, true, "warning: threat"
	}
	// a coordinated verb phrase shares the modal of the first one ("will
	// open its border, stop ... and cooperate with")
	if !md.intent && !md.cond && !md.negated && c.enCoordinatedVP(i, s) {
		for j := i - 1; j >= s.FirstToken; j-- {
			w := c.an.toks[j].norm
			if c.isSay(j) || enClauseWords[w] {
				break
			}
			if w == "will" || w == "ll" || w == "shall" {
				md.intent, md.why = true, "intent "+w+" (coordinated)"
				break
			}
		}
	}
	if md.intent && md.cond && !strings.HasPrefix(md.why, "condition") {
		md.cond = false
	}
	return md
}

// enStop lists verbs that end the act of the gerund right after them.
var enStop = set("stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased", "ceasing", "quit", "quits")
