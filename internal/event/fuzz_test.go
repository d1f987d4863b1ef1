package event

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/doc"
)

// FuzzEventStage checks that any text, with any entity spans, codes
// without panics and with well-formed events (seed corpus in
// testdata/fuzz/FuzzEventStage).
func FuzzEventStage(f *testing.F) {
	f.Add("ar", benchAR, 0, 5)
	f.Add("en", benchEN, 3, 9)
	f.Add("ar", "لم تقدم الصين ، و دعمتها", 1, 1)
	f.Add("en", "and and , which who he was accused by", 0, 40)
	st, err := New(Options{}, "")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, lang, txt string, ms, me int) {
		if !utf8.ValidString(txt) || len(txt) > 4000 {
			return
		}
		d := mkDoc(lang, txt)
		// an arbitrary (possibly odd) extra mention
		n := utf8.RuneCountInString(txt)
		if ms >= 0 && me > ms && me <= n {
			d.Entities = append(d.Entities, doc.Entity{Name: "X", Type: "LOC", Actor: "XXX",
				Mentions: []doc.Mention{{Start: ms, End: me, Text: doc.Runes(txt, ms, me)}}})
		}
		if err := st.Process(context.Background(), d); err != nil {
			return
		}
		for _, e := range d.Events {
			if e.Code == "" || e.Label == "" || e.Why == "" || e.Evidence.Start > e.Evidence.End || e.Evidence.End > n {
				t.Fatalf("malformed event %+v", e)
			}
			if e.Source == nil && e.Target == nil {
				t.Fatalf("event without actors %+v", e)
			}
		}
	})
}
