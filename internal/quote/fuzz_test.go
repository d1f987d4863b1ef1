package quote

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/text"
)

// FuzzQuote checks that no text makes the stage panic and that every
// quote's offsets are valid and give its text. The seed corpus is in
// testdata/fuzz/FuzzQuote.
func FuzzQuote(f *testing.F) {
	f.Add("وقال لافروف إن “ما يسمى بصيغة السلام” “منفصلة تماما”. قال لافروف.")
	f.Add("“We pray,” said Stephanie Grisham. “We thank them.” He said ‘it’s fine’, a source said.")
	st := MustNew()
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "?")
		}
		d := doc.New()
		d.Text = s
		text.Analyze(d)
		// an entity on every capitalised or Arabic word, as a stand-in
		rs := []rune(s)
		var e doc.Entity
		e.Name, e.Type = "X", "PER"
		for _, tk := range d.Tokens {
			if tk.Kind == doc.Word && tk.Start < tk.End && tk.End <= len(rs) && len(e.Mentions) < 50 && (tk.Start%3 == 0) {
				e.Mentions = append(e.Mentions, doc.Mention{Start: tk.Start, End: tk.End, Text: string(rs[tk.Start:tk.End])})
			}
		}
		if len(e.Mentions) > 0 {
			d.Entities = append(d.Entities, e)
		}
		done := make(chan error, 1)
		go func() { done <- st.Process(context.Background(), d) }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("the stage did not finish in 5s")
		}
		for _, q := range d.Quotes {
			if q.Start < 0 || q.End > len(rs) || q.Start > q.End {
				t.Fatalf("bad offsets %d..%d of %d", q.Start, q.End, len(rs))
			}
			if string(rs[q.Start:q.End]) != q.Text {
				t.Fatalf("text %q is not text[%d:%d]", q.Text, q.Start, q.End)
			}
			if q.Cue != nil && (q.Cue.Start < 0 || q.Cue.End > len(rs) || q.Cue.Start > q.Cue.End) {
				t.Fatalf("bad cue %v", *q.Cue)
			}
			if q.Speaker != nil && q.Speaker.Name == "" {
				t.Fatalf("speaker without a name: %+v", q)
			}
		}
	})
}
