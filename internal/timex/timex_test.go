package timex

import (
	"context"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
)

// A case lists the expressions expected in text published on pub, as
// "span=value", in order. Anything else found is an error.
type tcase struct {
	name, pub, text string
	want            []string
}

func runCases(t *testing.T, cases []tcase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Find(tc.text, tc.pub)
			if err != nil {
				t.Fatal(err)
			}
			var g []string
			for _, d := range got {
				if doc.Runes(tc.text, d.Start, d.End) != d.Text {
					t.Errorf("span [%d,%d) is %q, Text %q", d.Start, d.End, doc.Runes(tc.text, d.Start, d.End), d.Text)
				}
				g = append(g, d.Text+"="+d.Value)
			}
			if strings.Join(g, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("Find(%q, %q)\n got: %q\nwant: %q", tc.text, tc.pub, g, tc.want)
			}
		})
	}
}

// 2024-04-09 is a Tuesday in ISO week 15.
const pub = "2024-04-09"

func TestArabic(t *testing.T) {
	runCases(t, []tcase{
		{"weekday with يوم", pub, "التقى الوزيران يوم الثلاثاء في بكين.", []string{"يوم الثلاثاء=2024-04-09"}},
		{"bare weekday", pub, "وقال في بيان الأحد إن المحادثات مستمرة.", []string{"الأحد=2024-04-07"}},
		{"weekday with clitic", pub, "ووصل والخميس الوفد.", []string{"والخميس=2024-04-04"}},
		{"part of day", pub, "وقع الانفجار مساء الأحد قرب السوق.", []string{"مساء الأحد=2024-04-07"}},
		{"dawn", pub, "غرق القارب فجر الاثنين.", []string{"فجر الاثنين=2024-04-08"}},
		{"night of", pub, "اندلعت الاشتباكات ليلة الثلاثاء.", []string{"ليلة الثلاثاء=2024-04-09"}},
		{"last weekday strictly before", pub, "وصل الأحد الماضي، وغادر الثلاثاء الماضي.", []string{"الأحد الماضي=2024-04-07", "الثلاثاء الماضي=2024-04-02"}},
		{"next weekday", pub, "يعقد الاجتماع الخميس المقبل.", []string{"الخميس المقبل=2024-04-11"}},
		{"future marker", pub, "وسوف يزور الرئيس القاهرة يوم الخميس.", []string{"يوم الخميس=2024-04-11"}},
		{"earlier on", pub, "وعقد مؤتمرا صحفيا في وقت سابق من يوم الثلاثاء.", []string{"في وقت سابق من يوم الثلاثاء=2024-04-09"}},
		{"earlier without من", pub, "وفي وقت سابق السبت، التقى الوزيران.", []string{"وفي وقت سابق السبت=2024-04-06"}},
		{"yesterday with weekday", pub, "وأمس الاثنين، وصل الوفد.", []string{"وأمس الاثنين=2024-04-08"}},
		{"today with weekday", pub, "استقبل الرئيس اليوم الثلاثاء الوزير.", []string{"اليوم الثلاثاء=2024-04-09"}},
		{"yesterday", pub, "وقال أمس إن الوضع صعب.", []string{"أمس=2024-04-08"}},
		{"day before yesterday", pub, "وصل أمس الأول، وغادر أول أمس.", []string{"أمس الأول=2024-04-07", "أول أمس=2024-04-07"}},
		{"tomorrow", pub, "يصل الوفد غداً إلى عمان، ويغادر بعد غد.", []string{"غداً=2024-04-10", "بعد غد=2024-04-11"}},
		{"this morning", pub, "أعلن صباح اليوم عن الاتفاق.", []string{"صباح اليوم=2024-04-09"}},
		{"bare today is nowadays", pub, "العلاقات الجيدة اليوم بين البلدين صعبة.", nil},
		{"days ago", pub, "وقع الحادث قبل يومين، والآخر قبل ثلاثة أيام.", []string{"قبل يومين=2024-04-07", "قبل ثلاثة أيام=2024-04-06"}},
		{"last week", pub, "في مكالمة هاتفية الأسبوع الماضي مع نظيره.", []string{"الأسبوع الماضي=2024-W14"}},
		{"next week", pub, "تبدأ المحادثات الأسبوع المقبل.", []string{"الأسبوع المقبل=2024-W16"}},
		{"this week", pub, "وصل هذا الأسبوع، والأسبوع الجاري حافل.", []string{"هذا الأسبوع=2024-W15", "والأسبوع الجاري=2024-W15"}},
		{"months", pub, "ارتفعت الأسعار الشهر الماضي، وتنخفض الشهر المقبل، ومطلع الشهر الجاري.", []string{"الشهر الماضي=2024-03", "الشهر المقبل=2024-05", "ومطلع الشهر الجاري=2024-04"}},
		{"this month", pub, "في وقت سابق من هذا الشهر.", []string{"في وقت سابق من هذا الشهر=2024-04"}},
		{"years", pub, "نما الاقتصاد العام الماضي، وهذا العام، والسنة المقبلة.", []string{"العام الماضي=2023", "وهذا العام=2024", "والسنة المقبلة=2025"}},
		{"secretary-general is not a year", pub, "وقال الأمين العام للأمم المتحدة إن الوضع خطير.", nil},
		{"year with عام", pub, "زار بكين لحضور الألعاب الأولمبية لعام 2022.", []string{"لعام 2022=2022"}},
		{"since year", pub, "سجل المشروع 20 ألف وفاة منذ عام 2014.", []string{"منذ عام 2014=2014"}},
		{"in year", pub, "وقعت الأزمة في 2008 وانتهت في العام 2010.", []string{"في 2008=2008", "في العام 2010=2010"}},
		{"year with م", pub, "تأسست الشركة سنة 1990م.", []string{"سنة 1990م=1990"}},
		{"bare number is not a year", pub, "شارك 2000 شخص في المسيرة.", nil},
		{"Arabic-Indic digits", pub, "وقع الاتفاق في ٩ أبريل ٢٠٢٣.", []string{"٩ أبريل ٢٠٢٣=2023-04-09"}},
		{"day month year", pub, "ولد في 15 أغسطس 1947 في المدينة.", []string{"15 أغسطس 1947=1947-08-15"}},
		{"levantine month", pub, "انتخب في 3 تشرين الثاني 2020 رئيسا.", []string{"3 تشرين الثاني 2020=2020-11-03"}},
		{"levantine months", pub, "بين شباط 2022 وكانون الأول 2023.", []string{"شباط 2022=2022-02", "وكانون الأول 2023=2023-12"}},
		{"maghrebi months", pub, "تنظم الانتخابات في جوان 2024، وانطلقت في 5 جانفي 2024.", []string{"جوان 2024=2024-06", "5 جانفي 2024=2024-01-05"}},
		{"paired slash", pub, "انتخبت في سبتمبر/أيلول الماضي.", []string{"سبتمبر/أيلول الماضي=2023-09"}},
		{"paired bracket", pub, "في 9 أبريل (نيسان) 2024 وقع الاتفاق.", []string{"9 أبريل (نيسان) 2024=2024-04-09"}},
		{"paired levantine first", pub, "في 7 نيسان/أبريل الجاري.", []string{"7 نيسان/أبريل الجاري=2024-04-07"}},
		{"month alone with cue", pub, "تجرى الانتخابات في يونيو، وجرت الأخرى في يناير.", []string{"يونيو=2024-06", "يناير=2024-01"}},
		{"month next", pub, "يزور الصين في مارس المقبل.", []string{"مارس المقبل=2025-03"}},
		{"verb مارس is not a month", pub, "مارس الرئيس ضغوطا على الحكومة.", nil},
		{"weekday and date", pub, "وصل الوفد يوم الثلاثاء 2 أبريل 2024 إلى عمان.", []string{"يوم الثلاثاء 2 أبريل 2024=2024-04-02"}},
		{"ordinal day", pub, "يبدأ العمل بالقانون في الأول من مايو.", []string{"الأول من مايو=2024-05-01"}},
		{"evening of yesterday", pub, "وقع الانفجار مساء أمس قرب الميناء، ومساء أمس الأحد.", []string{"مساء أمس=2024-04-08", "ومساء أمس الأحد=2024-04-08"}},
		{"midnight", pub, "بدأ القصف منتصف ليل الأحد.", []string{"منتصف ليل الأحد=2024-04-07"}},
		{"hijri attached mark", pub, "في 1 رمضان 1445هـ.", []string{"1 رمضان 1445هـ=2024-03-11"}},
		{"hijri date", pub, "في 1 رمضان 1445 هـ أعلن الصيام.", []string{"1 رمضان 1445 هـ=2024-03-11"}},
		{"hijri month year", pub, "خلال رمضان 1445 هـ.", []string{"رمضان 1445 هـ=2024-03"}},
		{"Rajab the name", pub, "استقبل الرئيس رجب طيب أردوغان ضيفه.", nil},
		{"vague left out", pub, "زار مؤخرا عدة دول، خلال العقد الماضي.", nil},
		{"no publication date", "", "التقى الوزيران يوم الثلاثاء الماضي في عام 2022.", []string{"في عام 2022=2022"}},
	})
}

func TestEnglish(t *testing.T) {
	runCases(t, []tcase{
		{"on weekday", pub, "The ministers met on Tuesday in Beijing.", []string{"on Tuesday=2024-04-09"}},
		{"bare weekday", pub, "Officials said Monday that talks would go on.", []string{"Monday=2024-04-08"}},
		{"possessive weekday", pub, "During Sunday’s debate, he spoke.", []string{"Sunday=2024-04-07"}},
		{"weekday night", pub, "In Sunday night's raid, three died.", []string{"Sunday night=2024-04-07"}},
		{"late weekday", pub, "Officials said late Thursday and late on Friday.", []string{"late Thursday=2024-04-04", "late on Friday=2024-04-05"}},
		{"last weekday", pub, "He arrived last Tuesday.", []string{"last Tuesday=2024-04-02"}},
		{"next weekday", pub, "They meet next Tuesday.", []string{"next Tuesday=2024-04-16"}},
		{"future weekday", pub, "The minister will travel to Paris on Thursday.", []string{"on Thursday=2024-04-11"}},
		{"past tense then future", pub, "He said on Thursday that he will resign.", []string{"on Thursday=2024-04-04"}},
		{"lower case is not a weekday", pub, "a sunday school", nil},
		{"relative days", pub, "Yesterday he left; today he spoke; tomorrow he returns.", []string{"Yesterday=2024-04-08", "today=2024-04-09", "tomorrow=2024-04-10"}},
		{"last night", pub, "The helicopter was shot down last night.", []string{"last night=2024-04-08"}},
		{"days ago", pub, "It happened two days ago, and 3 days ago.", []string{"two days ago=2024-04-07", "3 days ago=2024-04-06"}},
		{"weeks", pub, "Last week he left; next week he returns.", []string{"Last week=2024-W14", "next week=2024-W16"}},
		{"months", pub, "Prices rose last month and will fall next month.", []string{"last month=2024-03", "next month=2024-05"}},
		{"earlier this month", pub, "It happened earlier this month.", []string{"earlier this month=2024-04"}},
		{"years", pub, "Growth slowed last year, this year and next year.", []string{"last year=2023", "this year=2024", "next year=2025"}},
		{"the next year", pub, "They were taken in August 2016. The next year, a video came out.", []string{"August 2016=2016-08", "The next year=2017"}},
		{"in year", pub, "In 1997, the embargo began; since 2016 it eased.", []string{"In 1997=1997", "since 2016=2016"}},
		{"bare year", pub, "A confident 2010 appearance helped him.", []string{"2010=2010"}},
		{"decade left out", pub, "Since the 1990s and in the mid-1990s, it grew.", nil},
		{"thousands are not years", pub, "More than 2,500 civilians and 13,000 troops.", nil},
		{"month day year", pub, "He was born on November 19, 2019 in Hanoi.", []string{"November 19, 2019=2019-11-19"}},
		{"day month year", pub, "He was born on 19 November 2019.", []string{"19 November 2019=2019-11-19"}},
		{"abbreviated month", "2019-11-20", "The election is on Dec. 12 and Brexit was due on Oct. 31.", []string{"Dec. 12=2019-12-12", "Oct. 31=2019-10-31"}},
		{"future month", pub, "The vote will be held in September.", []string{"September=2024-09"}},
		{"ordinal day", pub, "On the 4th of July 1776.", []string{"4th of July 1776=1776-07-04"}},
		{"weekday and date", pub, "It opened on Tuesday, Nov. 19, 2019, in Hanoi.", []string{"on Tuesday, Nov. 19, 2019=2019-11-19"}},
		{"mid month", pub, "Talks resume in mid-March.", []string{"March=2024-03"}},
		{"count is not a year", pub, "Some 2000 people marched.", nil},
		{"ISO date", pub, "Published 2019-11-19 at noon.", []string{"2019-11-19=2019-11-19"}},
		{"slash date US order", pub, "Dated 11/19/2019.", []string{"11/19/2019=2019-11-19"}},
		{"month alone", pub, "They halted talks in September.", []string{"September=2023-09"}},
		{"month year", pub, "They appeared in January 2017.", []string{"January 2017=2017-01"}},
		{"modal may", pub, "He may resign, and March on Washington.", nil},
		{"vague left out", pub, "He recently said so, for decades.", nil},
		{"no publication date", "", "He left on Tuesday in 2016.", []string{"in 2016=2016"}},
	})
}

func TestNumericDates(t *testing.T) {
	runCases(t, []tcase{
		{"arabic day first", pub, "نشر بتاريخ 28/2/2023.", []string{"28/2/2023=2023-02-28"}},
		{"arabic ambiguous day first", pub, "نشر بتاريخ 3/4/2023.", []string{"3/4/2023=2023-04-03"}},
		{"english month first", pub, "Dated 3/4/2023.", []string{"3/4/2023=2023-03-04"}},
		{"year first slash", pub, "Dated 2023/04/03.", []string{"2023/04/03=2023-04-03"}},
		{"european dots", pub, "Dated 19.11.2019.", []string{"19.11.2019=2019-11-19"}},
		{"invalid", pub, "Dated 31/02/2023 and 2023-13-01.", nil},
	})
}

func TestHijri(t *testing.T) {
	for _, tc := range []struct {
		y, m, d int
		want    string
	}{
		{1, 1, 1, "0622-07-19"}, // tabular civil epoch, Julian 16 July 622
		{1445, 1, 1, "2023-07-19"},
		{1445, 9, 1, "2024-03-11"},
		{1446, 1, 1, "2024-07-08"}, // observed 7 July: tabular dates may be a day off
	} {
		if got := fmtDay(hijriToGregorian(tc.y, tc.m, tc.d)); got != tc.want {
			t.Errorf("%d-%d-%d AH = %s, want %s", tc.y, tc.m, tc.d, got, tc.want)
		}
	}
}

func TestBadPublished(t *testing.T) {
	if _, err := Find("on Tuesday", "9 April"); err == nil {
		t.Error("no error for a malformed publication date")
	}
	if got, err := Find("on Tuesday", "2024-04-09T10:00:00Z"); err != nil || len(got) != 1 || got[0].Value != "2024-04-09" {
		t.Errorf("timestamp publication date: %v %v", got, err)
	}
}

func TestStage(t *testing.T) {
	var s Stage
	if s.Name() != "timex" {
		t.Errorf("Name() = %q", s.Name())
	}
	d := doc.New()
	d.Text, d.Published = "التقى الوزيران يوم الثلاثاء.", pub
	if err := s.Process(context.Background(), d); err != nil || len(d.Dates) != 1 {
		t.Fatalf("dates %v, err %v", d.Dates, err)
	}
	if d.Dates[0].Start != 15 || d.Dates[0].End != 27 {
		t.Errorf("span [%d,%d), want [15,27)", d.Dates[0].Start, d.Dates[0].End)
	}
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat("وعقد لافروف مؤتمرا صحفيا في وقت سابق من يوم الثلاثاء مع نظيره الصيني، بعد زيارة الأسبوع الماضي لعام 2022. "+
		"Officials said late Thursday that talks held on Tuesday would resume next week, as in 1997. ", 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := Find(text, pub); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFutureContext: the tense or modality of the clause that governs a
// weekday decides whether it is the coming one or the most recent past
// one (pub is Tuesday 2024-04-09).
func TestFutureContext(t *testing.T) {
	runCases(t, []tcase{
		{"en/expected to", pub, "Finance ministers are expected to sign the accord in Geneva on Thursday.", []string{"on Thursday=2024-04-11"}},
		{"en/scheduled for", pub, "The presidential runoff is scheduled for Sunday.", []string{"Sunday=2024-04-14"}},
		{"en/must still be", pub, "The new constitution must still be ratified by the upper house on Sunday.", []string{"on Sunday=2024-04-14"}},
		{"en/to be held", pub, "A second round of talks is to be held in Doha on Saturday.", []string{"on Saturday=2024-04-13"}},
		{"en/called for a summit", pub, "The Arab League called for an emergency summit on Sunday.", []string{"on Sunday=2024-04-14"}},
		{"en/expectation in a relative clause stays apart", pub, "The minister, who is expected to resign, spoke on Thursday.", []string{"on Thursday=2024-04-04"}},
		{"en/past verb, expectation after", pub, "Officials said on Sunday that a deal was expected.", []string{"on Sunday=2024-04-07"}},
		{"ar/future prefix س", pub, "وسيعقد مجلس الأمن جلسة طارئة يوم الخميس.", []string{"يوم الخميس=2024-04-11"}},
		{"ar/call for a meeting", pub, "ودعت فرنسا إلى اجتماع عاجل لمجلس الأمن يوم السبت.", []string{"يوم السبت=2024-04-13"}},
		{"ar/future elections", pub, "وستجري الانتخابات البرلمانية في البلاد يوم الأحد.", []string{"يوم الأحد=2024-04-14"}},
		{"ar/intends", pub, "ويعتزم وزير الخارجية زيارة القاهرة يوم الأربعاء.", []string{"يوم الأربعاء=2024-04-10"}},
		{"ar/weekday before the future verb is past", pub, "وقال الوزير يوم السبت إنه سيعقد اجتماعا.", []string{"يوم السبت=2024-04-06"}},
		{"ar/a place in س is no future verb", pub, "وزار الرئيس سيناء يوم الأحد.", []string{"يوم الأحد=2024-04-07"}},
	})
}

// TestRecallRules holds one labelled case per rule added after the
// second held-out measurement (pub is Tuesday 2024-04-09). The sentences
// are new, written for these tests.
func TestRecallRules(t *testing.T) {
	runCases(t, []tcase{
		// future clauses
		{"future/ar same weekday after a future verb is next week", pub, "وسيزور المبعوث الخاص الخرطوم يوم الثلاثاء.", []string{"يوم الثلاثاء=2024-04-16"}},
		{"future/en same weekday after will stays the day", pub, "The envoy will brief the council on Tuesday.", []string{"on Tuesday=2024-04-09"}},
		{"future/ar المقرر far before the weekday", pub, "ومن المقرر أن يجتمع ممثلو الدول الأعضاء في منظمة التعاون الإسلامي في مدينة جدة السعودية يوم الأحد.", []string{"يوم الأحد=2024-04-14"}},
		{"future/ar a verb ending in ه is no noun", pub, "وقال مكتبه إنه سيتوجه إلى أنقرة مساء الجمعة.", []string{"مساء الجمعة=2024-04-12"}},
		{"future/ar four-letter future verb", pub, "وأكدت الوزارة أن الشحنة ستصل الأحد.", []string{"الأحد=2024-04-14"}},
		{"future/ar expectation verb", pub, "ويتوقع أن يصادق البرلمان على الموازنة يوم الخميس.", []string{"يوم الخميس=2024-04-11"}},
		{"future/ar an attribution set off by commas", pub, "وسيتسلم الجيش، بحسب مصادر عسكرية، المواقع الجديدة يوم السبت.", []string{"يوم السبت=2024-04-13"}},
		{"future/ar سيطر is past", pub, "وسيطرت القوات على البلدة يوم الأحد.", []string{"يوم الأحد=2024-04-07"}},
		{"future/ar a past verb nearer than المقبلة governs the weekday", pub, "وقال مرشح الانتخابات المقبلة يوم الثلاثاء إنه واثق من الفوز.", []string{"يوم الثلاثاء=2024-04-09"}},
		{"future/en said nearer than upcoming governs the weekday", pub, "The candidate in the upcoming election said on Monday he was confident.", []string{"on Monday=2024-04-08"}},
		{"future/en this coming weekday", pub, "Voters go to the polls this coming Sunday.", []string{"this coming Sunday=2024-04-14"}},
		{"future/en due to", pub, "The delegation is due to land in Nairobi on Friday.", []string{"on Friday=2024-04-12"}},
		{"future/en set to", pub, "Opposition parties are set to announce a joint candidate on Saturday.", []string{"on Saturday=2024-04-13"}},
		{"future/en is to + verb", pub, "The court is to rule on the appeal on Thursday.", []string{"on Thursday=2024-04-11"}},
		{"future/en slated", pub, "A second vote is slated for Sunday.", []string{"Sunday=2024-04-14"}},
		{"future/en would in a past report is not enough", pub, "He promised Britain would leave the bloc on Oct. 31.", []string{"Oct. 31=2023-10-31"}},
		// اليوم in quotations
		{"today/ar after a verb in a quotation", pub, "وقال: «نبدأ اليوم مرحلة جديدة».", []string{"اليوم=2024-04-09"}},
		{"today/ar opening a quotation", pub, "وأضاف أن «اليوم يوم حزين للبلاد».", []string{"اليوم=2024-04-09"}},
		{"today/ar after a noun is nowadays", pub, "وقال: «المنطقة اليوم تقف على حافة الهاوية».", nil},
		{"today/ar until today", pub, "وقال: «لم نتلق ردا حتى اليوم».", nil},
		{"today/ar a name in quotation marks", pub, "ونقلت صحيفة «اليوم» عن مصادر أن الاجتماع تأجل.", nil},
		{"today/ar bare outside quotations is left out", pub, "ويعيش السكان اليوم ظروفا صعبة.", nil},
		{"today/en inside quotation marks", pub, "“We sign today,” the minister said.", []string{"today=2024-04-09"}},
		// day ordinals in words
		{"ordinal/ar teen", pub, "وانتهت المهلة في الثالث عشر من آذار.", []string{"الثالث عشر من آذار=2024-03-13"}},
		{"ordinal/ar compound twenties with past", pub, "ووقع الهجوم في السادس والعشرين من كانون الثاني الماضي.", []string{"السادس والعشرين من كانون الثاني الماضي=2024-01-26"}},
		{"ordinal/ar eleventh with year", pub, "منذ الحادي عشر من أيلول 2001.", []string{"الحادي عشر من أيلول 2001=2001-09-11"}},
		{"ordinal/ar tens alone and شهر", pub, "في الثلاثين من شهر حزيران.", []string{"الثلاثين من شهر حزيران=2024-06-30"}},
		{"ordinal/ar a day of this month", pub, "وتنتهي المهلة في العشرين من الشهر الجاري، وبدأت في 3 من الشهر الماضي.", []string{"العشرين من الشهر الجاري=2024-04-20", "3 من الشهر الماضي=2024-03-03"}},
		{"ordinal/ar Hijri day without a year", pub, "ويبدأ الشهر في الأول من ذي القعدة.", []string{"الأول من ذي القعدة=2024-05-09"}},
		{"ordinal/ar Hijri day last", pub, "في العاشر من رمضان الماضي.", []string{"العاشر من رمضان الماضي=2024-03-20"}},
		{"ordinal/ar digit Hijri day without a year", pub, "وصل في 27 رمضان.", []string{"27 رمضان=2024-04-06"}},
		{"ordinal/ar zero is no Hijri month", pub, "وسجلت الحرارة 3 صفر تقريبا.", nil},
		{"ordinal/en first of", pub, "The truce began on the first of March.", []string{"first of March=2024-03-01"}},
		{"ordinal/en hyphenated compound", pub, "Polls open on the twenty-first of April 2024.", []string{"twenty-first of April 2024=2024-04-21"}},
		{"ordinal/en first of all is no date", pub, "First of all, the talks failed.", nil},
	})
}

// TestNamesAreNotFutureVerbs: a name the entity stage found is never
// read as an Arabic future verb (سيرجي).
func TestNamesAreNotFutureVerbs(t *testing.T) {
	d := doc.New()
	d.Text, d.Published = "التقى الرئيس وزير الخارجية سيرجي لافروف يوم الثلاثاء.", pub
	d.Entities = []doc.Entity{{Name: "Sergey Lavrov", Type: "PER", Mentions: []doc.Mention{{Start: 27, End: 38, Text: "سيرجي لافروف"}}}}
	if err := (Stage{}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Dates) != 1 || d.Dates[0].Value != "2024-04-09" {
		t.Errorf("dates %+v, want يوم الثلاثاء=2024-04-09", d.Dates)
	}
}

// TestAnchorRules holds one labelled case per rule of anchor.go and
// modalAhead (pub is Tuesday 2024-04-09); the sentences are new.
func TestAnchorRules(t *testing.T) {
	runCases(t, []tcase{
		{"speech/ar quoted today is the narrative's day", pub, "أعلنت الحكومة الأحد حل البرلمان. وقال الناطق باسمها: «يسري القرار ابتداء من اليوم».", []string{"الأحد=2024-04-07", "اليوم=2024-04-07"}},
		{"speech/ar without a narrative day it is publication", pub, "وقال الوزير: «نوقع اليوم على اتفاق السلام».", []string{"اليوم=2024-04-09"}},
		{"speech/en quoted today after a weekday", pub, "The rebels laid down arms on Saturday. “Peace starts today,” their commander said.", []string{"on Saturday=2024-04-06", "today=2024-04-06"}},
		{"speech/en unquoted today is publication", pub, "The rebels laid down arms on Saturday. Talks resume today.", []string{"on Saturday=2024-04-06", "today=2024-04-09"}},
		{"range/en the end of a weekday range is after its start", pub, "The navy said it would hold drills from Thursday to Monday.", []string{"Thursday=2024-04-11", "Monday=2024-04-15"}},
		{"range/ar weekday range", pub, "وتستمر المناورات من الخميس إلى الأحد.", []string{"الخميس=2024-04-04", "الأحد=2024-04-07"}},
		{"modal/en would after said looks ahead", pub, "The union said its members would walk out on Friday.", []string{"on Friday=2024-04-12"}},
		{"modal/en as early as", pub, "A vote on the motion could come as early as Thursday.", []string{"Thursday=2024-04-11"}},
		{"modal/en would have is past", pub, "He would have signed on Monday had the talks not failed.", []string{"on Monday=2024-04-08"}},
		{"modal/en a past verb nearer than the modal", pub, "Officials who would not be named met on Sunday.", []string{"on Sunday=2024-04-07"}},
		{"hijri/ar a Hijri day beside its weekday takes the weekday's date", "2022-04-02", "وتبدأ الهدنة مساء السبت، الأول من رمضان.", []string{"مساء السبت=2022-04-02", "الأول من رمضان=2022-04-02"}},
		{"hijri/ar alone keeps the tabular date", "2022-04-02", "وتبدأ الهدنة في الأول من رمضان.", []string{"الأول من رمضان=2022-04-03"}},
	})
}
