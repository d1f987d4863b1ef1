package store

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
)

// TestDateKey checks that dateKey keeps the string order of dates and
// that SQLite's dateKeySQL (the migration's backfill) computes the same.
func TestDateKey(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	db := st.(*sqlStore).db
	expr := dateKeySQL(func(col, p string) string { return col + " GLOB '" + p + "*'" })
	for _, c := range []struct {
		in   string
		want int64
	}{
		{"2024-04-09", 20240409}, {"2024-04", 20240400}, {"2024", 20240000}, {"", 0},
		{"2024-4-9", 20240000}, {"2024-04-9", 20240400}, {"2024-04-09T10:00:00Z", 20240409}, {"yesterday", 0}, {"20", 0},
	} {
		if got := dateKey(c.in); got != c.want {
			t.Errorf("dateKey(%q) = %d, want %d", c.in, got, c.want)
		}
		var sqlGot int64
		if err := db.QueryRowContext(ctx, `SELECT `+expr+` FROM (SELECT ? AS published)`, c.in).Scan(&sqlGot); err != nil || sqlGot != c.want {
			t.Errorf("dateKeySQL(%q) = %d (%v), want %d", c.in, sqlGot, err, c.want)
		}
	}
}

// TestDocJSON checks that docJSON writes what json.Marshal does.
func TestDocJSON(t *testing.T) {
	empty := doc.New()
	empty.ID = "x"
	noSlices := &doc.Document{ID: "y", Text: `"quotes":null,"events":null,"dates":`}
	for _, d := range append(sample(), empty, noSlices) {
		want, _ := json.Marshal(d)
		var ev, qs [][]byte
		for _, e := range d.Events {
			b, _ := json.Marshal(e)
			ev = append(ev, b)
		}
		for _, q := range d.Quotes {
			b, _ := json.Marshal(q)
			qs = append(qs, b)
		}
		got, err := docJSON(d, ev, qs)
		if err != nil || !bytes.Equal([]byte(got), want) {
			t.Errorf("docJSON(%s) = %s (%v)\nwant %s", d.ID, got, err, want)
		}
	}
}

// TestTags checks the tags of the sample's Arabic document.
func TestTags(t *testing.T) {
	facets, filters := tagsOf(sample()[0])
	if want := "lar r04 q1 cRUS cCHN"; facets != want {
		t.Errorf("facets %q, want %q", facets, want)
	}
	if want := facets + " aR aRU aRUS aRUSG aRUSGO aRUSGOV aC aCH aCHN aCHNG aCHNGO aCHNGOV"; filters != want {
		t.Errorf("filters %q, want %q", filters, want)
	}
}
