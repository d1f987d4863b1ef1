package clean

import (
	"math/rand"
	"strings"
	"testing"
)

// naiveBest is what substrings.best computes, phrase by phrase.
func naiveBest(rules []phraseRule, s string) action {
	best := actNone
	for _, r := range rules {
		if strings.Contains(s, r.key) {
			best = max(best, r.act)
		}
	}
	return best
}

func TestSubstrings(t *testing.T) {
	rules := []phraseRule{
		{"all rights reserved", actStop}, {"cookie policy", actDrop}, {"cookie", actDrop},
		{"he", actDrop}, {"she", actStop}, {"hers", actDrop}, {"الحقوق محفوظه", actStop},
	}
	m := newSubstrings(rules)
	for _, tc := range []struct {
		in   string
		want action
	}{
		{"", actNone},
		{"nothing to see", actNone},
		{"our cookie policy", actDrop},
		{"ushers", actStop}, // "she" ends inside "hers"
		{"the cook", actDrop},
		{"overall rights reserved", actStop},
		{"جميع الحقوق محفوظه 2024", actStop},
		{"الحقوق محفوظ", actNone},
	} {
		if got := m.best(tc.in); got != tc.want {
			t.Errorf("best(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestSubstringsRandom checks the automaton against strings.Contains on
// random phrases over a small alphabet, where overlaps abound.
func TestSubstringsRandom(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	word := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = "abc \xd8\xa7"[r.Intn(6)]
		}
		return string(b)
	}
	for range 300 {
		var rules []phraseRule
		for range 1 + r.Intn(8) {
			rules = append(rules, phraseRule{word(1 + r.Intn(5)), action(1 + r.Intn(2))})
		}
		m := newSubstrings(rules)
		for range 50 {
			s := word(r.Intn(40))
			if got, want := m.best(s), naiveBest(rules, s); got != want {
				t.Fatalf("rules %q: best(%q) = %d, want %d", rules, s, got, want)
			}
		}
	}
}

// TestSubstringsData checks the compiled phrase lists against the
// phrase-by-phrase test on the golden inputs' lines.
func TestSubstringsData(t *testing.T) {
	c := mustCleaner(t)
	if c.phr.found == nil {
		t.Fatal("contains phrases not compiled")
	}
	for name, raw := range goldenInputs(t) {
		for _, l := range strings.Split(raw, "\n") {
			f := fold(l)
			if got, want := c.phr.found.best(f), naiveBest(c.phr.contains, f); got != want {
				t.Errorf("%s: %q: %d, want %d", name, f, got, want)
			}
		}
	}
}
