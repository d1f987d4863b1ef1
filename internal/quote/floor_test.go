package quote

import (
	"testing"

	"github.com/dyad-news/dyad/internal/clean"
	"github.com/dyad-news/dyad/internal/devset"
	"github.com/dyad-news/dyad/internal/entity"
	"github.com/dyad-news/dyad/internal/langid"
	"github.com/dyad-news/dyad/internal/lexicon"
	"github.com/dyad-news/dyad/internal/pipeline"
	"github.com/dyad-news/dyad/internal/text"
)

// floorF1 is the quote F1 the stage must keep on the dev corpus, with
// score.py's rules, behind the real clean → langid → text → entity
// stages. Raise it when the pipeline gets better; never lower it to pass.
const floorF1 = 0.85

// TestQualityFloor holds quote F1 on the dev corpus at floorF1.
func TestQualityFloor(t *testing.T) {
	articles := devset.Articles(t)
	cl, err := clean.NewStage()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	docs := devset.Code(t, pipeline.New(cl, langid.Stage{}, text.Stage{}, entity.New(lex), MustNew()), articles)
	for _, d := range docs {
		checkOffsets(t, d, d.Quotes)
	}
	res := devset.Score(t, docs)
	p, r, f := res.Quotes.PRF()
	t.Logf("quotes P=%.3f R=%.3f F1=%.3f (tp %d, fp %d, fn %d)", p, r, f, res.Quotes.TP, res.Quotes.FP, res.Quotes.FN)
	if testing.Verbose() || f < floorF1 {
		devset.LogMisses(t, res, "quote")
	}
	if f < floorF1 {
		t.Errorf("quote F1 %.3f is below the floor %.2f", f, floorF1)
	}
}
