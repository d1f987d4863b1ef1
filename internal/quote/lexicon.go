package quote

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
)

//go:embed data/*.tsv
var dataFS embed.FS

// cueKind says how a cue attributes speech.
type cueKind uint8

const (
	kindSay       cueKind = iota + 1 // reported and direct speech: قال، said
	kindTell                         // an addressee before the clause: told X that
	kindDirect                       // only a quotation that follows closely: called it "..."
	kindTransmit                     // speaker after عن: نقل عن X
	kindAccording                    // speaker after, quote before: بحسب X, according to X
	kindIn                           // speech inside a document: جاء في بيان لـX أن
)

// cueForm says which form of its verb a cue word is.
type cueForm uint8

const (
	formFinite     cueForm = iota + 1 // قال، يقول، said
	formParticiple                    // قائلا، saying: subject of its clause
	formNoun                          // قوله: speaker just before it
)

// cueEntry is what the lexicon knows of one word form.
type cueEntry struct {
	lemma string
	kind  cueKind
	form  cueForm
	comp  string // Arabic particle opening the clause besides إن/أن (إلى)
	part  string // English particle the verb needs (out)
	bare  bool   // English: takes its clause without "that"
}

// word classes of words.tsv, as bits.
const (
	wPronPer uint32 = 1 << iota
	wPronOrg
	wPronAny
	wGroup
	wUnknown
	wAuthority
	wStatement
	wAdverb
	wPrep
	wAux
	wTitle
	wAbbrev
	wModHead
	wAdverbial
	wBoundary
	wPassive
	wAside
)

var classBits = map[string]uint32{
	"pron_per": wPronPer, "pron_org": wPronOrg, "pron_any": wPronAny, "group": wGroup,
	"unknown": wUnknown, "authority": wAuthority, "statement": wStatement, "adverb": wAdverb,
	"prep": wPrep, "aux": wAux, "title": wTitle, "abbrev": wAbbrev, "modhead": wModHead,
	"adverbial": wAdverbial, "boundary": wBoundary, "passive": wPassive, "aside": wAside,
}

// Lexicon holds the cue verbs, attribution phrases and closed-class words
// the stage reads. It is immutable after loading and safe for concurrent
// use.
type Lexicon struct {
	ar        map[string]*cueEntry // folded Arabic form → entry
	en        map[string]*cueEntry // lower-case English form → entry
	accEntry  map[string]*cueEntry // attribution phrase → entry
	according [][]string           // folded word sequences; a final "ل" is a joined preposition
	accFirst  map[string]bool      // first words of according
	words     map[string]uint32    // folded word → class bits
	// index merges the maps above for the stage's one lookup per word.
	index map[string]wordInfo
}

// wordInfo is what the lexicon knows of one folded word.
type wordInfo struct {
	cue   *cueEntry // a cue form (Arabic or English)
	acc   bool      // an attribution phrase starts with it
	class uint32    // words.tsv classes
}

// info returns what the lexicon knows of folded word w.
func (lx *Lexicon) info(w string) wordInfo { return lx.index[w] }

// buildIndex merges the cue, phrase and word maps.
func (lx *Lexicon) buildIndex() {
	lx.index = make(map[string]wordInfo, len(lx.ar)+len(lx.en)+len(lx.words))
	for k, e := range lx.ar {
		wi := lx.index[k]
		wi.cue = e
		lx.index[k] = wi
	}
	for k, e := range lx.en {
		wi := lx.index[k]
		wi.cue = e
		lx.index[k] = wi
	}
	for k := range lx.accFirst {
		wi := lx.index[k]
		wi.acc = true
		lx.index[k] = wi
	}
	for k, c := range lx.words {
		wi := lx.index[k]
		wi.class = c
		lx.index[k] = wi
	}
}

// LoadLexicon reads the embedded data files.
func LoadLexicon() (*Lexicon, error) {
	lx := &Lexicon{ar: map[string]*cueEntry{}, en: map[string]*cueEntry{}, accEntry: map[string]*cueEntry{}, words: map[string]uint32{}}
	if err := readTSV("data/cues_ar.tsv", lx.addArabic); err != nil {
		return nil, err
	}
	if err := readTSV("data/cues_en.tsv", lx.addEnglish); err != nil {
		return nil, err
	}
	lx.accFirst = map[string]bool{}
	if err := readTSV("data/according.tsv", func(r map[string]string) error {
		ws := strings.Fields(fold(r["phrase"]))
		if len(ws) == 0 {
			return fmt.Errorf("empty phrase")
		}
		lx.according = append(lx.according, ws)
		lx.accFirst[ws[0]] = true
		lx.accEntry[strings.Join(ws, " ")] = &cueEntry{lemma: strings.Join(ws, " "), kind: kindAccording, form: formFinite}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV("data/words.tsv", func(r map[string]string) error {
		bit, ok := classBits[r["class"]]
		if !ok {
			return fmt.Errorf("unknown class %q", r["class"])
		}
		lx.words[fold(r["word"])] |= bit
		return nil
	}); err != nil {
		return nil, err
	}
	lx.buildIndex()
	return lx, nil
}

// readTSV calls fn with each record of the named file, keyed by header.
func readTSV(name string, fn func(map[string]string) error) error {
	f, err := dataFS.Open(name)
	if err != nil {
		return fmt.Errorf("quote: open %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var header []string
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if strings.HasPrefix(t, "#") || strings.TrimSpace(t) == "" {
			continue
		}
		cells := strings.Split(t, "\t")
		if header == nil {
			header = cells
			continue
		}
		rec := make(map[string]string, len(header))
		for i, h := range header {
			if i < len(cells) {
				rec[h] = strings.TrimSpace(cells[i])
			}
		}
		if err := fn(rec); err != nil {
			return fmt.Errorf("quote: %s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("quote: read %s: %w", name, err)
	}
	return nil
}

var kinds = map[string]cueKind{"say": kindSay, "tell": kindTell, "direct": kindDirect, "transmit": kindTransmit, "according": kindAccording}

// arabicAmbiguous are forms that are far more often another word (بين
// "between", رد "reply") and are never read as cues.
var arabicAmbiguous = map[string]bool{"بين": true, "رد": true}

func (lx *Lexicon) addArabic(r map[string]string) error {
	k, ok := kinds[r["kind"]]
	if !ok {
		return fmt.Errorf("unknown kind %q", r["kind"])
	}
	base := cueEntry{lemma: r["past"], kind: k, comp: fold(r["comp"])}
	put := func(form string, f cueForm) {
		form = fold(form)
		if form == "" || arabicAmbiguous[form] {
			return
		}
		if _, dup := lx.ar[form]; dup {
			return
		}
		e := base
		e.form = f
		lx.ar[form] = &e
	}
	for _, f := range pastForms(r["past"]) {
		put(f, formFinite)
	}
	for _, f := range presentForms(r["present"]) {
		put(f, formFinite)
	}
	for _, f := range participleForms(r["participle"]) {
		put(f, formParticiple)
	}
	if n := r["noun"]; n != "" {
		for _, s := range []string{"ه", "ها", "هم", "هما"} {
			put(n+s, formNoun)
		}
	}
	return nil
}

// pastForms conjugates a perfect verb for the third person: masculine and
// feminine singular, masculine plural, duals (قال، قالت، قالوا، قالا،
// قالتا). Verbs with a weak final letter drop it (نفى → نفت، نفوا).
func pastForms(p string) []string {
	if p == "" {
		return nil
	}
	rs := []rune(p)
	last := rs[len(rs)-1]
	if last == 'ى' || last == 'ا' {
		b := string(rs[:len(rs)-1])
		dual := b + "يا"
		if last == 'ا' {
			dual = b + "وا"
		}
		return []string{p, b + "ت", b + "وا", dual, b + "تا"}
	}
	return []string{p, p + "ت", p + "وا", p + "ا", p + "تا"}
}

// presentForms conjugates an imperfect verb given in its third person
// masculine singular (يقول) for the third person: يقول، تقول، يقولون،
// يقولان، تقولان، and the first person plural نقول. Weak final letters
// drop before the plural ending (ينفي → ينفون).
func presentForms(p string) []string {
	rs := []rune(p)
	if len(rs) < 3 || rs[0] != 'ي' {
		return nil
	}
	stem := string(rs[1:])
	srs := rs[1:]
	plural := stem
	if l := srs[len(srs)-1]; l == 'ي' || l == 'ى' || l == 'و' {
		plural = string(srs[:len(srs)-1])
	}
	return []string{"ي" + stem, "ت" + stem, "ي" + plural + "ون", "ي" + stem + "ان", "ت" + stem + "ان", "ن" + stem}
}

// participleForms inflects an adverbial participle given in its
// masculine accusative (قائلا): قائلا، قائلة، قائلين، قائلون، قائلتين.
func participleForms(p string) []string {
	if p == "" {
		return nil
	}
	b := strings.TrimSuffix(p, "ا")
	return []string{p, b + "ة", b + "ين", b + "ون", b + "تين"}
}

func (lx *Lexicon) addEnglish(r map[string]string) error {
	k, ok := kinds[r["kind"]]
	if !ok {
		return fmt.Errorf("unknown kind %q", r["kind"])
	}
	fin := &cueEntry{lemma: r["lemma"], kind: k, part: r["part"], bare: r["bare"] == "yes", form: formFinite}
	for _, f := range strings.Split(r["forms"], "|") {
		if f = strings.ToLower(strings.TrimSpace(f)); f != "" {
			lx.en[f] = fin
		}
	}
	if p := strings.ToLower(r["participle"]); p != "" {
		part := *fin
		part.form = formParticiple
		lx.en[p] = &part
	}
	return nil
}

// has reports whether the folded word w has any of the class bits.
func (lx *Lexicon) has(w string, bits uint32) bool { return lx.index[w].class&bits != 0 }
