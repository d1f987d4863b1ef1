// Package event is dyad's event stage: it codes who did what to whom as
// CAMEO events, from predicate lexicons (data/predicates_*.tsv), a small
// Arabic verb morphology, English inflection and a shallow clause
// analysis (no treebank parser), after the entity, timex and quote stages
// have filled d.Entities, d.Dates and d.Quotes.
//
// The rules, in order (README.md beside this file tells them at length):
//
//   - Triggers: a word whose lemma (Arabic: any conjugation of a verb in
//     the lexicon; English: any inflection) or event noun is in the
//     lexicon; the entry whose cue words all follow in the clause wins,
//     the most specific first ("دعا إلى وقف إطلاق النار" over "دعا إلى").
//   - Arguments: the subject is the actor before the verb in the same
//     clause (SVO) or right after it (VSO), else the dropped or pronoun
//     subject from the discourse focus; the target stands in the entry's
//     slot (direct object or a preposition). Passives take their agent
//     from by/من قبل. Coordinated actors give one event each; "the two
//     sides" is the pair in focus.
//   - Truth: a negated predicate gives an event with Negated set; one
//     under a condition or hypothesis (if, would, إذا، لو، قد يفعل) or
//     inside an allegation (accused X of Y-ing) gives none; a future or
//     intended one is recoded to its "express intent" (03x) or "threaten"
//     (13x) code with Mood "intent".
//   - Event nouns are coded when a support verb carries them (held talks,
//     أجرى مكالمة), when they frame the main clause (في مكالمة هاتفية مع
//     X، ضغط Y ...), and as background (amid Russia's invasion of
//     Ukraine, وسط غزو موسكو لأوكرانيا) only when both the genitive
//     agent and the target are actors and no hypothesis word modifies
//     them.
//   - Discourse fallbacks, each named in Why: talks entries take the other
//     side of the pair in focus; a visit or meeting with an unnamed place or
//     unnamed officials takes the dateline's country; an institution that
//     "said/stressed" something about an actor makes a statement (010) to
//     it ("the decision" standing for the actor whose decision was named).
//   - Implicit actors (roles.go): role nouns without a country (the
//     police, المتظاهرون) take the article's home country, bare country
//     adjectives (the Israeli strikes) are actors, persons the lexicon
//     does not know are citizens; reactions to a thing, announced and
//     attempted acts and fighting "between X and Y" are coded from them.
//   - Events are dated by the nearest time expression of their sentence,
//     else the publication date, and merged per (source, target, code,
//     date) with every evidence sentence kept.
package event

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/event/cameo"
)

// Options tune the stage.
type Options struct {
	// AllMentions keeps one event per sentence instead of merging repeats
	// of (source, target, code, date) in a document.
	AllMentions bool
	// KeepHypothetical prints conditional and alleged events with Mood
	// "condition" or "claim" and Negated set, instead of leaving them out.
	KeepHypothetical bool
	// NoBackground leaves out background nominal events.
	NoBackground bool
}

// Stage is the event pipeline stage.
type Stage struct {
	lex  *Lexicon
	opts Options
}

// New returns the stage with the embedded lexicons, plus an overlay
// predicate file when overlay is not "".
func New(opts Options, overlay string) (*Stage, error) {
	lx, err := DefaultLexicon()
	if err != nil {
		return nil, err
	}
	if overlay != "" {
		if err := lx.AddFile(overlay); err != nil {
			return nil, err
		}
	}
	return &Stage{lex: lx, opts: opts}, nil
}

// NewWithLexicon returns a stage using lx.
func NewWithLexicon(lx *Lexicon, opts Options) *Stage { return &Stage{lex: lx, opts: opts} }

// Lexicon returns the stage's lexicon.
func (s *Stage) Lexicon() *Lexicon { return s.lex }

// Name returns "event".
func (s *Stage) Name() string { return "event" }

// Process codes d's events into d.Events. It needs d.Tokens (text stage)
// and uses d.Entities, d.Dates and d.Quotes when present.
func (s *Stage) Process(ctx context.Context, d *doc.Document) error {
	if len(d.Tokens) == 0 && d.Text != "" {
		return fmt.Errorf("event: document %q has no tokens (run the text stage first)", d.ID)
	}
	buf := prepPool.Get().(*prepBuf)
	an := prepareInto(d, s.lex, buf)
	c := &coder{an: an, lex: s.lex, opts: s.opts, out: buf.cands[:0]}
	evs := c.run()
	d.Events = s.merge(d, evs)
	an.release(evs)
	if d.Events == nil {
		d.Events = []doc.Event{}
	}
	return nil
}

// candidate is one coded event before merging.
type candidate struct {
	ev   doc.Event
	sent int
	tok  int
	// byRule: coded by a discourse rule (statement, concern, evaluation,
	// mediation), not by a predicate of the lexicon
	byRule bool
	// trigger is the predicate's trigger word (its lemma)
	trigger string
}

func (s *Stage) merge(d *doc.Document, cs []candidate) []doc.Event {
	out := make([]doc.Event, 0, len(cs))
	if s.opts.AllMentions {
		seen := map[string]bool{}
		for _, c := range cs {
			k := key(c.ev) + fmt.Sprintf("|%d", c.sent)
			if !seen[k] {
				seen[k] = true
				out = append(out, c.ev)
			}
		}
		return out
	}
	idx := map[string]int{}
	fromHeadline := map[int]bool{}
	hasHeadline := headline(d, 0)
	for _, c := range cs {
		k := key(c.ev)
		if i, ok := idx[k]; ok {
			e := &out[i]
			if fromHeadline[i] && !(hasHeadline && c.sent == 0) {
				// the body states the event in full: its sentence is the
				// evidence, the headline one more mention
				more := append([]doc.Evidence{e.Evidence}, e.More...)
				e.Evidence, e.More = c.ev.Evidence, more
				fromHeadline[i] = false
				continue
			}
			if e.Evidence.Start != c.ev.Evidence.Start && !hasEvidence(e.More, c.ev.Evidence) {
				e.More = append(e.More, c.ev.Evidence)
			}
			continue
		}
		idx[k] = len(out)
		fromHeadline[len(out)] = hasHeadline && c.sent == 0
		out = append(out, c.ev)
	}
	return foldHeadline(out, fromHeadline)
}

// foldHeadline drops an event coded only from the headline when the body
// codes the same act between the same countries with other actor codes
// ("South Korea's Yoon lifts martial law" KOR, body "President Yoon
// lifted" KORGOV): the body's event keeps the headline as more evidence.
func foldHeadline(out []doc.Event, fromHeadline map[int]bool) []doc.Event {
	dyad := func(e doc.Event) string {
		k := func(r *doc.ActorRef) string {
			if r == nil {
				return "-"
			}
			if strings.HasPrefix(r.Actor, "IGO") || strings.HasPrefix(r.Actor, "NGO") {
				return r.Actor[:min(6, len(r.Actor))]
			}
			return r.Actor[:min(3, len(r.Actor))]
		}
		neg := ""
		if e.Negated {
			neg = "!"
		}
		return k(e.Source) + "|" + k(e.Target) + "|" + e.Code[:min(2, len(e.Code))] + "|" + neg
	}
	body := map[string]int{}
	for i, e := range out {
		if !fromHeadline[i] {
			if _, ok := body[dyad(e)]; !ok {
				body[dyad(e)] = i
			}
		}
	}
	drop := map[int]bool{}
	for i, e := range out {
		if b, ok := body[dyad(e)]; ok && fromHeadline[i] {
			if !hasEvidence(out[b].More, e.Evidence) {
				out[b].More = append(out[b].More, e.Evidence)
			}
			drop[i] = true
		}
	}
	if len(drop) == 0 {
		return out
	}
	keep := make([]doc.Event, 0, len(out)-len(drop))
	for i, e := range out {
		if !drop[i] {
			keep = append(keep, e)
		}
	}
	return keep
}

// headline reports that sentence si of d is the article's headline: the
// first sentence, on a line of its own, without a final full stop.
func headline(d *doc.Document, si int) bool {
	if si != 0 || len(d.Sentences) < 2 {
		return false
	}
	rs := d.RuneText()
	end := d.Sentences[0].End
	if end <= 0 || end > len(rs) || rs[end-1] == '.' {
		return false
	}
	for j := end; j < len(rs); j++ {
		switch rs[j] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return false
}

func hasEvidence(es []doc.Evidence, e doc.Evidence) bool {
	for _, x := range es {
		if x.Start == e.Start {
			return true
		}
	}
	return false
}

func key(e doc.Event) string {
	a := func(r *doc.ActorRef) string {
		if r == nil {
			return "-"
		}
		return r.Actor + "/" + r.Name
	}
	neg := ""
	if e.Negated {
		neg = "!"
	}
	return a(e.Source) + "|" + a(e.Target) + "|" + e.Code + "|" + e.Date + "|" + neg + e.Mood
}

// fill sets the code table fields of e.
func fill(e *doc.Event) {
	if c, ok := cameo.Lookup(e.Code); ok {
		e.Label, e.Plover, e.Goldstein, e.Quad = c.Label, c.Plover, c.Goldstein, c.Quad
	}
}

// intentCode maps a code to the code of the intent (or threat) to do it.
func intentCode(code string) string {
	if len(code) < 2 {
		return code
	}
	root := code[:2]
	sub := ""
	if len(code) >= 3 {
		sub = code[:3]
	}
	switch root {
	case "01", "02", "03", "10", "11", "12", "13":
		return code
	case "04":
		switch sub {
		case "045":
			return "039"
		default:
			return "036"
		}
	case "05":
		return "032"
	case "06":
		switch sub {
		case "061":
			return "0311"
		case "062":
			return "0312"
		case "063":
			return "0313"
		case "064":
			return "0314"
		}
		return "031"
	case "07":
		switch sub {
		case "071":
			return "0331"
		case "072":
			return "0332"
		case "073":
			return "0333"
		case "074":
			return "0334"
		}
		return "033"
	case "08":
		switch sub {
		case "081":
			return "0351"
		case "082":
			return "0352"
		case "083":
			return "034"
		case "084":
			return "0353"
		case "085":
			return "0354"
		case "086":
			return "0355"
		case "087":
			return "0356"
		}
		return "035"
	case "09":
		return "031"
	case "14":
		return "133"
	case "15":
		return "138"
	case "16":
		switch sub {
		case "161":
			return "1313"
		case "162":
			return "1311"
		case "163":
			return "1312"
		case "164":
			return "134"
		case "165":
			return "135"
		case "166":
			return "136"
		}
		return "131"
	case "17":
		switch sub {
		case "172":
			return "132"
		case "175":
			return "137"
		}
		return "130"
	case "18":
		return "1383"
	case "19":
		switch sub {
		case "191":
			return "1381"
		case "192":
			return "1382"
		}
		return "1384"
	case "20":
		return "1385"
	}
	return code
}

// sortEvents orders events by evidence position (stable output).
func sortEvents(es []doc.Event) {
	sort.SliceStable(es, func(i, j int) bool { return es[i].Evidence.Start < es[j].Evidence.Start })
}

var _ = strings.TrimSpace
