package timex

import "time"

// foldString folds a lexicon entry as tokenize folds text.
func foldString(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if f := foldRune(r); f != 0 {
			out = append(out, f)
		}
	}
	return string(out)
}

func foldedMap[V any](m map[string]V) map[string]V {
	out := make(map[string]V, len(m))
	for k, v := range m {
		out[foldString(k)] = v
	}
	return out
}

// Weekdays, Arabic and English.
var weekdays = foldedMap(map[string]time.Weekday{
	"الأحد": time.Sunday, "الاثنين": time.Monday, "الإثنين": time.Monday, "الثلاثاء": time.Tuesday,
	"الأربعاء": time.Wednesday, "الخميس": time.Thursday, "الجمعة": time.Friday, "السبت": time.Saturday,
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
})

// monthName is a month name, perhaps of two words ("كانون الثاني").
type monthName struct {
	month int
	// second is the folded second word of a two-word name, or "".
	second string
	// weak names are also common words ("مارس" practised, "May" the
	// verb, "آب" father): alone they need a date context.
	weak bool
	// abbr is set for abbreviations ("Nov."), which need a day or year.
	abbr bool
}

// months maps the first word of a Gregorian month name to its readings:
// Egyptian/Gulf (يناير), Levantine/Iraqi (كانون الثاني), Maghrebi (جانفي),
// Moroccan (شتنبر) and English.
var months = func() map[string][]monthName {
	m := map[string][]monthName{}
	add := func(name string, mn monthName) {
		k := foldString(name)
		mn.second = foldString(mn.second)
		m[k] = append(m[k], mn)
	}
	for i, n := range []string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"} {
		add(n, monthName{month: i + 1, weak: n == "مارس"})
	}
	for n, i := range map[string]int{"إبريل": 4, "ابريل": 4, "يونيه": 6, "يوليه": 7, "اغسطس": 8, "أكتوبر": 10, "اكتوبر": 10,
		"غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12, "أغشت": 8} {
		add(n, monthName{month: i})
	}
	// Maghrebi (Algeria, Tunisia).
	for n, i := range map[string]int{"جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "جوان": 6, "جويلية": 7, "جويليه": 7, "أوت": 8} {
		add(n, monthName{month: i})
	}
	add("ماي", monthName{month: 5, weak: true})
	// Levantine and Iraqi.
	add("كانون", monthName{month: 1, second: "الثاني"})
	add("كانون", monthName{month: 12, second: "الأول"})
	add("تشرين", monthName{month: 10, second: "الأول"})
	add("تشرين", monthName{month: 11, second: "الثاني"})
	for n, i := range map[string]int{"شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "أيلول": 9} {
		add(n, monthName{month: i, weak: n == "نيسان" || n == "تموز"})
	}
	add("آب", monthName{month: 8, weak: true})
	// English.
	for i, n := range []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		add(n, monthName{month: i + 1, weak: n == "may" || n == "march"})
	}
	for n, i := range map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		add(n, monthName{month: i, abbr: true})
	}
	return m
}()

// hijriMonths maps the first word of a Hijri month name to its readings.
var hijriMonths = func() map[string][]monthName {
	m := map[string][]monthName{}
	add := func(name, second string, month int) {
		k := foldString(name)
		m[k] = append(m[k], monthName{month: month, second: foldString(second)})
	}
	add("محرم", "", 1)
	add("صفر", "", 2)
	add("ربيع", "الأول", 3)
	add("ربيع", "الثاني", 4)
	add("ربيع", "الآخر", 4)
	add("جمادى", "الأولى", 5)
	add("جمادى", "الآخرة", 6)
	add("جمادى", "الثانية", 6)
	add("جمادي", "الأولى", 5)
	add("جمادي", "الآخرة", 6)
	add("رجب", "", 7)
	add("شعبان", "", 8)
	add("رمضان", "", 9)
	add("شوال", "", 10)
	add("ذو", "القعدة", 11)
	add("ذي", "القعدة", 11)
	add("ذو", "الحجة", 12)
	add("ذي", "الحجة", 12)
	return m
}()

// arOrdinals are day ordinals before "من" + month: "الأول من أبريل".
// Days 11-19 add عشر ("التاسع عشر"), 21-29 and 31 add والعشرين /
// والثلاثين ("الثاني والعشرين"); see arOrdinalAt.
var arOrdinals = foldedMap(map[string]int{
	"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5,
	"السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10,
	"العشرين": 20, "الثلاثين": 30,
})

// arUnitOrdinals are the unit ordinals that open a compound day ordinal
// (الحادي عشر، الواحد والعشرين).
var arUnitOrdinals = foldedMap(map[string]int{
	"الحادي": 1, "الواحد": 1, "الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5,
	"السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9,
})

// arTens are the tens of a compound day ordinal, after the unit.
var arTens = foldedMap(map[string]int{"عشر": 10, "عشرة": 10, "والعشرين": 20, "والعشرون": 20, "والثلاثين": 30, "والثلاثون": 30})

// enOrdinals are English day ordinals in words ("the first of May",
// "the twenty-second of June"); the tens come first in compounds.
var enOrdinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
	"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
	"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

// enTens open a compound English ordinal ("twenty-first", "thirty first").
var enTens = map[string]int{"twenty": 20, "thirty": 30}

// enCountNouns after a number make it a count, not a year: "2000 people".
var enCountNouns = foldedSet("people", "persons", "troops", "soldiers", "civilians", "residents", "workers",
	"migrants", "refugees", "members", "protesters", "demonstrators", "dollars", "euros", "pounds", "tonnes",
	"tons", "barrels", "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "cases", "deaths",
	"votes", "homes", "houses", "families", "children", "students", "prisoners", "police", "officers", "jobs",
	"words", "pages", "vehicles", "cars", "rockets", "missiles", "drones", "times", "units", "patients", "beds")

// Relative words. The values are the unit's offset from publication.
var (
	// pastWords after a unit or name: "الأسبوع الماضي", "سبتمبر الماضي".
	pastWords = foldedSet("الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "السابق", "السابقة")
	// nextWords after a unit or name: "الأسبوع المقبل".
	nextWords = foldedSet("المقبل", "المقبلة", "القادم", "القادمة", "التالي")
	// thisWords after a unit: "الأسبوع الجاري".
	thisWords = foldedSet("الجاري", "الجارية", "الحالي", "الحالية")
	// partOfDay words before a weekday: "مساء الأحد", "ليلة الثلاثاء".
	arPartOfDay = foldedSet("مساء", "صباح", "فجر", "ليلة", "ليل", "ظهر", "عصر", "صبيحة", "ظهيرة", "منتصف", "غداة", "نهار", "فجرا", "مساءا", "صباحا")
	enPartOfDay = foldedSet("morning", "afternoon", "evening", "night", "overnight")
	// Arabic words that introduce a bare month or year: "في سبتمبر".
	arMonthCue = foldedSet("في", "منذ", "خلال", "حتى", "بحلول", "شهر", "مطلع", "أوائل", "أواخر", "منتصف", "نهاية", "بداية", "مطلع", "أول", "آخر", "قبل", "بعد", "أواسط", "من")
	enMonthCue = foldedSet("in", "since", "during", "until", "till", "by", "through", "from", "early", "late", "mid", "last", "next", "this", "of", "before", "after", "throughout")
	// Words before a year that make a bare number a year.
	arYearWords = foldedSet("عام", "العام", "سنة", "السنة", "لعام", "للعام")
	enYearCue   = foldedSet("in", "since", "by", "until", "till", "from", "during", "before", "after", "of", "through", "year")
	// Unit words.
	arWeek      = foldedSet("الأسبوع", "الاسبوع")
	arMonth     = foldedSet("الشهر")
	arYear      = foldedSet("العام", "السنة")
	arDays      = foldedSet("أيام", "ايام", "يوما", "يوم")
	enDays      = foldedSet("days", "day")
	numberWords = foldedMap(map[string]int{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
		"a": 1, "an": 1,
		"ثلاثة": 3, "أربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8, "تسعة": 9, "عشرة": 10,
	})
)

// lexWords holds every word of every set and table, so that tokens that
// are none of them are skipped quickly.
var lexWords = map[string]bool{}

// wordSet is a set of folded words made by foldedSet: one bit of the
// tokens' sets (matcher.in tests it).
type wordSet uint64

// setBits holds the sets of each folded word; numSets counts the sets.
var (
	setBits = map[string]wordSet{}
	numSets int
)

func foldedSet(ws ...string) wordSet {
	if numSets == 64 {
		panic("timex: more than 64 word sets")
	}
	s := wordSet(1) << numSets
	numSets++
	for _, w := range ws {
		f := foldString(w)
		setBits[f] |= s
		lexWords[f] = true
	}
	return s
}

func init() {
	for k := range weekdays {
		lexWords[k] = true
	}
	for k := range months {
		lexWords[k] = true
	}
	for k := range hijriMonths {
		lexWords[k] = true
	}
	for k := range numberWords {
		lexWords[k] = true
	}
	for _, m := range []map[string]int{arOrdinals, arUnitOrdinals, arTens, enOrdinals, enTens} {
		for k := range m {
			lexWords[k] = true
		}
	}
	for k := range lexWords {
		wordClass[k] = wordEntry{sets: setBits[k], lex: true}
	}
	for k := range startWords {
		e := wordClass[k]
		e.start = true
		wordClass[k] = e
	}
}

// wordClass holds lexWords, setBits and startWords in one map, so that
// a token's form needs one look-up for all.
var wordClass = map[string]wordEntry{}

// wordEntry is what wordClass knows of a folded word.
type wordEntry struct {
	sets  wordSet
	lex   bool // in lexWords
	start bool // in startWords
}
