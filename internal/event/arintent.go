package event

import (
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
)

// arReadyWords are Arabic adjectives of readiness (مستعد، جاهز, every
// gender and number) whose ل + masdar complement is the intended act:
// "تركيا مستعدة للتعاون مع مصر" is Turkey's intent to cooperate with Egypt.
var arReadyWords = set("مستعد", "مستعده", "مستعدون", "مستعدين", "مستعدان", "مستعدتان",
	"جاهز", "جاهزه", "جاهزون", "جاهزين", "جاهزان")

// arIntentLemmas are Arabic verbs of intention (اعتزم، نوى) whose masdar
// object is the intended act: "تعتزم الحكومة إرسال مساعدات إلى السودان".
var arIntentLemmas = set("اعتزم", "نوى", "وافق")

// arPronounSubject reads a subject pronoun attached to أن/إن (أنها، إنه)
// and reports the focus class it refers to ("NON" for ها, "ANY" for ه).
func arPronounSubject(norm string) (string, bool) {
	norm = strings.TrimPrefix(norm, "و")
	switch norm {
	case "انها", "لانها":
		return "NON", true
	case "انه", "لانه":
		return "ANY", true
	}
	return "", false
}

// readiness codes an Arabic event noun with a ل clitic right after a
// readiness adjective (مستعدة للتعاون، جاهزون لإرسال) as the intended act of
// the adjective's subject: the actor right before the adjective (a nominal
// sentence, "إن تركيا مستعدة"), or the pronoun of إنها/إنه from focus. The
// noun's own truth conditions apply, and the readiness word makes intent.
// It reports whether the construction was found.
func (c *coder) readiness(si int, s doc.Sentence, t *trig) bool {
	v := t.i - 1
	if v < s.FirstToken || !arReadyWords[strings.TrimPrefix(c.an.toks[v].norm, "و")] ||
		!strings.HasPrefix(c.an.toks[t.i].norm, "ل") {
		return false
	}
	p := v - 1
	for p >= s.FirstToken && c.an.toks[p].quote {
		p-- // إنه «مستعد للتعاون»
	}
	if p < s.FirstToken {
		return true
	}
	how := "READY " + c.an.d.Tokens[v].Text + " + ل masdar"
	var subj actor
	if m := c.an.toks[p].ment; m >= 0 && !c.an.toks[p].quote {
		if st := c.an.ments[m].start; st > s.FirstToken && c.isPrep(st-1) {
			return true // a genitive in a prepositional phrase is no subject
		}
		subj = actor{m: m, ms: []int{m}, ref: c.ref(m), text: c.mtext(m)}
	} else if want, ok := arPronounSubject(c.an.toks[p].norm); ok {
		m := c.fromFocus(want)
		if m < 0 || !c.sameOrPrevSentence(m, si) {
			return true
		}
		subj = actor{m: m, ms: []int{m}, ref: c.ref(m), text: c.mtext(m)}
		how += " (subject in focus)"
	} else {
		return true
	}
	md := c.truth(t, s)
	if md.cond || md.claim {
		return true
	}
	md.intent, md.why = true, "intent "+c.an.d.Tokens[v].Text
	subjEnd := -1
	if c.an.ments[subj.m].end <= v {
		subjEnd = c.an.ments[subj.m].end
	}
	c.emitNounObject(si, s, t, t.rd, subj, subjEnd, md, how, "masdar object", false)
	return true
}

// arThingAdjective returns the country adjective mention right after the
// thing noun a reaction takes as object (رفضت X القرار الأمريكي، أدانت
// الغارات الإسرائيلية: the thing's owner), or -1. It looks at the
// pattern's last cue, else the first four words after the trigger.
func (c *coder) arThingAdjective(t *trig, s doc.Sentence) int {
	if !c.ar() {
		return -1
	}
	from, to := t.end+1, t.end+5
	if len(t.cues) > 0 {
		from = t.cues[len(t.cues)-1]
		to = from + 1
	}
	for j := from; j < to && j+1 < s.EndToken; j++ {
		k := c.an.toks[j]
		if k.punct {
			return -1
		}
		if k.ment >= 0 && c.an.ments[k.ment].start != j || !k.det || !arThingNouns[k.w.stemKey] {
			if k.ment >= 0 {
				return -1
			}
			continue
		}
		// the adjective's mention may span the noun (القرار الأمريكي)
		if m := c.an.toks[j+1].ment; m >= 0 && (m == k.ment || k.ment < 0 && (c.an.ments[m].typ == "ADJ" || c.an.maybeDemonym(j+1))) {
			return m
		}
		return -1
	}
	return -1
}

// arThingAgent returns the agent of a relative clause on the thing noun a
// reaction takes as object (أدانت X الهجوم الذي شنته جماعة الحوثي: the
// attack's author) and the thing noun's token, or -1. The thing noun is
// the pattern's last cue, else the first such noun after the trigger, its
// subject and a manner adverb; after it come at most two adjectives,
// الذي/التي, a verb, then an actor within three words.
func (c *coder) arThingAgent(t *trig, s doc.Sentence) (agent, noun int) {
	if !c.ar() {
		return -1, -1
	}
	if len(t.cues) > 0 {
		j := t.cues[len(t.cues)-1]
		return c.arRelativeAgent(j, s), j
	}
	subject := false
	for j, n := t.end+1, 0; j < s.EndToken && n < 5; j, n = j+1, n+1 {
		k := c.an.toks[j]
		if k.ment >= 0 && !subject {
			subject = true // the VSO subject
			j = c.an.ments[k.ment].end - 1
			continue
		}
		if l := c.arMannerAdverb(j, s); l > 0 {
			j += l - 1
			continue
		}
		if k.punct || k.ment >= 0 {
			return -1, -1
		}
		if k.det && arThingNouns[k.w.stemKey] {
			return c.arRelativeAgent(j, s), j
		}
	}
	return -1, -1
}

// arRelativeAgent returns the actor of a relative clause on the noun at
// token j (الهجوم الإرهابي الذي شنته X), or -1.
func (c *coder) arRelativeAgent(j int, s doc.Sentence) int {
	if k := c.an.toks[j]; !k.det || !arThingNouns[k.w.stemKey] {
		return -1
	}
	r := j + 1
	for a := 0; a < 2 && r < s.EndToken && c.an.toks[r].det && c.an.toks[r].ment < 0 && !c.inSet(wsRelative, r); a++ {
		r++ // الهجوم الإرهابي الذي
	}
	if r+2 >= s.EndToken || !c.inSet(wsRelative, r) || c.an.toks[r+1].ment >= 0 || c.an.toks[r+1].punct {
		return -1
	}
	for g := r + 2; g < s.EndToken && g <= r+4; g++ {
		if c.an.toks[g].punct {
			return -1
		}
		if m := c.an.toks[g].ment; m >= 0 && c.an.toks[g].first {
			return m
		}
	}
	return -1
}

// arMannerAdverbs are manner adverbs that may stand between a verb (and
// its subject) and its object: بشدة، بقوة، بحزم، and the two-word
// بأشد/بأقوى العبارات (normalised).
var (
	arMannerAdverbs = set("بشده", "بقوه", "بحزم", "بوضوح")
	arMannerHeads   = set("باشد", "باقوي", "بكل")
	arMannerTails   = set("العبارات", "الكلمات", "الالفاظ", "قوه", "حزم", "وضوح")
)

// arMannerAdverb returns how many tokens a manner adverb at token j
// spans (0: none).
func (c *coder) arMannerAdverb(j int, s doc.Sentence) int {
	if !c.ar() {
		return 0
	}
	n := c.an.toks[j].norm
	if arMannerAdverbs[n] {
		return 1
	}
	if arMannerHeads[n] && j+1 < s.EndToken && arMannerTails[c.an.toks[j+1].norm] {
		return 2
	}
	return 0
}

// arFeminineHeadAfterMasc reports an actor NP at token j, right after a
// masculine singular verb t, headed by a definite ta marbuta noun of a
// body (الحكومة، الوزارة، الشرطة، المملكة): verb and subject agree in
// gender when they stand side by side (اتهمت الحكومة), so the NP is the
// verb's object ("واتهم الحكومة الإسرائيلية" with a dropped subject).
// Persons (names in ة: حمزة) are not concerned.
func (c *coder) arFeminineHeadAfterMasc(t *trig, j int) bool {
	k := c.an.toks[j]
	if t.rd.num != 's' || t.rd.fem || k.ment < 0 || !k.det || k.prep != "" {
		return false
	}
	m := c.an.ments[k.ment]
	return m.start == j && m.typ != "PER" && strings.HasSuffix(k.stem, "ه")
}

// arTimeSpan lists Arabic nouns of a time span (keys without the article)
// that stand between بعد/قبل and من: "بعد أيام من مطالبة X Y بـ".
var arTimeSpan = set("ايام", "يومين", "ساعات", "ساعتين", "اسابيع", "اسبوعين", "اشهر", "شهور", "شهرين", "سنوات", "عامين", "اعوام", "دقائق", "يوم", "ساعه", "اسبوع", "شهر", "عام", "سنه")

// arSpanBackground reports a background phrase "بعد/قبل + time span + من"
// ending at token prev (the من before an event noun).
func (c *coder) arSpanBackground(prev int, s doc.Sentence) bool {
	if prev-2 < s.FirstToken || c.an.toks[prev].norm != "من" {
		return false
	}
	return arTimeSpan[c.an.toks[prev-1].norm] && c.inSet(wsBackground, prev-2)
}

// arStatementNouns are the nouns of the medium a statement is made in
// (في بيان، في تصريح، في كلمة، في مؤتمر صحفي).
var arStatementNouns = set("بيان", "تصريح", "تصريحات", "كلمه", "خطاب", "مؤتمر", "رساله", "تغريده", "مقابله", "حديث")

// arSkipStatementPP returns the token before a "في بيان" phrase ending at
// token j (an indefinite statement noun, one adjective or صحفي after it
// allowed), or j: "أكدت الجامعة في بيان رفضها" reads as "أكدت الجامعة رفضها".
func (c *coder) arSkipStatementPP(j int) int {
	for g := j; g > j-3 && g-1 >= 0; g-- {
		k := c.an.toks[g]
		if k.punct || k.ment >= 0 {
			return j
		}
		if arStatementNouns[k.norm] && c.an.toks[g-1].norm == "في" {
			return g - 2
		}
	}
	return j
}
