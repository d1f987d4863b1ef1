package web

import (
	"strconv"
	"strings"
	"testing"
)

// render writes segments as text with [ids|...] around marked runs.
func render(segs []segment) string {
	var b strings.Builder
	for _, s := range segs {
		if s.Marked() {
			b.WriteString("[" + s.IDs() + "|" + s.Text + "]")
		} else {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}

func TestSegments(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		spans []span
		want  string
	}{
		{"no spans", "plain text", nil, "plain text"},
		{"one span", "Lavrov met Xi", []span{{0, 6, "a", "ent", ""}}, "[a|Lavrov] met Xi"},
		{"whole text", "abc", []span{{0, 3, "a", "x", ""}}, "[a|abc]"},
		{"nested", "he said we agree", []span{{0, 16, "v", "evid", ""}, {8, 16, "q", "quote", ""}, {8, 10, "e", "ent", ""}},
			"[v|he said ][v q e|we][v q| agree]"},
		{"overlapping", "abcdef", []span{{0, 4, "a", "x", ""}, {2, 6, "b", "y", ""}}, "[a|ab][a b|cd][b|ef]"},
		{"same span twice", "abc", []span{{0, 2, "a", "x", ""}, {0, 2, "b", "y", ""}}, "[a b|ab]c"},
		{"Arabic code points", "قال لافروف إن", []span{{4, 10, "a", "ent", ""}}, "قال [a|لافروف] إن"},
		{"astral code points before a span", "🇷🇺 😀 Lavrov", []span{{5, 11, "a", "ent", ""}}, "🇷🇺 😀 [a|Lavrov]"},
		{"combining marks count as code points", "مُحَمَّد قال", []span{{0, 8, "a", "ent", ""}}, "[a|مُحَمَّد] قال"},
		{"out of range clipped", "abc", []span{{-3, 1, "a", "x", ""}, {2, 99, "b", "y", ""}}, "[a|a]b[b|c]"},
		{"empty and reversed dropped", "abc", []span{{1, 1, "a", "x", ""}, {2, 1, "b", "y", ""}}, "abc"},
		{"adjacent", "abcd", []span{{0, 2, "a", "x", ""}, {2, 4, "b", "y", ""}}, "[a|ab][b|cd]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			segs := segments(c.text, c.spans)
			if got := render(segs); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
			var joined strings.Builder
			for _, s := range segs {
				joined.WriteString(s.Text)
			}
			if joined.String() != c.text {
				t.Errorf("segments do not rebuild the text: %q", joined.String())
			}
		})
	}
}

func TestSegmentClassesAndAnchors(t *testing.T) {
	segs := segments("abcdef", []span{{0, 6, "v0", "evid", "event"}, {2, 4, "m0.0", "ent ent-per", "Lavrov"}, {0, 6, "v1", "evid", "event 2"}})
	if len(segs) != 3 {
		t.Fatalf("%d segments", len(segs))
	}
	if got := segs[1].Class(); got != "evid ent ent-per" {
		t.Errorf("class %q", got)
	}
	if got := segs[1].Title(); got != "event\nLavrov\nevent 2" {
		t.Errorf("title %q", got)
	}
	// Both evidence spans start at the first segment: it anchors both.
	if strings.Join(segs[0].Anchors, " ") != "v0 v1" || segs[1].Anchors != nil || segs[2].Anchors != nil {
		t.Errorf("anchors %q %q %q", segs[0].Anchors, segs[1].Anchors, segs[2].Anchors)
	}
}

func TestHighlight(t *testing.T) {
	cases := []struct {
		name, text, query, want string
	}{
		{"no query", "Lavrov met Xi", "", "Lavrov met Xi"},
		{"case folded", "Lavrov met Xi", "lavrov", "[Lavrov] met Xi"},
		{"Arabic", "قال لافروف إن", "لافروف", "قال [لافروف] إن"},
		{"one-letter words ignored", "a b c", "a", "a b c"},
		{"operators ignored", "OR this", "OR this", "OR [this]"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			for _, r := range highlight(c.text, c.query) {
				if r.Hit {
					b.WriteString("[" + r.Text + "]")
				} else {
					b.WriteString(r.Text)
				}
			}
			if b.String() != c.want {
				t.Errorf("got %q, want %q", b.String(), c.want)
			}
		})
	}
}

// BenchmarkSegments cuts a long article (about 60,000 code points) with
// 3,000 spans, nested three deep.
func BenchmarkSegments(b *testing.B) {
	text := strings.Repeat("وقال وزير الخارجية الروسي سيرجي لافروف إن روسيا والصين تعارضان ذلك. ", 1000)
	var spans []span
	for i := range 1000 {
		o := i * 60
		spans = append(spans,
			span{o, o + 50, "v" + itoa(i), "evid", "event"},
			span{o + 10, o + 40, "q" + itoa(i), "quote", "quote"},
			span{o + 20, o + 32, "m" + itoa(i), "ent ent-per", "Sergey Lavrov"})
	}
	b.ReportAllocs()
	for b.Loop() {
		if len(segments(text, spans)) < 6000 {
			b.Fatal("too few segments")
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
