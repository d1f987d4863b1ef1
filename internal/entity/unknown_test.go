package entity

import (
	"testing"

	"github.com/dyad-news/dyad/internal/lexicon"
)

// TestUnknownNames holds one labelled case per rule for names the
// lexicon does not know (sentences written for the test, names made up),
// on the embedded lexicon.
func TestUnknownNames(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := New(lex)
	for _, c := range []struct {
		label, text string
		want        []string // names of PER entities that must be found
		absent      []string
	}{
		{"ministry field between the role and its state",
			"وقال وزير الزراعة والثروة السمكية الموريتاني سيدي ولد التاه إن الموسم جيد.", []string{"سيدي ولد التاه"}, nil},
		{"a generic role with a body before an unlisted foreign name closed by a comma",
			"وقالت المديرة الإقليمية لمنظمة الصحة العالمية يوهانا ميكيلسن، التي زارت المخيم، إن الوضع خطير.", []string{"يوهانا ميكيلسن"}, nil},
		{"acting qualifier between the role and the name",
			"وعين الرئيس وزيرة الصحة بالنيابة ليلى بن عمار.", []string{"ليلى بن عمار"}, []string{"بالنيابة ليلى بن عمار"}},
		{"family name with the article after a known first name",
			"واستقبل الرئيس وزير الدفاع محمد الزرقوني في مكتبه.", []string{"محمد الزرقوني"}, []string{"محمد"}},
		{"kunya with a nisba after a role",
			"واعتقلت القوات القيادي في حركة حماس أبو خالد الجبوري في غزة.", []string{"أبو خالد الجبوري"}, nil},
		{"English hyphenated given names",
			"Opposition leader Kim Mi-ran spoke first. Gen. Choi Dae-sik said the army would stay neutral.", []string{"Kim Mi-ran", "Choi Dae-sik"}, []string{"Choi Dae", "Kim Mi"}},
		{"English name set off after a title and a comma",
			"A UN spokesman, Tarek Halvorsen, said the convoy had arrived.", []string{"Tarek Halvorsen"}, nil},
		{"English title inside a capitalised run",
			"The pilot, later named as Squadron Leader Imran Qadeer, was freed.", []string{"Imran Qadeer"}, nil},
		{"a place that is also a given name, before a surname",
			"Police detained the activist and his wife, Florence Wanjiru.", []string{"Florence Wanjiru"}, []string{"Florence"}},
		{"English derivations with a hyphen are no names",
			"Lawyers said the Harrow-based firm and Pereira-led group had merged.", nil, []string{"Harrow-based", "Pereira-led"}},
		{"a quoted phrase after a verb of saying is no name",
			"وقالت الوزارة إن القاهرة تابعت «المساعي والجهود الدولية» باهتمام.", nil, []string{"المساعي والجهود الدولية"}},
		{"an imperfect verb after a role is no name",
			"واقترح حكومة يقودها رئيس وزراء يختاره البرلمان.", nil, []string{"يختاره"}},
	} {
		t.Run(c.label, func(t *testing.T) {
			got := st.Recognize(c.text, "", "2024-04-09")
			expectTyped(t, got, "PER", c.want...)
			expectAbsent(t, got, c.absent...)
		})
	}
}

// TestArabicBodies holds one labelled case per shape of bodyNamePass
// (sentences written for the test).
func TestArabicBodies(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := New(lex)
	for _, c := range []struct {
		label, text string
		want        []string // ORG names that must be found
		absent      []string
		places      []string // LOC names that must be found
	}{
		{"body with the article, adjective and field with لل",
			"وأعلن المجلس الأعلى للقضاء تعليق عمله.", []string{"المجلس الأعلى للقضاء"}, nil, nil},
		{"body with the article, a state's adjective and a field",
			"ودعا الاتحاد الوطني المغربي للفلاحين إلى الإضراب.", []string{"الاتحاد الوطني المغربي للفلاحين"}, nil, nil},
		{"genitive chain with a bare noun",
			"وتبنت جبهة إنقاذ الوطن المسيرة.", []string{"جبهة إنقاذ الوطن"}, nil, nil},
		{"genitive chain ending in a place",
			"وقاطع حزب صوت لبنان الجلسة.", []string{"حزب صوت لبنان"}, nil, nil},
		{"a cell head needs no bare noun",
			"وقالت خلية الأزمة الحكومية إن الإصابات تراجعت.", []string{"خلية الأزمة الحكومية"}, nil, nil},
		{"a movement of traffic is no body",
			"وتوقفت حركة الملاحة البحرية في الميناء.", nil, []string{"حركة الملاحة البحرية", "حركة الملاحة"}, nil},
		{"an indefinite adjective ends the chain",
			"وصنفتها الحكومة منظمة إرهابية وحملتها مسؤولية الهجوم.", nil, []string{"منظمة إرهابية وحملتها مسؤولية الهجوم"}, nil},
		{"a facility named by its city",
			"وأغلقت السلطات ميناء طرطوس السوري ومطار دمشق الدولي أمام الرحلات.", nil, nil, []string{"ميناء طرطوس", "مطار دمشق الدولي"}},
		{"a relative pronoun is no adjective",
			"وقال مجلس إدارة الشركة الذي اجتمع أمس إن الأرباح زادت.", []string{"مجلس إدارة الشركة"}, []string{"مجلس إدارة الشركة الذي"}, nil},
	} {
		t.Run(c.label, func(t *testing.T) {
			got := st.Recognize(c.text, "", "2024-04-09")
			expectTyped(t, got, "LOC", c.places...)
			expectTyped(t, got, "ORG", c.want...)
			expectAbsent(t, got, c.absent...)
		})
	}
}

// TestHomographs holds one labelled case per rule that tells records of
// one spelling apart (sentences written for the test).
func TestHomographs(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := New(lex)
	for _, c := range []struct {
		label, text, want, absent string
	}{
		{"a shadda written in the text picks the record spelled with it", "ووصل الوفد الأردني إلى عمّان مساء أمس.", "Amman", "Oman"},
		{"without it the country stays first", "ووقعت سلطنة عمان اتفاقا مع إيران.", "Oman", "Amman"},
		{"a surname alone of someone out of office yields to a place", "وتظاهر المئات في باردو أمام مقر البرلمان التونسي.", "Bardo", "Tamir Pardo"},
	} {
		t.Run(c.label, func(t *testing.T) {
			got := st.Recognize(c.text, "", "2021-07-26")
			if findEntity(got, c.want) == nil {
				t.Errorf("no %q; got %s", c.want, dump(got))
			}
			expectAbsent(t, got, c.absent)
		})
	}
}

// TestEnglishBodies holds one labelled case per rule for English
// organisations outside the lexicon (sentences written for the test).
func TestEnglishBodies(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	st := New(lex)
	for _, c := range []struct{ label, text, want string }{
		{"a state's adjective, connectors and a head inside the run", "Police said the Brazilian Federation of Rural Workers blocked the road.", "Brazilian Federation of Rural Workers"},
		{"a run ending in a head is not split at its common words", "The Supreme Electoral Tribunal rejected the appeal.", "Supreme Electoral Tribunal"},
		{"a head that is also a common word", "The Higher Judicial Council suspended two judges.", "Higher Judicial Council"},
		{"a country's name begins the body's", "The Ghana Bar Association called for calm.", "Ghana Bar Association"},
	} {
		t.Run(c.label, func(t *testing.T) {
			expectTyped(t, st.Recognize(c.text, "", "2024-04-09"), "ORG", c.want)
		})
	}
}

// TestNasab: a person listed as "X Z" is found written "X بن Y Z" (a
// sentence written for the test).
func TestNasab(t *testing.T) {
	got := recognizeText(t, "وحضر الاجتماع عادل بن أحمد الجبير وعدد من المسؤولين.", "2024-04-09")
	e := findEntity(got, "Adel al-Jubeir")
	if e == nil || !hasMention(e, "عادل بن أحمد الجبير", "") {
		t.Errorf("no Adel al-Jubeir over عادل بن أحمد الجبير; got %s", dump(got))
	}
}

// TestPossessiveGroupRole: "X's military" gives the country's mention the
// group role, as "the X-ian military" does (a sentence written for the
// test).
func TestPossessiveGroupRole(t *testing.T) {
	got := recognizeText(t, "Chile's military said it had sent troops to the border.", "2024-04-09")
	e := findEntity(got, "Chile")
	if e == nil || !hasMention(e, "Chile's military", "CHLMIL") {
		t.Errorf("no Chile mention \"Chile's military\" with role CHLMIL; got %s", dump(got))
	}
}

// TestLegislature: a legislature named by its group noun and its state's
// adjective is the organisation the lexicon lists (a sentence written for
// the test).
func TestLegislature(t *testing.T) {
	got := recognizeText(t, "ورفض البرلمان العراقي مشروع الموازنة.", "2024-04-09")
	if e := findEntity(got, "Council of Representatives of Iraq"); e == nil || e.Type != "ORG" {
		t.Errorf("no Council of Representatives of Iraq; got %s", dump(got))
	}
}

// TestBareLegislature: a legislature named without its state is the
// legislature of the state named last before it (a sentence written for
// the test).
func TestBareLegislature(t *testing.T) {
	got := recognizeText(t, "بيروت – قال رئيس الوزراء اللبناني إن البرلمان سيجتمع الأسبوع المقبل.", "2024-04-09")
	if e := findEntity(got, "Parliament of Lebanon"); e == nil || !hasMention(e, "البرلمان", "") {
		t.Errorf("no Parliament of Lebanon over البرلمان; got %s", dump(got))
	}
}

// TestPossessiveNamesCountry: a lexicon body written with a country's
// possessive also names the country (a sentence written for the test).
func TestPossessiveNamesCountry(t *testing.T) {
	got := recognizeText(t, "On Monday, Turkey's Foreign Ministry summoned the envoy.", "2024-04-09")
	if findEntity(got, "Turkey") == nil {
		t.Errorf("no Turkey; got %s", dump(got))
	}
}
