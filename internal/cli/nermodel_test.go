package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// --ner-model: a missing or broken model directory stops the command
// before any input is read (exit 1, like a bad --lexicon file), naming the
// file at fault; without the flag no model code runs.
func TestNERModelFlag(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	if err := os.WriteFile(in, []byte("Sergey Lavrov met reporters in Moscow."), 0o644); err != nil {
		t.Fatal(err)
	}
	noTokenizer := filepath.Join(dir, "model")
	os.Mkdir(noTokenizer, 0o755)
	os.WriteFile(filepath.Join(noTokenizer, "model.onnx"), []byte("x"), 0o644)
	cases := []struct {
		label string
		args  []string
		code  int
		err   string
	}{
		{"no flag", []string{"code", in}, ExitOK, ""},
		{"missing directory", []string{"code", "--ner-model", filepath.Join(dir, "nope"), in}, ExitFailed, "nope"},
		{"missing tokenizer.json", []string{"code", "--ner-model", noTokenizer, in}, ExitFailed, "tokenizer.json: missing"},
		{"ingest shares the flag", []string{"ingest", "--ner-model", filepath.Join(dir, "nope"), "--data", filepath.Join(dir, "data"), in}, ExitFailed, "nope"},
	}
	for _, c := range cases {
		t.Run(c.label, func(t *testing.T) {
			code, out, errs := run(t, "", c.args...)
			if code != c.code {
				t.Fatalf("exit %d, want %d: %s", code, c.code, errs)
			}
			if c.err != "" && (!strings.Contains(errs, c.err) || !strings.Contains(errs, "--ner-model") || out != "") {
				t.Errorf("stderr %q does not name --ner-model and %q (stdout %q)", errs, c.err, out)
			}
		})
	}
}
