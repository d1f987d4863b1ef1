package langid

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
)

func TestDetect(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"arabic", "التقى الرئيس الصيني مع وزير الخارجية الروسي يوم الثلاثاء في بكين.", "ar"},
		{"arabic with latin name", "قالت وكالة رويترز (Reuters) إن الاجتماع عقد في العاصمة يوم الأحد.", "ar"},
		{"persian", "رئیس جمهور ایران روز یکشنبه با وزیر خارجه چین در تهران دیدار کرد و گفتگو کردند.", "fa"},
		{"urdu", "وزیر اعظم نے پیر کے روز اسلام آباد میں ایک اجلاس کی صدارت کی اور کہا کہ حکومت عوام کے ساتھ ہے۔", "ur"},
		{"english", "The president said on Tuesday that the talks with the other side had been useful.", "en"},
		{"french", "Le président a déclaré mardi que les discussions avec l'autre partie avaient été utiles.", "fr"},
		{"spanish", "El presidente dijo el martes que las conversaciones con la otra parte habían sido útiles.", "es"},
		{"german", "Der Präsident sagte am Dienstag, die Gespräche mit der anderen Seite seien nützlich gewesen.", "de"},
		{"italian", "Il presidente ha detto martedì che i colloqui con l'altra parte erano stati utili.", "it"},
		{"portuguese", "O presidente disse na terça-feira que as conversações com a outra parte tinham sido úteis.", "pt"},
		{"turkish", "Cumhurbaşkanı salı günü yaptığı açıklamada diğer tarafla yapılan görüşmelerin faydalı olduğunu söyledi.", "tr"},
		{"indonesian", "Presiden mengatakan pada hari Selasa bahwa perundingan dengan pihak lain itu sangat berguna.", "id"},
		{"russian", "Президент заявил во вторник, что переговоры с другой стороной были полезными.", "ru"},
		{"ukrainian", "Президент заявив у вівторок, що переговори з іншою стороною були корисними.", "uk"},
		{"chinese", "中国国家主席周二在北京会见了俄罗斯外交部长，双方讨论了两国关系。", "zh"},
		{"japanese", "大統領は火曜日、相手側との協議は有益だったと述べた。", "ja"},
		{"hebrew", "הנשיא אמר ביום שלישי כי השיחות עם הצד השני היו מועילות.", "he"},
		{"greek", "Ο πρόεδρος δήλωσε την Τρίτη ότι οι συνομιλίες ήταν χρήσιμες.", "el"},
		{"korean", "대통령은 화요일 상대방과의 회담이 유익했다고 말했다.", "ko"},
		{"too short", "Hi there", Und},
		{"digits only", "2024-04-09 12:30 1234567890", Und},
		{"empty", "", Und},
		{"mixed half and half", "مرحبا بكم في الموقع hello welcome to the site", Und},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Detect(tc.text); got != tc.want {
				t.Errorf("Detect(%q) = %q, want %q (ranking %v)", tc.text, got, tc.want, RankLatin(tc.text)[:3])
			}
		})
	}
}

func TestStage(t *testing.T) {
	var s Stage
	if s.Name() != "langid" {
		t.Errorf("Name() = %q", s.Name())
	}
	d := doc.New()
	d.Text = "وقال وزير الخارجية إن المحادثات كانت بناءة ومفيدة للطرفين."
	if err := s.Process(context.Background(), d); err != nil || d.Lang != "ar" {
		t.Errorf("Lang = %q, err %v", d.Lang, err)
	}
	d.Lang, d.Text = "en", "وقال وزير الخارجية إن المحادثات كانت بناءة."
	if err := s.Process(context.Background(), d); err != nil || d.Lang != "en" {
		t.Errorf("a set Lang was changed to %q", d.Lang)
	}
}

// TestDevCorpus checks the dev articles, whose language is their name's
// prefix ("ar-", "en-") or, for the seed, Arabic.
func TestDevCorpus(t *testing.T) {
	root, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "..", "..", "..", "shared", "corpus", "dev")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("dev corpus absent at %s", dir)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		want := name[:2]
		if want != "en" {
			want = "ar"
		}
		if got := Detect(string(b)); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
}

func BenchmarkDetectArabic(b *testing.B) {
	text := "التقى الرئيس الصيني شي جين بينغ مع وزير الخارجية الروسي سيرجي لافروف يوم الثلاثاء في إشارة إلى الدعم المتبادل. "
	for len(text) < 6000 {
		text += text
	}
	for b.Loop() {
		Detect(text)
	}
}

func BenchmarkDetectLatin(b *testing.B) {
	text := "The government said on Monday that it would raise the minimum wage next year, after weeks of talks with unions. "
	for len(text) < 6000 {
		text += text
	}
	Detect(text)
	b.ResetTimer()
	for b.Loop() {
		Detect(text)
	}
}

// TestCountTable checks count's decoding and table against add over every
// code point of the Arabic blocks and around them, and on mixed text.
func TestCountTable(t *testing.T) {
	var b strings.Builder
	for r := rune(0x500); r < 0x900; r++ {
		b.WriteRune(r)
	}
	texts := []string{b.String(), "abc \xd8 \xd9\xff xyz ЖжЁ 中文 ﻻ ٹ پ ک ی ك ي ـ", strings.Repeat("وقال الرئيس ", 500)}
	for _, text := range texts {
		var got, want counts
		got.count(text)
		for _, r := range text {
			if want.total >= maxLetters {
				break
			}
			want.add(r)
		}
		if got != want {
			t.Errorf("count(%.40q…) = %+v, want %+v", text, got, want)
		}
	}
}
