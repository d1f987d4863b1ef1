package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/dyad-news/dyad/internal/doc"
)

type jsonlWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

func newJSONL(w io.Writer) *jsonlWriter {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{bw: bw, enc: enc}
}

type jsonRecord struct {
	Document  string `json:"document"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Lang      string `json:"lang,omitempty"`
	doc.Event
}

func (j *jsonlWriter) Write(r Record) error {
	return j.enc.Encode(jsonRecord{Document: r.Document, URL: r.URL, Published: r.Published, Lang: r.Lang, Event: r.Event})
}

func (j *jsonlWriter) Close() error { return j.bw.Flush() }

// tabWriter writes tab-separated rows, replacing tabs and newlines inside
// cells with spaces.
type tabWriter struct {
	bw     *bufio.Writer
	header []string
	wrote  bool
}

func (t *tabWriter) row(cells []string) error {
	if !t.wrote && t.header != nil {
		t.wrote = true
		if err := t.row(t.header); err != nil {
			return err
		}
	}
	for i, c := range cells {
		if i > 0 {
			t.bw.WriteByte('\t')
		}
		t.bw.WriteString(strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, c))
	}
	return t.bw.WriteByte('\n')
}

// Close writes the header of an empty table, then flushes.
func (t *tabWriter) Close() error {
	if !t.wrote && t.header != nil {
		t.wrote = true
		if err := t.row(t.header); err != nil {
			return err
		}
	}
	return t.bw.Flush()
}

// gdeltWriter writes GDELT 2.0 event-table rows (61 columns, no header,
// as GDELT publishes them).
type gdeltWriter struct{ tabWriter }

func newGDELT(w io.Writer) *gdeltWriter { return &gdeltWriter{tabWriter{bw: bufio.NewWriter(w)}} }

func (g *gdeltWriter) Write(r Record) error {
	e := r.Event
	date := e.Date
	if date == "" {
		date = r.Published
	}
	day := strings.ReplaceAll(date, "-", "")
	var monthYear, year, fraction string
	if t, err := time.Parse(time.DateOnly, date); err == nil {
		monthYear, year = t.Format("200601"), t.Format("2006")
		fraction = strconv.FormatFloat(float64(t.Year())+float64(t.YearDay())/365, 'f', 4, 64)
	}
	cells := []string{eventID(r), day, monthYear, year, fraction}
	cells = append(cells, gdeltActor(e.Source)...)
	cells = append(cells, gdeltActor(e.Target)...)
	root := e.Code
	if len(root) > 2 {
		root = root[:2]
	}
	base := e.Code
	if len(base) > 3 {
		base = base[:3]
	}
	cells = append(cells, "1", e.Code, base, root, strconv.Itoa(e.Quad), strconv.FormatFloat(e.Goldstein, 'f', 1, 64),
		strconv.Itoa(1+len(e.More)), "1", "1", "")
	cells = append(cells, emptyGeo()...) // Actor1Geo
	cells = append(cells, emptyGeo()...) // Actor2Geo
	cells = append(cells, actionGeo(e.Location)...)
	cells = append(cells, now().UTC().Format("20060102150405"), r.URL)
	return g.row(cells)
}

// eventID is a stable number for an event: a hash of its document, code,
// actors and evidence.
func eventID(r Record) string {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s|%s|%s|%s|%d", r.Document, r.Event.Code, actorCode(r.Event.Source), actorCode(r.Event.Target), r.Event.Evidence.Start)
	return strconv.FormatUint(h.Sum64()>>1, 10)
}

func actorCode(a *doc.ActorRef) string {
	if a == nil {
		return ""
	}
	return a.Actor
}

// gdeltActor fills Code, Name, CountryCode, KnownGroupCode, EthnicCode,
// Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code.
func gdeltActor(a *doc.ActorRef) []string {
	cells := make([]string, 10)
	if a == nil {
		return cells
	}
	cells[0], cells[1] = a.Actor, strings.ToUpper(a.Name)
	country, roles := actorParts(a.Actor)
	if len(country) == 3 {
		cells[2] = country
	} else if len(country) == 6 {
		cells[3] = country[3:]
	}
	for i := 0; i < len(roles) && i < 3; i++ {
		cells[7+i] = roles[i]
	}
	return cells
}

func emptyGeo() []string { return make([]string, 8) }

// actionGeo fills Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat,
// Long, FeatureID. CountryCode holds the ISO alpha-3 code (GDELT uses
// FIPS 10-4 there; dyad's lexicon keeps ISO).
func actionGeo(l *doc.Location) []string {
	cells := emptyGeo()
	if l == nil {
		return cells
	}
	cells[0], cells[1], cells[2] = "4", l.Name, l.Country
	cells[5] = strconv.FormatFloat(l.Lat, 'f', 4, 64)
	cells[6] = strconv.FormatFloat(l.Lon, 'f', 4, 64)
	return cells
}

// tsvWriter writes a Phoenix-style table with a header.
type tsvWriter struct{ tabWriter }

var tsvHeader = []string{"document", "date", "source", "source_name", "target", "target_name", "code", "root", "quad",
	"goldstein", "plover", "location", "lat", "lon", "url", "evidence", "why"}

func newTSV(w io.Writer) *tsvWriter {
	return &tsvWriter{tabWriter{bw: bufio.NewWriter(w), header: tsvHeader}}
}

func (t *tsvWriter) Write(r Record) error {
	e := r.Event
	loc, lat, lon := "", "", ""
	if e.Location != nil {
		loc = e.Location.Name
		lat = strconv.FormatFloat(e.Location.Lat, 'f', 4, 64)
		lon = strconv.FormatFloat(e.Location.Lon, 'f', 4, 64)
	}
	root := e.Code
	if len(root) > 2 {
		root = root[:2]
	}
	date := e.Date
	if date == "" {
		date = r.Published
	}
	return t.row([]string{r.Document, date, actorCode(e.Source), refName(e.Source), actorCode(e.Target), refName(e.Target),
		e.Code, root, strconv.Itoa(e.Quad), strconv.FormatFloat(e.Goldstein, 'f', 1, 64), e.Plover, loc, lat, lon, r.URL,
		e.Evidence.Text, e.Why})
}

func refName(a *doc.ActorRef) string {
	if a == nil {
		return ""
	}
	return a.Name
}

// now is the clock of DATEADDED; tests fix it.
var now = time.Now
