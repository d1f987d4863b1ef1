package quote

import (
	"context"
	"testing"
)

// TestSpeakerClasses holds one labelled case per rule added for the
// error classes of the third developer session: speakers that are
// bodies, quotations that are no speech, and clauses of two speakers.
// The sentences are new, written for these tests.
func TestSpeakerClasses(t *testing.T) {
	egyptMFA := ent{"Ministry of Foreign Affairs (Egypt)", "ORG", "EGYGOV", []string{"وزارة الخارجية المصرية"}}
	guterres := ent{"Antonio Guterres", "PER", "IGOUNO", []string{"أنطونيو غوتيريش"}}
	cases := []quoteCase{
		{"sentence/en a stop inside a closing quotation mark ends the sentence before a capital", "en",
			"Antonio Guterres told reporters that the shelling of the camp on Monday was a \"grave breach.\" Aid groups say the roads are closed.",
			[]ent{{"Antonio Guterres", "PER", "IGOUNO", []string{"Antonio Guterres"}}},
			[]want{{"Antonio Guterres", false, "the shelling of the camp on Monday was a \"grave breach.\""}, {"", false, "the roads are closed"}}},
		{"aside/ar a body before a comma speaks, not the person in the aside after it", "ar",
			"وقالت وزارة الخارجية المصرية، في بيان قرأه أنطونيو غوتيريش أمام الصحفيين، إن المعابر ستفتح غدا.",
			[]ent{egyptMFA, guterres},
			[]want{{"Ministry of Foreign Affairs (Egypt)", false, "المعابر ستفتح غدا"}}},
		{"contrast/ar غير أن with a named subject ends the reported clause", "ar",
			"وقال أنطونيو غوتيريش إن الممرات ستفتح قريبا، إلا أن وزارة الخارجية المصرية لم تحدد موعدا.",
			[]ent{guterres, egyptMFA},
			[]want{{"Antonio Guterres", false, "الممرات ستفتح قريبا"}}},
		{"byqawl/ar بالقول after a verb joined by و: the subject of the clause it joins speaks", "ar",
			"وقال أنطونيو غوتيريش إن المساعدات تأخرت، غير أن وزارة الخارجية المصرية رفضت التعليق، واكتفت بالقول إن المعبر مفتوح.",
			[]ent{guterres, egyptMFA},
			[]want{{"Antonio Guterres", false, "المساعدات تأخرت"}, {"Ministry of Foreign Affairs (Egypt)", false, "المعبر مفتوح"}}},
		{"post/en a claim before \"X said, adding that\" is X's too", "en",
			"The crossings will reopen on Friday, Antonio Guterres said, adding that the convoys were ready.",
			[]ent{{"Antonio Guterres", "PER", "IGOUNO", []string{"Antonio Guterres"}}},
			[]want{{"Antonio Guterres", false, "The crossings will reopen on Friday"}, {"Antonio Guterres", false, "the convoys were ready"}}},
		{"kana-qad/ar وكان X قد قال with a time phrase after the verb: X speaks", "ar",
			"وكان أنطونيو غوتيريش قد قال مطلع الشهر الماضي إن المساعدات لا تكفي.",
			[]ent{guterres},
			[]want{{"Antonio Guterres", false, "المساعدات لا تكفي"}}},
		{"adjacent/ar a one-word person mention right before a name is that name's adjective", "ar",
			"وقال الأمين العام المصري سامح شكري إن الوفد وصل.",
			[]ent{{"Abdel Fattah al-Sisi", "PER", "EGYGOV", []string{"المصري"}}, {"Sameh Shoukry", "PER", "EGYGOV", []string{"سامح شكري"}}},
			[]want{{"Sameh Shoukry", false, "الوفد وصل"}}},
		{"second/ar ، وإنه opens a second clause of the same verb", "ar",
			"وقال أنطونيو غوتيريش إنه وصل إلى القاهرة مساء أمس، وإنه سيلتقي الوزراء اليوم في العاصمة.",
			[]ent{guterres},
			[]want{{"Antonio Guterres", false, "إنه وصل إلى القاهرة مساء أمس"}, {"Antonio Guterres", false, "سيلتقي الوزراء اليوم في العاصمة"}}},
		{"name/ar a quotation that opens with a word before a name is a phrase, not a quoted name", "ar",
			"وأكدت وزارة الخارجية المصرية «دعم جمهورية مصر العربية الكامل» للاتفاق.",
			[]ent{egyptMFA, {"Egypt", "LOC", "EGY", []string{"جمهورية مصر العربية"}}},
			[]want{{"Ministry of Foreign Affairs (Egypt)", true, "دعم جمهورية مصر العربية الكامل"}}},
		{"bianna/ar وصف X ... بأنه «...»: a short quotation after بأنه is the speaker's word however far the verb", "ar",
			"وكان أنطونيو غوتيريش قد وصف الوفد الحكومي المفاوض الأسبوع الماضي بأنه «غير جاد»، ومطالبه بأنها «تعجيزية».",
			[]ent{guterres},
			[]want{{"Antonio Guterres", true, "غير جاد"}, {"Antonio Guterres", true, "تعجيزية"}}},
		{"adjacent/ar two persons joined by و both speak", "ar",
			"وقال شكري وغوتيريش إن الاجتماع كان مثمرا.",
			[]ent{{"Sameh Shoukry", "PER", "EGYGOV", []string{"شكري"}}, {"Antonio Guterres", "PER", "IGOUNO", []string{"غوتيريش"}}},
			[]want{{"Sameh Shoukry", false, "الاجتماع كان مثمرا"}}},
		{"dropped/ar the subject of the sentence's first verb speaks after و", "ar",
			"وقال الأمين العام أنطونيو غوتيريش إن الوضع خطير. ورحبت وزارة الخارجية المصرية بالبيان، وقالت إن القاهرة مستعدة للمساعدة.",
			[]ent{guterres, egyptMFA},
			[]want{{"Antonio Guterres", false, "الوضع خطير"}, {"Ministry of Foreign Affairs (Egypt)", false, "القاهرة مستعدة للمساعدة"}}},
		{"split/ar فيما and a new verb of saying open another speaker's clause", "ar",
			"وقال أنطونيو غوتيريش إن الهدنة صامدة، فيما قالت وزارة الخارجية المصرية إن المعابر ستفتح.",
			[]ent{guterres, egyptMFA},
			[]want{{"Antonio Guterres", false, "الهدنة صامدة"}, {"Ministry of Foreign Affairs (Egypt)", false, "المعابر ستفتح"}}},
		{"split/en while and a new verb of saying open another speaker's clause", "en",
			"Antonio Guterres said the truce was holding, while Egypt's foreign ministry said the crossings would open.",
			[]ent{{"Antonio Guterres", "PER", "IGOUNO", []string{"Antonio Guterres"}}, {"Ministry of Foreign Affairs (Egypt)", "ORG", "EGYGOV", []string{"Egypt's foreign ministry"}}},
			[]want{{"Antonio Guterres", false, "the truce was holding"}, {"Ministry of Foreign Affairs (Egypt)", false, "the crossings would open"}}},
		{"dropped/ar ووصف with an object noun keeps the sentence's subject", "ar",
			"وأدانت وزارة الخارجية المصرية التفجير، ووصفت العملية بأنها «عمل جبان وغادر».",
			[]ent{egyptMFA},
			[]want{{"Ministry of Foreign Affairs (Egypt)", true, "عمل جبان وغادر"}}},
		{"dropped/ar وصف in a relative clause is not joined by و", "ar",
			"وهو ما رفضته الحكومة في رسالة وصفت فيها الخطوة بأنها «تصعيد خطير».",
			nil,
			[]want{{"", true, "تصعيد خطير"}}},
		{"dropped/ar a participle of saying after the verb is no subject", "ar",
			"وقال الأمين العام أنطونيو غوتيريش إن الوضع خطير. وحذر قائلا: «لن نقبل بأي اعتداء على المدنيين».",
			[]ent{guterres},
			[]want{{"Antonio Guterres", false, "الوضع خطير"}, {"Antonio Guterres", true, "لن نقبل بأي اعتداء على المدنيين"}}},
		{"contrast/ar غير أن opens no speech", "ar",
			"ودعا الأمين العام أنطونيو غوتيريش الطرفين إلى الحوار، غير أن أيا منهما لم يستجب.",
			[]ent{guterres},
			nil},
		{"negated/ar a denied verb of saying attributes nothing", "ar",
			"نشرت الصحيفة تقريرا عن الصفقة. لم يقل رئيس الوزراء إن الاتفاق سيوقع.",
			nil,
			nil},
		{"elided/en an object place is no subject of 'and said'", "en",
			"Regional leaders gave the rebels in Mali two weeks to disarm and said they would act if ignored.",
			[]ent{{"Mali", "LOC", "MLI", []string{"Mali"}}},
			[]want{{"", false, "they would act if ignored"}}},
		{"elided/en the subject after an opening phrase", "en",
			"In a sign of unease, the European Commission issued a note warning that banks must hold more capital.",
			[]ent{{"European Commission", "ORG", "IGOEUREEC", []string{"European Commission"}}},
			[]want{{"European Commission", false, "banks must hold more capital"}}},
		{"post/en a verb of a relative clause attributes nothing before it", "en",
			"The envoy landed in Khartoum, defying warnings from the army, which responded by closing the airport.",
			[]ent{{"Khartoum", "LOC", "SDN", []string{"Khartoum"}}},
			nil},
		{"apposition/en NAME, leader of BODY, said: the name speaks", "en",
			"Maria Lopez, leader of the Workers Party, said the strike would go on.",
			[]ent{{"Maria Lopez", "PER", "", []string{"Maria Lopez"}}, {"Workers Party", "ORG", "", []string{"Workers Party"}}},
			[]want{{"Maria Lopez", false, "the strike would go on"}}},
		{"office/en a person's office speaks for the person", "en",
			"President Antonio Guterres's office said the talks would resume.",
			[]ent{{"Antonio Guterres", "PER", "IGOUNO", []string{"Antonio Guterres"}}},
			[]want{{"Antonio Guterres", false, "the talks would resume"}}},
		{"that/en a time phrase of numbers between the verb and that", "en",
			"Maria Lopez announced about two hours later that she would resign.",
			[]ent{{"Maria Lopez", "PER", "", []string{"Maria Lopez"}}},
			[]want{{"Maria Lopez", false, "she would resign"}}},
		{"subject/en a body with its acronym in brackets after an opening phrase", "en",
			"Meeting in Nairobi, the East African Community (EAC) said it would send observers.",
			[]ent{{"East African Community", "ORG", "IGOEAFEAC", []string{"East African Community", "EAC"}}},
			[]want{{"East African Community", false, "it would send observers"}}},
		{"apposition/en a person named after a postposed body's envoy", "en",
			"“The talks will go on,” said the UN's envoy, former Algerian Foreign Minister Ramtane Lamamra, after the session.",
			[]ent{{"United Nations", "ORG", "IGOUNO", []string{"UN"}}, {"Algeria", "LOC", "DZA", []string{"Algerian"}}, {"Ramtane Lamamra", "PER", "DZAGOV", []string{"Ramtane Lamamra"}}},
			[]want{{"Ramtane Lamamra", true, "The talks will go on"}}},
		{"scare/ar a short quotation governed by a verbal noun is the narrator's", "ar",
			"أعلنت مصر الأحد قطع علاقاتها مع الجماعة، متهمة إياها بالقيام بـ«أعمال تخريبية» متواصلة.",
			[]ent{{"Egypt", "LOC", "EGY", []string{"مصر"}}},
			nil},
		{"apposition/en a relative clause inside the description", "en",
			"Maria Lopez, a former judge who entered politics in 2019, announced on Monday that she would resign.",
			[]ent{{"Maria Lopez", "PER", "", []string{"Maria Lopez"}}},
			[]want{{"Maria Lopez", false, "she would resign"}}},
		{"cue/ar a two-letter verb with an object pronoun, a preposition with a pronoun after it", "ar",
			"واتصل الأمين العام أنطونيو غوتيريش بالرئيس وحثه فيه على «وقف التصعيد فورا وحماية المدنيين».",
			[]ent{guterres},
			[]want{{"Antonio Guterres", true, "وقف التصعيد فورا وحماية المدنيين"}}},
	}
	runCases(t, cases)
}

// TestPossessiveBody: a country's possessive group role ("China's
// military", role CHNMIL) speaks as the body the lexicon names by the
// country's adjective (Chinese military → People's Liberation Army).
func TestPossessiveBody(t *testing.T) {
	d := makeDoc("en", "China's military said it would hold drills near the island.",
		ent{"China", "LOC", "CHN", []string{"China's military"}})
	for i := range d.Entities {
		for j := range d.Entities[i].Mentions {
			d.Entities[i].Mentions[j].Role = "CHNMIL"
		}
	}
	if err := MustNew().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker == nil || d.Quotes[0].Speaker.Name != "People's Liberation Army" {
		t.Errorf("quotes %+v, want one by People's Liberation Army", d.Quotes)
	}
}
