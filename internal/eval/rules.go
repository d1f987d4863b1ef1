package eval

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type logf = func(format string, a ...any)

func str(x any) string {
	switch v := x.(type) {
	case nil:
		return ""
	case string:
		return v
	case float64:
		if v == math.Trunc(v) {
			return fmt.Sprintf("%d", int64(v))
		}
		return fmt.Sprint(v)
	case bool:
		if v {
			return "True"
		}
		return "False"
	}
	return fmt.Sprint(x)
}

func list(x any) []any {
	l, _ := x.([]any)
	return l
}

func obj(x any) map[string]any {
	m, _ := x.(map[string]any)
	return m
}

func truthy(x any) bool {
	switch v := x.(type) {
	case nil:
		return false
	case bool:
		return v
	case string:
		return v != ""
	case float64:
		return v != 0
	case []any:
		return len(v) > 0
	case map[string]any:
		return len(v) > 0
	}
	return true
}

// round3 rounds as Python's round(x, 3) does: to the nearest of the
// exact binary value, so that 0.7875 (stored a hair below) gives 0.787.
func round3(x float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return r
}

// nameOf is score.py's name_of: a dict's name or text, else the value.
func nameOf(x any) (string, bool) {
	if x == nil {
		return "", false
	}
	if m, ok := x.(map[string]any); ok {
		if n := m["name"]; truthy(n) {
			return str(n), true
		}
		if t := m["text"]; truthy(t) {
			return str(t), true
		}
		return "", false
	}
	return str(x), true
}

func typeOf(t any) string {
	s := strings.ToUpper(str(t))
	switch s {
	case "GPE":
		return "LOC"
	case "PERSON":
		return "PER"
	case "ORGANIZATION":
		return "ORG"
	case "LOCATION":
		return "LOC"
	}
	return s
}

// actorKey is score.py's actor_key: CHNGOV → CHN; IGOUNO → IGOUNO.
func actorKey(a any) (string, bool) {
	if a == nil {
		return "", false
	}
	if m, ok := a.(map[string]any); ok {
		switch {
		case truthy(m["actor"]):
			a = m["actor"]
		case truthy(m["code"]):
			a = m["code"]
		default:
			a = m["country"]
		}
	}
	if !truthy(a) {
		return "", false
	}
	s := strings.ToUpper(str(a))
	r := []rune(s)
	if len(r) >= 3 {
		switch string(r[:3]) {
		case "IGO", "NGO", "MNC":
			if len(r) > 6 {
				r = r[:6]
			}
			return string(r), true
		}
		return string(r[:3]), true
	}
	return s, true
}

func aliasIndex(g Gold) map[string]string {
	idx := map[string]string{}
	for _, e := range list(g["entities"]) {
		em := obj(e)
		name := str(em["name"])
		names := append([]any{em["name"]}, list(em["aliases"])...)
		for _, n := range names {
			k := Norm(str(n))
			if _, ok := idx[k]; !ok {
				idx[k] = name
			}
		}
	}
	return idx
}

func scoreEntities(g Gold, p Pred, log logf) Tally {
	var t Tally
	idx := aliasIndex(g)
	byName := map[string]map[string]any{}
	for _, e := range list(g["entities"]) {
		em := obj(e)
		byName[str(em["name"])] = em
	}
	matched := map[string]bool{}
	for _, x := range list(p["entities"]) {
		pe := obj(x)
		pn, _ := nameOf(x)
		canon, ok := idx[Norm(pn)]
		if !ok {
			for _, m := range list(pe["mentions"]) {
				var mt string
				if mm, isMap := m.(map[string]any); isMap {
					mt = str(mm["text"])
				} else {
					mt = str(m)
				}
				if c, found := idx[Norm(mt)]; found && c != "" {
					canon, ok = c, true
					break
				}
			}
		}
		ge := byName[canon]
		if ok && ge != nil && typeOf(pe["type"]) == typeOf(ge["type"]) {
			if truthy(ge["optional"]) || matched[canon] {
				continue
			}
			matched[canon] = true
			t.TP++
		} else {
			t.FP++
			log("entity FP: %s (%s)", pn, str(pe["type"]))
		}
	}
	for _, e := range list(g["entities"]) {
		ge := obj(e)
		if !truthy(ge["optional"]) && !matched[str(ge["name"])] {
			t.FN++
			log("entity FN: %s (%s)", str(ge["name"]), str(ge["type"]))
		}
	}
	return t
}

func quoteMatch(gq, pq string) bool {
	g, p := tokens(gq), tokens(pq)
	if len(g) == 0 || len(p) == 0 {
		return false
	}
	if strings.Contains(strings.Join(p, " "), strings.Join(g, " ")) {
		return true
	}
	pset := map[string]bool{}
	for _, w := range p {
		pset[w] = true
	}
	n := 0
	for _, w := range g {
		if pset[w] {
			n++
		}
	}
	return float64(n)/float64(len(g)) >= 0.5 && len(p) <= 3*len(g)+10
}

func canonOr(idx map[string]string, name string) string {
	if c, ok := idx[Norm(name)]; ok {
		return c
	}
	return name
}

func scoreQuotes(g Gold, p Pred, log logf) Tally {
	var t Tally
	idx := aliasIndex(g)
	golds := list(g["quotes"])
	used := make([]bool, len(golds))
	for _, x := range list(p["quotes"]) {
		pq := obj(x)
		spk, ok := nameOf(pq["speaker"])
		if !ok || spk == "" {
			continue
		}
		canon := canonOr(idx, spk)
		best := -1
		rank := func(i int) int {
			r := 0
			if used[i] {
				r += 2
			}
			if truthy(obj(golds[i])["optional"]) {
				r++
			}
			return r
		}
		for i, gx := range golds {
			gq := obj(gx)
			if canonOr(idx, str(gq["speaker"])) == canon && quoteMatch(str(gq["text"]), str(pq["text"])) {
				if best < 0 || rank(i) < rank(best) {
					best = i
				}
			}
		}
		switch {
		case best >= 0 && !used[best]:
			used[best] = true
			if !truthy(obj(golds[best])["optional"]) {
				t.TP++
			}
		case best >= 0 && truthy(obj(golds[best])["optional"]):
		default:
			t.FP++
			log("quote FP: %s: %s", spk, prefix(str(pq["text"]), 60))
		}
	}
	for i, gx := range golds {
		gq := obj(gx)
		if !used[i] && !truthy(gq["optional"]) {
			t.FN++
			log("quote FN: %s: %s", str(gq["speaker"]), prefix(str(gq["text"]), 60))
		}
	}
	return t
}

func prefix(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}
