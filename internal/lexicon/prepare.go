package lexicon

import (
	"unicode"
	"unicode/utf8"
)

// Word is one unit of a document prepared for matching.
type Word struct {
	Unit
	// Analyses are the clitic readings of an Arabic word (the first one
	// strips nothing); nil for other words.
	Analyses []Analysis
	// Upper: starts with an upper-case letter; AllCaps: has two or more
	// letters, all upper-case.
	Upper, AllCaps bool
	// Para is the paragraph (newline-separated block) of the word.
	Para int
	// lex is the lexicon whose NewWord made the word, nil for words of
	// Prepare (matching then looks their readings up in its maps). For
	// the lexicon's words, mask is their StartMask, look the index
	// look-ups of their readings (nil when mask is 0: nothing starts
	// there), and second the id of the fold as the second key of a pair
	// (Lexicon.seconds), or 0.
	lex    *Lexicon
	look   *wordLook
	mask   uint8
	second int32
}

// wordLook is what the index holds for each reading of a word, looked up
// once by NewWord: key[k] for the key of reading k, stem[k] for the stem
// of an article reading (role phrases match it without the article).
type wordLook struct {
	key, stem []start
}

// starts returns the index entries of reading k of w (the word's fold
// when it has no readings) in l: from w's look-ups when l made them.
func (l *Lexicon) startOf(w *Word, k int, key string) start {
	if w.lex == l {
		if w.look == nil {
			return start{}
		}
		return w.look.key[k]
	}
	return l.starts[key]
}

// stemStartOf is startOf for the stem of article reading k.
func (l *Lexicon) stemStartOf(w *Word, k int, stem string) start {
	if w.lex == l {
		if w.look == nil {
			return start{}
		}
		return w.look.stem[k]
	}
	return l.starts[stem]
}

// Prepare splits text into words for matching (see Units), with their
// clitic readings and case.
func Prepare(text string) []Word {
	return PrepareInto(text, &Scratch{})
}

// Scratch is memory that PrepareInto reuses from one text to the next.
type Scratch struct {
	Words    []Word
	Analyses []Analysis
	arena    []byte
	runes    []rune
}

// Runes returns the code points of text, as []rune(text) does, in sc's
// memory: valid until the next call with the same sc.
func (sc *Scratch) Runes(text string) []rune {
	rs := sc.runes[:0]
	for _, r := range text {
		rs = append(rs, r)
	}
	sc.runes = rs
	return rs
}

// PrepareInto is Prepare reusing sc's memory: the words it returns (and
// their Fold strings) are valid until the next call with the same sc.
func PrepareInto(text string, sc *Scratch) []Word {
	if cap(sc.Words) == 0 {
		sc.Words = make([]Word, 0, len(text)/8+1)
	}
	if cap(sc.Analyses) == 0 {
		sc.Analyses = make([]Analysis, 0, len(text)/6+8)
	}
	if cap(sc.arena) < len(text) {
		sc.arena = make([]byte, 0, len(text))
	}
	sc.arena = sc.arena[:0]
	words, buf := sc.Words[:0], sc.Analyses[:0]
	defer func() { sc.Words, sc.Analyses = words, buf }()
	para := 0
	scanUnitsArena(text, 0, &sc.arena, func(u Unit) {
		w := Word{Unit: u, Para: para}
		if u.Word {
			var as []Analysis
			w.Upper, w.AllCaps, as = wordCase(u.Text)
			if as != nil {
				n := len(buf)
				buf = AnalysesInto(buf, u.Fold)
				w.Analyses = buf[n:len(buf):len(buf)]
			}
		}
		words = append(words, w)
	})
	// paragraphs: count the newlines between words
	if len(words) > 0 {
		nl := 0
		k := 0
		cp := 0
		for _, r := range text {
			for k < len(words) && words[k].Start == cp {
				words[k].Para = nl
				k++
			}
			if r == '\n' {
				nl++
			}
			cp++
		}
	}
	return words
}

// arabicMark is a non-nil empty reading list: wordCase's answer for an
// Arabic word.
var arabicMark = []Analysis{}

// wordCase returns the case of a word unit, and arabicMark (not nil) when
// it is Arabic and gets clitic readings.
func wordCase(text string) (upper, allCaps bool, arabic []Analysis) {
	r, _ := utf8.DecodeRuneInString(text)
	upper = r < 0x0600 && unicode.IsUpper(r)
	if IsArabicLetter(r) {
		return upper, false, arabicMark
	}
	if len(text) >= 2 {
		allCaps = true
		for _, c := range text {
			if unicode.IsLower(c) {
				allCaps = false
				break
			}
		}
	}
	return upper, allCaps, nil
}

// RawUnit is one unit of a text as ScanInto finds it, not yet folded:
// text[Off:OffEnd] (Text). It holds no pointer.
type RawUnit struct {
	Off, OffEnd int  // byte offsets, half-open
	Start, End  int  // code point offsets, half-open
	Para        int  // newlines before the unit
	Word        bool // letters or digits, not punctuation
}

// Text returns the unit's text in text (the text ScanInto read).
func (u *RawUnit) Text(text string) string { return text[u.Off:u.OffEnd] }

// ASCII kinds of ScanInto: parts of words, spaces (dropped between
// units, like hyphens) and the rest (units of their own).
const (
	asciiPunct = iota
	asciiWord
	asciiSpace
)

var asciiKind = func() (k [utf8.RuneSelf]uint8) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || unicode.IsSpace(r) || isJoiner(r):
			k[r] = asciiSpace
		case isWordRune(r):
			k[r] = asciiWord
		}
	}
	return k
}()

// ScanInto appends the units of text (the units of Units, with the
// paragraphs of Prepare) to buf and returns it; when runes is not nil,
// it also stores the code points of text in *runes (reusing its memory).
func ScanInto(text string, buf []RawUnit, runes *[]rune) []RawUnit {
	// rs[cp] is code point cp (when runes is wanted): a text of n bytes
	// has at most n
	var rs []rune
	dec := runes != nil
	if dec {
		if rs = *runes; cap(rs) < len(text) {
			rs = make([]rune, len(text))
		}
		rs = rs[:len(text)]
	}
	cp, para := 0, 0
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		word := false
		switch {
		case r < utf8.RuneSelf:
			if dec {
				rs[cp] = r
			}
			switch asciiKind[r] {
			case asciiSpace:
				if r == '\n' {
					para++
				}
				i++
				cp++
				continue
			case asciiWord:
				word = true
			}
		default:
			if r >= 0xC2 && r < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
				r, size = (r&0x1F)<<6|rune(text[i+1]&0x3F), 2
			} else {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			if dec {
				rs[cp] = r
			}
			switch {
			case r >= 0x0621 && r <= 0x065F && r != 'ـ': // Arabic letters and marks
				word = true
			case unicode.IsSpace(r) || isJoiner(r) || r == '\u200f' || r == '\u200e':
				i += size
				cp++
				continue
			default:
				word = isWordRune(r)
			}
		}
		if !word {
			buf = append(buf, RawUnit{Off: i, OffEnd: i + size, Start: cp, End: cp + 1, Para: para})
			i += size
			cp++
			continue
		}
		j, cj := i+size, cp+1
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if asciiKind[c] != asciiWord {
					break
				}
				if dec {
					rs[cj] = rune(c)
				}
				j++
				cj++
				continue
			}
			if (c == 0xD8 || c == 0xD9) && j+1 < len(text) && text[j+1]&0xC0 == 0x80 {
				if r2 := rune(c&0x1F)<<6 | rune(text[j+1]&0x3F); r2 >= 0x0621 && r2 <= 0x065F {
					if dec {
						rs[cj] = r2
					}
					j += 2
					cj++
					continue
				}
			}
			r2, sz := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r2) {
				break
			}
			if dec {
				rs[cj] = r2
			}
			j += sz
			cj++
		}
		buf = append(buf, RawUnit{Off: i, OffEnd: j, Start: cp, End: cj, Para: para, Word: true})
		i, cp = j, cj
	}
	if dec {
		*runes = rs[:cp]
	}
	return buf
}

// NewWord returns the unit text (a word unit when word) prepared as
// PrepareInto prepares it, with Start, End and Para zero and the index
// look-ups of its readings done once: matching it in l needs no look-up
// of its own. The word holds no memory of a Scratch, so it may be kept
// and copied for every occurrence of text; it must not be modified.
func (l *Lexicon) NewWord(text string, word bool) Word {
	w := Word{Unit: Unit{Text: text, Fold: Fold(text), Word: word}}
	var as []Analysis
	if word {
		w.Upper, w.AllCaps, as = wordCase(text)
	}
	lk := &wordLook{}
	if as != nil {
		as = AnalysesInto(nil, w.Fold)
		w.Analyses = as[:len(as):len(as)]
		lk.key = make([]start, 2*len(as))
		lk.key, lk.stem = lk.key[:len(as)], lk.key[len(as):]
		for k, a := range as {
			lk.key[k] = l.starts[a.Key()]
			if a.Article {
				lk.stem[k] = l.starts[a.Stem]
			}
		}
	} else {
		lk.key = []start{l.starts[w.Fold]}
	}
	// the look-ups are kept only for words where something starts (a
	// stem's other sets count for nothing: see mayStart)
	w.lex, w.look = l, lk
	if w.mask = l.lookMask(&w); w.mask == 0 {
		w.look = nil
	}
	w.second = l.seconds[w.Fold]
	return w
}
