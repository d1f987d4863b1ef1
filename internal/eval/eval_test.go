package eval

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// sharedDir returns ../shared beside the repository, or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, _ := filepath.Abs("../../../shared")
	if _, err := os.Stat(filepath.Join(dir, "eval", "score.py")); err != nil {
		t.Skipf("../shared is absent (%v): skipping the comparison with score.py", err)
	}
	return dir
}

// fakePreds turns gold files into predictions that hit, miss and
// mis-type in every way the scorer distinguishes.
func fakePreds(t *testing.T, golds map[string]Gold, devDir string) []map[string]any {
	var out []map[string]any
	n := 0
	for id, g := range golds {
		text, _ := os.ReadFile(filepath.Join(devDir, id+".txt"))
		p := map[string]any{"id": id, "text": string(text)}
		var ents, quotes, events, dates []any
		for _, e := range list(g["entities"]) {
			n++
			em := obj(e)
			typ := str(em["type"])
			if n%7 == 0 {
				typ = "MISC"
			}
			name := str(em["name"])
			if al := list(em["aliases"]); n%3 == 0 && len(al) > 0 {
				name = str(al[len(al)-1])
			}
			if n%11 != 0 {
				ents = append(ents, map[string]any{"name": name, "type": typ, "mentions": []any{map[string]any{"text": name}}})
			}
		}
		ents = append(ents, map[string]any{"name": "Nobody Atall", "type": "PER"})
		for _, q := range list(g["quotes"]) {
			n++
			qm := obj(q)
			txt := str(qm["text"])
			if n%4 == 0 {
				w := strings.Fields(txt)
				txt = strings.Join(w[:len(w)/2+1], " ")
			}
			quotes = append(quotes, map[string]any{"speaker": map[string]any{"name": str(qm["speaker"])}, "text": txt, "direct": qm["direct"]})
		}
		quotes = append(quotes, map[string]any{"speaker": nil, "text": "x"})
		for _, e := range list(g["events"]) {
			n++
			em := obj(e)
			roots := strList(em["roots"])
			code := roots[0] + "0"
			if n%5 == 0 {
				code = "190"
			}
			ev := ""
			if a := strList(em["anchors"]); len(a) > 0 {
				ev = "... " + a[0] + " ..."
			}
			events = append(events, map[string]any{"source": map[string]any{"actor": pyStrOrNil(em["source"]) + "GOV"},
				"target": map[string]any{"actor": em["target"]}, "code": code, "negated": n%13 == 0,
				"evidence": map[string]any{"text": ev}})
		}
		for _, d := range list(g["dates"]) {
			n++
			dm := obj(d)
			v := dm["value"]
			if n%3 == 0 {
				v = "1999"
			}
			dates = append(dates, map[string]any{"text": "في " + str(dm["text"]), "value": v})
		}
		p["entities"], p["quotes"], p["events"], p["dates"] = ents, quotes, events, dates
		out = append(out, p)
	}
	return out
}

func pyStrOrNil(x any) string {
	if x == nil {
		return ""
	}
	return str(x)
}

func TestAgreesWithScorePy(t *testing.T) {
	shared := sharedDir(t)
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 is absent: cannot run score.py")
	}
	dev := filepath.Join(shared, "corpus", "dev")
	golds, err := LoadGold(dev)
	if err != nil {
		t.Fatal(err)
	}
	preds := fakePreds(t, golds, dev)
	f := filepath.Join(t.TempDir(), "pred.jsonl")
	var lines []string
	predMap := map[string]Pred{}
	for _, p := range preds {
		b, _ := json.Marshal(p)
		lines = append(lines, string(b))
		var back Pred
		_ = json.Unmarshal(b, &back)
		predMap[str(back["id"])] = back
	}
	if err := os.WriteFile(f, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("python3", filepath.Join(shared, "eval", "score.py"), "--gold", dev, "--pred", f, "--json").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var want map[string]any
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	gotJSON, _ := json.Marshal(Score(golds, predMap).JSON())
	var got map[string]any
	_ = json.Unmarshal(gotJSON, &got)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("dyad eval and score.py disagree:\n dyad:     %s\n score.py: %s", gotJSON, out)
	}
}

func TestNorm(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"case and punctuation", "U.S. Army", "u s army"},
		{"hamza forms", "أإآٱ", "اااا"},
		{"ta marbuta and alef maqsura", "سورية مصطفى", "سوريه مصطفي"},
		{"diacritics and tatweel", "دعماً عسكرـياً", "دعما عسكريا"},
		{"quotes", "“بلا حدود”", "بلا حدود"},
	} {
		if got := Norm(c.in); got != c.want {
			t.Errorf("%s: Norm(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestConll(t *testing.T) {
	in := "Putin\tB-PER\nvisited\tO\nNew\tB-LOC\nYork\tI-LOC\n.\tO\n\nUN\tB-ORG\n"
	d, err := ReadConll(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != "Putin visited New York .\nUN" {
		t.Fatalf("text %q", d.Text)
	}
	want := []TypedSpan{{0, 5, "PER"}, {14, 22, "LOC"}, {25, 27, "ORG"}}
	if !reflect.DeepEqual(d.Mentions, want) {
		t.Fatalf("mentions %v, want %v", d.Mentions, want)
	}
	// predicted on a text whose white space differs
	res := ScoreMentions(d, "Putin  visited New York .\n\nUN", []TypedSpan{{0, 5, "PER"}, {15, 23, "LOC"}, {15, 18, "LOC"}})
	if a := res["ALL"]; a.TP != 2 || a.FP != 1 || a.FN != 1 {
		t.Errorf("ALL = %+v, want tp 2 fp 1 fn 1", a)
	}
}

func TestRound3LikePython(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{
		{2 * (63.0 / 65) * (63.0 / 95) / (63.0/65 + 63.0/95), 0.787}, // F1 of tp 63, fp 2, fn 32
		{0.5, 0.5},
		{1.0 / 3, 0.333},
		{0.9995, 1.0}, // stored a hair above the tie
	} {
		if got := round3(c.in); got != c.want {
			t.Errorf("round3(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}
