package text

import (
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
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
	})
}
