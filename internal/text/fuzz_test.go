package text

import (
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/text/arabic"
	"github.com/dyad-news/dyad/internal/text/english"
)

// FuzzAnalyze checks the analysis invariants on any input, invalid UTF-8
// included: tokens in order and inside the text, Text equal to the code
// point range, sentences covering the tokens.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"التقى الرئيس الصيني شي جين بينغ مع وزير الخارجية الروسي سيرجي لافروف.",
		"He flew to the U.S. The talks began. Dr. Smith said “no.” Then 3.5% fell...",
		"قال: “نحن سعداء.” وأضاف ٣٫٥ ﺑﻜﻴﻦ لاف\u200fروف 😀👍🏽 👨‍👩‍👧",
		"China's law-abiding don't O'Brien's 19th 2023م COVID-19 aljazeera.net",
		"\xff\xfe invalid \xc3 bytes \xd8",
		"line\r\nline\u2029para\n\n  \n",
		"...!?؟… ۔ «»",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := doc.New()
		d.Text = s
		Analyze(d)
		checkInvariants(t, d)
		for _, p := range d.Paragraphs {
			if p.Start < 0 || p.End <= p.Start || p.End > doc.RuneLen(s) {
				t.Fatalf("bad paragraph %v", p)
			}
		}
		checkWordForms(t, d)
	})
}

// checkWordForms checks each word's forms, which may come from the word
// cache, against the uncached analysis.
func checkWordForms(t *testing.T, d *doc.Document) {
	t.Helper()
	for _, tk := range d.Tokens {
		if tk.Kind != doc.Word {
			continue
		}
		norm, p, s, x := english.Norm(tk.Text), "", english.Norm(tk.Text), ""
		if isArabicScript(firstRune(tk.Text)) {
			norm = arabic.Normalize(tk.Text)
			p, s, x = arabic.SegmentWord(tk.Text, norm)
		}
		if tk.Norm != norm || tk.Prefix != p || tk.Stem != s || tk.Suffix != x {
			t.Fatalf("%q: %q %q+%q+%q, want %q %q+%q+%q", tk.Text, tk.Norm, tk.Prefix, tk.Stem, tk.Suffix, norm, p, s, x)
		}
	}
}
