package arabic

import (
	_ "embed"
	"strings"
)

// protected.txt lists words whose first or last letters look like clitics
// but belong to the word (وزير، بكين، توجه). lamstems.txt lists stems
// starting with ل, for the merge ل + ال + ل… → لل… ("للقاء").
// Both are read once, normalised, at package initialisation.
var (
	//go:embed protected.txt
	protectedData string
	//go:embed lamstems.txt
	lamStemsData string

	lex = buildLex(protectedData, lamStemsData)
)

// Flags of a word in lex.
const (
	// noPrefix: the word's first letters are not proclitics.
	noPrefix uint8 = 1 << iota
	// noSuffix: the word's last letters are not a pronoun.
	noSuffix
	// lamStem: the word is a stem starting with ل.
	lamStem
)

// buildLex reads the word lists. A protected word P gets noPrefix and
// noSuffix, and P with each enclitic pronoun gets noPrefix ("وزيرها"
// keeps its و but loses ها); a P written with ة also lends its ت form
// ("وزارتها").
func buildLex(protectedData, lamData string) map[string]uint8 {
	m := make(map[string]uint8, 16*strings.Count(protectedData, "\n"))
	for _, w := range words(protectedData) {
		n := Normalize(w)
		m[n] |= noPrefix | noSuffix
		bases := []string{n}
		if strings.HasSuffix(w, "ة") {
			bases = append(bases, n[:len(n)-2]+"ت")
		}
		for _, b := range bases {
			for _, e := range enclitics {
				m[b+e.s] |= noPrefix
			}
		}
	}
	for _, w := range words(lamData) {
		m[Normalize(w)] |= lamStem
	}
	return m
}

// words reads one or more words per line; text after '#' is ignored.
func words(data string) []string {
	var ws []string
	for line := range strings.SplitSeq(data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		ws = append(ws, strings.Fields(line)...)
	}
	return ws
}

// IsProtected reports whether the normalised word is listed as never
// split (its first letters are not proclitics and its last not a pronoun).
func IsProtected(word string) bool { return lex[word]&(noPrefix|noSuffix) == noPrefix|noSuffix }
