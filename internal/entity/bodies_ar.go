package entity

import (
	"strings"

	"github.com/dyad-news/dyad/internal/lexicon"
)

// bodyNamePass finds Arabic organisations the lexicon does not list by
// the shape of their names:
//
//   - a body noun with the article, its adjectives (a state's among
//     them, or one of arBodyAdjectives) and a field with لل: المجلس
//     الأعلى للقضاء، الاتحاد العام التونسي للشغل، الهيئة الوطنية
//     المستقلة للانتخابات;
//   - a body noun without the article heading a genitive chain that
//     ends in a noun with the article (or a place), then its adjectives:
//     حركة تحرير ... الجنوب، حزب قلب تونس، جبهة إنقاذ الوطن. A noun like
//     حركة or هيئة that also means "movement" or "authority" needs an
//     indefinite noun in the chain (حركة تقرير مصير X, not حركة الملاحة
//     البحرية); the heads of arCellHeads do not (خلية الأزمة الحكومية).
func (st *state) bodyNamePass() {
	n := len(st.words)
	for i := 0; i+1 < n; i++ {
		if st.cover[i] != nil || st.words[i].Analyses == nil || st.bits[i]&bitBodyHead == 0 {
			continue
		}
		for _, a := range st.words[i].Analyses {
			if !arBodyHeads[a.Stem] || (a.Pre != "" && a.Pre != "و" && a.Pre != "ف" && a.Pre != "ل" && a.Pre != "ب") {
				continue
			}
			var e int
			if a.Article {
				e = st.definiteBodyEnd(i + 1)
			} else {
				e = st.constructBodyEnd(i+1, arCellHeads[a.Stem])
			}
			if e > i+1 {
				sp := st.newSpan(span{s: i, e: e, start: st.mentionStart(i, a), end: st.words[e-1].End, typ: "ORG"})
				sp.name = string(st.runes[sp.start:sp.end])
				st.add(sp)
				i = e - 1
			}
			break
		}
	}
}

// definiteBodyEnd reads, from word p after a body noun with the article,
// at least one adjective (arBodyAdjectives or a state's), then a field
// with لل and its adjectives; it returns the end of the name, or p when
// there is no adjective or neither a field nor a state's adjective.
func (st *state) definiteBodyEnd(p int) int {
	k, adjectives, state := p, 0, false
	for adjectives < 3 && k < len(st.words) {
		if d := st.demAt(k); d != nil && st.plainRun(k, d.e) {
			k, adjectives, state = d.e, adjectives+1, true
			continue
		}
		if st.cover[k] == nil && st.reading(k, func(a lexicon.Analysis) bool { return a.Pre == "" && a.Article && arBodyAdjectives[a.Stem] }) {
			k, adjectives = k+1, adjectives+1
			continue
		}
		break
	}
	if adjectives == 0 {
		return p
	}
	if k < len(st.words) && st.cover[k] == nil && st.sameSentence(p, k) &&
		st.reading(k, func(a lexicon.Analysis) bool { return a.Pre == "ل" && a.Article }) {
		return st.adjectivesEnd(k + 1)
	}
	if state {
		return k
	}
	return p
}

// constructBodyEnd reads, from word p after a body noun without the
// article, a genitive chain: up to three nouns without the article, then
// a noun with it or a place, then its adjectives. It returns the end of
// the name, or p. Unless any is set, the chain must hold a noun without
// the article.
func (st *state) constructBodyEnd(p int, any bool) int {
	k, bare := p, 0
	for bare < 3 && k < len(st.words) && st.cover[k] == nil && st.chainNoun(k) {
		k, bare = k+1, bare+1
	}
	if bare == 0 && !any || k >= len(st.words) || !st.sameSentence(p, k) {
		return p
	}
	if c := st.cover[k]; c != nil {
		if c.s == k && c.typ == "LOC" && bare > 0 {
			return c.e // حزب قلب تونس
		}
		return p
	}
	if st.words[k].Analyses == nil || st.demAt(k) != nil || !st.reading(k, func(a lexicon.Analysis) bool { return a.Pre == "" && a.Article }) {
		return p
	}
	return st.adjectivesEnd(k + 1)
}

// chainNoun reports whether word k can be a noun without the article
// inside a genitive chain: no function word, no و before it, no
// adjective (a nisba: إرهابية) and no pronoun after it (تحملها).
func (st *state) chainNoun(k int) bool {
	w := &st.words[k]
	if w.Analyses == nil || st.arCommonFunction(k) || isQuote(w.Text) || isNisba(w.Fold) ||
		hasAnySuffix(w.Fold, "ها", "هم", "هما", "كم", "نا") ||
		st.reading(k, func(a lexicon.Analysis) bool { return a.Article || a.Pre == "و" || a.Pre == "ف" }) {
		return false
	}
	return st.reading(k, func(a lexicon.Analysis) bool { return a.Pre == "" })
}

// isNisba reports whether a folded Arabic word ends as a relative
// adjective does (-ي, -ية).
func isNisba(f string) bool {
	return strings.HasSuffix(f, "ي") || strings.HasSuffix(f, "يه")
}

// hasAnySuffix reports whether s ends with one of ss.
func hasAnySuffix(s string, ss ...string) bool {
	for _, x := range ss {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// adjectivesEnd returns the end of up to two adjectives with the article
// from word p: a state's, one of arBodyAdjectives, or a nisba (-ي, -ية).
func (st *state) adjectivesEnd(p int) int {
	k := p
	for range 2 {
		if k >= len(st.words) {
			break
		}
		if d := st.demAt(k); d != nil && st.plainRun(k, d.e) {
			k = d.e
			continue
		}
		if st.cover[k] == nil && st.words[k].Analyses != nil && !st.arCommonFunction(k) && st.reading(k, func(a lexicon.Analysis) bool {
			return a.Pre == "" && a.Article && (arBodyAdjectives[a.Stem] || isNisba(a.Stem))
		}) {
			k++
			continue
		}
		break
	}
	return k
}

// reading reports whether some reading of Arabic word k satisfies ok.
func (st *state) reading(k int, ok func(lexicon.Analysis) bool) bool {
	if k < 0 || k >= len(st.words) || !st.words[k].Word {
		return false
	}
	for _, a := range st.words[k].Analyses {
		if ok(a) {
			return true
		}
	}
	return false
}

// plainRun reports whether words [s, e) are words of one sentence with
// no person or organisation over them.
func (st *state) plainRun(s, e int) bool {
	for k := s; k < e; k++ {
		if !st.words[k].Word || st.cover[k] != nil && st.cover[k].typ != "LOC" {
			return false
		}
	}
	return st.sameSentence(s, e-1)
}

// sameSentence reports whether words a and b are in one paragraph with
// only words between them.
func (st *state) sameSentence(a, b int) bool {
	for k := a; k <= b && k < len(st.words); k++ {
		if !st.words[k].Word || st.words[k].Para != st.words[a].Para {
			return false
		}
	}
	return true
}

// arCommonFunction reports whether word k is a function word, never part
// of a name chain (في، على، التي).
func (st *state) arCommonFunction(k int) bool {
	return arChainStops[st.words[k].Fold]
}

var (
	// arBodyHeads name bodies; arCellHeads are those that are not also
	// common nouns of motion or authority.
	arBodyHeads = wordSet(`مجلس لجنه هيئه اتحاد مكتب مرصد مفوضيه رابطه نقابه جمعيه منظمه مؤسسه حركه جبهه خليه ائتلاف تحالف تيار حزب`)
	arCellHeads = wordSet(`خليه جبهه ائتلاف تيار نقابه رابطه`)
	// arBodyAdjectives qualify a body's name.
	arBodyAdjectives = wordSet(`اعلي عليا وطني وطنيه عام عامه مستقل مستقله دائم دائمه مركزي مركزيه اتحادي اتحاديه امني امنيه
شعبي شعبيه عسكري عسكريه انتقالي انتقاليه`)
	// arChainStops end a genitive chain.
	arChainStops = wordSet(`في على من الى عن مع بين ان أن إن التي الذي الذين اللتين اللذين قد لا لم لن ما كما بعد قبل عند حتى او أو ثم`)
)
