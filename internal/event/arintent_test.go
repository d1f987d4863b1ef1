package event

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
)

// TestArTimeCommas: a time expression set off by commas (the timex
// stage's date) ends no clause, so the object after it is found.
func TestArTimeCommas(t *testing.T) {
	const txt = "واستدعت قطر، أمس الأحد، السفير الياباني."
	st, err := New(Options{}, "")
	if err != nil {
		t.Fatal(err)
	}
	d := mkDoc("ar", txt)
	at := strings.Index(txt, "أمس الأحد")
	start := len([]rune(txt[:at]))
	d.Dates = []doc.DateExpr{{Start: start, End: start + len([]rune("أمس الأحد")), Text: "أمس الأحد", Value: "2024-01-07"}}
	if err := st.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range d.Events {
		got = append(got, fmt.Sprintf("%s %s %s", actorS(e.Source), e.Code, actorS(e.Target)))
	}
	if !slices.Contains(got, "QAT 114 JPN") {
		t.Errorf("want QAT 114 JPN, got %v", got)
	}
}
