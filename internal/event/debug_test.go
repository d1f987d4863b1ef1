package event

import (
	"os"
	"testing"
)

func TestDebugText(t *testing.T) {
	s, lang := debugInput(t, "DYAD_TEXT")
	evs, d := codeText(t, lang, s, Options{})
	for _, e := range d.Events {
		t.Logf("%s | %s", e.Code, e.Why)
	}
	for _, m := range d.Entities {
		t.Logf("ent %s %s %v", m.Name, m.Actor, len(m.Mentions))
	}
	t.Log(evs)
}

func TestDebugTokens(t *testing.T) {
	s, lang := debugInput(t, "DYAD_TOKS")
	d := mkDoc(lang, s)
	lx, _ := DefaultLexicon()
	an := prepare(d, lx)
	c := &coder{an: an, lex: lx}
	for i := range an.toks {
		an.toks[i].stop = c.stopsCue(i)
	}
	for i, k := range an.toks {
		tr := c.match(i, len(an.toks))
		m := ""
		if tr != nil {
			m = tr.e.Pattern
		}
		t.Logf("%d %q norm=%q stem=%q conj=%q prep=%q det=%v ment=%d sent=%d trig=%q", i, d.Tokens[i].Text, k.norm, k.stem, k.conj, k.prep, k.det, k.ment, d.Tokens[i].Sentence, m)
	}
}

func TestDebugTextLayer(t *testing.T) {
	s := os.Getenv("DYAD_TL")
	if s == "" {
		t.Skip()
	}
	d := mkDoc("ar", s)
	for _, k := range d.Tokens {
		t.Logf("%q norm=%q stem=%q pre=%q suf=%q", k.Text, k.Norm, k.Stem, k.Prefix, k.Suffix)
	}
}

// debugInput returns the text of environment variable name and its
// language, or skips t when it is unset.
func debugInput(t *testing.T, name string) (text, lang string) {
	text = os.Getenv(name)
	if text == "" {
		t.Skipf("set %s to a text to debug", name)
	}
	if isArabic(text) {
		return text, "ar"
	}
	return text, "en"
}
