package eval

import (
	"strings"
)

func evidenceOf(pe map[string]any) string {
	ev := pe["evidence"]
	if m, ok := ev.(map[string]any); ok {
		ev = m["text"]
	}
	if ev == nil {
		return ""
	}
	return Norm(str(ev))
}

func strList(x any) []string {
	var out []string
	for _, v := range list(x) {
		out = append(out, str(v))
	}
	return out
}

func eventFits(ge map[string]any, src string, srcOK bool, tgt string, tgtOK bool, root, evidence string) bool {
	found := false
	for _, r := range strList(ge["roots"]) {
		if r == root {
			found = true
		}
	}
	if !found {
		return false
	}
	if anchors := strList(ge["anchors"]); len(anchors) > 0 {
		any := false
		for _, a := range anchors {
			if strings.Contains(evidence, Norm(a)) {
				any = true
				break
			}
		}
		if !any {
			return false
		}
	}
	gs, gt := ge["source"], ge["target"]
	fits := func(s string, sOK bool, t string, tOK bool) bool {
		return (gs == nil || (sOK && s == str(gs))) && (gt == nil || (tOK && t == str(gt)))
	}
	return fits(src, srcOK, tgt, tgtOK) || (truthy(ge["either_direction"]) && fits(tgt, tgtOK, src, srcOK))
}

func scoreEvents(g Gold, p Pred, log logf) (Tally, int) {
	var t Tally
	forbidden := 0
	golds := list(g["events"])
	used := make([]bool, len(golds))
	roots, limited := g["event_roots"]
	for _, x := range list(p["events"]) {
		pe := obj(x)
		if b, ok := pe["negated"].(bool); ok && b {
			continue
		}
		src, sOK := actorKey(pe["source"])
		tgt, tOK := actorKey(pe["target"])
		code := str(pe["code"])
		if !truthy(pe["code"]) {
			code = str(pe["root"])
		}
		root := prefix(code, 2)
		if limited {
			in := false
			for _, r := range strList(roots) {
				if r == root {
					in = true
				}
			}
			if !in {
				continue
			}
		}
		ev := evidenceOf(pe)
		var fits []int
		for i, gx := range golds {
			if eventFits(obj(gx), src, sOK, tgt, tOK, root, ev) {
				fits = append(fits, i)
			}
		}
		isForbidden := false
		for _, i := range fits {
			if truthy(obj(golds[i])["forbidden"]) {
				isForbidden = true
			}
		}
		if isForbidden {
			forbidden++
			t.FP++
			log("event FORBIDDEN: %s %s %s", pyNone(src, sOK), code, pyNone(tgt, tOK))
			continue
		}
		fresh := -1
		for _, i := range fits {
			if !truthy(obj(golds[i])["optional"]) && !used[i] {
				fresh = i
				break
			}
		}
		switch {
		case fresh >= 0:
			used[fresh] = true
			t.TP++
		case len(fits) > 0:
		default:
			t.FP++
			log("event FP: %s %s %s", pyNone(src, sOK), code, pyNone(tgt, tOK))
		}
	}
	for i, gx := range golds {
		ge := obj(gx)
		if !used[i] && !truthy(ge["optional"]) && !truthy(ge["forbidden"]) {
			t.FN++
			log("event FN: %s %s %s (%s)", pyStr(ge["source"]), strings.Join(strList(ge["roots"]), "/"), pyStr(ge["target"]), str(ge["note"]))
		}
	}
	return t, forbidden
}

func pyNone(s string, ok bool) string {
	if !ok {
		return "None"
	}
	return s
}

func pyStr(x any) string {
	if x == nil {
		return "None"
	}
	return str(x)
}

// within reports whether word sequence a lies inside b.
func within(a, b []string) bool {
	n := len(a)
	if n == 0 {
		return false
	}
	for i := 0; i+n <= len(b); i++ {
		eq := true
		for j := range a {
			if b[i+j] != a[j] {
				eq = false
				break
			}
		}
		if eq {
			return true
		}
	}
	return false
}

// dateTokens drops one leading و ف ب ل from words longer than three letters.
func dateTokens(s string) []string {
	ws := tokens(s)
	for i, w := range ws {
		r := []rune(w)
		if len(r) > 3 && strings.ContainsRune("وفبل", r[0]) {
			ws[i] = string(r[1:])
		}
	}
	return ws
}

func scoreDates(g Gold, p Pred, log logf) Tally {
	var t Tally
	golds := list(g["dates"])
	used := make([]bool, len(golds))
	for _, x := range list(p["dates"]) {
		pd := obj(x)
		ptok := dateTokens(str(pd["text"]))
		pval := ""
		if truthy(pd["value"]) {
			pval = str(pd["value"])
		}
		overlap := func(gd map[string]any) bool {
			gtok := dateTokens(str(gd["text"]))
			return within(gtok, ptok) || within(ptok, gtok)
		}
		hit := -1
		for i, gx := range golds {
			gd := obj(gx)
			if !used[i] && !truthy(gd["optional"]) && overlap(gd) && gd["value"] != nil && pval == str(gd["value"]) {
				hit = i
				break
			}
		}
		if hit >= 0 {
			used[hit] = true
			t.TP++
			continue
		}
		optional := false
		for _, gx := range golds {
			gd := obj(gx)
			if truthy(gd["optional"]) && overlap(gd) {
				optional = true
				break
			}
		}
		if optional {
			continue
		}
		t.FP++
		log("date FP: %s = %s", str(pd["text"]), pval)
	}
	for i, gx := range golds {
		gd := obj(gx)
		if !used[i] && !truthy(gd["optional"]) {
			t.FN++
			log("date FN: %s = %s", str(gd["text"]), pyStr(gd["value"]))
		}
	}
	return t
}

func checkClean(g Gold, p Pred, log logf) (ok, bad int) {
	c := obj(g["clean"])
	if len(c) == 0 {
		return 0, 0
	}
	text := str(p["text"])
	for _, s := range strList(c["must_not_contain"]) {
		if strings.Contains(text, s) {
			bad++
			log("clean: still contains %q", s)
		} else {
			ok++
		}
	}
	for _, s := range strList(c["must_contain"]) {
		if strings.Contains(text, s) {
			ok++
		} else {
			bad++
			log("clean: lost %q", s)
		}
	}
	if last, has := c["last_line_not"]; has && last != nil {
		var lines []string
		for _, l := range strings.Split(strings.TrimSpace(text), "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == str(last) {
			bad++
			log("clean: trailer %q kept", str(last))
		} else {
			ok++
		}
	}
	return ok, bad
}
