package text

import (
	"unicode"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/text/english"
)

// UnicodeTokenizer is dyad's tokenizer for Arabic and English text.
//
//   - Words are letters and combining marks (Arabic tashkeel, tatweel),
//     with invisible format characters between letters kept inside. A
//     change between Arabic and other scripts ends a word.
//   - Non-Arabic words also keep digits ("G40"), inner apostrophes
//     ("O'Brien"), hyphens between letters or digits ("law-abiding",
//     "COVID-19") and periods in dotted abbreviations ("U.S.", "a.m.",
//     "aljazeera.net"); a period after a known abbreviation or an initial
//     belongs to the word ("Dr.", "R."), see english.Abbrev; so does the
//     period after a one-letter Arabic abbreviation ("د." for doctor).
//   - Contractions and possessives split off: "China's" → "China" "'s",
//     "don't" → "do" "n't".
//   - Numbers are digits (any script) with inner separators . , ٫ ٬
//     ("3.5", "1,000", "٣٫٥"); Latin letters right after digits make one
//     word ("19th" is a Number, "10km" a Word); Arabic letters do not.
//   - A run of periods is one Punct token ("..."); any other punctuation
//     or symbol is a token of its own, a symbol with its combining marks
//     and zero-width-joined sequence (emoji).
type UnicodeTokenizer struct{}

// Tokenize implements Tokenizer.
func (UnicodeTokenizer) Tokenize(src *Source, start, end int, out []RawToken) []RawToken {
	rs := src.Runes
	for i := start; i < end; {
		r := rs[i]
		c := class(r)
		var j int
		kind := doc.Word
		switch {
		case c&(cLetter|cMark) != 0:
			j = scanWord(rs, i, end)
			if c&cArabic != 0 {
				j = arabicAbbrevPeriod(rs, i, j, end)
			} else {
				j = abbrevPeriod(src, i, j, end)
				if c := english.CliticAt(rs[i:j]); c > 0 {
					out = append(out, RawToken{int32(i), int32(i + c), doc.Word})
					i += c
				}
			}
		case c&cDigit != 0:
			j, kind = scanNumber(rs, i, end)
		case c&(cSpace|cFormat) != 0:
			i++
			continue
		case r == '.':
			j = i + 1
			for j < end && rs[j] == '.' {
				j++
			}
			kind = doc.Punct
		case c&cPunct != 0:
			j, kind = i+1, doc.Punct
		case c&cNumber != 0:
			j, kind = i+1, doc.Number
		default:
			j, kind = scanSymbol(rs, i, end), doc.Symbol
		}
		out = append(out, RawToken{int32(i), int32(j), kind})
		i = j
	}
	return out
}

// scanWord returns the end of the word starting at i.
func scanWord(rs []rune, i, end int) int {
	arabicWord := class(rs[i])&cArabic != 0
	seg := 0 // letters since the word start or the last inner period
	if isLetter(rs[i]) {
		seg = 1
	}
	j := i + 1
	for ; j < end; j++ {
		r := rs[j]
		c := class(r)
		switch {
		case c&cMark != 0:
		case c&cLetter != 0:
			if (c&cArabic != 0) != arabicWord {
				return j
			}
			seg++
		case arabicWord:
			if c&cFormat == 0 || j+1 >= end {
				return j
			}
			if n := class(rs[j+1]); n&cMark == 0 && n&(cLetter|cArabic) != cLetter|cArabic {
				return j
			}
		case c&cDigit != 0:
		case c&cFormat != 0:
			if j+1 >= end {
				return j
			}
			if n := class(rs[j+1]); n&cMark == 0 && n&(cLetter|cArabic) != cLetter {
				return j
			}
		case english.IsApostrophe(r):
			if j+1 >= end || !isLatin(rs[j+1]) || !isLetter(rs[j-1]) {
				return j
			}
		case english.IsHyphen(r):
			if j+1 >= end || !(isLatin(rs[j+1]) || isDigit(rs[j+1])) || !(isLetter(rs[j-1]) || isDigit(rs[j-1])) {
				return j
			}
		case r == '.':
			// U.S, e.g, aljazeera.net — not "Reuters.The"
			if j+1 >= end || !isLatin(rs[j+1]) || !(seg == 1 || isLower(rs[j+1])) || !isLetter(rs[j-1]) {
				return j
			}
			seg = 0
		default:
			return j
		}
	}
	return j
}

// isLatin reports whether r is a letter of a non-Arabic script.
func isLatin(r rune) bool { return class(r)&(cLetter|cArabic) == cLetter }

// abbrevPeriod extends the word [i, j) over a following period when the
// word is an abbreviation or an initial.
func abbrevPeriod(src *Source, i, j, end int) int {
	rs := src.Runes
	if j >= end || rs[j] != '.' || (j+1 < end && rs[j+1] == '.') {
		return j
	}
	switch english.Abbrev(src.Slice(i, j)) {
	case english.NotAbbrev:
		return j
	case english.BeforeNumber:
		k := j + 1
		for k < end && isSpace(rs[k]) {
			k++
		}
		if k >= end || !isDigit(rs[k]) {
			return j
		}
	}
	return j + 1
}

// arabicAbbrevPeriod extends a one-letter Arabic word over a following
// period: "د." (doctor), "أ.د."; not م or ه, which end years (1990 م.).
func arabicAbbrevPeriod(rs []rune, i, j, end int) int {
	if j != i+1 || j >= end || rs[j] != '.' || (j+1 < end && rs[j+1] == '.') {
		return j
	}
	switch rs[i] {
	case 'م', 'ه', 'ھ':
		return j
	}
	return j + 1
}

// scanNumber returns the end and kind of the number starting at i.
func scanNumber(rs []rune, i, end int) (int, doc.TokenKind) {
	j := i + 1
	for j < end && isDigit(rs[j]) {
		j++
	}
	for j+1 < end && isNumberSep(rs[j]) && isDigit(rs[j+1]) {
		j += 2
		for j < end && isDigit(rs[j]) {
			j++
		}
	}
	for j < end && isMark(rs[j]) {
		j++
	}
	if j < end && isLatin(rs[j]) {
		k := scanWord(rs, j, end)
		if isOrdinal(rs[j:k]) {
			return k, doc.Number
		}
		return k, doc.Word
	}
	return j, doc.Number
}

// isOrdinal reports whether s is an English ordinal suffix: st nd rd th.
func isOrdinal(s []rune) bool {
	if len(s) != 2 {
		return false
	}
	a, b := unicode.ToLower(s[0]), unicode.ToLower(s[1])
	return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h'
}

// scanSymbol returns the end of the symbol at i with its combining marks,
// variation selectors, skin-tone modifiers and zero-width-joined parts.
func scanSymbol(rs []rune, i, end int) int {
	j := i + 1
	for j < end {
		r := rs[j]
		switch {
		case isMark(r), r >= 0x1F3FB && r <= 0x1F3FF:
			j++
		case r == 0x200D && j+1 < end && !isLetter(rs[j+1]) && !isSpace(rs[j+1]) && !isDigit(rs[j+1]):
			j += 2
		default:
			return j
		}
	}
	return j
}
