package search

import (
	"reflect"
	"testing"
)

func TestStem(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"article", "الصين", "صين"},
		{"wa + article", "والصين", "صين"},
		{"li + article", "للرئيس", "رئيس"},
		{"feminine plural", "المفاوضات", "مفاوض"},
		{"short word kept", "وزير", "وزير"},
		{"ba before a short name kept", "بكين", "بكين"},
		{"li before a long word", "لروسيا", "روسيا"},
		{"name too short to cut", "شي", "شي"},
		{"english plural", "sanctions", "sanction"},
		{"english -ies", "countries", "country"},
		{"english -ing", "meeting", "meet"},
		{"english -ss kept", "press", "press"},
	} {
		if got := Stem(c.in); got != c.want {
			t.Errorf("%s: Stem(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestTermsFoldArabic(t *testing.T) {
	got := Terms("التقى لافروف بأوكرانيا، وقالت الصين")
	want := []string{"تقي", "افروف", "اوكرانيا", "قالت", "صين"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Terms = %q, want %q", got, want)
	}
	if got := NameTerms("بوتين Putin"); !reflect.DeepEqual(got, []string{"بوتين", "putin"}) {
		t.Errorf("NameTerms = %q", got)
	}
}

func TestQuery(t *testing.T) {
	q := ParseQuery("Lavrov لافروف")
	if got := q.FTS5(); got != `(body : "lavrov" OR names : "lavrov") AND (body : "افروف" OR names : "لافروف")` {
		t.Errorf("FTS5 = %s", got)
	}
	if got := q.TSQuery(); got != `('lavrov' | 'n_lavrov') & ('افروف' | 'n_لافروف')` {
		t.Errorf("TSQuery = %s", got)
	}
	// a combining mark inside a word splits it for FTS5: both pieces are
	// required, never a phrase (the index refuses phrase queries)
	if got := ParseQuery("abc\u0711123").FTS5(); got != `((body : "abc" AND body : "123") OR (names : "abc" AND names : "123"))` {
		t.Errorf("FTS5 of a word with a mark = %s", got)
	}
}
