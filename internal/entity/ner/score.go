package ner

import (
	"fmt"
	"sort"
	"strings"
)

// Tally counts mentions for exact-span scoring.
type Tally struct{ TP, FP, FN int }

// P, R and F1 of the tally (0 when undefined).
func (t Tally) P() float64  { return ratio(t.TP, t.TP+t.FP) }
func (t Tally) R() float64  { return ratio(t.TP, t.TP+t.FN) }
func (t Tally) F1() float64 { p, r := t.P(), t.R(); return ratio2(2*p*r, p+r) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func ratio2(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// Score compares predicted tags with gold ones by exact mention span and
// type; the result has one tally per type and "ALL".
func Score(gold, pred [][]int) map[string]Tally {
	out := map[string]Tally{}
	for s := range gold {
		g, p := map[Span]bool{}, map[Span]bool{}
		for _, x := range Spans(gold[s]) {
			g[x] = true
		}
		for _, x := range Spans(pred[s]) {
			p[x] = true
		}
		for x := range p {
			t, a := out[x.Type], out["ALL"]
			if g[x] {
				t.TP++
				a.TP++
			} else {
				t.FP++
				a.FP++
			}
			out[x.Type], out["ALL"] = t, a
		}
		for x := range g {
			if !p[x] {
				t, a := out[x.Type], out["ALL"]
				t.FN++
				a.FN++
				out[x.Type], out["ALL"] = t, a
			}
		}
	}
	return out
}

// FormatScores prints the tallies as a table, ALL last.
func FormatScores(res map[string]Tally) string {
	var ks []string
	for k := range res {
		if k != "ALL" {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	ks = append(ks, "ALL")
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-5s %6s %6s %6s %5s %5s %5s\n", "type", "P", "R", "F1", "TP", "FP", "FN")
	for _, k := range ks {
		t := res[k]
		fmt.Fprintf(&sb, "%-5s %6.3f %6.3f %6.3f %5d %5d %5d\n", k, t.P(), t.R(), t.F1(), t.TP, t.FP, t.FN)
	}
	return sb.String()
}
