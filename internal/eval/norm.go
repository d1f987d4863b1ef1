package eval

import (
	"regexp"
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

var (
	arDiacritics = regexp.MustCompile("[\u064b-\u0652\u0670\u0640]")
	// punct is score.py's PUNCT; \s there is Unicode whitespace.
	punct  = regexp.MustCompile(`[\p{Z}\t\n\v\f\r\x1c-\x1f\x85"'“”«»„‟‘’` + "`" + `.,،؛;:!?؟()\[\]{}\-–—_/\\]+`)
	folder = cases.Fold()
	letter = strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا", "ٱ", "ا", "ى", "ي", "ة", "ه", "ؤ", "و", "ئ", "ي")
)

// Norm folds case, Arabic letter variants, diacritics and punctuation
// exactly as score.py's norm() does.
func Norm(s string) string {
	s = folder.String(norm.NFKC.String(s))
	s = arDiacritics.ReplaceAllString(s, "")
	s = letter.Replace(s)
	return strings.TrimSpace(punct.ReplaceAllString(s, " "))
}

// tokens splits a normalised string on whitespace.
func tokens(s string) []string { return strings.Fields(Norm(s)) }
