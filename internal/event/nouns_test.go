package event

import (
	"strings"
	"testing"
)

// Nouns read as verbs (nouns.go): one invented sentence per case, run by
// TestPrecisionClasses.
var nounCases = []codeCase{
	{name: "ar/noun: a ta marbuta noun with a possessive is no verb (رحلته: no expulsion)", lang: "ar",
		text: "وانتقدت روسيا أوكرانيا. ويعد زيلينسكي أشهر سياسي أوكراني، حيث امتدت رحلته مع السياسة عشرين عاما.",
		want: []string{"RUS 111 UKR"}, none: []string{"RUS 174"}},
	{name: "ar/noun: a masdar after a verb and its subject is its object (تعلن دعمها)", lang: "ar",
		text: "مصر تعلن دعمها زيلينسكي في مفاوضات السلام",
		want: []string{"EGY 051 UKRGOV"}, none: []string{"UKRGOV 051"}},
	{name: "ar/noun: a derived verb's masdar is its possessor's act (قدم استقالته)", lang: "ar",
		text: "وقدم وزير الخارجية المصري استقالته إلى الرئيس عبد الفتاح السيسي.",
		want: []string{"EGY 0831 -"}},
	{name: "ar/noun: a verb with an object pronoun keeps coding (استقبله)", lang: "ar",
		text: "وصل بايدن إلى موسكو حيث استقبله بوتين في الكرملين.",
		want: []string{"RUSGOV 043 USAGOV"}},
	{name: "ar/noun: an adverb in tanween is no governing verb (فجرا وقتلته)", lang: "ar",
		text: "وكانت القوات الروسية قد اقتحمت منزل زيلينسكي فجرا وقتلته مع سبعة من حراسه.",
		want: []string{"RUSMIL 1823 UKRGOV"}},
	{name: "ar/noun: an attested noun followed by its subject is a verb (أسرهما حزب الله)", lang: "ar",
		text: "مقابل تسليم جنديين أسرهما حزب الله إلى الحكومة اللبنانية.",
		want: []string{"LBNREB 173 LBN"}},
}

func init() { precisionCases = append(precisionCases, nounCases...) }

// TestNounsLoad checks the embedded noun data: it parses, holds the
// stems the rules rely on, and grades them as documented.
func TestNounsLoad(t *testing.T) {
	m, err := loadNouns()
	if err != nil {
		t.Fatal(err)
	}
	if len(m) < 1000 {
		t.Fatalf("only %d stems", len(m))
	}
	for _, c := range []struct {
		key                  string
		fem                  bool
		common, rare, strong bool
	}{
		{"رحله", true, true, true, true},    // journey: رحلت never seen
		{"اسره", true, true, true, true},    // family
		{"قتله", true, false, false, false}, // killers: قتلت is commoner
		{"تعاون", false, true, true, false},
		{"قتل", false, false, false, false}, // يقتل، قتلوا commoner than القتل
		{"اعتقل", false, false, false, false},
	} {
		common, rare, strong := nounAttested(c.key, c.fem)
		if common != c.common || rare != c.rare || strong != c.strong {
			t.Errorf("%s: got %v %v %v, want %v %v %v", c.key, common, rare, strong, c.common, c.rare, c.strong)
		}
	}
}

// TestArPossessedNoun checks the noun a verb reading may stand for.
func TestArPossessedNoun(t *testing.T) {
	for _, c := range []struct {
		word, lemma, obj string
		fem, present     bool
		want             string
	}{
		{"رحلته", "رحل", "ه", true, false, "رحله"},
		{"واسرته", "اسر", "ه", true, false, "اسره"},
		{"رفضها", "رفض", "ها", false, false, "رفض"},
		{"تعاونها", "عاون", "ها", true, true, "تعاون"},
		{"يرفضها", "رفض", "ها", false, true, ""},     // a present in ي is a verb
		{"اعتقلتني", "اعتقل", "ني", true, false, ""}, // first person: precision.go
	} {
		rd := verbReading{lemma: c.lemma, obj: c.obj, fem: c.fem, present: c.present, num: 's'}
		if strings.HasPrefix(c.word, "و") {
			rd.conj = "و"
		}
		got, _, _ := arPossessedNoun(c.word, rd)
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.word, got, c.want)
		}
	}
}

// TestParseNounsErrors checks the data file errors name their line.
func TestParseNounsErrors(t *testing.T) {
	for _, src := range []string{"رحله\t1\t2\n", "رحله\tx\t2\t0\n"} {
		if _, err := parseNouns(src); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("%q: got %v", src, err)
		}
	}
}
