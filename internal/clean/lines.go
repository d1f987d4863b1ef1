package clean

import (
	"strings"
	"unicode/utf8"
)

// line is one input line after whitespace normalisation and shortcode
// removal. Its display runes are buf.runes[a:b], each with its offset in
// the raw text at buf.offs[i].
type line struct {
	a, b int
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

// buffer holds the normalised runes of every line and their raw offsets.
type buffer struct {
	runes []rune
	offs  []int32
	// arena holds the folded form of every line, back to back.
	arena []byte
	lines []line
}

// foldArena sets each measured line's folded and label strings from the
// arena, with a single string allocation.
func foldArena(lines []line, buf *buffer) {
	s := string(buf.arena)
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
	i := 0 // rune offset in raw
	ln := line{a: len(buf.runes), nl: -1}
	pending, pendingPlain := -1, false
	for bi := 0; bi < len(raw); {
		r, size := rune(raw[bi]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(raw[bi:])
		}
		switch {
		case r == '\n':
			ln.b, ln.nl = len(buf.runes), i
			lines = append(lines, ln)
			ln = line{a: len(buf.runes), nl: -1}
			pending = -1
		case isSpace(r):
			if len(buf.runes) > ln.a && (pending < 0 || (r == ' ' && !pendingPlain)) {
				pending, pendingPlain = i, r == ' ' // prefer a plain space as the source
			}
		case isInvisible(r):
		case r == '[':
			if nb, nr := shortcodeAt(raw, bi); nb > 0 {
				// The shortcode adds no space of its own: "a [ad_1] b"
				// becomes "a b" through the spaces around it.
				bi += nb
				i += nr
				continue
			}
			fallthrough
		default:
			if pending >= 0 {
				buf.runes = append(buf.runes, ' ')
				buf.offs = append(buf.offs, int32(pending))
				pending = -1
			}
			buf.runes = append(buf.runes, r)
			buf.offs = append(buf.offs, int32(i))
		}
		bi += size
		i++
	}
	ln.b = len(buf.runes)
	return append(lines, ln)
}

// measure fills the line's surface features.
func (c *Cleaner) measure(ln *line, buf *buffer) {
	rs := buf.runes[ln.a:ln.b]
	if len(rs) == 0 {
		ln.kind = kBlank
		return
	}
	ln.kind = kText
	inWord := false
	for _, r := range rs {
		if r == ' ' {
			inWord = false
			continue
		}
		if !inWord {
			ln.words++
			inWord = true
		}
		switch {
		case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08FF, r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
			if isLetter(r) {
				ln.arabic++
			}
		case r < 0x250 && isLetter(r):
			ln.latin++
		}
	}
	ln.endPunct = endsSentence(rs)
	// The folded form goes to the shared arena; foldArena turns the ranges
	// into strings once every line is measured.
	ln.fa = len(buf.arena)
	ln.la = -1
	space := false
	for k, r := range rs {
		if (r == ':' || r == '：') && ln.la < 0 && k > 0 {
			ln.la = len(buf.arena)
		}
		r = foldRune(r)
		switch {
		case r == 0:
		case r == ' ':
			space = len(buf.arena) > ln.fa
		default:
			if space {
				buf.arena = append(buf.arena, ' ')
				space = false
			}
			buf.arena = utf8.AppendRune(buf.arena, r)
		}
	}
	ln.fb = len(buf.arena)
}

// endsSentence reports whether rs ends with sentence punctuation, perhaps
// followed by closing quotes or brackets.
func endsSentence(rs []rune) bool {
	for k := len(rs) - 1; k >= 0; k-- {
		switch rs[k] {
		case '"', '\'', '”', '’', '»', ')', ']', '›', ' ', '*':
			continue
		case '.', '!', '?', '؟', '…', '。', '！', '？':
			return true
		}
		return false
	}
	return false
}

// captionCredit reports whether rs looks like a photo caption: text that is
// not a finished sentence followed by a short credit in brackets, as in
// "... عند سور معدني (الأناضول)" or "... (AP Photo/John Doe)".
func captionCredit(rs []rune) bool {
	k := len(rs) - 1
	for k >= 0 && rs[k] == ' ' {
		k--
	}
	if k < 0 || rs[k] != ')' {
		return false
	}
	open := -1
	for j := k - 1; j >= 0 && k-j < 60; j-- {
		if rs[j] == '(' {
			open = j
			break
		}
		if rs[j] == ')' {
			return false
		}
	}
	if open <= 0 {
		return false
	}
	inner := strings.Fields(string(rs[open+1 : k]))
	if len(inner) == 0 || len(inner) > 4 {
		return false
	}
	before := rs[:open]
	if len(strings.Fields(string(before))) < 3 {
		return false
	}
	return !endsSentence(before) && !endsWithAny(before, ",،:؛;")
}

func endsWithAny(rs []rune, set string) bool {
	for k := len(rs) - 1; k >= 0; k-- {
		if rs[k] == ' ' {
			continue
		}
		return strings.ContainsRune(set, rs[k])
	}
	return false
}
