package quote

import "strings"

// attrib is one cue with what it attributes.
type attrib struct {
	c          cue
	spk        []speaker // nil: no speaker could be found
	sent, para int
	compS      int  // first token of the reported clause, or -1
	preQuote   bool // a quotation follows the cue and its subject
	post       bool // the cue closes its sentence and attributes what precedes it
	postS      int  // token range of the text before a postposed cue
	postE      int
	groupSubj  bool // the subject was a named group (American officials)
}

const (
	arRegionMax   = 25 // tokens between an Arabic verb and its clause
	enRegionMax   = 12 // tokens of an English subject after its verb
	directNearMax = 8  // tokens between a "direct" cue and its quotation
)

// attribute reads cue c: who speaks, and where the speech is.
func (v *view) attribute(c cue, f *focus) *attrib {
	t := v.toks[c.i]
	a := &attrib{c: c, sent: t.sent, para: t.para, compS: -1, postS: -1, postE: -1}
	if c.ar && c.i > 0 && conditionals[bareAr(v.toks[c.i-1].n)] {
		return nil // إذا وصف الاتحاد العملية بأنها احتلال: no one has said it
	}
	if c.ar && c.i > 0 && arNegators[bareAr(v.toks[c.i-1].n)] {
		return nil // الجزائر لم ترد على الدعوة: a speech denied
	}
	var ok bool
	switch {
	case c.ent.kind == kindAccording:
		ok = v.attrAccording(a, f)
	case c.ar:
		ok = v.attrArabic(a, f)
	default:
		ok = v.attrEnglish(a, f)
	}
	if !ok {
		return nil
	}
	return a
}

// conditionals open an Arabic condition; a verb of saying right after one
// reports no speech.
var conditionals = map[string]bool{"اذا": true, "لو": true, "لئن": true}

// arNegators deny the Arabic verb after them (لم يعلق، لن يرد).
var arNegators = map[string]bool{"لم": true, "لن": true}

// sentEnd is the token index where the sentence of token i ends.
func (v *view) sentEnd(i int) int { return v.sents[v.toks[i].sent][1] }

// sentStart is the first token of the sentence of token i.
func (v *view) sentStart(i int) int { return v.sents[v.toks[i].sent][0] }

// opensQuote returns the index of the spoken (not name) quotation whose
// opening mark is token k, or -1.
func (v *view) opensQuote(k int) int {
	if k >= len(v.toks) {
		return -1
	}
	t := v.toks[k]
	if !isQuoteMark(firstRune(t.text)) {
		return -1
	}
	if k+1 < len(v.toks) {
		q := v.toks[k+1].q
		if q >= 0 && v.qs[q].open >= t.s && v.qs[q].open < t.e && !v.qName[q] {
			return q
		}
	}
	return -1
}

// attrAccording handles بحسب X / according to X: the speaker follows,
// the speech is the rest of the sentence.
func (v *view) attrAccording(a *attrib, f *focus) bool {
	c := a.c
	se := v.sentEnd(c.i)
	ss := v.sentStart(c.i)
	e := c.j
	for e < se && e < c.j+enRegionMax && v.toks[e].text != "," && v.toks[e].text != "،" && v.opensQuote(e) < 0 {
		e++
	}
	if l := c.ent.lemma; c.ar && (strings.HasSuffix(l, "ه") || strings.HasSuffix(l, "ها") || strings.HasSuffix(l, "هم")) {
		// على حد تعبيره: the words of the speaker of the sentence, whose
		// own verb attributes them; without one, of the person in focus
		for k := ss; k < c.i; k++ {
			if ce, ok := v.cueAt(k); ok && ce.ent.kind != kindAccording {
				return false
			}
		}
		a.spk = v.focusPerson(c.i, f)
		a.post, a.postS, a.postE = true, ss, c.i
		return a.spk != nil
	}
	a.spk = v.subjectFrom(c.j, e, false, true, f)
	for k := c.j; k+1 < e && c.ar; k++ {
		if v.toks[k].n == "عن" {
			// بحسب ما نقلت وكالة رويترز عن مسؤول أمريكي: the source
			// the agency quotes speaks, not the agency
			a.spk = v.subjectFrom(k+1, e, false, true, f)
			break
		}
	}
	if c.i == ss || (c.i == ss+1 && !v.toks[ss].word) {
		// According to X, clause. / According to the governor, NAME, clause.
		if e < se {
			a.compS = e + 1
			e2 := e + 1
			for e2 < se && e2 < e+8 && v.toks[e2].text != "," && v.toks[e2].text != "،" {
				e2++
			}
			if e2 < se && e2 > e+1 {
				if mi := v.toks[e+1].ment; mi >= 0 && v.ments[mi].typ == "PER" && v.ments[mi].t1 == e2 {
					a.spk, a.compS = []speaker{v.fromMention(v.ments[mi])}, e2+1
				} else if !v.toks[e+1].ar && v.onlyName(e+1, e2) {
					a.spk, a.compS = v.nameFallback(e+1, e2), e2+1
				}
			}
		}
		return true
	}
	for k := c.i - 1; k >= ss && c.ar; k-- {
		t := v.toks[k]
		if t.text == "،" || t.text == "," || t.q >= 0 || t.ar && isComplementizer(bareAr(t.n)) {
			break
		}
		if ce, ok := v.cueAt(k); ok && ce.ent.kind != kindAccording && ce.ent.form == formFinite {
			// قالت الصحيفة نقلا عن مسؤولين إن: the phrase is part of the
			// verb's subject, not an attribution of what precedes it
			return false
		}
	}
	a.post = true
	a.postS, a.postE = ss, c.i
	if c.i > ss && (v.toks[c.i-1].text == "," || v.toks[c.i-1].text == "،") && e+1 < se && (v.toks[e].text == "," || v.toks[e].text == "،") && v.goesOn(e+1) {
		// The talks, according to X, collapsed: the aside attributes the
		// whole sentence around it
		a.postE = se
	}
	return true
}

// goesOn reports whether token k, after an aside set off by commas,
// continues the sentence's own clause (collapsed on Monday) rather than
// describing the speaker (who spoke to reporters, the UN envoy).
func (v *view) goesOn(k int) bool {
	t := v.toks[k]
	if !t.word || t.ment >= 0 || arRelatives[t.n] || determiners[t.n] {
		return false
	}
	switch t.n {
	case "who", "which", "whose", "where", "speaking":
		return false
	}
	if t.ar {
		return !strings.HasPrefix(bareAr(t.n), "ال")
	}
	return !isUpperWord(t.text)
}

// arBodyBeforeAside returns the body that opens an Arabic subject region
// starting at token s when a comma closes it: the persons after the comma
// are an aside (وقالت الحكومة، في بيان تلاه المتحدث باسمها X، إن: the
// government speaks, not the man who read its statement).
func (v *view) arBodyBeforeAside(s int, ms []int) []speaker {
	if len(ms) < 2 {
		return nil
	}
	m := v.ments[ms[0]]
	if m.typ != "ORG" || m.t0 != s || m.t1 >= len(v.toks) {
		return nil
	}
	if t := v.toks[m.t1].text; t != "،" && t != "," {
		return nil
	}
	return []speaker{v.fromMention(m)}
}

// subjectFrom resolves a subject written in tokens [s, e): a mention, an
// unlinked name, a pronoun or noun, or a role phrase named before.
func (v *view) subjectFrom(s, e int, last, allowPP bool, f *focus) []speaker {
	e = min(e, len(v.toks))
	if s < 0 || s >= e {
		return nil
	}
	ms := v.mentionsIn(s, e, allowPP)
	if !hasPER(v, ms) {
		// a name in quotation marks: الخارجية الأمريكية "ماثيو ميلر"
		for k := s; k < e; k++ {
			if q := v.toks[k].q; q >= 0 && v.qName[q] {
				qq := v.qs[q]
				return []speaker{{name: string(v.rs[qq.s:qq.e]), ent: -1, typ: "PER"}}
			}
		}
	}
	if len(ms) > 0 {
		if v.toks[s].ar && !hasPER(v, ms) {
			if spk := v.arNameAfterMention(s, e); spk != nil {
				return spk
			}
			if spk := v.arRoleName(s, e); spk != nil {
				return spk
			}
		}
		// a role phrase whose only mention is its nationality adjective
		// names the person who holds it, if the text named them
		if allLOC(v, ms) && v.toks[s].ment < 0 {
			if spk := v.roleCoref(s, e, s); spk != nil {
				return spk
			}
		}
		if v.toks[s].ar {
			ms = v.dropTitleOnly(ms)
			if spk := v.arBodyBeforeAside(s, ms); spk != nil {
				return spk
			}
		}
		return v.pick(ms, last)
	}
	if v.toks[s].ar {
		if spk := v.arRoleName(s, e); spk != nil {
			return spk
		}
	}
	// head word: Arabic the first noun, English the last
	order := []int{}
	for k := s; k < e; k++ {
		if v.toks[k].word && !v.lx.has(v.toks[k].n, wAdverb) {
			order = append(order, k)
		}
	}
	if last {
		for i, j := 0, len(order)-1; i < j; i, j = i+1, j-1 {
			order[i], order[j] = order[j], order[i]
		}
	}
	for _, k := range order {
		n := v.toks[k].n
		if v.toks[k].ar {
			n = stemAr(n)
		}
		if reportNouns[n] {
			// تقرير للوكالة، the agency's report: the body that issued it
			if spk := v.issuer(s, e); spk != nil {
				return spk
			}
		}
		if v.lx.has(n, wStatement) {
			// بيان صادر عن X، a statement from X: X speaks
			if ms := v.mentionsIn(s, e, true); len(ms) > 0 {
				return v.pick(ms, false)
			}
		}
		if spk, ok := v.resolveWord(n, k, f); ok {
			return spk
		}
		if v.toks[k].ar && v.lx.has(v.toks[k].n, wPronPer|wPronAny) {
			if spk, ok := v.resolveWord(v.toks[k].n, k, f); ok {
				return spk
			}
		}
		break
	}
	if spk := v.roleCoref(s, e, s); spk != nil {
		return spk
	}
	if v.toks[s].ar && len(order) == 1 && strings.HasPrefix(bareAr(v.toks[order[0]].n), "ال") {
		// الوكالة → the agency named before
		return v.definite(stemAr(v.toks[order[0]].n), s)
	}
	if !v.toks[s].ar {
		if len(order) > 0 && v.toks[s].n == "the" {
			head := order[0]
			if !last {
				head = order[len(order)-1]
			}
			if spk := v.definite(v.toks[head].n, s); spk != nil {
				return spk
			}
		}
		return v.nameFallback(s, e)
	}
	return nil
}

// dropTitleOnly leaves out an Arabic person mention that is only a title
// (المستشارة) when a named person follows it in the same subject
// (المستشارة الخاصة ... ستيفاني ويليامز): the name says who holds it.
// So is a one-word person mention written right before another person's
// name (وزير الخارجية التركي هاكان فيدان: التركي read as the president is
// the minister's adjective).
func (v *view) dropTitleOnly(ms []int) []int {
	for i, mi := range ms {
		m := v.ments[mi]
		st := stemAr(v.toks[m.t0].n)
		if i+1 < len(ms) && m.typ == "PER" && m.t1-m.t0 == 1 {
			if n := v.ments[ms[i+1]]; n.typ == "PER" && n.t0 == m.t1 && n.ent != m.ent && !strings.HasPrefix(v.toks[n.t0].n, "و") {
				return append(append([]int(nil), ms[:i]...), ms[i+1:]...)
			}
		}
		if m.typ != "PER" || m.t1-m.t0 != 1 || !v.lx.has(st, wTitle) && !v.lx.has(strings.TrimSuffix(st, "ه"), wTitle) {
			continue
		}
		for _, mj := range ms[i+1:] {
			if v.ments[mj].typ == "PER" {
				return append(append([]int(nil), ms[:i]...), ms[i+1:]...)
			}
		}
	}
	return ms
}

// reportNouns name a document that speaks for whoever issued it.
var reportNouns = map[string]bool{"report": true, "تقرير": true, "document": true, "وثيقه": true, "study": true, "دراسه": true}

// issuer finds who issued a report named in tokens [s, e): a body or
// place mentioned in the phrase (تقرير للوكالة الدولية، an IAEA report),
// else the body an English possessive refers to (the agency's report).
func (v *view) issuer(s, e int) []speaker {
	var ms []int
	for _, mi := range v.mentionsIn(s, e, true) {
		if v.ments[mi].typ != "PER" {
			ms = append(ms, mi)
		}
	}
	if len(ms) > 0 {
		return v.pick(ms, false)
	}
	for k := s + 1; k < e; k++ {
		if t := v.toks[k]; (t.text == "'s" || t.text == "’s") && v.toks[k-1].word {
			return v.definite(v.toks[k-1].n, s)
		}
	}
	return nil
}

func allLOC(v *view, ms []int) bool {
	for _, mi := range ms {
		if v.ments[mi].typ != "LOC" {
			return false
		}
	}
	return true
}

// elided resolves the subject of a participle (saying, مضيفا) or of a
// verb after "and": a name right before an English participle, else the
// speaker of the previous cue of the sentence, else the sentence's
// subject.
func (v *view) elided(a *attrib, prev *attrib, f *focus) []speaker {
	i := a.c.i
	if !a.c.ar && i > 1 && v.toks[i-1].n == "as" {
		// Reuters quoted a senior official as saying: the one quoted speaks
		for q := i - 2; q >= v.sentStart(i) && q >= i-10; q-- {
			if n := v.toks[q].n; n == "quoted" || n == "cited" || n == "quoting" || n == "citing" {
				return v.subjectFrom(q+1, i-1, true, false, f)
			}
		}
	}
	if !a.c.ar && i > 0 {
		if mi := v.toks[i-1].ment; mi >= 0 && v.ments[mi].t1 == i && !v.ments[mi].inQuote {
			return []speaker{v.fromMention(v.ments[mi])}
		}
	}
	for k := len(v.atts) - 1; k >= 0 && prev != nil; k-- {
		b := v.atts[k]
		if b.sent != a.sent {
			break
		}
		if b.c.ent.kind != kindAccording && b.c.i < i {
			// denied X, saying Y: the speaker of the sentence's verb,
			// even an unnamed one (a police spokeswoman)
			return b.spk
		}
	}
	ss := v.sentStart(i)
	for k := ss; k < i && k < ss+3; k++ {
		t := v.toks[k]
		if t.word && v.lx.has(t.n, wPronPer|wPronOrg|wPronAny) && t.ment < 0 {
			spk, _ := v.resolveWord(t.n, k, f)
			return spk
		}
	}
	start := v.datelineEnd(ss)
	if !a.c.ar {
		start = v.afterOpener(start, i)
	}
	if ms := v.mentionsIn(start, i, false); len(ms) > 0 && (a.c.ar || v.ments[ms[0]].t0-start <= enSubjectReach) {
		return []speaker{v.fromMention(v.ments[v.chainHead(ms[0])])}
	}
	if !a.c.ar && i-start > enSubjectReach {
		return nil // West African leaders gave the junta in Niger ... and said: an unnamed subject
	}
	return v.focusPerson(i, f)
}

// afterOpener returns the token after an English sentence's opening
// phrase set off by a comma ("In a reflection of the confusion, the
// Electoral Commission ..."): a phrase that opens with a preposition or
// an -ing word and ends within a few tokens of start, before i; else
// start.
func (v *view) afterOpener(start, i int) int {
	if start >= i || !(enOpeners[v.toks[start].n] || strings.HasSuffix(v.toks[start].n, "ing")) {
		return start // The US welcomed the exchange, saying: the subject comes first
	}
	for k := start; k < i && k < start+8; k++ {
		if v.toks[k].text == "," {
			return k + 1
		}
	}
	return start
}

// enOpeners begin an English sentence's opening phrase (In a
// reflection of the confusion, ...; After the vote, ...).
var enOpeners = map[string]bool{"in": true, "on": true, "at": true, "after": true, "before": true, "during": true,
	"despite": true, "following": true, "amid": true, "with": true, "as": true, "earlier": true, "later": true, "meanwhile": true}

// enSubjectReach is how far into an English sentence its subject may
// start (after "The", "On Sunday,").
const enSubjectReach = 3

// datelineEnd returns the first token after the dateline that opens the
// sentence starting at token ss (RABAT —, KHARTOUM, Sudan (AP) —, الرباط
// –, بكين (رويترز) -), or ss when there is none: the sentence opens its
// paragraph with a place mention or a word in capitals, and a dash
// follows within a few tokens, with only names, commas and a bracketed
// agency before it.
func (v *view) datelineEnd(ss int) int {
	if ss >= len(v.toks) || ss > 0 && v.toks[ss-1].para == v.toks[ss].para {
		return ss
	}
	t := v.toks[ss]
	place := t.ment >= 0 && v.ments[t.ment].typ == "LOC" && v.ments[t.ment].t0 == ss
	caps := t.word && !t.ar && len([]rune(t.text)) > 1 && strings.ToUpper(t.text) == t.text
	if !place && !caps {
		return ss
	}
	paren := false
	for k := ss + 1; k < len(v.toks) && k < ss+10 && v.toks[k].sent == t.sent; k++ {
		switch x := v.toks[k]; {
		case x.text == "—" || x.text == "–" || x.text == "-" && x.s > v.toks[k-1].e:
			return k + 1
		case x.text == "(":
			paren = true
		case x.text == ")":
			paren = false
		case x.text == "," || x.text == "،" || paren:
		case x.word && (x.ment >= 0 || !x.ar && isUpperWord(x.text)):
		default:
			return ss
		}
	}
	return ss
}

// chainHead follows a title chain from mention mi to the person at its
// end (Israel's Foreign Ministry spokesman Lior Haiat): over possessives,
// capitalised words, titles and other mentions, within a few tokens. It
// returns mi when no person closes the chain.
func (v *view) chainHead(mi int) int {
	m := v.ments[mi]
	if m.typ == "PER" {
		return mi
	}
	for k := m.t1; k < len(v.toks) && k < m.t1+6; k++ {
		t := v.toks[k]
		if t.q >= 0 || t.sent != v.toks[m.t0].sent {
			break
		}
		if mj := t.ment; mj >= 0 && v.ments[mj].t0 == k {
			if v.ments[mj].typ == "PER" {
				return mj
			}
			k = v.ments[mj].t1 - 1
			continue
		}
		if t.text == "'s" || t.text == "’s" {
			continue
		}
		if !t.word || t.ar || !(isUpperWord(t.text) || v.lx.has(t.n, wTitle)) {
			break
		}
	}
	return mi
}

// prevAttrib is the last attribution read so far, or nil.
func (v *view) prevAttrib() *attrib {
	if len(v.atts) == 0 {
		return nil
	}
	return v.atts[len(v.atts)-1]
}

func hasPER(v *view, ms []int) bool {
	for _, mi := range ms {
		if v.ments[mi].typ == "PER" {
			return true
		}
	}
	return false
}

// arNameAfterMention finds an unlinked Arabic person's name written right
// after the body or place of their title (مدير برامج أطباء بلا حدود في
// إيطاليا ماركو بيرتوتو): two or three words after the last mention of
// the region, the first without the article, none a known word.
func (v *view) arNameAfterMention(s, e int) []speaker {
	last := -1
	for mi := range v.ments {
		m := v.ments[mi]
		if m.t0 >= s && m.t1 <= e && !m.inQuote {
			last = mi
		}
	}
	if last < 0 || v.toks[s].ment >= 0 || !v.lx.has(stemAr(v.toks[s].n), wTitle) {
		return nil // only after a title: مدير برامج ... NAME
	}
	k := v.ments[last].t1
	j := k
	for j < e && j < k+3 {
		t := v.toks[j]
		if !t.ar || t.ment >= 0 || v.lx.info(t.n).class != 0 || v.lx.info(bareAr(t.n)).class != 0 || isComplementizer(bareAr(t.n)) {
			break
		}
		if _, isCue := v.cueAt(j); isCue {
			break
		}
		if j == k && (strings.HasPrefix(t.n, "ال") || hasPPPrefix(t.prefix, t.n)) {
			break
		}
		j++
	}
	if j-k < 2 || (j < e && v.toks[j].word && v.toks[j].ar && !v.lx.has(v.toks[j].n, wPrep|wAdverb) && !isComplementizer(bareAr(v.toks[j].n))) {
		return nil
	}
	return []speaker{{name: string(v.rs[v.toks[k].s:v.toks[j-1].e]), ent: -1, typ: "PER"}}
}

// arRoleName finds an Arabic person's name the entity stage did not
// know, written after a role noun in the subject tokens [s, e) (قال
// الخبير الاقتصادي مصطفى عبد السلام إن، قال مبعوث الاتحاد إلى السودان،
// محمد بلعيش، إن): two to four words from a known first name on, none a
// mention, a known word of the stage or a preposition; a word with the
// article only after عبد/أبو/بن or as the last, family name (خالد العلي).
func (v *view) arRoleName(s, e int) []speaker {
	if v.names == nil {
		return nil
	}
	first := s
	for first < e && !v.toks[first].word {
		first++
	}
	if first >= e || !v.toks[first].ar || v.toks[first].ment >= 0 {
		return nil
	}
	role := v.lx.has(stemAr(v.toks[first].n), wTitle|wUnknown) || v.roleNoun(first)
	if stemAr(v.toks[first].n) == bareAr(v.toks[first].n) && first+1 < e && v.toks[first+1].ment < 0 && !strings.HasPrefix(v.toks[first+1].n, "ال") {
		// an indefinite noun not in construct (مصدر فضل عدم الإفصاح،
		// مسؤول أمني رفيع) is anonymous: no name follows it
		role = false
	}
	for k := first + 1; k < e; k++ {
		t := v.toks[k]
		if !t.ar || !t.word || t.ment >= 0 || strings.HasPrefix(t.n, "ال") || !v.names.IsFirstName(t.n) || v.lx.info(t.n).class != 0 || nameStops[t.n] {
			continue
		}
		if !role && v.toks[k-1].text != "،" && v.toks[k-1].text != "," {
			return nil // after a noun the lexicon does not know as a role, only a name set off by a comma
		}
		j := k + 1
		for j < e && j < k+4 {
			u := v.toks[j]
			if !u.ar || !u.word || u.ment >= 0 || v.lx.info(u.n).class != 0 || v.lx.info(bareAr(u.n)).class != 0 || isComplementizer(bareAr(u.n)) || arRelatives[u.n] {
				break
			}
			if _, isCue := v.cueAt(j); isCue || ppWord(u) || !nameWord(u) {
				break
			}
			j++
			if strings.HasPrefix(u.n, "ال") && !nameLinks[v.toks[j-2].n] {
				break // a family name with the article closes the name
			}
		}
		if j-k < 2 || j < e && v.toks[j].text != "،" && v.toks[j].text != "," && !ppWord(v.toks[j]) && !v.lx.has(v.toks[j].n, wPrep) {
			return nil // the name ends its subject: at the clause, a comma or a preposition
		}
		return []speaker{{name: string(v.rs[t.s:v.toks[j-1].e]), ent: -1, typ: "PER"}}
	}
	return nil
}

// nameStops are words that are also first names, or look like a family
// name, but are far more often something else (باسم "on behalf of", ما،
// دون; كرر بوش القول إن).
var nameStops = map[string]bool{"باسم": true, "ما": true, "دون": true, "بعد": true, "قبل": true, "عبر": true, "امام": true, "القول": true}

// nameLinks join the next word to an Arabic name (عبد الله، أبو زيد).
var nameLinks = map[string]bool{"عبد": true, "ابو": true, "ابي": true, "ابن": true, "بن": true, "بنت": true, "ام": true}

// roleNoun reports whether Arabic token k is a role noun of dyad's
// lexicon (الناشط، المحلل، المواطنة).
func (v *view) roleNoun(k int) bool {
	if v.names == nil {
		return false
	}
	return len(v.names.LookupRole(v.toks[k].text)) > 0
}

// mentionsStatement reports whether a's sentence says the speech was made
// in a statement (said in a statement, في بيان), outside quotations.
func (v *view) mentionsStatement(a *attrib) bool {
	sp := v.sents[a.sent]
	for k := sp[0]; k < sp[1]; k++ {
		t := v.toks[k]
		if t.q < 0 && t.word && (v.lx.has(t.n, wStatement) || t.ar && v.lx.has(stemAr(t.n), wStatement)) {
			return true
		}
	}
	return false
}
