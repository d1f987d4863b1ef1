package quote

import (
	"testing"
)

// TestGeneralRules holds one labelled case per rule added after the first
// held-out measurement. The sentences are new (other people, other
// wording) so that each rule is tested as grammar, not as a fix for one
// article.
func TestGeneralRules(t *testing.T) {
	wong := ent{"Penny Wong", "PER", "AUSGOV", []string{"Penny Wong"}}
	scholz := ent{"Olaf Scholz", "PER", "DEUGOV", []string{"Olaf Scholz"}}
	sanders := ent{"Bernie Sanders", "PER", "USALEG", []string{"Bernie Sanders"}}
	shoukry := ent{"Sameh Shoukry", "PER", "EGYGOV", []string{"سامح شكري", "شكري"}}
	sudani := ent{"Mohammed Shia al-Sudani", "PER", "IRQGOV", []string{"محمد شياع السوداني"}}
	peskov := ent{"Dmitry Peskov", "PER", "RUSGOV", []string{"Dmitry Peskov"}}
	nato := ent{"NATO", "ORG", "IGOWSTNAT", []string{"NATO"}}
	rusMFA := ent{"Ministry of Foreign Affairs (Russia)", "ORG", "RUSGOV", []string{"Russia's Foreign Ministry"}}
	zakharova := ent{"Maria Zakharova", "PER", "RUSGOV", []string{"Maria Zakharova"}}
	khan := ent{"Imran Khan", "PER", "PAKOPP", []string{"Imran Khan"}}
	akufo := ent{"Nana Akufo-Addo", "PER", "GHAGOV", []string{"Nana Akufo-Addo"}}
	japan := ent{"Japan", "LOC", "JPN", []string{"Japan"}}
	grossi := ent{"Rafael Grossi", "PER", "IGOUNOIAE", []string{"غروسي"}}
	eslami := ent{"Mohammad Eslami", "PER", "IRNGOV", []string{"محمد إسلامي"}}
	tedros := ent{"Tedros Adhanom Ghebreyesus", "PER", "IGOUNOWHO", []string{"تيدروس غيبريسوس"}}
	who := ent{"World Health Organization", "ORG", "IGOUNOWHO", []string{"منظمة الصحة العالمية"}}
	assad := ent{"Bashar al-Assad", "PER", "SYRGOV", []string{"بشار الأسد"}}
	hussein := ent{"Fuad Hussein", "PER", "IRQGOV", []string{"فؤاد حسين"}}
	iaea := ent{"International Atomic Energy Agency", "ORG", "IGOUNOIAE", []string{"International Atomic Energy Agency"}}
	williams := ent{"Stephanie Williams", "PER", "IGOUNO", []string{"ستيفاني ويليامز"}}
	// the entity stage may link a bare title to the person in focus
	wrongTitle := ent{"Abdul Hamid Dbeibah", "PER", "LBYGOV", []string{"الدبيبة", "المستشارة"}}

	cases := []quoteCase{
		// a quoted fragment inside a reported clause: the clause is the quote
		{"fragment/en said X “fragment” Y", "en",
			"Foreign Minister Penny Wong said the new treaty was a “historic step” for the whole region.", []ent{wong},
			[]want{{"Penny Wong", false, "the new treaty was a “historic step” for the whole region"}}},
		{"fragment/en said on Monday that X “fragment” and Y", "en",
			"Chancellor Olaf Scholz said on Monday that the sanctions were “only the beginning” and would be tightened.", []ent{scholz},
			[]want{{"Olaf Scholz", false, "the sanctions were “only the beginning” and would be tightened"}}},
		{"fragment/en a long adverbial phrase before that", "en",
			"Senator Bernie Sanders said in a radio interview on Friday that the bill was “a gift to the rich” and should be withdrawn.", []ent{sanders},
			[]want{{"Bernie Sanders", false, "the bill was “a gift to the rich” and should be withdrawn"}}},
		{"fragment/ar قال إن X «fragment» Y", "ar",
			"وقال وزير الخارجية المصري سامح شكري إن المفاوضات تمر بمرحلة «دقيقة وحساسة» في الوقت الراهن.", []ent{shoukry},
			[]want{{"Sameh Shoukry", false, "المفاوضات تمر بمرحلة «دقيقة وحساسة» في الوقت الراهن"}}},
		{"fragment/ar أكد أن X «fragment» at the end", "ar",
			"وأكد رئيس الوزراء العراقي محمد شياع السوداني أن بلاده لن تكون «ساحة لتصفية الحسابات».", []ent{sudani},
			[]want{{"Mohammed Shia al-Sudani", false, "بلاده لن تكون «ساحة لتصفية الحسابات»"}}},
		{"fragment/ar quotations that carry the clause stay quotations", "ar",
			"وقال شكري إن «الحل السياسي» الذي تطرحه القاهرة «هو السبيل الوحيد لإنهاء الأزمة».", []ent{shoukry},
			[]want{{"Sameh Shoukry", true, "الحل السياسي"}, {"Sameh Shoukry", true, "هو السبيل الوحيد لإنهاء الأزمة"}}},

		// who speaks
		{"speaker/en NAME, a spokesman for PERSON, said", "en",
			"Dmitry Peskov, a spokesman for Russian President Vladimir Putin, said the Kremlin had not received the letter.",
			[]ent{peskov, {"Vladimir Putin", "PER", "RUSGOV", []string{"Vladimir Putin"}}},
			[]want{{"Dmitry Peskov", false, "the Kremlin had not received the letter"}}},
		{"speaker/en description, NAME, said", "en",
			"A NATO spokeswoman, Oana Lungescu, said the alliance was monitoring the situation.", []ent{nato},
			[]want{{"Oana Lungescu", false, "the alliance was monitoring the situation"}}},
		{"speaker/en title chain before a participle", "en",
			"Russia's Foreign Ministry spokeswoman Maria Zakharova dismissed the report, saying the claims were baseless.", []ent{rusMFA, zakharova},
			[]want{{"Maria Zakharova", false, "the claims were baseless"}}},
		{"speaker/en NAME, who ..., said", "en",
			"Former Prime Minister Imran Khan, who leads the opposition, said the vote had been rigged.", []ent{khan},
			[]want{{"Imran Khan", false, "the vote had been rigged"}}},
		{"speaker/en said X and that Y is one quote", "en",
			"Ghana's President Nana Akufo-Addo said the vote had been fair and that the results would stand.", []ent{akufo},
			[]want{{"Nana Akufo-Addo", false, "the vote had been fair and that the results would stand"}}},
		{"speaker/en said on Friday it ...: a bare clause after a time phrase", "en",
			"Japan said on Friday it would double its defence budget.", []ent{japan},
			[]want{{"Japan", false, "it would double its defence budget"}}},
		{"speaker/ar a surname names the person, not the last speaker", "ar",
			"والتقى غروسي رئيس المنظمة محمد إسلامي.\nوقال غروسي إن المحادثات مفيدة.\nمن جهته، قال إسلامي إن طهران ستتعاون.", []ent{grossi, eslami},
			[]want{{"Rafael Grossi", false, "المحادثات مفيدة"}, {"Mohammad Eslami", false, "طهران ستتعاون"}}},
		{"speaker/ar كان X قد أفاد: the subject before قد", "ar",
			"وقال تيدروس غيبريسوس إن الوضع صعب.\nوكانت منظمة الصحة العالمية قد أفادت في تقرير الأسبوع الماضي بأن المخزونات نفدت.", []ent{tedros, who},
			[]want{{"Tedros Adhanom Ghebreyesus", false, "الوضع صعب"}, {"World Health Organization", false, "المخزونات نفدت"}}},
		{"speaker/ar a participle of manner ends the clause", "ar",
			"وقال الرئيس السوري بشار الأسد إن الحرب انتهت، متوعدا بأن «المعركة لم تنته بعد».", []ent{assad},
			[]want{{"Bashar al-Assad", false, "الحرب انتهت"}, {"Bashar al-Assad", true, "المعركة لم تنته بعد"}}},
		{"speaker/ar لكنه حذر starts a second quote", "ar",
			"وقال وزير الخارجية العراقي فؤاد حسين إن بغداد تريد الحوار، لكنه حذر من أن الصبر بدأ ينفد.", []ent{hussein},
			[]want{{"Fuad Hussein", false, "بغداد تريد الحوار"}, {"Fuad Hussein", false, "الصبر بدأ ينفد"}}},
		{"speaker/ar a bare title gives way to the name after it", "ar",
			"وقال الدبيبة إن الحكومة باقية.\nودعت المستشارة الأممية ستيفاني ويليامز الأطراف إلى الهدوء، مشددة على أن «لا حل عسكريا للأزمة».", []ent{wrongTitle, williams},
			[]want{{"Abdul Hamid Dbeibah", false, "الحكومة باقية"}, {"Stephanie Williams", true, "لا حل عسكريا للأزمة"}}},
		{"speaker/en an unnamed subject keeps its participle", "en",
			"Amnesty International said police had beaten protesters. A police spokesman denied that officers had used force, saying the crowd had dispersed peacefully.",
			[]ent{{"Amnesty International", "ORG", "NGOHRIAMN", []string{"Amnesty International"}}},
			[]want{{"Amnesty International", false, "police had beaten protesters"}, {"", false, "officers had used force"}, {"", false, "the crowd had dispersed peacefully"}}},
		{"speaker/ar an anonymous noun before the verb", "ar",
			"وقال وزير الخارجية الفرنسي جان نويل بارو إن باريس تدعم الحل.\nلكن دبلوماسيين قالوا إن القرار قد يتأخر.",
			[]ent{{"Jean-Noël Barrot", "PER", "FRAGOV", []string{"جان نويل بارو"}}},
			[]want{{"Jean-Noël Barrot", false, "باريس تدعم الحل"}, {"", false, "القرار قد يتأخر"}}},
		{"speaker/ar a verb of saying after إذا reports nothing", "ar",
			"وقال الرئيس الكيني وليام روتو إن حكومته ستنسحب من المحادثات إذا وصفت المعارضة الاتفاق بأنه خيانة.",
			[]ent{{"William Ruto", "PER", "KENGOV", []string{"وليام روتو"}}},
			[]want{{"William Ruto", false, "حكومته ستنسحب من المحادثات إذا وصفت المعارضة الاتفاق بأنه خيانة"}}},
		{"speaker/en a report speaks for the body that issued it", "en",
			"The International Atomic Energy Agency sent inspectors in May. Rafael Grossi said talks were useful. The agency's quarterly report said Iran had expanded its stockpile.",
			[]ent{iaea, {"Rafael Grossi", "PER", "IGOUNOIAE", []string{"Rafael Grossi"}}},
			[]want{{"Rafael Grossi", false, "talks were useful"}, {"International Atomic Energy Agency", false, "Iran had expanded its stockpile"}}},
		{"speaker/ar تقرير صادر عن X: X speaks, not the last person", "ar",
			"وقال غروسي إن المحادثات مفيدة.\nوأفاد تقرير صادر عن الوكالة الدولية للطاقة الذرية بأن إيران وسعت مخزونها.",
			[]ent{grossi, {"International Atomic Energy Agency", "ORG", "IGOUNOIAE", []string{"الوكالة الدولية للطاقة الذرية"}}},
			[]want{{"Rafael Grossi", false, "المحادثات مفيدة"}, {"International Atomic Energy Agency", false, "إيران وسعت مخزونها"}}},
	}
	runCases(t, cases)
}
