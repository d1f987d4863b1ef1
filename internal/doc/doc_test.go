package doc

import "testing"

func TestRunes(t *testing.T) {
	s := "بكين – التقى"
	for _, c := range []struct {
		name       string
		start, end int
		want       string
	}{
		{"prefix", 0, 4, "بكين"},
		{"middle", 5, 6, "–"},
		{"to the end", 7, 12, "التقى"},
		{"past the end", 7, 99, "التقى"},
		{"empty", 3, 3, ""},
		{"start past end", 20, 25, ""},
	} {
		if got := Runes(s, c.start, c.end); got != c.want {
			t.Errorf("%s: Runes(%d, %d) = %q, want %q", c.name, c.start, c.end, got, c.want)
		}
	}
}

func TestInputRoundTrip(t *testing.T) {
	d := New()
	d.ID, d.Source, d.Raw, d.Text, d.Published = "a", "a.txt", "[ad_1]\nنص", "[ad_1]\nنص", "2024-04-09"
	d.SetTitle("عنوان")
	b, err := d.MarshalInput()
	if err != nil {
		t.Fatal(err)
	}
	got, err := UnmarshalInput(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != "a" || got.Raw != d.Raw || got.Text != d.Raw || *got.Title != "عنوان" || got.Published != "2024-04-09" {
		t.Fatalf("round trip: %+v", got)
	}
}
