package entity

import (
	"sort"
	"strings"
	"unicode"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/lexicon"
)

// Span is a mention found by an extra Recognizer: code points
// [Start, End) of the text, typed PER, ORG, LOC or MISC.
type Span struct {
	Start, End int
	Type       string
}

// Recognizer finds mentions the lexicon does not know, e.g. a user's
// token-classification model (internal/entity/onnx). It must be safe for
// concurrent use; an error fails the document.
type Recognizer interface {
	Recognize(text, lang string) ([]Span, error)
}

// WithRecognizer adds an extra recogniser to the stage and returns it.
// Its spans are merged after the stage's own passes: the lexicon and the
// stage's rules win on overlap; a span elsewhere whose text is a mention
// the stage found is another mention of that entity; the rest become
// unlinked entities named by their surface text.
func (s *Stage) WithRecognizer(r Recognizer) *Stage {
	s.extra = r
	return s
}

// mergeSpans adds the recogniser's spans over text to ents (the stage's
// entities, in order of first mention) and returns the list, still in
// order of first mention.
func mergeSpans(text string, ents []doc.Entity, spans []Span) []doc.Entity {
	if len(spans) == 0 {
		return ents
	}
	runes := []rune(text)
	type iv struct{ s, e int }
	var taken []iv
	byText := map[string]int{}
	for i, e := range ents {
		for _, m := range e.Mentions {
			taken = append(taken, iv{m.Start, m.End})
			if k := lexicon.Fold(m.Text); k != "" {
				if _, ok := byText[k]; !ok {
					byText[k] = i
				}
			}
		}
	}
	overlaps := func(s, e int) bool {
		for _, t := range taken {
			if s < t.e && t.s < e {
				return true
			}
		}
		return false
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	first := len(ents)
	index := map[string]int{}
	for _, sp := range spans {
		s, e := trimSpan(runes, sp.Start, sp.End)
		if e <= s || !validType(sp.Type) || overlaps(s, e) {
			continue
		}
		surface := strings.Join(strings.Fields(string(runes[s:e])), " ")
		k := lexicon.Fold(surface)
		if k == "" {
			continue
		}
		i, ok := byText[k]
		if !ok {
			i, ok = index[sp.Type+":"+k]
		}
		if !ok {
			i = len(ents)
			index[sp.Type+":"+k] = i
			ents = append(ents, doc.Entity{Name: surface, Type: sp.Type})
		}
		ents[i].Mentions = append(ents[i].Mentions, doc.Mention{Start: s, End: e, Text: string(runes[s:e])})
		taken = append(taken, iv{s, e})
	}
	for i := range ents {
		if i < first {
			sort.SliceStable(ents[i].Mentions, func(a, b int) bool { return ents[i].Mentions[a].Start < ents[i].Mentions[b].Start })
		}
	}
	sort.SliceStable(ents, func(i, j int) bool { return firstStart(ents[i]) < firstStart(ents[j]) })
	return ents
}

// trimSpan clamps [s, e) to the text and drops spaces and punctuation at
// its ends.
func trimSpan(runes []rune, s, e int) (int, int) {
	s, e = max(s, 0), min(e, len(runes))
	for s < e && (unicode.IsSpace(runes[s]) || unicode.IsPunct(runes[s])) {
		s++
	}
	for e > s && (unicode.IsSpace(runes[e-1]) || unicode.IsPunct(runes[e-1]) &&
		(runes[e-1] != '.' || !strings.ContainsRune(string(runes[s:e-1]), '.'))) {
		e--
	}
	return s, e
}

func firstStart(e doc.Entity) int {
	if len(e.Mentions) == 0 {
		return -1
	}
	return e.Mentions[0].Start
}

func validType(t string) bool {
	switch t {
	case "PER", "ORG", "LOC", "MISC":
		return true
	}
	return false
}
