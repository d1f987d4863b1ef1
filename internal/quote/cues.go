package quote

import "strings"

// cue is one attribution word or phrase found in the text.
type cue struct {
	i, j int // token range of the cue
	ent  *cueEntry
	ar   bool
}

var determiners = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "its": true,
	"his": true, "her": true, "their": true, "our": true, "my": true, "your": true, "no": true, "any": true, "such": true}

// cueAt reports the cue that starts at token i, if any. Arabic words are
// matched on their folded form with and without a و/ف conjunction;
// English words on their lower-case form, with the guards that keep
// nouns out ("maritime claims", "a warning", "to say").
func (v *view) cueAt(i int) (cue, bool) {
	if m := v.cueMemo[i]; m != 0 {
		return v.cueVal[i], m == 2
	}
	c, ok := v.findCue(i)
	v.cueMemo[i], v.cueVal[i] = 1, c
	if ok {
		v.cueMemo[i] = 2
	}
	return c, ok
}

func (v *view) findCue(i int) (cue, bool) {
	t := v.toks[i]
	if !t.word {
		return cue{}, false
	}
	if t.ar {
		wi := v.lx.info(t.n)
		b := bareAr(t.n)
		var wb wordInfo
		if b != t.n {
			wb = v.lx.info(b)
		}
		if wi.acc || wb.acc {
			if c, ok := v.accordingAt(i); ok {
				return c, true
			}
		}
		if (b == "جاء" || b == "ورد" || t.n == "ورد") && i+2 < len(v.toks) && v.toks[i+1].n == "في" && docNouns[stemAr(v.toks[i+2].n)] {
			// وجاء في بيان لوزارة الخارجية أن: the document speaks
			return cue{i: i, j: i + 2, ent: inEntry, ar: true}, true
		}
		if b == "بالقول" {
			// ختم حديثه بالقول إن، رد بالقول: the verb's subject speaks
			return cue{i: i, j: i + 1, ent: byQawlEntry, ar: true}, true
		}
		e := wi.cue
		if e == nil {
			e = wb.cue
		}
		ok := e != nil
		if !ok {
			// an object pronoun on the verb: ووصفتها، اعتبرها، حثه (a stem of two letters or more)
			for _, suf := range []string{"ها", "هم", "هما", "ه"} {
				if b := bareAr(t.n); strings.HasSuffix(b, suf) && len(b) >= len(suf)+4 && !strings.HasSuffix(t.text, "ة") {
					if e2 := v.lx.info(strings.TrimSuffix(b, suf)).cue; e2 != nil && e2.form == formFinite {
						e, ok = e2, true
						break
					}
				}
			}
		}
		if !ok {
			return cue{}, false
		}
		return cue{i: i, j: i + 1, ent: e, ar: true}, true
	}
	wi := v.lx.info(t.n)
	if wi.acc {
		if c, ok := v.accordingAt(i); ok {
			return c, true
		}
	}
	e := wi.cue
	if e == nil {
		return cue{}, false
	}
	j := i + 1
	if e.part != "" {
		if j >= len(v.toks) || v.toks[j].n != e.part {
			return cue{}, false
		}
		j++
	}
	prev := ""
	if i > 0 && v.toks[i-1].sent == t.sent {
		prev = v.toks[i-1].n
	}
	if prev == "to" || determiners[prev] {
		return cue{}, false // "to say", "a warning", "its claims"
	}
	if strings.HasSuffix(t.n, "s") && e.form == formFinite && !strings.HasSuffix(t.n, "ss") {
		// third person -s forms double as plural nouns: accept them
		// after a subject-like word only
		if i == 0 || !(v.toks[i-1].ment >= 0 || v.lx.has(prev, wPronPer|wPronOrg|wUnknown|wGroup|wAuthority|wStatement) || isUpperWord(v.toks[i-1].text) || v.lx.has(prev, wAdverb)) {
			return cue{}, false
		}
	}
	if t.n == "say" && !(v.lx.has(prev, wPronAny|wGroup|wUnknown|wAuthority) || (i > 0 && v.toks[i-1].ment >= 0) || strings.HasSuffix(prev, "s")) {
		return cue{}, false
	}
	return cue{i: i, j: j, ent: e}, true
}

// docNouns name a document or message whose words جاء في / ورد في
// report (stems, without the article).
var docNouns = map[string]bool{"بيان": true, "تقرير": true, "رساله": true, "تغريده": true, "منشور": true, "تدوينه": true,
	"كلمه": true, "خطاب": true, "نص": true, "تصريح": true, "مذكره": true, "وثيقه": true, "اعلان": true}

// inEntry is the cue of جاء في / ورد في + a document.
var inEntry = &cueEntry{lemma: "جاء في", kind: kindIn, form: formFinite}

// byQawlEntry is the cue بالقول ("by saying") after any verb.
var byQawlEntry = &cueEntry{lemma: "قال", kind: kindSay, form: formParticiple}

// accordingAt matches an attribution phrase (بحسب، وفقا لـ، according to).
func (v *view) accordingAt(i int) (cue, bool) {
	if n := v.toks[i].n; !v.lx.info(n).acc && !v.lx.info(bareAr(n)).acc {
		return cue{}, false
	}
	for _, ph := range v.lx.according {
		k, ok := i, true
		for wi, w := range ph {
			if k >= len(v.toks) {
				ok = false
				break
			}
			n := v.toks[k].n
			if wi == 0 {
				if n != w && bareAr(n) != w {
					ok = false
					break
				}
				k++
				continue
			}
			if w == "ل" && wi == len(ph)-1 {
				// joined preposition: لـ, or a word that starts with ل
				if n == "ل" || n == "لـ" {
					k++
				} else if !strings.HasPrefix(n, "ل") {
					ok = false
				}
				break
			}
			if n != w {
				ok = false
				break
			}
			k++
		}
		if ok {
			return cue{i: i, j: k, ent: v.lx.accEntry[strings.Join(ph, " ")], ar: v.toks[i].ar}, true
		}
	}
	return cue{}, false
}
