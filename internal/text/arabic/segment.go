package arabic

import (
	"strings"
)

type proclitic struct {
	s       string // normalised letters
	article bool   // ends with the article (ال or the لل merge)
	future  bool   // contains future س
	inner   []int  // byte offsets of inner clitic boundaries
}

// proclitics are tried longest first; the first that passes the guards wins.
var proclitics = []proclitic{
	{s: "وبال", article: true, inner: []int{2, 4}},
	{s: "فبال", article: true, inner: []int{2, 4}},
	{s: "وكال", article: true, inner: []int{2, 4}},
	{s: "فكال", article: true, inner: []int{2, 4}},
	{s: "ولل", article: true, inner: []int{2}},
	{s: "فلل", article: true, inner: []int{2}},
	{s: "وال", article: true, inner: []int{2}},
	{s: "فال", article: true, inner: []int{2}},
	{s: "بال", article: true, inner: []int{2}},
	{s: "كال", article: true, inner: []int{2}},
	{s: "لل", article: true},
	{s: "ال", article: true},
	{s: "وب", inner: []int{2}},
	{s: "فب", inner: []int{2}},
	{s: "ول", inner: []int{2}},
	{s: "فل", inner: []int{2}},
	{s: "وك", inner: []int{2}},
	{s: "فك", inner: []int{2}},
	{s: "وس", future: true, inner: []int{2}},
	{s: "فس", future: true, inner: []int{2}},
	{s: "و"},
	{s: "ف"},
	{s: "ب"},
	{s: "ل"},
	{s: "ك"},
	{s: "س", future: true},
}

type enclitic struct {
	s      string
	second bool // second person: only after ت or a particle
}

var enclitics = []enclitic{
	{s: "هما"}, {s: "كما", second: true},
	{s: "هم"}, {s: "هن"}, {s: "ها"}, {s: "نا"}, {s: "ني"},
	{s: "كم", second: true}, {s: "كن", second: true},
	{s: "ه"}, {s: "ك", second: true},
}

// letterIndex returns the index (0–0x3F) of the two-byte letter at
// w[i:i+2] in U+0600–U+063F / U+0640–U+067F, for the candidate tables.
func letterIndex(w string, i int) int { return int(w[i]&0x01)<<6 | int(w[i+1]&0x3F) }

// byFirst and byLast hold, for each letter, the proclitics that start with
// it and the enclitics that end with it, longest first.
var byFirst, byLast = candidateTables()

func candidateTables() (first [128][]proclitic, last [128][]enclitic) {
	for _, c := range proclitics {
		i := letterIndex(c.s, 0)
		first[i] = append(first[i], c)
	}
	for _, e := range enclitics {
		i := letterIndex(e.s, len(e.s)-2)
		last[i] = append(last[i], e)
	}
	return first, last
}

// conjShort are stems shorter than 3 letters that may follow و or ف.
var conjShort = set("لم", "لن", "لا", "قد", "ما", "هو", "هي", "هم", "من", "في", "عن", "مع", "ان", "او", "لو", "كل", "اي", "ثم", "بل", "له", "لها", "لي", "هذا", "اذ", "اذا")

// suffixShort are particles shorter than 3 letters that take a pronoun.
var suffixShort = set("ان", "عن", "من", "في", "مع", "ضد", "لدي", "علي", "لكن", "بين", "عند", "منذ", "الي")

// HasArticle reports whether a Prefix from Segment ends with the definite
// article (ال, or its لل merge after the preposition ل).
func HasArticle(prefix string) bool {
	return strings.HasSuffix(prefix, "ال") || strings.HasSuffix(prefix, "لل")
}

// Segment splits a word already folded by Normalize into its proclitics,
// stem and enclitic pronoun; prefix+stem+suffix == word. A word that is
// not made only of Arabic letters comes back as the stem. Without the
// original spelling, a final ه may be split although the word was written
// with ة: use SegmentWord when the original is at hand.
func Segment(word string) (prefix, stem, suffix string) {
	return segment(word, &spelling{word: word, done: true})
}

// SegmentWord is Segment for word = Normalize(orig), using the original
// spelling where folding lost it: a final ة is never a pronoun ه, and ال
// written with a hamza (أل، إل، آل) is not the article.
func SegmentWord(orig, word string) (prefix, stem, suffix string) {
	return segment(word, &spelling{orig: orig, word: word})
}

// spelling is what the original word tells that its normalised form
// lost. It is worked out lazily, on the first question.
type spelling struct {
	orig, word string
	done       bool
	known      bool
	ta         bool    // the last letter was ة
	tanween    bool    // the word ended with tanween (no pronoun can follow)
	hamza      [4]bool // letter i (of the first 4) was أ إ آ
}

// simple reports whether orig and word align byte for byte: same
// length, so no mark was dropped and every letter stayed two bytes.
func (sp *spelling) simple() bool { return len(sp.orig) == len(sp.word) }

// letterAt returns the two bytes of the original's letter i (simple case).
func (sp *spelling) letterAt(i int) string { return sp.orig[2*i : 2*i+2] }

// taMarbuta reports whether the original ended with ة.
func (sp *spelling) taMarbuta() bool {
	if sp.simple() {
		return len(sp.orig) >= 2 && sp.letterAt(len(sp.orig)/2-1) == "ة"
	}
	sp.spell()
	return sp.ta
}

// hasTanween reports whether the original ended with tanween.
func (sp *spelling) hasTanween() bool {
	if sp.simple() {
		return false
	}
	sp.spell()
	return sp.tanween
}

// hamzaAlef reports whether letter i of the original was أ إ آ.
func (sp *spelling) hamzaAlef(i int) bool {
	if sp.simple() {
		if 2*i+2 > len(sp.orig) {
			return false
		}
		switch sp.letterAt(i) {
		case "أ", "إ", "آ":
			return true
		}
		return false
	}
	sp.spell()
	return i < len(sp.hamza) && sp.hamza[i]
}

// spell aligns orig with its normal form letter by letter; it learns
// nothing (known=false) when the two do not have the same number of
// letters.
func (sp *spelling) spell() {
	if sp.done {
		return
	}
	sp.done = true
	if sp.orig == "" {
		return
	}
	n, last := 0, rune(0)
	for _, r := range sp.orig {
		if isPresentation(r) {
			return
		}
		if mapRune(r) < 0 {
			if r >= 0x64B && r <= 0x64D {
				sp.tanween = true
			}
			continue
		}
		sp.tanween = false
		if n < len(sp.hamza) {
			sp.hamza[n] = r == 'أ' || r == 'إ' || r == 'آ'
		}
		last = r
		n++
	}
	if n != len(sp.word)/2 {
		sp.hamza = [4]bool{}
		sp.tanween = false
		return
	}
	sp.known = true
	sp.ta = last == 'ة'
}

// isArabicWord reports whether w is made only of the letters U+0621–U+064A
// (each two bytes in UTF-8).
func isArabicWord(w string) bool {
	if len(w) == 0 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] != 0xD8 && w[i] != 0xD9 {
			return false
		}
		r := rune(w[i]&0x1F)<<6 | rune(w[i+1]&0x3F)
		if r < 0x621 || r > 0x64A {
			return false
		}
	}
	return true
}

func segment(w string, sp *spelling) (prefix, stem, suffix string) {
	if !isArabicWord(w) {
		return "", w, ""
	}
	if len(w) <= 12 {
		for _, e := range byLast[letterIndex(w, len(w)-2)] {
			if len(w) > len(e.s) && strings.HasSuffix(w, e.s) && len(w)-len(e.s) <= 6 && suffixShort[w[:len(w)-len(e.s)]] && !sp.hasTanween() {
				// a particle with a pronoun: فيها، عنه، أنها
				return "", w[:len(w)-len(e.s)], e.s
			}
		}
	}
	p := stripPrefix(w, sp)
	rest := w[len(p):]
	if HasArticle(p) && strings.HasSuffix(p, "لل") && lookup("ل"+rest)&lamStem != 0 {
		// ل + اللقاء is written للقاء: the stem keeps its lam.
		p = p[:len(p)-2]
		return p, w[len(p):], ""
	}
	if HasArticle(p) || lookup(rest)&noSuffix != 0 {
		return p, rest, ""
	}
	s := stripSuffix(rest, sp)
	return p, rest[:len(rest)-len(s)], s
}

func stripPrefix(w string, sp *spelling) string {
	cands := byFirst[letterIndex(w, 0)]
	if len(cands) == 0 || lookup(w)&noPrefix != 0 {
		return ""
	}
	n := len(w) / 2
	for _, c := range cands {
		if !strings.HasPrefix(w, c.s) {
			continue
		}
		rest := w[len(c.s):]
		r := n - len(c.s)/2
		if innerProtected(w, c) {
			continue
		}
		switch {
		case c.article:
			if r < 2 {
				continue
			}
			if strings.HasSuffix(c.s, "ال") {
				// the article's alef must not have been written with hamza
				at := len(c.s)/2 - 2
				if sp.hamzaAlef(at) {
					continue
				}
			} else if lookup("ال"+rest)&noPrefix != 0 {
				continue
			}
		case c.future:
			if r < 4 || sp.taMarbuta() || strings.HasSuffix(rest, "ات") {
				continue
			}
			switch rest[:2] {
			case "ي", "ت", "ن":
			default:
				continue
			}
		case c.s == "ك" || c.s == "وك" || c.s == "فك":
			// "like": only before a noun written with ة ("كدولة"), so as not
			// to cut كثير، كانون، كارلوس
			if r < 3 || !sp.taMarbuta() {
				continue
			}
		case len(c.s) == 4: // وب فب ول فل: "وبحثا" is و + بحثا
			if r < 4 {
				continue
			}
		case c.s == "ف":
			// ف before a noun is rare: it must look like a particle or a
			// verb, so that فريد، فعالة، فيروس stay whole
			if !conjShort[rest] && !verbLike(rest) {
				continue
			}
		default:
			if r < 3 && !(c.s == "و" && conjShort[rest]) {
				continue
			}
		}
		if !c.article && rest[:2] == "ا" && c.s[len(c.s)-2:] != "و" && !sp.hamzaAlef(len(c.s)/2) && !wasla(rest) {
			// ب ف ك ل before a plain alef: بارد، فارين، لاعب are words,
			// لاتفاق، باستخدام are clitic + masdar
			continue
		}
		return c.s
	}
	return ""
}

// verbLike reports whether w (after ف) may be a verb: a perfect of three
// letters (قال), an imperfect (يقول، تبدأ), a derived form starting with
// alef (استجاب) or a perfect with a subject ending (شعرت، قالوا).
func verbLike(w string) bool {
	n := len(w) / 2
	switch {
	case n < 3:
		return false
	case n == 3:
		return true
	}
	switch w[:2] {
	case "ي", "ت", "ن", "ا":
		return true
	}
	return strings.HasSuffix(w, "ت") || strings.HasSuffix(w, "وا")
}

// wasla reports whether w, starting with a plain alef, looks like a
// masdar or verb of the derived forms that start with hamzat al-wasl
// (اتفاق، انسحاب، استخدام، اجتماع) or the particle ان.
func wasla(w string) bool {
	if len(w) < 6 {
		return false
	}
	switch w[2:4] {
	case "ت", "ن":
		return true
	case "س":
		return w[4:6] == "ت"
	}
	return w[4:6] == "ت"
}

// innerProtected reports whether the word after one of c's outer
// proclitics is protected, so that c's inner letters are not clitics.
func innerProtected(w string, c proclitic) bool {
	for _, k := range c.inner {
		if k < len(w) && lookup(w[k:])&noPrefix != 0 {
			return true
		}
	}
	return false
}

func stripSuffix(w string, sp *spelling) string {
	for _, e := range byLast[letterIndex(w, len(w)-2)] {
		if !strings.HasSuffix(w, e.s) || len(w) == len(e.s) {
			continue
		}
		stem := w[:len(w)-len(e.s)]
		short := len(stem) <= 6 && suffixShort[stem]
		letters := len(stem) / 2
		if letters < 3 && !short {
			continue
		}
		if sp.hasTanween() {
			return ""
		}
		last := stem[len(stem)-2:]
		switch {
		case e.second:
			if last != "ت" && !short {
				continue
			}
		case e.s == "ه":
			if sp.taMarbuta() || last == "ا" || rootHeh(stem) {
				continue
			}
		case e.s[:2] == "ه":
			if rootHeh(stem) {
				continue
			}
		case e.s == "نا":
			// "ممكنا", "مليونا", "أثينا" are not "our"
			if letters < 4 && !short || last == "ا" || last == "ي" || last == "و" {
				continue
			}
		case e.s == "ني":
			// "أخبرتني", not the nisba "قانوني", "إيراني"
			if last != "ت" {
				continue
			}
		}
		return e.s
	}
	return ""
}

// rootHeh reports whether a ه after stem is likely the root's: the
// families of وجه (توجه، يواجه، يتجه) and شبه (يشبه، مشتبها), and the
// name of God in compound names (عبدالله).
func rootHeh(stem string) bool {
	for _, end := range [...]string{"وج", "تج", "واج", "شب", "شتب", "وجي", "الل"} {
		if strings.HasSuffix(stem, end) {
			return true
		}
	}
	return false
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
