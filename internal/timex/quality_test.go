package timex

import (
	"testing"

	"github.com/dyad-news/dyad/internal/clean"
	"github.com/dyad-news/dyad/internal/devset"
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
	articles := devset.Articles(t)
	cs, err := clean.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	docs := devset.Code(t, pipeline.New(cs, langid.Stage{}, text.Stage{}, Stage{}), articles)
	for id, d := range docs {
		for _, x := range d.Dates {
			if got := doc.Runes(d.Text, x.Start, x.End); got != x.Text {
				t.Errorf("%s: span [%d,%d) is %q, text %q", id, x.Start, x.End, got, x.Text)
			}
		}
	}
	res := devset.Score(t, docs)
	p, r, f1 := res.Dates.PRF()
	t.Logf("dates P=%.3f R=%.3f F1=%.3f (tp %d, fp %d, fn %d)", p, r, f1, res.Dates.TP, res.Dates.FP, res.Dates.FN)
	if testing.Verbose() || f1 < qualityFloor {
		devset.LogMisses(t, res, "date")
	}
	if f1 < qualityFloor {
		t.Errorf("dates F1 %.3f below the floor %.3f", f1, qualityFloor)
	}
}
