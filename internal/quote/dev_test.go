package quote

import (
	"path/filepath"
	"testing"

	"github.com/dyad-news/dyad/internal/devset"
	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/text"
)

// TestDevOracle runs the stage on the dev corpus with entities taken from
// the gold files: it measures the quote stage alone, whatever the entity
// stage finds. It reports; the floor is TestQualityFloor's.
func TestDevOracle(t *testing.T) {
	sh := sharedDir()
	if sh == "" {
		t.Skip("no ../shared: dev corpus absent")
	}
	gs, texts, err := loadGold(filepath.Join(sh, "corpus", "dev"))
	if err != nil {
		t.Fatal(err)
	}
	st := MustNew()
	docs := map[string]*doc.Document{}
	for _, g := range gs {
		d := doc.New()
		d.ID, d.Lang, d.Text = g.Doc, g.Lang, texts[g.Doc]
		text.Analyze(d)
		oracleEntities(d, g)
		qs := st.Quotes(d)
		d.Quotes = qs
		docs[g.Doc] = d
		checkOffsets(t, d, qs)
		if testing.Verbose() {
			for _, q := range qs {
				name := "<nil>"
				if q.Speaker != nil {
					name = q.Speaker.Name
				}
				t.Logf("%s:   [%v] %s: %.80s", g.Doc, q.Direct, name, q.Text)
			}
		}
	}
	res := devset.Score(t, docs)
	devset.LogMisses(t, res, "quote")
	_, _, f := res.Quotes.PRF()
	t.Logf("oracle-entity quotes: tp %d fp %d fn %d F1 %.3f", res.Quotes.TP, res.Quotes.FP, res.Quotes.FN, f)
}

// checkOffsets fails when a quote's offsets do not give its text.
func checkOffsets(t testing.TB, d *doc.Document, qs []doc.Quote) {
	t.Helper()
	rs := []rune(d.Text)
	for _, q := range qs {
		if q.Start < 0 || q.End > len(rs) || q.Start > q.End {
			t.Fatalf("%s: bad offsets %d..%d", d.ID, q.Start, q.End)
		}
		if string(rs[q.Start:q.End]) != q.Text {
			t.Fatalf("%s: text %q is not text[%d:%d]", d.ID, q.Text, q.Start, q.End)
		}
		if q.Cue != nil && (q.Cue.Start < 0 || q.Cue.End > len(rs) || q.Cue.Start > q.Cue.End) {
			t.Fatalf("%s: bad cue %v", d.ID, *q.Cue)
		}
	}
}
