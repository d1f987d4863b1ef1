package quote

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/text"
)

// ent names an entity for a hand-made document: every occurrence of each
// surface form becomes a mention (Arabic ones also after a proclitic).
type ent struct {
	name, typ, actor string
	forms            []string
}

// makeDoc builds an analysed document with the given entities, as the
// entity stage would leave it.
func makeDoc(lang, txt string, ents ...ent) *doc.Document {
	d := doc.New()
	d.ID, d.Lang, d.Text = "t", lang, txt
	text.Analyze(d)
	g := goldFile{}
	for _, e := range ents {
		g.Entities = append(g.Entities, struct {
			Name     string   `json:"name"`
			Type     string   `json:"type"`
			Country  string   `json:"country"`
			Aliases  []string `json:"aliases"`
			Optional bool     `json:"optional"`
		}{Name: e.name, Type: e.typ, Country: e.actor, Aliases: e.forms})
	}
	oracleEntities(d, g)
	for i := range d.Entities {
		for _, e := range ents {
			if e.name == d.Entities[i].Name {
				d.Entities[i].Actor = e.actor
				if len(e.actor) >= 3 {
					d.Entities[i].Country = e.actor[:3]
				}
			}
		}
	}
	return d
}

// want is an expected quote: speaker name ("" for none), direct, text.
type want struct {
	speaker string
	direct  bool
	text    string
}

func (w want) String() string { return fmt.Sprintf("[%s|%v] %s", w.speaker, w.direct, w.text) }

func got(qs []doc.Quote) []string {
	var out []string
	for _, q := range qs {
		s := ""
		if q.Speaker != nil {
			s = q.Speaker.Name
		}
		out = append(out, want{s, q.Direct, q.Text}.String())
	}
	sort.Strings(out)
	return out
}

var (
	lavrov  = ent{"Sergey Lavrov", "PER", "RUSGOV", []string{"سيرجي لافروف", "لافروف"}}
	wang    = ent{"Wang Yi", "PER", "CHNGOV", []string{"وانغ يي", "وانغ"}}
	china   = ent{"China", "LOC", "CHN", []string{"الصين"}}
	russia  = ent{"Russia", "LOC", "RUS", []string{"روسيا"}}
	putin   = ent{"Vladimir Putin", "PER", "RUSGOV", []string{"بوتين"}}
	italy   = ent{"Italy", "LOC", "ITA", []string{"إيطاليا"}}
	meloni  = ent{"Giorgia Meloni", "PER", "ITAGOV", []string{"جورجيا ميلوني", "ميلوني"}}
	esper   = ent{"Mark Esper", "PER", "USAGOV", []string{"Mark Esper", "Esper"}}
	usa     = ent{"United States", "LOC", "USA", []string{"United States", "US", "U.S."}}
	usmil   = ent{"United States Armed Forces", "ORG", "USAMIL", []string{"US military"}}
	bbc     = ent{"BBC", "ORG", "GBRMED", []string{"BBC"}}
	moy     = ent{"Will Moy", "PER", "GBR", []string{"Will Moy"}}
	fullFct = ent{"Full Fact", "ORG", "GBR", []string{"Full Fact"}}
)

func TestQuotes(t *testing.T) {
	cases := []quoteCase{
		// Arabic
		{"ar/direct after verb, subject and colon", "ar",
			"وقال وانغ: “لقد مرت الصين وروسيا بفترات صعود وهبوط”.", []ent{wang, china, russia},
			[]want{{"Wang Yi", true, "لقد مرت الصين وروسيا بفترات صعود وهبوط"}}},
		{"ar/reported after verb-subject and إن", "ar",
			"وقال لافروف إن روسيا والصين تعارضان أي أحداث دولية.", []ent{lavrov, china, russia},
			[]want{{"Sergey Lavrov", false, "روسيا والصين تعارضان أي أحداث دولية"}}},
		{"ar/subject drop keeps the speaker in focus", "ar",
			"وقال لافروف إن روسيا لن تتراجع. وقال إن العقوبات فشلت في تحقيق أهدافها.", []ent{lavrov, russia},
			[]want{{"Sergey Lavrov", false, "روسيا لن تتراجع"}, {"Sergey Lavrov", false, "العقوبات فشلت في تحقيق أهدافها"}}},
		{"ar/narrator interrupts a quote: two quotes", "ar",
			"وقال لافروف إن روسيا لن تتراجع.\nوقال إن “ما يسمى بصيغة السلام” التي طرحها الرئيس الأوكراني “منفصلة تماما عن أي حقائق”.", []ent{lavrov, russia},
			[]want{{"Sergey Lavrov", false, "روسيا لن تتراجع"}, {"Sergey Lavrov", true, "ما يسمى بصيغة السلام"}, {"Sergey Lavrov", true, "منفصلة تماما عن أي حقائق"}}},
		{"ar/quote opens the paragraph, attribution after it", "ar",
			"“نحن سعداء بصدق بهذه النجاحات لأنها نجاحات للأصدقاء”. قال لافروف.", []ent{lavrov},
			[]want{{"Sergey Lavrov", true, "نحن سعداء بصدق بهذه النجاحات لأنها نجاحات للأصدقاء"}}},
		{"ar/media are the channel: نقلت عن X قوله", "ar",
			"ونقلت وسائل إعلام روسية عن لافروف قوله للرئيس شي: “نود أن نعرب عن تقديرنا الكبير”.", []ent{lavrov},
			[]want{{"Sergey Lavrov", true, "نود أن نعرب عن تقديرنا الكبير"}}},
		{"ar/a state speaks", "ar",
			"وقالت الصين أيضا إنها لا تزود روسيا بالأسلحة.", []ent{china, russia},
			[]want{{"China", false, "إنها لا تزود روسيا بالأسلحة"}}},
		{"ar/participle مضيفا أن continues the speaker", "ar",
			"وقال لافروف إن المحادثات كانت مثمرة، مضيفا أن البلدين سيوقعان اتفاقا.", []ent{lavrov},
			[]want{{"Sergey Lavrov", false, "المحادثات كانت مثمرة"}, {"Sergey Lavrov", false, "البلدين سيوقعان اتفاقا"}}},
		{"ar/أشار إلى with a parenthetical subject", "ar",
			"وأشار سرجيو دي داتو -الذي يقود فريقا من المنظمة- إلى وجود حالات لأطفال فقدوا عائلاتهم.",
			[]ent{{"Sergio Di Dato", "PER", "ITA", []string{"سرجيو دي داتو"}}},
			[]want{{"Sergio Di Dato", false, "وجود حالات لأطفال فقدوا عائلاتهم"}}},
		{"ar/present tense يقول", "ar",
			"ويقول بوتين إن الغرب يسعى إلى إضعاف روسيا.", []ent{putin, russia},
			[]want{{"Vladimir Putin", false, "الغرب يسعى إلى إضعاف روسيا"}}},
		{"ar/subject before the verb", "ar",
			"والتقى الوزيران أمس. بوتين قال إن العلاقات مع الصين ممتازة.", []ent{putin, china},
			[]want{{"Vladimir Putin", false, "العلاقات مع الصين ممتازة"}}},
		{"ar/بحسب names the source after the clause", "ar",
			"عقد الوزيران لقاء تناولا فيه الحرب في غزة، بحسب بيان للخارجية التركية.",
			[]ent{{"Ministry of Foreign Affairs (Turkey)", "ORG", "TURGOV", []string{"الخارجية التركية", "للخارجية التركية"}}},
			[]want{{"Ministry of Foreign Affairs (Turkey)", false, "عقد الوزيران لقاء تناولا فيه الحرب في غزة"}}},
		{"ar/a role noun refers to its holder named before", "ar",
			"قالت رئيسة الوزراء الإيطالية جورجيا ميلوني إن الحكومة ستتحرك.\nوقالت رئيسة الوزراء الإيطالية \"كلما غادر عدد أكبر من الناس زاد خطر الموت\".", []ent{meloni, italy},
			[]want{{"Giorgia Meloni", false, "الحكومة ستتحرك"}, {"Giorgia Meloni", true, "كلما غادر عدد أكبر من الناس زاد خطر الموت"}}},
		{"ar/a name in quotation marks is the speaker, not a quote", "ar",
			"وقال متحدث الخارجية الأمريكية \"ماثيو ميلر\"، في تصريح الخميس: \"إن بلينكن سيناقش عددا من القضايا الحاسمة\".",
			[]ent{{"United States Department of State", "ORG", "USAGOV", []string{"الخارجية الأمريكية"}}},
			[]want{{"ماثيو ميلر", true, "إن بلينكن سيناقش عددا من القضايا الحاسمة"}}},
		{"ar/scare quote without a cue is dropped", "ar",
			"ووقع الطرفان اتفاقا يتعهد بعلاقة “بلا حدود” تجعل الصين تدعم خط روسيا.", []ent{china, russia},
			nil},
		{"ar/anonymous speakers get no speaker", "ar",
			"وقال منقذون إن معظم المهاجرين قدموا من أفغانستان.", nil,
			[]want{{"", false, "معظم المهاجرين قدموا من أفغانستان"}}},
		{"ar/the authorities are the country of the story", "ar",
			"غرق قارب قبالة إيطاليا. وتواصل إيطاليا البحث. وقالت السلطات المحلية إن 81 شخصا نجوا من الحادث.", []ent{italy},
			[]want{{"Italy", false, "81 شخصا نجوا من الحادث"}}},
		{"ar/guillemets", "ar",
			"وقال بوتين: «سنواصل العملية حتى تحقيق أهدافها».", []ent{putin},
			[]want{{"Vladimir Putin", true, "سنواصل العملية حتى تحقيق أهدافها"}}},
		{"ar/reversed marks after و", "ar",
			"وكرر وانغ دعوات الصين لوقف إطلاق النار و”إنهاء الحرب قريبا”.", []ent{wang, china},
			[]want{{"Wang Yi", true, "إنهاء الحرب قريبا"}}},
		{"ar/a news agency after ل is the channel", "ar",
			"وقال لافروف لوكالة تاس إن الحوار ممكن.", []ent{lavrov, {"TASS", "ORG", "RUSMED", []string{"تاس", "وكالة تاس"}}},
			[]want{{"Sergey Lavrov", false, "الحوار ممكن"}}},

		{"ar/headline NAME: «quotation»", "ar",
			"بوتين: «لن نسمح بتهديد أمن روسيا»\nوقال بوتين إن الغرب يسعى إلى إضعاف روسيا.", []ent{putin, russia},
			[]want{{"Vladimir Putin", true, "لن نسمح بتهديد أمن روسيا"}, {"Vladimir Putin", false, "الغرب يسعى إلى إضعاف روسيا"}}},
		{"ar/a quotation over two paragraphs gives two quotes", "ar",
			"وتابع بوتين: «الغرب يريد إضعاف روسيا. هذا لن يحدث أبدا.\nنحن مستعدون للحوار، لكن ليس على حساب مصالحنا».", []ent{putin, russia},
			[]want{{"Vladimir Putin", true, "الغرب يريد إضعاف روسيا. هذا لن يحدث أبدا."}, {"Vladimir Putin", true, "نحن مستعدون للحوار، لكن ليس على حساب مصالحنا"}}},
		{"ar/participle قائلة after a nested verb keeps the speaker", "ar",
			"وأشارت زاخاروفا إلى أن موسكو أبلغت الجانب الأمريكي بموقفها، قائلة: \"لقد حذرناهم مرارا\".",
			[]ent{{"Maria Zakharova", "PER", "RUSGOV", []string{"زاخاروفا"}}},
			[]want{{"Maria Zakharova", false, "موسكو أبلغت الجانب الأمريكي بموقفها"}, {"Maria Zakharova", true, "لقد حذرناهم مرارا"}}},
		{"ar/a definite noun refers to the body named before", "ar",
			"ونقلت وكالة الأنباء السعودية عن مصدر مسؤول قوله إن المملكة تتابع التطورات.\nوبحسب الوكالة، فإن الاجتماع سيعقد الأسبوع المقبل.",
			[]ent{{"Saudi Press Agency", "ORG", "SAUMED", []string{"وكالة الأنباء السعودية"}}},
			[]want{{"", false, "المملكة تتابع التطورات"}, {"Saudi Press Agency", false, "الاجتماع سيعقد الأسبوع المقبل"}}},
		{"ar/a verb after a relative pronoun speaks for its antecedent", "ar",
			"وانتقد المتحدث موقف لافروف الذي قال إن الغرب يكذب.", []ent{lavrov},
			[]want{{"Sergey Lavrov", false, "الغرب يكذب"}}},
		{"ar/the formula يذكر أن has no speaker", "ar",
			"وقال لافروف إن روسيا مستعدة للحوار.\nيذكر أن المحادثات متوقفة منذ عام 2022.", []ent{lavrov, russia},
			[]want{{"Sergey Lavrov", false, "روسيا مستعدة للحوار"}, {"", false, "المحادثات متوقفة منذ عام 2022"}}},
		{"ar/a noun in ة is no verb with a pronoun", "ar",
			"التقى الرئيس الصيني شي جين بينغ مع لافروف في إشارة إلى الدعم المتبادل.", []ent{lavrov, {"Xi Jinping", "PER", "CHNGOV", []string{"شي جين بينغ"}}},
			nil},
		{"ar/a verb with an object pronoun", "ar",
			"ونفت طهران هذه الاتهامات، ووصفتها بأنها \"لا أساس لها من الصحة\".", []ent{{"Iran", "LOC", "IRN", []string{"طهران"}}},
			[]want{{"Iran", true, "لا أساس لها من الصحة"}}},
		{"ar/a colon ends the paragraph before the quotation", "ar",
			"وقال لافروف في كلمته:\n“إننا لن نقبل بأي إملاءات من الغرب”.", []ent{lavrov},
			[]want{{"Sergey Lavrov", true, "إننا لن نقبل بأي إملاءات من الغرب"}}},
		{"ar/a statement speaks for its issuer", "ar",
			"أفاد بيان صادر عن الرئاسة التركية، أن أردوغان أجرى اتصالا هاتفيا مع بوتين.\nوأشار البيان إلى أن الجانبين بحثا العلاقات الثنائية.",
			[]ent{putin, {"Presidency of Turkey", "ORG", "TURGOV", []string{"الرئاسة التركية"}}, {"Recep Tayyip Erdoğan", "PER", "TURGOV", []string{"أردوغان"}}},
			[]want{{"Presidency of Turkey", false, "أردوغان أجرى اتصالا هاتفيا مع بوتين"}, {"Presidency of Turkey", false, "الجانبين بحثا العلاقات الثنائية"}}},

		// English
		{"en/an age between commas is no subject", "en",
			"Hamas official Osama Hamdan, 55, told The Associated Press in an interview that the group would not release hostages.",
			[]ent{{"Osama Hamdan", "PER", "PSEREB", []string{"Osama Hamdan"}}, {"Associated Press", "ORG", "USAMED", []string{"The Associated Press"}}},
			[]want{{"Osama Hamdan", false, "the group would not release hostages"}}},
		{"en/a quotation split by he said: two quotes", "en",
			"Esper spoke in Hanoi.\n\"I think,\" he said, \"that the region understands our message.\"", []ent{esper},
			[]want{{"Mark Esper", true, "I think"}, {"Mark Esper", true, "that the region understands our message."}}},
		{"en/she is a person, not the last body that spoke", "en",
			"The ministry said in a statement that it rejected the accusations. \"No,\" she replied.",
			[]ent{{"Ministry of Foreign Affairs (Russia)", "ORG", "RUSGOV", []string{"The ministry"}}},
			[]want{{"Ministry of Foreign Affairs (Russia)", false, "it rejected the accusations"}, {"", true, "No"}}},
		{"en/an anonymous official keeps no speaker", "en",
			"The official, who spoke on condition of anonymity, said the decision had not been made.", nil,
			[]want{{"", false, "the decision had not been made"}}},
		{"en/headline NAME: 'quotation'", "en",
			"Biden: 'We will respond' to attack on US troops", []ent{{"Joe Biden", "PER", "USAGOV", []string{"Biden"}}},
			[]want{{"Joe Biden", true, "We will respond"}}},
		{"en/a quoted name is not speech", "en",
			"The so-called \"Islamic Resistance in Iraq\" claimed responsibility for the attack.",
			[]ent{{"Islamic Resistance in Iraq", "ORG", "IRQREB", []string{"Islamic Resistance in Iraq"}}},
			nil},
		{"en/quote, then subject and verb", "en",
			"“We will not accept attempts to assert unlawful claims,” Esper said in a speech.", []ent{esper},
			[]want{{"Mark Esper", true, "We will not accept attempts to assert unlawful claims"}}},
		{"en/subject and verb, then quote", "en",
			"Later, in remarks at the headquarters, Esper said, “We strongly oppose violations of international law.”", []ent{esper},
			[]want{{"Mark Esper", true, "We strongly oppose violations of international law."}}},
		{"en/verb before its subject after a quote", "en",
			"“There is no reason to believe they have changed,” said Mr. Reeves, a senior fellow at Harvard University.",
			[]ent{{"Eric Reeves", "PER", "USA", []string{"Eric Reeves", "Mr. Reeves"}}, {"Harvard University", "ORG", "USA", []string{"Harvard University"}}},
			[]want{{"Eric Reeves", true, "There is no reason to believe they have changed"}}},
		{"en/quote interrupted by its attribution: two quotes", "en",
			"“We pray for the full recovery of both men,” said Stephanie Grisham. “We thank the Afghan government for its actions.”",
			[]ent{{"Stephanie Grisham", "PER", "USA", []string{"Stephanie Grisham"}}},
			[]want{{"Stephanie Grisham", true, "We pray for the full recovery of both men"}, {"Stephanie Grisham", true, "We thank the Afghan government for its actions."}}},
		{"en/reported that-clause", "en",
			"Esper announced that the U.S. will provide Vietnam with a surplus ship.", []ent{esper, usa},
			[]want{{"Mark Esper", false, "the U.S. will provide Vietnam with a surplus ship"}}},
		{"en/he is the person in focus", "en",
			"Esper visited Hanoi on Wednesday. He said it would be provided next year.", []ent{esper},
			[]want{{"Mark Esper", false, "it would be provided next year"}}},
		{"en/attribution after the reported sentence", "en",
			"Two service members have been killed in a crash, the US military said in a statement on Wednesday.", []ent{usmil},
			[]want{{"United States Armed Forces", false, "Two service members have been killed in a crash"}}},
		{"en/the statement speaks for its issuer", "en",
			"Two service members have been killed, the US military said in a statement.\n\n\"The cause of the crash is under investigation,\" the statement said.", []ent{usmil},
			[]want{{"United States Armed Forces", false, "Two service members have been killed"}, {"United States Armed Forces", true, "The cause of the crash is under investigation"}}},
		{"en/told names the channel, not the speaker", "en",
			"“It was an attempt to mislead voters,’’ Will Moy, chief executive of Full Fact, told the BBC.", []ent{moy, fullFct, bbc},
			[]want{{"Will Moy", true, "It was an attempt to mislead voters"}}},
		{"en/according to", "en",
			"More than 2,500 civilians have been killed this year, according to the United Nations.",
			[]ent{{"United Nations", "ORG", "IGOUNO", []string{"United Nations"}}},
			[]want{{"United Nations", false, "More than 2,500 civilians have been killed this year"}}},
		{"en/coordinated subjects both speak", "en",
			"The United Nations and European Union stressed the decision would not change the reality.",
			[]ent{{"United Nations", "ORG", "IGOUNO", []string{"United Nations"}}, {"European Union", "ORG", "IGOEUREEC", []string{"European Union"}}},
			[]want{{"European Union", false, "the decision would not change the reality"}, {"United Nations", false, "the decision would not change the reality"}}},
		{"en/participle saying takes the sentence's subject", "en",
			"The US welcomed the exchange, saying the hostages had suffered from their ordeal.", []ent{usa},
			[]want{{"United States", false, "the hostages had suffered from their ordeal"}}},
		{"en/and said keeps the subject", "en",
			"The ministry said it viewed the move as a violation and said it would likely heighten tensions.",
			[]ent{{"Ministry of Foreign Affairs (Russia)", "ORG", "RUSGOV", []string{"The ministry"}}},
			[]want{{"Ministry of Foreign Affairs (Russia)", false, "it viewed the move as a violation"}, {"Ministry of Foreign Affairs (Russia)", false, "it would likely heighten tensions"}}},
		{"en/but that splits the clause", "en",
			"US officials said that they had briefed the team, but that they did not know the plan.", []ent{usa},
			[]want{{"United States", false, "they had briefed the team"}, {"United States", false, "they did not know the plan"}}},
		{"en/quote left open runs to the paragraph's end and goes on", "en",
			"Secretary of State Mike Pompeo said the release “gives us hope for peace.\n\n“We see these developments as hopeful signs.”",
			[]ent{{"Mike Pompeo", "PER", "USAGOV", []string{"Mike Pompeo"}}},
			[]want{{"Mike Pompeo", true, "gives us hope for peace."}, {"Mike Pompeo", true, "We see these developments as hopeful signs."}}},
		{"en/scare quote is dropped", "en",
			"Esper paid a visit to the prison, dubbed the “Hanoi Hilton” by American servicemen.", []ent{esper},
			nil},
		{"en/anonymous source gets no speaker", "en",
			"The president is under house arrest, a source said.", nil,
			[]want{{"", false, "The president is under house arrest"}}},
		{"en/short quote inside a reported clause: the clause", "en",
			"Israeli Prime Minister Benjamin Netanyahu, however, said he was \"very moved\" by the announcement.",
			[]ent{{"Benjamin Netanyahu", "PER", "ISRGOV", []string{"Benjamin Netanyahu"}}},
			[]want{{"Benjamin Netanyahu", false, "he was \"very moved\" by the announcement"}}},
		{"en/apostrophes are not quotation marks", "en",
			"The hostages’ families thanked Australia’s leaders, Morrison said.",
			[]ent{{"Scott Morrison", "PER", "AUSGOV", []string{"Morrison"}}},
			[]want{{"Scott Morrison", false, "The hostages’ families thanked Australia’s leaders"}}},
		{"en/passive announcement has no speaker", "en",
			"It was announced that the talks would resume next week.", nil,
			[]want{{"", false, "the talks would resume next week"}}},
		{"en/single quotation marks", "en",
			"Mugabe 'insisting he finishes his term', as priest steps in", nil,
			[]want{{"", true, "insisting he finishes his term"}}},
		{"en/nested quotation stays inside", "en",
			"Esper said, “They called it ‘a new era’ for the region.”", []ent{esper},
			[]want{{"Mark Esper", true, "They called it ‘a new era’ for the region."}}},
		{"en/pronoun it is the body in focus", "en",
			"The Taliban claimed responsibility for the attack on the helicopter, which it said crashed in Logar province.",
			[]ent{{"Taliban", "ORG", "AFGINS", []string{"Taliban"}}},
			[]want{{"Taliban", false, "crashed in Logar province"}}},
	}
	runCases(t, cases)
}

// TestConcurrent runs one stage on several documents at once (go test
// -race checks the stage shares nothing mutable).
func TestConcurrent(t *testing.T) {
	st := MustNew()
	texts := []string{
		"وقال لافروف إن “ما يسمى بصيغة السلام” التي طرحها الرئيس الأوكراني “منفصلة تماما عن أي حقائق”.",
		"“We will not accept attempts to assert unlawful claims,” Esper said in a speech.",
	}
	want := make([][]string, len(texts))
	for i, tx := range texts {
		d := makeDoc("", tx, lavrov, esper)
		want[i] = got(st.Quotes(d))
	}
	done := make(chan error)
	for w := 0; w < 4; w++ {
		go func(w int) {
			for n := 0; n < 50; n++ {
				i := (w + n) % len(texts)
				d := makeDoc("", texts[i], lavrov, esper)
				if g := got(st.Quotes(d)); strings.Join(g, "|") != strings.Join(want[i], "|") {
					done <- fmt.Errorf("text %d: got %v, want %v", i, g, want[i])
					return
				}
			}
			done <- nil
		}(w)
	}
	for w := 0; w < 4; w++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestRoleMentionSpeaksAsBody: a country mention with a group role (the
// entity stage's "US military" → United States, role USAMIL) speaks as
// the body the lexicon names by those words.
func TestRoleMentionSpeaksAsBody(t *testing.T) {
	txt := "Two service members have been killed, the US military said in a statement."
	d := makeDoc("en", txt, usa)
	rs := []rune(txt)
	for i := range d.Entities {
		for j, m := range d.Entities[i].Mentions {
			if string(rs[m.Start:m.End]) == "US" {
				d.Entities[i].Mentions[j].End = m.Start + len([]rune("US military"))
				d.Entities[i].Mentions[j].Text = "US military"
				d.Entities[i].Mentions[j].Role = "USAMIL"
			}
		}
	}
	qs := MustNew().Quotes(d)
	if len(qs) != 1 || qs[0].Speaker == nil || qs[0].Speaker.Name != "United States Armed Forces" || qs[0].Speaker.Actor != "USAMIL" {
		t.Fatalf("got %v", got(qs))
	}
}

// quoteCase is one labelled phenomenon: a text, the entities the entity
// stage would give, and the quotes wanted.
type quoteCase struct {
	name string
	lang string
	text string
	ents []ent
	want []want
}

// runCases runs the stage on each case and compares the quotes, sorted.
func runCases(t *testing.T, cases []quoteCase) {
	st := MustNew()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := makeDoc(c.lang, c.text, c.ents...)
			if err := st.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			checkOffsets(t, d, d.Quotes)
			var ws []string
			for _, w := range c.want {
				ws = append(ws, w.String())
			}
			sort.Strings(ws)
			g := got(d.Quotes)
			if strings.Join(g, "\n") != strings.Join(ws, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(g, "\n  "), strings.Join(ws, "\n  "))
			}
		})
	}
}
