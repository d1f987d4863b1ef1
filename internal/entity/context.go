package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/lexicon"
)

// demAt returns the demonym hit starting at word i, or nil.
func (st *state) demAt(i int) *demHit {
	st.indexDems()
	if i >= 0 && i < len(st.demStart) {
		if k := st.demStart[i]; k > 0 {
			return &st.dems[k-1]
		}
	}
	return nil
}

// demEndingAt returns the demonym hit ending at word i, or nil.
func (st *state) demEndingAt(i int) *demHit {
	st.indexDems()
	if i >= 0 && i < len(st.demEnd) {
		if k := st.demEnd[i]; k > 0 {
			return &st.dems[k-1]
		}
	}
	return nil
}

// indexDems fills demStart and demEnd from the demonym hits found so far,
// on the first call.
func (st *state) indexDems() {
	if st.demStart != nil {
		return
	}
	sc := st.scratch
	sc.demStart = zeroed(sc.demStart, len(st.words)+1)
	sc.demEnd = zeroed(sc.demEnd, len(st.words)+1)
	st.demStart, st.demEnd = sc.demStart, sc.demEnd
	for k := range st.dems {
		st.demStart[st.dems[k].s] = int32(k + 1)
		st.demEnd[st.dems[k].e] = int32(k + 1)
	}
}

// stems returns the stems of word i's readings (Arabic) or its fold.
func (st *state) stems(i int) []lexicon.Analysis {
	w := &st.words[i]
	if w.Analyses != nil {
		return w.Analyses
	}
	return []lexicon.Analysis{{Stem: w.Fold}}
}

// isAr reports whether word i, read after و/ف and the article, is in set
// (whose arInfo bit is bit).
func (st *state) isAr(i int, set map[string]bool, bit uint16) bool {
	if i < 0 || i >= len(st.words) || st.words[i].Analyses == nil || st.bits[i]&bit == 0 {
		return false
	}
	for _, a := range st.words[i].Analyses {
		if (a.Pre == "" || a.Pre == "و" || a.Pre == "ف") && set[a.Stem] {
			return true
		}
	}
	return false
}

// arCommonWord reports whether an Arabic word ends a name: a common word
// in any reading that strips only و or ف, or a title.
func (st *state) arCommonWord(i int) bool {
	t := st.types[i]
	if v, ok := t.prop(propCommon); ok {
		return v
	}
	return t.setProp(propCommon, st.arCommonWordOf(i))
}

// arCommonWordOf is arCommonWord worked out.
func (st *state) arCommonWordOf(i int) bool {
	w := &st.words[i]
	if st.cls[i] == "common" || st.bits[i]&bitTitle != 0 && arTitles[w.Fold] {
		return true
	}
	for _, a := range w.Analyses {
		if a.Pre != "" && a.Pre != "و" && a.Pre != "ف" {
			continue
		}
		k := a.Stem
		if a.Article {
			k = "ال" + k
		}
		if (a.Pre != "" || a.Article) && (arClass[k] == "common" || arTitles[a.Stem]) {
			return true
		}
	}
	return false
}

var arNameArticle = wordSet(`الله الدين الرحمن الرحيم الحق`)

// nameAfter returns the words [p, e) of a person's name written at p
// (after a role or title), or e == p. For Arabic, a name in quotation
// marks is taken whole; otherwise up to four uncommon words. ext reports
// that the name runs into a person span at e (جوزيف + بايدن).
func (st *state) nameAfter(p int) (s, e int, ext *span) {
	n := len(st.words)
	if p >= n {
		return p, p, nil
	}
	para := st.words[p].Para
	if isQuote(st.words[p].Text) {
		for k := p + 1; k < n && k <= p+7 && st.words[k].Para == para; k++ {
			if isQuote(st.words[k].Text) {
				if k > p+1 && st.free(p+1, k) {
					return p + 1, k, nil
				}
				if k > p+1 && st.cover[p+1] != nil && st.cover[p+1].typ == "PER" {
					return p + 1, p + 1, nil
				}
				return p, p, nil
			}
			if !st.words[k].Word {
				return p, p, nil
			}
		}
		return p, p, nil
	}
	if st.words[p].Analyses == nil {
		k := p
		for k < n && k-p < 4 && (st.words[k].Word || k > p && st.elision(k)) && st.words[k].Para == para && st.cover[k] == nil && st.words[k].Analyses == nil {
			w := &st.words[k]
			if !w.Word {
				k++ // O'Brien
				continue
			}
			if w.Upper && !enCommon[w.Fold] && !enTime[w.Fold] && !enTitles[w.Fold] || k > p && st.hyphenName(k) {
				k++
				continue
			}
			if k > p && enConnectors[w.Fold] && k+1 < n && st.words[k+1].Upper && st.cover[k+1] == nil {
				k++
				continue
			}
			break
		}
		if k < n && k > p && st.cover[k] != nil && st.cover[k].typ == "PER" && st.cover[k].s == k {
			return p, k, st.cover[k]
		}
		return p, k, nil
	}
	if e := st.kunyaAt(p); e > p {
		return p, e, nil
	}
	k := p
	for k < n && k-p < 4 && st.words[k].Word && st.words[k].Para == para && st.cover[k] == nil && st.words[k].Analyses != nil {
		if k > p && st.surnameAfterFirst(k) {
			k++ // وزير الدفاع إبراهيم البرتاجي
			continue
		}
		if st.arCommonWord(k) {
			break
		}
		if k == p && st.words[k].Analyses[0].Stem != st.words[k].Fold {
			break
		}
		if k > p && hasAnyPrefix(st.words[k].Fold, "لل", "بال", "وال", "فال", "كال") {
			break
		}
		if strings.HasPrefix(st.words[k].Fold, "ال") && !arNameArticle[st.words[k].Fold] {
			c := st.cls[k]
			if k == p || (c != "name" && c != "first") {
				break
			}
		}
		if st.demAt(k) != nil {
			break
		}
		k++
	}
	if k < n && st.cover[k] != nil && st.cover[k].typ == "PER" && st.cover[k].s == k {
		return p, k, st.cover[k]
	}
	return p, k, nil
}

// kunyaAt returns the end of a kunya name at word p (أبو علي العسكري,
// أم محمد): أبو/أم and a known first name, then a nisba with the article
// that is no demonym, or p when there is none.
func (st *state) kunyaAt(p int) int {
	n := len(st.words)
	if p+1 >= n || !arKunya[st.words[p].Fold] || st.cover[p+1] != nil || st.words[p+1].Analyses == nil || !st.nameWord(p+1) {
		return p
	}
	e := p + 2
	if e < n && st.words[e].Word && st.cover[e] == nil && st.words[e].Analyses != nil && st.words[e].Para == st.words[p].Para &&
		strings.HasPrefix(st.words[e].Fold, "ال") && st.demAt(e) == nil {
		e++
	}
	return e
}

// arKunya open a kunya (father of, mother of).
var arKunya = wordSet(`أبو أبي أبا أم`)

// surnameAfterFirst reports whether word k, written with the article
// after a known first name, is a family name (إبراهيم البرتاجي): a word
// none of the word lists knows, no demonym.
func (st *state) surnameAfterFirst(k int) bool {
	w := &st.words[k]
	return strings.HasPrefix(w.Fold, "ال") && !arNameArticle[w.Fold] && st.cls[k] == "" && st.nameWord(k-1) &&
		st.demAt(k) == nil && !st.arCommonWord(k)
}

// rolePass reads role phrases: a group role gives a country a role; a
// person role names the person after it, or, with a country and no
// name, the holder of the office at the date.
func (st *state) rolePass() {
	for _, r := range st.roles {
		if r.rp.Group {
			st.groupRole(r)
			continue
		}
		st.personRole(r.s, r.e, r.rp.Title, r.rp.Agent, "", r.rp.Title == "")
	}
	st.counterpartPass()
}

// personRole handles a person role on words [s, e) with its office title
// and agent code; country may be known already.
//
// strict (a generic role or title: إمام, أسقف, مدير) asks an unquoted
// Arabic name to have two words, one a known name word.
func (st *state) personRole(s, e int, title, agent, country string, strict bool) {
	n := len(st.words)
	p := e
	// a demonym inside the phrase: المبعوث الأمريكي
	for k := s; k < e && country == ""; k++ {
		if d := st.demAt(k); d != nil {
			country = d.entry.Country
		}
	}
	// the country before an English role: "U.S. Defense Secretary",
	// "Israeli Prime Minister", "Zimbabwe President"
	if s > 0 && st.words[s].Analyses == nil && country == "" {
		if d := st.demEndingAt(s); d != nil {
			country = d.entry.Country
		} else if c := st.cover[s-1]; c != nil && c.entry != nil && c.typ != "PER" && c.e == s {
			country = c.country
		}
	}
	// modifiers after an Arabic role: demonym, country or body, لدى X
	body := "" // the actor code of the body the role serves (spokeswoman for UNHCR)
	// modified is set once the role has a state, body or qualifier after
	// it: a name there needs no known name word (المديرة التنفيذية
	// لبرنامج الأمم المتحدة للبيئة إنغر أندرسن،).
	modified := false
	for steps := 0; steps < 8 && p < n && st.words[p].Analyses != nil; steps++ {
		if d := st.demAt(p); d != nil {
			if country == "" {
				country = d.entry.Country
			}
			p = d.e
			modified = true
			continue
		}
		if c := st.cover[p]; c != nil && c.typ != "PER" && c.s == p {
			modified = true
			if country == "" {
				country = c.country
			}
			if body == "" && c.entry != nil && c.entry.Kind == lexicon.Org {
				body = c.entry.Actor
			}
			p = c.e
			continue
		}
		if st.isAr(p, arLinkWords, bitLink) && p+1 < n && st.cover[p+1] != nil && st.cover[p+1].typ != "PER" {
			p++
			continue
		}
		if st.cover[p] == nil && arRoleQualifiers[st.words[p].Fold] {
			p++ // وزيرة العدل بالنيابة, المبعوث السابق
			modified = true
			continue
		}
		// a field before the body: مدير [برامج] أطباء بلا حدود; a
		// ministry's field before the state: وزير [المياه والري] الإثيوبي
		if steps == 0 {
			if k := st.bodyWithin(p, 2); k > p {
				p = k
				continue
			}
			if k := st.fieldBefore(p, 3); k > p {
				p = k
				continue
			}
		}
		break
	}
	if p < n && st.cover[p] != nil && st.cover[p].typ == "PER" {
		sp := st.cover[p]
		if sp.entry == nil {
			if sp.country == "" {
				sp.country = country
			}
			if sp.title == "" {
				sp.title = title
			}
		}
		return
	}
	ns, ne, ext := st.nameAfter(p)
	if ext != nil {
		ext.s = ns
		ext.start = st.words[ns].Start
		for k := ns; k < ne; k++ {
			st.cover[k] = ext
		}
		return
	}
	if ne > ns && strict && st.words[ns].Analyses != nil && (ns == p) && (ne-ns < 2 || !st.looksLikeArName(ns, ne) && !(modified && st.nameEnds(ne))) {
		return
	}
	if ne == ns+1 && st.words[ns].Analyses != nil && !st.nameWord(ns) && hasAnyPrefix(st.words[ns].Fold, "ي", "ت") {
		return // an imperfect verb, not a name: رئيس حكومة يعينه بنفسه
	}
	if ne > ns {
		sp := st.newSpan(span{s: ns, e: ne, typ: "PER", country: country, title: title})
		sp.name = st.surface(ns, ne)
		if country != "" && agent != "" {
			sp.actor = st.countryCode(country) + agent
		} else if body != "" {
			sp.actor = body
		}
		st.add(sp)
		return
	}
	if title == "" || p > n {
		return
	}
	if country != "" {
		if h := st.lex.Holder(title, country, st.date); h != nil && st.free(s, p) {
			st.add(st.newSpan(span{s: s, e: p, entry: h, typ: h.Type, name: h.Name, country: h.Country}))
		}
		return
	}
	// no country: the holder of that office in focus
	if f := st.focus(s, title); f != nil && st.free(s, p) {
		st.add(st.newSpan(span{s: s, e: p, typ: "PER", link: f}))
	}
}

// bodyWithin returns the first word after up to max uncovered Arabic
// words that precede an organisation span, or p.
func (st *state) bodyWithin(p, max int) int {
	for k := p; k < len(st.words) && k <= p+max; k++ {
		if c := st.cover[k]; c != nil {
			if c.typ == "ORG" && c.s == k && k > p {
				return k
			}
			return p
		}
		if !st.words[k].Word || st.words[k].Analyses == nil {
			return p
		}
	}
	return p
}

// fieldBefore returns the first word after up to max uncovered Arabic
// words with the article (المياه والري) that precede a demonym (a
// ministry's field before its state: وزير المياه والري الإثيوبي), or p.
func (st *state) fieldBefore(p, max int) int {
	for k := p; k < len(st.words) && k <= p+max; k++ {
		if k > p && st.demAt(k) != nil {
			return k
		}
		w := &st.words[k]
		if st.cover[k] != nil || !w.Word || w.Analyses == nil || !hasAnyPrefix(w.Fold, "ال", "وال") || st.demAt(k) != nil {
			return p
		}
	}
	return p
}

// nameEnds reports whether a name that ends before word e is closed: by
// punctuation, the end of the text, or a word that opens what the person
// said or did (إن, أن, الذي, التي).
func (st *state) nameEnds(e int) bool {
	if e >= len(st.words) || !st.words[e].Word {
		return true
	}
	return arNameClosers[st.words[e].Fold]
}

// arNameClosers open a clause right after a person's name.
var arNameClosers = wordSet(`إن أن الذي التي`)

// arRoleQualifiers qualify a role between it and the holder's name
// (acting, interim, former).
var arRoleQualifiers = wordSet(`بالنيابة بالوكالة المؤقت المؤقتة السابق السابقة الأسبق`)

// arLinkWords join a role to the body or place it serves (سفيرة ... لدى
// الأمم المتحدة, مدير برامج ... في إيطاليا).
var arLinkWords = wordSet(`لدى في`)

// focus returns the latest person span before word i whose office at the
// date is title.
func (st *state) focus(i int, title string) *span {
	var best *span
	for _, sp := range st.spans {
		if sp.typ != "PER" || sp.s >= i {
			continue
		}
		t := sp.root().title
		if r := sp.root(); r.entry != nil {
			_, t = r.entry.ActorAt(st.date)
		}
		if t == title && (best == nil || sp.s > best.s) {
			best = sp
		}
	}
	if best != nil {
		return best.root()
	}
	return nil
}

// groupRole gives a country mention a group role: القوات الروسية, the
// Israeli army, US troops → RUSMIL, ISRMIL, USAMIL.
func (st *state) groupRole(r roleHit) {
	agent := r.rp.Agent
	if st.words[r.s].Analyses != nil {
		if d := st.demAt(r.e); d != nil && st.free(r.s, d.e) {
			st.add(st.newSpan(span{s: r.s, e: d.e, entry: d.entry, typ: d.entry.Type, name: d.entry.Name, country: d.entry.Country,
				role: d.entry.Code + agent}))
		} else if c := st.cover[min(r.e, len(st.words)-1)]; r.e < len(st.words) && c != nil && c.entry != nil && c.entry.Kind == lexicon.Country && c.s == r.e && c.role == "" {
			c.role = c.entry.Code + agent
		}
		return
	}
	if d := st.demEndingAt(r.s); d != nil && st.free(d.s, r.e) {
		st.add(st.newSpan(span{s: d.s, e: r.e, entry: d.entry, typ: d.entry.Type, name: d.entry.Name, country: d.entry.Country,
			role: d.entry.Code + agent}))
		return
	}
	if r.s > 0 {
		if c := st.cover[r.s-1]; c != nil && c.entry != nil && c.entry.Kind == lexicon.Country && c.e == r.s && c.role == "" {
			if (governmentNoun(r.rp) || st.capitalised(r.s, r.e)) && st.free(r.s, r.e) {
				// the Hong Kong government, the Sri Lanka Air Force: a body
				// (the lexicon names those of common states itself)
				name := st.surface(c.s, r.e)
				if governmentNoun(r.rp) {
					name = "Government of " + c.entry.Name
				}
				c.name, c.typ, c.country, c.actor = name, "ORG", c.entry.Country, c.entry.Code+agent
				c.entry, c.e, c.end = nil, r.e, st.words[r.e-1].End
				for k := r.s; k < r.e; k++ {
					st.cover[k] = c
				}
				return
			}
			c.role = c.entry.Code + agent
		}
	}
	// a possessive: China's military, Peru's armed forces (a body with
	// a head of orgHeadsEn, Vietnam's coast guard, is enOrgAfter's)
	if r.s > 2 && st.words[r.s-1].Fold == "s" && (st.words[r.s-2].Text == "'" || st.words[r.s-2].Text == "’") && !orgHeadsEn[st.words[r.e-1].Fold] {
		if c := st.cover[r.s-3]; c != nil && c.entry != nil && c.entry.Kind == lexicon.Country && c.e == r.s-2 && c.role == "" && st.free(r.s-2, r.e) {
			c.e, c.end, c.role = r.e, st.words[r.e-1].End, c.entry.Code+agent
			for k := r.s - 2; k < r.e; k++ {
				st.cover[k] = c
			}
		}
	}
}

// counterpartPass reads نظيره الصيني (his Chinese counterpart): the
// office of the person in focus, held in the demonym's country.
func (st *state) counterpartPass() {
	for i := range st.words {
		if st.cover[i] != nil || !st.isAr(i, arCounterpart, bitCounterpart) {
			continue
		}
		d := st.demAt(i + 1)
		if d == nil {
			continue
		}
		var f *span
		for _, sp := range st.spans {
			if sp.typ == "PER" && sp.s < i && (f == nil || sp.s > f.s) {
				f = sp
			}
		}
		if f == nil {
			continue
		}
		title := f.root().title
		if r := f.root(); r.entry != nil {
			_, title = r.entry.ActorAt(st.date)
		}
		if title == "" {
			continue
		}
		st.personRole(i, d.e, title, "GOV", d.entry.Country, false)
		if h := st.lex.Holder(title, d.entry.Country, st.date); h != nil {
			// the name after the phrase is that holder
			if c := st.cover[d.e]; d.e < len(st.words) && c != nil && c.entry == nil && c.typ == "PER" {
				c.entry, c.name, c.country = h, h.Name, h.Country
			}
		}
	}
}

// orgHeadsAr are ministries named by their field with the state's
// adjective: الخارجية التركية, وزارة الدفاع الروسية.
var orgHeadsAr = wordSet(`خارجيه دفاع داخليه حكومه`)

// orgHeadsEn end an organisation named by a state's adjective or
// possessive: the French foreign ministry, Russia's foreign ministry.
var orgHeadsEn = wordSet(`ministry office government embassy parliament guard commission`)

// orgPhrasePass finds ministries and governments named by a state's
// adjective or name: "الخارجية التركية", "وزارة الخارجية في إسلام آباد",
// "the French foreign ministry", "Russia's foreign ministry".
func (st *state) orgPhrasePass() {
	n := len(st.words)
	for i := 0; i < n; i++ {
		if st.cover[i] != nil || st.words[i].Analyses == nil || st.bits[i]&bitOrgHeadAr == 0 {
			continue
		}
		var head lexicon.Analysis
		found := false
		for _, a := range st.words[i].Analyses {
			if a.Article && orgHeadsAr[a.Stem] {
				head, found = a, true
				break
			}
		}
		if !found {
			continue
		}
		s, start := i, st.mentionStart(i, head)
		if i > 0 && st.cover[i-1] == nil && st.isAr(i-1, arWizara, bitWizara) {
			s = i - 1
			start = st.mentionStart(i-1, st.words[i-1].Analyses[0])
			for _, a := range st.words[i-1].Analyses {
				if a.Stem == "وزاره" {
					start = st.mentionStart(i-1, a)
				}
			}
		}
		if s == i && i > 0 && st.used[i-1] {
			continue // وزير الخارجية ...: a role, not the ministry
		}
		if d := st.demAt(i + 1); d != nil && !d.plural && strings.HasSuffix(st.words[d.e-1].Fold, "ه") {
			sp := st.newSpan(span{s: s, e: d.e, start: start, end: st.words[d.e-1].End, typ: "ORG", country: d.entry.Country,
				actor: d.entry.Code + "GOV"})
			sp.name = st.articleName(sp.start, sp.end)
			st.add(sp)
			i = d.e - 1
			continue
		}
		if s < i && i+2 < n && st.isAr(i+1, arLinkWords, bitLink) {
			if c := st.cover[i+2]; c != nil && c.entry != nil && c.typ == "LOC" && c.country != "" {
				sp := st.newSpan(span{s: s, e: i + 1, start: start, end: st.words[i].End, typ: "ORG", country: c.country,
					actor: st.countryCode(c.country) + "GOV"})
				sp.name = st.articleName(sp.start, sp.end)
				st.add(sp)
			}
		}
	}
	// English
	for _, d := range st.dems {
		st.enOrgAfter(d.s, d.e, d.entry)
	}
	for _, sp := range append([]*span(nil), st.spans...) {
		if sp.entry == nil || sp.entry.Kind != lexicon.Country || st.words[sp.s].Analyses != nil {
			continue
		}
		e := sp.e
		if e+1 < n && st.words[e].Fold == "'" && st.words[e+1].Fold == "s" {
			e += 2
		} else {
			continue
		}
		st.enOrgAfter(sp.s, e, sp.entry)
	}
}

// capitalised reports whether English words [s, e) are all capitalised
// and not at a sentence's start: a body's proper name (Air Force, Navy).
func (st *state) capitalised(s, e int) bool {
	for k := s; k < e; k++ {
		if !st.capital(k) || st.sentStart[k] {
			return false
		}
	}
	return e > s
}

// enOrgAfter makes an organisation of words [s, e) (an adjective or a
// possessive) plus a head, with at most one field word between
// (the French foreign ministry, Sudan's government).
func (st *state) enOrgAfter(s, e int, country *lexicon.Entry) {
	n := len(st.words)
	for k := e; k < n && k < e+2; k++ {
		w := &st.words[k]
		if !w.Word || st.cover[k] != nil || w.Analyses != nil {
			return
		}
		if orgHeadsEn[w.Fold] {
			sp := st.newSpan(span{s: s, e: k + 1, typ: "ORG", country: country.Country, actor: country.Code + "GOV"})
			sp.name = st.surface(s, k+1)
			st.add(sp)
			return
		}
		if !enFields[w.Fold] {
			return
		}
	}
}

// enFields name a ministry's field.
var enFields = wordSet(`foreign defense defence interior finance justice health home education trade economy coast high`)

// articleName is the text [start, end) with a name's article restored
// where ل + ال was written لل (للخارجية التركية → الخارجية التركية).
func (st *state) articleName(start, end int) string {
	t := string(st.runes[start:end])
	if strings.HasPrefix(lexicon.Fold(t), "ل") && !strings.HasPrefix(lexicon.Fold(t), "ال") {
		return "ا" + t
	}
	return t
}

// surface is the text of words [s, e).
func (st *state) surface(s, e int) string {
	return string(st.runes[st.words[s].Start:st.words[e-1].End])
}

// titlePass finds names after Arabic titles that are not role phrases of
// the lexicon (الشيخ, العقيد, مدير ...): a quoted name, or two words that
// read as a name, after the title's modifiers.
func (st *state) titlePass() {
	for i := 0; i+1 < len(st.words); i++ {
		if st.cover[i] != nil || st.used[i] || st.words[i].Analyses == nil || !st.isArTitle(i) {
			continue
		}
		st.personRole(i, i+1, "", "", "", true)
	}
}

// isArTitle reports whether word i is a title (with or without article).
func (st *state) isArTitle(i int) bool {
	if st.bits[i]&bitTitle == 0 {
		return false
	}
	for _, a := range st.words[i].Analyses {
		if (a.Pre == "" || a.Pre == "و" || a.Pre == "ف" || a.Pre == "ل") && arTitles[a.Stem] {
			return true
		}
	}
	return false
}

// looksLikeArName reports whether Arabic words [s, e) read as a person's
// name: some word is a known name word (ANERCorp or the lexicon's first
// names).
func (st *state) looksLikeArName(s, e int) bool {
	for k := s; k < e; k++ {
		if st.nameWord(k) {
			return true
		}
	}
	return false
}

// nameWord reports whether word k is a known name word (see
// looksLikeArName).
func (st *state) nameWord(k int) bool {
	t := st.types[k]
	if v, ok := t.prop(propNameWord); ok {
		return v
	}
	f := st.words[k].Fold
	c := arClass[f]
	return t.setProp(propNameWord, c == "first" || c == "name" || st.lex.IsFirstName(f))
}

// sayPass finds Arabic speakers by their verb: وأشار سرجيو دي داتو -الذي,
// قال X إن ...: up to three uncommon words between the verb and a
// boundary, one of them a known name word.
func (st *state) sayPass() {
	n := len(st.words)
	for i := 0; i+1 < n; i++ {
		if st.words[i].Analyses == nil || !st.isAr(i, arSayVerbs, bitSay) {
			continue
		}
		p := i + 1
		if st.cover[p] != nil {
			continue
		}
		s, e, ext := st.nameAfter(p)
		if ext != nil || e <= s || e-s > 3 {
			continue
		}
		if e < n && st.words[e].Word && !st.isAr(e, arBoundary, bitBoundary) {
			continue
		}
		if !st.looksLikeArName(s, e) && (e-s < 2 || isQuote(st.words[p].Text)) {
			continue // تابعت «التوجهات الإيجابية»: a quoted phrase, not a name
		}
		sp := st.newSpan(span{s: s, e: e, typ: "PER"})
		sp.name = st.surface(s, e)
		st.add(sp)
	}
}

var arBoundary = wordSet(`ان إن أن الذي التي في خلال امام أمام`)

// arabicHeadPass finds places and organisations after a head noun:
// بلدة كروتوني, منتجع ستيكاتو دي كوترو, قصر وحيد الدين (the head is part
// of the name), منظمة أطباء بلا حدود, تلفزيون "آر إيه آي", and
// facilities named by their city (مطار صنعاء الدولي, ميناء الحديدة).
func (st *state) arabicHeadPass() {
	n := len(st.words)
	for i := 0; i+1 < n; i++ {
		if st.cover[i] != nil || st.words[i].Analyses == nil || st.bits[i]&(bitPlaceHead|bitPlaceHeadKept|bitOrgHead) == 0 {
			continue
		}
		kind, keep := "", false
		var head lexicon.Analysis
		for _, a := range st.words[i].Analyses {
			if a.Article {
				continue
			}
			if arPlaceHeads[a.Stem] {
				kind, head = "LOC", a
			} else if arPlaceHeadsKept[a.Stem] {
				kind, keep, head = "LOC", true, a
			} else if arOrgHeads[a.Stem] {
				kind, keep, head = "ORG", true, a
			}
			if kind != "" {
				break
			}
		}
		if kind == "" {
			continue
		}
		p := i + 1
		if kind == "ORG" {
			// منظمة/مشروع X Y التابع(ة) ل...: the body up to التابع
			if e := st.belongsAt(p, 4); e > p {
				sp := st.newSpan(span{s: i, e: e, start: st.mentionStart(i, head), end: st.words[e-1].End, typ: "ORG"})
				sp.name = string(st.runes[sp.start:sp.end])
				st.add(sp)
				i = e - 1
				continue
			}
		}
		if c := st.cover[p]; kind == "LOC" && keep && c != nil && c.s == p && c.typ == "LOC" && c.entry != nil && c.entry.Kind == lexicon.Place {
			// a facility named by its city: مطار صنعاء الدولي, ميناء الحديدة
			e := c.e
			if e < len(st.words) && st.cover[e] == nil && arFacilityAdjectives[st.words[e].Fold] {
				e++
			}
			sp := st.newSpan(span{s: i, e: e, start: st.mentionStart(i, head), end: st.words[e-1].End, typ: "LOC", country: c.entry.Country})
			sp.name = string(st.runes[sp.start:sp.end])
			st.add(sp)
			i = e - 1
			continue
		}
		quoted := isQuote(st.words[p].Text)
		s, e, _ := st.nameAfter(p)
		if e <= s || st.cover[s] != nil {
			continue
		}
		if !quoted {
			// a foreign name: no word of it is common Arabic
			ok := true
			for k := s; k < e; k++ {
				f := st.words[k].Fold
				if arClass[f] == "common" || utf8.RuneCountInString(f) < 3 && f != "دي" {
					ok = false
				}
			}
			if !ok || kind == "ORG" {
				continue
			}
		}
		sp := st.newSpan(span{s: s, e: e, typ: kind})
		sp.name = st.surface(s, e)
		if keep && !quoted {
			sp.s = i
			sp.start, sp.end = st.mentionStart(i, head), st.words[e-1].End
			sp.name = string(st.runes[sp.start:sp.end])
		}
		st.add(sp)
		i = e - 1
	}
}

// belongsAt returns e when words [p, e) (at most max uncovered Arabic
// words) are followed by التابع or التابعة, else p.
func (st *state) belongsAt(p, max int) int {
	for k := p; k < len(st.words) && k <= p+max; k++ {
		if st.cover[k] != nil || st.words[k].Analyses == nil {
			return p
		}
		if f := st.words[k].Fold; f == "التابع" || f == "التابعه" {
			return k
		}
	}
	return p
}

var (
	arPlaceHeads     = wordSet(`مدينه بلده قريه منتجع ولايه محافظه اقليم منطقه مخيم بلدات ناحيه حي`)
	arPlaceHeadsKept = wordSet(`قصر مسجد ميناء مطار سجن جسر ساحه جامعه`)
	// arFacilityAdjectives may end a facility's name (مطار بغداد الدولي).
	arFacilityAdjectives = wordSet(`الدولي الدولية المدني المدنية العسكري العسكرية`)
	arOrgHeads           = wordSet(`منظمه جمعيه حركه حزب مؤسسه شركه وكاله صحيفه تلفزيون قناه مركز معهد هيئه مشروع برنامج صندوق`)
)

func hasAnyPrefix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
