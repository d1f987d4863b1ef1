package clean

import (
	"strings"
	"unicode"
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
	offs  []int
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

// shortcodeAt returns the length in runes of a known shortcode starting at
// rs[i] (which is '['), or 0. For a wrapping shortcode whose closing tag is
// on the same line, the length covers the content and the closing tag.
func shortcodeAt(rs []rune, i int) int {
	j := i + 1
	closing := false
	if j < len(rs) && rs[j] == '/' {
		closing = true
		j++
	}
	start := j
	for j < len(rs) && j-start < 40 {
		r := rs[j]
		if (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') || r == '_' || r == '-' {
			j++
			continue
		}
		break
	}
	if j == start {
		return 0
	}
	name := strings.ToLower(string(rs[start:j]))
	base := strings.TrimRight(name, "0123456789")
	base = strings.TrimRight(base, "_-")
	if !shortcodeNames[name] && !shortcodeNames[base] {
		return 0
	}
	// Attributes up to the closing bracket, on the same line.
	for j < len(rs) && rs[j] != ']' && rs[j] != '\n' && j-i < 400 {
		if rs[j] == '[' {
			return 0
		}
		j++
	}
	if j >= len(rs) || rs[j] != ']' {
		return 0
	}
	j++
	if closing || !wrappingShortcodes[base] {
		return j - i
	}
	// Swallow the content up to the closing tag on the same line.
	end := "[/" + name + "]"
	for k := j; k < len(rs) && rs[k] != '\n'; k++ {
		if rs[k] == '[' && k+len(end) <= len(rs) && strings.EqualFold(string(rs[k:k+len(end)]), end) {
			return k + len(end) - i
		}
	}
	return j - i
}

// split normalises rs line by line into buf and returns the lines.
func split(rs []rune, buf *buffer) []line {
	var lines []line
	i := 0
	for i <= len(rs) {
		ln := line{a: len(buf.runes), nl: -1}
		pendingSpace := -1
		for ; i < len(rs) && rs[i] != '\n'; i++ {
			r := rs[i]
			if isSpace(r) {
				if len(buf.runes) > ln.a && pendingSpace < 0 {
					pendingSpace = i
				} else if pendingSpace >= 0 && r == ' ' && rs[pendingSpace] != ' ' {
					pendingSpace = i // prefer a plain space as the source
				}
				continue
			}
			if isInvisible(r) {
				continue
			}
			if r == '[' {
				if n := shortcodeAt(rs, i); n > 0 {
					// The shortcode adds no space of its own: "a [ad_1] b"
					// becomes "a b" through the spaces around it.
					i += n - 1
					continue
				}
			}
			if pendingSpace != -1 {
				buf.runes = append(buf.runes, ' ')
				buf.offs = append(buf.offs, pendingSpace)
				pendingSpace = -1
			}
			buf.runes = append(buf.runes, r)
			buf.offs = append(buf.offs, i)
		}
		ln.b = len(buf.runes)
		if i < len(rs) {
			ln.nl = i
		}
		lines = append(lines, ln)
		i++
	}
	return lines
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
			if unicode.IsLetter(r) {
				ln.arabic++
			}
		case r < 0x250 && unicode.IsLetter(r):
			ln.latin++
		}
	}
	ln.endPunct = endsSentence(rs)
	s := string(rs)
	ln.folded = fold(s)
	if k := strings.IndexAny(s, ":："); k > 0 {
		ln.label = fold(s[:k])
	}
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
