// Package english holds dyad's English word analysis: the matching form
// of a word (Norm), a light suffix stemmer (Stem), contraction clitics and
// the abbreviations that decide sentence ends. It knows nothing of
// documents; the text package calls it.
package english

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsApostrophe reports whether r is an apostrophe: ' ’ ‘ ʼ.
func IsApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '‘'
}

// IsHyphen reports whether r joins the parts of a hyphenated word:
// - (U+002D), ‐ (U+2010), ‑ (U+2011).
func IsHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// foldRune maps r to its matching form, or returns r.
func foldRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	case IsApostrophe(r):
		return '\''
	case IsHyphen(r):
		return '-'
	}
	return unicode.ToLower(r)
}

// IsNormal reports whether Norm(s) == s, without allocating.
func IsNormal(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if foldRune(r) != r {
			return false
		}
		i += n - 1
	}
	return true
}

// Norm is the matching form of an English word: lower-cased, with
// typographic apostrophes folded to ' and hyphen variants to -.
// It returns s itself when nothing changes.
func Norm(s string) string {
	if IsNormal(s) {
		return s
	}
	return string(AppendNorm(make([]byte, 0, len(s)), s))
}

// AppendNorm appends Norm(s) to dst.
func AppendNorm(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, foldRune(r))
		i += n
	}
	return dst
}

var pronoun = map[string]bool{"i": true, "you": true, "he": true, "she": true, "we": true,
	"they": true, "it": true, "who": true, "that": true, "there": true, "what": true}

// CliticAt returns the index in w where a contraction or possessive
// clitic starts ("China's" → 5 for "'s"; "don't" → 2 for "n't"; also
// 're 've 'll, and 'm 'd after a pronoun; any apostrophe), or -1. The part before it is never
// empty.
func CliticAt(w []rune) int {
	n := len(w)
	if n < 3 {
		return -1
	}
	low := func(i int) rune { return unicode.ToLower(w[i]) }
	// n't
	if n >= 4 && IsApostrophe(w[n-2]) && low(n-1) == 't' && low(n-3) == 'n' {
		return n - 3
	}
	if IsApostrophe(w[n-2]) {
		switch low(n - 1) {
		case 's':
			return n - 2
		case 'm', 'd':
			// only after pronouns: not the transliterated "Sa'd"
			if pronoun[strings.ToLower(string(w[:n-2]))] {
				return n - 2
			}
		}
	}
	if n >= 4 && IsApostrophe(w[n-3]) {
		switch string([]rune{low(n - 2), low(n - 1)}) {
		case "re", "ve", "ll":
			return n - 3
		}
	}
	return -1
}
