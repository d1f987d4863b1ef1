package event

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isArabic reports whether s contains an Arabic letter.
func isArabic(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}

// arNorm folds an Arabic word as Token.Norm does: hamza-carrying alifs to
// ا, ى to ي, ة to ه, ؤ to و, ئ to ي; tashkeel and tatweel removed.
func arNorm(s string) string {
	if arNormal(s) {
		return s // most words: nothing to fold, no allocation
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r = arFoldRune(r); r >= 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// arFoldRune is arNorm's fold of one rune; -1 drops it.
func arFoldRune(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	if r >= 0x0600 && r <= 0x06FF {
		return arFold[r-0x0600] // the Arabic block has no case
	}
	return arFoldSlow(r)
}

// arFold is arFoldSlow over U+0600–U+06FF, indexed by r-0x600.
var arFold = func() (t [0x100]rune) {
	for i := range t {
		t[i] = arFoldSlow(rune(0x0600 + i))
	}
	return t
}()

// arFoldSlow is the definition of arFoldRune.
func arFoldSlow(r rune) rune {
	switch {
	case r >= 0x064B && r <= 0x0652, r == 0x0670, r == 0x0640:
		return -1
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		r = 'ا'
	case r == 'ى':
		r = 'ي'
	case r == 'ة':
		r = 'ه'
	case r == 'ؤ':
		r = 'و'
	case r == 'ئ':
		r = 'ي'
	}
	return unicode.ToLower(r)
}

// arNormal reports whether arNorm(s) == s: valid UTF-8 whose every rune
// folds to itself.
func arNormal(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || arFoldRune(r) != r {
			return false // U+FFFD itself takes the slow path too: same result
		}
	}
	return true
}

// arSeg splits the proclitics off a normalised Arabic word: a conjunction
// (و ف), a preposition (ب ل ك) and the article (ال, or ل after ل: لل).
// It keeps at least two letters in the stem.
func arSeg(w string) (conj, prep, det, stem string) {
	r := []rune(w)
	i := 0
	if len(r)-i > 3 && (r[i] == 'و' || r[i] == 'ف') {
		conj = string(r[i])
		i++
	}
	if len(r)-i > 3 && (r[i] == 'ب' || r[i] == 'ك' || r[i] == 'ل') {
		// ل + ال → لل
		if r[i] == 'ل' && len(r)-i > 4 && r[i+1] == 'ل' {
			prep, det = "ل", "ال"
			i += 2
			return conj, prep, det, string(r[i:])
		}
		if len(r)-i > 4 && r[i+1] == 'ا' && r[i+2] == 'ل' {
			prep = string(r[i])
			i++
		}
	}
	if len(r)-i > 3 && r[i] == 'ا' && r[i+1] == 'ل' {
		det = "ال"
		i += 2
	}
	return conj, prep, det, string(r[i:])
}

// arNounKey is the matching key of an event noun: no article, no tanween
// alif, ة folded (already by arNorm).
//
// w must be valid UTF-8 (arNorm's output is).
func arNounKey(w string) string {
	s := w
	if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) > 3 {
		s = w[len("ال"):]
	}
	// tanween alif: هجوما → هجوم; keep ات plural and long-alif words
	if utf8.RuneCountInString(s) > 3 {
		last, n := utf8.DecodeLastRuneInString(s)
		prev, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
		if last == 'ا' && prev != 'ا' && prev != 'ي' {
			s = s[:len(s)-n]
		}
	}
	return s
}

var (
	arObjSuffixes  = []string{"هما", "هم", "هن", "ها", "ه", "كم", "ك", "ني", "نا"}
	arPastSuffixes = []string{"تما", "تم", "تن", "تا", "وا", "ت", "ا", "نا", "ن"}
	arPresSuffixes = []string{"ون", "ان", "ين", "وا", "ن", "ا"}
)

// verbReading is one morphological reading of a word as a verb.
type verbReading struct {
	lemma   string
	num     byte // 's' singular, 'd' dual, 'p' plural (from the suffix)
	fem     bool // ت past suffix or ت present prefix
	present bool
	future  bool // س prefix
	conj    string
	obj     string // attached object pronoun
}

// arReadingOf returns the first verb reading of w (in arVerbReadings'
// order) whose lemma is in lemmas.
func arReadingOf(w string, lemmas map[string]bool) (verbReading, bool) {
	var rd verbReading
	found := false
	arVerbReadings(w, func(r verbReading) bool {
		if lemmas[r.lemma] {
			rd, found = r, true
			return false
		}
		return true
	})
	return rd, found
}

// arVerbReadings lists the lemma candidates of a normalised Arabic word
// read as a verb: past (فعل + ت تا وا ا تم ن نا), present (ي ت ن ا +
// ون ان ين وا ن), the future prefix س, attached object pronouns, and the
// lemma shapes of derived, hollow, defective and assimilated verbs. Every
// candidate must still be found in the lexicon, so over-generation is
// cheap.
func arVerbReadings(w string, yield func(verbReading) bool) {
	r := w
	conj := ""
	for _, c := range []string{"و", "ف"} {
		if strings.HasPrefix(r, c) && len([]rune(r)) >= 3 { // وحث، وشن: doubled verbs of two letters
			// try both with and without: وصل is a verb
			if !arVerbCore(r, conj, yield) {
				return
			}
			conj = c
			r = strings.TrimPrefix(r, c)
			break
		}
	}
	arVerbCore(r, conj, yield)
}

func arVerbCore(w, conj string, yield func(verbReading) bool) bool {
	for _, obj := range append([]string{""}, arObjSuffixes...) {
		s := w
		if obj != "" {
			if !strings.HasSuffix(s, obj) || len([]rune(s))-len([]rune(obj)) < 2 {
				continue
			}
			s = strings.TrimSuffix(s, obj)
			// دعمته → دعمت+ه ; a past -وا becomes -و before a pronoun
			if strings.HasSuffix(s, "و") && len([]rune(s)) > 3 {
				if !arPast(s+"ا", conj, obj, yield) {
					return false
				}
			}
		}
		if !arPast(s, conj, obj, yield) {
			return false
		}
		if !arPresent(s, conj, obj, yield) {
			return false
		}
	}
	return true
}

func arPast(s, conj, obj string, yield func(verbReading) bool) bool {
	try := func(l string) bool {
		if len([]rune(l)) < 2 {
			return true
		}
		return yield(verbReading{lemma: l, conj: conj, obj: obj, num: 's'})
	}
	if !try(s) {
		return false
	}
	for _, suf := range arPastSuffixes {
		if !strings.HasSuffix(s, suf) || len([]rune(s))-len([]rune(suf)) < 2 {
			continue
		}
		b := strings.TrimSuffix(s, suf)
		num, fem := byte('s'), false
		switch suf {
		case "ت":
			fem = true
		case "تا":
			num, fem = 'd', true
		case "ا", "تما":
			num = 'd'
		case "وا", "تم", "تن", "ن", "نا":
			num = 'p'
		}
		for _, l := range []string{b, b + "ي", b + "ا"} {
			if len([]rune(l)) < 2 {
				continue
			}
			if !yield(verbReading{lemma: l, conj: conj, obj: obj, num: num, fem: fem}) {
				return false
			}
		}
	}
	return true
}

func arPresent(s, conj, obj string, yield func(verbReading) bool) bool {
	rs := []rune(s)
	future := false
	if len(rs) > 3 && rs[0] == 'س' && strings.ContainsRune("يتنا", rs[1]) {
		future = true
		rs = rs[1:]
	}
	if len(rs) < 3 || !strings.ContainsRune("يتنا", rs[0]) {
		return true
	}
	body := string(rs[1:])
	fem := rs[0] == 'ت'
	type bd struct {
		core string
		num  byte
	}
	bodies := []bd{{body, 's'}}
	for _, suf := range arPresSuffixes {
		if strings.HasSuffix(body, suf) && len([]rune(body))-len([]rune(suf)) >= 2 {
			num := byte('p')
			if suf == "ان" || suf == "ا" {
				num = 'd'
			}
			bodies = append(bodies, bd{strings.TrimSuffix(body, suf), num})
		}
	}
	for _, b := range bodies {
		for _, l := range arPresentLemmas(b.core) {
			if !yield(verbReading{lemma: l, present: true, future: future, conj: conj, obj: obj, num: b.num, fem: fem}) {
				return false
			}
		}
	}
	return true
}

// arPresentLemmas maps a present-tense core (the verb without its prefix
// and suffix) to past-tense lemma shapes.
func arPresentLemmas(core string) []string {
	c := []rune(core)
	out := []string{core, "ا" + core}
	n := len(c)
	if n == 3 && c[0] == 'و' {
		out = append(out, "ا"+string(c[1:])) // hamza-initial form II: يؤيد (يويد) → ايد، يؤكد → اكد
	}
	if n == 3 && (c[1] == 'و' || c[1] == 'ي' || c[1] == 'ا') {
		h := string([]rune{c[0], 'ا', c[2]})
		out = append(out, h, "ا"+h) // يزور → زار; يدين → ادان
	}
	if n >= 3 && (c[n-1] == 'و' || c[n-1] == 'ي' || c[n-1] == 'ا') {
		b := string(c[:n-1])
		out = append(out, b+"ا", b+"ي", "ا"+b+"ي", "ا"+b+"ا") // يدعو → دعا; يلتقي → التقي; يجري → اجري
	}
	if n == 2 {
		out = append(out, "و"+core) // يصل → وصل
		out = append(out, string([]rune{c[0], 'ا', c[1]}))
	}
	if n == 2 || n == 3 && c[n-1] == c[n-2] {
		out = append(out, "و"+core)
	}
	return out
}

// arParticipleLemmas maps an accusative active participle (the حال of
// news: متوعدا، مطالبا، محذرا، معتبرا، مستنكرا، داعيا، مؤكدة) to verb lemma
// candidates: derived forms drop the م prefix (II/III/V: حذر، طالب،
// توعد; IV/VIII/X add the alif: اعلن، اعتبر، استنكر; أفعل with a hamza
// seat: مؤكد → اكد), and form I فاعل gives فعا (داعيا → دعا).
func arParticipleLemmas(w string) []string {
	r := []rune(w)
	n := len(r)
	if n < 4 || !(r[n-1] == 'ا' || r[n-1] == 'ه') {
		return nil
	}
	r = r[:n-1] // tanween alif or feminine ة
	n--
	var out []string
	if r[0] == 'م' && n >= 4 {
		core := string(r[1:])
		out = append(out, core, "ا"+core)
		if r[1] == 'و' {
			out = append(out, "ا"+string(r[2:]))
		}
		if n == 4 && (r[2] == 'ي' || r[2] == 'و') {
			// hollow form IV: مشيد → اشاد، مفيد → افاد
			out = append(out, string([]rune{'ا', r[1], 'ا', r[3]}))
		}
		if n >= 5 && r[1] == 'س' && r[2] == 'ت' {
			out = append(out, "ا"+core)
		}
	}
	if n == 4 && r[1] == 'ا' && r[3] == 'ي' {
		out = append(out, string([]rune{r[0], r[2], 'ا'}))
	}
	return out
}
