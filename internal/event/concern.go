package event

import (
	"slices"
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
)

// Expressed concern (English): "said it had serious concerns that ...",
// "We are disappointed that the council failed ...",
// "We are watching developments in X with grave concern," Y said, "said
// they were deeply concerned by the violence". A speaker who voices
// concern about another actor disapproves of it (CAMEO 11; gold and
// ICEWS practice code "express concern" as disapproval). The speaker is
// the quote's (direct or reported) or the sentence's speech verb's
// subject; the target is the first actor of the sentence outside the
// speaker's country, else the story's home country.

// enConcern lists the words of an expressed concern.
var enConcern = set("concern", "concerns", "concerned", "disappointed", "disappointment", "dismayed", "dismay", "alarmed", "appalled", "troubled", "worried")

// enConcernBefore lists the words that may stand right before "concerned"
// as a predicate adjective ("were deeply concerned", "remain concerned").
var enConcernBefore = set("is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained", "deeply", "very", "gravely", "seriously", "increasingly", "extremely", "particularly", "also", "still")

var concernEntry = &Entry{Lang: "en", Kind: Noun, Trigger: "concern", Code: "110", Pattern: "voice concern (concern rule)", Source: "rule", Flags: map[string]bool{}}

// saidVerb is a speech verb of a sentence and its subject.
type saidVerb struct {
	i int
	a actor
}

// concern codes the expressed concerns of sentence s and reports whether
// it coded one (the statement rule then adds no 010 for the sentence).
func (c *coder) concern(si int, s doc.Sentence, says []saidVerb) bool {
	if c.ar() {
		return false
	}
	for j := s.FirstToken; j < s.EndToken; j++ {
		if !c.inWords(enConcern, j) || c.an.toks[j].consumed || !c.concernNoun(j, s) {
			continue
		}
		// the speech verb before it (coordinated speakers give one event
		// each), else the speaker of the quote holding it
		var srcs []*doc.ActorRef
		from := s.FirstToken
		for _, sv := range says {
			if sv.i < j && sv.a.m >= 0 {
				srcs, from = nil, sv.i+1
				for _, m := range append([]int{sv.a.m}, sv.a.ms...) {
					if r := c.ref(m); !slices.ContainsFunc(srcs, func(x *doc.ActorRef) bool { return x.Name == r.Name }) {
						srcs = append(srcs, r)
					}
				}
			}
		}
		if q := c.quoteAt(j); q != nil && len(srcs) == 0 {
			r := *q.Speaker
			srcs = []*doc.ActorRef{&r}
			for from < j && c.an.d.Tokens[from].Start < q.Start {
				from++
			}
		}
		if len(srcs) == 0 || len(srcs[0].Actor) < 3 {
			continue
		}
		src := srcs[0]
		t := &trig{i: j, e: concernEntry, verb: true, end: j, subjEnd: -1}
		md := c.truth(t, s)
		if md.cond || md.claim || md.negated {
			return false
		}
		var tgt *doc.ActorRef
		how := "first actor of the sentence"
		for g := from; g < s.EndToken; g++ {
			if m := c.mentionAt(g); m >= 0 && c.an.ments[m].actor != "" && !sameCountry(c.an.ments[m].actor, src.Actor) && !c.concernVictim(c.an.ments[m].start, s) {
				tgt = c.ref(m)
				break
			}
		}
		if tgt == nil && c.home != "" && !sameCountry(src.Actor, c.home) {
			tgt, how = &doc.ActorRef{Name: countryName(c.home), Actor: c.home, Entity: -1}, "home country"
		}
		if tgt == nil {
			continue
		}
		for _, sr := range srcs {
			if !sameCountry(sr.Actor, tgt.Actor) {
				c.emit(si, s, t, sr, tgt, md, "CONCERN speaker="+sr.Name, how)
			}
		}
		return true
	}
	return false
}

// concernNoun reports a concern word at j used as the noun or the
// predicate adjective, not the verb ("the issue concerns all states",
// "the result disappointed them") nor a postposed participle ("the
// parties concerned").
func (c *coder) concernNoun(j int, s doc.Sentence) bool {
	w := c.an.toks[j].norm
	if strings.HasSuffix(w, "ed") {
		return j > s.FirstToken && c.inWords(enConcernBefore, j-1)
	}
	if w == "concerns" && j+1 < s.EndToken {
		n := c.an.toks[j+1]
		if n.ment >= 0 || enDet[n.norm] && n.norm != "that" || n.norm == "us" || n.norm == "them" {
			return false
		}
	}
	// the noun: the speaker's own ("had serious concerns", "with grave
	// concern", "voiced its concern"), not others' ("the concerns raised by")
	for g := j - 1; g >= s.FirstToken && g >= j-3; g-- {
		if c.inWords(enConcernCue, g) {
			return true
		}
	}
	return false
}

// enConcernCue lists the words before a concern noun that make it the
// speaker's: having, voicing or holding it, its degree, its owner.
var enConcernCue = set("have", "has", "had", "having", "with", "express", "expressed", "expresses", "expressing", "voice", "voiced", "voices", "voicing", "raised", "raises", "our", "my", "its", "their", "grave", "serious", "deep", "great", "growing", "strong", "particular", "real", "profound", "of")

// enHarmed lists the words before an actor that make it the one a
// concern is for, not the one it is about ("would hurt ordinary
// Iranians", "concern for the people of Gaza").
var enHarmed = set("hurt", "harm", "harms", "affect", "affects", "endanger", "endangers", "for", "toward", "towards")

// concernVictim reports an actor mention starting at st whose governing
// word (past determiners and adjectives) marks it as harmed.
func (c *coder) concernVictim(st int, s doc.Sentence) bool {
	for g := st - 1; g >= s.FirstToken && g >= st-3; g-- {
		w := c.an.toks[g].norm
		if c.inWords(enHarmed, g) {
			return true
		}
		if !enDet[w] && !strings.HasSuffix(w, "ly") && w != "ordinary" && w != "innocent" && w != "civilian" {
			return false
		}
	}
	return false
}
