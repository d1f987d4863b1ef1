package english

import "testing"

func TestNorm(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"lower case", "China", "china"},
		{"already normal", "talks", "talks"},
		{"typographic apostrophe", "Sudan’s", "sudan's"},
		{"modifier apostrophe", "Sudanʼs", "sudan's"},
		{"non-breaking hyphen", "law‑abiding", "law-abiding"},
		{"accented capital", "François-Xavier", "françois-xavier"},
		{"dotted abbreviation", "U.S.", "u.s."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Norm(tt.in); got != tt.want {
				t.Errorf("Norm(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if IsNormal(tt.in) != (tt.in == tt.want) {
				t.Errorf("IsNormal(%q) = %v", tt.in, IsNormal(tt.in))
			}
		})
	}
}

func TestCliticAt(t *testing.T) {
	tests := []struct {
		name, in string
		want     int
	}{
		{"possessive", "China's", 5},
		{"typographic possessive", "China’s", 5},
		{"negation", "don't", 2},
		{"negation capital", "DIDN'T", 3},
		{"are", "they're", 4},
		{"have", "we've", 2},
		{"will", "she'll", 3},
		{"am after pronoun", "I'm", 1},
		{"would after pronoun", "he'd", 2},
		{"transliterated name kept", "Sa'd", -1},
		{"inner apostrophe kept", "O'Brien", -1},
		{"name with possessive", "O'Brien's", 7},
		{"plain word", "talks", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CliticAt([]rune(tt.in)); got != tt.want {
				t.Errorf("CliticAt(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestAbbrev(t *testing.T) {
	tests := []struct {
		name, in string
		want     AbbrevKind
	}{
		{"title", "Dr", Title},
		{"military rank", "Gen", Title},
		{"month", "Jan", Title},
		{"latin", "e.g", Title},
		{"country", "U.S", Final},
		{"unlisted dotted letters", "U.N", Final},
		{"time", "a.m", Final},
		{"initial", "R", Final},
		{"company", "Inc", Final},
		{"number", "No", BeforeNumber},
		{"word", "said", NotAbbrev},
		{"lower-case title is a word", "gen", NotAbbrev},
		{"domain", "aljazeera.net", NotAbbrev},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Abbrev(tt.in); got != tt.want {
				t.Errorf("Abbrev(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestStem(t *testing.T) {
	groups := []struct {
		name  string
		forms []string
	}{
		{"regular verb", []string{"accuse", "accuses", "accused", "accusing"}},
		{"ee verb", []string{"agree", "agrees", "agreed", "agreeing"}},
		{"irregular past", []string{"meet", "meets", "met", "meeting"}},
		{"say", []string{"say", "says", "said", "saying"}},
		{"doubled consonant", []string{"stop", "stops", "stopped", "stopping"}},
		{"double l kept", []string{"kill", "kills", "killed", "killing"}},
		{"ies plural", []string{"country", "countries"}},
		{"es plural", []string{"speech", "speeches"}},
		{"make", []string{"make", "makes", "made", "making"}},
	}
	for _, g := range groups {
		t.Run(g.name, func(t *testing.T) {
			want := Stem(g.forms[0])
			for _, f := range g.forms[1:] {
				if got := Stem(f); got != want {
					t.Errorf("Stem(%q) = %q, want %q like Stem(%q)", f, got, want, g.forms[0])
				}
			}
		})
	}
	for _, w := range []string{"news", "crisis", "status", "bring", "us"} {
		if got := Stem(w); got != w {
			t.Errorf("Stem(%q) = %q, want it unchanged", w, got)
		}
	}
}
