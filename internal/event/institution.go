package event

import "strings"

// Role nouns and institutions, from the precision audit (see
// precision.go): the country of a bare role noun (الحكومة، السلطات) and
// institutions named after a person or a city (a university is no
// government).
// roleCountry returns the country of a bare role noun at token i (الحكومة،
// the government) that names none: the article's home country, unless
// the actors before the role noun in its sentence are of one other
// country only and the sentence names none of the home country ("تتهم
// الشيخة حسينة الحكومة" in an article mostly about another country: her
// own government). Actors of several other countries before it leave it
// unresolved ("").
func (c *coder) roleCountry(i int, home string) string {
	si := c.an.d.Tokens[i].Sentence
	s := c.an.d.Sentences[si]
	other, several := "", false
	for j := s.FirstToken; j < s.EndToken; j++ {
		m := c.an.toks[j].ment
		if m < 0 || !c.an.toks[j].first {
			continue
		}
		a := c.an.ments[m].actor
		if len(a) < 3 || strings.HasPrefix(a, "IGO") || strings.HasPrefix(a, "NGO") || strings.HasPrefix(a, "MNC") {
			continue
		}
		switch cc := a[:3]; {
		case cc == home:
			return home
		case j > i:
			// only an actor before the role noun is the one in focus
			// ("Police arrested American X" is about the home police)
		case (c.an.ments[m].typ == "PER" && arStateRole(a) || c.an.ments[m].typ == "ADJ") && c.an.lang == "ar" && c.arObjectPosition(i):
			// "وصف لودريان المجلس العسكري": a state official's object is
			// no institution of the official's own state (nor of the
			// title's nationality adjective: الوزير القطري); an
			// opposition leader's is (تتهم زعيمة المعارضة الحكومة)
		case other == "":
			other = cc
		case other != cc:
			several = true
		}
	}
	switch {
	case several:
		return ""
	case other != "":
		return other
	}
	return home
}

// arStateRole reports an actor code of a state official (GOV ELI MIL).
func arStateRole(a string) bool {
	return len(a) >= 6 && (a[3:6] == "GOV" || a[3:6] == "ELI" || a[3:6] == "MIL")
}

// arObjectPosition reports an Arabic role noun at token i that stands
// where an object stands: right after a lexicon verb, or right after a
// person's name (the VSO subject: "وصف الوزير X الجيش").
func (c *coder) arObjectPosition(i int) bool {
	if i == 0 || c.an.toks[i-1].punct {
		return false
	}
	p := c.an.toks[i-1]
	if p.ment >= 0 {
		return c.an.ments[p.ment].typ == "PER"
	}
	return p.w.cand != nil && len(p.w.cand.arVerbs) > 0
}

// institutionRole maps nouns of institutions that are often named after a
// person or a city (جامعة السلطان قابوس، مستشفى الملك فيصل، Cairo
// University) to the CAMEO role of the institution, "" for a thing that is
// no actor (a street, a mosque, a prize). Places that are targets of
// attacks (an airport, a port) are left to the place rules. Arabic nouns in construct
// before the name, English capitalised nouns after it.
var institutionRole = normKeys(map[string]string{
	"جامعه": "EDU", "كليه": "EDU", "مدرسه": "EDU", "معهد": "EDU", "اكاديميه": "EDU",
	"مستشفى": "HLH", "مستشفي": "HLH", "مستوصف": "HLH",
	"شركه": "BUS", "مصرف": "BUS", "بنك": "BUS",
	"شارع": "", "ملعب": "", "استاد": "", "قاعه": "", "مسجد": "", "جامع": "", "جائزه": "", "نادي": "", "مؤسسه": "", "مكتبه": "", "متحف": "",
	"university": "EDU", "college": "EDU", "school": "EDU", "institute": "EDU", "academy": "EDU",
	"hospital": "HLH", "clinic": "HLH",
	"street": "", "stadium": "", "mosque": "", "prize": "", "award": "", "foundation": "", "library": "", "museum": "",
})

// normKeys returns m with its keys normalised as lexicon words (normWord).
func normKeys(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[normWord(k)] = v
	}
	return out
}

// institutionNames reads a person or a place named inside an institution's
// name (جامعة السلطان قابوس، مسجد عمر، Cairo University) as the
// institution: a school, a hospital or a company takes the country of the
// name with its role (OMNEDU), anything else is no actor. A university
// named after a ruler is not his government. It runs before the implicit
// actors are added.
func (c *coder) institutionNames() {
	an := c.an
	ar := c.ar()
	for mi := range an.ments {
		m := &an.ments[mi]
		if strings.HasPrefix(m.actor, "IGO") || strings.HasPrefix(m.actor, "NGO") {
			continue
		}
		noun := -1
		if ar {
			// a noun in construct: no article (a preposition may stand on it)
			if p := m.start - 1; p >= 0 && !an.toks[p].punct && an.toks[p].ment < 0 && !an.toks[p].det {
				noun = p
			}
		} else if n := m.end; n < len(an.toks) && an.toks[n].ment < 0 && !an.toks[n].punct && isUpperWord(an.d.Tokens[n].Text) {
			noun = n
		}
		if noun < 0 {
			continue
		}
		key := an.toks[noun].norm
		if ar {
			key = arNounKey(an.toks[noun].stem)
		}
		role, ok := institutionRole[key]
		if !ok {
			continue
		}
		if role != "" && len(m.actor) >= 3 {
			m.actor = m.actor[:3] + role
			s, e := min(noun, m.start), max(noun+1, m.end)
			m.name = an.text(an.d.Tokens[s].Start, an.d.Tokens[e-1].End)
			m.typ = "ORG"
			continue
		}
		for ti := m.start; ti < m.end; ti++ {
			an.toks[ti].ment, an.toks[ti].first = -1, false
		}
		m.actor = ""
	}
}
