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
		if unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF || r == 0x200E || r == 0x200F {
			i++
			continue
		}
		if !isWordRune(r) {
			folded = utf8.AppendRune(folded, foldPunct(r))
			ends = append(ends, int32(len(folded)))
			toks = append(toks, token{start: i, end: i + 1, num: -1, punct: true})
			i++
			continue
		}
		start := i
		allDigits := true
		n := 0 // runes kept
		for i < len(rs) && isWordRune(rs[i]) {
			f := foldRune(rs[i])
			if f != 0 {
				folded = utf8.AppendRune(folded, f)
				n++
				if f < '0' || f > '9' {
					allDigits = false
				}
			}
			i++
		}
		ends = append(ends, int32(len(folded)))
		t := token{start: start, end: i, num: -1, upper: unicode.IsUpper(rs[start])}
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
			for _, f := range t.forms[:t.nforms] {
				if lexWords[f] {
					t.known = true
					break
				}
			}
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	if r >= 0x0600 && r <= 0x06FF {
		return arBlock[r-0x0600].word
	}
	return isWordRuneSlow(r)
}

// isWordRuneSlow is the definition of isWordRune.
func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 0x0640
}

// arBlock holds isWordRune and foldRune over U+0600–U+06FF (index
// r-0x600), the common case in Arabic text, precomputed from their
// definitions.
var arBlock = func() (t [0x100]struct {
	fold rune
	word bool
}) {
	for i := range t {
		r := rune(0x0600 + i)
		t[i].fold, t[i].word = foldRuneSlow(r), isWordRuneSlow(r)
	}
	return t
}()

// foldRune is the per-rune matching fold; 0 drops the rune.
func foldRune(r rune) rune {
	if r >= 0x0600 && r <= 0x06FF {
		return arBlock[r-0x0600].fold
	}
	return foldRuneSlow(r)
}

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
