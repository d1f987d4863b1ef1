// Package text is dyad's text layer: it splits a cleaned document into
// paragraphs, sentences and tokens (with code point offsets) and fills
// each token's matching forms through the language packages (text/arabic,
// text/english).
//
// It is built like bleve's analysis package: a Tokenizer, a
// SentenceSplitter and TokenFilters behind tiny interfaces, chained by an
// Analyzer. Words are analysed by their script, whatever d.Lang says: an
// Arabic article quoting "NATO" gets an English token, and the other way
// round.
package text

import (
	"context"
	"sync"

	"github.com/dyad-news/dyad/internal/doc"
)

// Analyzer chains the text layer's components.
type Analyzer struct {
	Tokenizer Tokenizer
	Splitter  SentenceSplitter
	Filters   []TokenFilter
}

// Default is the analyzer Analyze uses.
var Default = &Analyzer{
	Tokenizer: UnicodeTokenizer{},
	Splitter:  PunctSplitter{},
	Filters:   []TokenFilter{ArabicFilter{}, EnglishFilter{}, NumberFilter{}, PunctFilter{}},
}

var sources = sync.Pool{New: func() any { return new(Source) }}

// Analyze fills d.Paragraphs, d.Sentences and d.Tokens from d.Text, using
// d.Lang to choose the word analysis. It replaces any earlier analysis.
func Analyze(d *doc.Document) {
	Default.Analyze(d)
}

// Analyze fills d.Paragraphs, d.Sentences and d.Tokens from d.Text,
// replacing any earlier analysis (the slices' memory is reused).
//
// Paragraphs are the non-blank lines (\n, \r, U+2028, U+2029 end them),
// trimmed of surrounding white space; sentences never cross them. Every
// token belongs to one sentence, whose index it carries. All offsets are
// code points of d.Text.
func (an *Analyzer) Analyze(d *doc.Document) {
	src := sources.Get().(*Source)
	src.Reset(d.Text)
	defer src.release()

	rs := src.Runes
	toks, paras, sents := src.toks[:0], src.paras[:0], src.sents[:0]
	for i := 0; i < len(rs); {
		for i < len(rs) && isBlank(rs[i]) {
			i++
		}
		j := i
		for j < len(rs) {
			// most code points are plainly not line ends
			if r := rs[j]; r > '\r' && r < 0x85 || r > 0x85 && r < 0x2028 {
				j++
				continue
			}
			if isNewline(rs[j]) {
				break
			}
			j++
		}
		end := j
		for end > i && isBlank(rs[end-1]) {
			end--
		}
		if end > i {
			base := len(toks)
			toks = an.Tokenizer.Tokenize(src, i, end, toks)
			if len(toks) > base {
				paras = append(paras, doc.Span{Start: i, End: end})
				sents = an.Splitter.Split(src, toks[base:], base, sents)
			}
		}
		i = j
	}
	src.toks, src.paras, src.sents = toks, paras, sents
	d.Paragraphs = exact(d.Paragraphs, paras)
	d.Sentences = exact(d.Sentences, sents)
	// Each token is written once, with its text and sentence, in an array
	// of the exact size (d's own when it is large enough).
	if cap(d.Tokens) < len(toks) {
		d.Tokens = make([]doc.Token, len(toks))
	}
	d.Tokens = d.Tokens[:len(toks)]
	for s, sent := range sents {
		for k := sent.FirstToken; k < sent.EndToken; k++ {
			t := toks[k]
			d.Tokens[k] = doc.Token{Text: t.Text(src), Start: int(t.Start), End: int(t.End), Kind: t.Kind, Sentence: s}
		}
	}
	var a Arena
	for _, f := range an.Filters {
		f.Filter(d.Tokens, &a)
	}
}

// exact copies s into dst when it fits there, else into a new slice of
// exactly its length.
func exact[T any](dst, s []T) []T {
	if len(s) == 0 {
		return dst[:0]
	}
	if cap(dst) < len(s) {
		dst = make([]T, len(s))
	}
	dst = dst[:len(s)]
	copy(dst, s)
	return dst
}

// Stage is the pipeline stage that runs Analyze.
type Stage struct{}

// Name returns "text".
func (Stage) Name() string { return "text" }

// Process analyses the document; it never fails.
func (Stage) Process(_ context.Context, d *doc.Document) error {
	Analyze(d)
	return nil
}
