package quote

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/dyad-news/dyad/internal/doc"
)

// The scoring rules of /work/shared/eval/score.py for quotes, so that the
// quality floor test measures what the scorer measures.

var (
	scoreDiacritics = regexp.MustCompile("[\u064b-\u0652\u0670\u0640]")
	scorePunct      = regexp.MustCompile(`[\s"'“”«»„‟‘’` + "`" + `.,،؛;:!?؟()\[\]{}\-–—_/\\]+`)
	scoreFold       = strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا", "ٱ", "ا", "ى", "ي", "ة", "ه", "ؤ", "و", "ئ", "ي")
)

func scoreNorm(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	s = scoreDiacritics.ReplaceAllString(s, "")
	s = scoreFold.Replace(s)
	return strings.TrimSpace(scorePunct.ReplaceAllString(s, " "))
}

func scoreTokens(s string) []string { return strings.Fields(scoreNorm(s)) }

func quoteMatch(gold, pred string) bool {
	g, p := scoreTokens(gold), scoreTokens(pred)
	if len(g) == 0 || len(p) == 0 {
		return false
	}
	if strings.Contains(strings.Join(p, " "), strings.Join(g, " ")) {
		return true
	}
	set := map[string]bool{}
	for _, w := range p {
		set[w] = true
	}
	hit := 0
	for _, w := range g {
		if set[w] {
			hit++
		}
	}
	return float64(hit)/float64(len(g)) >= 0.5 && len(p) <= 3*len(g)+10
}

type tally struct{ tp, fp, fn int }

func (t *tally) add(o tally) { t.tp += o.tp; t.fp += o.fp; t.fn += o.fn }

func (t tally) f1() float64 {
	if t.tp == 0 {
		return 0
	}
	p := float64(t.tp) / float64(t.tp+t.fp)
	r := float64(t.tp) / float64(t.tp+t.fn)
	return 2 * p * r / (p + r)
}

// scoreQuotes scores predicted quotes against a gold file as score.py
// does, logging each error through log.
func scoreQuotes(g goldFile, qs []doc.Quote, log func(string)) tally {
	var t tally
	idx := map[string]string{}
	for _, e := range g.Entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := scoreNorm(n)
			if _, ok := idx[k]; !ok {
				idx[k] = e.Name
			}
		}
	}
	canon := func(n string) string {
		if c, ok := idx[scoreNorm(n)]; ok {
			return c
		}
		return n
	}
	used := make([]bool, len(g.Quotes))
	for _, pq := range qs {
		if pq.Speaker == nil || pq.Speaker.Name == "" {
			continue
		}
		c := canon(pq.Speaker.Name)
		var fits []int
		for i, gq := range g.Quotes {
			if canon(gq.Speaker) == c && quoteMatch(gq.Text, pq.Text) {
				fits = append(fits, i)
			}
		}
		sort.SliceStable(fits, func(a, b int) bool {
			ka := fmt.Sprint(used[fits[a]], g.Quotes[fits[a]].Optional)
			kb := fmt.Sprint(used[fits[b]], g.Quotes[fits[b]].Optional)
			return ka < kb
		})
		switch {
		case len(fits) > 0 && !used[fits[0]]:
			used[fits[0]] = true
			if !g.Quotes[fits[0]].Optional {
				t.tp++
			}
		case len(fits) > 0 && g.Quotes[fits[0]].Optional:
		default:
			t.fp++
			log(fmt.Sprintf("quote FP: %s: %.70s", pq.Speaker.Name, pq.Text))
		}
	}
	for i, gq := range g.Quotes {
		if !used[i] && !gq.Optional {
			t.fn++
			log(fmt.Sprintf("quote FN: %s: %.70s", gq.Speaker, gq.Text))
		}
	}
	return t
}
