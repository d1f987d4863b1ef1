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
	defer func() {
		src.Text = ""
		sources.Put(src)
	}()

	d.Paragraphs = d.Paragraphs[:0]
	d.Sentences = d.Sentences[:0]
	d.Tokens = d.Tokens[:0]
	rs := src.Runes
	// one allocation for most documents: words and punctuation average
	// more than four code points with their spaces, in Arabic and English
	if want := len(rs)/4 + 16; cap(d.Tokens) < want {
		d.Tokens = make([]doc.Token, 0, want)
	}
	for i := 0; i < len(rs); {
		for i < len(rs) && isBlank(rs[i]) {
			i++
		}
		j := i
		for j < len(rs) && !isNewline(rs[j]) {
			j++
		}
		end := j
		for end > i && isBlank(rs[end-1]) {
			end--
		}
		if end > i {
			base := len(d.Tokens)
			d.Tokens = an.Tokenizer.Tokenize(src, i, end, d.Tokens)
			if len(d.Tokens) > base {
				d.Paragraphs = append(d.Paragraphs, doc.Span{Start: i, End: end})
				first := len(d.Sentences)
				d.Sentences = an.Splitter.Split(src, d.Tokens[base:], base, d.Sentences)
				for s := first; s < len(d.Sentences); s++ {
					for k := d.Sentences[s].FirstToken; k < d.Sentences[s].EndToken; k++ {
						d.Tokens[k].Sentence = s
					}
				}
			}
		}
		i = j
	}
	a := &Arena{Buf: make([]byte, 0, len(d.Text)/2+16)}
	for _, f := range an.Filters {
		f.Filter(d.Tokens, a)
	}
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
