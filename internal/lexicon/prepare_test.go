package lexicon

import (
	"math/rand"
	"os"
	"slices"
	"testing"
)

// prepareTexts are texts whose units, paragraphs and code points
// ScanInto and NewWord must read as PrepareInto does.
var prepareTexts = []struct{ label, text string }{
	{"empty", ""},
	{"arabic with clitics", "وقال وزير الخارجية الروسي إن بالصين والولايات المتحدة خلافا."},
	{"tatweel and marks", "ـالعـربية مُحَمَّد ـ ـ"},
	{"paragraphs", "سطر\nسطر آخر\n\n\nThird line\r\nfourth"},
	{"english case", "The US and UN said NATO's Erdoğan, ZANU–PF and iPhone A."},
	{"joiners and dashes", "Thomas-Greenfield – al‐Assad — x‑y"},
	{"bidi and zero-width", "\u200fبوتين\u200e \u200cPutin\u200d"},
	{"digits and others", "٢٠٢٤ 2024 ۱۲ 中文 ру́сский ǅemal ß ¡Hola! «كلام»"},
	{"invalid utf-8", "a\xffb \xd8 \xd8\xa7\xd9 \xe0\x80 end\xc2"},
	{"spaces", "\u00a0\u2003x\u3000y\t\v\fz"},
}

func TestScanIntoMatchesPrepare(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := prepareTexts
	if seed, err := os.ReadFile("../../testdata/seed-xi-lavrov.txt"); err == nil {
		texts = append(texts, struct{ label, text string }{"seed article", string(seed)})
	}
	// random mixtures of the pieces above, cut anywhere (also inside a
	// code point)
	rng := rand.New(rand.NewSource(1))
	for k := 0; k < 200; k++ {
		var b []byte
		for n := rng.Intn(6); n >= 0; n-- {
			s := texts[rng.Intn(len(texts))].text
			if len(s) > 0 {
				i := rng.Intn(len(s))
				b = append(b, s[i:min(len(s), i+rng.Intn(40))]...)
			}
		}
		texts = append(texts, struct{ label, text string }{"random", string(b)})
	}
	for _, c := range texts {
		want := Prepare(c.text)
		var runes []rune
		raw := ScanInto(c.text, nil, &runes)
		if !slices.Equal(runes, []rune(c.text)) {
			t.Errorf("%s: ScanInto runes differ from []rune", c.label)
		}
		if len(raw) != len(want) {
			t.Errorf("%s: %d units, Prepare has %d", c.label, len(raw), len(want))
			continue
		}
		for i, u := range raw {
			w := want[i]
			if u.Text(c.text) != w.Text || u.Start != w.Start || u.End != w.End || u.Word != w.Word || u.Para != w.Para {
				t.Errorf("%s: unit %d = %+v, Prepare has %q %d-%d word=%v para=%d", c.label, i, u, w.Text, w.Start, w.End, w.Word, w.Para)
				continue
			}
			nw := lex.NewWord(u.Text(c.text), u.Word)
			if nw.Fold != w.Fold || nw.Upper != w.Upper || nw.AllCaps != w.AllCaps ||
				(nw.Analyses == nil) != (w.Analyses == nil) || !slices.Equal(nw.Analyses, w.Analyses) {
				t.Errorf("%s: NewWord(%q) = %+v, Prepare has %+v", c.label, w.Text, nw, w)
			}
			// the index look-ups give what the maps give
			nw.Start, nw.End, nw.Para = w.Start, w.End, w.Para
			if got, want := lex.StartMask(&nw), lex.StartMask(&w); got != want {
				t.Errorf("%s: StartMask(%q) = %b, want %b", c.label, w.Text, got, want)
			}
		}
	}
}

// TestMatchAllResolved checks that words made by NewWord match as the
// words of Prepare do.
func TestMatchAllResolved(t *testing.T) {
	lex, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"التقى وزير الخارجية الروسي سيرجي لافروف نظيره الصيني وانغ يي في بكين، وقال مجلس الأمن التابع للأمم المتحدة إن القوات الروسية والولايات المتحدة الأمريكية.",
		"Secretary of State Antony Blinken met the UN Security Council and the Israeli army in New York; US troops.",
	}
	if seed, err := os.ReadFile("../../testdata/seed-xi-lavrov.txt"); err == nil {
		texts = append(texts, string(seed))
	}
	for _, text := range texts {
		want := Prepare(text)
		raw := ScanInto(text, nil, nil)
		got := make([]Word, len(raw))
		for i, u := range raw {
			got[i] = lex.NewWord(u.Text(text), u.Word)
			got[i].Start, got[i].End, got[i].Para = u.Start, u.End, u.Para
		}
		for i := range want {
			a, b := lex.MatchAll(got, i), lex.MatchAll(want, i)
			for s := range a {
				if len(a[s]) != len(b[s]) {
					t.Fatalf("word %d %q set %d: %d hits, want %d", i, want[i].Text, s, len(a[s]), len(b[s]))
				}
				for k := range a[s] {
					if a[s][k].Ref != b[s][k].Ref || a[s][k].End != b[s][k].End || a[s][k].First != b[s][k].First {
						t.Errorf("word %d %q set %d hit %d differs", i, want[i].Text, s, k)
					}
				}
			}
		}
	}
}
