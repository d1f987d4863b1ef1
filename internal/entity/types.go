package entity

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dyad-news/dyad/internal/entity/ner"
	"github.com/dyad-news/dyad/internal/lexicon"
)

// tokType is what the stage knows of one distinct unit text by itself,
// computed once and then shared by every occurrence in every document:
// read-only once made (but for its NER word, set once).
type tokType struct {
	// word is the unit prepared for matching (lexicon.NewWord), with
	// Start, End and Para zero.
	word lexicon.Word
	// cls is arClass of an Arabic word's fold.
	cls string
	// bits is the union of arInfo over an Arabic word's readings.
	bits uint16
	// nerWord is the NER tagger's view of the token, made on first use.
	nerWord atomic.Pointer[ner.Word]
	// props holds properties of the word worked out on first use: for
	// property p, bit 2p is set once known and bit 2p+1 holds its value.
	props atomic.Uint32
	// stems has bit k set when the stem of reading k is a common word
	// (commonStemOf), and bit 31 once worked out (commonStems).
	stems atomic.Uint32
}

// commonStems returns the type's stems bits; as are its readings.
func (t *tokType) commonStems(as []lexicon.Analysis) uint32 {
	if f := t.stems.Load(); f != 0 {
		return f
	}
	f := uint32(1) << 31
	for k := range min(len(as), 31) {
		if commonStemOf(as[k].Stem) {
			f |= 1 << k
		}
	}
	t.stems.Store(f)
	return f
}

// Properties of a word that depend on it alone (tokType.props).
const (
	propCommon   = iota // arCommonWord
	propNameWord        // nameWord
	propFuzzy           // mayFuzzy
)

// prop returns property p and whether it is known yet.
func (t *tokType) prop(p int) (v, ok bool) {
	f := t.props.Load()
	return f&(2<<(2*p)) != 0, f&(1<<(2*p)) != 0
}

// setProp records property p as v and returns v.
func (t *tokType) setProp(p int, v bool) bool {
	f := uint32(1) << (2 * p)
	if v {
		f |= 2 << (2 * p)
	}
	t.props.Or(f)
	return v
}

// typeCache holds the tokTypes of the unit texts seen lately, for one
// lexicon and NER tagger, in two generations: a text is looked up in cur,
// then in old (and moved to cur); when cur is full it becomes old and a
// new cur begins, so that the cache keeps the texts in use and holds at
// most 2*typeCacheGen of them. It is safe for concurrent use.
type typeCache struct {
	lex      *lexicon.Lexicon
	tg       *ner.Tagger
	mu       sync.RWMutex
	cur, old map[string]*tokType
}

// typeCacheGen is the number of unit texts of one generation (about
// 1 KB each).
var typeCacheGen = 1 << 14

// cacheFor returns the stage's type cache for its lexicon and tagger.
func (s *Stage) cacheFor() *typeCache {
	c := s.types.Load()
	if c != nil && c.lex == s.lex && c.tg == s.NER {
		return c
	}
	c = &typeCache{lex: s.lex, tg: s.NER, cur: map[string]*tokType{}}
	s.types.Store(c)
	return c
}

// newType prepares the unit text (a word unit when word).
func (c *typeCache) newType(text string, word bool) *tokType {
	text = strings.Clone(text) // not the document's memory
	t := &tokType{word: c.lex.NewWord(text, word)}
	if t.word.Analyses != nil {
		t.cls = arClass[t.word.Fold]
		for _, a := range t.word.Analyses {
			t.bits |= arInfo[a.Stem]
		}
	}
	return t
}

// nerOf returns the tagger's word for the type's text.
func (t *tokType) nerOf(tg *ner.Tagger) *ner.Word {
	if w := t.nerWord.Load(); w != nil {
		return w
	}
	w := tg.Word(t.word.Text)
	t.nerWord.Store(w)
	return w
}

// typesOf fills types with the tokType of each unit of raw (units of
// text), making those not seen lately; local is scratch memory for the
// types to add to the cache.
func (c *typeCache) typesOf(text string, raw []lexicon.RawUnit, types []*tokType, local map[string]*tokType) []*tokType {
	types = types[:0]
	c.mu.RLock()
	for i := range raw {
		types = append(types, c.cur[raw[i].Text(text)])
	}
	if c.old != nil {
		for i, t := range types {
			if t == nil {
				k := raw[i].Text(text)
				if t = c.old[k]; t != nil {
					types[i] = t
					local[k] = t // back to cur
				}
			}
		}
	}
	c.mu.RUnlock()
	for i, t := range types {
		if t != nil {
			continue
		}
		u := &raw[i]
		if t = local[u.Text(text)]; t == nil {
			t = c.newType(u.Text(text), u.Word)
			local[t.word.Text] = t
		}
		types[i] = t
	}
	if len(local) > 0 {
		c.mu.Lock()
		for k, t := range local {
			if _, ok := c.cur[k]; ok {
				continue
			}
			if len(c.cur) >= typeCacheGen {
				c.old, c.cur = c.cur, make(map[string]*tokType, len(c.cur))
			}
			c.cur[t.word.Text] = t // its own copy of the text, not the document's
		}
		c.mu.Unlock()
		clear(local)
	}
	return types
}
