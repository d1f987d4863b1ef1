package event

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/lexicon"
)

// Implicit actors: role nouns without a country (the police, protesters,
// قوات الأمن، المتظاهرون) and country adjectives standing alone (the
// Israeli strikes, الغارات الإسرائيلية) name actors the entity stage does
// not list. The event stage gives them mentions of its own (entity -1):
//
//   - a role noun takes the country of an adjective right after it
//     (Arabic) or before it (English), else the article's home country:
//     the country most of its actor mentions belong to (two or more, and
//     more than any other), else the dateline's;
//   - a demonym takes its country's bare code (ISR): "condemned the
//     Israeli strikes" targets Israel, "Israeli strikes killed" has Israel
//     for subject.

// roleNouns maps role nouns (English lower case; Arabic normalised, with
// the article) to their CAMEO role code. Multiword phrases are written
// with single spaces.
var roleNouns = func() map[string]string {
	m := map[string]string{}
	for _, r := range []struct{ role, words string }{
		{"COP", "police|policemen|police officers|riot police|security forces|الشرطه|قوات الامن|قوات الشرطه|رجال الشرطه|عناصر الشرطه|الاجهزه الامنيه|القوات الامنيه"},
		{"MIL", "troops|soldiers|the army|the military|the junta|the generals|الجيش|الجنود|قوات الجيش|المجلس العسكري"},
		{"CVL", "protesters|protestors|demonstrators|supporters|المتظاهرون|المتظاهرين|المحتجون|المحتجين|متظاهرون|متظاهرين|محتجون|محتجين"},
		{"GOV", "the government|the authorities|the cabinet|الحكومه|السلطات"},
		{"OPP", "the opposition|opposition parties|المعارضه"},
		{"REB", "rebels|المتمردون|المتمردين"},
		{"LEG", "parliament|lawmakers|legislators|البرلمان"},
		{"JUD", "judge|judges|prosecutors|prosecutor"},
	} {
		for _, w := range strings.Split(r.words, "|") {
			m[w] = r.role
		}
	}
	return m
}()

// arConstructHead lists nouns whose genitive a role noun may be (مجلس
// الأمن، رئيس الحكومة، المتحدث باسم الجيش): the phrase is another actor.
var arConstructHead = set("مجلس", "رئيس", "رئيسه", "وزير", "وزاره", "قائد", "قياده", "متحدث", "المتحدث", "باسم", "ناطق", "الناطق", "مدير", "هيئه", "لجنه", "اركان", "حرس", "عناصر", "افراد", "رجال", "قوات", "جهاز", "مصادر", "مصدر", "بيان", "زعيم", "نايب", "نواب", "سفير")

// roleFirst holds the first words of roleNouns ("the" phrases by their
// second word): a token that is none of them starts no role noun.
var roleFirst = func() map[string]bool {
	m := map[string]bool{}
	for k := range roleNouns {
		w := strings.Fields(k)
		if w[0] == "the" && len(w) > 1 {
			m[w[1]] = true
			continue
		}
		m[w[0]] = true
	}
	return m
}()

// anaphoricBody maps nouns that refer back to an international body
// (the bloc, the alliance, the union, the council; التكتل، الحلف، الاتحاد،
// المجلس) to a word its name must contain ("" any).
var anaphoricBody = map[string]string{"bloc": "", "alliance": "", "union": "Union", "council": "Council",
	"التكتل": "", "الحلف": "", "الاتحاد": "Union", "المجلس": "Council", "التحالف": "coalition", "الجامعه": "League", "الوكاله": "Agency", "المنظمه": "Organization"}

// anaphoricAnyActor lists the anaphoric nouns of anaphoricBody that may
// refer to a body that is not an IGO (التحالف: the Saudi-led coalition is
// SAUMIL).
var anaphoricAnyActor = set("التحالف")

// arAnaphoricGroup lists nouns that refer back to the latest armed group
// or movement (a mention with a role in arGroupRoles).
var (
	arAnaphoricGroup = set("الجماعه", "الحركه", "الميليشيا", "الفصيل")
	arGroupRoles     = map[string]bool{"REB": true, "INS": true, "SEP": true, "UAF": true}
)

// enLegislature lists the last words of a legislature's name.
var enLegislature = set("assembly", "parliament", "congress", "senate", "legislature", "knesset", "duma", "majlis", "chamber")

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// roleName gives the English name of an implicit role actor.
var roleName = map[string]string{"COP": "police", "MIL": "military", "CVL": "protesters", "GOV": "government", "OPP": "opposition", "REB": "rebels", "LEG": "parliament", "JUD": "judiciary"}

var (
	demMu    sync.Mutex
	demCache = map[string]string{}
)

// demonymCountry returns the CAMEO country code of a country adjective
// (Israeli, Israelis, الإسرائيلية, الفلسطينيين), or "".
func demonymCountry(w string) string {
	demMu.Lock()
	defer demMu.Unlock()
	if c, ok := demCache[w]; ok {
		return c
	}
	code := ""
	if lx, err := lexicon.Default(); err == nil {
		ws := lexicon.Prepare(w)
		if len(ws) > 0 {
			for _, h := range lx.MatchAt(lexicon.Demonyms, ws, 0) {
				if h.End == len(ws) && h.Ref.Entry != nil && h.Ref.Entry.Code != "" {
					code = h.Ref.Entry.Code
					break
				}
			}
		}
	}
	demCache[w] = code
	return code
}

// maybeDemonym reports a token shape that may be a country adjective:
// Arabic with the article and a nisba ending, English capitalised.
func (an *docAn) maybeDemonym(i int) bool {
	k := an.toks[i]
	if k.punct || k.ment >= 0 {
		return false
	}
	if an.lang == "ar" {
		s := k.stem
		// indefinite only after a territory noun: "4 مناطق أوكرانية"
		def := k.det || i > 0 && !k.punct && k.prep == "" && k.conj == "" && arTerritory[an.toks[i-1].stem]
		return def && utf8.RuneCountInString(s) >= 4 && (strings.HasSuffix(s, "ي") || strings.HasSuffix(s, "يه") || strings.HasSuffix(s, "يين") || strings.HasSuffix(s, "يون"))
	}
	return isUpperWord(an.d.Tokens[i].Text) && len(k.norm) >= 4
}

// homeCountry returns the country most actor mentions of the document
// belong to (at least two, more than any other), else the dateline's, or "".
// It sets c.homeStrong when that country has at least twice the mentions
// of any other.
func (c *coder) homeCountry() string {
	n := map[string]int{}
	for _, m := range c.an.ments {
		a := m.actor
		if len(a) < 3 || strings.HasPrefix(a, "IGO") || strings.HasPrefix(a, "NGO") || strings.HasPrefix(a, "MNC") {
			continue
		}
		n[a[:3]]++
	}
	best, bn, second := "", 0, 0
	// (a tie for the most mentions leaves no home country, whatever
	// order the map gives)
	for k, v := range n {
		switch {
		case v > bn:
			second, best, bn = bn, k, v
		case v == bn:
			second = v
			best = min(best, k)
		case v > second:
			second = v
		}
	}
	if bn >= 2 && bn > second {
		c.homeStrong = bn >= 2*second
		return best
	}
	if m := c.dateline(); m >= 0 && len(c.an.ments[m].actor) >= 3 {
		return c.an.ments[m].actor[:3]
	}
	return ""
}

// addImplicitActors gives role nouns and demonyms that no entity covers
// mentions of their own (see the package comment above).
func (c *coder) addImplicitActors() {
	an := c.an
	if an.lang != "ar" {
		c.qualifyLegislatures()
	}
	home := c.homeCountry()
	c.home = home
	if an.lang != "ar" && home != "" && home != "USA" {
		c.localiseInstitutions(home)
	}
	add := func(s, e int, actor, name, typ string) {
		idx := len(an.ments)
		an.ments = append(an.ments, ment{ent: -1, start: s, end: e, actor: actor, name: name, typ: typ})
		for ti := s; ti < e; ti++ {
			an.toks[ti].ment = idx
		}
		an.toks[s].first = true
	}
	// referBack makes token i a mention of the latest mention, within 300
	// tokens before it, that ok accepts (an anaphoric noun for the body or
	// group named before)
	referBack := func(i int, ok func(m int) bool) {
		for j := i - 1; j >= 0 && j > i-300; j-- {
			if m := an.toks[j].ment; m >= 0 && an.toks[j].first && ok(m) {
				add(i, i+1, an.ments[m].actor, an.ments[m].name, "ORG")
				an.ments[len(an.ments)-1].ent = an.ments[m].ent
				return
			}
		}
	}
	// tokensOf returns the token range [st, en) of an entity mention
	tokensOf := func(m *doc.Mention) (st, en int) {
		st = sort.Search(len(an.d.Tokens), func(i int) bool { return an.d.Tokens[i].End > m.Start })
		en = st
		for en < len(an.d.Tokens) && an.d.Tokens[en].Start < m.End {
			en++
		}
		return st, en
	}
	free := func(s, e int) bool {
		for ti := s; ti < e; ti++ {
			if ti >= len(an.toks) || an.toks[ti].ment >= 0 || an.toks[ti].punct {
				return false
			}
		}
		return true
	}
	ar := an.lang == "ar"
	// persons the lexicon does not know (a journalist, an activist) are
	// taken for citizens of the home country
	{
		for ei := range an.d.Entities {
			e := &an.d.Entities[ei]
			// and a legislature the lexicon does not know ("the National
			// Assembly") is the home country's
			legislature := e.Type == "ORG" && !ar && enLegislature[strings.ToLower(lastWord(e.Name))]
			if e.Type == "ORG" && !ar && !legislature && e.Actor == "" && e.Country == "" {
				// "China Coast Guard", "Philippine Navy": a body named after
				// its country
				if code := orgNamedCountry(e.Name); code != "" {
					for mi := range e.Mentions {
						m := &e.Mentions[mi]
						st, en := tokensOf(m)
						if m.Role == "" && st < en && free(st, en) {
							add(st, en, code, e.Name, "ORG")
							an.ments[len(an.ments)-1].ent = ei
						}
					}
				}
				continue
			}
			if home == "" || e.Type != "PER" && !legislature || e.Actor != "" || e.Country != "" {
				continue
			}
			for mi := range e.Mentions {
				m := &e.Mentions[mi]
				if m.Role != "" {
					continue
				}
				st, en := tokensOf(m)
				if st < en && free(st, en) {
					country := home
					// "American Kevin King": the adjective before the name
					if code := c.spokesmanCountry(st); code != "" {
						country = code // "China's coast guard said ... Spokesman Gan Yu urged"
					} else if st > 0 && an.maybeDemonym(st-1) {
						if code := demonymCountry(an.d.Tokens[st-1].Text); code != "" {
							country = code
						}
					} else if code := an.personCountryBefore(st); code != "" {
						country = code // "ممثل اليابان كنزو اوشيما" (precision.go)
					} else if code := an.personCountryAfter(en); code != "" {
						country = code // "X نجم السينما الهندية" (precision.go)
					}
					if legislature {
						add(st, en, country+"LEG", e.Name, "ORG")
						an.ments[len(an.ments)-1].ent = ei
						continue
					}
					add(st, en, country, e.Name, "PER")
					an.ments[len(an.ments)-1].ent = ei
				}
			}
		}
	}
	for i := 0; i < len(an.toks); i++ {
		if an.toks[i].punct || an.toks[i].ment >= 0 {
			continue
		}
		// role nouns, longest first (three words down to one)
		done := false
		first := an.toks[i].norm
		if ar {
			first = an.toks[i].stem
			if an.toks[i].det {
				first = "ال" + strings.TrimPrefix(first, "ال")
			}
		}
		for n := 3; n >= 1 && !done && roleFirst[first]; n-- {
			if !free(i, i+n) {
				continue
			}
			var parts []string
			for ti := i; ti < i+n; ti++ {
				w := an.toks[ti].norm
				if ar && ti == i {
					// the article is part of the phrase; other proclitics are not
					w = an.toks[ti].stem
					if an.toks[ti].det {
						w = "ال" + strings.TrimPrefix(w, "ال")
					}
				}
				parts = append(parts, w)
			}
			role := roleNouns[strings.Join(parts, " ")]
			if role == "" && !ar && n == 1 && i > 0 && an.toks[i-1].norm == "the" {
				role = roleNouns["the "+parts[0]]
			}
			if role == "" {
				continue
			}
			if !ar && c.roleInName(i, n) {
				continue
			}
			if ar && i > 0 && arConstructHead[an.toks[i-1].stem] {
				continue // مجلس النواب، وزير الجيش: a genitive of another noun
			}
			country := ""
			// the adjective beside it: الشرطة الكينية, Kenyan police
			if ar && i+n < len(an.toks) {
				if an.maybeDemonym(i + n) {
					country = demonymCountry(an.d.Tokens[i+n].Text)
				} else if m := an.toks[i+n].ment; m >= 0 && an.toks[i+n].prep == "" && !strings.HasPrefix(an.ments[m].actor, "IGO") {
					continue // a genitive actor (حكومة السودان): the entity stage's
				}
			}
			if !ar && i > 0 {
				p := i - 1
				if an.toks[p].norm == "the" && p > 0 {
					p--
				}
				if an.maybeDemonym(p) {
					country = demonymCountry(an.d.Tokens[p].Text)
				} else if w := an.toks[p].norm; (w == "its" || w == "their" || w == "his" || w == "her" || w == "'s" || w == "s") && !(role == "CVL" && w != "'s" && w != "s") {
					continue // a possessor names whose (not "his supporters": citizens all the same)
				}
				if i+n+1 < len(an.toks) && an.toks[i+n].norm == "of" && an.toks[i+n+1].ment >= 0 && role != "CVL" {
					continue // the government of Sudan (not "supporters of the president": citizens)
				}
			}
			// "rebels in neighboring South Sudan", "المتظاهرون في الخرطوم"
			if country == "" {
				country = c.placeAfterRole(i + n)
			}
			if country == "" && ar && i+n+1 < len(an.toks) && an.toks[i+n].det && an.toks[i+n].ment < 0 && !an.toks[i+n].punct {
				country = c.placeAfterRole(i + n + 1) // السلطات الانتقالية في مالي: past an adjective
			}
			if country == "" && !ar && role == "CVL" {
				// "protesters gathered outside government headquarters
				// in Yerevan": a crowd is where its clause puts it
				country = c.clausePlace(i + n)
			}
			if country == "" {
				country = c.roleCountry(i, home) // institution.go
			}
			if country == "" {
				continue
			}
			add(i, i+n, country+role, roleName[role], "ORG")
			i += n - 1
			done = true
		}
		if done || i >= len(an.toks) {
			continue
		}
		// "the bloc", "the council", التكتل: the latest body named before
		if need, ok := anaphoricBody[an.toks[i].norm]; ok && (ar && an.toks[i].det || !ar && i > 0 && an.toks[i-1].norm == "the" && !isUpperWord(an.d.Tokens[i].Text)) {
			referBack(i, func(m int) bool {
				return (strings.HasPrefix(an.ments[m].actor, "IGO") || anaphoricAnyActor[an.toks[i].norm]) && strings.Contains(an.ments[m].name, need)
			})
			if an.toks[i].ment >= 0 {
				continue
			}
		}
		// "الجماعة", "الحركة": the latest armed group or movement named
		// before (the Houthis, Hamas)
		if ar && an.toks[i].det && arAnaphoricGroup[an.toks[i].norm] {
			referBack(i, func(m int) bool {
				return len(an.ments[m].actor) >= 6 && arGroupRoles[an.ments[m].actor[3:6]]
			})
			if an.toks[i].ment >= 0 {
				continue
			}
		}
		if an.maybeDemonym(i) && (ar || i > 0 && !isUpperWord(an.d.Tokens[i-1].Text) && (i+1 >= len(an.toks) || !isUpperWord(an.d.Tokens[i+1].Text))) {
			if code := demonymCountry(an.d.Tokens[i].Text); code != "" {
				name := code
				if e := countryName(code); e != "" {
					name = e
				}
				add(i, i+1, code, name, "ADJ")
			}
		}
	}
}

// roleInName reports an English role noun inside a capitalised name
// (Kenya Defence Forces, National Police Service).
func (c *coder) roleInName(i, n int) bool {
	up := func(j int) bool {
		// a capital after a dash or a parenthesis opens the text proper
		// ("DHAKA (AP) — Police fired")
		return j >= 0 && j < len(c.an.toks) && !c.an.toks[j].punct && isUpperWord(c.an.d.Tokens[j].Text) && c.an.d.Tokens[j].Sentence == c.an.d.Tokens[i].Sentence && j != c.an.d.Sentences[c.an.d.Tokens[i].Sentence].FirstToken && !(j == i && j > 0 && c.an.toks[j-1].punct)
	}
	for j := i; j < i+n; j++ {
		if up(j) && c.an.toks[j].norm != "the" {
			return true
		}
	}
	return up(i+n) && c.an.toks[i+n].ment < 0
}

// countryName returns the English name of a country code, or "".
func countryName(code string) string {
	lx, err := lexicon.Default()
	if err != nil {
		return ""
	}
	if e := lx.Country(code); e != nil {
		return e.Name
	}
	return ""
}

// arThingNouns are Arabic nouns (noun keys) for acts, decisions and texts
// that reactions take as objects (أدان الهجوم، رحب بالقرار، رفض الخطة).
// arDecisionNoun lists the nouns for "the decision(s)" whose owner is
// kept in focus (arNoteDecision).
var arDecisionNoun = set("قرار", "قرارات")

// arThingPronoun lists a preposition with a feminine pronoun (بها، لها)
// that follows a reaction verb: it stands for the thing reacted to.
var arThingPronoun = set("بها", "لها")

var arThingNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"قرار", "قرارات", "خطوه", "خطوات", "هجوم", "هجمات", "غاره", "غارات", "ضربه", "ضربات", "اتفاق", "اتفاقيه", "اعلان", "مبادره", "تصريحات", "عمليه", "عمليات",
		"قصف", "تفجير", "تفجيرات", "اغتيال", "اعتداء", "اعتداءات", "عدوان", "اجراءات", "عقوبات", "زياره", "مقترح", "خطه", "تصويت", "صفقه", "هدنه", "اقتحام", "حادث", "جريمه", "مجزره", "انتهاكات", "تهديدات", "قانون", "حكم", "اعدام", "اعتقال", "حصار", "توغل", "موافقه", "استئناف", "انسحاب", "افراج", "دعوه", "جهود", "نتايج", "تصعيد", "غزو", "احتلال", "عنف", "قتال", "اشتباكات", "مواجهات", "انقلاب", "احداث"} {
		m[arNounKey(normWord(w))] = true
	}
	return m
}()

// enThing lists English nouns for texts and proposals that enEventish
// does not recognise by their ending.
var enThing = set("criticism", "claims", "claim", "report", "reports", "request", "requests", "offer", "offers", "demand", "demands", "call", "calls", "appeal", "appeals", "ultimatum", "text", "draft", "idea", "verdict", "ruling", "ban", "embargo", "tariffs", "strike", "strikes", "exchange", "swap", "release", "agreement", "accord", "ceasefire", "truce", "vote", "elections", "election", "talks", "formula", "initiative", "measure", "measures", "sanctions", "attack", "attacks", "killing", "killings", "bombing", "raid", "raids", "rebranding", "move", "step",
	"coup", "takeover", "offensive", "assault", "massacre", "blockade", "siege", "purge", "arrests", "arrest", "test", "tests", "launch", "launches", "drills", "exercises", "incursions", "incursion")

// enThanks lists approval verbs addressed to people, never to a thing
// ("thanked the delegation" names no act to approve).
var enThanks = set("thank", "congratulate")

// enCommand lists English verbs of command: ordering or requiring a thing
// ("ordered a federal takeover", "a bill which requires registration")
// demands nothing of an unnamed party.
var enCommand = set("order", "require")

// reactionRoots are the roots whose object may be a thing: approve
// (praise 051), demand, disapprove, reject.
var reactionRoots = set("05", "10", "11", "12")

// thingObject reports a reaction trigger (05 10 11 12) whose object, in
// its slot, is a noun for an act, a decision or a text that names no
// actor; dec is set for a decision noun ("the decision", "the move").
func (c *coder) thingObject(t *trig, s doc.Sentence, src *doc.ActorRef) (ok, dec bool) {
	if !reactionRoots[t.e.Code[:2]] || strings.HasPrefix(t.e.Code, "05") && !strings.HasPrefix(t.e.Code, "051") || t.e.has("inv") || enThanks[t.e.Trigger] || enCommand[t.e.Trigger] {
		return false, false
	}
	start := t.end + 1
	if !c.ar() && start+2 < s.EndToken && c.an.toks[start].norm == "what" && c.inWords(enCallVerb, start+2) {
		start += 3 // "hailed what he called a historic decision": the thing named
	}
	if c.ar() && start < s.EndToken && arThingPronoun[c.an.toks[start].norm] && hasSlot(t.e, string([]rune(c.an.toks[start].norm)[:1])) {
		// "رحب X بالهدنة، كما رحبت بها Y": the pronoun right after the
		// verb stands for the thing reacted to before
		return true, false
	}
	if c.ar() && t.vsoEnd > start && !c.isBreak(t.end+1, true) {
		start = t.vsoEnd // past a VSO subject with its titles (رحب الأمين العام للأمم المتحدة X بالاتفاق)
	}
	if c.ar() && len(t.cues) > 0 {
		// the pattern's own last cue is the thing: "رفض القرار" (رفض قرار*)
		if k := c.an.toks[t.cues[len(t.cues)-1]]; k.det && arThingNouns[k.w.stemKey] {
			return true, arDecisionNoun[k.w.stemKey]
		}
	}
	if ok, dec := c.thingFrom(t, s, src, start); ok || !c.ar() || len(t.cues) == 0 || t.vsoEnd <= t.i || t.vsoEnd >= t.cues[0] {
		return ok, dec
	}
	// the object before the pattern's cue: "وصف X الهجوم بأنه إرهابي"
	return c.thingFrom(t, s, src, t.vsoEnd)
}

// thingFrom is thingObject's scan for the thing named from token start.
func (c *coder) thingFrom(t *trig, s doc.Sentence, src *doc.ActorRef, start int) (ok, dec bool) {
	for j, n := start, 0; j < s.EndToken && n < 4; j++ {
		k := c.an.toks[j]
		if !c.ar() && k.quote && n <= 1 && j+1 < s.EndToken && !c.an.toks[j+1].punct {
			continue // an opening quote: a “historic decision”
		}
		if k.ment >= 0 && k.first && c.ar() && (c.an.ments[k.ment].name == src.Name || c.an.ments[k.ment].actor == src.Actor) {
			j = c.phrase(k.ment, s.EndToken).end - 1 // the VSO subject and its conjuncts
			continue
		}
		if c.isBreak(j, true) || k.ment >= 0 || k.punct {
			return false, false
		}
		if l := c.arMannerAdverb(j, s); l > 0 {
			j += l - 1 // "أدانت X بأشد العبارات الهجوم": past the adverb
			continue
		}
		n++
		if c.ar() {
			if k.prep != "" && !hasSlot(t.e, k.prep) || c.isPrep(j) {
				return false, false
			}
			if !k.det {
				continue
			}
			return arThingNouns[k.w.stemKey], arDecisionNoun[k.w.stemKey]
		}
		w := k.norm
		if c.isPrep(j) && !hasSlot(t.e, w) || c.isClauseWord(j) {
			return false, false
		}
		if w == "its" || w == "their" || w == "his" || w == "her" || w == "'s" || w == "s" {
			return false, false // a possessor the rules cannot name
		}
		if enDet[w] || c.isPrep(j) || strings.HasSuffix(w, "ly") {
			continue
		}
		if enDecision[w] {
			return true, true // the decision, any move, a historic decision
		}
		if eventNouns[w] != "" || enEventish(w) || enThing[w] {
			return true, false
		}
	}
	return false, false
}

// inComplement reports a token inside the complement of a speech verb or
// a complementiser (قال إن ...، أعلن أن ...; said that ...) of its sentence.
func (c *coder) inComplement(i int, s doc.Sentence) bool {
	for j := s.FirstToken; j < i; j++ {
		if c.isSay(j) || c.ar() && c.inWords(arComplementiser, j) || !c.ar() && c.an.toks[j].norm == "that" {
			return true
		}
	}
	return false
}

// mainSubject returns the latest main-clause subject, of this sentence or
// the one before, that agrees with a dropped subject's verb (want: "PER"
// a masculine singular verb, which a masculine body such as الجيش also
// takes; "NON" a feminine one; "ANY"), or -1.
func (c *coder) mainSubject(want string, si int) int {
	m := c.mainSubj
	if m < 0 || c.mainSubjSent != si && c.mainSubjSent != si-1 {
		return -1
	}
	mm := c.an.ments[m]
	switch want {
	case "PER":
		if mm.typ == "PER" {
			return m
		}
		// a masculine body: الجيش، المجلس (not الحكومة، a country)
		if w := c.an.toks[mm.start].norm; (mm.typ == "ORG" || len(mm.actor) >= 6) && !strings.HasSuffix(w, "ه") && !strings.HasSuffix(w, "ات") {
			return m
		}
		return -1
	case "NON":
		if mm.typ != "PER" {
			return m
		}
		return -1
	}
	return m
}

// placeAfterRole returns the country of a place named in a phrase
// "in/from/في/من (up to two modifiers) PLACE" right after a role noun
// ending before token j, or "".
func (c *coder) placeAfterRole(j int) string {
	an := c.an
	if j >= len(an.toks) {
		return ""
	}
	k := an.toks[j]
	g := j
	switch {
	case k.norm == "in" || k.norm == "from" || k.norm == "في" || k.norm == "من":
		g = j + 1
	case an.lang == "ar" && (k.prep == "ب") && k.ment >= 0:
	default:
		return ""
	}
	for n := 0; g < len(an.toks) && n < 2 && an.toks[g].ment < 0 && !an.toks[g].punct && (an.lang == "ar" || !isUpperWord(an.d.Tokens[g].Text)); n++ {
		g++
	}
	if g >= len(an.toks) || an.toks[g].ment < 0 {
		return ""
	}
	m := an.ments[an.toks[g].ment]
	if m.typ != "LOC" || len(m.actor) < 3 || strings.HasPrefix(m.actor, "IGO") {
		return ""
	}
	return m.actor[:3]
}

// clausePlace returns the country of the first "in PLACE" within eight
// words after token j, in its clause (no punctuation between), or "".
func (c *coder) clausePlace(j int) string {
	for g := j; g < len(c.an.toks) && g < j+8 && !c.an.toks[g].punct; g++ {
		if c.an.toks[g].norm == "in" {
			return c.placeAfterRole(g)
		}
	}
	return ""
}

// homePolice returns the home country's police as the source of an
// arrest (173) stated in the passive without an agent, or nil.
func (c *coder) homePolice(t *trig) *doc.ActorRef {
	if c.home == "" || !strings.HasPrefix(t.e.Code, "173") {
		return nil
	}
	return &doc.ActorRef{Name: "police", Actor: c.home + "COP", Entity: -1}
}

// Announced acts: an event noun that is the object of announce/order
// (أعلن اعتقال عشرة أشخاص، أعلن بدء العملية، "announced the arrest of",
// "ordered the start of strikes on") is the act of the verb's subject,
// with the verb's own truth conditions.
var (
	arAnnounceLemmas = set("اعلن", "امر")
	// decide: an act for the roots in arDecisionRoots only
	arDecideLemmas  = set("قرر")
	arDecisionRoots = set("03", "05", "06", "07", "08", "16")
	// assert (arAssertLemmas: أكد، جدد، أبدى): an act for stance roots only
	arAssertRoots = set("01", "02", "03", "05", "10", "11", "12", "13")
	enAnnounce    = set("announced", "announces", "announce", "announcing", "ordered", "orders", "order")
	// nouns for the start of an act that may stand between (بدء العملية)
	arStarter = set("بدء", "انطلاق", "استئناف", "تنفيذ")
	enStarter = set("start", "launch", "beginning", "resumption")
)

// announced codes the construction above; it reports whether it was found
// (then nothing else codes the noun). prev is the token before the noun,
// English determiners skipped.
func (c *coder) announced(si int, s doc.Sentence, t *trig, prev int) bool {
	v := prev
	if v < s.FirstToken {
		return false
	}
	var rd verbReading
	if c.ar() {
		// a time word between verb or subject and noun: أعلنت الجزائر
		// الثلاثاء قطع العلاقات
		for v > s.FirstToken && (arTimeWord[c.an.toks[v].norm] || arTimeWord[c.an.toks[v].stem]) {
			v--
		}
		if c.inWords(arStarter, v) {
			v--
		}
		for v > s.FirstToken && (arTimeWord[c.an.toks[v].norm] || arTimeWord[c.an.toks[v].stem]) {
			v-- // أعلن أمس الأربعاء بدء العملية
		}
		v = c.arSkipStatementPP(v) // أكدت الجامعة في بيان رفضها
		// VSO: أعلنت وزارة الداخلية المصرية اعتقال: back over the subject NP
		for n := 0; v >= s.FirstToken && n < 3 && c.an.toks[v].ment >= 0; n++ {
			v = c.an.ments[c.an.toks[v].ment].start - 1
			for g := 0; g < 2 && v >= s.FirstToken && c.an.toks[v].ment < 0 && c.an.toks[v].det && !c.an.toks[v].punct; g++ {
				v-- // a title before the name (الرئيس التركي)
			}
		}
		if v >= s.FirstToken && !c.an.toks[v].punct && c.an.toks[v].ment < 0 {
			if _, ok := c.arReading(v, lsAnnounce); !ok {
				v = c.arAnnounceBefore(v, s) // a long titled subject NP
			}
		}
		if v < s.FirstToken || c.an.toks[v].punct || c.an.toks[v].ment >= 0 {
			return false
		}
		var found bool
		if rd, found = c.arReading(v, lsAnnounce); !found {
			// "قررت الجزائر قطع العلاقات": a state's decision on its
			// relations takes effect as it is announced (a decision to use
			// force stays an intent)
			if rd, found = c.arReading(v, lsDecide); !found || !arDecisionRoots[t.e.Code[:2]] {
				// "أكدت مصر دعمها لـ": a stated stance (support, rejection,
				// readiness, demand) is the asserter's act; a confirmed
				// deed (أكدت الوزارة مقتل) may be another's
				if rd, found = c.arReading(v, lsAssert); !found || !arAssertRoots[t.e.Code[:2]] {
					return false
				}
			}
		}
	} else {
		if c.an.toks[v].norm == "of" && v-1 >= s.FirstToken && enStarter[c.an.toks[v-1].norm] {
			v -= 2
			for v >= s.FirstToken && enDet[c.an.toks[v].norm] {
				v--
			}
		}
		if v < s.FirstToken || !enAnnounce[c.an.toks[v].norm] {
			return false
		}
	}
	vt := &trig{i: v, e: t.e, rd: rd, verb: true, end: v, subjEnd: -1}
	subj := c.subject(v, s, vt)
	how := "ANNOUNCED " + c.an.d.Tokens[v].Text + " + event noun"
	if subj.m < 0 {
		if !c.ar() || subj.m == -2 || subj.m == -3 {
			return true
		}
		want := "ANY"
		if rd.fem {
			want = "NON"
		}
		m := c.fromFocus(want)
		if mm := c.mainSubject(want, si); mm >= 0 {
			m = mm
		}
		if m < 0 || !c.sameOrPrevSentence(m, si) {
			return true
		}
		subj = actor{m: m, ms: []int{m}, ref: c.ref(m), text: c.mtext(m)}
		how += " (subject in focus)"
	}
	md := c.truth(vt, s)
	if md.cond || md.claim {
		return true
	}
	c.emitNounObject(si, s, t, rd, subj, -1, md, how, "noun object", true)
	return true
}

// arAnnounceBefore walks left from token v over a long subject NP (titles,
// names, باسم: "أعلن المتحدث باسم التحالف العميد الركن تركي المالكي
// تأييد") to an announcement verb, and returns it, or v.
func (c *coder) arAnnounceBefore(v int, s doc.Sentence) int {
	for j := v; j >= s.FirstToken && j > v-14; j-- {
		k := c.an.toks[j]
		if k.punct || c.isClauseWord(j) {
			return v
		}
		if k.ment < 0 {
			if _, ok := c.arReading(j, lsAnnounce); ok {
				return j
			}
			if !k.det && k.prep == "" && k.norm != "باسم" && !arTitle[k.stem] {
				return v
			}
		}
	}
	return v
}

// between codes a fighting noun with its two sides (اشتباكات بين الجيش
// وقوات الدعم السريع، "clashes between the army and rebels", "fighting
// between groups loyal to X and to Y"): the first side → the second. The
// entry has the recip flag and the slot بين/between. It reports whether
// the construction was found.
func (c *coder) between(si int, s doc.Sentence, t *trig, md mood) bool {
	if c.ar() && !t.e.has("recip") && !t.verb {
		// the noun's other entry may be the two-sided one (اشتباكات مع /
		// اشتباكات بين)
		for _, e := range c.lex.nouns["ar"][t.e.Trigger] {
			if e.has("recip") && hasSlot(e, "بين") && len(e.Cues) == len(t.e.Cues) {
				x := *t
				x.e = e
				t = &x
				break
			}
		}
	}
	if !t.e.has("recip") || !hasSlot(t.e, "بين") && !hasSlot(t.e, "between") {
		return false
	}
	b := -1
	reach := 3
	if c.ar() {
		reach = 8 // "مواجهات اندلعت يوم الجمعة قرب المنطقة الخضراء بين"
	}
	for j := t.end + 1; j < s.EndToken && j <= t.end+reach; j++ {
		if w := c.an.toks[j].norm; w == "بين" || w == "between" {
			b = j
			break
		}
		if c.isBreak(j, true) {
			break
		}
	}
	if b < 0 {
		// "تواصلت الاشتباكات في العاصمة": fighting that goes on or breaks
		// out without named sides is between the pair in focus
		if c.ar() && c.hasPair && t.i > s.FirstToken && !md.cond && !md.claim {
			if _, ok := c.arReading(t.i-1, lsFightGoesOn); ok && c.an.toks[t.i].det {
				a, o := c.ref(c.pair[0]), c.ref(c.pair[1])
				if a.Name != o.Name {
					c.emit(si, s, t, a, o, md, "FIGHTING GOES ON: the pair in focus "+c.mtext(c.pair[0])+" / "+c.mtext(c.pair[1]), "pair in focus")
					return true
				}
			}
		}
		return false
	}
	var sides []int
	for j := b + 1; j < s.EndToken && j <= b+12 && len(sides) < 2; j++ {
		if c.isBreak(j, true) && c.an.toks[j].norm != "," && c.an.toks[j].norm != "،" {
			break
		}
		m := c.mentionAt(j)
		if m < 0 {
			continue
		}
		if w := c.an.toks[j-1].norm; c.an.ments[m].typ == "LOC" && (w == "في" || w == "in") {
			break // the place of the fighting
		}
		p := c.phrase(m, s.EndToken)
		for _, x := range p.ms {
			if len(sides) < 2 {
				sides = append(sides, x)
			}
		}
		j = p.end - 1
	}
	if len(sides) < 2 || md.cond || md.claim {
		return true
	}
	a, o := c.ref(sides[0]), c.ref(sides[1])
	if a.Name == o.Name {
		return true
	}
	c.emit(si, s, t, a, o, md, "BETWEEN "+c.mtext(sides[0])+" / "+c.mtext(sides[1]), "between")
	return true
}

// arFightGoesOn lists verbs of fighting that goes on, resumes or breaks
// out (تواصلت الاشتباكات، تجددت المعارك).
var arFightGoesOn = set("تواصل", "استمر", "تجدد", "اندلع", "احتدم", "اشتد")

// enFightNoun reports an English fighting noun with a between-entry
// (clashes, fighting) used as a noun: followed by between, or by
// broke out / erupted / raged / continued.
func (c *coder) enFightNoun(i int) bool {
	l := c.lex.nouns["en"][c.an.toks[i].norm]
	if len(l) == 0 || !l[0].has("recip") {
		return false
	}
	for j := i + 1; j < len(c.an.toks) && j <= i+3; j++ {
		switch c.an.toks[j].norm {
		case "between":
			return true
		case "broke", "erupted", "raged", "continued", "resumed", "flared":
			return j == i+1
		}
	}
	return false
}

var (
	arAttempt    = set("محاوله", "المحاوله", "لمحاوله", "بمحاوله")
	arSurvived   = set("نجا", "نجت", "ينجو", "تنجو", "نجوا")
	enSurvived   = set("survived", "survives", "escaped", "escapes", "survive")
	attemptEntry = func(e *Entry) *Entry {
		x := *e
		x.Code, x.Pattern = "185", e.Pattern+" (attempt)"
		return &x
	}
)

// attempt codes an attempted assassination stated as a noun (محاولة
// اغتيال X، نجا X من محاولة اغتيال، "an assassination attempt on X", "X
// survived an assassination attempt") as 185 with an open source (the
// attacker is rarely named) and the target the victim. It reports
// whether the construction was found.
func (c *coder) attempt(si int, s doc.Sentence, t *trig, prev int, md mood) bool {
	if !strings.HasPrefix(t.e.Code, "186") || md.cond || md.claim {
		return false
	}
	victim := -1
	if c.ar() {
		if prev < s.FirstToken || !c.inWords(arAttempt, prev) {
			return false
		}
		for j := t.end + 1; j < s.EndToken && j <= t.end+2; j++ {
			if c.isPrep(j) || c.isBreak(j, true) {
				break
			}
			if m := c.mentionAt(j); m >= 0 && (c.an.toks[j].prep == "" || c.an.toks[j].prep == "ل") {
				victim = c.phrase(m, s.EndToken).best
				break
			}
		}
		if victim < 0 {
			// نجا X من محاولة اغتيال
			for j := prev - 1; j >= s.FirstToken && j >= prev-8; j-- {
				if c.inWords(arSurvived, j) {
					for g := j + 1; g < prev; g++ {
						if m := c.mentionAt(g); m >= 0 {
							victim = c.phrase(m, s.EndToken).best
							break
						}
					}
					if victim < 0 && j-1 >= s.FirstToken && c.an.toks[j-1].ment >= 0 {
						victim = c.an.toks[j-1].ment
					}
					break
				}
			}
		}
	} else {
		if t.i+1 >= s.EndToken || c.an.toks[t.i+1].norm != "attempt" && c.an.toks[t.i+1].norm != "attempts" {
			return false
		}
		for j := t.i + 2; j < s.EndToken && j <= t.i+5; j++ {
			if c.an.toks[j].norm == "on" || c.an.toks[j].norm == "against" {
				for g := j + 1; g < s.EndToken && g <= j+3; g++ {
					if m := c.mentionAt(g); m >= 0 {
						victim = c.phrase(m, s.EndToken).best
						break
					}
				}
				break
			}
		}
		if victim < 0 {
			for j := t.i - 1; j >= s.FirstToken && j >= t.i-4; j-- {
				if enSurvived[c.an.toks[j].norm] {
					if a := c.enSubject(j, s, nil); a.m >= 0 {
						victim = a.m
					}
					break
				}
			}
		}
	}
	if victim < 0 {
		return true
	}
	c.emit(si, s, &trig{i: t.i, e: attemptEntry(t.e), verb: false, end: t.end, subjEnd: -1}, nil, c.ref(victim), md, "ATTEMPT (attacker unnamed)", "victim")
	return true
}

// qualifyLegislatures re-attaches an English legislature linked to
// another country when the article names it as a country's own ("Peru's
// Congress", "the Peruvian Congress"): every mention of that entity is
// then that country's legislature (LEG), since a bare "Congress" in a
// story about Peru is Peru's.
func (c *coder) qualifyLegislatures() {
	an := c.an
	owner := map[int]string{}
	for _, m := range an.ments {
		if m.ent < 0 || !strings.HasSuffix(m.actor, "LEG") || len(m.actor) < 6 || m.start < 1 {
			continue
		}
		country := ""
		p := m.start - 1
		if w := an.toks[p].norm; (w == "'s" || w == "’s" || w == "s") && p >= 1 {
			if p >= 2 && (an.toks[p-1].norm == "'" || an.toks[p-1].norm == "’") {
				p--
			}
			if o := an.toks[p-1].ment; o >= 0 && an.ments[o].typ == "LOC" && len(an.ments[o].actor) == 3 {
				country = an.ments[o].actor
			}
		} else if an.maybeDemonym(p) {
			country = demonymCountry(an.d.Tokens[p].Text)
		}
		if country != "" && country != m.actor[:3] {
			owner[m.ent] = country
		}
	}
	for i := range an.ments {
		if c, ok := owner[an.ments[i].ent]; ok && an.ments[i].ent >= 0 {
			an.ments[i].actor = c + "LEG"
		}
	}
}

// enUSQualifier lists the words that make an institution's name the
// United States' own ("U.S. Congress", "the American Supreme Court").
var enUSQualifier = set("u.s.", "us", "u.s", "american", "united", "washington", "federal")

// enGenericInstitution lists the last words of institution names every
// country uses (Congress, the Supreme Court, the Senate), and of the
// titles of their members (Supreme Court Justice X).
var enGenericInstitution = set("congress", "court", "senate", "justice", "judge", "senator", "congressman", "congresswoman")

// localiseInstitutions re-attaches an English legislature or court that
// the linker took for the United States' (a bare "Congress", "the Supreme
// Court") to the home country of a story about another country, when no
// mention of it is qualified as American: in a story from Brasilia,
// "supporters stormed Congress" is Brazil's Congress.
func (c *coder) localiseInstitutions(home string) {
	an := c.an
	local := map[int]bool{}
	for _, m := range an.ments {
		if m.ent < 0 || !(m.actor == "USALEG" || m.actor == "USAJUD") {
			continue
		}
		if !enGenericInstitution[an.toks[m.end-1].norm] && !(m.start >= 1 && enGenericInstitution[an.toks[m.start-1].norm]) && !(m.start >= 2 && enGenericInstitution[an.toks[m.start-2].norm]) {
			local[m.ent] = false // a name of its own (Capitol Hill, Nancy Pelosi)
			continue
		}
		if _, seen := local[m.ent]; !seen {
			local[m.ent] = true
		}
		for ti := max(m.start-4, 0); ti < m.end; ti++ { // ("U.S. House Speaker Nancy Pelosi")
			if enUSQualifier[an.toks[ti].norm] {
				local[m.ent] = false
			}
		}
	}
	for i := range an.ments {
		if m := &an.ments[i]; m.ent >= 0 && local[m.ent] {
			m.actor = home + m.actor[3:]
		}
	}
}

// enSpokesTitle lists the bare titles of a body's voice.
var enSpokesTitle = set("spokesman", "spokeswoman", "spokesperson")

// spokesmanCountry returns, for an unknown person right after a bare
// "Spokesman" (no body named), the country of the latest body or country
// named before in its sentence or the one before (the body that spoke
// last), or "".
func (c *coder) spokesmanCountry(st int) string {
	an := c.an
	if an.lang == "ar" || st < 1 || !enSpokesTitle[an.toks[st-1].norm] || st >= 2 && an.toks[st-2].ment >= 0 {
		return ""
	}
	si := an.d.Tokens[st].Sentence
	for j := st - 2; j >= 0 && an.d.Tokens[j].Sentence >= si-1; j-- {
		m := an.toks[j].ment
		if m < 0 || an.ments[m].typ == "PER" || len(an.ments[m].actor) < 3 || strings.HasPrefix(an.ments[m].actor, "IGO") || strings.HasPrefix(an.ments[m].actor, "NGO") {
			continue
		}
		return an.ments[m].actor[:3]
	}
	return ""
}

// enOrgRole gives the role of a body named after its country by its last
// word ("China Coast Guard" → MIL, "Kenya Police" → COP).
var enOrgRole = map[string]string{"guard": "MIL", "navy": "MIL", "army": "MIL", "force": "MIL", "forces": "MIL", "military": "MIL", "police": "COP", "ministry": "GOV", "government": "GOV", "cabinet": "GOV"}

// orgNamedCountry returns the actor code of an English organisation named
// after its country (its first word a country name or adjective, its last
// a state body: "China Coast Guard" → CHNMIL), or "".
func orgNamedCountry(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return ""
	}
	role, ok := enOrgRole[strings.ToLower(ws[len(ws)-1])]
	if !ok {
		return ""
	}
	code := demonymCountry(ws[0])
	if code == "" {
		if lx, err := lexicon.Default(); err == nil {
			p := lexicon.Prepare(ws[0])
			for _, h := range lx.MatchAt(lexicon.Names, p, 0) {
				if h.End == len(p) && h.Ref.Entry != nil && h.Ref.Entry.Kind == lexicon.Country && len(h.Ref.Entry.Code) == 3 {
					code = h.Ref.Entry.Code
				}
			}
		}
	}
	if code == "" {
		return ""
	}
	return code + role
}
