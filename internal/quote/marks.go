package quote

import "unicode"

// dquote is a span of text inside quotation marks.
type dquote struct {
	open, close int // code point offsets of the marks; close is -1 when the paragraph ends first
	s, e        int // the text inside, trimmed
	para        int // paragraph index
	words       int // words inside
}

// paragraphs splits rs at newlines into non-blank [start, end) spans.
func paragraphs(rs []rune, ps [][2]int) [][2]int {
	start := 0
	for i := 0; i <= len(rs); i++ {
		if i == len(rs) || rs[i] == '\n' {
			blank := true
			for _, r := range rs[start:i] {
				if !unicode.IsSpace(r) {
					blank = false
					break
				}
			}
			if !blank {
				ps = append(ps, [2]int{start, i})
			}
			start = i + 1
		}
	}
	return ps
}

func isOpenPunct(r rune) bool {
	return r == '(' || r == '[' || r == '{' || r == '-' || r == '–' || r == '—' || r == ':' || r == '/'
}

// findQuotes pairs the quotation marks of each paragraph. Marks pair in
// order whatever their shape, since news writes “…”, ”…”, «…», "…",
// „…“ and ‘…’ alike; a mark's neighbours tell an opening mark (after a
// space or a one-letter proclitic, before a letter) from a closing one.
// Single marks count only outside double ones and when they are not
// apostrophes. A double mark left open at the paragraph's end makes a
// quotation that runs to the end (news leaves a quotation that goes on in
// the next paragraph unclosed). Marks nested inside a quotation stay part
// of its text.
func findQuotes(rs []rune, paras [][2]int, out []dquote) []dquote {
	carry := false // the previous paragraph left a quotation open
	for pi, p := range paras {
		dOpen, sOpen := -1, -1
		var dKind rune
		if carry && closesFirst(rs, p) {
			// the quotation goes on into this paragraph and closes here
			dOpen, dKind = p[0]-1, '“'
		}
		carry = false
		emit := func(open, close, end int) {
			s, e := open+1, end
			for s < e && unicode.IsSpace(rs[s]) {
				s++
			}
			for e > s && (unicode.IsSpace(rs[e-1]) || rs[e-1] == ',' || rs[e-1] == '،') {
				e--
			}
			if e > s {
				out = append(out, dquote{open: open, close: close, s: s, e: e, para: pi, words: countWords(rs[s:e])})
			}
		}
		for i := p[0]; i < p[1]; i++ {
			r := rs[i]
			if !isQuoteMark(r) {
				continue
			}
			left, right := ' ', ' '
			if i > p[0] {
				left = rs[i-1]
			}
			double := r == '“' || r == '”' || r == '„' || r == '‟' || r == '«' || r == '»' || r == '"'
			width := 1
			if (r == '’' || r == '\'' || r == '‘' || r == '`') && i+1 < p[1] && rs[i+1] == r {
				double, width = true, 2 // ’’ '' ‘‘ `` stand for double marks
			}
			if i+width < p[1] {
				right = rs[i+width]
			}
			openLike := (unicode.IsSpace(left) || isOpenPunct(left) || i == p[0] || isProclitic(rs, i, p[0])) && !unicode.IsSpace(right) && i+width < p[1]
			closeLike := !unicode.IsSpace(left) && i > p[0] && (i+width >= p[1] || !(unicode.IsLetter(right) || unicode.IsDigit(right)))
			if double {
				switch {
				case dOpen < 0:
					if r == '»' || ((r == '’' || r == '\'') && !openLike) {
						break
					}
					if openLike || !closeLike {
						dOpen, dKind, sOpen = i+width-1, r, -1
					}
				case dKind == '«' && r != '»':
					// nested marks inside guillemets
				case (r == '“' || r == '„' || r == '«' || r == '‘' || r == '`') && openLike && !closeLike:
					// a new opening mark while one is open: the open
					// quotation was left unclosed
					emit(dOpen, -1, i)
					dOpen, dKind = i+width-1, r
				default:
					emit(dOpen, i, i)
					dOpen = -1
				}
				i += width - 1
				continue
			}
			if dOpen >= 0 {
				continue // single marks inside a double quotation
			}
			letterLeft := i > p[0] && (unicode.IsLetter(left) || unicode.IsDigit(left))
			letterRight := unicode.IsLetter(right) || unicode.IsDigit(right)
			switch {
			case letterLeft && letterRight:
				// apostrophe inside a word
			case sOpen < 0:
				if openLike && !letterLeft && r != '’' {
					sOpen = i
				}
			case closeLike && !letterRight:
				emit(sOpen, i, i)
				sOpen = -1
			}
		}
		if dOpen >= 0 {
			emit(dOpen, -1, p[1])
			carry = true
		}
	}
	return out
}

// closesFirst reports whether the first double quotation mark of
// paragraph p closes a quotation (a letter or stop before it, no letter
// after it).
func closesFirst(rs []rune, p [2]int) bool {
	for i := p[0]; i < p[1]; i++ {
		switch rs[i] {
		case '»':
			return true
		case '«', '„':
			return false
		case '“', '”', '"':
			left := i > p[0] && !unicode.IsSpace(rs[i-1])
			right := i+1 >= p[1] || !(unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1]))
			return left && right && rs[i] != '“'
		}
	}
	return false
}

func isQuoteMark(r rune) bool {
	if r < '"' || r > '\'' && r < '`' || r > '`' && r < '«' {
		return false
	}
	switch r {
	case '“', '”', '„', '‟', '«', '»', '"', '‘', '’', '\'', '‚', '`':
		return true
	}
	return false
}

// isProclitic reports whether the letter before position i is a one-letter
// Arabic proclitic standing alone before the mark (و”إنهاء الحرب”).
func isProclitic(rs []rune, i, start int) bool {
	if i-1 < start {
		return false
	}
	switch rs[i-1] {
	case 'و', 'ف', 'ب', 'ل', 'ك':
	default:
		return false
	}
	return i-2 < start || unicode.IsSpace(rs[i-2])
}

func countWords(rs []rune) int {
	n, in := 0, false
	for _, r := range rs {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
