package event

import "strings"

// enIrregular lists the irregular past and participle forms of verbs the
// lexicon uses (base: past, participle).
var enIrregular = map[string][]string{
	"meet": {"met"}, "hold": {"held"}, "take": {"took", "taken"}, "shoot": {"shot"},
	"strike": {"struck", "stricken"}, "seek": {"sought"}, "say": {"said"}, "tell": {"told"},
	"give": {"gave", "given"}, "make": {"made"}, "send": {"sent"}, "bring": {"brought"},
	"fight": {"fought"}, "begin": {"began", "begun"}, "lead": {"led"}, "leave": {"left"},
	"win": {"won"}, "hit": {"hit"}, "beat": {"beat", "beaten"}, "break": {"broke", "broken"},
	"speak": {"spoke", "spoken"}, "withdraw": {"withdrew", "withdrawn"}, "throw": {"threw", "thrown"},
	"overthrow": {"overthrew", "overthrown"}, "drive": {"drove", "driven"}, "fly": {"flew", "flown"},
	"go": {"went", "gone"}, "come": {"came", "come"}, "run": {"ran", "run"}, "sell": {"sold"},
	"buy": {"bought"}, "build": {"built"}, "keep": {"kept"}, "lose": {"lost"}, "pay": {"paid"},
	"put": {"put"}, "set": {"set"}, "cut": {"cut"}, "shut": {"shut"}, "quit": {"quit"},
	"forbid": {"forbade", "forbidden"}, "forgive": {"forgave", "forgiven"}, "undertake": {"undertook", "undertaken"},
	"write": {"wrote", "written"}, "steal": {"stole", "stolen"}, "bite": {"bit", "bitten"},
	"blow": {"blew", "blown"}, "freeze": {"froze", "frozen"}, "hang": {"hung", "hanged"},
	"bind": {"bound"}, "wage": {"waged"}, "seize": {"seized"}, "stand": {"stood"},
	"understand": {"understood"}, "swear": {"swore", "sworn"}, "tear": {"tore", "torn"},
	"bear": {"bore", "borne"}, "rise": {"rose", "risen"}, "arise": {"arose", "arisen"},
	"shake": {"shook", "shaken"}, "sink": {"sank", "sunk"}, "slay": {"slew", "slain"},
	"spend": {"spent"}, "lend": {"lent"}, "feel": {"felt"}, "find": {"found"}, "get": {"got", "gotten"},
	"have": {"had"}, "do": {"did", "done"}, "see": {"saw", "seen"}, "know": {"knew", "known"},
	"grant": {"granted"}, "let": {"let"}, "deal": {"dealt"}, "mean": {"meant"}, "fall": {"fell", "fallen"},
	"draw": {"drew", "drawn"}, "show": {"showed", "shown"}, "rebuild": {"rebuilt"}, "oversee": {"oversaw", "overseen"},
	"override": {"overrode", "overridden"}, "foresee": {"foresaw", "foreseen"}, "hide": {"hid", "hidden"},
	"ride": {"rode", "ridden"}, "flee": {"fled"}, "shed": {"shed"}, "spread": {"spread"}, "split": {"split"},
	"upset": {"upset"}, "bid": {"bid"}, "broadcast": {"broadcast"}, "forecast": {"forecast"},
	"outlaw": {"outlawed"}, "wake": {"woke", "woken"}, "choose": {"chose", "chosen"}, "sit": {"sat"},
	"hear": {"heard"}, "teach": {"taught"}, "catch": {"caught"}, "think": {"thought"}, "weep": {"wept"},
	"sweep": {"swept"}, "light": {"lit"}, "stick": {"stuck"}, "strike down": {"struck down"},
}

// enInflect returns the inflected forms of an English verb lemma: the
// third person -s, the past and participle -ed (or the irregular forms)
// and the -ing form.
func enInflect(base string) []string {
	out := []string{base}
	if irr, ok := enIrregular[base]; ok {
		out = append(out, irr...)
	}
	n := len(base)
	if n < 2 {
		return out
	}
	last := base[n-1]
	prev := base[n-2]
	isV := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "x") || strings.HasSuffix(base, "z") ||
		strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "o"):
		out = append(out, base+"es")
	case last == 'y' && !isV(prev):
		out = append(out, base[:n-1]+"ies")
	default:
		out = append(out, base+"s")
	}
	if _, ok := enIrregular[base]; !ok || base == "grant" || base == "wage" || base == "seize" || base == "outlaw" {
		switch {
		case last == 'e':
			out = append(out, base+"d")
		case last == 'y' && !isV(prev):
			out = append(out, base[:n-1]+"ied")
		case enDoubles(base):
			out = append(out, base+string(last)+"ed")
		default:
			out = append(out, base+"ed")
		}
	}
	switch {
	case strings.HasSuffix(base, "ie"):
		out = append(out, base[:n-2]+"ying")
	case last == 'e' && prev != 'e' && n > 2:
		out = append(out, base[:n-1]+"ing")
	case enDoubles(base):
		out = append(out, base+string(last)+"ing")
	default:
		out = append(out, base+"ing")
	}
	return out
}

// enDoubles reports whether a short CVC verb doubles its last consonant
// (ban → banned, stop → stopping); British doubling of -l is included
// (cancel → cancelled).
func enDoubles(b string) bool {
	n := len(b)
	if n < 3 {
		return false
	}
	isV := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	c1, v, c2 := b[n-3], b[n-2], b[n-1]
	if isV(c1) || !isV(v) || isV(c2) || strings.IndexByte("wxy", c2) >= 0 {
		return false
	}
	if c2 == 'l' {
		return true
	}
	// count vowel groups: one-syllable words double; longer ones only
	// when listed (stressed last syllable)
	groups := 0
	for i := 0; i < n; i++ {
		if isV(b[i]) && (i == 0 || !isV(b[i-1])) {
			groups++
		}
	}
	if groups == 1 {
		return true
	}
	switch b {
	case "commit", "admit", "submit", "permit", "regret", "rebel", "patrol", "control", "refer", "occur", "deter", "transfer", "confer", "prefer", "acquit", "compel", "expel", "repel", "propel", "equip", "kidnap", "embed", "abet", "upset", "overrun", "outstrip":
		return true
	}
	return false
}

// enTitleNoun lists the titles an English participle can modify ("ousted
// President X", "deposed leader", "jailed former minister").
var enTitleNoun = set("president", "leader", "prime", "premier", "king", "ruler", "minister", "chancellor", "former", "opposition", "dictator", "head")

// enCompoundHead lists nouns that make a verb form before them the first
// noun of a compound: "arrest warrant", "aid package", "support programme".
var enCompoundHead = set("warrant", "warrants", "package", "packages", "programme", "programmes", "program", "programs")

// enModifierForm reports an English verb form at i that modifies a noun
// rather than heading a clause:
//   - a participle before a title after a verb ("to reinstate ousted
//     President X", "freed jailed leader");
//   - a verb form before a compound head ("issued an arrest warrant");
//   - a base form inside an object noun phrase right after a transitive
//     past verb and a plain noun ("suspended budget support").
func (c *coder) enModifierForm(i int) bool {
	if i < 1 || i+1 >= len(c.an.toks) {
		return false
	}
	k, prev, next := c.an.toks[i], c.an.toks[i-1], c.an.toks[i+1]
	if next.punct || prev.punct {
		return false
	}
	if enCompoundHead[next.norm] {
		return true
	}
	if strings.HasSuffix(k.norm, "ed") && enTitleNoun[next.norm] && (c.lex.enForms[prev.norm] != nil || i >= 2 && c.an.toks[i-2].norm == "to") {
		return true
	}
	// "suspended budget support": VERB-ed + plain noun + base form
	if i < 2 || prev.ment >= 0 || c.lex.enForms[prev.norm] != nil || isUpperWord(c.an.d.Tokens[i-1].Text) {
		return false
	}
	pw := prev.norm
	if enDet[pw] || enPreps[pw] || enAux[pw] || enHave[pw] || enClauseWords[pw] || enNeg[pw] || enCond[pw] || enIntentWords[pw] || strings.HasSuffix(pw, "ly") || strings.HasSuffix(pw, "s") || pw == "and" || pw == "or" || pw == "to" {
		return false
	}
	if _, pron := enPron[pw]; pron {
		return false
	}
	base := false
	for _, l := range c.lex.enForms[k.norm] {
		base = base || l == k.norm
	}
	pp := c.an.toks[i-2].norm
	return base && strings.HasSuffix(pp, "ed") && c.lex.enForms[pp] != nil && !enAux[pp] && !enHave[pp]
}

// enNounModifier lists the adjectives and noun modifiers an English event
// noun may carry between its frame or announcing verb and itself
// ("announced joint military drills", "amid large-scale naval exercises").
var enNounModifier = set("military", "joint", "naval", "air", "live-fire", "live", "fire", "large-scale", "major", "massive", "new", "fresh", "further", "nuclear", "missile", "combat")
