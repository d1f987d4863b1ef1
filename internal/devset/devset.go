// Package devset is the one way the stages' quality-floor tests read the
// shared dev corpus (../shared/corpus/dev beside the repository), code it
// and score it by the reference scorer's rules (internal/eval). Tests
// that use it skip with a message where the corpus is absent.
package devset

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/eval"
)

// Article is one dev article with its gold publication date.
type Article struct {
	ID, Text, Published string
}

// Document returns a new document of the article, as `dyad code --format
// jsonl` reads the output of score.py's to_jsonl.py.
func (a Article) Document() *doc.Document {
	d := doc.New()
	d.ID, d.Source, d.Raw, d.Text, d.Published = a.ID, a.ID+".txt", a.Text, a.Text, a.Published
	return d
}

// Dir returns the dev corpus folder, or skips the test.
func Dir(t testing.TB) string {
	t.Helper()
	return Shared(t, "corpus/dev")
}

// Shared returns <repository>/../shared/<sub>, or skips the test with a
// message when it is absent.
func Shared(t testing.TB, sub string) string {
	t.Helper()
	dir := filepath.Join(RepoRoot(t), "..", "shared", filepath.FromSlash(sub))
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("../shared/%s is absent (%v): test skipped", sub, err)
	}
	return dir
}

// RepoRoot returns the module's root folder (the one holding go.mod)
// above the test's working directory.
func RepoRoot(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("devset: no go.mod above the test's folder")
		}
		dir = parent
	}
}

// Articles returns every dev article that has a gold file, by id.
func Articles(t testing.TB) []Article {
	t.Helper()
	dir := Dir(t)
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil || len(golds) == 0 {
		t.Skipf("no gold files in %s", dir)
	}
	var out []Article
	for _, g := range golds {
		id := strings.TrimSuffix(filepath.Base(g), ".gold.json")
		text, err := os.ReadFile(filepath.Join(dir, id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		var meta struct{ Published string }
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &meta); err != nil {
			t.Fatalf("%s: %v", g, err)
		}
		if len(meta.Published) >= 10 {
			meta.Published = meta.Published[:10]
		}
		out = append(out, Article{ID: id, Text: string(text), Published: meta.Published})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Processor codes a document in place (a pipeline.Pipeline or a stage).
type Processor interface {
	Process(ctx context.Context, d *doc.Document) error
}

// stageTimeout bounds the coding of one article, so that a stage stuck in
// a loop fails the test instead of hanging it.
const stageTimeout = time.Minute

// Code runs p on every article and returns the coded documents by id.
func Code(t testing.TB, p Processor, articles []Article) map[string]*doc.Document {
	t.Helper()
	docs := map[string]*doc.Document{}
	for _, a := range articles {
		d := a.Document()
		done := make(chan error, 1)
		go func() { done <- p.Process(context.Background(), d) }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("%s: %v", a.ID, err)
			}
		case <-time.After(stageTimeout):
			t.Fatalf("%s: coding did not finish in %v", a.ID, stageTimeout)
		}
		docs[a.ID] = d
	}
	return docs
}

// Score scores the coded documents against their dev gold files by
// score.py's rules (the gold files of other articles are left out, so a
// test may score the Arabic ones alone).
func Score(t testing.TB, docs map[string]*doc.Document) eval.Result {
	t.Helper()
	all, err := eval.LoadGold(Dir(t))
	if err != nil {
		t.Fatal(err)
	}
	golds := map[string]eval.Gold{}
	preds := map[string]eval.Pred{}
	for id, d := range docs {
		golds[id] = all[id]
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var p eval.Pred
		if err := json.Unmarshal(b, &p); err != nil {
			t.Fatal(err)
		}
		preds[id] = p
	}
	return eval.Score(golds, preds)
}

// LogMisses logs the scorer's lines that start with prefix ("entity",
// "quote", "event", "date"), by document.
func LogMisses(t testing.TB, res eval.Result, prefix string) {
	t.Helper()
	ids := make([]string, 0, len(res.Log))
	for id := range res.Log {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		for _, l := range res.Log[id] {
			if strings.HasPrefix(l, prefix) {
				t.Logf("%s: %s", id, l)
			}
		}
	}
}
