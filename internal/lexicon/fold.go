package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the matching form of s: Latin letters lower-cased and
// stripped of their accents (Erdoğan → erdogan), Arabic tashkeel and
// tatweel removed and letter variants folded (أ إ آ ٱ → ا, ى → ي, ة → ه,
// ؤ → و, ئ → ي, Persian ک ی → ك ي), curly apostrophes made straight and
// Arabic-Indic digits made Western. Fold is the one key function of the
// lexicon: names are indexed by it and document words are looked up by
// it, so both sides always agree. It folds what score.py's norm folds,
// and a little more (Latin accents).
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || ('A' <= s[i] && s[i] <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		foldRune(&b, r)
	}
	return b.String()
}

func foldRune(b *strings.Builder, r rune) {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	case r >= 0x0600 && r <= 0x06FF:
		if f := foldArabic(r); f != 0 {
			b.WriteRune(f)
		}
	case r == '’' || r == '‘' || r == 'ʼ' || r == '`':
		b.WriteByte('\'')
	case r == 'ı':
		b.WriteByte('i')
	case r == 'ø' || r == 'Ø':
		b.WriteByte('o')
	case r == 'ł' || r == 'Ł':
		b.WriteByte('l')
	case r == 'đ' || r == 'Đ':
		b.WriteByte('d')
	case r == 'ß':
		b.WriteString("ss")
	case r < 0x2000 && unicode.IsLetter(r):
		// Latin, Greek, Cyrillic: decompose and keep the base letters.
		for _, d := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, d) {
				b.WriteRune(unicode.ToLower(d))
			}
		}
	case unicode.Is(unicode.Mn, r):
	case r == '\u200c' || r == '\u200d' || r == '\u200e' || r == '\u200f':
	default:
		b.WriteRune(unicode.ToLower(r))
	}
}

// foldArabic folds one rune of the Arabic block; 0 means drop it.
func foldArabic(r rune) rune {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640:
		return 0
	case r >= 0x0660 && r <= 0x0669:
		return '0' + (r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return '0' + (r - 0x06F0)
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى', 'ی', 'ئ':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ؤ':
		return 'و'
	case 'ک':
		return 'ك'
	}
	return r
}

// IsArabicLetter reports whether r is a letter of the Arabic block.
func IsArabicLetter(r rune) bool {
	return r >= 0x0621 && r <= 0x064A || r >= 0x0671 && r <= 0x06D3
}

// isWordRune reports whether r continues a word unit.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 0x0640
}

// isJoiner reports whether r is dropped between units (hyphens and dashes
// count as spaces, so "Thomas-Greenfield" matches "Thomas Greenfield").
func isJoiner(r rune) bool {
	return r == '-' || r == '‐' || r == '‑' || r == '–' || r == '—' || r == 'ـ'
}

// Unit is one word or punctuation mark of a text, with code point offsets.
type Unit struct {
	Text       string // as written
	Fold       string // Fold(Text)
	Start, End int    // code point offsets, half-open
	Word       bool   // letters or digits, not punctuation
}

// Units splits s into word and punctuation units: a run of letters,
// digits and marks is one unit, every other non-space rune is a unit of
// its own, and hyphens and dashes are skipped like spaces. Offsets are
// code points of s plus base.
func Units(s string, base int) []Unit {
	var out []Unit
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r) || isJoiner(r) || r == '\u200f' || r == '\u200e':
			i++
		case isWordRune(r):
			j := i
			for j < len(rs) && isWordRune(rs[j]) {
				j++
			}
			t := string(rs[i:j])
			out = append(out, Unit{Text: t, Fold: Fold(t), Start: base + i, End: base + j, Word: true})
			i = j
		default:
			t := string(r)
			out = append(out, Unit{Text: t, Fold: Fold(t), Start: base + i, End: base + i + 1})
			i++
		}
	}
	return out
}

// FoldKey folds a whole name to a space-separated string of its unit
// folds, for lookups by name.
func FoldKey(s string) string {
	us := Units(s, 0)
	parts := make([]string, len(us))
	for i, u := range us {
		parts[i] = u.Fold
	}
	return strings.Join(parts, " ")
}

// Analysis is one reading of an Arabic word as proclitics + optional
// article + stem ("وبالصين" → Pre "وب", Article, Stem "صين").
type Analysis struct {
	Pre     string // folded proclitics before the article (و ف ب ل ك)
	Article bool
	Stem    string
}

// Key is the index key of the reading: the stem, marked when it carries
// the article.
func (a Analysis) Key() string {
	if a.Article {
		return "ال" + "\x00" + a.Stem
	}
	return a.Stem
}

// minStem is the least number of letters left after stripping clitics.
const minStem = 2

// Analyses returns the readings of a folded Arabic word: the word itself,
// and the word without the proclitics و ف, then ب ل ك, then the article
// ال (لل counts as ل + ال). Every stem keeps at least two letters. The
// first reading strips nothing.
func Analyses(w string) []Analysis {
	out := []Analysis{{Stem: w}}
	var rest func(pre, s string, stage int)
	rest = func(pre, s string, stage int) {
		if utf8.RuneCountInString(s) < minStem {
			return
		}
		if pre != "" {
			out = append(out, Analysis{Pre: pre, Stem: s})
		}
		if strings.HasPrefix(s, "ال") && utf8.RuneCountInString(s) >= minStem+2 {
			out = append(out, Analysis{Pre: pre, Article: true, Stem: s[len("ال"):]})
		}
		if stage < 1 {
			for _, p := range []string{"و", "ف"} {
				if strings.HasPrefix(s, p) {
					rest(pre+p, s[len(p):], 1)
				}
			}
		}
		if stage < 2 {
			for _, p := range []string{"ب", "ك", "ل"} {
				if strings.HasPrefix(s, p) {
					r := s[len(p):]
					if p == "ل" && strings.HasPrefix(r, "ل") && utf8.RuneCountInString(r) >= minStem+1 {
						out = append(out, Analysis{Pre: pre + p, Article: true, Stem: r[len("ل"):]})
					}
					rest(pre+p, r, 2)
				}
			}
		}
	}
	rest("", w, 0)
	return out
}

// NameAnalysis is the one reading of a word inside a lexicon name: only
// the article is split off ("الصين" → Article, "صين").
func NameAnalysis(w string) Analysis {
	if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= minStem+2 {
		return Analysis{Article: true, Stem: w[len("ال"):]}
	}
	return Analysis{Stem: w}
}

// IsArabic reports whether the word's first rune is an Arabic letter.
func IsArabic(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return IsArabicLetter(r)
}

// Skeleton is the loose form of a folded word used for fuzzy matching of
// transliterated names: the letters that spell g (ج غ ك ق) are one
// letter, long vowels after the first letter are dropped (بوتين ~ بوتن,
// سيرجي ~ سيرغي), ه at the end is dropped, and doubled letters are one.
// Latin words drop vowels after the first letter and fold k/c, y/i,
// double letters (Zelenskyy ~ Zelensky).
func Skeleton(w string) string {
	var b strings.Builder
	var prev rune
	first := true
	for _, r := range w {
		switch r {
		case 'ج', 'غ', 'ك', 'ق':
			r = 'G'
		case 'ث', 'س':
			if r == 'ث' {
				r = 'س'
			}
		case 'ت', 'ط':
			r = 'ت'
		case 'ا', 'و', 'ي', 'a', 'e', 'i', 'o', 'u', 'y':
			if !first {
				prev = r
				continue
			}
		case 'k', 'c', 'q':
			r = 'k'
		}
		if !first && r == prev {
			continue
		}
		b.WriteRune(r)
		prev = r
		first = false
	}
	s := b.String()
	s = strings.TrimSuffix(s, "ه")
	return s
}
