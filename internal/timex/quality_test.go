package timex

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/clean"
	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/langid"
	"github.com/dyad-news/dyad/internal/pipeline"
	"github.com/dyad-news/dyad/internal/text"
)

// qualityFloor is the lowest dates F1 (score.py's rules) the dev corpus
// may fall to. Reached on 2026-11-27: P=1.000 R=1.000 F1=1.000 (tp 50, fp
// 0, fn 0); the floor leaves room for new gold files only.
const qualityFloor = 0.95

func TestDevQualityFloor(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "dev")
	files, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if len(files) == 0 {
		t.Skipf("dev corpus absent at %s", dir)
	}
	cs, err := clean.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(cs, langid.Stage{}, text.Stage{}, Stage{})
	var total tally
	for _, f := range files {
		var g struct {
			Published string      `json:"published"`
			Dates     *[]goldDate `json:"dates"`
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatal(err)
		}
		if g.Dates == nil {
			continue // the file does not score dates
		}
		raw, err := os.ReadFile(strings.TrimSuffix(f, ".gold.json") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		d := doc.New()
		d.Raw, d.Text, d.Published = string(raw), string(raw), g.Published
		if err := p.Process(context.Background(), d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		var preds []predDate
		for _, x := range d.Dates {
			if doc.Runes(d.Text, x.Start, x.End) != x.Text {
				t.Errorf("%s: span [%d,%d) is %q, text %q", f, x.Start, x.End, doc.Runes(d.Text, x.Start, x.End), x.Text)
			}
			preds = append(preds, predDate{x.Text, x.Value})
		}
		name := filepath.Base(f)
		total.add(scoreDates(*g.Dates, preds, func(format string, a ...any) {
			t.Logf("%s: "+format, append([]any{name}, a...)...)
		}))
	}
	p_, r, f1 := total.f1()
	t.Logf("dates P=%.3f R=%.3f F1=%.3f (tp %d, fp %d, fn %d)", p_, r, f1, total.tp, total.fp, total.fn)
	if f1 < qualityFloor {
		t.Errorf("dates F1 %.3f below the floor %.3f", f1, qualityFloor)
	}
}
