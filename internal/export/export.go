// Package export writes coded events as tables: JSON Lines (one event a
// line with its document), GDELT 2.0 event-table columns (those dyad can
// fill; the rest empty), a Phoenix-style TSV, and Parquet. `dyad code
// --output` and `dyad export` both use it.
package export

import (
	"fmt"
	"io"

	"github.com/dyad-news/dyad/internal/doc"
)

// Record is one event with the document it came from.
type Record struct {
	Document  string
	URL       string
	Source    string
	Published string
	Lang      string
	Event     doc.Event
}

// Records returns the asserted (not negated) events of d as records.
func Records(d *doc.Document) []Record {
	var out []Record
	for _, e := range d.Events {
		if e.Negated {
			continue
		}
		out = append(out, Record{Document: d.ID, URL: d.URL, Source: d.Source, Published: d.Published, Lang: d.Lang, Event: e})
	}
	return out
}

// Writer writes records in one format. Close flushes what is buffered
// (and, for Parquet, writes the footer); it does not close the
// underlying io.Writer.
type Writer interface {
	Write(r Record) error
	Close() error
}

// Formats lists the formats New knows.
var Formats = []string{"jsonl", "gdelt", "tsv", "parquet"}

// New returns a writer of the named format.
func New(format string, w io.Writer) (Writer, error) {
	switch format {
	case "jsonl":
		return newJSONL(w), nil
	case "gdelt":
		return newGDELT(w), nil
	case "tsv":
		return newTSV(w), nil
	case "parquet":
		return newParquet(w), nil
	}
	return nil, fmt.Errorf("export: unknown format %q (want jsonl, gdelt, tsv or parquet)", format)
}

// actorParts splits a CAMEO actor code into its country (or IGO/NGO
// body) and its role codes: RUSGOV → RUS, [GOV]; IGOUNO → IGOUNO, [].
func actorParts(code string) (country string, roles []string) {
	if len(code) < 3 {
		return code, nil
	}
	head := code[:3]
	rest := code[3:]
	if head == "IGO" || head == "NGO" || head == "MNC" {
		if len(code) < 6 {
			return code, nil
		}
		head, rest = code[:6], code[6:]
	}
	for len(rest) >= 3 {
		roles = append(roles, rest[:3])
		rest = rest[3:]
	}
	return head, roles
}
