package ingest

import (
	"bytes"
	"context"
	"os"
	"testing"
	"unicode/utf8"
)

// fuzzRead reads data as format and checks the contract: every document
// has a Source, an error or valid UTF-8 text, and the channel closes.
func fuzzRead(t *testing.T, format string, data []byte) {
	opts := Options{Format: format, Stdin: bytes.NewReader(data), MaxBytes: 1 << 20}
	for d := range Read(context.Background(), opts, "-") {
		if d.Source == "" {
			t.Fatalf("document without Source")
		}
		if d.Err != nil {
			continue
		}
		if d.Text == "" || !utf8.ValidString(d.Text) || d.ID == "" {
			t.Fatalf("bad document: id %q text %q", d.ID, d.Text)
		}
	}
}

func seed(f *testing.F, files ...string) {
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
}

func FuzzText(f *testing.F) {
	seed(f, "testdata/story.txt")
	f.Add([]byte("\xef\xbb\xbfTitle line\n\nBody \xd8\xa7."))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "text", b) })
}

func FuzzHTML(f *testing.F) {
	seed(f, "testdata/page.html")
	f.Add([]byte("<html><body><p>unclosed <b>tags<p>and <script>x</body>"))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "html", b) })
}

func FuzzJSONL(f *testing.F) {
	seed(f, "testdata/articles.jsonl")
	f.Add([]byte("[{\"text\": \"a\"}, 1]"))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "jsonl", b) })
}

func FuzzRSS(f *testing.F) {
	seed(f, "testdata/feed.rss", "testdata/feed.atom")
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "rss", b) })
}

func FuzzWARC(f *testing.F) {
	recs := sampleWARC(f)
	f.Add(bytes.Join(recs, nil))
	f.Add(gzipEach(recs))
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, "warc", b) })
}
