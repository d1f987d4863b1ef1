package onnx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/entity/onnx/onnxtest"
)

func TestCheck(t *testing.T) {
	cases := []struct {
		label string
		edit  func(dir string) string // breaks the model dir, returns the path to give
		want  []string                // substrings of the error
	}{
		{"missing directory", func(dir string) string { return filepath.Join(dir, "nope") }, []string{"nope", "no such file"}},
		{"a file, not a directory", func(dir string) string { return filepath.Join(dir, ConfigFile) }, []string{"config.json", "not a directory"}},
		{"no model.onnx", remove(ModelFile), []string{"model.onnx", "missing"}},
		{"empty model.onnx", write(ModelFile, ""), []string{"model.onnx", "empty"}},
		{"no tokenizer.json", remove(TokenizerFile), []string{"tokenizer.json", "missing"}},
		{"tokenizer.json not JSON", write(TokenizerFile, "{vocab"), []string{"tokenizer.json", "not valid JSON"}},
		{"tokenizer.json without a model", write(TokenizerFile, `{"version": "1.0"}`), []string{"tokenizer.json", `no "model"`}},
		{"no config.json", remove(ConfigFile), []string{"config.json", "missing"}},
		{"config.json without id2label", write(ConfigFile, `{"model_type": "bert"}`), []string{"config.json", "no id2label"}},
		{"id2label with a bad id", write(ConfigFile, `{"id2label": {"0": "O", "x": "B-PER"}}`), []string{"config.json", `key "x"`}},
		{"id2label with a number", write(ConfigFile, `{"id2label": {"0": "O", "1": 5}}`), []string{"config.json", "not a string"}},
		{"id2label with no entity label", write(ConfigFile, `{"id2label": {"0": "O", "1": "B-DATE"}}`), []string{"config.json", "no PER, ORG, LOC or MISC"}},
	}
	for _, c := range cases {
		t.Run(c.label, func(t *testing.T) {
			dir := onnxtest.Tiny(t)
			err := Check(c.edit(dir))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
			if _, err := Open(c.edit(dir)); err == nil {
				t.Error("Open: no error")
			}
		})
	}
	if err := Check(onnxtest.Tiny(t)); err != nil {
		t.Errorf("the tiny model: %v", err)
	}
}

func remove(name string) func(string) string {
	return func(dir string) string {
		os.Remove(filepath.Join(dir, name))
		return dir
	}
}

func write(name, content string) func(string) string {
	return func(dir string) string {
		os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644)
		return dir
	}
}

func TestType(t *testing.T) {
	for label, want := range map[string]string{
		"B-PER": "PER", "I-PER": "PER", "PER": "PER", "B-PERSON": "PER", "i-per": "PER",
		"B-ORG": "ORG", "I-ORGANIZATION": "ORG", "B-LOC": "LOC", "B-GPE": "LOC", "LOCATION": "LOC",
		"B-MISC": "MISC", "O": "", "B-DATE": "", "": "",
	} {
		if got := Type(label); got != want {
			t.Errorf("Type(%q) = %q, want %q", label, got, want)
		}
	}
}

func TestSplit(t *testing.T) {
	long := strings.Repeat("كلمة ", 30) + "نهاية. " + strings.Repeat("word ", 40)
	cases := []struct {
		label, text string
		max         int
		want        []string
	}{
		{"empty", "", 10, nil},
		{"blank lines dropped", "\n  \n", 10, nil},
		{"lines are pieces", "one\ntwo three\n", 100, []string{"one", "two three"}},
		{"cut after a sentence end", "Aa bb. Cc dd ee", 12, []string{"Aa bb. ", "Cc dd ee"}},
		{"cut at a space", "aaaa bbbb cccc", 7, []string{"aaaa ", "bbbb ", "cccc"}},
		{"hard cut in a long word", "abcdefgh", 3, []string{"abc", "def", "gh"}},
	}
	for _, c := range cases {
		t.Run(c.label, func(t *testing.T) {
			var got []string
			for _, ch := range split(c.text, c.max) {
				got = append(got, c.text[ch.start:ch.end])
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("split = %q, want %q", got, c.want)
			}
		})
	}
	for _, ch := range split(long, 50) {
		if n := utf8.RuneCountInString(long[ch.start:ch.end]); n > 50 || !utf8.ValidString(long[ch.start:ch.end]) {
			t.Errorf("piece of %d code points or invalid UTF-8: %q", n, long[ch.start:ch.end])
		}
	}
}
