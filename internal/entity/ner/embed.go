package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/dyad-news/dyad/internal/lexicon"
)

// modelData is the embedded model: trained on ANERCorp (CC BY-SA 4.0,
// see model/README.md), shared under the same licence.
//
//go:embed model/ner.tsv.gz
var modelData []byte

var (
	defaultOnce  sync.Once
	defaultModel *Model
	defaultErr   error
)

// DefaultModel returns the embedded model, read once.
func DefaultModel() (*Model, error) {
	defaultOnce.Do(func() {
		defaultModel, defaultErr = ReadModel(bytes.NewReader(modelData))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("ner: embedded model: %w", defaultErr)
		}
	})
	return defaultModel, defaultErr
}

// Default returns a tagger with the embedded model and a gazetteer from
// lex (nil: none).
func Default(lex *lexicon.Lexicon) (*Tagger, error) {
	m, err := DefaultModel()
	if err != nil {
		return nil, err
	}
	return NewTagger(m, NewGazetteer(lex)), nil
}
