package event

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Nouns read as verbs. Arabic writes a noun with a possessive pronoun
// like a past verb with an object pronoun: رحلته "his journey" is also
// رحّل + ت + ه "she expelled him", أسرته "his family" أسر + ت + ه "she
// captured him", رفضها "its rejection" رفض + ها "he rejected it". The
// morphology cannot tell them apart; knowledge of which stems are nouns
// can, with the context. data/nouns_ar.tsv lists stems attested as nouns
// in news text (with the article, or written with a ta marbuta) and how
// often their verb-only forms occur (nouns_gen_test.go derives it from
// ANERCorp).
//
// A verb reading with a third person object pronoun is not taken
// (arNounReading) when its base is such a noun (nounAttested), no verbal
// context holds (a relative pronoun or قد before it; an actor after it,
// its subject) and a nominal one does:
//   - a verb before it, or a verb and its subject, whose object it is
//     (تعلن دعمها، أبلغت ألمانيا طلبها الوساطة): a noun as common as its
//     verb forms. Not with a prepositional complement after it (أبدت مصر
//     دعمها لأوكرانيا، قدم استقالته إلى الرئيس): the masdar is then its
//     possessor's act, which the verb reading codes with the complement
//     for target; the tests below decide.
//   - for a noun rarely a verb: an adjective after it (حملته الانتخابية،
//     وضعه الصحي); و after a noun with a possessive (بصماته وآثاره، رجاله
//     وقادته); or, for a stem in ta marbuta never seen as a past feminine
//     verb (رحلة، أسرة: رحلت، أسرت never occur), nothing more: its verb
//     reading needs both a feminine past and a pronoun, the noun only a
//     possessive. Not the masdar of a derived verb (استقالته، إدانته): it
//     names the verb's own act, its possessor's, which the verb reading
//     codes.

// nounAttest is one stem's line of data/nouns_ar.tsv: nominal tokens
// (with the article or a written ta marbuta) and verb-only forms.
type nounAttest struct{ noun, verb int32 }

var (
	nounsOnce sync.Once
	nounsErr  error
	arNounsAt map[string]nounAttest
)

// loadNouns reads data/nouns_ar.tsv once.
func loadNouns() (map[string]nounAttest, error) {
	nounsOnce.Do(func() {
		b, err := dataFS.ReadFile("data/nouns_ar.tsv")
		if err != nil {
			nounsErr = fmt.Errorf("event nouns: %w", err)
			return
		}
		arNounsAt, nounsErr = parseNouns(string(b))
	})
	return arNounsAt, nounsErr
}

// parseNouns parses the nouns file format: stem, def, fem, verb; #
// comments and a "stem" header line.
func parseNouns(src string) (map[string]nounAttest, error) {
	out := make(map[string]nounAttest, 4096)
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "stem\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("event nouns: line %d: want stem, def, fem, verb", n)
		}
		var c [3]int
		for x := range c {
			v, err := strconv.Atoi(f[x+1])
			if err != nil || v < 0 {
				return nil, fmt.Errorf("event nouns: line %d: count %q", n, f[x+1])
			}
			c[x] = v
		}
		out[f[0]] = nounAttest{noun: int32(c[0] + c[1]), verb: int32(c[2])}
	}
	return out, sc.Err()
}

// nounAttested grades a stem of data/nouns_ar.tsv. common: seen as a
// noun at least twice and at least as often as in its verb-only forms
// (طلب، نقل; not رفض, قتل: يقتل، قتلوا are commoner); rare: a verb form
// at most a third as often (رحله، امر، تعاون); strong: a ta marbuta stem
// seen three times as a noun and never as a past feminine verb (رحله،
// اسره).
func nounAttested(key string, fem bool) (common, rare, strong bool) {
	m, err := loadNouns()
	if err != nil {
		return false, false, false // the embedded file is checked by the tests
	}
	a, found := m[key]
	if !found || a.noun < 2 || a.noun < a.verb {
		return false, false, false
	}
	return true, a.noun >= 3*a.verb, fem && a.verb == 0 && a.noun >= 3
}

// arPossessedNoun returns the noun stem a verb reading rd of word norm may
// stand for with a possessive in place of its object pronoun: a feminine
// past (رحلت + ه) gives the ta marbuta noun (رحله), a bare past or a
// feminine present the same letters (رفض + ها، تعاون + ها). fem reports the
// ta marbuta case; ok is false when rd has no such noun reading.
func arPossessedNoun(norm string, rd verbReading) (key string, fem, ok bool) {
	if rd.obj == "" || arPersonalSuffix(rd.obj) || rd.num != 's' || rd.future {
		return "", false, false
	}
	base, found := strings.CutSuffix(strings.TrimPrefix(norm, rd.conj), rd.obj)
	if !found || utf8.RuneCountInString(base) < 2 {
		return "", false, false
	}
	switch {
	case !rd.present && rd.fem:
		if b, cut := strings.CutSuffix(base, "ت"); cut && utf8.RuneCountInString(b) >= 2 {
			return b + "ه", true, true
		}
	case !rd.present && base == rd.lemma, rd.present && rd.fem && strings.HasPrefix(base, "ت"):
		return base, false, true
	}
	return "", false, false
}

// arVerbalBefore lists words after which a verb-shaped word is a verb:
// relative pronouns and قد (التي أقامتها، قد عينه، ما وصفه).
var arVerbalBefore = set("الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي", "قد", "لقد", "ما", "مما", "عما", "ثم")

// arNounReading reports that token i, read by rd as a verb with an
// attached object pronoun, is a noun with a possessive (see the top of
// this file).
func (c *coder) arNounReading(i int, rd verbReading) bool {
	k := c.an.toks[i]
	key, fem, ok := arPossessedNoun(k.norm, rd)
	if !ok {
		return false
	}
	common, rare, strong := nounAttested(key, fem)
	if !common {
		return false
	}
	p, n := i-1, i+1
	if c.inWords(arVerbalBefore, p) || rd.present && c.inWords(arComplementiser, p) {
		return false // التي قادتها، أن تقدمه: a verb
	}
	if c.arVerbBefore(p) || c.arStatingVerbBefore(p) {
		// أبلغت ألمانيا طلبها الوساطة: no verb follows a verb and its
		// subject. With a complement after it (أبدت مصر دعمها لأوكرانيا)
		// the masdar is its possessor's act, which the verb reading codes
		// with the complement for target: kept.
		if !c.arComplementAt(n) || c.arStatingVerbBefore(p) {
			return true // أعلنت مصر دعمها لأوكرانيا: announced its support
		}
	} else if n < len(c.an.toks) && c.an.toks[n].ment >= 0 && c.an.ments[c.an.toks[n].ment].typ != "ADJ" {
		return false // قادتها الولايات المتحدة: its subject follows
	}
	if fem && key == rd.lemma+"ه" && utf8.RuneCountInString(rd.lemma) >= 4 {
		return false // قدم استقالته إلى: a derived verb's own masdar, its possessor's act
	}
	return rare && (strong || c.arAdjectiveAt(n) || rd.conj == "و" && c.arPossessedAt(p))
}

// arAdjectiveAt reports an adjective at token j: a country adjective
// mention, or a definite word with a nisba ending (الانتخابية، الصحي).
func (c *coder) arAdjectiveAt(j int) bool {
	if j >= len(c.an.toks) || c.an.toks[j].punct {
		return false
	}
	k := c.an.toks[j]
	if k.ment >= 0 {
		return c.an.ments[k.ment].typ == "ADJ"
	}
	return k.det && k.prep == "" && (strings.HasSuffix(k.stem, "ي") || strings.HasSuffix(k.stem, "يه")) && utf8.RuneCountInString(k.stem) >= 4
}

// arVerbBefore reports a verb at token j, or a verb and its actor subject
// ending at j (قدم استقالته، أكدت باريس دعمها): a speech verb or a
// lexicon verb reading without an object pronoun of its own.
func (c *coder) arVerbBefore(j int) bool {
	if j < 0 || c.an.toks[j].punct {
		return false
	}
	if m := c.an.toks[j].ment; m >= 0 {
		j = c.an.ments[m].start - 1
		if j < 0 || c.an.toks[j].punct || c.an.toks[j].ment >= 0 {
			return false
		}
	}
	if c.an.toks[j].det || c.an.toks[j].prep != "" || c.arIndefinite(j) || c.inWords(arTimeWord, j) {
		return false // فجرا "at dawn" is no فجر + ا
	}
	if c.isSay(j) {
		return true
	}
	cand := c.an.toks[j].w.cand
	if cand == nil {
		return false
	}
	for _, vc := range cand.arVerbs {
		if vc.rd.obj == "" {
			return true
		}
	}
	return false
}

// arStatingVerbBefore reports an announce or assert verb (أعلن، أكد، جدد،
// أبدى) at token j, or such a verb and its actor subject ending at j: these
// take a masdar object ("أعلنت مصر دعمها لـ"); "announced that it supported
// it" would be written أعلنت أنها دعمت.
func (c *coder) arStatingVerbBefore(j int) bool {
	if j < 0 || c.an.toks[j].punct {
		return false
	}
	j = c.arSkipStatementPP(j)
	for n := 0; n < 3 && j >= 0 && c.an.toks[j].ment >= 0; n++ {
		j = c.an.ments[c.an.toks[j].ment].start - 1 // أعلن مجلس التعاون وجامعة الدول العربية دعمهما
	}
	if j < 0 || c.an.toks[j].punct || c.an.toks[j].ment >= 0 {
		return false
	}
	if _, ok := c.arReading(j, lsAnnounce); ok {
		return true
	}
	_, ok := c.arReading(j, lsAssert)
	return ok
}

// arComplementAt reports a prepositional phrase at token j: a preposition
// word, or a word with a clitic ل or ب (لأوكرانيا، بالسلاح).
func (c *coder) arComplementAt(j int) bool {
	if j >= len(c.an.toks) || c.an.toks[j].punct {
		return false
	}
	if c.isPrep(j) || c.an.toks[j].prep != "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(c.an.toks[j].norm)
	return (r == 'ل' || r == 'ب') && utf8.RuneCountInString(c.an.toks[j].norm) >= 4
}

// arPossessedAt reports a noun with a possessive pronoun at token j, the
// first conjunct of "شجبه وإدانته" (رجاله وقادته، بصماته وآثاره): a word
// written with ه ها هم هما whose lexicon verb readings with an object
// pronoun, if any, stand for a noun rarely a verb. A word with the
// article is no first conjunct here: "انهزم الملك وأسره عدوه" (and his
// enemy captured him).
func (c *coder) arPossessedAt(j int) bool {
	if j < 0 || c.an.toks[j].punct || c.an.toks[j].ment >= 0 || c.an.toks[j].det {
		return false
	}
	t := c.an.toks[j].norm
	if !strings.HasSuffix(t, "ه") && !strings.HasSuffix(t, "ها") && !strings.HasSuffix(t, "هم") && !strings.HasSuffix(t, "هما") {
		return false
	}
	if strings.HasSuffix(c.an.d.Tokens[j].Text, "ة") {
		return false // a ta marbuta, no pronoun
	}
	if cand := c.an.toks[j].w.cand; cand != nil {
		for _, vc := range cand.arVerbs {
			if vc.rd.obj == "" {
				continue
			}
			key, fem, ok := arPossessedNoun(t, vc.rd)
			if !ok {
				return false
			}
			if _, rare, _ := nounAttested(key, fem); !rare {
				return false // حمله ووضعه فيه: carried it and put it
			}
		}
	}
	return true
}
