package arabic

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"وقال", "للرئيس", "والصين", "دعمتها", "ﺑﻜﻴﻦ", "ﻻ", "ﷺ", "لاف\u200fروف", "مُحَمَّدٌ",
	"٣٫٥", "NATO", "\xff\xd8", "ا\u0654", "بﹰ", "ألمانيا", "الله", "",
}

// FuzzNormalize checks that Normalize is valid UTF-8, idempotent and
// agrees with AppendNormalize and IsNormal.
func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q is not valid UTF-8", s, n)
		}
		if a := string(AppendNormalize(nil, s)); a != n {
			t.Fatalf("AppendNormalize(%q) = %q, Normalize = %q", s, a, n)
		}
		if IsNormal(s) != (n == s) {
			t.Fatalf("IsNormal(%q) = %v, Normalize = %q", s, IsNormal(s), n)
		}
		if nn := Normalize(n); nn != n {
			t.Fatalf("Normalize not idempotent on %q: %q then %q", s, n, nn)
		}
	})
}

// FuzzSegment checks that Segment and SegmentWord never panic and that
// prefix+stem+suffix is the normalised word.
func FuzzSegment(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if p, st, x := SegmentWord(s, n); p+st+x != n {
			t.Fatalf("SegmentWord(%q) = %q+%q+%q, want parts of %q", s, p, st, x, n)
		}
		if p, st, x := Segment(s); p+st+x != s {
			t.Fatalf("Segment(%q) = %q+%q+%q", s, p, st, x)
		}
	})
}
