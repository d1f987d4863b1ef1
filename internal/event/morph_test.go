package event

import "testing"

// TestArabicMorphology: every conjugated form maps back to its lemma.
func TestArabicMorphology(t *testing.T) {
	cases := []struct{ form, lemma, note string }{
		{"التقى", "التقي", "past, form VIII defective"},
		{"التقت", "التقي", "past 3fs of a defective verb"},
		{"يلتقي", "التقي", "present"},
		{"سيلتقي", "التقي", "future سـ"},
		{"والتقى", "التقي", "conjunction و"},
		{"زار", "زار", "hollow past"},
		{"يزور", "زار", "hollow present"},
		{"زاروا", "زار", "past plural"},
		{"دعا", "دعا", "defective past"},
		{"يدعو", "دعا", "defective present"},
		{"دعت", "دعا", "defective past 3fs"},
		{"دعوا", "دعا", "defective past plural"},
		{"استقبل", "استقبل", "form X"},
		{"يستقبلون", "استقبل", "present plural"},
		{"استقبلته", "استقبل", "attached object pronoun"},
		{"دعمتها", "دعم", "past 3fs + ها"},
		{"تعارضان", "عارض", "present dual"},
		{"أجريتا", "اجري", "form IV defective past dual"},
		{"يصل", "وصل", "assimilated present"},
		{"ادان", "ادان", "form IV hollow"},
		{"يدين", "ادان", "form IV hollow present"},
		{"ينظر", "نظر", "unmarked passive reads as its root verb"},
		{"اعلن", "اعلن", "passive أُعلن without tashkeel"},
		{"فرضت", "فرض", "past 3fs"},
		{"نفرض", "فرض", "present 1pl"},
	}
	for _, c := range cases {
		found := false
		arVerbReadings(arNorm(c.form), func(r verbReading) bool {
			if r.lemma == c.lemma {
				found = true
				return false
			}
			return true
		})
		if !found {
			t.Errorf("%s (%s): no reading with lemma %s", c.form, c.note, c.lemma)
		}
	}
}

func TestArabicFeatures(t *testing.T) {
	var got verbReading
	arVerbReadings(arNorm("سيزور"), func(r verbReading) bool {
		if r.lemma == "زار" {
			got = r
			return false
		}
		return true
	})
	if !got.future || !got.present {
		t.Errorf("سيزور: %+v", got)
	}
	arVerbReadings(arNorm("دعمتها"), func(r verbReading) bool {
		if r.lemma == "دعم" {
			got = r
			return false
		}
		return true
	})
	if got.obj != "ها" || !got.fem {
		t.Errorf("دعمتها: %+v", got)
	}
}

func TestEnglishInflection(t *testing.T) {
	for base, forms := range map[string][]string{
		"meet": {"meets", "met", "meeting"}, "ban": {"banned", "banning", "bans"}, "cancel": {"cancelled"},
		"deny": {"denies", "denied"}, "shoot": {"shot"}, "seize": {"seized", "seizing"}, "kidnap": {"kidnapped"},
		"withdraw": {"withdrew", "withdrawn"}, "criticise": {"criticised", "criticises"},
	} {
		have := map[string]bool{}
		for _, f := range enInflect(base) {
			have[f] = true
		}
		for _, f := range forms {
			if !have[f] {
				t.Errorf("%s: missing %s (have %v)", base, f, enInflect(base))
			}
		}
	}
}
