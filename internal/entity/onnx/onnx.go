// Package onnx is dyad's optional model-based entity recogniser: a user's
// token-classification model (BERT-style NER, as Hugging Face exports it
// to ONNX) whose spans the entity stage merges with its lexicon matches
// (entity.Stage.WithRecognizer; the lexicon wins on overlap).
//
// A model directory holds three files:
//
//	model.onnx      the network: inputs input_ids (and attention_mask,
//	                token_type_ids if it declares them), output logits
//	                [batch, sequence, labels]
//	tokenizer.json  the Hugging Face tokenizers file (WordPiece, BPE ...)
//	config.json     with "id2label": {"0": "O", "1": "B-PER", ...}
//
// Labels follow the B-/I- (or plain IO) scheme; their types map to dyad's
// PER, ORG, LOC and MISC (PERSON, ORGANIZATION, LOCATION and GPE are read
// as the same); other types (DATE, ...) are ignored.
//
// The runtime is hugot's pure-Go session (github.com/knights-analytics/hugot,
// GoMLX's simplego backend): no shared library, no cgo. It adds about 20 MB
// to the binary, so it is built only with -tags ner_onnx; the default build
// checks the directory the same way and then fails with ErrNoSupport.
package onnx

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/entity"
)

// ErrNoSupport is Open's error in a build without the ner_onnx tag.
var ErrNoSupport = errors.New("this build has no ONNX support; rebuild with -tags ner_onnx")

// The files of a model directory.
const (
	ModelFile     = "model.onnx"
	TokenizerFile = "tokenizer.json"
	ConfigFile    = "config.json"
)

// maxChunk is the longest piece of text (in code points) given to the
// model at once: BERT-style models see at most 512 tokens, and news
// paragraphs can be longer.
const maxChunk = 400

// batchSize is the number of chunks run through the model together.
const batchSize = 16

// group is one entity the model found in a chunk: bytes [start, end) of
// the chunk and the label's type with its B-/I- prefix removed.
type group struct {
	start, end int
	label      string
}

// tagger runs a loaded model over texts; runtime_*.go provide it.
type tagger interface {
	tag(texts []string) ([][]group, error)
}

// Recognizer is a loaded model; it implements entity.Recognizer and is
// safe for concurrent use (calls into the model are serialised).
type Recognizer struct {
	dir string
	mu  sync.Mutex
	t   tagger
}

var _ entity.Recognizer = (*Recognizer)(nil)

// Open checks the model directory dir and loads its model. Errors name the
// file at fault and the reason.
func Open(dir string) (*Recognizer, error) {
	if err := Check(dir); err != nil {
		return nil, err
	}
	t, err := load(dir)
	if err != nil {
		return nil, fmt.Errorf("ner model %s: %w", dir, err)
	}
	return &Recognizer{dir: dir, t: t}, nil
}

// Check reports whether dir looks like a token-classification model
// directory: model.onnx present and not empty, tokenizer.json a tokenizers
// file, config.json with an id2label naming at least one PER, ORG, LOC or
// MISC label. It does not load the network.
func Check(dir string) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("ner model: %w", err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("ner model %s: not a directory (want one holding %s, %s and %s)", dir, ModelFile, TokenizerFile, ConfigFile)
	}
	p := filepath.Join(dir, ModelFile)
	fi, err = os.Stat(p)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("ner model: %s: missing (want the ONNX export of a token-classification model)", p)
	case err != nil:
		return fmt.Errorf("ner model: %w", err)
	case !fi.Mode().IsRegular() || fi.Size() == 0:
		return fmt.Errorf("ner model: %s: empty or not a regular file", p)
	}
	p = filepath.Join(dir, TokenizerFile)
	var tok struct {
		Model *struct {
			Type string `json:"type"`
		} `json:"model"`
	}
	if err := readJSON(p, "the Hugging Face tokenizers file", &tok); err != nil {
		return err
	}
	if tok.Model == nil {
		return fmt.Errorf("ner model: %s: no \"model\" object (want a Hugging Face tokenizers file)", p)
	}
	_, err = Labels(dir)
	return err
}

// Labels reads config.json's id2label and returns the labels in id order.
func Labels(dir string) ([]string, error) {
	p := filepath.Join(dir, ConfigFile)
	var cfg struct {
		ID2Label map[string]any `json:"id2label"`
	}
	if err := readJSON(p, "the model's config with id2label", &cfg); err != nil {
		return nil, err
	}
	if len(cfg.ID2Label) == 0 {
		return nil, fmt.Errorf("ner model: %s: no id2label (want {\"0\": \"O\", \"1\": \"B-PER\", ...})", p)
	}
	labels := make([]string, len(cfg.ID2Label))
	useful := false
	for k, v := range cfg.ID2Label {
		i, err := strconv.Atoi(k)
		if err != nil || i < 0 || i >= len(labels) {
			return nil, fmt.Errorf("ner model: %s: id2label key %q is not an id in 0..%d", p, k, len(labels)-1)
		}
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("ner model: %s: id2label[%q] is not a string", p, k)
		}
		labels[i] = s
		if Type(s) != "" {
			useful = true
		}
	}
	if !useful {
		return nil, fmt.Errorf("ner model: %s: id2label has no PER, ORG, LOC or MISC label", p)
	}
	return labels, nil
}

func readJSON(path, what string, v any) error {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("ner model: %s: missing (want %s)", path, what)
	}
	if err != nil {
		return fmt.Errorf("ner model: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("ner model: %s: not valid JSON: %w", path, err)
	}
	return nil
}

// Type maps a model label (B-PER, I-ORG, PER, B-PERSON, ...) to PER, ORG,
// LOC or MISC, or "" for O and types dyad does not print.
func Type(label string) string {
	l := strings.ToUpper(label)
	if len(l) > 2 && (l[:2] == "B-" || l[:2] == "I-" || l[:2] == "E-" || l[:2] == "S-") {
		l = l[2:]
	}
	switch l {
	case "PER", "PERSON":
		return "PER"
	case "ORG", "ORGANIZATION", "ORGANISATION":
		return "ORG"
	case "LOC", "LOCATION", "GPE":
		return "LOC"
	case "MISC":
		return "MISC"
	}
	return ""
}

// Recognize returns the model's PER, ORG, LOC and MISC spans in text, in
// code points. lang is not used: the model decides.
func (r *Recognizer) Recognize(text, _ string) ([]entity.Span, error) {
	chunks := split(text, maxChunk)
	if len(chunks) == 0 {
		return nil, nil
	}
	runeAt := make([]int, len(text)+1) // byte offset -> code point offset
	n := 0
	for i := 0; i < len(text); i++ {
		if utf8.RuneStart(text[i]) && i > 0 {
			n++
		}
		runeAt[i] = n
	}
	runeAt[len(text)] = utf8.RuneCountInString(text)
	var out []entity.Span
	for b := 0; b < len(chunks); b += batchSize {
		batch := chunks[b:min(b+batchSize, len(chunks))]
		texts := make([]string, len(batch))
		for i, c := range batch {
			texts[i] = text[c.start:c.end]
		}
		r.mu.Lock()
		groups, err := r.t.tag(texts)
		r.mu.Unlock()
		if err != nil {
			return nil, fmt.Errorf("ner model %s: %w", r.dir, err)
		}
		for i, gs := range groups {
			if i >= len(batch) {
				break
			}
			base, size := batch[i].start, batch[i].end-batch[i].start
			for _, g := range gs {
				typ := Type(g.label)
				s, e := max(g.start, 0), min(g.end, size)
				if typ == "" || e <= s {
					continue
				}
				out = append(out, entity.Span{Start: runeAt[base+s], End: runeAt[base+e], Type: typ})
			}
		}
	}
	return out, nil
}

// chunk is bytes [start, end) of a text.
type chunk struct{ start, end int }

// split cuts text into non-blank pieces of at most max code points: at
// line breaks, then after sentence ends, then at spaces.
func split(text string, max int) []chunk {
	var out []chunk
	start := 0
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		out = appendPieces(out, text, start, end, max)
		start = end + 1
	}
	return out
}

func appendPieces(out []chunk, text string, start, end, max int) []chunk {
	for start < end {
		for start < end && isSpaceAt(text, start) {
			_, w := utf8.DecodeRuneInString(text[start:end])
			start += w
		}
		if start >= end {
			break
		}
		cut, n, sentence, space := start, 0, -1, -1
		for cut < end && n < max {
			r, w := utf8.DecodeRuneInString(text[cut:end])
			cut += w
			n++
			if unicode.IsSpace(r) {
				space = cut
				if p, _ := utf8.DecodeLastRuneInString(text[start : cut-w]); strings.ContainsRune(".!?؟。", p) {
					sentence = cut
				}
			}
		}
		if cut < end {
			if sentence > start {
				cut = sentence
			} else if space > start {
				cut = space
			}
		}
		out = append(out, chunk{start, cut})
		start = cut
	}
	return out
}

func isSpaceAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r)
}
