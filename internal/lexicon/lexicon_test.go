package lexicon

import (
	"bytes"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
)

func fixture(t testing.TB, overlays ...string) *Lexicon {
	t.Helper()
	l, err := LoadFS(os.DirFS("testdata/lex"), ".", overlays...)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Warnings) > 0 {
		t.Fatalf("warnings: %v", l.Warnings)
	}
	return l
}

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"أَحْمَد", "احمد"}, {"إسرائيل", "اسراييل"}, {"مُسْتَشْفَى", "مستشفي"}, {"الصينيّة", "الصينيه"},
		{"مؤتمر", "موتمر"}, {"رئيس", "رييس"}, {"Erdoğan", "erdogan"}, {"İbrahim Kalın", "ibrahim kalin"},
		{"Vietnam’s", "vietnam's"}, {"٢٠٢٤", "2024"}, {"ASCII", "ascii"}, {"plain", "plain"},
	} {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestAnalyses(t *testing.T) {
	has := func(w string, want Analysis) bool {
		for _, a := range Analyses(Fold(w)) {
			if a.Pre == want.Pre && a.Article == want.Article && a.Stem == want.Stem {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		label, word string
		want        Analysis
	}{
		{"conjunction", "وروسيا", Analysis{Pre: "و", Stem: "روسيا"}},
		{"preposition", "لروسيا", Analysis{Pre: "ل", Stem: "روسيا"}},
		{"article", "الصين", Analysis{Article: true, Stem: "صين"}},
		{"preposition and article", "بالصين", Analysis{Pre: "ب", Article: true, Stem: "صين"}},
		{"conjunction and article", "والولايات", Analysis{Pre: "و", Article: true, Stem: "ولايات"}},
		{"ل + ال written لل", "للأمم", Analysis{Pre: "ل", Article: true, Stem: "امم"}},
		{"conjunction, preposition, article", "وبالصين", Analysis{Pre: "وب", Article: true, Stem: "صين"}},
		{"no strip", "بكين", Analysis{Stem: "بكين"}},
	} {
		if !has(c.word, c.want) {
			t.Errorf("%s: %q has no reading %+v; got %+v", c.label, c.word, c.want, Analyses(Fold(c.word)))
		}
	}
	for _, a := range Analyses("بك") {
		if len([]rune(a.Stem)) < 2 {
			t.Errorf("stem %q too short", a.Stem)
		}
	}
}

func TestDemonymsAr(t *testing.T) {
	got := map[string]bool{}
	for _, f := range DemonymsAr([]string{"صيني"}) {
		got[f.Text] = true
	}
	for _, w := range strings.Fields("صيني صينية صينيا صينيون صينيين صينيان صينيتان صينيتين صينيات الصيني الصينية الصينيون الصينيين الصينيان الصينيتان") {
		if !got[w] {
			t.Errorf("no form %s", w)
		}
	}
	multi := DemonymsAr([]string{"كوري جنوبي"})
	found := false
	for _, f := range multi {
		if f.Text == "الكورية الجنوبية" {
			found = true
		}
	}
	if !found {
		t.Errorf("multiword: no الكورية الجنوبية in %v", multi)
	}
	en := DemonymsEn([]string{"Afghan", "Chinese"})
	if len(en) != 3 || en[1].Text != "Afghans" || !en[1].Plural {
		t.Errorf("English: %+v", en)
	}
}

func TestLookup(t *testing.T) {
	l := fixture(t)
	for _, c := range []struct{ name, want string }{
		{"الصين", "country:CHN"}, {"وروسيا", "country:RUS"}, {"بالصين", "country:CHN"},
		{"الولايات المتحدة", "country:USA"}, {"U.S.", "country:USA"}, {"الصينية", "country:CHN"},
		{"مجلس الأمن الدولي", "org:United Nations Security Council"}, {"بوتن", "person:Vladimir Putin"},
		{"سيرغي لافروف", "person:Sergey Lavrov"}, {"Peking", "place:Beijing@CHN"},
	} {
		got := l.Lookup(c.name)
		if len(got) == 0 || got[0].ID != c.want {
			ids := []string{}
			for _, e := range got {
				ids = append(ids, e.ID)
			}
			t.Errorf("Lookup(%q) = %v, want %s", c.name, ids, c.want)
		}
	}
	if got := l.Lookup("us"); len(got) != 0 {
		t.Errorf("lower-case us found %v", got[0].ID)
	}
}

func TestDatedRoles(t *testing.T) {
	l := fixture(t)
	putin := l.ByID("person:Vladimir Putin")
	for _, c := range []struct{ date, actor, title string }{
		{"2024-04-09", "RUSGOV", "head_of_state"}, {"2010-01-01", "RUSGOV", "head_of_government"},
		{"2001-01-01", "RUSGOV", "head_of_state"}, {"1999-01-01", "RUSELI", ""},
	} {
		a, ti := putin.ActorAt(c.date)
		if a != c.actor || ti != c.title {
			t.Errorf("Putin at %s = %s %s, want %s %s", c.date, a, ti, c.actor, c.title)
		}
	}
	if h := l.Holder("foreign_minister", "CHN", "2023-03-01"); h == nil || h.Name != "Qin Gang" {
		t.Errorf("CHN foreign minister 2023-03 = %v", h)
	}
	if h := l.Holder("foreign_minister", "CHN", "2024-04-09"); h == nil || h.Name != "Wang Yi" {
		t.Errorf("CHN foreign minister 2024-04 = %v", h)
	}
	r, err := ParseRole("RUSGOV@2012..2018@head_of_state")
	if err != nil || r.From != "2012-01-01" || r.To != "2018-12-31" {
		t.Errorf("ParseRole years: %+v %v", r, err)
	}
	for _, bad := range []string{"RUSGOV", "RUSGOV@2012", "RUSGOV@2018..2012", "RU@2012..", "RUSGOV@20x2.."} {
		if _, err := ParseRole(bad); err == nil {
			t.Errorf("ParseRole(%q) accepted", bad)
		}
	}
}

func TestOverlay(t *testing.T) {
	l := fixture(t, "testdata/overlay.tsv")
	lav := l.ByID("person:Sergey Lavrov")
	if lav == nil || lav.Source != "testdata/overlay.tsv:2" {
		t.Fatalf("overlay did not override Lavrov: %+v", lav)
	}
	got := l.Lookup("جين رو")
	if len(got) != 1 || got[0].Name != "Jane Roe" {
		t.Fatalf("overlay did not add Jane Roe: %v", got)
	}
	if a, _ := got[0].ActorAt("2031-01-01"); a != "USAGOV" {
		t.Errorf("Jane Roe 2031 actor %s", a)
	}
	if KindOfFile("persons-asia.tsv") != Person || KindOfFile("my-places.tsv") != "" || KindOfFile("roles.tsv") != "roles" {
		t.Errorf("KindOfFile")
	}
}

func TestValidate(t *testing.T) {
	f, err := os.Open("testdata/bad/persons-bad.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, probs := ReadRows("data/persons-bad.tsv", f, Person)
	probs = append(probs, ValidateRows(rows)...)
	var msgs []string
	for _, p := range probs {
		msgs = append(msgs, p.String())
	}
	sort.Strings(msgs)
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"cells, header has", "defined again", "roles RUSGOV@2005-01-01..2012-12-31 and RUSGOV@2011-01-01..2014-12-31 overlap",
		"bad date", "both hold head_of_state of RUS"} {
		if !strings.Contains(all, want) {
			t.Errorf("no problem %q in:\n%s", want, all)
		}
	}
}

func TestPetrarchImport(t *testing.T) {
	f, err := os.Open("testdata/actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	actors, agents, probs := ReadPetrarch(f)
	f.Close()
	if len(probs) > 0 || len(agents) != 0 || len(actors) != 3 {
		t.Fatalf("actors %+v agents %+v probs %v", actors, agents, probs)
	}
	want := PetrarchActor{Name: "Vladimir Putin", Synonyms: []string{"Putin", "Vladimir Vladimirovich Putin"},
		Codes: []Role{{Actor: "RUSGOV", From: "2000-05-07", To: "2008-05-07"}, {Actor: "RUSELI"}}, Line: 1}
	if !reflect.DeepEqual(actors[0], want) {
		t.Errorf("Putin: %+v", actors[0])
	}
	var out bytes.Buffer
	if err := WritePetrarchTSV(&out, actors, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "person\tVladimir Putin\tRUS\tRUSELI\t\tPutin|Vladimir Vladimirovich Putin\tRUSGOV@2000-05-07..2008-05-07\n") ||
		!strings.Contains(out.String(), "org\tUnited Nations\t\tIGOUNO") {
		t.Errorf("TSV:\n%s", out.String())
	}
	// the output loads as an overlay
	tmp := t.TempDir() + "/petrarch.tsv"
	if err := os.WriteFile(tmp, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	l := fixture(t, tmp)
	if got := l.Lookup("Vladimir Vladimirovich Putin"); len(got) == 0 {
		t.Errorf("imported synonym not found")
	}
	g, err := os.Open("testdata/agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	_, agents, _ = ReadPetrarch(g)
	out.Reset()
	_ = WritePetrarchTSV(&out, nil, agents)
	if !strings.Contains(out.String(), "lawmaker\ten\tLEG\t\tgroup\n") || !strings.Contains(out.String(), "police\ten\tCOP") {
		t.Errorf("agents TSV:\n%s", out.String())
	}
}

func TestEmbeddedLoads(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Entries) == 0 {
		t.Skip("no data files yet")
	}
	for _, w := range l.Warnings {
		t.Errorf("load warning: %s", w)
	}
}

// TestHolderByOffice checks that offices are keyed by the role's actor
// code, not the holder's nationality, in the embedded lexicon.
func TestHolderByOffice(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ label, title, key, date, want string }{
		{"IGO body code: UN Secretary-General (a Portuguese national)", "secretary_general", "IGOUNO", "2024-04-09", "Antonio Guterres"},
		{"state by ISO code", "foreign_minister", "RUS", "2024-04-09", "Sergey Lavrov"},
		{"state by full actor code", "foreign_minister", "RUSGOV", "2024-04-09", "Sergey Lavrov"},
		{"US secretary of state", "foreign_minister", "USA", "2019-06-01", "Mike Pompeo"},
		{"a national's IGO office (Schulz, EP) is not his state's", "speaker", "DEU", "2015-06-01", "Norbert Lammert"},
		{"European Parliament by body code", "speaker", "IGOEUREEC", "2015-06-01", "Martin Schulz"},
		{"Kosovo: ISO XKX reads CAMEO KSV", "head_of_state", "XKX", "2022-01-01", "Vjosa Osmani"},
		{"Northern Cyprus: its SEP offices, not Cyprus's", "head_of_state", "XNC", "2022-01-01", "Ersin Tatar"},
	} {
		h := l.Holder(c.title, c.key, c.date)
		got := ""
		if h != nil {
			got = h.Name
		}
		if got != c.want {
			t.Errorf("%s: Holder(%s, %s, %s) = %q, want %q", c.label, c.title, c.key, c.date, got, c.want)
		}
	}
	for _, c := range []struct{ actor, want string }{
		{"RUSGOV", "RUS"}, {"USAMIL", "USA"}, {"IGOUNO", "IGOUNO"}, {"IGOUNOHLH", "IGOUNOHLH"},
		{"CYPSEP", "CYPSEP"}, {"KSVGOV", "KSV"},
	} {
		if got := OfficeKey(c.actor); got != c.want {
			t.Errorf("OfficeKey(%s) = %s, want %s", c.actor, got, c.want)
		}
	}
}

// TestOverlapInside checks the hand-over grace of the single-holder check.
func TestOverlapInside(t *testing.T) {
	role := func(s string) Role {
		r, err := ParseRole(s)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	for _, c := range []struct {
		label, a, b string
		want        bool
	}{
		{"hand-over on the day", "RUSGOV@2004-03-09..2012-05-07", "RUSGOV@2012-05-07..", false},
		{"hand-over dated to the month on both sides", "ETHGOV@2016-11-01..2019-04", "ETHGOV@2019-04..2020-11", false},
		{"exact end inside the successor's month", "ETHGOV@2023-02-08..2024-10-07", "ETHGOV@2024-10..", false},
		{"year-only hand-over overlaps a year", "AFGGOV@2001..2006", "AFGGOV@2006..2010", true},
		{"a term inside another", "KORGOV@2022-05-10..2025-04-04", "KORGOV@2024-12-14..2024-12-27", true},
	} {
		if got := overlapInside(role(c.a), role(c.b)); got != c.want {
			t.Errorf("%s: overlapInside(%s, %s) = %v, want %v", c.label, c.a, c.b, got, c.want)
		}
	}
}
