package event

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestCoverageDebug is a debugging aid, not a check: it writes the verb-lemma
// candidates (arVerbReadings) and definite-noun keys (arNounKey) of the
// ANERCorp training tokens that no predicates_ar.tsv entry covers, with
// token counts, to DIR/verbs.txt and DIR/nouns.txt. It runs only with
// DYAD_COVERAGE=DIR (and the shared ANERCorp file present).
func TestCoverageDebug(t *testing.T) {
	dir := os.Getenv("DYAD_COVERAGE")
	if dir == "" {
		t.Skip("set DYAD_COVERAGE=DIR to write the coverage lists")
	}
	lex := map[string]bool{}
	pf, err := os.ReadFile("data/predicates_ar.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, ln := range strings.Split(string(pf), "\n") {
		if ln == "" || ln[0] == '#' {
			continue
		}
		f := strings.Split(ln, "\t")
		if len(f) < 2 {
			continue
		}
		lex[normWord(strings.Fields(f[1])[0])] = true
	}
	fh, err := os.Open("../../../shared/data/anercorp/train.conll")
	if err != nil {
		t.Skipf("ANERCorp training text: %v", err)
	}
	defer fh.Close()
	types := map[string]int{}
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 2 || f[1] != "O" || !isArabic(f[0]) {
			continue
		}
		types[arNorm(f[0])]++
	}
	verbs := map[string]int{}
	ex := map[string]string{}
	nouns := map[string]int{}
	for w, n := range types {
		covered := false
		arVerbReadings(w, func(r verbReading) bool {
			if lex[r.lemma] {
				covered = true
				return false
			}
			return true
		})
		if covered {
			continue
		}
		_, _, det, rest := arSeg(w)
		if det != "" {
			k := arNounKey("ال" + rest)
			if !lex[k] {
				nouns[k] += n
			}
			continue
		}
		seen := map[string]bool{}
		arVerbReadings(w, func(r verbReading) bool {
			if !seen[r.lemma] {
				seen[r.lemma] = true
				verbs[r.lemma] += n
				if ex[r.lemma] == "" {
					ex[r.lemma] = w
				}
			}
			return true
		})
	}
	dump := func(m map[string]int, name string) {
		ks := make([]string, 0, len(m))
		for k := range m {
			ks = append(ks, k)
		}
		sort.Slice(ks, func(i, j int) bool { return m[ks[i]] > m[ks[j]] })
		var b strings.Builder
		for i, k := range ks {
			if i == 100000 {
				break
			}
			fmt.Fprintf(&b, "%d\t%s\t%s\n", m[k], k, ex[k])
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dump(verbs, "verbs.txt")
	dump(nouns, "nouns.txt")
}
