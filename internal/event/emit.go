package event

import (
	"slices"
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
)

// code builds the events of trigger t.
func (c *coder) code(si int, s doc.Sentence, t *trig) {
	if !t.verb {
		c.codeNoun(si, s, t)
		return
	}
	// يضم / تضم "comprises, includes": annexation (ضم) is a past act on a
	// territory, not the present of a group's make-up
	if c.ar() && t.rd.lemma == "ضم" && (t.rd.present && !t.rd.future && !c.arTerritoryAfter(t) || c.arIncludes(t)) {
		return
	}
	// a bare verb form after an announcement is its masdar: "أعلنت
	// الجزائر الثلاثاء قطع العلاقات" (قطع = the cutting)
	if c.ar() && c.arBareForm(t) && c.announced(si, s, t, t.i-1) {
		return
	}
	if c.ar() && c.arBareForm(t) && c.aspectual(si, s, t) {
		return // "وواصلت قصف رفح": the masdar after an aspectual verb
	}
	if c.ar() && c.arBareForm(t) && c.arAssertedMasdar(t, s) {
		return // "وأكد الملك رفض الأردن لـ": the masdar of an assertion, its genitive is the agent
	}
	if c.ar() && c.arBareForm(t) && c.arObligated(t, s) {
		return // "إن على روسيا سحب قواتها": demanded (arObligation), not done
	}
	subj := c.subject(t.i, s, t)
	if c.ar() && !strings.HasPrefix(subj.how, "VSO") && c.arObjectPronounNonActor(t) {
		return // "تساندهم رشاشات المروحيات": the noun after is the subject (precision.go)
	}
	// Arabic passive with an agent: "اعتُقل X من قبل Y" (unmarked passive)
	if c.ar() {
		if ag := c.arAgent(t, s); ag >= 0 {
			tg := subj
			subj = actor{m: ag, ms: []int{ag}, ref: c.ref(ag), how: "PASSIVE من قبل", text: c.mtext(ag)}
			if tg.m >= 0 && tg.m != ag {
				c.emitPassive(si, s, t, subj, tg)
				return
			}
		}
	}
	src := []*doc.ActorRef{}
	srcM := []int{}
	rule := "VSO"
	if !c.ar() {
		rule = "SVO"
	}
	var tgts []int
	slot := ""
	pairTarget := -1
	switch {
	case subj.m == -4:
		if r := t.e.Code[:2]; r != "18" && r != "19" && r != "11" {
			return
		}
		src = append(src, nil)
		srcM = append(srcM, -1)
		rule = subj.how
	case subj.m == -3:
		return // a subject the rules cannot resolve (relative clause, pronoun)
	case subj.m == -2:
		if !c.hasPair {
			return
		}
		src = append(src, c.ref(c.pair[0]))
		srcM = append(srcM, c.pair[0])
		pairTarget = c.pair[1]
		rule = "PAIR " + subj.text
	case subj.m >= 0:
		// an unmarked passive reads as VSO: "اعتُقل الصحفي الأمريكي" has a
		// patient, not an agent, after the verb. Coercion and violence
		// need an agent-like head (a title, the forces, the police).
		if subj.head != "" && t.e.Code >= "17" && !arAgentNoun[subj.head] {
			return
		}
		// coordinated subjects
		ms := subj.ms
		if len(ms) == 0 {
			ms = []int{subj.m}
		}
		for _, m := range ms {
			src = append(src, c.ref(m))
			srcM = append(srcM, m)
		}
		c.pushFocus(subj.m)
		if !strings.HasPrefix(subj.how, "COORDINATED") {
			c.lastSubj, c.lastSubjSent = subj.m, si
			if !c.inComplement(t.i, s) {
				c.mainSubj, c.mainSubjSent = subj.m, si
			}
		}
		rule = subj.how
	case subj.ref != nil:
		src = append(src, subj.ref)
		srcM = append(srcM, -1)
		rule = subj.how
	default:
		if sp := t.e.srcSlot(); c.ar() && sp != "" && c.slotMention(t, s, sp) >= 0 {
			// the source stands in a prepositional slot (below): "دخلت
			// هدنة في اليمن حيز التنفيذ" has no agent subject to find
			src = append(src, nil)
			srcM = append(srcM, -1)
			break
		}
		if t.passive {
			// "X was accused/criticised": a disapproval with no agent keeps
			// an open source
			if pol := c.homePolice(t); pol != nil {
				// "three people were arrested": the home country's police
				src = append(src, pol)
				srcM = append(srcM, -1)
				rule = "PASSIVE-NO-AGENT arrest: the home police"
				break
			}
			if t.e.Code[:2] != "11" && (c.ar() || !enPassiveViolence[t.e.Trigger]) {
				return
			}
			src = append(src, nil)
			srcM = append(srcM, -1)
			rule = "PASSIVE-NO-AGENT"
			break
		}
		// dropped subject; English only in a coordinated verb phrase
		// ("X met Y and paid a visit to Z")
		if !c.ar() {
			if !c.enCoordinatedVP(t.i, s) || c.lastSubjSent != si || c.lastSubj < 0 {
				return
			}
			m := c.lastSubj
			src = append(src, c.ref(m))
			srcM = append(srcM, m)
			rule = "COORDINATED-VP subject=" + c.mtext(m)
			break
		}
		// a dual verb opens its clause (وأجريا، ثم اتفقا): a word ending
		// in ا after a noun is an accusative noun (اعتبرها مراقبون دعما)
		if c.ar() && t.rd.num == 'd' && c.hasPair && (t.rd.conj != "" || t.i == s.FirstToken || c.an.toks[t.i-1].punct || c.inSet(wsSkipLeft, t.i-1)) {
			if c.ar() && c.pairCoord && si == c.lastSubjSent {
				// "رحبت واشنطن والرياض بالخطوة، ودعتا ...": the dual verb
				// continues the coordinated subject, both of them
				for _, m := range c.pair {
					src = append(src, c.ref(m))
					srcM = append(srcM, m)
				}
				rule = "DUAL→COORDINATED SUBJECT"
				break
			}
			src = append(src, c.ref(c.pair[0]))
			srcM = append(srcM, c.pair[0])
			pairTarget = c.pair[1]
			rule = "DUAL→PAIR"
			break
		}
		want := "ANY"
		if c.ar() {
			if t.rd.fem {
				want = "NON"
			} else if t.rd.num == 's' {
				want = "PER"
			}
		}
		// an overt subject that is not an actor (وصل عدد المهاجرين إلى ...)
		if c.ar() && !t.e.has("inv") && ((!hasSlot(t.e, "obj") || t.e.Code >= "17" || t.rd.obj != "") && c.overtNonActor(t) || c.arMasdarReading(t, s)) {
			// (a verb with an attached object pronoun has its object: the
			// noun after it is its subject, "وصفها خصومه بأنها")
			return // coercion and violence also need a named agent: "ضرب زلزال تركيا"
		}
		// a present verb after an indefinite noun (فريقا يقدم الدعم) is
		// that noun's relative clause, not a dropped subject's verb
		p := t.i - 1
		if p >= s.FirstToken && c.an.toks[p].ment >= 0 {
			// فريقا من منظمة X يقدم: past the noun's prepositional phrase
			if st := c.an.ments[c.an.toks[p].ment].start; st-1 >= s.FirstToken && (c.isPrep(st-1) && c.an.toks[st-1].norm == "من" || c.an.toks[st].prep != "") {
				p = st - 1
				if c.isPrep(p) {
					p--
				}
			}
		}
		if t.rd.present && p >= s.FirstToken && c.arIndefinite(p) {
			return
		}
		m := c.fromFocus(want)
		if mm := c.mainSubject(want, si); mm >= 0 {
			m = mm // the previous main clause's subject, not an embedded one
		}
		if want == "PER" && (m < 0 || c.an.ments[m].typ != "PER") {
			// a masculine singular verb prefers a person named earlier in
			// its sentence to a body: "منعت وحدات من الجيش الغنوشي من
			// دخول المقر، فاعتصم" (Ghannouchi sat in)
			for j := t.i - 1; j >= s.FirstToken; j-- {
				if p := c.an.toks[j].ment; p >= 0 && c.an.toks[j].first && c.an.ments[p].typ == "PER" && (m < 0 || c.an.ments[p].start > c.an.ments[m].start) && c.an.toks[j].prep == "" && !c.isPrep(j-1) {
					m = p
					break
				}
			}
		}
		if t.e.has("inv") {
			// "في إيطاليا، حيث أثارت القوانين ... انتقادات": what draws
			// criticism belongs to the actor named just before
			for j := t.i - 1; j >= 0 && j >= s.FirstToken-40; j-- {
				if mm := c.an.toks[j].ment; mm >= 0 {
					m = mm
					break
				}
			}
		}
		if r, how, ok := c.arGoverningSubject(t, s, si, m); !ok {
			return // precision.go
		} else if r != nil {
			src, srcM, rule = append(src, r), append(srcM, -1), "GOVERNING-SUBJECT "+how+" → "+r.Name
			break
		}
		if m < 0 || !c.sameOrPrevSentence(m, si) {
			return
		}
		src = append(src, c.ref(m))
		srcM = append(srcM, m)
		rule = "DROPPED-SUBJECT→" + c.mtext(m)
	}
	t.subjEnd = -1
	if c.ar() && subj.m >= 0 && c.an.ments[subj.m].start > t.i {
		t.vsoEnd = c.phrase(subj.m, s.EndToken).end
	}
	if c.ar() && subj.m < 0 && subj.span > t.i {
		t.vsoEnd = subj.span
	}
	if subj.m >= 0 && c.an.ments[subj.m].end <= t.i && c.an.ments[subj.m].start >= s.FirstToken && (subj.how == "SV" || subj.how == "SVO" || subj.how == "POSSESSOR") {
		t.subjEnd = c.an.ments[subj.m].end
	}
	if t.passive {
		// passive: the target is the grammatical subject on the left
		if a := c.enSubject(t.i, s, &trig{i: t.i, e: t.e, end: t.i, subjEnd: -1}); a.m >= 0 {
			tgts, slot = []int{a.m}, "passive-subject"
		}
	}
	if len(tgts) == 0 && c.ar() && c.arCoordinatedPronounVerb(t, s) {
		// an attached object pronoun is the direct object: "واتهمها بتدمير
		// لبنان" accuses her, not Lebanon (precision.go)
		if m := c.pronounObject(t.i, srcM, t.rd.obj); m >= 0 {
			tgts, slot = []int{m}, "suffix "+t.rd.obj
		}
	}
	if len(tgts) == 0 {
		tgts, slot = c.target(t, s, subj)
	}
	// "محادثات استضافتها بكين", "اتفاق رعته الصين": a relative clause on
	// the indefinite noun before the verb, whose pronoun stands for that
	// noun (a meeting hosted, a deal sponsored: open target)
	relNoun := c.ar() && t.rd.obj != "" && t.i > s.FirstToken && c.arBareNoun(t.i-1)
	if len(tgts) == 0 && t.rd.obj != "" && !relNoun {
		if m := c.pronounObject(t.i, srcM, t.rd.obj); m >= 0 {
			tgts, slot = []int{m}, "suffix "+t.rd.obj
		}
	}
	if c.ar() && t.rd.lemma == "ضم" && len(tgts) > 0 && c.an.ments[tgts[0]].typ != "LOC" && !(c.an.ments[tgts[0]].typ == "ADJ" && c.arTerritoryAfter(t)) {
		return // ضم الوفد ممثلين عن X: "included", not annexed
	}
	if slot == "obj" && t.e.has("about") {
		// "حذرت مصر مجلس الأمن من مخاطر السد الإثيوبي": the warning is
		// addressed to the object and is about the actor of the من-phrase,
		// who is a target too
		e := *t.e
		e.Targets = []string{"من"}
		about, _ := c.target(&trig{i: t.i, e: &e, rd: t.rd, verb: true, cues: t.cues, end: t.end, subjEnd: -1}, s, subj)
		for _, m := range about {
			// an actor the warning is about, not the object of another
			// act named in the phrase ("من مغبة اقتحام رفح"); a country
			// adjective is the act's agent ("من التصعيد الإسرائيلي")
			if st := c.an.ments[m].start; !slices.Contains(tgts, m) && !(st > 0 && !c.arAdjective(m) && c.arEventNoun(st-1)) {
				tgts = append(tgts, m)
			}
		}
	}
	var tgtRefs []*doc.ActorRef
	for _, m := range tgts {
		tgtRefs = append(tgtRefs, c.ref(m))
	}
	if sp := t.e.srcSlot(); sp != "" {
		// "نقل عن X قوله لـ Y": the source stands in a prepositional slot
		m := c.slotMention(t, s, sp)
		if m < 0 {
			return
		}
		src, srcM = []*doc.ActorRef{c.ref(m)}, []int{m}
		rule = "SOURCE-SLOT " + sp
		var keep []*doc.ActorRef
		for _, r := range tgtRefs {
			if r.Name != c.an.ments[m].name {
				keep = append(keep, r)
			}
		}
		tgtRefs = keep
	}
	if t.e.has("inv") {
		// أثار انتقادات من X: X criticises the subject; "faced Palestinian
		// criticism": an actor inside the pattern is the source too
		if len(tgtRefs) == 0 {
			for j := t.i + 1; j < t.end; j++ {
				if m := c.mentionAt(j); m >= 0 {
					tgtRefs = append(tgtRefs, c.ref(m))
					break
				}
			}
		}
		if len(tgtRefs) == 0 || len(src) == 0 {
			return
		}
		src, tgtRefs = tgtRefs[:1], src[:1]
		srcM = []int{-1}
		tgts = nil
		rule += " inverted"
	}
	if t.e.has("patient") {
		// "نجا X من محاولة اغتيال", "تعرض X لهجوم": the subject suffered
		// the act, whose agent the clause does not name
		if len(src) == 0 || src[0] == nil || subj.m < 0 {
			return
		}
		if st := c.an.ments[subj.m].start; st > t.i && len(t.cues) > 0 && st > t.cues[0] {
			return // an actor after the cue is no subject ("تعرضت قافلة لهجوم قرب رفح" names none)
		}
		tgtRefs, slot = src[:1], "patient subject"
		src, srcM, tgts = []*doc.ActorRef{nil}, []int{-1}, nil
		rule += " (patient)"
	}
	// "أدانت إيران الضربات", "condemned the measures": an event noun
	// standing for the story's lead event of its class names its agent
	if len(tgtRefs) == 0 && len(src) > 0 && src[0] != nil {
		if refs, how := c.eventNounTarget(t, s, src[0]); len(refs) > 0 {
			tgtRefs, slot = refs, how
		}
	}
	// "حث الطرفين على", "urged both sides to": the pair in focus
	if len(tgtRefs) == 0 && c.hasPair && len(src) > 0 && src[0] != nil && hasSlot(t.e, "obj") && c.pairObject(t, s) {
		sides := c.pair[:]
		if c.ar() && c.pairCoord {
			// "رحبت X وY بالخطوة ودعتا الطرفين": the two sides named
			// before, not the coordinated subject
			sides = nil
			if c.hasSides {
				sides = c.sides[:]
			}
		}
		for _, m := range sides {
			if r := c.ref(m); r.Name != src[0].Name && r.Actor != src[0].Actor {
				tgtRefs = append(tgtRefs, r)
			}
		}
		slot = "pair object"
	}
	if len(tgtRefs) == 0 && pairTarget >= 0 {
		tgtRefs = append(tgtRefs, c.ref(pairTarget))
		slot = "pair"
	}
	// "scuttled the talks": the other side of the pair in focus
	if len(tgtRefs) == 0 && t.e.has("pair") && c.hasPair && len(src) > 0 && src[0] != nil {
		a, b := c.ref(c.pair[0]), c.ref(c.pair[1])
		switch {
		case sameCountry(a.Actor, src[0].Actor):
			tgtRefs, slot = []*doc.ActorRef{b}, "pair in focus"
		case sameCountry(b.Actor, src[0].Actor):
			tgtRefs, slot = []*doc.ActorRef{a}, "pair in focus"
		}
	}
	homeArrest := strings.HasPrefix(rule, "PASSIVE-NO-AGENT arrest")
	// material conflict without an actor target: civilians, or the place
	// (not for arrests by the home police: the place is not arrested)
	if len(tgtRefs) == 0 && (t.e.Code >= "15" || t.e.Code == "042") && len(src) > 0 && src[0] != nil {
		if r, how := c.fallbackTarget(t, s, src[0]); r != nil && !((homeArrest || strings.HasPrefix(t.e.Code, "17")) && how == "place") {
			tgtRefs = []*doc.ActorRef{r}
			slot = how
		}
	}
	// a visit to a place that names no actor (a settlement, a prison):
	// coded with an open target
	if len(tgtRefs) == 0 && strings.HasPrefix(t.e.Code, "04") && len(src) > 0 && src[0] != nil && (c.placeAfter(t, s) || c.officialsAfter(t, s)) {
		// the dateline's country, when the story has one ("HANOI, Vietnam (AP) —")
		tgtRefs, slot = []*doc.ActorRef{nil}, "unnamed place"
		if m := c.dateline(); m >= 0 && !sameCountry(c.an.ments[m].actor, src[0].Actor) {
			r := c.ref(m)
			r.Actor = r.Actor[:min(3, len(r.Actor))]
			tgtRefs, slot = []*doc.ActorRef{r}, "unnamed place in the dateline country"
		}
	}
	// reciprocal predicates: A and B met → A→B
	if len(tgtRefs) == 0 && t.e.has("recip") && len(src) >= 2 {
		tgtRefs = []*doc.ActorRef{src[1]}
		src = src[:1]
		slot = "reciprocal"
	}
	// an appeal names what is asked for more often than whom: "دعت
	// السعودية إلى ضبط النفس", "X called for restraint" are coded with an
	// open target (CAMEO codes appeals to the world at large)
	// (only a specific appeal, with its cue words: a bare "urged voters"
	// names no actor at all)
	// material conflict whose pattern names the weapon (launched missiles,
	// fired rockets at ships) is coded with an open target too
	// a reaction to a thing or an event that names no actor ("condemned
	// the attack", "رحب بالقرار"): the decision's owner in focus, else an
	// open target
	if len(tgtRefs) == 0 && !c.ar() && len(src) > 0 && src[0] != nil && !t.passive {
		if m := c.enCauseActor(t, s, src[0]); m >= 0 {
			tgtRefs, slot = []*doc.ActorRef{c.ref(m)}, "the actor of the after/over clause"
		}
	}
	if len(tgtRefs) == 0 && len(src) > 0 && src[0] != nil && !t.passive {
		if ok, dec := c.thingObject(t, s, src[0]); ok {
			tgtRefs, slot = []*doc.ActorRef{nil}, "thing object"
			if m := c.arThingAdjective(t, s); m >= 0 && !sameCountry(c.an.ments[m].actor, src[0].Actor) {
				tgtRefs, slot = []*doc.ActorRef{c.ref(m)}, "thing object: its country adjective"
				dec = false
			} else if m, noun := c.arThingAgent(t, s); m >= 0 && !sameCountry(c.an.ments[m].actor, src[0].Actor) {
				tgtRefs, slot = []*doc.ActorRef{c.ref(m)}, "thing object: the agent of its relative clause"
				dec = false
				c.noteLeadAgent(noun, c.ref(m))
			}
			// (a party or group rejecting its own state's decision is a
			// domestic event: TUNPTY → TUNGOV)
			if own := c.decisionOwner; dec && own >= 0 && (!sameCountry(c.an.ments[own].actor, src[0].Actor) || c.ar() && c.citizenSource(src[0]) && !c.citizenSource(c.ref(own))) {
				tgtRefs, slot = []*doc.ActorRef{c.ref(c.decisionOwner)}, "thing object: the decision of "+c.mtext(c.decisionOwner)
			} else if dec && !c.ar() {
				// English: a decision no owner in focus claims is the story's
				// (the lede's actor), as for evaluations
				if r, how := c.judgedOwner(-1, false, src[0]); r != nil {
					tgtRefs, slot = []*doc.ActorRef{r}, "thing object: "+how
				}
			}
		}
	}
	// "“I call for dialogue,” X told Congress": the quote's addressee
	if len(tgtRefs) == 0 && !c.ar() && subj.how == "PRON-SPEAKER" && homeTargetRoots[t.e.Code[:2]] {
		if m := c.quoteAddressee(t.i); m >= 0 && len(src) > 0 && src[0] != nil && c.ref(m).Name != src[0].Name {
			tgtRefs, slot = []*doc.ActorRef{c.ref(m)}, "the quote's addressee"
		}
	}
	// English domestic acts that name no target (domestic.go): a protest
	// addresses its own government, a curfew falls on its own people
	if len(tgtRefs) == 0 && !c.ar() && len(src) > 0 && src[0] != nil && !t.passive {
		if r, how := c.domesticTarget(t, s, src[0]); r != nil {
			tgtRefs, slot = []*doc.ActorRef{r}, how
		} else if rs, how := c.seatTargets(t, s, src[0]); rs != nil {
			tgtRefs, slot = rs, how
		} else if r := c.patternPossessor(t, src[0]); r != nil {
			tgtRefs, slot = []*doc.ActorRef{r}, "possessive in the pattern"
		}
	}
	openConflict := (strings.HasPrefix(t.e.Code, "18") || strings.HasPrefix(t.e.Code, "19")) && len(src) > 0 && src[0] != nil && !t.passive && c.weaponCue(t)
	hostedThing := relNoun && strings.HasPrefix(t.e.Code, "04")
	if len(tgtRefs) == 0 && !t.e.has("notgt") && !(strings.HasPrefix(t.e.Code, "02") && len(t.cues) > 0) && !openConflict && !homeArrest && !hostedThing {
		return
	}
	md := c.truth(t, s)
	if (md.cond || md.claim) && !c.opts.KeepHypothetical {
		return
	}
	if c.ar() && md.negated && t.rd.present && strings.HasPrefix(t.e.Code, "05") && (md.why == "negation لا" || md.why == "negation ولا") {
		// "الولايات المتحدة لا تؤيد الهجوم": not supporting, in the
		// present, is a stated rejection (120)
		e := *t.e
		e.Code, e.Pattern = "120", t.e.Pattern+" (negated in the present: rejection)"
		x := *t
		x.e = &e
		t = &x
		md.negated = false
	}
	if t.e.has("neg") {
		// "لن يتردد في اتخاذ إجراءات": only the negated predicate is an
		// event, and its negation asserts it
		if !md.negated {
			return
		}
		md.negated, md.why = false, "asserted by its negation ("+md.why+")"
	}
	if len(tgtRefs) == 0 {
		tgtRefs = []*doc.ActorRef{nil}
	}
	for _, sr := range src {
		for _, tr := range tgtRefs {
			if tr == nil && sr == nil {
				continue
			}
			if tr != nil && sr != nil && sr.Actor == tr.Actor && sr.Name == tr.Name {
				continue
			}
			// two institutions of one actor code (the House and the
			// Republican Party) are one actor in CAMEO terms
			if tr != nil && sr != nil && sr.Actor == tr.Actor && c.typeOf(sr) != "PER" && c.typeOf(tr) != "PER" {
				continue
			}
			c.emit(si, s, t, sr, tr, md, rule, slot)
		}
	}
	// the pair in focus
	if len(src) > 0 && len(tgtRefs) > 0 && tgtRefs[0] != nil && srcM[0] >= 0 {
		for _, m := range tgts {
			c.pair, c.hasPair, c.pairCoord = [2]int{srcM[0], m}, true, false
			c.sides, c.hasSides = c.pair, true
			break
		}
	}
	if len(srcM) >= 2 && srcM[0] >= 0 && srcM[1] >= 0 {
		// a reciprocal event's coordinated subject are its two sides
		// (A and B met); other coordinated subjects act together
		c.pair, c.hasPair, c.pairCoord = [2]int{srcM[0], srcM[1]}, true, slot != "reciprocal"
		if slot == "reciprocal" {
			c.sides, c.hasSides = c.pair, true
		}
	}
}

func (c *coder) sameOrPrevSentence(m, si int) bool {
	ts := c.an.d.Tokens[c.an.ments[m].start].Sentence
	return ts == si || ts == si-1 || ts == si-2
}

// enCoordinatedVP reports a verb right after "and"/"," (adverbs and
// auxiliaries allowed between): its subject is the previous verb's.
func (c *coder) enCoordinatedVP(i int, s doc.Sentence) bool {
	for j := i - 1; j >= s.FirstToken && j > i-4; j-- {
		w := c.an.toks[j].norm
		if w == "and" {
			return true
		}
		if w == "," && j == i-1 && (c.enListedBase(i, s) || c.enListedPast(i, s)) {
			return true // "will improve access, stop supporting ...", "dissolved parliament, imposed a curfew and ..."
		}
		if !(strings.HasSuffix(w, "ly") || enAux[w] || enHave[w] || w == "will" || w == "would" || w == "also" || w == "then" || w == "later") {
			return false
		}
	}
	return false
}

// enListedBase reports a bare base verb form after a comma in a sentence
// where a modal or "to" governs a list of verb phrases ("Sudan will
// improve access, stop supporting rebels and cooperate ...").
// enListedPast reports a past verb listed after a comma in a series that
// "and" closes later in the sentence ("dissolved parliament, imposed a
// curfew and closed the borders") after a verb of the same sentence: it
// shares the series' subject.
func (c *coder) enListedPast(i int, s doc.Sentence) bool {
	w := c.an.toks[i].norm
	past := false
	for _, l := range c.lex.enForms[w] {
		past = past || l != w && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s")
	}
	// a verb of the series before it has set the subject (not "X, who
	// lives in Y, welcomed": a relative clause before the main verb)
	if !past || isUpperWord(c.an.d.Tokens[i].Text) || c.lastSubj < 0 || c.lastSubjSent != c.an.d.Tokens[i].Sentence {
		return false
	}
	for j := i + 1; j < s.EndToken; j++ {
		if c.an.toks[j].norm == "and" {
			return true
		}
		if c.isBreak(j, false) {
			return false
		}
	}
	return false
}

func (c *coder) enListedBase(i int, s doc.Sentence) bool {
	w := c.an.toks[i].norm
	base := false
	for _, l := range c.lex.enForms[w] {
		if l == w {
			base = true
		}
	}
	if !base || isUpperWord(c.an.d.Tokens[i].Text) {
		return false
	}
	for j := s.FirstToken; j < i-1; j++ {
		switch c.an.toks[j].norm {
		case "will", "would", "must", "should", "can", "could", "to", "ll":
			return true
		}
	}
	return false
}

var civilians = set("civilians", "civilian", "people", "protesters", "demonstrators", "residents", "villagers", "students", "workers", "worshippers", "refugees", "migrants", "journalists",
	"medics", "activists", "supporters", "crowds", "crowd", "mourners", "children", "women", "doctors", "patients", "farmers", "fishermen", "pilgrims",
	"مسعفين", "ناشطين", "الناشطين", "محتجين", "المحتجين", "اطفال", "الاطفال", "نساء", "مصلين", "المصلين", "صيادين",
	"مدنيين", "مدنيا", "المدنيين", "اشخاص", "شخصا", "متظاهرين", "المتظاهرين", "سكان", "مواطنين", "المواطنين", "مدنيون", "لاجئين", "مهاجرين", "صحفيين")

// fallbackTarget gives a material-conflict event without an actor object
// its target: civilians named in the clause (the place's or the source's
// country + CVL), else a place after in/في.
func (c *coder) fallbackTarget(t *trig, s doc.Sentence, src *doc.ActorRef) (*doc.ActorRef, string) {
	place := -1
	civ := false
	for j := t.i + 1; j < s.EndToken && j < t.end+14; j++ {
		k := c.an.toks[j]
		if c.isBreak(j, true) {
			break
		}
		if civilians[k.norm] || civilians[k.stem] {
			civ = true
		}
		if m := c.mentionAt(j); m >= 0 && place < 0 && c.an.ments[m].typ == "LOC" && j > 0 {
			if w := c.an.toks[j-1].norm; w == "in" || w == "في" || k.prep == "" && strings.HasPrefix(k.norm, "في") {
				place = m
			}
		}
	}
	country := ""
	if place >= 0 {
		country = c.an.ments[place].actor
		if len(country) > 3 && !strings.HasPrefix(country, "IGO") {
			country = country[:3]
		}
	}
	if civ {
		if country == "" && len(src.Actor) >= 3 {
			country = src.Actor[:3]
		}
		if country == "" {
			return nil, ""
		}
		return &doc.ActorRef{Name: "civilians", Actor: country + "CVL", Entity: -1}, "civilians"
	}
	if place >= 0 {
		return c.ref(place), "place"
	}
	return nil, ""
}

// slotMention returns the first actor after preposition p in t's clause.
func (c *coder) slotMention(t *trig, s doc.Sentence, p string) int {
	for j := t.i + 1; j < s.EndToken && j < t.end+12; j++ {
		k := c.an.toks[j]
		if k.punct && c.isBreak(j, true) {
			break
		}
		if k.stem == p || k.norm == p {
			for g := j + 1; g < s.EndToken && g < j+5; g++ {
				if m := c.mentionAt(g); m >= 0 {
					return c.phrase(m, s.EndToken).best
				}
			}
		}
		if m := c.mentionAt(j); m >= 0 && k.prep == p {
			return m
		}
	}
	return -1
}

func sameCountry(a, b string) bool {
	if len(a) < 3 || len(b) < 3 {
		return false
	}
	if strings.HasPrefix(a, "IGO") || strings.HasPrefix(a, "NGO") {
		return len(a) >= 6 && len(b) >= 6 && a[:6] == b[:6]
	}
	return a[:3] == b[:3]
}

var officials = set("officials", "leaders", "counterparts", "ministers", "authorities", "lawmakers", "diplomats",
	"مسؤولين", "مسؤولي", "المسؤولين", "قادة", "نظيره", "نظرائه", "وزراء", "السلطات")

// officialsAfter reports unnamed officials as the object of trigger t
// ("met with several top government officials").
func (c *coder) officialsAfter(t *trig, s doc.Sentence) bool {
	for j, n := t.end+1, 0; j < s.EndToken && n < 6; j++ {
		if c.isBreak(j, true) || c.an.toks[j].ment >= 0 {
			return false
		}
		if officials[c.an.toks[j].norm] || officials[c.an.toks[j].stem] {
			return true
		}
		n++
	}
	return false
}

// placeAfter reports a place mention without an actor code in the
// clause right after trigger t.
func (c *coder) placeAfter(t *trig, s doc.Sentence) bool {
	toks := c.an.d.Tokens
	j := t.end + 1
	for n := 0; j < s.EndToken && n < 8; j++ {
		if c.isBreak(j, true) {
			break
		}
		n++
	}
	if t.end+1 >= s.EndToken {
		return false
	}
	from, to := toks[t.end+1].Start, toks[max(t.end+1, j-1)].End
	for ei := range c.an.d.Entities {
		e := &c.an.d.Entities[ei]
		if e.Type != "LOC" {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= from && m.End <= to && actorOf(e, &m) == "" {
				return true
			}
		}
	}
	return false
}

// arAgentNoun lists heads of noun phrases that act (titles, forces).
var arAgentNoun = set("مدفعيه", "دبابات", "صواريخ", "سفن", "بوارج", "مدمرات", "مقاتلات", "زوارق", "مسيرات", "رييس", "رئيس", "وزير", "وزيره", "سفير", "زعيم", "ملك", "امير", "قايد", "قائد", "متحدث", "ناطق", "جيش", "قوات", "شرطه", "حكومه", "سلطات", "اجهزه", "ميليشيا", "ميليشيات", "مسلحين", "مسلحون", "جماعه", "حركه", "تنظيم", "مقاتلين", "مقاتلو", "طايرات", "طائرات", "قوه", "وحدات", "حرس", "امن", "اجهزه", "رئاسه", "برلمان", "مجلس", "محكمه", "نظام", "مستوطنين", "مستوطنون", "فصايل", "فصائل", "كتايب", "كتائب", "مخابرات", "بحريه", "دفاع", "حزب", "ادارة", "اداره", "وزاره", "وزارة")

// arAgent finds "من قبل X" (by X) in the clause after trigger t.
func (c *coder) arAgent(t *trig, s doc.Sentence) int {
	for j := t.end + 1; j+1 < s.EndToken && j < t.end+14; j++ {
		if c.isBreak(j, true) {
			return -1
		}
		if c.an.toks[j].norm == "من" && c.an.toks[j+1].norm == "قبل" {
			for g := j + 2; g < s.EndToken && g < j+6; g++ {
				if m := c.mentionAt(g); m >= 0 {
					return c.phrase(m, s.EndToken).best
				}
			}
			return -1
		}
	}
	return -1
}

// emitPassive codes a passive clause with both agent and patient.
func (c *coder) emitPassive(si int, s doc.Sentence, t *trig, agent, patient actor) {
	md := c.truth(t, s)
	if (md.cond || md.claim) && !c.opts.KeepHypothetical {
		return
	}
	c.emit(si, s, t, agent.ref, c.ref(patient.m), md, "PASSIVE agent من قبل="+agent.text, "passive-subject")
}

// typeOf returns the entity type behind an actor reference ("" unknown).
func (c *coder) typeOf(r *doc.ActorRef) string {
	if r == nil || r.Entity < 0 || r.Entity >= len(c.an.d.Entities) {
		return ""
	}
	return c.an.d.Entities[r.Entity].Type
}

func hasSlot(e *Entry, s string) bool {
	for _, x := range e.Targets {
		if x == s {
			return true
		}
	}
	return len(e.Targets) == 0 && s == "obj"
}

// overtNonActor reports a plain noun right after the verb (or its cues):
// the overt subject of a VSO clause that names no actor.
func (c *coder) overtNonActor(t *trig) bool {
	j := t.i + 1
	if j >= len(c.an.toks) || !c.an.isWord(j) || c.an.toks[j].consumed {
		return false
	}
	k := c.an.toks[j]
	if len(t.cues) > 0 && t.cues[0] == j+1 && c.an.d.Tokens[j].Kind == doc.Number {
		return false // "أطلقت 20 صاروخا": a number before the pattern's object noun
	}
	return k.ment < 0 && !c.isPrep(j) && k.prep == "" && k.conj == "" && !c.isClauseWord(j) && !c.inSet(wsSkipLeft, j) && !arTimeWord[k.stem]
}

var arTimeWord = set("يوم", "اليوم", "امس", "أمس", "غدا", "مؤخرا", "ايضا", "أيضا", "مجددا", "رسميا", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الاحد", "صباح", "مساء", "الاسبوع", "الشهر", "العام", "هاتفيا", "فجر")

// pronounObject resolves an attached object pronoun: the latest actor
// mentioned before the verb that is not the subject, and agrees in gender
// (ه a person, ها a country or body, هم/هما any).
func (c *coder) pronounObject(i int, subj []int, suffix string) int {
	if arPersonalSuffix(suffix) {
		return -1 // the writer or the reader, not an actor in focus
	}
	for j := i - 1; j >= 0 && j > i-60; j-- {
		m := c.an.toks[j].ment
		if m < 0 || !c.an.toks[j].first {
			continue
		}
		typ := c.an.ments[m].typ
		if suffix == "ه" && typ != "PER" || suffix == "ها" && typ == "PER" {
			continue
		}
		ok := true
		for _, s := range subj {
			if s >= 0 && c.an.ments[s].actor == c.an.ments[m].actor {
				ok = false
			}
		}
		if ok {
			return m
		}
	}
	return -1
}

// nonState lists actor roles that stand apart from their country's state:
// an event between one of them and the state of the same country is
// internal (government vs rebels) and coded.
var nonState = map[string]bool{"REB": true, "OPP": true, "INS": true, "CVL": true, "MED": true, "EDU": true, "BUS": true,
	"LAB": true, "REF": true, "HLH": true, "NGO": true, "REL": true, "CRM": true, "SEP": true, "UAF": true, "AGR": true, "IGO": true, "ELI": true, "JUD": true, "LEG": true, "PTY": true}

// selfDyad reports a source and target that CAMEO takes as one actor: the
// same code, or a bare country and its own state (IND → INDGOV, ARE →
// AREGOV). Different roles of one country (GOV vs REB, MIL vs GOV, COP vs
// CVL) stay codable.
func selfDyad(a, b string) bool {
	if len(a) < 3 || len(b) < 3 || a[:3] != b[:3] || a[:3] == "IGO" || a[:3] == "NGO" {
		return false
	}
	if a == b {
		return true
	}
	role := func(x string) string {
		if len(x) >= 6 {
			return x[3:6]
		}
		return ""
	}
	ra, rb := role(a), role(b)
	return ra == "" && !nonState[rb] || rb == "" && !nonState[ra]
}

// citizenDyad reports two codes of one country where the bare one is a
// person or an organisation (a journalist, a party: KEN), not the country
// itself: KENCOP arresting a KEN journalist is an internal event.
func (c *coder) citizenDyad(a, b *doc.ActorRef) bool {
	if a.Actor == b.Actor {
		return false
	}
	bare := a
	if len(b.Actor) == 3 {
		bare = b
	}
	if len(bare.Actor) != 3 {
		return false
	}
	t := c.typeOf(bare)
	return t == "PER" || t == "ORG"
}

// homeTargetRoots are the roots of verbal events (statements, appeals,
// intents, approval, demands, disapproval, rejection, threats) that take
// the story's home country when they name no target.
var homeTargetRoots = set("01", "02", "03", "05", "10", "11", "12", "13")

// emit records one event.
func (c *coder) emit(si int, s doc.Sentence, t *trig, src, tgt *doc.ActorRef, md mood, rule, slot string) {
	if src != nil && tgt != nil && selfDyad(src.Actor, tgt.Actor) && !c.citizenDyad(src, tgt) {
		return
	}
	// a foreign actor's appeal, concern or reaction that names no target
	// addresses the country the story is about, when one dominates it (a
	// reaction to a thing: the home country whenever there is one) ("دعت ... جميع الأطراف
	// إلى ضبط النفس", "voiced concern over the violence")
	if tgt == nil && src != nil && c.home != "" && (c.homeStrong || slot == "thing object") && !sameCountry(src.Actor, c.home) && homeTargetRoots[t.e.Code[:2]] {
		tgt = &doc.ActorRef{Name: c.home, Actor: c.home, Entity: -1}
		if n := countryName(c.home); n != "" {
			tgt.Name = n
		}
		slot += " → home country"
	}
	// Arabic: a home actor's appeal to "all parties" (دعا جميع الأطراف إلى
	// التهدئة) addresses the parties of its own country
	if c.ar() && tgt == nil && src != nil && c.home != "" && strings.HasPrefix(t.e.Code, "02") && sameCountry(src.Actor, c.home) && c.allParties(t, s) {
		// (the parties are not the state: IRQGOV → IRQ is coded)
		if src.Actor != c.home {
			tgt = &doc.ActorRef{Name: countryName(c.home), Actor: c.home, Entity: -1}
			slot += " → all parties of the home country"
		}
	}
	// Arabic: a protest (14) by the home country's people, parties or
	// opposition that names no target is against their own state
	// (اعتصم أمام البرلمان، خرج المحتجون للمطالبة بحل البرلمان)
	if c.ar() && tgt == nil && src != nil && c.home != "" && strings.HasPrefix(t.e.Code, "14") && sameCountry(src.Actor, c.home) && c.citizenSource(src) {
		tgt = &doc.ActorRef{Name: c.home, Actor: c.home, Entity: -1}
		if n := countryName(c.home); n != "" {
			tgt.Name = n
		}
		slot += " → home state"
	}
	code := t.e.Code
	if (src != nil || c.ar()) && !md.negated && !md.cond && !md.claim && !md.intent {
		if cl := eventClass(code); cl != "" && (c.leadEvents[cl] == nil || c.leadTok[cl] == t.i) {
			// Arabic: an attack by an unnamed agent leads too, and later
			// reactions to "the attack" name no attacker
			if src != nil {
				c.leadEvents[cl] = append(c.leadEvents[cl], src)
			} else if c.leadEvents[cl] == nil {
				c.leadEvents[cl] = []*doc.ActorRef{}
			}
			c.leadTok[cl] = t.i
		}
	}
	e := doc.Event{Source: src, Target: tgt, Negated: md.negated}
	if md.intent && !md.negated {
		code = intentCode(code)
		e.Mood = "intent"
	}
	if md.cond {
		e.Mood, e.Negated = "condition", true
	}
	if md.claim {
		e.Mood, e.Negated = "claim", true
	}
	// civilians (protesters, crowds) who storm or attack riot (145)
	if src != nil && len(src.Actor) >= 6 && src.Actor[3:6] == "CVL" && (strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19")) {
		code = "145"
	}
	// a state that "protests" complains officially (114); only citizens
	// demonstrate (141)
	if code == "141" && t.e.Trigger == "protest" && src != nil && len(src.Actor) >= 3 && !strings.HasPrefix(src.Actor, "IGO") && !strings.HasPrefix(src.Actor, "NGO") && (len(src.Actor) < 6 || stateRoles[src.Actor[3:6]]) && !c.ar() {
		code = "114"
	}
	// "X attacked Y" between persons is verbal, not military
	if code == "190" && (t.e.Trigger == "attack" && src != nil && tgt != nil && c.typeOf(src) == "PER" && c.typeOf(tgt) == "PER" || c.arVerbalAttack(t, src, tgt)) {
		code = "111"
	}
	e.Code = code
	fill(&e)
	e.Date = c.dateFor(t.i, s)
	e.Location = c.placeFor(t, s)
	e.Evidence = doc.Evidence{Start: s.Start, End: s.End, Text: c.sentenceText(s)}
	tname := "-"
	if tgt != nil {
		tname = tgt.Name
	}
	sname := "-"
	if src != nil {
		sname = src.Name
	}
	why := t.e.Lang + ":" + t.e.Source + " " + t.e.Pattern + " → " + t.e.Code + "; rule " + rule + " subject=" + sname
	if slot != "" {
		why += " object(" + slot + ")=" + tname
	}
	if md.why != "" {
		why += "; " + md.why
	}
	if code != t.e.Code {
		why += "; intent → " + code
	}
	e.Why = why
	c.out = append(c.out, candidate{ev: e, sent: si, tok: t.i, byRule: t.e.Source == "rule", trigger: t.e.Trigger})
}

// sentenceText returns the text of sentence s, decoded once per
// document.
func (c *coder) sentenceText(s doc.Sentence) string {
	k := [2]int{s.Start, s.End}
	if t, ok := c.sentText[k]; ok {
		return t
	}
	if c.sentText == nil {
		c.sentText = map[[2]int]string{}
	}
	t := c.an.text(s.Start, s.End)
	c.sentText[k] = t
	return t
}

// placeFor returns a place with coordinates named after in/at/في in the
// event's clause (the geo stage may refine it), or nil.
func (c *coder) placeFor(t *trig, s doc.Sentence) *doc.Location {
	toks := c.an.d.Tokens
	from := t.i + 1
	for from < s.EndToken && !c.isBreak(from, true) && from < t.end+16 {
		from++
	}
	lo, hi := toks[min(t.i+1, s.EndToken-1)].Start, toks[max(t.i, from-1)].End
	for ei := range c.an.d.Entities {
		e := &c.an.d.Entities[ei]
		if e.Type != "LOC" || e.Lat == nil || e.Lon == nil {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start < lo || m.End > hi {
				continue
			}
			before := strings.TrimSpace(c.an.text(max(0, m.Start-4), m.Start))
			if strings.HasSuffix(before, "in") || strings.HasSuffix(before, "at") || strings.HasSuffix(before, "في") || strings.HasSuffix(before, " ب") {
				return &doc.Location{Name: e.Name, Country: e.Country, Lat: *e.Lat, Lon: *e.Lon}
			}
		}
	}
	return nil
}

// inDate reports a token inside a time expression of the document.
func (c *coder) inDate(i int) bool {
	t := c.an.d.Tokens[i]
	for _, d := range c.an.d.Dates {
		if t.Start >= d.Start && t.End <= d.End {
			return true
		}
	}
	return false
}

// dateFor returns the value of the nearest time expression in the
// sentence, else the publication date.
func (c *coder) dateFor(i int, s doc.Sentence) string {
	pos := c.an.d.Tokens[i].Start
	best, bd := "", 1<<30
	for _, d := range c.an.d.Dates {
		if d.Start < s.Start || d.End > s.End || d.Value == "" {
			continue
		}
		dist := d.Start - pos
		if dist < 0 {
			dist = pos - d.End
		}
		if dist < bd {
			best, bd = d.Value, dist
		}
	}
	if best != "" {
		return best
	}
	return c.an.d.Published
}

// eventClass groups codes whose events later text refers to with a bare
// noun ("the strikes", "the sanctions").
func eventClass(code string) string {
	switch {
	case code >= "18" && code < "21" || strings.HasPrefix(code, "15"):
		return "attack"
	case strings.HasPrefix(code, "16"):
		return "sanction"
	}
	return ""
}

var arComplementiser = set("ان", "بان", "انه", "بانه")

// enPassiveViolence lists the English verbs of deliberate violence whose
// passive without an agent is still an event with an open source ("the
// president was assassinated", "two aid workers were kidnapped"); not
// kill, beat or execute, whose passive also reports accidents, sport and
// sentences.
var enPassiveViolence = set("assassinate", "abduct", "kidnap", "hijack", "behead", "murder", "lynch", "stab", "torture")

// weapons are cue nouns that make a fire/launch predicate an attack even
// when its target names no actor (أطلقوا صواريخ على سفن، fired rockets at);
// so are the English nouns of a military operation, the object of a
// launch/carry out/mount predicate ("launched a military offensive to
// retake the region", "carried out airstrikes overnight").
var weapons = set("صواريخ", "صاروخ", "قذايف", "قذائف", "مسيرات", "مسيره", "طايرات", "rockets", "missiles", "missile", "drones", "drone", "shells", "mortars", "artillery",
	"offensive", "offensives", "assault", "attack", "attacks", "airstrikes", "strikes", "raids", "bombardment")

func (c *coder) weaponCue(t *trig) bool {
	// the cues, or a weapon noun right after the verb ("fired rockets at")
	js := append([]int{}, t.cues...)
	for j := t.i + 1; j < len(c.an.toks) && j <= t.i+4; j++ {
		js = append(js, j)
	}
	for _, j := range js {
		k := c.an.toks[j]
		if weapons[k.norm] || weapons[k.stem] || c.ar() && weapons[k.w.stemKey] {
			return true
		}
	}
	return false
}
