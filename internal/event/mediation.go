package event

import (
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
)

// Mediated talks (English): "African Union-led talks", "Qatari-brokered
// negotiations", "U.S.-mediated ceasefire talks". The actor who leads or
// brokers the talks mediates (CAMEO 045) between the sides of the story:
// the pair in focus when there is one, else the story's home country (not
// the mediator's own).

// enLedSuffix lists the participles that make an actor the broker of the
// noun after it.
var enLedSuffix = []string{"-led", "-brokered", "-mediated", "-sponsored", "–led", "–brokered"}

// enTalksNoun lists the nouns of mediated talks.
var enTalksNoun = set("talks", "negotiations", "mediation", "process", "dialogue", "ceasefire", "truce", "deal", "agreement", "summit")

var mediateEntry = &Entry{Lang: "en", Kind: Noun, Trigger: "-led talks", Code: "045", Pattern: "X-led talks (mediation rule)", Source: "rule", Flags: map[string]bool{}}

// mediations codes the "X-led talks" of sentence s.
func (c *coder) mediations(si int, s doc.Sentence) {
	if c.ar() {
		return
	}
	for j := s.FirstToken; j < s.EndToken; j++ {
		m := c.an.toks[j].ment
		if m < 0 || c.an.ments[m].end-1 != j || c.an.ments[m].actor == "" {
			continue
		}
		next := j + 1
		if !enLed(c.an.d.Tokens[j].Text) {
			// "Qatar -led talks": the participle as its own token
			if next >= s.EndToken || !enLed(c.an.d.Tokens[next].Text) {
				continue
			}
			next++
		}
		for next < s.EndToken && (c.inWords(enNounModifier, next) || c.an.toks[next].norm == "peace") {
			next++
		}
		if next >= s.EndToken || !c.inWords(enTalksNoun, next) {
			continue
		}
		src := c.ref(m)
		t := &trig{i: next, e: mediateEntry, end: next, subjEnd: -1}
		md := c.truth(t, s)
		if md.cond || md.claim || md.negated {
			continue
		}
		var tgts []*doc.ActorRef
		how := "the pair in focus"
		if c.hasPair {
			for _, p := range c.pair {
				if r := c.ref(p); !sameCountry(r.Actor, src.Actor) {
					tgts = append(tgts, r)
				}
			}
		}
		if len(tgts) == 0 && c.home != "" && !sameCountry(c.home, src.Actor) {
			tgts, how = []*doc.ActorRef{{Name: countryName(c.home), Actor: c.home, Entity: -1}}, "home country"
		}
		for _, tg := range tgts {
			c.emit(si, s, t, src, tg, md, "MEDIATION "+c.mtext(m), how)
		}
	}
}

// enLed reports a token that is (or ends with) a broker participle.
func enLed(w string) bool {
	w = strings.ToLower(w)
	for _, suf := range enLedSuffix {
		if strings.HasSuffix(w, suf) || w == suf[1:] {
			return true
		}
	}
	return false
}
