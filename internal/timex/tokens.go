package timex

import (
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"
)

// token is a word, a number or one punctuation rune of the text.
type token struct {
	start, end int // code point offsets in the text
	// norm is the matching form: lower case, Arabic letter variants folded
	// (أ إ آ ٱ → ا, ى → ي, ة → ه), tashkeel and tatweel removed, digits
	// Western.
	norm string
	// num is the value of an all-digit token, else -1.
	num int
	// ndigits is the number of digits of a number token.
	ndigits int
	punct   bool
	// upper is set when the token starts with an upper-case letter.
	upper bool
	// quoted is set for a token inside quotation marks (markQuoted).
	quoted bool
	// name is set for a token inside an entity mention (markNames).
	name bool
	// forms are norm and norm without Arabic proclitics; known is set
	// when one of them is a word of the lexicon.
	forms  [3]string
	nforms uint8
	known  bool
	// sets has the bit of every wordSet one of the forms is in.
	sets wordSet
	// opens is set when a rule may match from this token: a known word,
	// a token that starts with a digit, or one of startWords.
	opens bool
}

// scratch is the reusable working memory of one Find call.
type scratch struct {
	runes  []rune
	toks   []token
	folded []byte  // the norms, one after the other
	ends   []int32 // ends[k]: end of token k's norm in folded
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release clears sc's references into the document and returns it to
// the pool; very large buffers are left to the garbage collector.
func (sc *scratch) release() {
	if cap(sc.runes) > 1<<20 {
		return
	}
	clear(sc.toks)
	sc.runes, sc.toks, sc.folded, sc.ends = sc.runes[:0], sc.toks[:0], sc.folded[:0], sc.ends[:0]
	scratchPool.Put(sc)
}

// tokenize splits rs into tokens: runs of letters, digits and combining
// marks are words or numbers; every other non-space rune is a punctuation
// token of its own. The tokens are built in sc.toks. Their norms are
// slices of one string holding every folded token, so that a document
// costs one allocation for them instead of one per token.
func tokenize(rs []rune, sc *scratch) []token {
	toks, folded, ends := sc.toks[:0], sc.folded[:0], sc.ends[:0]
	for i := 0; i < len(rs); {
		r := rs[i]
		c := classOf(r)
		if c.space {
			i++
			continue
		}
		if !c.word {
			folded = utf8.AppendRune(folded, foldPunct(r))
			ends = append(ends, int32(len(folded)))
			toks = append(toks, token{start: i, end: i + 1, num: -1, punct: true})
			i++
			continue
		}
		start := i
		allDigits := true
		n := 0 // runes kept
		for i < len(rs) {
			c := classOf(rs[i])
			if !c.word {
				break
			}
			if f := c.fold; f != 0 {
				if f < utf8.RuneSelf {
					folded = append(folded, byte(f))
				} else {
					folded = utf8.AppendRune(folded, f)
				}
				n++
				if f < '0' || f > '9' {
					allDigits = false
				}
			}
			i++
		}
		ends = append(ends, int32(len(folded)))
		t := token{start: start, end: i, num: -1, upper: classOf(rs[start]).upper}
		if allDigits && n > 0 && n <= 9 {
			t.ndigits = n // the value is read below, from the norm
		}
		toks = append(toks, t)
	}
	sc.toks, sc.folded, sc.ends = toks, folded, ends

	all := string(folded)
	from := int32(0)
	for k := range toks {
		t := &toks[k]
		t.norm = all[from:ends[k]]
		from = ends[k]
		switch {
		case t.punct:
		case t.ndigits > 0:
			t.num = 0
			for j := 0; j < len(t.norm); j++ {
				t.num = t.num*10 + int(t.norm[j]-'0')
			}
		default:
			t.forms, t.nforms = cliticForms(t.norm)
			e := wordClass[t.norm]
			t.known, t.sets, t.opens = e.lex, e.sets, e.start
			for _, f := range t.forms[1:t.nforms] {
				e := wordClass[f]
				t.known = t.known || e.lex
				t.sets |= e.sets
			}
			t.opens = t.opens || t.known
		}
		if t.norm != "" && t.norm[0] >= '0' && t.norm[0] <= '9' {
			t.opens = true
		}
	}
	return toks
}

// runeClass is what tokenize needs of a rune: its fold (foldRune),
// whether it is a word rune (isWordRuneSlow), white space (skipped) or
// an upper-case letter.
type runeClass struct {
	fold               rune
	word, space, upper bool
}

// classOf returns the class of r, from tables over ASCII and the Arabic
// block (the common cases), else from the definitions.
func classOf(r rune) runeClass {
	if r < 0x80 {
		return asciiClass[r]
	}
	if r >= 0x0600 && r <= 0x06FF {
		return arBlock[r-0x0600]
	}
	return classSlow(r)
}

// classSlow is the definition of classOf.
func classSlow(r rune) runeClass {
	return runeClass{
		fold:  foldRuneSlow(r),
		word:  isWordRuneSlow(r),
		space: unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF || r == 0x200E || r == 0x200F,
		upper: unicode.IsUpper(r),
	}
}

// isWordRuneSlow is the definition of a word rune: letters, digits,
// combining marks and tatweel.
func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 0x0640
}

// asciiClass and arBlock hold classSlow over ASCII and U+0600–U+06FF
// (index r-0x600).
var (
	asciiClass = func() (t [0x80]runeClass) {
		for i := range t {
			t[i] = classSlow(rune(i))
		}
		return t
	}()
	arBlock = func() (t [0x100]runeClass) {
		for i := range t {
			t[i] = classSlow(rune(0x0600 + i))
		}
		return t
	}()
)

// foldRune is the per-rune matching fold; 0 drops the rune.
func foldRune(r rune) rune { return classOf(r).fold }

// foldRuneSlow is the definition of foldRune.
func foldRuneSlow(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return r + 'a' - 'A'
	case r < 0x80:
		return r
	case r >= 0x064B && r <= 0x0652, r == 0x0670, r == 0x0640:
		return 0
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
		return 'ا'
	case r == 'ى':
		return 'ي'
	case r == 'ة':
		return 'ه'
	case r >= '٠' && r <= '٩':
		return '0' + r - '٠'
	case r >= '۰' && r <= '۹':
		return '0' + r - '۰'
	case unicode.Is(unicode.Mn, r):
		return 0
	}
	return unicode.ToLower(r)
}

// foldPunct maps punctuation variants to one form.
func foldPunct(r rune) rune {
	switch r {
	case '’', '‘', '`', '´':
		return '\''
	case '–', '—', '‑', '−':
		return '-'
	case '،':
		return ','
	case '／':
		return '/'
	}
	return r
}

// markQuoted sets quoted on the tokens inside quotation marks: «…», “…”,
// „…“ and "…", each closed at the latest by the end of its paragraph.
func markQuoted(rs []rune, toks []token) {
	open := false
	for k := range toks {
		t := &toks[k]
		if k > 0 {
			for _, r := range rs[toks[k-1].end:t.start] {
				if r == '\n' {
					open = false
				}
			}
		}
		if !t.punct {
			t.quoted = open
			continue
		}
		switch rs[t.start] {
		case '«', '“', '„':
			open = true
		case '»':
			open = false
		case '"':
			open = !open
		case '”':
			// a closing mark, or in some Arabic texts an opening one
			// written before a word
			open = !open && t.end < len(rs) && k+1 < len(toks) && toks[k+1].start == t.end &&
				(t.start == 0 || rs[t.start-1] == ' ')
		}
	}
}

// markNames sets name on the tokens inside the code point spans.
func markNames(toks []token, spans [][2]int) {
	for _, sp := range spans {
		k := sort.Search(len(toks), func(k int) bool { return toks[k].end > sp[0] })
		for ; k < len(toks) && toks[k].start < sp[1]; k++ {
			toks[k].name = true
		}
	}
}
