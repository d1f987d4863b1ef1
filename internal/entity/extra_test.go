package entity

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
)

// fakeRecognizer finds each of its words wherever it occurs in the text.
type fakeRecognizer struct {
	words map[string]string // surface -> type
	err   error
}

func (f fakeRecognizer) Recognize(text, _ string) ([]Span, error) {
	if f.err != nil {
		return nil, f.err
	}
	var out []Span
	runes := []rune(text)
	for w, typ := range f.words {
		wr := []rune(w)
		for i := 0; i+len(wr) <= len(runes); i++ {
			if string(runes[i:i+len(wr)]) == w {
				out = append(out, Span{Start: i, End: i + len(wr), Type: typ})
			}
		}
	}
	return out, nil
}

func TestWithRecognizer(t *testing.T) {
	lex := fixture(t)
	cases := []struct {
		label, text string
		words       map[string]string
		want        []want // in order of first mention
		absent      []string
	}{
		{label: "model span outside the lexicon's becomes an entity",
			text:  "Sergey Lavrov met Zorblat Quintar in Moscow.",
			words: map[string]string{"Zorblat Quintar": "PER"},
			want:  []want{{name: "Sergey Lavrov", typ: "PER"}, {name: "Zorblat Quintar", typ: "PER", mentions: []string{"Zorblat Quintar"}}}},
		{label: "lexicon wins on overlap",
			text:   "Sergey Lavrov met reporters in Moscow.",
			words:  map[string]string{"Lavrov": "ORG", "Moscow": "PER"},
			want:   []want{{name: "Sergey Lavrov", typ: "PER", mentions: []string{"Sergey Lavrov"}}, {name: "Moscow", typ: "LOC"}},
			absent: []string{"Lavrov"}},
		{label: "repeated surface is one entity",
			text:  "Zorblat spoke. Later Zorblat left.",
			words: map[string]string{"Zorblat": "PER"},
			want:  []want{{name: "Zorblat", typ: "PER", mentions: []string{"Zorblat", "Zorblat"}}}},
		{label: "labels outside PER ORG LOC MISC are dropped",
			text:   "Zorblat spoke on Tuesday.",
			words:  map[string]string{"Tuesday": "DATE", "Zorblat": "MISC"},
			want:   []want{{name: "Zorblat", typ: "MISC"}},
			absent: []string{"Tuesday"}},
		{label: "spaces and punctuation at the edges are trimmed",
			text:  "They met «Zorblat» there.",
			words: map[string]string{"«Zorblat» ": "ORG"},
			want:  []want{{name: "Zorblat", typ: "ORG", mentions: []string{"Zorblat"}}}},
	}
	for _, c := range cases {
		t.Run(c.label, func(t *testing.T) {
			s := New(lex).WithRecognizer(fakeRecognizer{words: c.words})
			d := &doc.Document{Text: c.text, Lang: "en", Published: "2024-04-09"}
			if err := s.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			got := map[string]doc.Entity{}
			var order []string
			for _, e := range d.Entities {
				got[e.Name] = e
				order = append(order, e.Name)
				for _, m := range e.Mentions {
					if string([]rune(c.text)[m.Start:m.End]) != m.Text {
						t.Errorf("%s: mention %q at [%d,%d) is not the text there", e.Name, m.Text, m.Start, m.End)
					}
				}
			}
			at := -1
			for _, w := range c.want {
				e, ok := got[w.name]
				if !ok {
					t.Errorf("missing %s; got %v", w.name, order)
					continue
				}
				if e.Type != w.typ {
					t.Errorf("%s: type %s, want %s", w.name, e.Type, w.typ)
				}
				if w.mentions != nil {
					var ms []string
					for _, m := range e.Mentions {
						ms = append(ms, m.Text)
					}
					if strings.Join(ms, "|") != strings.Join(w.mentions, "|") {
						t.Errorf("%s: mentions %q, want %q", w.name, ms, w.mentions)
					}
				}
				i := indexOf(order, w.name)
				if i < at {
					t.Errorf("%s out of order: %v", w.name, order)
				}
				at = i
			}
			for _, a := range c.absent {
				if _, ok := got[a]; ok {
					t.Errorf("%s found; want it absent", a)
				}
			}
		})
	}
}

func TestWithRecognizerSameOutputWithoutSpans(t *testing.T) {
	lex := fixture(t)
	text := "Sergey Lavrov met Wang Yi in Beijing on Tuesday."
	plain := New(lex).Recognize(text, "en", "2024-04-09")
	d := &doc.Document{Text: text, Lang: "en", Published: "2024-04-09"}
	if err := New(lex).WithRecognizer(fakeRecognizer{}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(plain) != len(d.Entities) {
		t.Fatalf("%d entities with an empty recogniser, %d without", len(d.Entities), len(plain))
	}
	for i := range plain {
		if plain[i].Name != d.Entities[i].Name || len(plain[i].Mentions) != len(d.Entities[i].Mentions) {
			t.Errorf("entity %d: %s/%d, want %s/%d", i, d.Entities[i].Name, len(d.Entities[i].Mentions), plain[i].Name, len(plain[i].Mentions))
		}
	}
}

func TestWithRecognizerError(t *testing.T) {
	boom := errors.New("boom")
	s := New(fixture(t)).WithRecognizer(fakeRecognizer{err: boom})
	err := s.Process(context.Background(), &doc.Document{Text: "Zorblat spoke.", Lang: "en"})
	if !errors.Is(err, boom) {
		t.Fatalf("error %v, want one wrapping %v", err, boom)
	}
}

func indexOf(xs []string, x string) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}
