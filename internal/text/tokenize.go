package text

import (
	"strings"
	"unicode"

	"github.com/dyad-news/dyad/internal/doc"
)

// analyze is a first, plain implementation: paragraphs at newlines,
// sentences at . ! ? ؟ and tokens at spaces and punctuation. The text
// layer issue refines it (abbreviations, clitics, normalisation).
func analyze(d *doc.Document) {
	rs := []rune(d.Text)
	d.Paragraphs = d.Paragraphs[:0]
	d.Sentences = d.Sentences[:0]
	d.Tokens = d.Tokens[:0]
	start := 0
	for i := 0; i <= len(rs); i++ {
		if i == len(rs) || rs[i] == '\n' {
			if strings.TrimSpace(string(rs[start:i])) != "" {
				d.Paragraphs = append(d.Paragraphs, doc.Span{Start: start, End: i})
			}
			start = i + 1
		}
	}
	for _, p := range d.Paragraphs {
		sentStart := p.Start
		first := len(d.Tokens)
		for i := p.Start; i < p.End; {
			r := rs[i]
			switch {
			case unicode.IsSpace(r):
				i++
				continue
			case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
				j := i
				for j < p.End && (unicode.IsLetter(rs[j]) || unicode.Is(unicode.Mn, rs[j]) || unicode.IsDigit(rs[j])) {
					j++
				}
				w := string(rs[i:j])
				n := strings.ToLower(w)
				d.Tokens = append(d.Tokens, doc.Token{Text: w, Norm: n, Stem: n, Start: i, End: j, Kind: doc.Word, Sentence: len(d.Sentences)})
				i = j
			case unicode.IsDigit(r):
				j := i
				for j < p.End && unicode.IsDigit(rs[j]) {
					j++
				}
				w := string(rs[i:j])
				d.Tokens = append(d.Tokens, doc.Token{Text: w, Norm: w, Stem: w, Start: i, End: j, Kind: doc.Number, Sentence: len(d.Sentences)})
				i = j
			default:
				w := string(r)
				d.Tokens = append(d.Tokens, doc.Token{Text: w, Norm: w, Stem: w, Start: i, End: i + 1, Kind: doc.Punct, Sentence: len(d.Sentences)})
				i++
				if r == '.' || r == '!' || r == '?' || r == '؟' {
					d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: sentStart, End: i}, FirstToken: first, EndToken: len(d.Tokens)})
					sentStart, first = i, len(d.Tokens)
				}
			}
		}
		if first < len(d.Tokens) {
			d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: sentStart, End: p.End}, FirstToken: first, EndToken: len(d.Tokens)})
		}
	}
}
