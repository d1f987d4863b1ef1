package entity

import (
	"strings"

	"github.com/dyad-news/dyad/internal/lexicon"
)

// bareLegislaturePass links a legislature named without its state
// (البرلمان، مجلس النواب، مجلس الشيوخ) to the lexicon's legislature of
// the state named last before it (a country, or a state's adjective):
// "تعرقل أغلبية الحزب الجمهوري في مجلس النواب" after الولايات المتحدة is
// the House of Representatives. The name with the state's adjective
// (مجلس النواب الأمريكي) must be one the lexicon lists.
func (st *state) bareLegislaturePass() {
	n := len(st.words)
	for i := 0; i < n; i++ {
		if st.cover[i] != nil || st.words[i].Analyses == nil {
			continue
		}
		a, e, ok := st.legislatureAt(i)
		if !ok || e < n && (st.demAt(e) != nil || st.cover[e] != nil && st.cover[e].s == e && st.cover[e].typ == "LOC") {
			continue // البرلمان التركي, مجلس النواب في ليبيا: named already
		}
		country := st.countryBefore(i)
		if country == nil {
			continue
		}
		if org := st.legislatureOf(st.legislatureName(i, e, a), country); org != nil {
			st.add(st.newSpan(span{s: i, e: e, start: st.mentionStart(i, a), end: st.words[e-1].End, entry: org,
				typ: org.Type, name: org.Name, country: org.Country}))
			i = e - 1
		}
	}
}

// legislatureAt reads a legislature's generic name at word i: البرلمان,
// or مجلس with النواب/الشيوخ/الشعب/الأمة/الشورى, with the article (and a
// preposition or و before it). It returns the reading of word i and the
// end of the name.
func (st *state) legislatureAt(i int) (lexicon.Analysis, int, bool) {
	for _, a := range st.words[i].Analyses {
		if a.Pre != "" && a.Pre != "و" && a.Pre != "ف" && a.Pre != "ب" && a.Pre != "ل" {
			continue
		}
		if a.Article && a.Stem == "برلمان" {
			return a, i + 1, true
		}
		if !a.Article && a.Stem == "مجلس" && i+1 < len(st.words) && st.cover[i+1] == nil && arChambers[st.words[i+1].Fold] {
			return a, i + 2, true
		}
	}
	return lexicon.Analysis{}, i, false
}

// arChambers name a legislature's chamber after مجلس.
var arChambers = wordSet(`النواب الشيوخ الشعب الامة الشورى`)

// legislatureName is the name at words [i, e) as the lexicon writes it:
// without the preposition before it.
func (st *state) legislatureName(i, e int, a lexicon.Analysis) string {
	parts := []string{string(st.runes[st.mentionStart(i, a):st.words[i].End])}
	for k := i + 1; k < e; k++ {
		parts = append(parts, st.words[k].Text)
	}
	return strings.Join(parts, " ")
}

// legislatureOf returns the lexicon's legislature named name and the
// state's adjective (مجلس النواب + الأمريكي), or nil.
func (st *state) legislatureOf(name string, country *lexicon.Entry) *lexicon.Entry {
	for _, adj := range country.AdjAr {
		for _, org := range st.lex.Lookup(name + " ال" + adj) {
			if org.Kind == lexicon.Org && org.Country == country.Country && strings.HasSuffix(org.Actor, "LEG") {
				return org
			}
		}
	}
	return nil
}

// countryBefore returns the country named last before word i (by its
// name or by a state's adjective), or nil.
func (st *state) countryBefore(i int) *lexicon.Entry {
	best, at := (*lexicon.Entry)(nil), -1
	for _, sp := range st.spans {
		if sp.s < i && sp.s > at && sp.entry != nil && sp.entry.Kind == lexicon.Country {
			best, at = sp.entry, sp.s
		}
	}
	for _, d := range st.dems {
		if d.s < i && d.s > at && d.entry != nil && d.entry.Kind == lexicon.Country {
			best, at = d.entry, d.s
		}
	}
	return best
}
