package lexicon

import (
	"strings"
	"unicode/utf8"
)

// build fills the indexes from the entries and role phrases.
func (l *Lexicon) build() {
	// size hints from the embedded data (8,314 entries gave 13,822 name
	// keys, 17,801 starts and 12,569 pairs), so that the maps are not
	// grown by doubling while they fill
	n := len(l.Entries)
	l.names = make(map[string][]*NameRef, 2*n)
	l.fuzzy = make(map[string][]*NameRef, n)
	l.demIndex = make(map[string][]*NameRef, n/2)
	l.roleIndex = map[string][]*NameRef{}
	l.byCode = map[string]*Entry{}
	l.holders = map[office][]heldRole{}
	l.firstName = make(map[string]bool, n/2)
	l.fuzzyFirst = make(map[string]bool, n/2)
	l.starts = make(map[string]start, 2*n+n/4)
	l.pairs = make(map[[2]string]*[3][]*NameRef, 2*n)
	defer func() {
		for s, m := range []map[string][]*NameRef{Names: l.names, Demonyms: l.demIndex, RolePhrases: l.roleIndex} {
			for k, refs := range m {
				st := l.starts[k]
				st.mask |= 1 << s
				for _, ref := range refs {
					var b *[3][]*NameRef
					if len(ref.Keys) == 1 {
						if b = st.single; b == nil {
							b = &[3][]*NameRef{}
							st.single = b
						}
					} else {
						st.multi = true
						pk := [2]string{k, ref.Keys[1]}
						if b = l.pairs[pk]; b == nil {
							b = &[3][]*NameRef{}
							l.pairs[pk] = b
						}
					}
					b[s] = append(b[s], ref)
				}
				l.starts[k] = st
			}
		}
		// the pairs again, by first key and the id of the second
		l.seconds = make(map[string]int32, len(l.pairs))
		for pk, b := range l.pairs {
			id := l.seconds[pk[1]]
			if id == 0 {
				id = int32(len(l.seconds) + 1)
				l.seconds[pk[1]] = id
			}
			st := l.starts[pk[0]]
			st.pairs = append(st.pairs, pairRefs{id, b})
			l.starts[pk[0]] = st
		}
	}()
	for _, e := range l.Entries {
		seen := map[string]bool{}
		for _, n := range e.Names {
			ref := newRef(n)
			if ref == nil {
				continue
			}
			ref.Entry = e
			k := strings.Join(ref.Keys, " ")
			if seen[k] {
				continue
			}
			seen[k] = true
			l.names[ref.Keys[0]] = append(l.names[ref.Keys[0]], ref)
			if e.Kind == Person {
				l.addFuzzy(ref)
				if len(ref.Keys) > 1 {
					l.firstName[ref.Keys[0]] = true
				}
			}
		}
		switch e.Kind {
		case Country:
			l.byCode[e.Country] = e
			// a CAMEO code never hides the state whose ISO code it is
			// (Northern Cyprus is coded CYP, Cyprus keeps CYP)
			if old := l.byCode[e.Code]; e.Code != e.Country && (old == nil || old.Country != e.Code) {
				l.byCode[e.Code] = e
			}
			for _, f := range DemonymsAr(e.AdjAr) {
				l.addDemonym(e, f.Text, f.Plural)
			}
			for _, f := range DemonymsEn(e.AdjEn) {
				l.addDemonym(e, f.Text, f.Plural)
			}
		case Person:
			for i := range e.Roles {
				if r := &e.Roles[i]; r.Title != "" {
					k := office{r.Title, OfficeKey(r.Actor)}
					l.holders[k] = append(l.holders[k], heldRole{e, r})
				}
			}
		}
	}
	for _, rp := range l.Roles {
		ref := newRef(rp.Phrase)
		if ref == nil {
			continue
		}
		ref.Role = rp
		ref.article = true
		rp.Units = ref.Keys
		l.roleIndex[ref.Keys[0]] = append(l.roleIndex[ref.Keys[0]], ref)
	}
}

func (l *Lexicon) addDemonym(e *Entry, form string, plural bool) {
	ref := newRef(form)
	if ref == nil {
		return
	}
	ref.Entry, ref.Demonym, ref.Plural = e, true, plural
	for _, r := range l.demIndex[ref.Keys[0]] {
		if r.Entry == e && strings.Join(r.Keys, " ") == strings.Join(ref.Keys, " ") {
			return
		}
	}
	l.demIndex[ref.Keys[0]] = append(l.demIndex[ref.Keys[0]], ref)
}

// addFuzzy indexes a person's name by its skeleton, for names long enough
// to be matched loosely (every word three letters or more, five or more
// letters in all).
func (l *Lexicon) addFuzzy(ref *NameRef) {
	folds := make([]string, len(ref.Keys))
	total := 0
	for i, k := range ref.Keys {
		if strings.HasPrefix(k, "ال") {
			return // names with the article are matched exactly
		}
		folds[i] = k
		total += utf8.RuneCountInString(k)
	}
	if total < 5 {
		return
	}
	key := skeletonKey(folds)
	if key == "" {
		return
	}
	for _, r := range l.fuzzy[key] {
		if r.Entry == ref.Entry {
			return
		}
	}
	l.fuzzy[key] = append(l.fuzzy[key], ref)
	first, _, _ := strings.Cut(key, " ")
	l.fuzzyFirst[first] = true
}

// Form is one derived demonym form.
type Form struct {
	Text   string
	Plural bool // names people (plural, dual), not the state
}

// arSuffixes are the endings of the Arabic nisba adjective: feminine,
// sound plurals, duals, the feminine plural and the accusative tanween
// spelling (باكستانيا).
var arSuffixes = []struct {
	s      string
	plural bool
}{{"", false}, {"ة", false}, {"ا", false}, {"ون", true}, {"ين", true}, {"ان", true},
	{"تان", true}, {"تين", true}, {"ات", true}}

// DemonymsAr derives the forms of Arabic nisba adjectives (masculine
// singular, without article): صيني → صيني صينية صينيا صينيون صينيين
// صينيان صينيتان صينيتين صينيات, each also with the article (الصيني,
// الصينية, الصينيون ...). A multiword adjective (كوري جنوبي) inflects every
// word alike (الكورية الجنوبية).
func DemonymsAr(adjs []string) []Form {
	var out []Form
	for _, a := range adjs {
		words := strings.Fields(a)
		if len(words) == 0 {
			continue
		}
		for _, suf := range arSuffixes {
			if suf.s != "" && !strings.HasSuffix(words[len(words)-1], "ي") {
				if suf.s != "ة" {
					continue
				}
			}
			for _, art := range []bool{false, true} {
				ws := make([]string, len(words))
				for i, w := range words {
					if art {
						w = "ال" + w
					}
					ws[i] = w + suf.s
				}
				out = append(out, Form{Text: strings.Join(ws, " "), Plural: suf.plural})
			}
		}
	}
	return out
}

// DemonymsEn returns English adjectives with the plural of those that
// also name people (Afghan → Afghans, Israeli → Israelis; not Chinese).
func DemonymsEn(adjs []string) []Form {
	var out []Form
	for _, a := range adjs {
		out = append(out, Form{Text: a})
		if strings.HasSuffix(a, "an") || strings.HasSuffix(a, "i") || strings.HasSuffix(a, "ian") || strings.HasSuffix(a, "er") {
			out = append(out, Form{Text: a + "s", Plural: true})
		}
	}
	return out
}
