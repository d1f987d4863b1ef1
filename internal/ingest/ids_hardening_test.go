package ingest

import (
	"path/filepath"
	"testing"
)

// Two inputs of one batch that give the same id (a/story.txt and
// b/story.txt, two WARCs with the same page path, two JSON Lines files
// numbering from 1) keep distinct ids: the store would otherwise let the
// second overwrite the first, and flip them on every ingest.
func TestIDsUniqueAcrossInputs(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir), "a.jsonl", []byte("{\"id\": \"x\", \"text\": \"one\"}\n{\"id\": \"x\", \"text\": \"two\"}\n"))
	writeFile(t, filepath.Join(dir), "b.jsonl", []byte("{\"id\": \"x\", \"text\": \"three\"}\n{\"id\": \"x-2\", \"text\": \"four\"}\n"))
	docs := readAll(t, Options{}, dir)
	seen := map[string]string{}
	for _, d := range docs {
		if d.Err != nil {
			t.Fatal(d.Err)
		}
		if prev, dup := seen[d.ID]; dup {
			t.Errorf("id %q given to %q and %q", d.ID, prev, d.Text)
		}
		seen[d.ID] = d.Text
	}
	if len(seen) != 4 || seen["x"] != "one" || seen["x-2"] != "two" {
		t.Errorf("ids %v", seen)
	}
}

func TestIDSetSuffixFree(t *testing.T) {
	s := newIDSet()
	var got []string
	for _, id := range []string{"x", "x-2", "x", "x", "x-3"} {
		got = append(got, s.add(id, "b", 0))
	}
	want := []string{"x", "x-2", "x-3", "x-4", "x-3-2"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("ids %v, want %v", got, want)
		}
	}
}
