package clean

import (
	"testing"
	"unicode/utf8"
)

// FuzzClean checks the cleaner's invariants on any input: it does not
// panic, RawOffsets has one entry per rune of the text, and the offsets
// grow and stay inside the raw text.
func FuzzClean(f *testing.F) {
	f.Add("[ad_1]\n" + arBody + "[ad_2]\nالمصدر\n")
	f.Add("Title\nTitle\n" + enBody + "Source: X\nShare This\n")
	f.Add("[caption id=\"1\"]x[/caption] [embed]y\n\n\t \u00a0a\u200bb\r\n")
	f.Add("")
	f.Add("\n\n\n")
	f.Add("[")
	f.Add("[ad_")
	f.Add("[/caption")
	c, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		text, offs := c.Clean(raw, "")
		if n := utf8.RuneCountInString(text); n != len(offs) {
			t.Fatalf("len(offs) = %d, text has %d runes", len(offs), n)
		}
		total := utf8.RuneCountInString(raw)
		for i, o := range offs {
			if o < 0 || int(o) >= total {
				t.Fatalf("offset %d = %d outside raw of %d runes", i, o, total)
			}
			if i > 0 && o <= offs[i-1] {
				t.Fatalf("offsets not increasing at %d: %d after %d", i, o, offs[i-1])
			}
		}
	})
}
