// Package quote finds who said what: direct quotations in every mark news
// uses, and reported speech after verbs of saying in Arabic and English,
// each with its speaker resolved to an entity of the document.
//
// The stage runs after the entity stage and reads d.Tokens, d.Entities
// and their mentions; it fills d.Quotes. A quotation interrupted by its
// attribution or by the narrator gives one quote per part; a quotation
// whose speaker cannot be found is kept with a nil speaker, except short
// scare quotes and quoted names, which are not speech.
package quote

import (
	"context"
	"fmt"
	"sort"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/lexicon"
	"github.com/dyad-news/dyad/internal/text"
)

// Stage is the pipeline stage that fills d.Quotes. It is safe for
// concurrent use.
type Stage struct {
	lx *Lexicon
	// names is dyad's entity lexicon, read to name the body a role
	// mention stands for (US military → United States Armed Forces); nil
	// leaves such speakers as the entity stage named them.
	names *lexicon.Lexicon
}

// New returns the stage with the embedded cue lexicon and dyad's default
// entity lexicon.
func New() (*Stage, error) {
	lx, err := LoadLexicon()
	if err != nil {
		return nil, fmt.Errorf("quote: %w", err)
	}
	names, err := lexicon.Default()
	if err != nil {
		return nil, fmt.Errorf("quote: %w", err)
	}
	return &Stage{lx: lx, names: names}, nil
}

// MustNew is New for callers that treat a broken embedded lexicon as a
// programming error.
func MustNew() *Stage {
	s, err := New()
	if err != nil {
		panic(err)
	}
	return s
}

// Name returns "quote".
func (*Stage) Name() string { return "quote" }

// Process fills d.Quotes; it analyses the text first when no earlier
// stage did. It never fails.
func (s *Stage) Process(_ context.Context, d *doc.Document) error {
	if len(d.Tokens) == 0 && d.Text != "" {
		text.Analyze(d)
	}
	d.Quotes = s.Quotes(d)
	return nil
}

// Quotes returns the quotes of an analysed document.
func (s *Stage) Quotes(d *doc.Document) []doc.Quote {
	out := []doc.Quote{}
	if d.Text == "" {
		return out
	}
	v := newView(s.lx, d)
	v.names = s.names
	defer v.release()
	return v.run(out)
}

// found is a quote before output.
type found struct {
	s, e   int // code points
	direct bool
	frame  bool    // a reported clause that holds quoted fragments
	a      *attrib // nil: no attribution
	spk    []speaker
}

func (v *view) run(out []doc.Quote) []doc.Quote {
	f := &focus{}
	for i := 0; i < len(v.toks); i++ {
		t := v.toks[i]
		if t.q >= 0 && !v.qName[t.q] {
			continue
		}
		c, ok := v.cueAt(i)
		if !ok {
			continue
		}
		a := v.attribute(c, f)
		if a == nil {
			continue
		}
		v.atts = append(v.atts, a)
		if a.spk != nil {
			f.last = a
			if a.spk[0].typ != "PER" {
				f.lastOther = a
			}
			if a.groupSubj {
				f.group = a
			}
			if v.mentionsStatement(a) {
				f.statement = a
			}
		}
		i = c.j - 1
	}
	// speech nested in a sentence that a later cue attributes as a
	// whole (..., are insisting X, a source said) is the outer speaker's
	kept := v.atts[:0]
	for _, a := range v.atts {
		nested := false
		for _, b := range v.atts {
			if b != a && b.post && b.c.ent.kind != kindAccording && b.postS <= a.c.i && a.c.i < b.postE && b.spk == nil {
				nested = true
			}
		}
		if !nested {
			kept = append(kept, a)
		}
	}
	v.atts = kept
	var fs []found
	for _, a := range v.atts {
		fs = v.reported(a, fs)
	}
	fs = v.direct(fs)
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].s < fs[j].s })
	type key struct {
		s, e int
		name string
	}
	seen := map[key]bool{}
	for _, q := range fs {
		var cs *doc.Span
		if q.a != nil {
			cs = &doc.Span{Start: v.toks[q.a.c.i].s, End: v.toks[q.a.c.j-1].e}
		}
		spk := q.spk
		if len(spk) == 0 {
			spk = []speaker{{ent: -2}}
		}
		for _, sp := range spk {
			k := key{q.s, q.e, sp.name}
			if seen[k] {
				continue
			}
			seen[k] = true
			dq := doc.Quote{Text: string(v.rs[q.s:q.e]), Direct: q.direct, Start: q.s, End: q.e, Cue: cs}
			if sp.ent != -2 {
				dq.Speaker = &doc.ActorRef{Name: sp.name, Actor: sp.actor, Entity: sp.ent}
			}
			out = append(out, dq)
		}
	}
	return out
}
