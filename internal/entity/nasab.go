package entity

import "github.com/dyad-news/dyad/internal/lexicon"

// nasabPass links a person written with the father's name between the
// given name and the family name ("مساعد بن محمد العيبان") to the record
// listed without it ("مساعد العيبان"): uncovered words X بن Y, then Z
// uncovered or linked alone to that person, where X Z names a person of
// the lexicon.
func (st *state) nasabPass() {
	n := len(st.words)
	for i := 0; i+3 < n; i++ {
		if st.words[i].Analyses == nil || !st.free(i, i+3) || !arNasab[st.words[i+1].Fold] || !st.sameSentence(i, i+3) {
			continue
		}
		// the family name alone may be linked already (العيبان)
		last := st.cover[i+3]
		if last != nil && (last.s != i+3 || last.e != i+4 || last.entry == nil) {
			continue
		}
		pair := []lexicon.Word{st.words[i], st.words[i+3]}
		var hit *lexicon.Hit
		for _, h := range st.lex.MatchAt(lexicon.Names, pair, 0) {
			if h.End == 2 && h.Ref.Entry.Kind == lexicon.Person {
				hit = &h
				break
			}
		}
		if hit == nil {
			continue
		}
		e := hit.Ref.Entry
		switch {
		case last == nil:
			sp := st.newSpan(span{s: i, e: i + 4, entry: e, typ: e.Type, name: e.Name, country: e.Country})
			sp.start, sp.end = st.mentionStart(i, hit.First), st.words[i+3].End
			st.add(sp)
		case last.entry == e:
			last.s, last.start = i, st.mentionStart(i, hit.First)
			for k := i; k < i+3; k++ {
				st.cover[k] = last
			}
		}
		i += 3
	}
}

// arNasab join a given name to the father's (بن, ابن, بنت).
var arNasab = wordSet(`بن ابن بنت`)
