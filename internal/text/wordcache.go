package text

import (
	"hash/maphash"
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/dyad-news/dyad/internal/text/arabic"
	"github.com/dyad-news/dyad/internal/text/english"
)

// News repeats its words: a few thousand surface forms (وقال، الرئيس,
// the) make most of the tokens of any article. The word filters therefore
// memoise their work per surface word in a bounded, process-wide cache,
// so that a word seen before costs a hash and a string comparison instead
// of normalisation and clitic segmentation.
//
// The cache is two-way set-associative (each word has two slots; a new
// word takes an empty one, else one chosen by its hash) and lock-free: a slot holds a pointer to an immutable
// entry, loaded and stored atomically, so analyzers on any number of
// goroutines share it. Entries own their strings (copied out of the
// document), so the cache never keeps a document's text alive. What it
// returns is exactly what the uncached analysis returns; the fuzz target
// FuzzAnalyze checks that.
const (
	wordCacheBits = 15
	// wordCacheMaxLen bounds the bytes of a cached word: longer "words"
	// (runs of letters without spaces) are rare and analysed each time.
	wordCacheMaxLen = 64
)

// wordEntry is the analysis of one surface word, in one cache line when
// the word is short (64 bytes on 64-bit machines): Prefix, Stem and Suffix are the parts of Norm of
// lengths lp, ls and the rest, and the strings share buf when they fit.
type wordEntry struct {
	text, norm string
	lp, ls     uint16
	buf        [28]byte
}

// parts returns Prefix, Stem and Suffix.
func (e *wordEntry) parts() (prefix, stem, suffix string) {
	return e.norm[:e.lp], e.norm[e.lp : e.lp+e.ls], e.norm[e.lp+e.ls:]
}

var (
	wordSeed  = maphash.MakeSeed()
	wordSlots [1 << wordCacheBits]atomic.Pointer[wordEntry]
)

// newWordEntry copies w and its normal form into a new entry.
func newWordEntry(w, norm string) *wordEntry {
	e := &wordEntry{}
	switch {
	case norm == w && len(w) <= len(e.buf):
		n := copy(e.buf[:], w)
		e.text = unsafe.String(&e.buf[0], n)
		e.norm = e.text
	case norm == "" && len(w) <= len(e.buf):
		n := copy(e.buf[:], w)
		e.text = unsafe.String(&e.buf[0], n)
	case len(w)+len(norm) <= len(e.buf):
		n := copy(e.buf[:], w)
		m := copy(e.buf[n:], norm)
		e.text = unsafe.String(&e.buf[0], n)
		e.norm = unsafe.String(&e.buf[n], m)
	default:
		e.text = strings.Clone(w)
		e.norm = e.text
		if norm != w {
			e.norm = strings.Clone(norm)
		}
	}
	e.ls = uint16(len(e.norm))
	return e
}

// arabicWord returns the analysis of an Arabic-script word:
// Norm = arabic.Normalize(w) and arabic.SegmentWord(w, Norm). It returns
// nil for a word whose parts are not its normal form split in three
// (which SegmentWord never gives; the caller then works it out itself).
func arabicWord(w string) *wordEntry {
	h := maphash.String(wordSeed, w)
	if e := lookupWord(h, w); e != nil {
		return e
	}
	norm := arabic.Normalize(w)
	p, s, x := arabic.SegmentWord(w, norm)
	if len(p)+len(s)+len(x) != len(norm) || p+s+x != norm || len(norm) > 1<<15 {
		return nil
	}
	e := newWordEntry(w, norm)
	e.lp, e.ls = uint16(len(p)), uint16(len(s))
	storeWord(h, e)
	return e
}

// englishWord returns the analysis of a word of another script:
// Norm = english.Norm(w).
func englishWord(w string) *wordEntry {
	h := maphash.String(wordSeed, w)
	if e := lookupWord(h, w); e != nil {
		return e
	}
	e := newWordEntry(w, english.Norm(w))
	storeWord(h, e)
	return e
}

// lookupWord returns the cached entry of w (whose hash is h), or nil.
func lookupWord(h uint64, w string) *wordEntry {
	i := h & (1<<wordCacheBits - 2)
	if e := wordSlots[i].Load(); e != nil && e.text == w {
		return e
	}
	if e := wordSlots[i+1].Load(); e != nil && e.text == w {
		return e
	}
	return nil
}

// storeWord caches e, whose text's hash is h.
func storeWord(h uint64, e *wordEntry) {
	i := h & (1<<wordCacheBits - 2)
	switch {
	case wordSlots[i].Load() == nil:
	case wordSlots[i+1].Load() == nil:
		i++
	default:
		i += h >> 63
	}
	wordSlots[i].Store(e)
}
