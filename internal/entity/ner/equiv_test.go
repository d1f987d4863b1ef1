package ner

import (
	"math"
	"math/rand"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/lexicon"
	"github.com/dyad-news/dyad/internal/text/arabic"
)

// viterbiRef is the plain Viterbi decoder tagWords' must agree with,
// ties and all.
func viterbiRef(em [][NT]float32, tr *[NT + 1][NT]float32) []int {
	n := len(em)
	back := make([][NT]int8, n)
	neg := float32(math.Inf(-1))
	var t [NT + 1][NT]float32
	for p := range t {
		for k := range t[p] {
			t[p][k] = tr[p][k]
			if !allowed(p%NT-p/NT, k) {
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

func TestViterbiMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 2000; round++ {
		// small integers make ties frequent
		var tr [NT + 1][NT]float32
		for p := range tr {
			for k := range tr[p] {
				tr[p][k] = float32(rng.Intn(5) - 2)
			}
		}
		em := make([][NT]float32, 1+rng.Intn(30))
		for i := range em {
			for k := range em[i] {
				em[i][k] = float32(rng.Intn(7)-3) / 2
			}
		}
		if got, want := viterbi(em, &tr), viterbiRef(em, &tr); !slices.Equal(got, want) {
			t.Fatalf("round %d: viterbi = %v, reference %v", round, got, want)
		}
	}
}

// tagRef is Tag as token-by-token emission sums (addBlock) and
// viterbiRef.
func tagRef(tg *Tagger, toks []string) []int {
	n := len(toks)
	em := make([][NT]float32, n)
	infos := make([]*wordInfo, n)
	for j, tok := range toks {
		w := tg.Word(tok)
		infos[j] = &w.wi
		addBlock(em, j, &w.sum)
	}
	pp := make([][]string, n)
	// the pair properties by the gazetteer's map
	g := tg.g
	for i := 0; i+1 < n; i++ {
		a, b := infos[i], infos[i+1]
		t := g.pairs[[2]string{a.norm, b.norm}]
		if t == "" && a.pre != "" {
			t = g.pairs[[2]string{a.rest, b.norm}]
			if t == "" && arabic.HasArticle(a.pre) {
				t = g.pairs[[2]string{"ال" + a.rest, b.norm}]
			}
		}
		if t != "" {
			pp[i] = append(pp[i], "gb:"+t)
			pp[i+1] = append(pp[i+1], "gi:"+t)
		}
	}
	for j, ps := range pp {
		for _, p := range ps {
			if b := tg.m.W[p]; b != nil {
				addBlock(em, j, b)
			}
		}
	}
	return viterbiRef(em, &tg.m.T)
}

func TestTagWordsMatchesReference(t *testing.T) {
	raw, err := os.ReadFile("../../../testdata/seed-xi-lavrov.txt")
	if err != nil {
		t.Skip(err)
	}
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Default(lex)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(raw), "\n") {
		var toks []string
		for _, u := range lexicon.Units(line, 0) {
			toks = append(toks, u.Text)
		}
		if len(toks) == 0 {
			continue
		}
		ws := make([]*Word, len(toks))
		for i, tok := range toks {
			ws[i] = tg.Word(tok)
		}
		want := tagRef(tg, toks)
		if got := tg.TagWords(ws); !slices.Equal(got, want) {
			t.Errorf("TagWords(%.40q...) = %v, reference %v", line, got, want)
		}
		if got := tg.Tag(toks); !slices.Equal(got, want) {
			t.Errorf("Tag(%.40q...) = %v, reference %v", line, got, want)
		}
	}
}

// BenchmarkTagWords tags the seed article's lines with prepared words
// (the entity stage's NER pass without the stage).
func BenchmarkTagWords(b *testing.B) {
	raw, err := os.ReadFile("../../../testdata/seed-xi-lavrov.txt")
	if err != nil {
		b.Skip(err)
	}
	lex, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	tg, err := Default(lex)
	if err != nil {
		b.Fatal(err)
	}
	var lines [][]*Word
	for _, line := range strings.Split(string(raw), "\n") {
		var ws []*Word
		for _, u := range lexicon.Units(line, 0) {
			ws = append(ws, tg.Word(u.Text))
		}
		if len(ws) > 0 {
			lines = append(lines, ws)
		}
	}
	var out []int
	b.ResetTimer()
	for range b.N {
		for _, ws := range lines {
			out = tg.TagWordsInto(ws, out)
		}
	}
}
