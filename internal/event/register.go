package event

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// The sports register. A report of a match, a goal or a transfer names
// countries (منتخب اليونان), clubs and people, and its verbs (فاز على،
// هزم، ضرب، سدد، منح التقدم; beat, attack, shot) read like political
// events. The event stage codes no event at a token of the sports
// register. Markers are data (data/register.tsv): a phrase and a weight.
//
//   - A token is sports when the distinct markers of its sentence weigh
//     sportsWeight or more; in a sentence longer than sportsSentence
//     tokens, the markers within sportsWindow tokens of it.
//   - A sentence with a marker next to a sentence with a sports token is
//     sports (the report goes on: "وأضاف المدرب ...").
//   - In a document most of whose sentences with a marker are sports
//     (sportsDocShare, and at least sportsDocMin of them), every sentence
//     with a marker is sports.
//
// Tokens inside an actor mention are not markers ("Arab League").

const (
	sportsWindow   = 20
	sportsSentence = 60 // a longer "sentence" is judged by windows
	sportsWeight   = 3
	sportsDocMin   = 3
	sportsDocShare = 0.5
)

// registerMarker is one phrase of data/register.tsv, prepared for
// matching: its words (Arabic noun keys, English lower case).
type registerMarker struct {
	words  []string
	weight int
}

var (
	registerOnce sync.Once
	registerErr  error
	// registerFirst maps lang → the first word of a marker → markers
	registerFirst map[string]map[string][]registerMarker
)

// loadRegister reads data/register.tsv once.
func loadRegister() (map[string]map[string][]registerMarker, error) {
	registerOnce.Do(func() {
		b, err := dataFS.ReadFile("data/register.tsv")
		if err != nil {
			registerErr = fmt.Errorf("event register: %w", err)
			return
		}
		registerFirst, registerErr = parseRegister(string(b))
	})
	return registerFirst, registerErr
}

// parseRegister parses the register file format (lang, phrase, weight,
// note; # comments).
func parseRegister(src string) (map[string]map[string][]registerMarker, error) {
	out := map[string]map[string][]registerMarker{"ar": {}, "en": {}}
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 || out[f[0]] == nil {
			return nil, fmt.Errorf("event register: line %d: want lang (ar|en), phrase, weight", n)
		}
		w, err := strconv.Atoi(f[2])
		if err != nil || w < 1 {
			return nil, fmt.Errorf("event register: line %d: weight %q", n, f[2])
		}
		m := registerMarker{weight: w}
		for _, word := range strings.Fields(f[1]) {
			word = normWord(word)
			if f[0] == "ar" {
				word = arNounKey(word)
			}
			m.words = append(m.words, word)
		}
		out[f[0]][m.words[0]] = append(out[f[0]][m.words[0]], m)
	}
	return out, sc.Err()
}

// sportsTokens marks the tokens that stand in the sports register (see
// above); nil when the register data cannot be read. A sentence is judged
// by windows of sportsWindow tokens on each side of a token, so that a run
// of sentences the text layer could not split (a page without full stops)
// is judged part by part.
func (c *coder) sportsTokens() []bool {
	markers, err := loadRegister()
	if err != nil {
		return nil
	}
	lm := markers[c.an.lang]
	sents := c.an.d.Sentences
	type hit struct {
		i int
		m *registerMarker
	}
	hits := make([][]hit, len(sents))
	for si, s := range sents {
		for i := s.FirstToken; i < s.EndToken; i++ {
			for _, m := range c.markersAt(lm, i, s.EndToken) {
				hits[si] = append(hits[si], hit{i, m})
			}
		}
	}
	// weightAt sums the distinct markers of sentence si near token i (in
	// a sentence of ordinary length, all of its markers)
	weightAt := func(si, i int) int {
		whole := sents[si].EndToken-sents[si].FirstToken <= sportsSentence
		seen := map[string]bool{}
		w := 0
		for _, h := range hits[si] {
			if k := h.m.key(); (whole || h.i >= i-sportsWindow && h.i <= i+sportsWindow) && !seen[k] {
				seen[k] = true
				w += h.m.weight
			}
		}
		return w
	}
	toks := make([]bool, len(c.an.toks))
	strong := make([]bool, len(sents)) // some token of the sentence is sports
	marked, nStrong := 0, 0
	for si, s := range sents {
		if len(hits[si]) == 0 {
			continue
		}
		marked++
		for i := s.FirstToken; i < s.EndToken; i++ {
			if weightAt(si, i) >= sportsWeight {
				toks[i], strong[si] = true, true
			}
		}
		if strong[si] {
			nStrong++
		}
	}
	docSports := nStrong >= sportsDocMin && float64(nStrong) >= sportsDocShare*float64(marked)
	for si, s := range sents {
		if len(hits[si]) == 0 || strong[si] {
			continue
		}
		near := si > 0 && strong[si-1] || si+1 < len(sents) && strong[si+1]
		if near || docSports {
			for i := s.FirstToken; i < s.EndToken; i++ {
				toks[i] = true
			}
		}
	}
	return toks
}

// key names the marker by its words (markers whose words fold alike,
// لاعب and لاعبا, count once).
func (m *registerMarker) key() string { return strings.Join(m.words, " ") }

// markersAt returns the markers of lm that start at token i and end
// before end.
func (c *coder) markersAt(lm map[string][]registerMarker, i, end int) []*registerMarker {
	if w := c.an.toks[i].w; !(c.ar() && w.arMarker || !c.ar() && w.enMarker) {
		return nil // (most words: known from the word type)
	}
	var hits []*registerMarker
	for _, key := range c.registerKeys(i) {
		for mi := range lm[key] {
			if m := &lm[key][mi]; c.markerFits(m, i, end) {
				hits = append(hits, m)
			}
		}
	}
	return hits
}

// markerFits reports whether marker m's words follow token i.
func (c *coder) markerFits(m *registerMarker, i, end int) bool {
	for n := 1; n < len(m.words); n++ {
		j := i + n
		if j >= end || !containsStr(c.registerKeys(j), m.words[n]) {
			return false
		}
	}
	return true
}

// registerKeys returns the forms of token i that markers match: the
// Arabic variants and noun keys, the English lower-case word; none for
// punctuation or a token inside an actor mention.
func (c *coder) registerKeys(i int) []string {
	k := &c.an.toks[i]
	if k.punct || k.ment >= 0 {
		return nil
	}
	if c.ar() {
		return k.keys
	}
	return []string{k.norm}
}
