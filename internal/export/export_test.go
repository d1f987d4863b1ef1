package export

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/parquet-go/parquet-go"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func sampleDoc() *doc.Document {
	d := doc.New()
	d.ID, d.URL, d.Published, d.Lang = "seed", "https://example.org/seed", "2024-04-09", "ar"
	d.Events = []doc.Event{
		{Source: &doc.ActorRef{Name: "Xi Jinping", Actor: "CHNGOV"}, Target: &doc.ActorRef{Name: "Sergey Lavrov", Actor: "RUSGOV"},
			Code: "043", Label: "Host a visit", Plover: "CONSULT", Goldstein: 2.8, Quad: 1, Date: "2024-04-09",
			Location: &doc.Location{Name: "Beijing", Country: "CHN", Lat: 39.9075, Lon: 116.3972},
			Evidence: doc.Evidence{Start: 7, End: 40, Text: "التقى الرئيس\tالصيني"}, Why: "rule"},
		{Source: &doc.ActorRef{Name: "United Nations", Actor: "IGOUNO"}, Target: nil, Code: "0256", Goldstein: 3.0, Quad: 1,
			Evidence: doc.Evidence{Text: "دعا إلى وقف إطلاق النار"}},
		{Source: &doc.ActorRef{Actor: "CHN"}, Target: &doc.ActorRef{Actor: "RUS"}, Code: "070", Negated: true},
	}
	return d
}

func TestFormats(t *testing.T) {
	now = func() time.Time { return time.Date(2024, 4, 10, 12, 0, 0, 0, time.UTC) }
	for _, format := range []string{"jsonl", "gdelt", "tsv"} {
		var buf bytes.Buffer
		w, err := New(format, &buf)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range Records(sampleDoc()) {
			if err := w.Write(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", format+".golden")
		if *update {
			os.WriteFile(golden, buf.Bytes(), 0o644)
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s output differs from %s:\n%s", format, golden, buf.String())
		}
		if format == "gdelt" {
			for _, line := range bytes.Split(bytes.TrimSpace(buf.Bytes()), []byte("\n")) {
				if n := bytes.Count(line, []byte("\t")) + 1; n != 61 {
					t.Errorf("GDELT row has %d columns, want 61", n)
				}
			}
		}
	}
}

func TestParquetRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	w, _ := New("parquet", &buf)
	for _, r := range Records(sampleDoc()) {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	rows, err := parquet.Read[parquetRow](bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Code != "043" || rows[0].Root != "04" || rows[0].Lat == nil || rows[1].Target != "" {
		t.Fatalf("rows read back: %+v", rows)
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New("xml", &bytes.Buffer{}); err == nil {
		t.Error("no error for an unknown format")
	}
}
