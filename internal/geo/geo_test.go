package geo

import (
	"context"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
)

func ptr(f float64) *float64 { return &f }

// located builds a document whose entities name each place at every
// occurrence of its surface form.
func located(text string, names map[string]string) *doc.Document {
	d := doc.New()
	d.Text = text
	rs := []rune(text)
	for surface, name := range names {
		sr := []rune(surface)
		e := doc.Entity{Name: name, Type: "LOC", Country: "XXX", Lat: ptr(1), Lon: ptr(2)}
		for i := 0; i+len(sr) <= len(rs); i++ {
			if string(rs[i:i+len(sr)]) == surface {
				e.Mentions = append(e.Mentions, doc.Mention{Start: i, End: i + len(sr), Text: surface})
			}
		}
		d.Entities = append(d.Entities, e)
	}
	return d
}

func TestLocation(t *testing.T) {
	for _, c := range []struct {
		name, text, evidence string
		places               map[string]string
		want                 string
	}{
		{"arabic dateline", "بكين – التقى الرئيس الصيني الوزير يوم الثلاثاء.", "التقى الرئيس الصيني الوزير يوم الثلاثاء.",
			map[string]string{"بكين": "Beijing"}, "Beijing"},
		{"english dateline with country and agency", "Title line\nHANOI, Vietnam (AP) — Esper accused China.", "Esper accused China.",
			map[string]string{"HANOI": "Hanoi", "Vietnam": "Vietnam"}, "Hanoi"},
		{"place in the clause beats the dateline", "LONDON — The minister met him in Paris on Monday.", "The minister met him in Paris on Monday.",
			map[string]string{"LONDON": "London", "Paris": "Paris"}, "Paris"},
		{"attached ba", "أنقرة – استقبل الرئيس الوزير بإسطنبول.", "استقبل الرئيس الوزير بإسطنبول.",
			map[string]string{"أنقرة": "Ankara", "إسطنبول": "Istanbul"}, "Istanbul"},
		{"a place as object is no location", "The minister criticised Paris.", "The minister criticised Paris.",
			map[string]string{"Paris": "Paris"}, ""},
	} {
		d := located(c.text, c.places)
		rs := []rune(c.text)
		start := len(rs) - len([]rune(c.evidence))
		d.Events = []doc.Event{{Code: "040", Evidence: doc.Evidence{Start: start, End: len(rs), Text: c.evidence}}}
		if err := (Stage{}).Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		got := ""
		if l := d.Events[0].Location; l != nil {
			got = l.Name
		}
		if got != c.want {
			t.Errorf("%s: location %q, want %q", c.name, got, c.want)
		}
	}
}
