package event

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyad-news/dyad/internal/event/cameo"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Kind says how a predicate's trigger word is matched.
type Kind uint8

const (
	// Verb triggers are conjugated by morphology (Arabic) or inflected
	// (English) before matching.
	Verb Kind = iota
	// Noun triggers are event nouns (masdars, nominalisations) matched as
	// listed, with the Arabic definite article and clitics removed.
	Noun
)

// Entry is one predicate of the lexicon: a trigger word (a verb lemma or
// an event noun) with optional cue words that must follow it in the same
// clause, in order, and the CAMEO code the whole pattern gives.
type Entry struct {
	Lang    string // "ar" or "en"
	Kind    Kind
	Trigger string   // normalised lemma or noun
	Cues    []string // normalised cue words; a trailing * matches a prefix
	Code    string
	// Targets lists where the target stands: "obj" for the direct object
	// or a preposition ("مع", "على", "with", "against" ...). Empty: any
	// actor after the subject in the clause.
	Targets []string
	// Flags: "recip" (a coordinated subject meets itself: A and B met),
	// "nosrc" (the event may lack a source), "notgt" (the event needs no
	// target), "about" (the actor of a من-phrase is a second target: حذر X
	// من Y), "patient" (the subject suffered the act: نجا من محاولة
	// اغتيال), "neg" (only its negation is an event, a threat: لن يتردد
	// في اتخاذ), "self" (the predicate is itself a refusal/denial, so a
	// negation word inside it does not cancel it).
	Flags   map[string]bool
	Pattern string // the pattern as written
	Source  string // file:line
	cues    []cue  // the cues prepared for matching (add)
}

// cue is one cue word of an entry, prepared for coder.cueMatch.
type cue struct {
	word   string    // without a trailing *
	pre    bool      // a trailing *: word is a prefix
	key    string    // Arabic: the noun key of word; else the cue as written
	bloom  uint64    // keyBit of word and key
	plural [3]string // English: word+s, word+es, and word-y+ies when ies
	ies    bool
	// article: an English article cue (a, an, the). It is optional and
	// matches any article right where it stands: "launch an offensive"
	// reads "launched a military offensive" and "launched an offensive".
	article bool
}

// newCue prepares cue word w of an entry in language lang.
func newCue(w, lang string) cue {
	c := cue{word: strings.TrimSuffix(w, "*"), pre: strings.HasSuffix(w, "*"), key: w}
	if lang == "ar" {
		c.key = arNounKey(c.word)
	}
	c.bloom = keyBit(c.word) | keyBit(c.key)
	c.article = lang != "ar" && enArticle[c.word]
	c.plural = [3]string{c.word + "s", c.word + "es"}
	if strings.HasSuffix(c.word, "y") {
		c.plural[2], c.ies = c.word[:len(c.word)-1]+"ies", true
	}
	return c
}

// enArticle lists the English articles (cues that are optional).
var enArticle = set("a", "an", "the")

func (e *Entry) has(f string) bool { return e.Flags[f] }

// srcSlot returns the preposition of a "src:PREP" flag, or "".
func (e *Entry) srcSlot() string {
	for f := range e.Flags {
		if strings.HasPrefix(f, "src:") {
			return normWord(strings.TrimPrefix(f, "src:"))
		}
	}
	return ""
}

// Lexicon indexes predicate entries by language and trigger.
type Lexicon struct {
	// verbs maps lang → lemma → entries (cue-richest first).
	verbs map[string]map[string][]*Entry
	nouns map[string]map[string][]*Entry
	// forms maps English inflected forms to lemmas.
	enForms map[string][]string
	count   map[string]int
	// arVerbOther is set when an Arabic verb lemma has a rune outside
	// U+0600–U+06FF (wordInfo's candidates then read every word)
	arVerbOther bool
	// words caches the event stage's analysis of word types (wordInfo),
	// one cache per document being coded at once.
	words [numWordCaches]wordCache
}

// Count returns the number of distinct predicate patterns for a language.
func (l *Lexicon) Count(lang string) int { return l.count[lang] }

func newLexicon() *Lexicon {
	return &Lexicon{
		verbs:   map[string]map[string][]*Entry{"ar": {}, "en": {}},
		nouns:   map[string]map[string][]*Entry{"ar": {}, "en": {}},
		enForms: map[string][]string{},
		count:   map[string]int{},
	}
}

// DefaultLexicon loads the embedded predicate files.
func DefaultLexicon() (*Lexicon, error) {
	l := newLexicon()
	for _, f := range []struct{ name, lang string }{
		{"data/predicates_ar.tsv", "ar"},
		{"data/predicates_en.tsv", "en"},
	} {
		b, err := dataFS.ReadFile(f.name)
		if err != nil {
			return nil, fmt.Errorf("event lexicon: %w", err)
		}
		if err := l.Read(strings.NewReader(string(b)), f.lang, filepath.Base(f.name)); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// AddFile reads an overlay predicate file (the --predicates option). Its
// language is taken from a "lang" column value, or from the file name
// (…_ar.tsv / …_en.tsv), or defaults to both languages by script.
func (l *Lexicon) AddFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("predicates overlay: %w", err)
	}
	defer f.Close()
	return l.Read(f, "", filepath.Base(path))
}

// Read adds the entries of a predicate TSV. Columns:
//
//	kind <TAB> pattern <TAB> code <TAB> targets <TAB> flags <TAB> note
//
// kind is v (verb) or n (event noun); pattern is the trigger followed by
// cue words; targets is a comma list ("obj", prepositions) or "-"; flags a
// comma list or "-". Lines starting with # are comments. lang "" chooses
// by script per line.
func (l *Lexicon) Read(r io.Reader, lang, name string) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return fmt.Errorf("%s:%d: want kind, pattern, code", name, n)
		}
		e := &Entry{Source: fmt.Sprintf("%s:%d", name, n), Pattern: strings.TrimSpace(f[1]), Flags: map[string]bool{}}
		switch strings.TrimSpace(f[0]) {
		case "v":
			e.Kind = Verb
		case "n":
			e.Kind = Noun
		default:
			return fmt.Errorf("%s:%d: kind %q is not v or n", name, n, f[0])
		}
		e.Code = strings.TrimSpace(f[2])
		if !cameo.Valid(e.Code) {
			return fmt.Errorf("%s:%d: unknown CAMEO code %q", name, n, e.Code)
		}
		if len(f) > 3 {
			for _, t := range strings.Split(f[3], ",") {
				if t = strings.TrimSpace(t); t != "" {
					e.Targets = append(e.Targets, normWord(t)) // "-": no target slot
				}
			}
		}
		if len(f) > 4 {
			for _, t := range strings.Split(f[4], ",") {
				if t = strings.TrimSpace(t); t != "" && t != "-" {
					e.Flags[t] = true
				}
			}
		}
		e.Lang = lang
		if e.Lang == "" {
			e.Lang = "en"
			if isArabic(e.Pattern) {
				e.Lang = "ar"
			}
		}
		words := strings.Fields(e.Pattern)
		if len(words) == 0 {
			return fmt.Errorf("%s:%d: empty pattern", name, n)
		}
		for i, w := range words {
			w = normWord(w)
			if i == 0 {
				e.Trigger = w
				continue
			}
			// a possessive cue (each other's) matches the bare word
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			e.Cues = append(e.Cues, w)
		}
		l.add(e)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func (l *Lexicon) add(e *Entry) {
	e.cues = e.cues[:0]
	for _, c := range e.Cues {
		e.cues = append(e.cues, newCue(c, e.Lang))
	}
	idx := l.verbs
	if e.Kind == Noun {
		idx = l.nouns
	}
	m := idx[e.Lang]
	if m == nil {
		m = map[string][]*Entry{}
		idx[e.Lang] = m
	}
	key := e.Trigger
	if e.Lang == "ar" && e.Kind == Noun {
		key = arNounKey(key)
	}
	if e.Lang == "ar" && e.Kind == Verb && !inArabicBlock(key) {
		l.arVerbOther = true
	}
	// a later entry with the same pattern overrides (overlays win)
	list := m[key]
	for i, o := range list {
		if o.Pattern == e.Pattern && o.Kind == e.Kind {
			list[i] = e
			m[key] = list
			return
		}
	}
	l.count[e.Lang]++
	list = append(list, e)
	// cue-richest first, so the most specific pattern is tried first
	for i := len(list) - 1; i > 0 && len(list[i].Cues) > len(list[i-1].Cues); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	m[key] = list
	if e.Lang == "en" && e.Kind == Verb {
		for _, f := range enInflect(e.Trigger) {
			if !containsStr(l.enForms[f], e.Trigger) {
				l.enForms[f] = append(l.enForms[f], e.Trigger)
			}
		}
	}
}

func containsStr(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// normWord normalises a lexicon word: Arabic folding for Arabic script,
// lower case otherwise.
func normWord(w string) string {
	if isArabic(w) {
		return arNorm(w)
	}
	return strings.ToLower(w)
}
