package event

import (
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
)

// Nominal events: event nouns with their agents and targets, support verbs
// (أجرى، قام ب), aspectual verbs before a masdar.

// codeNoun codes an event noun that frames the main clause or stands in
// the background with its genitive agent and target.
func (c *coder) codeNoun(si int, s doc.Sentence, t *trig) {
	i := t.i
	prev := i - 1
	if !c.ar() {
		for prev >= s.FirstToken && (enDet[c.an.toks[prev].norm] || c.an.toks[prev].punct || c.inWords(enNounModifier, prev)) {
			prev--
		}
	}
	frame, background := false, false
	if prev >= s.FirstToken {
		if c.ar() {
			frame = c.inSet(wsFrame, prev)
			background = c.inSet(wsBackground, prev) || c.an.toks[prev].norm == "ظل" || c.arSpanBackground(prev, s)
			if c.an.toks[i].prep == "ب" || c.an.toks[i].prep == "ل" {
				frame = false
			}
		} else {
			frame = enFrame[c.an.toks[prev].norm]
			background = enBackground[c.an.toks[prev].norm] || c.an.toks[prev].norm == "of" && prev > 0 && c.an.toks[prev-1].norm == "wake"
		}
	}
	// an attempted assassination stated as a noun ("attempt" is no hypothesis here)
	if strings.HasPrefix(t.e.Code, "186") && c.attempt(si, s, t, prev, c.truth(t, s)) {
		return
	}
	// a hypothesis word modifying the noun
	for j := max(s.FirstToken, i-3); j < min(s.EndToken, i+3); j++ {
		if j != i && (c.ar() && c.inSet(wsCond, j) && !arQad[c.an.toks[j].norm] || !c.ar() && enCond[c.an.toks[j].norm]) {
			return // (قد modifies a verb, never the noun: "قد أعلن بدء الهجوم")
		}
	}
	md := c.truth(t, s)
	if md.cond || md.claim {
		return
	}
	if c.ar() && prev >= s.FirstToken && (c.inSet(wsNeg, prev)) {
		md.negated = true
	}
	if c.ar() && c.supportRelative(si, s, t, md) {
		return
	}
	if c.ar() && (c.aspectual(si, s, t) || c.readiness(si, s, t)) {
		return
	}
	if c.announced(si, s, t, prev) {
		return
	}
	if c.between(si, s, t, md) {
		return
	}

	passive := prev >= s.FirstToken && c.ar() && (c.an.toks[prev].norm == "تم" || c.an.toks[prev].norm == "وتم" || c.an.toks[prev].norm == "جرى" || c.an.toks[prev].norm == "وجرى")
	switch {
	case passive:
		// "تم اعتقال X من قبل Y": the genitive is the patient
		g := t.end + 1
		m := -1
		for ; g < s.EndToken && g < t.end+5; g++ {
			if m = c.mentionAt(g); m >= 0 {
				break
			}
		}
		ag := c.arAgent(t, s)
		if ag < 0 {
			// "تم توقيف 3 بشبهة التهريب": arrests without an agent are
			// the home country's police
			if pol := c.homePolice(t); pol != nil {
				var tg *doc.ActorRef
				if m >= 0 {
					tg = c.ref(c.phrase(m, s.EndToken).best)
				}
				c.emit(si, s, t, pol, tg, md, "PASSIVE تم + masdar, no agent: the home police", "genitive")
			}
			return
		}
		if m < 0 || m == ag {
			return
		}
		c.emit(si, s, t, c.ref(ag), c.ref(c.phrase(m, s.EndToken).best), md, "PASSIVE تم + masdar, agent من قبل="+c.mtext(ag), "genitive")
	case frame:
		// target: مع/with X after the noun; source: the main clause subject
		tg, _ := c.target(&trig{i: i, e: t.e, end: t.end}, s, actor{m: -1})
		if len(tg) == 0 {
			return
		}
		src := -1
		// the main clause after the frame phrase (after its comma)
		for j := t.end + 1; j < s.EndToken; j++ {
			if c.an.toks[j].punct && (c.an.toks[j].norm == "," || c.an.toks[j].norm == "،") {
				for g := j + 1; g < s.EndToken && g < j+8; g++ {
					if c.isPrep(g) || c.an.toks[g].prep != "" {
						break
					}
					if m := c.mentionAt(g); m >= 0 {
						src = c.phrase(m, s.EndToken).best
						break
					}
				}
				break
			}
		}
		if src < 0 {
			return
		}
		for _, m := range tg {
			if c.an.ments[m].actor == c.an.ments[src].actor {
				continue
			}
			c.emit(si, s, t, c.ref(src), c.ref(m), md, "NOUN-FRAME main-subject="+c.mtext(src), "with")
		}
	case background:
		if c.opts.NoBackground {
			return
		}
		// genitive agent right after the noun, then ل/of/against target
		g := t.end + 1
		if g >= s.EndToken {
			return
		}
		if !c.ar() && c.an.toks[g].norm == "by" {
			g++
		}
		m := c.mentionAt(g)
		if m < 0 || c.an.toks[g].prep != "" {
			return
		}
		p := c.phrase(m, s.EndToken)
		tg, _ := c.target(&trig{i: i, e: t.e, end: p.end - 1}, s, actor{m: p.best})
		if len(tg) == 0 {
			return
		}
		c.emit(si, s, t, c.ref(p.best), c.ref(tg[0]), md, "NOUN-BACKGROUND genitive="+c.mtext(p.best), "of")
	}
}

// eventNouns maps nouns that refer back to an event to its class.
var eventNouns = func() map[string]string {
	m := map[string]string{}
	for _, w := range []string{"ضربات", "ضربه", "غارات", "غاره", "هجوم", "هجمات", "عدوان", "قصف", "عمليه", "عمليات", "توغل", "اجتياح", "غزو", "تصعيد", "اعتداء", "اعتداءات", "تفجير", "تفجيرات", "استهداف",
		"strike", "strikes", "airstrike", "airstrikes", "air strikes", "attack", "attacks", "raid", "raids", "offensive", "operation", "bombing", "bombings", "bombardment", "invasion", "incursion", "aggression", "shelling", "assault"} {
		m[normWord(w)] = "attack"
	}
	for _, w := range []string{"عقوبات", "اجراءات", "تدابير",
		"sanctions", "measures", "penalties", "restrictions"} {
		m[normWord(w)] = "sanction"
	}
	return m
}()

// eventNounTarget gives a reaction (approve, demand, disapprove, reject,
// threaten) whose object is a bare event noun ("أدانت إيران الضربات",
// "condemned the measures") the agents of the document's first event of
// that class: reactions in news address the story's lead event.
func (c *coder) eventNounTarget(t *trig, s doc.Sentence, src *doc.ActorRef) ([]*doc.ActorRef, string) {
	switch t.e.Code[:2] {
	case "05", "10", "11", "12", "13":
	default:
		return nil, ""
	}
	for j, n := t.end+1, 0; j < s.EndToken && n < 4; j++ {
		k := c.an.toks[j]
		if k.quote && j > t.end+1 && c.an.toks[j-1].ment < 0 {
			// "threatened that «the aggression will not pass»", "ندد بما
			// وصفه «عدوانا سافرا»": scare quotes around the object
			continue
		}
		if c.isBreak(j, true) {
			return nil, ""
		}
		if k.ment >= 0 {
			if end, ok := c.subjectRun(j, src, s.EndToken); ok {
				j = end - 1 // the VSO subject, with its conjuncts
				continue
			}
			return nil, ""
		}
		if k.punct || c.inSet(wsComplementiser, j) || !c.ar() && k.norm == "that" {
			continue // "threatened that «the aggression will not pass»"
		}
		n++
		// only the object position: a preposition other than the
		// entry's own slot (بوقف الهجمات "to stop the attacks") ends it
		if c.isPrep(j) && !hasSlot(t.e, k.stem) && !hasSlot(t.e, k.norm) || c.ar() && k.prep != "" && !hasSlot(t.e, k.prep) {
			return nil, ""
		}
		cl := c.eventNounClass(j)
		if cl == "" {
			continue
		}
		var out []*doc.ActorRef
		for _, r := range c.leadEvents[cl] {
			if r.Name != src.Name && !selfDyad(r.Actor, src.Actor) {
				out = append(out, r)
			}
		}
		return out, "event noun " + c.an.d.Tokens[j].Text + " → lead " + cl
	}
	return nil, ""
}

// subjectRun reports whether the noun phrase (phrase) starting with the
// mention at token j holds the source among its mentions (the VSO subject
// and its conjuncts: "أدانت السعودية ومصر والأردن الاعتداء", coded once for
// each), and returns the token after the phrase.
func (c *coder) subjectRun(j int, src *doc.ActorRef, limit int) (end int, ok bool) {
	p := c.phrase(c.an.toks[j].ment, limit)
	for g := p.start; g < p.end; g++ {
		if m := c.an.toks[g].ment; m >= 0 && (c.an.ments[m].name == src.Name || c.an.ments[m].actor == src.Actor) {
			return p.end, true
		}
	}
	return p.end, false
}

// eventNounClass returns the class ("attack", "sanction") of an event
// noun at token j, or "".
func (c *coder) eventNounClass(j int) string {
	k := c.an.toks[j]
	cl := eventNouns[k.norm]
	if cl == "" {
		cl = eventNouns[k.stem]
	}
	if cl == "" && c.ar() {
		cl = eventNouns[k.w.stemKey]
	}
	return cl
}

// noteLeadAgent records agent as the lead of the class of the event noun
// at token noun when no event of that class is known yet: "أدانت X الهجوم
// الذي شنته Y" states Y's attack, so a later "كما أدانت Z الاعتداء"
// addresses Y too (eventNounTarget).
func (c *coder) noteLeadAgent(noun int, agent *doc.ActorRef) {
	if cl := c.eventNounClass(noun); cl != "" && c.leadEvents[cl] == nil {
		c.leadEvents[cl] = []*doc.ActorRef{agent}
		c.leadTok[cl] = noun
	}
}

// pairObject reports a pair noun as the direct object of trigger t
// (حث الطرفين، دعا الجانبين، urged both sides, the two countries).
func (c *coder) pairObject(t *trig, s doc.Sentence) bool {
	for j, n := t.i+1, 0; j < s.EndToken && n < 3; j++ {
		k := c.an.toks[j]
		if c.isBreak(j, true) || c.isPrep(j) && k.norm != "both" {
			return false
		}
		if k.ment >= 0 {
			j = c.an.ments[k.ment].end - 1
			continue // the VSO subject
		}
		n++
		if c.ar() {
			if k.prep == "" && (arPair[k.norm] || arPair[k.stem]) {
				return true
			}
			continue
		}
		if (k.norm == "sides" || k.norm == "countries" || k.norm == "parties" || k.norm == "leaders" || k.norm == "nations" || k.norm == "governments") && j > 0 && (c.an.toks[j-1].norm == "both" || c.an.toks[j-1].norm == "two") {
			return true
		}
	}
	return false
}

// arSupport lists support verbs that carry an event noun in a relative
// clause with a resumptive pronoun: "زيارة قام بها X إلى Y", "محادثات
// أجراها مع Y", "لقاء عقده مع Y".
var arSupport = set("قام", "قامت", "اجراها", "اجرتها", "اجراه", "اجرته", "عقدها", "عقدتها", "عقده", "عقدته", "يجريها", "تجريها", "يقوم", "تقوم")

// supportRelative codes an event noun followed by a support-verb relative
// clause: the subject is the actor after the support verb (VSO), else the
// subject in focus; the target stands in the noun's slot. It reports
// whether the construction was found.
func (c *coder) supportRelative(si int, s doc.Sentence, t *trig, md mood) bool {
	j := t.end + 1
	if j >= s.EndToken || !c.inSet(wsSupport, j) {
		return false
	}
	end := j
	if w := c.an.toks[j].norm; (w == "قام" || w == "قامت" || w == "يقوم" || w == "تقوم") && j+1 < s.EndToken && (c.an.toks[j+1].norm == "بها" || c.an.toks[j+1].norm == "به") {
		end = j + 1
	} else if w == "قام" || w == "قامت" || w == "يقوم" || w == "تقوم" {
		return false
	}
	src := -1
	for g := end + 1; g < s.EndToken && g < end+10; g++ {
		if c.isBreak(g, true) || c.isPrep(g) {
			break
		}
		if m := c.mentionAt(g); m >= 0 {
			if c.an.toks[g].prep == "" {
				src = c.phrase(m, s.EndToken).best
			}
			break
		}
	}
	how := "SUPPORT-RELATIVE " + c.an.d.Tokens[j].Text
	if src < 0 {
		if src = c.fromFocus("ANY"); src < 0 || !c.sameOrPrevSentence(src, si) {
			return true
		}
		how += " (subject in focus)"
	}
	tg, _ := c.target(&trig{i: end, e: t.e, end: end, subjEnd: -1}, s, actor{m: src})
	for _, m := range tg {
		c.emit(si, s, t, c.ref(src), c.ref(m), md, how, "noun slot")
	}
	return true
}

// enAspect lists aspectual verbs whose "to + verb" complement is the act
// itself, not a purpose.
var enAspect = set("continue", "continues", "continued", "continuing", "began", "begin", "begins", "started", "start", "starts", "resumed", "resume", "resumes", "kept")

// arAspectLemmas are aspectual verbs (واصل، استمر، بدأ، استأنف، تابع) whose
// masdar object is the act itself: "سيواصلون استهداف السفن".
var arAspectLemmas = set("واصل", "استمر", "بدا", "استانف", "تابع", "شرع")

// aspectual codes an Arabic event noun right after an aspectual verb as
// that verb's act: the subject is the aspectual verb's, its tense and mood
// apply (سيواصلون → intent), the target is the noun's genitive or slot.
// It reports whether the construction was found.
func (c *coder) aspectual(si int, s doc.Sentence, t *trig) bool {
	v := t.i - 1
	if v >= s.FirstToken && (c.an.toks[v].norm == "في" || c.an.toks[v].norm == "علي") {
		v-- // استمر في قصف، وافقت على تزويد
	}
	if v >= s.FirstToken && c.an.toks[v].ment >= 0 {
		v = c.an.ments[c.an.toks[v].ment].start - 1 // واستمرت إسرائيل في ضرب: VSO
	}
	if v < s.FirstToken || c.an.toks[v].punct || c.an.toks[v].ment >= 0 {
		return false
	}
	rd, found := c.arReading(v, lsAspect)
	intend := false
	if !found {
		if rd, intend = c.arReading(v, lsIntent); !intend {
			return false
		}
	}
	vt := &trig{i: v, e: t.e, rd: rd, verb: true, end: v, subjEnd: -1}
	subj := c.arSubject(v, s, vt)
	if subj.m >= 0 && c.an.ments[subj.m].start > t.i {
		subj = actor{m: -1} // "وواصلت قصف رفح": the masdar's object is no VSO subject
	}
	if subj.m == -2 || subj.m == -3 {
		return true
	}
	how := "ASPECTUAL " + c.an.d.Tokens[v].Text + " + masdar"
	if intend {
		how = "INTENT " + c.an.d.Tokens[v].Text + " + masdar"
	}
	if subj.m < 0 {
		want := "ANY"
		if rd.fem {
			want = "NON"
		}
		m := c.fromFocus(want)
		if m < 0 || !c.sameOrPrevSentence(m, si) {
			return true
		}
		subj = actor{m: m, ms: []int{m}, ref: c.ref(m), text: c.mtext(m)}
		how += " (subject in focus)"
	}
	subjEnd := -1
	if c.an.ments[subj.m].end <= v {
		subjEnd = c.an.ments[subj.m].end
	}
	md := c.truth(vt, s)
	if md.cond || md.claim {
		return true
	}
	if intend {
		md.intent, md.why = true, "intent "+c.an.d.Tokens[v].Text
	}
	c.emitNounObject(si, s, t, rd, subj, subjEnd, md, how, "masdar object", false)
	return true
}

// emitNounObject codes the event noun t as subj's act, read as a verb with
// reading rd: its target is the noun's object, its genitive (استهداف
// السفن) or its slot, else for material conflict (roots 15–20) the
// fallback target; with noTarget, coercion (17) and notgt entries that
// find none are coded with an empty target. subjEnd is where the subject
// ends when it stands before the noun, else -1.
func (c *coder) emitNounObject(si int, s doc.Sentence, t *trig, rd verbReading, subj actor, subjEnd int, md mood, how, tag string, noTarget bool) {
	e := *t.e
	e.Targets = append([]string{"obj"}, t.e.Targets...)
	nt := &trig{i: t.i, e: &e, rd: rd, verb: true, end: t.end, subjEnd: subjEnd}
	tg, _ := c.target(nt, s, subj)
	var refs []*doc.ActorRef
	for _, m := range tg {
		if subj.m >= 0 && c.an.ments[m].actor == c.an.ments[subj.m].actor && c.an.ments[m].start == t.end+1 {
			continue // the masdar's genitive agent, the subject's own body (أعلن المتحدث باسم التحالف تأييد التحالف لـ)
		}
		refs = append(refs, c.ref(m))
	}
	if len(refs) == 0 && len(tg) > 0 {
		tg = nil
	}
	if len(refs) == 0 && t.e.Code >= "15" {
		if r, _ := c.fallbackTarget(nt, s, subj.ref); r != nil {
			refs = append(refs, r)
		}
	}
	if len(refs) == 0 && noTarget && (strings.HasPrefix(t.e.Code, "17") || t.e.has("notgt")) {
		refs = []*doc.ActorRef{nil} // "announced the arrest of ten people"
	}
	if len(refs) == 0 && noTarget && c.ar() && reactionRoots[t.e.Code[:2]] && c.arThingAfter(t, s) {
		// "أعلن تأييد التحالف للهدنة": support for a thing, open target
		refs, tag = []*doc.ActorRef{nil}, "thing object"
	}
	ms := subj.ms
	if len(ms) == 0 {
		ms = []int{subj.m}
	}
	for _, sm := range ms {
		for _, r := range refs {
			if r == nil || r.Name != c.an.ments[sm].name {
				c.emit(si, s, t, c.ref(sm), r, md, how, tag)
			}
		}
	}
	if c.ar() && len(tg) > 0 && subj.m >= 0 {
		c.sides, c.hasSides = [2]int{subj.m, tg[0]}, true
	}
}
