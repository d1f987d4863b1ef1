package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

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
	if f, ok := foldFast(s); ok {
		return f
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		foldRune(&b, r)
	}
	return b.String()
}

// foldFast returns s when folding leaves it as it is.
func foldFast(s string) (string, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || ('A' <= s[i] && s[i] <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii || arabicFolded(s) {
		return s, true
	}
	return "", false
}

// foldArabicInto appends the fold of an Arabic-only word to dst, or
// reports false when s holds other letters.
func foldArabicInto(dst []byte, s string) ([]byte, bool) {
	for _, r := range s {
		if r < 0x0600 || r > 0x06FF {
			return dst, false
		}
	}
	for _, r := range s {
		if f := foldArabic(r); f != 0 {
			dst = utf8.AppendRune(dst, f)
		}
	}
	return dst, true
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

// arabicFolded reports whether s holds only Arabic letters that Fold
// keeps as they are.
func arabicFolded(s string) bool {
	for _, r := range s {
		if r < 0x0621 || r > 0x064A {
			return false
		}
		switch r {
		case 'أ', 'إ', 'آ', 'ى', 'ئ', 'ة', 'ؤ', 'ـ':
			return false
		}
	}
	return true
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
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if r >= 0x0621 && r <= 0x065F {
		return true
	}
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
	out := make([]Unit, 0, len(s)/6+1)
	scanUnits(s, base, func(u Unit) { out = append(out, u) })
	return out
}

// scanUnits calls fn with each unit of s (see Units).
func scanUnits(s string, base int, fn func(Unit)) { scanUnitsArena(s, base, nil, fn) }

// scanUnitsArena is scanUnits folding Arabic words into *arena when it has
// room (the fold strings then share the arena's memory).
func scanUnitsArena(s string, base int, arena *[]byte, fn func(Unit)) {
	cp := base // code point offset of byte i
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || unicode.IsSpace(r) || isJoiner(r) || r == '\u200f' || r == '\u200e':
			i += size
			cp++
		case isWordRune(r):
			j, cj := i+size, cp+1
			for j < len(s) {
				r2, sz := rune(s[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, sz = utf8.DecodeRuneInString(s[j:])
				}
				if !isWordRune(r2) {
					break
				}
				j += sz
				cj++
			}
			t := s[i:j]
			f, ok := foldFast(t)
			if !ok && arena != nil && len(*arena)+len(t) <= cap(*arena) {
				n := len(*arena)
				if a, done := foldArabicInto(*arena, t); done && len(a) > n {
					*arena = a
					f, ok = unsafe.String(&a[n], len(a)-n), true
				} else {
					*arena = (*arena)[:n]
				}
			}
			if !ok {
				f = Fold(t)
			}
			fn(Unit{Text: t, Fold: f, Start: cp, End: cj, Word: true})
			i, cp = j, cj
		default:
			t := s[i : i+size]
			fn(Unit{Text: t, Fold: Fold(t), Start: cp, End: cp + 1})
			i += size
			cp++
		}
	}
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
	key     string
}

// Key is the index key of the reading: the stem, marked when it carries
// the article.
func (a Analysis) Key() string {
	if a.key != "" {
		return a.key
	}
	if a.Article {
		return "ال" + a.Stem
	}
	return a.Stem
}

// withKey returns a with its key computed once.
func withKey(a Analysis) Analysis {
	a.key = a.Key()
	return a
}

// minStem is the least number of letters left after stripping clitics.
const minStem = 2

// Analyses returns the readings of a folded Arabic word: the word itself,
// and the word without the proclitics و ف, then ب ل ك, then the article
// ال (لل counts as ل + ال). Every stem keeps at least two letters. The
// first reading strips nothing.
func Analyses(w string) []Analysis { return AnalysesInto(nil, w) }

// AnalysesInto appends the readings of w (see Analyses) to buf.
func AnalysesInto(buf []Analysis, w string) []Analysis {
	buf = append(buf, Analysis{Stem: w, key: w})
	// Arabic letters take two bytes: n letters are 2n bytes
	const al = len("ال")
	const minB = 2 * minStem
	// article reading of s = w[p:], whose key is s itself
	art := func(p int) {
		s := w[p:]
		if len(s) >= minB+al && s[:al] == "ال" {
			buf = append(buf, Analysis{Pre: w[:p], Article: true, Stem: s[al:], key: s})
		}
	}
	art(0)
	if len(w) < 2 {
		return buf
	}
	// conjunction و/ف, then preposition ب/ك/ل
	for p1 := 0; p1 < 2; p1++ {
		p := 0
		if p1 == 1 {
			if c := w[:2]; c != "و" && c != "ف" {
				continue
			}
			p = 2
			if len(w)-p < minB {
				continue
			}
			buf = append(buf, Analysis{Pre: w[:p], Stem: w[p:], key: w[p:]})
			art(p)
		}
		s := w[p:]
		if len(s) < 2 {
			continue
		}
		if c := s[:2]; c == "ب" || c == "ك" || c == "ل" {
			q := p + 2
			r := w[q:]
			if len(r) < minB {
				continue
			}
			if c == "ل" && r[:2] == "ل" && len(r) >= minB+2 {
				buf = append(buf, Analysis{Pre: w[:q], Article: true, Stem: r[2:], key: "ال" + r[2:]})
			}
			buf = append(buf, Analysis{Pre: w[:q], Stem: r, key: r})
			art(q)
		}
	}
	return buf
}

// NameAnalysis is the one reading of a word inside a lexicon name: only
// the article is split off ("الصين" → Article, "صين").
func NameAnalysis(w string) Analysis {
	if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= minStem+2 {
		return Analysis{Article: true, Stem: w[len("ال"):], key: w}
	}
	return Analysis{Stem: w, key: w}
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
func Skeleton(w string) string { return string(AppendSkeleton(nil, w)) }

// AppendSkeleton appends the skeleton of w (see Skeleton) to dst.
func AppendSkeleton(dst []byte, w string) []byte {
	var prev rune
	first := true
	for _, r := range w {
		switch r {
		case 'ج', 'غ', 'ك', 'ق':
			r = 'G'
		case 'ث':
			r = 'س'
		case 'ط':
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
		dst = utf8.AppendRune(dst, r)
		prev = r
		first = false
	}
	if n := len(dst); n >= 2 && dst[n-2] == 0xd9 && dst[n-1] == 0x87 { // final ه
		dst = dst[:n-2]
	}
	return dst
}
