package ner

import (
	"bufio"
	"fmt"
	"io"
	"math/rand"
	"strings"
)

// Sentence is a tokenised sentence with its gold BIO tags (indexes into
// Tags).
type Sentence struct {
	Toks []string
	Tags []int
}

// ReadConll reads "token<TAB>tag" lines, sentences separated by blank
// lines; unknown tags read as O, lines starting "# " are comments.
func ReadConll(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if len(cur.Toks) > 0 {
				out = append(out, cur)
				cur = Sentence{}
			}
			continue
		}
		if strings.HasPrefix(line, "# ") {
			continue // a comment
		}
		tok, tag, ok := strings.Cut(line, "\t")
		if !ok {
			f := strings.Fields(line)
			tok, tag = f[0], "O"
			if len(f) > 1 {
				tag = f[len(f)-1]
			}
		}
		cur.Toks = append(cur.Toks, tok)
		cur.Tags = append(cur.Tags, tagIndex(strings.TrimSpace(tag)))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: read conll: %w", err)
	}
	if len(cur.Toks) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

// WriteConll writes sentences in the format ReadConll reads.
func WriteConll(w io.Writer, ss []Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range ss {
		for i, t := range s.Toks {
			fmt.Fprintf(bw, "%s\t%s\n", t, Tags[s.Tags[i]])
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner: write conll: %w", err)
	}
	return nil
}

// TrainOptions set the training run.
type TrainOptions struct {
	Epochs int   // passes over the data (default 10)
	Seed   int64 // shuffling seed
	// Log, if set, receives one line per epoch.
	Log func(string)
}

// Train fits an averaged structured perceptron (Collins 2002) on ss,
// with gazetteer g, decoding each sentence with Viterbi.
func Train(ss []Sentence, g *Gazetteer, opt TrainOptions) *Model {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	if g == nil {
		g = NewGazetteer(nil)
	}
	ids := map[string]int{}
	var names []string
	// props[s][i] are the property ids of token i of sentence s
	props := make([][][]int, len(ss))
	cache := map[string]*wordInfo{}
	for si, s := range ss {
		infos := make([]*wordInfo, len(s.Toks))
		for i, tok := range s.Toks {
			wi := cache[tok]
			if wi == nil {
				x := analyze(tok, g)
				wi = &x
				cache[tok] = wi
			}
			infos[i] = wi
		}
		pp := make([][]string, len(s.Toks))
		pairProps(infos, pp)
		props[si] = make([][]int, len(s.Toks))
		for i := range s.Toks {
			for _, p := range append(append([]string(nil), infos[i].prop...), pp[i]...) {
				id, ok := ids[p]
				if !ok {
					id = len(names)
					ids[p] = id
					names = append(names, p)
				}
				props[si][i] = append(props[si][i], id)
			}
		}
	}
	// w: current weights; u: sum of c*update (averaging trick)
	w := make([][NO][NT]float64, len(names))
	u := make([][NO][NT]float64, len(names))
	var tw, tu [NT + 1][NT]float64
	c := 1.0
	order := rand.New(rand.NewSource(opt.Seed)).Perm(len(ss))
	rng := rand.New(rand.NewSource(opt.Seed + 1))
	for ep := 0; ep < opt.Epochs; ep++ {
		errs, total := 0, 0
		for _, si := range order {
			s := ss[si]
			n := len(s.Toks)
			em := make([][NT]float32, n)
			for j := range n {
				for _, id := range props[si][j] {
					for o := -Window; o <= Window; o++ {
						i := j - o
						if i < 0 || i >= n {
							continue
						}
						for k := 0; k < NT; k++ {
							em[i][k] += float32(w[id][o+Window][k])
						}
					}
				}
			}
			var tr [NT + 1][NT]float32
			for a := range tw {
				for b := range tw[a] {
					tr[a][b] = float32(tw[a][b])
				}
			}
			pred := viterbi(em, &tr)
			for i := range n {
				total++
				if pred[i] != s.Tags[i] {
					errs++
				}
			}
			upd := func(i, tag int, d float64) {
				for o := -Window; o <= Window; o++ {
					j := i + o
					if j < 0 || j >= n {
						continue
					}
					for _, id := range props[si][j] {
						w[id][o+Window][tag] += d
						u[id][o+Window][tag] += c * d
					}
				}
			}
			for i := range n {
				if pred[i] != s.Tags[i] {
					upd(i, s.Tags[i], 1)
					upd(i, pred[i], -1)
				}
				gp, pp := NT, NT
				if i > 0 {
					gp, pp = s.Tags[i-1], pred[i-1]
				}
				if gp != pp || s.Tags[i] != pred[i] {
					tw[gp][s.Tags[i]]++
					tu[gp][s.Tags[i]] += c
					tw[pp][pred[i]]--
					tu[pp][pred[i]] -= c
				}
			}
			c++
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		if opt.Log != nil {
			opt.Log(fmt.Sprintf("epoch %d: %d/%d token errors (%.2f%%)", ep+1, errs, total, 100*float64(errs)/float64(max(total, 1))))
		}
	}
	m := &Model{W: make(map[string]*block, len(names))}
	for id, p := range names {
		b := new(block)
		nz := false
		for o := range b {
			for k := range b[o] {
				x := float32(w[id][o][k] - u[id][o][k]/c)
				b[o][k] = x
				if x != 0 {
					nz = true
				}
			}
		}
		if nz {
			m.W[p] = b
		}
	}
	for a := range tw {
		for b := range tw[a] {
			m.T[a][b] = float32(tw[a][b] - tu[a][b]/c)
		}
	}
	return m
}
