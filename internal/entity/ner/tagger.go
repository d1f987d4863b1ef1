package ner

import (
	"math"
	"strings"
	"sync"
	"sync/atomic"
)

// Tagger tags token sequences with a model and a gazetteer. It is safe
// for concurrent use.
type Tagger struct {
	m  *Model
	g  *Gazetteer
	tt *trans // m.T as decoding reads it
	// pairs maps a pair type to its pairBlocks.
	pairs sync.Map
	// cache maps a token to its *Word.
	cache sync.Map
	n     atomic.Int64
}

// cacheMax bounds the number of cached token types.
const cacheMax = 200000

// Word is what the tagger derives from one token by itself (its
// properties, their weights summed per relative position). It is
// read-only once made: a caller may keep it for the token's next
// occurrences (Tagger.Word, TagWords).
type Word struct {
	wi  wordInfo
	sum block
}

// NewTagger returns a tagger over model m and gazetteer g (nil: empty).
func NewTagger(m *Model, g *Gazetteer) *Tagger {
	if g == nil {
		g = NewGazetteer(nil)
	}
	return &Tagger{m: m, g: g, tt: newTrans(&m.T)}
}

// pairBlocks returns the weights of "gb:"+typ and "gi:"+typ (nil when
// the model has none).
func (t *Tagger) pairBlocks(typ string) [2]*block {
	if bs, ok := t.pairs.Load(typ); ok {
		return bs.([2]*block)
	}
	bs := [2]*block{t.m.W["gb:"+typ], t.m.W["gi:"+typ]}
	t.pairs.Store(typ, bs)
	return bs
}

// Word returns what t derives from the token tok by itself, computed
// anew (Tag caches it per token).
func (t *Tagger) Word(tok string) *Word {
	e := &Word{wi: analyze(tok, t.g)}
	for _, p := range e.wi.prop {
		if b := t.m.W[p]; b != nil {
			for o := range b {
				for k := range b[o] {
					e.sum[o][k] += b[o][k]
				}
			}
		}
	}
	e.wi.prop = nil // not needed once summed
	return e
}

func (t *Tagger) cached(tok string) *Word {
	if e, ok := t.cache.Load(tok); ok {
		return e.(*Word)
	}
	e := t.Word(tok)
	if t.n.Load() < cacheMax {
		t.cache.Store(strings.Clone(tok), e) // not the caller's memory
		t.n.Add(1)
	}
	return e
}

// scratch is memory one Tag call reuses from the last.
type scratch struct {
	es   []*Word
	em   [][NT]float32
	back [][NT]int8
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Tag returns the BIO tag (index into Tags) of each token.
func (t *Tagger) Tag(toks []string) []int {
	if len(toks) == 0 {
		return nil
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	es := sc.es[:0]
	for _, tok := range toks {
		es = append(es, t.cached(tok))
	}
	sc.es = es
	return t.tagWords(es, sc)
}

// TagWords is Tag over the tokens' Words (made by t.Word).
func (t *Tagger) TagWords(ws []*Word) []int { return t.TagWordsInto(ws, nil) }

// TagWordsInto is TagWords writing the tags into out's memory.
func (t *Tagger) TagWordsInto(ws []*Word, out []int) []int {
	if len(ws) == 0 {
		return out[:0]
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	return t.tagWordsInto(ws, sc, out)
}

func (t *Tagger) tagWords(es []*Word, sc *scratch) []int { return t.tagWordsInto(es, sc, nil) }

func (t *Tagger) tagWordsInto(es []*Word, sc *scratch, out []int) []int {
	n := len(es)
	em := grow(sc.em, n)
	sc.em = em
	// as addBlock token by token would
	emission(em, es)
	// the pair properties (pairProps), added pair by pair: the same
	// additions in the same order as token by token
	for i := 0; i+1 < n; i++ {
		if typ := pairOf(&es[i].wi, &es[i+1].wi); typ != "" {
			bs := t.pairBlocks(typ)
			if bs[0] != nil {
				addBlock(em, i, bs[0])
			}
			if bs[1] != nil {
				addBlock(em, i+1, bs[1])
			}
		}
	}
	if cap(sc.back) < n {
		sc.back = make([][NT]int8, n)
	}
	return t.tt.decode(em, sc.back[:n], out)
}

// grow returns buf with length n, zeroed.
func grow(buf [][NT]float32, n int) [][NT]float32 {
	if cap(buf) < n {
		return make([][NT]float32, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// addBlock adds the weights of properties of token j to the emission
// scores of the tokens it is a neighbour of.
func addBlock(em [][NT]float32, j int, b *block) {
	for o := -Window; o <= Window; o++ {
		i := j - o
		if i < 0 || i >= len(em) {
			continue
		}
		row := &b[o+Window]
		for k := range row {
			em[i][k] += row[k]
		}
	}
}

// viterbi returns the best tag sequence for emission scores em and
// transition weights tr, with I-X only after B-X or I-X.
func viterbi(em [][NT]float32, tr *[NT + 1][NT]float32) []int {
	return viterbiInto(em, tr, make([][NT]int8, len(em)), nil)
}

// viterbiInto is viterbi with back, len(em) long, as its back-pointer
// memory, writing the tags into out's memory.
func viterbiInto(em [][NT]float32, tr *[NT + 1][NT]float32, back [][NT]int8, out []int) []int {
	tt := newTrans(tr)
	return tt.decode(em, back, out)
}

// trans holds transition weights as Viterbi reads them: the forbidden
// ones at -Inf, by tag then previous tag (tt[k][p]: p to k), and from
// the start.
type trans struct {
	tt    [NT][NT]float32
	start [NT]float32
}

func newTrans(tr *[NT + 1][NT]float32) *trans {
	neg := float32(math.Inf(-1))
	t := new(trans)
	for k := range NT {
		t.start[k] = tr[NT][k]
		if !allowed(-1, k) {
			t.start[k] = neg
		}
		for p := range NT {
			t.tt[k][p] = tr[p][k]
			if !allowed(p, k) {
				t.tt[k][p] = neg
			}
		}
	}
	return t
}

// decode is viterbiInto with the transitions of t.
func (t *trans) decode(em [][NT]float32, back [][NT]int8, out []int) []int {
	n := len(em)
	var cur [NT]float32
	for k := range NT {
		cur[k] = em[0][k] + t.start[k]
	}
	back = back[:n]
	for i := 1; i < n; i++ {
		step(&cur, &t.tt, &em[i], &back[i])
	}
	best, arg := cur[0], 0
	for k := 1; k < NT; k++ {
		if cur[k] > best {
			best, arg = cur[k], k
		}
	}
	if cap(out) < n {
		out = make([]int, n)
	}
	out = out[:n]
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i][out[i]])
	}
	return out
}
