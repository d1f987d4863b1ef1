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
		{"an imperfect verb after a role is no name",
			"واقترح حكومة يقودها رئيس وزراء يختاره البرلمان.", nil, []string{"يختاره"}},
	} {
		t.Run(c.label, func(t *testing.T) {
			got := st.Recognize(c.text, "", "2024-04-09")
			for _, w := range c.want {
				if e := findEntity(got, w); e == nil || e.Type != "PER" {
					t.Errorf("no person %q; got %s", w, dump(got))
				}
			}
			for _, a := range c.absent {
				if findEntity(got, a) != nil {
					t.Errorf("entity %q should not be found; got %s", a, dump(got))
				}
			}
		})
	}
}
