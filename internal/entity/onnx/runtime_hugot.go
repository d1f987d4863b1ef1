//go:build ner_onnx

package onnx

import (
	"fmt"
	"path/filepath"

	"github.com/knights-analytics/hugot"
	"github.com/knights-analytics/hugot/pipelines"
)

// hugotTagger runs the model on hugot's pure-Go session.
type hugotTagger struct {
	session  *hugot.Session
	pipeline *pipelines.TokenClassificationPipeline
}

// load opens a hugot Go session and a token-classification pipeline with
// simple aggregation (Hugging Face's "simple": B-/I- tokens and subwords
// grouped into one entity per span). The session lives as long as the
// process.
func load(dir string) (t tagger, err error) {
	defer func() {
		if r := recover(); r != nil {
			t, err = nil, fmt.Errorf("%s: the runtime could not load it: %v", filepath.Join(dir, ModelFile), r)
		}
	}()
	s, err := hugot.NewGoSession()
	if err != nil {
		return nil, fmt.Errorf("starting the ONNX runtime: %w", err)
	}
	p, err := hugot.NewPipeline(s, hugot.TokenClassificationConfig{
		ModelPath: dir,
		Name:      "dyad-ner",
		Options:   []hugot.TokenClassificationOption{pipelines.WithSimpleAggregation()},
	})
	if err != nil {
		s.Destroy()
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, ModelFile), err)
	}
	return &hugotTagger{session: s, pipeline: p}, nil
}

func (h *hugotTagger) tag(texts []string) (out [][]group, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("running the model: %v", r)
		}
	}()
	res, err := h.pipeline.RunPipeline(texts)
	if err != nil {
		return nil, fmt.Errorf("running the model: %w", err)
	}
	out = make([][]group, len(res.Entities))
	for i, es := range res.Entities {
		for _, e := range es {
			out[i] = append(out[i], group{start: int(e.Start), end: int(e.End), label: e.Entity})
		}
	}
	return out, nil
}
