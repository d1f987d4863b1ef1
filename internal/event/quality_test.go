package event

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-news/dyad/internal/clean"
	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/entity"
	"github.com/dyad-news/dyad/internal/eval"
	"github.com/dyad-news/dyad/internal/langid"
	"github.com/dyad-news/dyad/internal/lexicon"
	"github.com/dyad-news/dyad/internal/pipeline"
	"github.com/dyad-news/dyad/internal/quote"
	"github.com/dyad-news/dyad/internal/text"
	"github.com/dyad-news/dyad/internal/timex"
)

// Quality floor on the dev corpus, scored with score.py's event rules.
const (
	floorF1        = 0.75
	floorForbidden = 0
)

// devPipeline is clean → langid → text → entity → timex → quote → event.
func devPipeline(t testing.TB) *pipeline.Pipeline {
	cl, err := clean.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	qs, err := quote.New()
	if err != nil {
		t.Fatal(err)
	}
	ev, err := New(Options{}, "")
	if err != nil {
		t.Fatal(err)
	}
	stages := []pipeline.Stage{cl, langid.Stage{}, text.Stage{}, entity.New(lx)}
	stages = append(stages, timex.Stage{})
	stages = append(stages, qs, ev)
	return pipeline.New(stages...)
}

// codeDev runs the pipeline on every dev document; it returns the coded
// documents and the directory.
func codeDev(t testing.TB) ([]*doc.Document, string) {
	sh := sharedDir()
	if sh == "" {
		t.Skip("../shared absent: no dev corpus")
	}
	dir := filepath.Join(sh, "corpus", "dev")
	p := devPipeline(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var docs []*doc.Document
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := doc.New()
		d.ID, d.Text = id, string(b)
		if g, err := os.ReadFile(filepath.Join(dir, id+".gold.json")); err == nil {
			var gold struct {
				Published string `json:"published"`
			}
			json.Unmarshal(g, &gold)
			d.Published = gold.Published
		}
		// a stage that loops must not hang the suite
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		done := make(chan error, 1)
		go func() { done <- p.Process(ctx, d) }()
		select {
		case err := <-done:
			cancel()
			if err != nil {
				t.Fatalf("%s: %v", id, err)
			}
		case <-ctx.Done():
			cancel()
			t.Fatalf("%s: the pipeline did not finish in 60s (a stage loops)", id)
		}
		docs = append(docs, d)
	}
	return docs, dir
}

// TestQualityFloor holds events F1 ≥ floorF1 with no forbidden event on
// the dev corpus, through the whole pipeline.
func TestQualityFloor(t *testing.T) {
	docs, dir := codeDev(t)
	golds, err := eval.LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	var lines []byte
	preds := map[string]eval.Pred{}
	for _, d := range docs {
		b, _ := json.Marshal(d)
		lines = append(lines, b...)
		lines = append(lines, '\n')
		var p eval.Pred
		if err := json.Unmarshal(b, &p); err != nil {
			t.Fatal(err)
		}
		preds[d.ID] = p
		if os.Getenv("DYAD_WHY") != "" {
			for _, e := range d.Events {
				t.Logf("%s %s→%s %s neg=%v mood=%s | %s", d.ID, actorS(e.Source), actorS(e.Target), e.Code, e.Negated, e.Mood, e.Why)
			}
		}
	}
	out := filepath.Join(t.TempDir(), "coded.jsonl")
	os.WriteFile(out, lines, 0o644)
	if os.Getenv("DYAD_DEV") != "" {
		os.WriteFile("/tmp/ev-pipeline.jsonl", lines, 0o644)
	}
	res := eval.Score(golds, preds)
	ev := res.Events
	_, _, f1 := ev.PRF()
	t.Logf("events: tp %d fp %d fn %d F1 %.3f, forbidden %d", ev.TP, ev.FP, ev.FN, f1, res.Forbidden)
	if py, err := exec.LookPath("python3"); err == nil {
		score := filepath.Join(filepath.Dir(dir), "..", "eval", "score.py")
		if _, err := os.Stat(score); err == nil {
			r, _ := exec.Command(py, score, "--gold", dir, "--pred", out).CombinedOutput()
			t.Logf("score.py:\n%s", r)
		}
	}
	if f1 < floorF1 {
		t.Errorf("events F1 %.3f < %.2f", f1, floorF1)
	}
	if res.Forbidden > floorForbidden {
		t.Errorf("%d forbidden events", res.Forbidden)
	}
}
