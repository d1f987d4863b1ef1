package event

import (
	"os"
	"testing"
)

func TestDebugTruth(t *testing.T) {
	s := os.Getenv("DYAD_TRUTH")
	if s == "" {
		t.Skip()
	}
	d := mkDoc("en", s)
	an := prepare(d)
	lx, _ := DefaultLexicon()
	c := &coder{an: an, lex: lx, consumed: map[int]bool{}, lastSubj: -1, lastSubjSent: -1}
	sent := d.Sentences[0]
	for i := sent.FirstToken; i < sent.EndToken; i++ {
		if tr := c.match(i, sent.EndToken); tr != nil {
			subj := c.subject(i, sent, tr)
			tg, slot := c.target(tr, sent, subj)
			md := c.truth(tr, sent)
			t.Logf("passive=%v %d %s subj=%+v tg=%v slot=%s md=%+v", tr.passive, i, tr.e.Pattern, subj, tg, slot, md)
		}
	}
}
