// Package entity is dyad's entity stage: it finds the people,
// organisations and places a document names, links them to lexicon
// records, resolves their CAMEO actor codes at the document's date and
// prints each once with all its mentions (doc.Entity).
//
// The stage works in passes over the document's words (lexicon.Prepare:
// the same units and folding as the lexicon's index, so both sides agree):
//
//  1. lexicon names, longest match first, Arabic words read after their
//     proclitics (وروسيا, بالصين, للأمم المتحدة), English names with their
//     case (acronyms upper-case, names capitalised); role phrases
//     (وزير الخارجية, Defense Secretary) and demonyms (الصيني, Chinese) are
//     matched alongside;
//  2. fuzzy matching of person names by skeleton (بوتن ~ بوتين,
//     سيرغي ~ سيرجي), only to one unique person;
//  3. context: a name after a role phrase or title (وزير الخارجية الروسي
//     X Y, الرئيس "رجب طيب أردوغان", Defense Secretary Mark Esper), a role
//     phrase with a demonym and no name (the holder of that office at the
//     document's date), a counterpart (نظيره الصيني), capitalised English
//     sequences typed by their heads and context, Arabic place and
//     organisation heads (بلدة, منتجع, منظمة ...);
//  4. coreference: a surname or other part of a person's full name seen
//     earlier in the document (Esper, وانغ, شي) is that person;
//  5. roles on mentions: a capital or seat of power used as an agent, not
//     a place (ودعا بكين, Moscow said) keeps its place entity but its
//     mention gets the place's metonym actor (CHNGOV); a group role phrase
//     with a demonym or country (القوات الروسية, the Israeli army, US
//     troops) becomes a mention of that country with role COUNTRY+agent
//     (RUSMIL, ISRMIL, USAMIL).
//
// Entity.Actor is, for persons, the actor of their dated role at the
// document's date (d.Published, else today); for countries, the CAMEO
// country code; for organisations, their code.
package entity

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/entity/ner"
	"github.com/dyad-news/dyad/internal/lexicon"
)

// Stage is the entity pipeline stage.
type Stage struct {
	lex *lexicon.Lexicon
	// Today returns the date (YYYY-MM-DD) used for documents without a
	// publication date.
	Today func() string
	// extra is an optional recogniser merged after the passes (extra.go).
	extra Recognizer
	// NER proposes Arabic names outside the lexicon (internal/entity/ner,
	// nerPass); nil turns it off.
	NER *ner.Tagger
	// types caches what the stage knows of each word (types.go).
	types atomic.Pointer[typeCache]
}

// New returns the stage over a loaded lexicon.
func New(lex *lexicon.Lexicon) *Stage {
	s := &Stage{lex: lex, Today: func() string { return time.Now().Format(time.DateOnly) }}
	s.NER, _ = ner.Default(lex) // the embedded model; nil (off) if it fails to load
	return s
}

// Name returns "entity".
func (s *Stage) Name() string { return "entity" }

// Process fills d.Entities; it fails only when an extra recogniser does.
func (s *Stage) Process(_ context.Context, d *doc.Document) error {
	d.Entities = s.recognize(d.Text, d.RuneText(), d.Lang, s.date(d.Published))
	if s.extra != nil {
		spans, err := s.extra.Recognize(d.Text, d.Lang)
		if err != nil {
			return fmt.Errorf("entity: %w", err)
		}
		d.Entities = mergeSpans(d.Text, d.Entities, spans)
	}
	if d.Entities == nil {
		d.Entities = []doc.Entity{}
	}
	return nil
}

// date returns the YYYY-MM-DD part of a publication date, or today.
func (s *Stage) date(published string) string {
	if len(published) >= 10 {
		if _, err := time.Parse(time.DateOnly, published[:10]); err == nil {
			return published[:10]
		}
	}
	if s.Today != nil {
		return s.Today()
	}
	return time.Now().Format(time.DateOnly)
}

// Recognize returns the entities of text (language lang: "ar", "en" or
// "" to decide per word) at date (YYYY-MM-DD).
func (s *Stage) Recognize(text, lang, date string) []doc.Entity {
	return s.recognize(text, nil, lang, date)
}

// recognize is Recognize with the code points of text already decoded
// (runes == []rune(text)), or nil to decode them here.
func (s *Stage) recognize(text string, runes []rune, lang, date string) []doc.Entity {
	st := newState(s.cacheFor(), text, runes, lang, date)
	st.lexiconPass()
	st.fuzzyPass()
	st.nasabPass()
	st.rolePass()
	st.orgPhrasePass()
	st.bareLegislaturePass()
	st.titlePass()
	st.capitalPass()
	st.bodyNamePass()
	st.arabicHeadPass()
	st.sayPass()
	st.corefPass()
	if s.NER != nil {
		st.nerPass(s.NER)
	}
	st.mentionRoles()
	st.dropStrayPlaces()
	out := st.entities()
	st.release()
	return out
}

// release returns the state's reusable memory; st must not be used after.
func (st *state) release() {
	if sc := st.scratch; sc != nil {
		sc.spanPtrs, sc.roles, sc.dems = st.spans[:0], st.roles[:0], st.dems[:0]
		// the pool keeps at most one document's memory per scratch, and
		// none of a very long one
		if cap(sc.runes) > 1<<20 || cap(sc.raw) > 1<<17 {
			*sc = scratch{local: sc.local, index: sc.index}
		}
		scratchPool.Put(sc)
		st.scratch, st.words = nil, nil
	}
}

// span is one mention found by a pass.
type span struct {
	s, e       int // words [s, e)
	start, end int // code points of the mention
	entry      *lexicon.Entry
	typ        string
	name       string
	country    string
	actor      string // for unlinked persons: from their context
	role       string // mention role
	title      string // office of an unlinked person
	key        string // grouping key
	link       *span  // coreference: the span this one names again
}

func (sp *span) groupKey() string {
	for sp.link != nil {
		sp = sp.link
	}
	if sp.key != "" {
		return sp.key
	}
	if sp.entry != nil {
		return sp.entry.ID
	}
	return "ool:" + sp.typ + ":" + lexicon.Fold(sp.name)
}

func (sp *span) root() *span {
	for sp.link != nil {
		sp = sp.link
	}
	return sp
}

// entities groups the spans into entities, in order of first mention.
func (st *state) entities() []doc.Entity {
	slices.SortStableFunc(st.spans, func(a, b *span) int { return cmp.Compare(a.start, b.start) })
	sc := st.scratch
	index := sc.index
	defer clear(index)
	// the entities' first spans, and the mentions by entity, then in one
	// block of memory
	recs, firsts, counts := sc.recs[:0], sc.firsts[:0], sc.counts[:0]
	defer func() { sc.recs, sc.firsts, sc.counts = recs[:0], firsts[:0], counts[:0] }()
	for _, sp := range st.spans {
		if sp.end <= sp.start {
			continue
		}
		k := sp.groupKey()
		i, ok := index[k]
		if !ok {
			i = len(firsts)
			index[k] = i
			firsts = append(firsts, sp)
			counts = append(counts, 0)
		}
		counts[i]++
		recs = append(recs, rec{i, sp})
	}
	if len(firsts) == 0 {
		return nil
	}
	out := make([]doc.Entity, len(firsts))
	for i, sp := range firsts {
		out[i] = st.entityOf(sp.root())
	}
	block := make([]doc.Mention, len(recs))
	for i, n := range counts {
		out[i].Mentions, block = block[:0:n], block[n:]
	}
	size := 0 // bytes of the mention texts
	for _, r := range recs {
		sp, ms := r.sp, &out[r.i].Mentions
		if slices.ContainsFunc(*ms, func(m doc.Mention) bool { return m.Start == sp.start && m.End == sp.end }) {
			continue
		}
		*ms = append(*ms, doc.Mention{Start: sp.start, End: sp.end, Role: sp.role})
		for _, r := range st.runes[sp.start:sp.end] {
			size += utf8.RuneLen(r)
		}
	}
	// the mention texts, as string(runes[start:end]), share one string
	var b strings.Builder
	b.Grow(size)
	offs := sc.offs[:0]
	defer func() { sc.offs = offs[:0] }()
	for i := range out {
		for _, m := range out[i].Mentions {
			offs = append(offs, b.Len())
			for _, r := range st.runes[m.Start:m.End] {
				b.WriteRune(r)
			}
		}
	}
	all := b.String()
	offs = append(offs, len(all))
	k := 0
	for i := range out {
		ms := out[i].Mentions
		for j := range ms {
			ms[j].Text = all[offs[k]:offs[k+1]]
			k++
		}
		slices.SortStableFunc(ms, func(a, b doc.Mention) int { return cmp.Compare(a.Start, b.Start) })
	}
	return out
}

func (st *state) entityOf(sp *span) doc.Entity {
	e := doc.Entity{Name: sp.name, Type: sp.typ, Country: sp.country}
	if en := sp.entry; en != nil {
		e.Name, e.Type, e.LexiconID = en.Name, en.Type, en.ID
		if en.Country != "" {
			e.Country = en.Country
		}
		e.Actor, _ = en.ActorAt(st.date)
		if e.Actor == "" && en.Kind == lexicon.Place && en.Type == "ORG" {
			e.Actor = en.Metonym
		}
		if en.HasCoord && (en.Kind == lexicon.Place || en.Kind == lexicon.Country) {
			lat, lon := en.Lat, en.Lon
			e.Lat, e.Lon = &lat, &lon
		}
		if en.Kind == lexicon.Country && e.Country != "" {
			e.Country = en.Country
		}
		return e
	}
	e.Actor = sp.actor
	if e.Actor == "" && e.Type == "PER" && e.Country != "" {
		e.Actor = st.countryCode(e.Country)
	}
	return e
}

// countryCode returns the CAMEO code of an ISO country.
func (st *state) countryCode(iso string) string {
	if c := st.lex.Country(iso); c != nil {
		return c.Code
	}
	return iso
}

// dropStrayPlaces removes places (not capitals, under a million people,
// or seats of power) whose country the document names nowhere else: a
// name shared with a far-away place ("Blue House" in Harare is not
// Seoul's).
func (st *state) dropStrayPlaces() {
	named := map[string]bool{}
	for _, sp := range st.spans {
		if sp.entry != nil && sp.entry.Kind == lexicon.Place && sp.entry.SubKind != "capital" {
			continue
		}
		if c := sp.root().country; c != "" {
			named[c] = true
		}
		if sp.entry != nil && sp.entry.Country != "" {
			named[sp.entry.Country] = true
		}
	}
	for _, d := range st.dems {
		named[d.entry.Country] = true
	}
	// places of a named country vouch for their neighbours of that country
	kept := st.spans[:0]
	for _, sp := range st.spans {
		e := sp.entry
		if e != nil && e.Kind == lexicon.Place && e.Country != "" && !named[e.Country] &&
			(e.SubKind == "seat" || e.SubKind == "city" && e.Population < 1000000) {
			for k := sp.s; k < sp.e; k++ {
				if st.cover[k] == sp {
					st.cover[k] = nil
				}
			}
			continue
		}
		kept = append(kept, sp)
	}
	st.spans = kept
}
