// Package onnxtest writes a tiny token-classification model directory
// (model.onnx, tokenizer.json, config.json) the way Hugging Face exports
// lay one out, for tests: no weights are downloaded, the network is built
// here with hand-set weights.
//
// The network is an embedding lookup and a linear layer:
//
//	logits = Gather(E, input_ids) · W + b      shape [batch, seq, labels]
//
// where each vocabulary word's embedding row is the one-hot vector of the
// label the test wants it to get, W is the identity and b favours "O".
package onnxtest

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"google.golang.org/protobuf/encoding/protowire"
)

// Labels are the model's id2label, in id order (the CoNLL scheme).
var Labels = []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

// specials are the tokenizer's special tokens, ids 0..3.
var specials = []string{"[PAD]", "[UNK]", "[CLS]", "[SEP]"}

// Write writes the model directory into dir. tags maps a vocabulary word
// (as the WordPiece vocabulary spells it, "##" for continuations) to the
// label the model gives it; words lists the other vocabulary words (label
// "O"). Words outside the vocabulary become [UNK] and get "O".
func Write(dir string, tags map[string]string, words []string) error {
	vocab := append([]string{}, specials...)
	label := map[string]int{}
	for i, l := range Labels {
		label[l] = i
	}
	rowLabel := []int{0, 0, 0, 0}
	seen := map[string]bool{}
	add := func(w string, l int) {
		if seen[w] {
			return
		}
		seen[w] = true
		vocab = append(vocab, w)
		rowLabel = append(rowLabel, l)
	}
	for _, w := range sortedKeys(tags) {
		l, ok := label[tags[w]]
		if !ok {
			return fmt.Errorf("onnxtest: label %q of %q not in Labels", tags[w], w)
		}
		add(w, l)
	}
	for _, w := range words {
		add(w, 0)
	}
	if err := os.WriteFile(filepath.Join(dir, "model.onnx"), Model(rowLabel), 0o644); err != nil {
		return err
	}
	tok, err := Tokenizer(vocab)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "tokenizer.json"), tok, 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "config.json"), Config(), 0o644)
}

func sortedKeys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

// Config returns a config.json with id2label and label2id.
func Config() []byte {
	id2 := map[string]string{}
	l2 := map[string]int{}
	for i, l := range Labels {
		id2[fmt.Sprint(i)] = l
		l2[l] = i
	}
	b, _ := json.MarshalIndent(map[string]any{
		"architectures": []string{"BertForTokenClassification"}, "model_type": "bert",
		"id2label": id2, "label2id": l2, "max_position_embeddings": 512, "pad_token_id": 0,
	}, "", "  ")
	return b
}

// Tokenizer returns a Hugging Face tokenizers tokenizer.json for a cased
// BERT WordPiece vocabulary (ids in vocab order).
func Tokenizer(vocab []string) ([]byte, error) {
	v := map[string]int{}
	for i, w := range vocab {
		v[w] = i
	}
	var added []map[string]any
	for i, s := range specials {
		added = append(added, map[string]any{"id": i, "content": s, "single_word": false,
			"lstrip": false, "rstrip": false, "normalized": false, "special": true})
	}
	tok := map[string]any{
		"version":      "1.0",
		"truncation":   nil,
		"padding":      nil,
		"added_tokens": added,
		"normalizer": map[string]any{"type": "BertNormalizer", "clean_text": true,
			"handle_chinese_chars": true, "strip_accents": nil, "lowercase": false},
		"pre_tokenizer": map[string]any{"type": "BertPreTokenizer"},
		"post_processor": map[string]any{"type": "BertProcessing",
			"sep": []any{"[SEP]", 3}, "cls": []any{"[CLS]", 2}},
		"decoder": map[string]any{"type": "WordPiece", "prefix": "##", "cleanup": true},
		"model": map[string]any{"type": "WordPiece", "unk_token": "[UNK]",
			"continuing_subword_prefix": "##", "max_input_chars_per_word": 100, "vocab": v},
	}
	return json.MarshalIndent(tok, "", "  ")
}

// ONNX protobuf field numbers and enums (onnx.proto3).
const (
	elemFloat = 1
	elemInt64 = 7
	attrInt   = 2
)

// Model returns model.onnx: inputs input_ids and attention_mask (int64
// [batch, seq]), output logits (float [batch, seq, len(Labels)]). Vocabulary
// row v scores label rowLabel[v] highest.
func Model(rowLabel []int) []byte {
	n := len(Labels)
	emb := make([]float32, len(rowLabel)*n)
	for v, l := range rowLabel {
		emb[v*n+l] = 10
	}
	w := make([]float32, n*n)
	for i := 0; i < n; i++ {
		w[i*n+i] = 1
	}
	b := make([]float32, n)
	b[0] = 1

	var g []byte
	g = node(g, "Gather", []string{"embeddings", "input_ids"}, "hidden", attr("axis", 0))
	g = node(g, "MatMul", []string{"hidden", "classifier.weight"}, "projected")
	g = node(g, "Add", []string{"projected", "classifier.bias"}, "logits")
	g = protowire.AppendTag(g, 2, protowire.BytesType)
	g = protowire.AppendString(g, "tiny-ner")
	g = tensor(g, "embeddings", []int64{int64(len(rowLabel)), int64(n)}, emb)
	g = tensor(g, "classifier.weight", []int64{int64(n), int64(n)}, w)
	g = tensor(g, "classifier.bias", []int64{int64(n)}, b)
	g = valueInfo(g, 11, "input_ids", elemInt64, "batch", "sequence")
	g = valueInfo(g, 11, "attention_mask", elemInt64, "batch", "sequence")
	g = valueInfo(g, 12, "logits", elemFloat, "batch", "sequence", n)

	var m []byte
	m = protowire.AppendTag(m, 1, protowire.VarintType) // ir_version
	m = protowire.AppendVarint(m, 8)
	m = protowire.AppendTag(m, 2, protowire.BytesType) // producer_name
	m = protowire.AppendString(m, "dyad onnxtest")
	m = protowire.AppendTag(m, 7, protowire.BytesType) // graph
	m = protowire.AppendBytes(m, g)
	var op []byte
	op = protowire.AppendTag(op, 1, protowire.BytesType) // domain ""
	op = protowire.AppendString(op, "")
	op = protowire.AppendTag(op, 2, protowire.VarintType)
	op = protowire.AppendVarint(op, 13)
	m = protowire.AppendTag(m, 8, protowire.BytesType) // opset_import
	m = protowire.AppendBytes(m, op)
	return m
}

func attr(name string, i int64) []byte {
	var a []byte
	a = protowire.AppendTag(a, 1, protowire.BytesType)
	a = protowire.AppendString(a, name)
	a = protowire.AppendTag(a, 3, protowire.VarintType)
	a = protowire.AppendVarint(a, uint64(i))
	a = protowire.AppendTag(a, 20, protowire.VarintType)
	a = protowire.AppendVarint(a, attrInt)
	return a
}

func node(g []byte, op string, in []string, out string, attrs ...[]byte) []byte {
	var n []byte
	for _, s := range in {
		n = protowire.AppendTag(n, 1, protowire.BytesType)
		n = protowire.AppendString(n, s)
	}
	n = protowire.AppendTag(n, 2, protowire.BytesType)
	n = protowire.AppendString(n, out)
	n = protowire.AppendTag(n, 3, protowire.BytesType)
	n = protowire.AppendString(n, op+"_"+out)
	n = protowire.AppendTag(n, 4, protowire.BytesType)
	n = protowire.AppendString(n, op)
	for _, a := range attrs {
		n = protowire.AppendTag(n, 5, protowire.BytesType)
		n = protowire.AppendBytes(n, a)
	}
	g = protowire.AppendTag(g, 1, protowire.BytesType)
	return protowire.AppendBytes(g, n)
}

func tensor(g []byte, name string, dims []int64, data []float32) []byte {
	var t []byte
	for _, d := range dims {
		t = protowire.AppendTag(t, 1, protowire.VarintType)
		t = protowire.AppendVarint(t, uint64(d))
	}
	t = protowire.AppendTag(t, 2, protowire.VarintType)
	t = protowire.AppendVarint(t, elemFloat)
	t = protowire.AppendTag(t, 8, protowire.BytesType)
	t = protowire.AppendString(t, name)
	raw := make([]byte, 0, 4*len(data))
	for _, f := range data {
		raw = protowire.AppendFixed32(raw, math.Float32bits(f))
	}
	t = protowire.AppendTag(t, 9, protowire.BytesType) // raw_data, little-endian
	t = protowire.AppendBytes(t, raw)
	g = protowire.AppendTag(g, 5, protowire.BytesType)
	return protowire.AppendBytes(g, t)
}

// valueInfo appends a graph input (field 11) or output (12): a tensor of
// elem type whose dims are symbolic names (string) or sizes (int).
func valueInfo(g []byte, field protowire.Number, name string, elem int, dims ...any) []byte {
	var shape []byte
	for _, d := range dims {
		var dim []byte
		switch d := d.(type) {
		case string:
			dim = protowire.AppendTag(dim, 2, protowire.BytesType)
			dim = protowire.AppendString(dim, d)
		case int:
			dim = protowire.AppendTag(dim, 1, protowire.VarintType)
			dim = protowire.AppendVarint(dim, uint64(d))
		}
		shape = protowire.AppendTag(shape, 1, protowire.BytesType)
		shape = protowire.AppendBytes(shape, dim)
	}
	var tt []byte
	tt = protowire.AppendTag(tt, 1, protowire.VarintType)
	tt = protowire.AppendVarint(tt, uint64(elem))
	tt = protowire.AppendTag(tt, 2, protowire.BytesType)
	tt = protowire.AppendBytes(tt, shape)
	var typ []byte
	typ = protowire.AppendTag(typ, 1, protowire.BytesType)
	typ = protowire.AppendBytes(typ, tt)
	var vi []byte
	vi = protowire.AppendTag(vi, 1, protowire.BytesType)
	vi = protowire.AppendString(vi, name)
	vi = protowire.AppendTag(vi, 2, protowire.BytesType)
	vi = protowire.AppendBytes(vi, typ)
	g = protowire.AppendTag(g, field, protowire.BytesType)
	return protowire.AppendBytes(g, vi)
}

// Tiny writes the tests' tiny model into a new temp dir of t and returns
// the dir: "Zorblat" B-PER, "Quintar" I-PER, "Bram" B-LOC + "##ville"
// I-LOC, "Lavrov" B-ORG (a name the lexicon knows as a person).
func Tiny(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	err := Write(dir, map[string]string{
		"Zorblat": "B-PER", "Quintar": "I-PER", "Bram": "B-LOC", "##ville": "I-LOC", "Lavrov": "B-ORG",
	}, []string{"Sergey", "met", "said", "in", "the", "."})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}
