package clean

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"unicode"
)

//go:embed data/*.txt
var dataFS embed.FS

// action says what a boilerplate phrase does to its line.
type action uint8

const (
	actNone action = iota
	// actDrop removes the line; the article block may run across it.
	actDrop
	// actStop removes the line and ends the article block: no block
	// crosses it (source trailers, related-story headers, footers).
	actStop
)

// Limits on where phrase modes apply, in words of the line.
const (
	prefixMaxWords   = 10
	labelMaxWords    = 25
	containsMaxWords = 120
)

// phrases is a compiled boilerplate phrase list. All keys are folded.
type phrases struct {
	line     map[string]action
	label    map[string]action
	prefix   []phraseRule
	contains []phraseRule
	// found finds the contains phrases in one pass (nil: too many).
	found *substrings
}

type phraseRule struct {
	key string
	act action
}

// loadPhrases reads every data/boilerplate_*.txt file.
func loadPhrases() (*phrases, error) {
	p := &phrases{line: map[string]action{}, label: map[string]action{}}
	files, err := dataFS.ReadDir("data")
	if err != nil {
		return nil, fmt.Errorf("clean: reading data: %w", err)
	}
	for _, f := range files {
		if !strings.HasPrefix(f.Name(), "boilerplate_") {
			continue
		}
		b, err := dataFS.ReadFile("data/" + f.Name())
		if err != nil {
			return nil, fmt.Errorf("clean: reading %s: %w", f.Name(), err)
		}
		if err := p.parse(f.Name(), string(b)); err != nil {
			return nil, err
		}
	}
	p.found = newSubstrings(p.contains)
	return p, nil
}

func (p *phrases) parse(name, src string) error {
	sc := bufio.NewScanner(strings.NewReader(src))
	n := 0
	for sc.Scan() {
		n++
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.SplitN(l, " ", 3)
		if len(f) != 3 {
			return fmt.Errorf("clean: %s:%d: want ACTION MODE PHRASE", name, n)
		}
		var a action
		switch f[0] {
		case "drop":
			a = actDrop
		case "stop":
			a = actStop
		default:
			return fmt.Errorf("clean: %s:%d: unknown action %q", name, n, f[0])
		}
		key := fold(f[2])
		if key == "" {
			return fmt.Errorf("clean: %s:%d: empty phrase", name, n)
		}
		switch f[1] {
		case "line":
			p.line[key] = max(p.line[key], a)
		case "label":
			p.label[key] = max(p.label[key], a)
		case "prefix":
			p.prefix = append(p.prefix, phraseRule{key, a})
		case "contains":
			p.contains = append(p.contains, phraseRule{key, a})
		default:
			return fmt.Errorf("clean: %s:%d: unknown mode %q", name, n, f[1])
		}
	}
	return sc.Err()
}

// match returns the strongest action the phrase list gives a line whose
// folded form is folded, whose folded text before its first colon is
// label ("" when it has none) and which has the given number of words.
func (p *phrases) match(folded, label string, words int) action {
	best := p.line[folded]
	if label != "" && words <= labelMaxWords {
		best = max(best, p.label[label])
	}
	if words <= prefixMaxWords {
		for _, r := range p.prefix {
			if strings.HasPrefix(folded, r.key) && (len(folded) == len(r.key) || folded[len(r.key)] == ' ') {
				best = max(best, r.act)
			}
		}
	}
	if words <= containsMaxWords && p.found != nil {
		best = max(best, p.found.best(folded))
	} else if words <= containsMaxWords {
		for _, r := range p.contains {
			if strings.Contains(folded, r.key) {
				best = max(best, r.act)
			}
		}
	}
	return best
}

// fold lower-cases s, removes Arabic tashkeel and tatweel, folds alef
// variants to ا, ى to ي and ة to ه, turns every rune that is not a letter
// or digit into a space, and collapses and trims spaces. It is for
// matching only; display text is never folded.
func fold(s string) string { return foldRunes([]rune(s)) }

// foldRunes is fold for a rune slice.
func foldRunes(rs []rune) string {
	var b strings.Builder
	b.Grow(len(rs) * 2)
	space := false
	for _, r := range rs {
		r = foldRune(r)
		switch {
		case r == 0:
			continue
		case r == ' ':
			space = b.Len() > 0
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// foldTable holds foldRune for the runes below tableSize (Latin, Greek,
// Cyrillic, Hebrew, Arabic), which covers nearly all input.
const tableSize = 0x800

var foldTable = func() (t [tableSize]rune) {
	for r := range rune(tableSize) {
		t[r] = foldRuneSlow(r)
	}
	return t
}()

// foldRune maps one rune for fold: 0 drops it, ' ' separates words.
func foldRune(r rune) rune {
	if r >= 0 && r < tableSize {
		return foldTable[r]
	}
	return foldRuneSlow(r)
}

func foldRuneSlow(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + 'a' - 'A'
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return r
	case r >= 0x064B && r <= 0x0652, r == 0x0670, r == 0x0640:
		return 0
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
		return 'ا'
	case r == 'ى':
		return 'ي'
	case r == 'ة':
		return 'ه'
	case r < 0x80:
		return ' '
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return unicode.ToLower(r)
	case unicode.Is(unicode.Mn, r):
		return 0
	}
	return ' '
}

// isLetter is unicode.IsLetter with a table for the common runes.
func isLetter(r rune) bool {
	if r >= 0 && r < tableSize {
		return letterTable[r]
	}
	return unicode.IsLetter(r)
}

var letterTable = func() (t [tableSize]bool) {
	for r := range rune(tableSize) {
		t[r] = unicode.IsLetter(r)
	}
	return t
}()

// wordSet is a set of folded words.
type wordSet map[string]struct{}

func loadWords(name string) (wordSet, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, fmt.Errorf("clean: reading %s: %w", name, err)
	}
	ws := wordSet{}
	for l := range strings.SplitSeq(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		ws[fold(l)] = struct{}{}
	}
	return ws, nil
}
