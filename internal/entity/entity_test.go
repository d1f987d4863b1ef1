package entity

import (
	"os"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/lexicon"
)

// fixture loads the small test lexicon of testdata/lex.
func fixture(t testing.TB) *lexicon.Lexicon {
	t.Helper()
	lex, err := lexicon.LoadFS(os.DirFS("testdata/lex"), ".")
	if err != nil {
		t.Fatal(err)
	}
	if len(lex.Warnings) > 0 {
		t.Fatalf("fixture warnings: %v", lex.Warnings)
	}
	return lex
}

// want is one expected entity: its name, type, actor (if not empty) and
// mentions written "text" or "text@ROLE".
type want struct {
	name, typ, actor string
	mentions         []string
}

func TestPhenomena(t *testing.T) {
	lex := fixture(t)
	cases := []struct {
		label, text, date string
		want              []want
		absent            []string // names that must not be found
	}{
		{label: "clitics: و ل ب and the article",
			text: "وتعارض الصين وروسيا ذلك، وقال لروسيا إن بالصين والولايات المتحدة خلافا.", date: "2024-04-09",
			want: []want{{"China", "LOC", "CHN", []string{"الصين", "الصين"}}, {"Russia", "LOC", "RUS", []string{"روسيا", "روسيا"}},
				{"United States", "LOC", "USA", []string{"الولايات المتحدة"}}}},
		{label: "multiword names longest first, article inside the name",
			text: "صوت مجلس الأمن الدولي على القرار، ونشرت الصين سفنا في بحر الصين الجنوبي.", date: "2024-04-09",
			want: []want{{"United Nations Security Council", "ORG", "IGOUNOSEC", []string{"مجلس الأمن الدولي"}},
				{"South China Sea", "LOC", "", []string{"بحر الصين الجنوبي"}}, {"China", "LOC", "CHN", []string{"الصين"}}}},
		{label: "demonym with role names the person; surname later",
			text: "التقى وزير الخارجية الروسي سيرجي لافروف نظيره. وقال لافروف إن العلاقات جيدة.", date: "2024-04-09",
			want:   []want{{"Sergey Lavrov", "PER", "RUSGOV", []string{"سيرجي لافروف", "لافروف"}}},
			absent: []string{"Russia"}},
		{label: "demonym and role without a name: the office holder at the date",
			text: "وقال وزير الخارجية الصيني إن بلاده تدعم السلام.", date: "2023-03-01",
			want: []want{{"Qin Gang", "PER", "CHNGOV", []string{"وزير الخارجية الصيني"}}}},
		{label: "counterpart: same office, other country",
			text: "وعقد لافروف مؤتمرا صحفيا مع نظيره الصيني وانغ يي.", date: "2024-04-09",
			want: []want{{"Wang Yi", "PER", "CHNGOV", []string{"وانغ يي"}}, {"Sergey Lavrov", "PER", "RUSGOV", []string{"لافروف"}}}},
		{label: "spelling variants: listed and fuzzy (سيرغي for سيرجي)",
			text: "قال الرئيس الروسي فلاديمير بوتن إن سيرغي لافروف سيزور بكين.", date: "2024-04-09",
			want: []want{{"Vladimir Putin", "PER", "RUSGOV", []string{"فلاديمير بوتن"}}, {"Sergey Lavrov", "PER", "RUSGOV", []string{"سيرغي لافروف"}}}},
		{label: "metonymy: a capital as agent keeps its place entity, the mention gets the government role",
			text: "ودعا بكين إلى ممارسة نفوذها. وزار لافروف بكين الأسبوع الماضي، ثم عاد إلى موسكو.", date: "2024-04-09",
			want: []want{{"Beijing", "LOC", "", []string{"بكين@CHNGOV"}}, {"Moscow", "LOC", "", []string{"موسكو"}}}},
		{label: "metonymy in English: Moscow said, the Kremlin",
			text: "Moscow said on Monday that the Kremlin would answer. Talks were held in Moscow.", date: "2024-04-09",
			want: []want{{"Moscow", "LOC", "", []string{"Moscow@RUSGOV", "Moscow"}}, {"Kremlin", "ORG", "RUSGOV", []string{"Kremlin@RUSGOV"}}}},
		{label: "group role with demonym: القوات الروسية is Russia as RUSMIL, not an organisation",
			text: "ودعا إلى انسحاب القوات الروسية من الأراضي.", date: "2024-04-09",
			want:   []want{{"Russia", "LOC", "RUS", []string{"القوات الروسية@RUSMIL"}}},
			absent: []string{"Russian Armed Forces"}},
		{label: "the government with a demonym is a body the lexicon names, not the state with a role",
			text: "وأعلنت الحكومة التركية أنها سترد. وقال the Turkish government spokesman nothing.", date: "2024-04-09",
			want:   []want{{"Government of Turkey", "ORG", "TURGOV", []string{"الحكومة التركية", "Turkish government"}}},
			absent: []string{"Turkey"}},
		{label: "a state's government outside the lexicon is named from the state (the Israel government)",
			text: "The Israel government rejected the plan on Sunday.", date: "2024-04-09",
			want:   []want{{"Government of Israel", "ORG", "ISRGOV", []string{"Israel government"}}},
			absent: []string{"Israel"}},
		{label: "an elided particle stays inside an English name: O'Neill, D'Costa",
			text: "Foreign Minister Sean O'Neill met Mr. Paul D'Costa. The talks went well, D'Costa said.", date: "2024-04-09",
			want: []want{{"Sean O'Neill", "PER", "", []string{"Sean O'Neill"}}, {"Paul D'Costa", "PER", "", []string{"Paul D'Costa"}}}},
		{label: "a state's name before a capitalised group noun is a body's proper name (the Turkey Army)",
			text: "On Monday the Turkey Army said two soldiers were hurt.", date: "2024-04-09",
			want:   []want{{"Turkey Army", "ORG", "TURMIL", []string{"Turkey Army"}}},
			absent: []string{"Turkey"}},
		{label: "a state's possessive before a high commission or embassy is the body (China's High Commission)",
			text: "China's High Commission denied the reports.", date: "2024-04-09",
			want: []want{{"China's High Commission", "ORG", "CHNGOV", []string{"China's High Commission"}}}},
		{label: "group role in English: the Israeli army, US troops",
			text: "The Israeli army said US troops were not involved.", date: "2024-04-09",
			want: []want{{"Israel", "LOC", "ISR", []string{"Israeli army@ISRMIL"}}, {"United States", "LOC", "USA", []string{"US@USAMIL"}}}},
		{label: "dated roles: a head of state outside office is ELI",
			text: "Putin met Xi.", date: "2010-01-01",
			want: []want{{"Vladimir Putin", "PER", "RUSGOV", nil}, {"Xi Jinping", "PER", "CHNELI", nil}}},
		{label: "dated roles: out of every role, the actor column",
			text: "Esper spoke.", date: "2024-01-01",
			want: []want{{"Mark Esper", "PER", "USAELI", []string{"Esper"}}}},
		{label: "out of lexicon: role then name, title then quoted name",
			text: "استقبل الرئيس التركي \"رجب طيب أردوغان\" وزير الخارجية الأمريكي \"أنتوني بلينكن\" في إسطنبول.", date: "2024-01-06",
			want: []want{{"رجب طيب أردوغان", "PER", "TURGOV", []string{"رجب طيب أردوغان"}}, {"أنتوني بلينكن", "PER", "USAGOV", []string{"أنتوني بلينكن"}},
				{"Istanbul", "LOC", "", []string{"إسطنبول"}}}},
		{label: "out of lexicon English: role, title, speech verb; surname coreference",
			text: "U.S. Defense Secretary Mark Esper met Foreign Minister Pham Binh Minh. Esper said the talks went well, Mr. Reeves said.", date: "2019-11-20",
			want: []want{{"Mark Esper", "PER", "USAGOV", []string{"Mark Esper", "Esper"}}, {"Pham Binh Minh", "PER", "", nil}, {"Reeves", "PER", "", nil}}},
		{label: "English case: common words and acronyms",
			text: "The house voted. The House voted. We told us about it.", date: "2019-11-20",
			want:   []want{{"United States House of Representatives", "ORG", "USALEG", []string{"House"}}},
			absent: []string{"United States"}},
		{label: "English names typed by their heads and context",
			text: "Eric Reeves, a fellow at the Kohelet Policy Forum, visited the Gush Etzion settlement bloc and Logar province.", date: "2019-11-20",
			want: []want{{"Eric Reeves", "PER", "", nil}, {"Kohelet Policy Forum", "ORG", "", nil}, {"Gush Etzion", "LOC", "", nil}, {"Logar", "LOC", "", nil}}},
		{label: "coreference: short forms link only to a full name seen earlier",
			text: "قال وانغ إن الصين مستعدة. ثم التقى وانغ يي بالرئيس شي جين بينغ، وقال وانغ إن شي سعيد.", date: "2024-04-09",
			want: []want{{"Wang Yi", "PER", "CHNGOV", []string{"وانغ يي", "وانغ"}}, {"Xi Jinping", "PER", "CHNGOV", []string{"شي جين بينغ", "شي"}}}},
	}
	st := New(lex)
	for _, c := range cases {
		t.Run(c.label, func(t *testing.T) {
			got := st.Recognize(c.text, "", c.date)
			for _, w := range c.want {
				e := findEntity(got, w.name)
				if e == nil {
					t.Errorf("no entity %q; got %s", w.name, dump(got))
					continue
				}
				if e.Type != w.typ {
					t.Errorf("%s: type %s, want %s", w.name, e.Type, w.typ)
				}
				if w.actor != "" && e.Actor != w.actor {
					t.Errorf("%s: actor %s, want %s", w.name, e.Actor, w.actor)
				}
				for _, m := range w.mentions {
					text, role, _ := strings.Cut(m, "@")
					if !hasMention(e, text, role) {
						t.Errorf("%s: no mention %q (role %q); got %s", w.name, text, role, dump([]doc.Entity{*e}))
					}
				}
				for _, m := range e.Mentions {
					if got := doc.Runes(c.text, m.Start, m.End); got != m.Text {
						t.Errorf("%s: mention %q at [%d,%d) but the text there is %q", w.name, m.Text, m.Start, m.End, got)
					}
				}
			}
			expectAbsent(t, got, c.absent...)
		})
	}
}

func findEntity(es []doc.Entity, name string) *doc.Entity {
	for i := range es {
		if es[i].Name == name {
			return &es[i]
		}
	}
	return nil
}

func hasMention(e *doc.Entity, text, role string) bool {
	n := 0
	for _, m := range e.Mentions {
		if m.Text == text && m.Role == role {
			n++
		}
	}
	return n > 0
}

// recognizeText runs the recogniser with the default lexicon on text
// published on date.
func recognizeText(t *testing.T, text, date string) []doc.Entity {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	return New(lex).Recognize(text, "", date)
}

// expectTyped fails t for each name that got has no entity of type typ
// for.
func expectTyped(t *testing.T, got []doc.Entity, typ string, names ...string) {
	t.Helper()
	for _, n := range names {
		if e := findEntity(got, n); e == nil || e.Type != typ {
			t.Errorf("no %s %q; got %s", typ, n, dump(got))
		}
	}
}

// expectAbsent fails t for each name that got has an entity for.
func expectAbsent(t *testing.T, got []doc.Entity, names ...string) {
	t.Helper()
	for _, n := range names {
		if findEntity(got, n) != nil {
			t.Errorf("entity %q should not be found; got %s", n, dump(got))
		}
	}
}

func dump(es []doc.Entity) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString("\n  " + e.Name + " " + e.Type + " " + e.Actor + ":")
		for _, m := range e.Mentions {
			b.WriteString(" [" + m.Text)
			if m.Role != "" {
				b.WriteString("@" + m.Role)
			}
			b.WriteString("]")
		}
	}
	return b.String()
}

func TestProcessUsesPublishedDate(t *testing.T) {
	st := New(fixture(t))
	st.Today = func() string { return "2010-01-01" }
	d := doc.New()
	d.Text = "Putin spoke."
	_ = st.Process(t.Context(), d)
	if len(d.Entities) != 1 || d.Entities[0].Actor != "RUSGOV" {
		t.Fatalf("undated doc (today 2010): %s", dump(d.Entities))
	}
	d.Published = "2009-01-01T10:00:00Z"
	_ = st.Process(t.Context(), d)
	if len(d.Entities) != 1 || d.Entities[0].Actor != "RUSGOV" {
		t.Fatalf("dated doc: %s", dump(d.Entities))
	}
	d.Text = "Xi spoke."
	d.Published = "2012-01-01"
	_ = st.Process(t.Context(), d)
	if len(d.Entities) != 1 || d.Entities[0].Actor != "CHNELI" {
		t.Fatalf("Xi before office: %s", dump(d.Entities))
	}
}
