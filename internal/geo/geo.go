// Package geo places events: each event's location is the place named in
// its evidence after a locative preposition ("في بكين", "in Hanoi"), else
// the article's dateline ("بكين –", "HANOI, Vietnam (AP) —"), else none.
// Places come from the document's LOC entities that carry coordinates, so
// the stage runs after the entity and event stages.
package geo

import (
	"context"
	"strings"
	"unicode"

	"github.com/dyad-news/dyad/internal/doc"
)

// Stage fills doc.Event.Location where it is empty.
type Stage struct{}

// Name returns "geo".
func (Stage) Name() string { return "geo" }

// Process sets the location of every event that has none.
func (Stage) Process(_ context.Context, d *doc.Document) error {
	if len(d.Events) == 0 {
		return nil
	}
	places := placeMentions(d)
	if len(places) == 0 {
		return nil
	}
	dateline := Dateline(d, places)
	rs := d.RuneText()
	for i := range d.Events {
		e := &d.Events[i]
		if e.Location != nil {
			continue
		}
		if p := clausePlace(rs, places, e.Evidence); p != nil {
			e.Location = p
		} else if dateline != nil {
			loc := *dateline
			e.Location = &loc
		}
	}
	return nil
}

// place is a mention of a located entity.
type place struct {
	doc.Span
	loc doc.Location
}

func placeMentions(d *doc.Document) []place {
	var out []place
	for _, e := range d.Entities {
		if e.Type != "LOC" || e.Lat == nil || e.Lon == nil {
			continue
		}
		loc := doc.Location{Name: e.Name, Country: e.Country, Lat: *e.Lat, Lon: *e.Lon}
		for _, m := range e.Mentions {
			out = append(out, place{doc.Span{Start: m.Start, End: m.End}, loc})
		}
	}
	return out
}

// locatives are the words that put an event in a place.
var locatives = map[string]bool{
	"في": true, "ب": true, "بمدينة": true, "بولاية": true, "داخل": true, "قرب": true, "قبالة": true,
	"in": true, "at": true, "near": true, "outside": true, "inside": true, "off": true,
}

// clausePlace returns the first place inside the evidence span that a
// locative word introduces ("في بكين", "بإسطنبول", "in Hanoi").
func clausePlace(rs []rune, places []place, ev doc.Evidence) *doc.Location {
	var best *place
	for i := range places {
		p := &places[i]
		if p.Start < ev.Start || p.End > ev.End {
			continue
		}
		if !introducedByLocative(rs, p.Start) {
			continue
		}
		if best == nil || p.Start < best.Start {
			best = p
		}
	}
	if best == nil {
		return nil
	}
	loc := best.loc
	return &loc
}

// introducedByLocative looks at the word before start, and at a ب or في
// attached to the mention itself.
func introducedByLocative(rs []rune, start int) bool {
	if start < len(rs) && start > 0 && rs[start] != ' ' {
		// a clitic ب glued to the name: the mention starts after it
		if rs[start-1] == 'ب' && (start < 2 || !unicode.IsLetter(rs[start-2])) {
			return true
		}
	}
	j := start
	for j > 0 && !unicode.IsLetter(rs[j-1]) {
		j--
	}
	k := j
	for k > 0 && unicode.IsLetter(rs[k-1]) {
		k--
	}
	w := strings.ToLower(string(rs[k:j]))
	if locatives[w] {
		return true
	}
	// "مدينة إسطنبول", "ولاية إسطنبول", "city of"
	return w == "مدينة" || w == "ولاية" || w == "محافظة" || w == "of"
}

// Dateline returns the place of the article's dateline: a located place
// named in the first words of the first paragraph that is followed by a
// dash ("بكين –", "LONDON —", "HANOI, Vietnam (AP) —"), or nil.
func Dateline(d *doc.Document, places []place) *doc.Location {
	rs := d.RuneText()
	for _, para := range firstParagraphs(d, rs, 2) {
		end := para.Start
		limit := min(para.End, para.Start+80)
		dash := -1
		for i := para.Start; i < limit; i++ {
			if r := rs[i]; r == '–' || r == '—' || (r == '-' && i > para.Start && rs[i-1] == ' ') {
				dash = i
				break
			}
		}
		if dash < 0 {
			continue
		}
		end = dash
		var best *place
		for i := range places {
			p := &places[i]
			if p.Start >= para.Start && p.End <= end && (best == nil || p.Start < best.Start) {
				best = p
			}
		}
		if best != nil {
			loc := best.loc
			return &loc
		}
	}
	return nil
}

// firstParagraphs returns up to n leading paragraphs (the title line and
// the lead are where datelines stand).
func firstParagraphs(d *doc.Document, rs []rune, n int) []doc.Span {
	if len(d.Paragraphs) > 0 {
		return d.Paragraphs[:min(n, len(d.Paragraphs))]
	}
	var out []doc.Span
	start := 0
	for i := 0; i <= len(rs) && len(out) < n; i++ {
		if i == len(rs) || rs[i] == '\n' {
			if i > start {
				out = append(out, doc.Span{Start: start, End: i})
			}
			start = i + 1
		}
	}
	return out
}
