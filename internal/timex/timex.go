// Package timex is dyad's time-expression stage: it finds dates, weekdays,
// relative days, weeks, months and years in a document's text, in Arabic
// and English, and resolves them against the publication date.
//
// Values are YYYY-MM-DD, YYYY-Www (ISO week), YYYY-MM or YYYY. A weekday
// named plainly is the most recent such day on or before publication
// ("يوم الثلاثاء", "on Tuesday"), or on or after it when the clause is
// future ("will", "سوف", سيلتقي, "is due to"; in Arabic strictly after,
// since Arabic names the publication day اليوم); "last"/"الماضي" take the
// one strictly before, "next"/"المقبل" the one strictly after. Days are
// also named by ordinals in words ("التاسع عشر من أيار", "the first of
// May"), Hijri ones without a year by the nearest such day. A bare
// "اليوم" is a date only inside a quotation and not after a noun or
// pronoun ("nowadays"); a quoted "today" is the day of speaking, and
// weekday ranges and Hijri days in apposition are set by their
// neighbours (anchor.go). A month named without a
// year is the nearest such month, or the last/next one with
// "الماضي"/"المقبل". Vague expressions (recently, مؤخرا, decades) are left
// out. Expressions that need the publication date are skipped when it is
// unknown.
package timex

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/dyad-news/dyad/internal/doc"
)

// Stage is the pipeline stage that appends the document's time
// expressions to Document.Dates.
type Stage struct{}

// Name returns "timex".
func (Stage) Name() string { return "timex" }

// Process finds the time expressions of d.Text resolved against
// d.Published. A malformed publication date is an error.
func (Stage) Process(ctx context.Context, d *doc.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var names [][2]int
	for _, e := range d.Entities {
		for _, mt := range e.Mentions {
			if mt.Text != e.Name {
				// linked to the lexicon (سيرجي لافروف → Sergey Lavrov); a
				// name found by context alone may be a verb (الرئيس سيتوجه)
				names = append(names, [2]int{mt.Start, mt.End})
			}
		}
	}
	dates, err := findRunes(d.RuneText(), d.Published, names)
	if err != nil {
		return err
	}
	d.Dates = append(d.Dates, dates...)
	return nil
}

// Find returns the time expressions of text in order, resolved against
// published (YYYY-MM-DD, or "" when unknown), with code point offsets.
func Find(text, published string) ([]doc.DateExpr, error) {
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	sc.runes = appendRunes(sc.runes[:0], text)
	return find(sc.runes, published, nil, sc)
}

// findRunes is Find over the code points of the text, with the code point
// spans of the names the entity stage found.
func findRunes(rs []rune, published string, names [][2]int) ([]doc.DateExpr, error) {
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	return find(rs, published, names, sc)
}

// find is Find over the code points rs, with sc's working memory; the
// names' spans are never read as Arabic future verbs (سيرجي لافروف).
func find(rs []rune, published string, names [][2]int, sc *scratch) ([]doc.DateExpr, error) {
	m := &matcher{}
	if published != "" {
		p := published
		if len(p) > 10 {
			p = p[:10] // a timestamp: keep its date
		}
		t, err := time.Parse("2006-01-02", p)
		if err != nil {
			return nil, fmt.Errorf("timex: publication date %q: %w", published, err)
		}
		m.pub, m.hasPub = t, true
	}
	m.toks = tokenize(rs, sc)
	m.rs = rs
	markQuoted(rs, m.toks)
	markNames(m.toks, names)
	m.latin = latinText(m.toks)
	out := []doc.DateExpr{}
	var kinds []match // the matches of out, for anchorDays
	for i := 0; i < len(m.toks); {
		if !m.toks[i].opens {
			i++ // no rule matches here (see startWords)
			continue
		}
		mt, ok := m.at(i)
		if !ok {
			i++
			continue
		}
		start, end := m.toks[mt.start].start, m.toks[mt.end-1].end
		out = append(out, doc.DateExpr{Start: start, End: end, Text: string(rs[start:end]), Value: mt.value})
		kinds = append(kinds, mt)
		if mt.year != 0 {
			m.lastYear = mt.year
		}
		i = mt.end
	}
	m.anchorDays(out, kinds)
	return out, nil
}

// appendRunes appends the code points of s to rs, as []rune(s) does.
func appendRunes(rs []rune, s string) []rune {
	for _, r := range s {
		rs = append(rs, r)
	}
	return rs
}

// at tries every rule at token i.
func (m *matcher) at(i int) (match, bool) {
	for _, r := range rules {
		if mt, ok := r(m, i); ok && mt.end > i {
			return mt, true
		}
	}
	return match{}, false
}

// latinText reports whether most word tokens are in Latin script.
func latinText(toks []token) bool {
	lat, other := 0, 0
	for _, t := range toks {
		if t.punct || t.num >= 0 || t.norm == "" {
			continue
		}
		if t.norm[0] < 0x80 {
			lat++
		} else {
			other++
		}
	}
	return lat > other
}

// futureBefore reports whether the clause before token i is in the
// future tense or a modality that looks ahead, so that a weekday it names
// is the coming one: a future marker ("will", "سوف", "من المقرر") among
// the few tokens before i in its sentence, or, within a longer reach that
// stops at a comma, a verb of plan or expectation ("is expected to",
// "is scheduled", "must still be approved", "to be held"), an Arabic
// future verb (سيعقد، ستجري) or a call for a meeting (دعت إلى اجتماع
// طارئ ... يوم السبت). Without one, a weekday is the most recent past.
func (m *matcher) futureBefore(i int) bool {
	comma, lastComma := false, -1
	for k := i - 1; k >= 0 && k >= i-futureReach; k-- {
		t := m.toks[k]
		if t.punct && (t.norm == "." || t.norm == "!" || t.norm == "?" || t.norm == "؟" || t.norm == ";" || t.norm == "؛") {
			return false
		}
		if t.punct && (t.norm == "," || t.norm == "،") {
			if lastComma >= 0 && m.in(k+1, asidePhrases) {
				// "، بحسب مصادر مطلعة،" / ", according to diplomats,": an
				// attribution set off by commas leaves the clause whole
				comma, lastComma = false, -1
				continue
			}
			comma, lastComma = true, k
		}
		if (k >= i-8 || !comma) && (m.in(k, futureMarkers) || (t.norm == "ll" && m.punct(k-1, "'"))) {
			return true
		}
		if m.in(k, pastVerbs) && !m.is(k-1, "be", "been", "being", "is", "are", "was", "were", "to") {
			return false // the nearest verb is past: the candidate said on Monday
		}
		if comma {
			continue
		}
		switch {
		case m.in(k, nextAdjectives):
			// الجولة المقبلة من المحادثات يوم الأحد looks ahead, unless a
			// past verb governs the clause: قال مرشح الانتخابات المقبلة يوم الثلاثاء
			return !m.pastVerbBefore(k)
		case m.in(k, aheadMarkers) && !m.is(k+1, "have"):
			return true // is expected to, is scheduled, must still be
		case m.is(k, "to") && m.is(k+1, "be"):
			return true // to be held on Sunday
		case m.is(k, "to") && m.is(k-1, "is", "are", "due", "set", "poised"):
			return true // is to vote, is due to arrive, are set to meet
		case m.arFutureVerb(k):
			return true
		case m.in(k, meetingNouns) && m.callFor(k):
			return true
		}
	}
	return false
}

// modalAhead reports whether an English weekday at token i is looked
// forward to by a modal of its clause: "would"/"could"/"may"/"might" (not
// "would have") within futureReach tokens before it, with no past verb of
// pastVerbs nearer ("said it would hold drills on Thursday"), or "as early
// as" just before it. Dates of months keep futureBefore alone ("promised
// Britain would leave on Oct. 31" may be past).
func (m *matcher) modalAhead(i int) bool {
	if m.is(i-1, "as") && m.is(i-2, "early", "soon") && m.is(i-3, "as") {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-futureReach; k-- {
		t := m.toks[k]
		if t.punct && strings.Contains(".!?;,", t.norm) {
			return false
		}
		if m.in(k, pastVerbs) && !m.is(k-1, "be", "been", "being", "is", "are", "was", "were", "to") {
			return false
		}
		if m.in(k, modalMarkers) {
			return !m.is(k+1, "have") && !m.is(k+2, "have")
		}
	}
	return false
}

// modalMarkers are the English modals of modalAhead.
var modalMarkers = foldedSet("would", "could", "may", "might")

// futureReach is how far back futureBefore looks for a verb of plan or
// expectation.
const futureReach = 14

// nextAdjectives are the aheadMarkers that modify a noun (الجولة المقبلة).
var nextAdjectives = foldedSet("المقبل", "المقبلة")

// pastVerbBefore reports whether a past verb of pastVerbs comes before
// token k in its clause (up to a stop or a comma).
func (m *matcher) pastVerbBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-futureReach; j-- {
		if t := m.toks[j]; t.punct && strings.Contains(".!?؟;؛,،", t.norm) {
			return false
		}
		if m.in(j, pastVerbs) {
			return true
		}
	}
	return false
}

// pastVerbs are common past-tense verbs of news; the nearest verb before
// a weekday governs it, so a past one ends the search for a future one.
var pastVerbs = foldedSet("قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "أضاف", "أضافت", "ذكر", "ذكرت", "صرح", "أفاد", "أفادت",
	"التقى", "زار", "زارت", "وصل", "وصلت", "عقد", "عقدت", "استقبل", "أجرى", "أجرت", "وقع", "وقعت", "شارك", "بحث", "غادر",
	"said", "announced", "told", "met", "visited", "arrived")

// asidePhrases open an attribution set off by commas inside a clause.
var asidePhrases = foldedSet("بحسب", "حسب", "وفق", "وفقا", "طبقا", "according", "as", "citing")

var futureMarkers = foldedSet("will", "shall", "سوف", "المقرر", "المنتظر", "المرتقب")

// aheadMarkers are words of plan, expectation or obligation whose clause
// looks ahead.
var aheadMarkers = foldedSet("expected", "scheduled", "planned", "plans", "planning", "upcoming", "must", "intends", "slated",
	"يعتزم", "تعتزم", "يعتزمون", "المزمع", "المزمعة", "المقبل", "المقبلة",
	"يتوقع", "يتوقعون", "المتوقع", "يرتقب", "ينتظر", "يفترض", "المفترض", "يخطط", "تخطط", "يستعد", "تستعد")

// meetingNouns name gatherings that can be called for ahead.
var meetingNouns = foldedSet("meeting", "summit", "session", "talks", "conference", "vote", "referendum", "election", "elections",
	"اجتماع", "اجتماعا", "قمة", "جلسة", "مؤتمر", "مؤتمرا", "محادثات", "انتخابات", "استفتاء", "تصويت")

// callVerbs call for something to happen.
var callVerbs = foldedSet("called", "calls", "call", "urged", "دعا", "دعت", "يدعو", "تدعو", "طالب", "طالبت")

// callFor reports whether the meeting noun at token k is the object of a
// call (دعت الجامعة إلى اجتماع، called for a summit): إلى or "for" before
// it, and a verb of calling before that, within a few words.
func (m *matcher) callFor(k int) bool {
	j := k - 1
	for j >= 0 && j >= k-3 && m.is(j, "a", "an", "the", "emergency", "urgent") {
		j--
	}
	if j < 0 || !(m.is(j, "for") || m.is(j, "الي")) {
		return false
	}
	for h := j - 1; h >= 0 && h >= j-6; h-- {
		if m.toks[h].punct {
			return false
		}
		if m.in(h, callVerbs) {
			return true
		}
	}
	return false
}

// arFutureVerb reports whether token k is an Arabic verb with the future
// prefix س (سيعقد، ستجري، سنواصل): س, then the imperfect letter ي/ت/ن,
// five letters or more, no noun ending (ة، ات), and no preposition before
// it (في سيناء).
func (m *matcher) arFutureVerb(k int) bool {
	n := m.toks[k].norm
	if strings.HasPrefix(n, "و") || strings.HasPrefix(n, "ف") {
		n = n[len("و"):]
	}
	if m.toks[k].name {
		return false
	}
	if setBits[n]&arShortFuture != 0 {
		return true
	}
	rs := []rune(n)
	if len(rs) < 5 || rs[0] != 'س' || !(rs[1] == 'ي' || rs[1] == 'ت' || rs[1] == 'ن') || rs[2] == 'ا' || strings.HasPrefix(n, "سيطر") {
		return false
	}
	if m.endsTaMarbuta(k) || strings.HasSuffix(n, "ات") || strings.HasSuffix(n, "اء") {
		return false
	}
	return !m.is(k-1, "في", "الي", "من", "علي")
}

// endsTaMarbuta reports whether token k ends in ة as written (a noun or
// adjective), not in ه (يتوجه), which the fold merges with it.
func (m *matcher) endsTaMarbuta(k int) bool {
	t := m.toks[k]
	if m.rs == nil || t.end > len(m.rs) {
		return strings.HasSuffix(t.norm, "ه")
	}
	e := t.end
	for e > t.start && m.rs[e-1] >= 0x064B && m.rs[e-1] <= 0x0652 {
		e-- // tashkeel
	}
	return e > t.start && m.rs[e-1] == 'ة'
}

// arShortFuture are future verbs of four letters, which the length rule
// of arFutureVerb leaves out (سيصل، سيتم).
var arShortFuture = foldedSet("سيتم", "ستتم", "سيصل", "ستصل", "سنصل", "سيرد", "سترد", "سنرد", "سيحل", "ستحل", "سيظل", "ستظل", "سيقف", "سيعد", "ستعد")
