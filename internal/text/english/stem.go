package english

import "strings"

// irregular maps irregular verb forms to their base form.
var irregular = map[string]string{
	"said": "say", "met": "meet", "told": "tell", "held": "hold", "went": "go", "gone": "go",
	"made": "make", "gave": "give", "given": "give", "took": "take", "taken": "take",
	"began": "begin", "begun": "begin", "fought": "fight", "sought": "seek", "brought": "bring",
	"struck": "strike", "led": "lead", "left": "leave", "sent": "send", "spoke": "speak",
	"spoken": "speak", "won": "win", "lost": "lose", "fled": "flee", "shot": "shoot",
	"thought": "think", "bought": "buy", "sold": "sell", "paid": "pay", "came": "come",
	"ran": "run", "wrote": "write", "written": "write", "saw": "see", "seen": "see",
	"knew": "know", "known": "know", "chose": "choose", "chosen": "choose", "fell": "fall",
	"fallen": "fall", "broke": "break", "broken": "break", "stood": "stand", "understood": "understand",
	"kept": "keep", "felt": "feel", "found": "find", "got": "get", "gotten": "get", "hid": "hide",
	"hidden": "hide", "withdrew": "withdraw", "withdrawn": "withdraw", "forbade": "forbid",
	"forbidden": "forbid", "undertook": "undertake", "undertaken": "undertake", "threw": "throw",
	"thrown": "throw", "drove": "drive", "driven": "drive", "rose": "rise", "risen": "rise",
	"bore": "bear", "borne": "bear", "swore": "swear", "sworn": "swear", "beat": "beat",
	"beaten": "beat", "bit": "bite", "caught": "catch", "taught": "teach", "dealt": "deal",
	"meant": "mean", "spent": "spend", "built": "build", "lent": "lend", "bled": "bleed",
	"fed": "feed", "slew": "slay", "slain": "slay", "overthrew": "overthrow", "overthrown": "overthrow",
	"was": "be", "were": "be", "been": "be", "is": "be", "are": "be", "am": "be",
	"has": "have", "had": "have", "did": "do", "does": "do", "done": "do",
	"men": "man", "women": "woman", "children": "child", "people": "person",
}

// keepS are words ending in s that are not plurals or third persons.
var keepS = map[string]bool{
	"news": true, "series": true, "species": true, "always": true, "perhaps": true,
	"whereas": true, "various": true, "serious": true, "previous": true, "famous": true,
	"congress": true, "progress": true, "process": true, "access": true, "success": true,
	"crisis": true, "analysis": true, "basis": true, "thesis": true, "this": true, "his": true,
	"its": true, "us": true, "gas": true, "bus": true, "yes": true, "less": true, "unless": true,
	"chaos": true, "status": true, "virus": true, "census": true, "consensus": true,
	"bonus": true, "campus": true, "focus": true, "corpus": true, "kansas": true, "texas": true,
	"paris": true, "tunis": true, "damascus": true, "cyprus": true, "laos": true, "honduras": true,
}

// Stem is a light suffix stemmer for matching predicates: it maps the
// inflections of a word to one key ("accuses", "accused", "accusing",
// "accuse" → "accus"; "met", "meets", "meeting" → "meet"; "countries" →
// "country"). norm must be lower case (Norm's output). The key is not
// always a word; compare keys with keys. Stems shorter than three letters
// are not produced: such words come back unchanged.
func Stem(norm string) string {
	if base, ok := irregular[norm]; ok {
		if base == "be" || base == "have" || base == "do" {
			return base
		}
		norm = base
	}
	if len(norm) < 4 || strings.ContainsAny(norm, ".'-0123456789") {
		return trimE(norm)
	}
	w := norm
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ing") && len(w) >= 6:
		w = undouble(w[:len(w)-3])
	case strings.HasSuffix(w, "eed"):
		w = w[:len(w)-1]
	case strings.HasSuffix(w, "ed") && len(w) >= 5:
		w = undouble(w[:len(w)-2])
	case strings.HasSuffix(w, "s") && !keepS[w] && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:len(w)-1]
	}
	return trimE(w)
}

// trimE drops a final e, so that "accuse" and "accus(ed)" meet.
func trimE(w string) string {
	if len(w) > 3 && w[len(w)-1] == 'e' && w[len(w)-2] != 'e' {
		return w[:len(w)-1]
	}
	return w
}

// undouble turns a doubled final consonant into one ("stopp" → "stop"),
// except l, s and z ("call", "pass").
func undouble(w string) string {
	n := len(w)
	if n >= 3 && w[n-1] == w[n-2] {
		switch w[n-1] {
		case 'l', 's', 'z', 'a', 'e', 'i', 'o', 'u':
		default:
			return w[:n-1]
		}
	}
	return w
}
