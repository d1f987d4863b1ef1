// Command gen derives the Arabic word lists of internal/entity/data from
// the ANERCorp training split (CC BY-SA 4.0, Benajiba et al.; see
// ../shared/data/anercorp/README.md): words that are almost always outside
// names (common words, which stop a name), and words that are mostly
// person names (name words, which extend one). Words are folded by
// lexicon.Fold and read after their proclitics (the first clitic reading
// whose stem is seen alone wins).
//
// Usage (from the repository root):
//
//	go run ./internal/entity/gen ../shared/data/anercorp/train.conll > internal/entity/data/ar-words.tsv
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/dyad-news/dyad/internal/lexicon"
)

type count struct{ o, per, ent, bper int }

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gen train.conll")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	counts := map[string]*count{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		tok, tag, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		w := lexicon.Fold(tok)
		if !lexicon.IsArabic(w) {
			continue
		}
		c := counts[w]
		if c == nil {
			c = &count{}
			counts[w] = c
		}
		switch {
		case tag == "O":
			c.o++
		case strings.HasSuffix(tag, "PER"):
			c.per++
			c.ent++
			if tag == "B-PER" {
				c.bper++
			}
		default:
			c.ent++
		}
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Strings(words)
	fmt.Println("# Derived from ANERCorp train split (CC BY-SA 4.0; Benajiba, Rosso and Benedí Ruiz 2007)")
	fmt.Println("# by internal/entity/gen. class: common = outside names in >= 90% of >= 3 uses;")
	fmt.Println("# name = a person-name word in >= 60% of >= 2 uses (first = usually begins one).")
	fmt.Println("word\tclass")
	for _, w := range words {
		c := counts[w]
		n := c.o + c.ent
		switch {
		case n >= 3 && float64(c.o) >= 0.90*float64(n):
			fmt.Printf("%s\tcommon\n", w)
		case n >= 2 && float64(c.per) >= 0.6*float64(n):
			cl := "name"
			if float64(c.bper) >= 0.6*float64(c.per) {
				cl = "first"
			}
			fmt.Printf("%s\t%s\n", w, cl)
		}
	}
}
