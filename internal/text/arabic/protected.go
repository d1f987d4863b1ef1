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

	lex     = buildLex(protectedData, lamStemsData)
	lexBits = buildLexBits(lex)
)

// lexBits is a one-hash Bloom filter over lex's keys: most words are in
// no list, and a bit test is cheaper than a map lookup.
const lexBitsLog = 18

func buildLexBits(m map[string]uint8) *[1 << lexBitsLog / 64]uint64 {
	var b [1 << lexBitsLog / 64]uint64
	for w := range m {
		h := hashWord(w)
		b[h>>6] |= 1 << (h & 63)
	}
	return &b
}

// hashWord mixes the length and the first and last eight bytes of w
// into lexBitsLog bits.
func hashWord(w string) uint32 {
	var a, b uint64
	n := len(w)
	if n >= 8 {
		a, b = le64(w[:8]), le64(w[n-8:])
	} else {
		for i := 0; i < n; i++ {
			a |= uint64(w[i]) << (8 * i)
		}
	}
	h := (a*0x9E3779B97F4A7C15 ^ b*0xC2B2AE3D27D4EB4F ^ uint64(n)) * 0x165667B19E3779F9
	return uint32(h >> (64 - lexBitsLog))
}

func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// lookup returns the flags of w in the word lists.
func lookup(w string) uint8 {
	h := hashWord(w)
	if lexBits[h>>6]&(1<<(h&63)) == 0 {
		return 0
	}
	return lex[w]
}

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
		stems := []string{n}
		if strings.HasSuffix(w, "ة") {
			base = n[:len(n)-2]
			stems = []string{base + "ت", base + "ات"} // before a pronoun
		}
		for _, in := range inflections {
			m[base+in] |= noPrefix
		}
		if strings.HasSuffix(n, "ء") && !strings.HasPrefix(n, "ال") {
			// not for إلغاء: إلغائه would fold like ال + غاية + ه
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
func IsProtected(word string) bool { return lookup(word)&(noPrefix|noSuffix) == noPrefix|noSuffix }
