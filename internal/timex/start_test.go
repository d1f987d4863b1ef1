package timex

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/dyad-news/dyad/internal/devset"
)

// checkStarts fails when a rule matches from a token that Find skips
// (token.opens unset), in text published on pub.
func checkStarts(t *testing.T, text, pub string) {
	t.Helper()
	m := &matcher{}
	if pub != "" {
		p, err := time.Parse("2006-01-02", pub)
		if err != nil {
			return
		}
		m.pub, m.hasPub = p, true
	}
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	sc.runes = appendRunes(sc.runes[:0], text)
	m.toks = tokenize(sc.runes, sc)
	m.latin = latinText(m.toks)
	for i, tk := range m.toks {
		if tk.opens {
			continue
		}
		if mt, ok := m.at(i); ok {
			t.Fatalf("a rule matches from skipped token %d %q (to %d, %s) in %q", i, tk.norm, mt.end, mt.value, text)
		}
	}
}

// TestStartTokens checks Find's skip (see rules) against every rule at
// every token of the repository's texts, the dev corpus when present,
// every pair of the rules' words and each of them in short contexts.
func TestStartTokens(t *testing.T) {
	root := devset.RepoRoot(t)
	var texts []string
	for _, pat := range []string{"testdata/*.txt", "testdata/*/*.txt", "../shared/corpus/*/*.txt"} {
		files, _ := filepath.Glob(filepath.Join(root, pat))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	words := []string{}
	for w := range lexWords {
		words = append(words, w)
	}
	// and every one-word string literal of the rules' source
	for _, f := range []string{"exprs.go", "rules.go", "lexicon.go"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, lit := range regexp.MustCompile(`"([^"\\ ]+)"`).FindAllStringSubmatch(string(b), -1) {
			words = append(words, foldString(lit[1]))
		}
	}
	slices.Sort(words)
	words = slices.Compact(words)
	// every pair of words, then a day and a year, in a text mostly in
	// Arabic and in one mostly in Latin script (matcher.latin)
	arText, enText := strings.Repeat("كلمة ", 2*len(words)+1), strings.Repeat("word ", 2*len(words)+1)
	for _, w := range words {
		var b strings.Builder
		for _, w2 := range words {
			b.WriteString(" . " + w + " " + w2 + " 9 2024")
		}
		checkStarts(t, arText+b.String(), "2024-04-09")
		checkStarts(t, enText+b.String(), "2024-04-09")
		for _, ctx := range []string{"%s", "و%s", "بال%s", "%s 9 نيسان 2024", "%s من أبريل", "في %s الماضي", "the %s day before yesterday", "%s 2 days ago", "%s, Nov. 19", "1 %s 1445 هـ", "%s يوم الثلاثاء المقبل", "%s next year", "%s day before yesterday"} {
			texts = append(texts, strings.ReplaceAll(ctx, "%s", w))
		}
	}
	for _, text := range texts {
		for _, pub := range []string{"2024-04-09", ""} {
			checkStarts(t, text, pub)
		}
	}
}

// TestRuneClassTables: the tables of classOf agree with its definition
// at every code point.
func TestRuneClassTables(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := classOf(r), classSlow(r); got != want {
			t.Fatalf("classOf(%U) = %+v, want %+v", r, got, want)
		}
	}
}
