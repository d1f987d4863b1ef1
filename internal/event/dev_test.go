package event

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/text"
)

// sharedDir finds <repo>/../shared, or "".
func sharedDir() string {
	dir, _ := os.Getwd()
	for d := dir; d != "/"; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			s := filepath.Join(filepath.Dir(d), "shared")
			if _, err := os.Stat(s); err == nil {
				return s
			}
			return ""
		}
	}
	return ""
}

var igoByName = map[string]string{
	"United Nations": "IGOUNO", "United Nations Security Council": "IGOUNO", "United Nations General Assembly": "IGOUNO",
	"European Union": "IGOEUREEC", "NATO": "IGOWSTNAT", "Arab League": "IGOMEAARL", "Médecins Sans Frontières": "NGOHLHMSF",
	"Doctors Without Borders": "NGOHLHMSF", "International Criminal Court": "IGOJUDICC",
	"Office of the United Nations High Commissioner for Human Rights": "IGOUNO",
}

// oracleEntities fills d.Entities from a gold file's entity list (names and
// aliases found in the text), standing in for the entity stage.
func oracleEntities(d *doc.Document, gold map[string]any) {
	ents, _ := gold["entities"].([]any)
	runes := []rune(d.Text)
	low := []rune(strings.ToLower(d.Text))
	for _, x := range ents {
		g := x.(map[string]any)
		name, _ := g["name"].(string)
		typ, _ := g["type"].(string)
		country, _ := g["country"].(string)
		actor := country
		if a, ok := igoByName[name]; ok {
			actor = a
		}
		if strings.Contains(name, "Médecins") || strings.Contains(name, "Doctors") {
			actor = "NGOHLHMSF"
		}
		e := doc.Entity{Name: name, Type: typ, Country: country, Actor: actor}
		if typ == "PER" && country != "" {
			e.Actor = country
		}
		aliases := []string{name}
		if as, ok := g["aliases"].([]any); ok {
			for _, a := range as {
				aliases = append(aliases, a.(string))
			}
		}
		sort.Slice(aliases, func(i, j int) bool { return len(aliases[i]) > len(aliases[j]) })
		taken := map[int]bool{}
		for _, a := range aliases {
			ar := []rune(strings.ToLower(a))
			if len(ar) < 2 {
				continue
			}
			for i := 0; i+len(ar) <= len(low); i++ {
				if string(low[i:i+len(ar)]) != string(ar) || taken[i] {
					continue
				}
				// word boundaries (Arabic clitics allowed before)
				if i > 0 {
					p := low[i-1]
					if isLetter(p) && !strings.ContainsRune("وبلف", p) && !(p == 'ل' && i > 1 && low[i-2] == 'ا') {
						continue
					}
				}
				if j := i + len(ar); j < len(low) && isLetter(low[j]) && !isArabic(string(low[j])) {
					continue
				}
				taken[i] = true
				e.Mentions = append(e.Mentions, doc.Mention{Start: i, End: i + len(ar), Text: string(runes[i : i+len(ar)])})
			}
		}
		if len(e.Mentions) > 0 {
			d.Entities = append(d.Entities, e)
		}
	}
}

func isLetter(r rune) bool { return unicode.IsLetter(r) }

// TestDevOracle codes the dev corpus with gold entities (DYAD_DEV=1) and
// prints score.py's report; it tunes the stage independently of the
// entity stage.
func TestDevOracle(t *testing.T) {
	if os.Getenv("DYAD_DEV") == "" {
		t.Skip("set DYAD_DEV=1 to run")
	}
	sh := sharedDir()
	if sh == "" {
		t.Skip("no ../shared")
	}
	dir := filepath.Join(sh, "corpus", "dev")
	st, err := New(Options{}, "")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	out, _ := os.Create("/tmp/ev-oracle.jsonl")
	defer out.Close()
	for _, f := range files {
		var gold map[string]any
		b, _ := os.ReadFile(f)
		json.Unmarshal(b, &gold)
		id := strings.TrimSuffix(filepath.Base(f), ".gold.json")
		txt, _ := os.ReadFile(filepath.Join(dir, id+".txt"))
		d := doc.New()
		d.ID = id
		d.Text = string(txt)
		d.Lang, _ = gold["lang"].(string)
		d.Published, _ = gold["published"].(string)
		text.Analyze(d)
		oracleEntities(d, gold)
		if err := st.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, e := range d.Events {
			if os.Getenv("DYAD_WHY") != "" {
				t.Logf("%s %s→%v %s neg=%v mood=%s | %s", id, actorS(e.Source), actorS(e.Target), e.Code, e.Negated, e.Mood, e.Why)
			}
		}
		json.NewEncoder(out).Encode(d)
	}
	cmd := exec.Command("python3", filepath.Join(sh, "eval", "score.py"), "--gold", dir, "--pred", "/tmp/ev-oracle.jsonl", "--verbose")
	res, _ := cmd.CombinedOutput()
	t.Log("\n" + string(res))
}

func actorS(a *doc.ActorRef) string {
	if a == nil {
		return "-"
	}
	return a.Actor
}
