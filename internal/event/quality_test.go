package event

import (
	"os"
	"testing"

	"github.com/dyad-news/dyad/internal/clean"
	"github.com/dyad-news/dyad/internal/devset"
	"github.com/dyad-news/dyad/internal/entity"
	"github.com/dyad-news/dyad/internal/langid"
	"github.com/dyad-news/dyad/internal/lexicon"
	"github.com/dyad-news/dyad/internal/pipeline"
	"github.com/dyad-news/dyad/internal/quote"
	"github.com/dyad-news/dyad/internal/text"
	"github.com/dyad-news/dyad/internal/timex"
)

// Quality floor on the dev corpus, scored with score.py's event rules.
const (
	floorF1        = 0.80
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

// TestQualityFloor holds events F1 ≥ floorF1 with no forbidden event on
// the dev corpus, through the whole pipeline. DYAD_WHY=1 logs every
// event with its why.
func TestQualityFloor(t *testing.T) {
	docs := devset.Code(t, devPipeline(t), devset.Articles(t))
	if os.Getenv("DYAD_WHY") != "" {
		for id, d := range docs {
			for _, e := range d.Events {
				t.Logf("%s %s→%s %s neg=%v mood=%s | %s", id, actorS(e.Source), actorS(e.Target), e.Code, e.Negated, e.Mood, e.Why)
			}
		}
	}
	res := devset.Score(t, docs)
	ev := res.Events
	_, _, f1 := ev.PRF()
	t.Logf("events: tp %d fp %d fn %d F1 %.3f, forbidden %d", ev.TP, ev.FP, ev.FN, f1, res.Forbidden)
	if testing.Verbose() || f1 < floorF1 || res.Forbidden > floorForbidden {
		devset.LogMisses(t, res, "event")
	}
	if f1 < floorF1 {
		t.Errorf("events F1 %.3f < %.2f", f1, floorF1)
	}
	if res.Forbidden > floorForbidden {
		t.Errorf("%d forbidden events", res.Forbidden)
	}
}
