package ner

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/text/arabic"
)

// wordInfo is what the tagger derives from one token by itself.
type wordInfo struct {
	norm string   // arabic.Normalize of the token
	pre  string   // proclitics (arabic.SegmentWord)
	stem string   // the token without proclitics and enclitic
	rest string   // the token without proclitics (stem + enclitic)
	prop []string // properties of the word alone
	// pairs: the pairs (lexicon names of two words or more) that may
	// begin here, or nil
	pairs *pairFirsts
	// second is the id of norm as the second word of a pair, or 0.
	second int32
}

// pairFirsts are the pairs that begin with a word: read as written,
// after its proclitics, and after its proclitics with the article kept.
type pairFirsts struct{ norm, rest, art []pairType }

// analyze returns the properties of a token that depend on it alone:
//
//	w:  normalised form        s:  clitic-stripped stem
//	p:  proclitics             x:  enclitic pronoun
//	a2: a3: first letters of the stem; z2: z3: last letters of the word
//	n:  length of the stem in letters (capped at 8)
//	k:  kind: arabic, latin, digit or punct (with the punctuation itself)
//	g:  gazetteer classes (see Gazetteer)
//	b   bias
func analyze(tok string, g *Gazetteer) wordInfo {
	norm := arabic.Normalize(tok)
	wi := wordInfo{norm: norm, stem: norm, rest: norm}
	p := make([]string, 0, 16)
	p = append(p, "b", "w:"+norm)
	r, _ := utf8.DecodeRuneInString(norm)
	switch {
	case r >= 0x0600 && r <= 0x06FF:
		pre, stem, suf := arabic.SegmentWord(tok, norm)
		wi.pre, wi.stem, wi.rest = pre, stem, stem+suf
		p = append(p, "k:ar", "s:"+stem, "p:"+pre, "x:"+suf)
		rs := []rune(stem)
		if len(rs) >= 2 {
			p = append(p, "a2:"+string(rs[:2]))
		}
		if len(rs) >= 3 {
			p = append(p, "a3:"+string(rs[:3]))
		}
		rw := []rune(norm)
		if len(rw) >= 2 {
			p = append(p, "z2:"+string(rw[len(rw)-2:]))
		}
		if len(rw) >= 3 {
			p = append(p, "z3:"+string(rw[len(rw)-3:]))
		}
		p = append(p, "n:"+strconv.Itoa(min(len(rs), 8)))
		for _, c := range g.classes(norm, pre, stem) {
			p = append(p, "g:"+c)
		}
	case unicode.IsDigit(r):
		p = append(p, "k:digit")
	case unicode.IsLetter(r):
		p = append(p, "k:latin")
	default:
		p = append(p, "k:punct", "k:"+norm)
	}
	wi.prop = p
	g.pairIndex()
	wi.second = g.seconds[norm]
	pf := pairFirsts{norm: g.byFirst[norm]}
	if wi.pre != "" {
		pf.rest, pf.art = g.byFirst[wi.rest], g.byFirst["ال"+wi.rest]
	}
	if len(pf.norm)+len(pf.rest)+len(pf.art) > 0 {
		wi.pairs = &pf
	}
	return wi
}

// pairProps returns the properties of tokens i and i+1 that a lexicon
// name begins with both words: "gb:TYPE" on the first, "gi:TYPE" on the
// second. It appends to the per-position lists out[i] and out[i+1].
func pairProps(infos []*wordInfo, out [][]string) {
	for i := 0; i+1 < len(infos); i++ {
		if t := pairOf(infos[i], infos[i+1]); t != "" {
			out[i] = append(out[i], "gb:"+t)
			out[i+1] = append(out[i+1], "gi:"+t)
		}
	}
}

// pairOf returns the type of the lexicon name that tokens a and b
// begin, or "".
func pairOf(a, b *wordInfo) string {
	if a.pairs == nil || b.second == 0 {
		return ""
	}
	t := pairWith(a.pairs.norm, b.second)
	if t == "" && a.pre != "" {
		t = pairWith(a.pairs.rest, b.second)
		if t == "" && arabic.HasArticle(a.pre) {
			t = pairWith(a.pairs.art, b.second)
		}
	}
	return t
}
