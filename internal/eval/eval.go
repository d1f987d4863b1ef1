// Package eval scores coded documents against gold files with exactly the
// rules of the reference scorer (../shared/eval/score.py; see FORMAT.md):
// entities by name or alias and type, quotes by speaker and text overlap,
// events by actor countries, root and anchor in the evidence, dates by
// word containment and value. `dyad eval` and the quality-floor tests of
// the stages use it.
package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Tally counts true positives, false positives and false negatives.
type Tally struct{ TP, FP, FN int }

// Add adds o to t.
func (t *Tally) Add(o Tally) { t.TP += o.TP; t.FP += o.FP; t.FN += o.FN }

// PRF returns precision, recall and F1.
func (t Tally) PRF() (p, r, f float64) {
	if t.TP+t.FP > 0 {
		p = float64(t.TP) / float64(t.TP+t.FP)
	}
	if t.TP+t.FN > 0 {
		r = float64(t.TP) / float64(t.TP+t.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// Gold is a gold file, decoded generically as score.py reads it.
type Gold = map[string]any

// Pred is one predicted document, decoded generically.
type Pred = map[string]any

// Result is the outcome of scoring a set of documents.
type Result struct {
	Documents, Missing, Forbidden, CleanFailed, CleanChecks int
	Entities, Quotes, Events, Dates                         Tally
	// Log holds the verbose lines per document id.
	Log map[string][]string
}

// LoadGold reads every DIR/*.gold.json, keyed by their "doc".
func LoadGold(dir string) (map[string]Gold, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	golds := map[string]Gold{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("eval: %s: %w", f, err)
		}
		golds[str(g["doc"])] = g
	}
	return golds, nil
}

// Score compares preds (keyed by id) with golds as score.py does.
func Score(golds map[string]Gold, preds map[string]Pred) Result {
	res := Result{Documents: len(golds), Log: map[string][]string{}}
	ids := make([]string, 0, len(golds))
	for id := range golds {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		g := golds[id]
		var lines []string
		log := func(format string, a ...any) { lines = append(lines, fmt.Sprintf(format, a...)) }
		p, ok := preds[id]
		if !ok {
			res.Missing++
			p = Pred{}
			log("no output for this document")
		}
		scored := []string{"entities", "quotes", "events"}
		if s, ok := g["score"].([]any); ok {
			scored = scored[:0]
			for _, x := range s {
				scored = append(scored, str(x))
			}
		}
		has := func(k string) bool {
			for _, s := range scored {
				if s == k {
					return true
				}
			}
			return false
		}
		if has("entities") {
			res.Entities.Add(scoreEntities(g, p, log))
		}
		if has("quotes") {
			res.Quotes.Add(scoreQuotes(g, p, log))
		}
		if has("events") {
			t, fb := scoreEvents(g, p, log)
			res.Events.Add(t)
			res.Forbidden += fb
		}
		if _, ok := g["dates"]; ok {
			res.Dates.Add(scoreDates(g, p, log))
		}
		okc, bad := checkClean(g, p, log)
		res.CleanChecks += okc + bad
		res.CleanFailed += bad
		if len(lines) > 0 {
			res.Log[id] = lines
		}
	}
	return res
}

// Summary prints the result as score.py prints it without --json.
func (r Result) Summary() string {
	var b strings.Builder
	for _, k := range []struct {
		name string
		t    Tally
	}{{"entities", r.Entities}, {"quotes", r.Quotes}, {"events", r.Events}, {"dates", r.Dates}} {
		if k.name == "dates" && k.t.TP == 0 && k.t.FP == 0 && k.t.FN == 0 {
			continue
		}
		p, rc, f := k.t.PRF()
		fmt.Fprintf(&b, "%-9s P=%.3f R=%.3f F1=%.3f  (tp %d, fp %d, fn %d)\n", k.name, round3(p), round3(rc), round3(f), k.t.TP, k.t.FP, k.t.FN)
	}
	fmt.Fprintf(&b, "documents %d, without output %d, forbidden events %d, clean checks failed %d of %d\n",
		r.Documents, r.Missing, r.Forbidden, r.CleanFailed, r.CleanChecks)
	return b.String()
}
