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

// Tag returns the BIO tag (index into Tags) of each token.
func (t *Tagger) Tag(toks []string) []int {
	n := len(toks)
	if n == 0 {
		return nil
	}
	es := make([]*entry, n)
	infos := make([]*wordInfo, n)
	for i, tok := range toks {
		es[i] = t.entry(tok)
		infos[i] = &es[i].wi
	}
	em := make([][NT]float32, n)
	for j, e := range es {
		addBlock(em, j, &e.sum)
	}
	pp := make([][]string, n)
	pairProps(infos, t.g, pp)
	for j, ps := range pp {
		for _, p := range ps {
			if b := t.m.W[p]; b != nil {
				addBlock(em, j, b)
			}
		}
	}
	return viterbi(em, &t.m.T)
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
	n := len(em)
	neg := float32(math.Inf(-1))
	back := make([][NT]int8, n)
	var cur, next [NT]float32
	for k := 0; k < NT; k++ {
		cur[k] = neg
		if allowed(-1, k) {
			cur[k] = em[0][k] + tr[NT][k]
		}
	}
	for i := 1; i < n; i++ {
		for k := 0; k < NT; k++ {
			best, arg := neg, 0
			for p := 0; p < NT; p++ {
				if cur[p] == neg || !allowed(p, k) {
					continue
				}
				if s := cur[p] + tr[p][k]; s > best {
					best, arg = s, p
				}
			}
			next[k] = best + em[i][k]
			back[i][k] = int8(arg)
		}
		cur = next
	}
	best, arg := neg, 0
	for k := 0; k < NT; k++ {
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

