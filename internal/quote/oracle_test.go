package quote

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/dyad-news/dyad/internal/doc"
)

// goldFile is the part of a gold file the tests read.
type goldFile struct {
	Doc       string `json:"doc"`
	Lang      string `json:"lang"`
	Published string `json:"published"`
	Score     []string
	Entities  []struct {
		Name     string   `json:"name"`
		Type     string   `json:"type"`
		Country  string   `json:"country"`
		Aliases  []string `json:"aliases"`
		Optional bool     `json:"optional"`
	} `json:"entities"`
	Quotes []goldQuote `json:"quotes"`
}

type goldQuote struct {
	Speaker  string `json:"speaker"`
	Direct   bool   `json:"direct"`
	Text     string `json:"text"`
	Optional bool   `json:"optional"`
}

// sharedDir returns <repo>/../shared, or "" when absent.
func sharedDir() string {
	dir, _ := os.Getwd()
	for d := dir; d != "/" && d != "."; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			s := filepath.Join(filepath.Dir(d), "shared")
			if st, err := os.Stat(s); err == nil && st.IsDir() {
				return s
			}
			return ""
		}
	}
	return ""
}

func loadGold(dir string) ([]goldFile, map[string]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, nil, err
	}
	var gs []goldFile
	texts := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, err
		}
		var g goldFile
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, nil, err
		}
		t, err := os.ReadFile(strings.TrimSuffix(p, ".gold.json") + ".txt")
		if err != nil {
			return nil, nil, err
		}
		gs = append(gs, g)
		texts[g.Doc] = string(t)
	}
	return gs, texts, nil
}

// oracleEntities fills d.Entities from a gold file's names and aliases,
// found in the text by plain matching: a stand-in for the entity stage
// that isolates the quote stage's own errors.
func oracleEntities(d *doc.Document, g goldFile) {
	rs := []rune(d.Text)
	type cand struct {
		s, e, ent int
	}
	var cs []cand
	for ei, e := range g.Entities {
		names := append([]string{e.Name}, e.Aliases...)
		for _, n := range names {
			nr := []rune(n)
			if len(nr) < 2 {
				continue
			}
			for i := 0; i+len(nr) <= len(rs); i++ {
				if string(rs[i:i+len(nr)]) != n {
					continue
				}
				if i > 0 && (unicode.IsLetter(rs[i-1])) {
					// allow Arabic proclitics
					j := i - 1
					for j >= 0 && j >= i-3 && strings.ContainsRune("وفبلكال", rs[j]) {
						j--
					}
					if !(j < 0 || !unicode.IsLetter(rs[j])) || !isArabic(rs[i]) {
						continue
					}
				}
				end := i + len(nr)
				if end < len(rs) && unicode.IsLetter(rs[end]) && !isArabic(rs[end]) {
					continue
				}
				cs = append(cs, cand{i, end, ei})
			}
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].s != cs[j].s {
			return cs[i].s < cs[j].s
		}
		return cs[i].e > cs[j].e
	})
	ents := make([]doc.Entity, len(g.Entities))
	for ei, e := range g.Entities {
		ents[ei] = doc.Entity{Name: e.Name, Type: e.Type, Country: e.Country, Actor: e.Country}
	}
	last := -1
	for _, c := range cs {
		if c.s < last {
			continue
		}
		ents[c.ent].Mentions = append(ents[c.ent].Mentions, doc.Mention{Start: c.s, End: c.e, Text: string(rs[c.s:c.e])})
		last = c.e
	}
	for _, e := range ents {
		if len(e.Mentions) > 0 {
			d.Entities = append(d.Entities, e)
		}
	}
}
