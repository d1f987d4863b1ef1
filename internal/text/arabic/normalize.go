package arabic

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Actions of the folding table for U+0600–U+06FF.
const (
	keep = 0
	drop = -1
)

// fold maps a code point of the Arabic block (index r-0x600) to drop,
// keep, or the code point that replaces it.
var fold = buildFold()

func buildFold() *[0x100]rune {
	var fold [0x100]rune
	set := func(to rune, rs ...rune) {
		for _, r := range rs {
			fold[r-0x600] = to
		}
	}
	dropRange := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			fold[r-0x600] = drop
		}
	}
	// Hamza and alef forms → bare alef; hamza on waw and yeh → the carrier.
	set('ا', 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ')
	set('و', 'ؤ')
	set('ي', 'ئ', 'ى', 'ی', 'ې') // incl. Farsi yeh U+06CC
	set('ه', 'ة', 'ۀ', 'ہ', 'ھ', 'ە')
	set('ك', 'ک') // keheh U+06A9
	// Digits and separators.
	for i := rune(0); i < 10; i++ {
		set('0'+i, 0x660+i, 0x6F0+i)
	}
	set('.', '٫') // U+066B decimal separator
	set(',', '٬') // U+066C thousands separator
	// Tashkeel, superscript alef, tatweel, Quranic marks, letter mark.
	dropRange(0x610, 0x61A)
	fold[0x61C-0x600] = drop
	fold[0x640-0x600] = drop
	dropRange(0x64B, 0x65F)
	fold[0x670-0x600] = drop
	dropRange(0x6D6, 0x6DC)
	dropRange(0x6DF, 0x6E4)
	dropRange(0x6E7, 0x6E8)
	dropRange(0x6EA, 0x6ED)
	return &fold
}

// IsInvisible reports whether r is a bidi control, zero-width character or
// soft hyphen that Normalize removes (U+200B–U+200F, U+202A–U+202E,
// U+2060, U+2066–U+2069, U+FEFF, U+00AD, U+061C).
func IsInvisible(r rune) bool {
	switch {
	case r < 0xAD:
		return false
	case r == 0xAD, r == 0x61C, r == 0x2060, r == 0xFEFF:
		return true
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// isPresentation reports whether r is an Arabic presentation form
// (U+FB50–U+FDFF, U+FE70–U+FEFE), folded through NFKC.
func isPresentation(r rune) bool {
	return (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFE)
}

// mapRune returns the folded form of r: r itself, a replacement, or -1 to
// drop it. Presentation forms are not handled here.
func mapRune(r rune) rune {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	case r >= 0x600 && r <= 0x6FF:
		switch f := fold[r-0x600]; f {
		case keep:
			return r
		default:
			return f
		}
	case IsInvisible(r):
		return drop
	case unicode.IsUpper(r):
		return unicode.ToLower(r)
	}
	return r
}

// IsNormal reports whether Normalize(s) == s. It does not allocate.
func IsNormal(s string) bool { return firstChange(s) < 0 }

// firstChange returns the byte index of the first code point of s that
// Normalize changes, or -1.
func firstChange(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return i
			}
			i++
			continue
		}
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// U+0600–U+06FF, the common case, decoded by hand
			if fold[int(c&0x03)<<6|int(s[i+1]&0x3F)] != keep {
				return i
			}
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || mapRune(r) != r || isPresentation(r) && changesPresentation(s[i:i+n]) {
			return i
		}
		i += n
	}
	return -1
}

// Normalize folds s for matching, the way dyad compares Arabic words:
//   - hamza and alef forms أ إ آ ٱ → ا; ؤ → و; ئ → ي; ء stays;
//   - ى → ي, ة → ه (also the Persian ی ک ھ to ي ك ه);
//   - tashkeel (U+064B–U+065F), superscript alef U+0670, tatweel U+0640
//     and Quranic annotation marks are removed;
//   - Arabic-Indic and Persian digits → 0–9, ٫ → '.', ٬ → ',';
//   - Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) go through
//     NFKC first, and only when present;
//   - bidi controls, zero-width characters and soft hyphens are removed;
//   - letters are lower-cased.
//
// Its letter folding agrees with norm() of ../shared/eval/score.py.
// Invalid UTF-8 bytes become U+FFFD. Normalize returns s itself, without
// allocating, when s is already normal.
func Normalize(s string) string {
	i := firstChange(s)
	if i < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	return string(appendFold(b, s[i:]))
}

// AppendNormalize appends Normalize(s) to dst and returns the extended
// buffer. It allocates only when dst must grow.
func AppendNormalize(dst []byte, s string) []byte {
	i := firstChange(s)
	if i < 0 {
		return append(dst, s...)
	}
	dst = append(dst, s[:i]...)
	return appendFold(dst, s[i:])
}

func appendFold(dst []byte, s string) []byte {
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
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			switch f := fold[int(c&0x03)<<6|int(s[i+1]&0x3F)]; f {
			case keep:
				dst = append(dst, c, s[i+1])
			case drop:
			default:
				dst = utf8.AppendRune(dst, f)
			}
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if isPresentation(r) {
			dst = appendPresentation(dst, r)
			continue
		}
		if m := mapRune(r); m >= 0 {
			dst = utf8.AppendRune(dst, m)
		}
	}
	return dst
}

// changesPresentation reports whether the presentation form p (one code
// point) folds to something else; unassigned code points do not.
func changesPresentation(p string) bool {
	r, _ := utf8.DecodeRuneInString(p)
	var buf [32]byte
	return string(appendPresentation(buf[:0], r)) != p
}

// appendPresentation folds one presentation form through NFKC, then
// through mapRune. The spaces NFKC puts before isolated harakat forms
// (U+FE70…) are dropped with the harakat.
func appendPresentation(dst []byte, r rune) []byte {
	var buf [4]byte
	n := utf8.EncodeRune(buf[:], r)
	dec := norm.NFKC.String(string(buf[:n]))
	for len(dec) > 0 && dec[0] == ' ' {
		dec = dec[1:]
	}
	for _, q := range dec {
		if m := mapRune(q); m >= 0 {
			dst = utf8.AppendRune(dst, m)
		}
	}
	return dst
}
