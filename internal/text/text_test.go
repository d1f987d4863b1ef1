package text

import (
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/text/arabic"
	"github.com/dyad-news/dyad/internal/text/english"
)

func analyze(text string) *doc.Document {
	d := doc.New()
	d.Text = text
	Analyze(d)
	return d
}

func tokenTexts(d *doc.Document) []string {
	out := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		out[i] = t.Text
	}
	return out
}

func sentenceTexts(d *doc.Document) []string {
	out := make([]string, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = doc.Runes(d.Text, s.Start, s.End)
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // tokens joined by "|"
	}{
		{"english words and punctuation", "Xi met Lavrov.", []string{"Xi|met|Lavrov|."}},
		{"possessive", "China's envoy", []string{"China|'s|envoy"}},
		{"typographic possessive", "Sudan’s army", []string{"Sudan|’s|army"}},
		{"negation", "did n't", []string{"did|n't"}},
		{"contraction", "don't", []string{"do|n't"}},
		{"hyphenated word", "law-abiding citizens", []string{"law-abiding|citizens"}},
		{"hyphen with digits", "COVID-19 cases", []string{"COVID-19|cases"}},
		{"number range is not a word", "1994-2004", []string{"1994|-|2004"}},
		{"dotted abbreviation", "the U.S. embassy", []string{"the|U.S.|embassy"}},
		{"title abbreviation", "Dr. Smith", []string{"Dr.|Smith"}},
		{"initial", "Joseph R. Biden", []string{"Joseph|R.|Biden"}},
		{"number abbreviation before digit", "No. 10", []string{"No.|10"}},
		{"no is a word at the end", "He said No.", []string{"He|said|No|."}},
		{"decimal", "grew 3.5 percent", []string{"grew|3.5|percent"}},
		{"thousands", "1,000 troops", []string{"1,000|troops"}},
		{"arabic-indic decimal", "٣٫٥ مليون", []string{"٣٫٥|مليون"}},
		{"number then period", "in 2022.", []string{"in|2022|."}},
		{"ordinal", "the 19th century", []string{"the|19th|century"}},
		{"arabic letters after digits", "2023م", []string{"2023|م"}},
		{"domain", "aljazeera.net reported", []string{"aljazeera.net|reported"}},
		{"ellipsis", "wait... what", []string{"wait|...|what"}},
		{"arabic words and comma", "الصين، روسيا", []string{"الصين|،|روسيا"}},
		{"tashkeel inside word", "قَالَ لافروف", []string{"قَالَ|لافروف"}},
		{"tatweel inside word", "الرئيـــس", []string{"الرئيـــس"}},
		{"bidi control inside name", "لاف\u200fروف قال", []string{"لاف\u200fروف|قال"}},
		{"bidi control around word is skipped", "\u202bبوتين\u202c", []string{"بوتين"}},
		{"script change ends word", "قمةG20", []string{"قمة|G20"}},
		{"quotes and guillemets", "«السلام»", []string{"«|السلام|»"}},
		{"emoji", "سلام 👍🏽 ok", []string{"سلام|👍🏽|ok"}},
		{"emoji zwj sequence", "a 👨‍👩‍👧 b", []string{"a|👨‍👩‍👧|b"}},
		{"percent sign", "5%", []string{"5|%"}},
		{"arabic one-letter abbreviation", "د. أحمد", []string{"د.|أحمد"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyze(tt.in)
			got := strings.Join(tokenTexts(d), "|")
			if got != tt.want[0] {
				t.Errorf("tokens of %q = %s, want %s", tt.in, got, tt.want[0])
			}
			checkInvariants(t, d)
		})
	}
}

func TestTokenFields(t *testing.T) {
	tests := []struct {
		name, in                   string
		norm, prefix, stem, suffix string
		kind                       doc.TokenKind
	}{
		{"arabic conjunction", "وقال", "وقال", "و", "قال", "", doc.Word},
		{"arabic article and hamza", "الأوكراني", "الاوكراني", "ال", "اوكراني", "", doc.Word},
		{"arabic pronoun", "دعمتها", "دعمتها", "", "دعمت", "ها", doc.Word},
		{"arabic lam-article", "للرئيس", "للرييس", "لل", "رييس", "", doc.Word},
		{"english lower-cased", "China", "china", "", "china", "", doc.Word},
		{"english apostrophe folded", "O’Brien", "o'brien", "", "o'brien", "", doc.Word},
		{"arabic-indic number", "٢٠٢٤", "2024", "", "2024", "", doc.Number},
		{"arabic decimal", "٣٫٥", "3.5", "", "3.5", "", doc.Number},
		{"punctuation", "؟", "؟", "", "؟", "", doc.Punct},
		{"symbol", "$", "$", "", "$", "", doc.Symbol},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyze(tt.in)
			if len(d.Tokens) != 1 {
				t.Fatalf("tokens of %q = %q, want one", tt.in, tokenTexts(d))
			}
			tk := d.Tokens[0]
			if tk.Norm != tt.norm || tk.Prefix != tt.prefix || tk.Stem != tt.stem || tk.Suffix != tt.suffix || tk.Kind != tt.kind {
				t.Errorf("token %q = norm %q, %q+%q+%q, kind %d; want norm %q, %q+%q+%q, kind %d",
					tt.in, tk.Norm, tk.Prefix, tk.Stem, tk.Suffix, tk.Kind, tt.norm, tt.prefix, tt.stem, tt.suffix, tt.kind)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"english full stops", "Xi met Lavrov. They talked.", []string{"Xi met Lavrov.", "They talked."}},
		{"question and exclamation", "Why? Because! Yes.", []string{"Why?", "Because!", "Yes."}},
		{"country abbreviation mid-sentence", "The U.S. envoy arrived.", []string{"The U.S. envoy arrived."}},
		{"country abbreviation at the end", "He flew to the U.S. The talks began.", []string{"He flew to the U.S.", "The talks began."}},
		{"title", "Dr. Smith met Mr. Jones.", []string{"Dr. Smith met Mr. Jones."}},
		{"military and senate titles", "Gen. Milley and Sen. Graham spoke.", []string{"Gen. Milley and Sen. Graham spoke."}},
		{"lieutenant", "Lt. Col. Smith spoke.", []string{"Lt. Col. Smith spoke."}},
		{"month abbreviation", "On Jan. 5 he left.", []string{"On Jan. 5 he left."}},
		{"number abbreviation", "Resolution No. 2334 passed.", []string{"Resolution No. 2334 passed."}},
		{"saint", "St. Petersburg hosted it.", []string{"St. Petersburg hosted it."}},
		{"time", "at 9 a.m. local time", []string{"at 9 a.m. local time"}},
		{"initial", "Joseph R. Biden said so.", []string{"Joseph R. Biden said so."}},
		{"decimal", "It grew 3.5 percent. Then it fell.", []string{"It grew 3.5 percent.", "Then it fell."}},
		{"united nations", "The U.N. Security Council met.", []string{"The U.N. Security Council met."}},
		{"closing curly quote after period", "He said: “We agree.” Then he left.", []string{"He said: “We agree.”", "Then he left."}},
		{"closing straight quote after period", "He said \"We agree.\" Then he left.", []string{"He said \"We agree.\"", "Then he left."}},
		{"quote before period", "“We agree”. Then he left.", []string{"“We agree”.", "Then he left."}},
		{"lower case after question in quote", "\"Why?\" he asked.", []string{"\"Why?\" he asked."}},
		{"ellipsis before lower case", "He paused... and went on.", []string{"He paused... and went on."}},
		{"arabic doctor abbreviation", "قال د. أحمد زويل إن العلم مهم.", []string{"قال د. أحمد زويل إن العلم مهم."}},
		{"arabic year letter ends sentence", "ولد عام 1990 م. ثم سافر.", []string{"ولد عام 1990 م.", "ثم سافر."}},
		{"arabic full stop", "التقى شي لافروف. وقال لافروف إن روسيا تدعم الصين.", []string{"التقى شي لافروف.", "وقال لافروف إن روسيا تدعم الصين."}},
		{"arabic question mark", "هل تدعم روسيا؟ نعم.", []string{"هل تدعم روسيا؟", "نعم."}},
		{"arabic ellipsis", "انتظر… ثم قال", []string{"انتظر…", "ثم قال"}},
		{"urdu full stop", "جملة۔ جملة", []string{"جملة۔", "جملة"}},
		{"arabic quote closes sentence", "قال: “نحن سعداء.” وأضاف", []string{"قال: “نحن سعداء.”", "وأضاف"}},
		{"paragraph ends sentence", "عنوان بلا نقطة\nنص المقال.", []string{"عنوان بلا نقطة", "نص المقال."}},
		{"blank lines skipped", "one\n\n  \ntwo", []string{"one", "two"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyze(tt.in)
			got := sentenceTexts(d)
			if strings.Join(got, "⏎") != strings.Join(tt.want, "⏎") {
				t.Errorf("sentences of %q =\n  %q\nwant\n  %q", tt.in, got, tt.want)
			}
			checkInvariants(t, d)
		})
	}
}

func TestParagraphs(t *testing.T) {
	d := analyze("  Title\r\n\nFirst para.\u2029Second ")
	var got []string
	for _, p := range d.Paragraphs {
		got = append(got, doc.Runes(d.Text, p.Start, p.End))
	}
	want := []string{"Title", "First para.", "Second"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
}

func TestOffsetsAreCodePoints(t *testing.T) {
	// 😀 is outside the BMP: one code point, four bytes, two UTF-16 units.
	d := analyze("😀 قال 𝐀 Xi")
	want := []struct {
		text       string
		start, end int
	}{{"😀", 0, 1}, {"قال", 2, 5}, {"𝐀", 6, 7}, {"Xi", 8, 10}}
	if len(d.Tokens) != len(want) {
		t.Fatalf("tokens = %q", tokenTexts(d))
	}
	for i, w := range want {
		tk := d.Tokens[i]
		if tk.Text != w.text || tk.Start != w.start || tk.End != w.end {
			t.Errorf("token %d = %q [%d,%d), want %q [%d,%d)", i, tk.Text, tk.Start, tk.End, w.text, w.start, w.end)
		}
	}
	checkInvariants(t, d)
}

func TestReanalyzeReplaces(t *testing.T) {
	d := analyze("One. Two. Three.")
	d.Text = "Four."
	Analyze(d)
	if len(d.Sentences) != 1 || len(d.Tokens) != 2 || len(d.Paragraphs) != 1 {
		t.Errorf("re-analysis kept old results: %d sentences, %d tokens", len(d.Sentences), len(d.Tokens))
	}
}

// checkInvariants verifies what every analysis promises: tokens in order,
// inside the text, Text equal to their code point range, each in the
// sentence it names, sentences covering the tokens in order.
func checkInvariants(t *testing.T, d *doc.Document) {
	t.Helper()
	n := doc.RuneLen(d.Text)
	prev := 0
	for i, tk := range d.Tokens {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > n {
			t.Fatalf("token %d %q has bad offsets [%d,%d) after %d (text length %d)", i, tk.Text, tk.Start, tk.End, prev, n)
		}
		if got := doc.Runes(d.Text, tk.Start, tk.End); got != tk.Text {
			t.Fatalf("token %d Text %q != text[%d:%d] %q", i, tk.Text, tk.Start, tk.End, got)
		}
		if tk.Prefix+tk.Stem+tk.Suffix != tk.Norm && tk.Kind == doc.Word && tk.Prefix != "" {
			t.Fatalf("token %d %q: %q+%q+%q != norm %q", i, tk.Text, tk.Prefix, tk.Stem, tk.Suffix, tk.Norm)
		}
		if tk.Sentence < 0 || tk.Sentence >= len(d.Sentences) {
			t.Fatalf("token %d names sentence %d of %d", i, tk.Sentence, len(d.Sentences))
		}
		s := d.Sentences[tk.Sentence]
		if i < s.FirstToken || i >= s.EndToken {
			t.Fatalf("token %d not inside its sentence %d [%d,%d)", i, tk.Sentence, s.FirstToken, s.EndToken)
		}
		prev = tk.End
	}
	next := 0
	for i, s := range d.Sentences {
		if s.FirstToken != next || s.EndToken <= s.FirstToken {
			t.Fatalf("sentence %d tokens [%d,%d), want to start at %d", i, s.FirstToken, s.EndToken, next)
		}
		if s.Start != d.Tokens[s.FirstToken].Start || s.End != d.Tokens[s.EndToken-1].End {
			t.Fatalf("sentence %d span [%d,%d) does not match its tokens", i, s.Start, s.End)
		}
		next = s.EndToken
	}
	if next != len(d.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
}

// TestEmptyText: a document that cleaning emptied (a page that was only
// "[ad_1]") is analysed into nothing, without a panic.
func TestEmptyText(t *testing.T) {
	for _, lang := range []string{"ar", "en", "und"} {
		d := doc.New()
		d.Lang = lang
		Analyze(d)
		if len(d.Tokens) != 0 || len(d.Sentences) != 0 {
			t.Errorf("%s: %d tokens, %d sentences from empty text", lang, len(d.Tokens), len(d.Sentences))
		}
	}
}

// TestWordCache checks cached word analyses against the uncached ones,
// for words stored in an entry's own buffer and beyond it, empty normal
// forms included.
func TestWordCache(t *testing.T) {
	for _, w := range []string{"وقال", "الرئيس", "لروسيا", "دعمتها", "ـــ", strings.Repeat("ـ", 14), "إستراتيجياتهما",
		"والاستراتيجيات", "ﺑﻜﻴﻦ", "ﷺ", strings.Repeat("ب", 30), "أَمَّا"} {
		for range 2 { // a miss, then a hit
			e := arabicWord(w)
			norm := arabic.Normalize(w)
			p, s, x := arabic.SegmentWord(w, norm)
			if e == nil {
				t.Fatalf("%q not cached", w)
			}
			if gp, gs, gx := e.parts(); e.text != w || e.norm != norm || gp != p || gs != s || gx != x {
				t.Errorf("%q: cached %q %q %q+%q+%q, want %q+%q+%q", w, e.text, e.norm, gp, gs, gx, p, s, x)
			}
		}
	}
	for _, w := range []string{"The", "NATO", "Sudan’s", "Ǆemal", strings.Repeat("A", 40)} {
		for range 2 {
			if e := englishWord(w); e.text != w || e.norm != english.Norm(w) {
				t.Errorf("%q: cached %q %q", w, e.text, e.norm)
			}
		}
	}
}
