package event

import (
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
)

// Evaluations (English): "called the declaration illegal", "called the trip
// a provocation", "described the move as a welcome step", "said the
// results were hard to believe". A speaker who calls an act by a judging
// word criticises (111) or praises (051) the act's author: an actor named
// in the object noun phrase ("called the Israeli strikes a crime"), else
// (for a decision noun) the owner of the decision in focus, else the
// source of the first event coded in the lede (reactions address the
// story's protagonist, as in eventNounTarget), else the story's home
// country. Only an act, a decision or a text is judged this way ("called
// the situation dangerous" is no criticism of anyone).

// enCallVerb lists the verb forms that judge their object.
var enCallVerb = set("called", "calls", "call", "calling", "branded", "brands", "branding", "described", "describes", "describing", "labelled", "labeled", "termed", "deemed")

// enJudgedNoun lists nouns for acts that an evaluation judges, besides
// the decision and thing nouns (enDecision, enThing).
var enJudgedNoun = set("declaration", "decree", "trip", "visit", "signing", "warrant", "warrants", "result", "results", "order", "verdict", "ruling", "election", "vote", "referendum", "deal", "agreement", "accord", "attack", "strikes", "invasion", "sanctions", "ban", "law", "bill", "plan", "proposal", "remarks", "comments", "statement", "speech", "summit", "talks",
	"resolution", "action", "actions", "operation", "offensive", "annexation", "occupation", "deployment", "announcement", "policy", "treaty", "recognition", "arrest", "detention", "execution", "sentence", "indictment", "expulsion", "withdrawal", "blockade", "bombing", "test", "launch", "decisions", "elections", "events", "takeover", "coup", "seizure", "crackdown", "violence", "killings", "killing")

// enNegEval and enPosEval list judging words (the head of the predicate
// adjective or noun after the object).
var (
	enNegEval = set("illegal", "unlawful", "unconstitutional", "illegitimate", "wrong", "provocation", "provocative", "unacceptable", "irresponsible", "reckless", "dangerous", "absurd", "violation", "insult", "mistake", "disgrace", "shameful", "outrageous", "void", "farce", "sham", "fraudulent", "fraud", "baseless", "unfounded", "hostile", "aggression", "treason", "treasonous", "threat", "crime", "criminal", "invalid", "null", "meaningless", "destabilising", "destabilizing", "escalation", "interference", "egregious", "betrayal", "coup", "unjustified", "unwarranted", "groundless", "insufficient", "inadequate", "shocking", "appalling", "horrific", "deplorable", "abhorrent", "heinous", "cowardly", "unjust", "unfair", "biased", "one-sided", "racist", "barbaric", "terrorism", "terrorist",
		// condemning adjectives and nouns of diplomatic statements
		"shameless", "despicable", "disgraceful", "hateful", "inhumane", "cruel", "brutal", "savage", "vile", "atrocious", "outrage", "scandalous", "hypocritical", "arrogant", "blackmail", "bullying", "meddling", "irrational", "ridiculous", "nonsense", "lies", "propaganda", "slander", "smear", "defamatory", "counterproductive", "harmful", "damaging", "regrettable", "unhelpful", "inflammatory", "incendiary", "offensive", "insulting", "humiliating", "belligerent", "arbitrary", "excessive", "disproportionate", "abuse", "violations", "genocide", "massacre", "atrocity", "piracy", "theft", "extortion", "coercion", "intimidation", "harassment", "oppressive", "repressive", "draconian", "undemocratic", "anti-democratic", "tyrannical", "despotic", "lawless", "unilateral", "deceptive", "misleading", "hostage-taking", "banditry", "criminality")
	enPosEval = set("welcome", "historic", "positive", "constructive", "triumph", "victory", "justified", "legitimate", "achievement", "breakthrough", "encouraging", "milestone", "success", "successful", "important", "courageous", "brave", "wise",
		"productive", "fruitful", "excellent", "commendable", "praiseworthy", "landmark", "significant", "reasonable", "balanced", "fair", "good", "great", "useful", "helpful", "timely", "appropriate")
)

var (
	criticiseEntry = &Entry{Lang: "en", Kind: Verb, Trigger: "call", Code: "111", Pattern: "call X illegal (evaluation rule)", Source: "rule", Flags: map[string]bool{}}
	praiseEntry    = &Entry{Lang: "en", Kind: Verb, Trigger: "call", Code: "051", Pattern: "call X historic (evaluation rule)", Source: "rule", Flags: map[string]bool{}}
)

// evaluations codes the English evaluations of sentence s.
func (c *coder) evaluations(si int, s doc.Sentence) {
	if c.ar() {
		return
	}
	for j := s.FirstToken; j < s.EndToken; j++ {
		say := c.isSay(j)
		if !say && !c.inWords(enCallVerb, j) || c.an.toks[j].consumed || c.an.toks[j].ment >= 0 {
			continue
		}
		e, tgtM, head, decision, ok := c.evaluation(j, s, say)
		if !ok {
			continue
		}
		t := &trig{i: j, e: e, verb: true, end: j, subjEnd: -1}
		a := c.subject(j, s, t)
		var src *doc.ActorRef
		switch {
		case a.m >= 0:
			src = c.ref(a.m)
		case a.ref != nil:
			src = a.ref
		default:
			continue
		}
		md := c.truth(t, s)
		if md.cond || md.negated {
			continue
		}
		md.claim = false // "called" is a claim verb for what follows it, not for itself
		if a := c.actOf(head, j); a != nil && (a.Actor == src.Actor || a.Name == src.Name || selfDyad(a.Actor, src.Actor) || e == praiseEntry && sameCountry(a.Actor, src.Actor)) {
			continue // "India said the strike was justified": its own (country's) act
		}
		tgt, how := c.judgedOwner(tgtM, decision, src)
		if a := c.actOf(head, j); a != nil && tgtM < 0 {
			r := *a
			tgt, how = &r, "the author of the "+head+" coded before"
		}
		if tgt == nil {
			continue
		}
		c.emit(si, s, t, src, tgt, md, "EVALUATION "+c.an.d.Tokens[j].Text+" subject="+src.Name, how)
	}
}

// enAudience lists the hearers a speech verb may name before its
// complement ("told reporters the warrant was justified").
var enAudience = set("reporters", "journalists", "lawmakers", "parliament", "congress", "the")

// enBeForm lists the copulas of "said the X was JUDGEMENT".
var enBeForm = set("is", "was", "were", "are", "been", "be", "remains", "remained")

// evaluation reads "VERB (the) ACT [as] (a) JUDGEMENT" after the call verb
// at j, or "SAID (that) (the) ACT was JUDGEMENT" after the speech verb at j
// (say): the entry for the judgement's polarity and an actor named in the
// act's noun phrase (or -1); decision is set for a decision noun (the
// decision, the move).
func (c *coder) evaluation(j int, s doc.Sentence, say bool) (e *Entry, tgtM int, headWord string, decision, ok bool) {
	g := j + 1
	if say {
		for n := 0; g < s.EndToken && n < 2 && c.inWords(enAudience, g) && c.an.toks[g].norm != "the"; n++ {
			g++
		}
		// "said in a statement (on Tuesday) that ...": past the adjunct
		for h := g; h < s.EndToken && h < g+9 && !c.an.toks[h].punct; h++ {
			if c.an.toks[h].norm == "that" {
				g = h + 1
				break
			}
		}
	}
	if g >= s.EndToken || !enDet[c.an.toks[g].norm] || c.an.toks[g].norm == "its" || c.an.toks[g].norm == "their" || c.an.toks[g].norm == "his" || c.an.toks[g].norm == "her" {
		return nil, -1, "", false, false
	}
	tgtM, head := -1, false
	apostrophe := func(g int) bool {
		w := c.an.toks[g].norm
		return w == "'s" || w == "s" || w == "’" || w == "'"
	}
	g0 := g
	for g++; g < s.EndToken && g <= g0+6; g++ {
		k := c.an.toks[g]
		if m := c.mentionAt(g); m >= 0 {
			tgtM = m
			g = c.an.ments[m].end - 1
			continue
		}
		if apostrophe(g) || !head && g+1 < s.EndToken && apostrophe(g+1) {
			continue // "the day's events": a possessor noun
		}
		w := k.norm
		if head && (c.inWords(enNegEval, g) || c.inWords(enPosEval, g)) {
			break // "the declaration illegal": the judgement, not a noun in -al
		}
		if enDecision[w] || enThing[w] || enJudgedNoun[w] {
			head, decision, headWord = true, enDecision[w], w
			continue
		}
		break
	}
	if !head {
		return nil, -1, "", false, false
	}
	if say {
		if g >= s.EndToken || !c.inWords(enBeForm, g) {
			return nil, -1, "", false, false
		}
		g++
	}
	for n := 0; g < s.EndToken && n < 4; g++ {
		k := c.an.toks[g]
		if k.quote || k.norm == "as" || k.norm == "a" || k.norm == "an" || k.norm == "clear" || k.norm == "first" || k.norm == "step" && n > 0 {
			continue
		}
		switch {
		case c.inWords(enNegEval, g), c.hardToAccept(g, s):
			return criticiseEntry, tgtM, headWord, decision, true
		case c.inWords(enPosEval, g):
			return praiseEntry, tgtM, headWord, decision, true
		}
		if k.punct {
			break
		}
		n++
	}
	return nil, -1, "", false, false
}

// judgedOwner returns the author of a judged act: the actor named in its
// noun phrase, else (for a decision noun) the owner of the decision in focus, else the source of
// the first event a predicate coded in the lede (the two sentences below
// the headline), else the story's home country; of another actor than src.
func (c *coder) judgedOwner(m int, decision bool, src *doc.ActorRef) (*doc.ActorRef, string) {
	other := func(r *doc.ActorRef) bool {
		return r != nil && r.Actor != "" && r.Actor != src.Actor && r.Name != src.Name && (!selfDyad(r.Actor, src.Actor) || c.citizenDyad(src, r))
	}
	if m >= 0 {
		if r := c.ref(m); other(r) {
			return r, "the act of " + r.Name
		}
		return nil, ""
	}
	if decision && c.decisionOwner >= 0 {
		if r := c.ref(c.decisionOwner); other(r) {
			return r, "the decision of " + r.Name
		}
	}
	lede := 0 // the lede: the first two sentences below the headline
	if headline(c.an.d, 0) {
		lede = 1
	}
	for _, cd := range c.out {
		if cd.sent > lede+1 {
			break
		}
		if other(cd.ev.Source) && cd.sent >= lede && !cd.byRule {
			r := *cd.ev.Source
			return &r, "the story's first actor " + r.Name
		}
	}
	if c.home != "" && !sameCountry(c.home, src.Actor) {
		return &doc.ActorRef{Name: countryName(c.home), Actor: c.home, Entity: -1}, "home country"
	}
	return nil, ""
}

// enHardTo and enToAccept make "hard to believe", "impossible to accept",
// "difficult to justify" a negative judgement.
var (
	enHardTo   = set("hard", "difficult", "impossible")
	enToAccept = set("believe", "accept", "justify", "trust", "understand")
)

// hardToAccept reports "hard to believe" (and its kin) at g.
func (c *coder) hardToAccept(g int, s doc.Sentence) bool {
	return g+2 < s.EndToken && c.inWords(enHardTo, g) && c.an.toks[g+1].norm == "to" && c.inWords(enToAccept, g+2)
}

// actOf returns the source of the latest event coded before token j whose
// trigger is the judged noun's verb ("the strike" ← strike, "the signing"
// ← sign, "the visit" ← visit), or nil.
func (c *coder) actOf(noun string, j int) *doc.ActorRef {
	if noun == "" {
		return nil
	}
	for k := len(c.out) - 1; k >= 0; k-- {
		cd := c.out[k]
		if cd.byRule || cd.ev.Source == nil || cd.ev.Negated || cd.tok >= j && cd.sent == c.an.d.Tokens[j].Sentence {
			continue
		}
		tr := cd.trigger
		if i := strings.IndexByte(tr, ' '); i > 0 {
			tr = tr[:i]
		}
		if tr != "" && (noun == tr || noun == tr+"s" || noun == tr+"ing" || strings.TrimSuffix(tr, "e")+"ing" == noun) {
			return cd.ev.Source
		}
	}
	return nil
}

// Aid put at risk (English): "said Washington's assistance was in
// jeopardy", "said its aid could be cut", "said funding was under review":
// a speaker who puts its aid in doubt threatens to reduce it (1311) to the
// story's home country.

// enAidNoun lists the nouns of aid.
var enAidNoun = set("aid", "assistance", "funding", "support", "cooperation")

// enAidAtRisk lists the words after an aid noun that put it in doubt.
var enAidAtRisk = set("jeopardy", "risk", "review", "reconsidered", "reviewed", "cut", "suspended", "halted")

// enModal lists the modals that make a cut or a suspension a threat ("could
// be cut"), not an act ("was cut").
var enModal = set("could", "would", "may", "might")

var aidThreatEntry = &Entry{Lang: "en", Kind: Verb, Trigger: "say", Code: "1311", Pattern: "said its aid was in jeopardy (aid threat rule)", Source: "rule", Flags: map[string]bool{}}

// aidThreats codes the aid threats of the speech verbs of sentence s.
func (c *coder) aidThreats(si int, s doc.Sentence, says []saidVerb) {
	if c.ar() || c.home == "" {
		return
	}
	for _, sv := range says {
		if sv.a.m < 0 || sameCountry(c.an.ments[sv.a.m].actor, c.home) {
			continue
		}
		for g := sv.i + 1; g < s.EndToken && g < sv.i+10; g++ {
			if !c.inWords(enAidNoun, g) {
				if c.isBreak(g, false) && !c.an.toks[g].quote {
					break
				}
				continue
			}
			for h := g + 1; h < s.EndToken && h <= g+4; h++ {
				if !c.inWords(enAidAtRisk, h) {
					continue
				}
				if w := c.an.toks[h].norm; (w == "cut" || w == "suspended" || w == "halted") && !c.inWords(enModal, h-2) && !c.inWords(enModal, h-1) {
					break // "aid was cut": the act itself, not a threat
				}
				t := &trig{i: h, e: aidThreatEntry, verb: true, end: h, subjEnd: -1}
				md := c.truth(t, s)
				md.cond, md.intent = false, false // "could be cut" is the threat itself
				if md.negated || md.claim {
					break
				}
				tgt := &doc.ActorRef{Name: countryName(c.home), Actor: c.home, Entity: -1}
				c.emit(si, s, t, c.ref(sv.a.m), tgt, md, "AID THREAT speaker="+c.mtext(sv.a.m), "home country")
				return
			}
			break
		}
	}
}

// enThreatRoots are the roots of coercive acts that a warning threatens.
var enThreatRoots = set("15", "16", "17", "18", "19", "20")

// enWarnVerb lists the forms of "warn".
var enWarnVerb = set("warn", "warns", "warned", "warning")

// enWarnedThat reports a verb at i standing in the complement of "warned
// that" earlier in its sentence (within 15 words, no sentence break),
// whose subject (the first actor after "that") is of the country of the
// warner (the nearest actor before "warned"): one threatens its own acts.
func (c *coder) enWarnedThat(i int, s doc.Sentence) bool {
	for j := i - 1; j > s.FirstToken && j > i-15; j-- {
		if c.an.toks[j].norm == "that" && enWarnVerb[c.an.toks[j-1].norm] {
			warner, subj := "", ""
			for g := j - 2; g >= s.FirstToken && warner == ""; g-- {
				if m := c.an.toks[g].ment; m >= 0 {
					warner = c.ref(m).Actor
				}
			}
			for g := j + 1; g < i && subj == ""; g++ {
				if m := c.an.toks[g].ment; m >= 0 {
					subj = c.ref(m).Actor
				} else if w := c.an.toks[g].norm; g == j+1 && (w == "it" || w == "we" || w == "they") {
					subj = warner // "warned that it could impose sanctions"
				}
			}
			return warner != "" && subj != "" && sameCountry(warner, subj)
		}
		if c.an.toks[j].punct && c.isBreak(j, false) {
			return false
		}
	}
	return false
}
