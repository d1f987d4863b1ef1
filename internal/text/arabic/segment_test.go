package arabic

import "testing"

func TestSegmentWord(t *testing.T) {
	tests := []struct {
		name, in             string
		prefix, stem, suffix string
	}{
		{"conjunction on verb", "وقال", "و", "قال", ""},
		{"preposition on name", "لروسيا", "ل", "روسيا", ""},
		{"object pronoun on verb", "دعمتها", "", "دعمت", "ها"},
		{"possessive on noun", "نظيره", "", "نظير", "ه"},
		{"conjunction and article", "والصين", "وال", "صين", ""},
		{"article", "الصين", "ال", "صين", ""},
		{"lam with article", "للرئيس", "لل", "رييس", ""},
		{"lam with article on lam stem", "للقاء", "ل", "لقاء", ""},
		{"preposition with article", "بالنجاحات", "بال", "نجاحات", ""},
		{"conjunction, preposition, article", "وبالتالي", "وبال", "تالي", ""},
		{"conjunction and preposition", "وبروسيا", "وب", "روسيا", ""},
		{"conjunction before protected name", "وبكين", "و", "بكين", ""},
		{"future particle", "سيزور", "س", "يزور", ""},
		{"conjunction and future", "وستعقد", "وس", "تعقد", ""},
		{"conjunction before short particle", "ولم", "و", "لم", ""},
		{"fa before short particle", "فقد", "ف", "قد", ""},
		{"prefix and suffix", "وحلفائها", "و", "حلفاي", "ها"},
		{"dual pronoun", "سياساتهما", "", "سياسات", "هما"},
		{"particle with pronoun", "أنها", "", "ان", "ها"},
		{"second person after ta", "قيادتك", "", "قيادت", "ك"},
		{"protected word keeps suffix", "وزيرها", "", "وزير", "ها"},
		{"wazir not split", "وزير", "", "وزير", ""},
		{"wasala not split", "وصل", "", "وصل", ""},
		{"waqa'a not split", "وقع", "", "وقع", ""},
		{"wilaya not split", "ولاية", "", "ولايه", ""},
		{"beijing not split", "بكين", "", "بكين", ""},
		{"balad not split", "بلد", "", "بلد", ""},
		{"bayan not split", "بيان", "", "بيان", ""},
		{"liqa not split", "لقاء", "", "لقاء", ""},
		{"kabir not split", "كبير", "", "كبير", ""},
		{"france not split", "فرنسا", "", "فرنسا", ""},
		{"syria not split", "سوريا", "", "سوريا", ""},
		{"siyasa is no future", "سياسة", "", "سياسه", ""},
		{"ta marbuta is no pronoun", "دولة", "", "دوله", ""},
		{"article blocks pronoun", "الدولة", "ال", "دوله", ""},
		{"nisba yeh kept", "الصيني", "ال", "صيني", ""},
		{"nisba -ani kept", "إيراني", "", "ايراني", ""},
		{"hamza alef is not the article", "ألمانيا", "", "المانيا", ""},
		{"hamza alef after conjunction", "وألمانيا", "و", "المانيا", ""},
		{"ila not article", "إلى", "", "الي", ""},
		{"relative pronoun", "الذي", "", "الذي", ""},
		{"allah", "الله", "", "الله", ""},
		{"heh after alef kept", "اتجاه", "", "اتجاه", ""},
		{"accusative -ana kept", "مكانا", "", "مكانا", ""},
		{"kaf of verb kept", "مشترك", "", "مشترك", ""},
		{"short stem keeps clitic", "بكل", "", "بكل", ""},
		{"latin word untouched", "nato", "", "nato", ""},
		{"tashkeel ignored", "وَقَالَ", "و", "قال", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := Normalize(tt.in)
			p, s, x := SegmentWord(tt.in, n)
			if p != tt.prefix || s != tt.stem || x != tt.suffix {
				t.Errorf("SegmentWord(%q) = %q + %q + %q, want %q + %q + %q", tt.in, p, s, x, tt.prefix, tt.stem, tt.suffix)
			}
			if p+s+x != n {
				t.Errorf("parts of %q do not make %q", tt.in, n)
			}
		})
	}
}

func TestSegmentWithoutSpelling(t *testing.T) {
	// Without the original, a final ه may be a pronoun.
	if p, s, x := Segment("كتابه"); p != "" || s != "كتاب" || x != "ه" {
		t.Errorf("Segment(كتابه) = %q + %q + %q", p, s, x)
	}
}

func TestHasArticle(t *testing.T) {
	for p, want := range map[string]bool{"ال": true, "وال": true, "لل": true, "ولل": true, "و": false, "ل": false, "": false} {
		if HasArticle(p) != want {
			t.Errorf("HasArticle(%q) = %v", p, !want)
		}
	}
}

func BenchmarkSegmentWord(b *testing.B) {
	words := []string{"وقال", "لروسيا", "دعمتها", "والصين", "للرئيس", "وزير", "بكين", "الخارجية", "نظيره", "سيواصلان"}
	norms := make([]string, len(words))
	for i, w := range words {
		norms[i] = Normalize(w)
	}
	b.ReportAllocs()
	for b.Loop() {
		for i, w := range words {
			SegmentWord(w, norms[i])
		}
	}
}
