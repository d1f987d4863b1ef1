package ner

import (
	"math"
	"sync"
	"sync/atomic"
)

// Tagger tags token sequences with a model and a gazetteer. It is safe
// for concurrent use.
type Tagger struct {
	m *Model
	g *Gazetteer
	// cache maps a token to its *entry: the weights of its own
	// properties, summed per relative position.
	cache sync.Map
	n     atomic.Int64
}

// cacheMax bounds the number of cached token types.
const cacheMax = 200000

type entry struct {
	wi  wordInfo
	sum block
}

// NewTagger returns a tagger over model m and gazetteer g (nil: empty).
func NewTagger(m *Model, g *Gazetteer) *Tagger {
	if g == nil {
		g = NewGazetteer(nil)
	}
	return &Tagger{m: m, g: g}
}

func (t *Tagger) entry(tok string) *entry {
	if e, ok := t.cache.Load(tok); ok {
		return e.(*entry)
	}
	e := &entry{wi: analyze(tok, t.g)}
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
	if t.n.Load() < cacheMax {
		t.cache.Store(tok, e)
		t.n.Add(1)
	}
	return e
}

// scratch is memory one Tag call reuses from the last.
type scratch struct {
	es    []*entry
	infos []*wordInfo
	em    [][NT]float32
	pp    [][]string
	back  [][NT]int8
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Tag returns the BIO tag (index into Tags) of each token.
func (t *Tagger) Tag(toks []string) []int {
	n := len(toks)
	if n == 0 {
		return nil
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	es, infos := sc.es[:0], sc.infos[:0]
	for _, tok := range toks {
		e := t.entry(tok)
		es = append(es, e)
		infos = append(infos, &e.wi)
	}
	sc.es, sc.infos = es, infos
	em := grow(sc.em, n)
	sc.em = em
	for j, e := range es {
		addBlock(em, j, &e.sum)
	}
	pp := sc.pp[:0]
	for range n {
		pp = append(pp, nil)
	}
	sc.pp = pp
	pairProps(infos, t.g, pp)
	for j, ps := range pp {
		for _, p := range ps {
			if b := t.m.W[p]; b != nil {
				addBlock(em, j, b)
			}
		}
	}
	if cap(sc.back) < n {
		sc.back = make([][NT]int8, n)
	}
	return viterbiInto(em, &t.m.T, sc.back[:n])
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
	return viterbiInto(em, tr, make([][NT]int8, len(em)))
}

// viterbiInto is viterbi with back, len(em) long, as its back-pointer
// memory.
func viterbiInto(em [][NT]float32, tr *[NT + 1][NT]float32, back [][NT]int8) []int {
	n := len(em)
	neg := float32(math.Inf(-1))
	// the transitions with the forbidden ones at -Inf
	var t [NT + 1][NT]float32
	for p := range t {
		for k := range t[p] {
			t[p][k] = tr[p][k]
			if !allowed(p%NT-p/NT, k) { // p == NT: the start (-1)
				t[p][k] = neg
			}
		}
	}
	var cur, next [NT]float32
	for k := 0; k < NT; k++ {
		cur[k] = em[0][k] + t[NT][k]
	}
	for i := 1; i < n; i++ {
		for k := 0; k < NT; k++ {
			var best float32
			var arg int
			if k > 0 && k%2 == 0 {
				// I-X: only B-X or I-X before it
				best, arg = cur[k-1]+t[k-1][k], k-1
				if s := cur[k] + t[k][k]; s > best {
					best, arg = s, k
				}
			} else {
				best, arg = cur[0]+t[0][k], 0
				for p := 1; p < NT; p++ {
					if s := cur[p] + t[p][k]; s > best {
						best, arg = s, p
					}
				}
			}
			next[k] = best + em[i][k]
			back[i][k] = int8(arg)
		}
		cur = next
	}
	best, arg := cur[0], 0
	for k := 1; k < NT; k++ {
		if cur[k] > best {
			best, arg = cur[k], k
		}
	}
	out := make([]int, n)
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i][out[i]])
	}
	return out
}
