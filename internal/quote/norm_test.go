package quote

import (
	"testing"
	"unicode"
)

// TestNeedsFoldTable: needsFold agrees with its definition at every code
// point (and on invalid UTF-8).
func TestNeedsFoldTable(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := string(r)
		if got, want := needsFold(s), needsFoldSlow(s); got != want {
			t.Fatalf("needsFold(%U) = %v, want %v", r, got, want)
		}
	}
	if needsFold("a\xffb") != needsFoldSlow("a\xffb") {
		t.Fatal("needsFold differs on invalid UTF-8")
	}
}
