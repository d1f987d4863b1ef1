package event

import (
	"strings"
	"testing"
)

// TestDebugRegister prints the sports-register markers of DYAD_REG's
// sentences.
func TestDebugRegister(t *testing.T) {
	s, lang := debugInput(t, "DYAD_REG")
	d := mkDoc(lang, s)
	lx, _ := DefaultLexicon()
	c := &coder{an: prepare(d, lx), lex: lx}
	markers, _ := loadRegister()
	sports := c.sportsTokens()
	for si, sn := range d.Sentences {
		var hit []string
		for i := sn.FirstToken; i < sn.EndToken; i++ {
			for _, m := range c.markersAt(markers[lang], i, sn.EndToken) {
				hit = append(hit, strings.Join(m.words, " "))
			}
		}
		n := 0
		for i := sn.FirstToken; i < sn.EndToken; i++ {
			if sports[i] {
				n++
			}
		}
		t.Logf("sentence %d sports tokens=%d/%d markers=%v", si, n, sn.EndToken-sn.FirstToken, hit)
	}
}
