package timex

import (
	"unicode"
)

// token is a word, a number or one punctuation rune of the text.
type token struct {
	start, end int // code point offsets in the text
	// norm is the matching form: lower case, Arabic letter variants folded
	// (أ إ آ ٱ → ا, ى → ي, ة → ه), tashkeel and tatweel removed, digits
	// Western.
	norm string
	// num is the value of an all-digit token, else -1.
	num int
	// ndigits is the number of digits of a number token.
	ndigits int
	punct   bool
	// upper is set when the token starts with an upper-case letter.
	upper bool
	// forms are norm and norm without Arabic proclitics; known is set
	// when one of them is a word of the lexicon.
	forms  [3]string
	nforms uint8
	known  bool
}

// tokenize splits rs into tokens: runs of letters, digits and combining
// marks are words or numbers; every other non-space rune is a punctuation
// token of its own.
func tokenize(rs []rune) []token {
	var toks []token
	buf := make([]rune, 0, 32)
	for i := 0; i < len(rs); {
		r := rs[i]
		if unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF || r == 0x200E || r == 0x200F {
			i++
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, token{start: i, end: i + 1, norm: string(foldPunct(r)), num: -1, punct: true})
			i++
			continue
		}
		start := i
		buf = buf[:0]
		allDigits := true
		for i < len(rs) && isWordRune(rs[i]) {
			f := foldRune(rs[i])
			if f != 0 {
				buf = append(buf, f)
				if f < '0' || f > '9' {
					allDigits = false
				}
			}
			i++
		}
		t := token{start: start, end: i, norm: string(buf), num: -1, upper: unicode.IsUpper(rs[start])}
		if allDigits && len(buf) > 0 && len(buf) <= 9 {
			n := 0
			for _, d := range buf {
				n = n*10 + int(d-'0')
			}
			t.num, t.ndigits = n, len(buf)
		}
		if t.num < 0 {
			t.forms, t.nforms = cliticForms(t.norm)
			for _, f := range t.forms[:t.nforms] {
				if lexWords[f] {
					t.known = true
					break
				}
			}
		}
		toks = append(toks, t)
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 0x0640
}

// foldRune is the per-rune matching fold; 0 drops the rune.
func foldRune(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + 'a' - 'A'
	case r < 0x80:
		return r
	case r >= 0x064B && r <= 0x0652, r == 0x0670, r == 0x0640:
		return 0
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
		return 'ا'
	case r == 'ى':
		return 'ي'
	case r == 'ة':
		return 'ه'
	case r >= '٠' && r <= '٩':
		return '0' + r - '٠'
	case r >= '۰' && r <= '۹':
		return '0' + r - '۰'
	case unicode.Is(unicode.Mn, r):
		return 0
	}
	return unicode.ToLower(r)
}

// foldPunct maps punctuation variants to one form.
func foldPunct(r rune) rune {
	switch r {
	case '’', '‘', '`', '´':
		return '\''
	case '–', '—', '‑', '−':
		return '-'
	case '،':
		return ','
	case '／':
		return '/'
	}
	return r
}
