package ner

import (
	"strings"
	"sync"

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
	// byFirst and seconds index pairs by first word and an id of the
	// second (pairIndex).
	once    sync.Once
	byFirst map[string][]pairType
	seconds map[string]int32
}

// pairType is the type of a pair whose second word has the id second.
type pairType struct {
	second int32
	typ    string
}

// pairIndex fills byFirst and seconds from pairs, once.
func (g *Gazetteer) pairIndex() {
	g.once.Do(func() {
		g.byFirst, g.seconds = map[string][]pairType{}, map[string]int32{}
		for k, t := range g.pairs {
			id := g.seconds[k[1]]
			if id == 0 {
				id = int32(len(g.seconds) + 1)
				g.seconds[k[1]] = id
			}
			g.byFirst[k[0]] = append(g.byFirst[k[0]], pairType{id, t})
		}
	})
}

// pairWith returns the type of the pair in ps whose second word has the
// id second, or "".
func pairWith(ps []pairType, second int32) string {
	for _, p := range ps {
		if p.second == second {
			return p.typ
		}
	}
	return ""
}

// NewGazetteer builds the gazetteer from the Arabic names of lex (nil:
// an empty gazetteer).
func NewGazetteer(lex *lexicon.Lexicon) *Gazetteer {
	g := &Gazetteer{words: map[string][]string{}, pairs: map[[2]string]string{}}
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
