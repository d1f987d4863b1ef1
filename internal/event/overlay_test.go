package event

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOverlay(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "mine.tsv")
	os.WriteFile(f, []byte("# my predicates\nv\tbefriend\t051\tobj\t-\tbe friends with\nv\tصادق\t051\tobj\t-\tbefriend\n"), 0o644)
	st, err := New(Options{}, f)
	if err != nil {
		t.Fatal(err)
	}
	if st.Lexicon().Count("en") < 600 || st.Lexicon().verbs["en"]["befriend"] == nil || st.Lexicon().verbs["ar"]["صادق"] == nil {
		t.Fatal("overlay not loaded")
	}
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("v\tfoo\t999\n"), 0o644)
	if _, err := New(Options{}, bad); err == nil || !strings.Contains(err.Error(), "bad.tsv:1") {
		t.Fatalf("want a located error, got %v", err)
	}
}

func TestImportPetrarchVerbs(t *testing.T) {
	src := `--- ACCUSE  [112] ---
ACCUSE
ACCUSED
- * OF CORRUPTION [1121]
- $ * + OF WAR_CRIMES [1124]
--- BOGUS [999] ---
FROB
`
	var out bytes.Buffer
	n, err := ImportPetrarchVerbs(strings.NewReader(src), &out)
	if err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{"v\taccuse\t112\t", "v\taccuse of corruption\t1121\t", "v\taccuse of war crimes\t1124\t"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "frob") {
		t.Errorf("invalid code imported:\n%s", got)
	}
	lx := newLexicon()
	if err := lx.Read(strings.NewReader(got), "en", "imported.tsv"); err != nil {
		t.Fatalf("imported file does not load: %v", err)
	}
	if n < 3 {
		t.Errorf("n = %d", n)
	}
}
