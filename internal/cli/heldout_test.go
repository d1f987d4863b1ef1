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

// heldoutSet is a held-out set with its regression guards: the floors,
// the forbidden events tolerated (those of the run the floors come from,
// where nobody has read which they are), the clean checks allowed to fail
// (likewise) and whether -v may print its
// error lines (not for a set that is still unseen: reading its errors
// would spend it).
type heldoutSet struct {
	dir            string
	floors         []heldoutFloor
	maxForbidden   int
	maxCleanFailed int
	showErrors     bool
}

// heldout holds twelve articles written for dyad on 2026-11-27. They were
// used for diagnosis and tuning that evening (see its README.md), so their
// scores are no longer a held-out measure. The floors are set a little
// below the figures first measured then (entities F1 0.944-0.949, quotes
// F1 0.600-0.624, events F1 0.291, dates F1 0.932); they are not targets.
var heldout = heldoutSet{dir: "../../testdata/heldout", showErrors: true, floors: []heldoutFloor{
	{"entities", 0.85},
	{"quotes", 0.50},
	{"events", 0.20},
	{"dates", 0.80},
}}

// heldout2 holds fourteen articles (7 Arabic, 7 English) written on
// 2026-11-28. They stayed unread through two sessions' runs and were then
// used for diagnosis by the third session of 2026-11-28 (see its
// README.md), so they no longer measure unseen text. The floors are set a
// little below the figures after that session (entities 0.994, quotes
// 0.957, events 0.896, dates 0.993) as regression guards.
var heldout2 = heldoutSet{dir: "../../testdata/heldout2", showErrors: true, floors: []heldoutFloor{
	{"entities", 0.95},
	{"quotes", 0.90},
	{"events", 0.80},
	{"dates", 0.95},
}}

// heldout3 holds sixteen articles (8 Arabic, 8 English) written on
// 2026-11-28 by a session that never saw dyad's code or output (see its
// README.md). It measured unseen news twice, its error lines unread
// (events F1 0.292, then 0.392 after the day's first round of general
// rules), and was then used for diagnosis by the second round. The floors
// sit a little below the figures after that round (entities 0.924, quotes
// 0.851, events 0.615, dates 0.953, no forbidden event) as regression
// guards.
var heldout3 = heldoutSet{dir: "../../testdata/heldout3", showErrors: true, floors: []heldoutFloor{
	{"entities", 0.90},
	{"quotes", 0.80},
	{"events", 0.55},
	{"dates", 0.92},
}}

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

// checkHeldout codes the held-out set with `dyad code`, scores it with
// internal/eval, logs the figures (and, with -v, every error line when the
// set allows it) and fails when a stage's F1 falls below its floor, when a
// document has no output, when more forbidden events are coded than the
// set tolerates or when a clean check fails.
func checkHeldout(t *testing.T, set heldoutSet) {
	t.Helper()
	dir := set.dir
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
	for _, fl := range set.floors {
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
	if res.Forbidden > set.maxForbidden {
		t.Errorf("%d forbidden events (denied or misread events coded as asserted); at most %d expected", res.Forbidden, set.maxForbidden)
	}
	if res.CleanFailed > set.maxCleanFailed {
		t.Errorf("%d clean checks failed (scraper artefacts kept or text lost); at most %d expected", res.CleanFailed, set.maxCleanFailed)
	}
	if testing.Verbose() && set.showErrors {
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

// heldout4 holds sixteen articles (8 Arabic, 8 English) written on
// 2026-11-28, again by a session that never saw dyad (see its README.md).
// It measured unseen news three times (events F1 0.333, 0.337, 0.337) and
// was then opened for diagnosis. The floors sit a little below those runs
// (entities 0.894, quotes 0.752-0.763, events 0.333-0.348, dates 0.914;
// one forbidden event and two failed clean checks).
var heldout4 = heldoutSet{dir: "../../testdata/heldout4", showErrors: true, maxForbidden: 1, maxCleanFailed: 2, floors: []heldoutFloor{
	{"entities", 0.85},
	{"quotes", 0.70},
	{"events", 0.28},
	{"dates", 0.87},
}}

// heldout5 holds sixteen articles (8 Arabic, 8 English) written on
// 2026-11-28 by a session that never saw dyad (see its README.md): the
// honest measure of unseen news now. Its error lines are never printed.
// The floors sit a little below its first run (entities 0.872, quotes
// 0.667, events 0.346, dates 0.959; one forbidden event and three failed
// clean checks, unread). They are not targets: do not tune rules against
// these articles.
var heldout5 = heldoutSet{dir: "../../testdata/heldout5", maxForbidden: 1, maxCleanFailed: 3, floors: []heldoutFloor{
	{"entities", 0.83},
	{"quotes", 0.60},
	{"events", 0.29},
	{"dates", 0.92},
}}

func TestHeldout(t *testing.T)  { checkHeldout(t, heldout) }
func TestHeldout2(t *testing.T) { checkHeldout(t, heldout2) }
func TestHeldout3(t *testing.T) { checkHeldout(t, heldout3) }
func TestHeldout4(t *testing.T) { checkHeldout(t, heldout4) }
func TestHeldout5(t *testing.T) { checkHeldout(t, heldout5) }
