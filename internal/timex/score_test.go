package timex

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// This file ports the date scoring of /work/shared/eval/score.py, so that
// the quality floor is measured by the same rules. Its norm() also applies
// NFKC; the dev texts contain no compatibility forms, so that step is left
// out here.

var (
	scoreDiacritics = regexp.MustCompile("[\u064b-\u0652\u0670\u0640]")
	scorePunct      = regexp.MustCompile(`[\s"'“”«»„‟‘’` + "`" + `.,،؛;:!?؟()\[\]{}\-–—_/\\]+`)
	scoreLetters    = strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا", "ٱ", "ا", "ى", "ي", "ة", "ه", "ؤ", "و", "ئ", "ي")
)

func scoreNorm(s string) string {
	s = strings.ToLower(s)
	s = scoreDiacritics.ReplaceAllString(s, "")
	s = scoreLetters.Replace(s)
	return strings.TrimSpace(scorePunct.ReplaceAllString(s, " "))
}

// dateTokens drops one leading Arabic clitic (و ف ب ل) from words of more
// than three letters: وأمس = أمس.
func dateTokens(s string) []string {
	ws := strings.Fields(scoreNorm(s))
	for i, w := range ws {
		r, size := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) > 3 && strings.ContainsRune("وفبل", r) {
			ws[i] = w[size:]
		}
	}
	return ws
}

func within(a, b []string) bool {
	n := len(a)
	if n == 0 {
		return false
	}
	for i := 0; i+n <= len(b); i++ {
		eq := true
		for k := range a {
			if b[i+k] != a[k] {
				eq = false
				break
			}
		}
		if eq {
			return true
		}
	}
	return false
}

type goldDate struct {
	Text     string `json:"text"`
	Value    string `json:"value"`
	Optional bool   `json:"optional"`
}

type predDate struct{ Text, Value string }

type tally struct{ tp, fp, fn int }

func (t *tally) add(o tally) { t.tp += o.tp; t.fp += o.fp; t.fn += o.fn }

func (t tally) f1() (p, r, f float64) {
	if t.tp+t.fp > 0 {
		p = float64(t.tp) / float64(t.tp+t.fp)
	}
	if t.tp+t.fn > 0 {
		r = float64(t.tp) / float64(t.tp+t.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// scoreDates is score.py's score_dates; log receives the misses.
func scoreDates(golds []goldDate, preds []predDate, log func(string, ...any)) tally {
	var t tally
	used := make([]bool, len(golds))
	for _, pd := range preds {
		ptok := dateTokens(pd.Text)
		overlap := func(g goldDate) bool {
			gtok := dateTokens(g.Text)
			return within(gtok, ptok) || within(ptok, gtok)
		}
		hit := -1
		for i, g := range golds {
			if !used[i] && !g.Optional && overlap(g) && pd.Value == g.Value {
				hit = i
				break
			}
		}
		if hit >= 0 {
			used[hit] = true
			t.tp++
			continue
		}
		optional := false
		for _, g := range golds {
			if g.Optional && overlap(g) {
				optional = true
				break
			}
		}
		if !optional {
			t.fp++
			log("date FP: %s = %s", pd.Text, pd.Value)
		}
	}
	for i, g := range golds {
		if !used[i] && !g.Optional {
			t.fn++
			log("date FN: %s = %s", g.Text, g.Value)
		}
	}
	return t
}
