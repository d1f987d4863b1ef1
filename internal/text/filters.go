package text

import (
	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/text/arabic"
	"github.com/dyad-news/dyad/internal/text/english"
)

// ArabicFilter fills the words written in Arabic script: Norm is
// arabic.Normalize(Text) and Prefix, Stem, Suffix come from
// arabic.SegmentWord (Prefix+Stem+Suffix == Norm). Words are memoised
// in the word cache (see wordCacheBits).
type ArabicFilter struct{}

// Filter implements TokenFilter.
func (ArabicFilter) Filter(toks []doc.Token, a *Arena) {
	for i := range toks {
		t := &toks[i]
		if t.Kind != doc.Word || !isArabicScript(firstRune(t.Text)) {
			continue
		}
		if len(t.Text) <= wordCacheMaxLen {
			if e := arabicWord(t.Text); e != nil {
				t.Norm = e.norm
				t.Prefix, t.Stem, t.Suffix = e.parts()
				continue
			}
		}
		t.Norm = normalize(t.Text, a)
		t.Prefix, t.Stem, t.Suffix = arabic.SegmentWord(t.Text, t.Norm)
	}
}

// EnglishFilter fills the words of other scripts: Norm = Stem =
// english.Norm(Text) (lower-cased, apostrophes and hyphens folded).
type EnglishFilter struct{}

// Filter implements TokenFilter.
func (EnglishFilter) Filter(toks []doc.Token, a *Arena) {
	for i := range toks {
		t := &toks[i]
		if t.Kind != doc.Word || isArabicScript(firstRune(t.Text)) {
			continue
		}
		switch {
		case english.IsNormal(t.Text):
			t.Norm = t.Text
		case len(t.Text) <= wordCacheMaxLen:
			t.Norm = englishWord(t.Text).norm
		default:
			from := len(a.Buf)
			a.Buf = english.AppendNorm(a.Buf, t.Text)
			t.Norm = a.Take(from)
		}
		t.Stem = t.Norm
	}
}

// NumberFilter fills numbers: Norm = Stem = the number with Western
// digits and '.' ',' separators ("٣٫٥" → "3.5").
type NumberFilter struct{}

// Filter implements TokenFilter.
func (NumberFilter) Filter(toks []doc.Token, a *Arena) {
	for i := range toks {
		t := &toks[i]
		if t.Kind != doc.Number {
			continue
		}
		t.Norm = normalize(t.Text, a)
		t.Stem = t.Norm
	}
}

// PunctFilter fills punctuation and symbols: Norm = Stem = Text.
type PunctFilter struct{}

// Filter implements TokenFilter.
func (PunctFilter) Filter(toks []doc.Token, _ *Arena) {
	for i := range toks {
		t := &toks[i]
		if t.Kind == doc.Punct || t.Kind == doc.Symbol {
			t.Norm, t.Stem = t.Text, t.Text
		}
	}
}

func normalize(s string, a *Arena) string {
	if arabic.IsNormal(s) {
		return s
	}
	from := len(a.Buf)
	a.Buf = arabic.AppendNormalize(a.Buf, s)
	return a.Take(from)
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}
