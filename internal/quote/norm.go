package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold normalises a word for matching: Latin letters lower-cased, Arabic
// letter variants folded (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي),
// tashkeel and tatweel removed, Arabic-Indic digits made Western. It
// folds the same way as the scorer, so that lexicon entries and tokens
// meet whatever the text layer's own normalisation does.
func fold(s string) string {
	if !needsFold(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 0x064B && r <= 0x0652, r == 0x0670, r == 0x0640:
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		case r == 'ؤ':
			r = 'و'
		case r == 'ئ':
			r = 'ي'
		case r >= '٠' && r <= '٩':
			r = '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			r = '0' + (r - '۰')
		case r < 0x80:
			r = unicode.ToLower(r)
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isArabic reports whether r is an Arabic letter.
func isArabic(r rune) bool {
	return (r >= 0x0600 && r <= 0x06FF) || (r >= 0x0750 && r <= 0x077F) || (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF)
}

// hasArabic reports whether s holds an Arabic letter.
func hasArabic(s string) bool {
	for _, r := range s {
		if isArabic(r) {
			return true
		}
	}
	return false
}

// isUpperWord reports whether w starts with an upper-case letter.
func isUpperWord(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// needsFold reports whether fold would change s.
func needsFold(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x80:
			if r >= 'A' && r <= 'Z' {
				return true
			}
		case r >= 0x0600 && r <= 0x06FF:
			if arFolds[r-0x0600] {
				return true
			}
		case unicode.ToLower(r) != r:
			return true
		}
	}
	return false
}

// arFolds marks the runes of U+0600–U+06FF that fold changes (index
// r-0x600): needsFoldSlow over the block.
var arFolds = func() (t [0x100]bool) {
	for i := range t {
		t[i] = needsFoldSlow(string(rune(0x0600 + i)))
	}
	return t
}()

// needsFoldSlow is the definition of needsFold.
func needsFoldSlow(s string) bool {
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			return true
		case r < 0x80:
		case r >= 0x064B && r <= 0x0652, r == 0x0670, r == 0x0640,
			r == 'أ', r == 'إ', r == 'آ', r == 'ٱ', r == 'ى', r == 'ة', r == 'ؤ', r == 'ئ',
			r >= '٠' && r <= '٩', r >= '۰' && r <= '۹':
			return true
		case r < 0x0600 || r > 0x06FF:
			if unicode.ToLower(r) != r {
				return true
			}
		}
	}
	return false
}

// firstRune is the first code point of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
