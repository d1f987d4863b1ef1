package clean

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// goldClean is the "clean" object of a gold file (see FORMAT.md).
type goldClean struct {
	MustNotContain []string `json:"must_not_contain"`
	MustContain    []string `json:"must_contain"`
	LastLineNot    *string  `json:"last_line_not"`
}

// checkClean ports score.py's check_clean and returns the failed checks.
func checkClean(c goldClean, text string) []string {
	var bad []string
	for _, s := range c.MustNotContain {
		if strings.Contains(text, s) {
			bad = append(bad, "still contains "+s)
		}
	}
	for _, s := range c.MustContain {
		if !strings.Contains(text, s) {
			bad = append(bad, "lost "+s)
		}
	}
	if c.LastLineNot != nil {
		var lines []string
		for l := range strings.SplitSeq(strings.TrimSpace(text), "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == *c.LastLineNot {
			bad = append(bad, "trailer kept "+*c.LastLineNot)
		}
	}
	return bad
}

// paragraphs returns the whitespace-normalised lines of s that have at
// least minWords words with letters and, when sentence is set, end a
// sentence.
func paragraphs(s string, minWords int, sentence bool) []string {
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		f := strings.Fields(l)
		if letterWords(f) >= minWords && (!sentence || endsSentence(l)) {
			out = append(out, strings.Join(f, " "))
		}
	}
	return out
}

func letterWords(f []string) int {
	n := 0
	for _, w := range f {
		if hasLetter(w) {
			n++
		}
	}
	return n
}

// subheads returns the lines of one to three words that come right before
// a paragraph that ends a sentence (blank lines between are allowed).
func subheads(s string) []string {
	var out []string
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		f := strings.Fields(l)
		if n := letterWords(f); n == 0 || n > 3 || strings.HasPrefix(l, "[") {
			continue
		}
		for _, next := range lines[i+1:] {
			if strings.TrimSpace(next) == "" {
				continue
			}
			if len(strings.Fields(next)) >= 8 && endsSentence(next) {
				out = append(out, strings.Join(f, " "))
			}
			break
		}
	}
	return out
}

func TestDevCorpus(t *testing.T) {
	dir := sharedDir(t, "corpus/dev")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no dev texts in %s", dir)
	}
	c := mustCleaner(t)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			raw := readFile(t, f)
			text, offs := c.Clean(raw, "")
			checkOffsets(t, raw, text, offs)
			var g struct {
				Clean *goldClean `json:"clean"`
			}
			if err := json.Unmarshal([]byte(readFile(t, strings.TrimSuffix(f, ".txt")+".gold.json")), &g); err != nil {
				t.Fatal(err)
			}
			if g.Clean != nil {
				for _, b := range checkClean(*g.Clean, text) {
					t.Errorf("clean check: %s", b)
				}
			}
			// No paragraph of the article is lost (lines of four words or
			// more), nor a subhead that introduces one.
			for _, p := range append(paragraphs(raw, 4, false), subheads(raw)...) {
				if !strings.Contains(text, p) {
					t.Errorf("lost paragraph %q", p)
				}
			}
		})
	}
}

func TestAljazeeraPaste(t *testing.T) {
	dir := sharedDir(t, "corpus/formats")
	raw := readFile(t, filepath.Join(dir, "aljazeera-ar-page-paste.txt"))
	text, offs := mustCleaner(t).Clean(raw, "")
	checkOffsets(t, raw, text, offs)
	if !strings.HasPrefix(text, "ارتفاع قتلى غرق قارب قبالة سواحل إيطاليا") {
		t.Errorf("text does not start at the headline: %.80q", text)
	}
	for _, s := range []string{"تخطي الروابط", "Navigation menu", "تسجيل الدخول", "المزيد من أخبار العالم", "جميع الحقوق محفوظة", "رفض الكلّ", "المصدر", "02:47", "Rescuers", "حول هذه القصة"} {
		if strings.Contains(text, s) {
			t.Errorf("text still contains %q", s)
		}
	}
	// Every article paragraph, from "انتشل رجال الإنقاذ" to "مشروع
	// المهاجرين المفقودين", is kept.
	lines := strings.Split(raw, "\n")
	from, to := -1, -1
	for i, l := range lines {
		if strings.HasPrefix(l, "انتشل رجال الإنقاذ") {
			from = i
		}
		if strings.Contains(l, "مشروع المهاجرين المفقودين") {
			to = i
		}
	}
	if from < 0 || to < from {
		t.Fatalf("article bounds not found in the input")
	}
	for _, l := range lines[from : to+1] {
		f := strings.Fields(l)
		// Article paragraphs end a sentence; captions and headings do not.
		if len(f) < 8 || !endsSentence(l) {
			continue
		}
		if !strings.Contains(text, strings.Join(f, " ")) {
			t.Errorf("lost paragraph %.60q", l)
		}
	}
}

func TestOpenlifeScraped(t *testing.T) {
	dir := sharedDir(t, "corpus/formats")
	raw := readFile(t, filepath.Join(dir, "openlife-scraped.txt"))
	text, offs := mustCleaner(t).Clean(raw, "")
	checkOffsets(t, raw, text, offs)
	lines := strings.Split(text, "\n")
	if len(lines) != 6 {
		t.Errorf("want one headline and five paragraphs, got %d lines:\n%s", len(lines), text)
	}
	if n := strings.Count(strings.ToLower(text), "cease-fire talks"); n != 1 {
		t.Errorf("headline kept %d times", n)
	}
	for _, s := range []string{"Source:", "Share This", "READ ALSO:"} {
		if strings.Contains(text, s) {
			t.Errorf("text still contains %q", s)
		}
	}
	for _, p := range paragraphs(raw, 8, true) {
		if !strings.Contains(text, p) {
			t.Errorf("lost paragraph %.60q", p)
		}
	}
}
