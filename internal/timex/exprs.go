package timex

import (
	"strings"
	"time"
)

// rules are tried in order at each token; the first that matches wins.
//
// A rule matches only from a token that is a word of the lexicon
// (token.known: every matcher.in and matcher.lookup needs one), starts
// with a digit (days, years, numeric dates), or is one of startWords,
// which the rules test as written (matcher.is, arOrdinals): Find skips
// every other token. TestStartTokens checks this on the tests' texts.
var rules = []func(m *matcher, i int) (match, bool){
	(*matcher).numericDate,
	(*matcher).calendarDate,
	(*matcher).hijriDate,
	(*matcher).weekdayExpr,
	(*matcher).relativeDay,
	(*matcher).unitExpr,
	(*matcher).yearExpr,
}

// startWords are the words not in lexWords that a rule reads at the
// token it starts from: "on Tuesday", "the next year", "today", "الأول
// من أبريل".
var startWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"late", "early", "earlier", "later", "on", "last", "next", "this",
		"today", "tonight", "yesterday", "tomorrow", "the", "coming", "upcoming"} {
		m[foldString(w)] = true
	}
	for w := range numberWords {
		m[w] = true
	}
	for w := range arOrdinals {
		m[w] = true
	}
	return m
}()

// adjacent reports whether tokens i and i+1 touch (no space between).
func (m *matcher) adjacent(i int) bool {
	return i+1 < len(m.toks) && m.toks[i].end == m.toks[i+1].start
}

// numericDate reads "2019-11-19" and "19/11/2019" (day first unless the
// day cannot be a month's day or the text is English and both fit).
func (m *matcher) numericDate(i int) (match, bool) {
	t := m.toks[i]
	if t.num < 0 || i+4 >= len(m.toks) || !m.adjacent(i) || !m.adjacent(i+1) || !m.adjacent(i+2) || !m.adjacent(i+3) {
		return match{}, false
	}
	a, b, c := t, m.toks[i+2], m.toks[i+4]
	if b.num < 0 || c.num < 0 {
		return match{}, false
	}
	sep := m.w(i + 1)
	if m.w(i+3) != sep || (sep != "-" && sep != "/" && sep != ".") {
		return match{}, false
	}
	var y, mo, d int
	switch {
	case a.ndigits == 4 && b.ndigits <= 2 && c.ndigits <= 2:
		y, mo, d = a.num, b.num, c.num
	case c.ndigits == 4 && a.ndigits <= 2 && b.ndigits <= 2:
		y, d, mo = c.num, a.num, b.num
		if mo > 12 || (m.isLatinText() && a.num <= 12 && sep == "/") {
			d, mo = mo, d
		}
	default:
		return match{}, false
	}
	if !validDate(y, mo, d) {
		return match{}, false
	}
	return match{start: i, end: i + 5, value: fmtDay(time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)), year: y}, true
}

// isLatinText reports whether the text is mostly in Latin script (US date
// order m/d/y).
func (m *matcher) isLatinText() bool { return m.latin }

// calendarDate reads Gregorian dates with a month name: "19 November
// 2019", "9 نيسان/أبريل 2024", "November 19, 2019", "Nov. 19", "أبريل
// 2024", "in August 2016", "سبتمبر/أيلول الماضي", "في سبتمبر".
func (m *matcher) calendarDate(i int) (match, bool) {
	j := i
	// Day first: "19 November", "9 من أبريل", "the 19th of November",
	// "الأول من أبريل".
	d, ok := m.dayAt(j)
	k := j + 1
	if !ok {
		// a day ordinal in words: "التاسع عشر من أيار", "the first of May"
		if d, k, ok = m.ordinalAt(j); ok && !m.is(k, "من", "of") {
			return match{}, false
		}
	}
	if ok {
		if m.is(k, "من", "of") {
			k++
			if m.in(k, setShahr) {
				k++ // "الثالث عشر من شهر أكتوبر"
			}
		}
		if mo, end, _, _, ok := m.monthAt(k); ok {
			return m.finishDate(i, end, d, mo)
		}
		if dir := m.relDir(k + 1); m.in(k, arMonth) && dir != 0 && m.hasPub && m.is(k-1, "من") {
			// "العاشر من الشهر الجاري", "15 من الشهر الماضي"
			off := dir
			if dir == 2 {
				off = 0
			}
			t := time.Date(m.pub.Year(), m.pub.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
			if !validDate(t.Year(), int(t.Month()), d) {
				return match{}, false
			}
			return match{start: i, end: k + 2, value: fmtDay(t.AddDate(0, 0, d-1))}, true
		}
		return match{}, false
	}
	mo, end, strong, abbr, ok := m.monthAt(j)
	if !ok {
		return match{}, false
	}
	// Month first: "November 19, 2019", "Nov. 19".
	if d, ok := m.dayAt(end); ok && !(end+1 < len(m.toks) && m.toks[end+1].punct && m.toks[end+1].norm == ":") {
		if _, _, isYear := m.yearAt(end); !isYear {
			return m.finishDate(i, end+1, d, mo)
		}
	}
	// Month and year: "August 2016", "آب/أغسطس 2016".
	k = end
	if m.punct(k, ",") {
		k++
	}
	if y, e, ok := m.yearAt(k); ok {
		return match{start: i, end: e, value: fmtMonth(y, mo), year: y}, true
	}
	if abbr {
		return match{}, false
	}
	// Month alone: needs a cue before it, a past/next word after it, or a
	// paired name, unless the name is strong and Arabic.
	cue := m.in(i-1, arMonthCue) || (m.isLatin(i) && m.in(i-1, enMonthCue)) ||
		(m.punct(i-1, "-") && m.is(i-2, "mid")) // mid-March
	if m.relDir(end) == 0 && !cue && !(strong && !m.isLatin(i) && end-i > 1) {
		return match{}, false
	}
	if !m.hasPub {
		return match{}, false
	}
	var dir int
	dir, end = m.yearDir(i, end)
	if m.isLatin(i) && m.is(i-1, "last") {
		dir = -1
	} else if m.isLatin(i) && m.is(i-1, "next") {
		dir = 1
	}
	return match{start: i, end: end, value: fmtMonth(yearOfMonth(m.pub, mo, dir), mo)}, true
}

// finishDate completes a date with day and month read up to token end: an
// optional year follows ("19 November 2019", "November 19, 2019"),
// else the year comes from publication.
func (m *matcher) finishDate(start, end, d, mo int) (match, bool) {
	k := end
	if m.punct(k, ",") {
		k++
	}
	if y, e, ok := m.yearAt(k); ok {
		if !validDate(y, mo, d) {
			return match{}, false
		}
		return match{start: start, end: e, value: fmtDay(time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)), year: y}, true
	}
	if !m.hasPub {
		return match{}, false
	}
	var dir int
	dir, end = m.yearDir(start, end)
	y := yearOfMonth(m.pub, mo, dir)
	if !validDate(y, mo, d) {
		return match{}, false
	}
	return match{start: start, end: end, value: fmtDay(time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC))}, true
}

// hijriDate reads Hijri dates: "15 رمضان 1445 هـ", "رمضان 1445 هـ", "1
// محرم 1445", and a day without a year ("الأول من رمضان", "27 رمضان
// المقبل"), whose year is the nearest one (hijriYearOf). A Hijri month
// name alone is not a date (رجب and صفر are also a name and zero).
func (m *matcher) hijriDate(i int) (match, bool) {
	j := i
	d, hasDay := m.dayAt(j)
	min := false // the day is joined by من: "الأول من رمضان"
	if hasDay {
		j++
	} else if od, k, ok := m.ordinalAt(j); ok && m.is(k, "من") {
		d, hasDay, j = od, true, k
	}
	if hasDay && m.is(j, "من") {
		j++
		min = true
		if m.in(j, setShahr) {
			j++
		}
	}
	mo, end, _, _, ok := m.nameAt(j, hijriMonths)
	if !ok {
		return match{}, false
	}
	if hasDay && d <= 30 && (end >= len(m.toks) || m.toks[end].ndigits != 4 && !yearMarked(m.toks[end].norm)) {
		// no year: "الأول من رمضان", "15 شعبان" (not "3 صفر", zero)
		if !m.hasPub || !min && (mo == 2 || mo == 7) {
			return match{}, false
		}
		var dir int
		dir, end = m.yearDir(i, end)
		g := hijriToGregorian(hijriYearOf(m.pub, mo, d, dir), mo, d)
		return match{start: i, end: end, value: fmtDay(g), kind: hijriDay}, true
	}
	if end >= len(m.toks) {
		return match{}, false
	}
	t := m.toks[end]
	y, marked := t.num, false
	if yearMarked(t.norm) {
		y, marked = atoi(t.norm[:4]), true // "1445هـ"
	} else if t.ndigits != 4 {
		return match{}, false
	}
	if y < 1300 || y > 1600 {
		return match{}, false
	}
	end++
	if m.is(end, "ه", "هـ", "هجري", "هجريه", "للهجره") {
		end++
		marked = true
	}
	if !hasDay && !marked {
		return match{}, false
	}
	if hasDay {
		if d > 30 {
			return match{}, false
		}
		g := hijriToGregorian(y, mo, d)
		return match{start: i, end: end, value: fmtDay(g), year: g.Year(), kind: hijriDay}, true
	}
	g := hijriToGregorian(y, mo, 15)
	return match{start: i, end: end, value: fmtMonth(g.Year(), int(g.Month())), year: g.Year()}, true
}

// yearMarked reports whether a folded token is a Hijri year with its
// mark attached ("1445هـ").
func yearMarked(n string) bool {
	return len(n) == 6 && isDigits(n[:4]) && n[4:] == "ه"
}

// ordinalAt reads a day ordinal in words at token i and returns the day
// and the token after it: Arabic "الأول", "التاسع عشر", "الثاني
// والعشرين", "الثلاثين"; English "first", "twenty-second", "thirty
// first".
func (m *matcher) ordinalAt(i int) (day, end int, ok bool) {
	if m.isLatin(i) {
		w := m.w(i)
		if d, ok := enOrdinals[w]; ok {
			return d, i + 1, true
		}
		if t, ok := enTens[w]; ok {
			k := i + 1
			if m.punct(k, "-") {
				k++
			}
			if d, ok := enOrdinals[m.w(k)]; ok && d < 10 && t+d <= 31 {
				return t + d, k + 1, true
			}
		}
		return 0, i, false
	}
	var unit int
	found := m.lookup(i, func(s string) bool {
		unit, ok = arUnitOrdinals[s]
		return ok
	})
	if found {
		if t, ok := arTens[m.w(i+1)]; ok && t+unit <= 31 && !(unit == 1 && t == 10 && m.in(i, setAwwal)) {
			return t + unit, i + 2, true
		}
	}
	var d int
	if m.lookup(i, func(s string) bool {
		d, ok = arOrdinals[s]
		return ok
	}) {
		return d, i + 1, true
	}
	return 0, i, false
}

// hijriYearOf picks the Hijri year of a day and month named without one:
// the last such day before publication with dir < 0, the next one after
// it with dir > 0, the next one on or after it in a future clause (dir
// 3); otherwise the one within the coming two months, else the most
// recent past one.
func hijriYearOf(pub time.Time, mo, d, dir int) int {
	// the Hijri year running at publication, then its neighbours
	y := int(float64(pub.Unix()/86400+2440588-1948439)/354.367) + 1
	best := 0
	var bestT time.Time
	for _, c := range []int{y - 1, y, y + 1, y + 2} {
		g := hijriToGregorian(c, mo, d)
		days := int(g.Sub(pub).Hours() / 24)
		var ok bool
		switch {
		case dir < 0:
			ok = days < 0 && (best == 0 || g.After(bestT))
		case dir == 3:
			ok = days >= 0 && (best == 0 || g.Before(bestT))
		case dir > 0:
			ok = days > 0 && (best == 0 || g.Before(bestT))
		default:
			ok = days <= 60 && (best == 0 || g.After(bestT))
		}
		if ok {
			best, bestT = c, g
		}
	}
	if best == 0 {
		return y
	}
	return best
}

// weekdayExpr reads weekday expressions: "on Tuesday", "Tuesday night",
// "late on Wednesday", "last Sunday", "يوم الثلاثاء", "مساء الأحد", "فجر
// الأحد الماضي", "في وقت سابق من يوم الثلاثاء", "أمس الجمعة", "اليوم
// السبت".
func (m *matcher) weekdayExpr(i int) (match, bool) {
	if !m.hasPub {
		return match{}, false
	}
	j := i
	mode := onOrBefore
	rel, hasRel := 0, false
	if m.isLatin(j) {
		switch {
		case m.is(j, "late", "early", "earlier", "later"):
			j++
			if m.is(j, "on") {
				j++
			}
		case m.is(j, "on"):
			j++
		case m.is(j, "last"):
			mode = strictBefore
			j++
		case m.is(j, "next"):
			mode = strictAfter
			j++
		case m.is(j, "this") && m.is(j+1, "coming"):
			mode = strictAfter // this coming Tuesday
			j += 2
		case m.is(j, "coming"):
			mode = strictAfter
			j++
		case m.is(j, "this"):
			j++
		}
	} else {
		// "في وقت سابق من", "وقت لاحق من".
		if m.in(j, setFi) && m.in(j+1, setWaqt) {
			j++
		}
		if m.in(j, setWaqt) && m.is(j+1, "سابق", "لاحق", "متاخر", "مبكر") {
			j += 2
			if m.is(j, "من") {
				j++
			}
		}
		for n := 0; n < 2 && m.in(j, arPartOfDay); n++ {
			j++ // "مساء أمس", "منتصف ليل"
		}
		if r, ok := m.relWord(j); ok {
			rel, hasRel = r, true
			j++
		}
		for n := 0; n < 2 && m.in(j, arPartOfDay); n++ {
			j++
		}
		if m.in(j, setYawm) {
			j++
		}
	}
	wd, ok := m.weekdayAt(j)
	if !ok {
		return match{}, false
	}
	j++
	if m.isLatin(j - 1) {
		if m.in(j, enPartOfDay) {
			j++
		}
	} else {
		switch m.relDir(j) {
		case -1:
			mode = strictBefore
			j++
		case 1:
			mode = strictAfter
			j++
		}
	}
	// A full date after the weekday: "الثلاثاء 9 أبريل", "Tuesday, Nov. 19".
	k := j
	if m.punct(k, ",") {
		k++
	}
	if cm, ok := m.calendarDate(k); ok && len(cm.value) == len("2006-01-02") {
		return match{start: i, end: cm.end, value: cm.value, year: cm.year}, true
	}
	if hasRel {
		return match{start: i, end: j, value: fmtDay(m.pub.AddDate(0, 0, rel))}, true
	}
	if mode == onOrBefore && (m.futureBefore(i) || m.isLatin(j-1) && m.modalAhead(i)) {
		mode = onOrAfter
		if !m.isLatin(j - 1) {
			// Arabic names the publication day اليوم: a future verb with
			// the bare weekday means the coming one (سيلتقي يوم الثلاثاء)
			mode = strictAfter
		}
	}
	return match{start: i, end: j, value: fmtDay(weekday(m.pub, wd, mode)), kind: weekdayDay}, true
}

// relWord reads an Arabic word for a day relative to publication at token
// i: اليوم 0, أمس -1, غدا +1.
func (m *matcher) relWord(i int) (int, bool) {
	switch {
	case m.in(i, setToday):
		return 0, true
	case m.in(i, setYesterday):
		return -1, true
	case m.in(i, setTomorrow):
		return 1, true
	}
	return 0, false
}

// relativeDay reads days relative to publication: today, yesterday,
// tomorrow, last night, two days ago, أمس, أمس الأول, أول أمس, غدا, بعد
// غد, قبل يومين, صباح اليوم. A bare "اليوم" is left out: it often means
// "nowadays".
func (m *matcher) relativeDay(i int) (match, bool) {
	if !m.hasPub {
		return match{}, false
	}
	day := func(end, k int) (match, bool) {
		return match{start: i, end: end, value: fmtDay(m.pub.AddDate(0, 0, k))}, true
	}
	// spoken marks "today" inside a quotation as the day of speaking
	// (anchorDays).
	spoken := func(mt match, ok bool) (match, bool) {
		if m.toks[i].quoted {
			mt.kind = speechDay
		}
		return mt, ok
	}
	if m.isLatin(i) {
		switch {
		case m.is(i, "today", "tonight"):
			return spoken(day(i+1, 0))
		case m.is(i, "yesterday"):
			return day(i+1, -1)
		case m.is(i, "tomorrow"):
			return day(i+1, 1)
		case m.is(i, "last") && m.is(i+1, "night"):
			return day(i+2, -1)
		case m.is(i, "this") && m.in(i+1, enPartOfDay):
			return day(i+2, 0)
		case m.is(i, "the") && m.is(i+1, "day") && m.is(i+2, "before") && m.is(i+3, "yesterday"):
			return day(i+4, -2)
		}
		if n, ok := m.count(i); ok && m.in(i+1, enDays) && m.is(i+2, "ago") {
			return day(i+3, -n)
		}
		return match{}, false
	}
	switch {
	case m.in(i, setAwwal) && m.is(i+1, "من") && m.in(i+2, setAms):
		return day(i+3, -2)
	case m.in(i, setAwwal) && m.in(i+1, setAms):
		return day(i+2, -2)
	case m.in(i, setYesterday):
		if m.is(i+1, "الاول") {
			return day(i+2, -2)
		}
		return day(i+1, -1)
	case m.in(i, setYawm) && m.in(i+1, setAms):
		return day(i+2, -1)
	case m.in(i, setBaad) && m.is(i+1, "غد"):
		return day(i+2, 2)
	case m.in(i, setYawm) && m.is(i+1, "غد"):
		return day(i+2, 1)
	case m.in(i, setGhadan):
		return day(i+1, 1)
	case m.in(i, setLaila) && m.in(i+1, pastWords):
		return day(i+2, -1)
	case m.in(i, arPartOfDay) && m.is(i+1, "اليوم"):
		return day(i+2, 0)
	case m.in(i, setToday) && m.toks[i].quoted && m.todayInQuote(i):
		return spoken(day(i+1, 0))
	case m.in(i, arPartOfDay) && m.in(i+1, setYesterday):
		return day(i+2, -1)
	case m.in(i, arPartOfDay) && m.is(i+1, "الغد", "غد"):
		return day(i+2, 1)
	case m.in(i, setFi) && m.is(i+1, "وقت") && m.is(i+2, "سابق", "لاحق") && m.is(i+3, "من") && m.is(i+4, "اليوم"):
		return day(i+5, 0)
	case m.in(i, setAgo) && m.is(i+1, "يومين"):
		return day(i+2, -2)
	case m.in(i, setAgo):
		if n, ok := m.count(i + 1); ok && n >= 3 && n <= 10 && m.in(i+2, arDays) {
			return day(i+3, -n)
		}
	}
	return match{}, false
}

// todayInQuote reports whether a bare اليوم at token i, inside a
// quotation, is the day the speaker speaks ("سنلتقي اليوم"، «اليوم هو
// يوم تاريخي») rather than "nowadays" after a noun or pronoun ("العالم
// اليوم"، "نحن اليوم") or a day named by what follows ("اليوم التالي"،
// "ذلك اليوم"، "حتى اليوم").
func (m *matcher) todayInQuote(i int) bool {
	if i > 0 && i+1 < len(m.toks) && m.toks[i-1].punct && m.toks[i+1].punct &&
		strings.ContainsRune("«“„\"", m.rs[m.toks[i-1].start]) && strings.ContainsRune("»”\"", m.rs[m.toks[i+1].start]) {
		return false // «اليوم» alone in marks: a name (the newspaper)
	}
	if p := m.w(i - 1); p != "" && !m.toks[i-1].punct {
		if strings.HasPrefix(p, "ال") || strings.HasPrefix(p, "وال") || m.in(i-1, todayBlockers) {
			return false
		}
	}
	if i+1 < len(m.toks) && !m.toks[i+1].punct {
		if n := m.w(i + 1); strings.HasPrefix(n, "ال") || m.in(i+1, todayAfter) {
			return false
		}
	}
	return true
}

// todayBlockers before اليوم make it "nowadays" or another day;
// todayAfter after it.
var (
	todayBlockers = foldedSet("نحن", "انا", "هم", "هو", "هي", "انتم", "ذلك", "تلك", "هذا", "حتى", "الى", "منذ", "لحد", "لغايه")
	todayAfter    = foldedSet("نفسه", "ذاته", "عينه")
)

// count reads a small number at token i: a digit or a number word.
func (m *matcher) count(i int) (int, bool) {
	if i < 0 || i >= len(m.toks) {
		return 0, false
	}
	if t := m.toks[i]; t.num >= 1 && t.num <= 31 {
		return t.num, true
	}
	n, ok := numberWords[m.w(i)]
	return n, ok
}

// unitExpr reads weeks, months and years relative to publication: last
// week, this month, earlier this month, next year, the next year (after a
// stated year), الأسبوع الماضي, هذا الشهر, العام المقبل, مطلع الشهر
// الجاري.
func (m *matcher) unitExpr(i int) (match, bool) {
	if m.isLatin(i) {
		return m.unitEn(i)
	}
	return m.unitAr(i)
}

func (m *matcher) unitEn(i int) (match, bool) {
	j := i
	if m.is(j, "earlier", "later", "early", "late") {
		j++
		if m.is(j, "in") {
			j++
		}
	}
	// "the next year", "the following year", "the previous year".
	if m.is(j, "the") && m.is(j+2, "year") {
		k := 0
		switch {
		case m.is(j+1, "next", "following"):
			k = 1
		case m.is(j+1, "previous"):
			k = -1
		default:
			return match{}, false
		}
		if m.lastYear == 0 {
			return match{}, false
		}
		return match{start: i, end: j + 3, value: fmtYear(m.lastYear + k)}, true
	}
	k := 0
	switch {
	case m.is(j, "last"):
		k = -1
	case m.is(j, "next"):
		k = 1
	case m.is(j, "this"):
	default:
		return match{}, false
	}
	return m.unitValue(i, j+1, k, m.w(j+1))
}

func (m *matcher) unitAr(i int) (match, bool) {
	j := i
	// Modifiers: "في وقت سابق من", "مطلع", "أواخر", "خلال".
	if m.in(j, setFi) && m.is(j+1, "وقت") && m.is(j+2, "سابق", "لاحق") && m.is(j+3, "من") {
		j += 4
	} else if m.in(j, setPeriodEdge) {
		j++
	}
	// "هذا الأسبوع", "هذه السنة".
	if m.in(j, setThis) {
		unit := unitOf(m, j+1)
		if unit == "" {
			return match{}, false
		}
		return m.unitValue(i, j+1, 0, unit)
	}
	unit := unitOf(m, j)
	if unit == "" {
		return match{}, false
	}
	switch m.relDir(j + 1) {
	case -1:
		return m.unitValue(i, j, -1, unit, 1)
	case 1:
		return m.unitValue(i, j, 1, unit, 1)
	case 2:
		return m.unitValue(i, j, 0, unit, 1)
	}
	return match{}, false
}

// unitOf names the unit of Arabic token i: "week", "month", "year" or "".
func unitOf(m *matcher, i int) string {
	switch {
	case m.in(i, arWeek):
		return "week"
	case m.in(i, arMonth):
		return "month"
	case m.in(i, arYear):
		return "year"
	}
	return ""
}

// unitValue resolves k units from publication for the unit word at token
// u; the match ends after u and extra more tokens.
func (m *matcher) unitValue(start, u, k int, unit string, extra ...int) (match, bool) {
	if !m.hasPub {
		return match{}, false
	}
	end := u + 1
	for _, e := range extra {
		end += e
	}
	switch unit {
	case "week":
		return match{start: start, end: end, value: fmtWeek(m.pub.AddDate(0, 0, 7*k))}, true
	case "month":
		return match{start: start, end: end, value: monthOffset(m.pub, k)}, true
	case "year":
		return match{start: start, end: end, value: fmtYear(m.pub.Year() + k)}, true
	}
	return match{}, false
}

// yearExpr reads years: "عام 2022", "منذ عام 2014", "في 2022", "in 2016",
// "since 2016", "2022م", and in English text a bare year ("the 1967
// war"). Decades ("the 1990s") are left out.
func (m *matcher) yearExpr(i int) (match, bool) {
	j := i
	if m.isLatin(j) {
		if m.in(j, enYearCue) {
			j++
		}
	} else {
		if m.in(j, setYearPrep) {
			j++
		}
		if m.in(j, arYearWords) {
			j++
		}
	}
	y, end, ok := m.yearAt(j)
	if !ok {
		return match{}, false
	}
	bare := j == i
	if bare {
		t := m.toks[j]
		if t.num < 1900 || t.num > 2100 {
			return match{}, false
		}
		// A bare number is a year in Latin text, or with م in Arabic.
		if !m.latin && end == j+1 {
			return match{}, false
		}
		if m.punct(j-1, "$") || m.punct(j-1, "£") || m.punct(j-1, "€") || m.punct(end, "%") {
			return match{}, false
		}
		if m.latin && m.in(end, enCountNouns) {
			return match{}, false // "2000 people"
		}
		// Part of a numeric expression: "31/02/2023", "3.2023".
		if j > 0 && m.adjacent(j-1) && m.toks[j-1].punct && strings.Contains("/-.:", m.toks[j-1].norm) {
			return match{}, false
		}
	}
	if m.punct(end, "-") && end+1 < len(m.toks) && m.toks[end+1].num >= 0 {
		return match{}, false // a range or an ISO date handled elsewhere
	}
	return match{start: i, end: end, value: fmtYear(y), year: y}, true
}

// Word sets of the rules above.
var (
	setLaila      = foldedSet("الليله")
	setToday      = foldedSet("اليوم")
	setAms        = foldedSet("امس")
	setYesterday  = foldedSet("امس", "الامس", "البارحه")
	setAwwal      = foldedSet("اول")
	setBaad       = foldedSet("بعد")
	setGhadan     = foldedSet("غدا")
	setTomorrow   = foldedSet("غدا", "الغد")
	setFi         = foldedSet("في")
	setAgo        = foldedSet("قبل", "منذ")
	setPeriodEdge = foldedSet("مطلع", "اوائل", "اواخر", "منتصف", "نهايه", "بدايه", "اواسط", "مطلع")
	setYearPrep   = foldedSet("منذ", "في", "حتى", "بحلول", "خلال", "قبل", "بعد", "مطلع", "اواخر", "نهايه", "بدايه", "منتصف")
	setThis       = foldedSet("هذا", "هذه")
	setWaqt       = foldedSet("وقت")
	setYawm       = foldedSet("يوم")
	setShahr      = foldedSet("شهر")
)
