package quote

import (
	"sort"
	"strings"
	"unicode"
)

// reported adds the reported speech of attribution a: its clause, cut
// where another attribution starts and split at a contrastive "but that"
// (said that X, but that Y → two quotes). A clause that is mostly a
// quotation is left to the quotation; one that frames a short quoted
// fragment is the quote, and the fragment is dropped (see fragmentFrame).
func (v *view) reported(a *attrib, fs []found) []found {
	var segs [][2]int
	switch {
	case a.compS >= 0 && a.compS < len(v.toks):
		segs = v.clauseSegments(a.compS, v.sentEnd(a.compS))
	case a.post && a.postS >= 0 && a.postE > a.postS:
		segs = [][2]int{{max(a.postS, v.datelineEnd(a.postS)), a.postE}}
	}
	for _, sg := range segs {
		s, e := sg[0], sg[1]
		// trim punctuation and a bare complementizer at the edges
		for s < e && (!v.toks[s].word && !v.toks[s].num && v.opensQuote(s) < 0 || v.toks[s].ar && (v.toks[s].n == "فان" || v.toks[s].n == "ان")) {
			s++
		}
		for e > s && !v.toks[e-1].word && !v.toks[e-1].num && !v.isCloseMark(e-1) {
			e--
		}
		words, outside := 0, 0
		quoted := false
		for k := s; k < e; k++ {
			w := v.toks[k].word || v.toks[k].num
			if w {
				words++
			}
			if q := v.toks[k].q; q >= 0 && !v.qName[q] {
				quoted = true
			} else if w {
				outside++
			}
			if v.opensQuote(k) >= 0 {
				quoted = true
			}
		}
		if words < 2 {
			continue
		}
		if quoted && !(a.compS >= 0 && outside >= fragmentFrame && outside >= words-outside && v.quotesInside(s, e)) {
			continue // the quotation speaks for itself
		}
		fs = append(fs, found{s: v.toks[s].s, e: v.toks[e-1].e, a: a, spk: a.spk, frame: quoted})
	}
	return fs
}

// arMannerParticiple reports whether token k is an Arabic active
// participle in the accusative of manner (مشددا، مؤكدة، متهما): a word of
// five letters or more that opens with م and ends in ا or ة.
func (v *view) arMannerParticiple(k int) bool {
	t := v.toks[k]
	if !t.ar || !t.word || t.q >= 0 || v.lx.has(t.n, wAdverb) || mannerAdverbs[t.n] {
		return false
	}
	rs := []rune(t.n)
	return len(rs) >= 5 && rs[0] == 'م' && (rs[len(rs)-1] == 'ا' || rs[len(rs)-1] == 'ه')
}

// mannerAdverbs have the shape of a participle of manner but are adverbs
// of time (مؤخرا، مجددا، مسبقا).
var mannerAdverbs = map[string]bool{"مؤخرا": true, "موخرا": true, "مجددا": true, "مسبقا": true, "مبدييا": true, "مبدئيا": true, "مطلقا": true}

// fragmentFrame is the number of words outside quotation marks that make
// a reported clause holding a quoted fragment speech of its own: Gokhale
// said the strike was a “non-military pre-emptive action” against X is
// one reported quote, not the quoted words alone. The clause must also
// hold at least as many words outside the marks as inside: where the
// quotations carry it (said “X” that Y proposed “is Z”), they are the
// speech, broken by the narrator.
const fragmentFrame = 2

// quotesInside reports whether every spoken quotation touching tokens
// [s, e) opens and closes inside them, so that the clause holds whole
// quoted fragments and is not cut inside one.
func (v *view) quotesInside(s, e int) bool {
	lo, hi := v.toks[s].s, v.toks[e-1].e
	for k := s; k < e; k++ {
		q := v.toks[k].q
		if q < 0 || v.qName[q] {
			continue
		}
		if qq := v.qs[q]; qq.open < lo || qq.close < 0 || qq.close >= hi {
			return false
		}
	}
	return true
}

// clauseSegments reads a reported clause from token s to the sentence end
// se and returns its parts.
func (v *view) clauseSegments(s, se int) [][2]int {
	var segs [][2]int
	start := s
	for k := s; k < se; k++ {
		t := v.toks[k]
		if t.q >= 0 {
			continue
		}
		if t.ar || (!t.word && k+1 < se && v.toks[k+1].ar) {
			b := bareAr(t.n)
			if (t.text == "،" || t.text == ",") && k+1 < se {
				if c, ok := v.cueAt(k + 1); ok && c.ent.form == formParticiple {
					return append(segs, [2]int{start, k})
				}
			}
			if (t.text == "،" || t.text == ",") && k > start && k+2 < se && v.arMannerParticiple(k+1) {
				// ...، مشددة على أن: a participle of manner opens the
				// speaker's next act
				return append(segs, [2]int{start, k})
			}
			if t.ar && k > start && (t.n == "فيما" || t.n == "بينما" || b == "فيما" || b == "بينما") && v.cueWithin(k+1, se, 5) {
				// ...، فيما قال X إن: another speaker's clause
				e := k
				if e > start && (v.toks[e-1].text == "،" || v.toks[e-1].text == ",") {
					e--
				}
				return append(segs, [2]int{start, e})
			}
			if t.ar && k > start && arContrast[b] && k+2 < se && bareAr(v.toks[k+1].n) == "ان" && v.toks[k+2].ment >= 0 {
				// ...، غير أن الحكومة لم تؤكد ذلك: the narrator's contrast
				// with a subject of its own ends the clause
				e := k
				if e > start && (v.toks[e-1].text == "،" || v.toks[e-1].text == ",") {
					e--
				}
				return append(segs, [2]int{start, e})
			}
			if t.ar && k > start+1 && strings.HasPrefix(b, "لكن") && k+1 < se {
				// لكنه حذر من أن: a new verb of the speaker
				if c, ok := v.cueAt(k + 1); ok && c.ent.form == formFinite && c.ent.kind != kindAccording {
					return append(segs, [2]int{start, k})
				}
			}
			if t.ar && k > start && len(t.n) > len(b) && (isComplementizer(b) && (b == "ان" || b == "بان") || pronComplementizer(b) && v.toks[k-1].text == "،") {
				// وأن: a second clause of the same verb
				segs = append(segs, [2]int{start, k})
				start = k + 1
				continue
			}
			if t.ar && k > start && len(t.n) > len(b) && !conditionals[bareAr(v.toks[k-1].n)] {
				if c, ok := v.cueAt(k); ok && c.ent.form == formFinite && c.ent.kind != kindAccording {
					return append(segs, [2]int{start, k})
				}
			}
			if _, ok := v.accordingAt(k); ok && k > start {
				return append(segs, [2]int{start, k})
			}
			continue
		}
		switch {
		case t.n == "that" && k > start+1 && v.toks[k-1].n == "but":
			// said that X, but that Y: a contrast makes two claims; said X
			// and that Y stays one complement of the verb
			e := k - 1
			if e > start && v.toks[e-1].text == "," {
				e--
			}
			segs = append(segs, [2]int{start, e})
			start = k + 1
		case t.text == "," && k+1 < se:
			c, ok := v.cueAt(k + 1)
			if ok && c.ent.form == formParticiple && c.ent.kind != kindDirect {
				return append(segs, [2]int{start, k})
			}
			if ok && c.ent.form == formFinite && c.ent.kind != kindAccording {
				return append(segs, [2]int{start, k}) // ..., told Reuters
			}
			if v.startsAccording(k + 1) {
				return append(segs, [2]int{start, k})
			}
		case (t.n == "and" || t.n == "but" || t.n == "while" || t.n == "whereas") && k > start && v.cueWithin(k+1, se, 5):
			// and he noted that / and the military said
			e := k
			if e > start && v.toks[e-1].text == "," {
				e--
			}
			return append(segs, [2]int{start, e})
		}
	}
	return append(segs, [2]int{start, se})
}

// pronComplementizer reports whether folded word b is أن/إن with an
// attached pronoun (أنه، إنها، أنهم): after a comma and و it opens a
// second clause of the same verb (إنه باق، وإنه مستعد).
func pronComplementizer(b string) bool {
	switch b {
	case "انه", "انها", "انهم", "انهما", "انني", "اننا", "انا":
		return true
	}
	return false
}

// cueWithin reports whether a finite verb of saying (not a direct or
// according cue) starts within n tokens from token k, before a quotation,
// a comma or se: the clause of another speaker (فيما قال X، and the
// military said).
func (v *view) cueWithin(k, se, n int) bool {
	for j := k; j < se && j < k+n; j++ {
		if v.toks[j].q >= 0 || v.toks[j].text == "," || v.toks[j].text == "،" {
			return false
		}
		if c, ok := v.cueAt(j); ok && c.ent.form == formFinite && c.ent.kind != kindDirect && c.ent.kind != kindAccording {
			return true
		}
	}
	return false
}

// direct adds the quotations with their attribution: a cue before them
// in their sentence (Esper said, “...”; وقال إن “...”), else one right
// after them (“...,” Esper said; “...”. قال لافروف.), else the speaker of
// the quote just before when they go on from it (a paragraph that is only
// a quotation, or a second quotation after “...,” said X.). Short
// quotations with no cue near are scare quotes and are dropped.
func (v *view) direct(fs []found) []found {
	prevQuoteEnd := -1
	var prevSpk []speaker
	prevPara := -1
	rep := append([]found(nil), fs...)
	sort.Slice(rep, func(i, j int) bool { return rep[i].s < rep[j].s })
	ri := 0
	for qi, q := range v.qs {
		for ri < len(rep) && rep[ri].s < q.open {
			if rep[ri].spk != nil {
				prevSpk, prevPara, prevQuoteEnd = rep[ri].spk, v.paraOf(rep[ri].s), rep[ri].e
			}
			ri++
		}
		if v.qName[qi] || framed(rep, q) {
			continue
		}
		openTok := v.tokenAt(q.open)
		if openTok < 0 {
			openTok = v.tokenFrom(q.s) // a quotation carried over from the paragraph before
			if openTok >= len(v.toks) {
				continue
			}
		}
		closeTok := -1
		if q.close >= 0 {
			closeTok = v.tokenAt(q.close)
		}
		a := v.preCue(qi, openTok)
		if a == nil && closeTok >= 0 {
			a = v.postCue(qi, closeTok)
		}
		var spk []speaker
		switch {
		case a != nil:
			spk = a.spk
		case v.colonSpeaker(openTok) != nil:
			spk = v.colonSpeaker(openTok)
		case q.words >= 4 && prevSpk != nil && q.para-prevPara <= 1 && v.continues(q, prevQuoteEnd):
			spk = prevSpk
		case q.words <= 3:
			continue
		}
		fs = append(fs, found{s: q.s, e: q.e, direct: true, a: a, spk: spk})
		if spk != nil {
			prevSpk, prevPara = spk, q.para
		}
		prevQuoteEnd = q.e
	}
	return fs
}

// framed reports whether quotation q is a fragment of a reported clause
// already found, which speaks for it.
func framed(rep []found, q dquote) bool {
	for _, r := range rep {
		if r.frame && r.s <= q.open && q.e <= r.e {
			return true
		}
	}
	return false
}

// continues reports whether quotation q goes on from the speech before
// it: it opens its paragraph, or only an attribution lies between it and
// the previous quotation.
func (v *view) continues(q dquote, prevEnd int) bool {
	if q.open < v.paras[q.para][0] {
		return true // carried over from the paragraph before
	}
	k := q.open - 1
	for k >= 0 && unicode.IsSpace(v.rs[k]) && v.rs[k] != '\n' {
		k--
	}
	if k < 0 || v.rs[k] == '\n' {
		return true
	}
	return prevEnd >= 0 && q.open-prevEnd < 200 && v.paraOf(prevEnd) == q.para
}

func (v *view) paraOf(o int) int {
	for i, p := range v.paras {
		if o >= p[0] && o <= p[1] {
			return i
		}
	}
	return -1
}

// preCue finds the attribution before quotation qi in its sentence.
func (v *view) preCue(qi, openTok int) *attrib {
	sent := v.toks[openTok].sent
	if openTok > 0 && v.toks[openTok-1].text == ":" && v.toks[openTok-1].sent != sent {
		// وقال الوزير في كلمته:⏎“...”: the colon ends the paragraph before
		sent = v.toks[openTok-1].sent
		openTok--
	}
	for i := len(v.atts) - 1; i >= 0; i-- {
		a := v.atts[i]
		if a.c.i >= openTok {
			continue
		}
		if a.sent != sent {
			if a.sent < sent {
				break
			}
			continue
		}
		if a.c.ent.kind == kindAccording || a.post {
			continue
		}
		dist := openTok - a.c.j
		if a.c.ent.kind == kindDirect && dist > directNearMax && !(dist <= 2*directNearMax && v.afterBianna(openTok)) {
			return nil
		}
		if v.qs[qi].words <= 3 && dist > 15 {
			return nil
		}
		if v.qs[qi].words <= 3 && a.c.ent.kind == kindDirect && dist > shortDirectMax && !v.afterBianna(openTok) {
			return nil // calling for aid to be delivered “at scale”: a scare quote
		}
		if v.qs[qi].words <= 3 && v.objectOfVerbalNoun(openTok) {
			return nil // متهمة جارتها بالقيام بـ«أعمال عدائية»: a scare quote
		}
		return a
	}
	return nil
}

// objectOfVerbalNoun reports whether the quotation opening at token k
// is the object of an Arabic verbal noun in a prepositional phrase
// (بالقيام بـ«...»، للتعبير عن «...»): the phrase names an act, the
// quotation is the narrator's.
func (v *view) objectOfVerbalNoun(k int) bool {
	if k < 2 || !v.toks[k-1].ar {
		return false
	}
	p := strings.TrimRight(v.toks[k-1].n, "ـ")
	if p != "ب" && p != "ل" && p != "عن" && p != "من" {
		return false
	}
	n := v.toks[k-2].n
	return v.toks[k-2].ar && (strings.HasPrefix(n, "بال") || strings.HasPrefix(n, "لل"))
}

// afterBianna reports whether the quotation opening at token k follows
// بأنه/بأنها/بأن, the complement of وصف and اعتبر: what the speaker
// called the thing (وصف المجلس الحاكم الأسبوع الماضي بأنه «غير شرعي»).
func (v *view) afterBianna(k int) bool {
	if k < 1 || !v.toks[k-1].ar {
		return false
	}
	switch bareAr(v.toks[k-1].n) {
	case "بان", "بانه", "بانها", "بانهم", "بانهما":
		return true
	}
	return false
}

// shortDirectMax is the most tokens between a "direct" cue and a
// quotation of three words or fewer that it attributes (called it
// “a disgrace”, described the attack as “barbaric”).
const shortDirectMax = 4

// postCue finds the attribution right after quotation qi: in its sentence
// within a few words, or as the whole next short sentence.
func (v *view) postCue(qi, closeTok int) *attrib {
	sent := v.toks[closeTok].sent
	for _, a := range v.atts {
		if a.c.i <= closeTok {
			continue
		}
		if a.compS >= 0 || a.c.ent.kind == kindDirect {
			return nil
		}
		if a.c.ent.kind == kindAccording {
			return nil
		}
		between := a.c.i - closeTok
		for k := closeTok + 1; k < a.c.i; k++ {
			if v.toks[k].q >= 0 && !v.qName[v.toks[k].q] {
				return nil
			}
		}
		switch {
		case a.sent == sent && between <= 20:
			return a
		case a.sent == sent+1 && a.c.i == v.sents[a.sent][0] && v.sents[a.sent][1]-a.c.i <= 6 && v.startsPara(qi):
			return a
		}
		return nil
	}
	return nil
}

func (v *view) startsPara(qi int) bool {
	q := v.qs[qi]
	return q.open == v.paras[q.para][0] || v.continues(q, -1)
}

// colonSpeaker reads the headline pattern NAME: “quotation” (بوتين: «لن
// نسمح ...», Biden: 'We will respond'): the quotation's opening mark at
// token k follows a colon that follows a mention opening its sentence.
func (v *view) colonSpeaker(k int) []speaker {
	if k < 2 || v.toks[k-1].text != ":" {
		return nil
	}
	mi := v.toks[k-2].ment
	if mi < 0 {
		return nil
	}
	m := v.ments[mi]
	if m.t1 != k-1 || m.t0 != v.sentStart(k) || m.inQuote {
		return nil
	}
	return []speaker{v.fromMention(m)}
}
