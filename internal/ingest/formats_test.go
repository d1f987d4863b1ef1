package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Tests on the shared inputs of ../shared/corpus/formats, checking what
// its README expects of each.

func TestFormatRTBolivia(t *testing.T) {
	dir := sharedFormats(t)
	docs := readAll(t, Options{}, filepath.Join(dir, "rt-bolivia.html"))
	if len(docs) != 1 || docs[0].Err != nil {
		t.Fatalf("got %d docs, err %v", len(docs), docs[0].Err)
	}
	d := docs[0]
	exp, err := os.ReadFile(filepath.Join(dir, "rt-bolivia.expected.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, l := range strings.Split(string(exp), "\n") {
		if !strings.HasPrefix(l, "#") {
			want = append(want, l)
		}
	}
	if f1 := tokenF1(d.Text, strings.Join(want, "\n")); f1 < 0.9 {
		t.Errorf("token F1 = %.3f, want >= 0.9; text:\n%s", f1, d.Text)
	} else {
		t.Logf("token F1 = %.3f", f1)
	}
	if d.Title == nil || !strings.Contains(*d.Title, "He died in my hands") {
		t.Errorf("title = %v", d.Title)
	}
	if d.Published != "2019-11-20" {
		t.Errorf("published = %q, want 2019-11-20", d.Published)
	}
	if d.Lang != "en" || d.Format != "html" || d.ID != "rt-bolivia" {
		t.Errorf("lang %q format %q id %q", d.Lang, d.Format, d.ID)
	}
}

func TestFormatBBCFeed(t *testing.T) {
	dir := sharedFormats(t)
	docs := readAll(t, Options{}, filepath.Join(dir, "bbc-world.rss.xml"))
	if len(docs) != 33 {
		t.Fatalf("got %d docs, want 33", len(docs))
	}
	seen := map[string]bool{}
	for i, d := range docs {
		if d.Err != nil || d.Title == nil || *d.Title == "" || !strings.HasPrefix(d.URL, "https://www.bbc.co.uk/") ||
			!strings.HasPrefix(d.Published, "2019-02-") || d.Lang != "en" || seen[d.ID] {
			t.Errorf("item %d: id %q title %v url %q published %q lang %q err %v", i+1, d.ID, d.Title, d.URL, d.Published, d.Lang, d.Err)
		}
		seen[d.ID] = true
		if !strings.HasPrefix(d.Text, *d.Title) {
			t.Errorf("item %d: text does not start with the title", i+1)
		}
	}
}

func TestFormatArticlesJSONL(t *testing.T) {
	dir := sharedFormats(t)
	docs := readAll(t, Options{}, filepath.Join(dir, "articles.jsonl"))
	if len(docs) != 4 {
		t.Fatalf("got %d docs, want 3 + 1 error", len(docs))
	}
	want := []struct{ id, published string }{
		{"seed-xi-lavrov", "2024-04-09"}, {"ar-russia-veto-annexation", "2022-10-01"}, {"en-esper-hanoi", "2019-11-20"},
	}
	for i, w := range want {
		d := docs[i]
		if d.Err != nil || d.ID != w.id || d.Published != w.published || d.Text == "" || d.URL == "" {
			t.Errorf("doc %d: id %q published %q err %v", i, d.ID, d.Published, d.Err)
		}
	}
	e := docs[3]
	if e.Err == nil || !strings.Contains(e.Err.Error(), "articles.jsonl:4:") {
		t.Errorf("line 4: err = %v, want one naming articles.jsonl:4", e.Err)
	}
}

func TestFormatCrawlWARC(t *testing.T) {
	dir := sharedFormats(t)
	docs := readAll(t, Options{}, filepath.Join(dir, "crawl-sample.warc.gz"))
	if len(docs) != 2 {
		t.Fatalf("got %d docs, want 2", len(docs))
	}
	rt, ar := docs[0], docs[1]
	for _, d := range docs {
		if d.Err != nil || d.URL == "" || d.Source != d.URL || d.Published == "" {
			t.Errorf("doc %q: url %q source %q published %q err %v", d.ID, d.URL, d.Source, d.Published, d.Err)
		}
	}
	if !strings.Contains(rt.URL, "rt.com") || rt.Published != "2019-11-20" {
		t.Errorf("rt: %q %q", rt.URL, rt.Published)
	}
	if ar.URL != "https://example.org/ar/news/italy-shipwreck" || ar.Published != "2023-02-28" || ar.Lang != "ar" {
		t.Errorf("ar: %q %q %q", ar.URL, ar.Published, ar.Lang)
	}
	if !strings.HasPrefix(ar.Text, "ارتفاع قتلى غرق قارب قبالة سواحل إيطاليا") {
		t.Errorf("ar text does not start at the headline: %.80q", ar.Text)
	}
	for _, s := range []string{"انتشل رجال الإنقاذ", "مشروع المهاجرين المفقودين"} {
		if !strings.Contains(ar.Text, s) {
			t.Errorf("ar text lacks %q", s)
		}
	}
	for _, s := range []string{"الرئيسية", "اقرأ أيضا", "خبر آخر", "جميع الحقوق محفوظة"} {
		if strings.Contains(ar.Text, s) {
			t.Errorf("ar text keeps menu/aside/footer %q", s)
		}
	}
}

// The pasted pages are plain text: one document each, text kept whole for
// the clean stage.
func TestFormatPastedText(t *testing.T) {
	dir := sharedFormats(t)
	for _, tc := range []struct{ file, contains, title string }{
		{"aljazeera-ar-page-paste.txt", "انتشل رجال الإنقاذ", ""},
		{"openlife-scraped.txt", "Kuleba said", "Cease-Fire Talks"},
	} {
		docs := readAll(t, Options{Published: "2023-02-28"}, filepath.Join(dir, tc.file))
		if len(docs) != 1 || docs[0].Err != nil {
			t.Fatalf("%s: %d docs", tc.file, len(docs))
		}
		d := docs[0]
		if !strings.Contains(d.Text, tc.contains) || d.Format != "text" || d.Published != "2023-02-28" {
			t.Errorf("%s: format %q published %q", tc.file, d.Format, d.Published)
		}
		got := ""
		if d.Title != nil {
			got = *d.Title
		}
		if got != tc.title {
			t.Errorf("%s: title %q, want %q (a menu line is not a title)", tc.file, got, tc.title)
		}
	}
}

// The whole folder: every file read by content, none lost.
func TestFormatFolder(t *testing.T) {
	dir := sharedFormats(t)
	docs := readAll(t, Options{}, dir)
	var failed int
	for _, d := range docs {
		if d.Err != nil {
			failed++
			var ie *InputError
			if !errors.As(d.Err, &ie) || ie.Line != 4 {
				t.Errorf("unexpected error %v", d.Err)
			}
		}
	}
	if failed != 1 || len(docs) < 1+3+33+2+2 {
		t.Errorf("%d docs, %d failed", len(docs), failed)
	}
}
