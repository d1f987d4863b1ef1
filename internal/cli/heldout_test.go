package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/eval"
)

// heldoutFloor is a regression guard on one stage's F1 over a held-out set.
type heldoutFloor struct {
	stage string
	f1    float64
}

// heldoutDir holds twelve articles written for dyad on 2026-11-27. They were
// used for diagnosis and tuning that evening (see its README.md), so their
// scores are no longer a held-out measure; heldout2Dir replaces them for that.
const heldoutDir = "../../testdata/heldout"

// heldoutFloors are regression guards set a little below the figures first
// measured on 2026-11-27 (entities F1 0.944-0.949, quotes F1 0.600-0.624,
// events F1 0.291, dates F1 0.932, no forbidden events; the range is two
// runs of a tree others were changing). They are not targets.
var heldoutFloors = []heldoutFloor{
	{"entities", 0.85},
	{"quotes", 0.50},
	{"events", 0.20},
	{"dates", 0.80},
}

// heldout2Dir holds fourteen articles (7 Arabic, 7 English) written on
// 2026-11-28 and never used for tuning (see its README.md): the honest
// measure of how dyad's rules carry over to unseen text.
const heldout2Dir = "../../testdata/heldout2"

// heldout2Floors are regression guards set a little below the first run of
// 2026-11-28 (entities F1 0.935, quotes F1 0.756, events F1 0.222, dates F1
// 0.918, no forbidden events, all 12 clean checks passed). They are not
// targets: do not tune rules against these articles to raise them.
var heldout2Floors = []heldoutFloor{
	{"entities", 0.88},
	{"quotes", 0.68},
	{"events", 0.17},
	{"dates", 0.85},
}

// heldoutInput writes the texts of the held-out set in dir as dyad's JSON
// Lines input, each with the publication date of its gold file, as
// to_jsonl.py does.
func heldoutInput(t *testing.T, dir string, golds map[string]eval.Gold) string {
	t.Helper()
	ids := make([]string, 0, len(golds))
	for id := range golds {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var b strings.Builder
	for _, id := range ids {
		text, err := os.ReadFile(filepath.Join(dir, id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		rec := map[string]string{"id": id, "text": string(text)}
		if p, ok := golds[id]["published"].(string); ok && len(p) >= 10 {
			rec["published"] = p[:10]
		}
		line, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "heldout.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// checkHeldout codes the held-out set in dir with `dyad code`, scores it
// with internal/eval, logs the figures (and, with -v, every error line) and
// fails when a stage's F1 falls below its floor, when a document has no
// output, when a forbidden event is coded or when a clean check fails.
func checkHeldout(t *testing.T, dir string, floors []heldoutFloor) {
	t.Helper()
	golds, err := eval.LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) == 0 {
		t.Skipf("no gold files in %s", dir)
	}
	code, out, errs := run(t, "", "code", "--format", "jsonl", heldoutInput(t, dir, golds))
	if code != ExitOK {
		t.Fatalf("code exited %d: %s", code, errs)
	}
	preds, err := eval.ReadPreds(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	res := eval.Score(golds, preds)
	tallies := map[string]eval.Tally{"entities": res.Entities, "quotes": res.Quotes, "events": res.Events, "dates": res.Dates}
	for _, fl := range floors {
		tl := tallies[fl.stage]
		p, r, f := tl.PRF()
		t.Logf("%-8s P=%.3f R=%.3f F1=%.3f (tp %d, fp %d, fn %d)", fl.stage, p, r, f, tl.TP, tl.FP, tl.FN)
		if f < fl.f1 {
			t.Errorf("%s F1 %.3f fell below the held-out floor %.2f", fl.stage, f, fl.f1)
		}
	}
	t.Logf("documents %d, missing %d, forbidden events %d, clean checks failed %d of %d",
		res.Documents, res.Missing, res.Forbidden, res.CleanFailed, res.CleanChecks)
	if res.Missing != 0 {
		t.Errorf("%d held-out documents have no output", res.Missing)
	}
	if res.Forbidden != 0 {
		t.Errorf("%d forbidden events (denied or misread events coded as asserted)", res.Forbidden)
	}
	if res.CleanFailed != 0 {
		t.Errorf("%d clean checks failed (scraper artefacts kept or text lost)", res.CleanFailed)
	}
	if testing.Verbose() {
		ids := make([]string, 0, len(res.Log))
		for id := range res.Log {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			for _, l := range res.Log[id] {
				t.Logf("%s: %s", id, l)
			}
		}
	}
}

func TestHeldout(t *testing.T) {
	checkHeldout(t, heldoutDir, heldoutFloors)
}

func TestHeldout2(t *testing.T) {
	checkHeldout(t, heldout2Dir, heldout2Floors)
}
