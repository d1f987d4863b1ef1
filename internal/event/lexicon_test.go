package event

import "testing"

func TestLexiconLoads(t *testing.T) {
	lx, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if n := lx.Count("ar"); n < 400 {
		t.Errorf("Arabic predicates: %d < 400", n)
	}
	if n := lx.Count("en"); n < 600 {
		t.Errorf("English predicates: %d < 600", n)
	}
	t.Logf("predicates: ar %d, en %d", lx.Count("ar"), lx.Count("en"))
}
