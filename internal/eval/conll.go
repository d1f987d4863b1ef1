package eval

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// ConllDoc is a CoNLL file (token TAB BIO-tag, blank line between
// sentences) turned into text: tokens joined by one space, sentences by a
// newline, with the gold mentions as code point spans of that text.
type ConllDoc struct {
	Text     string
	Mentions []TypedSpan
}

// TypedSpan is a mention's code point span and type.
type TypedSpan struct {
	Start, End int
	Type       string
}

// ReadConll reads a CoNLL file.
func ReadConll(r io.Reader) (*ConllDoc, error) {
	var b strings.Builder
	var d ConllDoc
	pos, lineStart := 0, true
	open := -1
	var openType string
	closeOpen := func(end int) {
		if open >= 0 {
			d.Mentions = append(d.Mentions, TypedSpan{open, end, openType})
			open = -1
		}
	}
	lastEnd := 0
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			closeOpen(lastEnd)
			if !lineStart {
				b.WriteByte('\n')
				pos++
				lineStart = true
			}
			continue
		}
		tok, tag, ok := strings.Cut(line, "\t")
		if !ok {
			f := strings.Fields(line)
			if len(f) < 2 {
				return nil, fmt.Errorf("conll line %d: want TOKEN<TAB>TAG", n)
			}
			tok, tag = f[0], f[len(f)-1]
		}
		if !lineStart {
			b.WriteByte(' ')
			pos++
		}
		start := pos
		b.WriteString(tok)
		pos += len([]rune(tok))
		lineStart = false
		switch {
		case strings.HasPrefix(tag, "B-"), strings.HasPrefix(tag, "I-") && (open < 0 || openType != tag[2:]):
			closeOpen(lastEnd)
			open, openType = start, tag[2:]
		case strings.HasPrefix(tag, "I-"):
		default:
			closeOpen(lastEnd)
		}
		lastEnd = pos
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading conll: %w", err)
	}
	closeOpen(lastEnd)
	d.Text = b.String()
	return &d, nil
}

// ScoreMentions compares predicted mentions with gold ones by exact span
// and type, and returns a tally per type and "ALL". predText is the text
// the predicted offsets refer to; it is aligned to the gold text on its
// non-space characters, so that a coder that changed white space or
// dropped lines is still scored fairly.
func ScoreMentions(gold *ConllDoc, predText string, pred []TypedSpan) map[string]Tally {
	align := alignRunes([]rune(predText), []rune(gold.Text))
	goldSet := map[TypedSpan]bool{}
	for _, m := range gold.Mentions {
		goldSet[m] = true
	}
	out := map[string]Tally{}
	add := func(typ string, f func(*Tally)) {
		t := out[typ]
		f(&t)
		out[typ] = t
		a := out["ALL"]
		f(&a)
		out["ALL"] = a
	}
	seen := map[TypedSpan]bool{}
	for _, m := range pred {
		if m.Start < 0 || m.End > len(align) || m.Start >= m.End {
			add(m.Type, func(t *Tally) { t.FP++ })
			continue
		}
		g := TypedSpan{align[m.Start], align[m.End-1] + 1, m.Type}
		if seen[g] {
			continue
		}
		seen[g] = true
		if align[m.Start] >= 0 && align[m.End-1] >= 0 && goldSet[g] {
			add(m.Type, func(t *Tally) { t.TP++ })
		} else {
			add(m.Type, func(t *Tally) { t.FP++ })
		}
	}
	for _, m := range gold.Mentions {
		if !seen[m] {
			add(m.Type, func(t *Tally) { t.FN++ })
		}
	}
	return out
}

// alignRunes maps each rune of a to the offset of the same rune in b, or
// -1, walking both in order and skipping white space and runs of b that a
// lacks.
func alignRunes(a, b []rune) []int {
	m := make([]int, len(a))
	j := 0
	for i, r := range a {
		m[i] = -1
		if r == ' ' || r == '\n' || r == '\t' {
			continue
		}
		k := j
		for k < len(b) && b[k] != r {
			k++
		}
		if k < len(b) {
			m[i], j = k, k+1
		}
	}
	return m
}

// Types returns the tally's keys with ALL last.
func Types(t map[string]Tally) []string {
	var ks []string
	for k := range t {
		if k != "ALL" {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	return append(ks, "ALL")
}
