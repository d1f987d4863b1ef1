package web

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
)

// span is a highlighted range of a document's text, in code points,
// half-open. ID names it uniquely within the document (so that a span cut
// into several segments can still be counted once); Class is its CSS
// class; Title is its tooltip.
type span struct {
	Start, End int
	ID         string
	Class      string
	Title      string
}

// segment is a run of text under a fixed set of spans. A segment with no
// spans is plain text.
type segment struct {
	Text  string
	Spans []span
	// Anchors are the ids of the event evidence spans that start here.
	Anchors []string
}

// Marked reports whether the segment is highlighted.
func (s segment) Marked() bool { return len(s.Spans) > 0 }

// Class is the space-separated union of the spans' classes.
func (s segment) Class() string {
	var parts []string
	for _, x := range s.Spans {
		parts = append(parts, strings.Fields(x.Class)...)
	}
	return strings.Join(unique(parts), " ")
}

// IDs is the space-separated list of the spans' ids.
func (s segment) IDs() string {
	var parts []string
	for _, x := range s.Spans {
		parts = append(parts, x.ID)
	}
	return strings.Join(unique(parts), " ")
}

// Title is the spans' tooltips, one per line.
func (s segment) Title() string {
	var parts []string
	for _, x := range s.Spans {
		parts = append(parts, x.Title)
	}
	return strings.Join(unique(parts), "\n")
}

func unique(in []string) []string {
	seen := map[string]bool{}
	out := in[:0:0]
	for _, v := range in {
		if v != "" && !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// docSpans lists the spans to highlight in d: every entity mention, every
// quote and every event's evidence (and the evidence of merged repeats).
func docSpans(d *doc.Document) []span {
	var out []span
	for i, e := range d.Entities {
		title := e.Name + " (" + e.Type
		if e.Actor != "" {
			title += ", " + e.Actor
		} else if e.Country != "" {
			title += ", " + e.Country
		}
		title += ")"
		for j, m := range e.Mentions {
			t := title
			if m.Role != "" && m.Role != e.Actor {
				t += " as " + m.Role
			}
			out = append(out, span{Start: m.Start, End: m.End, ID: fmt.Sprintf("m%d.%d", i, j),
				Class: "ent ent-" + strings.ToLower(safeClass(e.Type)), Title: t})
		}
	}
	for i, q := range d.Quotes {
		title := "quote"
		if q.Speaker != nil {
			title = "quote of " + q.Speaker.Name
		}
		out = append(out, span{Start: q.Start, End: q.End, ID: fmt.Sprintf("q%d", i), Class: "quote", Title: title})
	}
	for i, e := range d.Events {
		title := "event " + e.Code + " " + e.Label
		out = append(out, span{Start: e.Evidence.Start, End: e.Evidence.End, ID: fmt.Sprintf("v%d", i), Class: "evid", Title: title})
		for k, m := range e.More {
			out = append(out, span{Start: m.Start, End: m.End, ID: fmt.Sprintf("v%d.%d", i, k+1), Class: "evid", Title: title + " (repeat)"})
		}
	}
	return out
}

// safeClass keeps letters only, so that a type can become a CSS class.
func safeClass(s string) string {
	var b strings.Builder
	for _, r := range s {
		if (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "other"
	}
	return b.String()
}

// segments cuts text at every span boundary and returns the runs in
// order, each with the spans that cover it. Offsets are code points, so
// that they agree with the coder's whatever the byte or UTF-16 length of
// the text. Spans outside the text are clipped; empty ones are dropped.
// Overlapping spans give segments with several spans. The first segment
// of each event evidence span ("v..." ids) carries its id as an anchor.
func segments(text string, spans []span) []segment {
	runes := []rune(text)
	n := len(runes)
	var valid []span
	cuts := map[int]bool{0: true, n: true}
	order := map[string]int{} // a segment lists its spans in the caller's order
	for i, s := range spans {
		if _, ok := order[s.ID]; !ok {
			order[s.ID] = i
		}
		s.Start, s.End = max(s.Start, 0), min(s.End, n)
		if s.Start >= s.End {
			continue
		}
		valid = append(valid, s)
		cuts[s.Start], cuts[s.End] = true, true
	}
	bounds := make([]int, 0, len(cuts))
	for c := range cuts {
		bounds = append(bounds, c)
	}
	sort.Ints(bounds)
	// Sweep: spans sorted by start (stable, so ties keep their order)
	// enter the active list at their start and leave it past their end.
	sort.SliceStable(valid, func(i, j int) bool { return valid[i].Start < valid[j].Start })
	var out []segment
	var active []span
	next := 0
	for i := 0; i+1 < len(bounds); i++ {
		a, b := bounds[i], bounds[i+1]
		kept := active[:0]
		for _, s := range active {
			if s.End > a {
				kept = append(kept, s)
			}
		}
		active = kept
		for next < len(valid) && valid[next].Start == a {
			active = append(active, valid[next])
			next++
		}
		seg := segment{Text: string(runes[a:b])}
		if len(active) > 0 {
			seg.Spans = append([]span(nil), active...)
			sort.SliceStable(seg.Spans, func(i, j int) bool { return order[seg.Spans[i].ID] < order[seg.Spans[j].ID] })
		}
		for _, s := range seg.Spans {
			if s.Start == a && strings.HasPrefix(s.ID, "v") {
				seg.Anchors = append(seg.Anchors, s.ID)
			}
		}
		// Merge with the previous segment when the span set is the same
		// (happens only for plain text, kept for safety).
		if len(out) > 0 && len(seg.Spans) == 0 && len(out[len(out)-1].Spans) == 0 {
			out[len(out)-1].Text += seg.Text
			continue
		}
		out = append(out, seg)
	}
	return out
}
