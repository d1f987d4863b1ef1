package quote

import (
	"os"
	"strings"
	"testing"
)

// TestExplore prints what the full pipeline quotes in the .txt files of
// $QUOTE_EXPLORE (a development aid; skipped without it).
func TestExplore(t *testing.T) {
	dir := os.Getenv("QUOTE_EXPLORE")
	if dir == "" {
		t.Skip("set QUOTE_EXPLORE to a folder of .txt articles")
	}
	docs := codeDevCorpus(t, dir)
	for id, d := range docs {
		for _, e := range d.Entities {
			if testing.Verbose() && os.Getenv("QUOTE_ENTS") != "" {
				t.Logf("%s: entity %s %s %s %d", id, e.Name, e.Type, e.Actor, len(e.Mentions))
			}
		}
		for _, q := range d.Quotes {
			name := "<nil>"
			if q.Speaker != nil {
				name = q.Speaker.Name + "/" + q.Speaker.Actor
			}
			t.Logf("%s: [%v] %s: %s", id, q.Direct, name, strings.ReplaceAll(q.Text, "\n", " "))
		}
	}
}
