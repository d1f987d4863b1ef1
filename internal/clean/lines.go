package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// line is one input line after whitespace normalisation and shortcode
// removal. Its display text is buf.text[ba:bb] (valid UTF-8), and its
// code points' offsets in the raw text are buf.offs[a:b].
type line struct {
	a, b   int
	ba, bb int
	// nl is the raw offset of the newline that ends the line, or -1.
	nl int

	words          int
	arabic, latin  int
	endPunct       bool
	folded, label  string
	fa, fb, la     int // folded and label ranges in buffer.arena
	kind           kind
	value          float64
	isHeaderTarget bool
}

// kind is what the classifier made of a line.
type kind uint8

const (
	kBlank kind = iota
	kText
	kDrop
	kStop
)

// buffer holds the normalised text of every line and the raw offsets of
// its code points.
type buffer struct {
	text []byte
	offs []int32
	// arena holds the folded form of every line, back to back.
	arena []byte
	lines []line
}

// lineText returns ln's display text, sharing buf's memory: valid until
// the buffer is released.
func (buf *buffer) lineText(ln *line) string {
	b := buf.text[ln.ba:ln.bb]
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// foldArena sets each measured line's folded and label strings from the
// arena, without copying: they share the arena's memory, which is not
// written again before Clean returns, and they do not outlive Clean.
func foldArena(lines []line, buf *buffer) {
	if len(buf.arena) == 0 {
		return
	}
	s := unsafe.String(unsafe.SliceData(buf.arena), len(buf.arena))
	for i := range lines {
		ln := &lines[i]
		if ln.kind == kBlank {
			continue
		}
		ln.folded = s[ln.fa:ln.fb]
		if ln.la > ln.fa {
			ln.label = s[ln.fa:ln.la]
		}
	}
}

// shortcodeNames are the bracketed scraper/CMS placeholders removed inline:
// "[ad_1]", "[caption id=...]...[/caption]", "[embed]...[/embed]".
var shortcodeNames = map[string]bool{
	"ad": true, "ads": true, "adsense": true, "advert": true, "advertisement": true,
	"banner": true, "sponsor": true, "quads": true, "caption": true, "embed": true,
	"gallery": true, "video": true, "audio": true, "playlist": true, "tweet": true,
	"related": true, "facebook": true, "instagram": true, "youtube": true,
	"wp_ad_camp": true, "the_ad": true, "adinserter": true, "googlead": true,
}

// wrappingShortcodes lose their content along with their tags.
var wrappingShortcodes = map[string]bool{"caption": true, "embed": true, "video": true, "audio": true, "gallery": true, "tweet": true}

// isSpace reports whether r is a horizontal space to collapse.
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\v', '\f', '\r', 0xA0, 0x1680, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// isInvisible reports runes removed outright: zero width space and BOM.
func isInvisible(r rune) bool { return r == 0x200B || r == 0xFEFF }

// shortcodeAt returns the length in bytes and in runes of a known
// shortcode starting at raw[bi] (which is '['), or zeros. For a wrapping
// shortcode whose closing tag is on the same line, the length covers the
// content and the closing tag.
func shortcodeAt(raw string, bi int) (nb, nr int) {
	j := bi + 1
	closing := false
	if j < len(raw) && raw[j] == '/' {
		closing = true
		j++
	}
	start := j
	for j < len(raw) && j-start < 40 {
		c := raw[j]
		if (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' {
			j++
			continue
		}
		break
	}
	if j == start {
		return 0, 0
	}
	name := strings.ToLower(raw[start:j])
	base := strings.TrimRight(strings.TrimRight(name, "0123456789"), "_-")
	if !shortcodeNames[name] && !shortcodeNames[base] {
		return 0, 0
	}
	// Attributes up to the closing bracket, on the same line.
	for j < len(raw) && raw[j] != ']' && raw[j] != '\n' && j-bi < 1000 {
		if raw[j] == '[' {
			return 0, 0
		}
		j++
	}
	if j >= len(raw) || raw[j] != ']' {
		return 0, 0
	}
	j++
	if !closing && wrappingShortcodes[base] {
		// Swallow the content up to the closing tag on the same line.
		end := "[/" + name + "]"
		for k := j; k+len(end) <= len(raw) && raw[k] != '\n'; k++ {
			if raw[k] == '[' && strings.EqualFold(raw[k:k+len(end)], end) {
				j = k + len(end)
				break
			}
		}
	}
	return j - bi, utf8.RuneCountInString(raw[bi:j])
}

// split normalises raw line by line into buf and appends the lines.
func split(raw string, buf *buffer, lines []line) []line {
	// A line has at most one code point per byte of raw: offsets are
	// written by index. Text is appended: invalid bytes grow to U+FFFD.
	n := len(buf.offs)
	buf.offs = slices.Grow(buf.offs, len(raw))[:n+len(raw)]
	offs := buf.offs
	t := slices.Grow(buf.text, len(raw))
	i := 0 // rune offset in raw
	ln := line{a: n, ba: len(t), nl: -1}
	pending, pendingPlain := -1, false
	for bi := 0; bi < len(raw); {
		// The common case first: a run of characters that are kept as
		// they are, with single spaces between them.
		s0, i0 := bi, i
		for bi < len(raw) {
			if size := plainAt(raw, bi); size > 0 {
				bi += size
				i++
				continue
			}
			if raw[bi] == ' ' && bi > s0 && bi+1 < len(raw) && plainAt(raw, bi+1) > 0 {
				bi++
				i++
				continue
			}
			break
		}
		if bi > s0 {
			if pending >= 0 {
				t = append(t, ' ')
				offs[n] = int32(pending)
				n++
				pending = -1
			}
			t = append(t, raw[s0:bi]...)
			for k := i0; k < i; k++ {
				offs[n] = int32(k)
				n++
			}
			if bi >= len(raw) {
				break
			}
		}
		r, size := utf8.DecodeRuneInString(raw[bi:])
		switch {
		case r == '\n':
			ln.b, ln.bb, ln.nl = n, len(t), i
			lines = append(lines, ln)
			ln = line{a: n, ba: len(t), nl: -1}
			pending = -1
			bi += size
			i++
			continue
		case isSpace(r):
			if n > ln.a && (pending < 0 || (r == ' ' && !pendingPlain)) {
				pending, pendingPlain = i, r == ' ' // prefer a plain space as the source
			}
			bi += size
			i++
			continue
		case isInvisible(r):
			bi += size
			i++
			continue
		case r == '[':
			if nb, nr := shortcodeAt(raw, bi); nb > 0 {
				// The shortcode adds no space of its own: "a [ad_1] b"
				// becomes "a b" through the spaces around it.
				bi += nb
				i += nr
				continue
			}
		}
		if pending >= 0 {
			t = append(t, ' ')
			offs[n] = int32(pending)
			n++
			pending = -1
		}
		t = utf8.AppendRune(t, r)
		offs[n] = int32(i)
		n++
		bi += size
		i++
	}
	ln.b, ln.bb = n, len(t)
	buf.text, buf.offs = t, offs[:n]
	return append(lines, ln)
}

// plainAt returns the length of the character at raw[i] when split keeps
// it as it is (valid UTF-8, not a space, line end, invisible character
// or '['), else 0.
func plainAt(raw string, i int) int {
	c := raw[i]
	switch {
	case c < utf8.RuneSelf:
		if plainASCII[c] {
			return 1
		}
		return 0
	case c >= 0xC2 && c < 0xE0:
		// U+00A0 is the only space of two bytes
		if i+1 < len(raw) && raw[i+1]&0xC0 == 0x80 && (c != 0xC2 || raw[i+1] != 0xA0) {
			return 2
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(raw[i:])
	if r == utf8.RuneError && size == 1 || isSpace(r) || isInvisible(r) {
		return 0
	}
	return size
}

// plainASCII marks the ASCII characters that split keeps as they are.
var plainASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = c != '\n' && c != '[' && !isSpace(c)
	}
	return t
}()

// measure fills the line's surface features.
func (c *Cleaner) measure(ln *line, buf *buffer) {
	s := buf.text[ln.ba:ln.bb]
	if len(s) == 0 {
		ln.kind = kBlank
		return
	}
	ln.kind = kText
	ln.endPunct = endsSentence(buf.lineText(ln))
	// The folded form goes to the shared arena; foldArena turns the ranges
	// into strings once every line is measured.
	arena := slices.Grow(buf.arena, len(s)+16)
	fa := len(arena)
	ln.fa, ln.la = fa, -1
	inWord, space := false, false
	words, arabic, latin := 0, 0, 0
	for k := 0; k < len(s); {
		r := rune(s[k])
		first := k == 0
		switch {
		case r < utf8.RuneSelf:
			k++
		case r >= 0xC2 && r < 0xE0:
			r = (r&0x1F)<<6 | rune(s[k+1]&0x3F) // the text is valid UTF-8
			k += 2
		default:
			var size int
			r, size = utf8.DecodeRune(s[k:])
			k += size
		}
		if r == ' ' {
			inWord = false
			space = len(arena) > fa
			continue
		}
		if !inWord {
			words++
			inWord = true
		}
		var f rune
		if r < tableSize {
			m := measureTable[r]
			f = rune(m & foldMask)
			arabic += int(m >> arabicShift & 1)
			latin += int(m >> latinShift & 1)
		} else {
			if isArabicLetter(r) {
				arabic++
			}
			f = foldRuneSlow(r)
		}
		if (r == ':' || r == '：') && ln.la < 0 && !first {
			ln.la = len(arena)
		}
		switch {
		case f == 0:
		case f == ' ':
			space = len(arena) > fa
		default:
			if space {
				arena = append(arena, ' ')
				space = false
			}
			switch {
			case f < utf8.RuneSelf:
				arena = append(arena, byte(f))
			case f < 0x800:
				arena = append(arena, byte(0xC0|f>>6), byte(0x80|f&0x3F))
			default:
				arena = utf8.AppendRune(arena, f)
			}
		}
	}
	ln.words, ln.arabic, ln.latin = words, arabic, latin
	ln.fb = len(arena)
	buf.arena = arena
}

// isArabicLetter reports a letter of the Arabic blocks, which the line's
// script counts count.
func isArabicLetter(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08FF, r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		return isLetter(r)
	}
	return false
}

// measureTable holds, for the runes below tableSize, foldRune's result
// in the low bits and whether the rune counts as an Arabic or a Latin
// letter of the line (a letter below U+0250 that is not Arabic).
var measureTable = func() (t [tableSize]uint32) {
	for r := range rune(tableSize) {
		m := uint32(foldRuneSlow(r))
		if isArabicLetter(r) {
			m |= 1 << arabicShift
		} else if r < 0x250 && isLetter(r) {
			m |= 1 << latinShift
		}
		t[r] = m
	}
	return t
}()

const (
	foldMask    = 1<<21 - 1
	arabicShift = 21
	latinShift  = 22
)

// endsSentence reports whether s ends with sentence punctuation, perhaps
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
		switch r {
		case '"', '\'', '”', '’', '»', ')', ']', '›', ' ', '*':
			continue
		case '.', '!', '?', '؟', '…', '。', '！', '？':
			return true
		}
		return false
	}
	return false
}

// captionCredit reports whether s looks like a photo caption: text that is
// not a finished sentence followed by a short credit in brackets, as in
// "... عند سور معدني (الأناضول)" or "... (AP Photo/John Doe)".
func captionCredit(s string) bool {
	k := len(s) // the closing bracket is s[k-1]
	for k > 0 && s[k-1] == ' ' {
		k--
	}
	if k == 0 || s[k-1] != ')' {
		return false
	}
	// the opening bracket within the 59 code points before it
	open := -1
	for j, seen := k-1, 0; j > 0 && seen < 59; seen++ {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		j -= size
		if r == '(' {
			open = j
			break
		}
		if r == ')' {
			return false
		}
	}
	if open <= 0 {
		return false
	}
	if n := countFields(s[open+1 : k-1]); n == 0 || n > 4 {
		return false
	}
	before := s[:open]
	if countFields(before) < 3 {
		return false
	}
	return !endsSentence(before) && !endsWithAny(before, ",،:؛;")
}

// countFields is len(strings.Fields(s)), without allocating.
func countFields(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// endsWithAny reports whether the last code point of s before any
// trailing spaces is in set.
func endsWithAny(s, set string) bool {
	s = strings.TrimRight(s, " ")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(set, r)
}
