package event

import "github.com/dyad-news/dyad/internal/doc"

// Arabic argument rules (args.go): neighbours, appositions, drafts,
// parties and partitives.

// arNeighbour lists "its neighbour" (a country's neighbour: جارتها,
// جارتها الغربية; جاره for a masculine possessor).
var arNeighbour = set("جارتها", "جارها", "جاره", "جارته", "جارتيها", "جيرانها")

// arNeighbourOf returns the latest country mentioned before token i that
// is not the subject, or -1.
func (c *coder) arNeighbourOf(i int, subj actor) int {
	for j := i - 1; j >= 0 && j > i-80; j-- {
		m := c.an.toks[j].ment
		if m < 0 || !c.an.toks[j].first || c.an.ments[m].typ != "LOC" || len(c.an.ments[m].actor) < 3 || c.isSubject(m, subj) {
			continue
		}
		if subj.m >= 0 && sameCountry(c.an.ments[m].actor, c.an.ments[subj.m].actor) {
			continue
		}
		return m
	}
	return -1
}

// arAppositionStart returns the comma that opens an apposition closed by
// the comma at j ("تونس، العضو العربي في المجلس،"), or -1.
func (c *coder) arAppositionStart(j int, s doc.Sentence) int {
	if n := c.an.toks[j].norm; n != "،" && n != "," {
		return -1
	}
	for g := j - 1; g >= s.FirstToken && g > j-10; g-- {
		if n := c.an.toks[g].norm; n == "،" || n == "," {
			if g > s.FirstToken && c.an.toks[g-1].ment >= 0 {
				return g
			}
			return -1
		}
		if c.an.toks[g].punct && c.isBreak(g, false) || c.isClauseWord(g) {
			return -1
		}
	}
	return -1
}

// arDraftTabled reports a draft its issuer (whose mention starts at st)
// has tabled: a past verb of circulating or submitting right before the
// issuer (VSO: وزعت تونس مشروع قرار) or right after it (SVO).
func (c *coder) arDraftTabled(st int, s doc.Sentence) bool {
	for _, v := range []int{st - 1, c.an.ments[c.an.toks[st].ment].end} {
		if v < s.FirstToken || v >= s.EndToken || c.an.toks[v].ment >= 0 {
			continue
		}
		if rd, ok := c.arReading(v, lsTableDraft); ok && !rd.present {
			return true
		}
	}
	return false
}

// arTableDraft lists verbs of tabling a draft (circulate, submit, table,
// present).
var arTableDraft = set("وزع", "قدم", "طرح", "اعد", "عرض")

// arOrgHead lists the nouns that head a body's or a state's name before
// the name itself (منظمة إيغاد، جماعة الحوثي، سلطنة عمان).
var arOrgHead = set("منظمه", "حركه", "حزب", "جماعه", "جمهوريه", "دوله", "مملكه", "سلطنه", "اماره", "هييه", "هيئه", "وكاله")

// arPartyNoun lists nouns that open a party's or a movement's name.
var arPartyNoun = set("حزب", "حركه", "تيار", "ائتلاف", "جبهه", "كتله")

// arPartySubject reads a VSO subject that is a party whose name holds a
// country's name (حزب قلب تونس، حركة مصر القوية) as that country's party
// (PTY).
func (c *coder) arPartySubject(from int, s doc.Sentence) (actor, bool) {
	if from >= s.EndToken {
		return actor{}, false
	}
	k := c.an.toks[from]
	if k.ment >= 0 || k.det || k.prep != "" || !arPartyNoun[k.stem] {
		return actor{}, false
	}
	for j := from + 1; j < s.EndToken && j <= from+4; j++ {
		if c.isBreak(j, true) || c.isPrep(j) || c.an.toks[j].prep != "" {
			break
		}
		m := c.mentionAt(j)
		if m < 0 {
			continue
		}
		mt := c.an.ments[m]
		if mt.typ != "LOC" || len(mt.actor) != 3 {
			break
		}
		name := c.an.text(c.an.d.Tokens[from].Start, c.an.d.Tokens[mt.end-1].End)
		r := &doc.ActorRef{Name: name, Actor: mt.actor + "PTY", Entity: -1}
		return actor{m: -1, ref: r, how: "VSO party named after its country", text: name, span: mt.end}, true
	}
	return actor{}, false
}

// arPartitive lists partitive pronouns (some of them, one of them) that
// stand for a part of the latest subject.
var arPartitive = set("بعضهم", "بعضها", "احدهم", "احدها", "معظمهم", "اغلبهم")
