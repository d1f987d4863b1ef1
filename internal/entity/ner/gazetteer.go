package ner

import (
	"strings"

	"github.com/dyad-news/dyad/internal/lexicon"
	"github.com/dyad-news/dyad/internal/text/arabic"
)

// Gazetteer holds what dyad's lexicon knows about Arabic words: per
// normalised word, classes such as "one:LOC" (a whole one-word name),
// "first:PER" (begins a longer name), "part:ORG" (inside one) and "dem"
// (a country adjective); per pair of words, the type of a name that
// starts with them.
type Gazetteer struct {
	words map[string][]string
	pairs map[[2]string]string
	// firsts holds the first words of pairs.
	firsts map[string]bool
}

// NewGazetteer builds the gazetteer from the Arabic names of lex (nil:
// an empty gazetteer).
func NewGazetteer(lex *lexicon.Lexicon) *Gazetteer {
	g := &Gazetteer{words: map[string][]string{}, pairs: map[[2]string]string{}, firsts: map[string]bool{}}
	if lex == nil {
		return g
	}
	add := func(w, c string) {
		for _, x := range g.words[w] {
			if x == c {
				return
			}
		}
		g.words[w] = append(g.words[w], c)
	}
	for _, e := range lex.Entries {
		typ := e.Type
		if typ == "" {
			continue
		}
		for _, n := range e.Names {
			if !lexicon.IsArabic(n) {
				continue
			}
			ws := strings.Fields(arabic.Normalize(n))
			if len(ws) == 1 {
				add(ws[0], "one:"+typ)
				continue
			}
			for k, w := range ws {
				if k == 0 {
					add(w, "first:"+typ)
				} else {
					add(w, "part:"+typ)
				}
			}
			if len(ws) >= 2 {
				g.pairs[[2]string{ws[0], ws[1]}] = typ
				g.firsts[ws[0]] = true
			}
		}
		for _, a := range e.AdjAr {
			for _, w := range strings.Fields(arabic.Normalize(a)) {
				add(w, "dem")
			}
		}
	}
	return g
}

// classes returns the gazetteer classes of a normalised word, read as
// written, after its proclitics, and after its proclitics with the
// article kept.
func (g *Gazetteer) classes(norm, pre, stem string) []string {
	var out []string
	out = append(out, g.words[norm]...)
	if pre != "" {
		out = append(out, g.words[stem]...)
		if arabic.HasArticle(pre) {
			out = append(out, g.words["ال"+stem]...)
		}
	}
	return out
}

// pair returns the type of a lexicon name beginning with the two words
// (normalised, proclitics stripped from the first), or "".
func (g *Gazetteer) pair(a, b string) string { return g.pairs[[2]string{a, b}] }
