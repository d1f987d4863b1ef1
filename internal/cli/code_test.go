package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(context.Background(), args, Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb})
	return code, out.String(), errb.String()
}

func shared(t *testing.T) string {
	dir, _ := filepath.Abs("../../../shared")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("../shared is absent (%v)", err)
	}
	return dir
}

func TestCodeSeed(t *testing.T) {
	code, out, errs := run(t, "", "code", "../../testdata/seed-xi-lavrov.txt", "--published", "2024-04-09")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("%d documents, want 1", len(lines))
	}
	var d map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &d); err != nil {
		t.Fatal(err)
	}
	text, _ := d["text"].(string)
	if d["id"] != "seed-xi-lavrov" || d["lang"] != "ar" || d["published"] != "2024-04-09" {
		t.Errorf("id %v lang %v published %v", d["id"], d["lang"], d["published"])
	}
	if strings.Contains(text, "[ad_") || strings.HasSuffix(strings.TrimSpace(text), "المصدر") {
		t.Errorf("scraper junk kept: %q", text[len(text)-40:])
	}
	raw, _ := os.ReadFile("../../testdata/seed-xi-lavrov.txt")
	for _, para := range strings.Split(string(raw), "\n") {
		para = strings.TrimSpace(para)
		if len([]rune(para)) > 40 && !strings.Contains(text, para) {
			t.Errorf("paragraph lost: %.60s", para)
		}
	}
	for _, k := range []string{"entities", "quotes", "events", "dates"} {
		if _, ok := d[k].([]any); !ok {
			t.Errorf("%s is not an array", k)
		}
	}
}

func TestCodeExitStatus(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(good, []byte("Russia and China held talks in Beijing on Tuesday.\n"), 0o644)
	os.WriteFile(empty, nil, 0o644)
	for _, c := range []struct {
		name string
		args []string
		want int
		docs int
		err  string
	}{
		{"all coded", []string{"code", good}, ExitOK, 1, ""},
		{"one input failed", []string{"code", good, empty}, ExitFailed, 1, "empty.txt"},
		{"missing file", []string{"code", filepath.Join(dir, "nope.txt")}, ExitFailed, 0, "nope.txt"},
		{"no input", []string{"code"}, ExitUsage, 0, "no input"},
		{"bad flag", []string{"code", "--nope", good}, ExitUsage, 0, ""},
		{"bad format", []string{"code", "--format", "pdf", good}, ExitUsage, 0, "--format"},
		{"bad date", []string{"code", "--published", "April 9", good}, ExitUsage, 0, "--published"},
		{"bad output", []string{"code", "--output", "xml", good}, ExitUsage, 0, "--output"},
		{"help", []string{"code", "--help"}, ExitOK, 0, "Exit status"},
		{"unknown command", []string{"frobnicate"}, ExitUsage, 0, "unknown command"},
	} {
		code, out, errs := run(t, "", c.args...)
		docs := 0
		if s := strings.TrimSpace(out); s != "" {
			docs = len(strings.Split(s, "\n"))
		}
		if code != c.want || docs != c.docs || !strings.Contains(errs, c.err) {
			t.Errorf("%s: exit %d, %d documents, stderr %q; want exit %d, %d documents, stderr containing %q",
				c.name, code, docs, errs, c.want, c.docs, c.err)
		}
	}
}

func TestCodeStdinAndOutputs(t *testing.T) {
	code, out, _ := run(t, "وقال وزير الخارجية الروسي إن بلاده ترفض العقوبات.", "code", "--id", "posted", "-")
	if code != ExitOK || !strings.Contains(out, `"id":"posted"`) || !strings.Contains(out, `"lang":"ar"`) {
		t.Errorf("stdin: exit %d: %s", code, out)
	}
	code, out, _ = run(t, "", "code", "--output", "tsv", "../../testdata/seed-xi-lavrov.txt")
	if code != ExitOK || !strings.HasPrefix(out, "document\tdate\tsource") {
		t.Errorf("tsv: exit %d: %.80s", code, out)
	}
}

func TestFormatsCorpus(t *testing.T) {
	dir := filepath.Join(shared(t), "corpus", "formats")
	code, out, errs := run(t, "", "code", filepath.Join(dir, "articles.jsonl"))
	if code != ExitFailed || !strings.Contains(errs, "articles.jsonl:4") {
		t.Errorf("articles.jsonl: exit %d, stderr %q; want 1 and line 4 named", code, errs)
	}
	if n := strings.Count(out, "\n"); n != 3 {
		t.Errorf("articles.jsonl: %d documents, want 3", n)
	}
	code, out, errs = run(t, "", "code", filepath.Join(dir, "bbc-world.rss.xml"))
	if code != ExitOK || strings.Count(out, "\n") != 33 {
		t.Errorf("feed: exit %d, %d documents: %s", code, strings.Count(out, "\n"), errs)
	}
	code, out, errs = run(t, "", "code", filepath.Join(dir, "crawl-sample.warc.gz"))
	if code != ExitOK || strings.Count(out, "\n") != 2 {
		t.Errorf("warc: exit %d, %d documents: %s", code, strings.Count(out, "\n"), errs)
	}
}

func TestEvalAgreesWithScorePyOnCodedDevCorpus(t *testing.T) {
	dev := filepath.Join(shared(t), "corpus", "dev")
	// code the dev corpus as to_jsonl.py would feed it
	var in bytes.Buffer
	files, _ := filepath.Glob(filepath.Join(dev, "*.txt"))
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		text, _ := os.ReadFile(f)
		rec := map[string]string{"id": id, "text": string(text)}
		var g struct{ Published string }
		if b, err := os.ReadFile(filepath.Join(dev, id+".gold.json")); err == nil {
			json.Unmarshal(b, &g)
			rec["published"] = g.Published
		}
		b, _ := json.Marshal(rec)
		in.Write(append(b, '\n'))
	}
	code, out, errs := run(t, in.String(), "code", "--format", "jsonl", "-")
	if code != ExitOK {
		t.Fatalf("coding the dev corpus: exit %d: %s", code, errs)
	}
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	os.WriteFile(pred, []byte(out), 0o644)
	code, got, errs := run(t, "", "eval", "--gold", dev, pred)
	if code != ExitOK {
		t.Fatalf("eval: exit %d: %s", code, errs)
	}
	want := scorePy(t, dev, pred)
	if got != want {
		t.Errorf("dyad eval and score.py disagree:\n dyad eval:\n%s score.py:\n%s", got, want)
	}
}
