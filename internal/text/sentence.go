package text

import (
	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/text/english"
)

// PunctSplitter ends sentences at . ! ? ؟ … ۔ (and runs of them), for
// Arabic and English alike:
//   - closing quotes and brackets right after the end mark stay in the
//     sentence ("…\"." and ".”" alike);
//   - no end before a lower-case letter ("e.g. this", "Yahoo! said");
//   - abbreviations that may end a sentence ("U.S.", "Inc.", initials)
//     end one only before a typical sentence opener ("The", "He") or an
//     Arabic word; titles ("Dr.", "Gen.") and Arabic one-letter
//     abbreviations ("د.") never do; decimals are numbers;
//   - a paragraph always ends its last sentence.
type PunctSplitter struct{}

// Split implements SentenceSplitter.
func (PunctSplitter) Split(src *Source, toks []RawToken, base int, out []doc.Sentence) []doc.Sentence {
	n := len(toks)
	start := 0
	for i := 0; i < n; i++ {
		abbrev := false
		switch {
		case isEndMark(src, toks[i]):
		case toks[i].Kind == doc.Word && endsWithPeriod(toks[i].Text(src)):
			if isArabicScript(src.Runes[toks[i].Start]) {
				continue // "د. أحمد"
			}
			abbrev = true
		default:
			continue
		}
		j := i + 1
		for j < n && toks[j].Start == toks[j-1].End && (isEndMark(src, toks[j]) || isCloser(src, toks[j])) {
			j++
		}
		if j < n && !endsBefore(src, toks[j], abbrev) {
			i = j - 1
			continue
		}
		out = appendSentence(out, toks, base, start, j)
		start = j
		i = j - 1
	}
	if start < n {
		out = appendSentence(out, toks, base, start, n)
	}
	return out
}

func appendSentence(out []doc.Sentence, toks []RawToken, base, from, to int) []doc.Sentence {
	return append(out, doc.Sentence{
		Span:       doc.Span{Start: int(toks[from].Start), End: int(toks[to-1].End)},
		FirstToken: base + from,
		EndToken:   base + to,
	})
}

func endsWithPeriod(s string) bool { return len(s) > 1 && s[len(s)-1] == '.' }

// isEndMark reports whether t is a sentence end mark.
func isEndMark(src *Source, t RawToken) bool {
	if t.Kind != doc.Punct {
		return false
	}
	text := t.Text(src)
	switch text {
	case ".", "!", "?", "؟", "…", "۔", "‼", "⁇", "⁈", "⁉", "。":
		return true
	}
	return len(text) > 1 && text[0] == '.' // "..."
}

// isCloser reports whether t closes a quotation or bracket after an end
// mark. A straight quote counts when no letter or digit follows it.
func isCloser(src *Source, t RawToken) bool {
	switch t.Text(src) {
	case "”", "’", "»", "›", ")", "]", "}", "」", "』":
		return true
	case "\"", "'":
		if int(t.End) >= len(src.Runes) {
			return true
		}
		r := src.Runes[t.End]
		return !isLetter(r) && !isDigit(r)
	}
	return false
}

// endsBefore reports whether a sentence may end before t.
func endsBefore(src *Source, t RawToken, afterAbbrev bool) bool {
	r := src.Runes[t.Start]
	if afterAbbrev {
		return isArabicScript(r) || t.Kind == doc.Word && english.IsSentenceStarter(t.Text(src))
	}
	return !isLower(r)
}
