package event

import (
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
)

// Domestic acts (English): protests, curfews, martial law and crackdowns
// are acts of one country on itself, and news rarely names their target.
// CAMEO codes them between two roles of that country:
//
//   - a protest (14) by a non-state actor (protesters, the opposition, a
//     union) that names no target addresses its own government (KORCVL →
//     KORGOV), unless it is held at a foreign mission ("rallied outside the
//     French embassy" → FRA);
//   - a restriction on the whole country (curfew, martial law, state of
//     emergency, and their lifting: 1723 1724 0813 0814) or a resignation
//     (0831, yielding to the country's demand), or a ban or a
//     crackdown (172 175) by the state of the story's home country, falls
//     on its own population (PERGOV → PERCVL);
//   - a specific appeal (02 with its cue words: call for calm, for
//     dialogue) by the state of a story that is about its own country
//     addresses its own public.

// domesticPopulationCodes are the codes of restrictions a state imposes
// (or lifts) on its whole country: coded against its population whatever
// the story's home country.
var domesticPopulationCodes = set("1723", "1724", "0813", "0814", "0831")

// domesticHomeCodes are bans and crackdowns: coded against the population
// only when the state is the home country's (or the story has none).
var domesticHomeCodes = set("172", "1721", "1722", "175")

// stateRoles are the roles (and "" for the bare country) that act as the
// state.
var stateRoles = map[string]bool{"": true, "GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "ELI": true, "SPY": true}

// protestSite lists the prepositions of a protest's place.
var protestSite = set("outside", "at", "near", "before", "opposite")

// domesticTarget returns the target of a domestic act t by src that
// names none, and the rule's name; nil when none applies.
func (c *coder) domesticTarget(t *trig, s doc.Sentence, src *doc.ActorRef) (*doc.ActorRef, string) {
	a := src.Actor
	if len(a) < 3 || strings.HasPrefix(a, "IGO") || strings.HasPrefix(a, "NGO") {
		return nil, ""
	}
	country, role := a[:3], ""
	if len(a) >= 6 {
		role = a[3:6]
	}
	code := t.e.Code
	switch {
	case strings.HasPrefix(code, "14"):
		if m := c.protestSiteActor(t, s); m >= 0 && !sameCountry(c.an.ments[m].actor, a) {
			return c.ref(m), "protest site"
		}
		if !nonState[role] || stateRoles[role] {
			return nil, ""
		}
		return &doc.ActorRef{Name: roleName["GOV"], Actor: country + "GOV", Entity: -1}, "protest: own government"
	case strings.HasPrefix(code, "02") && c.homeStrong && sameCountry(a, c.home) && len(t.cues) >= 2:
		// "the army chief called for calm" in a story about his own
		// country: an appeal to its own public (a specific appeal, by an
		// institution of the state, not a bare-country company or citizen)
		if role == "" || !stateRoles[role] {
			return nil, ""
		}
		return &doc.ActorRef{Name: "civilians", Actor: country + "CVL", Entity: -1}, "domestic appeal: own public"
	case domesticPopulationCodes[code] || domesticHomeCodes[code] && (c.home == "" || sameCountry(a, c.home)):
		if !stateRoles[role] {
			return nil, ""
		}
		return &doc.ActorRef{Name: "civilians", Actor: country + "CVL", Entity: -1}, "domestic: own population"
	}
	return nil, ""
}

// protestSiteActor returns the actor named right after a place
// preposition in the protest's clause ("outside the French embassy"), or
// -1.
func (c *coder) protestSiteActor(t *trig, s doc.Sentence) int {
	for j := t.i + 1; j < s.EndToken && j < t.end+8; j++ { // (the site may be a cue: "rallied outside")
		if c.isBreak(j, true) {
			return -1
		}
		if !protestSite[c.an.toks[j].norm] && !(c.an.toks[j].norm == "of" && j > 0 && c.an.toks[j-1].norm == "front") {
			continue
		}
		for g := j + 1; g < s.EndToken && g < j+4; g++ {
			if m := c.mentionAt(g); m >= 0 {
				return m
			}
			if !enDet[c.an.toks[g].norm] {
				break
			}
		}
	}
	return -1
}

// enPersonDemandRoots are the roots of demands and reproaches whose
// pattern may name a person's thing (his resignation, her release).
var enPersonDemandRoots = set("10", "11", "12", "13")

// patternPossessor resolves a possessive its/their between an English
// trigger and its last cue ("entered its air defence zone", "violated
// their airspace"): the latest actor in focus that is not a person and not
// of src's country owns the thing, and is the target; his/her is the
// person named before in the sentence ("accusing Pashinyan of … and
// demanding his resignation"). Nil when none.
func (c *coder) patternPossessor(t *trig, src *doc.ActorRef) *doc.ActorRef {
	for j := t.i + 1; j < t.end; j++ {
		if w := c.an.toks[j].norm; (w == "his" || w == "her") && enPersonDemandRoots[t.e.Code[:2]] {
			// "demanding his resignation": the person named before in
			// the sentence, other than the source
			if m := c.recentPerson(j, -1); m >= 0 && c.an.d.Tokens[c.an.ments[m].start].Sentence == c.an.d.Tokens[j].Sentence && c.ref(m).Name != src.Name {
				return c.ref(m)
			}
			continue
		} else if w != "its" && w != "their" {
			continue
		}
		for k := len(c.focus) - 1; k >= 0 && k >= len(c.focus)-6; k-- {
			m := c.focus[k]
			if c.an.ments[m].typ != "PER" && c.an.ments[m].actor != "" && !sameCountry(c.an.ments[m].actor, src.Actor) {
				return c.ref(m)
			}
		}
	}
	return nil
}

// enSeatNoun lists the buildings of a state or a foreign mission that a
// crowd storms, attacks or occupies; enMissionNoun the foreign missions
// among them.
var (
	enSeatNoun    = set("embassy", "embassies", "consulate", "consulates", "mission", "office", "offices", "palace", "residence", "parliament", "building", "buildings", "headquarters", "ministry", "legislature", "courthouse")
	enMissionNoun = set("embassy", "embassies", "consulate", "consulates", "mission")
)

// seatTargets returns the targets of a physical attack (18, 19, riots
// 145 and arson 1712) by a non-state actor that names no actor but a
// building ("protesters stormed the prime minister's office", "set fire to
// the French embassy", "targeted the embassies of Rwanda and Kenya"): the
// countries of a foreign mission (the adjective before it, the list after
// its "of"), else, for the seat of the state, the actor's own government.
// Nil when the object is no such building or a mission is not named.
func (c *coder) seatTargets(t *trig, s doc.Sentence, src *doc.ActorRef) ([]*doc.ActorRef, string) {
	code, a := t.e.Code, src.Actor
	if !(strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || code == "145" || code == "1712") || len(a) < 6 || !nonState[a[3:6]] || stateRoles[a[3:6]] {
		return nil, ""
	}
	for j := t.end + 1; j < s.EndToken && j <= t.end+5; j++ {
		if c.isBreak(j, true) {
			return nil, ""
		}
		w := c.an.toks[j].norm
		if !enSeatNoun[w] {
			continue
		}
		if !enMissionNoun[w] {
			return []*doc.ActorRef{{Name: roleName["GOV"], Actor: a[:3] + "GOV", Entity: -1}}, "seat of the state: own government"
		}
		var out []*doc.ActorRef
		if m := c.an.toks[j-1].ment; m >= 0 && !sameCountry(c.an.ments[m].actor, a) {
			out = append(out, c.ref(m)) // the French embassy
		}
		if j+1 < s.EndToken && c.an.toks[j+1].norm == "of" {
			// the embassies of Rwanda, Belgium, the United States and Kenya
			for g := j + 2; g < s.EndToken; g++ {
				k := c.an.toks[g]
				if m := c.mentionAt(g); m >= 0 {
					if !sameCountry(c.an.ments[m].actor, a) {
						out = append(out, c.ref(m))
					}
					for g+1 < s.EndToken && c.an.toks[g+1].ment == m {
						g++
					}
					continue
				}
				if k.norm == "," || k.norm == "and" || enDet[k.norm] {
					continue
				}
				break
			}
		}
		if len(out) == 0 {
			return nil, ""
		}
		return out, "foreign mission"
	}
	return nil, ""
}

// enCauseRoots are the roots of reactions whose cause a news sentence
// states in an after/over clause.
var enCauseRoots = set("11", "12", "14", "16")

// enCauseActor returns the actor that opens an "after"/"over" phrase
// right after a reaction with no target ("the Philippines protested on
// Monday after Chinese ships fired water cannon", "recalled its ambassador
// over Russia's move"): the reaction addresses it. -1 when none, or when
// it is of src's own country.
func (c *coder) enCauseActor(t *trig, s doc.Sentence, src *doc.ActorRef) int {
	if !enCauseRoots[t.e.Code[:2]] {
		return -1
	}
	for j := t.end + 1; j < s.EndToken && j <= t.end+4; j++ {
		k := &c.an.toks[j]
		if k.norm != "after" && k.norm != "over" {
			if k.punct || c.isClauseWord(j) {
				return -1
			}
			continue
		}
		for g := j + 1; g < s.EndToken && g <= j+3; g++ {
			if m := c.mentionAt(g); m >= 0 {
				if sameCountry(c.an.ments[m].actor, src.Actor) || c.an.ments[m].actor == "" {
					return -1
				}
				return m
			}
			if !enDet[c.an.toks[g].norm] {
				break
			}
		}
		return -1
	}
	return -1
}
