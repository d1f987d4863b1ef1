package event

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
)

// One labelled case per phenomenon. want lists events as "SRC CODE TGT"
// (actor codes; "!" marks a negated event, a trailing word the mood);
// none lists events that must not appear (compared on their first fields).
var phenomena = []struct {
	name, lang, text string
	want, none       []string
}{
	// Arabic
	{name: "ar/VSO meet with", lang: "ar",
		text: "التقى الرئيس الصيني شي جين بينغ مع وزير الخارجية الروسي سيرجي لافروف يوم الثلاثاء.",
		want: []string{"CHNGOV 043 RUSGOV"}},
	{name: "ar/VSO nisba subject then a country object", lang: "ar",
		text: "وقصفت القوات الروسية أوكرانيا يوم الثلاثاء.",
		want: []string{"RUSMIL 190 UKR"}},
	{name: "ar/VSO title subject then a counterpart object", lang: "ar",
		text: "التقى وزير الخارجية الروسي نظيره الأوكراني في أنقرة.",
		want: []string{"RUS 043 UKR"}},
	{name: "ar/VSO nisba subject then a nisba object", lang: "ar",
		text: "وأدانت الخارجية المصرية العدوان الإسرائيلي على غزة.",
		want: []string{"EGY 111 ISR"}},
	{name: "ar/SVO", lang: "ar",
		text: "الصين تدين القصف على أوكرانيا. وروسيا تستقبل وزير الخارجية الأمريكي.",
		want: []string{"RUS 043 USA"}},
	{name: "ar/coordination reciprocal", lang: "ar",
		text: "وأجرت الصين وروسيا مناورات عسكرية مشتركة.",
		want: []string{"CHN 062 RUS"}},
	{name: "ar/pair noun", lang: "ar",
		text: "زار بوتين بكين الشهر الماضي، ووقع الطرفان اتفاقا.",
		want: []string{"RUSGOV 042 CHNGOV", "RUSGOV 057 CHNGOV"}},
	{name: "ar/attached object pronoun", lang: "ar",
		text: "ورغم أن الصين لم تقدم دعماً عسكرياً مباشراً لروسيا، فقد دعمتها دبلوماسياً.",
		want: []string{"!CHN 072 RUS", "CHN 050 RUS"}},
	{name: "ar/negation", lang: "ar",
		text: "الصين لم تقدم دعماً عسكرياً مباشراً لروسيا.",
		want: []string{"!CHN 072 RUS"}, none: []string{"CHN 072 RUS"}},
	{name: "ar/condition", lang: "ar",
		text: "إذا فرضت الولايات المتحدة عقوبات على إيران فسترد طهران.",
		none: []string{"USA 163 IRN"}},
	{name: "ar/intent future", lang: "ar",
		text: "وقال إن بوتين سيزور الصين الشهر المقبل.",
		want: []string{"RUSGOV 036 CHN intent"}},
	{name: "ar/metonymy capital", lang: "ar",
		text: "استقبلت بكين وزير الخارجية الروسي سيرجي لافروف.",
		want: []string{"CHNGOV 043 RUSGOV"}},
	{name: "ar/metonymy Kremlin", lang: "ar",
		text: "ندد الكرملين بالعقوبات التي فرضتها واشنطن.",
		none: []string{"RUSGOV 163 USAGOV"}},
	{name: "ar/dropped subject", lang: "ar",
		text: "ضغط الرئيس الأمريكي جوزيف بايدن على الصين. ودعا بكين إلى ممارسة نفوذها.",
		want: []string{"USAGOV 100 CHN", "USAGOV 020 CHNGOV"}},
	{name: "ar/nominal frame", lang: "ar",
		text: "وفي مكالمة هاتفية مع الرئيس الصيني شي جين بينغ، ضغط الرئيس الأمريكي جوزيف بايدن على الصين.",
		want: []string{"USAGOV 041 CHNGOV"}},
	{name: "ar/nominal background", lang: "ar",
		text: "التقى شي جين بينغ مع لافروف وسط غزو موسكو لأوكرانيا.",
		want: []string{"RUSGOV 190 UKR"}},
	{name: "ar/veto", lang: "ar",
		text: "استخدمت روسيا حق النقض ضد القرار.",
		want: []string{"RUS 129 -"}},
	{name: "ar/call for ceasefire", lang: "ar",
		text: "دعا زيلينسكي روسيا إلى وقف إطلاق النار.",
		want: []string{"UKRGOV 0256 RUS"}},
	{name: "ar/claim stays with speaker", lang: "ar",
		text: "اتهمت روسيا أوكرانيا بقصف المدنيين.",
		want: []string{"RUS 112 UKR"}, none: []string{"UKR 190"}},
	{name: "ar/passive with agent", lang: "ar",
		text: "واعتقل الصحفي الأمريكي من قبل القوات الروسية.",
		want: []string{"RUSMIL 173 USA"}},
	{name: "ar/passive تم + masdar", lang: "ar",
		text: "وتم اعتقال الصحفي الأمريكي من قبل القوات الروسية.",
		want: []string{"RUSMIL 173 USA"}},
	{name: "ar/passive without agent", lang: "ar",
		text: "واعتقل الصحفي الأمريكي في موسكو.",
		none: []string{"USA 173"}},
	{name: "ar/natural disaster is no actor", lang: "ar",
		text: "زار بوتين الصين. وضرب زلزال قوي تركيا أمس.",
		none: []string{"RUSGOV 190"}},
	// English
	{name: "en/SVO", lang: "en",
		text: "Esper met with Lavrov in Hanoi on Wednesday.",
		want: []string{"USAGOV 043 RUSGOV"}},
	{name: "en/passive by", lang: "en",
		text: "Kyiv was attacked by Russian troops on Monday.",
		none: []string{"UKR 190 RUS"}},
	{name: "en/passive with actor agent", lang: "en",
		text: "Ukraine was invaded by Russia in 2022.",
		want: []string{"RUS 190 UKR"}},
	{name: "en/coordination", lang: "en",
		text: "China and Russia held joint military exercises.",
		want: []string{"CHN 062 RUS"}},
	{name: "en/pronoun", lang: "en",
		text: "Esper accused China of intimidation. He urged Vietnam to push back.",
		want: []string{"USAGOV 1123 CHN", "USAGOV 020 VNM"}},
	{name: "en/negation", lang: "en",
		text: "China did not supply weapons to Russia.",
		want: []string{"!CHN 072 RUS"}},
	{name: "en/negation n't", lang: "en",
		text: "China didn't supply weapons to Russia, and Russia won’t attend the talks with China.",
		want: []string{"!CHN 072 RUS", "!RUS 040 CHN"}, none: []string{"CHN 072 RUS", "RUS 040 CHN"}},
	{name: "en/condition", lang: "en",
		text: "If Sudan fails its commitments, the United States would impose sanctions on Sudan.",
		none: []string{"USA 163 SDN"}},
	{name: "en/intent", lang: "en",
		text: "The United States will lift sanctions on Sudan.",
		want: []string{"USA 0354 SDN intent"}},
	{name: "en/allegation", lang: "en",
		text: "Esper accused China of attacking Vietnam.",
		want: []string{"USAGOV 112 CHN"}, none: []string{"CHN 190 VNM"}},
	{name: "en/metonymy", lang: "en",
		text: "Washington imposed sanctions on Iran. The Kremlin condemned Washington.",
		want: []string{"USAGOV 163 IRN", "RUSGOV 111 USAGOV"}},
	{name: "en/nominal frame", lang: "en",
		text: "In a phone call with Putin, Biden urged Russia to withdraw.",
		want: []string{"USAGOV 041 RUSGOV"}},
	{name: "en/institutional statement", lang: "en",
		text: "Washington defended its decision on Iran. The Kremlin said the decision would not help.",
		want: []string{"RUSGOV 010 USAGOV"}},
	{name: "en/dateline place", lang: "en",
		text: "CAIRO, Egypt (AP) — Blinken met with several top government officials on Sunday.",
		want: []string{"USAGOV 043 EGY"}},
	{name: "en/talks with the pair in focus", lang: "en",
		text: "Washington and the Taliban had been holding direct talks. Then Trump scuttled the talks in September.",
		want: []string{"USAGOV 046 AFGINS", "USAGOV 164 AFGINS"}},
	{name: "en/arrived in is active", lang: "en",
		text: "Blinken arrived in Turkey on Friday.",
		want: []string{"USAGOV 042 TUR"}},
	{name: "en/verbal attack between persons", lang: "en",
		text: "Biden attacked Putin in a speech.",
		want: []string{"USAGOV 111 RUSGOV"}, none: []string{"USAGOV 190"}},
	{name: "en/reported speech", lang: "en",
		text: "South Africa said Mugabe had told Zuma by telephone that he was fine.",
		want: []string{"ZWEGOV 041 ZAFGOV"}},
}

func TestPhenomena(t *testing.T) {
	for _, c := range phenomena {
		t.Run(c.name, func(t *testing.T) {
			got, d := codeText(t, c.lang, c.text, Options{})
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q; got %q", w, got)
					for _, e := range d.Events {
						t.Logf("  %s", e.Why)
					}
				}
			}
			for _, n := range c.none {
				for _, g := range got {
					if strings.HasPrefix(g, n) {
						t.Errorf("unwanted %q (%q)", g, n)
					}
				}
			}
		})
	}
}

func TestEventFields(t *testing.T) {
	_, d := codeText(t, "ar", "التقى الرئيس الصيني شي جين بينغ مع وزير الخارجية الروسي سيرجي لافروف يوم الثلاثاء.", Options{})
	d.Dates = []doc.DateExpr{}
	if len(d.Events) != 1 {
		t.Fatalf("events: %+v", d.Events)
	}
	e := d.Events[0]
	if e.Label != "Host a visit" || e.Plover != "CONSULT" || e.Goldstein != 2.8 || e.Quad != 1 {
		t.Errorf("code table fields: %+v", e)
	}
	if e.Date != "2024-04-09" {
		t.Errorf("date %q", e.Date)
	}
	if !strings.Contains(e.Evidence.Text, "التقى الرئيس الصيني") || doc.Runes(d.Text, e.Evidence.Start, e.Evidence.End) != e.Evidence.Text {
		t.Errorf("evidence %+v", e.Evidence)
	}
	if !strings.Contains(e.Why, "predicates_ar.tsv:") || !strings.Contains(e.Why, "التقى") || !strings.Contains(e.Why, "subject=Xi Jinping") {
		t.Errorf("why %q", e.Why)
	}
}

func TestDateFromTimex(t *testing.T) {
	d := mkDoc("ar", "ووصل لافروف إلى الصين يوم الاثنين.")
	i := strings.Index(d.Text, "يوم")
	s := len([]rune(d.Text[:i]))
	d.Dates = []doc.DateExpr{{Start: s, End: s + 10, Text: "يوم الاثنين", Value: "2024-04-08"}}
	st, _ := New(Options{}, "")
	if err := st.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 || d.Events[0].Date != "2024-04-08" {
		t.Fatalf("events %+v", d.Events)
	}
}

func TestMergeAndAllMentions(t *testing.T) {
	txt := "زار بوتين الصين. وزار بوتين الصين مرة أخرى."
	got, d := codeText(t, "ar", txt, Options{})
	if len(got) != 1 || len(d.Events[0].More) != 1 {
		t.Fatalf("merged: %q more=%v", got, d.Events)
	}
	got, _ = codeText(t, "ar", txt, Options{AllMentions: true})
	if len(got) != 2 {
		t.Fatalf("all mentions: %q", got)
	}
}

func TestIntentCodes(t *testing.T) {
	for in, want := range map[string]string{"043": "036", "057": "032", "072": "0332", "085": "0354", "163": "1312", "190": "1384", "111": "111"} {
		if got := intentCode(in); got != want {
			t.Errorf("intentCode(%s) = %s, want %s", in, got, want)
		}
	}
}
