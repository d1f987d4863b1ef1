package event

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/text"
)

// gaz is a tiny gazetteer for unit tests: surface form → entity.
type gazEnt struct{ name, typ, actor string }

var testGaz = map[string]gazEnt{
	"الصين": {"China", "LOC", "CHN"}, "الصيني": {"China", "LOC", "CHN"}, "روسيا": {"Russia", "LOC", "RUS"},
	"الروسي": {"Russia", "LOC", "RUS"}, "الروسية": {"Russia", "LOC", "RUS"}, "أوكرانيا": {"Ukraine", "LOC", "UKR"},
	"شي جين بينغ": {"Xi Jinping", "PER", "CHNGOV"}, "سيرجي لافروف": {"Sergey Lavrov", "PER", "RUSGOV"},
	"لافروف": {"Sergey Lavrov", "PER", "RUSGOV"}, "بوتين": {"Vladimir Putin", "PER", "RUSGOV"},
	"الولايات المتحدة": {"United States", "LOC", "USA"}, "واشنطن": {"Washington", "LOC", "USAGOV"},
	"بكين": {"Beijing", "LOC", "CHNGOV"}, "موسكو": {"Moscow", "LOC", "RUSGOV"}, "الكرملين": {"Kremlin", "ORG", "RUSGOV"},
	"إيران": {"Iran", "LOC", "IRN"}, "إسرائيل": {"Israel", "LOC", "ISR"}, "مصر": {"Egypt", "LOC", "EGY"},
	"بايدن": {"Joe Biden", "PER", "USAGOV"}, "جوزيف بايدن": {"Joe Biden", "PER", "USAGOV"}, "الأمريكي": {"United States", "LOC", "USA"}, "القوات الروسية": {"Russian Armed Forces", "ORG", "RUSMIL"},
	"زيلينسكي": {"Volodymyr Zelenskyy", "PER", "UKRGOV"}, "وانغ يي": {"Wang Yi", "PER", "CHNGOV"},
	"الأمم المتحدة": {"United Nations", "ORG", "IGOUNO"}, "تركيا": {"Turkey", "LOC", "TUR"},
	"China": {"China", "LOC", "CHN"}, "Russia": {"Russia", "LOC", "RUS"}, "Vietnam": {"Vietnam", "LOC", "VNM"},
	"Esper": {"Mark Esper", "PER", "USAGOV"}, "Beijing": {"Beijing", "LOC", "CHNGOV"}, "Iran": {"Iran", "LOC", "IRN"},
	"United States": {"United States", "LOC", "USA"}, "Washington": {"Washington", "LOC", "USAGOV"},
	"Kremlin": {"Kremlin", "ORG", "RUSGOV"}, "Ukraine": {"Ukraine", "LOC", "UKR"}, "Taliban": {"Taliban", "ORG", "AFGINS"},
	"Israel": {"Israel", "LOC", "ISR"}, "Egypt": {"Egypt", "LOC", "EGY"}, "Biden": {"Joe Biden", "PER", "USAGOV"},
	"Putin": {"Vladimir Putin", "PER", "RUSGOV"}, "Xi": {"Xi Jinping", "PER", "CHNGOV"}, "Sudan": {"Sudan", "LOC", "SDN"},
	"Russian troops": {"Russian Armed Forces", "ORG", "RUSMIL"}, "Zuma": {"Jacob Zuma", "PER", "ZAFGOV"},
	"Mugabe": {"Robert Mugabe", "PER", "ZWEGOV"}, "Israeli": {"Israel", "LOC", "ISR"}, "Gaza": {"Gaza Strip", "LOC", "PSE"}, "Hamas": {"Hamas", "ORG", "PSEINS"}, "North Korea": {"North Korea", "LOC", "PRK"}, "South Korea": {"South Korea", "LOC", "KOR"}, "الإسرائيلية": {"Israel", "LOC", "ISR"}, "غزة": {"Gaza Strip", "LOC", "PSE"}, "طهران": {"Tehran", "LOC", "IRNGOV"}, "المصري": {"Egypt", "LOC", "EGY"}, "عبد الفتاح السيسي": {"Abdel Fattah el-Sisi", "PER", "EGYGOV"}, "إيطاليا": {"Italy", "LOC", "ITA"}, "ميلوني": {"Giorgia Meloni", "PER", "ITAGOV"}, "South Sudan": {"South Sudan", "LOC", "SSD"}, "American intelligence": {"United States", "ORG", "USA"}, "ICC": {"ICC", "ORG", "IGOJUDICC"}, "نيبينزيا": {"Vasily Nebenzia", "PER", "RUSGOV"}, "Palestinian Authority": {"Palestinian Authority", "ORG", "PSEGOV"}, "Trump": {"Donald Trump", "PER", "USAGOV"}, "Arab League": {"Arab League", "ORG", "IGOMEAARL"}, "Mike Pompeo": {"Mike Pompeo", "PER", "USAGOV"}, "US": {"United States", "LOC", "USA"}, "Conservative Party": {"Conservative Party", "ORG", "GBRPTY"}, "Fidelis Mukonori": {"Fidelis Mukonori", "PER", "ZWE"}, "Turkey": {"Turkey", "LOC", "TUR"}, "Blinken": {"Antony Blinken", "PER", "USAGOV"},
	"Lavrov": {"Sergey Lavrov", "PER", "RUSGOV"}, "the United Nations": {"United Nations", "ORG", "IGOUNO"},
}

// addTestGaz adds names to the test gazetteer (from a test file's init).
func addTestGaz(m map[string]gazEnt) {
	for k, v := range m {
		testGaz[k] = v
	}
}

// mkDoc analyses text and tags the gazetteer's names as entities.
func mkDoc(lang, txt string) *doc.Document {
	d := doc.New()
	d.ID, d.Lang, d.Text, d.Published = "t", lang, txt, "2024-04-09"
	text.Analyze(d)
	rs := []rune(txt)
	keys := make([]string, 0, len(testGaz))
	for k := range testGaz {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return len([]rune(keys[i])) > len([]rune(keys[j])) })
	taken := make([]bool, len(rs))
	byName := map[string]int{}
	for _, k := range keys {
		kr := []rune(k)
		for i := 0; i+len(kr) <= len(rs); i++ {
			if string(rs[i:i+len(kr)]) != k || taken[i] {
				continue
			}
			if j := i + len(kr); j < len(rs) && isLetter(rs[j]) {
				continue
			}
			if i > 0 && isLetter(rs[i-1]) && !strings.ContainsRune("وبلف", rs[i-1]) {
				continue
			}
			for x := i; x < i+len(kr); x++ {
				taken[x] = true
			}
			g := testGaz[k]
			ei, ok := byName[g.name]
			if !ok {
				ei = len(d.Entities)
				byName[g.name] = ei
				d.Entities = append(d.Entities, doc.Entity{Name: g.name, Type: g.typ, Actor: g.actor, Country: g.actor[:min(3, len(g.actor))]})
			}
			d.Entities[ei].Mentions = append(d.Entities[ei].Mentions, doc.Mention{Start: i, End: i + len(kr), Text: k})
		}
	}
	return d
}

// codeText codes a text and renders its events as "SRC CODE TGT" strings
// (negated ones prefixed with !, moods suffixed).
func codeText(t testing.TB, lang, txt string, opts Options) ([]string, *doc.Document) {
	t.Helper()
	st, err := New(opts, "")
	if err != nil {
		t.Fatal(err)
	}
	d := mkDoc(lang, txt)
	if err := st.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range d.Events {
		s := fmt.Sprintf("%s %s %s", actorS(e.Source), e.Code, actorS(e.Target))
		if e.Negated {
			s = "!" + s
		}
		if e.Mood != "" {
			s += " " + e.Mood
		}
		out = append(out, s)
	}
	return out, d
}

// codeCase is one labelled sentence of a rule table: the events
// ("SOURCE CODE TARGET") it must give, and those it must not (a prefix of
// the event, or a part after its source: "RUS 174", "174 UKR").
type codeCase struct {
	name, lang, text string
	want, none       []string
}

// checkCodeCases codes each case's text (in lang when the case names
// none) and fails on a missing or an unwanted event, with the rules that
// fired.
func checkCodeCases(t *testing.T, lang string, cases []codeCase) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := c.lang
			if l == "" {
				l = lang
			}
			got, d := codeText(t, l, c.text, Options{})
			var why []string
			for _, e := range d.Events {
				why = append(why, e.Why)
			}
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q; got %v\n%s", w, got, strings.Join(why, "\n"))
				}
			}
			for _, n := range c.none {
				for _, g := range got {
					if strings.HasPrefix(g, n) || strings.Contains(g, " "+n) {
						t.Errorf("unwanted %q (%q)\n%s", n, g, strings.Join(why, "\n"))
					}
				}
			}
		})
	}
}
