package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/doc"
)

// readText reads one plain-text article. Its first line is also the title
// when it looks like one (see guessTitle); it stays in the text.
func (r *reader) readText(src, id string, data []byte, single bool) {
	s, err := decode(data, "", false)
	if err != nil {
		r.fail(src, id, "text", 0, 0, err)
		return
	}
	s = normalizeNewlines(s)
	if strings.TrimSpace(s) == "" {
		r.fail(src, id, "text", 0, 0, ErrEmpty)
		return
	}
	d := doc.New()
	d.ID, d.Source, d.Format = id, src, "text"
	if single && r.opts.ID != "" {
		d.ID = r.opts.ID
	}
	d.Raw = s
	d.SetTitle(guessTitle(s))
	r.emit(d)
}

// normalizeNewlines turns CRLF and CR line ends into LF.
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// guessTitle returns the first non-empty line when it looks like a
// headline: at most 20 words, at least two, containing letters, not
// ending like a sentence or a clause, not a [shortcode], and followed
// within the next three non-empty lines by prose (a line of 10 or more
// words or one that ends a sentence), so that a run of menu items is
// not taken for a title.
func guessTitle(s string) string {
	lines := strings.Split(s, "\n")
	var first string
	i := 0
	for ; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); t != "" {
			first = t
			break
		}
	}
	if !looksLikeTitle(first) {
		return ""
	}
	seen := 0
	for _, l := range lines[i+1:] {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if len(strings.Fields(t)) >= 10 || endsSentence(t) {
			return first
		}
		if seen++; seen == 3 {
			break
		}
	}
	return ""
}

func looksLikeTitle(t string) bool {
	w := strings.Fields(t)
	if len(w) < 2 || len(w) > 20 || utf8.RuneCountInString(t) > 250 {
		return false
	}
	if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(".:;,،؛…", last) {
		return false
	}
	for _, c := range t {
		if unicode.IsLetter(c) {
			return true
		}
	}
	return false
}

func endsSentence(t string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "\"'”’»)"))
	return strings.ContainsRune(".!?؟。", last)
}
