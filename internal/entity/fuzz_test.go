package entity

import (
	"testing"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/doc"
)

// FuzzRecognize checks that any text is coded without panics and that
// every mention's offsets and text agree with the document.
func FuzzRecognize(f *testing.F) {
	for _, s := range []string{"ودعا بكين إلى", "وزير الخارجية الروسي سيرجي لافروف", "U.S. Defense Secretary Mark Esper said.",
		"الرئيس \"", "Mr. ", "نظيره الصيني", "للأمم", "\"Blue House\" in Harare", "بال", "و"} {
		f.Add(s)
	}
	st := New(fixture(f))
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, e := range st.Recognize(s, "", "2024-01-01") {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > utf8.RuneCountInString(s) || m.Start >= m.End {
					t.Fatalf("bad mention %+v in %q", m, s)
				}
				if got := doc.Runes(s, m.Start, m.End); got != m.Text {
					t.Fatalf("mention text %q, text there %q", m.Text, got)
				}
			}
		}
	})
}
