package text

import (
	"unicode"

	"github.com/dyad-news/dyad/internal/text/arabic"
)

// Character classes. Code points below tableSize are looked up in a
// table built from the unicode package at start-up; others are asked of
// the unicode package directly.
const (
	cLetter uint16 = 1 << iota
	cMark
	cDigit
	cSpace // white space and control characters
	cFormat
	cArabic
	cLower
	cNewline
	cPunct
	cNumber // any numeric character (Nd, Nl, No)
)

const tableSize = 0x2100

var classes = buildClasses()

func buildClasses() *[tableSize]uint16 {
	var t [tableSize]uint16
	for r := rune(0); r < tableSize; r++ {
		t[r] = computeClass(r)
	}
	return &t
}

func computeClass(r rune) uint16 {
	var c uint16
	if unicode.IsLetter(r) {
		c |= cLetter
	}
	if unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me) {
		c |= cMark
	}
	if unicode.IsDigit(r) {
		c |= cDigit
	}
	if unicode.IsNumber(r) {
		c |= cNumber
	}
	if unicode.IsSpace(r) || unicode.Is(unicode.Cc, r) {
		c |= cSpace
	}
	if r >= 0xAD && (arabic.IsInvisible(r) || unicode.Is(unicode.Cf, r)) {
		c |= cFormat
	}
	if r >= 0x600 && r <= 0x6FF || r >= 0x750 && r <= 0x77F || r >= 0x8A0 && r <= 0x8FF ||
		r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFC {
		c |= cArabic
	}
	if unicode.IsLower(r) {
		c |= cLower
	}
	if r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029 || r == 0x85 || r == '\v' || r == '\f' {
		c |= cNewline
	}
	if unicode.IsPunct(r) {
		c |= cPunct
	}
	return c
}

func class(r rune) uint16 {
	if r >= 0 && r < tableSize {
		return classes[r]
	}
	return computeClass(r)
}

func isArabicScript(r rune) bool {
	if r < tableSize {
		return r >= 0x600 && classes[r]&cArabic != 0
	}
	return r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFC
}

func isLetter(r rune) bool  { return class(r)&cLetter != 0 }
func isMark(r rune) bool    { return class(r)&cMark != 0 }
func isDigit(r rune) bool   { return class(r)&cDigit != 0 }
func isLower(r rune) bool   { return class(r)&cLower != 0 }
func isNewline(r rune) bool { return class(r)&cNewline != 0 }

// isFormat reports whether r is an invisible format character (bidi
// controls, zero-width joiners and spaces, soft hyphen): inside a word it
// belongs to the word, elsewhere it is skipped.
func isFormat(r rune) bool { return class(r)&cFormat != 0 }

// isSpace reports white space and control characters.
func isSpace(r rune) bool { return class(r)&cSpace != 0 }

// isBlank reports what is not part of any token outside words.
func isBlank(r rune) bool { return class(r)&(cSpace|cFormat) != 0 }

func isNumberSep(r rune) bool {
	return r == '.' || r == ',' || r == '٫' || r == '٬'
}
