package event

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
)

// updateNouns regenerates data/nouns_ar.tsv from ANERCorp:
//
//	go test ./internal/event -run TestNounData -update-nouns
var updateNouns = flag.Bool("update-nouns", false, "regenerate data/nouns_ar.tsv from ANERCorp")

// nounDataHeader is the header of data/nouns_ar.tsv: source, licence,
// criterion and generator.
const nounDataHeader = `# dyad Arabic noun attestations: noun stems seen as nouns in real news, for
# the event stage's noun reading of verb-shaped words (nouns.go): رحلته "his
# journey" is no رحل + ه "expelled him" when رحلة is an attested noun.
# Source: ANERCorp training split (Yassine Benajiba; Benajiba, Rosso and
# Benedí Ruiz, "ANERsys: An Arabic Named Entity Recognition System Based on
# Maximum Entropy", CICLing 2007), as released by CAMeL Lab (NYU Abu Dhabi);
# see ../shared/data/anercorp/README.md for the exact file.
# Licence: derived from ANERCorp, so shared under CC BY-SA 4.0
# (https://creativecommons.org/licenses/by-sa/4.0/) with the attribution
# above; the rest of dyad is under its own licence, this file is not.
# Generator: go test ./internal/event -run TestNounData -update-nouns
# (nouns_gen_test.go); do not edit by hand.
# Criterion: every whitespace token outside a named entity, folded as the
# event stage folds words (arNorm: ة → ه, hamza seats → ا, ى → ي).
#   def  tokens with the article, after any و/ف and ب/ل/ك (الرحلة، وبالدعم):
#        only a noun or an adjective takes ال;
#   fem  tokens without the article written with a final ة (رحلة): a verb
#        never ends in ة;
#   verb tokens of the forms only a verb takes: for a stem in ة the past
#        3rd person feminine (رحلت، ورحلت: a noun in construct keeps its ة),
#        for another stem the present 3rd person masculine and the past
#        plural (يرفض، يرفضون، رفضوا), with any و/ف/س before them.
# A stem is listed when def + fem >= 2.
# columns (tab separated): stem, def, fem, verb
`

// TestNounData checks data/nouns_ar.tsv against ANERCorp (the file the
// generator reads), or rewrites it with -update-nouns.
func TestNounData(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	corpus := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "data", "anercorp", "train.conll")
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("ANERCorp not available (%v)", err)
	}
	want, err := deriveNouns(corpus)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("data", "nouns_ar.tsv")
	if *updateNouns {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s is not what the generator derives from %s: run with -update-nouns", path, corpus)
	}
}

// nounCount is the attestation of one stem (see nounDataHeader).
type nounCount struct{ def, fem, verb int }

// deriveNouns reads an ANERCorp CoNLL file and renders data/nouns_ar.tsv.
func deriveNouns(corpus string) (string, error) {
	f, err := os.Open(corpus)
	if err != nil {
		return "", fmt.Errorf("noun data: %w", err)
	}
	defer f.Close()
	counts := map[string]*nounCount{}
	get := func(k string) *nounCount {
		c := counts[k]
		if c == nil {
			c = &nounCount{}
			counts[k] = c
		}
		return c
	}
	forms := map[string]int{} // folded tokens outside entities, without و/ف/س
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		tok, tag, ok := strings.Cut(sc.Text(), "\t")
		if !ok || tag != "O" || !isArabic(tok) {
			continue
		}
		n := arNorm(tok)
		conj, _, det, stem := arSeg(n)
		switch {
		case det != "" && len([]rune(stem)) >= 2:
			get(stem).def++
		case strings.HasSuffix(tok, "ة"):
			get(n).fem++
		}
		bare := strings.TrimPrefix(n, conj)
		forms[bare]++
		if s, ok := strings.CutPrefix(bare, "س"); ok && len([]rune(s)) >= 3 {
			forms[s]++
		}
	}
	if err := sc.Err(); err != nil {
		return "", fmt.Errorf("noun data: %w", err)
	}
	var keys []string
	for k, c := range counts {
		if c.def+c.fem < 2 {
			continue
		}
		if base, ok := strings.CutSuffix(k, "ه"); ok {
			c.verb = forms[base+"ت"]
		} else {
			c.verb = forms["ي"+k] + forms["ي"+k+"ون"] + forms[k+"وا"]
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(nounDataHeader)
	b.WriteString("stem\tdef\tfem\tverb\n")
	for _, k := range keys {
		c := counts[k]
		fmt.Fprintf(&b, "%s\t%d\t%d\t%d\n", k, c.def, c.fem, c.verb)
	}
	return b.String(), nil
}
