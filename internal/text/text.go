// Package text is dyad's text layer: it splits a cleaned document into
// paragraphs, sentences and tokens (with code point offsets) and fills
// each token's matching forms through the language package for the
// document's language (text/arabic, text/english).
package text

import (
	"context"

	"github.com/dyad-news/dyad/internal/doc"
)

// Analyze fills d.Paragraphs, d.Sentences and d.Tokens from d.Text, using
// d.Lang to choose the word analysis. It replaces any earlier analysis.
func Analyze(d *doc.Document) {
	analyze(d)
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
