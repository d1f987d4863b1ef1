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

// inflections are the endings whose forms a protected word lends its
// protection from proclitic splitting ("وزير" → "وزيرا", "وزيرين").
var inflections = [...]string{"ا", "ي", "ان", "ين", "ون", "ات", "ت", "وا"}

// buildLex reads the word lists. A protected word P gets noPrefix and
// noSuffix; its inflected forms and its forms with an enclitic pronoun get
// noPrefix ("وزيرها" keeps its و but loses ها). A P written with ة lends
// its ات and ت forms too ("وزارات", "وزارتها"), a P ending in ء its ئ and
// ؤ forms before a pronoun ("لقائه").
func buildLex(protectedData, lamData string) map[string]uint8 {
	ws := words(protectedData)
	m := make(map[string]uint8, 24*len(ws))
	for _, w := range ws {
		n := Normalize(w)
		m[n] |= noPrefix | noSuffix
		base := n
		if strings.HasSuffix(w, "ة") {
			base = n[:len(n)-2]
			m[base+"ات"] |= noPrefix
			n = base + "ت" // before a pronoun
		}
		for _, in := range inflections {
			m[base+in] |= noPrefix
		}
		stems := []string{n}
		if strings.HasSuffix(n, "ء") {
			stems = append(stems, n[:len(n)-2]+"ي", n[:len(n)-2]+"و")
		}
		for _, st := range stems {
			for _, e := range enclitics {
				m[st+e.s] |= noPrefix
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
