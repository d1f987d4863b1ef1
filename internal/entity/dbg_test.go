package entity

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/dyad-news/dyad/internal/lexicon"
)

func TestDebugDump(t *testing.T) {
	lex, _ := lexicon.Default()
	docs, _ := codeDev(t, New(lex))
	ids := []string{}
	for id := range docs { ids = append(ids, id) }
	for _, id := range ids {
		if m, _ := filepath.Match("*", id); !m { continue }
		for _, e := range docs[id].Entities {
			fmt.Printf("%s\t%s\t%s\t%s\t%s\t%s\t", id, e.Name, e.Type, e.Country, e.Actor, e.LexiconID)
			for _, m := range e.Mentions { fmt.Printf("[%s|%s] ", m.Text, m.Role) }
			fmt.Println()
		}
	}
}
