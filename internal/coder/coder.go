// Package coder assembles dyad's standard pipeline: clean → langid → text
// → entity → timex → quote → event → geo. Every command that codes news
// (code, ingest, watch, serve's /api/code) builds it here, so they all
// code alike.
package coder

import (
	"fmt"

	"github.com/dyad-news/dyad/internal/clean"
	"github.com/dyad-news/dyad/internal/entity"
	"github.com/dyad-news/dyad/internal/entity/onnx"
	"github.com/dyad-news/dyad/internal/event"
	"github.com/dyad-news/dyad/internal/geo"
	"github.com/dyad-news/dyad/internal/langid"
	"github.com/dyad-news/dyad/internal/lexicon"
	"github.com/dyad-news/dyad/internal/pipeline"
	"github.com/dyad-news/dyad/internal/quote"
	"github.com/dyad-news/dyad/internal/text"
	"github.com/dyad-news/dyad/internal/timex"
)

// Options tune the pipeline.
type Options struct {
	// LexiconOverlay is a user TSV file that adds or overrides lexicon
	// entries (--lexicon).
	LexiconOverlay string
	// PredicateOverlay is a user TSV file of extra event predicates
	// (--predicates).
	PredicateOverlay string
	// AllMentions keeps one event per sentence instead of merging repeats.
	AllMentions bool
	// Workers is the number of documents coded at once (0: GOMAXPROCS).
	Workers int
	// NERModel is a token-classification model directory (--ner-model,
	// internal/entity/onnx) whose spans are merged with the lexicon's;
	// "" runs no model.
	NERModel string
}

// New returns the standard pipeline.
func New(opts Options) (*pipeline.Pipeline, error) {
	cleaner, err := clean.NewStage()
	if err != nil {
		return nil, fmt.Errorf("coder: %w", err)
	}
	lex, err := loadLexicon(opts.LexiconOverlay)
	if err != nil {
		return nil, fmt.Errorf("coder: %w", err)
	}
	quotes, err := quote.New()
	if err != nil {
		return nil, fmt.Errorf("coder: %w", err)
	}
	events, err := event.New(event.Options{AllMentions: opts.AllMentions}, opts.PredicateOverlay)
	if err != nil {
		return nil, fmt.Errorf("coder: %w", err)
	}
	entities := entity.New(lex)
	if opts.NERModel != "" {
		r, err := onnx.Open(opts.NERModel)
		if err != nil {
			return nil, fmt.Errorf("coder: --ner-model: %w", err)
		}
		entities.WithRecognizer(r)
	}
	p := pipeline.New(
		cleaner,
		langid.Stage{},
		text.Stage{},
		entities,
		timex.Stage{},
		quotes,
		events,
		geo.Stage{},
	)
	p.Workers = opts.Workers
	return p, nil
}

// loadLexicon returns the shared embedded lexicon, or a new one with the
// user's overlay file on top.
func loadLexicon(overlay string) (*lexicon.Lexicon, error) {
	if overlay == "" {
		return lexicon.Default()
	}
	return lexicon.Load(overlay)
}
