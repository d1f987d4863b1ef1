package arabic

import (
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"hamza above alef", "أحمد", "احمد"},
		{"hamza below alef", "إيران", "ايران"},
		{"madda alef", "آسيا", "اسيا"},
		{"wasla alef", "ٱلله", "الله"},
		{"hamza on waw", "مؤتمر", "موتمر"},
		{"hamza on yeh", "رئيس", "رييس"},
		{"bare hamza kept", "شيء", "شيء"},
		{"alef maqsura", "موسى", "موسي"},
		{"ta marbuta", "دولة", "دوله"},
		{"tashkeel", "مُحَمَّدٌ", "محمد"},
		{"tanween fath", "تمامًا", "تماما"},
		{"superscript alef", "هٰذا", "هذا"},
		{"tatweel", "الرئيـــس", "الرييس"},
		{"arabic-indic digits", "٢٠٢٤", "2024"},
		{"persian digits", "۱۴۰۲", "1402"},
		{"arabic decimal separator", "٣٫٥", "3.5"},
		{"farsi yeh and keheh", "کیف", "كيف"},
		{"presentation forms", "ﺑﻜﻴﻦ", "بكين"},
		{"lam-alef ligature", "ﻻ", "لا"},
		{"isolated harakat form", "بﹰ", "ب"},
		{"rlm inside name", "لاف\u200fروف", "لافروف"},
		{"bidi embedding around name", "\u202bبوتين\u202c", "بوتين"},
		{"isolate controls", "\u2067شي\u2069", "شي"},
		{"zero-width non-joiner", "بوت\u200cين", "بوتين"},
		{"byte order mark", "\ufeffروسيا", "روسيا"},
		{"latin lower-cased", "NATO", "nato"},
		{"already normal", "روسيا", "روسيا"},
		{"punctuation kept", "قال:", "قال:"},
		{"decomposed hamza", "ا\u0654", "ا"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := string(AppendNormalize([]byte("x"), tt.in)); got != "x"+tt.want {
				t.Errorf("AppendNormalize(%q) = %q, want %q", tt.in, got, "x"+tt.want)
			}
			if IsNormal(tt.in) != (tt.in == tt.want) {
				t.Errorf("IsNormal(%q) = %v", tt.in, IsNormal(tt.in))
			}
		})
	}
}

func TestNormalizeDoesNotAllocateWhenNormal(t *testing.T) {
	s := "وقال لافروف ان روسيا"
	if n := testing.AllocsPerRun(100, func() { _ = Normalize(s) }); n != 0 {
		t.Errorf("Normalize of a normal string allocates %v times", n)
	}
}

func TestNormalizeInvalidUTF8(t *testing.T) {
	got := Normalize("ب\xffك")
	if !utf8.ValidString(got) || got != "ب\uFFFDك" {
		t.Errorf("Normalize of invalid UTF-8 = %q", got)
	}
}

func BenchmarkNormalize(b *testing.B) {
	words := []string{"الرئيس", "الصيني", "شي", "جين", "بينغ", "مع", "وزير", "الخارجية", "الروسي", "لأوكرانيا"}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			_ = Normalize(w)
		}
	}
}
