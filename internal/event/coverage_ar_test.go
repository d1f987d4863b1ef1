package event

import "testing"

// Arabic coverage cases: predicates added from the lemma candidates of the
// ANERCorp training text that had no entry (predicates_ar.tsv, "coverage
// additions"). Sentences invented, one per entry class.
var coverageAr = []codeCase{
	{name: "سيطر على: taking a territory",
		text: "وسيطر الحوثيون على سوريا بعد معارك عنيفة.",
		want: []string{"YEMREB 192 SYR"}},
	{name: "اقتتل: reciprocal fighting",
		text: "واقتتلت قطر والأردن على الحدود.",
		want: []string{"QAT 190 JOR"}},
	{name: "اشتكى من: complaint",
		text: "واشتكت مصر من قطر أمام الجامعة العربية.",
		want: []string{"EGY 114 QAT"}},
	{name: "حاور: dialogue with",
		text: "وحاورت اليابان الحوثيين في جنيف.",
		want: []string{"JPN 040 YEMREB"}},
	{name: "أخلى سبيل: release",
		text: "وأخلت مصر سبيل نبيل عبد الله.",
		want: []string{"EGY 0841 SDNMIL"}},
	{name: "announced masdar of a new entry: denunciation (تنديد ب)",
		text: "وأعلنت قطر تنديدها بالحوثيين.",
		want: []string{"QAT 111 YEMREB"}},
	{name: "renewed criticism masdar (جدد انتقاده ل)",
		text: "وجددت مصر انتقادها لقطر.",
		want: []string{"EGY 111 QAT"}},
	{name: "expressed opposition (أبدى معارضته ل)",
		text: "وأبدت اليابان معارضتها لسوريا.",
		want: []string{"JPN 110 SYR"}},
	{name: "ordered release masdar (أمر بالإفراج عن)",
		text: "وأمرت مصر بالإفراج عن نبيل عبد الله.",
		want: []string{"EGY 0841 SDNMIL"}},
	{name: "أوفد: sending an envoy to the host",
		text: "وأوفدت اليابان مبعوثا إلى قطر.",
		want: []string{"JPN 040 QAT"}},
	{name: "وجه + singular masdar with a prefix cue (وجه انتقادا حادا)",
		text: "ووجهت مصر انتقادا حادا إلى قطر.",
		want: []string{"EGY 111 QAT"}},
}

func TestCoverageAr(t *testing.T) { checkCodeCases(t, "ar", coverageAr) }
