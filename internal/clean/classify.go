package clean

import (
	"strings"
)

// Scores of the block search. Prose lines score by length; furniture
// lines cost dropScore; stop lines can never be inside a block.
const (
	dropScore = -3.0
	stopScore = -1e6
	maxScore  = 40.0
	// scriptDominance is the share of letters in the document's main
	// script above which lines in the other script are taken for captions.
	scriptDominance     = 0.85
	otherScriptMaxWords = 100
	// headerMaxLines bounds the headline lines taken back above the block.
	headerMaxLines = 5
	// headerMaxSkip bounds the furniture lines skipped when looking for them.
	headerMaxSkip = 12
)

// docScript is the dominant script of a document.
type docScript struct {
	arabic    bool
	dominance float64
}

func scriptOf(lines []line) docScript {
	ar, la := 0, 0
	for i := range lines {
		ar += lines[i].arabic
		la += lines[i].latin
	}
	if ar+la == 0 {
		return docScript{}
	}
	if ar > la {
		return docScript{arabic: true, dominance: float64(ar) / float64(ar+la)}
	}
	return docScript{arabic: false, dominance: float64(la) / float64(ar+la)}
}

// otherScript reports whether a line is written in the script that is not
// the document's dominant one.
func (d docScript) otherScript(ln *line) bool {
	if ln.arabic+ln.latin == 0 {
		return false
	}
	return (ln.arabic > ln.latin) != d.arabic
}

// classify sets each line's kind and score.
func (c *Cleaner) classify(lines []line, buf *buffer, title string) {
	ds := scriptOf(lines)
	for i := range lines {
		ln := &lines[i]
		if ln.kind == kBlank {
			continue
		}
		ln.isHeaderTarget = title != "" && ln.folded == title
		ln.kind = c.junk(ln, buf, ds)
		switch ln.kind {
		case kDrop:
			ln.value = dropScore
		case kStop:
			ln.value = stopScore
		default:
			ln.value = c.prose(ln, ds)
		}
	}
}

// junk returns kDrop or kStop for page furniture, else kText.
func (c *Cleaner) junk(ln *line, buf *buffer, ds docScript) kind {
	if ln.folded == "" {
		return kDrop // punctuation, rules such as "___", bare symbols
	}
	if !hasLetter(ln.folded) {
		return kDrop // "02:47", "28/2/2023"
	}
	switch c.phr.match(ln.folded, ln.label, ln.words) {
	case actStop:
		return kStop
	case actDrop:
		return kDrop
	}
	text := buf.lineText(ln)
	if ln.words <= 25 && strings.Contains(text, "©") {
		return kStop
	}
	if isDuration(ln) || c.shareRow(ln) {
		return kDrop
	}
	if ds.dominance >= scriptDominance && ds.otherScript(ln) && ln.words <= otherScriptMaxWords && !ln.isHeaderTarget {
		return kDrop
	}
	if ln.words <= 60 && captionCredit(text) {
		return kDrop
	}
	return kText
}

// prose scores a text line: long lines that end a sentence score high,
// short lines without sentence punctuation (menu labels, subheads) low.
func (c *Cleaner) prose(ln *line, ds docScript) float64 {
	w := float64(ln.words)
	var v float64
	if ln.endPunct {
		v = w - 2
	} else {
		v = (w - 6) / 2
		if ln.words >= 5 && c.stopRatio(ln, ds) >= 0.25 {
			v += 2
		}
	}
	return min(v, maxScore)
}

// stopRatio is the share of function words among the line's words.
func (c *Cleaner) stopRatio(ln *line, ds docScript) float64 {
	set := c.stopEN
	if ln.arabic > ln.latin {
		set = c.stopAR
	}
	n, hit := 0, 0
	for w := range strings.FieldsSeq(ln.folded) {
		n++
		if _, ok := set[w]; ok {
			hit++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}

// isDuration reports video-length lines such as "02 minutes 47 seconds".
func isDuration(ln *line) bool {
	if ln.words > 6 || !hasDigit(ln.folded) {
		return false
	}
	for w := range strings.FieldsSeq(ln.folded) {
		switch w {
		case "minutes", "minute", "min", "mins", "seconds", "second", "sec", "secs",
			"دقيقه", "دقائق", "دقيقتان", "ثانيه", "ثوان", "ثواني":
			return true
		}
	}
	return false
}

// shareRow reports short lines made only of social network and share words.
func (c *Cleaner) shareRow(ln *line) bool {
	if ln.words < 2 || ln.words > 12 {
		return false
	}
	for w := range strings.FieldsSeq(ln.folded) {
		if _, ok := c.social[w]; !ok {
			return false
		}
	}
	return true
}

func hasLetter(s string) bool {
	for _, r := range s {
		if isLetter(r) {
			return true
		}
	}
	return false
}

func hasDigit(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}
