//go:build ner_onnx

package onnx_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/coder"
	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/entity"
	"github.com/dyad-news/dyad/internal/entity/onnx"
	"github.com/dyad-news/dyad/internal/entity/onnx/onnxtest"
)

func TestRecognize(t *testing.T) {
	r, err := onnx.Open(onnxtest.Tiny(t))
	if err != nil {
		t.Fatal(err)
	}
	text := "Éé Zorblat Quintar said in Bramville.\n\nقال Zorblat"
	spans, err := r.Recognize(text, "")
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(text)
	var got []string
	for _, s := range spans {
		got = append(got, s.Type+":"+string(runes[s.Start:s.End]))
	}
	want := []string{"PER:Zorblat Quintar", "LOC:Bramville", "PER:Zorblat"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("spans %q, want %q", got, want)
	}
}

// The pipeline with --ner-model: the model's person appears; where the
// model and the lexicon overlap (Lavrov), the lexicon wins.
func TestPipelineWithModel(t *testing.T) {
	p, err := coder.New(coder.Options{NERModel: onnxtest.Tiny(t), Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{ID: "t", Text: "Sergey Lavrov met Zorblat Quintar in Bramville on Tuesday.", Lang: "en", Published: "2024-04-09"}
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	byName := map[string]doc.Entity{}
	for _, e := range d.Entities {
		byName[e.Name] = e
	}
	if e, ok := byName["Zorblat Quintar"]; !ok || e.Type != "PER" || len(e.Mentions) != 1 || e.Mentions[0].Start != 18 {
		t.Errorf("Zorblat Quintar: %+v (entities %+v)", e, d.Entities)
	}
	if e, ok := byName["Bramville"]; !ok || e.Type != "LOC" {
		t.Errorf("Bramville: %+v", e)
	}
	if e := byName["Sergey Lavrov"]; e.Type != "PER" || e.LexiconID == "" {
		t.Errorf("Sergey Lavrov: %+v, want the lexicon's person", e)
	}
	for _, e := range d.Entities {
		if e.Type == "ORG" {
			t.Errorf("the model's ORG won over the lexicon: %+v", e)
		}
	}
}

// Workers share one model: calls from several goroutines agree.
func TestRecognizeConcurrent(t *testing.T) {
	r, err := onnx.Open(onnxtest.Tiny(t))
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		go func() {
			spans, err := r.Recognize(strings.Repeat("Zorblat said. ", i+1), "en")
			if err == nil && len(spans) != i+1 {
				err = fmt.Errorf("%d spans, want %d", len(spans), i+1)
			}
			errs <- err
		}()
	}
	for i := 0; i < 4; i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestBrokenModel(t *testing.T) {
	dir := onnxtest.Tiny(t)
	if err := os.WriteFile(filepath.Join(dir, onnx.ModelFile), []byte("not a network"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := onnx.Open(dir)
	if err == nil || !strings.Contains(err.Error(), "model.onnx") {
		t.Fatalf("Open: %v, want an error naming model.onnx", err)
	}
}

var _ entity.Recognizer = (*onnx.Recognizer)(nil)

// BenchmarkRecognizeTiny measures the runtime's own cost per document
// (tokenizer, batching, graph execution at varying lengths) on the tiny
// network: a real BERT model adds its layers on top.
func BenchmarkRecognizeTiny(b *testing.B) {
	dir := b.TempDir()
	if err := onnxtest.Write(dir, map[string]string{"Zorblat": "B-PER"}, []string{"said", "the"}); err != nil {
		b.Fatal(err)
	}
	r, err := onnx.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	para := strings.Repeat("Zorblat said the words of the day. ", 12)
	text := strings.Join([]string{para, para[:200], para[:90], para}, "\n")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := r.Recognize(text, "en"); err != nil {
			b.Fatal(err)
		}
	}
}
